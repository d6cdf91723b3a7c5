"""A train's destination and an agreement's sectors: "where did the train go?" is the place it
departed for, not the route named in a hub's name; "according to" reports and is no agreement."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.handlers.stories import answered, dialog, expect

_HUB = """| 10 June 2024, Monday |

Kazakh and Chinese firms sign deals from mining to farming

Kazakh and Chinese companies signed a series of agreements spanning mining, logistics and farming at a forum in Almaty.

In April, a new freight terminal for China-Europe rail cargo opened in Khorgos, with a train carrying 60 containers departing for Germany.

Trade between the two countries rose 11% in May to $4.1 billion, according to data from the customs office.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("where did the train go", "Germany"),  # departed for; "China-Europe" names a route
    ("where was the train going", "Germany"),
    ("what are the sectors covered by the deals", "mining"),  # not the customs sentence "according to" data
    ("which sectors do the agreements cover", "mining"),
])
def test_the_destination_and_the_deals(question: str, expected: str) -> None:
    expect(answered(_HUB, question), expected)


_SEED = (Path(__file__).resolve().parents[2] / "knowledge" / "data" / "seed.txt").read_text(encoding="utf-8")


def test_according_to_is_no_agreement() -> None:
    # "according to the data by Chinese General Administration of Customs" reports trade, no deal
    expect(answered(_SEED, "what are the sectors covered by the deals"), "manufacturing")


_EXPO = """| 12 May 2025, Monday |

Hungarian and Serbian firms sign deals at Szeged expo

The expo in Szeged, the largest city of southern Hungary, drew 400 Serbian companies.

In February, a new logistics park opened in Szeged with 12 warehouses.
"""


def test_when_after_where_asks_of_the_event_not_the_place() -> None:
    # "where was the expo?" "Szeged." "when?": not when a park opened in Szeged
    reply = dialog(_EXPO, "where was the expo", "when?")
    assert "February" not in reply.text, reply.text


_TALKS = """| 12 May 2025, Monday |

Polish and Czech firms sign deals at Wroclaw fair

The fair in Wroclaw, the capital of Lower Silesia, follows a meeting between Polish President Andrzej Duda and Czech President Petr Pavel last week in Prague.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("which city did duda and pavel meet in", "Prague"),  # the place right after the two named
    ("wat city did duda n pavel meet in", "Prague"),
    ("where was the fair", "Wroclaw"),
])
def test_the_place_of_the_people_asked(question: str, expected: str) -> None:
    expect(answered(_TALKS, question), expected)


_GATEWAY = """| 12 May 2025, Monday |

Landlocked province gets sea route

In May, officials said the landlocked province of Ostrava would be able to use Gdynia, the biggest port on the Polish coast, to ship goods to Riga and Tallinn in the Baltic region.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("where will ostrava's goods end up after going through the polish port?", "Riga"),  # passed through, not asked
    ("which port can ostrava use", "Gdynia"),
])
def test_a_place_passed_through_is_no_kind_asked(question: str, expected: str) -> None:
    expect(answered(_GATEWAY, question), expected)
