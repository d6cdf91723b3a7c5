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

