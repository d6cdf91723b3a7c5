"""Why and yes-no questions of the twenty-fourth session: the reason clause found through the
words a question uses for the story's own (a sacking is a dismissal, adoption an uptake)."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_STRIKE = """| 3 March 2025, Monday |

Garment workers walk out at Kandal factory

About 900 workers walked off the job at Silver Crane Apparel on Monday over unpaid bonuses.

A company spokesperson said the representatives were dismissed due to an unauthorised strike they led in August.

"Demand for electric buses is strong, but uptake will hinge on credit, because most operators pay in monthly instalments," said an analyst at Lakeside Securities.
"""


def test_a_sacking_asked_is_a_dismissal_told() -> None:
    expect(answered(_STRIKE, "Why did the company sack the union reps?"), "unauthorised strike")


def test_what_adoption_depends_on_is_what_uptake_hinges_on() -> None:
    expect(answered(_STRIKE, "According to the analyst, what will adoption depend on?"), "credit")



_JUTE = """| 3 March 2025, Monday |

Jute exports rise on orders from Egypt

"Egypt and Sudan together now account for nearly 40% of jute exports, up from 25% two years ago, which is a big concentration risk," said an analyst at Delta Capital.

Jute mills in Khulna added 2,000 workers this year.
"""


def test_risky_asked_is_a_risk_told() -> None:
    expect(answered(_JUTE, "why does the analyst think relying on egypt and sudan is risky"), "concentration")
