"""Figure questions the bot abstained on although the story states the figure, each a general
rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_SESAME = """| 3 March 2025, Monday |

Ghana's cashew exports to China climb after plant-health deal

Ghana's cashew exports to China rose 22% in the first nine months of the year, the export authority said.

Exporters now ship from Tema, where 18 warehouses have been certified.

The first direct consignment, 36 containers loaded by a Kumasi-based processor, left Tema for Qingdao in May.

Another 12 containers of shea butter left Tema for Rotterdam in June.
"""


def test_a_city_a_cargo_left_for_names_the_country_asked_as_its_end() -> None:
    expect(answered(_SESAME, "How many containers were on the first direct cargo to China?"), "36")


_EBUS = """| 3 March 2025, Monday |

Chinese bus maker delivers fleet to Lima

Chinese maker Kinglong handed over 120 electric buses to Lima's transport authority on Tuesday.

Kinglong also handed over 40 diesel buses and 15 charging stations to the city last year.

Each bus costs about $400,000, the company said.
"""


def test_an_e_vehicle_asked_is_the_electric_one_the_story_spells_out() -> None:
    expect(answered(_EBUS, "how many e-buses did kinglong hand over to lima"), "120")
