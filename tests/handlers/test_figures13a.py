"""Figures of the thirteenth session's first runs: shares of a whole, paraphrased words of the question."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_TULIPS = """| 6 February 2025, Thursday |

Dutch growers ship record tulips

Dutch growers expect to export a record 2.1 billion flower stems this spring, the growers' association said on Wednesday.

Germany buys about 41% of the Netherlands' flowers, a share that has stayed above 40% since 2021.
"""


def test_blooms_are_flowers() -> None:
    expect(answered(_TULIPS, "What share of the Netherlands' blooms end up in Germany?"), "41%")


_COPPER = """| 22 October 2025, Wednesday |

Chilean copper exports stall as port workers strike

Copper loading at Chile's Antofagasta port ground to a halt on Tuesday after dock workers walked off the job.

The stoppage has shut 9 export terminals along a 40-kilometre stretch of the Loa River in Antofagasta region that handle about 64% of the country's copper exports.
"""


def test_a_share_of_the_countrys_whole_is_the_countrys() -> None:
    # The river and region named before the figure say where the terminals are, not whose exports.
    expect(answered(_COPPER, "What share of Chile's copper exports goes through the terminals that are shut?"), "64%")


_GAS = """| 12 March 2025, Wednesday |

Omani gas exporter lifts sales

Duqm Gas exported 10.1 million tonnes of LNG last year, up 6.3% from a year earlier.

About 71% of its cargoes went to Asia, with the rest shipped to Italy and France.
"""


def test_customers_in_a_place_are_the_place() -> None:
    expect(answered(_GAS, "What percentage of its cargoes went to Asian customers last year?"), "71%")


_FRANC = """| 19 June 2025, Thursday |

Swiss rates fall to zero as franc soars

The Swiss National Bank cut its policy rate by 25 basis points to 0% on Thursday.

The European Central Bank is on hold at 2%, and the central bank said it bought foreign currency worth 5.2 billion francs in the first quarter.
"""


def test_a_demonym_names_its_central_bank() -> None:
    # Three central banks in the store: "swiss" picks the one whose name says so.
    expect(answered(_FRANC, "whats the swiss central bank's key rate now"), "0%")
