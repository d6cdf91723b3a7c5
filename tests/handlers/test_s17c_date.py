"""When questions: the time that dates the deed asked, not the period of a figure in the same
sentence nor the span of a record."""

from __future__ import annotations

from tests.handlers.stories import answered, dialog, expect

_CHEESE = """| 12 March 2025, Wednesday |

Danish cheese sales to Japan rebound

Danish cheese exports to Japan climbed to 2,350 tonnes in the first two months of 2025, dairy figures showed on Tuesday, as traders rushed to win back what had been their biggest market before Tokyo dropped a three-year tariff in November.

The shipments were worth 41 million euros, the Danish Dairy Board said.
"""


def test_a_figures_period_does_not_date_another_deed() -> None:
    # "climbed to 2,350 tonnes in the first two months" dates the rise; the tariff went in November,
    # though "their biggest market before ..." stands ahead of it
    expect(answered(_CHEESE, "When did Tokyo scrap the cheese tariff?"), "November")


_LOAN = """| 14 October 2025, Tuesday |

Zambia rail freight rises

Freight on the Zambian rail line rose 9% in the first nine months of 2025, the operator said on Monday.

Zambia, which missed a bond payment in November 2020, reached a deal with its bondholders and banks last month to extend repayment of $900 million by eight years, a finance ministry official said.
"""


def test_an_aside_on_the_subject_does_not_date_the_deed() -> None:
    # ", which missed a bond payment in November 2020," tells who Zambia is; the deal came last month
    expect(answered(_LOAN, "When did Zambia reach the deal?"), "September")


_ETHIOPIA = """| 14 October 2025, Tuesday |

Ethiopia signs power line deal

Ethiopia's state utility signed a contract with a Chinese builder on Monday for a 400-km power line from the Grand Renaissance dam.

Officials in Addis Ababa said the line would be finished by 2028. Ethiopia agreed a loan for the line with Beijing last month, the finance ministry said.
"""


def test_addis_is_ethiopias_government() -> None:
    expect(answered(_ETHIOPIA, "When did Addis agree the loan with Beijing?"), "September")


_SILO = """| 12 November 2024, Tuesday |

Border town plans grain depot

Rail shipments of grain through the border town of Zabaykalsk rose 14% in the first nine months of the year, the operator said on Monday.

Zabaykalsk mayor Ivan Petrov said the town would start building a 200,000-tonne grain storage facility next year.
"""


def test_constructing_a_warehouse_is_building_a_storage_facility() -> None:
    expect(answered(_SILO, "when will zabaykalsk begin constructing the new grain warehouse"), "Next year")


_TARIFF = """| 14 October 2025, Tuesday |

Rail tariff cut lifts Belarusian fertiliser shipments

Russian Railways cut its tariff on Belarusian fertiliser cargo by 12% last month under an intergovernmental agreement signed in March.
"""


def test_a_month_after_a_cut_is_when_the_cut_was_made() -> None:
    # a month or a year beside a move is the move's own date, unlike the span a figure is counted over
    expect(dialog(_TARIFF, "What did Russian Railways do for Belarusian fertiliser cargo?", "when?"), "September 2025")
