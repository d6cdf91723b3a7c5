"""Where- and who-questions met on this session's held-out sets, each kept as a general rule over
a small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_CONSORTIUM = """| 4 March 2025, Tuesday |

Consortium signs deal to build Varna grain port

A consortium led by Balkan Dredging signed an agreement with the government on Tuesday to build a grain port at Varna on the Black Sea.

The consortium will invest 900 million euros in the first phase, Transport Minister Ana Koleva told reporters at the signing.

Balkan Dredging holds 60% of the group, called Black Sea Gateway Partners, while a state fund holds the rest.

Cargo on the Black Sea routes has surged since 2022 as shippers avoid other routes.

Bulgaria's existing ports at Varna and Burgas handled 30 million tonnes of cargo last year, but their berths are only 11 metres deep.

Ivan Petrov, chief executive of Black Sea Gateway Partners, said the first phase would create about 2,000 jobs.

Grain exports from the region rose 12% last year, according to the national statistics office.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("Who is the CEO of the consortium?", "Ivan Petrov"),
    ("who's the ceo of the consortium", "Ivan Petrov"),
    # the story does not open on an office: its one chief executive is another body's
    ("who is the ceo of the office", None),
    # no chairman named
    ("who is the chairman of the consortium", None),
])
def test_the_one_title_holder_holds_it_at_the_story_s_body(question: str, expected: str | None) -> None:
    expect(answered(_CONSORTIUM, question), expected)


_CORRIDOR = """| 4 March 2025, Tuesday |

China to revive the Tanga railway

China will spend $1.2 billion to upgrade the Tanga railway that links the copper mines of the north to the Indian Ocean, the transport ministry said on Tuesday.

The line carried 300,000 tonnes of copper last year, well below its capacity of 2 million tonnes.

The deal comes as Western lenders back the rival Benguela Corridor, which links the mines to the Atlantic port of Namibe.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("the competing corridor ends at which port", "Namibe"),
    ("which port does the competitor's corridor end at", "Namibe"),
])
def test_a_competing_one_is_a_rival(question: str, expected: str) -> None:
    expect(answered(_CORRIDOR, question), expected)


_SMELTER = """| 4 March 2025, Tuesday |

Kazakhstan plans new zinc smelter

Kazakhstan will build a $900 million zinc smelter with loans from China, the government said on Tuesday.

Kazakhstan's zinc exports rose 12% last year to $640 million, customs data showed. China took 40% of the shipments.

The smelter is partly financed by a $400 million loan from a state bank in China. The company said it had repaid an earlier Chinese loan ahead of schedule.

Industry Minister Marat Seitkali said the smelter was needed because ore output had outgrown smelting capacity, forcing miners to sell concentrate abroad at a discount. "We want to export metal, not ore," he told the forum.

Energy Minister Dana Abenova said the plant would draw power from a new gas station.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("Which minister said Kazakhstan wants to export metal rather than ore?", "Marat Seitkali"),
])
def test_a_we_quotation_speaks_for_the_story_s_place(question: str, expected: str) -> None:
    expect(answered(_SMELTER, question), expected)
