"""Unanswerable questions the bot used to answer, and misspelled questions (session 15's last wave)."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

HUB = """| 9 December 2023, Saturday |

Northeast China courts Russian trade

Chinese and Russian companies attending a regional conference in Shenyang signed dozens of agreements, according to state media.

In March, a new cargo hub for freight trains was put into operation in Shenyang, with a train carrying 55 containers departing for Russia.

Port charges at Dalian would rise by 4.5% from January, the port operator said.
"""


def test_start_of_work_is_not_the_opening_day() -> None:
    # The hub opened in March: when its construction began the article does not say.
    expect(answered(HUB, "when did construction on the freight hub begin"), None)


def test_a_date_something_starts_from_still_answers_its_start() -> None:
    expect(answered(HUB, "When do the higher port charges start?"), "January")


TRAIN = """| 9 December 2023, Saturday |

Northeast China courts Russian trade

Chinese and Russian companies attending a regional conference signed dozens of agreements, according to state media.

The summit in Shenyang, the capital of Liaoning province, drew almost 800 Chinese enterprises.

In March, a new cargo hub for freight trains was put into operation in Shenyang, with a train carrying 55 containers departing for Russia.
"""


def test_a_topic_put_first_is_what_is_asked_about() -> None:
    # The train went to Russia, no Russian city named; Shenyang is where the summit was.
    expect(answered(TRAIN, "the 55 container train - which russian city was it going to?"), None)


COFFEE = """| 3 March 2025, Monday |

Ethiopian coffee exports rise

Ethiopia's coffee exports to China jumped 74% to 28,900 tonnes in the first half, the coffee authority said on Monday.

"Demand from Chinese cafe chains is growing fast," the authority's director said.
"""


def test_a_swap_that_makes_a_name_or_a_word_is_the_name() -> None:
    # "chian" is both "chain" and "China" with two letters swapped: the article names China.
    expect(answered(COFFEE, "how much did exprots to chian grow"), "74%")
