"""Rules from the 'about X, not Y' / 'does not name Y' refusals: a question's word read as a name
the story stores is no name the answer sentence must repeat when it is the story's own goods."""

from __future__ import annotations

import pytest

from handlers import answer
from knowledge.store import Store

_COCOA = """| 12 November 2024, Tuesday |

Ghanaian cocoa exports to Belgium, Spain rise after strong harvest

Ghana's cocoa exports to Belgium and Spain rose in the first nine months of the year after a strong harvest in the Western Region lifted supplies of beans, customs data showed on Monday.

Shipments to Belgium rose 21.5% from a year earlier to 88,100 tonnes in January to September, making it the biggest buyer of Ghanaian cocoa.

Exports to Spain climbed 14.2% to 31,700 tonnes over the same period, worth 640 million cedis ($41 million), as Spanish grinders sought alternatives to Ivorian beans.

Cocoa output in the Western Region reached 410,000 tonnes this year, according to the Ghanaian Cocoa Exporters Association (GCEA).

Chairman Kwame Mensah said members shipped 3,100 containers of cocoa in October.

Cocoa farm incomes rose to record highs as farm gate prices for cocoa beans were lifted twice this year, the association said.
"""


def _store(text: str) -> Store:
    store = Store.memory()
    store.ingest_text(text)
    return store


@pytest.mark.parametrize(("question", "expected"), [
    ("How many tonnes of cocoa did Ghana sell to Spain in jan-sep?", "31,700"),
    ("value of ghana's cocoa sales to spain in usd", "$41 million"),
])
def test_the_storys_goods_typed_in_lower_case_need_not_be_repeated(question: str, expected: str) -> None:
    # "cocoa" is also stored as a name of the "Ghanaian Cocoa Exporters Association": typed in lower
    # case it is the goods the story is about, which "Exports to Spain climbed" need not name.
    reply = answer(question, _store(_COCOA))
    assert reply.answered and expected in reply.text, reply.text


def test_a_country_the_sentence_does_not_name_still_blocks() -> None:
    reply = answer("How many tonnes of cocoa did Ghana sell to France in jan-sep?", _store(_COCOA))
    assert not reply.answered or "31,700" not in reply.text, reply.text
