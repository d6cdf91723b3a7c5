"""Rules of wave s5, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_DATELINE = """| 12 June 2024, Wednesday |

Sri Lanka's southern port posts record car transhipments

COLOMBO, June 12 (Reuters) - Sri Lanka's Hambantota International Port handled a record 71,400 vehicles for transhipment in May, up 38% from a year earlier, the port's operator said on Wednesday.

Most of the vehicles were bound for the Middle East, chief executive Zhou Wenbin told reporters in Colombo.
"""


def test_a_dateline_town_is_no_place_of_the_leads_figures() -> None:
    expect(answered(_DATELINE, "how many cars did colombo port tranship in may"), None)
    expect(answered(_DATELINE, "how many cars did hambantota tranship in may"), "71,400")


_CARRIED_OUT = """| 14 November 2024, Thursday |

Chinese-funded rail upgrade lifts coal shipments

Coal exports through the port of Nacala rose 27.4% in the first nine months of the year to 6.8 million tonnes, helped by a Chinese-financed upgrade of the rail line, the corridor's operator said.

The corridor's chief executive said the rail line loaded a record 412 trains in October after a new signalling system was installed on the upgraded rail track.

The upgrade, worth $665 million, is financed by a loan from the Export-Import Bank of China and is being carried out by China Railway Construction Corporation (CRCC).

Tomas Langa, a spokesperson for miner Moatize Coal Holdings, the largest user of the rail line, said the company would hire 600 workers.
"""


def test_work_carried_out_by_a_company_is_built_by_it() -> None:
    expect(answered(_CARRIED_OUT, "who is doing the upgrade work on the railway"), "China Railway Construction Corporation")


_UNNAMED_DOER = """| 14 November 2024, Thursday |

Chinese builder starts Honiara port upgrade

A Chinese state-owned contractor broke ground on Tuesday on a $142 million upgrade of the main port in Honiara, funded largely by the Export-Import Bank of China.

Guangzhou Nanhai Port Engineering Co will lengthen the international wharf by 210 metres and build a container yard, the ports authority said.
"""


def test_an_unnamed_business_doing_the_deed_is_named_by_the_next_sentence() -> None:
    expect(answered(_UNNAMED_DOER, "which company is doing the port upgrade"), "Guangzhou Nanhai")


_STRIKE = """| 21 August 2024, Wednesday |

Canada rail strike strands grain

Some 9,300 engineers and conductors at the two railways went on strike on Saturday, halting most freight traffic.

The railways offered pay rises of 3.25% a year over four years.
"""


def test_workers_asked_count_engineers_and_conductors() -> None:
    expect(answered(_STRIKE, "how many workers went on strike"), "9,300")
    expect(answered(_STRIKE, "how many dockers walked out"), None)


_SEASON = """| 14 May 2025, Wednesday |

Kiwifruit exports hit record

New Zealand's kiwifruit exports rose 18.4% to a record NZ$4.1 billion in the season to March, marketer Zespri said on Tuesday.

Zespri said it sold 195 million trays of fruit in the 2024/25 season, up from 151 million trays a year earlier.
"""


def test_last_season_is_the_season_told_done_by_its_years() -> None:
    expect(answered(_SEASON, "How many trays of kiwis did Zespri sell last season?"), "195 million")


_TANKS = """| 12 June 2024, Wednesday |

Port opens fuel terminal

The port handled 312 vessel calls in the first five months of the year, its operator said.

Separately, a bunkering terminal built by Sinopec Hambantota Energy began commercial operations on Monday, delivering its first 4,500 tonnes of fuel oil.

The terminal has 14 storage tanks with a combined capacity of 80,000 cubic metres and cost $153 million to build.
"""


def test_a_combined_measure_of_the_asked_kinds_things_is_of_that_kind() -> None:
    expect(answered(_TANKS, "storage capacity of the tanks"), "80,000 cubic metres")


def test_the_words_before_a_thing_told_before_carry_to_the_next_paragraph() -> None:
    expect(answered(_TANKS, "how much did the bunkering terminal cost"), "$153 million")


_STARTS = """| 15 September 2025, Monday |

Canada's housing starts jump in August

Canada's annualized pace of housing starts rose 9.4% in August from July to 287,650 units, the national housing agency said on Monday.

Purpose-built rental units made up 61% of multi-unit starts in the first eight months of the year, up from 48% a year earlier. Condominium starts dropped 27% over the same period to 38,900 units, the lowest total since 2013.

"Condo presales have dried up as investors step back," an economist said.
"""


def test_a_kind_of_housing_start_has_broken_ground() -> None:
    expect(answered(_STARTS, "how many condos have broken ground so far this year"), "38,900")
