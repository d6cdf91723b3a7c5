"""Figures asked as a move: the rate a sentence states of what was asked, not a gap worked out
from levels of another sentence or another body."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_TEA = """| 6 October 2025, Monday |

Kenyan tea sales to China climb

Kenya's tea exports to Egypt rose 12.5% in the first nine months of the year from a year earlier to 41,000 tonnes, the tea board said on Monday.

Kenya shipped 96,000 tonnes of tea between January and September, up from 90,000 tonnes in the same period last year.

Kericho Growers, the largest exporter to Egypt, shipped 230 containers in the first nine months, compared with 180 a year earlier.
"""


def test_a_rate_after_a_destination_is_no_level() -> None:
    # "exports to Egypt rose 12.5%": the 'to' names where the tea goes; the figure is the rate
    expect(answered(_TEA, "how much did kenyan tea exports to egypt grow yoy"), "12.5%")


_SALMON = """| 6 October 2025, Monday |

Salmon sales climb

Chilean salmon exports rose 9.4% in the first nine months of the year to $5.12 billion, the producers association said on Monday.

Chile shipped 612,000 tonnes of salmon and trout between January and September, up from 578,000 tonnes in the same period last year.
"""


def test_a_stated_rate_answers_a_move_asked_in_no_unit() -> None:
    # the levels' sentence shares the question's months, but the move asked is the stated rate
    expect(answered(_SALMON, "how much did chile's salmon exports grow jan-sep"), "9.4%")
    expect(answered(_SALMON, "by how many tonnes did chile's salmon shipments grow jan-sep"), "34,000")
