"""Figure questions the bot refused although the article states the figure, each kept as a
general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PORT = """| 4 March 2025, Tuesday |

Greek-Korean group wins port contract

A consortium of Greece's Delta Marine and Korea's Hanmi Harbour has won a 312 million euro ($338 million) contract to expand the port of Volos on the Aegean coast, the shipping ministry said on Tuesday.

Volos handled 1.4 million tonnes of cargo last year, up 6% from a year earlier.
"""


def test_a_deals_worth_is_its_place_named_after_it() -> None:
    # the winners own the contract, which is to expand the port asked: its worth is the port deal's
    expect(answered(_PORT, "how much is the volos port deal worth"), "312 million")


_COAL = """| 4 March 2025, Tuesday |

Mongolian coal sales to Japan climb

Mongolia shipped 3.1 million tonnes of coal to Japan in the first nine months of the year, up 8.2% from a year earlier, customs data showed on Monday.

The shipments were worth $412 million, making Mongolia Japan's fourth-largest supplier of coking coal after Australia, which delivered 28.6 million tonnes through the port of Newcastle over the same period.
"""


def test_a_participle_after_the_figure_names_no_rival_end() -> None:
    # ", making Mongolia Japan's ... supplier" tells what the worth made of the seller, no clause
    # of the figure's own naming another place
    expect(answered(_COAL, "What was the value of Mongolia's coal sales to Japan?"), "412 million")
