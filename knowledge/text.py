"""Words -> lemmas -> meaning keys, the same way for article sentences and for questions.

A token's keys are its lemma plus every synonym class it belongs to (see lexicon.py). Sentences are
indexed by the union of their keys; a question term matches a sentence when their keys meet.
"""

from __future__ import annotations

import importlib.util
import os
import re
import sys
import types
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import NamedTuple


def _import_simplemma_english_rules_only() -> None:
    """Import simplemma with its suffix rules for English only: the other twenty languages' rule
    modules (Finnish and Spanish compile large patterns) were 60-90 ms of `factbot ask`, and
    factbot lemmatises English alone.

    simplemma.strategies.rules binds the dict simplemma.strategies.defaultrules.RULE_FUNCTIONS
    (language -> rule function) as RulesStrategy's default when it is imported, and nothing else
    reads that package. So before simplemma is first imported, that package is put in
    sys.modules as a module with the same directory and an empty dict, and after it, English's own
    rule module (defaultrules/en.py, imported from that directory as usual) is entered. English
    lemmas are simplemma's own (tests/knowledge/test_text.py compares them with a plain import).
    Should simplemma's layout change so that this does not fit, the stand-in is dropped and
    simplemma imported as it is; where simplemma is imported already, nothing is done."""
    if "simplemma" in sys.modules:
        return
    spec = importlib.util.find_spec("simplemma")
    if spec is None or not spec.submodule_search_locations:
        return  # not installed: `import simplemma` below says so
    name = "simplemma.strategies.defaultrules"
    rules = types.ModuleType(name, "simplemma's rule functions, for English only (knowledge.text)")
    rules.__path__ = [os.path.join(list(spec.submodule_search_locations)[0], "strategies", "defaultrules")]
    table: dict[str, object] = {}
    rules.RULE_FUNCTIONS = table  # type: ignore[attr-defined]
    sys.modules[name] = rules
    try:
        import simplemma.strategies.rules
        from simplemma.strategies.defaultrules.en import apply_en

        if simplemma.strategies.rules.RULE_FUNCTIONS is not table:
            raise ImportError("simplemma does not read its rules from defaultrules.RULE_FUNCTIONS")
        table["en"] = apply_en
    except ImportError:
        for module in [m for m in sys.modules if m == "simplemma" or m.startswith("simplemma.")]:
            del sys.modules[module]


_import_simplemma_english_rules_only()

import simplemma  # noqa: E402
from simplemma.strategies import DefaultStrategy, DictionaryLookupStrategy  # noqa: E402
from simplemma.strategies.dictionaries import DefaultDictionaryFactory, DictionaryFactory  # noqa: E402
from simplemma.strategies.dictionaries.trie_dictionary_factory import TrieDictionaryFactory  # noqa: E402

from knowledge.lexicon import AS_WRITTEN, LEMMA_OVERRIDES, STOPWORDS, SYNONYMS  # noqa: E402

# "e-commerce" is one word, not "e" and "commerce" (which would mean trade).
_TOKEN = re.compile(r"\b[^\W\d_]-[^\W\d_]+|[^\W\d_]+(?:['’][^\W\d_]+)*|\d+(?:[.,]\d+)*", re.UNICODE)
_MAX_PHRASE = 4


class Token(NamedTuple):
    """One word of a text; a tuple, since every question and sentence makes dozens."""

    text: str
    lower: str
    lemma: str
    start: int
    end: int


def _canonical(name: str) -> str:
    return name.replace(" ", "").replace("-", "")


@lru_cache(maxsize=1)
def _phrase_table() -> dict[tuple[str, ...], frozenset[str]]:
    """Lemma sequence -> the classes it belongs to."""
    table: dict[tuple[str, ...], set[str]] = {}
    for name, variants in SYNONYMS.items():
        for variant in (name, *variants):
            # Both the lemmas and the words as written: simplemma reads "lay" as a form of "lie".
            # Split as the tokenizer splits text: "non-performing loan" is three tokens there.
            parts = [t.lower for t in tokenize(variant)]
            lemmas = tuple(lemma(w) for w in parts)
            # "lower" and "higher" move; their lemmas "low" and "high" do not ("the lowest since
            # March 2024" is no cut): a comparative is kept as written.
            comparative = any(w != lm and w.endswith("er") for w, lm in zip(parts, lemmas))  # "costlier": "costly"
            # "opening" (capacity) means first, but its lemma "open" does not: "when did the port
            # open" is no "first 10 months". Such variants are matched only as written.
            gerund = variant in AS_WRITTEN
            for words in ((tuple(parts),) if comparative or gerund else (lemmas, tuple(parts))):
                table.setdefault(words, set()).add(_canonical(name))
    return {k: frozenset(v) for k, v in table.items()}


