"""Why and yes/no: the patterns behind the 15th session's blind first-run misses, each rule with a
small article of its own."""

from __future__ import annotations

from tests.handlers.stories import answered

_ZONE = """| 3 March 2025, Monday |

Lagos zone signs Chinese factory deals

The Lagos free zone signed investment agreements worth $1.4 billion with seven Chinese manufacturers on Tuesday, its operator said.

Some Chinese investors had held back due to the naira's slide and dollar shortages, said the chairman of a business chamber.
"""


def test_hesitant_to_put_money_in_is_holding_back_from_investing() -> None:
    # "hesitant" investors are ones that "held back"; to "put money in" is to invest
    result = answered(_ZONE, "Why were some Chinese investors hesitant to put money in?")
    assert result.answered and "naira" in result.text, result.text


_CUSTOMS = """| 3 March 2025, Monday |

Laos rail freight hits record

Freight carried on the railway hit a record 4.86 million tonnes in the first 10 months of 2025, the operator said.

Customs clearance for a freight train at the border crossing now takes about six hours, down from 40 hours in 2023.
"""


def test_clearing_customs_is_customs_clearance() -> None:
    # "clearing customs" asks of the "customs clearance" a sentence times
    result = answered(_CUSTOMS, "Is clearing customs at the border quicker than it was in 2023?")
    assert result.answered and "six hours" in result.text, result.text


_PLANT = """| 3 March 2025, Monday |

LNG plant halts two trains

Corallin Energy has shut two of the three liquefaction trains at its gas plant after a fault in a main refrigerant compressor, the company said on Monday.

Repairs are expected to take three to five weeks, while the remaining train is running at about 85% of its capacity.
"""


def test_taking_trains_offline_is_shutting_them() -> None:
    # "take two trains offline" asks of the trains "shut"; the fault is why
    result = answered(_PLANT, "why did they take two trains offline?")
    assert result.answered and "compressor" in result.text, result.text


_FUND = """| 3 March 2025, Monday |

Norway wealth fund drops five firms

Norges Bank's executive board decided last month to exclude five companies on the recommendation of the Council on Ethics, including defence contractor Halberd Dynamics because it makes components for cluster munitions.

The fund is worth about $1.9 trillion.
"""


def test_blacklisted_is_excluded_from_a_fund() -> None:
    # a company a fund "excludes" is one it "blacklisted"
    result = answered(_FUND, "Why was Halberd Dynamics blacklisted?")
    assert result.answered and "cluster munitions" in result.text, result.text


_BUDGET = """| 3 March 2025, Monday |

Monterrey council approves budget

Monterrey's city council on Wednesday approved a 14.6 billion peso budget for 2025, voting 9-4 for a plan that boosts police spending.

The four council members who voted against the plan said it relied on an optimistic forecast that property tax revenue would rise 9% next year.

"We put safety first because people told us they do not feel safe on their own streets," the mayor told reporters after the vote.
"""


def test_what_those_who_did_it_said_is_their_reason() -> None:
    # "members who voted against the plan said it relied on ...": their reason, over another's "because"
    result = answered(_BUDGET, "Why did the members vote against it?")
    assert result.answered and "optimistic forecast" in result.text, result.text
