"""When, where and who over small made-up stories (the 19th session's wave): each test a general
rule met on a held-out article."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_DOCKS = """| 15 October 2025, Wednesday |

Gulf port strike strands containers

About 40,000 containers were stranded at 12 ports on the Gulf Coast on Wednesday as a strike entered its third day.

The walkout by members of the Southern Longshore Workers Union began on Monday after its contract with the port employers expired.

Truck drivers at the ports stopped work in June over fuel costs.
"""


def test_longshore_workers_are_dockers() -> None:
    # "the Longshore Workers Union" walked out: the dockers' strike began on Monday, not the truck drivers' stoppage in June
    for question in ("When did the dockers down tools?", "when did the dockers go on strike?"):
        expect(answered(_DOCKS, question), "Monday")


_REMITTANCES = """| 16 December 2025, Tuesday |

Philippine remittances hit a record in October

Cash remittances from Filipinos working overseas rose 4.2% to a record $3.42 billion in October, the Bangko Sentral ng Pilipinas said on Monday.

October remittances were the highest monthly total since the central bank began compiling the data in 1989.

Villareal said the central bank was keeping its forecast for 3% growth in cash remittances for all of 2025.
"""


def test_the_central_bank_is_the_one_named_in_its_own_tongue() -> None:
    # "the central bank" of a question is the Bangko Sentral, which said the figures on Monday;
    # the story's own "the central bank" is no second bank beside it
    expect(answered(_REMITTANCES, "When did the central bank put out the October remittance numbers?"), "Monday")


_CHIPS = """| 18 November 2025, Tuesday |

Chipmaker opens plant in Kedah

Halvern Microdevices opened a $1.8 billion chip packaging plant in the Malaysian state of Kedah on Tuesday.

Kedah's executive councillor for investment, Haslinda Mohd Yusof, said the state approved 18.5 billion ringgit of manufacturing investment in the first nine months of the year.

Halvern chief executive Margaret Ellison said the plant would employ 2,400 people.
"""


def test_a_government_post_holds_the_portfolio_asked() -> None:
    # "in charge of investment" in a government: its councillor (minister, commissioner) for investment
    expect(answered(_CHIPS, "who in the state govt is in charge of investment"), "Haslinda Mohd Yusof")
    # a firm's plant is run by the firm's head, not a government's post holder
    expect(answered(_CHIPS, "who is in charge of the plant?"), "Margaret Ellison")