@lru_cache(maxsize=1)
def _factory() -> DictionaryFactory:
    """simplemma's dictionaries, from the trie it caches on disk (its marisa-trie extra):
    decoding the packaged dictionary was half of `factbot ask`'s start-up, the cached trie loads in
    a fraction of that. Same data, same lemmas; without the extra, the packaged dictionary."""
    try:
        return TrieDictionaryFactory()
    except ImportError:
        return DefaultDictionaryFactory()


@lru_cache(maxsize=1)
def _english() -> tuple[simplemma.Lemmatizer, DictionaryLookupStrategy]:
    """The lemmatiser, and the look-up is_known_word asks."""
    factory = _factory()
    return (simplemma.Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=factory)),
            DictionaryLookupStrategy(dictionary_factory=factory))


@lru_cache(maxsize=1)
def _english_forms() -> Mapping[str, str]:
    """The English dictionary itself: word form -> lemma."""
    return _factory().get_dictionary("en")


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    lower = word.lower()
    if not lower.isalpha() or len(lower) <= 2:
        return lower
    if lower in LEMMA_OVERRIDES:
        return LEMMA_OVERRIDES[lower]
    result = (_english()[0].lemmatize(lower, "en") or lower).lower()
    if result == lower and not is_known_word(lower):
        result = _strip_plural(lower)  # words simplemma does not know: "foodgrains", "electrolysers"
    if result.endswith("ll") and lower.endswith(("lled", "lling")):
        # British "cancelled" reads as "cancell", no word: the American "canceled" gives the
        # verb ("cancel"); "filled" is left alone ("filed" is another verb).
        american = lower[:-4] + lower[-3:] if lower.endswith("lled") else lower[:-5] + lower[-4:]
        single = (_english()[0].lemmatize(american, "en") or american).lower()
        if single == result[:-1]:
            result = single
    return result


@lru_cache(maxsize=65536)
def is_known_word(word: str) -> bool:
    """Whether English has this word (simplemma's dictionary): asked of every question word, and
    a dictionary look-up costs far more than a cache hit."""
    return _english()[1].get_lemma(word, "en") is not None


def in_dictionary(word: str) -> bool:
    """is_known_word, read from the dictionary itself for a word of lowercase ASCII letters and
    not kept. The typo repairs ask it of up to 150 made-up spellings a word, nearly none of them
    words: simplemma's look-up costs twice the two reads it makes for such a word, and keeping
    every miss would only crowd is_known_word's cache. Those reads are simplemma's: the word as
    written, then capitalised (its case flipped); English canonicalises nothing, and apostrophe
    variants need an apostrophe ("ʼ" counts as a letter, so any other word goes the long way)."""
    if not (word.isascii() and word.isalpha() and word.islower()):
        return is_known_word(word)
    return in_dictionary_lower_ascii(word)


def in_dictionary_lower_ascii(word: str) -> bool:
    """in_dictionary of a word the caller knows is lowercase ASCII letters: the typo repairs make
    their 150 spellings from such a word, so the test is made once for the word, not per spelling."""
    has = _dictionary_has()
    return has(word) or has(word.capitalize())


def name_only(word: str) -> bool:
    """Whether the dictionary has this lowercase word only capitalised, as a name ("thessaloniki"
    is Thessaloniki), not as a word of its own ("rail", "china")."""
    has = _dictionary_has()
    return not has(word) and has(word.capitalize())


def dictionary_has() -> Callable[[str], bool]:
    """The English dictionary's own key test (see _dictionary_has), for a caller that makes many
    spellings of one word and tests each exactly as in_dictionary_lower_ascii does."""
    return _dictionary_has()


@lru_cache(maxsize=1)
def _dictionary_has() -> Callable[[str], bool]:
    """Whether the English dictionary has this key, as `_english_forms().get(key) is not None`
    says. simplemma keeps the dictionary in a marisa trie (TrieWrapDict) whose get decodes the
    value through two Python calls; the trie's own membership test answers the same (a key it
    holds always has a value) in a third of the time. Any other mapping is read as before."""
    forms = _english_forms()
    contains = getattr(getattr(forms, "_trie", None), "__contains__", None)
    if contains is not None and type(forms).__name__ == "TrieWrapDict":
        return contains  # type: ignore[no-any-return]
    return lambda key: forms.get(key) is not None


