"""Derived figures met on the sixteenth session's blind sets, each kept as a general rule over a
small story: arithmetic on stated figures, with the working shown."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PORTS = """| 4 June 2025, Wednesday |

Copper shipments split between two ports

Port Alder handled 1.4 million tonnes of copper concentrate in January-April, compared with 650,000 tonnes at Port Birch, the port authority said.
"""


def test_a_figure_written_in_whole_units_keeps_its_scale() -> None:
    # "650,000 tonnes" beside "1.4 million tonnes" is no 650,000 million: 0.75 million apart
    reply = answered(_PORTS, "how much more copper went through port alder than port birch")
    expect(reply, "0.75 million tonnes")
    assert "−0" not in reply.text and "649," not in reply.text, reply.text

