"""The fact store: one SQLite file, readable with sqlite-utils or Datasette as it is.

This is the only module that knows table and column names. Ingestion writes one article per
transaction; answering only reads, through the small look-up methods below, each an indexed query
(FTS5 over sentence terms, or a B-tree index), so the cost of a question does not grow with the
number of articles.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timezone
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    import sqlite_utils


@contextmanager
def _without_numpy() -> Iterator[None]:
    """Make `import numpy` / `import pandas` fail inside the block, as if they were not installed.

    For `import sqlite_utils` (Store.db): sqlite_utils.db imports both when it can, only to map their
    scalar types to column types when such values are inserted, and factbot never inserts numpy or
    pandas values. numpy is in the dev environment (rank-bm25, for bench/bench_bm25.py) and cost
    100-150 ms of every `factbot ask` (of a 1 s start-up budget). The None entries in
    sys.modules are removed on leaving, so a later `import numpy` works; where numpy or pandas is
    already imported, nothing changes.
    """
    hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        yield
    finally:
        for name in hidden:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]


from knowledge.article import ArticleError, Overrides, parse_article, read_article_file
from knowledge.extract import ExtractedArticle, extract
from knowledge import lexicon
from knowledge.lexicon import STOPWORDS
from knowledge.models import Entity
from knowledge.text import fts_query, fts_query_all, index_terms, is_content, lexicon_words, token_keys, tokenize

SCHEMA_VERSION = 1
EXTRACTOR_VERSION = 631  # bump when extraction changes, so stored facts are rebuilt
# A headline's word of a rise or fall is no kind of the measure after it ("record-low river", "sink")
_MOVES = frozenset({"rise", "fall"})

_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, date TEXT, weekday TEXT, source TEXT, url TEXT,
    content_hash TEXT NOT NULL, ingested_at TEXT NOT NULL, path TEXT, author TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS paragraphs (
    article_id TEXT NOT NULL REFERENCES articles(id), number INTEGER NOT NULL, text TEXT NOT NULL,
    PRIMARY KEY (article_id, number)
);
CREATE TABLE IF NOT EXISTS sentences (
    id INTEGER PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id),
    paragraph INTEGER NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    text TEXT NOT NULL, terms TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sentences_article ON sentences(article_id, paragraph);
CREATE TABLE IF NOT EXISTS figures (
    id INTEGER PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id),
    sentence_id INTEGER NOT NULL REFERENCES sentences(id), paragraph INTEGER NOT NULL,
    raw TEXT NOT NULL, value REAL NOT NULL, kind TEXT NOT NULL, scale TEXT, currency TEXT, unit TEXT,
    qualifier TEXT, direction TEXT, direction_word TEXT, measure TEXT,
    alt_raw TEXT, alt_value REAL, alt_currency TEXT, alt_scale TEXT,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    period_text TEXT, period_label TEXT, period_start TEXT, period_end TEXT
);
CREATE INDEX IF NOT EXISTS figures_sentence ON figures(sentence_id);
CREATE INDEX IF NOT EXISTS figures_value ON figures(value);
CREATE INDEX IF NOT EXISTS figures_alt_value ON figures(alt_value);
CREATE INDEX IF NOT EXISTS figures_article ON figures(article_id);
CREATE TABLE IF NOT EXISTS times (
    id INTEGER PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id),
    sentence_id INTEGER NOT NULL REFERENCES sentences(id), paragraph INTEGER NOT NULL,
    text TEXT NOT NULL, kind TEXT NOT NULL, start_date TEXT, end_date TEXT, label TEXT,
    open_end INTEGER NOT NULL DEFAULT 0, anchor TEXT, start INTEGER NOT NULL, "end" INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS times_sentence ON times(sentence_id);
CREATE INDEX IF NOT EXISTS times_start ON times(start_date);
CREATE INDEX IF NOT EXISTS times_article ON times(article_id);
CREATE TABLE IF NOT EXISTS entities (
    id INTEGER PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id),
    name TEXT NOT NULL, kind TEXT NOT NULL, aliases TEXT NOT NULL, roles TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS entities_article ON entities(article_id);
CREATE TABLE IF NOT EXISTS entity_names (
    name TEXT NOT NULL, entity_id INTEGER NOT NULL REFERENCES entities(id), article_id TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS entity_names_name ON entity_names(name);
CREATE INDEX IF NOT EXISTS entity_names_article ON entity_names(article_id);
CREATE TABLE IF NOT EXISTS mentions (
    entity_id INTEGER NOT NULL REFERENCES entities(id), sentence_id INTEGER NOT NULL REFERENCES sentences(id),
    article_id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_sentence ON mentions(sentence_id);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_id);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id);
CREATE VIRTUAL TABLE IF NOT EXISTS sentences_fts USING fts5(terms, content='sentences', content_rowid='id');
-- Sentences go into sentences_fts as _write_sentences inserts them (see there); deletes by trigger.
DROP TRIGGER IF EXISTS sentences_ai;
CREATE TRIGGER IF NOT EXISTS sentences_ad AFTER DELETE ON sentences BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, terms) VALUES ('delete', old.id, old.terms);
END;
"""

_WORD = re.compile(r"[^\W\d_]{3,}")
_LETTERS = re.compile(r"[^\W\d_]+")
# "the U.S. Trade Representative" spells USTR, "the U.S. Department of Agriculture" USDA: each
# letter of dotted initials is a word of the spelling (read only where a sentence has ".").
_DOTTED_INITIALS = re.compile(r"\b(?:[^\W\d_]\.){2,}")
# A single letter a spelling reads is an initial ("u" of "u.s."), no stop word ("u" for "you").
_INITIAL_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
# "ship-to-shore", "roll-on-roll-off": a hyphened compound, whose every part (its "to" too) gives
# an acronym a letter ("STS cranes")
_HYPHENED = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
_CHILD_TABLES = ("mentions", "entity_names", "entities", "times", "figures", "sentences", "paragraphs")

# The names of Store's cache attributes ("_rows_" + a cache's name) and of its memo caches
# ("memo_" + a memo's name), made once per name rather than formatted at every look-up.
_ROWS_ATTRS: dict[str, str] = {}
_MEMO_NAMES: dict[str, str] = {}
_MEMO_ATTRS: dict[str, str] = {}  # a memo's name -> its cache's attribute ("_rows_memo_" + the name)
_MISSING = object()  # memo's mark for a key not kept (None is a value like any other)


class StoreError(RuntimeError):
    """The store file cannot be used; the message says why in one line."""


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    id: str
    title: str
    date: str  # ISO, "" when the article has none
    weekday: str
    source: str
    url: str
    content_hash: str
    ingested_at: str
    author: str
    paragraphs: int
    figures: int
    times: int
    entities: int


@dataclass(frozen=True, slots=True)
class IngestResult:
    article: ArticleInfo
    status: str  # added | replaced | unchanged


@dataclass(frozen=True, slots=True)
class SentenceRow:
    id: int
    article_id: str
    paragraph: int
    index: int
    text: str
    terms: frozenset[str]


