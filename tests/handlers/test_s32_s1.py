"""Rules of session 32's wave s1, each a general rule over a small made-up story."""

from __future__ import annotations

from handlers.query import parse_query
from tests.handlers.stories import answered, expect, stored

_ROAD = """| 3 March 2025, Monday |

Kenya opens rebuilt Malaba road and customs post to speed Uganda trade

NAIROBI, March 3 (Reuters) - Kenya on Sunday opened a rebuilt 60-km mountain road section and a new customs post at its Malaba border crossing with Uganda, the roads authority said.

The section between the border town of Bungoma and the Malaba pass cost 210 million dollars (about 27 billion shillings) and was financed by the World Bank. Contractor China Wu Yi began work in May 2022, and the road opened three months late.

The authority's managing director Peter Otieno said traffic would double. About 3000 firms attended the opening fair.
"""


def test_md_is_the_managing_director() -> None:
    reply = answered(_ROAD, "who is the md of the roads authority")
    expect(reply, "Otieno")


def test_beginning_work_is_the_start_of_construction() -> None:
    reply = answered(_ROAD, "when did construction on the road start")
    expect(reply, "May 2022")


def test_a_bit_of_a_road_is_its_section() -> None:
    reply = answered(_ROAD, "how much did the new road bit near bungoma cost")
    expect(reply, "210 million")


def test_a_count_with_a_trailing_plus_is_a_bound() -> None:
    query = parse_query("were there 5000+ firms at the opening fair", stored(_ROAD))
    assert any(t.word == "more" for t in query.terms)
    reply = answered(_ROAD, "were there 5000+ firms at the opening fair")
    assert reply.text.startswith("No"), reply.text

