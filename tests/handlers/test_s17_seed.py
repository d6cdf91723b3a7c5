"""Phrasings of the seventeenth session's sets on the bundled article, each kept as a general
rule over a small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_EXPORTS = """| 3 March 2025, Monday |

Jiangxi grain sales to Vietnam jump

Jiangxi's wheat exports to Vietnam soared 60% in the first half from a year earlier to 80 billion yuan ($160 million), the customs office said.
"""


@pytest.mark.parametrize("question", [
    "how many bn yuan more did jiangxi sell to vietnam vs the year before",
    "how many billion yuan more did jiangxi export to vietnam vs a year earlier",
    "how many bn yuan did jiangxi's wheat exports to vietnam go up by",
])
def test_a_change_asked_in_units_with_the_unit_before_more_or_a_stranded_by(question: str) -> None:
    # 80 - 80 / 1.6 = 30: the change, not the old level (50)
    expect(answered(_EXPORTS, question), "30 billion yuan")


_FIRMS = """| 7 July 2025, Monday |

Vietnamese firms flock to Jiangxi

In January to June, 25 Vietnamese firms set up businesses in Jiangxi, state television reported on Monday.

In March, a new logistics park was put into operation in Nanchang, with a train carrying 40 containers departing for Vietnam to mark its opening.
"""


@pytest.mark.parametrize("question", [
    "how many vietnamese companys started operating in jiangxi this yr thru june",
    "how many vietnamese firms started operating in jiangxi in the first half",
])
def test_firms_that_started_operating_were_set_up(question: str) -> None:
    # the park "put into operation" is no firm that started operating
    expect(answered(_FIRMS, question), "25")


_ROUTE = """| 7 July 2025, Monday |

Yunnan gets a sea route

In May, customs officials said the landlocked province of Yunnan would be able to use the Vietnamese port of Haiphong to ship goods to Ningbo and Xiamen in eastern China from June.
"""


def test_once_opening_a_clause_is_no_word_to_find() -> None:
    expect(answered(_ROUTE, "where in china are the yunnan goods going once they go via haiphong"), "Ningbo")
