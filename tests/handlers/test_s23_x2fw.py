"""Figures of the twenty-third session: money asked is answered by money, not tonnes or a share; a bloc's countries outside a which-question are the bloc."""

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


_TOMATO = """| 13 November 2025, Thursday |

Moroccan tomato exports hit record

Morocco exported a record 720,000 tonnes of tomatoes in the 2024/25 season, the growers' federation said on Wednesday.

France remained the largest buyer, taking 310,000 tonnes, while Britain was second with 120,000 tonnes.

The European Union as a whole absorbed 64% of Moroccan shipments, compared with 70% last season.

Tomatoes accounted for 22% of Morocco's farm export earnings, central bank data showed.
"""


def test_a_bloc_s_countries_asked_outside_which_are_the_bloc() -> None:
    # "Tomatoes accounted for 22% of ... earnings" is no share of the shipments to the bloc
    expect(answered(_TOMATO, "What portion of the shipments went to EU countries?"), "64")
