"""Which-questions naming a body or a place: a rival told as competition, a brokerage told by its
name's 'Brokers', answered by the name itself."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PORT = """| 3 March 2025, Monday |

Port of Valdora posts record cargo

The port of Valdora handled 12.4 million tonnes of cargo last year, up from 10.9 million tonnes a year earlier, the port authority said.

Valdora faces growing competition from Marisco's Porto Alto port, which handled 900,000 TEUs last year.

The average handling fee rose to $41 per tonne, according to Keller & Stout Shipping Brokers.
"""


def test_a_rival_is_told_as_competition_from_it() -> None:
    expect(answered(_PORT, "which port is valdora's main rival"), "Porto Alto")


def test_a_brokerage_is_told_by_the_brokers_name() -> None:
    reply = answered(_PORT, "Which brokerage reported the handling fee?")
    assert reply.intent == "who" and reply.text.startswith("Keller"), reply.text

