"""Yes / no over a figure: a count asked is compared with the one stated, never answered yes by a
sentence that only names the thing counted."""

from __future__ import annotations

from tests.handlers.stories import answered

_FAIR = """| 3 March 2025, Monday |

Kazakh and Chinese firms sign deals at Almaty fair

Kazakh and Chinese companies attending a trade fair in Almaty signed a series of supply agreements, the organisers said.

The fair was attended by Chinese government officials, bank chiefs, and almost 600 Kazakh companies hoping to enter the Chinese market.
"""


def test_a_count_over_a_misspelt_thing_is_compared() -> None:
    reply = answered(_FAIR, "did over 1000 kazakh compnaies attend")
    assert reply.answered and reply.text.startswith("No") and "600" in reply.text, reply.text
