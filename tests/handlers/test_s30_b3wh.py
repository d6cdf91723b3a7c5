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


_MIGRANTS = """| 3 March 2025, Monday |

Remittances from abroad hit a record

Money sent home by Nepalis working abroad rose 6% to a record in January, the central bank said.

The labour ministry said 410,000 migrant Nepali labourers left the country last year, with drivers, guards and factory hands in highest demand.

Rice prices rose 2% in the month, it said.
"""


def test_a_plural_acronym_typed_is_the_phrase_its_letters_spell() -> None:
    reply = answered(_MIGRANTS, "what kinds of jobs are MNLs mostly wanted for")
    expect(reply, "drivers")
