"""Figure questions of the third pass: money asked as a thing, a body named by its kind, and
everyday words the article says otherwise."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_SNB = """| 25 September 2025, Thursday |

Swiss National Bank returns to negative rates

The Swiss National Bank cut its policy rate by 25 basis points to minus 0.25% on Thursday.

The move came a week after the European Central Bank kept its deposit rate at 2.0%.

The central bank said it bought foreign currency worth 5.2 billion Swiss francs in the second quarter, up from 1.1 billion francs in the first three months of the year.
"""


def test_currency_asked_is_money() -> None:
    # "how much foreign currency" asks an amount of money, not of a thing priced in money
    expect(answered(_SNB, "how much foreign currency did the snb buy in the second quarter"), "5.2")


def test_the_central_bank_is_the_one_the_story_leads_with() -> None:
    # "The central bank said it bought ..." after the ECB's aside is still the SNB, which the
    # headline and the lead name
    expect(answered(_SNB, "who bought foreign currency in the second quarter?"), "Swiss National Bank")


_CBK = """| 6 August 2025, Wednesday |

Kenya's central bank cuts key rate to 9.25%

The Central Bank of Kenya cut its benchmark lending rate by 50 basis points to 9.25% on Tuesday, its seventh consecutive reduction.

The central bank has lowered its key rate by a cumulative 375 basis points since it began easing in August last year.
"""


def test_a_time_in_a_since_clause_starts_a_span() -> None:
    # "since it began easing in August last year" is when the run of cuts started, not this cut
    expect(answered(_CBK, "When did the CBK lower rates?"), "Tuesday")


_LNG = """| 21 October 2025, Tuesday |

Outage at Bremer Point LNG plant disrupts cargoes

Corallin Energy has shut two of the three liquefaction trains at its Bremer Point plant after a fault in a compressor, the company said on Monday, forcing it to cancel or delay six cargoes due to load in November.

Corallin said it would provide an update on the restart timetable by November 3.

The plant's domestic gas facility, which supplies 150 terajoules a day to the local market, was not affected.
"""


def test_being_affected_is_no_word_to_find() -> None:
    # "affected" only ties the counted cargoes to the shutdown; the text says how ("cancel or
    # delay"), and the one sentence that says "affected" is of another thing
    expect(answered(_LNG, "How many shipments are affected by the shutdown?"), "six")


_MILLS = """| 21 April 2025, Monday |

Thai sugar output falls for second year

Thai sugar mills crushed 78.4 million tonnes of cane in the 2024/25 season, down 11.2% from a year earlier, the Office of the Cane and Sugar Board said on Monday.

All 57 mills that operated this season had stopped crushing by March 31, nearly three weeks earlier than last year.

Kittipong Chansiri, who runs the commodities desk at Siam Horizon Securities, expects the crush to recover to 84 million tonnes next year.
"""


def test_things_counted_that_ran_operated() -> None:
    # "how many mills ran" counts the mills "that operated", not whoever "runs" a desk
    expect(answered(_MILLS, "how many mills ran this season"), "57")


_BOND = """| 14 May 2025, Wednesday |

Saudi Arabia raises $11.5 billion in dollar bond sale

Saudi Arabia raised $11.5 billion from a three-part dollar bond sale on Tuesday, the finance ministry said.

Orders peaked at more than $38 billion, down from $52 billion for a similar sale in January.
"""


def test_investor_demand_is_money() -> None:
    # investors' demand for an issue is counted in the money they bid, not in a thing's tonnes
    expect(answered(_BOND, "How much investor demand did the sale attract at its peak?"), "38")
