"""Rules met on wave l6's held-out questions, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_POTASH = """| 13 March 2025, Thursday |

Congo potash mine ships first cargo

BRAZZAVILLE, March 13 (Reuters) - A potash mine in the Republic of Congo run by a Chinese firm loaded its first export cargo at the port of Pointe-Noire on Tuesday, the company said.

The first 40,000-tonne shipment is bound for Rizhao in China's Shandong province, the company said in a statement.

The mine employs 900 people, most of them Congolese, it said.
"""


def test_headed_to_is_a_destination_asked() -> None:
    # "headed to" asks where a thing is bound for, as "headed for" does
    expect(answered(_POTASH, "which chinese port is the first shipment headed to"), "Rizhao")


_FLIGHT = """| 16 October 2025, Thursday |

Ugandan coffee flies to China

KAMPALA, Oct 16 (Reuters) - Uganda's coffee exports rose 40% in the first nine months after a new direct cargo flight from Entebbe cut delivery times to Chinese roasters, the coffee authority said.

The weekly freighter service flies from Entebbe to Chengdu in about 10 hours and can carry up to 80 tonnes on each trip, the airline said.

Roasters in China paid a premium of about 5% for the fresher beans, traders said.
"""


def test_where_a_plane_lands_is_where_it_flies_to() -> None:
    # "where does it land?" asks the flight's end, not the place it leaves from
    expect(answered(_FLIGHT, "where does the new cargo plane land"), "Chengdu")


_PORT = """| 2 December 2025, Tuesday |

Peru's new port cuts voyage times to Asia

LIMA, Dec 2 (Reuters) - The port of Callisto, north of Lima, handled 250,000 containers in its first year, the operator said on Tuesday.

Exports through Callisto reached $2 billion in January to October, with most of the cargo bound for China, it said.

"Ships now sail direct to Shanghai in 23 days, compared with about 35 days when cargo had to be transshipped in Lazaro Cardenas in Mexico," operations manager Liu Wen said.

Callisto employs 1,500 people, the operator said.
"""


def test_a_story_place_after_before_dates_the_question() -> None:
    # "before Callisto": before the port opened, a time; the sentence of that time need not name it
    expect(answered(_PORT, "which mexican port was cargo transferred in before callisto"), "Lazaro Cardenas")


_MINISTER = """| 22 October 2025, Wednesday |

Chinese car-parts maker opens Serbian plant

KRAGUJEVAC, Serbia, Oct 22 (Reuters) - A Chinese car-parts maker opened a 120 million euro plant in Serbia on Wednesday, the company said.

"This factory puts the city back on the map," Economy Minister Milan Petrovic told reporters at the opening ceremony.

Critics in Serbia have questioned the environmental record of some Chinese-owned factories.
"""


def test_who_is_a_nations_minister_is_the_person_not_the_nation() -> None:
    expect(answered(_MINISTER, "whos serbias economy minister"), "Petrovic")


_GRID = """| 3 November 2025, Monday |

Norwegian firm to build Egyptian ammonia plant

CAIRO, Nov 3 (Reuters) - A Norwegian company will build a $4 billion green ammonia plant near Sokhna, the government said on Monday.

Electricity Minister Mahmoud Fathy said on Monday the plant would be linked to the grid by a dedicated line built by the Egyptian Electricity Transmission Company.

The plant will employ 1,200 people, the company said.
"""


def test_a_participle_right_after_the_thing_asked_has_its_by_agent() -> None:
    # "a dedicated line built by X" is as passive as "a line that was built by X"
    reply = answered(_GRID, "who will build the power line to the plant")
    expect(reply, "Egyptian Electricity Transmission")
    assert "Fathy" not in reply.text, reply.text


_RICE = """| 12 November 2024, Tuesday |

Vietnam rice exports slow

HANOI, Nov 12 (Reuters) - Vietnam's rice exports fell 5% in October, the customs office said on Tuesday.

Competition is likely to intensify next year due to India's return to the market with white rice, while Thailand is also offering cheaper grades, said Le Van Nam, deputy head of the ministry's crop department.

Exports to the Philippines rose 8%, traders said.
"""


def test_who_warned_is_the_speaker_the_sentence_gives_not_a_place_it_names() -> None:
    reply = answered(_RICE, "who warned of tougher competition next yr")
    expect(reply, "Le Van Nam")
    assert not reply.text.startswith(("India", "Thailand")), reply.text


_HUB = """| 9 December 2023, Saturday |

Chinese city opens freight hub

In March, a new cargo hub for China-Europe freight trains was put into operation in Harbin, with a train carrying 50 containers departing for Russia.

The hub handled 12,000 containers in its first nine months, officials said.
"""


def test_a_nations_city_asked_is_never_a_continent() -> None:
    # "which Russian city ...?": not "Europe" of a "China-Europe" route, nor any region wider than the nation
    reply = answered(_HUB, "which russian city was the first train from the harbin hub headed to")
    assert not reply.text.startswith("Europe"), reply.text
