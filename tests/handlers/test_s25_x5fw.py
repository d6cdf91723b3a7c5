"""Figure questions the bot abstained on although the article states the figure, each a general
rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_WINE = """| 3 March 2025, Monday |

Chilean wine exports to Japan rebound

Chilean wine exports to Japan rose 21% in the first half to 310 million dollars, the growers' association said.

Red wine accounted for 64% of the value shipped to Japan, with Carmenere the most popular grape.

Chile's total wine exports rose 4% to 1.2 billion dollars in the half, lifting Japan's share to 7.4% from 5.9% a year earlier.

Bulk wine made up 22% of volumes, compared with 30% last year.
"""


def test_account_for_in_a_share_question_only_restates_the_share() -> None:
    expect(answered(_WINE, "How big a slice of Chile's overall wine exports does Japan now account for?"), "7.4")
