"""Everyday paraphrases of economic news: a question that words a thing one way finds the sentence
that words it another (knowledge/lexicon.py's synonym classes)."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_MILL = """| 3 March 2025, Monday |

Workers halt Lakeside paper mill over pay

About 640 workers at Lakeside Paper's mill in Pinewood stopped work on Saturday after pay talks broke down, the union said.

The company, which employs 2,100 people, said it had offered a 3.5% pay rise over two years.
"""


def test_stopping_work_is_a_strike() -> None:
    expect(answered(_MILL, "how many workers are on strike?"), "640")


_IPO = """| 3 March 2025, Monday |

Solvara Health prices IPO at top of range

Solvara Health raised 12.4 billion rupees from 41 anchor investors on Friday, a day before its initial public offering opened.

The offering of 30 billion rupees was subscribed 12 times, and the company plans to use the proceeds to build two hospitals in Pune.

SEBI said last month it was reviewing rules on lock-in periods for anchor investors.
"""


def test_an_anchor_book_is_its_anchor_investors() -> None:
    expect(answered(_IPO, "how big was the anchor book?"), "12.4")


_RELIEF = """| 3 March 2025, Monday |

Thailand approves aid for rice farmers

Thailand's cabinet on Tuesday approved a 54 billion baht credit package for rice farmers hit by drought, a government spokesman said.

Rice exports fell 12% in the first two months of the year.
"""


def test_a_credit_package_is_a_relief_package() -> None:
    expect(answered(_RELIEF, "whats the size of the relief package?"), "54")
