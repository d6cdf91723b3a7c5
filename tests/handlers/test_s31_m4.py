"""Rules met on the m4 wave's failures, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PORT = """| 14 November 2025, Friday |

Peruvian port lifts grain volumes as new silos open

LIMA, Nov 14 (Reuters) - Peru's port of Callao handled 3.1 million tonnes of grain in January-October, up 6.2% from a year earlier, the port authority said on Friday, as new German-built silos entered service ahead of the harvest.

The authority, which runs the country's largest port north of the capital, said volumes in October alone rose 9.4% from a year earlier to 340,000 tonnes.

Two grain silos built by Germany's Meyer Silo Technik (MST) opened at the port in June and were filled for the first time last month.
"""


def test_a_time_after_said_and_its_subject_dates_the_reported_figure() -> None:
    # "said volumes in October alone rose 9.4%": October dates the rise, not the saying
    expect(answered(_PORT, "how much did volumes rise in october"), "9.4%")


def test_a_participle_after_the_noun_asked_gives_its_by_agent() -> None:
    # "silos built by Germany's Meyer Silo Technik (MST) opened": a reduced relative clause's agent
    expect(answered(_PORT, "who built the new silos"), "Meyer Silo Technik")
