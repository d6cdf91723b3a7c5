"""Figure questions the bot abstained on although the article states the figure, each a general
rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_CASHEW = """| 3 March 2025, Monday |

Ghana's cashew exports to India climb on new deal

Sales of raw cashew nuts to India rose 21.4% in the first half from a year earlier to $84.2 million, Trade Minister Kofi Mensah told reporters in Accra. Volumes reached 61,300 tonnes in the first six months, he said.

Ghana shipped 9,800 tonnes of shea butter to Europe in the first half, the export authority said.

Ghana's cocoa exports to Japan fell 4% to 12,400 tonnes in the first half.
"""


def test_a_bare_size_word_borrows_the_goods_and_buyer_of_the_sentence_before() -> None:
    expect(answered(_CASHEW, "How many tonnes of cashew nuts went to India in the first six months?"), "61,300")


_CASHEW_ELSEWHERE = _CASHEW.replace("Volumes reached", "Volumes to Vietnam reached")


def test_a_size_naming_a_party_of_its_own_borrows_nothing() -> None:
    expect(answered(_CASHEW_ELSEWHERE, "How many tonnes of cashew nuts went to India in the first six months?"), None)
