"""Why-questions met on the 21st session's held-out sets, each kept as a general rule over a
small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_MINE = """| 3 March 2025, Monday |

Tin mine reopens in the north

Ravenna Mining restarted its Kolda tin mine on Monday, the company said.

The Kolda deposit holds about 90,000 tonnes of tin. It lay untouched for decades after its discovery in 1961 due to its remote location and frequent flooding.

Trucks previously carried the ore to the port of Baro, where loading took up to 20 days because of a shortage of cranes.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # a deposit left unused, untapped or undeveloped is one that lay untouched
    ("why was the deposit left unused for so long?", "remote location"),
    ("why did the deposit stay untapped for decades?", "remote location"),
    ("why did loading at baro take so long?", "cranes"),
])
def test_unused_or_untapped_is_untouched(question: str, expected: str) -> None:
    expect(answered(_MINE, question), expected)
