"""Figure questions on a part of an owner's things ("17 of its 52 orchards were hit by hail"): the
part counts the things, what the clause says of them befell the part, and no driver it is."""

from __future__ import annotations

from handlers.evidence import gather
from handlers.figures import rank_figures
from handlers.query import parse_query
from knowledge.numbers import find_figures
from tests.handlers.stories import answered, expect, stored

_ORCHARD = """| 9 December 2025, Tuesday |

Storms hit New Zealand apple growers

Apple exports from New Zealand fell 6% in November from a year earlier, the industry body said on Tuesday.

In Hawke's Bay, Kowhai Fruit chief executive Aroha Tane said the company's packing volumes fell 12% last month and that 17 of its 52 orchards were hit by hail in the storms that swept across the region over the weekend.
"""


def _top_figure(article: str, question: str) -> str:
    store = stored(article)
    query = parse_query(question, store)
    return rank_figures(query, gather(query, store).evidence)[0].figure.raw


def test_things_that_underwent_the_asked_event_are_no_driver() -> None:
    # "were hit by hail" befell the orchards counted; the hail drove no figure
    expect(answered(_ORCHARD, "how many orchards were hit by hail"), "17")


def test_a_part_of_its_owners_whole_counts_the_things() -> None:
    (part,) = [f for f in find_figures("He said 17 of its 52 orchards were hit by hail.") if f.raw == "17"]
    assert (part.kind, part.measure) == ("count", "orchards")


def test_the_part_answers_what_befell_the_things_the_whole_what_they_are() -> None:
    assert _top_figure(_ORCHARD, "how many kowhai orchards got hit by hail") == "17"
    assert _top_figure(_ORCHARD, "how many orchards does kowhai fruit have") == "52"


_PORT_DEAL = """| 3 June 2025, Tuesday |

Tanzanian port signs new operator

Freight through the port of Tanga rose 11% in the first five months of the year, the port authority said on Tuesday.

Under a deal signed on Monday, a Turkish consortium will run the container terminal for ten years from July.

The deal to run the terminal is worth 240 billion shillings ($92.3 million), the authority said.
"""


def test_a_move_word_heading_a_compound_after_is_names_the_thing() -> None:
    # "the new terminal contract": the agreement, no contraction asked
    expect(answered(_PORT_DEAL, "How big is the new terminal contract in USD?"), "92.3")
