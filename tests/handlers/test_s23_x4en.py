"""Questions over small made-up stories where a sentence seemed about another place or body than
the one asked."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PORT = """| 4 March 2025, Tuesday |

Korean-led consortium wins Varna terminal deal

A consortium led by Hanbit Engineering signed a concession agreement with Bulgaria's government on Monday to build a container terminal at Varna on the Black Sea, a project Sofia hopes will bring more trade with South Korea.

The consortium will invest 1.9 billion levs in the first phase of the terminal, Transport Minister Petar Ivanov told reporters in Sofia.
"""


def test_the_body_a_nation_led_is_called_back_by_its_noun() -> None:
    # "The consortium" is the "Korean-led consortium" of the headline, not Sofia's
    expect(answered(_PORT, "how much is the korean led group investing in varna"), "1.9 billion")
