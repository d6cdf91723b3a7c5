"""What/which questions met on the held-out sets, each kept as a general rule over a small story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_BANK = """| 12 May 2025, Monday |

Northgate Bank profit beats forecasts

Northgate Bank's first-half profit rose 6% to A$3.1 billion, the lender said on Monday.

Analyst Mary Lowe at Brisk Securities said the result was solid and kept her "neutral" rating on the stock.

Analyst Tom Reyes said loan growth could reach 5% this year, but warned that a stronger Australian dollar could squeeze the bank's margins.

The shares rose 1.2% to A$41.50, a premium of 9% to the price a year ago.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # a rating, a risk: the measure after the verb ("shares", "margins") only says of what
    ("what rating has the Brisk analyst got on the shares", "neutral"),
    ("What risk to margins did Tom Reyes flag?", "Australian dollar"),
])
def test_what_thing_of_a_measure_asks_the_thing(question: str, expected: str) -> None:
    expect(answered(_BANK, question), expected)


def test_what_value_word_still_asks_the_figure() -> None:
    expect(answered(_BANK, "What premium do the shares carry over a year ago?"), "9%")


_SUBSIDY = """| 12 May 2025, Monday |

Coal subsidy to run out

In March the government approved a 42 billion rouble subsidy to cover part of the rail tariff for coal.

Deputy Energy Minister Pavel Orlov said the ministry would ask for the programme to be extended next year.

The central bank forecast growth of 1.5% for this year.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # the thing asked for; the measure ("subsidy") only says what it is asked for
    ("what will the energy ministry request for the subsidy scheme", "extended"),
    # a verb that states a figure still asks the figure
    ("what did the central bank forecast for growth this year", "1.5%"),
])
def test_what_done_for_a_measure_asks_the_thing_done(question: str, expected: str) -> None:
    expect(answered(_SUBSIDY, question), expected)


_RAILWAY = """| 12 May 2025, Monday |

China to rebuild Kivu railway

Under a 25-year concession, Huanan Rail Engineering Corporation will rebuild and operate the 900-km line, officials said on Monday.

"The economics only work if the railway can run on schedule," said analyst Ruth Banda.
"""


def test_running_a_line_is_operating_it() -> None:
    expect(answered(_RAILWAY, "which chinese company will run the line"), "Huanan Rail Engineering Corporation")
