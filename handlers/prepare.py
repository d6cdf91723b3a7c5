"""`prepare(store)`: the question-independent work of answering, done once when a store is opened.

Answering keeps per store handle (``Store.memo``, the row caches, the cached properties) many
facts about the store that no question changes: each sentence's facts, each paragraph's dates,
each article's headline words, the typo index of the store's words, which sentences hold each
index term ... Left lazy, each is worked out by whichever question first needs it, so a cold
store's first questions cost far more than the same questions later (the dev set's median some
15% in instructions, its mean some 40%). A serving process (the bot, the console chat,
`factbot eval`) calls `prepare` once after opening its store, so that its users' first questions
cost what later ones do.

Every value is made by the very function (and under the very memo name and key) answering
uses, so a prepared store answers exactly as a lazy one: only when the work is done changes. A
write clears all of it (Store._forget_caches); answering then fills it lazily again, as before.

Bounded: a store of more than PREPARE_ARTICLES articles is left lazy (on the 1,000-article bench
store the store-wide indexes alone took 5 s, the per-article facts would take far more and much
memory, and any one question reads a few of its articles).
"""

from __future__ import annotations

from functools import partial

from knowledge.store import SentenceRow, Store, normalise_name
from knowledge.lexicon import STOPWORDS
from knowledge.text import Token, tokenize

from handlers import answering as an
from handlers import evidence as ev
from handlers import query as qy
from handlers import what as wh
from handlers import when as wn
from handlers.suggest import _figure_questions

# Stores with at most this many articles are prepared (the seed store has 1; a question file's own
# store 1-3). Preparing the seed store costs some 50-100 ms, most of it per article.
PREPARE_ARTICLES = 40


def prepare(store: Store, max_articles: int = PREPARE_ARTICLES) -> None:
    """Work out now what answering would work out lazily and keep per store handle."""
    # answer() starts with store.refresh(), which clears every cache of a handle that has not
    # yet noted the store's data version: noted now, or the first question would throw it all away.
    store.refresh()
    if store.article_count() > max_articles:
        return
    _store_wide(store)
    for article in store.articles():
        _prepare_article(store, article.id)
    _prepare_terms(store)
    _prepare_words(store)
    _prepare_token_indexes(store)
    _prepare_reason_cues(store)


def _store_wide(store: Store) -> None:
    """The indexes over the whole store: vocabularies, the typo index, the names."""
    for name in ("vocabulary", "word_pairs", "index_vocabulary", "entity_name_index", "place_names", "entity_initials"):
        getattr(store, name)  # cached properties: made on first read
    qy._choices(store)
    qy._lexicon_slip_index()  # per process, pure (an lru_cache)
    qy._slip_index(store)
    qy._inner_name_words(store)
    qy._vocabulary_by_dropped_letter(store)  # the dropped-letter repair's index of the store's words
    store.memo("capitals_by_place", None, lambda: qy._capitals_by_place(store))
    store.memo("takeover_targets", None, lambda: qy._takeover_targets(store))
    store.memo("central_banks", None, lambda: qy._central_banks(store))
    qy.headline_homes(store)


def _prepare_terms(store: Store) -> None:
    """Which sentences hold each index term (search_sentence_ids' per-term look-up), for every
    term the store indexes: a question's words the store lacks are never looked up."""
    limit = ev.FTS_LIMIT  # the only limit answering asks with (evidence._candidates)
    for term in sorted(store.index_vocabulary):
        store.memo("term_sentences", (term, limit), partial(store._sentences_with, term, limit))


def _prepare_words(store: Store) -> None:
    """What the question parser works out per word, for each word the store itself writes: its
    typo repair (kept by the word and its lemma, as tokenize gives them: "Liaoning" and "liaoning"
    alike), and the entities each stored name alone names."""
    tokens = _store_tokens(store)
    keys = {(t.lower, t.lemma) for t in tokens}
    # The closed-class words nearly every question is made of ("how", "did", "the"), which a story
    # need not write: their repairs too, and which words of both kinds start no name.
    keys.update((t.lower, t.lemma) for t in tokenize(" ".join(sorted(STOPWORDS))))
    # The call _correct_typos makes, for these keys.
    store.memo_many("typo_repair", sorted(keys), lambda wanted: {key: qy._typo_repair(key[0], key[1], store) for key in wanted})
    qy.prepare_inert_words(store, _written_forms_of(tokens))
    articles = [a.id for a in store.articles()]
    for name in sorted(store.entity_name_index):
        store.entities_named([name])
        store.entities_named([name], articles)


def _store_tokens(store: Store) -> list[Token]:
    """The tokens of every sentence, as written and in lower case as a question types it
    ("shenyang", "chinese"), and of every stored name."""
    tokens: list[Token] = []
    for (text,) in store.conn.execute("SELECT text FROM sentences"):
        tokens += tokenize(text)
        tokens += tokenize(text.lower())
    for name in store.entity_name_index:
        tokens += tokenize(name)
    return tokens


def _written_forms(store: Store) -> list[str]:
    """The words prepare_inert_words is given for this store (see _written_forms_of)."""
    return _written_forms_of(_store_tokens(store))


def _written_forms_of(tokens: list[Token]) -> list[str]:
    """The tokens' texts (the words _match_entities looks up by their text), after the
    closed-class words as a question writes them, lower case or opening it ("How", "the"):
    prepare_inert_words keeps a bounded number, and nearly every question is made of these."""
    closed = sorted({form for word in STOPWORDS for form in (word, word.capitalize())})
    return closed + sorted({t.text for t in tokens} - set(closed))


