"""Where-questions met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PLANT = """| 3 March 2025, Monday |

Dairy exports climb on new orders

Exports of milk powder rose 12% last year to 84,000 tonnes, the dairy board said on Friday.

Lakeside Dairy Holdings said in June it would invest $40 million in a drying plant in Korvala, its first outside the capital region.

Tomas Berg, chief executive of Marsh Valley Cheese Company, said sales to Asia had doubled. The company plans to spend $5 million on a new packing line in the town of Selbu next year.

Farm Minister Anna Lind said the government wanted more processing at home. "Every litre we dry here is a job we keep," she told a growers' meeting in Havdal, 80 kilometres from the coast.
"""


def test_a_verb_of_placing_is_what_where_asks_not_a_word_to_find() -> None:
    # "putting its plant in": the sentence siting it says "invest in a plant in Korvala"
    reply = answered(_PLANT, "which town is the dairy company putting its plant in")
    expect(reply, "Korvala")


def test_the_company_after_a_named_company_carries_on_about_it() -> None:
    reply = answered(_PLANT, "Where will Marsh Valley put its new packing line?")
    expect(reply, "Selbu")


def test_a_quote_told_by_she_is_where_the_speaker_named_before_spoke() -> None:
    reply = answered(_PLANT, "Where did the farm minister speak to growers?")
    expect(reply, "Havdal")


_ACID = """| 3 March 2025, Monday |

Smelter restarts after upgrade

The smelter's new furnace captures most sulphur emissions, the company said on Friday.

The gas is turned into about 1.3 million tonnes of sulphuric acid a year for leaching at mines around Velacora and Pinturca.
"""


def test_an_untyped_name_right_after_the_asked_thing_and_around_is_where_it_is() -> None:
    reply = answered(_ACID, "where do the mines using the sulphuric acid sit")
    expect(reply, "Velacora")


_ROUTE = """| 3 March 2025, Monday |

Coffee growers cheer new cargo flight

Uvara's coffee exports to Asia rose 22% last year, the coffee board said on Friday.

A weekly freighter now flies from Kalimo to Shenzhen. Before the flight, most Uvaran coffee travelled 900 kilometres by truck to the port of Malindo.
"""


def test_the_words_of_a_closing_before_the_new_thing_need_not_be_found() -> None:
    reply = answered(_ROUTE, "Which port did Uvaran coffee go through before the air link?")
    expect(reply, "Malindo")
