"""When questions met on this session's blind sets, each kept as a general rule over a small
story: a year told relative to the article's date, asked in other words than the story's."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_WAR = """| 12 May 2024, Sunday |

Georgia courts Chinese builders

Tbilisi has sought closer ties with Chinese investors since Russian forces invaded Ukraine two years ago, officials said.

Chinese firms won 14 road contracts in Georgia in the first quarter, the transport ministry said on Friday.
"""


@pytest.mark.parametrize("question", [
    "what year did russian troops go into ukraine",
    "when did russian soldiers go into ukraine",
])
def test_troops_are_the_forces_the_story_names(question: str) -> None:
    expect(answered(_WAR, question), "2022")


def test_per_the_piece_is_no_word_to_find() -> None:
    expect(answered(_WAR, "what yr did russia invade ukraine per the piece"), "2022")


_FORUM = """| 11 June 2025, Wednesday |

Kyrgyz gold miner signs deals with Chinese firms

Kyrgyzaltyn signed a gold offtake agreement with two Chinese companies at the Bishkek Investment Forum on Tuesday, the company said.

The refinery is partly financed by a $300 million loan from China Eximbank signed last year.
"""


def test_a_demonym_says_whose_the_deal_is_not_where_it_was_signed() -> None:
    expect(answered(_FORUM, "when were the chinese deals signed"), "Tuesday")


_EXPO = """| 17 April 2025, Thursday |

Laotian firms sign deals at Kunming expo

Laotian companies signed 52 agreements with Chinese firms at a trade expo in Kunming on Wednesday, organisers said.

Cambodian exhibitors signed 20 deals at the expo, nearly double the 11 they signed last year, a trade official said.
"""


def test_the_base_of_a_multiple_is_not_when_the_deals_were_signed() -> None:
    expect(answered(_EXPO, "When were the agreements signed?"), "Wednesday")


_MILL = """| 17 October 2024, Thursday |

Kazakh oilseed exports to China jump

Kazakh sunflower seed exports to China's Xinjiang region jumped in the third quarter as traders moved more cargo by road, officials said on Wednesday.

On Monday, Astana Grain signed an agreement with Chinese trader Hengda Oils to build an oilseed crushing plant in Kostanay with capacity to process 300,000 tonnes of seeds a year. The project will cost $200 million, the companies said.

Construction is due to begin in March, with first output expected in the second half of 2026, Hengda chairman Sun Wei said.
"""


@pytest.mark.parametrize("question", [
    "when does building work on the plant start",
    "when does work on the plant begin",
])
def test_building_work_is_the_construction_the_story_dates(question: str) -> None:
    expect(answered(_MILL, question), "March")


_CUSTOMS = """| 17 April 2025, Thursday |

Guangxi firms sign deals with Vietnamese partners

Vietnamese and Thai companies signed 80 agreements with Chinese firms at a trade fair in Nanning on Wednesday, as the Guangxi region courts Southeast Asian buyers, organisers said.

Guangxi's imports from Vietnam jumped 21.4% year on year to 7.2 billion yuan in the first quarter, while its exports to the Association of Southeast Asian Nations rose 9.6%, Nanning customs said on Monday.
"""


def test_a_places_own_customs_tell_its_news_on_their_own_day() -> None:
    expect(answered(_CUSTOMS, "when did nanning customs put out the q1 trade numbers"), "Monday")


_SHIPPED = """| 14 August 2025, Thursday |

Chilean lithium deal signed

Chinese battery maker Ganfeng Power signed an agreement in Santiago on Wednesday to expand its Salar Norte lithium project in a $900 million investment.

Ganfeng Power shipped 7,200 tonnes of lithium carbonate in the first half, mostly through the port of Antofagasta, company spokesperson Maria Rojas said on Monday.
"""


def test_a_spokespersons_deed_is_the_telling() -> None:
    expect(answered(_SHIPPED, "when did the company spokeswoman give the shipment figures"), "Monday")
