"""Unanswerable questions the bot used to answer with a near neighbour's figure."""
from __future__ import annotations

from tests.handlers.stories import answered, expect

_PORTS = """| 3 March 2025, Monday |

Caspian freight through Verania climbs

Cargo moving through Verania rose 24% in the first 10 months to 5.27 million tonnes, the state railway said on Monday.

The Sea Trade Port at Alat handled 3.9 million tonnes of transit cargo in the first 10 months. Ferries waited 4.5 days to load at Aktau and Kuryk ports in the third quarter.
"""


def test_another_port_is_no_answer_for_the_port_asked() -> None:
    # "the port of Aktau" asked; the figure is the port at Alat's, Aktau named only in passing
    expect(answered(_PORTS, "How much transit cargo did the port of Aktau handle?"), None)
    expect(answered(_PORTS, "How much transit cargo did the port at Alat handle?"), "3.9 million tonnes")
