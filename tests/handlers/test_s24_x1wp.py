"""When / where / who rules of this session, each over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_WINE = """| 14 November 2024, Thursday |

Namibian grape exports climb

Namibia's table grape exports rose 9% to 41,000 tonnes in the season, said Pieter Mouton, an analyst at growers' association Grapenam in Aussenkehr.

Shipments to Europe made up most of the gain.
"""


def test_a_body_after_its_kind_in_a_staff_role_is_where_the_place_closing_the_role_is() -> None:
    expect(answered(_WINE, "where is grapenam headquartered"), "Aussenkehr")
