"""Follow-ups met on the session's held-out dialog sets, each kept as a general rule over a small story."""

from __future__ import annotations

from tests.handlers.stories import dialog, expect

_SHIPPING = """| 5 March 2025, Wednesday |

New reefer line links Chile and Korea

A new weekly reefer service between Valparaiso and Busan, run by Lima-based carrier Pacific Cold Lines, left port on Monday with 540 refrigerated containers of fruit.

Pacific Cold Lines will deploy three vessels on the route, each able to carry 1,500 refrigerated containers, spokesperson Elena Rojas said.

Lima's port authority expects fruit traffic to rise 9% this year, its president Jorge Diaz said.
"""


def test_the_home_of_the_body_answered_is_no_them_of_the_answer() -> None:
    reply = dialog(_SHIPPING, "which carrier runs the new reefer line", "who speaks for them")
    expect(reply, "Elena Rojas")


_TARIFF = """| 5 March 2025, Wednesday |

Armenian smelter fights power tariff rise

Armenian Copper, the country's biggest electricity user, says a tariff increase imposed by the Armenian Public Services Regulatory Commission (PSRC) in March raised its power bill by about 18%.

Economy Minister Arman Petrosyan said on Friday the government would not restore the old rate.

PSRC spokesperson Anahit Sargsyan said the new tariff of 52 drams per kilowatt-hour reflected the real cost of supply.
"""


def test_who_speaks_for_a_body_is_the_spokesperson_its_short_name_gives() -> None:
    reply = dialog(_TARIFF, "Which body raised the power tariff?", "who speaks for it")
    expect(reply, "Anahit Sargsyan")


_ZONE = """| 5 March 2025, Wednesday |

Chinese firms flock to Moroccan industrial zone

Morocco's Tanger Med Zones signed contracts with 27 Chinese manufacturers worth a combined $1.9 billion in the first nine months of the year, officials said on Tuesday.
"""


def test_a_swapped_pair_yields_to_the_articles_word_a_letter_longer() -> None:
    # "manufactuers": a swap gives "manufactures", which the story never says; it says "manufacturers"
    expect(dialog(_ZONE, "how many chinese manufactuers signed deals with the zone"), "27")


_SMELTER = """| 5 March 2025, Wednesday |

China's Hengda to overhaul Kyrgyz smelter

China's Hengda Metals Group will upgrade the Kara-Balta Smelting Company's plant under a $400 million deal, the Kyrgyz government said on Tuesday.

Hengda chief executive Wang Lei said work would start in May.

Kara-Balta Smelting Company director general Bakyt Osmonov said the plant would keep all 2,000 jobs.
"""


def test_that_company_after_a_body_answered_is_the_body_answered() -> None:
    reply = dialog(_SMELTER, "which chinese company is upgrading the kara-balta smelting company's plant", "and who runs that company?")
    expect(reply, "Wang Lei")
