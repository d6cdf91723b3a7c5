"""When, where, who: the time of a clause the asked thing only runs beside, and a country that
locates a place rather than the deed."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PORT = """| 18 September 2025, Thursday |

Pakistan signs port deal as new China shipping line starts calls

Pakistan signed a 90 billion rupee investment agreement for the free zone at Gwadar port in Islamabad on Wednesday, as a new container shipping line began calling at the port that sits at the heart of the economic corridor with China.

The agreement was signed by the planning minister and the chief executive of the zone's Chinese operator.

Indus Container Lines, a joint venture of two shipping firms, launched a weekly service on Monday linking Gwadar with Shanghai, Ningbo and Port Klang in Malaysia.
"""


def test_a_lead_time_of_another_clause_yields_to_the_thing_retold_below() -> None:
    # the lead's Wednesday dates the signing ", as" the line began calling; the service's own day
    # is told below, and Malaysia there locates Port Klang, not the launch
    expect(answered(_PORT, "When did the new container service to China start?"), "Monday")


_DUTY = """| 14 November 2024, Thursday |

Chinese bike makers open plants in Nairobi

Two Chinese motorcycle makers opened assembly plants in Nairobi on Wednesday.

The treasury last week raised the duty on fully built motorbikes to 35% from 25%, with effect from 1 March.
"""


def test_with_effect_from_is_when_a_rule_kicks_in() -> None:
    expect(answered(_DUTY, "When does the new duty regime kick in?"), "1 March")
