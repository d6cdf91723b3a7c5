"""Where- and who-questions met on this session's sets, each a general rule over a small made-up
story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_FERRIES = """| 3 March 2025, Monday |

Caspian ferries fall behind as corridor cargo grows

Cargo on the corridor rose 40% this year, the railway said.

Ferries waited an average of five days to load at Turkmenistan's Kelvar and Dostan ports in the third quarter, the shipping company said.
"""


def test_names_before_plural_ports_are_the_ports() -> None:
    # (the cited sentence names them either way: the answer's head is what must)
    reply = answered(_FERRIES, "which ports are ferries waiting at")
    expect(reply, "Kelvar")
    assert reply.text.startswith("Kelvar, Dostan"), reply.text