@dataclass(frozen=True, slots=True)
class FigureRow:
    id: int
    article_id: str
    sentence_id: int
    paragraph: int
    raw: str
    value: float
    kind: str
    scale: str
    currency: str
    unit: str
    qualifier: str
    direction: str
    direction_word: str
    measure: str
    alt_raw: str
    alt_value: float | None
    alt_currency: str
    alt_scale: str
    start: int
    end: int
    period_text: str
    period_label: str
    period_start: str
    period_end: str


@dataclass(frozen=True, slots=True)
class TimeRow:
    id: int
    article_id: str
    sentence_id: int
    paragraph: int
    text: str
    kind: str
    start_date: str
    end_date: str
    label: str
    open_end: bool
    anchor: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class EntityRow:
    id: int
    article_id: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    roles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class MentionRow:
    entity_id: int
    sentence_id: int
    start: int
    end: int


class Store:
    """A handle on one store file. Not shared between threads: open one per thread.

    Reads go straight to the sqlite3 connection; writes run in sqlite_utils' transactions
    (Store.db.atomic), imported on the first write, and insert through the connection. Importing it (and click, pluggy, dateutil... with it) was about
    100 ms of every `factbot ask`, which only reads. For a SELECT, sqlite_utils' execute is the
    connection's execute (it commits only statements that return no rows and opened a
    transaction), so reading either way is the same."""

    def __init__(self, conn: sqlite3.Connection, *, readonly: bool = False) -> None:
        self.conn = conn
        self.readonly = readonly

    @cached_property
    def db(self) -> sqlite_utils.Database:
        """The connection wrapped by sqlite_utils, for writing (and for tests to inspect): made on
        first use, which runs sqlite_utils' set-up (PRAGMA recursive_triggers=on) before any write."""
        with _without_numpy():
            import sqlite_utils
        return sqlite_utils.Database(self.conn)

    # ----- opening ---------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, *, readonly: bool = False) -> Store:
        path = Path(path)
        try:
            if readonly:
                conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
                store = cls(conn, readonly=True)
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                store = cls(sqlite3.connect(str(path)))  # as sqlite_utils.Database(path) connects
                store._create()
            store.conn.execute("SELECT count(*) FROM articles").fetchone()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: not a factbot store ({exc})") from None
        return store

    @classmethod
    def memory(cls) -> Store:
        store = cls(sqlite3.connect(":memory:"))  # as sqlite_utils.Database(memory=True) connects
        store._create()
        return store

    def _create(self) -> None:
        """Set up a store opened for writing, on the bare connection: `factbot ask` opens the
        default store this way and then only reads, so it must not need sqlite_utils. None of
        these statements opens an implicit transaction (sqlite3 opens one only before INSERT,
        UPDATE, DELETE or REPLACE), so there is nothing to commit."""
        conn = self.conn
        # The journal mode cannot change inside a transaction: autocommit for the switch (what
        # sqlite_utils' ensure_autocommit_on did; a store being opened has none open).
        isolation = conn.isolation_level
        conn.isolation_level = None
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "memory":
                conn.execute("PRAGMA journal_mode=WAL")
        finally:
            conn.isolation_level = isolation
        conn.execute("PRAGMA foreign_keys=ON")
        conn.executescript(_SCHEMA)
        columns = {row[1] for row in conn.execute("PRAGMA table_info(articles)")}
        if "author" not in columns:  # a store made before bylines were kept
            conn.execute("ALTER TABLE articles ADD COLUMN author TEXT NOT NULL DEFAULT ''")
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # ----- writing -----------------------------------------------------------------------------
    def ingest_file(self, path: str | Path, overrides: Overrides | None = None) -> IngestResult:
        path = Path(path)
        return self.ingest_text(read_article_file(path), overrides, path=str(path))

    def ingest_text(self, text: str, overrides: Overrides | None = None, *, path: str = "") -> IngestResult:
        parsed = parse_article(text, overrides)
        article_id = article_slug(parsed.title, parsed.date)
        content_hash = _hash(text, overrides)
        old = self.article(article_id)
        if old is not None and old.content_hash == content_hash:
            return IngestResult(old, "unchanged")
        facts = extract(parsed)
        with self.db.atomic():
            self._delete(article_id)
            self._write(article_id, content_hash, path, facts)
        self._forget_caches()
        info = self.article(article_id)
        assert info is not None
        return IngestResult(info, "replaced" if old else "added")

    def optimize(self) -> None:
        """Merge the full-text index into one segment. Each ingest adds segments, and every term
        of a search is looked up in every segment: after a batch of ingests this makes searching
        several times cheaper. Costs a rewrite of the index, so run it once per batch."""
        with self.db.atomic():
            self.db.execute("INSERT INTO sentences_fts(sentences_fts) VALUES('optimize')")

    # ----- read caches --------------------------------------------------------------------------
    # Answering asks for the same few sentences again and again. Rows never change between writes,
    # so each handle keeps the ones it has read, by id; a write clears them all, and each cache is
    # emptied when it passes CACHE_ROWS, so memory stays bounded however large the store.
    CACHE_ROWS = 20_000

    def _cache(self, name: str, limit: int | None = None) -> dict[Any, Any]:
        # Asked some forty times a question: the attribute's name is made once per cache name, and
        # no empty dict is made for setdefault to throw away when the cache exists (nearly always).
        attr = _ROWS_ATTRS.get(name) or _ROWS_ATTRS.setdefault(name, f"_rows_{name}")
        cache: dict[Any, Any] | None = self.__dict__.get(attr)
        if cache is None:
            cache = self.__dict__[attr] = {}
        elif len(cache) > (self.CACHE_ROWS if limit is None else limit):
            cache.clear()
        return cache

    def _cached(self, name: str, ids: Iterable[Any], load: Any) -> dict[Any, Any]:
        cache = self._cache(name)
        wanted = dict.fromkeys(ids)
        missing = [i for i in wanted if i not in cache]
        if missing:
            loaded = load(missing)
            for i in missing:
                cache[i] = loaded.get(i)
        # Every wanted id is in the cache now (None for one with no row): one read each.
        return {i: row for i in wanted if (row := cache[i]) is not None}

    def memo(self, name: str, key: Any, compute: Callable[[], Any], limit: int | None = None) -> Any:
        """A value derived from stored rows (say, the follow-up questions of an article), kept
        like the rows themselves: until the next write. `limit` bounds a cache of bulky values
        (a parsed question) more tightly than CACHE_ROWS."""
        # _cache inlined (memo is asked thirty times a question): the same attribute, the same bound.
        attr = _MEMO_ATTRS.get(name) or _MEMO_ATTRS.setdefault(name, f"_rows_memo_{name}")
        cache: dict[Any, Any] | None = self.__dict__.get(attr)
        if cache is None:
            cache = self.__dict__[attr] = {}
        elif len(cache) > (self.CACHE_ROWS if limit is None else limit):
            cache.clear()
        value = cache.get(key, _MISSING)
        if value is _MISSING:  # one look-up for a kept value, where `in` and a read made two
            value = cache[key] = compute()
        return value

    def _memo_cache(self, name: str) -> dict[Any, Any]:
        """memo's cache of this name (the same dict, under the same bound), for a caller reading
        many keys of it at once."""
        return self._cache(_MEMO_NAMES.get(name) or _MEMO_NAMES.setdefault(name, f"memo_{name}"))

    def memo_each(self, name: str, keys: Iterable[Any], compute: Callable[[Any], Any]) -> dict[Any, Any]:
        """{key: memo(name, key, lambda: compute(key))} for each key, in order, in one call: the
        very cache and values memo keeps, without a closure and a call made per key (a gather
        reads a value for each of its candidates and paragraphs, nearly all kept already)."""
        cache = self._memo_cache(name)
        out: dict[Any, Any] = {}
        for key in keys:
            value = cache.get(key, _MISSING)
            if value is _MISSING:
                value = cache[key] = compute(key)
            out[key] = value
        return out

    def memo_many(self, name: str, keys: Iterable[Any], compute: Callable[[list[Any]], dict[Any, Any]]) -> dict[Any, Any]:
        """memo for several keys at once: `compute` gets the keys not kept yet, in order, and
        returns the value of each (one SQL query for all, where memo would send one a key)."""
        return self._cached(_MEMO_NAMES.get(name) or _MEMO_NAMES.setdefault(name, f"memo_{name}"), keys, compute)

    def sentences(self, ids: Iterable[int]) -> dict[int, SentenceRow]:
        return self._cached("sentences", ids, self._load_sentences)

    def figures_in(self, sentence_ids: Iterable[int]) -> list[FigureRow]:
        found = self._cached("figures", sentence_ids, lambda ids: _group(self._load_figures(ids), ids))
        return [row for rows in found.values() for row in rows]

    def times_in(self, sentence_ids: Iterable[int]) -> list[TimeRow]:
        found = self._cached("times", sentence_ids, lambda ids: _group(self._load_times(ids), ids))
        return [row for rows in found.values() for row in rows]

    def mentions_in(self, sentence_ids: Iterable[int]) -> list[MentionRow]:
        found = self._cached("mentions", sentence_ids, lambda ids: _group(self._load_mentions(ids), ids))
        return [row for rows in found.values() for row in rows]

    def entities_by_id(self, ids: Iterable[int]) -> dict[int, EntityRow]:
        return self._cached("entities", ids, self._load_entities)

    def article(self, article_id: str) -> ArticleInfo | None:
        # An article read before is answered from the cache at once (None when it has no row),
        # without _cached's batch steps for the one id: asked a dozen times a question.
        cache = self._cache("articles")
        if article_id in cache:
            return cache[article_id]  # type: ignore[no-any-return]
        return self._cached("articles", [article_id], lambda ids: {ids[0]: self._load_article(ids[0])}).get(article_id)

    def refresh(self) -> None:
        """Drop what this handle has cached if another process has written since: a bot keeps
        answering while `factbot ingest` adds articles, and sees them at its next question."""
        version = self.conn.execute("PRAGMA data_version").fetchone()[0]
        if self.__dict__.get("_data_version") != version:
            self._forget_caches()
            self.__dict__["_data_version"] = version

    def _forget_caches(self) -> None:
        for name in [k for k in self.__dict__ if k.startswith("_rows_")]:
            self.__dict__.pop(name, None)
        for name in ("vocabulary", "entity_name_index", "entity_initials", "place_names", "index_vocabulary", "word_pairs", "_fuzzy_choices", "_headline_terms", "_lead_terms", "_terms_by_paragraph"):
            self.__dict__.pop(name, None)

    def remove(self, article_id: str) -> bool:
        if self.article(article_id) is None:
            return False
        with self.db.atomic():
            self._delete(article_id)
        self._forget_caches()
        return True

    def _delete(self, article_id: str) -> None:
        for table in _CHILD_TABLES:
            self.conn.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])
        self.conn.execute("DELETE FROM articles WHERE id = ?", [article_id])

    # The writes below run inside Store.db's transaction but go to the bare connection with fixed
    # column lists: sqlite_utils' insert_all looked the table up in sqlite_master and wrapped each
    # call in a savepoint of its own, more than the insert itself cost (about a fifth of ingesting
    # an article). The values are plain str, int, float and None, which it passed through as they
    # are. Rows go into each table in the order they always did, so every id is the same.
    def _write(self, article_id: str, content_hash: str, path: str, facts: ExtractedArticle) -> None:
        parsed = facts.parsed
        self.conn.execute(
            "INSERT INTO articles (id, title, date, weekday, source, url, author, content_hash, ingested_at, path) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [article_id, parsed.title, _iso(parsed.date), parsed.weekday, parsed.source, parsed.url,
             parsed.author, content_hash, datetime.now(timezone.utc).isoformat(timespec="seconds"), path],
        )
        self.conn.executemany(
            "INSERT INTO paragraphs (article_id, number, text) VALUES (?, ?, ?)",
            [(article_id, p.number, p.text) for p in parsed.paragraphs],
        )
        sentence_ids = self._write_sentences(article_id, facts)
        self._write_entities(article_id, facts.entities, sentence_ids)

    def _write_sentences(self, article_id: str, facts: ExtractedArticle) -> dict[tuple[int, int], int]:
        """Each sentence on its own (its id is needed), then all their index terms, times and
        figures at once.

        The terms go into the full-text index here, not by an AFTER INSERT trigger: SQLite runs a
        trigger as a statement with a savepoint of its own, and FTS5 writes its pending terms out
        as a new index segment at every savepoint, so the trigger made one segment per sentence
        (six times the cost of the insert itself, and merging them all again at the commit)."""
        ids: dict[tuple[int, int], int] = {}
        indexed: list[tuple[int, str]] = []
        times: list[tuple[Any, ...]] = []
        figures: list[tuple[Any, ...]] = []
        for s in facts.sentences:
            terms = index_terms(s.text)
            cursor = self.conn.execute(
                'INSERT INTO sentences (article_id, paragraph, idx, start, "end", text, terms) '
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [article_id, s.paragraph, s.index, s.start, s.end, s.text, terms],
            )
            sid = int(cursor.lastrowid or 0)
            ids[(s.paragraph, s.index)] = sid
            indexed.append((sid, terms))
            times += _time_rows(article_id, sid, s.paragraph, s.times)
            figures += _figure_rows(article_id, sid, s.paragraph, s.figures)
        self.conn.executemany("INSERT INTO sentences_fts (rowid, terms) VALUES (?, ?)", indexed)
        self.conn.executemany(_INSERT_TIMES, times)
        self.conn.executemany(_INSERT_FIGURES, figures)
        return ids

    def _write_entities(self, article_id: str, entities: list[Entity], sentence_ids: dict[tuple[int, int], int]) -> None:
        names: list[tuple[str, int, str]] = []
        mentions: list[tuple[int, int, str, int, int]] = []
        for e in entities:
            cursor = self.conn.execute(
                "INSERT INTO entities (article_id, name, kind, aliases, roles) VALUES (?, ?, ?, ?, ?)",
                [article_id, e.name, e.kind, json.dumps(e.aliases), json.dumps(e.roles)],
            )
            eid = int(cursor.lastrowid or 0)
            names += [(n, eid, article_id) for n in sorted({normalise_name(n) for n in (e.name, *e.aliases)} - {""})]
            mentions += [
                (eid, sentence_ids[(m.paragraph, m.sentence)], article_id, m.start, m.end)
                for m in e.mentions if (m.paragraph, m.sentence) in sentence_ids
            ]
        self.conn.executemany("INSERT INTO entity_names (name, entity_id, article_id) VALUES (?, ?, ?)", names)
        self.conn.executemany(
            'INSERT INTO mentions (entity_id, sentence_id, article_id, start, "end") VALUES (?, ?, ?, ?, ?)', mentions
        )

    # ----- reading: articles ---------------------------------------------------------------------
    def articles(self) -> list[ArticleInfo]:
        rows = self.conn.execute(_ARTICLE_SELECT + " ORDER BY a.date DESC, a.id").fetchall()
        return [ArticleInfo(*row) for row in rows]

    def _load_article(self, article_id: str) -> ArticleInfo | None:
        row = self.conn.execute(_ARTICLE_SELECT + " WHERE a.id = ?", [article_id]).fetchone()
        return ArticleInfo(*row) if row else None

    def spells_acronym(self, acronym: str) -> bool:
        """Whether some sentence spells `acronym` out ("MSP": "minimum support price"), so the
        question's acronym names something the articles do talk about."""
        letters = [c for c in acronym.lower() if c.isalpha()]
        if not 2 <= len(letters) <= 6:
            return False
        match = " AND ".join(f"{c}*" for c in sorted(set(letters)))
        rows = self.conn.execute(
            "SELECT s.text FROM sentences_fts f JOIN sentences s ON s.id = f.rowid WHERE sentences_fts MATCH ? LIMIT 60",
            [match],
        ).fetchall()
        size = len(letters)
        for (text,) in rows:
            words = [w for w in _WORD.findall(text.lower()) if w not in ("of", "and", "the", "for")]
            for i in range(len(words) - size + 1):
                window = words[i : i + size]
                if [w[0] for w in window] == letters and not any(w in STOPWORDS for w in window):
                    return True
        return False

    def acronym_phrase(self, acronym: str) -> str:
        """The words the articles spell `acronym` out with, in lower case ("jgb": "japanese
        government bonds"; "arpu": "average revenue per user", where "per" gives its letter), or ""
        when none or two phrases as often. Kept per store handle."""
        return str(self.memo("acronym_phrase", acronym.lower(), lambda: self._acronym_phrase(acronym.lower())))

    def _acronym_phrase(self, acronym: str) -> str:
        letters = list(acronym)
        if not 3 <= len(letters) <= 6 or not acronym.isalpha():
            return ""
        # "MoU", "MoF": an inner "o" may be the "of" the index never keeps ("memorandum of
        # understanding"), tried only when the letters spell no phrase of whole words.
        return self._acronym_spelt(letters, None) or next(
            (spelt for i in range(1, len(letters) - 1) if letters[i] == "o" and (spelt := self._acronym_spelt(letters, i))), "") \
            or self._acronym_spelt(letters, None, 2)  # "USTR": the index keeps no letters of "U.S."

    def _acronym_spelt(self, letters: list[str], of_at: int | None, initials: int = 0) -> str:
        """_acronym_phrase's phrase, with "of" for the letter at `of_at` when it is set; with
        `initials`, one whose first letters are that many dotted initials ("U.S. Trade
        Representative"), which the index does not keep, so they are not asked of it."""
        # The index keeps no "per" nor "of": their letters are not asked of it.
        asked = letters[:of_at] + letters[of_at + 1 :] if of_at is not None else letters[initials:]
        match = " AND ".join(f"{c}*" for c in sorted(set(asked) - {"p"}))

        if not match:
            return ""
        rows = self.conn.execute(
            "SELECT s.text FROM sentences_fts f JOIN sentences s ON s.id = f.rowid WHERE sentences_fts MATCH ? LIMIT 60",
            [match],
        ).fetchall()
        if of_at is None and (compound := _hyphened_spelling(letters, rows)):
            return compound
        size = len(letters)
        counts: dict[str, int] = defaultdict(int)
        for (text,) in rows:
            words = _spelling_words(text.lower(), _WORD if of_at is None else _LETTERS)
            for i in range(len(words) - size + 1):
                window = words[i : i + size]
                if all(w == "of" if j == of_at else w[0] == c and (w not in STOPWORDS or w == "per" or of_at is None and w in _INITIAL_LETTERS)
                       for j, (w, c) in enumerate(zip(window, letters))) and all(w in _INITIAL_LETTERS for w in window[:initials]):
                    counts[" ".join(window)] += 1
        ranked = sorted(counts.values(), reverse=True)
        if not ranked or len(ranked) > 1 and ranked[0] == ranked[1]:
            return ""
        return max(counts, key=lambda k: counts[k])

    def latest_article(self) -> ArticleInfo | None:
        # The newest article's id, kept until the next write (a query a question otherwise).
        latest: str | None = self.memo("latest_article", None, self._latest_article_id)
        return self.article(latest) if latest is not None else None

    def _latest_article_id(self) -> str | None:
        row = self.conn.execute("SELECT id FROM articles ORDER BY date DESC, id LIMIT 1").fetchone()
        return row[0] if row else None

    def article_count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    def paragraph(self, article_id: str, number: int) -> str | None:
        # Kept per store handle like the rows (a write clears it): the same headlines and lead
        # paragraphs are read for question after question, a query each time.
        return self.memo("paragraph", (article_id, number), lambda: self._load_paragraph(article_id, number))  # type: ignore[no-any-return]

    def _load_paragraph(self, article_id: str, number: int) -> str | None:
        row = self.conn.execute(
            "SELECT text FROM paragraphs WHERE article_id = ? AND number = ?", [article_id, number]
        ).fetchone()
        return row[0] if row else None

    def paragraph_count(self, article_id: str) -> int:
        row = self.conn.execute("SELECT count(*) FROM paragraphs WHERE article_id = ?", [article_id]).fetchone()
        return int(row[0])

    # ----- reading: sentences --------------------------------------------------------------------
    def search_sentences(self, terms: Iterable[str], limit: int = 40) -> list[tuple[int, float]]:
        """Sentence ids ranked by BM25 over their terms (best first), with the rank score. Terms
        no sentence has are dropped first: each one costs FTS5 a segment lookup and finds nothing."""
        known = self.index_vocabulary
        return self._search(fts_query([t for t in terms if t in known]), limit)

    def search_sentence_ids(self, terms: Iterable[str], limit: int = 40) -> set[int]:
        """The ids search_sentences(terms, limit) returns, as a set. When no more than `limit`
        sentences match, they are all of them whatever their ranks, so they are fetched without
        ranking: BM25 scoring and sorting cost more than the match itself (0.06 against 0.15 ms
        on the seed store). Only past `limit` matches do the ranks choose, and are computed."""
        known = self.index_vocabulary
        wanted = [t for t in terms if t in known]
        # The sentences matching any term are the union of each term's: kept per term (the same
        # words come back in question after question), so a question sends SQLite only its new
        # words, where one OR of all its words cost several times a single word's look-up.
        found: set[int] = set()
        kept = self._memo_cache("term_sentences")  # memo's, read here without a call per term
        for term in sorted(set(wanted)):
            ids = kept.get((term, limit), _MISSING)
            if ids is _MISSING:
                ids = kept[(term, limit)] = self._sentences_with(term, limit)
            if ids is None:
                break  # this word alone matches more than `limit`
            found |= ids
            if len(found) > limit:
                break
        else:
            return found
        return {sid for sid, _ in self._search(fts_query(wanted), limit)}

    def _sentences_with(self, term: str, limit: int) -> frozenset[int] | None:
        """The ids of the sentences that have this term, or None when more than `limit` do."""
        query = fts_query([term])
        if not query:
            return frozenset()
        rows = self.conn.execute(
            "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ? LIMIT ?", [query, limit + 1]
        ).fetchall()
        return frozenset(int(r[0]) for r in rows) if len(rows) <= limit else None

    def search_sentences_all(self, groups: list[set[str]], limit: int = 40) -> list[tuple[int, float]]:
        """Sentences that match every group (a word of each): precise where a large store buries
        the answer under sentences sharing only some of the words."""
        known = self.index_vocabulary
        groups = [{t for t in group if t in known} for group in groups]
        if not all(groups):
            return []  # a group no sentence has: nothing can match every group
        return self._search(fts_query_all(groups), limit)

    def _search(self, query: str, limit: int) -> list[tuple[int, float]]:
        if not query:
            return []
        rows = self.conn.execute(
            "SELECT rowid, bm25(sentences_fts) FROM sentences_fts WHERE sentences_fts MATCH ? "
            "ORDER BY bm25(sentences_fts) LIMIT ?",
            [query, limit],
        ).fetchall()
        return [(int(r[0]), -float(r[1])) for r in rows]

    def _load_sentences(self, ids: Iterable[int]) -> dict[int, SentenceRow]:
        ids = list(ids)
        if not ids:
            return {}
        rows = self.conn.execute(
            f"SELECT id, article_id, paragraph, idx, text, terms FROM sentences WHERE id IN ({_marks(ids)})", ids
        ).fetchall()
        return {r[0]: SentenceRow(r[0], r[1], r[2], r[3], r[4], frozenset(r[5].split())) for r in rows}

    def paragraph_sentences(self, article_id: str, paragraph: int) -> list[SentenceRow]:
        # Kept per store handle as paragraph() is; each caller gets a list of its own.
        kept: tuple[SentenceRow, ...] = self.memo("paragraph_sentences", (article_id, paragraph),
                                                  lambda: tuple(self._load_paragraph_sentences(article_id, paragraph)))
        return list(kept)

    def _load_paragraph_sentences(self, article_id: str, paragraph: int) -> list[SentenceRow]:
        rows = self.conn.execute(
            "SELECT id, article_id, paragraph, idx, text, terms FROM sentences "
            "WHERE article_id = ? AND paragraph = ? ORDER BY idx",
            [article_id, paragraph],
        ).fetchall()
        return [SentenceRow(r[0], r[1], r[2], r[3], r[4], frozenset(r[5].split())) for r in rows]

    def _load_figures(self, sentence_ids: Iterable[int]) -> list[FigureRow]:
        return [_figure(r) for r in self._rows_in_sentences("figures", _FIGURE_COLUMNS, sentence_ids)]

    def figures_with_value(self, value: float, limit: int = 20) -> list[FigureRow]:
        rows = self.conn.execute(
            f"SELECT {_FIGURE_COLUMNS} FROM figures WHERE value = ? OR alt_value = ? LIMIT ?", [value, value, limit]
        ).fetchall()
        return [_figure(r) for r in rows]

    def article_figures(self, article_id: str | None = None) -> list[FigureRow]:
        # One article's are kept per store handle like its other rows (a write clears them): the
        # suggestions and summaries read them for question after question. Each caller gets a
        # list of its own; every article's at once (no id) is read afresh, as it is large.
        if not article_id:
            return [_figure(r) for r in self._rows_of_article("figures", _FIGURE_COLUMNS, article_id, "article_id, paragraph, start")]
        kept: tuple[FigureRow, ...] = self.memo("article_figures", article_id, lambda: tuple(
            _figure(r) for r in self._rows_of_article("figures", _FIGURE_COLUMNS, article_id, "article_id, paragraph, start")))
        return list(kept)

    def _load_times(self, sentence_ids: Iterable[int]) -> list[TimeRow]:
        return [_time(r) for r in self._rows_in_sentences("times", _TIME_COLUMNS, sentence_ids)]

    def times_in_paragraphs(self, keys: Iterable[tuple[str, int]]) -> list[TimeRow]:
        by_pair = self._cached("paragraph_times", sorted(set(keys)), self._load_paragraph_times)
        return sorted((t for times in by_pair.values() for t in times), key=lambda t: (t.sentence_id, t.start))

    def _load_paragraph_times(self, pairs: list[tuple[str, int]]) -> dict[tuple[str, int], list[TimeRow]]:
        where = " OR ".join("(article_id = ? AND paragraph = ?)" for _ in pairs)
        params = [v for pair in pairs for v in pair]
        out: dict[tuple[str, int], list[TimeRow]] = {pair: [] for pair in pairs}
        for r in self.conn.execute(f"SELECT {_TIME_COLUMNS} FROM times WHERE {where}", params).fetchall():
            row = _time(r)
            out[(row.article_id, row.paragraph)].append(row)
        return out

    def times_overlapping(self, start: date, end: date, limit: int = 30) -> list[TimeRow]:
        rows = self.conn.execute(
            f"SELECT {_TIME_COLUMNS} FROM times WHERE start_date != '' AND start_date <= ? "
            "AND end_date >= ? ORDER BY start_date LIMIT ?",
            [end.isoformat(), start.isoformat(), limit],
        ).fetchall()
        return [_time(r) for r in rows]

    def article_times(self, article_id: str | None = None) -> list[TimeRow]:
        # Kept per article as article_figures' are.
        if not article_id:
            return [_time(r) for r in self._rows_of_article("times", _TIME_COLUMNS, article_id, "article_id, paragraph, start")]
        kept: tuple[TimeRow, ...] = self.memo("article_times", article_id, lambda: tuple(
            _time(r) for r in self._rows_of_article("times", _TIME_COLUMNS, article_id, "article_id, paragraph, start")))
        return list(kept)

    def entities_named(self, names: Iterable[str], article_ids: Iterable[str] | None = None,
                       limit: int = 200) -> list[EntityRow]:
        """Entities by name or alias; within the given articles when named (a name such as
        "Russia" recurs in most articles of a large store: the question needs only the ones at hand)."""
        keys = sorted({normalise_name(n) for n in names} - {""})
        if not keys:
            return []
        articles = None if article_ids is None else tuple(sorted(set(article_ids)))
        ids = self.memo("entities_named", (tuple(keys), articles, limit), lambda: self._entity_ids_named(keys, articles, limit))
        return list(self.entities_by_id(ids).values())

    def _entity_ids_named(self, keys: list[str], articles: tuple[str, ...] | None, limit: int) -> list[int]:
        sql = f"SELECT DISTINCT entity_id FROM entity_names WHERE name IN ({_marks(keys)})"
        params: list[Any] = list(keys)
        if articles is not None:
            if not articles:
                return []
            sql += f" AND article_id IN ({_marks(articles)})"
            params += articles
        return [r[0] for r in self.conn.execute(sql + " LIMIT ?", [*params, limit]).fetchall()]

    def _load_entities(self, ids: Iterable[int]) -> dict[int, EntityRow]:
        ids = list(ids)
        if not ids:
            return {}
        rows = self.conn.execute(
            f"SELECT id, article_id, name, kind, aliases, roles FROM entities WHERE id IN ({_marks(ids)})", ids
        ).fetchall()
        return {r[0]: _entity(r) for r in rows}

    def article_entities(self, article_id: str | None = None) -> list[EntityRow]:
        columns = "id, article_id, name, kind, aliases, roles"
        if not article_id:
            return [_entity(r) for r in self._rows_of_article("entities", columns, article_id, "id")]
        # One article's entities, kept per handle like article_times (rows are frozen; a write
        # clears them): the places and people handlers read the same article's for question
        # after question, a query and a row built per entity each time.
        kept: tuple[EntityRow, ...] = self.memo("article_entities", article_id, lambda: tuple(
            _entity(r) for r in self._rows_of_article("entities", columns, article_id, "id")))
        return list(kept)

    def _rows_in_sentences(self, table: str, columns: str, sentence_ids: Iterable[int]) -> list[Any]:
        ids = list(sentence_ids)
        if not ids:
            return []
        sql = f"SELECT {columns} FROM {table} WHERE sentence_id IN ({_marks(ids)}) ORDER BY sentence_id, start"
        return self.conn.execute(sql, ids).fetchall()

    def _rows_of_article(self, table: str, columns: str, article_id: str | None, order: str) -> list[Any]:
        sql = f"SELECT {columns} FROM {table}"
        params: list[Any] = []
        if article_id:
            sql += " WHERE article_id = ?"
            params.append(article_id)
        return self.conn.execute(f"{sql} ORDER BY {order}", params).fetchall()

    def _load_mentions(self, sentence_ids: Iterable[int]) -> list[MentionRow]:
        columns = 'entity_id, sentence_id, start, "end"'
        return [MentionRow(*r) for r in self._rows_in_sentences("mentions", columns, sentence_ids)]

    def entity_paragraphs(self, entity_ids: Iterable[int]) -> dict[int, set[int]]:
        return self._cached("entity_paragraphs", entity_ids, self._load_entity_paragraphs)

    def _load_entity_paragraphs(self, ids: list[int]) -> dict[int, set[int]]:
        rows = self.conn.execute(
            f"SELECT DISTINCT m.entity_id, s.paragraph FROM mentions m JOIN sentences s ON s.id = m.sentence_id "
            f"WHERE m.entity_id IN ({_marks(ids)})",
            ids,
        ).fetchall()
        out: dict[int, set[int]] = defaultdict(set)
        for entity_id, paragraph in rows:
            out[entity_id].add(paragraph)
        return dict(out)

    def sentences_mentioning(self, entity_ids: Iterable[int], limit: int = 60) -> list[int]:
        ids = sorted(set(entity_ids))
        if not ids:
            return []
        return list(self.memo("sentences_mentioning", (tuple(ids), limit), lambda: self._sentences_mentioning(ids, limit)))

    def _sentences_mentioning(self, ids: list[int], limit: int) -> list[int]:
        rows = self.conn.execute(
            f"SELECT DISTINCT sentence_id FROM mentions WHERE entity_id IN ({_marks(ids)}) LIMIT ?", [*ids, limit]
        ).fetchall()
        return [r[0] for r in rows]

    # ----- vocabulary for typo correction --------------------------------------------------------
    @cached_property
    def word_pairs(self) -> frozenset[tuple[str, str]]:
        """Each two words written side by side in the store's sentences, in lower case ("share",
        "price"): a question word's context tells which of its near spellings was meant."""
        pairs: set[tuple[str, str]] = set()
        for (text,) in self.conn.execute("SELECT lower(text) FROM sentences"):
            words = _LETTERS.findall(text)
            pairs.update(zip(words, words[1:]))
        return frozenset(pairs)

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """Every index term and entity-name word in the store, for correcting misspelt questions.

        Built once per handle (and after each write): one pass over a column, not per question."""
        words: set[str] = set()
        for terms, text in self.conn.execute("SELECT terms, lower(text) FROM sentences"):
            words.update(terms.split())
            words.update(_WORD.findall(text))  # surface forms too: "compnies" is nearer "companies"
        for (name,) in self.conn.execute("SELECT DISTINCT name FROM entity_names"):
            words.update(name.split())
        return frozenset(words | lexicon_words())

    def _paragraph_terms(self, article_id: str) -> dict[int, set[str]]:
        """Every index term of each paragraph of one article. Cached per handle; writes clear it."""
        cache: dict[str, dict[int, set[str]]] = self.__dict__.setdefault("_terms_by_paragraph", {})
        if article_id not in cache:
            rows = self.conn.execute(
                "SELECT paragraph, group_concat(terms, ' ') FROM sentences WHERE article_id = ? GROUP BY paragraph",
                [article_id],
            ).fetchall()
            cache[article_id] = {p: set((t or "").split()) for p, t in rows}
        return cache[article_id]

    def article_terms(self, article_id: str) -> frozenset[str]:
        """Every index term of one article: a question word outside it is never said there."""
        return self.memo("article_terms", article_id,  # type: ignore[no-any-return]
                         lambda: frozenset().union(*self._paragraph_terms(article_id).values()))

    def article_word_pairs(self, article_id: str, lead: bool = False) -> frozenset[tuple[str, str]]:
        """Each two words written side by side in one article's sentences (`lead`: its headline's
        and first paragraph's), in lower case ("whole", "milk"): what a word the article shares
        with a question is said with."""
        def load() -> frozenset[tuple[str, str]]:
            pairs: set[tuple[str, str]] = set()
            for (text,) in self.conn.execute("SELECT lower(text) FROM sentences WHERE article_id = ? AND paragraph <= ?",
                                             [article_id, 1 if lead else 1 << 30]):
                words = _LETTERS.findall(text)
                pairs.update(zip(words, words[1:]))
            return frozenset(pairs)
        return self.memo("article_word_pairs", (article_id, lead), load)  # type: ignore[no-any-return]

    def headline_words(self, article_id: str) -> frozenset[str]:
        """Every index term of the article's headline (kept per store handle, as its terms are)."""
        return self.memo("headline_words", article_id, lambda: frozenset(self._paragraph_terms(article_id).get(0, ())))  # type: ignore[no-any-return]

    def headline_terms(self, article_id: str) -> frozenset[str]:
        """What the article as a whole is about: terms of its headline that recur in at least 40%
        of its body paragraphs. A sentence in a soy story need not repeat "soy" to be about soy."""
        cache: dict[str, frozenset[str]] = self.__dict__.setdefault("_headline_terms", {})
        if article_id not in cache:
            by_paragraph = self._paragraph_terms(article_id)
            headline = by_paragraph.get(0, set())
            body = [terms for p, terms in by_paragraph.items() if p != 0]
            kinds = self._headline_kinds(article_id)
            cache[article_id] = frozenset(
                t for t in headline if body and sum(t in b for b in body) >= (0.25 if t in kinds else 0.4) * len(body)
            )
        return cache[article_id]

    def _headline_kinds(self, article_id: str) -> frozenset[str]:
        """The headline's words naming the kind of the measure right after them, which the lead
        writes before that measure too: "soy" of "Paraguay soy exports sink" and "Paraguay's
        soybean exports fell". The story's goods, which its sentences often leave unsaid ("exports
        totalled 6.9 million tonnes"), though fewer of its paragraphs repeat them than its other
        topic words. ("UK regulator fines Mercia" names no kind: its lead's regulator fines nothing.)"""
        def pairs(text: str) -> set[tuple[str, frozenset[str]]]:
            tokens = tokenize(text)
            keys = token_keys(tokens)
            return {(tokens[i].lemma, keys[i + 1] & lexicon.MEASURES) for i in range(len(tokens) - 1)
                    if keys[i + 1] & lexicon.MEASURES and is_content(tokens[i]) and not keys[i] & lexicon.MEASURES
                    and not keys[i] & _MOVES}
        headline = pairs(self.paragraph(article_id, 0) or "")
        if not headline:
            return frozenset()
        tokens = tokenize(self.paragraph(article_id, 1) or "")
        keys = token_keys(tokens)
        return frozenset(kind for kind, measure in headline
                         if any(kind in keys[i] and keys[i + 1] & measure for i in range(len(tokens) - 1)))

    def lead_terms(self, article_id: str) -> frozenset[str]:
        """Words the story keeps coming back to: in its headline or first paragraph and in at
        least three paragraphs ("oil" in an OPEC story). Their absence from one sentence does not
        mean the sentence is about something else."""
        cache: dict[str, frozenset[str]] = self.__dict__.setdefault("_lead_terms", {})
        if article_id not in cache:
            by_paragraph = self._paragraph_terms(article_id)
            lead = by_paragraph.get(0, set()) | by_paragraph.get(1, set())
            cache[article_id] = frozenset(t for t in lead if sum(t in b for b in by_paragraph.values()) >= 3)
        return cache[article_id]

    def place_spread(self, article_id: str) -> tuple[int, bool]:
        """How many paragraphs the article's most-named place appears in, and whether the
        article leads with a place (headline or first paragraph). Kept like the rows: asked for
        every place a question names, in every gather."""
        def count() -> tuple[int, bool]:
            by_paragraph = self.places_by_paragraph(article_id)
            spread: dict[int, int] = defaultdict(int)
            for ids in by_paragraph.values():
                for entity_id in ids:
                    spread[entity_id] += 1
            return max(spread.values(), default=0), bool(by_paragraph.get(0) or by_paragraph.get(1))
        return cast(tuple[int, bool], self.memo("place_spread", article_id, count))

    def places_by_paragraph(self, article_id: str) -> dict[int, frozenset[int]]:
        """The ids of the places each paragraph of an article names (only paragraphs naming one)."""
        def load() -> dict[int, frozenset[int]]:
            rows = self.conn.execute(
                "SELECT s.paragraph, m.entity_id FROM mentions m JOIN entities e ON e.id = m.entity_id "
                "JOIN sentences s ON s.id = m.sentence_id WHERE m.article_id = ? AND e.kind = 'place'",
                [article_id],
            ).fetchall()
            out: dict[int, set[int]] = defaultdict(set)
            for paragraph, entity_id in rows:
                out[paragraph].add(entity_id)
            return {p: frozenset(ids) for p, ids in out.items()}
        return self.memo("places_by_paragraph", article_id, load)

    @cached_property
    def entity_initials(self) -> dict[str, str]:
        """ "mpc" -> "monetary policy committee": acronyms people type for long names."""
        out: dict[str, str] = {}
        # The most mentioned first: "SA" in a story on South Africa's citrus is not Saudi Arabia.
        names = [name for (name,) in self.conn.execute(
            "SELECT n.name FROM entity_names n LEFT JOIN mentions m ON m.entity_id = n.entity_id"
            " GROUP BY n.name ORDER BY COUNT(m.entity_id) DESC, n.name")]
        # With and without the small words ("BoE", "BE"), and every tail: "U.S. West Texas
        # Intermediate" is "WTI" as often as "USWTI". A name's whole initials come before
        # another's tail: "OT" is Oyu Tolgoi, not the tail of Erdenes Oyu Tolgoi.
        for tails in (False, True):
            for name in names:
                for words in (name.split(), [w for w in name.split() if w not in ("of", "the", "and", "for")]):
                    for start in range(1 if tails else 0, len(words) - 1 if tails else min(1, len(words) - 1)):
                        out.setdefault("".join(w[0] for w in words[start:]), name)
        return out

    @cached_property
    def place_names(self) -> frozenset[str]:
        """The normalised names of the places the store holds ("liaoning", "russian far east")."""
        return frozenset(r[0] for r in self.conn.execute(
            "SELECT DISTINCT n.name FROM entity_names n JOIN entities e ON e.id = n.entity_id WHERE e.kind = 'place'"))

    @cached_property
    def index_vocabulary(self) -> frozenset[str]:
        """Every term some stored sentence is indexed under (no lexicon words)."""
        words: set[str] = set()
        for (terms,) in self.conn.execute("SELECT terms FROM sentences"):
            words.update(terms.split())
        return frozenset(words)

    @cached_property
    def entity_name_index(self) -> frozenset[str]:
        return frozenset(r[0] for r in self.conn.execute("SELECT DISTINCT name FROM entity_names"))

    def facts_summary(self, article_id: str) -> dict[str, Any]:
        """Everything stored for one article, as plain data (for `factbot facts --json`)."""
        info = self.article(article_id)
        if info is None:
            raise StoreError(f"no article {article_id!r}")
        return {
            "article": _asdict(info),
            "figures": [_asdict(f) for f in self.article_figures(article_id)],
            "times": [_asdict(t) for t in self.article_times(article_id)],
            "entities": [_asdict(e) for e in self.article_entities(article_id)],
        }


