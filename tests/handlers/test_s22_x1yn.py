"""Why and yes-no questions of the 22nd session: each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_OFFICE = """| 4 March 2025, Tuesday |

Moldovan brandy maker ships more to Japan

Moldovan brandy exports to Japan rose 21% in the first half of the year to 3.2 million bottles, the economy ministry said on Monday.

Codru Distillers, the largest Moldovan exporter to Japan, shipped 40 containers through the port of Constanta in the first half, compared with 31 a year earlier, chief executive Ion Rusu said.

Rusu said the company planned to open a sales office in Osaka next year, due to strong demand from hotel bars in the Kansai region.
"""


def test_a_speaker_telling_of_the_company_speaks_of_the_firm_named_with_them_before() -> None:
    reply = answered(_OFFICE, "Why is Codru Distillers setting up an office in Osaka?")
    expect(reply, "hotel bars")


_LOANS = """| 5 March 2025, Wednesday |

Kenyan port traffic climbs

Cargo through the Kenyan port of Lamu rose 12% in the first half of the year to 1.4 million tonnes, the ports authority said on Tuesday.

The port, which opened in 2021, cost about $480 million, most of it lent by Chinese state banks.

Kenya reached a deal with its lenders last month to extend repayment of about $300 million still owed on the port loans by eight years, the treasury said.
"""


def test_how_a_load_is_eased_asks_the_means_not_the_words_of_easing() -> None:
    reply = answered(_LOANS, "How is Kenya trying to ease the burden of the port loans?")
    expect(reply, "eight years")


_PHARMA = """| 6 March 2025, Thursday |

Indian drug exports to Kenya climb

Shipments of medicines to Kenya rose 14.2% from a year earlier to 9.1 billion rupees in April to December, an industry body said on Tuesday.

The new factory, to be built in the Nairobi Pharma Park, will make 300 million tablets a year.
"""


def test_pharma_is_medicine() -> None:
    reply = answered(_PHARMA, "did kenya-bound pharma exports fall")
    expect(reply, "14.2")
