"""What- and which-questions met on this session's sets, each a general rule over a small
made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_WAREHOUSE = """| 3 March 2025, Monday |

Tonga's fish exports to Japan climb

Tonga's exports of frozen fish to Japan rose 12% last year to 4,100 tonnes, the fisheries ministry said.

Much of the catch now passes through Nuku'alofa, where Pacific Harbour Holdings opened a cold storage warehouse in May with room for 90 containers. About 65% of its 40 million pa'anga cost was financed by a loan from the Japan Bank for International Cooperation.

Prices rose 4% over the year, the ministry said.
"""


def test_a_share_of_its_cost_is_of_what_the_sentence_before_built() -> None:
    expect(answered(_WAREHOUSE, "which bank lent the money for the cold storage warehouse"), "Japan Bank for International Cooperation")