def _spelling_words(lower: str, pattern: re.Pattern[str]) -> list[str]:
    """The words of a lowered sentence an acronym may spell, with dotted initials ("u.s.") as
    one word per letter ("u", "s"), which the word pattern alone drops."""
    if "." not in lower or not _DOTTED_INITIALS.search(lower):
        return pattern.findall(lower)
    words: list[str] = []
    at = 0
    for m in _DOTTED_INITIALS.finditer(lower):
        words += pattern.findall(lower, at, m.start())
        words += [c for c in m.group(0) if c != "."]
        at = m.end()
    return words + pattern.findall(lower, at)


def _hyphened_spelling(letters: list[str], rows: Sequence[Any]) -> str:
    """A hyphened compound of `rows` whose parts' initials are `letters` ("sts": "ship-to-shore"),
    or "". It goes before a run of separate words ("to study taking a 49% stake"): its "to" is
    a letter of the acronym, where the run of words must skip short words to spell one."""
    for (text,) in rows:
        if "-" in text:
            for compound in _HYPHENED.findall(text.lower()):
                parts = compound.split("-")
                if len(parts) == len(letters) and all(p[0] == c for p, c in zip(parts, letters)):
                    return compound
    return ""


def _group(rows: Sequence[Any], ids: Sequence[int]) -> dict[int, list[Any]]:
    """Rows by sentence id, with an empty list for the sentences that have none."""
    out: dict[int, list[Any]] = {i: [] for i in ids}
    for row in rows:
        out.setdefault(row.sentence_id, []).append(row)
    return out


