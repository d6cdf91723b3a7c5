"""Derived questions (one arithmetic step from stated figures) met on this session's sets, each a
general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_SALES = """| 23 October 2024, Wednesday |

Ghana's cashew exports to India surge after tariff cut

Ghana's cashew exports to India have surged since New Delhi cut import duty in March, the trade ministry said on Tuesday.

Sales of raw cashew nuts to India rose 25% in the January-September period from a year earlier to 50 million cedis, Trade Minister Kofi Mensah told reporters in Accra.

The country earned 12 million cedis from cocoa butter shipped to Malaysia in the same period.
"""


def test_sales_to_the_asked_place_are_its_exports() -> None:
    expect(answered(_SALES, "what were cashew exports to india worth in jan-sep last year"), "40 million")
