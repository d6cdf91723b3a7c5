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


_HOLD = """| 2 February 2024, Friday |

Central bank holds rates, signals cuts

The Bank of Arden kept interest rates at 5.25% on Thursday but dropped its warning that borrowing costs might rise again.

Sterling fell 0.3% after the decision, and traders priced in rate cuts this year.

The Bank now expects inflation to dip to its target in the second quarter of this year before edging up again.
"""


def test_the_next_of_a_recurring_decision_is_not_a_forecast_of_another_thing() -> None:
    # nothing says when the next decision is: a forecast for the second quarter dates no meeting
    expect(answered(_HOLD, "When is the next Bank of Arden rate decision?"), None)


_REVIEW = """| 2 October 2025, Thursday |

Exports rise on chip demand

Korea's exports rose 12.7% in September from a year earlier, trade data showed on Wednesday.

The Bank of Korea, which has kept its benchmark interest rate at 2.50% since May, is scheduled to review policy on October 23.
"""


def test_a_scheduled_review_dates_the_next_decision() -> None:
    # no "next" in the sentence, but "scheduled to review policy" sets the date down
    expect(answered(_REVIEW, "when is the bok next deciding on rates"), "October 23")


_SERIES = """| 21 October 2025, Tuesday |

Czech car output slows as chips run short

Vltavia Auto began series production of its Iris electric SUV at its plant in Pardubice last month after investing 14.2 billion crowns.

The company has taken 21,500 orders for the Iris since unveiling it in March.
"""


def test_mass_producing_is_series_production() -> None:
    # "began series production ... last month": the mass-producing asked, in the maker's words
    expect(answered(_SERIES, "when did vltavia start mass-producing the iris"), "Last month")


_FSRU = """| 22 July 2025, Tuesday |

Egypt charters more import ships as gas output falls

Egypt now operates four floating storage and regasification units at Ain Sokhna and Alexandria.

A fifth vessel, chartered from Oslo-based Nordvik Maritime, is due to start operating at Damietta in the third quarter, and a sixth is planned for the port of Arish next year.
"""


def test_regas_is_the_trades_clipping_of_regasification() -> None:
    # "regas" is no unknown kind of ship: the article's "regasification units"
    expect(answered(_FSRU, "When is the fifth floating regas ship supposed to start up?"), "In the third quarter")


def test_a_quarter_under_way_may_still_hold_what_is_to_come() -> None:
    # said in July, "due to start operating in the third quarter" is still ahead
    expect(answered(_FSRU, "When will the fifth vessel start operating?"), "In the third quarter")


_TIMETABLE = """| 22 July 2025, Tuesday |

Port orders new cranes

The port will receive four new cranes, Chief Executive Lena Berg said on Monday.

A fourth crane is due to arrive in March, a fifth in June and a sixth in September.
"""


def test_a_fifth_picks_its_own_part_of_a_timetable() -> None:
    # "a fifth in June": the time after the ordinal asked, not the fourth's March nor the sixth's
    expect(answered(_TIMETABLE, "When is the fifth crane due to arrive?"), "In June")
