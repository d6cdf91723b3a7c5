"""The fact store: what one ingest writes, how it is read back, replaced, removed and kept safe."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from importlib import resources
from pathlib import Path

import pytest

from knowledge.article import Overrides
from knowledge.article import parse_article
from knowledge.store import FigureRow, Store, StoreError, TimeRow, normalise_name

SEED = resources.files("knowledge").joinpath("data/seed.txt").read_text(encoding="utf-8")
SEED_ID = "2023-12-09-northeast-china-russian-chinese-firms-ink"

OTHER = """| 2 February 2024, Friday |

Bank of England holds rates at 5.25%

The Bank of England kept interest rates at 5.25% on Thursday, Governor Andrew Bailey said.

Inflation fell to 4.0% in December from 11.1% in October 2022.

By Jane Doe
"""

TABLES = ("articles", "paragraphs", "sentences", "figures", "times", "entities", "entity_names", "mentions")


@pytest.fixture
def store() -> Iterator[Store]:
    s = Store.memory()
    yield s
    s.close()


@pytest.fixture
def seeded(store: Store) -> Store:
    result = store.ingest_text(SEED)
    assert result.status == "added"
    assert result.article.id == SEED_ID
    return store


def counts(store: Store) -> dict[str, int]:
    return {t: store.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in (*TABLES, "sentences_fts")}


def dump(store: Store) -> list[str]:
    return list(store.db.conn.iterdump())


def figure(store: Store, raw: str) -> FigureRow:
    found = [f for f in store.article_figures(SEED_ID) if f.raw == raw]
    assert len(found) == 1, [f.raw for f in store.article_figures(SEED_ID)]
    return found[0]


def time_row(store: Store, text: str) -> TimeRow:
    found = [t for t in store.article_times(SEED_ID) if t.text.lower() == text.lower()]
    assert found, [t.text for t in store.article_times(SEED_ID)]
    return found[0]


# --- what an ingest writes -------------------------------------------------------------------------


def test_seed_article_row(seeded: Store) -> None:
    info = seeded.article(SEED_ID)
    assert info is not None
    assert info.title.startswith("In northeast China, Russian and Chinese firms")
    assert (info.date, info.weekday, info.source) == ("2023-12-09", "Saturday", "Reuters")
    assert (info.paragraphs, info.figures, info.times) == (9, 6, 13)
    assert info.entities >= 15
    assert seeded.article_count() == 1
    assert [a.id for a in seeded.articles()] == [SEED_ID]


def test_seed_counts(seeded: Store) -> None:
    c = counts(seeded)
    assert c["paragraphs"] == 10  # the headline is paragraph 0
    assert seeded.paragraph_count(SEED_ID) == 10
    assert c["sentences"] == 11
    assert c["sentences_fts"] == 11
    assert c["figures"] == 6
    assert c["times"] == 13
    assert c["entities"] == seeded.article(SEED_ID).entities  # type: ignore[union-attr]
    assert c["mentions"] >= c["entities"]


def test_paragraph_text(seeded: Store) -> None:
    assert seeded.paragraph(SEED_ID, 0).startswith("In northeast China")  # type: ignore[union-attr]
    assert "55 containers" in seeded.paragraph(SEED_ID, 6)  # type: ignore[operator]
    assert seeded.paragraph(SEED_ID, 10) is None


def test_seed_figures_by_paragraph(seeded: Store) -> None:
    got = [(f.paragraph, f.raw) for f in seeded.article_figures(SEED_ID)]
    assert got == [
        (2, "800"),
        (4, "40"),
        (5, "82.3%"),
        (5, "42.64 billion yuan"),
        (6, "55"),
        (9, "$21.18 billion"),
    ]


def test_yuan_figure_fields(seeded: Store) -> None:
    f = figure(seeded, "42.64 billion yuan")
    assert (f.value, f.kind, f.scale, f.currency) == (42.64, "money", "billion", "CNY")
    assert (f.alt_raw, f.alt_value, f.alt_currency, f.alt_scale) == ("$5.83 billion", 5.83, "USD", "billion")
    assert f.direction == "up"
    assert f.period_label == "January – September 2023"
    assert (f.period_start, f.period_end) == ("2023-01-01", "2023-09-30")
    assert f.paragraph == 5
    sentence = seeded.sentences([f.sentence_id])[f.sentence_id]
    assert sentence.text[f.start : f.end] == f.raw


def test_trade_figure_period_is_september_not_since_february(seeded: Store) -> None:
    f = figure(seeded, "$21.18 billion")
    assert (f.value, f.kind, f.currency, f.scale) == (21.18, "money", "USD", "billion")
    assert f.alt_value is None and f.alt_raw == ""
    assert f.period_text == "In September"
    assert (f.period_start, f.period_end) == ("2023-09-01", "2023-09-30")
    assert "2022" not in f.period_label


def test_count_figures(seeded: Store) -> None:
    assert figure(seeded, "55").kind == "count"
    assert "container" in figure(seeded, "55").measure
    assert figure(seeded, "800").qualifier == "almost"


def test_figures_with_value_finds_main_and_converted_values(seeded: Store) -> None:
    assert [f.raw for f in seeded.figures_with_value(5.83)] == ["42.64 billion yuan"]
    assert [f.raw for f in seeded.figures_with_value(55)] == ["55"]
    assert seeded.figures_with_value(123456) == []


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("last week", "2023-11-27", "2023-12-03"),
        ("on Monday", "2023-12-04", "2023-12-04"),
        ("earlier this month", "2023-12-01", "2023-12-09"),
        ("last year", "2022-01-01", "2022-12-31"),
        ("In March", "2023-03-01", "2023-03-31"),
        ("In January to September", "2023-01-01", "2023-09-30"),
        ("in the first nine months", "2023-01-01", "2023-09-30"),
    ],
)
def test_time_rows_are_resolved(seeded: Store, text: str, start: str, end: str) -> None:
    t = time_row(seeded, text)
    assert (t.start_date, t.end_date) == (start, end)
    sentence = seeded.sentences([t.sentence_id])[t.sentence_id]
    assert sentence.text[t.start : t.end] == t.text


def test_time_rows_keep_open_ends_and_unresolved_expressions(seeded: Store) -> None:
    june = time_row(seeded, "from June")
    assert june.open_end and june.start_date == "2023-06-01" and june.anchor == "from"
    relative = time_row(seeded, "from a year earlier")
    assert relative.start_date == "" and relative.end_date == ""


def test_times_overlapping(seeded: Store) -> None:
    texts = {t.text for t in seeded.times_overlapping(date(2023, 12, 2), date(2023, 12, 4))}
    assert {"last week", "on Monday", "earlier this month"} <= texts
    assert "In March" not in texts and "last year" not in texts


def test_entities_with_roles_and_aliases(seeded: Store) -> None:
    by_name = {e.name: e for e in seeded.article_entities(SEED_ID)}
    xi = by_name["Xi Jinping"]
    assert xi.kind == "person" and "Xi" in xi.aliases and "Chinese President" in xi.roles
    assert by_name["Vladimir Putin"].kind == "person"
    vladivostok = by_name["Vladivostok"]
    assert vladivostok.kind == "place"
    assert any("biggest port" in r for r in vladivostok.roles)
    assert any("landlocked" in r for r in by_name["Jilin"].roles)
    assert any("capital of Liaoning" in r for r in by_name["Shenyang"].roles)
    assert by_name["General Administration of Customs"].kind == "org"


@pytest.mark.parametrize(("name", "expected"), [("Xi", "Xi Jinping"), ("xi jinping", "Xi Jinping"),
                                                  ("Putin", "Vladimir Putin"), ("Liaoning's", "Liaoning")])
def test_entities_named_uses_aliases_and_normalised_names(seeded: Store, name: str, expected: str) -> None:
    assert [e.name for e in seeded.entities_named([name])] == [expected]


def test_mentions_link_entities_to_sentences(seeded: Store) -> None:
    xi = seeded.entities_named(["Xi"])[0]
    sentence_ids = seeded.sentences_mentioning([xi.id])
    sentences = seeded.sentences(sentence_ids)
    assert sorted(s.paragraph for s in sentences.values()) == [2, 8]
    for mention in seeded.mentions_in(sentence_ids):
        if mention.entity_id == xi.id:
            text = sentences[mention.sentence_id].text[mention.start : mention.end]
            assert text in ("Xi Jinping", "Xi")
    vladivostok = seeded.entities_named(["Vladivostok"])[0]
    [sid] = seeded.sentences_mentioning([vladivostok.id])
    assert seeded.sentences([sid])[sid].paragraph == 7


def test_mention_offsets_cut_a_name_of_the_entity_from_the_sentence(seeded: Store) -> None:
    entities = {e.id: e for e in seeded.article_entities(SEED_ID)}
    rows = seeded.db.execute('SELECT entity_id, sentence_id, start, "end" FROM mentions').fetchall()
    assert len(rows) > 40
    for entity_id, sentence_id, start, end in rows:
        text = seeded.sentences([sentence_id])[sentence_id].text[start:end]
        e = entities[entity_id]
        assert normalise_name(text) in {normalise_name(n) for n in (e.name, *e.aliases)}, (text, e.name)


# --- search -----------------------------------------------------------------------------------------


def test_search_finds_sentences_by_lemma(seeded: Store) -> None:
    hits = seeded.search_sentences(["container"])
    assert hits
    sentence = seeded.sentences([hits[0][0]])[hits[0][0]]
    assert sentence.paragraph == 6


def test_search_finds_sentences_by_synonym_key(seeded: Store) -> None:
    # "export" is not a word of the article; it shares a synonym class with "outbound shipments".
    from knowledge.text import token_keys, tokenize

    keys = set().union(*token_keys(tokenize("exports")))
    hits = seeded.search_sentences(keys)
    assert hits
    top = seeded.sentences([hits[0][0]])[hits[0][0]]
    assert top.paragraph == 5


def test_search_ranks_best_first(seeded: Store) -> None:
    hits = seeded.search_sentences(["shenyang", "container"])
    scores = [score for _, score in hits]
    assert scores == sorted(scores, reverse=True)
    assert seeded.sentences([hits[0][0]])[hits[0][0]].paragraph == 6


@pytest.mark.parametrize(
    "terms",
    [
        ['"'],
        ['"container'],
        ["*"],
        ["contain*"],
        ["AND ("],
        ["NEAR"],
        ["NEAR(container shenyang)"],
        ["container", "OR", "NOT", "AND"],
        ["'; DROP TABLE sentences; --"],
        ["1=1) OR (1=1"],
        ["terms:container"],
        ["^container"],
        [""],
        [],
    ],
)
def test_search_is_safe_with_hostile_terms(seeded: Store, terms: list[str]) -> None:
    before = counts(seeded)
    hits = seeded.search_sentences(terms)
    assert isinstance(hits, list)
    assert counts(seeded) == before
    if terms == ["container", "OR", "NOT", "AND"]:
        assert hits  # the plain word still matches; the operators are just words


# --- re-ingest, replace, remove ------------------------------------------------------------------


def test_reingest_of_the_same_text_changes_nothing(seeded: Store) -> None:
    before_counts, before_dump = counts(seeded), dump(seeded)
    before = seeded.article(SEED_ID)
    result = seeded.ingest_text(SEED)
    assert result.status == "unchanged"
    assert result.article == before
    assert counts(seeded) == before_counts
    assert dump(seeded) == before_dump


def test_reingest_with_crlf_line_ends_is_unchanged(seeded: Store) -> None:
    assert seeded.ingest_text(SEED.replace("\n", "\r\n")).status == "unchanged"


def test_changed_text_replaces_the_old_version(seeded: Store) -> None:
    changed = SEED.replace("55 containers", "60 containers").replace(
        "Heilongjiang should also become", "Heilongjiang province should also become"
    )
    result = seeded.ingest_text(changed)
    assert result.status == "replaced"
    assert result.article.id == SEED_ID
    assert seeded.article_count() == 1
    c = counts(seeded)
    assert (c["paragraphs"], c["sentences"], c["sentences_fts"], c["figures"], c["times"]) == (10, 11, 11, 6, 13)
    assert c["entities"] == result.article.entities
    # No stale rows: the rows are exactly those of the new text.
    new = parse_article(changed)
    stored = seeded.db.execute("SELECT paragraph, idx, text FROM sentences ORDER BY paragraph, idx").fetchall()
    assert stored == [(p.number, s.index, s.text) for p in new.paragraphs for s in p.sentences]
    assert [r[0] for r in seeded.db.execute("SELECT text FROM paragraphs ORDER BY number")] == [
        p.text for p in new.paragraphs
    ]
    raws = [f.raw for f in seeded.article_figures(SEED_ID)]
    assert "60" in raws and "55" not in raws
    assert seeded.figures_with_value(55) == []
    names = [e.name for e in seeded.article_entities(SEED_ID)]
    assert len(names) == len(set(names))
    for table, parent in (("figures", "sentences"), ("times", "sentences"), ("mentions", "sentences")):
        orphans = seeded.db.execute(
            f"SELECT count(*) FROM {table} WHERE sentence_id NOT IN (SELECT id FROM {parent})"
        ).fetchone()[0]
        assert orphans == 0, table
    for table in ("mentions", "entity_names"):
        orphans = seeded.db.execute(
            f"SELECT count(*) FROM {table} WHERE entity_id NOT IN (SELECT id FROM entities)"
        ).fetchone()[0]
        assert orphans == 0, table
    hits = seeded.search_sentences(["container"])
    assert len(hits) == 1 and "60 containers" in seeded.sentences([hits[0][0]])[hits[0][0]].text
    # And replacing it back gives the original rows again.
    assert seeded.ingest_text(SEED).status == "replaced"
    assert [f.raw for f in seeded.article_figures(SEED_ID)].count("55") == 1


def test_overrides_count_as_a_change(seeded: Store) -> None:
    result = seeded.ingest_text(SEED, Overrides(source="AP"))
    assert result.status == "replaced"
    assert result.article.source == "AP"
    assert seeded.article_count() == 1


def test_remove_deletes_every_row_and_leaves_the_other_article(seeded: Store) -> None:
    other = seeded.ingest_text(OTHER).article
    assert other.id != SEED_ID
    assert seeded.remove(SEED_ID) is True
    assert [a.id for a in seeded.articles()] == [other.id]
    for table in TABLES:
        column = "id" if table == "articles" else "article_id"
        left = seeded.db.execute(f"SELECT count(*) FROM {table} WHERE {column} = ?", [SEED_ID]).fetchone()[0]
        assert left == 0, table
    c = counts(seeded)
    assert c["sentences_fts"] == c["sentences"]
    assert seeded.search_sentences(["container"]) == []
    assert seeded.entities_named(["Xi"]) == []
    assert [e.name for e in seeded.entities_named(["Andrew Bailey"])] == ["Andrew Bailey"]
    assert seeded.article(other.id) == other
    assert seeded.remove(SEED_ID) is False


def test_two_articles_side_by_side(seeded: Store) -> None:
    other = seeded.ingest_text(OTHER)
    assert other.status == "added"
    assert other.article.id == "2024-02-02-bank-england-holds-rates-at-5"
    assert other.article.author == "Jane Doe"
    assert [a.id for a in seeded.articles()] == [other.article.id, SEED_ID]  # newest first
    assert {f.article_id for f in seeded.article_figures()} == {SEED_ID, other.article.id}
    assert [f.raw for f in seeded.article_figures(other.article.id)] == ["5.25%", "5.25%", "4.0%", "11.1%"]
    assert seeded.article(SEED_ID).figures == 6  # type: ignore[union-attr]
    hits = seeded.search_sentences(["rate"])
    assert {seeded.sentences([h])[h].article_id for h, _ in hits} == {other.article.id}


# --- the file --------------------------------------------------------------------------------------


def test_store_file_is_plain_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "facts.db"
    with Store.open(path) as s:
        s.ingest_text(SEED)
    conn = sqlite3.connect(path)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"articles", "paragraphs", "sentences", "figures", "times", "entities", "mentions"} <= tables
        assert conn.execute("SELECT title, date, source FROM articles").fetchall() == [
            (parse_title(), "2023-12-09", "Reuters")
        ]
        assert conn.execute("SELECT count(*) FROM paragraphs").fetchone()[0] == 10
        assert conn.execute("SELECT raw, currency FROM figures WHERE paragraph = 9").fetchall() == [
            ("$21.18 billion", "USD")
        ]
        assert conn.execute("SELECT start_date FROM times WHERE text = 'on Monday'").fetchone() == ("2023-12-04",)
        assert conn.execute("SELECT kind FROM entities WHERE name = 'Xi Jinping'").fetchone() == ("person",)
        assert conn.execute("SELECT count(*) FROM mentions").fetchone()[0] > 0
    finally:
        conn.close()


def parse_title() -> str:
    return "In northeast China, Russian and Chinese firms ink deals from manufacturing to agriculture"


def test_store_reopens_with_the_same_content(tmp_path: Path) -> None:
    path = tmp_path / "facts.db"
    with Store.open(path) as s:
        s.ingest_text(SEED)
        before = counts(s)
    with Store.open(path, readonly=True) as s:
        assert counts(s) == before
        assert s.ingest_text(SEED).status == "unchanged"


def test_failure_mid_ingest_leaves_the_store_unchanged(monkeypatch: pytest.MonkeyPatch, seeded: Store) -> None:
    before_counts, before_dump = counts(seeded), dump(seeded)
    written: list[int] = []

    def boom(self: Store, article_id: str, entities: object, sentence_ids: dict) -> None:  # type: ignore[type-arg]
        # The sentences (and their figures and times) are in the transaction by now.
        written.append(self.db.execute("SELECT count(*) FROM sentences WHERE article_id = ?", [article_id]).fetchone()[0])
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(Store, "_write_entities", boom)
    with pytest.raises(RuntimeError, match="disk on fire"):
        seeded.ingest_text(OTHER)
    with pytest.raises(RuntimeError, match="disk on fire"):
        seeded.ingest_text(SEED.replace("55 containers", "60 containers"))  # a replace, too
    assert written and all(n > 0 for n in written)
    assert counts(seeded) == before_counts
    assert dump(seeded) == before_dump
    monkeypatch.undo()
    assert seeded.ingest_text(OTHER).status == "added"


def test_failure_mid_ingest_in_a_file_store(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = tmp_path / "facts.db"
    with Store.open(path) as s:
        s.ingest_text(SEED)
        before = counts(s)

    def boom(*_: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(Store, "_write_entities", boom)
    with Store.open(path) as s, pytest.raises(RuntimeError):
        s.ingest_text(OTHER)
    with Store.open(path, readonly=True) as s:
        assert counts(s) == before


def test_a_store_with_the_old_insert_trigger_indexes_each_sentence_once(tmp_path: Path) -> None:
    """Stores made before sentences went into the full-text index by hand had a trigger doing it:
    opening one for writing drops it, or every sentence would be indexed twice."""
    path = tmp_path / "facts.db"
    with Store.open(path) as s:
        s.ingest_text(SEED)
        s.conn.execute(
            "CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN "
            "INSERT INTO sentences_fts(rowid, terms) VALUES (new.id, new.terms); END"
        )
    with Store.open(path) as s:
        s.ingest_text(OTHER)
        triggers = {r[0] for r in s.conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert "sentences_ai" not in triggers
        s.conn.execute("INSERT INTO sentences_fts(sentences_fts) VALUES ('integrity-check')")  # raises if not
        hits = s.search_sentences(["rate"])
        assert len(hits) == len({sid for sid, _ in hits}) > 0


def test_readonly_open_of_a_missing_file_fails(tmp_path: Path) -> None:
    path = tmp_path / "missing.db"
    with pytest.raises(StoreError) as info:
        Store.open(path, readonly=True)
    assert str(path) in str(info.value)
    assert not path.exists()


def test_opening_a_text_file_fails_with_one_clear_line(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("These are my notes, not a database.\n" * 50, encoding="utf-8")
    before = path.read_bytes()
    for readonly in (False, True):
        with pytest.raises(StoreError) as info:
            Store.open(path, readonly=readonly)
        message = str(info.value)
        assert "\n" not in message
        assert str(path) in message and "not a factbot store" in message
    assert path.read_bytes() == before


def test_opening_creates_missing_parent_directories(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "facts.db"
    with Store.open(path) as s:
        assert s.article_count() == 0
    assert path.exists()


def test_a_reader_sees_articles_another_handle_ingests(tmp_path) -> None:
    from pathlib import Path as _Path

    from knowledge.store import Store as _Store

    seed = (_Path(__file__).resolve().parents[2] / "knowledge" / "data" / "seed.txt").read_text(encoding="utf-8")
    path = tmp_path / "shared.db"
    writer = _Store.open(path)
    writer.ingest_text(seed)
    reader = _Store.open(path, readonly=True)
    reader.refresh()
    assert len(reader.articles()) == 1
    first = reader.articles()[0]
    assert reader.article(first.id) is not None
    assert writer.remove(first.id)
    reader.refresh()
    assert reader.article(first.id) is None
    assert reader.vocabulary == frozenset(reader.vocabulary)


def test_optimizing_the_index_keeps_every_search_result() -> None:
    store = Store.memory()
    store.ingest_text(SEED)
    before = store.search_sentences(["export", "liaoning", "train"], 40)
    store.optimize()
    assert store.search_sentences(["export", "liaoning", "train"], 40) == before
    assert store.search_sentences(["nosuchword"], 40) == []


@pytest.mark.parametrize("limit", [1, 3, 40])
@pytest.mark.parametrize("terms", [["export", "liaoning", "train"], ["container"], ["nosuchword"], ["rate", "percent", "russia"]])
def test_search_ids_are_the_ranked_searchs_ids(seeded: Store, terms: list[str], limit: int) -> None:
    # Unranked when every match fits under the limit, ranked past it: the same ids either way.
    assert seeded.search_sentence_ids(terms, limit) == {sid for sid, _ in seeded.search_sentences(terms, limit)}


def test_editing_the_synonym_table_re_extracts(seeded: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from knowledge import lexicon, store as store_module

    monkeypatch.setitem(lexicon.SYNONYMS, "testclass", ("container", "crate"))
    store_module._lexicon_digest.cache_clear()
    try:
        assert seeded.ingest_text(SEED).status == "replaced"
    finally:
        monkeypatch.undo()
        store_module._lexicon_digest.cache_clear()
    assert seeded.ingest_text(SEED).status == "replaced"  # back to the table the rest of the run uses


@pytest.mark.parametrize(("name", "key"), [("SUVs", "suv"), ("SUV", "suv"), ("ETFs", "etf"), ("Toys", "toys"), ("US", "us")])
def test_an_acronyms_plural_is_the_acronym(name: str, key: str) -> None:
    assert normalise_name(name) == key