def _asdict(row: Any) -> dict[str, Any]:
    return {name: getattr(row, name) for name in row.__slots__}


_ARTICLE_SELECT = """
SELECT a.id, a.title, a.date, a.weekday, a.source, a.url, a.content_hash, a.ingested_at, a.author,
  (SELECT count(*) FROM paragraphs p WHERE p.article_id = a.id AND p.number > 0),
  (SELECT count(*) FROM figures f WHERE f.article_id = a.id),
  (SELECT count(*) FROM times t WHERE t.article_id = a.id),
  (SELECT count(*) FROM entities e WHERE e.article_id = a.id)
FROM articles a"""

_FIGURE_COLUMNS = (
    'id, article_id, sentence_id, paragraph, raw, value, kind, scale, currency, unit, qualifier, direction, '
    'direction_word, measure, alt_raw, alt_value, alt_currency, alt_scale, start, "end", period_text, '
    "period_label, period_start, period_end"
)
_TIME_COLUMNS = 'id, article_id, sentence_id, paragraph, text, kind, start_date, end_date, label, open_end, anchor, start, "end"'


def _figure(r: Sequence[Any]) -> FigureRow:
    values = [("" if v is None else v) for v in r]
    values[15] = r[15]  # alt_value stays None when there is no conversion
    return FigureRow(*cast(list[Any], values))


