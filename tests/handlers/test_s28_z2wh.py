"""What- and how-questions met on this session's sets (which companies, what is being built,
what a thing is for), each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_DEPOT = """| 3 March 2025, Monday |

Finnish grain trader expands in Estonia

Kornia Trading shipped 300,000 tonnes of barley through Estonian ports last year, the company said.

Kornia will invest 8 million euros in a new grain silo at Paldiski with room for 60,000 tonnes, due to open in 2026, chief executive Mikko Rantanen said.

Rival Baltic Agro said it would expand its warehouse in Tartu.
"""


def test_what_a_named_subject_is_doing_at_a_place_is_its_deed_there() -> None:
    expect(answered(_DEPOT, "what is kornia building at paldiski"), "silo")

