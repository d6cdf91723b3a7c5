"""Unanswerable near misses that must abstain: the answer is about the right thing but not what
was asked (another measure, period, currency or kind of answer)."""

from __future__ import annotations

from tests.handlers.stories import answered

_RAIL = """| 20 November 2025, Thursday |

Laos rail freight hits record

Freight carried on the Laos-China Railway hit a record 4.86 million tonnes in the first 10 months of 2025, up 23.4% from a year earlier, the line's operator said on Wednesday.
"""


def test_an_amount_in_tonnes_counts_no_passengers() -> None:
    result = answered(_RAIL, "how many passengers has the train carried this year")
    assert not result.answered, result.text


def test_an_amount_in_tonnes_still_answers_how_many_tonnes() -> None:
    result = answered(_RAIL, "how many tonnes has the railway carried this year")
    assert result.answered and "4.86 million" in result.text, result.text


_TRADE = """| 9 December 2023, Saturday |

Russia-China trade hits record

In September, bilateral trade between Russia and China surged to $21.18 billion, the highest since February 2022, according to Chinese customs data.
"""


def test_a_month_is_no_span_asked_for_a_bare_measure() -> None:
    result = answered(_TRADE, "give me CN-RU trade for the whole of jan to sept")
    assert not result.answered, result.text


def test_the_month_asked_for_a_bare_measure_still_answers() -> None:
    result = answered(_TRADE, "give me russia china trade for the month of september")
    assert result.answered and "21.18" in result.text, result.text


_NORTHEAST = """| 9 December 2023, Saturday |

Russian and Chinese firms ink deals

The conference was attended by Russian local government officials and business leaders.

China has urged deeper economic cooperation with Russia, with northeast China – comprising the provinces of Liaoning, Heilongjiang and Jilin – gaining new strategic significance.

Jilin would be able to use Vladivostok to ship goods to Zhoushan and Jiaxing in the eastern Chinese province of Zhejiang from June.
"""


def test_places_the_text_puts_in_another_nation_are_not_the_nation_asked() -> None:
    result = answered(_NORTHEAST, "which russian regions sent officials to the conference")
    assert not result.answered, result.text


def test_places_of_the_nation_asked_still_answer() -> None:
    result = answered(_NORTHEAST, "which chinese provinces gained strategic significance")
    assert result.answered and "Heilongjiang" in result.text, result.text
    result = answered(_NORTHEAST, "which chinese cities will jilin ship goods to")
    assert result.answered and "Zhoushan" in result.text, result.text


_YUAN = """| 9 December 2023, Saturday |

Russia-China trade hits record

Liaoning's outbound shipments to Russia soared 82.3% in the first nine months from a year earlier to 42.64 billion yuan ($5.83 billion).

In September, bilateral trade between Russia and China surged to $21.18 billion, the highest since February 2022.
"""


def test_an_amount_in_dollars_is_no_amount_asked_in_yuan() -> None:
    result = answered(_YUAN, "september china-russia trade in yuan?")
    assert not result.answered, result.text


def test_an_amount_given_in_the_currency_asked_still_answers() -> None:
    result = answered(_YUAN, "september china-russia trade in dollars?")
    assert result.answered and "21.18" in result.text, result.text
    result = answered(_YUAN, "liaoning exports to russia in dollars?")
    assert result.answered and "5.83" in result.text, result.text


_FIRMS = """| 9 December 2023, Saturday |

Russian firms flock to Liaoning

In January to September, 40 Russian firms set up businesses in Liaoning, China's national broadcaster reported on Monday.

Liaoning's exports to Russia soared 82.3% in the first nine months as demand for Chinese cars surged.
"""


def test_a_fact_granted_is_no_why_when_restated() -> None:
    result = answered(_FIRMS, "i get that 40 russian firms went to liaoning but why did they pick it?")
    assert not result.answered, result.text


def test_a_reason_after_a_fact_granted_still_answers() -> None:
    result = answered(_FIRMS, "i know liaoning's exports to russia soared, but why did they soar?")
    assert result.answered and "demand for Chinese cars" in result.text, result.text


_HUB = """| 9 December 2023, Saturday |

New freight hub opens in Shenyang

In March, a new cargo hub for China-Europe freight trains was put into operation in Shenyang, with a train carrying 55 containers departing for Russia to mark the hub's inauguration.
"""


def test_things_counted_are_no_contents_told() -> None:
    result = answered(_HUB, "what was loaded in those 55 containers")
    assert not result.answered, result.text


def test_contents_told_after_the_count_still_answer() -> None:
    result = answered(_HUB.replace("55 containers", "55 containers of auto parts"), "what was loaded in those 55 containers")
    assert result.answered and "auto parts" in result.text, result.text


def test_a_day_named_bare_asks_when() -> None:
    result = answered(_HUB, "exact day in march the freight hub opened?")
    assert not result.answered, result.text
    result = answered(_HUB, "date the freight hub opened?")
    assert result.answered and "March" in result.text, result.text