def dictionary_reach(word: str) -> int:
    """The length of the longest head of `word` (word[:n]) that some key of the English dictionary
    starts with: no key holds a longer head, so no spelling that keeps one (a letter put back
    further on) can be a key. A key that starts with word[:n] starts with every shorter head, so
    the heads that some key starts with are those up to the reach, found by bisection. With a
    mapping other than simplemma's trie, every head may start a key: len(word)."""
    starts = _dictionary_starts()
    if starts is None or starts(word):
        return len(word)
    low, high = 0, len(word) - 1  # word[:low] starts a key (the empty head starts them all)
    while low < high:
        middle = (low + high + 1) // 2
        if starts(word[:middle]):
            low = middle
        else:
            high = middle - 1
    return low


@lru_cache(maxsize=1)
def _dictionary_starts() -> Callable[[str], bool] | None:
    """Whether some key of the English dictionary starts with this text: the trie's own ordered
    walk (iterkeys), stopped at its first key. None for a mapping that is no marisa trie."""
    forms = _english_forms()
    trie = getattr(forms, "_trie", None)
    if trie is None or type(forms).__name__ != "TrieWrapDict" or not hasattr(trie, "iterkeys"):
        return None

    def starts(prefix: str) -> bool:
        return next(iter(trie.iterkeys(prefix)), None) is not None

    return starts


def _strip_plural(word: str) -> str:
    if len(word) <= 4 or word.endswith(("ss", "us", "is", "ics")):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    return word[:-1] if word.endswith("s") else word


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text):
        word, lower, lemma_ = _word_forms(match.group())
        start = match.start()
        tokens.append(_new_tuple(Token, (word, lower, lemma_, start, start + len(word))))
    return tokens


# A Token made as NamedTuple._make makes it, without the keyword handling of Token(...): the
# same tuple, in a fifth less time for each of the dozens of words of every question and sentence.
_new_tuple = tuple.__new__


@lru_cache(maxsize=65536)
def _word_forms(raw: str) -> tuple[str, str, str]:
    """A matched word as a token holds it: (the word, lower case, lemma). Kept by the word as
    written, since every question and sentence is made of the same few thousand words."""
    # Possessives name the owner: "Liaoning's" is Liaoning.
    word = raw[:-2] if raw.endswith(("'s", "’s")) and not raw[0].isdigit() else raw
    lower = word.lower()
    # "PGMs", "SUVs", "EVs": the plural of an acronym is the acronym.
    stem_ = lower[:-1] if len(word) >= 3 and word.endswith("s") and word[:-1].isupper() else lower
    return word, lower, lemma(stem_)


# "monthly inflation" is a kind of inflation, not inflation in some month.
_PERIOD_ADVERBS = frozenset("monthly weekly yearly quarterly hourly nightly annually".split())


