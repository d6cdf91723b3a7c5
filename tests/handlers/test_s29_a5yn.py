"""Yes-no questions met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from handlers.query import parse_query
from tests.handlers.stories import answered, expect, stored

_REGION = """| 3 March 2025, Monday |

Western Kenya courts tea buyers

Growers in western Kenya – comprising the counties of Kericho, Bomet and Nandi – shipped 12,000 tonnes of tea last year, the tea board said.

Exports to Pakistan rose 8% to 5,000 tonnes, it said.
"""


def test_a_name_listed_after_a_whole_and_comprising_is_part_of_it() -> None:
    reply = answered(_REGION, "Is Bomet part of western Kenya?")
    expect(reply, "comprising")
    assert reply.text.startswith("Yes")


_ROUTE = """| 3 March 2025, Monday |

New rail link to speed up cargo to Europe

The first train left Chengdu on Tuesday with 50 containers of electronics for Duisburg. The 9,800-kilometre journey, which leaves China at the Khorgos border crossing, is expected to take 14 days, against 35 to 40 days by sea.

Volumes at the port of Hamburg rose 4%, helped by Chinese goods shipped through it to Poland, after shippers moved their cargo away from Russian ports.

Freight rates on the route rose 12% this year, it said.
"""


def test_a_moving_verb_before_by_a_mode_is_said_by_the_mode() -> None:
    query = parse_query("Is the train quicker than shipping by sea?", stored(_ROUTE))
    assert not any(t.required for t in query.terms if t.word == "shipping")
    reply = answered(_ROUTE, "Is the train quicker than shipping by sea?")
    expect(reply, "14 days")
    assert reply.text.startswith("Yes")
