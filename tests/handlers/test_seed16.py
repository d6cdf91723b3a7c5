"""Rules of the sixteenth session's own, each over a small article of its own."""

from __future__ import annotations

from handlers import answer
from knowledge.store import Store

_OILSEEDS = """| 16 October 2024, Wednesday |

Oilseed exports from Amur to China jump in third quarter

Russian soybean and rapeseed exports from the Amur region to China jumped in the third quarter, officials said on Wednesday.

Amur shipped 312,000 tonnes of soybeans to China in July-September, up 38.5% from a year earlier, while rapeseed exports almost doubled to 46,800 tonnes, the regional agriculture ministry said.
"""


def _store(text: str) -> Store:
    store = Store.memory()
    store.ingest_text(text)
    return store


def test_a_clause_set_against_a_dated_one_shares_its_period() -> None:
    result = answer("how much rapeseed did amur export in the third quarter", _store(_OILSEEDS))
    assert result.answered and "46,800" in result.text, result.text


def test_the_dated_clause_still_answers_its_own_thing() -> None:
    result = answer("how many tonnes of soybeans did amur ship in q3", _store(_OILSEEDS))
    assert result.answered and "312,000" in result.text, result.text


_THIRD = """| 12 November 2024, Tuesday |

Kazakh grain sales to China climb

Kazakhstan's grain exports to China rose sharply this year, the agriculture ministry said on Tuesday.

China is now the third-largest buyer of Kazakh grain after Uzbekistan and Kyrgyzstan, up from fifth place in 2022.
"""


def test_a_name_ranked_above_a_third_place_is_not_said_to_be_the_top() -> None:
    # "third-largest after Uzbekistan and Kyrgyzstan" says not which of the two is first
    result = answer("Is Uzbekistan the largest buyer of Kazakh grain?", _store(_THIRD))
    assert not result.text.startswith("Yes"), result.text


def test_the_one_asked_ranked_third_is_not_the_top() -> None:
    result = answer("is china the top buyer of kazakh grain", _store(_THIRD))
    assert result.answered and result.text.startswith("No."), result.text
