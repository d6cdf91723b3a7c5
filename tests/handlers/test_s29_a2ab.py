"""Questions a made-up story does not answer, which the bot answered anyway: each a general rule
for telling the article does not say."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_TUNA = """| 3 March 2025, Monday |

Maldives tuna exports to China surge as direct shipping link opens

Maldivian tuna exports to China jumped 64.2% in the first two months of 2025 to 3,840 tonnes, the fisheries ministry said.

Chinese goods shipped to the islands are mostly building materials, said Wang Lei, a trade official.

The push comes after total Maldivian fish exports fell 4.1% last year to $164 million due to weaker catches.
"""


def test_the_ends_own_trade_is_not_the_trade_to_it() -> None:
    expect(answered(_TUNA, "What was the value of Chinese exports to the Maldives last year?"), None)


def test_the_ends_own_trade_still_answers_its_own_exports() -> None:
    expect(answered(_TUNA, "What was the value of Maldivian fish exports last year?"), "$164 million")

