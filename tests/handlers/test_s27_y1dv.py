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


_FINED = """| 21 October 2025, Tuesday |

UK regulator fines Pennine Water over sewage spills

Britain's water regulator Ofwat fined Pennine Water 40 million pounds on Tuesday for failing to run its treatment works properly.

An Ofwat investigation opened in 2022 found that the Leeds-based company, which supplies 2.1 million people, spilled untreated sewage into rivers 5,000 times last year, up 25% from a year earlier.

Pennine plans to invest 3.2 billion pounds in the five years to March 2030, and will raise bills by 12%.

Ofwat has 280 staff and opened 14 investigations last year.

Pennine said spills fell 18% in the third quarter after it added storage at 64 overflow sites.
"""


def test_the_company_a_regulators_finding_tells_of_is_the_headlines() -> None:
    expect(answered(_FINED, "How many times did Pennine spill sewage in 2023?"), "4,000")
