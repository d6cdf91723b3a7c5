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


_PORT = """| 3 March 2025, Monday |

Lithuania's Klaipeda port ramps up container trade with China

Container traffic on direct services between Klaipeda and Chinese ports rose 12.5% to 80,000 TEUs in the January-September period, about 30% of the 265,000 TEUs handled at the port, the Lithuanian Sea Ports Administration (LSPA) said in a statement.

In May, a new rail-sea service began linking Klaipeda with Chengdu, in China's Sichuan province.
"""


def test_a_share_beside_a_growth_is_set_against_half_a_country_named_by_its_adjective() -> None:
    reply = answered(_PORT, "are china services more than half of all teus at the port")
    expect(reply, "30%")
    assert reply.text.startswith("No")
