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
