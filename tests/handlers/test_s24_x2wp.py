"""When, where and who questions met on the held-out sets, each kept as a general rule over a small
made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_TEA_FIRM = """| 4 March 2025, Tuesday |

Kenyan tea exports to Pakistan climb

Kenya's tea exports rose 9% in the first two months of the year to 98,000 tonnes, the tea board said on Monday.

PT Chai Baraka Nusa, one of the country's largest private tea packers, said it had signed supply contracts with two blenders in Karachi.

"Pakistani demand keeps growing because families are switching to packaged tea," said chief executive Amina Odhiambo, adding that the company expects its volumes to rise 15% this year.
"""


def test_the_speaking_verb_before_a_bare_post_is_no_part_of_it() -> None:
    # "said chief executive Amina Odhiambo": her post is "chief executive", a head of the body the
    # paragraph before opens with, not "said chief executive", no post at all
    expect(answered(_TEA_FIRM, "who is the boss of chai baraka nusa"), "Amina Odhiambo")


_SALT_FIRM = """| 4 March 2025, Tuesday |

Peru signs copper deals with Chinese miners

Peru's state copper company Minera Andina Estatal (MAE) signed supply contracts on Monday with China's Jiangxi Red Metals, the government said.

The deals come as President Jorge Quispe's government struggles with a shortage of dollars.

MAE produced 48,000 tonnes of copper in the first nine months of the year, up 11% from a year earlier, chief executive Rosa Huaman said last week.

Jiangxi chief executive Li Wen said in a statement the company would start building a smelter next year.
"""


def test_a_bare_president_whose_government_the_story_names_heads_no_company() -> None:
    # "President Jorge Quispe's government": the head of state, not a second bare-titled head of MAE
    # (with two, the rule gave way and the other firm's chief executive answered)
    expect(answered(_SALT_FIRM, "who's the boss of the state copper company?"), "Rosa Huaman")


_KILN = """| 10 February 2025, Monday |

Chilean cement maker lights new kiln

The new kiln was lit on 20 January and was running at 55% of its design capacity by the end of the month, chief executive Pablo Rojas told reporters on Monday. He expects it to reach full capacity in June.
"""


def test_what_should_come_is_still_to_come() -> None:
    # "when should ...?" asks an expected time, not "was lit on 20 January"
    expect(answered(_KILN, "When should the kiln be running at full capacity?"), "June")
