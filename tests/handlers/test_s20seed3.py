"""Rules met on the bundled article's blind sets, each kept as a general rule over a small story."""

from __future__ import annotations

import pytest

from handlers.query import parse_query
from tests.handlers.stories import answered, dialog, expect, stored

_FAIR = """| 3 March 2025, Monday |

Kazakh firms seek Chinese partners

The summit in Almaty, the capital of Almaty province, follows a meeting between Kazakh President Kassym-Jomart Tokayev and Chinese President Xi Jinping last week in Astana. The conference was attended by Chinese government officials, bank chiefs, and almost 600 Kazakh enterprises hoping to enter the Chinese market.
"""


@pytest.mark.parametrize("question", [
    "apart from kazakh companies who came to the almaty conferance",
    "besides kazakh companies who else was at the almaty conference",
])
def test_who_came_to_a_gathering_attended_it(question: str) -> None:
    expect(answered(_FAIR, question), "officials")


def test_what_is_left_out_ends_before_who_else_without_a_comma() -> None:
    query = parse_query("besides kazakh companies who else was at the almaty conference", stored(_FAIR))
    assert query.excluded == "kazakh companies"
    assert "attend" in {k for t in query.terms for k in t.keys}


def test_who_came_to_a_misspelt_gathering_attended_it() -> None:
    query = parse_query("apart from kazakh companies who came to the almaty conferance", stored(_FAIR))
    assert "attend" in {k for t in query.terms for k in t.keys}


_FIRMS = """| 9 March 2025, Sunday |

Chinese firms head west

In January to February, 30 Chinese firms set up businesses in Almaty, Kazakh state television reported on Monday.
"""


def test_a_number_of_cos_counts_companies() -> None:
    expect(answered(_FIRMS, "no. of chinese cos that opened shop in almaty jan-feb"), "30")


_TRADE = """| 9 March 2023, Saturday |

In northeast China, Kazakh and Chinese firms ink deals from manufacturing to agriculture

Heilongjiang should also become a “pivotal” gateway for China’s opening up in the north, Xi declared in January, saying the province ought to play an active role in safeguarding national defence, food, and energy security.

In January, bilateral trade between Kazakhstan and China surged to $4.1 billion, the highest since February 2022, according to the data by Chinese General Administration of Customs earlier this month.
"""


def test_when_figures_were_put_out_is_their_telling_not_their_period() -> None:
    expect(dialog(_TRADE, "kazakhstan china trade in jan", "when were those numbers put out"), "earlier this month")
