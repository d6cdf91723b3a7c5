from handlers import answer
from knowledge.store import Store

_ARTICLE = """Apparel makers report orders rise

PHNOM PENH, March 3 (Reuters) - Garment orders rose in February, the trade ministry said.

The wage row has fuelled a dispute at Silver Crane Apparel in Takeo province, where about 900 workers walked off the job on Monday, said Hem Sokha, president of the Cambodian Federation of Textile Workers.
"""


def _store() -> Store:
    store = Store.memory()
    store.ingest_text(_ARTICLE)
    store.optimize()
    return store


def test_company_hit_by_a_walkout_is_where_workers_walked_off() -> None:
    reply = answer("which company is hit by the walkout", _store())
    assert reply.answered
    assert "Silver Crane Apparel" in reply.text.split(".")[0]
