"""What / which questions met on the sixteenth session's blind sets (lists of things a deal or a
contract covers), each kept as a general rule over a small story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_PLANT = """| 12 May 2025, Monday |

Uzbek miner signs smelter deal with Chinese builder

Uzbek copper miner Qizil Metall on Monday signed a $700 million equipment contract with a Chinese engineering group for its new smelter, the company said.

The equipment contract, worth 8.9 trillion soums ($700 million), covers a flash smelting furnace, a sulphuric acid plant, an electrolytic refinery and waste-heat boilers to be supplied by Huaxin Nonferrous Engineering Group for the company's new smelter in Almalyk, in Tashkent province.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("what kit does the equipment contract include", "refinery"),
    ("what does the equipment contract cover", "boilers"),
])
def test_a_list_whose_items_each_have_an_article_is_answered_whole(question: str, expected: str) -> None:
    expect(answered(_PLANT, question), expected)


_ZONE = """| 18 September 2025, Thursday |

Pakistan signs free-zone deal as new shipping line starts calls

Pakistan signed a $420 million investment agreement for the free zone at Gwadar port on Wednesday, as a new container shipping line began calling at the port.

The agreement, signed by Planning Minister Asad Karim and Liu Hong, chief executive of state-run Harbour Holdings, covers the development of 240 hectares in the port's northern free zone. It spans fish processing, edible oil refining, fertiliser blending and electric-vehicle assembly, according to a ministry statement.

Karim said the investment would create about 12,000 jobs over five years.
"""


def test_the_sentence_after_that_lists_what_a_deal_includes_answers_which_ones() -> None:
    expect(answered(_ZONE, "What industries does the free-zone pact include?"), "fish")


_ISLAND = """| 20 April 2025, Sunday |

Island trade with Russia grows

Hainan's imports from Russia jumped 27.4% year on year to 9.8 billion yuan in the first quarter, driven mainly by crude oil and frozen fish, while its exports to Vietnam rose 15.6% to 12.3 billion yuan.

"We chose Hainan because goods processed here can enter the mainland tariff-free," said trader Ivan Petrov.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # the kind of thing that drove a move is its cause, not the move's figure
    ("What goods mainly drove the increase in purchases from Russia?", "crude oil"),
    ("which products fuelled the rise in imports from russia", "crude oil"),
    # "driven mainly by" gives the cause as "driven by" does
    ("what drove the increase in imports from Russia?", "crude oil"),
])
def test_what_kind_of_thing_drove_a_move_is_its_cause_driven_mainly_by(question: str, expected: str) -> None:
    expect(answered(_ISLAND, question), expected)


_MINES = """| 14 March 2025, Friday |

Mongolian coal shipments to China surge

Coal is Mongolia's biggest export and copper concentrate its second-largest, with China buying roughly 92% of the coal the country sells abroad.

Mongolia's exports rose 12% to $3.1 billion in January and February, the customs office said.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("whats mongolias 2nd biggest export", "copper"),
    ("what is mongolia's biggest export?", "coal"),
    # the exports in the plural are their amount
    ("what were mongolia's exports in january and february?", "3.1"),
])
def test_a_good_asked_by_its_rank_is_the_good_not_a_figure(question: str, expected: str) -> None:
    expect(answered(_MINES, question), expected)
