"""What- and how-questions met on this session's sets, each a general rule over a small
made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_FORUM = """| 3 March 2025, Monday |

Indian firms sign deals at Moscow forum

Indian and Russian companies signed 30 agreements at a business forum in Moscow on Tuesday, officials said.

In machinery, Mumbai-based Konkan Tools agreed to sell 200 lathes worth $90 million to a rail-car maker in Russia's Tatarstan region. Pump maker Godavari Hydraulics will set up a joint venture to assemble 8,000 pumps a year in the Nizhny Novgorod region from next year.

Trade between the two countries rose 9% last year, the ministry said.
"""


def test_a_region_of_the_country_asked_is_in_it_no_rival_place() -> None:
    # "in the Nizhny Novgorod region" is in Russia: the sentence naming the firm asked answers
    expect(answered(_FORUM, "What is Godavari Hydraulics planning in Russia?"), "pumps")


_CELLS = """| 3 March 2025, Monday |

Chinese battery maker builds plant in Morocco

Battery maker Sunway Cells began building a 2 billion dirham plant near Tangier on Tuesday, the company said.

The plant will need about 30,000 tonnes of anode material a year. Sunway plans to make part of it from Moroccan graphite, as graphite is cheap there, and 12 of its suppliers will open units nearby.

Morocco's car exports rose 9% last year, the ministry said.
"""


def test_a_use_made_as_it_carries_the_thing_the_sentence_before_names() -> None:
    # "make part of it from Moroccan graphite": the "it" is the anode material of the sentence before
    expect(answered(_CELLS, "what will sunway use moroccan graphite for"), "anode")
