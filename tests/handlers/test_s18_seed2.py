"""Shorthand met on the bundled article's fresh sets, each kept as a general rule over a small story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_EXPORTS = """| 3 March 2025, Monday |

Kazakh wheat sales to China jump

Kazakhstan's wheat exports to China rose 40% in 2024 from a year earlier to 120 billion tenge ($250 million), the ministry said on Monday.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # a currency code is how people type the currency: "how many usd" asks an amount, no count of dollars
    ("how many usd were kazakhstan's wheat exports to china worth in 2024", "250"),
    ("how many USD did kazakh wheat exports to china bring in last year", "250"),
])
def test_a_currency_code_after_how_many_asks_an_amount(question: str, expected: str) -> None:
    expect(answered(_EXPORTS, question), expected)


_RAIL = """| 3 March 2025, Monday |

Almaty opens a rail terminal

In January, a new terminal for freight trains was put into operation in Almaty, with a train carrying 48 containers departing for Turkey to mark the terminal's inauguration.

Shipments of grain from Kostanay rose 12% in the first six months of 2024 from a year earlier to 3.1 million tonnes.

In 2024, 25 Turkish firms opened offices in Kostanay, the country's state broadcaster reported on Thursday.

The railway's head said on Friday that the Kostanay region should become a "key" hub for grain in Kazakhstan.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # "based on the story", "going by this piece": the article as the authority, no words to find
    ("what yr did the almaty terminal open going by this piece", "January 2025"),
    ("when did the train leave almaty going by the story", "January 2025"),
    ("based on the article, how many containers did the train carry", "48"),
])
def test_the_article_named_as_authority_is_no_topic(question: str, expected: str) -> None:
    expect(answered(_RAIL, question), expected)


@pytest.mark.parametrize(("question", "expected"), [
    # a figure is measured over its span, as it covers it
    ("over how many months is the kostanay grain number measured", "six months"),
    ("the kostanay grain figure is measured over how many months?", "six months"),
])
def test_a_figure_measured_over_a_span_asks_the_span(question: str, expected: str) -> None:
    expect(answered(_RAIL, question), expected)


@pytest.mark.parametrize(("question", "expected"), [
    # "sent to Turkey to celebrate" / "departing for Turkey to mark": where a thing sent goes, a celebration marked
    ("the train sent to turkey to celebrate the terminal opening - how many containers did it have?", "48"),
    # "where was it headed?": the destination, no head of anything
    ("where was the first train from almaty headed", "Turkey"),
])
def test_a_train_sent_and_headed_somewhere_has_a_destination(question: str, expected: str) -> None:
    expect(answered(_RAIL, question), expected)


@pytest.mark.parametrize(("question", "expected"), [
    # what a broadcaster reported on a day is what it told that day, whatever period the news is of
    ("what did the state broadcaster report on thursday", "25"),
    ("what did the state tv report on thursday", "25"),
])
def test_what_was_reported_on_a_day_is_the_news_told_that_day(question: str, expected: str) -> None:
    expect(answered(_RAIL, question), expected)


_PROVINCE = """| 3 March 2025, Monday |

Soybean shipments rise in China's northeast

The province of Jilin exported 1.1 million tonnes of soybeans in 2024, down 4% from a year earlier, the provincial government said on Monday.

The northern province of Heilongjiang exported 2.4 million tonnes of soybeans in 2024, up 9% from a year earlier.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # "hlj" typed low is the name's contraction, as "HLJ" is, when it is no word at all
    ("how many tonnes of soybeans did hlj export in 2024", "2.4 million"),
    ("by how much did hlj soybean exports change in 2024", "9%"),
])
def test_a_place_contraction_typed_low_names_the_place(question: str, expected: str) -> None:
    expect(answered(_PROVINCE, question), expected)


@pytest.mark.parametrize(("question", "expected"), [
    # a report put out on a topic is some body's, not the article
    ("when did state tv put out the report on the 25 turkish firms", "Thursday"),
    ("when did the broadcaster release the report on turkish firms", "Thursday"),
])
def test_a_report_put_out_on_a_topic_is_a_bodys_not_the_articles(question: str, expected: str) -> None:
    expect(answered(_RAIL, question), expected)
