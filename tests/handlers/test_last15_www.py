"""Rules of the 15th session's last wave on who / when / where, each on a small article."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PACT = """| 22 October 2025, Wednesday |

Norvik and Castella agree $2.5 bln smelter venture

Norvik Metals and Castella Group signed an agreement on Tuesday to build a $2.5 billion aluminium smelter in the port city of Rauma, the companies said in a joint statement.

Norvik will take a 40% stake in the joint venture and supply alumina under a 15-year contract.

The two companies first signed a memorandum of understanding in March, when Castella also shut an older smelter.
"""

_PLANT = """| 19 November 2025, Wednesday |

Kestrel Motors opens $500 million car plant in Poland

Carmaker Kestrel Motors opened a 2 billion zloty ($500 million) electric-vehicle plant in the southern city of Gliwice on Tuesday, betting that local production will help it win share in Europe.

The factory can build 100,000 vehicles a year and employs 1,900 workers.

A battery pack assembly line began operating at the site in September.
"""


def test_a_deed_first_done_earlier_is_a_step_before_the_lead_news() -> None:
    # also: "the two firms" asked when is the story's pair, no figure "The two companies" states
    expect(answered(_PACT, "When did the two firms sign the JV?"), "Tuesday")


def test_a_line_that_began_operating_is_no_opening_of_the_plant() -> None:
    expect(answered(_PLANT, "When was the plant officially opened?"), "Tuesday")



_MILL = """| 25 September 2025, Thursday |

Uzbekistan signs textile deals with Chinese firms

Uzbek textile producers signed 12 agreements worth $900 million with Chinese companies at a trade fair in Tashkent on Wednesday, the ministry said.

The biggest deal was signed by Hubei Meixin Textile Co, which will invest $300 million in a spinning and weaving complex in Andijan, able to process 40,000 tonnes of cotton a year.

"We are moving part of our spinning capacity to Uzbekistan because labour costs about 40% less than in Hubei," a Hubei Meixin vice-president said.
"""


def test_a_complex_is_a_plant() -> None:
    expect(answered(_MILL, "where's hubei meixin building its new plant"), "Andijan")


_LOANS = """| 20 November 2025, Thursday |

Chinese-built alumina refinery opens in Borneo

Hengfa Aluminium opened a $1.5 billion alumina refinery in West Kalimantan on Tuesday, the company said.

Hengfa owns 70% of the venture and a local partner the remaining 30%. The project was financed partly with loans of $600 million from a group of lenders led by Bank of Kunming and state-owned PT Bank Nusantara.
"""


def test_loans_from_lenders_are_the_lending_asked() -> None:
    expect(answered(_LOANS, "which banks led the lending for the project"), "Kunming")
