"""Who, when and where the 15th session's second blind batch missed, as general rules."""

from __future__ import annotations

from tests.handlers.stories import answered

_REFINERY = """| 21 October 2025, Tuesday |

Indonesian smelter starts up

PT Lintas Bauksit Jaya began producing alumina at its $1.4 billion refinery in West Kalimantan on Monday, the company said.

The plant will turn 3.3 million tonnes of bauxite a year into alumina, President Director Arief Santoso told reporters at the site on Tuesday.
"""


def test_president_director_is_the_boss() -> None:
    # An Indonesian firm's "President Director" is its chief: the boss asked.
    reply = answered(_REFINERY, "who's the boss of Lintas Bauksit Jaya?")
    assert reply.answered and "Arief Santoso" in reply.text, reply.text
