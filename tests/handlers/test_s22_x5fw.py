"""A product the headline names beside the firm it is about is no subject of a sentence that
leaves it out when the question names another thing too."""

from __future__ import annotations

from tests.handlers.stories import answered

_DRUG = """| 6 November 2025, Thursday |

Halvorsen profit jumps 12% on Bravilo demand

Swiss drugmaker Halvorsen Pharma posted a 12% rise in third-quarter net profit on Thursday as demand for its heart drug Bravilo grew.

Bravilo brought in 2.1 billion francs in the quarter, up 25% from a year earlier.

Sales in Europe slipped 3% to 1.9 billion francs. U.S. sales rose 14% to $4.2 billion, while Asian sales grew 9%.

Halvorsen shares were up 4.1% at 81.20 francs.
"""


def test_a_headline_product_left_out_is_not_asked_with_another_name() -> None:
    reply = answered(_DRUG, "What were Bravilo's US sales in the quarter?")
    assert "4.2" not in reply.text
