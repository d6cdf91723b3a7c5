"""Figures of the twenty-third session (x3fw): how fast prices rise is the inflation rate stated, not the change between two of its levels."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PRICES = """| 12 November 2025, Wednesday |

Kenyan shilling steadies as IMF talks resume

Annual consumer price inflation in Kenya's towns quickened to 8.3% in October from 7.1% in September, the statistics office said on Tuesday, driven by higher maize and fuel costs.

The central bank kept its policy rate at 12.5% at its meeting on Monday.
"""


def test_how_fast_prices_rose_is_the_inflation_rate_stated() -> None:
    reply = answered(_PRICES, "How fast were prices rising in Kenyan towns in October?")
    expect(reply, "8.3")
    assert "percentage points" not in reply.text


def test_a_rise_of_inflation_itself_is_still_the_change() -> None:
    expect(answered(_PRICES, "how much did inflation rise in October?"), "1.2")


_TERMINAL = """| 12 November 2025, Wednesday |

Ghana port terminal to double in size

The expansion project at Tema port will add two grain silos with a combined capacity of 90,000 tonnes, lifting the terminal's total capacity to 240,000 tonnes, the port authority said on Tuesday.

Work is due to finish in 2027.
"""


def test_a_level_once_work_is_finished_is_no_rise() -> None:
    reply = answered(_TERMINAL, "whats the terminal's total capacity gonna be once the expansion is finished")
    expect(reply, "240,000")
    assert not reply.text.startswith("Up"), reply.text


_COCOA = """| 12 November 2025, Wednesday |

Ghana cocoa shipments recover

Ghana exported 540,000 tonnes of cocoa beans in the 2024/25 season that ended in September, up 12% from a year earlier, the cocoa board said on Tuesday.
"""


def test_last_season_is_the_season_just_ended_as_stated() -> None:
    reply = answered(_COCOA, "ghana cocoa exports last season")
    expect(reply, "540,000")
    assert "computed" not in reply.text, reply.text
