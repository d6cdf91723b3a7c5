"""When, where and who: a month's year read from its own clause's tense, not the sentence's plan."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PACT = """| 15 October 2024, Tuesday |

Tuvalu fish sales to Japan climb

Tuvalu's fish sales to Japan rose 12% in the first nine months of the year, the fisheries office said on Monday.

Trade Minister Pita Alofa said on Monday the government would ask Tokyo next year to widen the fisheries pact between the two countries, which took effect in May, to cover canned tuna.
"""


def test_a_past_clause_after_a_plan_keeps_its_month_in_the_past() -> None:
    # "would ask ... next year ..., which took effect in May": the pact's May is this year's, gone by
    expect(answered(_PACT, "When did the fisheries pact come into force?"), "May 2024")


_CHAMBER = """| 15 October 2024, Tuesday |

Tuvalu tuna sales climb

Tuvalu's tuna exports rose 12% in the first nine months of the year, the National Fisheries Chamber said on Monday.

"Demand has come back faster than anyone expected," Mele Tausi, executive president of the chamber, told a news conference.
"""


def test_a_chamber_is_a_body_whose_head_is_asked() -> None:
    # "the National Fisheries Chamber" is a body, not a person, so "the chamber" has a president
    expect(answered(_CHAMBER, "who heads the fisheries chamber"), "Mele Tausi")


_RANKED = """| 15 October 2024, Tuesday |

Zambia copper shipments rise

Zambia, Africa's second-largest copper producer after the Democratic Republic of Congo, shipped 412,000 tonnes of copper through Dar es Salaam.
"""


def test_a_verb_asked_ranks_by_its_noun() -> None:
    # "mines more copper" is ranked by "copper producer": the one above is the answer
    expect(answered(_RANKED, "Which country mines more copper than Zambia in Africa?"), "Congo")


_BRIEFING = """| 7 October 2025, Tuesday |

Tuvalu ferry draws record riders

The Tuvalu ferry carried 6.8 million passengers in the first nine months of the year, operator Tuvalu Ferries said on Monday.

Tuvalu owes about $5.5 billion to lenders for the ferries and is seeking to stretch the repayment period to 60 years, Transport Minister Pita Alofa told parliament on Thursday.
"""


def test_a_briefing_is_dated_by_its_telling() -> None:
    # "brief lawmakers" is a telling: "told parliament on Thursday", not the lead's Monday
    expect(answered(_BRIEFING, "When did the transport minister brief lawmakers about the debt?"), "Thursday")
