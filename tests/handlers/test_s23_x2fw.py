"""Figures of the twenty-third session: money asked is answered by money, not tonnes or a share."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_BEEF = """| 14 November 2024, Thursday |

Paraguayan beef exports to China climb as new refrigerated shipping line sails from Asuncion

Paraguay's beef exports to China rose 11% in the first nine months of the year from a year earlier to 96,000 tonnes, the Paraguayan meat institute said on Tuesday, as a new refrigerated shipping line from Asuncion began carrying cargo to Chinese ports.

The weekly service, run by a local carrier, left the port of Asuncion on Monday with 620 refrigerated containers bound for Shanghai. It cuts the voyage to 34 days.

China took 58% of Paraguay's beef exports by volume between January and September, up from 51% a year earlier, with Israel a distant second at 6%.

Shipments to China earned $520 million in the period, but average prices fell 9% to $3,950 per tonne because of weaker demand from Chinese restaurants and a build-up of frozen stocks in Chinese cold stores, the institute said.
"""


def test_money_brought_in_is_no_tonnage() -> None:
    expect(answered(_BEEF, "how much did beef sales to china bring in"), "520")


def test_a_bare_currency_sign_asks_money_not_tonnes_or_a_share() -> None:
    expect(answered(_BEEF, "how much $ did beef sales to china bring in"), "520")
