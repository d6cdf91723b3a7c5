"""Session 33, perf branch v5: the handlers after gather, with per-sentence facts worked out once.

Each fast path is checked against the slow one it replaces, on every sentence (and every figure,
time and mention) of the seed article and of fixture articles, for the questions of a seed file."""

from __future__ import annotations

from pathlib import Path

import yaml

from handlers import Conversation, answer, prepare
from handlers import evidence as ev
from handlers.prepare import _prepare_token_indexes
from knowledge.store import Store

ROOT = Path(__file__).resolve().parents[2]
SEED = (ROOT / "knowledge" / "data" / "seed.txt").read_text(encoding="utf-8")
ARTICLES = sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt"))[:6]
PARAPHRASES = ROOT / "tests" / "fixtures" / "eval" / "seed_paraphrases.yaml"


def _store(*texts: str) -> Store:
    store = Store.memory()
    for text in texts:
        store.ingest_text(text)
    return store


def _sentences(store: Store) -> list[tuple[int, str]]:
    return list(store.conn.execute("SELECT id, text FROM sentences ORDER BY id"))


def _questions() -> list[str]:
    items = yaml.safe_load(PARAPHRASES.read_text(encoding="utf-8"))["questions"]
    return [str(t) for item in items for t in (item.get("turns") or [item["q"]])]


def _keys_of(store: Store) -> list[tuple[str, tuple[tuple[int, int], ...]]]:
    keys = []
    for sid, text in _sentences(store):
        keys.append((text, ()))
        keys += [(text, ev._asides_around(text, f.start, f.end)) for f in store.figures_in([sid])]
    return keys


def test_prepare_fills_the_token_indexes_of_the_figures_asides_too() -> None:
    store = _store(SEED)
    ev._token_index.cache_clear()
    prepare(store)
    before = ev._token_index.cache_info()
    for key in _keys_of(store):
        ev._token_index(*key)
    after = ev._token_index.cache_info()
    assert after.misses == before.misses and after.hits > before.hits


def test_token_indexes_prepared_stay_within_their_bound() -> None:
    store = _store(SEED, *(p.read_text(encoding="utf-8") for p in ARTICLES))
    ev._token_index.cache_clear()
    _prepare_token_indexes(store, limit=5)
    assert ev._token_index.cache_info().currsize == 5


_TRAM = """| 3 March 2025, Monday |

Coastal tram draws record riders

The Northport-Southbay coastal tram carried 4.2 million passengers in the first half of the year, up 12% from a year earlier, operator Coastline Transit said on Monday.

The 38-km line opened three years ago and cuts the trip between the two towns to 40 minutes.
"""


def test_an_article_ingested_after_prepare_is_still_found() -> None:
    store = _store(SEED)
    prepare(store)
    answer("How much did Liaoning's outbound shipments to Russia increase?", store, Conversation())
    store.ingest_text(_TRAM)
    got = answer("How many passengers did the coastal tram carry?", store, Conversation())
    assert got.answered and "4.2 million" in got.text
    assert any("tram" in c.quote for c in got.citations)


def _pools(limit: int = 60) -> list[tuple[object, object, Store]]:
    """(query, pool, store) of the seed paraphrases' questions, asked of the seed store."""
    from handlers.evidence import gather
    from handlers.query import parse_query
    store = _store(SEED)
    prepare(store)
    out = []
    for q in _questions()[:limit]:
        query = parse_query(q, store)
        out.append((query, gather(query, store), store))
    return out


def _places_told_by_equality(query, e):  # type: ignore[no-untyped-def]
    """place_elsewhere's opening as it was, mentions told apart by their rows' equality."""
    asked = set(query.entity_keys)
    text = e.sentence.text
    places = [(m, x) for m, x in e.mentions if x.kind == "place" and not ev.epithet(text, m.start, m.end)
              and not (m.start == 0 and ev._dateline_town(text, m.end))]
    asked_places = [(m, x) for m, x in places if ev.named_by(x, asked)]
    places = [(m, x) for m, x in places if (m, x) in asked_places or not ev._CROSSING_BEFORE.search(text, max(0, m.start - 24), m.start)]
    if not asked_places:
        return places, asked_places
    asked_places += [(m, x) for m, x in places if (m, x) not in asked_places
                     and (any(text[m.end : am.start].strip() == "," or ev._IN_ASKED_GAP.fullmatch(text, m.end, am.start)
                              for am, _ in asked_places if am.start > m.end)
                          or any(ev._LOCATED_IN_GAP.fullmatch(text, am.end, m.start) for am, _ in asked_places if m.start > am.end)
                          or any(ev._IN_ASKED_GAP.fullmatch(text, am.end, m.start) for am, _ in asked_places if m.start > am.end))]
    return places, asked_places


