"""Yes-no questions of wave i2, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_FIELD = """| 3 March 2025, Monday |

Gas field partners start drilling

The gas field off the coast is run by Norwegian firm Fjordgas, which holds a 55% stake. Dutch group Polder Energy owns 20%, while Kestrel Resources, a Brazilian state-run company, has the remaining 25%.

Drilling began on Monday, the energy ministry said.
"""


def test_a_fraction_asked_is_compared_as_a_percentage() -> None:
    reply = answered(_FIELD, "Does the Brazilian state company own more than a third of the field?")
    expect(reply, "25%")
    assert reply.text.startswith("No")


def test_a_fraction_below_the_share_is_topped() -> None:
    reply = answered(_FIELD, "Does Fjordgas hold over half of the field?")
    expect(reply, "55%")
    assert reply.text.startswith("Yes")
