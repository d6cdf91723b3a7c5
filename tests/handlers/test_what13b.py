"""What and why questions whose words the article says another way: letters for a name, light verbs."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_AVIATION = """| 3 March 2025, Monday |

Riyadh airline plans second base

Flynas Gulf has applied to the General Authority of Civil Aviation (GACA) for permission to open a second base in Dammam.

Under its national aviation strategy, GACA is targeting 320 million passengers a year by 2030.
"""


def test_an_acronym_names_the_body_it_spells() -> None:
    expect(answered(_AVIATION, "What annual passenger goal has the civil aviation authority set for 2030?"), "320 million")


_LOANS = """| 3 March 2025, Monday |

Geothermal developer secures loans

Longonot Power has secured $486 million in loans from four development lenders to build a geothermal plant.

The loans carry an 18-year tenor with a five-year grace period.
"""


def test_paying_back_a_loan_is_its_tenor() -> None:
    expect(answered(_LOANS, "how long do they have to pay back the loans"), "18-year")
