"""Questions of class j2 met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_CORRIDOR = """| 3 March 2025, Monday |

Inland growers get a way to the sea

In April, the trade ministry said the inland county of Nandi would be able to use Mombasa, the biggest port on the Kenyan coast, to send tea to Karachi and Dubai from May, cutting freight costs for Nandi growers.

Tea exports rose 8% to 5,000 tonnes last year, the tea board said.
"""


def test_a_via_phrase_of_a_where_question_is_the_way_not_a_required_word() -> None:
    reply = answered(_CORRIDOR, "where will nandi tea go via the sea route")
    expect(reply, "Karachi")
    expect(reply, "Dubai")
