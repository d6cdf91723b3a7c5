"""Unanswerable near misses that must abstain: another kind of figure, another trade way, a role
or a period the article never gives."""

from __future__ import annotations

from tests.handlers.stories import answered

_CHAMBER = """| 3 March 2025, Monday |

Grain exporters warn of losses as port strike drags on

Dock workers at Port Kembla walked off the job on Monday over wages, halting grain loading.

"Every ship that leaves without cargo is a sale we lose," said Paul Grant, president of the Grain Exporters Chamber, whose 14 member companies include Agrovia and Pampa Mills.

Each day of the strike holds up about 135,000 tonnes of grain worth $52 million in export sales, the port authority said.
"""


def test_how_much_money_is_no_count_of_members() -> None:
    result = answered(_CHAMBER, "how much money has Pampa Mills lost because of the strike")
    assert not result.answered, result.text


def test_how_much_money_still_finds_money() -> None:
    result = answered(_CHAMBER, "how much money in export sales does each day of the strike hold up?")
    assert result.answered and "52 million" in result.text, result.text


_GARMENTS = """| 11 September 2025, Thursday |

Garment exports slump as new tariffs bite

Vietnam's textile and garment exports fell 8.4% in August from a year earlier to $3.52 billion, the statistics office said, as a 20% U.S. tariff that took effect last month led American buyers to cancel orders.

Vietnam also imported 1.08 million tonnes of cotton in the first eight months, down 4.6%.
"""


def test_how_much_imported_is_no_tariff_rate() -> None:
    result = answered(_GARMENTS, "How much did Vietnam import from the US in August?")
    assert not result.answered, result.text


def test_how_much_imported_still_finds_tonnes() -> None:
    result = answered(_GARMENTS, "How much cotton did Vietnam import in the first eight months?")
    assert result.answered and "1.08 million tonnes" in result.text, result.text


_FUND = """| 4 November 2025, Tuesday |

Ireland's corporate tax take jumps

The government plans to transfer 4.3 billion euros to the Future Ireland Fund, the sovereign wealth fund managed by the National Treasury Management Agency, in December.
"""


def test_who_runs_a_body_is_not_what_that_body_runs() -> None:
    result = answered(_FUND, "Who runs the National Treasury Management Agency?")
    assert not result.answered, result.text


_ORDERS = """| 8 October 2025, Wednesday |

German orders fall unexpectedly

German industrial orders fell unexpectedly in August, dropping by 2.3% from the previous month, data from the statistics office showed on Tuesday.

Analysts polled by Reuters had forecast a 0.8% rise. Compared with August last year, orders were 4.6% lower.
"""


def test_what_year_on_year_asks_a_change_not_a_year() -> None:
    result = answered(_ORDERS, "What year-on-year decline did orders see?")
    assert result.answered and result.intent == "figure" and "4.6%" in result.text, result.text
    result = answered(_ORDERS, "what month on month drop did orders see?")
    assert result.answered and result.intent == "figure" and "2.3%" in result.text, result.text


def test_a_bare_change_opening_a_paragraph_is_measured_as_the_one_before() -> None:
    result = answered(_ORDERS, "What year-on-year change did the Reuters poll expect for orders?")
    assert not result.answered, result.text
