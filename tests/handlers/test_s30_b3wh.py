"""What questions met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_DISTILLER = """| 3 March 2025, Monday |

Georgian cognac makers ship more to China

Exports of Georgian cognac to China rose 31% in the first half of the year, the statistics office said.

Davit Kapanadze, chief executive of Golden Valley Cognac Company, said his firm had shipped 90 containers to China since January. The company plans to invest 3.2 million lari in a new distillery in Gori next year.

Wine exports to Russia fell 4%, it said.
"""


def test_a_thing_named_by_its_kind_after_the_sentence_naming_it_is_that_thing() -> None:
    reply = answered(_DISTILLER, "What will Golden Valley spend the 3.2 million lari on?")
    expect(reply, "distillery")
