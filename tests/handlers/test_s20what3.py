"""What, which and how questions of this session: the market a story ranks at the place asked."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_FIGS = """| 3 March 2025, Monday |

Tunisian figs fly to new markets

Tunisia's fig exports rose 8% to 140,000 tonnes in the 2024 season, the export council said.

Morocco took 12% of that volume, compared with 31% for France, the largest buyer, and 15% for Spain, the second-largest destination.

Italy remained the biggest European customer for Algerian olive oil, a trader said.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("Which country is the top buyer of Tunisian figs?", "France"),
    ("which country is the no. 2 buyer of tunisian figs", "Spain"),
])
def test_a_market_ranked_in_apposition_answers_the_rank_asked(question: str, expected: str) -> None:
    expect(answered(_FIGS, question), expected)


def test_a_market_ranked_among_others_answers_no_region_asked() -> None:
    reply = answered(_FIGS, "Which Asian country is the biggest buyer of Tunisian figs?")
    assert "France" not in reply.text, reply.text


_PLUMS = """| 3 March 2025, Monday |

Chilean plums fly to Shanghai

Chile sent its first plums to China on a direct air cargo route on Monday, officials said.

A chartered Boeing 767 freighter operated by Santiago-based AndesAir carried 20 tonnes of Angeleno and Larry Ann plums from Santiago to Shanghai, a flight of about 20 hours.

Exporters have struggled to ship plums to China by sea due to the long voyage, which left spoilage rates as high as 20%.
"""


def test_the_varieties_asked_are_named_without_the_word() -> None:
    expect(answered(_PLUMS, "Which plum varieties were loaded on the plane?"), "Angeleno")