def _time(r: Sequence[Any]) -> TimeRow:
    values = [("" if v is None else v) for v in r]
    values[9] = bool(values[9])
    return TimeRow(*cast(list[Any], values))


def _entity(r: Sequence[Any]) -> EntityRow:
    return EntityRow(r[0], r[1], r[2], r[3], tuple(json.loads(r[4])), tuple(json.loads(r[5])))


def _marks(values: Sequence[Any]) -> str:
    return ",".join("?" * len(values))


# The times and figures inserts: every column but the id, in the order _time_rows and _figure_rows give values.
_INSERT_TIMES = f"INSERT INTO times ({_TIME_COLUMNS[4:]}) VALUES ({_marks(_TIME_COLUMNS.split(',')[1:])})"
_INSERT_FIGURES = f"INSERT INTO figures ({_FIGURE_COLUMNS[4:]}) VALUES ({_marks(_FIGURE_COLUMNS.split(',')[1:])})"


def _time_rows(article_id: str, sid: int, paragraph: int, times: Sequence[Any]) -> list[tuple[Any, ...]]:
    return [
        (article_id, sid, paragraph, t.text, t.kind, _iso(t.start_date), _iso(t.end_date), t.label,
         int(t.open_end), t.anchor, t.start, t.end)
        for t in times
    ]