# evidence._token_index keeps 1,024 sentence indexes: prepare fills at most half, leaving room for
# the asides' variants of the sentences the questions reach.
TOKEN_INDEXES_PREPARED = 512
# what.reason_cues keeps CUES_KEPT (sentence, pattern) pairs: prepare fills at most half of them
# (two patterns a sentence), leaving room for the sentences of stores opened later.
REASON_CUES_PREPARED = wh.CUES_KEPT // 4


def _prepare_reason_cues(store: Store, limit: int = REASON_CUES_PREPARED) -> None:
    """The reason cues of each sentence (what.reason_cues, for both cue patterns), which a
    why-question reads in its best sentences: up to `limit` sentences, in id order."""
    for (text,) in store.conn.execute("SELECT text FROM sentences ORDER BY id LIMIT ?", (limit,)):
        for pattern in (wh._STRONG_REASON, wh._WEAK_REASON):
            wh.reason_cues(pattern, text)


def _prepare_token_indexes(store: Store, limit: int = TOKEN_INDEXES_PREPARED) -> None:
    """Each sentence's token index, as token_distance reads it for a time or a name (nothing
    skipped) and for each of its figures (that figure's asides skipped): the when, where and figure
    handlers rank by it, and each built the index of a sentence it first ranked (about a tenth of
    a when-question's instructions). The sentences in id order, up to `limit` indexes."""
    made = 0
    for sid, text in store.conn.execute("SELECT id, text FROM sentences ORDER BY id"):
        skips = {()} | {ev._asides_around(text, f.start, f.end) for f in store.figures_in([sid])}
        for skip in sorted(skips):
            if made >= limit:
                return
            ev._token_index(text, skip)
            made += 1


def _prepare_article(store: Store, article_id: str) -> None:
    count = store.memo("paragraph_count", article_id, lambda: store.paragraph_count(article_id))
    sentences: dict[int, SentenceRow] = {}
    for number in range(count + 1):
        store.paragraph(article_id, number)
        for s in store.paragraph_sentences(article_id, number):
            sentences[s.id] = s
    _prepare_paragraphs(store, article_id, count)
    _prepare_sentences(store, sentences)
    _prepare_headline(store, article_id)
    _prepare_entities(store, article_id)


def _prepare_paragraphs(store: Store, article_id: str, count: int) -> None:
    for number in range(count + 1):
        key = (article_id, number)
        store.memo("paragraph_dating", key, lambda key=key: ev._paragraph_dating(store, key))
        store.memo("carried_places", key, lambda key=key: ev._carried_into(store, *key))
        store.memo("partners_opening", key, lambda key=key: ev._partners_opening(store, key))


def _prepare_sentences(store: Store, sentences: dict[int, SentenceRow]) -> None:
    """Each sentence's rows and facts (_Prepared.of's per-sentence part, question-independent)."""
    if not sentences:
        return
    store.sentences(sentences)
    own = store.memo_many("sentence_rows", sentences, lambda ids: ev._OwnRows.read(store, ids))
    rows = ev._SentenceRows({sid: list(own[sid].mentions) for sid in sentences}, {sid: list(own[sid].figures) for sid in sentences},
                            {sid: list(own[sid].times) for sid in sentences}, {})
    for sid, s in sentences.items():
        ev._candidate_own(store, sid, s, rows)  # its facts, headline topic and antecedent, as a gather keeps them
        ev._compound_splits(s.terms)  # (a pure function of its terms, in a bounded cache: _closed_compound_of)
        store.memo("speaker_before", sid, lambda sid=sid, s=s: ev._speaker_before(store, sid, s))
        store.memo("subject_before", sid, lambda sid=sid, s=s: ev._subject_before(store, sid, s))
        # (what the answer's focus reads of the sentence, from the very pairs a gather hands out)
        store.memo("sentence_focus", sid, lambda sid=sid, s=s: an._sentence_focus_of(list(own[sid].mentions), s.text))
        for t in own[sid].times:
            wn.time_cues(store, s.text, t)  # (what the words around each of its times say, as rank_times reads them)


def _prepare_headline(store: Store, article_id: str) -> None:
    """What an article's headline and lead say, and its figures' follow-up questions."""
    store.headline_words(article_id)
    store.headline_terms(article_id)
    store.lead_terms(article_id)
    store.article_terms(article_id)
    store.article_word_pairs(article_id)
    store.article_word_pairs(article_id, lead=True)
    store.article_figures(article_id)
    store.article_times(article_id)
    store.place_spread(article_id)
    store.article(article_id)  # (its row: the date scoring reads, _article_dates)
    ev._words_after(store, article_id)  # (the pairs by first word _sibling_named reads)
    ev._headline_and_lead_words(store, article_id)  # (and the lead's words it joins)
    ev._headline_siblings(store, article_id)
    ev._first_headline_place(store, article_id)
    ev._roled_places(store, article_id)
    store.memo("lead_opening_body", article_id, lambda: ev._lead_opening_body(store, article_id))
    store.memo("figure_questions", article_id, lambda: _figure_questions(store, article_id))


def _prepare_entities(store: Store, article_id: str) -> None:
    """Each entity's rank as the story's topic, and the bodies the story gives each nation it names."""
    entities = store.article_entities(article_id)
    by_id = store.entities_by_id([e.id for e in entities])
    store.entity_paragraphs(by_id)
    for entity in by_id.values():
        ev.topic_rank(store, entity)
    countries = {ev._country_asked(normalise_name(name)) for e in by_id.values() if e.kind == "place"
                 for name in (e.name, *e.aliases)} - {""}
    for country in sorted(countries):
        ev._article_bodies_of(store, article_id, country)