# Nouns in -ation that mean something else than their verb: "inflation" is not "inflated".
_OWN_NOUNS = frozenset("inflation population information education location relation situation foundation"
                       " production solution institution resolution revolution".split())


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude stem, so "buying" meets "buy" and "approved" meets "approve" when the
    lemmatiser keeps a word as it is (it reads "buying" as a noun)."""
    if len(word) < 5 or not word.isalpha():
        return word
    if word.endswith("ly") and len(word) >= 7 and word not in _PERIOD_ADVERBS:
        word = word[:-2]  # "privately" meets "private", "sharply" "sharp"
    if word.endswith("ator") and len(word) >= 7:
        return word[:-2]  # "operator" meets "operates", "regulator" "regulated", "negotiator" "negotiate"
    if word.endswith("ation") and len(word) >= 9 and word not in _OWN_NOUNS:
        return word[:-3]  # "integration" meets "integrate", "negotiation" "negotiated"
    if word.endswith(("ction", "ution")) and len(word) >= 9 and word not in _OWN_NOUNS:
        return word[:-3]  # "bring prosecutions" meets "prosecute", "a cash injection" "inject"
    if word.endswith(("ision", "usion")) and len(word) >= 8:
        return word[:-4] + "d"  # "a decision is expected" meets "decide", "conclusion" "conclude"
    if word.endswith("ension") and len(word) >= 9:
        return word[:-4] + "d"  # "the quay extension" meets "extend its quay", "suspension" "suspend"
    for suffix in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if len(word) >= 4 and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]  # "cutting" -> "cutt" -> "cut"
    return word


def token_keys(tokens: list[Token]) -> list[frozenset[str]]:
    """Per token: its lemma, its stem, and every class of every phrase that covers it."""
    return _keys([t.lemma for t in tokens], [t.lower for t in tokens])


def _keys(lemmas: list[str], words: list[str]) -> list[frozenset[str]]:
    """token_keys of the tokens with these lemmas and lowercase words."""
    table = _phrase_table()
    openers = _phrase_openers()
    keys = [_word_keys(lm, w) for lm, w in zip(lemmas, words)]
    particles: dict[int, bool] = {}  # a covered "up"/"down": does some phrase over it mean a direction?
    # Phrases of two or three words only where one can start: most words open none.
    for i in range(len(lemmas)):
        if lemmas[i] not in openers and words[i] not in openers:
            continue
        for size in range(2, _MAX_PHRASE + 1):
            if i + size > len(lemmas):
                break
            classes = table.get(tuple(lemmas[i : i + size]), _NO_CLASSES) | table.get(tuple(words[i : i + size]), _NO_CLASSES)
            if classes:
                for j in range(i, i + size):
                    keys[j] = keys[j] | classes
                    if words[j] in _PARTICLES:
                        particles[j] = particles.get(j, False) or bool(classes & _DIRECTIONS)
    if not _SPLIT_PARTICLES.isdisjoint(words):
        _split_phrases(lemmas, words, keys, table)
    if not _EARNING_WORDS.isdisjoint(lemmas):
        for i in range(len(lemmas)):
            if lemmas[i] in _EARNING_WORDS and _per_share_follows(words, i):
                keys[i] = keys[i] | _EPS_KEYS
    if "generate" in lemmas:
        for i in range(len(lemmas)):
            if lemmas[i] == "generate" and _income_follows(lemmas, i):
                keys[i] = keys[i] | _REVENUE_KEYS
    # "down tools" is a strike, "broke down" a breakdown and "set up" a founding: the particle's own
    # "fall" or "rise" goes, or a strike question would ask for a fall ("slow down" keeps its own).
    for j, directed in particles.items():
        if not directed:
            keys[j] = keys[j] - _DIRECTIONS
    return keys


_NO_CLASSES: frozenset[str] = frozenset()
# "pay the loan back", "paid it off": a verb and its particle with a short object between them
# mean what the two together do ("pay back": repay). Not "up"/"down", which move amounts, nor "out"
# ("put these numbers out" would be any "said" of any group).
_SPLIT_PARTICLES = frozenset({"back", "off"})
_OBJECT_STARTS = frozenset("the a an its their his her it them this that these those some".split())


def _split_phrases(lemmas: list[str], words: list[str], keys: list[frozenset[str]],
                   table: dict[tuple[str, ...], frozenset[str]]) -> None:
    """Adds to a verb and its particle the classes of the two as a phrase, when one to three
    words opening with a determiner or pronoun stand between them."""
    for j, word in enumerate(words):
        if word not in _SPLIT_PARTICLES:
            continue
        for i in range(max(0, j - 4), j - 1):
            if words[i + 1] in _OBJECT_STARTS and (classes := table.get((lemmas[i], word), _NO_CLASSES)):
                keys[i] = keys[i] | classes
                keys[j] = keys[j] | classes
                break
# "earned $1.62 per share", "adjusted earnings of $2.95 to $3.25 per share": earnings per share
# (EPS) with the figure between, which no contiguous phrase of the table covers.
_EARNING_WORDS = frozenset({"earn", "earnings", "earning"})
_EPS_KEYS = frozenset({"eps"})
_EPS_WINDOW = 8  # tokens after the earning word: "of $2.95 to $3.25 per share"


def _per_share_follows(words: list[str], i: int) -> bool:
    """ "per share" or "a share" within a few tokens after position i."""
    end = min(len(words) - 1, i + _EPS_WINDOW)
    return any(words[j + 1] in ("share", "shares") and words[j] in ("per", "a") for j in range(i + 1, end))


# "expects the port to generate about 60 billion CFA francs a year in fees and taxes": what a
# thing generates "in" fees, taxes or sales is what it earns, its revenue, though "generate" alone
# is output (power, jobs); the figure stands between the verb and its kind, so no phrase covers it.
_INCOME_KINDS = frozenset({"fee", "tax", "revenue", "royalty", "income", "sale", "sales", "duty", "levy", "toll", "receipt", "dividend"})
_REVENUE_KEYS = frozenset({"revenue"})
_INCOME_WINDOW = 12  # tokens after "generate": "about 60 billion CFA francs ($98 million) a year in"


def _income_follows(lemmas: list[str], i: int) -> bool:
    """ "in" and a kind of income within a few tokens after position i."""
    end = min(len(lemmas) - 1, i + _INCOME_WINDOW)
    return any(lemmas[j] == "in" and lemmas[j + 1] in _INCOME_KINDS for j in range(i + 1, end))


def word_keys(lemma_: str, lower: str) -> frozenset[str]:
    """One word's keys by itself, without the phrases it is part of (token_keys adds those)."""
    return _word_keys(lemma_, lower)