def _figure_rows(article_id: str, sid: int, paragraph: int, figures: Sequence[Any]) -> list[tuple[Any, ...]]:
    return [
        (article_id, sid, paragraph, f.raw, f.value, f.kind, f.scale, f.currency, f.unit, f.qualifier,
         f.direction, f.direction_word, f.measure, f.alt_raw, f.alt_value, f.alt_currency, f.alt_scale,
         f.start, f.end, period.text if period else "", period.label if period else "",
         _iso(period.start_date) if period else "", _iso(period.end_date) if period else "")
        for f, period in figures
    ]


def _iso(d: date | None) -> str:
    return d.isoformat() if d else ""


def _hash(text: str, overrides: Overrides | None) -> str:
    """Same text, same overrides and same extractor: nothing to do. A new EXTRACTOR_VERSION makes
    every article re-extract on its next ingest (the default store re-ingests at start)."""
    digest = hashlib.sha256(f"{EXTRACTOR_VERSION}\n{_lexicon_digest()}\n".encode())
    digest.update(text.replace("\r\n", "\n").encode("utf-8"))
    if overrides and overrides != Overrides():
        digest.update(repr(overrides).encode("utf-8"))
    return digest.hexdigest()[:16]


@lru_cache(maxsize=1)
def _lexicon_digest() -> str:
    """The synonym and word tables index every sentence, so editing them re-extracts like a new
    EXTRACTOR_VERSION does. Sets are sorted: their order changes from one process to the next."""
    def canonical(value: object) -> object:
        if isinstance(value, dict):
            return sorted((str(k), canonical(v)) for k, v in value.items())
        if isinstance(value, (frozenset, set)):
            return sorted(str(v) for v in value)
        return value
    tables = {name: canonical(value) for name, value in vars(lexicon).items() if name.isupper()}
    return hashlib.sha256(json.dumps(tables, sort_keys=True, default=str).encode()).hexdigest()[:16]


