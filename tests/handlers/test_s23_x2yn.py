"""Why and yes-no questions: the reason clause and the evidence, each a general rule over a small story."""

from __future__ import annotations

from tests.handlers.stories import answered

_PORT = """| 4 March 2025, Tuesday |

Harbour boom at Tarvik

Officials at the northern port of Tarvik signed leases with 12 new tenants on the Velna river on Monday, as logistics firms moved warehouses closer to the coast.

Cargo throughput at Tarvik rose 9.2% to 410,000 tonnes in the year, even though traffic on the Velna river has slumped due to low water levels after a drought.
"""


def test_a_reason_after_a_contrast_explains_the_contrasted_move() -> None:
    reply = answered(_PORT, "Why has shipping on the Velna river fallen?")
    # the reason itself, not the whole sentence as though it gave none for the rise before it
    assert reply.answered and "low water" in reply.text and "9.2%" not in reply.text, reply.text

