"""Why-questions met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_WINE = """| 3 March 2025, Monday |

Chilean wine sales to Japan climb

Chilean wine exports to Japan rose 21% in the first half to 310 million dollars, the wine board said.

Producers credited a trade fair in Tokyo in March for the rebound.

A weaker peso, which has lost about 6% against the yen this year, has also made Chilean wines cheaper on Japanese shelves, said an importer in Osaka.
"""


def test_a_named_currency_is_the_currency_asked_of() -> None:
    expect(answered(_WINE, "How has the currency helped Chilean wines in Japan?"), "cheaper")