@lru_cache(maxsize=65536)
def _word_keys(lemma_: str, lower: str) -> frozenset[str]:
    """One word's keys by itself: its lemma, its stem, and the classes it is a one-word phrase of."""
    table = _phrase_table()
    keys = {lemma_, stem(lemma_)}
    if lower.endswith("ically") and len(lower) >= 9:
        # "strategically important" / "gaining new strategic significance": the adverb of an
        # adjective in -ic is that adjective ("economically" "economic").
        keys.add(lower[:-4])
    keys |= _able_base(lower)
    return frozenset(keys | table.get((lemma_,), _NO_CLASSES) | table.get((lower,), _NO_CLASSES))


def _able_base(lower: str) -> set[str]:
    """The verb an adjective in -able is made of: "can't be sustained" / "is simply not sustainable",
    "can't afford" / "is simply unaffordable" (the "un-" says no more than the question's "can't").
    Only a verb English has: "capable" is no "cap"."""
    if not lower.endswith("able") or len(lower) < 8:
        return set()
    base = lower[:-4]
    if base.startswith("un") and len(base) >= 6 and is_known_word(base[2:]):
        base = base[2:]
    return {base} if is_known_word(base) else set()


@lru_cache(maxsize=1)
def _phrase_openers() -> frozenset[str]:
    """The first words (lemmas or as written) of the phrases of two words or more."""
    return frozenset(words[0] for words in _phrase_table() if len(words) > 1)


_PARTICLES = frozenset({"up", "down"})
_DIRECTIONS = frozenset({"rise", "fall"})


def is_content(token: Token) -> bool:
    return _is_content_word(token.lower, token.lemma)


def _is_content_word(lower: str, lemma_: str) -> bool:
    return lower not in STOPWORDS and lemma_ not in STOPWORDS and not lower.isdigit()


def index_terms(text: str, extra: tuple[str, ...] = ()) -> str:
    """The words an FTS index holds for a sentence: every key of every content token.

    Reads the words' forms straight from _word_forms, the cache tokenize reads them from: every
    sentence of every ingested article comes here, and a Token with its offsets for each word
    (which this does not need) was most of the cost."""
    forms = [_word_forms(raw) for raw in _TOKEN.findall(text)]  # the words tokenize would give
    words = [lower for _, lower, _ in forms]
    lemmas = [lemma_ for _, _, lemma_ in forms]
    terms: set[str] = set(extra)
    for word, lemma_, keys in zip(words, lemmas, _keys(lemmas, words)):
        if _is_content_word(word, lemma_):
            terms.update(keys)
    # t.isalnum() is _FTS_SAFE.fullmatch(t) (\w is a letter, digit or number, or "_"), a regular
    # expression's call saved for each of some forty terms a sentence.
    return " ".join(sorted(t for t in terms if t.isalnum()))


_FTS_SAFE = re.compile(r"[^\W_]+", re.UNICODE)


def fts_query(terms: set[str] | list[str]) -> str:
    """An FTS5 MATCH expression that ORs quoted terms; user text never reaches MATCH raw."""
    safe = sorted({t for t in terms if t and _FTS_SAFE.fullmatch(t)})
    return " OR ".join(f'"{t}"' for t in safe)


def fts_query_all(groups: list[set[str]]) -> str:
    """Every group must match (AND), any word of a group will do (OR): "container" and "train"."""
    parts = [fts_query(g) for g in groups]
    return " AND ".join(f"({p})" for p in parts if p)


@lru_cache(maxsize=1)
def lexicon_words() -> frozenset[str]:
    """Every lemma the synonym table knows, so misspellings of them can be corrected."""
    words = {w for phrase in _phrase_table() for w in phrase}
    words |= {c for classes in _phrase_table().values() for c in classes}
    plurals = {_plural(w) for w in words if w.isalpha()}
    return frozenset(words | plurals)


def _plural(word: str) -> str:
    """ "box": "boxes", never "boxs", which kept the typo "boxs" from being read as "boxes"
    ("how mnay balikbayan boxs"); "day": "days", not "daies"."""
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "o", "u"):
        return word[:-1] + "ies"
    return word + "es" if word.endswith(("s", "x", "z", "ch", "sh")) else word + "s"


@lru_cache(maxsize=16384)
def phrase_keys(text: str) -> frozenset[str]:
    """Every key of every word of a short phrase (a figure's measure, an entity's role); cached,
    since the same few phrases are compared with question after question."""
    return frozenset(k for keys in token_keys(tokenize(text)) for k in keys)