@lru_cache(maxsize=65536)
def normalise_name(name: str) -> str:
    """How entity names are compared: lowercase, no accents, no possessive, single spaces; an
    acronym's plural is the acronym ("SUVs" and "SUV" are one thing)."""
    if len(name) > 2 and name[-1] == "s" and name[:-1].isupper() and name[:-1].isalpha():
        name = name[:-1]
    if name.isascii() and name.replace(" ", "").isalnum():
        # Plain words and spaces, as most question words and runs of them are: nothing for the
        # accent, apostrophe and punctuation passes below to change, so only the case, a leading
        # "the" and the spaces. The same result without five regular-expression passes.
        text = name.lower().strip()
        if text.startswith("the "):
            text = text[4:]
        return " ".join(text.split())
    if name.isascii():
        text = name.lower()  # NFKD changes no ASCII character, and none of them is combining
    else:
        text = unicodedata.normalize("NFKD", name)
        text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    if "'" in text or "’" in text:  # both patterns need an apostrophe; most texts have none
        text = _POSSESSIVE_S.sub("", text)
        text = _INNER_APOSTROPHE.sub("", text)  # "Xi'an" is typed "xian"
    text = _NOT_NAME_CHARS.sub(" ", text).replace("-", " ")
    text = _LEADING_THE.sub("", text.strip())
    return " ".join(text.split())  # runs of whitespace as one space, none at the ends (\s is str.isspace)


_POSSESSIVE_S = re.compile(r"['’]s\b")
_INNER_APOSTROPHE = re.compile(r"(?<=\w)['’](?=\w)")
_NOT_NAME_CHARS = re.compile(r"[^\w\s-]")
_LEADING_THE = re.compile(r"^the\s+")


def article_slug(title: str, day: date | None) -> str:
    words = [w for w in normalise_name(title).split() if w not in {"a", "an", "the", "of", "in", "and", "to", "for", "on"}]
    slug = "-".join(words[:6])[:60].strip("-") or "article"
    return f"{day.isoformat()}-{slug}" if day else slug


__all__ = [
    "ArticleError", "ArticleInfo", "EntityRow", "FigureRow", "IngestResult", "MentionRow", "Overrides",
    "SentenceRow", "Store", "StoreError", "TimeRow", "article_slug", "normalise_name",
]
