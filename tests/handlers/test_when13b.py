"""When-questions of this session's blind articles: a timetable's month read as still ahead, and
when-questions the article cannot answer."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_OUTAGE = """| 21 October 2025, Tuesday |

Outage at gas plant delays cargoes

Harlow Energy has shut its Kestrel gas plant after a fault in a compressor, the company said on Monday, forcing it to delay six cargoes due to load in November.

Chief Executive Anna Pike said the fault was detected during routine checks on Saturday.
"""


def test_a_cargo_due_to_load_in_a_month_loads_in_the_next_one() -> None:
    # "due to load in November", said in October, is November ahead, not last year's
    expect(answered(_OUTAGE, "When were the cargoes due to load?"), "November 2025")


def test_a_month_still_ahead_does_not_date_a_past_finding() -> None:
    # the lead's "due to load in November" is no past month: the fault was picked up on Saturday
    expect(answered("au_lng", "when was the compressor problem first picked up"), "On Saturday")


_CREDIT = """| 11 September 2025, Thursday |

Government approves cheap credit for garment makers

On Tuesday the government approved a $150 million credit package for garment firms that keep workers on their payrolls, the deputy prime minister said.

The loans, carrying interest below market rates, will be disbursed from October through state lenders.

The company has cut its workforce by 650 since July.

Cheap loans to garment firms fell in August from a year earlier, central bank data showed.
"""


def test_drawing_on_a_loan_is_its_disbursing() -> None:
    # drawing on the credit is the loans' being disbursed ("will be disbursed from October"), not
    # the package's approval on Tuesday
    expect(answered(_CREDIT, "When can firms draw on the cheap credit?"), "From October")


def test_the_start_of_a_deed_is_dated_by_the_deed_without_the_word_start() -> None:
    # "start drawing": the loans' own "from October" dates it, with no "start" in that sentence
    expect(answered(_CREDIT, "When can companies start drawing on the cheap loans?"), "From October")
