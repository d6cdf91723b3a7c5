"""When-questions (dates) met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_SUPPLIER = """| 18 November 2025, Tuesday |

Swedish battery maker cuts jobs after losing Falkner order

Nordcell AB said on Tuesday it would cut 900 jobs after German carmaker Falkner Automobil cancelled a major order for battery cells.

The Uppsala-based company posted a third-quarter loss of 1.2 billion Swedish crowns, widening from a loss of 0.6 billion crowns a year earlier.

Falkner, based in Munich, in September scrapped a contract to buy cells worth about 9 billion crowns for its electric vans, citing weak demand in Europe.
"""


def test_a_body_at_home_in_a_city_of_the_asked_nation_is_that_nations() -> None:
    # "the German automaker" (the story's "German carmaker Falkner") is at home in Munich, a German
    # city: the sentence naming Munich and Europe is no other place's.
    expect(answered(_SUPPLIER, "When did the German automaker pull out of the contract?"), "September")


_SMELTER = """| 18 November 2025, Tuesday |

Chinese firm to rebuild Tajik smelter

A Chinese group signed a $900 million deal on Tuesday to modernise the aluminium smelter in Karatag, western Tajikistan.

The plant director said the plant, which opened in 1981, runs at a third of capacity because of power cuts in winter, when water levels at the Rogun reservoir fall.

The group expects the first new potline to start operating in the second half of 2027.
"""


def test_the_thing_asked_by_its_place_is_the_storys_one_the_sentence_speaks_of() -> None:
    # "the Karatag plant" is "the plant" of a sentence that goes on to name the Rogun reservoir.
    expect(answered(_SMELTER, "What year did the Karatag plant first open?"), "1981")
