"""Yes-no questions met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_REGION = """| 3 March 2025, Monday |

Western Kenya courts tea buyers

Growers in western Kenya – comprising the counties of Kericho, Bomet and Nandi – shipped 12,000 tonnes of tea last year, the tea board said.

Exports to Pakistan rose 8% to 5,000 tonnes, it said.
"""


def test_a_name_listed_after_a_whole_and_comprising_is_part_of_it() -> None:
    reply = answered(_REGION, "Is Bomet part of western Kenya?")
    expect(reply, "comprising")
    assert reply.text.startswith("Yes")

