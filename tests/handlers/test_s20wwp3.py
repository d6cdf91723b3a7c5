"""When questions in words of their own: a happening asked as 'taking place', a term 'run out'."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_AUCTION = """| 14 March 2025, Friday |

Korea to auction reserve cabbage as prices hit record

Korea will sell 90,000 tonnes of cabbage from its state stockpile through a series of auctions, the farm ministry said on Friday, as the retail price climbed to a record following last year's poor harvest.

The average price of a head of cabbage rose to 6,200 won in the week to March 9, up 80% from a year earlier.

The first auction, for 60,000 tonnes, will be held on March 19, with the rest to be offered in April, the farm minister told reporters.
"""


def test_taking_place_is_the_happening_a_date_answers() -> None:
    expect(answered(_AUCTION, "When's the first stockpile auction taking place?"), "March 19")


_LOANS = """| 20 November 2024, Wednesday |

Ghana repays Chinese loans with cocoa

Ghana shipped more cocoa to repay loans from Chinese lenders, the finance ministry said on Tuesday.

Accra won a three-year moratorium on principal repayments from the lenders in 2020. The grace period ended last year, pushing repayments sharply higher.
"""


def test_a_term_runs_out_as_it_ends() -> None:
    expect(answered(_LOANS, "when did the grace period on principal payments run out"), "Last year (")


_PARK = """| 20 November 2025, Thursday |

Kenya's tea exports climb as Chinese-built agro-industrial park opens

The figures came days after Trade Minister Amina Otieno inaugurated a Chinese-built agro-industrial park last week in Kericho, a town about 250 km west of the capital Nairobi, that the government hopes will double the sector's processing capacity.

Companies have signed leases for 12 of the park's 20 factory sheds, most of them Chinese, said Peter Mwangi, spokesperson for the Kenyan Investment Commission, which manages the site. Tenants will work in tea blending, cold-chain logistics and packaging manufacturing, he said.
"""


def test_who_did_the_deed_asked_is_its_subject_not_a_later_sayer() -> None:
    expect(answered(_PARK, "who opened the park"), "Amina Otieno")