def test_places_told_equal_the_places_found_by_row_equality() -> None:
    checked = 0
    for query, pool, _ in _pools():
        for e in pool.evidence:
            assert ev.places_told(query, e) == _places_told_by_equality(query, e)
            checked += 1
    assert checked > 100


def test_place_elsewhere_reads_the_places_told_as_it_finds_them() -> None:
    spans = 0
    for query, pool, _ in _pools():
        for e in pool.evidence[:10]:
            told = ev.places_told(query, e)
            for start, end in [(f.start, f.end) for f in e.figures] + [(t.start, t.end) for t in e.times]:
                assert ev.place_elsewhere(query, e, start, end, told) == ev.place_elsewhere(query, e, start, end)
                spans += 1
    assert spans > 50


def test_place_elsewhere_leaves_the_places_told_unchanged() -> None:
    for query, pool, _ in _pools(20):
        for e in pool.evidence[:10]:
            told = ev.places_told(query, e)
            copy = (list(told[0]), list(told[1]))
            for f in e.figures:
                ev.place_elsewhere(query, e, f.start, f.end, told)
            assert told == copy


def _in_persons_role_as_it_was(e, mention, place) -> bool:  # type: ignore[no-untyped-def]
    from handlers.places import _ASIDE_SO_FAR
    text = e.sentence.text
    return any(x.kind == "person" and m.end <= mention.start and _ASIDE_SO_FAR.match(text, m.end, mention.start)
               and any(place.name in r for r in x.roles) for m, x in e.mentions)


def _in_asked_role_as_it_was(entity, e, asked, kind_asked) -> bool:  # type: ignore[no-untyped-def]
    from handlers.places import _keys
    from knowledge.text import phrase_keys
    names = (entity.name.lower(), *(a.lower() for a in entity.aliases))
    for _, other in e.mentions:
        if other.id == entity.id or not other.roles or not _keys(other) & asked:
            continue
        for role in other.roles:
            if any(n in role.lower() for n in names) and not kind_asked.wanted.isdisjoint(phrase_keys(role)):
                return True
    return False


def test_roles_read_from_the_sentences_kept_lists_agree_with_every_mention_read() -> None:
    from handlers import places as pl
    roled = persons = 0
    for query, pool, _ in _pools():
        asked = set(query.entity_keys)
        kind_asked = pl._KindAsked.of(query)
        for e in pool.evidence:
            titled, holders = pl._titled_persons(e), pl._asked_role_holders(e, asked)
            persons += len(titled)
            for mention, entity in e.mentions:
                assert pl._in_persons_role(e, mention, entity, titled) == _in_persons_role_as_it_was(e, mention, entity)
                assert pl._in_persons_role(e, mention, entity) == _in_persons_role_as_it_was(e, mention, entity)
                fast = pl._in_asked_role(entity, e, asked, kind_asked, holders)
                assert fast == pl._in_asked_role(entity, e, asked, kind_asked, pl._asked_role_holders(e, asked)) == _in_asked_role_as_it_was(entity, e, asked, kind_asked)
                roled += fast
    assert persons > 0 and roled > 0


def test_prepare_finds_each_sentences_reason_cues() -> None:
    from handlers import what as wh
    store = _store(SEED)
    wh.reason_cues.cache_clear()
    prepare(store)
    before = wh.reason_cues.cache_info()
    for _, text in _sentences(store):
        wh.reason_cues(wh._STRONG_REASON, text)
        wh.reason_cues(wh._WEAK_REASON, text)
    assert wh.reason_cues.cache_info().misses == before.misses
