"""Words of a question the article says differently, each kept as a general rule over a small story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_RAIL = """| 4 March 2025, Tuesday |

Senegal and Mali agree to build railway to Dakar

Senegal and Mali agreed on Tuesday to build a 1,200-km railway linking Bamako with the port of Dakar.

The 700-km Malian section, running from Bamako to the border town of Kidira, is expected to cost 4.1 billion dollars. The 500-km Senegalese section from Kidira to Dakar will cost 2.9 billion dollars.
"""


def test_a_part_of_a_line_named_by_a_place_is_its_section() -> None:
    expect(answered(_RAIL, "how much will the mali part of the railway cost"), "4.1 billion")
