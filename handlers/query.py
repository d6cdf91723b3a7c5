"""Question text -> Query: the intent, and the slots the answer must agree with.

Slots: content terms (lemmas + synonym classes, typos corrected against the store's vocabulary),
entities named (matched to the store's names and aliases, fuzzily), periods (resolved like the
article's own dates), numbers, direction (rise / fall), the kind of figure wanted, and for
"how many X" the counted noun and its modifiers ("Russian" in "how many Russian firms").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import compress
from operator import attrgetter

from rapidfuzz import process
from rapidfuzz.distance import OSA

from knowledge import gazetteer as gz
from knowledge.dates import MONTHS, find_times
from knowledge.entities import canonical_place
from knowledge.lazy_re import ASCII_LOOKALIKES, Guarded, GuardedGroup, lazy_compile
from knowledge.lexicon import GENERIC, GOODS_FLOWS, KINDS, MEASURES, OPPOSITES, OVERVIEW_WORDS, PRICE_NOUNS, ROLES, STOPWORDS, SYNONYMS, TITLE_EXACT, VALUE_WORDS
from knowledge.models import TimeExpr
from knowledge.numbers import SMALL_COUNTS, currency_of_word, find_figures, is_currency_word, parse_number
from knowledge.store import EntityRow, Store, normalise_name
from knowledge.text import Token, dictionary_has, dictionary_reach, in_dictionary, is_content, is_known_word, lemma, name_only, lexicon_words, phrase_keys, stem, token_keys, tokenize, word_keys

MAX_QUESTION_CHARS = 500


@dataclass(frozen=True, slots=True)
class Term:
    word: str  # as the user typed it (after typo correction)
    lemma: str
    keys: frozenset[str]
    required: bool  # topic words must be found; generic ones ("happen", "figure") only help
    position: int
    # "how much did Tsurugi take in": a required word that counts when found ("collected" for
    # "take in") but is never missing, the text stating the amount in a verb of its own
    soft: bool = False


@dataclass(slots=True)
class Query:
    text: str
    intent: str
    terms: list[Term]
    entities: list[EntityRow]  # every store entity a name in the question refers to
    entity_keys: list[str]  # the normalised names matched, one per thing named
    times: list[TimeExpr]
    numbers: list[float]
    direction: str  # up | down | ""
    wants: str  # percent | money | count | level | ""
    count_keys: frozenset[str] = frozenset()  # keys of the noun after "how many"
    count_mods: tuple[str, ...] = ()  # entity keys that qualify it: "russia" in "how many Russian firms"
    count_words: tuple[frozenset[str], ...] = ()  # keys of each word of "electric cars", head last
    currency: str = ""  # "in dollars" -> USD
    pronoun: bool = False  # it / its / that / there: a follow-up
    wh: str = ""  # the question word(s): how many, when, where, who, ...
    unknown_names: list[str] = field(default_factory=list)  # names the store never mentions: "Microsoft"
    shift_years: int = 0  # read the asked periods this many years later (a year-earlier question)
    bases: list[TimeExpr] = field(default_factory=list)  # "compared with September": the comparison's base
    basis: str = ""  # "year" for "year on year", "month" for "month on month", "quarter" for "q/q"
    # "staff costs": each pair of a word naming the kind of a measure and the measure, with their keys
    kinds_of_measure: tuple[tuple[str, frozenset[str], frozenset[str]], ...] = ()
    excluded: str = ""  # "Apart from the US, which countries ...": the US, left out of the answer
    member_of: str = ""  # "which Gulf states ...?": the group (a gazetteer.GROUPS key) the answer's countries belong to
    carried_times: bool = False  # the times are the last question's: a sentence silent on them may still answer
    # "and the hike before that?": the figure just answered, not to be given again, and the date
    # the figure asked comes before ("before") or after ("after")
    instead_of: int | None = None
    sequel: tuple[str, str] = ("", "")
    # "How much did the GDRs fall in London?" "and in Astana?": the last question's names this one
    # asks in their stead, whose figures are not its own: (name key, kind) of each
    left_behind: tuple[tuple[str, str], ...] = ()
    # "What share of shipments went to Egypt?" "and Britain?": a share still asked, though unsaid
    share_carried: bool = False

    @property
    def required(self) -> list[Term]:
        return [t for t in self.terms if t.required]

    def with_intent(self, intent: str) -> Query:
        return replace(self, intent=intent)


_PRONOUNS = frozenset("it its it's that this they them their there those these he she his her him".split())
_YESNO = frozenset("did does do is are was were has have had can could will would should shall".split())
_CURRENCY_WORDS = {
    "dollar": "USD", "usd": "USD", "$": "USD", "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "cny": "CNY",
    "euro": "EUR", "eur": "EUR", "pound": "GBP", "sterling": "GBP", "gbp": "GBP", "rouble": "RUB",
    "ruble": "RUB", "rub": "RUB", "yen": "JPY", "rupee": "INR", "inr": "INR",
}
UP_KEYS = frozenset({"rise"})
DOWN_KEYS = frozenset({"fall"})


# Every field of a Query, in order (all are init fields): parse_query copies one positionally.
_QUERY_VALUES = attrgetter(*(f.name for f in fields(Query)))


# Parsed questions kept per store handle: a parse is a pure function of the question's text and
# the store's contents (its vocabulary and names), and a write clears it with the store's other
# caches. Users repeat questions (the suggestion buttons send the same texts again and again), and
# parsing is about a third of answering. A Query is a few kilobytes: a few hundred are kept.
PARSED_QUESTIONS = 512


def parse_query(question: str, store: Store) -> Query:
    """The question's intent and slots. A fresh Query each call: answering extends its lists
    (a follow-up inherits the last turn's names and terms) and rebinds its entities."""
    parsed: Query = store.memo("parse_query", question, lambda: _parse_query(question, store), limit=PARSED_QUESTIONS)
    # What replace(parsed, terms=list(...), ...) makes, without its generic field walk (2.6 us
    # against 0.7): every field is an init field, passed in order, then the lists copied.
    query = Query(*_QUERY_VALUES(parsed))
    query.terms, query.entities, query.entity_keys = list(parsed.terms), list(parsed.entities), list(parsed.entity_keys)
    query.times, query.numbers, query.unknown_names, query.bases = (list(parsed.times), list(parsed.numbers),
                                                                    list(parsed.unknown_names), list(parsed.bases))
    return query


_COUNTRY_NOUNS = frozenset("country kingdom nation republic emirate".split())
_STORY_TRADES = frozenset({"sector", "industry"})
_ABROAD = frozenset({"abroad", "overseas"})
_EXPORTED = frozenset({"export"})
_AGREED = frozenset({"agreement"})
_JOB_KEYS = frozenset({"job", "worker"})
_JOBS_LOST = frozenset({"layoff"})
_JOBS_GONE = frozenset({"fall"})
_GONE_TO = frozenset({"to", "abroad", "overseas", "elsewhere", "offshore"})
_PHRASAL_VERBS = frozenset("put take set get give make bring come go turn pull knock carry".split())
_ARRIVAL_VERBS = frozenset("reach hit total touch".split())
# "what did exports reach", "what level did trade hit": the amount a level verb arrives at.
# "what is Nordwood building", "what are the partners planning": a deed asked of a subject in the progressive.
# ("what else will kaveri build at wonji": a bare deed still to come, after "will", too; not "what
# did liaoning import", whose verb is the trade asked)
_WHAT_IS_DOING = lazy_compile(r"\s*what\s+(?:else\s+)?(?:is|are|'s|(?P<bare>will|would))\s+\w", re.I)
_WHAT_LEVEL = lazy_compile(r"\s*(?:and\s+|so\s+)?what\s+(?:[\w'-]+\s+){1,5}?(?:reach|hit|total|touch)(?:es|ed|s)?\b",
                           re.IGNORECASE)
_OPERATED = frozenset({"operate"})
_AFFECTED_WORDS = frozenset("affected impacted hit".split())
_KIND_HEADS = frozenset("category segment line type group class range".split())
_HAVING_VERBS = frozenset("use have own operate run".split())
_CARRYING_VERBS = frozenset("carry hold command".split())
# Verbs of moving goods or people, and the ways they go ("shipping by sea", "sent by rail").
_MOVED_BY = frozenset("ship send transport carry move travel haul".split())
_TRANSPORT_MODES = frozenset("sea air rail road land truck lorry train plane ship boat".split())
# "what return did the fund deliver?": a measure is delivered or generated only as it is had; the
# text says "returned 8.2%".
_YIELDING_VERBS = frozenset("deliver generate".split())
_JOB_WORDS = frozenset("job post position".split())
_JOB_MAKING_VERBS = frozenset("create bring generate provide support".split())
_TO_COME = frozenset("will would could to".split())
# ... and "how big a stake does Lanfeng hold in ...": the size of the thing asked, the same.
_WHAT_THING_DOES = lazy_compile(r"\s*(?:what\s+(?:(?:kind|sort|type)\s+of\s+)?|how\s+(?:big|large)\s+(?:of\s+)?an?\s+)([a-z-]+)\s+(?:do|does|did)\b", re.IGNORECASE)


# "how many provinces r in china's northeast acc to reuters": the story's own source (its byline)
# named at the end only says where to look, which every answer does; no word to find (the byline is
# no sentence), and a typo repair of it ("reutters") none either. Another teller's name stays
# ("per xi" asks of what Xi said).
_ACCORDING_TO_END = Guarded(lazy_compile(r"[,\s]+(?:according\s+to|acc\.?\s+to|as\s+per|per)\s+(?:the\s+)?(?P<who>[\w.&'’ -]{2,40}?)\s*[?.!]*\s*$",
                                         re.IGNORECASE), ("to", "per"), fold=True)


def _without_own_source(text: str, store: Store) -> str:
    m = _ACCORDING_TO_END.search(text)
    if m is None:
        return text
    sources: frozenset[str] = store.memo("article_sources", None,
                                         lambda: frozenset(a.source.casefold() for a in store.articles() if a.source))
    return text[: m.start()] + "?" if m["who"].casefold() in sources else text


# "could hit 9,500 tonnes", "would reach $2 billion": a verb of arriving before the amount only
# says the level got there; "exports could climb to 9,500 tonnes" states it in a verb of its own.
_AMOUNT_TOKEN = lazy_compile(r"^\$?\d[\d,.]*$")


_EXTREME_LOW = r"\b(?:lowest|cheapest|minimum|min|least\s+(?:expensive|costly|pricey))\b"
_EXTREME_HIGH = r"\b(?:highest|dearest|priciest|maximum|max|most\s+(?:expensive|costly|pricey))\b"
_EXTREME = lazy_compile(f"{_EXTREME_LOW}|{_EXTREME_HIGH}", re.IGNORECASE)
_EXTREME_LOW_RE = lazy_compile(_EXTREME_LOW, re.IGNORECASE)
# Searched only in a question holding one of the words every branch needs ("minimum" holds "min"):
# nearly none does, and the alternation of \b-branches cost ~2 us a question.
_EXTREME_ASKED = Guarded(_EXTREME, ("lowest", "cheapest", "min", "least", "highest", "dearest", "priciest", "max", "most"), fold=True)
RANGE_KEYS = frozenset({"range", "vary"})


_PRICE_ASKED = lazy_compile(r"\bhow much (?:is|are|does|do)\b|\bpric|\bcost|\bcheap|\bexpensive|\bdear", re.IGNORECASE)
_FARE = frozenset({"fare"})
# "how much is a ticket", "the price of one night": the price of one thing, which no total of
# them ("Ticket revenue jumped 31% to 1.62 trillion rupiah") is.
ONE_PRICED = lazy_compile(r"\bhow much (?:is|are|does|do|was|were|will|would)\s+(?:a|an|one|each|per)\s+([a-z][\w-]*)"
                          r"|\b(?:price|cost)\s+(?:of|for)\s+(?:a|an|one|each)\s+([a-z][\w-]*)", re.IGNORECASE)


def asked_extreme(question: str) -> str:
    """ "low" for "the cheapest fare", "high" for "the most expensive ticket", else "" (see range_end)."""
    m = _EXTREME_ASKED.search(question)
    if m is None:
        return ""
    return "low" if _EXTREME_LOW_RE.fullmatch(m.group(0)) else "high"


def _arrived_amount_soft(tokens: list[Token], terms: list[Term]) -> list[Term]:
    at = {i for i, t in enumerate(tokens[:-1]) if t.lemma in _ARRIVAL_VERBS and _AMOUNT_TOKEN.match(tokens[i + 1].lower)}
    if not at:
        return terms
    return [replace(t, soft=True) if t.position in at and t.required else t for t in terms]


def _opened_to_soft(tokens: list[Token], terms: list[Term]) -> list[Term]:
    """The users after "open(ed) to (the)" are soft: "open to traffic", "opened to the public"."""
    at: set[int] = set()
    for i in range(len(tokens) - 2):
        if tokens[i].lemma == "open" and tokens[i + 1].lower == "to":
            j = i + 3 if tokens[i + 2].lower == "the" else i + 2
            if j < len(tokens) and tokens[j].lower in _OPENED_TO_USERS:
                at.add(j)
    return [replace(t, soft=True) if t.position in at and t.required else t for t in terms] if at else terms


def _priced_deed_soft(tokens: list[Token], terms: list[Term]) -> list[Term]:
    """ "What does it cost to move a tonne of copper by truck?", "what's it cost to ship a box":
    the deed priced is what the cost is of, and the sentence stating the cost names it by a verb
    of its own ("Trucking a tonne of copper ... costs about $180", "Rates ... jumped to $2,940 per
    FFE"): it is no measure or subject to find."""
    # The deed takes its object after it; "what did the railway cost to build?" asks the cost of
    # the thing built, whose sentence says the building.
    at = {i + 2 for i in range(len(tokens) - 3) if tokens[i].lemma in _PAYING_VERBS and tokens[i + 1].lower == "to"
          and tokens[i + 2].lower not in STOPWORDS}
    if not at:
        return terms
    return [replace(t, soft=True) if t.position in at and t.required else t for t in terms]


def _money_lent_soft(terms: list[Term]) -> list[Term]:
    """ "which bank is lending money for the plant": money is what any lending or borrowing is
    of, and the sentence stating it names only the loan ("financed with a loan from Banco del
    Chubut"): no word to find. Nor is the building a loan for a thing to be built pays for."""
    lent = {t.position + 1 for t in terms if t.keys & _LENDING_KEYS}
    if not lent:
        return terms
    # "lending for the plant construction": a loan for a thing being built pays for its building.
    return [replace(t, soft=True) if t.required and ((t.position in lent and "money" in t.keys) or "construction" in t.keys)
            else t for t in terms]


def _source_told_at(tokens: list[Token]) -> set[int]:
    """The positions of a trailing "according to the <post>" naming who told a claim a which- or
    who-question asks a name of ("why ..., according to the analyst" asks the analyst's reason)."""
    if not tokens or tokens[0].lower not in ("which", "who"):
        return set()
    for i in range(len(tokens) - 3):
        if tokens[i].lower == "according" and tokens[i + 1].lower == "to" and tokens[i + 2].lower in ("the", "its", "their"):
            rest = range(i + 3, len(tokens))
            if 0 < len(rest) <= 3 and any(tokens[j].lemma in ROLES or tokens[j].lemma in TITLE_EXACT for j in rest):
                return {i, *rest}
    return set()


# A cost or price (_PRICED) asked to rise or fall: the comparatives that say it did ("costlier", "cheaper").
_DEARER = frozenset(("expensive",))
_CHEAPER = frozenset(("cheap",))


def _per_teller(tokens: list[Token], entity_hits: list[tuple[str, list[int]]]) -> int | None:
    """The position of a "per" right before a name that is no place: the name told the claim."""
    starts = {min(positions) for name, positions in entity_hits if positions and not canonical_place(name)}
    return next((i for i, t in enumerate(tokens) if t.lower == "per" and i + 1 in starts), None)


def _parse_query(question: str, store: Store) -> Query:
    text, excluded = _without_exclusion(_clean(question))
    if _ACCORDING_TO_END.search(text):
        text = _without_own_source(text, store)
    tokens = tokenize(text)
    tokens, corrections = _correct_typos(tokens, store, text)
    if corrections:
        text = _apply_corrections(text, tokens)
        if _WHO_WAS_AT.search(text):  # "who came to the conferance": the gathering read once its spelling is put right
            text = _WHO_WAS_AT.sub(_attended, text)
        if _HOW_DESCRIBED.search(text):  # "how is vladivostok descibed": likewise the describing verb
            text = _HOW_DESCRIBED.sub(_what_is_described, text)
        tokens = tokenize(text)
    if _SEAT_RELATION.search(text) and (related := _by_seat_relation(text, store)) != text:
        # (tokens are tokenize(text) here: the same text keeps them)
        text = related
        tokens = tokenize(text)
    entity_hits = _match_entities(tokens, store, text)
    if (per := _per_teller(tokens, entity_hits)) is not None and not excluded:
        # "which province should be a gateway per xi": "per" before who told it is "according to",
        # a telling "when was that?" then dates ("Xi declared in September"), not a unit ("per tonne").
        return _parse_query(text[: tokens[per].start] + "according to" + text[tokens[per].end :], store)
    # The question's lower case, and whether it asks "how much/many" (opening with it or not), once:
    # some forty rules below read them, each made a fresh copy of the text or searched it again.
    lower = text.lower()
    asks_how_much_many = "how" in lower and _HOW_MUCH_MANY.search(lower) is not None
    opens_how_much_many = asks_how_much_many and _HOW_MUCH_MANY.match(lower.lstrip()) is not None
    # The question's words and lemmas, once: most of the ~60 rules below fire on a word few
    # questions hold ("alone", "sliding", a season), and one set test skips a rule's walk over
    # every token when its word is absent (the rule would find nothing).
    lowers = frozenset(t.lower for t in tokens)
    lemmas = frozenset(t.lemma for t in tokens)
    if "target" in lower:
        entity_hits = _with_takeover_target(tokens, store, entity_hits, text)
    entity_hits, own_name_places = _own_name_as_place(tokens, store, entity_hits)
    entity_hits = [hit for hit in entity_hits if not _currency_country(tokens, hit[1])]
    if "long" in lowers and "before" in lowers and (before := _LONG_BEFORE.search(lower)) is not None:
        # "how long before the shenyang summit did putin and xi sit down?": a name of the later
        # event only sets the earlier one off, which was elsewhere ("last week in Beijing").
        entity_hits = [hit for hit in entity_hits if not all(before.start() < tokens[i].start < before.end() for i in hit[1])]
    covered = {i for _, positions in entity_hits for i in positions}
    if led := _country_led_names(store):
        covered |= _countries_of_led_names(tokens, covered, led)
    # "did they lower rates": a move, not a low level ("the lowest since March" is none).
    keys = [k - _LEVEL_OF_MOVE.get(t.lower, frozenset()) for t, k in zip(tokens, token_keys(tokens))]
    keys = _kind_before_measure(tokens, keys)
    keys = [k | _KIND_KEYS.get(t.lemma, _NO_KEYS) for t, k in zip(tokens, keys)]
    if len(tokens) > 5 and tokens[0].lower == "how" and tokens[1].lower in ("much", "many"):
        keys = _fronted_object(tokens, keys)
    if "business" in lowers:
        keys = _goods_business_as_trade(tokens, keys, covered)
    # "When did it put out its numbers?": a light verb in a phrase means what the phrase means
    # ("publish"), not "put on hold"; the text's own "put out" has the phrase's class too.
    if not _PHRASAL_VERBS.isdisjoint(lemmas):
        keys = [k - {t.lemma, stem(t.lemma)} if t.lemma in _PHRASAL_VERBS and len(k - word_keys(t.lemma, t.lower)) else k
                for t, k in zip(tokens, keys)]
    times = find_times(text, None) if text else []
    before_time = _verbs_before_time(tokens, times) if times and not _PHRASAL_VERBS.isdisjoint(lemmas) else set()
    if before_time:
        keys = [word_keys(t.lemma, t.lower) if i in before_time else k for i, (t, k) in enumerate(zip(tokens, keys))]
    # "how much is the firm sinking into the factory?": money sunk or ploughed into a thing is
    # invested ("has invested 2.9 billion euros"), no fall or rise of it.
    if "into" in lowers:
        keys = [k - UP_KEYS - DOWN_KEYS if "invest" in k and i + 1 < len(tokens) and tokens[i + 1].lower == "into" else k
                for i, k in enumerate(keys)]
    if tokens and tokens[0].lower in _YESNO:
        # Yes/no only: "how much is OPEC+ cutting" asks the size of the cut, which its figure reading
        # takes from "cutting" as it stands.
        keys = [_moving_verb_keys(t, k) for t, k in zip(tokens, keys)]
    optional = {i for i, t in enumerate(tokens) if any(x.start <= t.start < x.end for x in times)} if times else set()
    timed = set(optional)
    # "in the july-sept quarter": the period noun after a span is the span ("Quarterly revenue").
    if times:
        optional |= {i for i, t in enumerate(tokens) if t.lemma in _PERIOD_NOUNS and any(0 <= t.start - x.end <= 1 for x in times)}
    # "did fuel get cheaper this summer?": a season is a time of year no date parser reads, which
    # results give by their months or quarter ("in the July-September period"); after "this" or
    # "last" it only places the question in time, as "this year" does.
    if not _SEASONS.isdisjoint(lowers):
        optional |= {i for i in range(1, len(tokens)) if tokens[i].lower in _SEASONS and tokens[i - 1].lower in ("this", "last")}
    # "trade in sept alone": the period by itself, which the period's own check holds to; "in
    # Shropshire alone" still asks a part the sentence must single out.
    if "alone" in lowers:
        optional |= {i for i, t in enumerate(tokens) if t.lower == "alone" and any(0 <= t.start - x.end <= 1 for x in times)}
    if not _ALL_OF.isdisjoint(lowers):
        optional |= _whole_of_span(tokens)
    # "cheaper than a year ago", "compared with September": the base of a comparison, not the
    # period asked; a sentence that states the same base fits better.
    bases = [x for x in times if _COMPARED_WITH.search(text[: x.start]) or x.anchor == "since" or _changed_on(text, x)]
    # "grown over the past year": against a year before, as "from a year earlier" says; no period
    # of its own (comparison_basis reads it).
    times = [x for x in times if x not in bases and not _PAST_YEAR.fullmatch(x.text)]
    optional |= _asking_words(tokens, keys, text)
    # "where is the port relative to santiago", "in relation to the capital": a place set against
    # another is how the text places it ("110 km west of Santiago"); no "relative" to find.
    if not _SET_AGAINST_PLACE.isdisjoint(lowers):
        optional |= {i for i in range(len(tokens) - 1) if tokens[i].lower in _SET_AGAINST_PLACE and tokens[i + 1].lower == "to"}
    # "which countries did miners use to send their gold to?": "use to" before a verb is the habit
    # of the past ("used to send"), no word a sentence says.
    if "use" in lemmas or "used" in lowers:
        optional |= {i for i in range(len(tokens) - 2) if tokens[i].lemma == "use" and tokens[i + 1].lower == "to"
                     and tokens[i + 2].lower not in STOPWORDS}
    # "how fast will passenger trains go?": a vehicle's pace is its speed ("will run at up to 160 km
    # per hour"), a word to find; "how fast did exports grow?" still asks a rate of growth.
    speed_at = _speed_asked(tokens, keys, text)
    if speed_at is not None:
        optional.discard(speed_at)
        keys[speed_at] = keys[speed_at] | {"speed"}
    # "in dollar terms", ", yuan terms", "in absolute terms", "in terms of": how the amount is
    # told, no word a sentence says ("42.64 billion yuan ($5.83 billion)"); the currency is asked
    # apart, and "real" or "nominal" before it stay words to find.
    if "terms" in lowers:
        optional |= {j for i, t in enumerate(tokens) if t.lower == "terms" and i > 0 and (
                     tokens[i - 1].lower in ("in", "absolute") or is_currency_word(tokens[i - 1].lower) or tokens[i - 1].lemma == "currency"
                     or (i > 1 and tokens[i - 2].lower == "in"))
                     for j in ((i - 1, i) if tokens[i - 1].lower == "absolute" else (i,))}
    # "worth in local currency": the article's own currency, no word a sentence says
    # ("4.42 trillion tugriks ($1.3 billion)"); the currency is asked apart (_currency).
    if "local" in lowers:
        optional |= {j for i in _local_currency_at(tokens) for j in (i, i + 1)}
    if "currency" in lowers or "currencies" in lowers:
        optional |= {j for i in _nation_currency_at(tokens) for j in (i, i + 1)}
    # "could jilin use the port straight away in may?", "right away": how soon, which the date
    # asked says; no word a sentence says.
    if "away" in lowers:
        optional |= {j for i in range(len(tokens) - 1) if tokens[i].lower in _SOON_BEFORE_AWAY and tokens[i + 1].lower == "away"
                     for j in (i, i + 1)}
    # "could jilin start using vladivostok in may?": the start of a deed asked by its date is
    # the date ("would be able to use Vladivostok ... from June"); no word of its own.
    if tokens and tokens[0].lower in _YESNO and times and not _STARTING.isdisjoint(lemmas):
        optional |= {i for i in range(1, len(tokens) - 1) if tokens[i].lemma in _STARTING and tokens[i + 1].lower.endswith("ing")}
    # "growth for liaoning exports, 3 quarters": a span of whole quarters is a span of months
    # ("in the first nine months"), which a text rarely counts in quarters; the quarters are no
    # word to find. "three quarters of the cargo" is a share and stays.
    if "quarters" in lowers:
        optional |= {i for i in range(1, len(tokens)) if tokens[i].lower == "quarters" and tokens[i - 1].lower in _QUARTER_COUNTS
                     and (i + 1 == len(tokens) or tokens[i + 1].lower != "of")}
    # "both in yuan and dollars", "in both rmb and usd", "converted to dollars": the units the
    # amount is wanted in, asked apart (_currency); a text never says "both" or "converted" of
    # an amount it gives in two currencies ("42.64 billion yuan ($5.83 billion)").
    if "both" in lowers or not _CONVERTED.isdisjoint(lemmas):
        optional |= _units_wanted_at(tokens)
    # "in actual yuan", "in absolute dollars": the amount itself, not its rate of change; the
    # currency is asked apart, and no sentence calls its amount actual.
    if not _AMOUNT_ITSELF.isdisjoint(lowers):
        optional |= {i for i in range(1, len(tokens) - 1) if tokens[i].lower in _AMOUNT_ITSELF and tokens[i - 1].lower == "in"
                     and (is_currency_word(tokens[i + 1].lower) or tokens[i + 1].lower in _AMOUNT_TOLD)}
    # "how many points lower are reservoir levels than a year ago": the gap of two stated levels
    # ("stood at 48%, compared with 61% a year earlier") is the answer; no word says "lower".
    if not _COMPARATIVES.isdisjoint(lowers):
        optional |= {i for i, t in enumerate(tokens) if t.lower in _COMPARATIVES and _HOW_MUCH_OPENS.match(text)
                     and any(u.lower == "than" and any(b.start >= u.end for b in bases) for u in tokens[i + 1 :])}
    # "did Korea run a trade surplus", "post a loss", "give the green light", "the budget that might
    # bring the lower duty": a light verb; the noun after it is the fact.
    if not _LIGHT_VERBS.isdisjoint(lemmas) or "give" in lemmas or "bring" in lemmas:
        optional |= {i for i in range(len(tokens) - 2) if tokens[i].lemma in _LIGHT_VERBS and tokens[i + 1].lower in ("a", "an")
                     or tokens[i].lemma in ("give", "bring") and tokens[i + 1].lower in ("a", "an", "the")}
    # "who's trying to broker a deal?", "which firm is seeking to buy it?": an attempt is told by the
    # deed tried ("has summoned both sides to talks"); the trying is no word to find.
    if not _ATTEMPT_VERBS.isdisjoint(lemmas):
        optional |= {i for i in range(len(tokens) - 2) if tokens[i].lemma in _ATTEMPT_VERBS and tokens[i + 1].lower == "to"
                     and tokens[i + 2].lower not in STOPWORDS}
    # "Give me the US dollar value of ...", "can you show me ...": a request for what follows, no
    # word to find.
    if not _REQUEST_VERBS.isdisjoint(lowers):
        optional |= {i for i in range(len(tokens) - 1) if tokens[i].lower in _REQUEST_VERBS and tokens[i + 1].lower in ("me", "us")
                     and all(t.lower in _POLITE for t in tokens[:i])}
    # "How many shipments are affected by the shutdown?": being affected only ties the counted thing
    # to the event; the text says how ("forcing it to cancel or delay six cargoes").
    if not _AFFECTED_WORDS.isdisjoint(lowers):
        optional |= {i for i in range(2, len(tokens)) if tokens[i].lower in _AFFECTED_WORDS and tokens[i - 1].lower in _BE
                     and opens_how_much_many}
    # "which product category grew the fastest?": a product kind is the category asked, which the
    # text calls a segment or names outright ("Footwear was the fastest-growing segment").
    if "product" in lemmas:
        optional |= {i for i in range(len(tokens) - 1) if tokens[i].lemma == "product" and tokens[i + 1].lemma in _KIND_HEADS}
    # "how many jobs will the park create?", "... are the wind farms supposed to bring?": jobs a
    # project is to make are the people it will employ ("is expected to employ 3,200 people"); no
    # word to find. (Jobs an economy "added" or "created" in March are a change, which the verb says.)
    if opens_how_much_many and len(tokens) > 2 and tokens[2].lemma in _JOB_WORDS:
        optional |= {i for i in range(4, len(tokens)) if tokens[i].lemma in _JOB_MAKING_VERBS
                     and tokens[i - 1].lower in _TO_COME}
    # "what stake did Hengrui take in Areni?", "how big a stake is it taking?": getting or keeping a
    # stake is what a stake is; the text says it in a verb of its own ("bought a 24.9% stake", "pay
    # $161 million for a 20% stake"). Only when the stake is what is asked, named before the verb:
    # "who is buying the stake?" asks the buyer, whom the buying names. Selling one stays a word to find.
    if not _STAKE_NOUNS.isdisjoint(lemmas):
        stake_at = next(i for i, t in enumerate(tokens) if t.lemma in _STAKE_NOUNS)
        optional |= {i for i in range(stake_at + 1, len(tokens)) if tokens[i].lemma in _STAKE_GETTING}
    # "what share of its shipments ends up in China?", "what slice do investors end up with?":
    # where a thing ends up is where it goes; no word to find.
    if not _END_UP.isdisjoint(lemmas):
        optional |= {i for i in range(len(tokens) - 1) if tokens[i].lemma in _END_UP and tokens[i + 1].lower == "up"}
    # "how many of those stay permanent?", "how many jobs will remain permanent": a linking verb
    # before the last word only ties the counted thing to the state the word names ("1,100
    # permanent positions"); no word to find. ("stay the main route" keeps it: a noun follows.)
    if not _LINKING_VERBS.isdisjoint(lemmas) and asks_how_much_many:
        optional |= {i for i in range(2, len(tokens) - 1) if tokens[i].lemma in _LINKING_VERBS
                     and i + 2 == len(tokens) and tokens[i + 1].lower not in STOPWORDS}
    # "how many suppliers does Atlantic Keel use?", "how many ships does it operate?": the count is
    # what is asked; a verb of merely having it says nothing the text must repeat ("buys from
    # more than 2,100 suppliers", "its fleet of 42 vessels").
    if opens_how_much_many and tokens and tokens[-1].lemma in _HAVING_VERBS:
        optional.add(len(tokens) - 1)
    # "What premium does the bid carry over ...?", "what stake does it hold?": the same, the thing
    # asked named right after "what" (the text says "a premium of 18.6%", no carrying).
    thing_does = _WHAT_THING_DOES.match(text)
    if thing_does:
        verbs = _HAVING_VERBS | _CARRYING_VERBS | (_YIELDING_VERBS if lemma(thing_does.group(1).lower()) in MEASURES else frozenset())
        optional |= {i for i in range(3, min(len(tokens), 10)) if tokens[i].lemma in verbs
                     and any(t.lower in ("do", "does", "did") for t in tokens[1:i])}
    # "How come costs went up even though they mined more gold?": what is granted is no word to find.
    conceded = (next((i for i, t in enumerate(tokens) if t.lower in ("though", "although", "despite")), None)
                if not lowers.isdisjoint(("though", "although", "despite")) else None)
    if conceded is not None and conceded > 2:
        optional |= set(range(conceded, len(tokens)))
    # "how fast will trains go once its done?", "once it is finished": the clause only says when
    # the work is over; "will reach 120 km per hour" states it without it. ("once it's cut", "once
    # fully up and running" name a state the figure is of.)
    # ("once shipped out of Russia": a participle after it opens the same clause)
    once = next((i for i, t in enumerate(tokens[:-1]) if t.lower == "once" and (tokens[i + 1].lower in _ONCE_OPENERS
                 or tokens[i + 1].lower.endswith("ed") and tokens[i + 1].lemma != tokens[i + 1].lower)), None) if "once" in lowers else None
    if once is not None and once > 2 and all(t.lower in STOPWORDS or t.lower in _WORK_DONE for t in tokens[once + 1 :]):
        optional |= set(range(once, len(tokens)))
    elif once is not None:
        # "where are the goods going once they go via Vladivostok?", "how many jobs once fully
        # operational": the conjunction is no word to find.
        optional.add(once)
    if "once" in lowers and len(tokens) > 4 and tokens[-1].lower in _STARTED_STATES and tokens[-2].lower in _BE:
        # "total capacity once kulim plant is running": the clause dates the figure by the plant's
        # start ("when it starts commercial production in June"), told in words of its own
        at = next((i for i, t in enumerate(tokens) if t.lower == "once"), 0)
        if at >= 2:
            optional |= {at, len(tokens) - 1}
    # "the mid-crop", "the pre-tax": a prefix makes the measure word part of a name for a season
    # or a kind, not the measure asked; the prefix is still a word to find.
    if not _PREFIXES.isdisjoint(lowers):
        optional |= {i for i in range(1, len(tokens)) if tokens[i - 1].lower in _PREFIXES
                     and text[tokens[i - 1].end : tokens[i].start] == "-" and tokens[i].lemma in MEASURES}
    # "since the mid-crop kicked off": the start of what is named dates the span; no word to find.
    optional |= {i for m in _SINCE_EVENT.finditer(text) for i, t in enumerate(tokens) if m.start(1) <= t.start < m.end(1)}
    member_of, group_span = _group_asked(text)
    if member_of:
        # "Which Gulf states hold deposits?": the sentence names Kuwait and Qatar, never "Gulf".
        optional |= {i for i, t in enumerate(tokens) if group_span[0] <= t.start < group_span[1]}
        entity_hits = [(n, ps) for n, ps in entity_hits if not any(group_span[0] <= tokens[i].start < group_span[1] for i in ps)]
    if PER_HEAD.search(text):
        # "how much did each visitor spend on average?": the average is what is worked out, no word to find.
        optional |= {i for i, t in enumerate(tokens) if "average" in keys[i]}
    if "average" in lowers and any(canonical_place(name) for name, _ in entity_hits):
        # "wales avg price?" / "prices in Wales gained 3.2% to £218,300": a price level a region is
        # given is its average, which the text need not say; the word only helps. (A firm's
        # "average price" is its own measure, said in the word: "realised an average of ...")
        optional |= {i for i in range(len(tokens) - 1) if "average" in keys[i] and tokens[i + 1].lemma in _AVERAGED_NOUNS}
    # "the hotel owners' group", "the Adani company": a word for a body right after its name is the name.
    optional |= {max(positions) + 1 for name, positions in entity_hits
                 if positions and max(positions) + 1 < len(tokens) and keys[max(positions) + 1] & _BODY_WORDS
                 and not canonical_place(name)}  # "40 Russian firms" are firms
    # "Did trade grow last financial year?" / "rose 9.4% in the fiscal year that ended in March":
    # which fiscal year is last the text tells by its end, not by "last"; "fiscal" is still asked.
    if "fiscal" in lowers or "financial" in lowers:
        optional |= {i for i in range(len(tokens) - 2) if tokens[i].lower in ("last", "previous", "past")
                     and tokens[i + 1].lower in ("fiscal", "financial") and tokens[i + 2].lemma == "year"}
    # "the Chennai-Vladivostok sea route", "the Multan to Peshawar section": a stretch named by
    # its ends; the text may call it "the planned maritime corridor" or "the second package".
    optional |= _route_named_by_ends(tokens, entity_hits, text)
    optional |= _distance_between_ends(tokens, keys, text)
    # "Valpadana's own stock", "its own plant": "own" after whose it is only stresses the owner.
    if "own" in lowers:
        optional |= {i for i in range(1, len(tokens)) if tokens[i].lower == "own" and (
            tokens[i - 1].lower in ("its", "their", "his", "her", "our", "my", "your") or text[tokens[i].start - 2 : tokens[i].start] in ("s ", "' "))}
    # "the chain", "the company": the story's own subject, named or not in the answer sentence
    # ("Abroad, it opened 486 stores"); "the supplier": "Marbach, which makes brake systems".
    # "the kingdom", "the country": the story's own country ("Saudi Arabia's public debt stood at").
    # "the sector", "the industry": the trade the story is about ("textile and garment exports totalled").
    # (the word before tested first: nearly every word fails it, and the tests are pure)
    optional |= {i for i in range(1, len(tokens)) if tokens[i - 1].lower in ("the", "this", "his", "her", "their")
                 and ("firm" in keys[i] or tokens[i].lemma in _SUBJECT_BODIES
                                                     or tokens[i].lemma in _COUNTRY_NOUNS
                                                     # (not "the industry group", a body of its own)
                                                     or (tokens[i].lemma in _STORY_TRADES and not (i + 1 < len(tokens) and keys[i + 1] & _BODY_WORDS)))
                 # "his firm", "their company": the body whose member the pronoun points to
                 and not (i > 1 and tokens[i - 2].lower == "of")}  # "which parts of the company" asks within it
    # "by what percent did group sales grow?": the whole company's, which "Net sales grew 3.1%"
    # need not call the group's.
    if not lowers.isdisjoint(("group", "group-wide", "groupwide")):
        optional |= {i for i in range(len(tokens) - 1) if tokens[i].lower in ("group", "group-wide", "groupwide")
                     and (tokens[i + 1].lemma in MEASURES or keys[i + 1] & MEASURES)}
    # "which industries does the analyst say are pushing up demand": whoever is quoted ("said
    # Vibha Kulkarni, director at Meridian Ratings"); the text need not call them an analyst.
    if not _SPEAKERS.isdisjoint(lemmas):
        optional |= {i for i in range(1, len(tokens) - 1) if tokens[i].lemma in _SPEAKERS and tokens[i - 1].lower in ("the", "this", "that")
                     and any(t.lemma in _SAYING_VERBS for t in tokens[i + 1 : i + 3])}
    # "which firm is Europe's biggest copper producer according to the ceo?": whom the claim is
    # told by ('... after Poland's KGHM," Zhang said'), who need not be titled where it is told.
    optional |= _source_told_at(tokens)
    # "how many cars went on their boats?": the craft of the one who carries is no word to find
    # ("The company transported 612,000 passenger cars in the quarter").
    if not _OWN_CRAFT.isdisjoint(lemmas):
        optional |= {i for i in range(2, len(tokens)) if tokens[i].lemma in _OWN_CRAFT and tokens[i - 1].lower in ("its", "their")
                     and tokens[i - 2].lower in ("on", "aboard", "onto", "in", "by")}
    # "is the train quicker than shipping by sea?": the way goods go says they are moved ("16 days,
    # against 40 to 45 days by sea"); the moving verb before it is no word to find.
    if "by" in lowers:
        optional |= {i for i in range(len(tokens) - 2) if tokens[i].lemma in _MOVED_BY and tokens[i + 1].lower == "by"
                     and tokens[i + 2].lower in _TRANSPORT_MODES}
    # "coffee sales to the US": sales to a country are exports ("Shipments to the United States fell").
    places_at = {p for name, positions in entity_hits if canonical_place(name) for p in positions}
    # "what percentage of its cargoes went to Asian customers?": who takes a thing sent to a place
    # is that place ("71% of its cargoes went to Asia"); no word of its own to find.
    if not _RECIPIENTS.isdisjoint(lemmas):
        optional |= {i for i in range(2, len(tokens)) if tokens[i].lemma in _RECIPIENTS and i - 1 in places_at
                     and (tokens[i - 2].lower == "to" or (i > 2 and tokens[i - 2].lower == "the" and tokens[i - 3].lower == "to"))}
    # "how much grain crossed at Zabaikalsk?": goods that pass a named crossing are its shipments
    # through it ("grain shipments to China through the border town of Zabaikalsk rose 46%"), as
    # "went through" asks; the passing is no word to find.
    named_at = {p for _, positions in entity_hits for p in positions}
    if not _PASSING.isdisjoint(lemmas):
        optional |= {i for i in range(1, len(tokens) - 1) if tokens[i].lemma in _PASSING and tokens[i + 1].lower in _PASSED_AT
                     and (i + 2 in named_at or (i + 3 in named_at and tokens[i + 2].lower == "the"))}
    # "how many shillings does a dollar cost?": the price of one currency in another is the rate
    # ("The shilling traded at 133.20 per dollar"), which no paying need state.
    if not _RATE_VERBS.isdisjoint(lemmas):
        optional |= {i for i in range(3, len(tokens)) if tokens[i].lemma in _RATE_VERBS and tokens[i - 2].lower in ("a", "one")
                     and is_currency_word(tokens[i - 1].lower) and any(is_currency_word(t.lower) for t in tokens[1 : i - 2])}
    # "how many russian cos set up in liaoning province?": the kind of place after its name only
    # says what the place is; the article may name it bare ("40 Russian firms set up businesses
    # in Liaoning"); a plural is asked for ("the NE china provinces").
    if not _PLACE_KIND_AFTER_NAME.isdisjoint(lowers):
        optional |= {i for i in range(1, len(tokens)) if tokens[i].lower in _PLACE_KIND_AFTER_NAME and i - 1 in covered}
    # "did coffee sales to the EU go up?": a bloc of countries buys abroad too ("Exports to the European Union fell").
    sold_to_at = places_at | {p for name, positions in entity_hits if name.lower() in gz.GROUPS for p in positions}
    # "sales into russia" says the same: into a market is to it.
    if "sale" in lemmas or "sales" in lemmas:
        keys = [k | {"export"} if t.lemma in ("sale", "sales") and i + 2 < len(tokens) and tokens[i + 1].lower in ("to", "into")
                and (i + 2 in sold_to_at or (tokens[i + 2].lower == "the" and i + 3 in sold_to_at)) else k
                for i, (t, k) in enumerate(zip(tokens, keys))]
    # "liaoning's russia sales": a buyer place named before the sales, with the seller place named
    # before it, is sales to that place ("outbound shipments to Russia"); a place alone before the
    # sales ("russia car sales") is sales in that place, so a seller is needed.
    if "sale" in lemmas or "sales" in lemmas:
        keys = [k | {"export"} if t.lemma in ("sale", "sales") and _sales_named_by_buyer(i, tokens, entity_hits, sold_to_at, store) else k
                for i, (t, k) in enumerate(zip(tokens, keys))]
    # "liaoning's russia bound goods": what is bound for a place is sent there ("outbound shipments
    # to Russia"); "bound" itself is no word to find.
    bound = {i for i in range(1, len(tokens)) if tokens[i].lower == "bound" and i - 1 in places_at} if "bound" in lowers else set()
    optional |= bound
    # "what percentage of eastbound traffic was headed to china" / "China-bound cargoes made up 78%":
    # what heads to a place is sent there, as what goes there is ("go" is no word to find).
    if "headed" in lowers or "heading" in lowers:
        optional |= {i for i in range(1, len(tokens) - 2) if tokens[i].lower in ("headed", "heading")
                     and tokens[i + 1].lower in ("to", "for", "towards") and _place_next(i + 2, tokens, places_at)}
    if bound:
        keys = [k | {"export"} if i in bound else k for i, k in enumerate(keys)]
    # "what did liaoning send russia's way": a place's way is only the direction to it ("outbound
    # shipments to Russia"); "way" is no word to find.
    if "way" in lowers:
        optional |= {i for i in range(1, len(tokens)) if tokens[i].lower == "way" and i - 1 in places_at
                     and _POSSESSIVE_GAP.fullmatch(text[tokens[i - 1].end : tokens[i].start])}
    # "two-way sino russian trade": a count of sides hyphened before what it describes only says
    # the trade runs both ways ("bilateral trade"); "way" is no word to find. Typed unhyphened
    # ("two way russia china trade") when a content word follows, not "one way to cut costs".
    if "way" in lowers:
        optional |= {i for i in range(1, len(tokens) - 1) if tokens[i].lower == "way" and tokens[i - 1].lower in _WAY_COUNTS.values()
                     and (text[tokens[i - 1].end : tokens[i].start] == "-"
                          or text[tokens[i - 1].end : tokens[i].start] == " " and tokens[i + 1].lower not in STOPWORDS)}
    # "how many timepieces left Switzerland?": goods that leave a country are sent abroad ("1.08
    # million watches were shipped"); still a word to find, in whichever words the text uses.
    if "leave" in lemmas or "left" in lemmas:
        keys = [k | {"export"} if t.lemma in ("leave", "left") and (i + 1 in places_at or (i + 2 in places_at and tokens[i + 1].lower == "the")) else k
                for i, (t, k) in enumerate(zip(tokens, keys))]
    # "how many jobs have been lost": jobs lost a few words apart are the job losses of "cut 350
    # jobs" or "putting about 41,000 people out of work", not a company's loss.
    if "lose" in lemmas:
        keys = [k | _JOBS_LOST if t.lemma == "lose" and any(_JOB_KEYS & x for x in keys[max(0, i - 4) : i]) else k
                for i, (t, k) in enumerate(zip(tokens, keys))]
    # "how much did the naira lose last month?": a currency loses value as it falls ("The naira
    # weakened 6.8%"); no loss of money.
    if "lose" in lemmas:
        keys = [k | DOWN_KEYS if _currency_loses(tokens, i) else k for i, k in enumerate(keys)]
    # "selling hazelnuts abroad": what is sold abroad is exported ("Turkey exported 291,000 tonnes").
    if "sell" in lemmas and not _ABROAD.isdisjoint(lowers):
        keys = [k | _EXPORTED if t.lemma == "sell" and any(u.lower in _ABROAD for u in tokens[i + 1 : i + 4])
                or t.lower in _ABROAD and any(u.lemma == "sell" for u in tokens[max(0, i - 3) : i]) else k
                for i, (t, k) in enumerate(zip(tokens, keys))]
    # "what does Beijing want more of with Moscow?": the more of a thing wished for is its
    # increase ("has urged increased connectivity ... and deeper cooperation"), no word "more".
    if "more" in lowers and "of" in lowers:
        keys = [k | UP_KEYS if t.lower == "more" and _more_wished(tokens, i) else k for i, (t, k) in enumerate(zip(tokens, keys))]
    # "Liaoning sold how much to Russia?": what a place sells to another place, a few words on, is
    # its exports there ("outbound shipments to Russia"), as the lexicon's "sell to" says when
    # the two words touch.
    if "sell" in lemmas and "to" in lowers and places_at:
        keys = [k | _EXPORTED if t.lemma == "sell" and _sold_to_place(tokens, i, places_at) else k
                for i, (t, k) in enumerate(zip(tokens, keys))]
    # "what did the companies agree on?": what was agreed is the "agreements" they signed; one way
    # only, as "the agreements inked" in a question is no "the two governments agreed in March".
    # Not of names ("what did Orpo and Michal agree on?"): others' agreements are not theirs.
    if not entity_hits:
        if "agree" in lemmas:
            keys = [k | _AGREED if t.lemma == "agree" else k for t, k in zip(tokens, keys)]
    # "how many mills ran this season?": things counted that ran operated ("All 57 mills that
    # operated this season"); no lexicon class, where "operating profit" would run a buyback.
    if opens_how_much_many and "run" in lemmas:
        keys = [k | _OPERATED if t.lemma == "run" else k for t, k in zip(tokens, keys)]
    if opens_how_much_many:
        # "How much can the line move per year?": what it can carry is its capacity ("has an
        # initial capacity of 15 million tonnes a year").
        if not lowers.isdisjoint(("can", "could")):
            keys = [k | {"capacity"} if t.lemma in _CAPACITY_VERBS else k for t, k in zip(tokens, keys)]
    # "what's the price tag on the Ketapang refinery?": what the thing costs ("began producing at
    # its $1.4 billion refinery", "the project will cost $648 million"); the tag is no word to find.
    price_tag = {i for i in range(1, len(tokens)) if tokens[i].lemma == "tag" and tokens[i - 1].lemma == "price"} if "tag" in lemmas else set()
    if price_tag:
        optional |= price_tag
        keys = [k | _PRICED if i + 1 in price_tag else k for i, k in enumerate(keys)]
    # "why are miners unhappy about the sliding royalty?": a charge on a sliding scale (from 5% to
    # 16% with the gold price) names the charge; no fall asked of it, nor a fall to find.
    if "sliding" in lowers:
        keys = [k - _MOVE_KEYS if t.lower == "sliding" and i + 1 < len(tokens) and tokens[i + 1].lemma in _SCALED_CHARGES else k
                for i, (t, k) in enumerate(zip(tokens, keys))]
    # "what's the cheapest fare", "the most expensive ticket": the ends of a range ("Fares range from
    # 150,000 rupiah to 600,000 rupiah") are its lowest and highest, though it says neither word.
    if extreme := _EXTREME_ASKED.search(text):
        keys = [k | RANGE_KEYS if extreme.start() <= t.start < extreme.end() else k for t, k in zip(tokens, keys)]
    # "how much is a ticket", "cheapest ticket": a ticket's price is its fare ("Fares range from
    # ..."); one way only, as "how many tickets were sold" counts no fares, nor does "how much did
    # tickets bring in" ask one.
    if "ticket" in lemmas and (extreme or _PRICE_ASKED.search(text)):
        keys = [k | _FARE if t.lemma == "ticket" else k for t, k in zip(tokens, keys)]
    terms = [_with_compound_head(t, store) for t in _terms(tokens, keys, covered, optional)]
    if "what" in lowers or "which" in lowers:
        # "what year did the port open": the year is the answer's kind, no word to find ("in the
        # first 10 months of the year" names no opening year).
        asked = _time_unit_asked(tokens)
        terms = [t for t in terms if t.position not in asked] if asked else terms
    if (asks_how_much_many or _WHAT_LEVEL.match(text)) and any(t.lemma in _PHRASAL_VERBS or t.lemma in _WILLING
                                                                             or t.lemma in _ARRIVAL_VERBS for t in tokens):
        # "how much did Tsurugi take in", "how much cash did they pull in": a light verb and its
        # particle only say that an amount came or went; "orders rose ... to 96.1 billion yen"
        # states it in a verb of its own, as "Ireland collected" does in the phrase's.
        soft = {j for i, t in enumerate(tokens[:-1]) if t.lemma in _PHRASAL_VERBS and tokens[i + 1].lower in _AMOUNT_PARTICLES
                for j in (i, i + 1)}
        # "what did trade hit in September?", "how much did it reach": a level arrived at, which
        # "surged to $21.18 billion" states in a verb of its own.
        soft |= {i for i, t in enumerate(tokens) if t.lemma in _ARRIVAL_VERBS}
        # "how much is Valpadana willing to pay for Tirrenico?": its offer ("launched a 4.8 billion
        # euro takeover offer") need not say paying, nor willing; and the paying is a price, no
        # wage or financing measured.
        bid = {j for i, t in enumerate(tokens[:-2]) if t.lemma in _WILLING and tokens[i + 1].lower == "to"
               and tokens[i + 2].lemma in _PAYING_VERBS for j in (i, i + 2)}
        soft |= bid
        if any(t.required and t.position not in soft for t in terms) or entity_hits:  # "how much was set aside?" asks of nothing else
            terms = [replace(t, soft=True, keys=t.keys - MEASURES if t.position in bid else t.keys)
                     if t.position in soft and t.required else t for t in terms]
    if not _ARRIVAL_VERBS.isdisjoint(lemmas):
        terms = _arrived_amount_soft(tokens, terms)
    # "When can companies start drawing on the loans?": the start of a deed is dated by the deed's
    # own time ("will be disbursed from October"), though "Construction is due to start" says it.
    # "Jilin starting to ship via Vladivostok" too: "would be able to use Vladivostok ... from June"
    starting = {i for i in range(len(tokens) - 1) if tokens[i].lower in _STARTING_ASPECT and (
                (tokens[i + 1].lower.endswith("ing") and len(tokens[i + 1].lower) > 5)
                or (tokens[i + 1].lower == "to" and i + 2 < len(tokens) and tokens[i + 2].lower not in STOPWORDS))
                } if not _STARTING_ASPECT.isdisjoint(lowers) else set()
    if starting:
        terms = [replace(t, soft=True) if t.position in starting and t.required else t for t in terms]
    # "when did the line open to traffic": who a thing is opened to is its users, which the story
    # names in words of its own ("opened ... to passenger and freight trains"), no word to find.
    if "open" in lemmas and "to" in lowers:
        terms = _opened_to_soft(tokens, terms)
    # "How are the partners planning to pay for the project?": the plan is the deed's tense ("the
    # partners would seek loans ... for 70% of the cost"), no word to find.
    intending = {i for i in range(len(tokens) - 2) if tokens[i].lower in _INTENDING and tokens[i + 1].lower == "to"
                 and tokens[i + 2].lower not in STOPWORDS or _keen(tokens, i)
                 } if not (_INTENDING.isdisjoint(lowers) and _KEEN.isdisjoint(lowers)) else set()
    # "firms looking for a way in to russia": a search for a way is a hope as a plan is ("firms
    # hoping to enter the Russian market"); neither the looking nor the way is a word to find.
    if not _SEEKING.isdisjoint(lemmas):
        intending |= _seeking_a_way(tokens)
    if intending:
        terms = [replace(t, soft=True) if t.position in intending and t.required else t for t in terms]
    terms = _deed_of_named_soft(text, tokens, covered, terms)
    # "how many more tonnes moved in October?": tonnes counted are of freight, and the verb that
    # moved them is the unit's own ("Monthly freight reached ... 563,000 tonnes"), no word to find.
    # "roughly how many TEUs did Aktau move" too: a hedge before it changes nothing asked.
    # "which company is hit by the walkout": the walkout's own sentence ("workers walked off the job
    # at Golden Lotus Apparel") is where it strikes, though it says no "hit" or "affected".
    # A figure asked ("how big an area got hit by the storm") stays one of what was hit: "paddy affected".
    struck = set() if _AFFECTED.isdisjoint(lemmas) or asks_how_much_many or lower.lstrip().startswith("how") else {i for i in range(1, len(tokens) - 1) if tokens[i].lemma in _AFFECTED and tokens[i + 1].lower == "by"
              and tokens[i - 1].lemma in _BEING}
    if struck:
        terms = [replace(t, soft=True) if t.position in struck and t.required else t for t in terms]
    if not _PAYING_VERBS.isdisjoint(lemmas):
        terms = _priced_deed_soft(tokens, terms)
    terms = _money_lent_soft(terms)
    how = _opening_how(tokens)
    moved = {i for i in range(how + 3, min(len(tokens), how + 7)) if (tokens[i].lemma in _FREIGHT_VERBS
             and any(t.lower in _FREIGHT_UNITS for t in tokens[how + 2 : i])) or _sent_in_the_passive(tokens, i)} if how >= 0 else set()
    if moved:
        terms = [replace(t, soft=True) if t.position in moved and t.required else t for t in terms]
    names = [name for name, _ in entity_hits]
    wh = "how much" if speed_at is not None else _question_word(lower)
    # "how much rain came down", "snow fell": weather falls, it does not decrease.
    # Nearly every question names no weather: one test of all its lemmas stands for a window of
    # three read for every word (the same list, unchanged).
    move_keys = [frozenset() if _FALLING_WEATHER.intersection(x.lemma for x in tokens[max(0, i - 3) : i]) else k
                 for i, k in enumerate(keys)] if not _FALLING_WEATHER.isdisjoint([t.lemma for t in tokens]) else list(keys)
    # "how many dollars did it scoop up", "what deposit are buyers putting down", "what slice do
    # investors end up with", "how many hectares will the factories take up": the particle of a
    # verb moves nothing.
    if not _PARTICLE_WORDS.isdisjoint(lowers):
        move_keys = [frozenset() if t.lower in _PARTICLE_VERBS and i > 0 and (tokens[i - 1].lemma in _PARTICLE_VERBS[t.lower] or _put_up_last(tokens, i))
                     else k for i, (t, k) in enumerate(zip(tokens, move_keys))]
    # a currency that loses falls in the move words too ("the naira weakened 6.8%", above)
    if "lose" in lemmas:
        move_keys = [k | DOWN_KEYS if _currency_loses(tokens, i) else k for i, k in enumerate(move_keys)]
    # "how many mining jobs have gone over the past year?": jobs lost or gone are a fall in their
    # number ("employed 71,400 people ..., down from 75,900"), though a company's loss is no fall;
    # jobs gone to Mexico moved.
    if "lose" in lemmas or "gone" in lowers:
        move_keys = [k | _JOBS_GONE if (t.lemma == "lose" or t.lower == "gone") and any(_JOB_KEYS & x for x in keys[max(0, i - 4) : i])
                     and not (i + 1 < len(tokens) and tokens[i + 1].lower in _GONE_TO) else k
                     for i, (t, k) in enumerate(zip(tokens, move_keys))]
    # "how big is the dry port expansion deal?": an expansion naming a kind of deal or project is
    # what the money is for ("a $420 million deal ... will expand the dry port"), no change asked.
    # "whats the price tag on the yarrowee expansion?" asks what it costs, no change either.
    priced = any(k & _PRICED for k in keys)
    # "total capacity once the expansion is finished": the clause says when the work is over; its
    # expansion is no rise asked, the level after it is.
    done = _work_done_clause(tokens) if not lowers.isdisjoint(("once", "after", "when")) else range(0)  # (its only openers)
    if done:
        move_keys = [k - _MOVE_KEYS if i in done else k for i, k in enumerate(move_keys)]
    if not _UNDERTAKEN_MOVES.isdisjoint(lowers):
        move_keys = [frozenset() if t.lower in _UNDERTAKEN_MOVES and (priced or i + 1 < len(tokens) and tokens[i + 1].lemma in _UNDERTAKINGS)
                     else k for i, (t, k) in enumerate(zip(tokens, move_keys))]
    # The three walks below only take move keys out: a question with none (most) skips them.
    if any(k & _MOVE_KEYS for k in move_keys):
        # "the cheap loan package": an adjective that opens a named thing with the next word ("cheap
        # loan" is a support package) says what the thing is, no move asked of it.
        move_keys = [k - _MOVE_KEYS if k & _MOVE_KEYS and i + 1 < len(tokens) and _names_a_thing_with(t, tokens[i + 1], k, keys[i + 1])
                     else k for i, (t, k) in enumerate(zip(tokens, move_keys))]
        # "rain in the olive growing regions": a crop's growing before a kind of land says which land,
        # no rise asked ("olive producing regions" never moved either).
        if "growing" in lowers:
            move_keys = [k - _MOVE_KEYS if _crop_growing_land(tokens, i) else k for i, k in enumerate(move_keys)]
        # "the total contract value": a word that names a thing as well as a move ("contract" is an
        # agreement), before the value or worth of it, is that thing; "the increase amount" still moves.
        move_keys = [k - _MOVE_KEYS if k & _MOVE_KEYS and i + 1 < len(tokens) and tokens[i + 1].lemma in VALUE_WORDS
                     and k - _MOVE_KEYS - {t.lemma, t.lower, stem(t.lemma)} else k for i, (t, k) in enumerate(zip(tokens, move_keys))]
        # "how big is the new operations contract?": a bare word that names a thing as well as a move,
        # asked of with only "is" for a verb, is the thing ("how much will output contract?" moves).
        move_keys = [k - _MOVE_KEYS if k & _MOVE_KEYS and _only_a_thing_asked(tokens, i, k) else k
                     for i, (t, k) in enumerate(zip(tokens, move_keys))]
    # A weight asked takes every move word out of the direction below: one search of the question,
    # where the test inside the walk searched it again for every word.
    weight_asked = _WEIGHT_ASKED_GUARDED.search(text) is not None
    query = Query(
        text=text,
        intent="",
        terms=terms,
        entities=[],  # fetched by the evidence step, for the articles at hand only
        entity_keys=names,
        times=times,
        numbers=_numbers(text, [(x.start, x.end) for x in (*times, *bases)]),
        # "the highest rate" ranks; it asks for no rise; nor does "at least three months behind" a fall.
        # "how much wheat will they grow?": growing a crop is producing it, not a rise.
        # "is the loss bigger": a loss is a measure, the comparative its move.
        # "the growth outlook" names the forecast of a measure ("lower its growth forecast" is a cut).
        # (a question with no move word, most, has no direction: its filter walk is skipped)
        direction="" if not any(k & _DIRECTION_KEYS for k in move_keys) else _direction([k for i, (t, k) in enumerate(zip(tokens, move_keys))
                              if not t.lower.endswith("est") and t.lower != "least" and t.lemma not in ("loss", "deficit")
                              and not ("produce" in k and _HOW_MUCH_OF_A_THING.search(lower))
                              # "how much new equity does it want to raise?": money raised is
                              # collected, no rise; "hazelnuts are grown in Turkey": cultivated
                              and not (t.lemma == "raise" and _HOW_MUCH_MONEY.search(lower))
                              and not weight_asked
                              and not (t.lemma == "grow" and t.lower == "grown" and i > 0 and tokens[i - 1].lower in _BE)
                              and not (t.lemma == "grow" and _grows_a_crop(tokens, i, text))  # (its own first test, inline)
                              and not (t.lower == "growth" and i + 1 < len(tokens) and tokens[i + 1].lemma in _OUTLOOK_WORDS)]),
        wants="level" if speed_at is not None else _wants(lower, wh, move_keys),
        currency=_currency(tokens) or ("USD" if _BARE_DOLLAR.search(text) else ""),
        pronoun=any(t.lower in _PRONOUNS for t in tokens),
        wh=wh,
        excluded=excluded,
    )
    query.bases = bases
    if query.direction and not _PRICED.isdisjoint(lemmas):
        # "how much have freight costs gone up?" of "the route has become costlier ..., with
        # freight ... up about 35%": a cost that rises is a dearer thing, one that falls a cheaper.
        dearer = _DEARER if query.direction == "up" else _CHEAPER
        query.terms = [replace(t, keys=t.keys | dearer) if t.lemma in _PRICED else t for t in query.terms]
    query.basis = comparison_basis(text)
    query.member_of = member_of
    grouped = {i for i, t in enumerate(tokens) if group_span[0] <= t.start < group_span[1]} if member_of else set()
    # "in Jan-Sep last year" of "in January-September": a month's short name inside a time is no
    # name to find when the article names that month in full (a month it never names still is one);
    # so is "since late Nov", a base the amount is counted from
    months = {i for i, t in enumerate(tokens) if t.lower in _SHORT_MONTHS and _SHORT_MONTHS[t.lower] in store.vocabulary
              and any(x.start <= t.start < x.end for x in (*times, *bases))} if times or bases else set()
    # (the set test first: a word the articles are indexed under is most of a question's, and
    # spares the dictionary reads of the name tests; every test is pure, the same words kept)
    vocabulary = store.index_vocabulary
    lower_names = frozenset(i for i, t in enumerate(tokens) if not keys[i] & vocabulary
                            and (_lowercase_name(t) or _lowercase_site_name(tokens, i))
                            and not any(x.start <= t.start < x.end for x in (*times, *bases)))
    # ("in chinese currency terms" names the currency, no place the answer must name)
    spent = set(_nation_currency_at(tokens)) if "currency" in lowers else set()
    query.unknown_names = _unknown_names(tokens, covered | grouped | months | spent, store, corrections, text, lower_names)
    query.unknown_names += [w for w in own_name_places if w not in query.unknown_names]
    query.kinds_of_measure = tuple((f"{tokens[i].lower} {tokens[i + 1].lower}", keys[i], keys[i + 1])
                                   for i in _measure_qualifiers(tokens, keys, covered, text, wholes=True))
    _count_slots(query, tokens, keys, entity_hits)
    query.intent = detect_intent(query, lower, tokens)
    if query.intent == "derived" and "per pound" in lower and _PRICE_ASKED.search(lower):
        # "how much has the rotterdam price risen per pound in dollars": a price per pound is one
        # per pound of weight, no rate of the pound sterling to work out
        query.intent = detect_intent(query, lower.replace("per pound", "per lb"), tokens)
    if query.intent == "derived" and EXCHANGE_RATE.search(lower):
        # "what exchange rate does the project cost imply?": the rate is worked out of an amount
        # told in two currencies, which no sentence calls a rate; "exchange" names no kind of it.
        query.kinds_of_measure = tuple(k for k in query.kinds_of_measure if not k[0].endswith(" rate"))
    if query.intent == "when" and "announce" in lower:
        # "when was customs' announcement about jilin using the port": an announcement's time is when
        # its body said it ("In May, Chinese customs said ..."); the noun is the verb's deed
        saying = word_keys("announce", "announce")  # the verb's keys: "say" (its lexicon class), "announce", "announc"
        query.terms = [replace(t, keys=t.keys | saying) if t.lemma == "announcement" else t for t in query.terms]
    if query.intent == "when" and query.numbers:
        # "When did the two firms sign the JV?": "The two companies first signed a memorandum in
        # March" states no figure asked; the pair is the story's, whose signing the lead dates.
        query.numbers = _numbers(text, [(x.start, x.end) for x in (*times, *bases)], parties=False)
    part_of = _part_of_a_place(tokens, entity_hits) if query.intent in ("what", "where") else None
    if part_of is not None:
        # "vladivostok - which part of russia is that in?": where in the country it is ("the
        # biggest port in the Russian Far East"); "part" is no word to find.
        query.intent = query.wh = "where"
        query.terms = [replace(t, required=False) if t.position == part_of else t for t in query.terms]
    if query.wants == "count" and " use" in lower and query.count_keys:
        # "how many coal trucks a day use the road": the things counted doing what they are for
        # ("About 1,400 trucks a day currently carry coal along the road"); "use" is no word to find.
        query.terms = [replace(t, required=False) if t.lemma == "use" and not t.keys & query.count_keys else t for t in query.terms]
    if ("part" in lower or "bit" in lower or "portion" in lower) and (piece := _piece_after_noun(tokens)) is not None:
        # "est cost of the railway part": the railway's part is the railway the sentence names
        # ("the cost of the double-track railway"); "part" is no word it need say.
        query.terms = [replace(t, required=False) if t.position == piece else t for t in query.terms]
    if query.intent == "what" and _NAME_OF.search(lower) and query.terms and query.terms[-1].lemma in _PERSON_POSTS:
        # "name of the foreign trade minister?": the holder of a post asked by name is a who
        # question ("Who is the foreign trade minister?"); "name" is no word the sentence says.
        query.intent = query.wh = "who"
        query.terms = [t for t in query.terms if t.lemma != "name"]
    if query.intent == "when" and timed and query.unknown_names:
        # "When did the port put out its Jan-Sept numbers?": the months only say which numbers, and
        # whether "the first nine months" is that span the period check decides; a figure asked
        # "in the April-June quarter" must be of a period the article names.
        unnamed = {tokens[i].text for i in timed}
        query.unknown_names = [w for w in query.unknown_names if w not in unnamed]
    if excluded and (kind := _OTHER_KIND.match(lower)):
        # "what other fruit does the service carry apart from grapes": the thing left out says the
        # kind; "Besides grapes, the service carries cherries, plums ..." need not name it.
        query.terms = [replace(t, required=False) if tokens[t.position].start == kind.start("head") else t for t in query.terms]
    if excluded and query.intent == "where" and not any(canonical_place(x) for x in excluded_names(excluded)):
        query.intent = "what"  # "apart from the canal, where does Egypt get its currency?": sources, not places
    if query.intent != "why":
        # "aluminium imports": an unknown kind of a measure is a near miss; "why are manufacturers
        # moving production" asks the reason for a move, and "exchange rate" names a computation.
        query.unknown_names += [w for w in _unknown_kinds(tokens, keys, covered, store, text)
                                if not (query.intent == "derived" and lemma(w) in _COMPUTATION)]
        query.unknown_names += _unknown_count_kinds(query, tokens, keys, store)
        query.unknown_names += [w for w in _unknown_routes(tokens, keys, covered, store, corrections) if w not in query.unknown_names]
        if query.intent == "figure":
            query.unknown_names += [w for w in _unknown_routes(tokens, keys, covered, store, corrections, ends=True)
                                    if w not in query.unknown_names]
    if query.intent == "what":
        query.unknown_names += [w for w in _unknown_thing_asked(text, tokens, keys, covered, store) if w not in query.unknown_names]
    if query.intent == "yesno":
        # "did the stock go up after the results": when, not what; the sentence may not name the news.
        after_news = {k for i in range(2, len(tokens)) if tokens[i].lemma in _NEWS_NOUNS for k in _news_after(tokens, i)}
        query.terms = [replace(t, required=False) if t.position in after_news else t for t in query.terms]
        # "did the stock go up when the plant opened": the clause says when, which the sentence
        # of the move may give by its date ("Its shares rose 4.2% on Wednesday").
        when = _WHEN_CLAUSE.search(lower) if "when" in lower else None
        if when is not None and when.group() == "when" and when.start() > 0:
            query.terms = [replace(t, required=False) if tokens[t.position].start > when.start() else t for t in query.terms]
    if query.intent == "what" and query.wh == "what" and "when" in lower:
        # "what did Putin and Xi agree on when they met?": the meeting only says when; the
        # sentence must state the agreeing, not the meeting alone.
        clause = _WHEN_THEY.search(lower)
        if clause is not None and any(t.required and tokens[t.position].start < clause.start() for t in query.terms):
            query.terms = [replace(t, required=False) if tokens[t.position].start > clause.start() else t for t in query.terms]
    if query.intent in ("who", "what") and (opens := _describing_clause_start(lower)) >= 0 \
            and any(t.required and tokens[t.position].start < opens for t in query.terms):
        # "which companies own the joint venture that runs the plant?": the clause only tells which
        # venture is meant, and the owning sentence ("owned by ..., a joint venture in which ...")
        # need not say what the venture does; its words count when found, never missing.
        query.terms = [replace(t, soft=True) if t.required and tokens[t.position].start > opens else t for t in query.terms]
    if (told := _told_first(text)) is not None and any(tokens[t.position].start > told.end() for t in query.terms) \
            and not (_TOPIC_FIRST.fullmatch(text, 0, told.end()) and _TAKEN_UP.search(text, told.end())):
        # "I keep hearing trade is booming like never before. what was it in september?", "putin and
        # xi met last week - what did they agree on?": what the user says first is context to rank
        # by, the asking sentence holds what must be found. A word the article never uses stays
        # required: "I heard iron ore exports fell. by how much?" is not about coal.
        vocabulary = store.index_vocabulary
        query.terms = [replace(t, required=False) if tokens[t.position].start < told.end() and not t.keys & MEASURES
                       and (t.keys & vocabulary or t.word.lower() in _SAID_IN_PASSING or t.lemma in _ASKER_AIM) else t for t in query.terms]
    if _CALLED_IT.search(text):
        # "what did Xi call Heilongjiang?", "who called it a pivotal gateway?": what one called a
        # thing is what one declared it ("should become a pivotal gateway, Xi declared"); not
        # "what is the forum called?", its name.
        query.terms = [replace(t, keys=t.keys | {"say"}) if t.lemma == "call" else t for t in query.terms]
    if query.intent == "what" and lower.startswith("what") and not _ALTERING.isdisjoint(t.lemma for t in query.terms):
        # "what did the CAB change in june?": the thing changed, asked, is told by the change's way
        # ("raised the fuel surcharge to level 6 from level 5", "cut the rate"); one way only, as
        # "did they raise it?" is not answered by "changed it". Only the verb closing the question
        # but for its time: "what is the govt changing about royalties" names what changes.
        query.terms = [replace(t, keys=t.keys | UP_KEYS | DOWN_KEYS) if t.lemma in _ALTERING and _closes_but_for_time(tokens, t.position)
                       else t for t in query.terms]
    if query.intent == "what" and (called := ASKS_NAME.search(lower)) is not None and called.group().endswith("called"):
        # "whats the new boat called?": "called" only asks the name, as "name of" does; the
        # sentence that gives it may say "named Kaieteur Spirit", "called ..." or neither.
        query.terms = [replace(t, required=False, keys=t.keys | {"name"}) if t.lemma == "call" else t for t in query.terms]
    if query.intent == "derived":
        # Words naming the computation are not the topic: "what exchange rate does X imply".
        # ("combined" is lemmatised to "combine", still the sum asked, so its own form counts too)
        # But "the combined length of the spills" uses it as the text does ("lasted a combined
        # 76,400 hours"), a word to find, where "the four countries combined" names the sum.
        echoed = _COMBINED_BEFORE_NOUN.search(lower) is not None
        query.terms = [replace(t, required=False)
                       if (t.lemma in _COMPUTATION or t.word.lower() in _COMPUTATION) and not (echoed and t.lemma == "combine") else t
                       for t in query.terms]
    if query.intent == "derived" and MULTIPLE_ASKED.search(lower):
        # "so exports nearly doubled? whats the multiple vs last yr": the multiple is worked out,
        # and "doubled" is the asker's guess at it, which "soared 82.3%" answers in a word of its own.
        query.terms = [replace(t, required=False) if t.lemma in _MULTIPLE_WORDS or t.word.lower().rstrip("d") in _MULTIPLE_WORDS else t
                       for t in query.terms]
    if query.intent == "derived" and _STILL_TO_TARGET.search(lower):
        # "how many more workers does the plant still need to hire to hit its target?": the deed
        # still needed and the target hit are the computation; "employs 2,300 people, and the
        # workforce is set to rise to 4,500" states both levels in words of its own.
        spans = [m.span(g) for m in _STILL_TO_TARGET.finditer(lower) for g in ("deed", "aim") if m.start(g) >= 0]
        query.terms = [replace(t, soft=True) if t.required and any(a <= tokens[t.position].start < b for a, b in spans) else t
                       for t in query.terms]
    if query.intent == "derived" and query.times:
        # "quarterly sales in the same quarter a year ago": the period is the time asked, which
        # "revenue fell 6.4% ... in the July-September quarter" gives by its dates, not the word.
        # ("monthly inflation in June" is a kind of inflation, not annual: asked as a figure.)
        query.terms = [replace(t, required=False) if t.word.lower() in _PER_PERIOD else t for t in query.terms]
    if query.intent == "figure" and query.direction and query.wants in ("change", "money"):
        # "by how many euros did quarterly revenue go up": the quarter's revenue, which a company's
        # results give by the quarter's dates ("for the July-September period"), not the word.
        query.terms = [replace(t, required=False) if t.word.lower() in _PER_PERIOD and i + 1 < len(query.terms)
                       and query.terms[i + 1].lemma in _FIRM_RESULTS and query.terms[i + 1].position == t.position + 1 else t for i, t in enumerate(query.terms)]
    if query.intent == "figure" and query.times:
        # "what was the monthly total in september?": the month's total, which the sentence gives
        # by the month ("In September, trade surged to $21.18 billion"), not the word "monthly".
        query.terms = [replace(t, required=False) if t.word.lower() in _PER_PERIOD and i + 1 < len(query.terms)
                       and query.terms[i + 1].lemma in VALUE_WORDS and query.terms[i + 1].position == t.position + 1 else t
                       for i, t in enumerate(query.terms)]
    if query.intent in ("figure", "derived") and query.direction and any(t.word.lower() in _YEARLY_WORDS for t in query.terms):
        # "by how much will annual capacity go up?": a capacity is a yearly rate already, which
        # "Capacity is set to rise to 3 million TEUs" gives without the word. Only for a move
        # asked: "the annual capacity of phase 1" keeps the word that tells phase 1's rate apart.
        query.terms = [replace(t, required=False) if t.word.lower() in _YEARLY_WORDS and i + 1 < len(query.terms)
                       and query.terms[i + 1].lemma in _YEARLY_RATES and query.terms[i + 1].position == t.position + 1 else t
                       for i, t in enumerate(query.terms)]
    if query.wants == "count" and (spans := [m.span("works") for m in _ALONG_THE_WORKS.finditer(lower)]):
        # "how many tunnels on the route?" over "the track will include 48 tunnels": the works the
        # things counted stand along are the story's own, named in its words or not at all.
        query.terms = [replace(t, soft=True) if t.required and any(a <= tokens[t.position].start < b for a, b in spans) else t
                       for t in query.terms]
    if query.wh == "where":
        # "where was the summit held?": holding and taking place are what "where" asks about.
        query.terms = [replace(t, required=False) if t.lemma in WHERE_VERBS else t for t in query.terms]
    if query.wh == "where" and (ways := [m.span(1) for m in _VIA_PHRASE.finditer(lower)]):
        # "which ports will the goods go to via the Russian route?": the way is how they get
        # there, told in the article's own words ("using Vladivostok"), not the place asked. A place
        # noun stays ("pass thru the Russian port"): the waypoint, which the article names by its kind.
        query.terms = [replace(t, required=False) if t.lemma not in gz.PLACE_NOUNS
                       and any(a <= tokens[t.position].start < b for a, b in ways) else t
                       for t in query.terms]
    if query.wh == "when" and _TAKES_PLACE.search(lower):
        # "when's the first auction taking place?": taking place is the happening a date answers,
        # which "the first auction ... will be held on March 19" states in words of its own.
        spans = [m.span() for m in _TAKES_PLACE.finditer(lower)]
        query.terms = [replace(t, required=False) if any(a <= tokens[t.position].start < b for a, b in spans) else t
                       for t in query.terms]
    if query.wh in ("where", "which") and (before := _BEFORE_THE_NEW.search(lower)) is not None \
            and any(t.required and tokens[t.position].start < before.start() for t in query.terms):
        # "which port did the chilli go through before the air link?": the new thing only dates
        # the old way, which its sentence ("Before the flight, most chilli travelled by truck to
        # the port of Dar es Salaam", "Until last month, cargoes were transshipped through Busan")
        # tells in words of its own; its words count when found, never missing.
        query.terms = [replace(t, soft=True) if t.required and tokens[t.position].start > before.start() else t for t in query.terms]
    if query.intent == "when" and "before" in lowers and (before := _LONG_BEFORE.search(lower)) is not None:
        # "how long before the shenyang summit did putin and xi sit down?": the later event only
        # sets off the earlier one, whose date is asked; its words count when found, never missing.
        query.terms = [replace(t, soft=True) if t.required and before.start() < tokens[t.position].start < before.end() else t
                       for t in query.terms]
    if query.wh == "where" and query.intent == "figure":
        # "where did the rand trade?": trading, standing, settling are how a level is stated.
        query.terms = [replace(t, required=False) if t.lemma in _SETTLING_VERBS | {"trade", "quote", "hover"} else t
                       for t in query.terms]
    if _HOW_IT_DID.search(lower):
        # "how did equities perform?": the verb asks for the return; "best-performing" is no answer.
        query.terms = query.terms[:-1] if query.terms and query.terms[-1].position == len(tokens) - 1 else query.terms
    if _MARKET_SHARE.search(lower):
        # "what share of the market did SUVs have?": the market is the sales it is a share of.
        query.terms = [replace(t, required=False) if t.lemma == "market" else t for t in query.terms]
    if book := _LOAN_BOOK.search(lower):
        # "how big is the bank's home loan portfolio?": a lender's book is its loans ("A$398.6
        # billion of home loans"), which the story need not call a book.
        query.terms = [replace(t, required=False) if tokens[t.position].start == book.start("head") else t for t in query.terms]
    if _HAVE_LEFT.search(lower):
        # "how many days of coal do plants have left": what they still have, no departure ("left"
        # as in "quit"); the stock's own sentence says "enough for about 13 days of use".
        query.terms = [replace(t, required=False) if t.word.lower() == "left" else t for t in query.terms]
    if query.wh == "how long":
        # "how long will the strike last": lasting is what the answer measures.
        query.terms = [replace(t, required=False) if t.lemma in _LASTING else t for t in query.terms]
    if query.intent in ("why", "what", "figure"):
        # "why does the analyst reckon the premium is too small?": what they reckon is what they
        # said ('"The premium looks thin because ...," said Giulia Moretti'), or a forecast ("We expect");
        # so is a figure they reckon ("what does he reckon volumes could get to" / "Kwok said exports could reach").
        query.terms = [replace(t, keys=t.keys | {"say"}) if t.lemma in _OPINION_VERBS else t for t in query.terms]
    if query.intent == "why":
        # "why was the outlook cut so steep?", "why is the company pushing so hard overseas?": how
        # far it went is how the question leans on it; the cut or the push is what is explained.
        # But "why has the yen been so weak?": the weakness is all that is asked.
        moved = any(t.required and t.keys & (UP_KEYS | DOWN_KEYS) for t in query.terms)
        so_at = {i + 1 for i, t in enumerate(tokens[:-1]) if t.lower == "so" and (moved or i > 0 and tokens[i - 1].lower.endswith("ing"))}
        query.terms = [replace(t, required=False) if t.position in so_at and not t.keys & (UP_KEYS | DOWN_KEYS) else t
                       for t in query.terms]
    if query.intent == "why":
        _why_phrasing(query, tokens, lower)
    if query.intent == "what" and query.wh == "how":
        # "how will jilin goods get to eastern china more cheaply?": the manner is what the way
        # achieves ("to ship goods ..., cutting costs"), no word to find.
        manner = _manner_positions(tokens)
        query.terms = [replace(t, required=False) if t.position in manner else t for t in query.terms]
    if query.intent == "what" and query.wh == "what" and any(t.lemma == "become" for t in tokens):
        # "what is NE China becoming more important as?" / "gaining new strategic significance as a
        # zone of bilateral trade": the quality is the word to find, as in a why-question.
        framing = _becoming_more(query, tokens)
        if any(t.required and t.position not in framing for t in query.terms):
            query.terms = [replace(t, required=False) if t.position in framing else t for t in query.terms]
    if query.intent == "why" and query.wh == "what":
        # "what's dragging down exports?": the dragging is the answer's, not a word to find.
        query.terms = [replace(t, required=False) if _CAUSE_VERB.fullmatch(t.word.lower()) else t for t in query.terms]
    if query.intent == "why" and query.wh == "how" and _HOW_MOVED.search(lower):
        # "How have exports been boosted?": "have been helped by a protocol" tells the boost in its cause's words.
        query.terms = [replace(t, required=False) if _CAUSE_VERB.fullmatch(t.word.lower()) else t for t in query.terms]
        # "How is Ethiopia trying to ease the burden of the railway loans?": easing or cutting, and
        # the load it lifts, are what the means does ("to extend repayment ... on the railway loans");
        # the thing after "of" is what it is done to.
        done = _move_done_to(tokens)
        query.terms = [replace(t, required=False) if t.position in done else t for t in query.terms]
    if query.intent == "why" and query.wh == "how":
        # "How will the port help Jilin?": helping is what the answer says, not a word to find.
        query.terms = [replace(t, required=False) if _HOW_IT_HELPS_WORD.fullmatch(t.word.lower()) or t.lemma in _JUSTIFYING else t
                       for t in query.terms]
        if _HOW_IT_HELPS.search(lower):
            # "how does the Vladivostok route help Jilin shippers?": the route is Vladivostok's and the
            # shippers Jilin's; a sentence naming both ("Jilin would be able to use Vladivostok ...,
            # cutting costs") tells the help without the asker's words for them.
            owned = {t.position for t in query.terms if t.position > 0 and tokens[t.position - 1].lower in query.entity_keys}
            query.terms = [replace(t, required=False) if t.position in owned else t for t in query.terms]
    # "who said jilin could route goods via vladivostok": routing a thing through a place is using
    # the place, as the lexicon's "route via" is ("would be able to use Vladivostok ... to ship
    # goods"), with the thing routed in between.
    routed = ({i for i, t in enumerate(tokens) if t.lemma in ("route", "routing") and any(u.lower in _VIA_WORDS for u in tokens[i + 2:i + 5])}
              if "route" in lemmas or "routing" in lemmas else set())
    if routed:
        query.terms = [replace(t, keys=t.keys | {"use"}) if t.position in routed else t for t in query.terms]
    if query.intent in ("yesno", "why"):
        # "did trade hit a record?": "rose 9.4% to a record $68.7 billion" reaches it by another
        # verb; the record (high, peak) is what must be found.
        reaching = {i for i, t in enumerate(tokens) if _REACHES_A_LEVEL.match(text, t.start)}
        query.terms = [replace(t, required=False) if t.position in reaching else t for t in query.terms]
    if query.intent == "figure" and query.direction == "up" and _HOW_FAST.search(lower):
        # "how fast were prices rising?": the pace of prices is inflation ("Annual urban consumer
        # price inflation accelerated to 27.4%"), as "consumer prices" is.
        query.terms = [replace(t, keys=t.keys | {"inflation"}) if t.lemma == "price" else t for t in query.terms]
    if query.intent == "figure" and any("inflation" in t.keys for t in query.terms):
        # "How much did consumer prices rise?": inflation is the rise; "monthly inflation was 1.37%".
        query.terms = [replace(t, required=False) if t.keys & UP_KEYS and "inflation" not in t.keys else t for t in query.terms]
    if query.intent == "figure":
        # "q2 return?": a fund's return is what it gained or lost ("lost 3.1% ... gaining 7.9%").
        # One way only: a gain is no synonym of a loss.
        query.terms = [replace(t, keys=t.keys | UP_KEYS | DOWN_KEYS) if t.lemma == "return" else t for t in query.terms]
    if query.intent == "who":
        # "Who heads the central bank?": whoever holds its top title, whatever the title is.
        # But a thing running until a time lasts and nobody runs it ("who announced that the ban
        # would run to year-end?"): no word to find, nor a chair's title to prefer; the article
        # may say it is extended ("until Dec. 31").
        lasts = _RUNS_TO.search(text) is not None
        # And to head a thing is to lead it: "Who headed the trade delegation?" / "The March
        # mission, led by Deputy Trade Minister Sipho Ndlovu".
        query.terms = [replace(t, keys=t.keys | _LEADER_TITLES | _HEAD_LEADS.get(t.lemma, frozenset()))
                       if t.lemma in ("head", "lead", "run") else t
                       for t in query.terms if not (lasts and t.lemma == "run")]
        titled = any(t.lemma in _LEADER_TITLES | _GOVERNMENT_POSTS for t in query.terms)
        if _IN_CHARGE_OF.search(text):
            # "Who is in charge of the commerce department?": its head by any title ("said Wang
            # Lihua, director of the department"). "the minister in charge of trade" names the
            # title itself, and being in charge is no word to find.
            # So is a government's holder of the portfolio: "who in the state govt is in charge of
            # investment?": "Kedah's executive councillor for investment, Haslinda Mohd Yusof".
            governs = any("government" in t.keys for t in query.terms)
            query.terms = [t if t.lemma != "charge" else replace(t, required=False) if titled
                           else replace(t, keys=t.keys | _LEADER_TITLES | (_GOVERNMENT_POSTS if governs else frozenset()))
                           for t in query.terms]
        # "Which govt official talked about the audit?": whoever holds a post of government
        # ("Agriculture Minister Paulo Henrique Teixeira said"), the word "official" or not.
        # "Which government minister commented?": a minister's post is the government's, though no
        # other post is a minister's ("the EU agriculture commissioner").
        officials = {t.position for t in query.terms if t.lemma == "official"}
        posts = officials | {t.position for t in query.terms if t.lemma in _GOVERNMENT_POSTS}
        if posts:
            query.terms = [replace(t, keys=t.keys | _GOVERNMENT_POSTS) if t.position in officials
                           or (t.lemma == "government" and t.position + 1 in posts) else t for t in query.terms]
        # "whats the source for the news that the deals were signed?": the source told it
        # ("according to Chinese state media").
        query.terms = [replace(t, keys=t.keys | {"say"}) if t.lemma == "source" else t for t in query.terms]
        if any(t.lemma in _FINANCES for t in query.terms) and any(t.lemma in _IN_CHARGE or t.keys & _LEADER_TITLES for t in query.terms):
            # "Who is in charge of the airline's finances?": its chief financial officer.
            # The firm whose finances they are is no body asked for ("the airline's"). Money
            # nobody is said to run is only what is done: "which chinese bank is putting up the
            # money" asks a bank ("a loan from the Export-Import Bank of China").
            query.terms = [replace(t, keys=t.keys | {"cfo"}) if t.lemma in _FINANCES
                           else replace(t, required=False) if t.keys & _LEADER_TITLES or t.lemma in _IN_CHARGE else t
                           for t in query.terms if t.lemma not in gz.ORG_NOUNS]
    if "money" in lower or "cash" in lower:
        more_money = _MORE_MONEY.search(text)
        if more_money is not None:
            # "Did Mongolia make more money from coal?" / "Coal export revenue nevertheless fell 8.6%":
            # more money made is more takings, whatever the story calls them.
            # "more" of it is a rise, which the article states as a move ("fell 8.6%" is a no).
            query.terms = [replace(t, keys=t.keys | _TAKINGS) if t.lemma in ("money", "cash")
                           else replace(t, required=False) if t.word.lower() in ("more", "less") else t for t in query.terms]
            query.direction = query.direction or ("up" if "more" in more_money.group().lower() else "down")
    # ("which russian city was it headed to?" asks a city, which a country it went to is not)
    # ("and where was it headed?" follows up the same way)
    if query.wh == "where" and _LEADING_AND.sub("", lower).lstrip().startswith("where") and query.terms and query.terms[-1].word.lower() in _HEADED_WORDS \
            and all(not is_content(tk) or tk.lower in ("to", "for") for tk in tokens[query.terms[-1].position + 1:]):
        # "where was the first train headed?": its destination ("departing for Russia"), no head of anything
        query.terms = query.terms[:-1] + [replace(query.terms[-1], keys=_DESTINATION_KEYS)]
    query.terms = _heading_to(tokens, query.terms)
    # "more expensive", "slow down": one move written in two words is one word to find.
    moves = {t.position: t.keys & (UP_KEYS | DOWN_KEYS) for t in query.terms}
    query.terms = [replace(t, required=False) if moves[t.position] and moves.get(t.position + 1) == moves[t.position]
                   and t.lemma not in MEASURES else t for t in query.terms]
    if query.wants == "change" and query.direction == "up":
        # "how much extra capacity does the expansion add?": "extra" is the rise asked, which
        # "raising capacity to 4.1 million TEUs from the current 2.3 million" states without the word.
        query.terms = [replace(t, required=False) if t.keys & _EXTRA_KEYS else t for t in query.terms]
    if query.intent in ("figure", "derived") and (_SHARE_ASKED_GUARDED.search(lower) or _OWN_PART_ASKED.search(lower)):
        # "what share of its volumes went to China?": "taking 61% of volumes" states it without
        # the word; figures.rank_figures keeps to percentages of something.
        query.wants = "percent"
        query.terms = [replace(t, required=False) if t.lemma in SHARE_WORDS or _part_asked(tokens, t) else t for t in query.terms]
        # "how big a slice of SA's wine exports does China account for?": the verb only restates
        # the share asked; "lifting China's share to 6.2%" states it without the verb.
        query.terms = [replace(t, required=False) if _share_verb(tokens, t.position) else t for t in query.terms]
        query.terms = [replace(t, soft=True) if t.lemma in _SUPPLY_WORDS and _after_named(tokens, t.position, query.entity_keys)
                       else t for t in query.terms]
    if query.intent == "figure" and "deep" in lower and HOW_DEEP.search(lower):
        # "how deep is the water at the new port?": the water's depth is the port's draught ("a
        # draught of 18 metres"), told without the word; the water is no measure of its own to
        # match ("ships need at least 16 metres of water" is what they need, not the port's depth)
        query.terms = [t for t in query.terms if t.lemma != "water"]
    gets_for = _GETS_FOR.search(lower) if query.intent == "figure" else None
    if gets_for and not any(t.keys & MEASURES for t in query.terms):
        # "what are farmers getting for their palay?": the price of the thing, which "Farmgate
        # prices for palay averaged 14.20 pesos per kg" states without naming who sells it
        # ("what price per tonne did Coolibah get for its ore?" names what it asks: left as it is).
        query.terms = [replace(t, required=False) if tokens[t.position].start < gets_for.start() else t for t in query.terms]
    sells_for = _SELLS_FOR.search(lower) if query.wants == "money" else None
    if sells_for:
        # "What were soybeans fetching at Paranaguá?", "... selling for ...": the verb asks the
        # price, which "Soybeans at the port of Paranaguá averaged 132.40 reais" need not say.
        query.terms = [replace(t, required=False) if sells_for.start() <= tokens[t.position].start < sells_for.end() else t
                       for t in query.terms]
    earned_selling = _EARNED_SELLING.search(lower) if query.wants == "money" else None
    if earned_selling:
        # "How much did Brazil earn selling beef to China?": the selling is how the money was
        # earned, which "Revenue from the shipments rose 44.8% to $812.6 million" states without it.
        query.terms = [replace(t, required=False) if tokens[t.position].start == earned_selling.start("sell") else t
                       for t in query.terms]
    if _PER_UNIT_ASKED.search(lower):
        # "what did Egypt pay per tonne?": the price is what is paid; "was bought at $246.50 a
        # tonne" need not say "pay".
        query.terms = [replace(t, required=False) if t.lemma in _PAYING_VERBS else t for t in query.terms]
    if _HOW_FULL.search(lower):
        # "how full are Sahra's flights?": the load factor is of its flights, which "its average
        # load factor rose to 83.6%" need not name.
        query.terms = [replace(t, required=False) if "full" not in t.keys and t.lemma not in _PERIOD_NOUNS else t
                       for t in query.terms]
    if query.wants == "change":
        # "how much did it change?": the change is what the answer states, not a word to find.
        query.terms = [replace(t, required=False) if t.lemma in ("change", "move", "movement") else t for t in query.terms]
    if query.intent == "who":
        # "who's the chinese exec that spoke to reuters": a company person is what is asked, and
        # "Wang Lihua, vice-president of Jiangsu Huarong, told Reuters" need not say "executive".
        query.terms = [replace(t, required=False) if t.word.lower() in _PERSON_ROLE_WORDS else t for t in query.terms]
    if query.intent == "yesno":
        # "Did exports fall?" asks about exports; whether they fell is the verdict, not a filter.
        query.terms = [replace(t, required=False) if t.keys & (UP_KEYS | DOWN_KEYS | SOFTENING) and t.lemma not in MEASURES else t
                       for t in query.terms]
        # "Did the West approve?" is answered by "disapproval from the West": search for both.
        query.terms = [replace(t, keys=t.keys | opposite_keys(opposed)) if (opposed := opposed_word(t)) else t
                       for t in query.terms]
    if _SINGLE_AFTER_TOP_ASKED.search(text):
        # "whats the biggest single deal worth": "single" only stresses the superlative; "The
        # largest deal, worth $310 million" need not say it.
        singles = {i for i in range(1, len(tokens)) if tokens[i].lower in ("single", "individual")
                   and _SINGLE_AFTER_TOP.fullmatch(f"{tokens[i - 1].lower} {tokens[i].lower}")}
        query.terms = [replace(t, required=False) if t.position in singles else t for t in query.terms]
    return query


# (one noun, then the question's verb: "what other fruit does ...", not "what other farm goods took"
# whose "farm" narrows the kind)
_OTHER_KIND = lazy_compile(r"^\s*(?:what|which)\s+other\s+(?P<head>[a-z]+)\s+(?:does|do|did|is|are|was|were|has|have|had|will|would|can|could)\b")


# ("the biggest single deal", "the largest individual order": emphasis, not a kind of deal)
_SINGLE_AFTER_TOP = lazy_compile(r"\b(?:biggest|largest|greatest|highest|smallest|most|top)\s+(?:single|individual)\b", re.IGNORECASE)
_SINGLE_AFTER_TOP_ASKED = Guarded(_SINGLE_AFTER_TOP, ("single", "individual"), fold=True)  # (fullmatch reads the pattern itself)


_REQUEST_VERBS = frozenset("give show tell find get send".split())
_POLITE = frozenset("can could would will you pls plz please just quickly kindly u".split())
_FREIGHT_VERBS = frozenset("move go pass ship carry handle haul transport flow travel".split())
_FREIGHT_UNITS = frozenset("tonnes tons barrels containers teus teu cargoes shipments".split())
_CAPACITY_VERBS = frozenset("move carry handle haul transport ship produce process hold store generate refine make build treat load take".split())
_OWN_CRAFT = frozenset("boat ship vessel ferry plane aircraft jet flight train truck lorry bus tanker freighter".split())
_FINANCES = frozenset("finance finances money books".split())
_MORE_MONEY = lazy_compile(r"\b(?:make|makes|making|made|earn|earns|earning|earned|bring|brings|bringing|brought|rake|raked)"
                           r"\s+(?:in\s+)?(?:more|less)\s+(?:money|cash)\b", re.IGNORECASE)
_TAKINGS = frozenset({"revenue"})
_IN_CHARGE_OF = re.compile(r"\bin\s+charge\b", re.I)
_IN_CHARGE = frozenset("charge oversee manage handle look run head lead".split())
# ("what % of brazils beef exports went to china": a percentage by its sign)
# "what part of the loan came from Ghanaian banks?" asks a share of an amount, as "what share of"
# does; "what part of Russia is it in?" asks a place, so only a whole that is an amount.
_PART_OF_AMOUNT = (r"\b(?:what|which)\s+part\s+of\s+(?:the\s+|its\s+|their\s+|this\s+|that\s+)(?:[\w-]+\s+)?"
                   r"(?:loan|money|funding|financing|funds|cost|total|investment|budget|bill|output|production|exports?|imports?"
                   r"|sales|revenue|shipments|capital|debt|amount|sum|spending|profit|income|trade|volume|cargo|throughput)s?\b")
SHARE_ASKED = re.compile(r"(?:\b(?:share|proportion|percentage|slice|fraction|portion)|\bwhat\s+(?:%|percent|per\s+cent))\s+of\b(?!\s+(?:the\s+)?(?:\w+\s+)?market\b)"
                         r"|['’]s\s+(?:share|slice|proportion)\b(?!\s+(?:price|prices|buyback|sale))|" + _PART_OF_AMOUNT)
# SHARE_ASKED as parsing searches it: each branch needs one of these words ("%" or "cent" for "what % of").
_SHARE_ASKED_GUARDED = Guarded(SHARE_ASKED, ("share", "proportion", "percent", "slice", "fraction", "portion", "%", "cent", "part"))
SHARE_WORDS = frozenset("share proportion percentage slice fraction portion".split())
# A verb and its particle that say a part is a share of a whole ("account for", "make up"; "is
# met by", "is covered by": the part named after "by", as in "Russian gas now covers about 12%").
_SHARE_VERBS = {"account": "for", "make": "up", "meet": "by", "cover": "by"}
# "met by Russian supplies": goods named by where they come from, the goods' own word ("gas")
# told elsewhere in the question; a share's sentence says "Russian gas", not "supplies".
_SUPPLY_WORDS = frozenset({"supply"})


def _after_named(tokens: list[Token], i: int, keys: list[str]) -> bool:
    """Whether token i follows a one-word name the question names ("Russian supplies")."""
    return i > 0 and tokens[i - 1].lower in keys


def _part_asked(tokens: list[Token], t: Term) -> bool:
    """Whether the term is the "part" of "what part of the loan ...", a share asked (_PART_OF_AMOUNT);
    not "what share of the parts", the whole."""
    return t.lemma == "part" and t.position > 0 and tokens[t.position - 1].lower in ("what", "which")


def _share_verb(tokens: list[Token], i: int) -> bool:
    """Whether token i is a verb of being a share of something, followed by its particle."""
    return (0 <= i < len(tokens) - 1 and tokens[i].lemma in _SHARE_VERBS
            and tokens[i + 1].lower == _SHARE_VERBS[tokens[i].lemma])
# "how much of its fertiliser does Brazil import?": a part of the doer's own whole, told as a share
# ("Brazil imports about 85% of the fertilisers its farmers use"), not the tonnes it bought from one seller.
_OWN_PART_ASKED = re.compile(r"\bhow much of (?:its|their|his|her)\s+(?:[\w-]+\s+){1,3}?(?:does|do|did)\s+(?:[\w'-]+\s+){1,3}?"
                             r"(?:import|export|buy|sell|purchase|produce|grow|consume|use|get|source)\b")
PER_UNIT = re.compile(r"\b(?:per|a|an)\s+(?:tonne|ton|barrel|ounce|kilo|kg|litre|liter|gallon|bushel|bag|mwh|kwh)\b")
_PER_UNIT_ASKED = Guarded(PER_UNIT, ("ton", "barrel", "ounce", "kilo", "kg", "litre", "liter", "gallon", "bushel", "bag", "mwh", "kwh"))
_PAYING_VERBS = frozenset("pay cost charge spend fetch".split())
# Lexicon groups of a loan's two sides: what is lent or borrowed is money, whatever it is called.
_LENDING_KEYS = frozenset(("lend", "borrow"))
_HOW_FULL = re.compile(r"\bhow full\b")
_HOW_FULL = Guarded(_HOW_FULL, ("how full",))
# Who takes what is sent somewhere: "cargoes went to Asian customers".
_PASSING = frozenset({"cross", "transit"})
_RATE_VERBS = frozenset({"cost", "buy", "fetch", "get"})
_PASSED_AT = frozenset({"at", "through", "via"})
_RECIPIENTS = frozenset({"customer", "client", "buyer", "consumer", "market", "purchaser", "importer", "user"})
_PERIOD_NOUNS = frozenset("quarter month week year half fortnight".split())
# The seasons of the year ("fall" left out: it is far more often a verb).
_SEASONS = frozenset("summer winter spring autumn".split())
# not "full": "full-year 2023" names a period a sentence says
_ALL_OF = frozenset("whole entire".split())
_SPAN_COUNTS = frozenset(SMALL_COUNTS)
_MARKET_SHARE = lazy_compile(r"\bmarket share\b|\bshare of (?:the |its |their )?(?:\w+ )?market\b")  # compiled once, not looked up in re's cache per call
_MARKET_SHARE = Guarded(_MARKET_SHARE, ("market",))
_LOAN_BOOK = lazy_compile(r"\b(?:loan|lending|mortgage|credit)s?\s+(?P<head>book|portfolio)s?\b")
_LOAN_BOOK = Guarded(_LOAN_BOOK, ("book", "portfolio"))
_LEVEL_OF_MOVE = {"lower": frozenset({"low"}), "higher": frozenset({"high", "most"})}
_FALLING_WEATHER = frozenset("rain rainfall snow snowfall precipitation hail".split())
# Verbs whose "up" or "down" is a particle, not a rise or a fall ("snap up" is buying, "set up"
# founding, "put down" paying), though "put up prices" raises them.
# Nouns of an undertaking ("the expansion deal", "the upgrade project") and the moves they name.
_UNDERTAKINGS = frozenset("deal contract project plan agreement programme program scheme work works loan investment".split())
_UNDERTAKEN_MOVES = frozenset("expansion upgrade extension".split())
_SCALED_CHARGES = frozenset("royalty tax levy duty tariff fee rate scale charge toll".split())
_PRICED = frozenset({"cost", "price"})
_PARTICLE_VERBS: dict[str, frozenset[str]] = {
    "up": frozenset("scoop snap buy end set sign make show sum use line tie team take".split()),
    "down": frozenset("put hand lay step back turn shut break".split()),
}
_PARTICLE_WORDS = frozenset(_PARTICLE_VERBS)  # the particles themselves, tested as a set
_PREFIXES = frozenset("mid pre post non semi sub".split())


def _put_up_last(tokens: list[Token], i: int) -> bool:
    """ "how big a loan did the chinese lenders put up": "put up" ending the question, with nothing
    after it to raise ("put up prices"), is putting money up, no rise."""
    return tokens[i].lower == "up" and tokens[i - 1].lemma == "put" and i == len(tokens) - 1


_HOW_MEASURE = frozenset("full busy crowded".split())
# Guarded (knowledge.lazy_re): searched only in a question with a word it needs, here "since".
_SINCE_EVENT = Guarded(lazy_compile(r"\bsince\s+(?:the|its|their|this|it|they)\b[\w\s/-]{0,30}?\s"
                                    # (with what it began doing: "since the bank started cutting" is its "since it began easing")
                                    r"((?:began|begun|started|kicked\s+off|got\s+(?:going|under\s*way)|opened|commenced)(?:\s+[a-z]+ing)?)\b", re.IGNORECASE),
                       ("since",), fold=True)
_PAST_YEAR = lazy_compile(r"(?:over|in|during) the (?:past|last) (?:year|12 months|twelve months)", re.IGNORECASE)
_BASES = (
    ("year", Guarded(re.compile(r"\b(?:over|in|during) the (?:past|last) (?:year|12 months|twelve months)\b|\byear[- ]on[- ]year\b|\by/y\b|\byoy\b|\bon the year\b|\bfrom a year (?:earlier|ago|before)\b"
                        r"|\b(?:compared with|than|vs\.?|versus) (?:(?:at )?(?:this|the same) time )?(?:a year (?:earlier|ago)|last year)\b|\bannual(?:ly)? (?:basis|terms)\b", re.IGNORECASE),
                     ("year", "months", "y/y", "yoy", "annual"), fold=True)),
    ("month", Guarded(re.compile(r"\bmonth[- ]on[- ]month\b|\bm/m\b|\bon the month\b|\bfrom the (?:previous|prior) month\b"
                         r"|\bmonth-over-month\b|\bmonthly basis\b", re.IGNORECASE),
                      ("month", "m/m"), fold=True)),
    ("quarter", Guarded(re.compile(r"\bquarter[- ]on[- ]quarter\b|\bq/q\b|\bqoq\b|\bfrom the (?:previous|prior) quarter\b"
                           r"|\bquarter-over-quarter\b|\bsequential(?:ly)?\b", re.IGNORECASE),
                        ("quarter", "q/q", "qoq", "sequential"), fold=True)),
)


def _whole_of_span(tokens: list[Token]) -> set[int]:
    """ "liaoning's whole 9-month exports", "the entire nine months": all of the span, which the
    span's own check holds to; no word a sentence says ("in the first nine months")."""
    out: set[int] = set()
    for i, t in enumerate(tokens[:-1]):
        if t.lower not in _ALL_OF:
            continue
        after = tokens[i + 1]
        if after.lemma in _PERIOD_NOUNS or (i + 2 < len(tokens) and tokens[i + 2].lemma in _PERIOD_NOUNS
                                            and (after.lower.isdigit() or after.lower in _SPAN_COUNTS)):
            out.add(i)
    return out


def stated_bases(text: str) -> set[str]:
    """What changes in the text are measured against: {"year"} for "year on year"."""
    return {name for name, pattern in _BASES if pattern.search(text)}


def comparison_basis(text: str) -> str:
    """The one basis a question asks a change on, else ""."""
    found = stated_bases(text)
    return next(iter(found)) if len(found) == 1 else ""


@lru_cache(maxsize=64)
def opposed_word(term: Term) -> str:
    """The word of OPPOSITES a term stands for: its lemma, or the profit a phrase names ("did
    they make money?" is answered no by "posted a net loss")."""
    if term.lemma in OPPOSITES:
        return term.lemma
    # "did the West sign off on it?", "green-light": a phrase of approving is approving, which
    # "despite disapproval from the West" answers no.
    if "approve" in term.keys and term.lemma not in _APPROVAL_OPPOSED:
        return "approve"
    # Only through a phrase: "earnings" is a profit's word but also a loss's ("earnings fell").
    return "profit" if "profit" in term.keys and term.lemma not in _PROFIT_SYNONYMS else ""


_PROFIT_SYNONYMS = frozenset(w for w in SYNONYMS["profit"] if " " not in w)
# (words the "approve" class holds that are its opposite's too, never an approval asked)
_APPROVAL_OPPOSED = frozenset(OPPOSITES["approve"])


@lru_cache(maxsize=64)
def opposite_keys(lemma_: str) -> frozenset[str]:
    """The index keys of the words meaning the opposite of this one: not the class of a fall a
    "loss" or a "decline" is in ("was havborg profitable?" is not answered by "order intake fell
    23%"), nor the function words of a phrase ("in the red" is no "in")."""
    keys: set[str] = set()
    for phrase in OPPOSITES[lemma_]:
        tokens = tokenize(phrase)
        for token, found in zip(tokens, token_keys(tokens)):
            if len(tokens) == 1 or is_content(token) and token.lemma not in GENERIC:
                own = {token.lemma, stem(token.lemma)} if len(tokens) == 1 else set()
                keys |= (found - UP_KEYS - DOWN_KEYS) | (found & own)
    return frozenset(keys)


@lru_cache(maxsize=64)
def _opposite_phrases(lemma_: str) -> tuple[tuple[frozenset[str], ...], ...]:
    """Per opposite phrase, the keys of each of its words that count ("black market": black, market)."""
    phrases = []
    for phrase in OPPOSITES[lemma_]:
        tokens = tokenize(phrase)
        if len(tokens) == 1:
            phrases.append((frozenset(opposite_keys_of(phrase)),))
            continue
        words = (found - UP_KEYS - DOWN_KEYS for token, found in zip(tokens, token_keys(tokens))
                 if is_content(token) and token.lemma not in GENERIC)
        phrases.append(tuple(frozenset(w) for w in words if w))
    return tuple(p for p in phrases if p)


def opposite_keys_of(word: str) -> frozenset[str]:
    tokens = tokenize(word)
    return frozenset(k for token, found in zip(tokens, token_keys(tokens))
                     for k in (found - UP_KEYS - DOWN_KEYS) | (found & {token.lemma, stem(token.lemma)}))


def says_opposite(term: Term, keys: frozenset[str]) -> bool:
    """Whether these keys hold a word meaning the opposite of the term ("offshore" for "onshore").
    A phrase needs all its words: "officials ... the Russian market" is no "black market"."""
    return term.lemma in OPPOSITES and any(all(word & keys for word in phrase) for phrase in _opposite_phrases(term.lemma))


# "saw the biggest falls", "saw fewer orders", "see more demand": "see" only carries what follows.
_SEEN_OPENERS = frozenset("the a an its their fewer more less higher lower bigger smaller strong stronger weak weaker "
                          "big large larger rising falling".split())


_HANDING = frozenset("give pay offer hand return".split())
_AMOUNT_PARTICLES = frozenset("in out off aside away into".split())
_WILLING = frozenset("willing prepared ready".split())
_SUBJECTS = frozenset("they it he she we you".split())
_BE = frozenset("am is are was were be been being".split())
_PHRASE_ENDS = frozenset("in of for with at to on from under ?".split())
_NOT_BE_AUXILIARIES = frozenset("do does did will would can could should may might has have had".split())


def _verbs_before_time(tokens: list[Token], times: list[TimeExpr]) -> set[int]:
    """ "how much tea did russia take in the same period last year": a particle opening a time is the
    time's, so the light verb before it keeps its own sense, not the phrase's ("take in" as receive)."""
    starts = {x.start for x in times}
    return {i for i, t in enumerate(tokens[:-1]) if t.lemma in _PHRASAL_VERBS
            and tokens[i + 1].lower in _AMOUNT_PARTICLES and tokens[i + 1].start in starts}


def _only_a_thing_asked(tokens: list[Token], i: int, keys: frozenset[str]) -> bool:
    """The word at i, bare, naming a thing too and heading a compound, after "is" and an article, in
    a question with no other verb than that "is": "how big is the new operations contract in USD?"."""
    t = tokens[i]
    if t.lower != t.lemma or not keys - _MOVE_KEYS - {t.lemma, t.lower, stem(t.lemma)}:
        return False
    before = [x.lower for x in tokens[:i]]
    # only as the head of a compound ("operations contract"): "the cut", "the airline's loss" and
    # "getting cut" still name the move
    if (i == 0 or not is_content(tokens[i - 1]) or not before[-1].isalpha() or before[-1] in _BE or before[-1].startswith("get")
            or tokens[i].start - tokens[i - 1].end != 1  # (the "'s" of "the airline's loss" between them)
            or i + 1 < len(tokens) and tokens[i + 1].lower not in _PHRASE_ENDS):  # "is the loss bigger than"
        return False
    return (any(w in _BE for w in before) and not any(w in _NOT_BE_AUXILIARIES for w in before)
            and any(w in ("the", "a", "an", "its", "their", "this") for w in before[-4:]))

# "the first unit", "for the first time": "first" of a noun, not of the deed's time.
_FIRST_OWNERS = frozenset("the a an its their his her our this that these those whose".split())
_WHEN_DUE = frozenset("due scheduled slated expected set planned penciled pencilled supposed meant".split())


_IN_USE = frozenset("operating running operational functioning active".split())


def _asking_words(tokens: list[Token], keys: list[frozenset[str]], text: str) -> set[int]:
    """Positions of words that belong to the asking, not to the topic: the text need not have them."""
    # Each rule below keys on a word (a lower case or a lemma) some token must have: the question's
    # words are gathered once, and a rule whose word is not among them is not run (it could add
    # nothing); most questions have the words of a few rules, each rule was a pass over the tokens.
    lowers = {t.lower for t in tokens}
    lemmas = {t.lemma for t in tokens}
    lower = text.lower()  # (once: several rules read it)
    out: set[int] = set()
    # "list all the industries the deals covered": the bidding opener asks for the items, as "name"
    # does; the story lists them without the word.
    if tokens and tokens[0].lower == "list":
        out.add(0)
    # "compared with", "versus": the comparison, not what is compared.
    if not lemmas.isdisjoint(("compare", "versus", "against")):
        out |= {i for i, t in enumerate(tokens) if t.lemma in ("compare", "versus", "against")}
    # "how many hydro plants are operating in laos now": things counted that are running are those
    # there are ("Laos now has 94 hydropower plants"); the being-in-use is no word to find.
    if not lowers.isdisjoint(_IN_USE) and _HOW_MANY_OPENS.match(text):
        out |= {i for i in range(1, len(tokens)) if tokens[i].lower in _IN_USE and tokens[i - 1].lower in _BE}
    # "how many containers will it take to move the rice": "it take(s) to" asks what the deed the
    # next verb names needs; the taking is no word to find.
    if "take" in lemmas:
        out |= {i for i in range(1, len(tokens) - 1) if tokens[i].lemma == "take" and tokens[i - 1].lower == "it"
                and tokens[i + 1].lower == "to"}
    # "which goods saw the biggest falls": "saw" only carries the noun after it.
    if "see" in lemmas:
        out |= {i for i, t in enumerate(tokens[:-1]) if t.lemma == "see" and tokens[i + 1].lower in _SEEN_OPENERS}
    # "which agency", "which company": the noun names the kind of answer; the text need not repeat it.
    if "which" in lowers:
        out |= {j for i, t in enumerate(tokens) if t.lower == "which"
                for j in (i + 1, i + 2) if j < len(tokens) and tokens[j].lemma in _ANSWER_KINDS}  # "which Taiwanese firms"
        # "which grape varieties sell best": the crop before a variety word is what the varieties are
        # of, and the text names them ("Pinotage and Cabernet Sauvignon") without saying "grape";
        # an adjective there ("which fragrant variety") is the kind asked, and stays.
        out |= {i + 1 for i, t in enumerate(tokens[:-2]) if t.lower == "which" and tokens[i + 2].lemma in _VARIETY_KINDS
                and not tokens[i + 1].lower.endswith(_ADJECTIVE_ENDINGS)}
    # "what industry body released the figures": a body's kind after "what" as after "which" ("according to
    # the Pharmaceutical Exporters Association"); a place's kind after "what" stays ("what chinese port").
    if "what" in lowers:
        out |= {j for i, t in enumerate(tokens) if t.lower == "what"
                for j in (i + 1, i + 2) if j < len(tokens) and tokens[j].lemma in _BODY_KINDS | _SETTLEMENT_KINDS}
        # "what firm is he with", "what company did she join": the same kind, right before its verb.
        out |= {i + 1 for i, t in enumerate(tokens[:-2]) if t.lower == "what" and tokens[i + 1].lemma in gz.ORG_NOUNS
                and tokens[i + 2].lower in _AUXILIARIES}
    # "how big", "how fast": the adjective is part of the question word, not the topic.
    # "how full" keeps its word: it names the measure ("a measure of how full its planes are").
    if "how" in lowers:
        out |= {i + 1 for i, t in enumerate(tokens[:-1]) if t.lower == "how" and tokens[i + 1].lower not in _HOW_MEASURE}
    # "help protect", "help boost": the second verb says what is done.
    if "help" in lemmas:
        out |= {i for i, t in enumerate(tokens[:-1]) if t.lemma == "help" and is_content(tokens[i + 1])}
    # "what tariff will Indian steel pay?": the closing verb asks for the figure; it is no topic.
    last = len(tokens) - 1
    if (last > 1 and tokens[last].lower in _PAYING and any(t.lower in _AUXILIARIES for t in tokens[:last])
            and any(t.lemma in MEASURES or k & MEASURES for t, k in zip(tokens[:last], keys))):
        out.add(last)  # ... when another word names the measure ("how much will it cost" keeps "cost")
    # "by what percent did they cut it?": the unit of the answer, no word to find.
    if not lowers.isdisjoint(("percent", "percentage", "pct")):
        out |= {i for i, t in enumerate(tokens) if i > 1 and t.lower in ("percent", "percentage", "pct")
                and tokens[i - 1].lower in ("what", "which", "many") and tokens[i - 2].lower in ("by", "how")}
    # "what payout are they giving shareholders?": the verb after its pronoun hands over the thing asked.
    if not lemmas.isdisjoint(_HANDING):
        out |= {i for i, t in enumerate(tokens) if i > 0 and t.lemma in _HANDING and tokens[i - 1].lower in _SUBJECTS}
    # "what did exports come to?": "come to" asks for the amount, as "total" does.
    if not lemmas.isdisjoint(("come", "amount", "add")) and lower.startswith(("what", "how much")):
        out |= {i for i, t in enumerate(tokens[:-1]) if t.lemma in ("come", "amount", "add") and tokens[i + 1].lower in ("to", "up")}
    # "what's the lira trading at?", "where does the rate stand?": the verb asks for the level.
    if not lowers.isdisjoint(_LEVEL_VERBS):
        out |= {i for i, t in enumerate(tokens) if t.lower in _LEVEL_VERBS
                and (i + 1 == len(tokens) or tokens[i + 1].lower in ("at", "now", "against", "today", "on", "in"))}
    # "where did the dollar end up?", "where's the rate sitting?": the verb asks for the level.
    if lower.lstrip().startswith("where"):
        out |= {i for i, t in enumerate(tokens) if _settles(t) or (t.lower == "up" and i > 0 and _settles(tokens[i - 1]))}
    # "what price did the shares end at?", "what did the stock close at": a level a price came to
    # rest at is the level it went to ("rose 4.2% to 41.75 pesos on Wednesday"); neither the verb
    # nor the "price" a share's level is ("what price" asks money, as "what percent" asks a share)
    # is a word to find.
    if "at" in lowers and lower.lstrip().startswith("what"):
        at_end = {i for i, t in enumerate(tokens[:-1]) if _settles(t) and tokens[i + 1].lower == "at"}
        out |= at_end
        if at_end and len(tokens) > 1 and tokens[1].lemma == "price":
            out.add(1)
    # "how much did the factory cost?", "how many jobs is it creating?": the closing verb asks for
    # the amount ("a $480 million factory", "will employ 3,200 people").
    if tokens and tokens[-1].lemma in _AMOUNT_CLOSING_VERBS and _HOW_MUCH_MANY.search(lower):  # the word first: cheaper
        out.add(len(tokens) - 1)
    # ... and so does one the question leaves before its "how many": "the export number covers how
    # many months", "the plant will employ how many people", "the number is measured over how many months".
    if "how" in lowers and _HOW_MUCH_MANY.search(lower):
        out |= {i for i, t in enumerate(tokens[:-2]) if t.lemma in _AMOUNT_CLOSING_VERBS
                and (j := i + 1 + (tokens[i + 1].lower == "over")) < len(tokens) - 1
                and tokens[j].lower == "how" and tokens[j + 1].lower in ("much", "many")}
    # "when's the next report due?", "when is the vote scheduled?": the date is what is asked;
    # "will publish its next report on Dec. 11" says it without the word.
    if lower.lstrip().startswith("when") and not lowers.isdisjoint(_WHEN_DUE):
        out |= {i for i, t in enumerate(tokens) if t.lower in _WHEN_DUE}
    if lower.lstrip().startswith("when"):
        # "When did Kanakpay first file its papers?", "when was the fault first picked up?": "first"
        # after its subject asks the earliest time, which "filed draft papers ... in March" gives
        # without the word ("the first unit" keeps it).
        out |= {i for i, t in enumerate(tokens[:-1]) if i > 0 and t.lower == "first" and tokens[i - 1].lower not in _FIRST_OWNERS
                and tokens[i + 1].lower.isalpha()}
    # "when did the bank last cut?": "last" before a verb means most recently; no "last" in the text.
    if "last" in lowers:
        out |= {i for i, t in enumerate(tokens[:-1]) if t.lower == "last" and tokens[i + 1].lower in _LAST_VERBS}
    # "by how many jobs did it miss the forecast?": the verb compares; the text says "short of".
    if "by how" in lower and _BY_HOW_MUCH_MANY.search(lower):  # the pattern's own words first
        out |= {i for i, t in enumerate(tokens) if t.lemma in ("miss", "beat", "exceed", "top", "undershoot", "overshoot")}
    # "now after the decision", "before the vote": when, by an event; the event need not be named.
    if not lowers.isdisjoint(("after", "before", "following")):
        out |= {j for i, t in enumerate(tokens) if t.lower in ("after", "before", "following")
                for j in range(i + 1, min(i + 3, len(tokens))) if tokens[j].lemma in _EVENT_NOUNS}
    # "its own coastline": "own" stresses, it names nothing.
    if "own" in lowers:
        out |= {i + 1 for i, t in enumerate(tokens[:-1]) if t.lower in _POSSESSIVES and tokens[i + 1].lower == "own"}
    # "this fiscal year", "the financial year": the kind of year is the period's, not a topic word.
    if not lowers.isdisjoint(("fiscal", "financial")):
        out |= {i for i, t in enumerate(tokens[:-1]) if t.lower in ("fiscal", "financial") and tokens[i + 1].lemma == "year"}
    # "shipped abroad", "overseas sales": exporting already says where the goods went.
    if any("export" in k or "import" in k for k in keys):
        out |= {i for i, t in enumerate(tokens) if t.lower in ("abroad", "overseas", "foreign")}
    # "who heads Hengtai's operations in Indonesia?": what a head runs is the body itself, which
    # the text titles "president director for Indonesia".
    if not lemmas.isdisjoint(_RUNNING_VERBS):
        out |= {j for i, t in enumerate(tokens) if t.lemma in _RUNNING_VERBS
                for j in (i + 1, i + 2) if j < len(tokens) and tokens[j].lemma in _RUN_PARTS}
    # "than a year ago", "from a year earlier": the basis of the change (year on year), which
    # the text may write as "year-on-year" or not at all.
    if not lowers.isdisjoint(("ago", "earlier", "before", "back")):
        out |= {j for i, t in enumerate(tokens[:-2]) if t.lower in ("than", "from", "on", "versus", "vs", "over")
                and tokens[i + 1].lower in ("a", "one", "the") and tokens[i + 2].lemma in ("year", "month", "quarter")
                and i + 3 < len(tokens) and tokens[i + 3].lower in ("ago", "earlier", "before", "back")
                for j in (i + 2, i + 3)}
    # "how much is Ottawa putting up in loan guarantees?": giving "in" a form names the form; the
    # verb asks the amount ("announced C$700 million in loan guarantees").
    # (not "invest in Liaoning", "spend in October": where and when, no form)
    if "in" in lowers and _HOW_MUCH_MANY.search(lower):
        for i, k in enumerate(keys[:-2]):
            if "contribute" in k and tokens[i].lemma in _GIVING_VERBS:
                j = i + 1 if tokens[i + 1].lower not in ("up", "out") else i + 2
                if j + 1 < len(tokens) and tokens[j].lower == "in" and tokens[j + 1].text.islower() and is_content(tokens[j + 1]) \
                        and not any(x.start <= tokens[j + 1].start < x.end for x in find_times(text, None)):
                    out |= set(range(i, j))
    # "at the start of the new season", "by the end of the year": where in the period, which the
    # text gives as its own span ("in the first two weeks of the new season").
    if not lowers.isdisjoint(_PERIOD_EDGES):
        out |= {i for i, t in enumerate(tokens[:-2]) if t.lower in _PERIOD_EDGES and tokens[i + 1].lower == "of"
                and any(x.lemma in _EDGED_PERIODS for x in tokens[i + 2:i + 5])}
    # "so far this year", "to date": a running total is asked (the figure's own test), no word to find.
    if not lowers.isdisjoint(("far", "date")):
        out |= {j for i, t in enumerate(tokens[:-1]) for j in (i, i + 1)
                if (t.lower, tokens[i + 1].lower) in (("so", "far"), ("thus", "far"), ("to", "date"))}
    # "what share of the workforce are png nationals": "nationals" of a named country are its
    # people, whom the text calls by their demonym ("88% of them Papua New Guineans").
    if not lowers.isdisjoint(_NATIONALS):
        out |= {i for i in range(1, len(tokens)) if tokens[i].lower in _NATIONALS and tokens[i - 1].lower not in gz.FUNCTION_WORDS
                and is_content(tokens[i - 1])}
    # "the running total for cash remittances": "running" says the total is to date, which the
    # text says by its span ("In the January-October period, cash remittances totalled ...").
    if "running" in lowers:
        out |= {i for i, t in enumerate(tokens[:-1]) if t.lower == "running" and tokens[i + 1].lemma == "total"}
    return out


_PERIOD_EDGES = frozenset("start beginning end outset middle".split())
_NATIONALS = frozenset("nationals citizens".split())
_EDGED_PERIODS = frozenset("season year month quarter week half".split())
_GIVING_VERBS = frozenset("put give provide pledge commit offer grant allocate".split())
_HOW_MUCH_MANY = lazy_compile(r"\bhow (?:much|many)\b")  # compiled once, not looked up in re's cache per call
_HEDGES = frozenset("roughly approximately about around so".split())


def _opening_how(tokens: list[Token]) -> int:
    """Where "how much/many" opens the question, after at most one hedge ("roughly how many");
    -1 when it does not."""
    start = 1 if tokens and tokens[0].lower in _HEDGES else 0
    if len(tokens) > start + 1 and tokens[start].lower == "how" and tokens[start + 1].lower in ("much", "many"):
        return start
    return -1

_ONCE_OPENERS = frozenset("it its it's they the this that".split())
_STARTED_STATES = frozenset("running operating operational working open".split())
_WORK_DONE = frozenset("done finished complete completed over built ready".split())
def _work_done_clause(tokens: list[Token]) -> range:
    """The positions of "once/after/when the expansion is finished" past the question's opening:
    a clause dating the figure asked by the end of some work; empty when there is none."""
    for i, t in enumerate(tokens[3:], start=3):
        if t.lower not in ("once", "after", "when"):
            continue
        end = next((j for j in range(i + 2, min(len(tokens), i + 7)) if tokens[j].lower in _WORK_DONE and tokens[j - 1].lower in _BE), None)
        if end is not None:
            return range(i, end + 1)
    return range(0)


_HOW_FAST = lazy_compile(r"\bhow (?:fast|quickly)\b")
# Verbs of a vehicle's going: "how fast will trains run?"; not "move", a market's change.
_TRAVEL_VERBS = frozenset("go run travel drive sail fly cruise".split())


def _speed_asked(tokens: list[Token], keys: list[frozenset[str]], text: str) -> int | None:
    """The position of "fast" in "how fast will trains go?", a speed asked; None for "how fast did
    exports grow?" or "how fast will prices go up?" (a move of the verb's own)."""
    if "how" not in text.lower() or not _HOW_FAST.search(text.lower()):
        return None
    at = next((i + 1 for i, t in enumerate(tokens[:-1]) if t.lower == "how" and tokens[i + 1].lower in ("fast", "quickly")), None)
    if at is None or any(k & (UP_KEYS | DOWN_KEYS) for t, k in zip(tokens[at + 1 :], keys[at + 1 :]) if t.lemma in _TRAVEL_VERBS):
        return None
    return at if any(t.lemma in _TRAVEL_VERBS for t in tokens[at + 1 :]) else None
_BY_HOW_MUCH_MANY = lazy_compile(r"\bby how (?:much|many)\b")  # compiled once, not looked up in re's cache per call
_RUNNING_VERBS = frozenset("head run lead manage oversee".split())
_RUN_PARTS = frozenset("operation operations business unit arm division subsidiary".split())


_NEGATING_PREFIXES = ("under", "over", "non", "un", "anti", "counter", "mis", "dis")


def _with_compound_head(term: Term, store: Store) -> Term:
    """ "dockworkers" are workers, "steelmakers" makers: a word the article lacks finds its head."""
    word = term.lemma
    if len(word) < 8 or not word.isalpha() or word.startswith(_NEGATING_PREFIXES):
        return term  # "underemployment" is not employment, "overcapacity" not capacity
    keys = store.memo("compound_head", word, lambda: _compound_head_keys(word, store.vocabulary))
    return replace(term, keys=term.keys | keys) if keys else term


def _compound_head_keys(word: str, vocabulary: frozenset[str]) -> frozenset[str]:
    for i in range(3, len(word) - 4):
        head = word[i:]
        if head in vocabulary:
            return phrase_keys(head)
    return frozenset()


_TAKES_PLACE = lazy_compile(r"\b(?:take|takes|taking|took|taken)\s+place\b")
# A "via / through the X" phrase of a where-question, up to the end or the next clause: the way
# taken (not "through which port": the place passed is then the one asked).
_VIA_PHRASE = lazy_compile(r"\b(?:via|thru|through|by way of)\s+(?!(?:which|what|where)\b)((?:[\w'-]+\s*){1,4}?)(?=[?.,!;]|\s*$|\s+(?:and|before|after|when|if)\b)")
# A question ending on "before the <new thing>": the time the asked way was used, not its topic.
_BEFORE_THE_NEW = lazy_compile(r"\bbefore\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*\??\s*$")
WHERE_VERBS = frozenset("hold held happen take place located locate situated situate stage host put place site sit".split())
# "the ban would run to year-end", "runs until March": running as lasting, not as leading.
_RUNS_TO = re.compile(r"\b(?:run|runs|running|ran)\s+(?:to|until|till|through|into|past)\b", re.I)
_LASTING = frozenset("last take run continue go lasting duration length".split())
# "do/does/did <who> have left": a do-question's "have" is owning, so "left" is what remains
# ("how many workers have left" is a perfect tense: people gone, still asked).
_HAVE_LEFT = lazy_compile(r"\b(?:do|does|did)\b(?:\s+[a-z'’-]+){1,4}?\s+have\s+left\b")
_HAVE_LEFT = Guarded(_HAVE_LEFT, ("left",))

# Measures by their words and stems: a typo like "tarif" keeps only the stem "tarif".
_MEASURE_KEYS = MEASURES | frozenset(stem(m) for m in MEASURES)
_PAYING = frozenset("pay cost charge face get receive earn fetch".split())
_POSSESSIVES = frozenset("its their his her our my your".split())

# "still need to hire to hit its target", "must hand over to reach the goal": the deed to come and the aim.
_STILL_TO_TARGET = lazy_compile(r"\b(?:needs?|has|have|must)\s+to\s+(?P<deed>[a-z]+(?:\s+(?:on|in|up|out|over|off))?)\b[^?]*?"
                                r"\bto\s+(?P<aim>(?:hit|reach|meet|make|achieve)\s+(?:(?:its|the|their|this|[a-z]+'s)\s+)?(?:[\w-]+\s+){0,2}?(?:target|goal|aim)s?)\b")
_COMBINED_BEFORE_NOUN = lazy_compile(
    r"\bcombined\s+(?!(?:and|or|in|with|by|for|from|to|at|of|last|this|next|during|over|since|so|than|is|was|were|are)\b)[a-z]{3,}")
_COMPUTATION = frozenset(
    """exchange rate imply implied difference more less earlier ago before previous prior combined total
    altogether together per higher lower bigger smaller gap compute calculate few fewer extra additional""".split()
)


def resolve_times(query: Query, article_date: date | None) -> list[TimeExpr]:
    """The question's periods read against one article's date ("last week" means its last week)."""
    if not query.times or article_date is None:
        times = query.times
    else:
        times = list(_times_at(query.text, article_date))
        # A period the last question named ("... on Monday?" "And New York?") is read in its own words.
        times += [x for t in query.times if t.text not in query.text for x in _times_at(t.text, article_date)]
    return [_later(t, query.shift_years) for t in times] if query.shift_years else times


def _later(t: TimeExpr, years: int) -> TimeExpr:
    def move(d: date | None) -> date | None:
        return d.replace(year=d.year + years, day=min(d.day, 28) if d.month == 2 else d.day) if d else None

    return replace(t, start_date=move(t.start_date), end_date=move(t.end_date))


@lru_cache(maxsize=1024)
def _times_at(text: str, article_date: date) -> tuple[TimeExpr, ...]:
    # Every candidate sentence of one article asks the same: resolve once per question and date.
    found = _months_joined(text, [_to_date(t) for t in find_times(text, article_date)])
    return tuple(x for t in found for x in (t, *_just_reported(t, article_date), *_month_ahead(text, t, article_date)))


# "are energy bills coming down in january?", asked of a November story: a question in the present
# progressive may ask of the coming month, when it is nearer the story than the one past; read
# both, as "Is Malaysia changing its tax for October?" meets "kept its export tax at 9.5% for
# October", whose year the article never says. "is inflation easing in October?" asked in November
# reads only the October just past. So does one asked by how many, how much, what or which: "how
# many cargoes is dangote getting in dec" asked in November reads the December to come too.
_ONGOING_ASKED = lazy_compile(r"^\s*(?:(?:how\s+(?:many|much)|what|which)\s[^?]*?)?\b(?:is|are|am)\s[^?]*?\b[a-z]+ing\b",
                              re.IGNORECASE)


def _month_ahead(text: str, t: TimeExpr, article_date: date) -> tuple[TimeExpr, ...]:
    if (t.kind != "month" or t.start_date is None or t.end_date is None or t.end_date >= article_date
            or any(ch.isdigit() for ch in t.text) or not _ONGOING_ASKED.match(text[: t.start])):
        return ()
    try:
        first, last = t.start_date.replace(year=t.start_date.year + 1), t.end_date.replace(year=t.end_date.year + 1)
    except ValueError:
        return ()
    if (first - article_date).days >= (article_date - t.end_date).days:
        return ()
    return (replace(t, start_date=first, end_date=last, label=t.label.replace(str(t.start_date.year), str(first.year))),)


_MONTHS_AND = lazy_compile(r"\s+(?:and|&)\s+")


def _months_joined(text: str, times: list[TimeExpr]) -> list[TimeExpr]:
    """ "in january and february": two months in a row asked together are one span, which "in the
    first two months" states; each alone is only half of it."""
    out: list[TimeExpr] = []
    for t in times:
        last = out[-1] if out else None
        if (last is not None and last.kind == t.kind == "month" and last.end_date and t.start_date and t.end_date
                and t.start_date == last.end_date + timedelta(days=1) and _MONTHS_AND.fullmatch(text[last.end : t.start])):
            out[-1] = replace(last, text=text[last.start : t.end], end=t.end, kind="range", end_date=t.end_date,
                              label=f"{last.label.rsplit(' ', 1)[0]} – {t.label}")
            continue
        out.append(t)
    return out


# "how many ships called through Q3?", "exports thru September": a figure run up to a period's
# end, counted from the start of its year ("in the first nine months").
_TO_DATE_ANCHORS = frozenset({"through", "until", "till"})


def _to_date(t: TimeExpr) -> TimeExpr:
    if t.anchor not in _TO_DATE_ANCHORS or t.kind not in ("month", "quarter") or not (t.start_date and t.end_date) \
            or t.start_date.year != t.end_date.year:
        return t
    return replace(t, start_date=date(t.end_date.year, 1, 1), kind="range", label="")


_THIS_PERIOD = re.compile(r"^(?:in |for |during )?(?:this|the current) (quarter|month)$", re.IGNORECASE)


def _just_reported(t: TimeExpr, article_date: date) -> tuple[TimeExpr, ...]:
    """ "this quarter's tax rate?" of a story from mid-August on second-quarter results: a reader
    means the quarter just reported as much as the one under way; early in a quarter (or month)
    the one before is read too."""
    m = _THIS_PERIOD.match(t.text)
    if not m or t.start_date is None or t.end_date is None:
        return ()
    unit = m.group(1).lower()
    span = (t.end_date - t.start_date).days + 1
    if (article_date - t.start_date).days >= span // 2:
        return ()
    end = t.start_date - timedelta(days=1)
    start = end.replace(day=1) if unit == "month" else date(end.year, end.month - 2, 1)
    return (replace(t, start_date=start, end_date=end, label=""),)


_EXCLUDING = (r"(?:apart from|aside from|besides|other than|except for|except|outside of|outside|excluding"
              r"|not counting|in addition to|on top of)")
_EXCLUSION_FIRST = re.compile(rf"^\s*{_EXCLUDING}\s+(?P<x>[^,?]{{1,60}}?)\s*,\s*(?P<rest>\S.*)$", re.IGNORECASE)
# "besides chinese companies who else was at the meeting": with no comma, the question's own word
# followed by "else" is where what is left out ends.
_EXCLUSION_ELSE = re.compile(rf"^\s*{_EXCLUDING}\s+(?P<x>[^,?]{{1,60}}?)\s+(?P<rest>(?:what|which|where|who)\s+else\b.*)$",
                             re.IGNORECASE)
# "Apart from Egypt, Spain and China, where else is the grain going?": a list left out runs to the
# comma before the question's own word, not to its first comma.
_EXCLUSION_LIST_FIRST = re.compile(rf"^\s*{_EXCLUDING}\s+(?P<x>[^,?]{{1,40}}?(?:\s*,\s*[^,?]{{1,40}}?)*,?\s+(?:and|or)\s+[^,?]{{1,40}}?)"
                                   r"\s*,\s*(?P<rest>(?:what|which|where|who|how|when)\b.*)$", re.IGNORECASE)
# At the end only the words that always leave out: "which firms are based outside Jakarta?" asks
# about a place, not about everything but Jakarta. "... apart from the tanks and guns?": "the" is no name.
_EXCLUSION_LAST = re.compile(r"^(?P<rest>\s*(?:what|which|where|who)\b.*?)[\s,]+(?:apart from|aside from|besides|other than"
                             r"|except for|except|excluding)\s+(?P<x>(?:the\s+)?(?:(?:[^,?\s]+\s*){1,3}?"
                             # "... besides copper solar and textiles": a list left out, up to its last item
                             r"|(?:[^,?\s]+,?\s+){1,5}?(?:and|or|&)\s+[^,?\s]+))\s*\??\s*$", re.IGNORECASE)

# Each of the four needs a word of _EXCLUDING (a piece of it here): nearly no question has one, and
# _EXCLUSION_LAST's lazy scan of the whole question cost more than the four words' test.
_EXCLUSION_ASKED = Guarded(_EXCLUSION_FIRST, ("apart", "aside", "besides", "other than", "except", "outside", "excluding",
                                              "counting", "addition", "on top of"), fold=True)


_LIST_SEPARATOR = lazy_compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+")


def excluded_names(excluded: str) -> list[str]:
    """ "China and the EU" -> ["china", "eu"]: each name left out, lower case, without "the"."""
    parts = _LIST_SEPARATOR.split(excluded.lower())
    return [p.strip().removeprefix("the ").strip() for p in parts if p.strip()]


def _without_exclusion(text: str) -> tuple[str, str]:
    """ "Apart from autos and machinery, which industries saw fewer orders?" asks the question
    after the comma, of what else the text lists; what it leaves out is no word to find."""
    m = (_EXCLUSION_LIST_FIRST.match(text) or _EXCLUSION_FIRST.match(text) or _EXCLUSION_ELSE.match(text)
         or _EXCLUSION_LAST.match(text)) if _EXCLUSION_ASKED.may_match(text) else None
    if m:
        return m.group("rest").strip(), m.group("x").strip()
    out = _OUTSIDE_COUNTRY.search(text)
    if out and not text.lstrip().lower().startswith("where") and canonical_place(out.group("x")) in _COUNTRY_SET:
        # "How many shops does it have outside Japan?": its shops abroad, Japan left out.
        return f"{text[: out.start()]}abroad{text[out.end() :]}", out.group("x")
    return text, ""


_OUTSIDE_COUNTRY = re.compile(r"\b(?i:outside|beyond)\s+(?i:of\s+)?(?i:the\s+)?(?P<x>[A-Za-z]+)\b")
_OUTSIDE_COUNTRY = Guarded(_OUTSIDE_COUNTRY, ("outside", "beyond"), fold=True)
_COUNTRY_SET = frozenset(gz.COUNTRIES)


_INVISIBLE_CHARS = lazy_compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")


def _clean(question: str) -> str:
    text = question[:MAX_QUESTION_CHARS]
    if not text.isprintable():  # control and zero-width characters; most questions have none
        text = "".join(ch if ch.isprintable() or ch in "\n\t" else " " for ch in text)
        text = _INVISIBLE_CHARS.sub("", text)
    # "how many chinese cos": companies, where elsewhere "cos" is "because". (Only a text with
    # "cos" in it, as case-insensitive matching reads it, is searched: most questions have none.)
    if _CHAT_OPENER.match(text):
        text = _CHAT_OPENER.sub("", text, count=1)
    if _CHAT_CLOSER_ASKED.search(text):
        text = _CHAT_CLOSER.sub("", text, count=1)
    if text.lstrip()[:1] in ("m", "y", "d", "w", "M", "Y", "D", "W") and _BARE_PERIOD_OPENER.match(text):
        # "month customs announced the jilin port arrangement?": the question word dropped before
        # the period noun asked, as a phone types it; "month on month growth" asks no date.
        text = _BARE_PERIOD_OPENER.sub(r"which \1 ", text, count=1)
    if "names" in text.casefold() and _NAMES_OF_OPENER.match(text):
        text = _NAMES_OF_OPENER.sub("which ", text, count=1)
    if _HEDGE_OPENER.match(text):
        text = _HEDGE_OPENER.sub(r"\1", text, count=1)
    if _SET_APART_OPENER.match(text):
        text = _SET_APART_OPENER.sub(r"\1, \2", text, count=1)
    if " or " in text and _OR_WHOEVER.search(text):
        text = _OR_WHOEVER.sub("", text)
    if "basis" in text.casefold():
        # "jan-sep basis", "on an annual basis": the span or way counted, said of no word to find
        # ("basis points" is a unit and stays)
        text = _ON_A_BASIS.sub(r"\g<span>", text)
    if _THAT_GUY.may_match(text):
        # "what did that guy say heilongjiang should become?": a person pointed at is "he" or "she",
        # the person the conversation last answered, no guy to find
        text = _THAT_GUY.sub(lambda m: "she" if m.group(1).lower() in _WOMAN_WORDS else "he", text)
    if "safe" in text and _KEEP_SAFE.search(text):
        # "help keep which 3 kinds of security safe": keeping a thing safe is safeguarding it
        # ("play an active role in safeguarding national defence, food, and energy security")
        text = _KEEP_SAFE.sub(lambda m: "safeguard " + m.group(1), text)
    if " of th" in text and _WHICH_OF_THE.match(text):
        # "which of the ne provinces has no access to the sea?": one of the places of a kind, as
        # "which ne province ..." asks it
        text = _WHICH_OF_THE.sub(lambda m: f"{m.group(1)}which {m.group(2)}{_PLACE_KIND_PLURALS[m.group(3).lower()]}", text, count=1)
    if "-bound" in text:
        # "liaoning's russia-bound trade": trade bound for a place is what goes there, exports to
        # it; trade alone would be both ways, which the story may not give.
        text = _BOUND_TRADE.sub(lambda m: "exports to " + m.group(1), text)
        # "Russia-bound exports": exports to Russia; the place is asked, "bound" is no word to find.
        # "us-bound": a pronoun is never bound for anywhere, so "us" is the country, as "US" is
        text = _BOUND_FOR.sub(lambda m: m.group(1).upper() if m.group(1).lower() in _LOWERCASE_COUNTRIES else m.group(1), text)
    if "cos" in text.casefold():
        # A function, not the template r"\1companies": re parses a template the first time it
        # meets it (~35 us, in the question that first says "cos"); the same text either way.
        text = _HOW_MANY_COS.sub(lambda m: m.group(1) + "companies", text)
    if "=" in text:
        # "shenyang = capital of which province": an equals sign between words is "is"
        text = _EQUALS_BETWEEN_WORDS.sub(" is ", text)
    if "'d" in text or "’d" in text:
        # "why'd so many firms go", "where'd they meet": the question word's "did" spelt out
        text = _WH_DID.sub(lambda m: m.group(1) + " did", text)
    if _may_hold_shorthand(text):
        text = _SHORTHAND_RE.sub(_expanded_shorthand, text)
    if text[:5].lower() == "were ":
        # "were did the plane land?": a question opening on "were" then another verb asks where
        text = _WERE_WHERE.sub("where", text, count=1)
    if "+" in text:
        text = _NUMBER_PLUS.sub(r"more than \1", text)
    if " - " in text or " – " in text or " — " in text:
        text = _TOPIC_DASH.sub(_topic_put_back, text, count=1)
    if _ALLOWED_TO.search(text):
        text = _ALLOWED_TO.sub(lambda m: f"{m['pre']}can {m['who']} ", text)
    if "btw" in text.casefold():
        text = _BTW_BETWEEN.sub("between", text)
    if " w " in text or text.endswith(" w"):
        text = _COMPARED_W.sub(lambda m: m.group(1) + " with", text)
        text = _LONE_W.sub(_lone_w_with, text)
    if " n " in text or text.startswith("n "):  # a lone "n" starts the text or has a space before it
        text = _LONE_N.sub("and", text)
    if " east" in text or " west" in text:
        text = _COMPASS_SPLIT.sub(_compass_joined, text)
    if "'s " in text or "’s " in text:
        text = _COUNTRYS_COMPASS_ASKED.sub(lambda m: f"{m['part']} {m['country']}", text)
    text = _COUNTED_AS_PART.sub(r"\1 ", text)
    if "ag " in text.casefold():
        text = _AG_BRIEF.sub("agriculture", text)
    text = _WEEKDAY_BRIEF.sub(_weekday_spelt, text)
    if "which way" in text.casefold():
        text = _WHICH_WAY_GOING.sub("where", text, count=1)
    if "min" in text.casefold():
        text = _MINISTER_BRIEF.sub(lambda m: (m["office"] or "") + "minister", text)
    # Each group of rare rewrites below is tried only in a text holding one of their words (most hold none).
    if _RARE_ASKING_1.may_match(text):
        if _WHAT_PEOPLE_CAME.search(text):
            text = _WHAT_PEOPLE_CAME.sub(_who_came, text)
        if _KIND_OF_NATIONALS.search(text):
            text = _KIND_OF_NATIONALS.sub("which ", text)
    if _WHO_WAS_AT.search(text):
        text = _WHO_WAS_AT.sub(_attended, text)
    if _RARE_ASKING_2.may_match(text):
        if _WHO_ELSE_AT_MEETING.search(text):
            text = _WHO_ELSE_AT_MEETING.sub(lambda m: m.group(1) + " attended ", text)
        if _HOW_MANY_FARM.search(text):
            text = _HOW_MANY_FARM.sub(lambda m: m.group(1) + " grow", text)
        if _GROWN_MORE.search(text):
            text = _GROWN_MORE.sub(lambda m: _PRODUCED[m.group(1).lower()] + " " + m.group(2), text)
        if _THAN_LAST_BARE.search(text):
            text = _THAN_LAST_BARE.sub(lambda m: m.group() + " " + m.group("unit"), text)
        if _HOW_MANY_COUNT_AS.search(text):
            text = _HOW_MANY_COUNT_AS.sub(lambda m: m.group(1) + " are", text)
        if _WHO_CAME_FROM_SIDE.search(text):
            text = _WHO_CAME_FROM_SIDE.sub(lambda m: m.group(1) + " attended " + m.group(2), text)
        if _SIDE_HOLDS.search(text):
            text = _SIDE_HOLDS.sub(_side_nation, text)
        if _WHERE_BEFORE_A_GATHERING.search(text):
            text = _WHERE_BEFORE_A_GATHERING.sub(r"\1", text)
    # "together" holds no letter re's case folding takes a non-ASCII character for (i, k, s), so
    # the text's lower case lacking it means no match: most questions skip the search.
    if "together" in text.lower() and _WERE_TOGETHER.search(text):
        text = _WERE_TOGETHER.sub(lambda m: m.group(1) + " did " + m.group(2) + " meet", text)
    if _SHARE_OWNED.search(text):
        text = _SHARE_OWNED.sub(lambda m: m.group(1) + " stake", text)
    if "e-" in text.casefold():
        text = _E_VEHICLE.sub("electric ", text)
    if _DIGIT.search(text):  # each of the five needs a digit, and most questions have none: one search, not five
        text = _glued_to_digits_spelt(text)
    text = _PER_ARTICLE.sub(" ", text)
    if "," in text:  # the opener ends at a comma: a text without one cannot match
        text = _BASIS_OPENER.sub("", text, count=1)
    if _RARE_ASKING_3.may_match(text):
        text = _MENTIONED_IN_ARTICLE.sub(" ", text)
        if _MENTIONED_LAST.search(text):
            text = _MENTIONED_LAST.sub("", text)
        if _KIND_OF_BODY.search(text):
            text = _KIND_OF_BODY.sub("who is ", text)
        if _HOW_DESCRIBED.search(text):
            text = _HOW_DESCRIBED.sub(_what_is_described, text)
    if _HOW_BIG_A_PLACE.search(text):
        text = _HOW_BIG_A_PLACE.sub(lambda m: "what is " + m["x"] + (m["q"] or ""), text)
    if _RARE_ASKING_4.may_match(text):
        text = _IN_THE_END.sub(" ", text)
        text = _NO_COAST.sub(" is landlocked", text)
        text = _ACROSS_FROM.sub("is opposite", text)
        text = _OK_WITH.sub(r"happy \1", text)
        text = _NOT_HAPPY.sub(r"unhappy \1", text)
        text = _EVER_SUPERLATIVE.sub(r"\1record", text)
        text = _WHAT_RECORD.sub(r"\1 record since when", text)
        text = _BACK_TO_WHEN.sub("since when", text)
        text = _RECORD_SINCE.sub("highest since", text)
        text = _POST_EVENT_RECORD.sub(r"the highest since the \1", text)
        text = _WHO_HOSTED.sub(lambda m: m.group(1) + "meet", text)
        text = _WHO_SEEN.sub(lambda m: m.group(1) + "meet", text)
        text = _WHOSE_COUNTERPART.sub(lambda m: f"who did {m.group(1)} meet", text)
        if _NOTABLE_ABOUT.search(text):
            text = _NOTABLE_ABOUT.sub("tell me about ", text)
        if _WORD_GOT_OUT.search(text):
            text = _WORD_GOT_OUT.sub(lambda m: "who reported " + m["what"], text)
        if _SOURCE_FOR.search(text):
            text = _STORY_OF.sub("", _SOURCE_FOR.sub("who reported ", text))
        text = _WHOSE_DATA.sub("who reported ", text)
        text = _UPSIDE_ASKED.sub(_how_it_helps, text)
        text = _IN_IT_FOR.sub(_how_it_helps, text)
        text = _WHAT_SAVES.sub(_how_it_helps, text)
    if text.rstrip().endswith(("?", "where")) and _may_end_on_place_blank(text):
        text = _PLACE_BLANK.sub(r"\1 which place?", text)
    if "go" in text.casefold():
        text = _JOBS_GO.sub(r"\1 \2be cut", text)
    if " down the " in text.casefold():
        text = _DOWN_THE_ROUTE.sub(r"\1 along the", text)
    if "capitol" in text:
        text = _CAPITOL_AS_CAPITAL.sub("capital", text)
    if "capital" in text.casefold():
        text = _KIND_OF_CAPITAL.sub("", text)
    text = _BARE_CAPITAL_OF.sub("what is the capital of ", text)
    if "capital" in text.casefold():
        text = _OWNERS_CAPITAL.sub(lambda m: "what is the capital of " + m.group(1) + "?", text)
    text = _NAME_THE_PERSON.sub("who is the ", text)
    text = _NAME_ONE.sub("which ", text)
    if "whereabouts" in text.casefold():
        text = _WHEREABOUTS.sub("where", text)
    if "after" in text.casefold() and (after := _WHAT_THEY_WERE_AFTER.match(text)) is not None and _asks_of_agents(after["who"]):
        text = text[: after.start("after")] + "hoping for" + text[after.end("after") :]
    if _MONTH_POSSESSIVE_ASKED.search(text):
        text = _MONTH_POSSESSIVE.sub(r"\1's", text)
    if "years" in text.casefold() and _YEAR_POSSESSIVE.search(text):
        text = _YEAR_POSSESSIVE.sub(r"\1 year's", text)
    return " ".join(text.split())  # runs of whitespace (re's \s is str.isspace) as one space, none at the ends



# "what were the chinese companies at the conference after?": what they sought ("almost 800
# Chinese enterprises hoping to enter the Russian market"), not what came later; only of people
# or bodies, for "what was the share price after?" asks a level afterwards.
_WHAT_THEY_WERE_AFTER = lazy_compile(r"^\s*what\s+(?:is|are|was|were)\s+(?P<who>[\w\s'’-]{2,60}?)\s+(?:really\s+|actually\s+)?(?P<after>after)\s*\??\s*$",
                                     re.IGNORECASE)
_AGENT_WORDS = gz.ORG_NOUNS | gz.PERSON_NOUNS | frozenset("""they he she we you people business enterprise investor buyer bidder
    government union worker executive owner shareholder""".split())


def _asks_of_agents(words: str) -> bool:
    return any(lemma(w) in _AGENT_WORDS for w in words.lower().split())


def _group_asked(text: str) -> tuple[str, tuple[int, int]]:
    """ "which Gulf states", "EU countries": a group of countries named for its members, and where."""
    m = _GROUP_ASKED.search(text)
    if m is None or not _MEMBERS_ASKED.search(text[: m.start()]):
        # "what portion of the shipments went to EU countries?" asks the bloc's share, no member
        return "", (0, 0)
    return m.group(1).lower(), m.span(1)


_MEMBERS_ASKED = lazy_compile(r"\b(?:which|what|how\s+many|name|list)\s+(?:(?:of\s+)?(?:the\s+)?)(?:[\w-]+\s+)?$", re.IGNORECASE)


_GROUP_ASKED = lazy_compile(r"\b(?:the\s+)?(" + "|".join(re.escape(g) for g in sorted(gz.GROUPS, key=len, reverse=True))
                            + r")\s+(?:member\s+)?(?:countries|states|nations|members|economies|governments|producers|neighbou?rs|allies|partners)\b",
                            re.IGNORECASE)
# Only a question with one of the closing nouns is searched (Guarded, knowledge.lazy_re).
_GROUP_ASKED = Guarded(_GROUP_ASKED, ("countries", "states", "nations", "members", "economies", "governments", "producers",
                                      "neighbo", "allies", "partners"), fold=True)


# "Russians", "Kazakhs": a nation's people in the plural, so persons or bodies to name ("Chinese",
# "Swiss" are left: the same word qualifies goods and places).
_PEOPLE_OF_A_NATION = r"(?:" + "|".join(sorted(re.escape(d) for d in gz.DEMONYMS if not d.endswith(("s", "sh", "ch", "ese")))) + r")s\b"
# "who else was at the conference?": who attended it; a gathering only ("who was at the helm"
# led), and not a meeting or talks, which "a meeting between Putin and Xi" says who held.
_GATHERINGS = sorted((w for w in (*SYNONYMS["conference"], "ceremony", "signing") if " " not in w and w not in ("meeting", "talk")),
                     key=len, reverse=True)
# "how many households farm rubber": the doers counted farm it, they grow it ("About 1.7 million
# households grow rubber"); "farm" after the counted plural is its verb, no farm to find.
# "did sri lanka grow more tea": growing or mining more of a thing is producing more of it, its
# output compared, no rise of a measure ("did exports grow more than 5%", "grow more slowly" still move).
_GROWN_MORE = Guarded(re.compile(r"\b(grow|grows|grew|grown|growing|mine|mines|mined|mining)\s+((?:more|less|fewer)\s+(?!than\b)[a-z]+(?<!ly)\b)",
                                 re.IGNORECASE), ("more", "less", "fewer"), fold=True)
_PRODUCED = {"grow": "produce", "grows": "produces", "grew": "produced", "grown": "produced", "growing": "producing",
             "mine": "produce", "mines": "produces", "mined": "produced", "mining": "producing"}
# "this year than last": the unit left out after "last" is the one "this" named.
_THAN_LAST_BARE = Guarded(re.compile(r"\bthis\s+(?P<unit>year|month|season|quarter|week)\b.*\bthan\s+last\b(?!\s+(?:year|yr|month|season|quarter|week)\b)",
                                     re.IGNORECASE), ("than last",), fold=True)
_HOW_MANY_FARM = Guarded(re.compile(r"\b(how\s+many\s+(?:[a-z-]+\s+)?[a-z-]+s)\s+farm(?=\s+[a-z])", re.IGNORECASE), ("farm",), fold=True)
# "how many provinces count as northeast china": the things counted that count, qualify or are
# classed as a whole are those it is made of ("northeast China - comprising the provinces of
# Liaoning, Heilongjiang and Jilin"), as "how many provinces are in it" asks; "count" is no
# thing counted.
_HOW_MANY_COUNT_AS = Guarded(re.compile(r"\b(how\s+many\s+(?:[a-z-]+\s+)?[a-z-]+s)\s+(?:count|qualify|(?:are|were)\s+(?:counted|classed|classified|considered|regarded))"
                                        r"\s+as\b", re.IGNORECASE), ("count", "qualify", "class", "considered", "regarded"), fold=True)
# "what kind of russian people attended", "which people came": persons asked by what or which are
# who, as "who from Russia attended" asks ("attended by Russian local government officials,
# business leaders ..."), no thing of the kind "people" to find; only before a verb of coming or
# attending ("what people say" keeps its words).
_WHAT_PEOPLE_CAME = Guarded(re.compile(r"^\s*(?:what|which)\s+(?:(?:kinds?|sorts?|types?)\s+of\s+)?(?:(?P<nation>[a-z]+)\s+)?(?:people|persons|individuals)\s+"
                                       r"(?=(?:attended|came|went|travell?ed|showed\s+up|turned\s+up|joined|took\s+part)\b)", re.IGNORECASE),
                            ("people", "persons", "individuals"), fold=True)


# "what sort of russians came to the summit": a nation's people of a kind asked are which of them,
# as "which russians came" asks ("attended by Russian local government officials, business
# leaders ..."), not a sentence with "Russian" in it anywhere.
_KIND_OF_NATIONALS = Guarded(re.compile(r"^\s*(?:what|which)\s+(?:kinds?|sorts?|types?)\s+of\s+(?=" + _PEOPLE_OF_A_NATION
                                        + r"\s+(?:attended|came|went|travell?ed|showed\s+up|turned\s+up|joined|took\s+part)\b)", re.IGNORECASE),
                             ("kind", "sort", "type"), fold=True)


def _who_came(m: re.Match[str]) -> str:
    nation = (m["nation"] or "").lower()
    if not nation:
        return "who "
    country = gz.DEMONYMS.get(nation)
    return f"who from {country.lower()} " if country else m[0]


# "who else went to the summit?", "who came to the conf?": who went to a gathering attended it;
# "who came from russia to the summit" asks who from there attended it, as "who came (along) from
# russia for the summit" does: coming for a gathering is coming to it.
_WHO_WAS_AT = Guarded(re.compile(r"\b(who(?:\s+else)?|which\s+" + _PEOPLE_OF_A_NATION + r")\s+(?:(?:was|were)\s+(?:also\s+)?(?:present\s+)?at|(?:also\s+)?(?:went|came|travell?ed)"
                                 r"(?:\s+(?:along|over|across))?\s+(?P<origin>from\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?(?:to|for))\s+"
                                 r"(?=(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:"
                                 + "|".join(re.escape(w) for w in _GATHERINGS) + r")s?\b)", re.IGNORECASE), ("who", "which"), fold=True)


# "besides chinese companies who else was at the shenyang meeting": others besides some asked are
# the gathering's other attendees, whatever it is called ("who was at the meeting" alone may ask
# who held it, _GATHERINGS).
_WHO_ELSE_AT_MEETING = Guarded(re.compile(r"\b(who\s+else)\s+(?:was|were)\s+(?:also\s+)?at\s+(?=(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:meeting|meet)\b)",
                                          re.IGNORECASE), ("who else",), fold=True)


def _attended(m: re.Match[str]) -> str:
    return f"{m.group(1)} {m['origin'] or ''}attended "


# "where did the two presidents meet before the summit?": the gathering only dates the meeting, so
# its own place ("The summit in Shenyang follows a meeting ... in Beijing") is not the one asked;
# nor its own time, asked "when did putin n xi meet before this shenyang event?" ("last week").
_WHERE_BEFORE_A_GATHERING = Guarded(re.compile(r"^(\s*(?:where|when)\s+(?:did|do|does|had|have|has|was|were)\s+[^?]*?\S)"
                                               r"\s+(?:before|after|ahead\s+of|prior\s+to)\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:"
                                               + "|".join(re.escape(w) for w in _GATHERINGS) + r")s?\b(?=\s*\??\s*$)", re.IGNORECASE),
                                    ("where", "when"), fold=True)


# "who came from the Russian side (to the summit)?": a side is a party to a gathering, so who came
# from it attended, and "side" is no word to find ("attended by Russian officials"); "came over
# from", "along from" or "across from" is the same coming, and so is showing or turning up; "who came from Russia" alone may ask of anyone's origin and is left alone.
_WHO_CAME_FROM_SIDE = Guarded(re.compile(r"\b(who(?:\s+else)?)\s+(?:also\s+)?(?:came|went|travell?ed|showed\s+up|turned\s+up)\s+(?:(?:over|across|along)\s+)?(from\s+(?:the\s+)?[\w-]+)\s+sides?\b",
                                         re.IGNORECASE), ("side",), fold=True)


# "how much of it does the chinese side own?": a nation's side in a venture is the nation's partner,
# which the story names by its country ("China's Shaanxi Changhe Logistics holds 49%"), never a "side".
_SIDE_HOLDS = Guarded(re.compile(r"\b(does|do|did|will)\s+the\s+([a-z]+)\s+sides?\s+(?=(?:own|owns|hold|holds|control)\b)", re.IGNORECASE),
                      ("side",), fold=True)


def _side_nation(m: re.Match[str]) -> str:
    country = gz.DEMONYMS.get(m.group(2).lower())
    return f"{m.group(1)} {country.lower()} " if country else m[0]


# ("no. of russian cos that opened shop": a number of them counts companies too)
# "the 40 russian cos", "all those chinese cos": after a count or a determiner "cos" is a noun,
# never "because", which opens a clause.
_HOW_MANY_COS = re.compile(r"\b((?:how\s+(?:many|mny)|(?:number|no\.?|num)\s+of|\d[\d,]*|the|those|these)\s+(?:\w+\s+)?)cos\b",
                           re.IGNORECASE)

# "according to the article": every answer is; the words would only be searched for.
# "septs china-russia trade": September's, its apostrophe dropped in phone typing (never a
# plural: no one asks of several Septembers). March and May are left alone ("marches", "mays").
_MONTH_POSSESSIVE = lazy_compile(r"\b(jan|feb|sept?|oct|nov|dec|january|february|april|june|july|august|september|october|november|december)s\b(?=\s+[a-z])",
                                 re.IGNORECASE)
# "where was last years forum held": last year's, its apostrophe dropped as a month's is ("over
# the last years" is a span of several, after "the"; one before a function word is no possessive).
# Searched only in a question holding a month's short name, which every match starts with
# ("april" holds "apr"): ~2.5 us a question otherwise.
# (each month the pattern takes, with the "s" it needs right after: "September" alone is no match)
_MONTH_POSSESSIVE_ASKED = Guarded(_MONTH_POSSESSIVE, ("jans", "febs", "seps", "septs", "octs", "novs", "decs", "januarys", "februarys",
                                                      "aprils", "junes", "julys", "augusts", "septembers", "octobers", "novembers",
                                                      "decembers"), fold=True)
_LAST_YEARS = lazy_compile(r"\blast year['’]s\b")
_YEAR_POSSESSIVE = lazy_compile(r"(?<!\bthe )\b(last|this|next)\s+years\b(?=\s+(?!(?:of|in|on|to|for|and|or|ago|before|after|since|the|a|an|is|was|are|were)\b)[a-z])",
                                re.IGNORECASE)
# ("acc to the article": its shorthand; "what yr did it open per the piece": "per" alone; "going
# by this piece", "based on the story": the same authority, said another way; "per article": the
# article or story with its "the" dropped, as phones type it, but "per piece" is a unit's price;
# "when was it, relative to this piece": a time told against the article's date, as every one is)
_PER_ARTICLE = Guarded(re.compile(r",?\s*\b(?:according to|acc(?:\.|ording)? to|as per|per|going (?:by|off)|judging (?:by|from)"
                                  r"|based on|basing it on|relative to|in relation to)\s+(?:(?:this|the)\s+(?:article|story|piece|text)|article|story)\b,?", re.IGNORECASE),
                       ("article", "story", "piece", "text"), fold=True)  # searched only in a question with one of them

# "based on the growth rate, what were ... exports the season before?", "going by those figures, how
# much ...": a leading clause naming what to work the answer out from is the method, not the thing
# asked; its words ("growth", "rate") would be sought as a measure of their own.
_BASIS_OPENER = lazy_compile(r"^\s*(?:based\s+on|going\s+(?:by|off)|judging\s+(?:by|from)|using|given)\s+(?:the|this|that|these|those|its|their)"
                             r"(?:\s+[\w%/-]+){1,4}\s*,\s*(?=(?:what|how|which|when|who)\b)", re.IGNORECASE)

# "quick q: how much did they export?", "hey bot, when ...", "remind me what trade hit": the
# chat around a question is no word of it to find in the article.
_CHAT_OPENER = lazy_compile(r"^\s*(?:(?:(?:quick|short|simple|one)\s+(?:q|qn|question)\b|(?:hey|hi|hello|ok|okay|um+|pls|please)"
                            r"(?:\s+(?:bot|there|factbot))?(?=[\s,:!.])|(?:(?:can|could)\s+(?:you|u)\s+)?remind\s+me\b(?!\s+(?:of|about)\b)"
                            r"|(?:just|i\s+was|i'm|im)\s+wondering\b|i\s+wonder\b"
                            # "I saw something about Russian firms moving into Liaoning. How many ...?", "I saw there
                            # was a get-together in Shenyang. ...", "i keep hearing that ...": what the user read or heard.
                            r"|i(?:\s+have|'ve|ve)?\s+(?:saw|seen|read|heard|hear|noticed|keep\s+(?:hearing|seeing|reading))"
                            r"(?:\s+(?:something|smth|sth|a\s+bit|somewhere))?(?:\s+(?:about|on|that))?\b)[\s,:!.]*)+",
                            re.IGNORECASE)

# "key facts pls", "when did it open? thanks", "how many yuan are we talking", "what sectors? list them"
_CHAT_CLOSER = lazy_compile(r"(?<=[\w?])[\s,]+(?:pls|plz|please|thanks|thank you|thx|ty|cheers|(?:are\s+)?we\s+talking(?:\s+about|\s+here)?"
                            r"|(?:list|name)\s+(?:them|those|em|'em)(?:\s+all)?"
                            # "who else was at the conference? give me the list": the list is the answer, no word of it
                            r"|(?:give\s+me|gimme)\s+(?:the|a)\s+(?:full\s+|whole\s+)?list"
                            # "..., give me the number in both yuan and dollars", "give me both the rmb and usd
                            # amounts": a request for the figure already asked, in the units it comes in
                            r"|(?:(?:give|tell|show)\s+(?:me|us)|gimme)\s+(?:both\s+)?(?:the\s+)?(?:[\w$€£¥]+\s+(?:and|&)\s+[\w$€£¥]+\s+)?"
                            r"(?:numbers?|figures?|amounts?|values?|totals?)(?:\s+in\s+(?:both\s+)?[\w$€£¥]+(?:\s+(?:and|&)\s+[\w$€£¥]+)?)?)"
                            r"\s*[?.!]*\s*$", re.IGNORECASE)
# Searched only in a question holding a word each branch needs (~2 us a question otherwise; "ty"
# lets many through, the rest nearly none); the sub itself keeps count=1, which Guarded lacks.
_CHAT_CLOSER_ASKED = Guarded(_CHAT_CLOSER, ("pls", "plz", "please", "thank", "thx", "ty", "cheers", "talking", "list", "name", "gimme",
                                            "give", "tell", "show"),
                             fold=True)
# "so roughly what were exports a year earlier?": the precision wanted before the question word is
# no word of the thing asked (the "so" of a follow-up stays). "roughly how many" keeps it: _opening_how
# reads it there, and the answer is rounded for it.
_HEDGE_OPENER = lazy_compile(r"^(\s*(?:(?:so|and|ok|okay)\s+)?)(?:roughly|approximately|approx\.?|ballpark|more\s+or\s+less)\s*,?\s+"
                             r"(?=(?:what|whats|what's|what’s|which)\b)", re.IGNORECASE)
_BOUND_FOR = lazy_compile(r"\b([A-Za-z]+)-bound\b")
# (not "man": "many" and "manufacturing" would send most questions to the search)
_WOMAN_WORDS = frozenset({"woman", "lady"})
_THAT_GUY = Guarded(re.compile(r"\b(?:that|this)\s+(guy|bloke|fellow|fella|chap|dude|woman|lady)\b(?!\s*['’]s)", re.IGNORECASE),
                    ("guy", "bloke", "fellow", "fella", "chap", "dude", "woman", "lady"), fold=True)
_KEEP_SAFE = lazy_compile(r"\bkeep(?:s|ing)?\s+((?:[\w'’-]+\s+){1,5}?)(?:safe|secure)\b(?!\s+(?:from|for)\b)", re.IGNORECASE)
_PLACE_KIND_PLURALS = {"provinces": "province", "states": "state", "countries": "country", "cities": "city", "ports": "port",
                       "regions": "region", "nations": "nation", "towns": "town", "counties": "county"}
_WHICH_OF_THE = lazy_compile(r"^(\s*)(?:which|what)\s+of\s+(?:the|those|these)\s+((?:[\w-]+\s+){0,2}?)(" + "|".join(_PLACE_KIND_PLURALS) + r")\b",
                             re.IGNORECASE)
_BOUND_TRADE = lazy_compile(r"\b([A-Za-z]+)-bound\s+trade\b", re.IGNORECASE)
_BARE_PERIOD_OPENER = lazy_compile(r"^\s*(month|year|day|date|week)\s+(?!(?:on|over|to|of|is|was|and|by|ago|earlier|later|before|after)\b)"
                                   r"(?=(?:[\w'’-]+\s+){0,3}?[a-z]{3,}ed\b)", re.IGNORECASE)
# "names of the russian companies that signed deals", "list the names of the firms ...": which of
# them, asked as "which"; a text that tells of them without naming any names none.
_NAMES_OF_OPENER = lazy_compile(r"^\s*(?:(?:give|tell|list)\s+(?:me\s+|us\s+)?)?(?:the\s+)?names\s+of\s+(?:all\s+)?(?:the\s+)?(?=[a-z])",
                                re.IGNORECASE)
_ON_A_BASIS = lazy_compile(r"(?:\b(?i:on)\s+(?i:an?|the)\s+)?(?P<span>\b[\w-]+)\s+(?i:basis)\b(?!\s+(?i:points?)\b)")
# "vladivostok - whats notable abt it", "the train that left when the hub opened - how many boxes was
# it hauling": a topic set before a dash is what the question after it asks of, so its pronoun
# stands for the topic ("how many boxes was the train ... hauling"); a topic that is itself a
# question ("how much did exports rise - and imports?") or a question with no "it" is left: "they"
# may stand for the doers of a clause before the dash ("putin and xi met - what did they agree?"),
# and the asker's own doing ("trying to get the bigger picture - how does it describe ...") is no
# topic: its "it" is the article.
_TOPIC_DASH = lazy_compile(r"^\s*(?!(?:how|what|whats|when|where|who|whos|which|why|and|so|but|is|are|was|were|did|does|do"
                           r"|i|i'm|im|we|you|ok|okay|hey|well|right|just|need|want|wanna|curious|quick)\b"
                           r"|\w+ing\s+(?:to|about|for|at|into|over)\b)"
                           r"(?P<topic>[^?\s–—-][^?–—]{1,90}?)\s+(?:-|–|—)+\s+"
                           r"(?P<q>(?:how|what|when|where|who|which|why|is|are|was|were|did|does|do)\b[^?]*\??)\s*$", re.IGNORECASE)
_TOPIC_PRONOUN = lazy_compile(r"\b(?:it|its)\b", re.IGNORECASE)


def _topic_put_back(m: re.Match[str]) -> str:
    topic, question = m["topic"].strip(), m["q"]
    said = _TOPIC_PRONOUN.search(question)
    if said is None:
        return m[0]
    owner = said[0].lower() == "its"
    return question[: said.start()] + (topic + "'s" if owner else topic) + question[said.end():]


# "from when is jilin allowed to use the route?": what one is allowed, permitted or cleared to do,
# one can do, as "from when can jilin use the route" asks ("would be able to use ... from June");
# the allowing is no word to find.
_ALLOWED_TO = Guarded(lazy_compile(r"^(?P<pre>\s*(?:(?:from|since|until|till)\s+)?(?:when|where|how|why|what|who)\s+)(?:is|are|will|would)\s+"
                                   r"(?P<who>[\w'’-]+(?:\s+[\w'’-]+){0,2}?)\s+(?:be\s+)?(?:allowed|permitted|cleared|authori[sz]ed)\s+to\s+",
                                   re.IGNORECASE), ("allowed", "permitted", "cleared", "authori"), fold=True)
# "apart from business ppl who came from the russian side": the set-apart opener ends where the
# question word starts, comma or none; read on, the question word would open a relative clause.
_SET_APART_OPENER = lazy_compile(r"^(\s*(?:apart\s+from|aside\s+from|besides|other\s+than)\s+(?:[\w'’-]+\s+){1,4}?)(who|what|which|where|when|how)\b",
                                 re.IGNORECASE)
# "what day did cctv or whoever put out the number": the chat's shrug after a guessed name asks
# nothing more; the guess alone is read ("or someone else" offers another, and stays).
_OR_WHOEVER = lazy_compile(r"\s+or\s+(?:whoever|whatever|someone|somebody|something)(?:\s+(?:it|that)\s+(?:was|is))?"
                           r"(?![\w'’-]|\s+else\b)", re.IGNORECASE)

# "who's the russian leader mentioned in the story?": every name asked is mentioned in it; the
# words would only be searched for ("who is mentioned in the article?" keeps them: nothing else is asked).
_MENTIONED_IN_ARTICLE = Guarded(re.compile(r"(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bbe)(?<!\bbeen)\s+(?:mentioned|named|referred to|cited)"
                                           r"\s+in\s+(?:this|the)\s+(?:article|story|piece|text|report)\b", re.IGNORECASE),
                                ("article", "story", "piece", "text", "report"), fold=True)  # searched only in a question with one of them

# "who is the russian leader mentioned?": the same with the article left unsaid, the last words of
# the question ("who is mentioned?", "which firms were named?" keep them: nothing else is asked).
_MENTIONED_LAST = Guarded(re.compile(r"(?<=\w)(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bbe)(?<!\bbeen)\s+(?:mentioned|referred to|cited)"
                                     r"(?=\s*\??\s*$)", re.IGNORECASE), ("mentioned", "referred", "cited"), fold=True)

# "what kind of company is Blue Tide Trading?": what the text says the named body is
# ("importer Blue Tide Trading"), as "who is" asks it; the kind is no word to find. Not "what
# kind of company is building it" (a doer asked) nor "... is the biggest" (a rank).
_KIND_OF_BODY = Guarded(re.compile(r"^\s*(?:what|which)\s+(?:kind|sort|type)\s+of\s+(?:company|firm|business|group|organi[sz]ation|outfit|entity)"
                                   r"\s+(?:is|was)\s+(?!(?:the|a|an|it|this|that|most|best|biggest|largest|now|being)\b|\w+ing\b)", re.IGNORECASE), ("kind", "sort", "type"), fold=True)
# "how is Vladivostok described?", "how does the story characterise Jilin geographically?": what
# the article says the thing is ("Vladivostok, the biggest port in the Russian Far East"), as
# "what is Vladivostok?" asks; a describer named ("how did Xi describe it?") is left alone.
# "what is Vladivostok described as?" asks the same, the "as" standing for the "how".
# "how's Vladivostok described in the article?": the contracted "is" ("hows" typed) asks the same.
_HOW_DESCRIBED = Guarded(re.compile(r"^\s*(?:how(?:(?:['’]?s|\s+(?:is|are|was|were))\s+(?P<x>.+?)\s+(?:described|characteri[sz]ed|portrayed|depicted|referred\s+to)"
                                    r"|\s+(?:does|did|do)\s+(?:the|this)\s+(?:article|story|piece|text|report)\s+(?:describe|characteri[sz]e|portray|depict|refer\s+to)\s+(?P<y>.+?))"
                                    r"|what\s+(?:is|are|was|were)\s+(?P<z>.+?)\s+(?:described|characteri[sz]ed|portrayed|depicted|referred\s+to)\s+as"
                                    # "what's Vladivostok's claim to fame (per the story)": what the text calls it
                                    r"|what(?:'s|s|\s+is|\s+was)\s+(?P<f>.+?)(?:'s)?\s+claim\s+to\s+fame"
                                    r"(?:\s+(?:in|per|according\s+to)\s+(?:the|this)\s+(?:article|story|piece|text|report))?)"
                                    # "how is X described in the article": the text is where it is described, no word to find
                                    r"(?:\s+(?:in|by)\s+(?:the|this)\s+(?:article|story|piece|text|report))?"
                                    r"(?:\s+\w+ly)?\s*(?P<q>\?)?\s*$", re.IGNORECASE),
                         ("describ", "characteri", "portray", "depict", "referred", "refer to", "claim to fame"), fold=True)


# "how big a port is it?", "how large a city is Lagos?": the size of a place asked by its kind is
# what the text says the place is among its kind ("the biggest port in the Russian Far East"), as
# "what is it?" asks; a place's size is rarely a figure of its own.
_HOW_BIG_A_PLACE = Guarded(re.compile(r"^\s*how\s+(?:big|large|major|important)\s+(?:a|an)\s+(?:port|harbou?r|city|town|hub|terminal|airport)"
                                      r"\s+(?:is|was)\s+(?P<x>[\w'’. -]+?)\s*(?P<q>\?)?\s*$", re.IGNORECASE),
                           ("port", "harbo", "city", "town", "hub", "terminal"), fold=True)


def _what_is_described(m: re.Match[str]) -> str:
    return "what is " + (m["x"] or m["y"] or m["z"] or m["f"]) + (m["q"] or "")


# "How big is the budget in the end?": finally, no end of anything to find ("the end of June" stays).
_IN_THE_END = Guarded(re.compile(r",?\s*\b(?:in the end|at the end of the day|when all is said and done)\b(?!\s+of\b)", re.IGNORECASE),
                      ("the end", "said and done"), fold=True)  # searched only in a question with one of them

# "who did Xi host in Beijing?": whom he met there ("a meeting between Putin and Xi ... in
# Beijing"); a venue or a city that hosted a thing is no meeting. "which russian leader did xi
# host": a person asked by a post is a "who" too ("which event did the city host" stays hosting).
_WHO_HOSTED = Guarded(lazy_compile(r"\b((?:who(?:m)?|which\s+(?:[\w'-]+\s+)?(?:" + "|".join(sorted(ROLES)) + r")s?)"
                                   r"\s+(?:did|does|do|will|is|was|has|had)\s+(?:[\w'-]+\s+){1,3}?)host(?:ing|ed)?\b", re.IGNORECASE),
                      ("host",), fold=True)

# "which russian leader did xi see in beijing?": a person seen by a person was met ("a meeting
# between Putin and Xi ... in Beijing"), as "who did xi meet" asks; only a who (or a post asked by
# which) seen, so "what did analysts see" and "saw exports rise" keep their words.
_WHO_SEEN = Guarded(lazy_compile(r"\b((?:who(?:m)?|which\s+(?:[\w'-]+\s+)?(?:" + "|".join(sorted(ROLES)) + r")s?)"
                                 r"\s+(?:did|does|do|will|would|has|had)\s+(?:[\w'-]+\s+){1,3}?)(?:see|seen)\b(?!\s+(?:as|fit)\b)", re.IGNORECASE),
                    ("see",), fold=True)
# "who was xi's counterpart at the meeting?": the one's counterpart is whom the one met, as "who did
# xi meet at the meeting" asks; no counterpart is named as such ("a meeting between Putin and Xi").
_WHOSE_COUNTERPART = Guarded(lazy_compile(r"\bwho\s+(?:was|is|were|will\s+be)\s+([\w-]+(?:\s+[\w-]+)?)(?:'s|’s|s'|')\s+(?:\w+\s+)?counterparts?\b",
                                          re.IGNORECASE), ("counterpart",), fold=True)

# "whats the source for all these deals being signed?", "what's the source of the september
# data?": who reported the thing ("according to Chinese state media"); the article's own source
# ("what's the source of this story?") is asked of the article.
# "what's notable about the sept trade number?", "anything remarkable about Liaoning's exports?":
# what the story tells of it beyond the figure ("the highest since February 2022"), its whole
# sentence as "tell me about" gives it; "notable" is no word to find.
_NOTABLE_ABOUT = Guarded(re.compile(r"^\s*(?:what(?:'s|’s|s|\s+is|\s+was|\s+were|\s+are)|(?:is|was)\s+there\s+anything|anything)\s+(?:so\s+|most\s+|particularly\s+)?"
                                    r"(?:notable|noteworthy|remarkable|special|significant|unusual|striking|interesting|important)\s+(?:about|abt|re|regarding)\s+",
                                    re.IGNORECASE), ("notable", "noteworthy", "remarkable", "special", "significant", "unusual", "striking",
                                                     "interesting", "important"), fold=True)

# "whats the upside of the vladivostok route for jilin shippers", "whats in it for jilin using the
# route", "what does the route save jilin shippers": the good a thing does someone, which "how does
# X help Y" asks and the sentence's purpose tells ("..., cutting costs and transportation time");
# the upside, the saving or the "in it" are no words to find.
_UPSIDE_ASKED = Guarded(re.compile(r"^\s*what(?:'s|’s|s|\s+is|\s+are|\s+was)\s+(?:the\s+)?(?:main\s+|big\s+|real\s+)?(?:upside|benefit|advantage|payoff|pay-off)s?"
                                   r"\s+(?:of|from|in)\s+(?P<x>[^?]+?)\s+(?:for|to)\s+(?P<y>[^?]+?)\s*\?*\s*$", re.IGNORECASE),
                        ("upside", "benefit", "advantage", "payoff", "pay-off"), fold=True)
_IN_IT_FOR = Guarded(re.compile(r"^\s*what(?:'s|’s|s|\s+is|\s+was)\s+in\s+it\s+for\s+(?P<y>[\w'’-]+(?:\s+[\w'’-]+)??)"
                                r"(?:\s+(?:in\s+)?(?P<x>[a-z]+ing\s+[^?]+?))?\s*\?*\s*$", re.IGNORECASE), ("in it for",), fold=True)
_WHAT_SAVES = Guarded(re.compile(r"^\s*what\s+(?:does|did|will|would|could|can)\s+(?P<x>[^?]+?)\s+save\s+(?P<y>[^?]+?)\s*\?*\s*$",
                                 re.IGNORECASE), ("save",), fold=True)


def _how_it_helps(m: re.Match[str]) -> str:
    return f"how does {m['x'] or 'it'} help {m['y']}?"


# The same bare ("source for the deals being signed?", "source on the deals") or asked as of a person ("who's the source
# for the deals story?": the story of the deals, its reporter the one asked).
# ("who's the source for the news about the deals being signed", "who's the source saying all
# these deals got signed": the news of a thing, or a saying of it, is the thing reported)
_SOURCE_FOR = Guarded(re.compile(r"^\s*(?:(?:what|who)(?:'s|’s|s|\s+is|\s+was)\s+)?(?:the\s+)?source\s+"
                                 r"(?:(?:for|of|behind|on)\s+(?:the\s+(?:news|reports?|word|claims?)\s+(?:about|of|on|that)\s+)?|saying\s+(?:that\s+)?)"
                                 r"(?!(?:this|the|that)\s+(?:article|story|piece|report|text|news|info|information)\b|(?:it|this|that)\b)",
                                 re.IGNORECASE), ("source",), fold=True)
# "how did word of the deals get out?": who made them known ("..., according to Chinese state
# media"), as "who reported the deals" asks; no word nor any going out to find.
_WORD_GOT_OUT = Guarded(re.compile(r"^\s*how\s+(?:did|does|do|has|have)\s+(?:the\s+)?(?:word|news)\s+(?:of|about)\s+(?P<what>.+?)\s+"
                                   r"(?:get|come|leak)\s+out\b", re.IGNORECASE), ("word", "news"), fold=True)
# "... the deals story?": a story named by what it tells ("the deals") after the source is asked.
_STORY_OF = re.compile(r"(?<=\w)\s+(?:story|stories|news|report|reports)(?=\s*\??\s*$)", re.IGNORECASE)
# "whose stats show the record September trade?": who reported it ("according to the data by
# Chinese General Administration of Customs"), the figures no word to find.
_WHOSE_DATA = Guarded(re.compile(r"^\s*whose\s+(?:data|figures|numbers|stats|statistics)\s+(?:show|shows|showed|say|says|said|put)\s+",
                                 re.IGNORECASE), ("whose",), fold=True)

# "record since when?", "a record high since when": bounded by a "since", a record is the highest
# since then, as the story says it ("the highest since February 2022").
# "what record did the sept trade figure set?": the record a story gives a figure is how far back it
# is the highest ("the highest since February 2022"), asked as "a record since when".
_WHAT_RECORD = lazy_compile(r"^\s*what\s+record\s+(?:did|does|has|have)\s+(.+?)\s+(?:set|hit|reach|break|notch|post)\s*\??\s*$",
                            re.IGNORECASE)
_WHAT_RECORD = Guarded(_WHAT_RECORD, ("record",), fold=True)
# "the biggest going back to when?", "a high dating back to when": how far back a top reaches is the
# time it counts from, as "since when" asks ("the highest since February 2022").
_BACK_TO_WHEN = Guarded(re.compile(r"\b(?:going|dating|stretching|reaching)\s+back\s+to\s+when\b", re.IGNORECASE), ("back",), fold=True)
_RECORD_SINCE = Guarded(re.compile(r"\brecord(?:\s+high)?(?=\s+since\b)", re.IGNORECASE), ("record",), fold=True)
# "was september's trade a post-invasion record?": the highest since the event, as "the highest
# since February 2022 when Russia began the war" tells it; "post" is no word to find.
_POST_EVENT_RECORD = Guarded(re.compile(r"\b(?:an?\s+|the\s+)?post[- ]([a-z]{3,})\s+(?:record|high|peak)\b", re.IGNORECASE), ("post",), fold=True)

# "shenyang is the capital of?", "vladivostok is the biggest port in?": a blank to fill with a place.
# ("shenyang is the provincial capital of where": the blank written as "where", asked with no mark)
_PLACE_BLANK = lazy_compile(r"(\b(?:capital|port|city|town|province|state|region|country|located|based|situated|headquartered)"
                            r"(?:\s+city)?\s+(?:of|in))(?:\s*\?|\s+where\s*\??)\s*$", re.IGNORECASE)


def _may_end_on_place_blank(text: str) -> bool:
    """False only for a text _PLACE_BLANK cannot match: it ends on "of"/"in" and a "?", or on
    "where" (and a "?"), in any case; nearly every question ends on another word. (A text that is
    not ASCII goes to the pattern: re's folding takes some other letters for "i".)"""
    if not text.isascii():
        return True
    tail = text.rstrip()
    if tail.endswith("?"):
        tail = tail[:-1].rstrip()
    return tail[-5:].lower().endswith(("of", "in", "where"))


_PLACE_BLANK = Guarded(_PLACE_BLANK, (
    "capital", "port", "city", "town", "province", "state", "region", "country", "located", "based", "situated", "headquartered",
), fold=True)
# "whats liaoning's capital city?", "which city is Jilin's capital": the capital of that name, asked
# as "what is the capital of ...?" is; a whole question only, so "Liaoning's capital spending" or
# "the firms in Liaoning's capital" are left alone.
_OWNERS_CAPITAL = re.compile(r"^\s*(?:what(?:['’]?s|\s+is|\s+was)|which\s+(?:city|town)\s+(?:is|was)|name)\s+(?:the\s+)?"
                             r"([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}?)['’]s?\s+capital(?:\s+city)?\s*\??\s*$", re.IGNORECASE)
# "shenyang is the capitol of which province", "whats jilin's capitol": the seat of a place's
# government, in the spelling the chat often gives it; "the US Capitol", "Capitol Hill" keep theirs.
# "how many jobs could go?": jobs cut ("plans to cut up to 2,300 jobs"), not the workforce they
# are a share of, which the figure handler would work out of "or about 11% of the workforce".
# (Jobs that "have gone" are a fall in their number: _JOBS_GONE, in the move words.)
_JOBS_GO = lazy_compile(r"\b(jobs|staff|workers|employees|positions|posts|roles)\s+((?:could|will|would|may|might|must|are\s+(?:set\s+|going\s+)?to|to)\s+)go\b(?!\s+(?:to|up|down|on|into|in)\b)",
                        re.IGNORECASE)
# "how many tonnes went down the sishen-saldanha line in july?": the way the cargo went, no fall
# ("volumes went down 11%"), so no change is worked out of the month's two levels.
_DOWN_THE_ROUTE = lazy_compile(r"\b(went|go|goes|going|gone|sent|send|sends|shipped|carried|hauled|moved|travell?ed|ran|flowed|flows|came|come|comes)\s+down\s+the"
                             r"(?=\s+(?:[\w-]+\s+){0,2}(?:line|railway|rail|route|pipeline|river|corridor|road|track|highway|canal|channel|link)s?\b)", re.IGNORECASE)
_CAPITOL_AS_CAPITAL = re.compile(r"\bcapitol\b(?=(?:\s+city)?(?:\s+of\b|\s*\??\s*$))")
# "whats the provincial capital of liaoning", "Jilin's state capital?": the seat a place's kind of
# government sits in is its capital, which a story writes bare ("Shenyang, the capital of Liaoning
# province"); only before "capital (city) of" or at a question's end, so "national capital markets"
# keeps its words.
_KIND_OF_CAPITAL = re.compile(r"\b(?:provincial|state|national|regional|federal|prefectural)\s+(?=capital(?:\s+city)?(?:\s+of\b|\s*\??\s*$))",
                              re.IGNORECASE)
# "capital of liaoning?", "the capital city of Inner Mongolia": a bare phrase asks which city it
# is, as "what is the capital of ...?" does, not a figure of capital (money); "capital of the
# bank", "capital of its lender" are left as they are.
_BARE_CAPITAL_OF = Guarded(re.compile(r"^\s*(?:the\s+)?capital\s+(?:city\s+)?of\s+(?!(?:the|a|an|its|their|his|her)\b)(?=(?:[\w-]+\s+){0,2}[\w-]+\s*\??\s*$)",
                                      re.IGNORECASE), ("capital",), fold=True)
# "name the russian leader mentioned in the story": who that one person is.
_NAME_THE_PERSON = Guarded(re.compile(r"^\s*name\s+the\s+(?=(?:[\w-]+\s+){0,2}(?:leader|president|premier|minister|chief executive|ceo|"
                                      r"governor|head|chairman|chairwoman|founder|spokesman|spokeswoman|official|person)\b(?!s))",
                                      re.IGNORECASE), ("name",), fold=True)
# "name one russian company that signed a deal": which one that is, a name the answer must give as
# "which russian company ..." must; not a sentence saying only that some of them did.
_NAME_ONE = Guarded(re.compile(r"^\s*name\s+(?:a|an|one|any)\s+(?!of\b)(?=[\w-])", re.IGNORECASE), ("name",), fold=True)

# "which province has no sea coast?", "which one lacks a coastline": the one the story calls landlocked.
# ... and "which one is cut off from the sea?"
_NO_COAST = Guarded(re.compile(r"\s+(?:(?:(?:has|have|had|with)\s+no|lacks?|lacking|without)\s+(?:an?\s+)?(?:sea\s*)?"
                               r"(?:coast|coastline|sea\s+access|access\s+to\s+(?:the\s+)?(?:sea|ocean))"
                               r"|(?:is|are|was|were|being)\s+cut\s+off\s+from\s+(?:the\s+)?(?:sea|ocean|coast))\b", re.IGNORECASE),
                    ("coast", "access", "cut off"), fold=True)  # searched only in a question with one of them

# "which city lies across the border from Zamiin-Uud?", "which province sits across from the
# gate?": the place the story puts opposite it ("Zamiin-Uud, opposite the Chinese city of
# Erenhot"); "lie", "sit" and "border" are no words to find.
_ACROSS_FROM = Guarded(re.compile(r"\b(?:lies|lie|lying|sits|sit|sitting|stands|stand|is|are|located|situated)\s+"
                                  r"(?:just\s+|directly\s+|right\s+)?across\s+(?:the\s+(?:border|frontier|river)\s+)?from\b",
                                  re.IGNORECASE), ("across",), fold=True)

# "is the West ok with it?": content with a thing, as "happy with" is; "ok" alone is filler ("ok so what ...");
# "was the west cool with it?" is the same slang ("cool" alone keeps its weather and prices)
_OK_WITH = Guarded(re.compile(r"\b(?:ok|okay|cool)\s+(with|about)\b", re.IGNORECASE), ("ok", "cool"), fold=True)

# "who's not happy about it?": the one word the lexicon pairs with disapproval ("unhappy")
_NOT_HAPPY = Guarded(re.compile(r"\bnot\s+happy\s+(with|about)\b", re.IGNORECASE), ("happy",), fold=True)

# "where was the biggest ever diesel cargo headed?" / "a record 90,000-tonne diesel shipment": the
# biggest ever is a record, asked of a wh-question (a yes-no one asks whether it was)
_EVER_SUPERLATIVE = Guarded(re.compile(r"^(?=\s*(?:where|when|who|what|which|how)\b)(.*?)\b(?:biggest|largest|heaviest|greatest)[- ]ever\b",
                                       re.IGNORECASE), ("ever",), fold=True)

# _clean's runs of rare rewrites, each Guarded, tested together (knowledge.lazy_re.GuardedGroup):
# some thirty searches a question, nearly always of a text holding none of their words, cost
# about a sixth of _clean. The rules often met ("who"/"which", "port"/"city") stay apart.
_RARE_ASKING_1 = GuardedGroup(_WHAT_PEOPLE_CAME, _KIND_OF_NATIONALS)
_RARE_ASKING_2 = GuardedGroup(_WHO_ELSE_AT_MEETING, _HOW_MANY_FARM, _GROWN_MORE, _THAN_LAST_BARE, _HOW_MANY_COUNT_AS,
                              _WHO_CAME_FROM_SIDE, _SIDE_HOLDS, _WHERE_BEFORE_A_GATHERING)
_RARE_ASKING_3 = GuardedGroup(_MENTIONED_IN_ARTICLE, _MENTIONED_LAST, _KIND_OF_BODY, _HOW_DESCRIBED)
_RARE_ASKING_4 = GuardedGroup(_IN_THE_END, _NO_COAST, _ACROSS_FROM, _OK_WITH, _NOT_HAPPY, _EVER_SUPERLATIVE, _WHAT_RECORD,
                              _BACK_TO_WHEN, _RECORD_SINCE, _WHO_HOSTED, _WHO_SEEN, _WHOSE_COUNTERPART, _NOTABLE_ABOUT,
                              _WORD_GOT_OUT, _SOURCE_FOR, _WHOSE_DATA, _UPSIDE_ASKED, _IN_IT_FOR, _WHAT_SAVES, _POST_EVENT_RECORD)

# "whereabouts is Bremer Point?" asks where; "the whereabouts of the ship" is a noun asked about.
_WHEREABOUTS = re.compile(r"\bwhereabouts\b(?!\s+of\b)", re.IGNORECASE)

# "were did ...", "were is ...": "were" before another verb is "where" mistyped ("were the
# talks held?" keeps its "were").
_WERE_WHERE = re.compile(r"^were(?=\s+(?:did|does|do|is|are|was|will|can|could|would|should|has|have)\b)", re.IGNORECASE)

# Phone shorthand, expanded before anything else reads the question.
_SHORTHAND = {
    "mny": "many", "mch": "much", "lst": "last", "wat": "what", "wht": "what", "wut": "what", "whats": "what is", "hw": "how", "hwo": "how",
    "wen": "when", "whn": "when", "whr": "where", "wher": "where", "hu": "who", "y": "why", "r": "are",
    "u": "you", "ppl": "people", "est": "estimated", "govt": "government", "gov": "government", "abt": "about", "yr": "year",
    "yrs": "years", "mln": "million", "bn": "billion", "pct": "percent", "cos": "because", "coz": "because",
    "bc": "because", "thru": "through", "tho": "though", "w/": "with", "num": "number", "no.": "number",
    "co": "company", "cos.": "companies", "co-op": "cooperative", "co-ops": "cooperatives", "mgmt": "management", "intl": "international", "natl": "national",
    # "so what actually happend in shenyang": a dropped vowel of the story's everyday verb
    "happend": "happened", "happned": "happened", "hapened": "happened", "happenned": "happened",
    # "and thats the capital of which province?": "that's" with its apostrophe dropped, no typo of "thans"
    "thats": "that is",
    "teh": "the", "hte": "the", "adn": "and", "whos": "who is", "hows": "how is", "wheres": "where is", "whens": "when is", "whys": "why is",
    "rite": "right", "wats": "what is", "wuts": "what is", "wots": "what is", "overnite": "overnight", "tonite": "tonight",
    "nite": "night", "pls": "please", "plz": "please", "thx": "thanks", "b4": "before",
    # "drop in H1?": the half written out, as the story tells it ("in the first half")
    "h1": "the first half", "h2": "the second half",
    "qtr": "quarter", "qtrs": "quarters", "mth": "month", "mths": "months", "wk": "week", "wks": "weeks",
    "1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth", "avg": "average", "mkt": "market",
    # "total staff once fully running incl current workers": "including" cut short
    "incl": "including", "incl.": "including",
    "yday": "yesterday", "tmrw": "tomorrow", "dept": "department", "approx": "approximately",
    "gonna": "going to", "gunna": "going to", "wanna": "want to", "gotta": "got to", "kinda": "kind of", "gimme": "give me",
    "rn": "right now", "atm": "at the moment", "tday": "today", "tdy": "today", "2day": "today",
    "bak": "back", "btwn": "between", "nxt": "next", "nmbr": "number", "nbr": "number", "amt": "amount", "frm": "from", "prev": "previous",
    "hv": "have", "hav": "have", "cuz": "because", "bcoz": "because", "wud": "would", "shud": "should",
    "cld": "could", "wld": "would", "shld": "should", "shd": "should",
    # "hw many more mills cud the strike sprd to": the vowels dropped as in "wud" and "shud"
    "cud": "could", "sprd": "spread",
    # "hw many chinese firms at the conf", "ne china provinces" (not "nw": "whats the nw margin" is new)
    "conf": "conference", "confs": "conferences", "ne": "northeast",
    # "was the biz conference held in beijing", "biz leaders": the chat's business
    "biz": "business",
    # "who heads the colombo tea traders assoc": the shortened body word, read as spelt out
    "assoc": "association", "assn": "association",
    # "who is the head of the state revenue cmte": the committee shortened as minutes write it
    "cmte": "committee", "cttee": "committee", "cmtes": "committees",
    # "which provs make up china's northeast": the province shortened
    "prov": "province", "provs": "provinces",
    # "how many execs came to the forum?" / "drew about 600 executives"
    "exec": "executive", "execs": "executives",
    # "who's its vp" / "Zhou Wenbin, vice president of China Coastal": the title spelt out
    "vp": "vice president", "vps": "vice presidents",
    # "will the buses cut co2 by 20k tonnes" / "cut carbon dioxide emissions": the formula spelt out
    "co2": "carbon dioxide",
    # "whered the russia-china biz get together take place": a "did" run on without its apostrophe,
    # as "where'd" is read
    "whered": "where did", "whend": "when did", "howd": "how did", "whatd": "what did",
    # "fod price inflaton y/y": the change on a year before ("from a year earlier"), no "why/why"
    "y/y": "year on year", "q/q": "quarter on quarter", "m/m": "month on month",
    # "did trade hit a record in the fy to march": the fiscal year the story spells out
    "fy": "fiscal year",
    # "what was it in greenbacks?": money slang for the currency the story writes ("$5.83 billion");
    # only the plural "bucks" ("did it buck the trend" is a verb)
    "greenback": "dollar", "greenbacks": "dollars", "bucks": "dollars",
    # "how many new locos r they getting" / "supply 34 locomotives": railway shorthand spelt out
    "loco": "locomotive", "locos": "locomotives",
    # "when did putin n xi have their beijing sitdown": the noun run together, as "sit-down" reads
    "sitdown": "sit down", "sitdowns": "sit downs",
    # "who is the md of ipgl" / "IPGL managing director Sunil Mukundan": the title spelt out ("jv" stays:
    # "the JV" asked finds the story's own "joint venture" better as one loose word)
    "md": "managing director",
    # "shenyang = capital of wich province": the question word misspelt, as typed in haste
    "wich": "which", "whcih": "which",
    # "how big is the interim divi", "asp per 1000 pcs": results shorthand spelt out as the story writes it
    "divi": "dividend", "divis": "dividends", "divvy": "dividend", "pcs": "pieces",
    "asp": "average selling price", "asps": "average selling prices",
    # "max ship size it can take in dwt" / "vessels of up to 3000 deadweight tonnes": the unit spelt out
    "dwt": "deadweight tonnes",
    # "how much went to india on tues" / "on Tuesday": a weekday cut short as a chat writes it
    "tues": "tuesday", "weds": "wednesday", "thurs": "thursday",
    # "who heads bangladesh's power dev board" / "the Bangladesh Power Development Board"
    "dev": "development",
    # "fruit and veg exports" / "fruit and vegetable exports"
    "veg": "vegetable",
    # "how many pax flew in the quarter" / "flew 5.7 million passengers": airline shorthand spelt out
    "pax": "passengers",
}
# "rise compared w last yr": a lone "w" after a word that takes "with" is "with" ("w africa" is
# no shorthand of it).
_COMPARED_W = re.compile(r"\b(compared|comparing|compare|along|together|in line)\s+w(?![\w/'’.-])", re.IGNORECASE)
# "pushing for w moscow", "ties w russia": a lone lower-case "w" between two words is "with" too,
# unless a place word leads to it or a region follows ("exports to w europe", "the w coast" are
# the west), or it ends a name ("george w. bush" keeps its point).
_LONE_W = re.compile(r"\b(?P<before>[a-z]+)\s+w(?=\s+(?!(?:africa|african|europe|european|asia|asian|coast|bank|australia|virginia|siberia|indies|"
                     r"balkans|side|end|wing)\b)[a-z])")
_PLACE_LEADS = frozenset({"in", "to", "of", "the", "from", "into", "across", "and", "or", "throughout"})


def _lone_w_with(m: re.Match[str]) -> str:
    return m[0] if m["before"] in _PLACE_LEADS else m["before"] + " with"
# "when did the ag minister announce it?": "ag" before an office or a trade is agriculture
# ("Siemens AG", an attorney general's "the AG", stay as written).
_AG_BRIEF = re.compile(r"\b[Aa]g(?=\s+(?:minister|ministry|secretary|department|dept|sector|exports?|imports?|trade|officials?)\b)")
# "which way are the ships going instead of the Red Sea?": the way a ship, train or cargo goes is
# where it goes ("voyages around Africa's Cape of Good Hope"); "which way are prices going" asks a
# direction, and stays.
_WHICH_WAY_GOING = lazy_compile(r"\bwhich\s+way(?=\s+(?:is|are|was|were|do|does|did|will|would|have|has)\s+(?:the\s+|its\s+|their\s+)?"
                                r"(?:[\w-]+\s+)?(?:ships?|vessels?|boats?|tankers?|carriers?|trains?|trucks?|lorries|planes?|flights?|cargoes|cargo"
                                r"|shipments?|convoys?|ferries|ferry)\b)", re.IGNORECASE)
# "what did the shares end at wed", "since thurs": a weekday shortened after a word that dates,
# spelt out as the story writes it ("on Wednesday"); only there, where "wed" is no verb. ("mon",
# "sat" and "sun" are left: "sat at", "the sun"; "tues", "weds" and "thurs", no words of their own,
# are _SHORTHAND's, spelt out wherever they stand before this runs.)
_DAY_BRIEFS = {"tue": "tuesday", "wed": "wednesday", "thu": "thursday", "thur": "thursday", "fri": "friday"}
_WEEKDAY_BRIEF = Guarded(lazy_compile(r"\b(?P<lead>on|at|by|since|last|this|next|until|till|from|before|after|through|thru|to)\s+"
                                      r"(?P<day>tue|wed|thur?|fri)\.?(?![\w'’])", re.IGNORECASE),
                         (" tue", " wed", " thu", " fri"), fold=True)


def _weekday_spelt(m: re.Match[str]) -> str:
    return m["lead"] + " " + _DAY_BRIEFS[m["day"].lower()]


# "whos the kyrgyz finance min", "the min of finance": "min" after a portfolio, or before "of", is
# the minister; elsewhere the minimum it shortens too ("min wage", "the min price").
_MINISTER_BRIEF = lazy_compile(r"\b(?P<office>(?:finance|foreign|trade|transport|energy|economy|economic|prime|agriculture|mining|mines"
                              r"|industry|commerce|defence|defense|interior|health|oil|petroleum|fisheries|labour|labor|investment|planning"
                              r"|works|water|power|tourism|education|justice|environment|communications|infrastructure|development|deputy) )?"
                              r"min\b(?(office)|(?= of (?:the )?[a-z]+\b)(?! of (?:the )?(?:wage|price|order|investment|stay)s?\b))",
                              re.IGNORECASE)
# "sept trade btw russia and china": "btw" before a pair joined by "and" is "between", elsewhere
# the chat's "by the way" ("btw what did jilin get?").
_BTW_BETWEEN = re.compile(r"\bbtw\b(?=\s+(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+)?\s+(?:and|&)\s)", re.IGNORECASE)
# "n in us dollars?", "putin n xi": a lone lower-case "n" opening the question or between two
# words is the chat's "and" ("class N shares", "n = 40" keep theirs).
_LONE_N = re.compile(r"(?:^|(?<=[a-z] ))n(?= [a-z])")
# "were there 1000+ chinese firms", "20+ years": a count with a trailing plus is a bound, "more
# than 1000", as the yes-no and figure rules read it ("2+2" and "c++" are no counts).
_NUMBER_PLUS = re.compile(r"(?<![\w.+])(\d[\d,.]*)\+(?![\w+])")
# "co-ops", "co-founder": "co" before a hyphen is a prefix, no company.
_SHORTHAND_RE = re.compile(r"(?<![\w$€£¥])(?:" + "|".join(re.escape(k) for k in sorted(_SHORTHAND, key=len, reverse=True)) + r")(?![\w])(?!(?<=co)-)",
                           re.IGNORECASE)


# "when were putin n xi together in beijing": when the two met ("a meeting between Putin and Xi");
# "together" alone is the "combined" of a total, no word to find here.
# "is heilongjiang counted as part of the northeast?": what is counted, considered or classed as
# part of a whole is part of it, as "is heilongjiang part of the northeast" asks; the counting is
# the asker's framing, no word to find ("northeast China - comprising ... Heilongjiang").
_COUNTED_AS_PART = Guarded(lazy_compile(r"^(\s*(?:is|are|was|were)\s+\S.{0,60}?)\s+(?:counted|considered|regarded|classed|classified|seen|reckoned)\s+as\s+"
                                        r"(?=(?:a\s+)?part\s+of\b)", re.IGNORECASE), ("part",), fold=True)
# "is heilongjiang part of china's northeast?": a country's compass part is the region the story
# names by direction and country ("northeast China"), the compass word alone, at the end or before
# a little word, not before a noun of its own ("china's eastern province of zhejiang" stays).
_COUNTRYS_COMPASS = lazy_compile(r"\b(?P<country>" + "|".join(sorted((re.escape(c) for c in gz.COUNTRIES), key=len, reverse=True))
                                 + r")['’]s\s+(?P<part>" + "|".join(sorted((re.escape(k) for k in gz.COMPASS if k != "central"), key=len, reverse=True))
                                 + r")(?=\s*(?:$|[?.,!;:)]|\s(?:is|are|was|were|in|of|and|or|for|to|with|by|that|which|as|acc|according)\b))",
                                 re.IGNORECASE)
# Every compass word it takes holds one of these: a possessive without one (most: "China's exports")
# skips an alternation of some two hundred countries tried at every position (~0.25 M instructions).
_COUNTRYS_COMPASS_ASKED = Guarded(_COUNTRYS_COMPASS, ("east", "west", "north", "south"), fold=True)


# "china's north east", "south east asia": a compass point written as two words is the one word
# stories write ("northeast China", "Southeast Asia").
_COMPASS_SPLIT = lazy_compile(r"\b(north|south|North|South)\s+(east|west|East|West)(?![\w-])")


def _compass_joined(m: re.Match[str]) -> str:
    return m.group(1) + m.group(2).lower()


_WERE_TOGETHER = lazy_compile(r"^\s*(when|where)\s+(?:were|was)\s+(\S.{0,60}?\s(?:and|&)\s.{0,40}?)\s+together\b", re.IGNORECASE)

# "what share does Tianlu own in the venture": a share someone owns or holds is a stake ("Tianlu
# holds a 51% stake in the venture"), not any proportion or a company's stock.
_SHARE_OWNED = lazy_compile(
    r"\b(what|which)\s+share(?=\s+(?:does|did|do|will|would)\s+(?:[\w'’-]+\s+){1,4}?(?:own|hold)\b"
    # "what share of the venture will X hold" (a stake); not "what share of the combined company will
    # Valmeuse investors own", the part a merger leaves each side's shareholders
    r"|\s+(?:of|in)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s+(?:does|did|do|will|would)\s+"
    r"(?!(?:[\w'’-]+\s+){0,3}?(?:investors|shareholders|stockholders)\b)(?:[\w'’-]+\s+){1,4}?(?:own|hold)\b)", re.IGNORECASE)
_SHARE_OWNED = Guarded(_SHARE_OWNED, ("share",), fold=True)

# "how many e-buses were handed over": the "e-" of a vehicle is the "electric" stories spell out
# ("214 electric buses"); "e-commerce" and the like keep theirs.
_E_VEHICLE = lazy_compile(r"\be-(?=(?:bus|buse|car|bike|motorbike|motorcycle|scooter|truck|van|taxi|vehicle)s?\b)", re.IGNORECASE)


# "10yr us yield", "3mth bill": a count glued to a shorthand span is the span of that length ("10-year").
_GLUED_SPAN = re.compile(r"\b(\d+)(yrs?|y|mths?|mos?|wks?)\b", re.IGNORECASE)
_SPAN_UNITS = {"y": "year", "m": "month", "w": "week"}
# "the 42.64bn yuan export number": a scale glued to its amount is the word it shortens, as
# "bn" alone is ("42.64 billion"), not a word to find.
_GLUED_SCALE = re.compile(r"(?<=\d)(bn|mln|mn|tn|trn)\b", re.IGNORECASE)
# "could hit 9500t this yr": a "t" glued to a count is the tonnes the story spells out.
_GLUED_TONNES = re.compile(r"(?<=\d)t\b(?![.'’-])")
_SCALE_SHORTHAND = {"bn": "billion", "mln": "million", "mn": "million", "tn": "trillion", "trn": "trillion"}
# "where will the 5th fsru be stationed": "A fifth vessel ... at Damietta" spells it; not a day of
# a month ("on March 5th", "the 5th of May"), which the date reader takes as it is.
_ORDINAL_NAMES = {5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth"}
_GLUED_ORDINAL = re.compile(r"(?<![\w.,])([5-9]|10)th\b(?!\s+of\b)", re.IGNORECASE)
# "russia china 2 way trade": a count of sides in digits is the word the text spells ("two-way
# trade", "a three-way merger"), no amount asked.
_WAY_COUNTS = {"2": "two", "3": "three", "4": "four"}
_N_WAY = re.compile(r"(?<![\w.,$])([2-4])[\s-]way\b", re.IGNORECASE)
_MONTH_BEFORE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+$", re.IGNORECASE)


_DIGIT = re.compile(r"\d")


def _glued_to_digits_spelt(text: str) -> str:
    """ "5yrs", "3bn", "40t", "5th", "3-way": a unit or ending glued to digits, spelt out."""
    if _GLUED_SPAN.search(text):
        text = _GLUED_SPAN.sub(_spelt_span, text)
    if _GLUED_SCALE.search(text):
        text = _GLUED_SCALE.sub(lambda m: " " + _SCALE_SHORTHAND[m.group(1).lower()], text)
    if _GLUED_TONNES.search(text):
        text = _GLUED_TONNES.sub(" tonnes", text)
    if _GLUED_ORDINAL.search(text):
        text = _GLUED_ORDINAL.sub(_spelt_ordinal, text)
    if _N_WAY.search(text):
        text = _N_WAY.sub(lambda m: _WAY_COUNTS[m.group(1)] + "-way", text)
    return text


def _spelt_ordinal(m: re.Match[str]) -> str:
    if _MONTH_BEFORE.search(m.string, 0, m.start()):
        return m.group(0)
    return _ORDINAL_NAMES[int(m.group(1))]


def _spelt_span(m: re.Match[str]) -> str:
    unit = _SPAN_UNITS[m.group(2)[0].lower()]
    # ("2wks ago": two weeks, a count of them, not a two-week span)
    return f"{m.group(1)} {unit}s" if m.group(2).lower().endswith("s") else f"{m.group(1)}-{unit}"


# "why were shipping cos avoiding chabahar": "cos" after a word and before a verb's "-ing" or its
# "are/were/have" is the plural of "co" (companies); "cos of the strike", "cos they" stay "because".
_COS_COMPANIES = re.compile(r"\s+(?:[a-z]+ing|are|were|have|had|that|which|who|in|from|with|like|such|said|say)\b", re.IGNORECASE)


def _expanded_shorthand(m: re.Match[str]) -> str:
    # ("co" before a hyphen never matches: _SHORTHAND_RE's last look-ahead)
    word = m.group(0).lower()
    if word == "cos" and m.start() > 0 and m.string[m.start() - 1] == " " and _COS_COMPANIES.match(m.string, m.end()):
        return "companies"
    return _SHORTHAND[word]


# Each shorthand opens with a whole run of word characters wherever the pattern finds it (no
# word character before it): "no" of "no.", "w" of "w/", "y" of "y/y". A text whose runs, in
# lower case, are none of these holds no shorthand, and is not searched. A text with a
# character that re's case-insensitive matching takes for an ASCII letter is always searched.
_EQUALS_BETWEEN_WORDS = re.compile(r"(?<=[A-Za-z])\s+=\s+(?=[A-Za-z])")
_WH_DID = re.compile(r"\b(why|where|when|how|what)['’]d\b", re.IGNORECASE)
_WORD_RUN = re.compile(r"\w+")
_SHORTHAND_WORDS = frozenset(_WORD_RUN.findall(k)[0] for k in _SHORTHAND)


def _may_hold_shorthand(text: str) -> bool:
    return bool(ASCII_LOOKALIKES.search(text)) or not _SHORTHAND_WORDS.isdisjoint(_WORD_RUN.findall(text.lower()))


def _correct_typos(tokens: list[Token], store: Store, text: str = "") -> tuple[list[Token], dict[str, str]]:
    """Each word's repair, as _typo_repair decides it. That decision reads only the word, its
    lemma and the store, so it is kept per store handle by (word, lemma), as the letter repairs
    below are: the same few hundred words ("how", "many", "exports") make up question after
    question, and each went through up to six dictionary and vocabulary tests every time."""
    # "cet1 ratio", "a320 jets": letters glued to digits are a code, no slip of a word ("cent").
    # (only a question with a run of digits can have one: most have none)
    coded = {i for i in range(len(tokens)) if _glued_to_digits(tokens, i)} if any(t.lower.isdigit() for t in tokens) else set()
    repairs: dict[tuple[str, str], tuple[str, str]] = store.memo_many(
        "typo_repair", [(t.lower, t.lemma) for i, t in enumerate(tokens) if i not in coded],
        lambda keys: {key: _typo_repair(key[0], key[1], store) for key in keys})
    fixed: list[Token] = []
    corrections: dict[str, str] = {}
    # "how lng was the port shut", "how mcuh": what follows "how" is how long, much, far ...,
    # though "LNG" is a word of the article's.
    after_how = {i: meant for i in range(1, len(tokens)) if tokens[i - 1].lower == "how" and tokens[i].lower not in _AFTER_HOW
                 and (meant := _after_how(tokens[i].lower))}
    inner = _inner_name_words(store)
    if (not repairs and not after_how and all(t.lower in store.vocabulary or t.lower in STOPWORDS for t in tokens)
            and not any(t.lower in inner for t in tokens)):
        return tokens, {}  # nearly every question: no word to repair (nothing changes the list)
    for i, token in enumerate(tokens):
        repair = repairs.get((token.lower, token.lemma)) if i not in coded else None
        if repair is None:
            fixed.append(token)
            continue
        corrections[token.text] = repair[0]
        fixed.append(Token(repair[0], repair[0], repair[1], token.start, token.end))
    for i, meant in after_how.items():
        corrections[tokens[i].text] = meant
        fixed[i] = Token(meant, meant, meant, tokens[i].start, tokens[i].end)
    # "lme nikel price": a word the article writes only inside a longer name ("PT Sulawesi Prima
    # Nikel"), typed in lower case without the rest of that name, is a slip of the article's word.
    for i, token in enumerate(fixed):
        if token.lower in inner and token.text.islower() and i not in coded and (meant := _slip_of_inner_name_word(fixed, i, store)):
            corrections[token.text] = meant
            fixed[i] = Token(meant, meant, lemma(meant), token.start, token.end)
    # "hw many locals wil the plant hire", "how far aprat are they": no word at all, and one slip
    # from a word the question brings along ("will", "apart") though the article need not write it.
    vocabulary = store.vocabulary
    for i, token in enumerate(fixed):
        if i not in coded and _may_be_slip(token.lower, vocabulary) and (meant := _everyday_word(fixed, i, store, text)):
            corrections[token.text] = meant
            fixed[i] = Token(meant, meant, lemma(meant), token.start, token.end)
    # A word English has but the article lacks, a slip from the word the article writes beside
    # the same neighbour: "shre prise" is the share price ("prise" is a word, so kept above).
    for i, token in enumerate(fixed):
        meant = _meant_in_context(fixed, i, store) if _may_be_slip(token.lower, vocabulary) else ""
        if meant:
            corrections[token.text] = meant
            fixed[i] = Token(meant, meant, lemma(meant), token.start, token.end)
    return fixed, corrections


# The endings before which English doubles a short verb's last consonant ("win": "winning",
# "plan": "planned", "bid": "bidder").
_DOUBLING_ENDINGS = ("ing", "ed", "er", "ers")


def _doubled_by_rule(word: str, lemma_: str) -> bool:
    """Whether `word` is its lemma with the last consonant doubled before an ending, as English
    spells it ("winning" of "win"): no slip of a word with the letter once ("wining" of "wine"),
    however near the article's words that one is."""
    for ending in _DOUBLING_ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3 and stem[-1] == stem[-2] and stem[:-1] == lemma_ and is_known_word(lemma_):
            return True
    return False


def _may_be_slip(word: str, vocabulary: frozenset[str]) -> bool:
    """The first test _everyday_word and _meant_in_context both make (either gives "" for a word
    that fails it), made inline: a question that reaches them has ten-odd words, nearly all an
    article word or a function word, and the two calls per word cost more than the test."""
    return len(word) >= 3 and word not in vocabulary and word not in STOPWORDS and word.isalpha()


def _inner_name_words(store: Store) -> frozenset[str]:
    """The words, no English ones ("exchange" of "Toronto Stock Exchange" is the question's own),
    that the store's names of two words or more have, no one-word name is, and its sentences
    write nowhere in lower case: kept per store handle."""
    def build() -> frozenset[str]:
        names = store.entity_name_index
        words = {w for n in names if " " in n for w in n.split() if len(w) >= 4 and w.isalpha() and not is_known_word(w)} - names
        return frozenset(w for w in words if not store.conn.execute(
            "SELECT 1 FROM sentences WHERE instr(text, ?) > 0 LIMIT 1", (f" {w} ",)).fetchone())
    return store.memo("inner_name_words", None, build)


def _slip_of_inner_name_word(tokens: list[Token], i: int, store: Store) -> str:
    word = tokens[i].lower
    asked = {t.lower for t in tokens}
    if any(len(n.split()) > 1 and word in n.split() and not asked.isdisjoint(set(n.split()) - {word})
           for n in store.entity_name_index):
        return ""  # "sulawesi prima nikel": the name, asked by more of its words
    # The index may hold nothing of `word` itself: its words are each one letter longer.
    longer = _dropped_letter(word, store.vocabulary - {word}, _vocabulary_by_dropped_letter(store))
    return longer if longer and lemma(longer) in store.index_vocabulary and longer not in _inner_name_words(store) else ""


def _glued_to_digits(tokens: list[Token], i: int) -> bool:
    """A word of letters written with no space beside a run of digits ("cet1", "a320")."""
    word = tokens[i]
    if not word.lower.isalpha():
        return False
    return (i > 0 and tokens[i - 1].end == word.start and tokens[i - 1].lower.isdigit()
            or i + 1 < len(tokens) and tokens[i + 1].start == word.end and tokens[i + 1].lower.isdigit())


_AFTER_HOW = frozenset("long many much far big often soon high low large old come".split())


def _after_how(word: str) -> str:
    """The one word that follows "how" this one is a letter dropped from ("lng": "long") or two
    swapped letters of ("mcuh": "much"), or ""."""
    if not word.isalpha() or len(word) < 2:
        return ""
    found = {w for w in _AFTER_HOW if len(w) == len(word) + 1 and word in _with_one_dropped(w) or sorted(w) == sorted(word)
             and OSA.distance(w, word) == 1}
    return next(iter(found)) if len(found) == 1 else ""


def _meant_in_context(tokens: list[Token], i: int, store: Store) -> str:
    word = tokens[i].lower
    if len(word) < 3 or not word.isalpha() or word in store.vocabulary or word in STOPWORDS or word in MONTHS:
        return ""  # ("jan to aug" is January to August, not "ran to")
    if parse_number(word) is not None:
        return ""  # "the first three quarters": a number meant, not "there"
    if tokens[i].text[:1].isupper():
        return ""  # "the UAE", "Hoshino": a name, no slip of a word
    pairs = store.word_pairs
    # A neighbour that says something: "the date of" is no "data of" (function words sit beside anything).
    before = tokens[i - 1].lower if i > 0 and tokens[i - 1].lower not in STOPWORDS else "\0"
    after = tokens[i + 1].lower if i + 1 < len(tokens) and tokens[i + 1].lower not in STOPWORDS else "\0"
    if before == after == "\0":
        return ""
    # The paired words one slip away, kept per store handle and word: some 300 spellings a word,
    # met with the paired words in one set intersection.
    index, lexicon = _slip_index(store), _lexicon_slip_index()
    near = {w for key in _with_one_dropped(word) for w in (*index.get(key, ()), *lexicon.get(key, ()))
            if w != word and OSA.distance(word, w) <= 1}
    # The neighbour in either number: "steal watch exports" beside the article's "steel watches".
    befores, afters = _either_number(before), _either_number(after)
    fits = {c for c in near if any((b, c) in pairs for b in befores) or any((c, a) in pairs for a in afters)
            or (before, c) in _LEXICON_PAIRS or (c, after) in _LEXICON_PAIRS}
    return next(iter(fits)) if len(fits) == 1 else ""


def _either_number(word: str) -> tuple[str, ...]:
    """A noun as written, plural and singular ("watch", "watches"); "\0" (no neighbour) alone."""
    if word == "\0":
        return (word,)
    if word.endswith("es"):
        return word, word[:-1], word[:-2]
    if word.endswith("s"):
        return word, word[:-1]
    return word, word + "s", word + "es"


def _slip_index(store: Store) -> dict[str, frozenset[str]]:
    """Every word of the store's word pairs, under itself and each spelling of it with one letter
    dropped: two words one slip apart (a letter dropped, added, changed or swapped) share a key.
    Kept per store handle; a word's few keys are looked up, where making its 300-odd slipped
    spellings cost some 80 µs. The lexicon's pairs, the same for every store, are indexed once per
    process (_lexicon_slip_index): they are some 760 of a store's 900-odd words, and indexing
    them again for each store cost some 6 ms of the first question that asks."""
    def build() -> dict[str, frozenset[str]]:
        return _slips_of({w for pair in store.word_pairs for w in pair})
    return store.memo("slip_index", None, build)


@lru_cache(maxsize=1)
def _lexicon_slip_index() -> dict[str, frozenset[str]]:
    """_slip_index of the words of the lexicon's word pairs: pure, so kept once per process."""
    return _slips_of({w for pair in _LEXICON_PAIRS for w in pair})


def _slips_of(words: set[str]) -> dict[str, frozenset[str]]:
    index: dict[str, set[str]] = {}
    for w in words:
        for key in _with_one_dropped(w):
            index.setdefault(key, set()).add(w)
    return {k: frozenset(v) for k, v in index.items()}


def _with_one_dropped(word: str) -> set[str]:
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


# The word pairs of the lexicon's phrases ("share price", "interest rate"): side by side in news
# English, whether or not this article writes them so.
_LEXICON_PAIRS = frozenset(pair for phrases in SYNONYMS.values() for phrase in phrases
                           for pair in zip(phrase.split(), phrase.split()[1:]))


def _typo_repair(word: str, lemma_: str, store: Store) -> tuple[str, str] | None:
    """The word a question word was meant to be and its lemma ("exprot": "export"), or None for
    a word to keep. `word` is the token's lower case, `lemma_` its lemma."""
    vocabulary = store.vocabulary
    if word in vocabulary and is_known_word(word):
        # Every repair below wants a word the article lacks or English lacks, and the last test
        # keeps an article word: so an English word the article writes (most question words,
        # ~10 of 18 first asks per store) is kept without the ~6 us of tests it went through.
        return None
    if _form_of_article_word(word, vocabulary):
        return None  # "how much are they setting aside": the article's "set", not "settling"
    if _acronym_plural_typed_low(word, lemma_, store):
        return word[:-1], word[:-1]  # "how many teus": the article's "TEUs", indexed as the acronym "teu"
    if parse_number(word) is not None:
        return None  # "the first three quarters": a number meant, not "there"
    if (word not in _ASKING and word.isalpha() and (not is_known_word(word) or word not in vocabulary and lemma_ not in vocabulary)
            and (asking := _swapped_asking(word))):
        # "mnay" -> "many", "hwo" -> "how"; and a word English has that the article lacks:
        # "how many boats dose it have" (not a drug story's "dose")
        return asking, asking
    if len(word) >= 4 and word.isalpha() and word not in vocabulary and lemma_ not in vocabulary and (
            other := _other_spelling(word, vocabulary)):
        return other, lemma(other)  # "sulfuric" where the article writes "sulphuric"
    if len(word) >= 4 and word.isalpha() and word not in vocabulary and lemma_ not in vocabulary and (
            sounded := _sound_spelling(word, vocabulary, len(_SOUNDS) if not is_known_word(word) else 1)):
        return sounded, lemma(sounded)  # "flite", "boxite": the article's "flight", "bauxite"
    if (len(word) >= 4 and word.endswith("in") and word.isalpha() and not is_known_word(word)
            and (is_known_word(word + "g") or word + "g" in vocabulary)):
        return word + "g", lemma(word + "g")  # "cuttin", "goin": the g phones drop
    if word in _CENTRAL_BANK_NICKNAMES or _initials_typed(word, store):
        return None  # "Banxico" is a name, no misspelt "banco"; "bok" the Bank of Korea, no "book"
    # ("jan-apr": a month's short name, no initials of the article's "agreeing to purchase Russian")
    if 3 <= len(word) <= 6 and word.isalpha() and _not_the_articles(word, store) and not is_known_word(word) and word not in MONTHS and (
            spelt := store.acronym_phrase(word)):
        return spelt, spelt  # "10yr us yield vs jgb": the article's "Japanese government bonds"
    # "what jobs are OFWs hired for": a plural's letters without its "s" spell the article's
    # "overseas Filipino workers" (its last word plural already)
    if 4 <= len(word) <= 7 and word.endswith("s") and word.isalpha() and _not_the_articles(word, store) and not is_known_word(word) and (
            spelt := store.acronym_phrase(word[:-1])):
        return spelt, spelt
    if (len(word) >= 4 and word.isalpha() and word in vocabulary and not is_known_word(word)
            and (whole := _dropped_letter_in(word, store)) and stem(whole) == word and whole != word + "s"):
        # "volum": the stem the vocabulary keeps is no word; the word it is cut from ("volume")
        # is, and is what its lemma and classes are read from
        return whole, lemma(whole)
    # A known word too, when long enough and the article lacks it: "casses" of cognac are the
    # article's "cases", before a letter put back makes them "classes".
    if (len(word) >= 3 and word.isalpha() and (not is_known_word(word) or len(word) >= 5 and word not in vocabulary
                                               and lemma_ not in vocabulary)
            and not _doubled_by_rule(word, lemma_)
            and (doubled := _doubled_letter_in(word, store)) and is_known_word(doubled)):
        return doubled, lemma(doubled)  # "tarif" -> "tariff", "comitee" -> "committee"
    # A known word too, when long enough and the article has its swap but not it: "strats".
    if (len(word) >= 4 and word.isalpha() and (not is_known_word(word) or len(word) >= 5 and lemma_ not in vocabulary)
            and word not in vocabulary and (swapped := _swapped_letters_in(word, store))
            # ... but an English word is kept for a word only the lexicon has: "garment makers
            # trying to win orders" is no "tyring" in a story that has no tyres
            and (not is_known_word(word) or lemma(swapped) in store.index_vocabulary)):
        # ... but a swap to a word only the lexicon has yields to the article's own word a letter
        # longer: "manufactuers" are the article's "manufacturers", no "manufactures"
        if (lemma(swapped) not in store.index_vocabulary and (longer := _dropped_letter_in(word, store))
                and lemma(longer) in store.index_vocabulary):
            return longer, lemma(longer)
        return swapped, lemma(swapped)  # "rnad" -> "rand", "exprot" -> "export"
    # An English word spelt by its sound, "s" for a soft "c": "the fob prise for ukraine wheat"
    # asks the article's price (a story that never prises anything open).
    if (len(word) >= 5 and word.isalpha() and is_known_word(word) and word not in vocabulary and lemma_ not in vocabulary
            and (sounded := _soft_c_for_s(word, store))):
        return sounded, lemma(sounded)
    if ((len(word) >= 6 or (len(word) >= 4 and not is_known_word(word))) and word.isalpha()
            and word not in vocabulary and lemma_ not in vocabulary and (longer := _dropped_letter_in(word, store))
            # ... not a word of its own that the article's ends with one letter more: "the govt
            # debt office" is no "officer"
            and not (longer[:-1] == word and is_known_word(word))
            # ... but an English word is kept for a word only the lexicon has: "setting aside" is
            # no "settling" in a story that never settles anything
            and (not is_known_word(word) or lemma(longer) in store.index_vocabulary)
            or len(word) == 3 and word.isalpha() and word not in vocabulary and word not in STOPWORDS
            # (a known word only becomes a measure: one no measure is a letter short of skips the search)
            and (not is_known_word(word) or word in _MEASURES_LESS_A_LETTER)
            and (longer := _dropped_letter_in(word, store)) and (longer in MEASURES or not is_known_word(word))):  # "rat": "rate"; "hom": "home"
        # simplemma knows some misspellings ("forcast") as words: a letter dropped from the
        # article's own word is still a typo of it.
        # ... but a word only the lexicon has yields to the article's own word with a letter too
        # many: "did customes announce" is the article's "customs", no "customers".
        if lemma(longer) not in store.index_vocabulary and (shorter := _extra_letter_in(word, store)):
            return shorter, lemma(shorter)
        return longer, lemma(longer)
    if (len(word) < 5 or not word.isalpha() or word in STOPWORDS or lemma_ in vocabulary
            or word in vocabulary or is_known_word(word)):
        return None  # a real word the article lacks ("mayor") is no typo of one it has
    # "milksolids", "pricetag": two words the article writes side by side, typed as one
    pairs = store.word_pairs
    split = next((f"{word[:i]} {word[i:]}" for i in range(3, len(word) - 2) if (word[:i], word[i:]) in pairs), "")
    if split:
        return split, split
    if (english := _doubled_english(word)):
        # "at the begining": "beginning", a word the article lacks, not its "bargaining" two
        # slips away; one letter doubled or undoubled is the commonest slip of all.
        return english, lemma(english)
    if word.endswith("ist") and is_known_word(superlative := word[:-3] + "est"):
        # "cheapist ticket", "lowist price": the superlative spelt by its sound, a word the article
        # need not write ("Fares range from ..."), before the nearest word it does ("cheaps").
        return superlative, lemma(superlative)
    # Two slips in a long word ("delears") are as likely as one in a short one.
    found = process.extract(word, _choices(store), scorer=OSA.normalized_similarity, limit=5,
                            score_cutoff=0.74 if len(word) < 7 else 0.7)
    # Among equally near words, the one with the same letters ("delears": "dealers", not
    # "clears"), then the same first letter.
    # ... then one as long ("fleat": "fleet", not "flat").
    # ... and last the article's own word over one only the lexicon knows ("chian": "china", not "chain").
    own = store.index_vocabulary
    best = max(found, key=lambda f: (round(f[1], 6), sorted(f[0]) == sorted(word), f[0][:1] == word[:1],
                                     len(f[0]) == len(word), f[0] in own), default=None)
    if best is None:
        return None
    return best[0], lemma(best[0])


def real_word_slip(question: str, store: Store) -> str:
    """The question with each English word it has that the article lacks, in every class of it,
    and that is one slip from exactly one article word of the same first letter, written as that
    word; "" when it has none. "hw many russian firms at the foram": "foram" is a word (a sea
    creature) of no business story, so no repair above touches it, and the article's "Forum" is
    what was meant. The caller tries this only after the question as typed found nothing: a
    word can be the one meant though the article lacks it."""
    text = _clean(question)
    tokens = tokenize(text)
    own = store.index_vocabulary
    for token in reversed([t for i, t in enumerate(tokens) if _may_be_real_word_slip(t, i, store)]):
        word = token.lower
        # ("what's youth unemployment at": the article's "south" is a slip away, but the first
        # letter is the one a thumb misses least)
        near = {w for w, _, _ in process.extract(word, _choices(store), scorer=OSA.distance, score_cutoff=1, limit=5)
                if w[0] == word[0] and len(w) >= 4 and lemma(w) in own}
        if len(near) == 1:
            text = text[: token.start] + next(iter(near)) + text[token.end :]
    return text if text != _clean(question) else ""


def _may_be_real_word_slip(token: Token, i: int, store: Store) -> bool:
    """An English word of five letters or more, no name, that the article lacks in every form and
    class: "data" is a word of its own, "foram" a slip."""
    word = token.lower
    if (len(word) < 5 or not word.isalpha() or word in STOPWORDS or word in store.vocabulary or token.lemma in store.vocabulary
            or (i > 0 and token.text[:1].isupper()) or not is_known_word(word)):
        return False
    return word_keys(token.lemma, word).isdisjoint(store.index_vocabulary)


def _everyday_word(tokens: list[Token], i: int, store: Store, text: str) -> str:
    """The one everyday word (a function word, a month, a nationality, a word of the lexicon)
    that a question word English lacks is one slip from, or "". The article's own words were
    tried first; these are the words a question brings along ("septembr", "othr", "wil")."""
    token = tokens[i]
    word = token.lower
    if (len(word) < 3 or not word.isalpha() or word in store.vocabulary or token.lemma in store.vocabulary
            or word in STOPWORDS or is_known_word(word)):
        return ""
    if i > 0 and token.text[:1].isupper() or _possessive_name(token, text):
        return ""  # "Vanke's sales", "what did Vanke say": a name the article lacks, no slip of "vane"
    meant = _everyday_slip(word)
    # ... and none as near a word the article has, which the repairs above left for a reason:
    # "great laks heritage" is the article's Great Lakes Heritage, matched as a name, no "lacks".
    if meant and len(word) > 3 and process.extractOne(word, _choices(store), scorer=OSA.distance, score_cutoff=1):
        return ""
    if meant and len(word) == 3 and _dropped_letter_in(word, store):
        return ""
    return meant


@lru_cache(maxsize=4096)
def _everyday_slip(word: str) -> str:
    index = _everyday_index()
    if len(word) == 3:
        # ("ecb", "imf": a short acronym is one slip from many words; only a letter put back
        # into a function word ("wil", "fom") is taken)
        found = {w for w in index.get(word, ()) if len(w) == 4 and w in STOPWORDS}
    elif len(word) == 4:
        # ("sino-russian": a four-letter prefix is one changed letter from "sink"; a letter put
        # back or two swapped are the short word's slips: "othr", "wehn")
        found = {w for w in index.get(word, ()) if len(w) == 5} | {w for w in _swaps(word) if w in index and w in index[w]}
    else:
        found = {w for key in _with_one_dropped(word) for w in index.get(key, ()) if w != word and OSA.distance(word, w) <= 1}
    if len(found) > 1:
        # ("othre": "other", a swap, before "there"; "septembr": a letter put back before one changed)
        found = {w for w in found if sorted(w) == sorted(word)} or {w for w in found if len(w) == len(word) + 1} or found
    if not found and len(word) >= 5 and word.isascii():
        # "how far aprat are they", "actully": any English word, when it is the only one a slip away
        found = _english_slips(word)
    return next(iter(found)) if len(found) == 1 else ""


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _english_slips(word: str) -> set[str]:
    """The lowercase English words one slip (a letter dropped, added, changed or two swapped) from `word`."""
    has = dictionary_has()
    spellings = ({word[:i] + word[i + 1 :] for i in range(len(word))} | _swaps(word)
                 | {word[:i] + c + word[i + 1 :] for i in range(len(word)) for c in _LETTERS}
                 | {word[:i] + c + word[i:] for i in range(len(word) + 1) for c in _LETTERS}) - {word}
    return {w for w in spellings if has(w)}


def _swaps(word: str) -> set[str]:
    return {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)} - {word}


@lru_cache(maxsize=1)
def _everyday_index() -> dict[str, frozenset[str]]:
    """The everyday words under themselves and each spelling with one letter dropped (see _slip_index)."""
    words = {w for w in lexicon_words() | STOPWORDS | gz.MONTHS | gz.WEEKDAYS | gz.COUNTRY_SET | frozenset(gz.DEMONYMS) | _ASKING
             if w.isalpha() and len(w) >= 3}
    index: dict[str, set[str]] = {}
    for w in words:
        for key in _with_one_dropped(w):
            index.setdefault(key, set()).add(w)
    return {k: frozenset(v) for k, v in index.items()}


def _not_the_articles(word: str, store: Store) -> bool:
    """A word the store's articles never write, though the lexicon may know it: "MoUs" asked of a
    story that spells out its "memorandums of understanding" is that phrase, not the lexicon's
    "mou" for any agreement (which would meet its "binding contracts" as well)."""
    # ("SUVs" asked of a story writing "compact SUV" is its own word, whatever "sport-utility vehicles" spell)
    return word not in store.vocabulary or word in lexicon_words() and not {word, lemma(word), word.removesuffix("s")} & store.index_vocabulary


def _acronym_plural_typed_low(word: str, lemma_: str, store: Store) -> bool:
    """A plural acronym typed in lower case ("teus", "ipos"): no English word, so its lemma is the
    word itself, where the article's "TEUs" is indexed under the acronym."""
    return (len(word) >= 3 and word.isalpha() and word.endswith("s") and lemma_ == word and not is_known_word(word)
            and word not in store.index_vocabulary and word[:-1] in store.index_vocabulary)


def _form_of_article_word(word: str, vocabulary: frozenset[str]) -> bool:
    """An English word that is an ending put on an article word ("setting": "set", "making":
    "make"), which simplemma may read as a noun of its own."""
    if len(word) < 5 or not word.endswith(("ing", "ed")) or not word.isalpha() or not is_known_word(word):
        return False
    base = word[:-3] if word.endswith("ing") else word[:-2]
    return (base in vocabulary or base + "e" in vocabulary
            or len(base) >= 3 and base[-1] == base[-2] and base[:-1] in vocabulary)


# British and American spellings of one word ("sulphur"/"sulfur", "labour"/"labor",
# "centre"/"center", "organisation"/"organization", "travelled"/"traveled", "licence"/"license"):
# each is a word of its own, so no typo repair reaches the one the article writes.
_SPELLINGS = tuple((re.compile(a), b) for a, b in (
    (r"ph", "f"), (r"f", "ph"), (r"our", "or"), (r"(?<=[^aeiou])or(?=s?$)", "our"), (r"is", "iz"), (r"iz", "is"),
    (r"ys", "yz"), (r"yz", "ys"), (r"re(?=s?$)", "er"), (r"(?<=[^aeiou])er(?=s?$)", "re"), (r"ll(?=(?:ed|ing|er)$)", "l"),
    (r"(?<=[aeiou])l(?=(?:ed|ing|er)$)", "ll"), (r"ence$", "ense"), (r"ense$", "ence"), (r"ogue$", "og"), (r"ae", "e"),
    (r"oe", "e")))


# Letters typed as they sound ("flite", "boxite", "kargo"): a phone's spelling of the article's
# "flight", "bauxite", "cargo", which lies two or more slips away from it. Only the first for a
# word English has ("flite", an old verb): "when will they meet" is no "meat" in a meat story.
_SOUNDS = tuple((re.compile(a), b) for a, b in (
    (r"ite(?=s?$)", "ight"), (r"(?<=[^aeiou])o(?=[^aeiou])", "au"), (r"aw", "au"), (r"^k", "c"), (r"ks", "x"),
    (r"shun(?=s?$)", "tion"), (r"ee", "ea"), (r"ea", "ee"),
    # "analist": the article's "analyst", a y sounding as the i typed (no doubled "annalist")
    (r"i", "y"), (r"y", "i")))


def _sound_spelling(word: str, vocabulary: frozenset[str], sounds: int) -> str:
    """The one article word this one is spelt by its sound (the first `sounds` of _SOUNDS), or ""."""
    found = _sound_spellings(word, sounds) & vocabulary
    return next(iter(found)) if len(found) == 1 else ""


@lru_cache(maxsize=4096)
def _sound_spellings(word: str, sounds: int) -> frozenset[str]:
    """Every spelling of `word` by the first `sounds` of _SOUNDS: pure, so made once per process,
    not once per store (the same question words meet store after store; ten pattern scans a word)."""
    return frozenset(word[: m.start()] + replacement + word[m.end() :] for pattern, replacement in _SOUNDS[:sounds]
                     for m in pattern.finditer(word))


def _other_spelling(word: str, vocabulary: frozenset[str]) -> str:
    """The article's word that is this one spelt the other side of the Atlantic, or ""."""
    return next((other for other in _other_spellings(word) if other in vocabulary), "")


@lru_cache(maxsize=4096)
def _other_spellings(word: str) -> tuple[str, ...]:
    """Each spelling of `word` the other side of the Atlantic, in _SPELLINGS order: pure, so made
    once per process (seventeen pattern scans a word, ~5 us), not once per store."""
    return tuple(word[: m.start()] + replacement + word[m.end() :] for pattern, replacement in _SPELLINGS
                 for m in pattern.finditer(word))


def _doubled_letter_in(word: str, store: Store) -> str:
    """_doubled_letter against the store's vocabulary, kept per store handle: asked of every word
    English lacks, names above all ("Liaoning"), which come back in question after question."""
    return str(store.memo("doubled_letter", word, lambda: _doubled_letter(word, store.vocabulary)))


def _swapped_letters_in(word: str, store: Store) -> str:
    """_swapped_letters against the store's vocabulary, kept per store handle as the others are."""
    return str(store.memo("swapped_letters", word, lambda: _swapped_letters(word, store.vocabulary)
                          or _swapped_to_name(word, store.vocabulary, store.entity_name_index)))


def _swapped_to_name(word: str, vocabulary: frozenset[str], names: frozenset[str]) -> str:
    """Of two article words a swap away, the one that is a name the article gives: "exports to
    chian" is China, not the cafe chains beside it."""
    found = {c for c, form_of in _swapped_spellings(word) if _is_article_word(c, form_of, vocabulary) and c in names}
    return next(iter(found)) if len(found) == 1 else ""


def _soft_c_for_s(word: str, store: Store) -> str:
    """The one article word this one is with an "s" before e, i or y written as the "c" it sounds
    like ("prise": "price"), or ""."""
    found = {c for i in range(1, len(word) - 1) if word[i] == "s" and word[i + 1] in "eiy"
             and lemma(c := word[:i] + "c" + word[i + 1 :]) in store.index_vocabulary}
    return next(iter(found)) if len(found) == 1 else ""


def _dropped_letter_in(word: str, store: Store) -> str:
    """_dropped_letter against the store's vocabulary, kept per store handle: each of a word's 150
    or so candidates is a dictionary look-up, and the longer words an article lacks ("shipments")
    come back in question after question."""
    return str(store.memo("dropped_letter", word, lambda: _dropped_letter(word, store.vocabulary, _vocabulary_by_dropped_letter(store))))


def _vocabulary_by_dropped_letter(store: Store) -> Mapping[str, str | tuple[str, ...]]:
    """The store's vocabulary keyed by each word with one of _DROPPED_LETTERS taken out (never its
    first letter): kept per store handle, so that _dropped_letter finds the article words a word
    becomes with a letter put back in one look-up, not by making ~150 spellings of it."""
    return store.memo("vocabulary_by_dropped_letter", None, lambda: _by_dropped_letter(store.vocabulary))  # type: ignore[no-any-return]


def _by_dropped_letter(vocabulary: Iterable[str]) -> dict[str, str | tuple[str, ...]]:
    """Each word with a letter taken out -> the word (the words, when several give it)."""
    # A word w is word[:i] + c + word[i:] (1 <= i <= len(word), c in _DROPPED_LETTERS) exactly when
    # w[i] is c and w without it is word: the position taken out runs from 1 to len(w) - 1.
    # A key's one word is kept as the string itself, not a container: some 25,000 containers made
    # at once woke the garbage collector's full passes over the whole heap (10x the build).
    found: dict[str, str | tuple[str, ...]] = {}
    letters = _DROPPED_LETTERS
    for w in vocabulary:
        for j in range(1, len(w)):
            if w[j] in letters:
                key = w[:j] + w[j + 1 :]
                had = found.get(key)
                if had is None:
                    found[key] = w
                elif isinstance(had, str):
                    if had != w:  # "committee" gives "comittee" twice
                        found[key] = (had, w)
                elif w not in had:
                    found[key] = (*had, w)
    return found


def _extra_letter_in(word: str, store: Store) -> str:
    """The one word the article writes (its lemma indexed) that this one is with one letter too
    many ("customes": "customs"), or ""."""
    found = {w for w in {word[:i] + word[i + 1:] for i in range(len(word))}
             if len(w) >= 4 and w in store.vocabulary and lemma(w) in store.index_vocabulary}
    return next(iter(found)) if len(found) == 1 else ""


def _dropped_letter(word: str, vocabulary: frozenset[str], index: Mapping[str, str | tuple[str, ...]] | None = None) -> str:
    """The one article word that this one becomes with one letter put back ("forcast"). Only the
    letters thumbs drop most (vowels and the commonest consonants): fewer false friends. `index`,
    when given, is _by_dropped_letter of a vocabulary holding every word of `vocabulary`, that word
    aside: the same words as the spellings met with the vocabulary."""
    if not (word.isascii() and word.isalpha() and word.islower()):
        found = {w for w in (word[:i] + c + word[i:] for i in range(1, len(word) + 1) for c in _DROPPED_LETTERS)
                 if _in_article(w, vocabulary)}
        return next(iter(found)) if len(found) == 1 else ""
    # A word of lowercase ASCII letters (nearly all): every spelling is one too, so the dictionary
    # is read without in_dictionary's checks of the spelling, and a second article word found
    # settles it (no one word), so the rest need not be read.
    # The found set is the same whatever order the spellings are tried in (one word, or none when
    # two or more), so the spellings are made at once, position by position (position i's at
    # [(i - 1) * letters, i * letters)): met with the vocabulary in one set intersection.
    if index is not None:
        hit = index.get(word, ())
        found = {hit} if isinstance(hit, str) else set(hit)
    else:
        spellings = [word[:i] + c + word[i:] for i in range(1, len(word) + 1) for c in _DROPPED_LETTERS]
        found = set(vocabulary.intersection(spellings))
    if len(found) > 1:
        return ""
    for w in _dictionary_spellings_with_letter_put_back(word):
        if w not in found and lemma(w) in vocabulary:
            found.add(w)
            if len(found) > 1:
                return ""
    return next(iter(found)) if found else ""


_DROPPED_LETTERS = "aeiouyrnstlcdhm"
# The three-letter words that a measure of four letters is with one of _DROPPED_LETTERS left out
# ("rat" of "rate"). A known word of three letters ("met", "ran") is repaired to the longer word
# only when that is a measure, so one outside these skips the dropped-letter search (some two
# hundred dictionary look-ups, 0.7 M instructions, the first time a process meets the word).
_MEASURES_LESS_A_LETTER = frozenset(m[:j] + m[j + 1 :] for m in MEASURES if len(m) == 4 for j in range(1, 4) if m[j] in _DROPPED_LETTERS)


@lru_cache(maxsize=4096)
def _dictionary_spellings_with_letter_put_back(word: str) -> tuple[str, ...]:
    """The spellings of `word` (lowercase ASCII letters) with one of _DROPPED_LETTERS put back
    that the dictionary has, as written or capitalised: pure, so read once per process. The ~150
    dictionary reads were most of _dropped_letter (~35 of ~70 us), made again for each store that
    met the word; now a store only meets the spellings with its vocabulary."""
    # in_dictionary_lower_ascii inlined: its look-up fetched once, and each spelling's capitalised
    # form made from the capitalised head (the head is never empty, the rest is lower case
    # already), not by a call per spelling: ~150 spellings a word.
    has = dictionary_has()
    # A spelling with a letter put back at i keeps the head word[:i]: past the longest head any
    # dictionary key starts with (its reach), neither it nor its capitalised form can be a key, so
    # those look-ups are skipped. Capitalised keys are few (names): "Governor" has none past
    # "Gov", so most of a word's capitalised look-ups go, for a few bisection steps.
    lower_reach, capital_reach = dictionary_reach(word), dictionary_reach(word.capitalize())
    # Put to the dictionary by map and compress, not one Python step per test.
    heads = [(word[:i], word[i:]) for i in range(1, len(word) + 1)]
    spellings = [head + c + tail for head, tail in heads for c in _DROPPED_LETTERS]
    keys = list(compress(spellings, map(has, spellings[: lower_reach * len(_DROPPED_LETTERS)])))
    capitals = [head.capitalize() + c + tail for head, tail in heads[:capital_reach] for c in _DROPPED_LETTERS]
    keys += compress(spellings, map(has, capitals))  # the spelling of each capitalised form the dictionary has
    return tuple(keys)


_ASKING = frozenset("how many much what when where which who whose why does did today yesterday tomorrow week month year".split())


def _swapped_asking(word: str) -> str:
    """A question word with two neighbouring letters swapped: no article has "many" as a word of its own."""
    return next((c for c in (word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)) if c in _ASKING), "")


def _swapped_letters(word: str, vocabulary: frozenset[str]) -> str:
    """The one article word this one becomes by swapping two neighbouring letters."""
    found = {c for c, form_of in _swapped_spellings(word) if _is_article_word(c, form_of, vocabulary)}
    return next(iter(found)) if len(found) == 1 else ""


# A spelling made from a question word, with the lemma the dictionary gives it ("" for none):
# what _in_article reads of it apart from the store's vocabulary.
_Spelling = tuple[str, str]


def _spelling(word: str) -> _Spelling:
    return word, lemma(word) if in_dictionary(word) else ""


def _is_article_word(word: str, form_of: str, vocabulary: frozenset[str]) -> bool:
    """_in_article of a spelling whose dictionary lemma (or "") is known already."""
    return word in vocabulary or (form_of != "" and form_of in vocabulary)


@lru_cache(maxsize=4096)
def _swapped_spellings(word: str) -> tuple[_Spelling, ...]:
    """`word` with each two neighbouring letters swapped, in order, with their dictionary lemmas:
    pure, so made once per process; each store then only meets them with its vocabulary (the
    dictionary reads were most of a swap test, made again for every store)."""
    return tuple(_spelling(word[:i] + word[i + 1] + word[i] + word[i + 2 :]) for i in range(len(word) - 1))


def _in_article(word: str, vocabulary: frozenset[str]) -> bool:
    """The article's word, or a form of one ("assuming" where it says "assumes"). Every caller
    asks of a spelling made of a question word's lowercase letters, as in_dictionary needs."""
    return word in vocabulary or (in_dictionary(word) and lemma(word) in vocabulary)


def _doubled_english(word: str) -> str:
    """The one English word this one (lowercase ASCII letters) becomes by doubling or undoubling
    one letter, or ""."""
    if not (word.isascii() and word.islower()):
        return ""
    found = {w for i in range(1, len(word) + 1)
             for w in (word[:i] + word[i - 1] + word[i:], word[:i] + word[i + 1 :] if i < len(word) and word[i] == word[i - 1] else "")
             if w and in_dictionary(w)}
    return next(iter(found)) if len(found) == 1 else ""


def _doubled_letter(word: str, vocabulary: frozenset[str]) -> str:
    """The article's word this one becomes by doubling one letter or undoubling one."""
    return next((c for c, form_of in _doubled_spellings(word) if _is_article_word(c, form_of, vocabulary)), "")


@lru_cache(maxsize=4096)
def _doubled_spellings(word: str) -> tuple[_Spelling, ...]:
    """`word` with each letter doubled, and each doubled one undoubled, in order (at each letter
    the longer spelling first), with their dictionary lemmas: pure, so made once per process (as
    _swapped_spellings)."""
    out: list[_Spelling] = []
    for i in range(1, len(word) + 1):
        out.append(_spelling(word[:i] + word[i - 1] + word[i:]))
        if i < len(word) and word[i] == word[i - 1]:
            out.append(_spelling(word[:i] + word[i + 1 :]))
    return tuple(out)


def _apply_corrections(text: str, tokens: list[Token]) -> str:
    """The question as it was meant: "exprts in septmber" -> "exports in september"."""
    out, last = [], 0
    for t in tokens:
        out.append(text[last : t.start])
        out.append(t.text if text[t.start : t.end].lower() != t.lower else text[t.start : t.end])
        last = t.end
    out.append(text[last:])
    return "".join(out)


def _choices(store: Store) -> list[str]:
    cached = store.__dict__.get("_fuzzy_choices")
    if cached is None:
        cached = sorted(w for w in store.vocabulary if len(w) >= 3 and w.isalpha())
        store.__dict__["_fuzzy_choices"] = cached
    return cached


# "the rail depot in LN's capital", "firms in Shenyang's province": a place named by the other end
# of a "capital of" the story gives ("Shenyang, the capital of Liaoning province"); only after a
# preposition ("what is the capital of Liaoning?" asks the relation itself).
_SEAT_RELATION = Guarded(re.compile(
    r"\b(?:in|at|to|from|near|around|outside|into|of|for)\s+(?:(?:the\s+)?capital(?:\s+city)?\s+of\s+(?:the\s+)?(?P<of>[\w-]+)"
    r"|(?P<owner>[\w-]+)['’]s\s+(?P<what>capital|province|state|region|country)\b(?:\s+city)?)", re.IGNORECASE),
    ("capital", "province", "state", "region", "country"), fold=True)  # searched only in a question with one of them
_CAPITAL_OF_ROLE = re.compile(r"\bcapital of (?:the\s+)?(.+?)(?:\s+(?:province|state|region))?$", re.IGNORECASE)


def _by_seat_relation(text: str, store: Store) -> str:
    """The question with each place named by a "capital of" relation written as that place's name."""
    capitals = store.memo("capitals_by_place", None, lambda: _capitals_by_place(store))
    if not capitals:
        return text

    def named(word: str) -> str | None:
        hits = _match_entities(tokenize(word), store, word)
        return hits[0][0] if hits else None

    def replaced(m: re.Match[str]) -> str:
        preposition = m.group(0).split()[0]
        # "in LN's capital" -> "in Shenyang"; "in Shenyang's province" -> "in Liaoning"
        if m.group("of") or m.group("what") == "capital":
            place = named(m.group("of") or m.group("owner"))
            city = next((c for c, p in capitals if p == place), None)
            return f"{preposition} {city}" if city else m.group(0)
        city = named(m.group("owner"))
        province = next((p for c, p in capitals if c == city), None)
        return f"{preposition} {province}" if province else m.group(0)
    return _SEAT_RELATION.sub(replaced, text)


def _capitals_by_place(store: Store) -> tuple[tuple[str, str], ...]:
    """(capital, place) name pairs, normalised, from the roles the stories give their cities."""
    pairs: list[tuple[str, str]] = []
    for entity in store.article_entities():
        for role in entity.roles:
            m = _CAPITAL_OF_ROLE.search(role)
            if m and normalise_name(m.group(1)) in store.entity_name_index:
                pairs.append((normalise_name(entity.name), normalise_name(m.group(1))))
    return tuple(pairs)


# prepare_inert_words fills at most half the bound of the "starts_no_name" memo (Store.CACHE_ROWS),
# leaving room for the words the questions bring.
INERT_WORDS_PREPARED = Store.CACHE_ROWS // 2


def prepare_inert_words(store: Store, words: list[str]) -> None:
    """_match_entities' per-word test (_starts_no_name), worked out now for `words` (handlers.prepare
    gives the store's own words and the closed-class ones): the same call under the same memo name,
    so a question meets them kept. Some 5% of parsing went to the few words of each question the
    earlier questions had not brought."""
    names = store.entity_name_index
    store.memo_many("starts_no_name", words[:INERT_WORDS_PREPARED],
                    lambda wanted: {w: True for w in wanted if _starts_no_name(w, store, names)})


def _match_entities(tokens: list[Token], store: Store, text: str = "") -> list[tuple[str, list[int]]]:
    """Longest runs of tokens that name a stored entity: exactly, by a country's other name
    ("US", "Russian"), by initials ("MPC"), by its capital ("Seoul's ministry") or within a typo
    ("shenyan")."""
    names = store.entity_name_index
    # Most question words start no name whatever surrounds them: found once per store handle and
    # word, they skip the eight matchers below (each of which would return None).
    inert = store.memo_many("starts_no_name", [t.text for t in tokens],
                            lambda words: {w: True for w in words if _starts_no_name(w, store, names)})
    hits: list[tuple[str, list[int]]] = []
    i = 0
    while i < len(tokens):
        if tokens[i].text in inert:
            i += 1
            continue
        found = (_capital_for_country(tokens, i, text, names) or _central_bank(tokens, i, store) or _dotted_initials(tokens, i, names)
                 or _exact_entity(tokens, i, names)
                 or _other_name(tokens, i, store) or _slipped_name(tokens, i, names) or _fuzzy_entity(tokens[i], i, names)
                 or _abbreviated_entity(tokens[i], i, names) or _prefix_entity(tokens, i, names)
                 or _first_word_entity(tokens, i, names, text))
        if found and len(found[1]) > 1 and text and (cut := _possessive_inside(tokens, found, text, store)) is not None:
            # "What share of Kenya's power output ...": Kenya's power, not the utility "Kenya Power"
            found = _exact_entity(tokens[: cut + 1], i, names)
        if found and _plain_word_of_a_title(tokens, found, store):
            found = None
        if found:
            hits.append(found)
            i = found[1][-1] + 1
        else:
            i += 1
    return hits


def _plain_word_of_a_title(tokens: list[Token], found: tuple[str, list[int]], store: Store) -> bool:
    """ "how many additional plants were approved": a word of more or less typed in lower case
    that the story stores only as a name of no kind (the byline's "Additional reporting by") is
    the word. Other everyday words stay names ("whoosh", "tea" of "the Tea Board" asked)."""
    positions = found[1]
    token = tokens[positions[0]]
    return (len(positions) == 1 and token.text.islower() and token.lower in _AMOUNT_COMPARATIVES
            and all(e.kind == "other" for e in store.entities_named([found[0]])))


def _currency_country(tokens: list[Token], positions: list[int]) -> bool:
    """ "and in us dollars?", "in Hong Kong dollars": a country naming the currency the answer is
    to be told in, which no sentence of the answer need name; "US dollar rate" still asks of it."""
    first, last = positions[0], positions[-1]
    # ("in chinese currency terms": the people's adjective before "currency" as well)
    return (0 < first and tokens[first - 1].lower in ("in", "into") and last + 1 < len(tokens)
            and (is_currency_word(tokens[last + 1].lower) or tokens[last + 1].lemma == "currency" and first == last
                 and tokens[first].lower in _NATION_CURRENCY))


# Words before a place a thing is in, comes from or is at.
_PLACE_PREPOSITIONS = frozenset("in at from".split())


def _own_name_as_place(tokens: list[Token], store: Store, hits: list[tuple[str, list[int]]]) -> tuple[list[tuple[str, list[int]]], list[str]]:
    """ "how many staff does hengfeng employ in qingdao": a body named by one of its names
    ("Hengfeng") is not named again by the first word of another ("Qingdao Hengfeng Tyre") after
    "in": that word is a place, which the article, writing it only inside the body's name, never
    tells of. Returns the hits left and the words taken for such places."""
    if len(hits) < 2:
        return hits, []
    ids = {name: {e.id for e in store.entities_named([name])} for name, _ in hits}
    kept: list[tuple[str, list[int]]] = []
    places: list[str] = []
    for name, positions in hits:
        i = positions[0]
        if (len(positions) == 1 and i > 0 and tokens[i - 1].lower in _PLACE_PREPOSITIONS and normalise_name(tokens[i].text) != name
                and any(other != name and ids[name] & ids[other] for other, _ in hits)):
            places.append(tokens[i].text)
        else:
            kept.append((name, positions))
    return kept, places


def _possessive_inside(tokens: list[Token], found: tuple[str, list[int]], text: str, store: Store) -> int | None:
    """The position of the word a run of a name's words takes a possessive after ("Kenya's power"),
    when no stored name of that run is written with one ("People's Bank of China" is); else None."""
    positions = found[1]
    cut = next((k for k in positions[:-1] if text[tokens[k].end : tokens[k].end + 2] in ("'s", "’s")), None)
    if cut is None or any(("'s " in n or "’s " in n) for e in store.entities_named([found[0]]) for n in (e.name, *e.aliases)):
        return None
    return cut


def _with_takeover_target(tokens: list[Token], store: Store, hits: list[tuple[str, list[int]]], text: str) -> list[tuple[str, list[int]]]:
    """ "How many branches does the target bank operate?": the company the story says is bid for
    ("launched a takeover offer for smaller rival Credito Tirrenico"), named by what it is to the
    buyer; the body word after it ("bank") is part of the name, no other entity."""
    for i, t in enumerate(tokens):
        if t.lower != "target" or i == 0 or tokens[i - 1].lower not in ("the", "takeover", "acquisition", "bid"):
            continue
        span = [i - 1, i] if tokens[i - 1].lower != "the" else [i]
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if after is not None and (after.lemma in _SUBJECT_BODIES or after.lemma in _BODY_WORDS):
            span.append(i + 1)
        elif after is not None and after.lower not in STOPWORDS and text[t.end : t.end + 2] not in ("'s", "’s"):
            continue  # "the target price", "the target fleet size": a goal, not a company
        targets = store.memo("takeover_targets", None, lambda: _takeover_targets(store))
        if len(targets) != 1:
            return hits
        return [*(h for h in hits if not set(h[1]) & set(span)), (next(iter(targets)), span)]
    return hits


# "a takeover offer for smaller rival Credito Tirrenico", "bids 4.8 billion euros for rival X",
# "agreed to buy X": the name after the bid's "for" or the buying verb.
_BID_FOR = lazy_compile(r"\b(?:(?:offer|bid|bids|approach|proposal)\b[^.;]{0,60}?\bfor|(?:acquire|acquiring|buy|buying|takeover of|acquisition of)(?=\s))"
                        r"\s+(?:(?:smaller|larger|bigger|domestic|local|rival|peer|its|the)\s+)*(?P<name>[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,3})")


def _takeover_targets(store: Store) -> frozenset[str]:
    """The names (as the entity index keeps them) each article's headline or lead says are bid for."""
    names = store.entity_name_index
    found: set[str] = set()
    for article in store.articles():
        for number in (0, 1):
            for m in _BID_FOR.finditer(store.paragraph(article.id, number) or ""):
                words = m["name"].split()
                # the longest run of its words that is a name: "Credito Tirrenico on Monday" is Credito Tirrenico
                name = next((key for n in range(len(words), 0, -1) if (key := normalise_name(" ".join(words[:n]))) in names), None)
                if name:
                    found.add(name)
    return frozenset(found)


def _starts_no_name(text: str, store: Store, names: frozenset[str]) -> bool:
    """Whether every matcher of _match_entities returns None for a token written `text`, in any
    question: each test below is one of theirs that reads the token alone, and any test that
    would read its neighbours (or could find a name) answers False, so the matchers run."""
    lower = text.lower()  # a token's lower case (knowledge.text._word_forms)
    if lower in gz.CAPITALS or lower in _CAPITAL_FIRST_WORDS or lower in SEATS:
        return False  # _capital_for_country: a capital's name may begin here
    if lower in _CENTRAL_BANK_NICKNAMES or lower == "central":
        return False  # _central_bank
    if normalise_name(text) in _first_words(names) or lower.endswith("n"):
        return False  # _exact_entity reads the run from here
    if lower in _LOWERCASE_COUNTRIES or lower.endswith("s") and canonical_place(lower[:-1]) or text.islower() and text.upper() in _ISO_COUNTRIES:
        return False  # _other_name reads the word before or after
    token = Token(text, lower, lower, 0, len(text))
    # _other_name reads the neighbours only for the words just ruled out; the next two read the token.
    if _other_name([token], 0, store) or _fuzzy_entity(token, 0, names) or _abbreviated_entity(token, 0, names):
        return False
    if not (text.isascii() and text.isalnum()) or lower in _first_words(names):
        return False  # _prefix_entity reads the run from here
    # _first_word_entity: a word that begins exactly one longer name may be written as that name.
    return lower in STOPWORDS or len(lower) < 3 or len(_name_prefixes(names).get(lower, ())) != 1


# The first words of the capitals of two words ("kuala" of "kuala lumpur"): _capital_for_country
# tries each such word with the next.
_CAPITAL_FIRST_WORDS = frozenset(k.split(" ", 1)[0] for k in gz.CAPITALS if " " in k)
# The words _other_name takes for a country in lower case after "the" or a preposition.
_LOWERCASE_COUNTRIES = ("us", "uk", "eu", "uae", "usa")


def _dotted_initials(tokens: list[Token], i: int, names: frozenset[str]) -> tuple[str, list[int]] | None:
    """ "the us navy contract": the text's "U.S. Navy" (stored as "u s navy"), not the United
    States and a navy apart."""
    lower = tokens[i].lower
    if lower not in _LOWERCASE_COUNTRIES or i + 1 >= len(tokens):
        return None
    letters = " ".join(lower)
    for size in (3, 2):
        if i + size <= len(tokens):
            candidate = normalise_name(" ".join([letters, *(t.text for t in tokens[i + 1 : i + size])]))
            if candidate in names:
                return candidate, list(range(i, i + size))
    return None


def _exact_entity(tokens: list[Token], i: int, names: frozenset[str]) -> tuple[str, list[int]] | None:
    if normalise_name(tokens[i].text) not in _first_words(names) and not tokens[i].lower.endswith("n"):
        return None  # most question words start no name: one look-up instead of four
    lower = tokens[i].lower
    if lower != "the" and lower not in _first_words(names) and all(t.text.isascii() and t.text.isalnum() for t in tokens[i : i + 4]):
        # A plain word ending in "n" ("when", "in", "Russian") that starts no name, with plain
        # words after it: every run from here is those words in lower case, joined by spaces, so
        # it begins with this word and no run is a name, nor is a run of two words or more less
        # its last one to three letters (its last word keeps at least three). Only the word itself
        # as a demonym is left, without a run of each size joined and normalised.
        if len(lower) >= 6:
            for place in (lower[:-1], lower[:-3]):
                if place in names and place not in STOPWORDS:
                    return place, [i]
        return None
    # A plain word ("Russia", "Liaoning") that begins no name of two words or more, with plain words
    # after it: a run of two or more from here is those words in lower case joined by spaces, and
    # it, or it less its last one to three letters (a demonym's), would be such a name beginning
    # with this word. Only the word itself can match: the longer runs are not joined and
    # normalised (each a new string for the name cache in a question asked the first time).
    plain = lower != "the" and lower not in _multiword_first_words(names) and all(
        t.text.isascii() and t.text.isalnum() for t in tokens[i : i + 4])
    for size in (1,) if plain else (4, 3, 2, 1):
        if i + size > len(tokens):
            continue
        candidate = normalise_name(" ".join(t.text for t in tokens[i : i + size]))
        if candidate in names and candidate not in STOPWORDS:
            return candidate, list(range(i, i + size))
        # "Victorian", "South Australian": the people of a named place, for the place.
        # (the last word itself is the demonym: "russia in" is no "Russian")
        # ("Central Asian": a short demonym after the region's first word, "asian" itself too short
        # a word alone to be read so)
        demonym = tokens[i + size - 1].lower.endswith("n") and len(tokens[i + size - 1].lower) >= (5 if size > 1 else 6)
        for place in (candidate[:-1], candidate[:-3]) if demonym and candidate.endswith("n") else ():
            if place in names and place not in STOPWORDS:
                return place, list(range(i, i + size))
    return None


@lru_cache(maxsize=8)
def _first_words(names: frozenset[str]) -> frozenset[str]:
    return frozenset(n.split()[0] for n in names if n)


@lru_cache(maxsize=8)
def _multiword_first_words(names: frozenset[str]) -> frozenset[str]:
    """The first words of the names of two words or more (the one-word keys of _name_prefixes)."""
    return frozenset(words[0] for n in names if len(words := n.split()) > 1)


def _initials_typed(word: str, store: Store) -> bool:
    """ "bok" typed for the BoK: a name's initials in lower case, three letters or more, that are
    no English word."""
    return len(word) >= 3 and word.isalpha() and word in store.entity_initials and not is_known_word(word)


def _other_name(tokens: list[Token], i: int, store: Store) -> tuple[str, list[int]] | None:
    token = tokens[i]
    # "the us", "the uk" typed in lower case still name a country.
    # ... and so does "us deliveries", "exports to us": a country before a noun, or after a preposition.
    after_the = token.lower in _LOWERCASE_COUNTRIES and (
        (i > 0 and tokens[i - 1].lower in ("the", "in", "to", "from", "into", "vs", "versus"))
        or (i == 0 and i + 1 < len(tokens) and is_content(tokens[i + 1])))
    acronym = _is_acronym(token.text) or after_the or _initials_typed(token.lower, store)
    if token.lower in STOPWORDS and not acronym:
        return None
    place = canonical_place(token.text.upper() if acronym else token.lower)
    if place and normalise_name(place) in store.entity_name_index:
        return normalise_name(place), [i]
    if place in _LANDMARK_OWNERS and (mark := _landmark_of(place, store)):
        return mark, [i]
    owner = _possessive_typed_bare(tokens, i, store)
    if owner:
        return owner, [i]
    if acronym:
        full = store.entity_initials.get(token.text.lower())
        if full:
            return full, [i]
    # ... unless the article writes those letters itself ("CN", a railway's own name); "hlj" typed
    # low is the same contraction when it is no word at all
    typed_low = len(token.text) >= 3 and token.text.isalpha() and token.text.islower() and not is_known_word(token.lower)
    # "did bd coal imports go up": a country's code typed low before a noun it qualifies
    code_low = (token.text.islower() and token.text.upper() in _ISO_COUNTRIES
                and i + 1 < len(tokens) and is_content(tokens[i + 1]))
    if ((_is_acronym(token.text) and token.text.isupper()) or typed_low or code_low) and token.lower not in store.vocabulary:
        full = _ISO_COUNTRIES.get(token.text.upper() if code_low else token.text) or _place_contractions(store.place_names).get(token.lower)
        if full and normalise_name(full) in store.entity_name_index:
            return normalise_name(full), [i]
    return None


def _possessive_typed_bare(tokens: list[Token], i: int, store: Store) -> str:
    """ "whats chinas share of ...": a place's possessive with its apostrophe dropped, though the
    word is an English plural too ("chinas", "turkeys"), when a noun it owns follows and the article
    never writes the plural itself. The place's normalised name, or ""."""
    word = tokens[i].lower
    if len(word) < 5 or not word.endswith("s") or word in store.vocabulary or i + 1 >= len(tokens):
        return ""
    place = canonical_place(word[:-1])
    if not place or normalise_name(place) not in store.entity_name_index:
        return ""
    # ("how many turkeys were sold": a plural's own verb after it, a stopword, owns nothing)
    return normalise_name(place) if is_content(tokens[i + 1]) else ""


# Two-letter country codes people type for countries ("RU firms", "CN-RU trade"); not those that
# are words too ("IN", "IT", "NO", "ID") nor "US"/"UK", read above.
_ISO_COUNTRIES = {"RU": "Russia", "CN": "China", "JP": "Japan", "DE": "Germany", "FR": "France", "BR": "Brazil",
                  "KR": "South Korea", "GB": "Britain", "AU": "Australia", "CA": "Canada", "MX": "Mexico",
                  "ZA": "South Africa", "TR": "Turkey", "VN": "Vietnam", "TH": "Thailand", "PH": "Philippines",
                  "KZ": "Kazakhstan", "UA": "Ukraine", "PL": "Poland", "NL": "Netherlands", "CH": "Switzerland",
                  "SE": "Sweden", "ES": "Spain", "AR": "Argentina", "CL": "Chile", "EG": "Egypt", "NG": "Nigeria",
                  "KE": "Kenya", "PK": "Pakistan", "BD": "Bangladesh", "SG": "Singapore", "NZ": "New Zealand",
                  "AE": "United Arab Emirates", "SA": "Saudi Arabia", "IR": "Iran", "IQ": "Iraq", "TW": "Taiwan"}
_VOWELS = frozenset("aeiou")


def _onsets(name: str) -> list[int]:
    """Where a later syllable of a one-word name may begin: a consonant after a vowel ("liao-ning"),
    or after an "n" or "ng" that ends one ("shen-yang", "heilong-jiang")."""
    return [k for k in range(1, len(name)) if name[k].isalpha() and name[k] not in _VOWELS and (
        name[k - 1] in _VOWELS or (name[k - 1] == "n" and name[k] != "g") or name[k - 2 : k] == "ng")]


@lru_cache(maxsize=8)
def _place_contractions(places: frozenset[str]) -> dict[str, str]:
    """ "LN" for Liaoning, "HLJ" for Heilongjiang, "SY" for Shenyang: a place's first letter and
    those beginning one or two of its later syllables, where no other place of the story contracts
    so and the letters are no word or everyday acronym."""
    owners: dict[str, set[str]] = {}
    for name in places:
        if len(name) < 5 or not name.isalpha():
            continue
        starts = _onsets(name)
        forms = {name[0] + name[a] for a in starts} | {name[0] + name[a] + name[b] for a in starts for b in starts if a < b}
        for form in forms:
            owners.setdefault(form, set()).add(name)
    return {form: next(iter(names)) for form, names in owners.items()
            if len(names) == 1 and form not in _COMMON_ACRONYMS and not is_known_word(form)}


# A city that news names for the bodies seated there, not a country's government: "Brussels" acts
# for the European Commission or the EU.
SEATS = {"brussels": tuple(normalise_name(n) for n in ("European Commission", "European Union", "EU"))}


# One set for every use: a second, shadowed definition of it used to sit above.
_AUXILIARIES = frozenset("did does do has have had will would could can should is was".split())
_GOVERNMENT_NOUNS = frozenset("ministry government officials authorities regulator central cabinet".split())


def _capital_for_country(tokens: list[Token], i: int, text: str, names: frozenset[str],
                         paired: bool = True) -> tuple[str, list[int]] | None:
    """ "Seoul's trade ministry", "Beijing officials": a capital the story never names standing
    for its country's government, when the story names the country. Only in that use: "met in
    Beijing" is a place, not China. With `paired`, a capital the story names as a city stands
    for its country too when set against another country's capital standing for its own."""
    one = tokens[i].lower
    two = f"{one} {tokens[i + 1].lower}" if i + 1 < len(tokens) else ""
    if one in SEATS:
        # "has brussels ok'd the scheme?": the body the story names ("the European Commission")
        key = next((k for k in SEATS[one] if k in names), "")
        if key and normalise_name(tokens[i].text) not in names:
            return key, [i]
    if one not in gz.CAPITALS and two not in gz.CAPITALS:
        return None  # no capital's name begins here (nearly every word): nothing to slice and join
    for size in (2, 1):
        words = tokens[i : i + size]
        if len(words) < size:
            continue
        country = gz.CAPITALS.get(words[0].lower if size == 1 else f"{words[0].lower} {words[1].lower}")
        key = normalise_name(country) if country else ""
        if not key or key not in names:
            continue
        # "When did Jakarta ban ore exports?": the capital acts, so it is the government, even in
        # a story that also names the city ("told reporters in Jakarta").
        # ("how many cars did colombo port tranship?": a site noun after it makes it the city's port.)
        if i > 0 and tokens[i - 1].lower in _AUXILIARIES and not (i + size < len(tokens) and tokens[i + size].lower in _SITE_AFTER_NAME):
            return key, list(range(i, i + size))
        if i == 0 and i + size < len(tokens) and tokens[i + size].lemma in _WISHING:
            # "beijing wants what w russia": a capital opening the question as the one who wants
            # or urges is the government, whatever the story says happened in the city
            return key, list(range(i, i + size))
        if normalise_name(" ".join(t.text for t in words)) in names:
            if paired and _set_against_capital(tokens, i, size, text, names, key):
                return key, list(range(i, i + size))
            continue
        end = words[-1].end
        following = tokens[i + size].lower if i + size < len(tokens) else ""
        if (text[end : end + 2] in ("'s", "’s") or following in _GOVERNMENT_NOUNS or following in _DEALINGS
                or _trade_partner(tokens, i) or _capitals_trading(tokens, i + size)):
            return key, list(range(i, i + size))
        # "what has beijing been pushing for with moscow?", "getting closer to moscow": a government dealt with, no city
        if i > 0 and (tokens[i - 1].lower in _PARTNER_BEFORE or tokens[i - 1].lower == "to" and i > 1 and tokens[i - 2].lower in _NEARER):
            return key, list(range(i, i + size))
        if _drawn_up_to(tokens, i):
            return key, list(range(i, i + size))
    return None


def _drawn_up_to(tokens: list[Token], i: int) -> bool:
    """ "frowning on beijing cosying up to moscow": the capital after a phrasal verb of drawing near
    ("cozy up", the lexicon's cooperation words) is the government courted, as after "closer to"."""
    if i < 3 or tokens[i - 1].lower != "to":
        return False
    # "cozying up economically to moscow": a manner adverb between is still the drawing near
    up = i - 3 if tokens[i - 2].lower.endswith("ly") and tokens[i - 3].lower == "up" else i - 2
    return up > 0 and tokens[up].lower == "up" and f"{tokens[up - 1].lemma} up" in SYNONYMS["cooperation"]


# What a government, not a city, does: "Beijing wants ...", "Moscow urges ..."
_WISHING = frozenset("want urge seek demand hope aim push".split())
_PARTNER_BEFORE = frozenset("with against toward towards".split())
_NEARER = frozenset("closer nearer".split())
_SET_AGAINST_PLACE = frozenset("relative relation respect".split())  # "relative to", "in relation to", "with respect to"
# "closer moscow ties": a capital naming the other side of a country's dealings
_DEALINGS = frozenset("ties relations relationship".split())
_PLACE_BEFORE = frozenset("in at to from near outside via through into".split())


def _set_against_capital(tokens: list[Token], i: int, size: int, text: str, names: frozenset[str], key: str) -> bool:
    """ "why does the West frown on Beijing getting closer to Moscow?": Moscow stands for Russia,
    so Beijing, set against it, is China's government, though the story names Beijing as the
    city where leaders met; not after a word of place ("met in Beijing")."""
    if i > 0 and tokens[i - 1].lower in _PLACE_BEFORE:
        return False
    others = (_capital_for_country(tokens, j, text, names, paired=False) for j in range(len(tokens)) if not i <= j < i + size)
    return any(other is not None and other[0] != key for other in others)


# Goods moving between countries: "exports to moscow" are exports to Russia, as trade news says it.
TRADE_FLOW = frozenset("export import ship shipment sell sale sales buy purchase trade send".split())


def _capitals_trading(tokens: list[Token], j: int) -> bool:
    """ "two-way moscow beijing trade", "moscow-beijing ties": a capital before another's name and
    a word of dealings (or trade) is one side of two countries' dealings, no city's."""
    if j + 1 >= len(tokens) or tokens[j].lower not in gz.CAPITALS:
        return False
    after = tokens[j + 1]
    return after.lower in _DEALINGS or after.lemma in TRADE_FLOW


def _trade_partner(tokens: list[Token], i: int) -> bool:
    """ "liaoning exports to moscow": a capital the goods go to or come from stands for its country."""
    return i > 0 and tokens[i - 1].lower in ("to", "from") and any(t.lemma in TRADE_FLOW for t in tokens[:i - 1])


def _central_bank(tokens: list[Token], i: int, store: Store) -> tuple[str, list[int]] | None:
    """ "the central bank", "Poland's central bank": the central bank the story names ("National
    Bank of Poland"), when it names just one, or one of the asked country."""
    nickname = _CENTRAL_BANK_NICKNAMES.get(tokens[i].lower)
    if nickname is None and (i + 1 >= len(tokens) or (tokens[i].lower, tokens[i + 1].lemma) != ("central", "bank")):
        return None
    banks = store.memo("central_banks", None, lambda: _central_banks(store))
    if nickname is not None:
        # "Banxico" in a story that says "the Bank of Mexico": the bank of that country.
        banks = [b for b in banks if nickname in b or tokens[i].lower == b]
        return (banks[0], [i]) if len(banks) == 1 else None
    if i > 0 and len(banks) > 1:
        country = canonical_place(tokens[i - 1].lower) or ""
        # "the swiss central bank": the "Swiss National Bank", named by the demonym itself.
        banks = [b for b in banks if country and (normalise_name(country) in b or tokens[i - 1].lower in b.split())]
    return (banks[0], [i, i + 1]) if len(banks) == 1 else None


# What markets call central banks, to a word of the name the story may use instead.
_CENTRAL_BANK_NICKNAMES = {"banxico": "mexico", "boe": "england", "boj": "japan", "rbi": "india", "pboc": "china",
                           "snb": "swiss", "rba": "australia", "rbnz": "new zealand", "ecb": "european", "fed": "federal reserve",
                           "sarb": "south africa", "cbr": "russia", "nbp": "poland", "cbk": "kenya", "cbn": "nigeria"}


_GENERIC_CENTRAL_BANK = frozenset({"central bank", "the central bank"})


def _central_banks(store: Store) -> list[str]:
    """One name per central bank the store names (the longest of its names)."""
    out: dict[int, str] = {}
    for entity in store.article_entities():
        found = [n for n in (entity.name, *entity.aliases) if gz.CENTRAL_BANK.search(normalise_name(n))]
        # "the central bank began compiling the data" names no bank beside "Bangko Sentral"
        if found and normalise_name(max((entity.name, *entity.aliases), key=len)) not in _GENERIC_CENTRAL_BANK:
            out[entity.id] = normalise_name(max((entity.name, *entity.aliases), key=len))
    return sorted(set(out.values()))


# "the railway part", "the road bit": a piece named after the whole it is a piece of
_PIECE_NOUNS = frozenset({"part", "bit", "portion"})


def _piece_after_noun(tokens: list[Token]) -> int | None:
    """The index of a piece noun right after a content word, ending the question ("the railway
    part"; not "the laos part of the railway" nor "the road bit near agarak", whose piece the
    lexicon reads as its section), else None."""
    last = len(tokens) - 1
    while last > 0 and not tokens[last].lower.isalpha():
        last -= 1
    if last > 0 and tokens[last].lower in _PIECE_NOUNS and is_content(tokens[last - 1]) and tokens[last - 1].lower.isalpha():
        return last
    return None


def _is_acronym(word: str) -> bool:
    """ "MPC", "WTI", "BoE": short, and mostly capitals."""
    # The first letter first: most words are lowercase, and the capitals are counted only then.
    return 2 <= len(word) <= 5 and word[0].isupper() and sum(c.isupper() for c in word) >= 2


_COMMON_ACRONYMS = frozenset(
    "ceo cfo coo cto gdp cpi ppi pmi ipo ai ev evs fdi vat etf imf ok tv uk us usa eu un uae q1 q2 q3 q4 h1 h2 bpd mw gw".split()
)


def _slipped_name(tokens: list[Token], i: int, names: frozenset[str]) -> tuple[str, list[int]] | None:
    """ "the Southern Coco Mils factory": a run of capitalised words, its first a word the name
    begins with, one letter off the one stored name of as many words ("Southern Coco Mills"). The
    slip may be an English word ("mils"), which _fuzzy_entity, one word at a time, leaves alone."""
    if not tokens[i].text[:1].isupper():
        return None
    for size in (4, 3, 2):
        run = tokens[i : i + size]
        if len(run) < size or not all(t.text[:1].isupper() and t.text.isalpha() for t in run):
            continue
        candidate = normalise_name(" ".join(t.text for t in run))
        if candidate in names or len(candidate) < 10:
            return None  # the name itself, or too short for one letter to tell a slip from another name
        near = [n for n in _name_prefixes(names).get(candidate.split()[0], ())
                if len(n.split()) == size and OSA.distance(n, candidate) == 1]
        if len(near) == 1:
            return near[0], list(range(i, i + size))
    return None


def _fuzzy_entity(token: Token, i: int, names: frozenset[str]) -> tuple[str, list[int]] | None:
    word = token.lower
    if len(word) < 4 or word in STOPWORDS or not word.isalpha() or word in names or is_known_word(word):
        return None  # an English word ("trade") is meant as that word, not as a misspelt name
    single = [n for n in _single_names(names) if abs(len(n) - len(word)) <= 2]
    best = process.extractOne(word, single, scorer=OSA.normalized_similarity, score_cutoff=0.79)
    return (best[0], [i]) if best else None


def _countries_of_led_names(tokens: list[Token], covered: set[int], led: dict[str, str]) -> set[int]:
    """ "how much lng is bangladesh buying frm qatar" of a story naming only QatarEnergy: the
    country is told by its body's name, so it is no name the story never mentions, nor a word to
    find; it only says whose, as the story's own body does (the positions of such countries)."""
    return {i for i, t in enumerate(tokens) if i not in covered and (place := canonical_place(t.lower)) and normalise_name(place) in led}


def _country_led_names(store: Store) -> dict[str, str]:
    """A one-word name a country's name opens, an English word closing it ("QatarEnergy"), by the
    country (the only such name of it the story gives); found once per store (a name "Qatari" or
    "Chinalco" closes on no word)."""
    return store.memo("country_led_names", None, lambda: _find_country_led_names(store.entity_name_index))


_LANDMARK_OWNERS = frozenset(gz.LANDMARK_PLACES.values())


def _landmark_of(place: str, store: Store) -> str | None:
    """ "why are the tankers going round africa": the one sea mark of that place the story names
    ("around the Cape of Good Hope"), when it never names the place itself."""
    names = store.entity_name_index
    marks = [mark for mark, owner in gz.LANDMARK_PLACES.items() if owner == place and mark in names]
    return marks[0] if len(marks) == 1 else None


def _find_country_led_names(names: frozenset[str]) -> dict[str, str]:
    led: dict[str, list[str]] = {}
    for name in names:
        if " " in name or not name.isalpha() or len(name) < 7:
            continue
        for cut in range(4, len(name) - 2):
            place = canonical_place(name[:cut])
            if place and normalise_name(place) == name[:cut] and is_known_word(name[cut:]):
                led.setdefault(name[:cut], []).append(name)
                break
    return {country: owned[0] for country, owned in led.items() if len(owned) == 1 and country not in names}


def _prefix_entity(tokens: list[Token], i: int, names: frozenset[str]) -> tuple[str, list[int]] | None:
    """ "the reserve bank" for the Reserve Bank of Australia: the first words of one name only."""
    word = tokens[i].text
    if word.isascii() and word.isalnum() and tokens[i].lower not in _first_words(names):
        # A plain word keeps its place at the head of any run it opens (normalise_name only
        # lowers it), and every prefix begins with a name's first word: no run from here can
        # match, so the runs are not joined and normalised (most question words start no name).
        return None
    for size in (3, 2):
        if i + size > len(tokens) or tokens[i].lower in STOPWORDS:
            continue
        if tokens[i].text.islower() and any(t.text[:1].isupper() for t in tokens[i + 1 : i + size]):
            continue  # "the new Gwadar-China service": a word its writer leaves lower before a capital is no part of the name
        candidate = normalise_name(" ".join(t.text for t in tokens[i : i + size]))
        longer = _nested_names(_name_prefixes(names).get(candidate, ()))
        if len(longer) == 1 and not _body_left_unsaid(tokens[i : i + size], candidate, longer[0]):
            return longer[0], list(range(i, i + size))
    return None


def _nested_names(longer: tuple[str, ...]) -> tuple[str, ...]:
    """ "Mekong Pearl" begins both "Mekong Pearl Seafood" and "Mekong Pearl Seafood Corp": names
    each of which begins the longest are one body written shorter or longer, not two bodies the
    words could mean; the shortest stands for them all."""
    if len(longer) < 2:
        return longer
    longest = max(longer, key=len)
    if all(longest == n or longest.startswith(n + " ") for n in longer):
        return (min(longer, key=len),)
    return longer


def _body_left_unsaid(run: list[Token], candidate: str, name: str) -> bool:
    """ "a credit line for small cardamom exporters": plain lower-case words that stop just before
    the body word closing a name ("Cardamom Exporters Association") are the people the body
    speaks for, not the body; "the reserve bank" (Reserve Bank of Australia) keeps its head."""
    rest = name[len(candidate):].split()
    # ... and "offshore wind" stopping before the place closing "Offshore Wind Britain" is the
    # industry the body is named for, not the body
    # ... and "fruit and veg sales" stopping two or three words short of "Fruit and Vegetable
    # Association" is the goods the body is named for, going on in the question's own words
    return all(t.text.islower() for t in run) and (
        len(rest) == 1 and (rest[0] in (gz.ORG_NOUNS | _BODY_WORDS) or canonical_place(rest[0]) is not None)
        or 1 < len(rest) <= 3 and rest[-1] in (gz.ORG_NOUNS | _BODY_WORDS))


def _first_word_entity(tokens: list[Token], i: int, names: frozenset[str], text: str) -> tuple[str, list[int]] | None:
    """ "Sterling's sales" for Sterling Auto India: one word, written as a name (a capital or an
    owner's "'s"), that begins exactly one stored name."""
    token = tokens[i]
    owner = text[token.end : token.end + 2] in ("'s", "\u2019s")
    # "rheinfeld" typed in lower case on a phone is still the name, as no English word is.
    # "how much more did indus spend": a word English has only as a name ("Indus") is a name too.
    # "the port's cargo" in lower case is a common noun's, not "Port Qasim"'s.
    common_owner = owner and not token.text[:1].isupper() and i > 0 and tokens[i - 1].lower == "the" and is_known_word(token.lower)
    written_as_name = token.text[:1].isupper() or (owner and not common_owner) or (len(token.lower) >= 5 and (
        not is_known_word(token.lower) or _only_capitalised(token.lower)))
    if token.lower in STOPWORDS or len(token.lower) < 3 or not written_as_name:
        return None
    longer = _name_prefixes(names).get(token.lower, ())
    if len(longer) > 1 and (not is_known_word(token.lower) or _only_capitalised(token.lower)):
        # "indus" beside "Indus Mobile" and "Indus Mobile Networks": a short name that begins the
        # longer one is that body's. ("the port's" may be the Port of Rotterdam or its Authority.)
        longer = _one_of_nested(longer)
    return (longer[0], [i]) if len(longer) == 1 else None


def _one_of_nested(names: tuple[str, ...]) -> tuple[str, ...]:
    """ "indus mobile" and "indus mobile networks": names each the start of the longest are one
    body's, the shortest of them; names that part ways ("sterling auto", "sterling bank") stay two."""
    if len(names) < 2:
        return names
    ordered = sorted(names, key=len)
    return ordered[:1] if all(ordered[-1].startswith(n + " ") for n in ordered[:-1]) else names


def _only_capitalised(word: str) -> bool:
    """The dictionary holds the word only as a name ("Indus", "Nile"), not as a common word."""
    has = dictionary_has()
    return word.isascii() and word.isalpha() and not has(word) and has(word.capitalize())


@lru_cache(maxsize=8)
def _name_prefixes(names: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """The first one, two and three words of each longer name, to those names."""
    prefixes: dict[str, set[str]] = {}
    for name in names:
        words = name.split()
        for size in (1, 2, 3):
            if len(words) > size:
                prefixes.setdefault(" ".join(words[:size]), set()).add(name)
    return {k: tuple(sorted(v)) for k, v in prefixes.items()}


def _abbreviated_entity(token: Token, i: int, names: frozenset[str]) -> tuple[str, list[int]] | None:
    """ "vic wheat", "viet exports": the first letters of the one name the story has that begins
    so. A word English has ("mex", "ger") or two names it could shorten ("aus") are left alone."""
    word = token.lower
    if not 3 <= len(word) <= 4 or not word.isalpha() or word in STOPWORDS or word in names or is_known_word(word):
        return None
    if word in _multiword_first_words(names):
        # "over the amur rail bridge": the whole first word of "Amur River" names it, not the
        # town "Amursk" that only begins with its letters
        whole = _name_prefixes(names).get(word, ())
        return (whole[0], [i]) if len(whole) == 1 else None
    # "who did vlad meet?": the clipped first name of the one longer name ("Vladimir Putin") goes
    # before a place spelt the same way ("Vladivostok"); a first word that is a name of its own
    # ("Vietnam" of "Vietnam Airlines") is that name, found below.
    # ("avo" for "avocado" of the "Avocado Society": a word English has in lower case is no first name)
    firsts = [f for f in _multiword_first_words(names) if f.startswith(word) and len(f) > len(word) + 1 and f not in names
              and (name_only(f) or not is_known_word(f))]
    if len(firsts) == 1 and len(whole := _name_prefixes(names).get(firsts[0], ())) == 1:
        return (whole[0], [i])
    starting = [n for n in _single_names(names) if n.startswith(word) and len(n) > len(word) + 1]
    return (starting[0], [i]) if len(starting) == 1 else None


@lru_cache(maxsize=8)
def _single_names(names: frozenset[str]) -> tuple[str, ...]:
    """One-word names long enough to be typos of: the same few for every question."""
    return tuple(n for n in names if " " not in n and len(n) >= 5)


def _lowercase_name(token: Token) -> bool:
    """ "did thessaloniki get": a word typed in lower case that English has only capitalised is
    the name it spells, asked as the capitalised name would be (the caller leaves out a word
    whose synonyms the article uses and one inside a time asked; a short one is more often a
    clipped word, 'tues', 'govts', than a name)."""
    return len(token.lower) >= 6 and token.text.isalpha() and token.text.islower() and name_only(token.lower)


# Nouns of a site a name stands before: "benghazi port", "kazan airport".
_SITE_AFTER_NAME = frozenset({"port", "harbour", "harbor", "airport", "city", "province", "region", "county", "prefecture", "district"})


def _lowercase_site_name(tokens: list[Token], i: int) -> bool:
    """ "how many cranes does benghazi port have": a lower-case word English lacks, standing before
    a site's noun, is the site's name; an article that never uses it tells of another port (a
    typo of a word the article has is corrected before this, so it never reaches here; the first
    word is the question word, however spelt: "wich province")."""
    token = tokens[i]
    return (0 < i < len(tokens) - 1 and tokens[i + 1].lower in _SITE_AFTER_NAME and len(token.lower) >= 4
            and token.text.isalpha() and token.text.islower() and not is_known_word(token.lower))


def _possessive_name(token: Token, text: str) -> bool:
    """ "vanke's sales" typed in lower case: a word English lacks, owning something, is a name."""
    return (len(token.lower) >= 4 and token.lower.isalpha() and text[token.end : token.end + 2] in ("'s", "’s")
            and not is_known_word(token.lower))


def _unknown_names(tokens: list[Token], covered: set[int], store: Store, corrections: dict[str, str], text: str = "",
                   lower_names: frozenset[int] = frozenset()) -> list[str]:
    """Proper names in the question that the store never mentions. A question about Microsoft
    cannot be answered by an article that never names it, however close its other words are."""
    unknown: list[str] = []
    vocabulary = store.index_vocabulary
    for i, token in enumerate(tokens):
        if i in covered or token.text in corrections or len(token.text) < 2:
            continue
        acronym = _is_acronym(token.text) or _lowercase_country(tokens, i)  # (pure: read only for a word not skipped)
        if token.lower in STOPWORDS and not acronym:
            continue
        if acronym and _body_never_named(token.lower, store):
            unknown.append(token.text)
            continue
        place = canonical_place(token.text if acronym else token.lower) or _place_of_two_words(tokens, i, covered, vocabulary)
        # "WTI", "Microsoft": a name the article never uses. Everyday acronyms (CEO, GDP) are words.
        # A sentence's first word is capitalised by grammar, as the question's is: "I saw there
        # was a get-together. Roughly how many firms turned up?" names no "Roughly".
        capitalised = (i > 0 and token.text[0].isupper() and not acronym
                       and text[: token.start].rstrip()[-1:] not in _SENTENCE_ENDS) or (
            acronym and token.lower not in _COMMON_ACRONYMS and token.lower not in store.vocabulary
            and not store.spells_acronym(token.text)) or _possessive_name(token, text) or i in lower_names
        if not (place or capitalised):
            continue
        if token.lower in vocabulary or token.lemma in vocabulary:
            continue
        if not place and _IN_COMMON_PHRASE.get(token.lower) in {t.lower for t in tokens[max(0, i - 1) : i + 2]}:
            continue  # "Wall Street's forecasts": the analysts, by a name of theirs, no name to find
        if i + 1 < len(tokens) and is_currency_word(tokens[i + 1].lower):
            continue  # "US dollars", "Hong Kong dollars": a currency, not a name to look for
        if place and normalise_name(place) in store.entity_name_index:
            continue
        unknown.append(token.text)
    return unknown


def _lowercase_country(tokens: list[Token], i: int) -> bool:
    """ "banana shipments to the us": "us" after "the" is the country typed in lower case, no
    pronoun, so an article that never names the US cannot answer for it."""
    return tokens[i].lower in _LOWERCASE_COUNTRIES and i > 0 and tokens[i - 1].lower == "the"


def _body_never_named(lower: str, store: Store) -> bool:
    """ "how much pangasius did vietnam sell to the EU?": an everyday acronym of a body (EU, UN,
    IMF) is still a name to find, in a story that names neither it nor its full name nor, for
    the EU, Europe at all."""
    full = gz.ORG_ALIASES.get(lower)
    if full is None or lower in store.vocabulary or normalise_name(full) in store.entity_name_index:
        return False
    place = canonical_place(full.split()[0])
    return not (place and normalise_name(place) in store.entity_name_index)


def _place_of_two_words(tokens: list[Token], i: int, covered: set[int], vocabulary: frozenset[str]) -> str | None:
    """ "ship to hong kong": a place of two words typed in lower case, neither word a place alone,
    whose second word the article never uses (a "Korea" told leaves "south korea" to that word)."""
    if i + 1 >= len(tokens) or i + 1 in covered or tokens[i + 1].lower in vocabulary:
        return None
    return canonical_place(f"{tokens[i].lower} {tokens[i + 1].lower}")


_SENTENCE_ENDS = frozenset(".?!")
# Capitalised pairs that name a crowd, not a body an article must name.
_IN_COMMON_PHRASE = {"wall": "street", "street": "wall"}


# Exempt as unknown words, but still kinds: "net profit" is not "operating profit".
KIND_ADJECTIVES = frozenset("net gross operating pretax core underlying adjusted nominal real".split())

# Words asking for the whole of a measure: "total pay" is not "regular pay".
WHOLE_WORDS = frozenset("total overall combined aggregate cumulative whole".split())

QUALIFIER_EXEMPT = frozenset("""first second third last final next new old main big biggest large largest small total
overall annual yearly monthly quarterly weekly daily current initial early late high low top full latest recent
average net gross real nominal local national global domestic foreign overseas
revised updated previous prior earlier original cargo percent percentage whole entire exact precise""".split())  # "the revised forecast" is the forecast, newly stated; a port's "cargo throughput" all of it
# ("percent growth" is the growth told in percent, no kind of growth; "the exact growth rate" is the rate as told)


# "How much more capacity was awarded?": more of the measure, no kind of it ("wind capacity" is all of it).
_AMOUNT_COMPARATIVES = frozenset("more less fewer extra additional further".split())


_PLACE_KIND_AFTER_NAME = frozenset("province region county prefecture oblast city".split())


_CATEGORY_NOUNS = frozenset("""country nation state province city region company firm business people person member
government bank group side party official investor analyst economist
unit arm division subsidiary sector industry""".split())  # "nz unit profit": the company part's profit, no kind of profit


def _unknown_kinds(tokens: list[Token], keys: list[frozenset[str]], covered: set[int], store: Store, text: str) -> list[str]:
    """ "aluminium imports", "staff costs": a word the article never uses, naming the kind of a
    measure it does give (imports, costs), makes the question about something else."""
    vocabulary = store.index_vocabulary
    return [tokens[i].text for i in _measure_qualifiers(tokens, keys, covered, text)
            if not (keys[i] & vocabulary or (tokens[i].lower in store.vocabulary and tokens[i].lower not in lexicon_words()))
            and keys[i + 1] & vocabulary]


def _unknown_count_kinds(query: Query, tokens: list[Token], keys: list[frozenset[str]], store: Store) -> list[str]:
    """ "how many Boeing jets": a word the article never uses, before a thing it counts (jets),
    asks about another kind of them (the article's are Airbus jets)."""
    if len(query.count_words) < 2:
        return []
    start = next((i + 2 for i in range(len(tokens) - 1) if tokens[i].lower == "how" and tokens[i + 1].lower == "many"), None)
    if start is None or start + len(query.count_words) > len(tokens):
        return []
    vocabulary = store.index_vocabulary
    head = start + len(query.count_words) - 1
    if not keys[head] & vocabulary:
        return []
    return [tokens[i].text for i in range(start, head) if keys[i] == query.count_words[i - start]
            and not keys[i] & vocabulary and tokens[i].lower not in store.vocabulary
            and tokens[i].lower not in QUALIFIER_EXEMPT and tokens[i].lower not in GENERIC and tokens[i].lower not in _HOW_MANY_MORE
            and is_content(tokens[i])]


def _unknown_routes(tokens: list[Token], keys: list[frozenset[str]], covered: set[int], store: Store,
                    corrections: dict[str, str], ends: bool = False) -> list[str]:
    """ "how much cargo went via the port of berbera": the route a figure went by, named in
    lowercase by a name the article never uses, is another route than the article's; its figure
    for the route it names is no answer. Only names: a word English has ("via rail") may be put
    otherwise in the article; a name the typo repairs made a word ("berbera" to "berber") is still
    none, nor is a name the dictionary knows only capitalised ("via thessaloniki")."""
    vocabulary = store.index_vocabulary
    repaired = set(corrections.values())
    unknown: list[str] = []
    for i, token in enumerate(tokens[:-1]):
        if token.lower not in (_END_WORDS if ends else _ROUTE_WORDS):
            continue
        j = i + 1
        while j < len(tokens) and (tokens[j].lower in _ROUTE_LEAD_INS or j + 1 < len(tokens) and tokens[j + 1].lower == "of"
                                   and tokens[j].lower in _ROUTE_KINDS):
            j += 2 if tokens[j].lower in _ROUTE_KINDS else 1
        if j >= len(tokens) or j in covered or not is_content(tokens[j]) or len(tokens[j].lower) < 3:
            continue
        word = tokens[j]
        if ends and not word.text.isalpha():
            continue
        if keys[j] & vocabulary or word.lower in vocabulary or word.lemma in vocabulary or is_known_word(word.lower) and not name_only(word.lower) and word.text not in repaired:
            continue
        unknown.append(word.text)
    return unknown


# "what's the weather in rio tomorrow": the one thing asked, a bare noun after "the"
_WHAT_IS_THE = lazy_compile(r"\s*(?:what(?:['’]s|s|\s+is|\s+was|\s+are|\s+were)|how\s+(?:is|was|are|were))\s+the\s+([a-z]+)(?:\s+(?:in|at|for|of|on|like)\b|\s*\??\s*$)",
                            re.IGNORECASE)


def _unknown_thing_asked(text: str, tokens: list[Token], keys: list[frozenset[str]], covered: set[int], store: Store) -> list[str]:
    """ "what's the weather in rio tomorrow?": the thing asked, a word the article never uses in
    any form or synonym, is not what a sentence naming Rio tells; nothing it says is that."""
    m = _WHAT_IS_THE.match(text)
    if m is None:
        return []
    i = next((j for j, t in enumerate(tokens) if t.start == m.start(1)), None)
    if i is None or i in covered or not is_content(tokens[i]) or tokens[i].lower in GENERIC | VALUE_WORDS | OVERVIEW_WORDS:
        return []
    word = tokens[i]
    vocabulary = store.index_vocabulary
    if (keys[i] & vocabulary or word.lemma in vocabulary or (word.lower in store.vocabulary and word.lower not in lexicon_words())
            or not dictionary_has()(word.lower)):
        return []
    return [word.text]


_ROUTE_WORDS = frozenset("via through".split())
# "how much would extending the train to bali cost?": of a figure, an end named in lowercase by a
# word the article never uses is another end than the article's, as a route is ("to 4.3%" is no end)
_END_WORDS = frozenset("to from".split())
_ROUTE_LEAD_INS = frozenset("the a".split())
# "via the port of Berbera", "through the town of Blagoveshchensk": the kind of place, then its name
_ROUTE_KINDS = frozenset("port town city border crossing station terminal".split())


# A question put with one of these leaves its verb bare: "how many can the port handle?"
_VERB_AUXILIARIES = frozenset("did does do will would could can should".split())


def _closing_bare_verb(tokens: list[Token], i: int) -> bool:
    """ "how many boxes a year can the new berths at the port handle?": the question's last word,
    bare, after "can" or "will" earlier, is the verb the subject before it governs, however far
    the subject runs from the auxiliary ("what was the staff costs" has no such auxiliary)."""
    return (i == len(tokens) - 1 and tokens[i].lower == tokens[i].lemma
            and any(t.lower in _VERB_AUXILIARIES for t in tokens[1:i - 1]))


def _verb_after_named_subject(tokens: list[Token], i: int, covered: set[int]) -> bool:
    """ "will siam cane ship exports", "did they sell shares": a bare verb right after a name or a
    pronoun that an auxiliary opens is the subject's verb, and what follows is its object."""
    if i == 0 or tokens[i].lower not in _BARE_VERBS or not (i - 1 in covered or tokens[i - 1].lower in _SUBJECTS):
        return False
    return any(t.lower in _AUXILIARIES for t in tokens[max(0, i - 5) : i - 1])


# "how many fewer tonnes", "how many more jobs": the count's change, no kind of what is counted
_HOW_MANY_MORE = frozenset("fewer more less extra additional further".split())


# Words that open a clause of time or condition, never a kind of the measure after them.
_CLAUSE_OPENERS = frozenset("once unless whilst whereas".split())


def _measure_qualifiers(tokens: list[Token], keys: list[frozenset[str]], covered: set[int], text: str,
                        wholes: bool = False) -> list[int]:
    """Positions of the words that name the kind of the measure after them: "staff" in "staff
    costs", "aluminium" in "aluminium imports"; with `wholes`, "total" in "total pay" too (the
    whole is no part of it, such as "regular pay")."""
    out: list[int] = []
    for i in range(len(tokens) - 1):
        token, following = tokens[i], tokens[i + 1]
        if i in covered or i + 1 in covered or not is_content(token) or not is_content(following):
            continue
        if text[following.end : following.end + 1] == "-":
            continue  # "spark profit-taking": the measure word opens a compound that is no measure
        word = token.lower
        if wholes and (word in WHOLE_WORDS or word in KIND_ADJECTIVES) and keys[i + 1] & _MEASURE_KEYS:
            out.append(i)
            continue
        if (len(word) < 4 or not word.isalpha() or word in QUALIFIER_EXEMPT or word in _AMOUNT_COMPARATIVES or word in GENERIC or word.endswith("ly")
                or is_currency_word(word)  # "dollar rate": the pair's other currency, written "$" in the text
                or word in _CLAUSE_OPENERS  # "headed once shipped out": a clause begins, no kind of shipment
                or token.lemma in _CATEGORY_NOUNS or (token.text[:1].isupper() and i > 0)
                or not is_known_word(word)):
            continue  # names, typos, adverbs and kinds of subject ("which countries share") are judged elsewhere
        if word in MONTHS and word != "may":
            # "car production jan-sept total", "sept exports": a month is the period asked, which
            # the time slots judge, no kind of total
            continue
        if word.endswith(("ing", "ed")) and text[token.start - 1 : token.start] == "-" and i > 0:
            continue  # "the record-breaking sale": a participle closing a compound describes it, no kind of sale
        if word.endswith(("ing", "ed")) and i > 0 and tokens[i - 1].lower in _SUBJECTS | _BE:
            continue  # "are they giving shareholders": a verb, no kind of shareholder
        if (word.endswith("ed") and i > 1 and tokens[i - 1].lower not in _DETERMINERS | _AUXILIARIES
                and any(t.lower in _AUXILIARIES for t in tokens[max(0, i - 3) : i - 1])):
            continue  # "how has the bridge changed delivery times": the subject's verb, no kind of delivery
        if following.lower in _BARE_VERBS and any(t.lower in _AUXILIARIES for t in tokens[max(0, i - 3) : i]):
            continue  # "how much did the airline lose": the subject and its verb, no kind of loss
        if _closing_bare_verb(tokens, i + 1):
            continue  # "how many boxes can the berths at the port handle?": the subject and its verb
        if _verb_after_named_subject(tokens, i, covered):
            continue  # "what port will siam cane ship exports thru": the name's verb, no kind of export
        if word in _ASPECT_VERBS and following.lower.endswith("ing"):
            continue  # "when does the BAAC start paying out the loans": when the paying runs, no kind of pay
        if token.lemma in _OPINION_VERBS:
            continue  # "what does he think output will hit": the view's verb, then its clause's subject
        if following.lower == "worth":
            continue  # "what were kiwifruit exports worth": the exports' value, no kind of worth
        if keys[i + 1] & _MEASURE_KEYS and not (keys[i] & keys[i + 1] & _MEASURE_KEYS):
            out.append(i)  # ... but "price" in "price inflation" is a phrase of the measure itself
    return out


_SHORT_MONTHS = {name: full for name, n in MONTHS.items()
                 if (full := max((m for m in MONTHS if MONTHS[m] == n), key=len)) != name}
# "start", "stop", "keep" before a deed ("start paying out"): when it runs
# ("is Silesia hoping to build new industries?" / "to develop new industries": a hope or an aim is the
# deed's tense as a plan is)
_INTENDING = frozenset("plan plans planned planning intend intends intended intending hope hopes hoped hoping "
                       "aim aims aimed aiming".split())
# ("how many firms keen on the Russian market came?" / "firms hoping to enter the Russian market":
# an eagerness is a hope, no word to find)
_KEEN = frozenset("keen eager anxious desperate hungry".split())
# ("firms looking for a way in": a search for a way is a hope too)
_SEEKING = frozenset("look seek search hunt".split())
# "russia's way", "Russia’s  way": an owner's mark between two words.
_POSSESSIVE_GAP = lazy_compile(r"['’]s?\s+")


def _deed_of_named_soft(text: str, tokens: list[Token], covered: set[int], terms: list[Term]) -> list[Term]:
    """"what is Nordwood building at Muuga", "what is Deccan planning in Russia": the one word asked
    besides the names is the deed whose object is the answer, and the article states it in a verb
    of its own ("will invest ... in a new loading terminal at Muuga", "will set up a joint venture")."""
    doing = _WHAT_IS_DOING.match(text)
    if not doing:
        return terms
    required = [t for t in terms if t.required and not t.soft]
    if len(required) != 1:
        return terms
    i = required[0].position
    after = tokens[i + 1].lower if i + 1 < len(tokens) else None
    deed = tokens[i].lower == tokens[i].lemma if doing["bare"] else tokens[i].lower.endswith("ing")
    if not (deed and i - 1 in covered
            and (after is None or (after in _PLACE_PREPOSITIONS and i + 2 in covered))):
        return terms
    return [replace(t, soft=True) if t is required[0] else t for t in terms]


def _keen(tokens: list[Token], i: int) -> bool:
    return tokens[i].lower in _KEEN and i + 1 < len(tokens) and tokens[i + 1].lower in ("to", "on", "for")


def _seeking_a_way(tokens: list[Token]) -> set[int]:
    """Positions of "looking" and "way" in "looking for a way (in)"."""
    found: set[int] = set()
    for i in range(len(tokens) - 2):
        if tokens[i].lemma in _SEEKING and tokens[i + 1].lower == "for":
            way = next((j for j in range(i + 2, min(i + 4, len(tokens))) if tokens[j].lower in ("way", "ways")), None)
            found |= {i, way} if way is not None else set()
    return found


_AFFECTED = frozenset("hit affect affected impact impacted".split())
def _sent_in_the_passive(tokens: list[Token], i: int) -> bool:
    """ "how many transfers were sent?": the things counted are the ones sent, so "the number of
    transfers rose to 44.6 million" counts them with no verb of sending."""
    return tokens[i].lemma in _SENT_VERBS and tokens[i].lower != tokens[i].lemma and tokens[i - 1].lower in _BEING


_SENT_VERBS = _FREIGHT_VERBS | {"send", "dispatch"}
_BEING = frozenset("be is are was were been being get got".split())
# who a road, line or port is opened to: its users ("open to traffic", "opened to the public")
_OPENED_TO_USERS = frozenset("traffic public passengers passenger users visitors business trains vehicles ships".split())
_STARTING_ASPECT = frozenset("start starts started starting begin begins began beginning commence commences".split())
_ASPECT_VERBS = frozenset("start starts begin begins stop stops keep keeps resume resumes continue continues finish cease quit".split())
_REFERRING_NOUNS = frozenset(["project"])
_AMOUNT_NOUNS = frozenset("value amount figure term equivalent worth sum total".split())
_DETERMINERS = frozenset("the this that its their his her".split())
# A general word asked ("fish") also meets the kinds the article names ("pollock"): their lemmas as
# the text's words carry them. Added to the question's keys only, so a kind asked never meets another.
_KIND_KEYS: dict[str, frozenset[str]] = {general: frozenset(lemma(k) for k in kinds) for general, kinds in KINDS.items()}
_NO_KEYS: frozenset[str] = frozenset()


# "what year did": the year asked is told as a number ("opened in 2017"), never as the word, which
# only stands in other times ("the first 10 months of the year"); a month or week asked may be
# told by the word ("last month"), so it stays a word to find.
_TIME_UNITS_ASKED = frozenset({"year"})


def _time_unit_asked(tokens: list[Token]) -> set[int]:
    """Positions of the year in "what/which year <auxiliary> ..."."""
    return {i for i in range(1, len(tokens) - 1) if tokens[i].lower in _TIME_UNITS_ASKED
            and tokens[i - 1].lower in ("what", "which") and tokens[i + 1].lower in _AUXILIARIES}


def _terms(tokens: list[Token], keys: list[frozenset[str]], covered: set[int], optional: set[int]) -> list[Term]:
    """Content words; periods, currencies and number words are slots of their own, so they only help."""
    terms: list[Term] = []
    for i, (token, k) in enumerate(zip(tokens, keys)):
        if i in covered or not is_content(token) or (token.lemma in _HOLDING_VERBS and _phrase_carried_by_next(tokens, keys, i)):
            continue
        # "the Aussie dollar fell", "the lira": a currency that is the subject is the topic; "in
        # dollars" only says how to state the answer.
        subject_currency = i > 0 and (i - 1 in covered or tokens[i - 1].lower == "the") and not (
            # "the dollar value of its sales", "the euro amount": how to state the answer, again
            i + 1 < len(tokens) and tokens[i + 1].lemma in _AMOUNT_NOUNS)
        # "putting into the Indonesia project": the story's own undertaking, whatever it calls it.
        referring = token.lemma in _REFERRING_NOUNS and any(t.lower in _DETERMINERS for t in tokens[max(0, i - 3) : i])
        required = not (
            # "s korea": a lone letter is shorthand, no word to find
            referring or len(token.lower) == 1 or token.lemma in GENERIC or token.lower in GENERIC or i in optional or token.lemma in VALUE_WORDS
            or (token.lemma in _CURRENCY_WORDS and not subject_currency) or parse_number(token.lower) is not None
            or _manner_adverb(token.lower, k)
            # "What size holding has Valpadana already picked up?": that it is done is the tense's,
            # which the text says in its own ("built a 4.9% stake"), not in the word.
            or token.lower == "already"
            # "the whole CN-RU trade in september": all of the trade, which the article states bare
            # ("whole milk powder" names no "the whole" before it)
            or (token.lower == "whole" and i > 0 and tokens[i - 1].lower == "the")
            # "so-called Malaysian crude" / "crude labelled as Malaysian": the asker's distance
            # from the name, which the article need not call anything
            or (token.lower == "called" and i > 0 and tokens[i - 1].lower == "so")
            or _tally_noun(tokens, i) or _exact_figure(tokens, i)
        )
        if token.lower in _FLEET_NOUNS and _asks_how_many(tokens, i):
            k = k | _FLEET_KEYS
        terms.append(Term(token.text, token.lemma, k | _closing_verb_noun(tokens, k, i), required, i))
    return terms


# "exact growth rate yoy for liaoning outbound", "the precise figure": a figure is told as it is, no
# word "exact" to find; "the exact date the summit took place" still asks a date the text may not give.
_EXACT_WORDS = frozenset({"exact", "precise"})
_FIGURE_NOUNS = frozenset("rate growth figure number amount value total count percentage pct percent share size sum level tally".split())


def _exact_figure(tokens: list[Token], i: int) -> bool:
    """ "exact" or "precise" right before a figure's noun, or a word before it ("exact growth rate")."""
    return tokens[i].lower in _EXACT_WORDS and any(t.lemma in _FIGURE_NOUNS for t in tokens[i + 1 : i + 3])


# "liaoning's export haul", "the medal tally": a noun of the amount gathered, which the article
# states by its figure ("exports rose to $5.83 billion"), never by the word.
_TALLY_NOUNS = frozenset({"haul", "tally"})


def _tally_noun(tokens: list[Token], i: int) -> bool:
    """ "haul"/"tally" right after a trade word or a determiner is the noun of an amount; after a
    subject ("do the trucks haul") it stays the verb, a word to find."""
    if tokens[i].lower not in _TALLY_NOUNS or i == 0:
        return False
    before = tokens[i - 1]
    return before.lemma in TRADE_FLOW or before.lemma in GOODS_FLOWS or before.lower in _DETERMINERS


# "how many planes in its fleet": the fleet is the planes one operates, which the article may count
# with no word of the set ("currently operates 48 aircraft"); still a word to find, so an order of
# 40 jets does not pass for it.
_FLEET_NOUNS = frozenset({"fleet", "fleets"})
_FLEET_KEYS = frozenset({"operate"})


def _asks_how_many(tokens: list[Token], i: int) -> bool:
    """ "how many" before position i."""
    return any(tokens[j].lower == "how" and tokens[j + 1].lower == "many" for j in range(i - 1))


# Levels stated as averages without the word: "the average price in Wales" / "prices in Wales rose to ...".
_AVERAGED_NOUNS = frozenset({"price", "wage", "salary", "rent", "fare"})


# Auxiliaries that put a question's verb at its end: "where did the train derail".
_CLOSING_VERB_AUXILIARIES = frozenset("did does do will would".split())


def _fronted_object(tokens: list[Token], keys: list[frozenset[str]]) -> list[frozenset[str]]:
    """ "how much more crude per day did it process": the object asked stands before the subject,
    away from its verb; the two mean what the verb and object mean together ("process crude" is a
    refinery's throughput), as they would written side by side."""
    start = 3 if tokens[2].lower in _AMOUNT_COMPARATIVES else 2
    if start >= len(tokens) or not is_content(tokens[start]):
        return keys
    aux = next((j for j in range(start + 1, min(len(tokens) - 2, start + 5)) if tokens[j].lower in _AUXILIARIES), None)
    if aux is None:
        return keys
    verb = aux + 2  # "did it process", "does the refinery ..." (one-word subject only)
    if verb >= len(tokens) or not is_content(tokens[verb]) or tokens[aux + 1].lower not in _SUBJECT_PRONOUNS:
        return keys
    noun = tokens[start]
    joined = phrase_keys(f"{tokens[verb].lemma} {noun.lemma}") - keys[verb] - keys[start]
    if not joined:
        return keys
    out = list(keys)
    out[start], out[verb] = keys[start] | joined, keys[verb] | joined
    return out


_SUBJECT_PRONOUNS = frozenset("it they he she we you".split())


def _closing_verb_noun(tokens: list[Token], keys: frozenset[str], i: int) -> frozenset[str]:
    """ "where did the train derail": the article tells the event by its noun ("a derailment near
    Choum"), which shares neither lemma nor stem with the verb. Only a verb closing a question
    after an auxiliary, and only one no synonym group covers (those match their own nouns)."""
    token = tokens[i]
    noun = token.lemma + "ment"
    if (i + 1 != len(tokens) or keys - {token.lemma, stem(token.lemma)} or not token.lemma.isalpha()
            or not any(t.lower in _CLOSING_VERB_AUXILIARIES for t in tokens[max(0, i - 4) : i]) or not is_known_word(noun)):
        return frozenset()
    return frozenset({noun})


# Verbs that only hold an event the noun after them names: "hold talks", "stage a summit".
_HOLDING_VERBS = frozenset("hold stage".split())


def _phrase_carried_by_next(tokens: list[Token], keys: list[frozenset[str]], i: int) -> bool:
    """ "where did the two presidents hold talks": "hold" means only what "hold talks" means
    (meeting), which "talks" says alone; kept as a word, it pulled the place towards "the summit in
    Shenyang" a second time, away from "a meeting between ... Putin and ... Xi ... in Beijing"."""
    token = tokens[i]
    if token.lemma not in _HOLDING_VERBS or i + 1 >= len(tokens) or not is_content(tokens[i + 1]):
        return False
    borrowed = keys[i] - word_keys(token.lemma, token.lower)
    # (the noun alone must mean it: "held up" is delayed, which "up" alone is not)
    after = tokens[i + 1]
    return bool(borrowed) and borrowed <= word_keys(after.lemma, after.lower)


def _manner_adverb(word: str, keys: frozenset[str]) -> bool:
    """ "dangerously short of fuel", "unusually hot": how much, not what; the article may say it
    otherwise or not at all. Only words of degree: "offered privately" says which offer."""
    return word in _DEGREE_ADVERBS and len(keys) <= 2


_DEGREE_ADVERBS = frozenset("""dangerously critically extremely severely seriously badly unusually particularly
especially significantly substantially considerably markedly notably relatively fairly desperately alarmingly
worryingly perilously precariously acutely""".split())


def _numbers(text: str, times: list[tuple[int, int]], parties: bool = True) -> list[float]:
    """The figures the question states; "10" in "the first 10 months" is part of a period.
    `parties`: also "two" in "the two firms", the story's pair, which a date question only names."""
    values: list[float] = []
    for f in find_figures(text, times):
        if not parties and text[f.start].isalpha() and _THE_COUNT_BEFORE.search(text, max(0, f.start - 8), f.start) \
                and _PLURAL_AFTER.match(text, f.end):
            continue
        bare = f.end - f.start >= 0.5 * len(text.strip())  # "16 weeks" asked by itself is a figure to find
        if not bare and (f.kind in ("count", "number", "quantity") and _DURATION_AFTER.match(text[f.end : f.end + 12])
                         or _DURATION_AFTER.match(f.unit or "")):
            continue  # "over the six months": how long, not a figure to find
        if _SEQUENCE_BEFORE.search(text, max(0, f.start - 12), f.start):
            continue  # "phase 1", "unit 2": which one of a sequence, not a figure to find
        values.append(f.value)
    return values


_SEQUENCE_BEFORE = lazy_compile(r"\b(?:phase|stage|unit|tranche|round|section|block|reactor|terminal|runway|berth|leg|train|line)\s+$",
                                re.IGNORECASE)
_DURATION_AFTER = lazy_compile(r"\s*(?:-\s*)?(?:months?|years?|weeks?|days?|quarters?|decades?)\b", re.IGNORECASE)
_THE_COUNT_BEFORE = lazy_compile(r"\b(?:the|both)\s+$", re.IGNORECASE)
_PLURAL_AFTER = lazy_compile(r"\s+[a-z]+s\b", re.IGNORECASE)


_NEWS_NOUNS = frozenset("result news announcement report data release deal decision".split())


def _news_after(tokens: list[Token], i: int) -> range:
    """The positions of the news noun at `i` and the words that say what it was about, when they
    stand after "after/on/following the": "after the plant news" is when the shares moved, and
    the sentence of the move may say only "after the announcement"; empty otherwise."""
    for j in range(i - 1, max(0, i - 3), -1):
        if tokens[j].lower == "the":
            return range(j + 1, i + 1) if tokens[j - 1].lower in ("after", "on", "following") else range(0)
    return range(0)
_END_UP = frozenset({"end", "wind"})
_ALTERING = frozenset("change alter adjust modify revise tweak amend".split())
_TIME_LEADS = frozenset("in on at during last this since".split())


def _closes_but_for_time(tokens: list[Token], i: int) -> bool:
    """Whether the token at i ends the question, or only a time phrase follows it ("in june")."""
    return i + 1 >= len(tokens) or tokens[i + 1].lower in _TIME_LEADS
_LINKING_VERBS = frozenset({"stay", "remain"})
_LIGHT_VERBS = frozenset("run post log book have see suffer".split())
_ATTEMPT_VERBS = frozenset("try attempt seek".split())
_STAKE_NOUNS = frozenset({"stake", "shareholding"})
_STAKE_GETTING = frozenset("take buy acquire purchase hold own get".split())
_COMPARATIVES = frozenset("higher lower bigger smaller larger more less fewer greater".split())
_HOW_MUCH_OPENS = re.compile(r"\s*(?:by\s+)?how\s+(?:much|many)\b", re.IGNORECASE)
_OUTLOOK_WORDS = frozenset("forecast outlook target guidance estimate projection view goal".split())


# "Did inflation ease?": a fall, asked of a rate or price; not a class of the lexicon, where "the
# central bank started easing" would become a cut to find.
SOFTENING = frozenset("ease cool soften moderate".split())


# "How many people does the flower business employ?": goods and "business" name the trade, which the
# text calls the sector or the industry ("The industry employs about 210,000 people").
_TRADE_KEYS = frozenset({"sector", "industry"})


def _goods_business_as_trade(tokens: list[Token], keys: list[frozenset[str]], covered: set[int]) -> list[frozenset[str]]:
    """ "the flower business": "business" after a common noun (no name, no "its") is that trade, so it
    also meets "sector" and "industry"; "Corvana's business" or "the business" keep the firm alone."""
    return [k | _TRADE_KEYS if tokens[i].lower == "business" and i > 0 and i - 1 not in covered
            and tokens[i - 1].lower.isalpha() and tokens[i - 1].lower not in STOPWORDS and not tokens[i - 1].text[:1].isupper()
            else k for i, k in enumerate(keys)]


def _kind_before_measure(tokens: list[Token], keys: list[frozenset[str]]) -> list[frozenset[str]]:
    """ "ship exports": a word before a measure that shares its class names a kind of it (the
    ships exported), not the measure again; without the shared class it cannot match any export."""
    out = list(keys)
    for i in range(len(tokens) - 1):
        head = tokens[i + 1].lemma
        if head in MEASURES and tokens[i].lemma != head and tokens[i].lemma in SYNONYMS.get(head, ()) and head in keys[i]:
            out[i] = (keys[i] - {head}) | {tokens[i].lemma}
    return out


def _moving_verb_keys(token: Token, keys: frozenset[str]) -> frozenset[str]:
    """ "Are they cutting the dividend?": simplemma keeps "cutting" a noun of its own (cuttings),
    with no fall in it; the verb it is made from moves the thing."""
    word = token.lower
    if not word.endswith("ing") or token.lemma != word or keys & (UP_KEYS | DOWN_KEYS) or len(word) < 6:
        return keys
    verb = word[:-4] if word[-4] == word[-5] else word[:-3]  # "cutting": "cut"
    moved = token_keys([Token(verb, verb, lemma(verb), token.start, token.end)])[0]
    return keys | (moved & (UP_KEYS | DOWN_KEYS)) if is_known_word(verb) else keys


_MOVE_KEYS = UP_KEYS | DOWN_KEYS


def _names_a_thing_with(word: Token, following: Token, keys: frozenset[str], following_keys: frozenset[str]) -> bool:
    """Do a word and the next share a class neither has alone, and no move class: a phrase naming a thing."""
    shared = keys & following_keys
    return bool(shared and not shared & _MOVE_KEYS
                and shared - word_keys(word.lemma, word.lower) - word_keys(following.lemma, following.lower))


_HOW_MANY_OPENS = re.compile(r"\s*how\s+many\b", re.IGNORECASE)
# Words after "grow" that tell how much or when it grew, no crop it grows.
_NO_CROP = frozenset("year yoy annually fast quickly steadily faster".split())


def _grows_a_crop(tokens: list[Token], i: int, text: str) -> bool:
    """ "how many households grow rubber": growing a thing the counted doers tend is farming it,
    no rise asked ("About 1.7 million households grow rubber in Thailand"); a count only, as
    "how much did exports grow last year" moves."""
    if tokens[i].lemma != "grow" or i + 1 >= len(tokens) or not _HOW_MANY_OPENS.match(text):
        return False
    crop = tokens[i + 1]
    return crop.lower.isalpha() and crop.lower not in _NO_CROP and crop.lower not in MONTHS and is_content(crop)


_GROWING_LAND = frozenset("region area province district state country nation belt zone county valley land".split())


def _crop_growing_land(tokens: list[Token], i: int) -> bool:
    """ "olive-growing regions", "coffee growing areas": "growing" between a crop and a kind of land."""
    return (tokens[i].lower == "growing" and 0 < i < len(tokens) - 1 and tokens[i + 1].lemma in _GROWING_LAND
            and tokens[i - 1].lower.isalpha() and tokens[i - 1].lower not in STOPWORDS and is_content(tokens[i - 1]))


def _currency_loses(tokens: list[Token], i: int) -> bool:
    """ "did the naira lose", "the rupee lost 2%": a loss the word before, a currency, suffers."""
    return tokens[i].lemma == "lose" and any(currency_code(t.lower) or is_currency_word(t.lower) for t in tokens[max(0, i - 2) : i])


# Every key _direction reads: a question whose words hold none of them has no direction.
_DIRECTION_KEYS = UP_KEYS | DOWN_KEYS | SOFTENING


def _direction(keys: list[frozenset[str]]) -> str:
    up = any(k & UP_KEYS for k in keys)
    down = any(k & DOWN_KEYS or k & SOFTENING for k in keys)
    return "up" if up and not down else "down" if down and not up else ""


def _names_a_level(tokens: list[Token]) -> bool:
    return any(t.lemma in MEASURES or t.lemma in _LEVEL_HEADS or currency_code(t.lower) for t in tokens)


def currency_code(word: str) -> str:
    """ "dollar" -> "USD", "euros" -> "EUR"; "" when the word names no currency."""
    return _CURRENCY_WORDS.get(lemma(word.lower())) or _CURRENCY_WORDS.get(word.lower()) or ""


# The currency asked by "in local currency": whichever the article's own is, never the dollar.
LOCAL_CURRENCY = "LOCAL"
# "paid for in local currencies", "settled in local currency": how trade is settled, a subject
# of the question, not the currency its answer is told in.
_SETTLING = frozenset("paid pay paying settled settle settling invoiced invoice conducted done denominated traded priced".split())


# "in chinese currency terms": a nation's own currency, named by its people's adjective.
_NATION_CURRENCY = {"chinese": "CNY", "russian": "RUB", "indian": "INR", "japanese": "JPY", "british": "GBP",
                    "american": "USD", "european": "EUR", "korean": "KRW", "brazilian": "BRL", "turkish": "TRY",
                    "mexican": "MXN", "swiss": "CHF", "canadian": "CAD", "australian": "AUD", "south african": "ZAR"}


def _nation_currency_at(tokens: list[Token]) -> list[int]:
    """Where "in (the) chinese currency" asks an amount in that nation's currency: the adjective's
    position."""
    return [i for i in range(1, len(tokens) - 1) if tokens[i + 1].lemma == "currency" and tokens[i].lower in _NATION_CURRENCY
            and (tokens[i - 1].lower == "in" or i > 1 and tokens[i - 1].lower == "the" and tokens[i - 2].lower == "in")]


def _more_wished(tokens: list[Token], i: int) -> bool:
    """ "want more of", "pushing for more of": "more of" within three words after a wishing verb."""
    return (i + 1 < len(tokens) and tokens[i + 1].lower == "of"
            and any(t.lemma in _WISHING for t in tokens[max(0, i - 3) : i]))


def _sold_to_place(tokens: list[Token], i: int, places_at: set[int]) -> bool:
    """A "to" within four words after the selling verb at i, right before a place named; or
    further on past words that only size the amount ("sold how many bn yuan worth of goods to
    russia"), which put no other thing between the sale and its buyer."""
    for j in range(i + 1, len(tokens) - 1):
        if tokens[j].lower == "to" and j + 1 in places_at:
            return True
        if j >= i + 4 and not _sizes_a_sale(tokens[j].lower):
            return False
    return False


# Words that only size what was sold, between a selling verb and its "to": the amount asked, its
# scale and currency, and the goods named bare.
_SALE_SIZING = frozenset("how much many worth of goods products bn billion billions mln million millions mn tn trillion".split())


def _sizes_a_sale(word: str) -> bool:
    return word in _SALE_SIZING or _is_money_unit(word) or word.replace(".", "", 1).isdigit()


_CONVERTED = frozenset({"convert", "converted"})
_QUARTER_COUNTS = frozenset("2 3 two three".split())
_SOON_BEFORE_AWAY = frozenset({"straight", "right"})
_STARTING = frozenset({"start", "begin"})


def _is_money_unit(word: str) -> bool:
    return word in _CURRENCY_WORDS or is_currency_word(word)


def _units_wanted_at(tokens: list[Token]) -> set[int]:
    """ "both" before or after the "in" of "in yuan and dollars", and "converted (in)to" before a
    currency: words of the units wanted, no word of the amount."""
    found: set[int] = set()
    for i in range(len(tokens) - 2):
        word, nxt = tokens[i], tokens[i + 1]
        if word.lower == "both":
            if nxt.lower == "in" and _is_money_unit(tokens[i + 2].lower) or i > 0 and tokens[i - 1].lower == "in" and _is_money_unit(nxt.lower):
                found.add(i)
        elif word.lemma in _CONVERTED and nxt.lower in ("to", "into", "in") and _is_money_unit(tokens[i + 2].lower):
            found.add(i)
    return found


def _local_currency_at(tokens: list[Token]) -> list[int]:
    """Where "in (the) local currency" asks the amount in the article's own currency."""
    found = []
    for i in range(1, len(tokens) - 1):
        if tokens[i].lower != "local" or tokens[i + 1].lemma != "currency":
            continue
        at = i - 2 if tokens[i - 1].lower == "the" else i - 1
        if at >= 0 and tokens[at].lower == "in" and not any(t.lower in _SETTLING for t in tokens[max(0, at - 2) : at]):
            found.append(i)
    return found


def currency_asked(asked: str, code: str) -> bool:
    """Is an amount in `code` told in the currency asked? The local one is any but the dollar."""
    return asked == code or (asked == LOCAL_CURRENCY and code not in ("", "USD")) or (asked == "INR" and code in _OTHER_RUPEES)


# "in bn rupees" reads "rupee" as India's (INR); in a Nepali story its "42.7 billion Nepali rupees"
# are the rupees asked all the same (the Indian one named outright is rare there).
_OTHER_RUPEES = frozenset({"NPR", "PKR", "LKR", "MUR"})


# "by how many bn $ did revenue fall": a dollar sign standing alone, which no token keeps
_BARE_DOLLAR = lazy_compile(r"(?:^|\s)(?:us)?\$(?=\s|\?|$)", re.IGNORECASE)
_BARE_DOLLAR = Guarded(_BARE_DOLLAR, ("$",), fold=True)


def _currency(tokens: list[Token]) -> str:
    """The currency the answer should be in: the one after "in" ("42.64 billion yuan in dollars")
    when the question names two, else the first named; "in local currency" the article's own."""
    if _local_currency_at(tokens):
        return LOCAL_CURRENCY
    if "currency" in (t.lemma for t in tokens) and (nation := _nation_currency_at(tokens)):
        return _NATION_CURRENCY[tokens[nation[0]].lower]
    found: list[tuple[str, bool]] = []
    for i, token in enumerate(tokens):
        # "how much is severnaya putting in in bolivianos": any one currency the figures know, once
        # asked for ("in shillings" names a family, Kenya's or Uganda's, no one currency)
        code = _CURRENCY_WORDS.get(token.lemma) or _CURRENCY_WORDS.get(token.lower) or (
            own if i > 0 and tokens[i - 1].lower == "in" and len(own := currency_of_word(token.lower)) == 3 else "")
        if code == "USD" and i > 0 and token.lemma == "dollar" and canonical_place(tokens[i - 1].lower) not in (None, "United States"):
            # "in brunei dollars", "fijian dollars": a country's own dollar ("B$18.2 billion"), no US one
            code = LOCAL_CURRENCY
        if code:  # (the two words before read only for a currency: most words are none)
            before = [t.lower for t in tokens[max(0, i - 2) : i]]
            found.append((code, "in" in before or "into" in before))
    target = [code for code, after_in in found if after_in]
    return target[-1] if target else (found[0][0] if found else "")


_LONG_BEFORE_EVENT = r"\s+before\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:did|had|was|were)\b"
_LONG_BEFORE = lazy_compile(r"\bhow\s+long" + _LONG_BEFORE_EVENT)
_HOW_IT_DID_PATTERN = (r"^how (?:did|has|have|does|do|is|are|was|were)\b.*\b(?:do|done|doing|perform|performed|performing|fare|fared)(?:\s+(?:in|on|during|over|last|this|since|after|before)\b[^?]*)?\s*\??$"
                       # "how did Rheinmark's share price react?": a market's reaction is its move
                       r"|^how (?:did|have|has|do|does|were|are|was|is)\b.*\b(?:shares?|stocks?|prices?|markets?|bonds?|yields?|index|currency)\s+(?:react|reacted|reacting|respond|responded|responding)\b"
                       # "what happened to orders from the euro zone?" asks how they moved
                       r"|^what(?:'s| has| have)? (?:happened|happening) (?:to|with)\b")
_WH = [
    ("how many", r"\bhow\s+many\b|\bnumber of\b|\bcount of\b"),
    ("what percentage", r"\b(?:what|which)\s+(?:percentage|percent|per cent|share|proportion|portion|fraction|rate)\b|\b(?:what|which)\s*%|\bby how much\b|\bhow fast\b|\bhow quickly\b|" + _PART_OF_AMOUNT +
                        # "how did equities do?", "how have bonds performed?": the return, a rate
                        r"|" + _HOW_IT_DID_PATTERN),
    # "how long before the shenyang summit did putin and xi sit down?": the earlier event's date,
    # which the text gives against the story's ("last week"); "how long before the plant opens?"
    # still asks a span
    ("how long", r"\bhow\s+long\b(?!\s+ago|" + _LONG_BEFORE_EVENT + r")|\bfor how long\b|\bwhat(?:'s| is| was)?\s+the\s+(?:duration|length)\b"),
    ("how much", r"\bhow\s+(?:much|big|large|high|low|far|bad|severe|steep|sharp|deep|wide|heavy|strong|weak|full|busy|crowded|expensive|cheap|costly)\b|\bworth\b|\bvalue[ds]?\b|\bsize of\b|\bamount\b|\btotal\b"),
    # ("shenyang hub opening date": a bare phrase naming a date asks it; "what year-on-year change?" asks a change;
    # "what dates did the conference run?" asks its days as "what date" does, "what actual date was that?" too)
    ("when", r"\bwhen\b|\bdate\s*\??\s*$|\bwhat(?:'s| is| was| were)?\s+(?:the\s+)?(?:exact\s+|actual\s+|precise\s+)?(?:date|time|day|month|year)s?\b(?!-|\s+on\s+(?:the\s+)?(?:year|month|quarter|week)\b)|\bwhich\s+(?:date|day|month|year|week)s?\b(?!-|\s+on\s+(?:the\s+)?(?:year|month|quarter|week)\b)|\bsince when\b|\bhow long ago\b|\bhow\s+long" + _LONG_BEFORE_EVENT),
    # "which state-owned company": a kind of place joined to more of a word names no place; nor
    # does one before a body ("which state fund has a stake", "which state firm runs the pipelines").
    ("where", r"\bwhere\b|\b(?:what|which)(?:'s| is| was)?\s+(?:\w+\s+)?(?:city|cities|towns?|villages?|districts?|province|provinces|country|countries|nations?|ports?|seaports?|harbou?rs?|regions?|places?|states?|locations?|area|capitals?)\b(?!-)(?!\s+(?:authority|authorities|council|councils|government|operator|officials?|company|companies|revenue|budget|fees|dues|workers|union"
     r"|funds?|firms?|banks?|lenders?|utility|utilities|agency|agencies|corporations?|enterprises?|investors?|insurers?|conglomerates?)\b)"
     # "what was the port's total throughput?" asks the port's figure; "which city's hotels" a city
     r"(?:(?!['’]s\b)|(?<!\bthe port)(?<!\bthe city)(?<!\bthe country)(?<!\bthe state)(?<!\bthe province)(?<!\bthe region))|\bin which\b(?!\s+(?:month|year|week|day|quarter))"
     # "what border crossing will shipments use?": a crossing is a place, as a port is ("which
     # crossing ...?" is left to what-questions, which tell a crossing's sentence whole).
     r"|\bwhat\s+(?:\w+\s+)?(?:crossings?|checkpoints?|border\s+(?:gates?|posts?))\b"),
    ("who", r"\bwho(?:m|se)?\b|\b(?:what|which)\s+(?:(?!(?:do|does|did|are|is|was|were|will|would|can|could|should|have|has|had)\b)\w+\s+){0,2}(?:company|companies|firm|firms|agency|organi[sz]ation|body|person|official|ministry|institution|news agency|broadcaster|media|leader|president|authority|watchdog"
            r"|\w*maker|\w*makers|airline|lender|insurer|retailer|producer|manufacturer|miner|regulator|supplier|operator|fund|funds)\b"
            # after "which" only: "what analysts expected" names no one to find
            r"|\bwhich\s+(?:\w+\s+)?(?:analysts?|economists?|strategists?|executives?|ministers?|spokes(?:person|man|woman)"
            r"|chair(?:man|woman)?|governor|banks?|bankers?|unions?|farmers?|traders?|investors?|shareholders?|experts?"
            r"|exporters?|importers?|carriers?|ceo|chief|director|founder|members?"
            r"|backers?|bidders?|sponsors?|stakeholders?"  # "which existing backers are selling?": investors by name
            r"|brokers?|brokerages?"  # "which brokerage reported the prices?": "according to Forbes & Walker Tea Brokers"
            # "which industry group put out the numbers?": a body of members by name; not "which product group"
            r"|associations?|councils?|federations?|(?:industry|trade|lobby|business|pressure|advocacy|environmental|farm|farmers['’]?)\s+groups?"
            # "which outlets said ...?": the media that reported it
            r"|outlets?(?=\s+(?:said|say|says|reported|report|reports|wrote|announced)\b))\b"
            # "name of kuwait oil minister?": the name of one holding a post is a person's name, asked as "who is"
            r"|\bname\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}(?:ministers?|president|ceo|chief\s+executive|spokes(?:person|man|woman)"
            r"|chair(?:man|woman|person)?|governor|director|head|(?:general\s+)?manager|secretary)\b"
            # "which russians went to the conference?": a nation's people in the plural are people to name
            r"|\bwhich\s+" + _PEOPLE_OF_A_NATION +
            # "whats the source for the news that the deals were signed?": who told it ("according to state media")
            r"|\b(?:what|which)(?:'s|s| is| was| were| are)?\s+(?:the\s+)?sources?\s+(?:for|of|behind)\s+(?:the\s+|this\s+|that\s+)?"
            r"(?:news|report|claim|figures?|numbers?|data|statistics|stats|information|story|word|estimate)\b"),
    ("why", r"\bwhy\b|\bfor what reason\b|\bwhat for\b|\bhow come\b|\breason\b|\bpurpose\b"),
    ("how", r"\bhow\b"),
    ("what", r"\bwhat(?:'s| is| are| was| were)?\b|\bwhich\b|\blist\b|\bname\b|\bdescribe\b|\bexplain\b"),
]
# A word every branch of the pattern needs, for the patterns whose words are few (Guarded:
# searched only in a question with one); "what percentage" also opens "how ..." (_HOW_IT_DID).
_WH_WORDS: dict[str, tuple[str, ...]] = {
    "how many": ("many", "number of", "count of"),
    "what percentage": ("percent", "per cent", "share", "proportion", "portion", "fraction", "rate", "how ", "happen", "%", "part"),
    "how long": ("long", "duration", "length"),
    "when": ("when", "date", "time", "day", "month", "year", "week", "ago", "long before"),
    "why": ("why", "reason", "what for", "how come", "purpose"),
    # The rest too, every question meeting all of them: "how ..." or a word of amount; "where" or
    # a noun after "what"/"which"; "who" or the same; the bare question words.
    "how much": ("how", "worth", "value", "size of", "amount", "total"),
    "where": ("where", "what", "which"),
    "who": ("who", "what", "which", "name"),
    "how": ("how",),
    "what": ("what", "which", "list", "name", "describe", "explain"),
}
_WH_RE: list[tuple[str, Guarded]] = [
    (name, Guarded(re.compile(pattern), _WH_WORDS[name])) for name, pattern in _WH]
_WH_WORD = re.compile(r"\b(?:how|what|which|when|where|who|whom|whose|why)\b")
_HOW_IT_DID = re.compile(_HOW_IT_DID_PATTERN)


# "how much did each foreign visitor spend?", "revenue per employee": an amount over a count is asked.
# A model's name holds its digits ("each A321neo", "per 737"): the whole name is the head asked.
PER_HEAD = Guarded(re.compile(r"\b(?:each|every|per)\s+(?P<first>[a-z][a-z0-9]*)\b(?:\s+(?P<second>[a-z][a-z0-9]*)\b)?", re.IGNORECASE),
                   ("each", "every", "per"), fold=True)  # searched only in a text with one of them


def per_head_noun(text: str) -> str:
    """Whom an amount each is asked of: "per foreign visitor" a visitor, "per ship did the canal
    make" a ship (the word after the noun may be a verb or a function word)."""
    m = PER_HEAD.search(text)
    if not m:
        return ""
    second = (m["second"] or "").lower()
    if not second or second in STOPWORDS or second in _BARE_VERBS or second.endswith("ed"):
        return m["first"].lower()
    return second


_SPEAKERS = frozenset("analyst economist strategist expert".split())
_SAYING_VERBS = frozenset("say tell think expect reckon believe predict see".split())
_OPINION_VERBS = frozenset("think reckon believe".split())
# "why r they placing such a big order now when they're losing money": a clause that sets the
# move against what seems to tell against it; the sentence giving the reason need not restate it.
_CONCESSIVE = lazy_compile(r"(?<!\bsay )(?<!\bsaid )(?<!\btell )(?<!\bknow )\b(?:when|while|even though|although|though|despite|even as|given that)\b")
# "why cant the shipyards find enough workers": having too few is being short of them.
_NEGATIONS = frozenset("""not no never cannot cant can't won't wont don't dont doesn't doesnt didn't didnt
    isn't isnt aren't arent wasn't wasnt weren't werent couldn't couldnt haven't havent hasn't hasnt""".split())
_SHORT_OF = frozenset("short shortage lack scarce scarcity".split())


# "instead of waiting", "rather than building its own": a course not taken, which the question sets
# the reason against; "rather than a normal loan", "instead of a norwegian one": so is a thing
# not chosen, told by its article. ("making more sugar rather than ethanol" weighs two things, both asked.)
_ROAD_NOT_TAKEN = re.compile(r"\b(?:instead of|rather than) (?:\w+ing|an?|the)\b")


def _why_phrasing(query: Query, tokens: list[Token], lower: str) -> None:
    """Words that only phrase a why-question are not demanded of the reason's sentence."""
    # "such a big order": how it strikes the asker; the order is what is explained. "whats the
    # reason that train was sent": the reason is the answer, not a word of its sentence.
    # "why would Jilin bother shipping through a Russian port, what's the upside?": the trouble
    # taken and the gain hoped for only phrase the question; the shipping is what is explained.
    optional = {i for i, t in enumerate(tokens) if t.lower == "such" or t.lemma in _REASON_NOUNS or t.lemma in _UPSIDE_NOUNS
                or (t.lemma == "bother" and i + 1 < len(tokens) and tokens[i + 1].lower.endswith("ing"))}
    clause = _CONCESSIVE.search(lower) if any(w in lower for w in ("when", "while", "though", "despite", "even as", "given")) else None
    if clause is not None and clause.start() > 0:
        before = [t for t in query.terms if t.required and t.position not in optional and tokens[t.position].start < clause.start()]
        if before:
            optional |= {t.position for t in query.terms if tokens[t.position].start > clause.start()}
    # "why are chip shipments running so late?": "running" only carries the lateness ("have been
    # delayed by up to 14 weeks"), which is what is explained, "so" or not.
    states: set[int] = set()
    for i, t in enumerate(tokens[:-1]):
        j = i + 1 + (tokens[i + 1].lower in ("so", "that", "too", "very"))
        if t.lemma == "run" and t.lower.endswith("ing") and j < len(tokens) and tokens[j].lower in _RUNNING_STATES:
            optional.add(i)
            states.add(j)
    query.terms = [replace(t, required=True) if t.position in states else t for t in query.terms]
    # "why can't vltavia hit its weekly iris target?": "had planned to build 2,400 Iris cars a week
    # ... but now expects to reach only about 1,500" says the goal without a verb of hitting it or
    # the word "weekly".
    goals = {i for i, t in enumerate(tokens) if t.lemma in _GOAL_NOUNS}
    optional |= {i for i, t in enumerate(tokens) if (t.lemma in _REACHING_VERBS or t.lower in _PER_PERIOD)
                 and any(0 < g - i <= 4 for g in goals)}
    optional |= _becoming_more(query, tokens)
    # "how does the Vladivostok route help Jilin?": a way named by the one place it goes through
    # is the use of that place ("would be able to use Vladivostok ... to ship goods"); what the
    # use does is asked, the route is no word to find.
    optional |= {i for i in range(1, len(tokens)) if tokens[i].lemma in _ROUTE_PARTS and tokens[i - 1].lower in query.entity_keys}
    # "why is the company committing now instead of waiting?": the road not taken is the asker's;
    # the reason's sentence ("We are signing now because ...") need not name it.
    alternative = _ROAD_NOT_TAKEN.search(lower)
    if alternative is not None and any(t.required and t.position not in optional and tokens[t.position].start < alternative.start()
                                       for t in query.terms):
        optional |= {t.position for t in query.terms if tokens[t.position].start >= alternative.start()}
    # "Why does the Indian trade minister say the imbalance can't go on?": who says it is whoever
    # the quote is told by ('"The current imbalance is not sustainable, as ...," he said',
    # "Qureshi said"), titled in another sentence or not at all: a sentence that tells what
    # someone said need not name the speaker asked (evidence reads soft terms so for a why).
    said = next((i for i in range(3, len(tokens) - 2) if tokens[i].lemma in _CLAIM_VERBS), None) \
        if len(tokens) > 4 and tokens[0].lower == "why" and tokens[1].lower in _SPEAKER_AUX else None
    if said is not None and any(t.required and t.position > said for t in query.terms):
        query.terms = [replace(t, soft=True) if 1 < t.position < said and t.required else t for t in query.terms]
    # "why is China buying more Cambodian cassava?": more bought is more demand ("demand for
    # Cambodian cassava had also risen because drought cut the harvest in Thailand"), which the
    # reason's sentence may name instead of the buying; the "more" is the rise it explains.
    more_at = {i for i in range(1, len(tokens)) if tokens[i].lower == "more"
               and any(t.position in (i - 1, i - 2) and t.keys & _BUYING for t in query.terms)}
    if more_at:
        query.terms = [replace(t, keys=t.keys | {"demand"}) if t.keys & _BUYING and any(0 < m - t.position <= 2 for m in more_at)
                       else t for t in query.terms]
        optional |= more_at
        query.direction = query.direction or "up"
    # "why cant jilin ship stuff out by sea itself": the doer's own self only stresses it.
    optional |= {i for i, t in enumerate(tokens) if t.lower in _REFLEXIVES}
    # "cant find enough workers" is "short of about 14,000 skilled workers".
    negated = any(t.lower in _NEGATIONS for t in tokens)
    query.terms = [replace(t, required=False) if t.position in optional
                   else replace(t, keys=t.keys | _SHORT_OF) if negated and t.lemma == "enough" else t
                   for t in query.terms]
    if negated:
        # "why can't Jilin ship by sea?": what keeps it from the sea is what it is the opposite of
        # ("the landlocked province of Jilin"), as a yes-no question's opposite answers it no.
        query.terms = [replace(t, keys=t.keys | opposite_keys(opposed)) if (opposed := opposed_word(t)) else t
                       for t in query.terms]


_BUYING = frozenset({"buy", "import", "acquire"})
_REFLEXIVES = frozenset("itself themselves himself herself".split())


def _part_of_a_place(tokens: list[Token], entity_hits: list[tuple[str, list[int]]]) -> int | None:
    """The position of "part" in "which part of Russia", "what region of the country": a piece
    of a place, after the question word; None when there is none ("what part of sales")."""
    places = {p for name, positions in entity_hits if canonical_place(name) for p in positions}
    for i in range(1, len(tokens) - 2):
        if tokens[i].lower in _PLACE_PARTS and tokens[i - 1].lower in ("which", "what") and tokens[i + 1].lower == "of" and (
                i + 2 in places or (tokens[i + 2].lower == "the" and (i + 3 in places or tokens[i + 3: i + 4] and tokens[i + 3].lemma in _COUNTRY_NOUNS))):
            return i
    return None


_PLACE_PARTS = frozenset("part parts corner end side".split())


def _becoming_more(query: Query, tokens: list[Token]) -> set[int]:
    """ "why is the northeast becoming more strategically important?" / "gaining new strategic
    significance": that it comes to be so, and how much more, is the question's framing; the
    quality is what the reason explains. Not "more expensive", a move of its own."""
    optional: set[int] = set()
    moving = {t.position for t in query.terms if t.keys & (UP_KEYS | DOWN_KEYS)}
    for i, t in enumerate(tokens[:-1]):
        degree = tokens[i + 1].lower in _DEGREE_WORDS and i + 1 not in moving
        if t.lemma == "become" or (t.lemma in _GETTING and degree):
            optional.add(i)
            if degree:
                optional.add(i + 1)
    return optional


_GOAL_NOUNS = frozenset("target goal aim".split())
# "why does the minister say ...", "why do analysts think ...": a speaker, then what they claim.
_CLAIM_VERBS = frozenset("say think reckon believe argue claim insist feel warn".split())
_SPEAKER_AUX = frozenset("does do did would is are".split())
_REASON_NOUNS = frozenset("reason purpose rationale motive motivation".split())
_UPSIDE_NOUNS = frozenset("upside benefit advantage payoff pay-off merit".split())
_GETTING = frozenset("get grow turn".split())  # "getting more crowded", "grown increasingly costly"
_DEGREE_WORDS = frozenset("more less increasingly ever".split())
_REACHING_VERBS = frozenset("hit meet reach make achieve get".split())
_RUNNING_STATES = frozenset("late behind short low dry hot".split())


# "the supplier", "the lender": the kinds of business a story calls its own subject by.
_SUBJECT_BODIES = gz.ORG_NOUNS - frozenset("agency ministry regulator unit subsidiary newspaper broadcaster".split())
# Words for a stretch of a route or for its kind, after the names of its ends.
_ROUTE_PARTS = frozenset("section stretch leg segment route corridor link line lane sea maritime shipping rail railway".split())


def _sales_named_by_buyer(i: int, tokens: list[Token], entity_hits: list[tuple[str, list[int]]], sold_to_at: set[int],
                          store: Store) -> bool:
    """Whether the word at i ("sales") is of sales to a buyer place named before it: one that is
    no story's home, or one that itself follows a seller place."""
    # "the china coffee sales" in a story headed "Ugandan coffee shipments to China surge": a place
    # that is no story's home, before the sales or the goods sold, is where they went; the home
    # sells at home.
    named = {p for _, ps in entity_hits for p in ps}
    homes = headline_homes(store)
    for gap in (1, 2):
        if homes and i - gap in sold_to_at and not named & set(range(i - gap + 1, i)) and tokens[i - 1].lower not in STOPWORDS:
            if any(i - gap in ps and _place_key(name) not in homes for name, ps in entity_hits):
                return True
            break
    buyer = next((ps for _, ps in entity_hits if i - 1 in ps and i - 1 in sold_to_at), None)
    if buyer is None:
        return False
    places = store.place_names
    return any(p < min(buyer) for name, ps in entity_hits
               if ps is not buyer and (canonical_place(name) or name.lower() in places) for p in ps)


def _place_key(name: str) -> str:
    """A place's name as two spellings of it compare ("Ugandan", "uganda")."""
    return (canonical_place(name) or name).lower()


def headline_homes(store: Store) -> frozenset[str]:
    """The places the stored headlines open on ("Ugandan coffee shipments ...": uganda), as
    _place_key writes them; kept until the next write."""
    def homes() -> frozenset[str]:
        out: set[str] = set()
        for article in store.articles():
            mentions = store.mentions_in([s.id for s in store.paragraph_sentences(article.id, 0)])
            kinds = store.entities_by_id({m.entity_id for m in mentions})
            places = sorted((m.start, m.entity_id) for m in mentions if kinds[m.entity_id].kind == "place")
            if places:
                out.add(_place_key(kinds[places[0][1]].name))
        return frozenset(out)
    return store.memo("headline_homes", "", homes)


# "how far is the sea trip from Qinzhou to Muara", "how far is it by sea from Kwinana to Qingdao":
# a distance asked between two named ends; the text gives it as "the roughly 6,900 kilometres from
# Kwinana to Qingdao" or "a 480-kilometre crossing from Yantai", the way or the kind of trip unsaid.
_DISTANCE_BETWEEN = lazy_compile(r"\s*how\s+far\b[^?]*?\s(from)\s+\w[^?]*\sto\s+\w")


def _distance_between_ends(tokens: list[Token], keys: list[frozenset[str]], text: str) -> set[int]:
    """Positions of route and trip words before "from" in a distance question between two ends."""
    m = _DISTANCE_BETWEEN.match(text.lower())
    if m is None:
        return set()
    return {i for i, t in enumerate(tokens) if t.end <= m.start(1)
            and (t.lower in _ROUTE_PARTS or "journey" in keys[i])}


def _route_named_by_ends(tokens: list[Token], entity_hits: list[tuple[str, list[int]]], text: str) -> set[int]:
    """Positions of the route words right after two ends named ("Chennai-Vladivostok", "Multan to
    Peshawar", "jilin vladivostok", "jilin via vladivostok")."""
    out: set[int] = set()
    for _, positions in entity_hits:
        if not positions:
            continue
        first, last = min(positions), max(positions)
        two_ends = any(text[tokens[i].end : tokens[i + 1].start] == "-" or tokens[i + 1].lower == "to" for i in range(first, last)) or any(
            max(before) == first - 2 and (tokens[first - 1].lower == "to" or tokens[first - 1].lower in _VIA_WORDS)
            for _, before in entity_hits if before)  # "the jilin via vladivostok route": its start and the way through
        # "jilin vladivostok route": two bare names in a row, the route word right after them
        two_ends = two_ends or (last + 1 < len(tokens) and tokens[last + 1].lower in _ROUTE_PARTS and any(
            max(before) == first - 1 and text[tokens[first - 1].end : tokens[first].start] == " " for _, before in entity_hits if before))
        if not two_ends:
            continue
        # ("the Gdansk-Kaliningrad ferry route": the ferry is still a word to find)
        out |= {i for i in range(last + 1, min(last + 4, len(tokens))) if tokens[i].lower in _ROUTE_PARTS}
    return out


_BODY_WORDS = frozenset({"firm", "group", "association", "federation", "body", "union", "agency", "organisation", "organization"})


def _relative_who(lower: str) -> bool:
    """ "what will the government charge foreigners who fly in?": a "who" after a noun, in a question
    that opens with another question word, says which foreigners and asks for no one; after "the
    man" or "the official" it asks for that person."""
    m = _RELATIVE_WHO.search(lower)
    return bool(m) and m["noun"] not in _PERSON_WORDS


_RELATIVE_WHO = Guarded(re.compile(r"^\s*(?:what|which|how|when|where)\b.*\b(?!(?:to|for|by|with|of|from|and|or|is|was|are|were)\b)(?P<noun>[a-z]+)\s+who\b"),
                        ("who",))  # searched only in a question with "who"
_PERSON_WORDS = gz.PERSON_NOUNS | frozenset("man woman men women person people guy one someone anyone those".split())


# "What premium does the bid carry over where the shares closed?": a "where" after a preposition,
# in a question another word opens, is the level it was at, not a place asked. "shipping to where
# in china?" asks the place: "where in", "where exactly" open no clause of its own.
_LEVEL_WHERE = lazy_compile(r"(?<=\S)(?P<prep>\s(?:over|above|below|under|beyond|from|than|to|on))\s+where\b(?!\s+(?:in|exactly|else)\b)(?=.)")
# "go up when the plant opened", "rise where demand is strongest": a clause of the time or place of
# what a yes/no question asks; "did they say when it opens?" asks the time.
_WHEN_CLAUSE = lazy_compile(r"\b(?<!know )(?<!say )(?<!said )(?<!tell )(?<!told )(?<!announce )(?<!decide )(?<!reveal )"
                            r"(?<!disclose )(?<!specify )(?<!mention )(?<!confirm )(?<!explain )(?<!sure )(?<!clear )(?:when|where)\b")


# "trading more than ever", "a lot less": how much, said in passing, no thing to find.
_SAID_IN_PASSING = frozenset("more less lot lots much ever very really so".split())
# "I'm trying to understand the regional angle here - how does ...", "trying to get the bigger
# picture - how ...": what the asker wants of the article, said before asking; no thing to find.
_ASKER_AIM = frozenset("try want understand figure learn grasp follow angle picture aspect context background gist".split())
# A statement, then the question: "I saw there was a fair in Almaty. how many ...", "X met - what ...".
_TOLD_FIRST = lazy_compile(r"^[^?]*?[\w)'\u2019][.!;]\s+(?=(?:so\s+|and\s+|but\s+)?(?:what|whats|what's|how|when|where|who|which|why|is|are|was|"
                           r"were|did|does|do|can|could|has|have|will|roughly|approximately|about|any\s+idea)\b)|^[^?]*?\s[-\u2013\u2014]\s+"
                           r"(?=(?:so\s+)?(?:what|whats|what's|how|when|where|who|which|why)\b)", re.IGNORECASE)
# The marks one of which every match of _TOLD_FIRST holds: a sentence's end before the question,
# or a dash set off by spaces. Most questions are one sentence with none.
_TOLD_FIRST_MARKS = (".", "!", ";", "-", "\u2013", "\u2014")


def _told_first(text: str) -> re.Match[str] | None:
    """_TOLD_FIRST.match(text), without the search in a text with none of its marks."""
    return _TOLD_FIRST.match(text) if any(mark in text for mark in _TOLD_FIRST_MARKS) else None


# "the 55 container train - which russian city was it going to?": a short noun phrase put first
# and taken up by a pronoun is what is asked about, no news told before the question.
_TOPIC_FIRST = lazy_compile(r"(?:the|this|that|these|those)\s+(?:(?![\w'’-]*ed\b)[\w'’-]+\s+){0,3}?(?![\w'’-]*ed\b)[\w'’-]+\s*[-\u2013\u2014]\s+",
                            re.IGNORECASE)
_TAKEN_UP = lazy_compile(r"\b(?:it|its|they|them|their|those|that)\b", re.IGNORECASE)
# "what period does the count of new firms cover?": the span of a count is asked, no count.
_PERIOD_OF_A_COUNT = lazy_compile(r"\s*(?:what|which)\s+(?:time\s+)?(?:period|span|timeframe|months)\b(?!.*\bhow\s+many\b)")
# A relative clause on a noun of the question ("the joint venture that runs the plant"), after
# the wh-phrase; not "which is", "that is" asking of the noun itself.
_DESCRIBING_CLAUSE = lazy_compile(r"(?<=[a-z])\s+(?:that|which)\s+(?!is\b|are\b|was\b|were\b)[a-z]+s\b(?=\s+[a-z])")
# "how many tunnels on the route", "bridges along the line": the works a count stands along.
_ALONG_THE_WORKS = Guarded(lazy_compile(r"\b(?:on|along|over|across)\s+(?:the|this|that)\s+(?:whole\s+|entire\s+|new\s+)?"
                                        r"(?P<works>route|line|track|railway|railroad|road|canal|corridor|link|highway|motorway|expressway|pipeline)\b"),
                           ("route", "line", "track", "rail", "road", "canal", "corridor", "link", "way", "pipeline"))
# ... or a participle on it ("whats the jv building it called", "the firm running the port"): a
# determiner, the noun, then a word in -ing taking an object.
# A verb of saying carries what is asked: "who's the source saying the pacts got signed".
_DESCRIBING_PARTICIPLE = lazy_compile(r"\b(?:the|its|their)\s+[a-z][a-z-]+\s+(?!(?:say|report|claim|tell|stat|announc|argu|warn|suggest|not|confirm|deny|deni)ing\b)"
                                      r"(?P<verb>[a-z]{2,}ing)\s+(?:it|them|the|this|that|its|their)\b")


def _describing_clause_start(lower: str) -> int:
    """Where a clause describing a noun of the question starts (see above), else -1."""
    if (clause := _DESCRIBING_CLAUSE.search(lower)) is not None:
        return clause.start()
    if "ing " in lower and (clause := _DESCRIBING_PARTICIPLE.search(lower)) is not None:
        return clause.start("verb") - 1  # (the space before it, as the pattern above starts)
    return -1
_WHEN_THEY = lazy_compile(r"(?<=\S)\s+when\s+(?:they|he|she|it|we|you|i|the|its|their|his|her|both)\s+[a-z]+")


def _question_word(lower: str) -> str:
    """The question's own wh-phrase: the earliest specific one ("on what date did X report the
    number of firms" asks when), else the general "how" or "what"."""
    first = lower.split(" ", 1)[0] if lower else ""
    if first.startswith("where") and " from" in lower and _WHERE_DATA_FROM.match(lower):
        return "who"  # "where's the sept trade data from - which agency": who gave the figures, not a place
    if (opening := _opening_wh(lower, first)):
        return opening
    if first in _YESNO and not _WH_WORD.search(lower):
        return "yesno"  # "Are total arrivals still ahead?": "total" is no question word here
    if first in _YESNO and _WHEN_CLAUSE.search(lower) and not _WH_WORD.search(_WHEN_CLAUSE.sub(" ", lower)):
        return "yesno"  # "Did Aravalli's stock go up when the plant opened?": when it happened, not when
    # Only now the wh-patterns (a yes/no question returns above whatever they find: it was searched
    # with every one of them for nothing).
    relative = _relative_who(lower)
    if "where" in lower:
        lower = _LEVEL_WHERE.sub(r"\g<prep> the level", lower)
    found = [(m.start(), order, name) for order, (name, pattern) in enumerate(_WH_RE)
             if name not in ("how", "what") and (m := pattern.search(lower)) and not (relative and m.group().startswith("who"))]
    # "what did Putin and Xi agree on when they met?": a clause of when it happened, asking what.
    clause_when = first in ("what", "what's", "whats") and _WHEN_THEY.search(lower) is not None
    found = [f for f in found if not (clause_when and f[2] == "when")]
    counted = _PERIOD_OF_A_COUNT.match(lower) is None
    found = [f for f in found if counted or f[2] != "how many"]
    if found:
        return min(found)[2]
    for name, pattern in _WH_RE:
        if (m := pattern.search(lower)) and not (relative and m.group().startswith("who")) and not (clause_when and name == "when") \
                and (counted or name != "how many"):
            return name
    # "shenyang is the capital of heilongjiang right?": a statement put up to be confirmed
    # "liaoning exports to russia down yoy?": a move put up bare, to be confirmed
    return "yesno" if first in _YESNO or _TAG_QUESTION.search(lower) or _BARE_MOVE_QUESTION.search(lower) or _bound_put_up(first, lower) else ""


# "where's the sept bilateral trade data from", "where do those figures come from": the source of
# figures asked, as "according to whom" asks; no place.
_WHERE_DATA_FROM = lazy_compile(r"where(?:'s|’s|s|\s+is|\s+are|\s+was|\s+were|\s+does|\s+do|\s+did)\s+(?:the\s+|that\s+|this\s+|those\s+|these\s+)?"
                                r"(?:[\w$.%-]+\s+){0,5}?(?:data|figures?|numbers?|stats|statistics|estimates?|info|information)\s+"
                                r"(?:come\s+|comes\s+|coming\s+|came\s+)?from\b")


# Questions opening with one of these words: _WH_RE's pattern of that name matches at offset 0,
# and no pattern before it in _WH_RE can match there (each of theirs opens with another word), so
# min(found) below is that name whatever else the question holds; none is a yes/no opener, nor
# "what" (the only opener _relative_who, the clause of "when" or _PERIOD_OF_A_COUNT drop a match
# for). So the ten guarded searches and the rest are skipped for about half the questions.
_OPENING_WH_WORDS = frozenset(("when", "where", "who", "why"))
_OPENING_WH_PHRASES = ("how many ", "how much ")


def _opening_wh(lower: str, first: str) -> str:
    """The wh-phrase _question_word finds for a question opening with a specific one ("when ...",
    "how many ..."), or "" to search as before. `first` is lower's text before its first space."""
    if first in _OPENING_WH_WORDS:
        return first
    if first == "how" and lower.startswith(_OPENING_WH_PHRASES):
        return lower[:8]
    return ""


# "over a thousand chinese companies at the meet?": a bound put up bare, to be confirmed; the
# plain `in` and the last mark go before any pattern.
_BOUND_OPENING = lazy_compile(r"(?:more|fewer|less)\s+than\s|(?:over|above|under|below)\s|at\s+(?:least|most)\s")
_BOUND_FIRST_WORDS = frozenset("more fewer less over above under below at".split())


def _bound_put_up(first: str, lower: str) -> bool:
    """The question opens with a bound ("more than", "over", "at least") and ends in a question mark."""
    return first in _BOUND_FIRST_WORDS and lower.rstrip().endswith("?") and _BOUND_OPENING.match(lower) is not None


_TAG_QUESTION = lazy_compile(r"[\w%)'\u2019],?\s+(?:right|correct|yes|yeah|no|true|isn't it|aren't they|wasn't it|didn't it|didn't they)\s*\?*\s*$")
# A subject and a bare direction, perhaps over the year, closed by a question mark.
_BARE_MOVE_QUESTION = lazy_compile(r"[a-z]\s+(?:up|down|higher|lower)(?:\s+(?:yoy|y/y|year on year|on the year|on last year))?\s*\?+\s*$")


_ASCII_WORDS = lazy_compile(r"[a-z]+")


# "how much were they paid", "how much did the designer get paid": someone paid, asked how much
_HOW_MUCH_PAID = lazy_compile(r"\s*how much\s+(?:was|were|is|are|will|would|did|does|do|has|have)\s+(?:[\w'’-]+\s+){0,4}?"
                              r"(?:be\s+|get\s+|got\s+|been\s+|being\s+)?paid\b")


# "how fast is customs clearance?", "how quick are the approvals": a thing done, asked how soon,
# with no verb of moving ("how fast is the economy growing?" asks a rate).
_HOW_MUCH_QUICKER = lazy_compile(r"\bhow much (?:quicker|faster|sooner)\b")
_HOW_FAST_IS = lazy_compile(r"^\s*how\s+(?:fast|quick|quickly)\s+(?:is|are|was|were)\s+(?!.*\b\w+ing\b)")
_RATE_KEYS = frozenset({"inflation", "growth", "rate"})


def _wants(lower: str, wh: str, keys: list[frozenset[str]]) -> str:
    if _BY_HOW_MUCH_IN.search(lower):
        # "by how much did exports go up in actual yuan, not %": the change told in the currency,
        # as "by how many yuan" asks it, not the rate "by how much" alone may ask.
        return "money"
    if _POINTS_WORD.search(lower) and (any(k & (UP_KEYS | DOWN_KEYS) for k in keys) or TURN_WORD.search(lower)):
        # "how many points did the margin shrink?"; "by how many points did load factor improve?":
        # a move in points, though "improve" or "worsen" says no direction of its own
        return "change"
    if wh == "how many" and _HOW_MANY_MONEY.search(lower):
        return "money"  # "by how many yuan did exports rise?" asks an amount, not a count
    if wh == "how many" and _HOW_MANY_PERCENT.search(lower):
        return "percent"  # "sales up how many pct?" asks the rate, no count of percents
    if wh == "how many" and _HOW_MANY_SCALE.search(lower):
        return "level"  # "trade in sept, how many bn?" asks the amount in billions, no count of billions
    if wh == "how many" and _HOW_MANY_UNITS.search(lower) \
            and any(k & (UP_KEYS | DOWN_KEYS) for k in keys):
        return "change"  # "by how many tonnes did it trim its forecast?": a change, in tonnes
    if wh == "how many" and _BY_HOW_MANY.search(lower) and any(k & (UP_KEYS | DOWN_KEYS) for k in keys):
        return "change"  # "by how many bags did Conab lower its forecast?": the change, in bags
    if wh == "how many":
        return "count"
    if wh == "what" and _WHAT_VOLUME.search(lower):
        return "quantity"  # "what volume of pepper did Vietnam export?" asks tonnes, not its earnings or their rise
    if wh in ("how much", "what percentage", "") and _CHANGE_WORD.search(lower) and not _PER_PERIOD_ASKED.search(lower) \
            and not _THING_MOVED.search(lower):
        return "change"  # "how much did gold output change?", "share price move today": a rise or a fall
    if _HOW_IT_DID.search(lower):
        return "change"  # "how did equities do?" asks what they gained or lost
    if wh == "how long":
        words = _ASCII_WORDS.findall(lower)  # (only here: the words of a question that asks how long)
        if _LENGTH_NOUNS.isdisjoint(words) or not _TAKING_TIME.isdisjoint(words):
            return "duration"  # "how long will the pipeline take to build?" is a time
        return "level"  # "How long is the Dostyk-Moyynty section?" asks its kilometres, not a time
    if wh == "how much" and _HOW_MUCH_QUICKER.search(lower) and _TRAVEL_VERBS.isdisjoint(_ASCII_WORDS.findall(lower)):
        # "how much quicker will the trip be?": the time saved ("from 14 days to nine"); not "how
        # much faster will trains go", a speed
        return "duration"
    if _HOW_FAST_IS.match(lower) and not any(k & (UP_KEYS | DOWN_KEYS | _RATE_KEYS) for k in keys):
        return "duration"  # "how fast is customs clearance now?": the time it takes ("48 hours"), nothing growing
    if wh == "what percentage" or _PERCENT_WORDS.search(lower):
        return "percent"  # "food price inflation?" is a rate, though it names prices
    if wh == "how much" and _PRICE_OF_A_THING.search(lower) \
            and any(k & (UP_KEYS | DOWN_KEYS) for k in keys) \
            and not _HOW_MUCH_OF_A_THING.search(lower):
        return "change"  # "how much did fuel prices fall?" asks the move, mostly a rate, not a price
    if _STEEP_LEVY.search(lower) or _RETURN_ASKED.search(lower):
        return "percent"  # "how steep is the new rent tax?" asks its rate ("a 25% levy"), not a charge booked under it
    if _MONEY_WORDS.search(lower) or _SELLS_FOR.search(lower) or _GETS_FOR.search(lower) or _HOW_MUCH_MONEY.search(lower):
        return "money"  # "how much cash did they pull in" is no 9.4 million barrels a day
    if _BRINGS_IN.search(lower) and not _HOW_MUCH_OF_A_THING.search(lower) and not _VOLUME_ASKED.search(lower):
        return "money"  # what a firm brings in is money; "how much palm oil will India bring in" is tonnes
    if wh == "how much" and "paid" in lower and _HOW_MUCH_PAID.match(lower):
        return "money"  # "how much were they paid?": the one paid got money ("for a fee of 38 million euros")
    if _LEVY_WORDS.search(lower):
        return "percent"  # "what tariff will Vietnam face?" wants a rate, not the tonnes it ships
    if wh == "how much" and any(k & (UP_KEYS | DOWN_KEYS) for k in keys) \
            and (not _HOW_MUCH_OF_A_THING.search(lower) or _THING_ADDED.search(lower)):
        # "how much did exports grow?", but "how much wheat will they grow?" asks an amount;
        # "how much capacity is the expansion adding?" asks what is added, the rise, as "add to capacity" does
        return "change"
    if asks_amount_earned(lower):
        return "money"  # "how much profit did it make?" asks the amount, not "an 18% rise in profit"
    if wh == "how much" or (wh == "what" and _AMOUNT_VERB.search(lower)):
        return "level"  # "what's WA expected to harvest?" asks how much, as "how much" does
    if wh in ("", "what") and _PROFIT_WORDS.search(lower) \
            and not any(k & (UP_KEYS | DOWN_KEYS) for k in keys):
        return "money"  # "atlantica q3 profit?": the amount made
    return ""


# _wants' patterns, compiled once (re.search with a pattern string looks it up in re's cache
# on every call, and compiles it again when the cache has let it go).
_BY_HOW_MUCH_IN = lazy_compile(r"\bby how much\b[^?]*\bin (?:actual |absolute |hard |cash )?(?:dollars|yuan|euros|pounds|rupees|roubles|rubles|yen|pesos"
                               r"|reais|rand|shillings|francs|crowns|won|lira|rupiah|ringgit|baht|dong)\b")
_BY_HOW_MUCH_IN = Guarded(_BY_HOW_MUCH_IN, ("by how much",))
_POINTS_WORD = Guarded(lazy_compile(r"\b(?:percentage )?points?\b"), ("point",))
# "how many billion dollars was trade?", "trade in sept how many bn $": the scale before the currency
# A currency code or a short scale is how people type it: "how many usd", "how many bn yuan".
_HOW_MANY_MONEY = lazy_compile(r"\bhow many (?:more |fewer )?(?:(?:million|billion|trillion|mln|bln|bn|tn)s?\s*)?"
                               r"(?:(?:dollars|yuan|euros|pounds|rupees|yen|pesos|roubles|rubles|shillings|reais|crowns"
                               r"|bucks|usd|eur|gbp|cny|rmb|jpy|inr|rub)\b|[$€£¥])")
_HOW_MANY_UNITS = lazy_compile(r"\bhow many (?:more |fewer )?(?:tonnes|tons|barrels|points|basis points|litres|liters|gallons" r"|ounces|hectares|acres|kilometres|kilometers|megawatts|gigawatts)\b")
_BY_HOW_MANY = lazy_compile(r"\bby how many\b")
# "up how many pct": the unit of a rate; "how many percent of workers" still counts a part.
_HOW_MANY_PERCENT = lazy_compile(r"\bhow many (?:percent|per cent|%)(?!\s+(?:of|points)\b)")
# "how many bn", "how many billion was it?": the scale the amount is told in, with no thing counted
# after it ("how many million people" counts people).
_HOW_MANY_SCALE = lazy_compile(r"\bhow many (?:million|billion|trillion)s?\b\s*(?:$|[?,.;:!]|(?:did|does|do|was|were|is|are|will|would|has|have|had|in|of|worth)\b)")
# "How much can the line move per year?": a rate of what is carried, no move of a level.
_PER_PERIOD_ASKED = lazy_compile(r"\b(?:per|a|an|each|every)\s+(?:year|month|week|day)\b(?!\s+(?:ago|earlier|before)\b)")
# A turn for better or worse, which says no way up or down ("an improved deficit" narrowed).
TURN_WORD = lazy_compile(r"\b(?:improv|worsen|deteriorat|chang|mov|shift|swung|swing)\w*")
_CHANGE_WORD = lazy_compile(r"\bchang(?:e|ed|es|ing)\b|\bmove(?:d|s|ment)?\b")
# "how much cargo did the line move?": a thing moved is carried, an amount, not a rise or a fall
# ("how much did the shares move?" names nothing moved).
_THING_MOVED = lazy_compile(r"\bhow much (?!(?:did|does|do|has|have|had|will|would|could|can)\b)[a-z]+\s+(?:[a-z]+\s+)*?(?:did|does|do|has|have|had|will|would|could|can)\s+"
                            r"(?:[\w-]+\s+){1,5}?mov(?:e|ed|es)\b"
                            # "the total tonnage moved through the port": a participle after its noun is a thing moved
                            r"|\b(?!(?:has|have|had|was|were|is|are|been|be|did|does|do)\b)[a-z]+\s+moved\s+(?:through|via|across|along)\b")
_PERCENT_WORDS = Guarded(lazy_compile(r"%|\bpercent|\bper cent|\bgrowth rate\b|\bhow fast\b|\binflation\b|\bhow (?:full|busy|crowded)\b"),
                         ("%", "percent", "per cent", "growth rate", "how fast", "inflation", "how full", "how busy", "how crowded"))
# "what kind of return did the fund deliver?": a return asked as such is a rate ("returned 8.2%"),
# not the money it made or what the fund sold.
_RETURN_ASKED = lazy_compile(r"\bwhat (?:(?:kind|sort|type) of )?(?:\w+ )?returns?\b(?! (?:on|from|of) )")
_RETURN_ASKED = Guarded(_RETURN_ASKED, ("return",))


def asks_return(question: str) -> bool:
    return bool(_RETURN_ASKED.search(question.lower()))


_PRICE_OF_A_THING = lazy_compile(r"\b(?!consumer\b|did\b|do\b|does\b|have\b|has\b|the\b)[a-z]+ prices?\b")
# "the private home price index" is a level in points, no price.
# "what's the monthly rent for a shed?", "the fee", "the fare": a price, which "23 of the
# park's 36 sheds" is not.
_MONEY_WORDS = lazy_compile(r"\bworth\b|\bvalue[ds]?\b|\bcost(?:ing)?\b|\brent(?:s|al|als)?\b|\bfees?\b|\bfares?\b|\btolls?\b|\bspend|\bprice(?!s?\s+(?:index|indices|indexes)\b)|\bin (?:dollars|yuan|euros|pounds|rupees|roubles)\b" r"|\bearn(?:s|ed)?\b|\brevenue|\b(?:quarterly|annual|q[1-4]|quarter's|year's|company's|group's) sales\b"
                            # "what did Egypt pay per tonne?": a price per unit
                            r"|\b(?:per|a|an)\s+(?:tonne|ton|barrel|ounce|kilo|kg|pound|litre|liter|gallon|bushel|bag|mwh|kwh|megawatt-hour)\b")
_MONEY_WORDS = Guarded(_MONEY_WORDS, (
    "worth", "value", "cost", "rent", "fee", "fare", "toll", "spend", "price", "in dollars", "in yuan", "in euros", "in rupees",
    "in roubles", "earn", "revenue", "sales", "ton", "barrel", "ounce", "kilo", "kg", "pound", "litre", "liter", "gallon",
    "bushel", "bag", "mwh", "kwh", "megawatt-hour",
))
# "what does a typical home sell for?", "what's the Aria going for now?": its price, a value
# "what are shelled kernels fetching on export markets now?": fetching, with or without "for", is what a thing sells for
_SELLS_FOR = lazy_compile(r"\b(?:(?:sells?|sold|selling|going|goes|go|went|retails?|retailing|retailed) for|fetch(?:es|ed|ing)?(?: for)?)\b"
                          r"(?=\s*(?:$|\?|in\b|at\b|on\b|now\b|today\b|these days\b|right now\b|after\b|before\b))")
_SELLS_FOR = Guarded(_SELLS_FOR, (" for", "fetch"))
# "earn selling beef", "made from selling its stake": the earning verb, then how it was earned
_EARNED_SELLING = lazy_compile(r"\b(?:earn|earns|earned|earning|make|makes|made|making|(?:bring|brings|brought|rake|rakes|raked|pull|pulls|pulled) in)"
                               r"\s+(?:from\s+|by\s+)?(?P<sell>selling)\b")
# "what are farmers getting for their palay?", "what do growers receive for a tonne of cane?":
# what a seller is paid for a thing, its price; a thing must follow ("what is it paid for?" asks a purpose).
_GETS_FOR = lazy_compile(r"\b(?:get|gets|getting|got|receive|receives|receiving|received) for (?:their|its|his|her|the|a|an|each|every|one|per) [a-z]")
_GETS_FOR = Guarded(_GETS_FOR, (" for ",))
_BRINGS_IN = lazy_compile(r"\b(?:bring|brings|bringing|brought|rake|rakes|raked|take|takes|took|pull|pulls|pulled|pulling) in\b")
_BRINGS_IN = Guarded(_BRINGS_IN, ("bring", "brought", "rake", "take", "took", "pull"))
# "how much new equity", "how much cash": an amount of money asked (money raised is no rise of it)
# ... or money by its verb: "how much have Kazakh companies invested?"
_HOW_MUCH_MONEY = lazy_compile(r"\bhow much (?:more |less |new |fresh |extra )?(?:money|cash|capital|equity|funds?|funding|debt)\b"
                               r"|\bhow much (?:did|does|do|has|have|had|will|would)\s+(?:[\w'’.-]+\s+){1,4}?invest(?:ed)?\b"
                               # "What was the value of its gas sales to China?" is "worth $7.2 billion", not "80% of its gas exports"
                               r"|^\s*what(?:'s|s| is| was| were| are)\s+the\s+(?:total\s+)?value\s+of\b")
_HOW_MUCH_MONEY = Guarded(_HOW_MUCH_MONEY, ("how much", "value"))
# Things that stretch in space, whose "how long" is a distance (a queue of trucks "backed up for 15 km").
_LENGTH_NOUNS = frozenset("""section stretch line track tracks railway railroad road highway motorway pipeline bridge tunnel
cable runway canal corridor border coastline river wall queue queues tailback tailbacks expressway expressways freeway
route km kilometres kilometers miles quay quays pier piers wharf wharves jetty jetties breakwater berth berths
dam dams metres meters""".split())  # ("how long is the rail route ... in km?": asked in a unit of length)
# "whats the volume of LNG japan brought in": tonnes, not money
_WHAT_VOLUME = lazy_compile(r"\bwhat\s+(?:volumes?|quantity|quantities|weight|tonnage|amount of (?:tonnes|tons|barrels))\s+(?:of\b|did|does|do|was|were|is|are|will|has|have)")
_VOLUME_ASKED = lazy_compile(r"\b(?:volumes?|quantity|quantities|tonnes|tons|tonnage|barrels)\b")
# ("how long will CRBC operate the canal?": a concession held for a time, "for 40 years")
_TAKING_TIME = frozenset("""take takes took taking last lasts lasted run runs ran closed close shut delayed halted until since
operate operates operated manage manages managed lease leases leased hold holds held""".split())
# "how heavy a load can each crane lift", "how much does the turbine weigh": a weight asked, which
# only a figure in a unit of mass gives ("lift up to 65 tonnes"); lifting or hauling a load is no
# rise. ("how heavy were the losses", "how heavy is the tax" ask no weight.)
WEIGHT_ASKED = lazy_compile(r"\bhow\s+heavy\b(?:\s+[\w-]+){0,6}?\s+(?:loads?|cargo(?:es)?|lift(?:s|ed)?|carry|carries|haul(?:s|ed)?|hoist(?:s|ed)?)\b"
                            r"|\bhow\s+much\b[^?]*\bweigh(?:s|ed)?\b", re.IGNORECASE)
# WEIGHT_ASKED for parsing: each branch needs "heavy" or "weigh", which nearly no question holds.
_WEIGHT_ASKED_GUARDED = Guarded(WEIGHT_ASKED, ("heavy", "weigh"), fold=True)
_STEEP_LEVY = lazy_compile(r"\bhow (?:steep|high|heavy|stiff)\b(?:\s+(?:is|are|was|were|will)\b)?(?:\s+[\w-]+){0,4}?\s+"
                           r"(?:tax|taxes|levy|levies|duty|duties|tariffs?|royalty|royalties)\b")
_STEEP_LEVY = Guarded(_STEEP_LEVY, ("tax", "lev", "dut", "tariff", "royalt"))
_LEVY_WORDS = lazy_compile(r"\b(?:tariffs?|tarifs?|duty|duties|levy|levies|tax rate)\b")
_LEVY_WORDS = Guarded(_LEVY_WORDS, ("tarif", "dut", "lev", "tax rate"))
_PROFIT_WORDS = lazy_compile(r"\b(?:net )?(?:profits?|earnings|net income|losses)\b(?!\s+(?:guidance|forecast|outlook|target|margin|warning|growth|estimate))")


_AMOUNT_EARNED = re.compile(r"^how much (?:net |operating |gross |pretax )?(?:profit|revenue|sales|income|earnings|turnover)\b")


def asks_money_outright(lower: str) -> bool:
    """ "how much money has the firm lost?": money by name, which no count ("its 14 member
    companies") measures."""
    return bool(_HOW_MUCH_MONEY.search(lower))


def asks_amount_of_a_thing(lower: str) -> bool:
    """ "How much palm oil did Indonesia export?": an amount of the thing, not of money."""
    m = _HOW_MUCH_OF_A_THING.search(lower)
    return m is not None and not _MONEY_THING.search(m.group(0))


# "how much foreign currency did the SNB buy?": currency is money ("bought foreign currency
# worth 5.2 billion francs"); so are investors' bids for an issue ("how much investor demand did
# the sale attract?" / "Orders peaked at more than $38 billion"), and a central bank's foreign
# reserves ("how much foreign reserves does it have?" / "reserves fell to $142.6 billion"; a
# mine's reserves are tonnes).
# "how much forex did bunkering bring in" / "to earn about $90 million a year in foreign exchange":
# foreign exchange itself is money, reserves or not.
_MONEY_THING = re.compile(r"\b(?:money|cash|currency|currencies|(?:foreign|fx|forex)\s+(?:exchange\s+|currency\s+)?reserves|forex|fx|foreign\s+exchange(?!\s+rates?)|investor demand|bids|equity|funding|financing|profits?|revenues?|sales|income|earnings|turnover|funds?|capital|debt|investment|fdi|aid|spending|tax|taxes|levy|duty|fees?|royalty|royalties|dividends?)\b")


def asks_amount_earned(lower: str) -> bool:
    """ "How much profit did it make?", "how much revenue?": an amount of money, never a rate."""
    return bool(_AMOUNT_EARNED.search(lower))


_WHERE_LEVEL = lazy_compile(r"^\s*where(?:'s|s| is| are)\s+(?:the\s+|[\w.-]+['’]s\s+)?(?:[\w-]+\s+){0,3}?"
                          r"(?P<head>[a-z]+)\s*(?:now|today|currently|standing|at|after|\?|$)")
_WHERE_LEVEL_NOW = lazy_compile(r"\b(?:now|today|currently|standing)\s*\??\s*$")
# ... but "where is the bottler whose export director was quoted based?" asks a home.
_WHERE_TRADING = lazy_compile(r"^\s*where(?:'s| is| are| was| were)\b(?!.*\b(?:based|headquartered|located)\b).*\b(?:trading|traded|quoted|priced|standing)\b")
# "where's the cash rate sitting?", "where did the dollar end up?": a level, when a measure or a
# currency is what sits or ends ("where did the cargo end up?" asks a place).
_WHERE_ASKS = lazy_compile(r"^\s*where(?:'s|s| is| are| was| were| did| does| do| will| would| could| should| might)\b")
# "where did arabica close?", "where did the stock settle?": markets close and settle at levels.
_MARKET_CLOSE = lazy_compile(r"\b(?:close[ds]?|closing|settle[ds]?|settling)\b\s*(?:at|on \w+|today|yesterday)?\s*\??\s*$")
_LEVEL_HEADS = frozenset("rate rates price prices index yield yields stock stocks shares currency ratio ratios level levels".split())
# Measures that are also places in the ground: "where is the Karabulak-North deposit?" asks where
# the ore lies; only "where are deposits now?" (a time after it) asks the bank's level.
_SITE_MEASURES = frozenset("deposit deposits reserve reserves".split())
_GOVERNMENT_POSTS = frozenset("minister secretary commissioner mayor premier chancellor councillor councilor".split())
# A unit's head is often its general manager ("Zhou Ming, general manager of the group's logistics unit").
_LEADER_TITLES = frozenset("head chief governor chairman chairwoman chair boss ceo president director leader manager".split())
_EVENT_NOUNS = frozenset("decision announcement meeting vote cut hike move statement report release deal talks data figures numbers".split())
# "over how many months is the export number measured?": a figure is measured over its span, as it covers it.
_HEADED_WORDS = frozenset("headed heading bound".split())
_HEAD_VERBS = frozenset("head heads headed heading".split())
_HEAD_LEADS = {"head": frozenset({"lead"})}
_TOWARD = frozenset("to for towards toward".split())


def _heading_to(tokens: list[Token], terms: list[Term]) -> list[Term]:
    """ "did the first train head to Europe?": a going somewhere, its destination ("departing
    for Russia"), no head of anything. A 'to' left at the end ("which city was it headed to")
    asks the place itself, which the where-rules read."""
    going = {i for i in range(len(tokens) - 2) if tokens[i].lower in _HEAD_VERBS
             and tokens[i + 1].lower in _TOWARD and any(is_content(tk) for tk in tokens[i + 2:i + 4])}
    return [replace(t, keys=t.keys | _DESTINATION_KEYS) if t.position in going else t for t in terms]


def _place_next(i: int, tokens: list[Token], places_at: set[int]) -> bool:
    """Whether a place is named at token i, past a "the"."""
    return i in places_at or (i < len(tokens) and tokens[i].lower == "the" and i + 1 in places_at)
_DESTINATION_KEYS = frozenset({"destination"})
_AMOUNT_CLOSING_VERBS = frozenset("cost create add generate support hire employ make build cover affect involve include measure".split())
_LAST_VERBS = frozenset("cut cuts raise raised hike hiked lower lowered change changed move moved meet met increase increased".split())
_SETTLING_VERBS = frozenset("sit end finish close settle land stand peak".split())


def _settles(token: Token) -> bool:
    """ "sitting", "ended", "closes": a verb a level comes to rest by (simplemma keeps "sitting")."""
    return token.lemma in _SETTLING_VERBS or stem(token.lemma) in _SETTLING_VERBS
# Verb forms only: "trade" and "price" as nouns name the topic ("China-Russia trade in August").
_LEVEL_VERBS = frozenset("trading traded stand stands standing stood sitting sits quoted priced hovering hovers".split())
_BODY_KINDS = gz.ORG_NOUNS | frozenset("body organisation organization institution".split())
# "what town do the rail shipments go through": a settlement's kind after "what" is the answer's kind, as
# "what city" is ("by rail through Subotica"); a port's kind stays a word to find ("what chinese port").
# "capital" is money as often as a city.
_SETTLEMENT_KINDS = frozenset(SYNONYMS["city"]) - {"capital"}
# ("which mango varieties": the text names them, "Chaunsa and Sindhri mangoes", never "variety")
_VARIETY_KINDS = frozenset("variety breed cultivar strain".split())
_ADJECTIVE_ENDINGS = ("ant", "ent", "al", "ic", "ous", "ive", "ful", "less", "ish", "able", "ible", "ed", "ing")
_ANSWER_KINDS = _BODY_KINDS | gz.PLACE_NOUNS | _VARIETY_KINDS | frozenset("place broker brokerage".split())
# "up on last year", "down 3% on the previous quarter": a change told against a past period, which
# is its base (a day is when it moved: "rose on Monday").
_MOVED_BEFORE_ON = lazy_compile(r"\b(?:up|down|higher|lower|more|less|fewer|rise|rose|risen|fell|fall|fallen|grew|grow|grown"
                                r"|gain|gained|increase|increased|decrease|decreased|drop|dropped|change|changed)"
                                r"(?:\s+\d[\d.,]*\s*(?:%|percent|per cent)?)?\s*$", re.IGNORECASE)


def _changed_on(text: str, time: TimeExpr) -> bool:
    return time.anchor == "on" and time.kind != "date" and bool(_MOVED_BEFORE_ON.search(text[: time.start]))


# (also "than this time last year", "than at the same point a year ago": the same base)
_COMPARED_WITH = lazy_compile(r"\b(?:than|compared (?:with|to)|versus|vs\.?|against|from|since|ahead of|behind|above|below|on)\s*"
                              r"(?:(?:at\s+)?(?:this|the\s+same)\s+(?:time|point|stage|date)\s+)?$", re.IGNORECASE)

# ("how much extra capacity does the new terminal add": the thing asked may be several words from its verb)
_THING_ADDED = lazy_compile(r"\bhow much [a-z]+\s+(?:[a-z]+\s+){1,6}?add(?:s|ed|ing)?\b(?!\s+(?:up|on)\b)")
_HOW_MUCH_OF_A_THING = lazy_compile(r"\bhow much (?!(?:did|does|do|has|have|had|is|are|was|were|will|would|could|can|should|more|less|higher|lower|of|in"
                                    # "how much wider is the deficit": a comparative, no thing
                                    r"|wider|narrower|bigger|smaller|larger|greater|deeper|steeper|cheaper|dearer)\b)"
                                    r"(?:[a-z]+\s+)?[a-z]+\s+(?:is|are|was|were|will|did|does|do|has|have|had|would|could|can|should|might)\b")

# A "what" question whose verb is done in amounts asks for the amount.
_AMOUNT_VERB = lazy_compile(r"\b(?:to|will|would|did|does|do|could|might|may|can)\s+(?:\w+\s+){0,3}?(?:harvest|produce|export|import|sell|ship|earn"
                          r"|spend|pay|invest|borrow|carry|handle|deliver|reach|total|cost|fetch|raise|lend|buy|make)\s*\??$")


_COORDINATORS = frozenset({"and", "or"})


def _modifier_coordinated(tokens: list[Token], i: int) -> bool:
    """ "shipping and logistics firms": after the "and" at i, a qualifier and then its head noun,
    so the word before the "and" qualifies that head too. "cars and trucks were" has one word
    after it, a thing counted of its own."""
    return i + 2 < len(tokens) and is_content(tokens[i + 1]) and is_content(tokens[i + 2]) \
        and (tokens[i + 1].lower.endswith("ing") or not _verb_like(tokens[i + 1])) \
        and not _verb_like(tokens[i + 2]) and not _adverb(tokens[i + 2])  # ("trucking firms": a trade, no verb)


# Prepositions the word tables keep as content words ("along" is asked: "how far along is it?"),
# which end the noun phrase after "how many" all the same.
_COUNT_PHRASE_ENDS = frozenset("along alongside beside beyond aboard near inside outside upon throughout".split())


def _count_slots(query: Query, tokens: list[Token], keys: list[frozenset[str]], entity_hits: list[tuple[str, list[int]]]) -> None:
    """For "how many Russian firms": the counted noun (firms) and the names that qualify it."""
    lower = [t.lower for t in tokens]
    for i in range(len(lower) - 1):
        if lower[i] == "how" and lower[i + 1] == "many":
            start = i + 2
            break
    else:
        return
    entity_at = {p: name for name, positions in entity_hits for p in positions}
    mods: list[str] = []
    words: list[frozenset[str]] = []
    end = min(start + 4, len(tokens))
    j = start
    while j < end:
        if words and lower[j] in _COORDINATORS and _modifier_coordinated(tokens, j):
            # "how many shipping and logistics firms": both words before the head qualify it,
            # which is counted; the phrase goes on past the "and" and the qualifier after it.
            words.append(keys[j + 1])
            end = min(end + 1, len(tokens))
            j += 2
            continue
        if any(t.start <= tokens[j].start < t.end for t in query.times):
            break  # "how many new routes next year": the time is no part of what is counted
        if j in entity_at:
            if entity_at[j] not in mods:
                mods.append(entity_at[j])
            j += 1
            continue
        hyphened = tokens[j].start > 0 and query.text[tokens[j].start - 1 : tokens[j].start] == "-"  # "foreign-invested"
        if not words and j == start and _verb_like(tokens[j]) and (j + 1 == len(tokens) or not is_content(tokens[j + 1])):
            break  # "How many registered there?", "how many attended": the thing counted is left unsaid
        if not is_content(tokens[j]) or (words and (_verb_like(tokens[j]) or _adverb(tokens[j]) or _keen(tokens, j)) and not hyphened):
            break  # "how many new jobs will ...", "how many firms took part": the noun phrase ends at the verb
        if words and lower[j] in _COUNT_PHRASE_ENDS:
            break  # "how many bridges along the route": ... and at a preposition, no word of the thing counted
        words.append(keys[j])
        j += 1
    else:
        j = len(tokens)
    if words and j + 1 < len(tokens) and lower[j] == "in" and j + 1 in entity_at and entity_at[j + 1] not in mods:
        mods.append(entity_at[j + 1])  # "how many destinations in Zhejiang": the place after qualifies as one before
    if words and query.wants in ("money", "level", "percent"):
        words = []  # "how many yuan": a currency, not a thing counted
    if words:
        # "new jobs", "electric cars": the head noun is counted, the words before qualify it.
        query.count_keys = words[-1]
        query.count_words = tuple(words)
        if len(words) > 1 and "layoff" in words[-1] and "worker" in words[-2]:
            # "how many job cuts": the jobs cut are counted ("cut about 1,400 positions").
            query.count_keys = words[-1] | words[-2]
            query.count_words = (*words[:-2], words[-1] | words[-2])
        if query.count_keys & _VESSEL_KEYS and not _VIA_WORDS.isdisjoint(lower[j:]):
            # "how many ships went thru the canal": each ship's passage is a transit ("The canal
            # recorded 1,161 transits last month").
            query.count_keys |= _TRANSIT_KEYS
            query.terms = [replace(t, keys=t.keys | _TRANSIT_KEYS) if t.keys & _VESSEL_KEYS else t for t in query.terms]
    query.count_mods = tuple(mods)


_EXTRA_KEYS = frozenset({"additional"})
_VESSEL_KEYS = frozenset({"ship", "vessel"})
_TRANSIT_KEYS = frozenset({"transit"})


# "how much in duties did customs rake in": a verb of taking in money ends its subject as any bare verb does;
# "how many growers supply Zespri?": so does one of supplying ("how many supply ships" still counts ships);
# "how many farmers rely on coconuts" counts farmers
_BARE_VERBS = frozenset(
    """take attend come work sign set register get make sell buy build produce employ visit join open create
    lose cut add hire carry ship export import travel leave arrive start go win own use need receive send
    expect think believe say see predict forecast want plan vote support oppose agree hold back favour favor belong owe
    rake bring pull collect generate supply provide serve deliver grow
    cross pass enter transit sail fly queue wait remain stay operate exist rely depend live
    keep qualify benefit call""".split()  # "how many poor families keep the protected rate" counts families
    # ("how many shipping companies call at Lome?" counts companies, not calls)
)


def _adverb(token: Token) -> bool:
    """ "how many Chinese companies actually showed up", "how many firms still": a word of manner
    or time, after the counted noun, ends its phrase as a verb does."""
    low = token.lower
    return low in _PHRASE_ADVERBS or (low.endswith("ly") and len(low) >= 6 and low not in _LY_NOUNS)


_PERSON_ROLE_WORDS = frozenset("exec execs executive executives".split())
# "in actual yuan", "in absolute numbers": the amount as stated, no word to find.
_AMOUNT_ITSELF = frozenset("actual absolute hard raw".split())
_AMOUNT_TOLD = frozenset("terms numbers figures amounts money cash".split())
_PHRASE_ADVERBS = frozenset("still already now just even ever so altogether overall there here".split())
# Nouns and adjectives in -ly a count may name ("how many monthly", "how many family farms").
_LY_NOUNS = frozenset("supply family assembly anomaly monopoly rally ally tally reply monthly weekly yearly quarterly daily "
                      "early elderly friendly costly likely holy lonely ugly only".split())


def _verb_like(token: Token) -> bool:
    """ "took", "attended", "work": where a counted noun phrase ends. Plural nouns ("jobs",
    "people") are not verbs."""
    low = token.lower
    return (low.endswith("ed") or (low.endswith("ing") and len(low) > 5) or low in _BARE_VERBS or low in _IRREGULAR_PAST
            or (token.lemma != low and not low.endswith("s") and low not in _PLURALS))


# "how many projects won contracts": a past tense the lemmatiser may read as a noun (the won)
_IRREGULAR_PAST = frozenset("""won took made sold bought got went came gave held left lost paid kept built ran saw told
found brought sent spent grew rose fell hit cut set put shut""".split())


_PER_PERIOD = frozenset("quarterly monthly weekly daily annual yearly".split())
_YEARLY_WORDS = frozenset(("annual", "yearly"))
_YEARLY_RATES = frozenset(("capacity", "throughput"))  # measures told per year whether or not the word says so
# What a company's results report: "quarterly revenue" is the quarter's, no kind of revenue.
_FIRM_RESULTS = frozenset("revenue sale profit earnings income turnover ebitda".split())


_PLURALS = frozenset("people children men women staff cattle police".split())


_TRADE_WORD = lazy_compile(r"\btrad(?:e|es|ed|ing)\b")


# "what does it say re Jilin?", "anything about the West in there?", "does it mention the war at
# all?", "tell me the Heilongjiang part": what the article says of a topic, not one fact of it.
_TOPIC_LEAD = lazy_compile(
    r"^\s*(?:so\s+|and\s+|ok\s+|okay\s+)?(?:"
    # ("tell me everything it says about jilin")
    r"(?:tell me\s+)?(?:what|wat|wht|everything|all)(?:'s|s|\s+is|\s+does|\s+do)?\s+(?:it|the article|the story|this|the piece|the report|this article|this story"
    r"|the text|reuters)\s+(?:say|says|said|tell us|have|has)\s+(?:about|re|on|regarding|concerning|of)\s+"
    # ("anything in there on rail?")
    r"|(?:is there\s+)?(?:anything|something|any info|any news|any mention|any details?)\s+(?:in (?:there|it|the article|the story|this(?: one)?)\s+)?"
    r"(?:about|on|re|regarding|concerning)\s+"
    r"|(?:does|did|do)\s+(?P<mention>it|the article|the story|this|the piece|the report|they)\s+(?:mention|talk about|say anything about"
    r"|cover|discuss|bring up|touch on|get into)\s+"
    r"|(?:what(?:'s|s|\s+is)|tell me|give me|show me)\s+(?:the\s+)?(?:bit|part|section|paragraph|stuff|info|story|deal|news|line)"
    r"\s+(?:about|on|re|with|regarding|concerning)\s+)"
    r"(?P<topic>.+?)\s*(?:,?\s*(?:in there|in it|at all|in the article|in the story|in this))?\s*[?.!]*\s*$")
# "tell me the transport / logistics bits": either topic's parts, written as alternatives.
_TOPIC_PART = lazy_compile(r"^\s*(?:so\s+|and\s+)?(?:tell me|what(?:'s|s|\s+is|\s+are)|give me|show me)\s+(?:about\s+)?the\s+"
                           r"(?P<topic>[\w'-]+(?:(?:\s+|\s*/\s*)[\w'-]+){0,3}?)\s+(?:parts?|bits?|sections?|angles?)\s*[?.!]*\s*$")


# "any trade stats in this one?": what the article holds of a topic, asked of the article itself.
_TOPIC_ANY = lazy_compile(r"^\s*(?:so\s+|and\s+)?(?:(?:is|are) there\s+)?any\s+(?P<topic>[\w'-]+(?:\s+[\w'-]+){0,4}?)\s*,?\s*"
                          r"(?:in (?:there|here)|in it|in this(?: one| article| story| piece)?|in the (?:article|story|piece|report|text))\s*[?.!]*\s*$")
# "how do the west and the ukraine war fit into this story?": what the article says of them, no
# summary of the story.
_TOPIC_FIT = lazy_compile(r"^\s*(?:so\s+|and\s+)?(?:how|where)\s+(?:do|does|did)\s+(?P<topic>[\w'-]+(?:\s+[\w'-]+){0,6}?)\s+"
                          r"(?:fit|come|figure)\s+(?:in|into)\s+(?:this|the)\s+(?:story|article|piece|report|picture)\b")
# "i work in logistics - anything in there on rail?": who asks, said before the question.
_TOPIC_PREAMBLE = lazy_compile(r"^.{3,80}?(?:\s[-–—]+\s|:\s|;\s)")
_PREAMBLE_MARKS = ("-", "–", "—", ":", ";")  # one of which every match of _TOPIC_PREAMBLE ends on


def _topic_preamble(lower: str) -> re.Match[str] | None:
    """_TOPIC_PREAMBLE.match(lower), without the search in a text with none of its marks."""
    return _TOPIC_PREAMBLE.match(lower) if any(mark in lower for mark in _PREAMBLE_MARKS) else None


def asked_topic(lower: str) -> tuple[str, bool] | None:
    """The topic a question asks what the article says of, and whether it only asks if the
    article mentions it; None when it asks something else."""
    m = _TOPIC_LEAD.match(lower) or _TOPIC_PART.match(lower) or _TOPIC_ANY.match(lower) or _TOPIC_FIT.match(lower)
    if m is None and (said := _topic_preamble(lower)) is not None:
        rest = lower[said.end():]
        m = _TOPIC_LEAD.match(rest) or _TOPIC_PART.match(rest) or _TOPIC_ANY.match(rest)
    if m is None or not m["topic"].strip():
        return None
    if (stance := _TOPIC_STANCE.match(m["topic"])) is not None:
        return stance["who"].strip(), bool(m.groupdict().get("mention"))
    if _TOPIC_NOT.match(m["topic"]):
        return None
    return m["topic"].strip(), bool(m.groupdict().get("mention"))


# "does it mention how the west feels about all this": what the article says of the West ("despite
# disapproval from the West"), a stance it may word any way.
_TOPIC_STANCE = lazy_compile(r"\s*how\s+(?P<who>(?:the\s+)?[\w'-]+(?:\s+[\w'-]+){0,2}?)\s+(?:feels?|felt|thinks?|thought|views?|viewed|sees?|saw"
                             r"|reacts?|reacted|responds?|responded)\s+(?:about|to|on|of)\b")


# "what does it say about how much ...", "anything about when ...": a fact asked, not a topic
_TOPIC_NOT = lazy_compile(r"\s*(?:how|when|where|who|whom|why|which|what|whether|if)\b")


# "how much more net profit did they make than a year ago?": more of an amount than before is
# the difference of two levels ("rose to 14.7 billion from 11.9 billion"), not a rate; "how much
# more expensive is food than a year ago?" asks how prices moved, which the article states.
_MORE_OF_THAN = lazy_compile(r"\bhow much (?:more|less) (?P<noun>(?:[\w-]+ ){1,2})(?:did|does|do|was|were|is|are|has|have|had|will)\b[^?]*\bthan\b")


# "how much more per kilo is TMO paying than last year?": a price's two levels ("210 lira per
# kilogram ..., up from 132 lira a year earlier"), their difference asked, not a rate.
_MORE_PER_UNIT_THAN = lazy_compile(r"\bhow much (?:more|less) (?:per|a|an) [a-z]+\b(?<!\ba year)(?<!\ba month)[^?]*\bthan\b")


# "how much more did they set aside for bad debts than a year before?", "how much more did eskom
# spend on diesel than a year earlier?": more of an amount spent or made, the difference of its
# two levels as a measure named is ("jumped to A$412 million from A$268 million").
_MORE_DONE_THAN = lazy_compile(r"\bhow much (?:more|less) (?:did|does|do|has|have|had|will) (?:[\w'’-]+ ){1,3}?"
                               r"(?:spen[dt]|set aside|earn(?:ed)?|pa(?:y|id)|ma(?:k|d)e|invest(?:ed)?|borrow(?:ed)?|s(?:ell|old)"
                               r"|export(?:ed)?|import(?:ed)?|produced?|ship(?:ped)?|collect(?:ed)?|receive[d]?|lend|lent|b(?:uy|ought)|book(?:ed)?)\b[^?]*\bthan\b")


def _more_of_a_measure(lower: str) -> bool:
    if "than" not in lower:
        return False
    m = _MORE_OF_THAN.search(lower)
    return (bool(m) and lemma(m["noun"].split()[-1]) in MEASURES) or bool(_MORE_PER_UNIT_THAN.search(lower)) or bool(_MORE_DONE_THAN.search(lower))


# "whats the multiple vs last yr", "by what factor did exports grow?", "how many-fold": a level as
# a multiple of the one before ("what's the multiple" alone may be a valuation's).
MULTIPLE_ASKED = lazy_compile(r"\b(?:what(?:'s|s| is| was)?\s+(?:is\s+)?the\s+(?:growth\s+)?(?:multiple|factor)|by what (?:multiple|factor))\b[^?]*?"
                              r"\b(?:vs\.?|versus|than|compared (?:with|to)|on|over|from|against)\s+(?:last\s+(?:year|yr)|(?:a|the|one)\s+(?:year|yr)\s+(?:ago|earlier|before)"
                              r"|the (?:previous|prior) (?:year|yr))\b|\bby what factor\b[^?]*\b(?:grow|grew|grown|rise|rose|risen|increase|increased|jump|jumped|climb|climbed|soar|soared)\b"
                              r"|\bhow many[- ]fold\b"
                              # "exports are how many times what they were a year ago?", "how many times
                              # bigger than last year": the same multiple in plain words
                              r"|\bhow many times\s+(?:what\s+(?:it|they)\s+(?:was|were|had been)|(?:bigger|larger|greater|higher|more)\s+than)\s+"
                              r"(?:last\s+(?:year|yr)|(?:a|the|one)\s+(?:year|yr)\s+(?:ago|earlier|before)|the (?:previous|prior) (?:year|yr))\b")
_MULTIPLE_WORDS = frozenset("multiple factor fold double triple quadruple treble".split())


# "exact day in march the hub opened?", "date of the summit?": a day named bare, no question word.
_BARE_DATE = lazy_compile(r"\s*(?:and\s+|so\s+)?(?:the\s+)?(?:exact\s+|precise\s+|actual\s+)?(?:day|date)\s+(?:in|of|on|when|that|the|it|they|he|she|[a-z]+ed|[a-z]+['’]s)\b")


# "by how much did shipments jump vs the same stretch last yr": the rise on a year earlier, which
# the story states as a rate ("soared 82.3% ... from a year earlier"), no level to work back.
_RATE_ON_THE_SAME = lazy_compile(r"^\s*(?:so\s+|and\s+)?by how much\b[^?]*\b(?:vs\.?|versus|compared (?:with|to)|from|on|over|against)\s+"
                                 r"(?:the\s+)?same (?:\w+ )?(?:quarter|period|months?|stretch|half) (?:of )?(?:last (?:year|yr)|(?:a|one|the) (?:year|yr) (?:earlier|ago|before))\b")


# "exports to russia in 2022 were what in yuan?", "the deal is worth what": the question word put
# where the level goes, after a copula whose subject names a measure.
_COPULA_WHAT = lazy_compile(r"\b(?:was|were|is|are|stood at|came to|totall?ed|amounted to|(?:is|was) worth)\s+what\b(?!\s+(?:it|they|he|she|the|a|an)\b)")


def _measure_was_what(query: Query, lower: str) -> bool:
    """Whether the question puts "what" after "was/were" with a measure named before it."""
    m = _COPULA_WHAT.search(lower)
    if m is None or not lower[: m.start()].strip():
        return False
    before = set(phrase_keys(lower[: m.start()]))
    return any(t.keys & _MEASURE_KEYS and t.keys & before for t in query.required)


def detect_intent(query: Query, lower: str, tokens: list[Token]) -> str:
    if asked_topic(lower):
        return "topic"
    if _is_about_article(lower) and not _cites_article(query, lower) and not _asks_about_a_body(query, lower):
        return "about"
    # "Are plants holding more coal than this time last year?" asks yes or no, whatever it compares.
    # "where was last year's forum held?" asks a place of last year's, no figure worked back ("where
    # was arabica before Tuesday's jump?" still works a level back).
    # (the wh test first: a "why" or yes/no question's family searches were thrown away)
    if query.wh not in ("why", "yesno"):
        derived = lower if query.wh != "where" else _LAST_YEARS.sub("last year", lower)
        if _is_derived(derived) and not _RATE_ON_THE_SAME.search(derived):  # "why did it lose money a year ago?" asks why
            return "derived"
    if query.wh != "why" and ("multiple" in lower or "factor" in lower or "fold" in lower):
        if MULTIPLE_ASKED.search(lower):
            return "derived"  # "whats the multiple vs last yr": the level over the year-earlier one
    if query.wh == "how much" and _more_of_a_measure(lower):
        return "derived"
    if (query.wh == "how many" and TIME_SAVED.search(lower)) or (query.wh == "how much" and PRICE_SAVED.search(lower)):
        return "derived"  # "how many days does the new route save": two stated durations' gap
    if query.wh in ("how many", "what percentage", "how much", "how long"):
        return "figure"
    level = _WHERE_LEVEL.search(lower) if query.wh == "where" else None
    if level and level["head"] in _SITE_MEASURES and not _WHERE_LEVEL_NOW.search(level.group(0)):
        level = None  # a deposit asked bare is the site, not a bank's deposits
    if (level and (lemma(level["head"]) in MEASURES | _LEVEL_HEADS or currency_code(level["head"]))) or (
            query.wh == "where" and _WHERE_TRADING.search(lower)) or (
            # "where did the rand trade after the data?": a currency or a price trades at a level
            query.wh == "where" and _WHERE_ASKS.search(lower) and _TRADE_WORD.search(lower)
            and any(is_currency_word(t.lower) or currency_code(t.lower) or t.lemma in _LEVEL_HEADS for t in tokens)) or (
            query.wh == "where" and _WHERE_ASKS.search(lower) and any(_settles(t) for t in tokens)
            and (_names_a_level(tokens) or _MARKET_CLOSE.search(lower))):
        query.wants = query.wants or "level"
        return "figure"  # "where's the policy rate now?", "where does inflation stand?": a level
    if query.wh in ("when", "where", "who", "why"):
        return query.wh
    if query.wh == "how" and _HOW_IT_HELPS.search(lower):
        return "why"  # "how will the port help Jilin?" asks for the benefit the article gives
    if query.wh == "how" and _HOW_JUSTIFIED.search(lower):
        return "why"  # "how does the CEO justify buying Siberian wood?" asks the reason he gives
    if query.wh == "how" and _HOW_MOVED.search(lower):
        return "why"  # "how have exports been boosted?": the means ("helped by a protocol") is its cause
    # (each of the six patterns below needs "what", or "which" for _WHAT_KIND_DROVE: a question
    # with neither, a "how" or yes/no one, is searched by none of them)
    whatish = "what" in lower or "which" in lower
    if whatish and (_WHAT_CAUSES.search(lower) or _WHAT_CAUSED.search(lower) or _WHAT_BLAMED.search(lower) or _WHAT_KIND_DROVE.search(lower)):
        return "why"  # "what's dragging down exports?" asks for the cause
    if whatish and _WHAT_WRONG.search(lower):
        return "why"  # "what's wrong with the recalled saloons?": the fault they were recalled for
    if whatish and _WHAT_UPSIDE.search(lower):
        return "why"  # "whats the upside of routing jilin freight thru russia": what it is done for
    if query.wh == "yesno" or (tokens and tokens[0].lower in _YESNO):
        return "yesno"
    # "what will the 480m euros be spent on": the amount given, its purpose asked
    if query.wh == "what" and (_asks_value(query, lower, tokens) or (query.numbers and query.currency and not _ends_in_preposition(lower))):
        return "figure"  # "what is 42.64 billion yuan in dollars?" converts a stated figure
    if query.wh == "what" and _measure_was_what(query, lower):
        return "figure"  # "so exports to russia jan-sep 2022 were what in yuan": the measure's level, asked last
    if query.wh in ("what", "how"):
        return "what"
    if not query.wh and _BARE_DATE.match(lower):
        return "when"  # "exact day in march the freight hub opened?" asks when, as "what day ..." does
    if not query.wh and query.currency and not query.numbers and any(t.keys & _MEASURE_KEYS for t in query.required):
        return "figure"  # "liaoning's exports to russia in september, in yuan?": a measure asked in a currency, however long
    if not query.wh and tokens and tokens[-1].lower in ("percent", "percentage") and len(tokens) > 2:
        # "russia china trade sept yoy growth pct": a string of keywords ending in the unit asks the
        # figure in it, however long, not what the best sentence says of the words
        query.wants = query.wants or "percent"
        return "figure"
    if not query.wh and not query.numbers and any(t.lemma == "growth" for t in query.required):
        # "arctic lng deliveries to china growth yoy": a string of keywords naming growth asks how
        # much, however long, as one ending in "pct" does
        return "figure"
    if not query.wh and not query.numbers and _owned_measure_opening(lower, query):
        return "figure"  # "vietnam's trade deficit with china for the 8 months?": a measure named bare, however long
    if len(tokens) <= 6:
        if tokens and tokens[-1].lower == "capital" and query.entity_keys and [t.lemma for t in query.required] == ["capital"]:
            return "where"  # "liaoning capital": its capital city, no capital raised (that names what: "bank capital")
        # "UK inflation in December?", "wheat output?": a measure named bare asks for its figure.
        # "full time jobs added?": a thing named with the way it moved asks how much, too.
        if not query.numbers and (any(t.keys & _MEASURE_KEYS for t in query.required) or query.direction
                                  or (query.currency and query.required)):  # "synergy target in euros?"
            return "figure"
        return "keyword"
    return "what"


HOW_DEEP = lazy_compile(r"\bhow\s+deep\b", re.IGNORECASE)


def _owned_measure_opening(lower: str, query: Query) -> bool:
    """Whether the question opens on an owner's possessive and, right after it, a measure:
    "vietnam's trade deficit with china for the 8 months?" names the figure asked as "what was
    ..." does (a string of keywords opens on no possessive)."""
    first = lower.split(" ", 1)[0]
    return first.endswith(("'s", "’s", "s'", "s’")) and any(t.position in (1, 2) and t.keys & _MEASURE_KEYS for t in query.required)


# "what's the upside of routing freight through Russia?", "the advantage in using the port": the
# gain the deed is done for ("to ship goods ..., cutting costs"), as "why" asks. Not "the gain in
# exports", a figure.
_WHAT_UPSIDE = lazy_compile(r"\bwhat(?:'s|s| is| was| are| were| would be| will be)\s+(?:the\s+|its\s+|their\s+)?(?:main\s+|big\s+|real\s+)?"
                            r"(?:upside|benefit|advantage|point|payoff|pay-off|merit)s?\s+(?:of|in|to|for)\s+"
                            # "the point of jilin sending cargo", "the upside for jilin shippers of using the port": the
                            # doer put before the deed
                            r"(?:(?:[a-z]+\s+){1,2}(?:of|in)\s+|(?:[a-z]+\s+){1,2})?(?:\w+ing\b|it\b|this\b|that\b)"
                            # "whats the point of the vladivostok route for jilin": a thing made or done, its purpose
                            r"|\bwhat(?:'s|s| is| was| are| were| would be| will be)\s+(?:the\s+)?(?:main\s+|real\s+)?"
                            r"(?:point|purpose|idea)\s+(?:of|behind)\s+(?:the|this|that|these|those|its|their)\b")
_WHAT_WRONG = lazy_compile(r"\bwhat(?:'s|s| is| was| are| were)\s+(?:\w+\s+)?(?:wrong|the (?:problem|issue|fault|matter)) with\b")
_WHAT_CAUSES = re.compile(r"\bwhat(?:'s|s| is| was| are| were)?\s+(?:\w+\s+)?(?:dragging|driving|behind|causing|caused|pushing|holding|"
                          r"weighing|keeping|kept|boosting|fuel(?:l)?ing|hurting|hitting|lifting|squeezing|eroding|led to|leading to)\b"
                          # (not a noun the question then asks of: "what size holding has Valpadana picked up?")
                          r"(?!\s+(?:has|have|had|does|do|did|is|are|was|were|will|would|can|could)\b)")
# "What squeezed the margin?", "what drove the rise?": a cause done, asked for; not "what was
# hit?", which asks for the thing it was done to.
_WHAT_CAUSED = lazy_compile(r"\bwhat\s+(?:(?:has|have|had|really|actually|mainly|else)\s+)?(?:drove|driven|squeezed|hit|hurt|dented|eroded|"
                            r"pushed|lifted|boosted|triggered|prompted|sparked|fuell?ed|weighed on|dragged|helped|held back|sent|made(?! up))\b")
# "What goods mainly drove the increase?", "which products fuelled the rise?": the kind of thing
# that moved it, asked as the cause (a move's verbs only: "which banks helped arrange it" is no cause).
# "What costs are squeezing margins?": the same kind asked doing it now.
_WHAT_KIND_DROVE = lazy_compile(r"\b(?:what|which)\s+[a-z]+s\s+(?:(?:have|had|are|were|really|actually|mainly|chiefly|largely)\s+)?"
                                r"(?:drove|driven|driving|fuell?ed|fuell?ing|boosted|boosting|lifted|lifting|pushed up|pushing up|"
                                r"dragged down|dragging down|weighed on|weighing on|squeezed|squeezing|eroded|eroding"
                                # "what sectors are pushing non-oil gdp up" (not "pushing for": a thing lobbied for)
                                r"|pushing(?!\s+for\b)|pushed(?!\s+for\b))\b")
# "What does the analyst blame for the underperformance?": the cause someone names.
_WHAT_BLAMED = lazy_compile(r"\bwhat\s+(?:do|does|did|is|are|was|were)\s+(?:.{1,60}?\s)?(?:blam(?:e|es|ed|ing)|attribut(?:e|es|ed|ing))\b"
                            r"|\bwhat(?:'s|s| is| was| are| were)\s+to blame\b")
def _manner_positions(tokens: list[Token]) -> set[int]:
    """ "more cheaply", "faster", "more quickly" ending a how-question: the manner of the way asked."""
    at = len(tokens) - 1
    # "how do jilin goods get to eastern china cheaper now": a time word closing the question
    # dates the way; the manner stands before it.
    while at >= 0 and (not tokens[at].lower.isalpha() or tokens[at].lower in _MANNER_TIME):
        at -= 1
    if at < 2 or not _MANNER.fullmatch(tokens[at].lower):
        return set()
    return {at, at - 1} if tokens[at - 1].lower in ("more", "less") else {at}


_MANNER = lazy_compile(r"[a-z]{3,}ly|faster|quicker|sooner|cheaper")
_MANNER_TIME = frozenset({"now", "today", "nowadays"})


# "How have exports to China been boosted?", "how did customs speed up inspections?": a move
# made, asked how; the article gives the means as its cause ("helped by", "due to").
_HOW_MOVED = lazy_compile(r"^\s*how\s+(?:is|are|was|were|has|have|had|did|does|do|will|would|can|could)\s+.{1,60}?\b"
                          r"(?:boost(?:ed)?|lift(?:ed)?|speed(?:ed|ing)?\s+up|sped\s+up|cut|reduc(?:e|ed)|eas(?:e|ed)|"
                          r"gotten\s+(?:faster|quicker|cheaper|shorter)|become\s+(?:faster|quicker|cheaper))\b")
_MOVE_MADE = lazy_compile(r"ease|eased|easing|cut|cutting|reduce|reduced|reducing|lower|lowered|lowering|lighten|lightened|lightening")


def _move_done_to(tokens: list[Token]) -> set[int]:
    """The positions of a verb of easing and of the noun it takes before "of" ("ease the burden
    of the loans", "cut the cost of freight"), when a thing follows the "of"."""
    done: set[int] = set()
    for i, t in enumerate(tokens[:-4]):
        if _MOVE_MADE.fullmatch(t.lower) and tokens[i + 1].lower in ("the", "its", "their") and tokens[i + 3].lower == "of":
            done |= {i, i + 2}
    return done


_HOW_IT_HELPS = lazy_compile(r"\bhow\b.*\b(?:help|helps|helped|benefit|benefits|benefited|affect|affects|affected|hurt|hurts"
                           r"|impact|impacts|impacted|matter|matters)\b")


# "how does the CEO justify buying Siberian wood?", "how did the bank explain the cut?": the reason given.
_HOW_JUSTIFIED = lazy_compile(r"\bhow\b.*\b(?:justif(?:y|ies|ied)|explain(?:s|ed)?|defend(?:s|ed)?|account(?:s|ed)? for)\b")
_JUSTIFYING = frozenset("justify explain defend account".split())


_CAUSE_VERB = lazy_compile(r"dragging|driving|behind|causing|caused|pushing|holding|weighing|keeping|kept|boosting|fuell?ing|hurting|hitting|lifting|down|up|led|leading"
                           r"|drove|driven|squeezed|hit|hurt|dented|eroded|pushed|lifted|boosted|triggered|prompted|sparked|fuell?ed|weighed|dragged"
                           r"|helped|held|sent|made|blam(?:e|es|ed|ing)|attribut(?:e|es|ed|ing)")
_REACHES_A_LEVEL = lazy_compile(r"(?:hit|hits|hitting|reach(?:es|ed|ing)?|touch(?:es|ed|ing)?|str(?:ike|uck)|set|sets|setting)\s+"
                                r"(?:an?\s+|the\s+|its\s+|their\s+)?(?:(?:new|fresh|all-time|record)\s+)?(?:record|high|peak|low)s?\b",
                                re.IGNORECASE)
_HOW_IT_HELPS_WORD = lazy_compile(r"help(?:s|ed)?|benefit(?:s|ed)?|affect(?:s|ed)?|hurts?|impact(?:s|ed)?|matters?")
_VIA_WORDS = frozenset({"via", "through", "thru"})


_ENDS_IN_PREPOSITION = lazy_compile(r"\b(?:for|on|to|towards?|into|through|via)\s*\??\s*$")
# "what is the govt spending 14.5bn tenge on next year": a time closing the question after its
# preposition dates the deed, the purpose still asked
_TRAILING_TIME = lazy_compile(r"\s+(?:(?:in|by|over|during|for)\s+)?(?:(?:next|last|this|the coming)\s+(?:year|yr|month|week|quarter|decade)"
                              r"|(?:19|20)\d\d)\s*\??\s*$")


def _ends_in_preposition(lower: str) -> bool:
    return bool(_ENDS_IN_PREPOSITION.search(_TRAILING_TIME.sub("", lower)))
# "what does he reckon volumes could get to": a view asked as "think" asks it, what was said
_WHAT_DID_SAY = lazy_compile(r"^\s*what (?:did|does|do|will|would|has|have)\s+\S+\s+(?:say|said|do|mean|want|plan|need|think|reckon|believe"
                             r"|have to|has to|had to|must)\b")
# "what does he think output will hit next year": a level someone foresees is a figure asked, as
# "what does the govt expect exports to hit" is, not what they said in a quote.
_VIEW_OF_A_LEVEL = lazy_compile(r"^\s*what (?:did|does|do)\s+\S+\s+(?:think|reckon|believe)\s+(?:[\w'-]+\s+){1,3}?"
                                r"(?:will|would|could|can|might|may)\s+(?:reach|hit|total|touch)\b")


def _asks_value(query: Query, lower: str, tokens: list[Token]) -> bool:
    """ "What was Corvana's Q2 revenue?" asks for a figure, as "how much" would."""
    lower = _LEADING_AND.sub("", lower)  # "And what did it actually earn?" follows up the same way
    lower = _LEADING_IN.sub("", lower)  # "in usd, what were exports in 2022?": the unit asked, then the question
    if not lower.lstrip().startswith("what") or (_WHAT_DID_SAY.match(lower) and not _VIEW_OF_A_LEVEL.match(lower)):
        return False
    if (_SELLS_FOR.search(lower) or _GETS_FOR.search(lower)) and not KINDS_OF.match(lower):
        return True  # "what did the house go for?", but "what kind of spectrum did Horizon go for?" asks the kind chosen
    if asks_kinds(lower):
        return False  # "what types of citrus make up the exports?": the kinds, not the exports' amount
    if (things := _WHAT_THINGS.match(lower)) is not None and things["head"] in PLURAL_THINGS:
        return False  # "what goods dominate its exports?": the goods, named, not the exports' amount
    if ASKS_NAME.search(lower):
        return False  # "whats the govt export promotion agency called": its name, whatever measure ("export") names it
    kind_of = KINDS_OF.match(lower)
    if kind_of and kind_of.group(2) and not any(t.word.lower() == kind_of.group(2).lower() and t.keys & _MEASURE_KEYS for t in query.terms):
        return False  # "what type of rice do buyers want?": one kind of a thing, whatever measure ("demand") follows
    if query.excluded and _WHAT_ELSE.match(lower):
        return False  # "what else does Mongolia earn export money from apart from coal?": the other sources, not an amount
    if _ends_in_preposition(lower):
        return False  # "what will the money pay for?", "what is it going towards?" ask for a purpose, not a value;
        # "what scheme is the compensation being paid through?" the way it goes
    if _WHAT_WILL_HAPPEN.match(lower):
        return False  # "What happens to TAZARA's unpaid debts under the deal?": what is done with them ("taken over by the new operator")
    if asks_thing_done(lower):
        return False  # "What's getting cut in the budget?": the things cut ("parks and culture"), not an amount
    if _MAKES_THINGS.match(lower):
        return False  # "What will the new Bac Ninh plant produce?", "what is Sinar going to provide to Halvern?": the goods, not an output
    if " ban" in lower or " bar" in lower or " prohibit" in lower or " outlaw" in lower or " exempt" in lower:
        if _BARRED_THINGS.match(lower):
            return False  # "what exports did the government ban?": the goods barred ("unshelled nuts"), not an amount
    if _HOLDS_THINGS.match(lower) or _USES_THINGS.match(lower):
        return False  # "What does the investment deal include?": its parts ("a container terminal, a bulk cargo berth"), not the sum
    if _OVERTOOK_THING.match(lower):
        return False  # "what did kiwifruit overtake to become the 4th biggest export?": the rival passed ("wine"), not an amount
    # "what were the top export markets for salmon?": the things that rank top, not an amount.
    top = _WHAT_TOP_PLURAL.match(lower)
    if top and not any(t.word.lower() == top["head"] and t.keys & (_MEASURE_KEYS | UP_KEYS | DOWN_KEYS) for t in query.terms):
        return False
    # "What cost pressures did Atlantica mention?": pressures, the cost only says which.
    things = _WHAT_PLURAL.match(lower)
    if things and not any(t.word.lower() == things["head"] and (t.keys & _MEASURE_KEYS or t.lemma == t.word.lower())
                          for t in query.terms):
        return False
    if things and _doer_of_a_measure(things["head"]):
        return False  # "what exporters will the port serve": the firms that export, named, not exports' amount
    # "What rating has the analyst got on the shares?", "what risk to margins did he flag?": a
    # rating, a risk, the measure ("shares", "margins") only says of what; "what trade fair will
    # they attend?": a fair, the measure before it ("trade") only says which.
    one = _WHAT_ONE.match(lower)
    # "what size holding has ...": a value word before the head still asks an amount.
    if one and not {one["head"], one["pre"]} & (VALUE_WORDS | _LEVEL_HEADS) and not any(t.word.lower() == one["head"] and t.keys & _MEASURE_KEYS for t in query.terms):
        return False
    # "what will the ministry request for the subsidy scheme?": the thing asked for, the measure
    # ("subsidy") only what it is asked for; not a verb that pays or states a figure.
    asked_for = _WHAT_DONE_FOR.match(lower)
    if asked_for and lemma(asked_for["verb"]) not in _PAYING | _PAYING_VERBS | _STATES_A_FIGURE and not any(
            t.keys & (_MEASURE_KEYS | _STATES_A_FIGURE) for t in query.terms if t.word.lower() in asked_for["before"].split() + [asked_for["verb"]]):
        return False
    if query.times and _EXPECTED_FOR.match(lower):
        return True  # "what does she expect for cruise calls next year?": the level foreseen for a period
    # "what has the govt promised truck drivers who lose work": a measure ("lose") in a clause
    # that only says which drivers asks no amount
    relative = _relative_clause_at(tokens) if tokens and (" who " in lower or " that " in lower) else len(tokens)
    return any((t.keys & _MEASURE_KEYS or t.word.lower() in PRICE_NOUNS) and (not tokens or t.position < relative) for t in query.terms)


def _relative_clause_at(tokens: list[Token]) -> int:
    """The index of a "who" or "that" opening a clause on a plural noun the question asks of ("truck
    drivers who lose work"), else the number of tokens (no such clause)."""
    for i in range(3, len(tokens)):
        if tokens[i].lower in ("who", "that") and tokens[i - 1].lower.endswith("s") and tokens[i - 1].lower.isalpha():
            return i
    return len(tokens)


def _doer_of_a_measure(word: str) -> bool:
    """ "exporters", "investors", "traders": those who do what a measure counts ("export", "invest",
    "trade"), people or firms to name; "orders" or "containers" have no such verb in them."""
    lemma_ = lemma(word)
    return lemma_.endswith(("er", "or")) and any(len(root) >= 3 and phrase_keys(root) & _MEASURE_KEYS for root in (lemma_[:-2], lemma_[:-1]))


# "what does she expect for cruise calls", "what do analysts forecast for prices": what is foreseen
# for a thing over a period asked is a figure ("are expected to climb to about 1,150 next year").
_EXPECTED_FOR = lazy_compile(r"^\s*what\s+(?:does|do|did|will|would)\s+(?:\S+\s+){1,4}?(?:expect|forecast|predict|project|estimate|anticipate"
                             r"|see|pencil in)\s+for\b")


# "what is the conference in Shenyang actually called?": a name asked, however the thing is put.
# "(what is the) name of the oil minister": a name asked of what follows "of"
_NAME_OF = lazy_compile(r"\bname\s+of\b")
_PERSON_POSTS = gz.TITLE_WORDS | ROLES
ASKS_NAME = lazy_compile(r"\bname of\b|\bwhat(?:'s| is| was| are| were)? (?:it|\w+(?: \w+){0,5}) (?:actually |really |officially )?called\b|\bcalled what\b|\bnamed what\b")


# "what kind of spectrum", "which types of citrus": a kind asked (group 1), of a thing (group 2).
# ("what grade of crude did it bring in?": a grade or variety is a kind, whatever measure follows)
KINDS_OF = lazy_compile(r"^\s*(?:what|which)\s+(kinds?|types?|sorts?|grades?|variet(?:y|ies))\s+of\b\s*([a-z][\w-]*)?", re.IGNORECASE)


def asks_kinds(text: str) -> bool:
    """ "what types of citrus ...": the kinds themselves are asked, in the plural."""
    m = KINDS_OF.match(text)
    # "what sort of goods do the trains carry?": one sort asked, of things that are several
    return m is not None and (m.group(1).lower().endswith("s") or (m.group(2) or "").lower() in PLURAL_THINGS)


# Words for whatever things are listed, which a list names without the word ("cement, fertiliser,
# coal and wheat" are goods).
PLURAL_THINGS = frozenset("goods products items things commodities".split())
# "what happens to the debts", "what will happen to the workers": a fate foreseen, no amount
# ("what happened to orders?" asks how they moved).
_WHAT_WILL_HAPPEN = lazy_compile(r"^\s*what\s+(?:happens|(?:will|would|is going to|could)\s+happen)\s+to\b")
_WHAT_ELSE = lazy_compile(r"^\s*what\s+(?:else|other)\b")
_LEADING_AND = lazy_compile(r"^\s*(?:and|so|but|then|ok|okay)\b[\s,]*")
_LEADING_IN = lazy_compile(r"^\s*in\s+(?:[a-z$€£¥.]+\s+){0,2}?[a-z$€£¥.]+\s*,\s*(?=what)")
_WHAT_IS_DONE = lazy_compile(r"^\s*what(?:'s|s| is| are| was| were| will be| has been| have been)\s+(?:being|getting)\s+[a-z]+\b"
                             # "what got put into operation?", "what was set up in May?": the thing done to
                             r"|^\s*what\s+(?:got|gets|get)\s+[a-z]+\b"
                             # "what costs got passed on to customers?": the kinds done to ("higher costs for
                             # nitrile latex and natural gas"), a plural named, not an amount
                             r"|^\s*what\s+[a-z]+s\s+(?:got|gets|get)\s+[a-z]+ed\b"
                             r"|^\s*what(?:'s|s| is| are| was| were| has been| have been)\s+(?:put|set|brought|taken|[a-z]+ed)\s+(?:into|up|out|off|under|on)\b"
                             # "whats planned next to the port?", "what was built near the dam?": the thing put beside a place
                             r"|^\s*what(?:'s|s| is| are| was| were| has been| have been| will be)\s+(?:built|[a-z]+ed)\s+"
                             r"(?:next\s+to|near|beside|alongside|adjacent\s+to|close\s+to|opposite)\b")


_CALLED_IT = lazy_compile(r"^\s*(?:what|how)\s+(?:did|does|do|has|have)\s+.{1,40}?\s+call\b|^\s*who\s+(?:has\s+|have\s+)?call(?:s|ed)\s+\S+.{0,30}?\s+an?\s"
                          # "who called hlj pivotal": a name, then what it was called, bare
                          r"|^\s*who\s+(?:has\s+|have\s+)?call(?:s|ed)\s+(?!(?:for|on|off|up|in|out|back|the|a|an|this|that)\b)\S+\s+(?!(?:for|on|off|up|in|out|back)\b)\w+\W*$",
                          re.IGNORECASE)
_CALLED_IT = Guarded(_CALLED_IT, ("call",), fold=True)


def asks_thing_done(lower: str) -> bool:
    """ "What's getting cut?", "what got put into operation?": the thing something was done to.
    "What's Mongolia's second-largest export?": one thing ranked among goods, not an amount."""
    return _WHAT_IS_DONE.match(lower) is not None or _WHAT_TOP_ONE.match(lower) is not None


# "whats mongolias 2nd biggest export", "what is the country's main import": a good named by its
# rank, in the singular ("Coal is Mongolia's biggest export"); "its biggest exports" are an amount.
# ("what is laos' biggest export category": a possessive of a name ending in s, a bare apostrophe)
_WHAT_TOP_ONE = lazy_compile(r"^\s*what(?:'s|’s|s| is| was)\s+(?:the\s+|its\s+|their\s+|[\w.-]+(?:['’]s?|s)\s+)?"
                             r"(?:(?:2nd|3rd|second|third|next)[\s-]+)?(?:top|biggest|largest|main|leading|major|chief)[\s-]+"
                             r"(?:export|import|crop|commodity|product)\b(?!\s+(?:market|destination|partner|buyer|earning|revenue|value)s?\b)")


_MAKES_THINGS = lazy_compile(r"^\s*what\s+(?:will|would|does|do|did|is|are|was|were|could|can)\s+.{1,60}?\s(?:produce|producing|manufacture|manufacturing|"
                             r"build|building|assemble|assembling|provide|providing|supply|supplying|make there|produce there)(?:\s+(?:to|for)\s+[\w\s'’-]{1,40}?)?\s*\??\s*$")
# "what did kiwifruit overtake?", "what has copper displaced as the top export?": a rival passed in
# a ranking is a thing; a level passed ("exports surpassed $5 billion") is only asked with a rank after
# ("what did X pass to become the biggest ...").
_OVERTOOK_THING = lazy_compile(r"^\s*what\s+(?:did|does|do|has|have|had|will|would|could)\s+.{1,50}?\s"
                               r"(?:(?:overtake|overtaken|overtook|dethrone|dethroned|unseat|unseated|displace|displaced|supplant|supplanted)\b"
                               r"|(?:pass|passed|surpass|surpassed|beat|beaten|top|topped|outstrip|outstripped|replace|replaced)\s+"
                               r"(?:to\s+become|as)\s)")
# "what exports did the government ban?", "which imports has it barred?": the kind of goods a rule
# stops or spares, named after "what" and its noun.
_BARRED_THINGS = lazy_compile(r"^\s*what\s+(?:[a-z-]+\s+){0,2}(?:did|does|do|has|have|had|will|would|is|are|was|were)\s+.{1,60}?\s"
                              r"(?:ban|banned|bar|barred|prohibit|prohibited|outlaw|outlawed|exempt|exempted)\s*\??\s*$")
_HOLDS_THINGS = lazy_compile(r"^\s*what\s+(?:will|would|does|do|did|is|are|was|were|could|can)\s+.{1,60}?\s"
                             r"(?:include|cover|comprise|consist of|contain|encompass|involve)\s*\??\s*$")
# "what does Westbay use to get the ore out to ships?", "what does the protocol require before leaf
# is shipped?": the means or the condition, whatever measure ("ships") the rest of it names.
_USES_THINGS = lazy_compile(r"^\s*what\s+(?:will|would|does|do|did|could|can)\s+.{1,60}?\s(?:use|require)\b(?!\s+(?:to\s+)?(?:pay|spend|invest|raise)\b)")
_WHAT_TOP_PLURAL = lazy_compile(r"^\s*what(?:'s| are| were)\s+(?:the\s+)?(?:top|biggest|largest|main|leading|major)\s+(?:\d+\s+|five\s+|three\s+|ten\s+)?"
                                r"(?:[\w-]+\s+){0,2}?(?P<head>[a-z]+s)(?:\s+(?:for|of|in|at|to|from|on|that|which|sending|buying|selling)\b|\s*\??\s*$)")
# "what goods dominate ...", "which farm products does it sell": the things asked, by a word for them.
_WHAT_THINGS = lazy_compile(r"^\s*(?:what|which)\s+(?:[\w-]+\s+){0,2}?(?P<head>[a-z]+s)\b")
_WHAT_PLURAL = lazy_compile(r"^\s*what\s+(?:[\w-]+\s+){0,2}?(?P<head>[a-z]+s)\s+(?:did|does|do|has|have|had|are|were|will|would|could|can)\b")
_WHAT_DONE_FOR = lazy_compile(r"^\s*what\s+(?:will|would|did|does|do|has|have|had|could|can|should|must)\s+(?P<before>(?:[\w'’.-]+\s+){1,5}?)"
                             r"(?P<verb>[a-z]+)\s+for\s")
_STATES_A_FIGURE = frozenset("book say forecast expect estimate project see target guide report".split())
_WHAT_ONE = lazy_compile(r"^\s*what\s+(?:(?P<pre>[a-z]+)\s+)?(?P<head>[a-z]+)(?:\s+(?:to|of|on|for|in)\s+[\w-]+)?\s+(?:did|does|do|has|have|had|is|was|will|would|could|can)\b")


_ABOUT = re.compile(
    r"\b(?:article|story|piece|headline|title|byline|this report|the report)\b|\bwho (?:wrote|published|reported) (?:this|it)\b"
    r"|\bnews agency\b|\bwhat(?:'s| is) (?:this|it) about\b|\bsummar|\btl;?dr\b|\bwhat (?:source|publication)\b"
    r"|\b(?:when|what (?:day|date)|which day) (?:was|is) (?:this|it|the article|the story) (?:published|written|filed|posted|out|from|dated)\b|\bwhich (?:news )?(?:agency|outlet|newspaper|paper|wire|organi[sz]ation|service|site|publication)\b"
    r"|\bwho (?:published|wrote|filed) (?:this|it|the article|the story|the piece)\b"
    r"|\b(?:reporter|journalist|correspondent|writer)\b"
    r"|^\s*(?:what(?:'s|s| is)? )?(?:the )?(?:source|author|publisher|dateline)\??\s*$|\bwho (?:is the )?(?:author|source)\b"
    # "what's the publication date on this?"
    r"|\bpublication date\b|\bpublish(?:ed|ing)? date\b|\bdate (?:on|of) (?:this|it)\b"
    # "main points?", "the gist", "sum it up": the summary
    # ("give me the main points in a few bullets": how to lay them out, still the summary)
    r"|^\s*(?:(?:what(?:'s|s| is| are)?|give me|list|tell me)\s+)?(?:the\s+)?(?:main|key|big) (?:points?|facts|takeaways?|news|things)"
    r"(?:\s+(?:in|as)\s+(?:a\s+few\s+|a\s+couple\s+(?:of\s+)?|some\s+|three\s+|five\s+|\d\s+)?(?:bullets?|bullet points|points|lines|sentences|words)"
    r"|\s+(?:briefly|quickly|please))?\s*[?.!]*\s*$"
    r"|^\s*(?:what(?:'s|s| is)?\s+)?(?:the\s+)?(?:gist|rundown|overview|highlights|upshot|headlines)\s*[?.!]*\s*$"
    r"|\bsum (?:it|this|that) up\b|\bin a nutshell\b|\bbrief me\b|\bgive me the (?:gist|rundown|short version)\b"
)
# Asking for the rate a currency pair implies; the derived handler reads the same pattern.
EXCHANGE_RATE = lazy_compile(
    r"\bexchange rate\b|\bimplied rate\b|\brate (?:is |does )?impl"
    r"|\b(?:yuan|dollar|euro|rupee|rouble|ruble|pound|crown|yen)-(?:dollar|yuan|euro|rupee|rouble|ruble|pound|crown|yen) rate\b"
    # "yuan per dollar", never "dollars per mmbtu" (a price of a unit)
    r"|\b(?:yuan|dollars?|euros?|roubles?|rubles?|pounds?|rupees?|reais|real|yen|crowns?) (?:per|to the|to a|for each|for one)[- ](?:us |u\.s\. |[a-z]+ )?"
    r"(?:dollar|yuan|euro|rupee|roubl|rubl|pound|crown|yen|franc|peso|real|won|rand|lira|baht|dong|shilling|dirham|riyal|naira|ringgit|rupiah|zloty|forint|krone|krona)"
    # "the yuan/usd rate": a pair written with a slash, as dealers write it
    r"|\b(?:[a-z]+/(?:usd|dollar|euro|yuan)|(?:usd|dollar|euro|yuan)/[a-z]+)\s+(?:exchange\s+)?rate\b"
    r"|\b\w+-per-\w+ rate\b|\bper[- ](?:dollar|yuan|euro|pound|rouble|ruble|rupee)\b|\bto the (?:dollar|euro|pound)\b"
    r"|\b\w+-(?:to-)?(?:dollar|euro|yuan|pound) (?:exchange )?rate\b|\b(?:dollar|euro)-(?:to-)?\w+ (?:exchange )?rate\b"
    r"|\b\w+ to (?:the |a )?(?:dollar|euro|yuan|pound) (?:exchange )?rate\b|\brate\b[^?.]{0,40}\bimpl(?:y|ies|ied)\b"
    # "the implied tenge dollar rate": the pair written with a space, after "implied"
    r"|\bimplied\s+(?:[a-z]+[\s-]+){1,3}?rate\b"
)
# "How much pricier is Asia-Europe than transpacific?": a comparative with "than" asks the
# difference of two stated figures; "than a year ago" asks a change, which the figure states.
# "how much cheaper per kwh is the phase 2 tariff vs phase 1": a unit after the comparative, and
# "vs" or "compared with" setting the two sides as "than" does.
HOW_MUCH_THAN = re.compile(r"\bhow much [a-z]{2,}(?:er|ier)\b(?:\s+(?:per|a|an)\s+[a-z]+\b)?(?=[^?]*\b(?:than|vs\.?|versus|compared (?:with|to))\s+"
                          r"(?!(?:(?:a|one|the)\s+(?:year|month|quarter|week)\s+(?:ago|earlier|before)|last\s+(?:year|month|quarter|week)|before)\b))")
# "how many megawatts higher was this year's peak than last year's", "how many cents per kwh
# cheaper is the new tariff than the 2021 one": a unit between "how many" and the comparing word,
# a difference of two levels like "how many more"; "how many days quicker is the rail trip than
# going via Durban" the same of two durations or lengths. "vs" and "compared with" set the two
# sides as "than" does ("how many days less do ships wait at lekki vs apapa").
# A scale before the unit ("how many bn yuan bigger") is part of the unit.
HOW_MANY_THAN = re.compile(r"\bhow many (?:(?:bn|billions?|mn|mln|millions?|thousands?|trillions?|tn)\s+(?:of\s+)?)?[a-z][\w-]*(?: (?:per|a|an) [a-z][\w-]*)? (?:higher|lower|bigger|smaller|larger|greater|cheaper|dearer"
                           r"|pricier|costlier|quicker|faster|slower|shorter|longer|less|fewer)\b(?=[^?]*\b(?:than|vs\.?|versus|compared (?:with|to))\s)")
# "how many days does the new rail route save?", "how many days quicker is the direct voyage":
# the time one way saves over another, the gap between two durations the article states.
TIME_SAVED = lazy_compile(r"\bhow many (?P<unit>hours|days|weeks|months)\b(?:[^?]*\b(?:saves?|saved|saving|shaves?|shaved|shortens?|shortened)\b"
                          r"|\s+(?:quicker|faster|shorter|sooner|less)\b)")
# "how much per tonne would shippers save going by rail instead of road": the same of two prices
PRICE_SAVED = lazy_compile(r"\bhow much (?:per|a|an) [a-z]+\b[^?]*\b(?:saves?|saved|saving)\b[^?]*\b(?:instead of|rather than|than|vs\.?|versus|compared (?:with|to))\s")
# "how much capacity does the plant have now, before the new trains are added?": the level an
# addition the article states starts from.
BEFORE_ADDED = lazy_compile(r"\bhow (?:much|many)\b[^?]*\bbefore the\s+(?:[\w-]+\s+){0,3}?(?:is|are|get|gets|go|goes|come|comes)\s+"
                            r"(?:added|built|completed|installed|commissioned|connected|online|on line|on stream|into service)\b")
_DERIVED = re.compile(
    BEFORE_ADDED.pattern + r"|"
    r"\bby how many\b[^?]*\byear\s+(?:earlier|before|ago)\b|"  # "by how many yuan ... from a year earlier": a difference
    r"\bby how many\b[^?]*\b(?:vs\.?|versus|from|on|over|than|compared (?:with|to))\s+last year\b|"  # "... go up vs last year": the same
    # "how many bn yuan more did they ship vs the year before": "how many more" with the unit between
    r"\bhow many (?!(?:percentage |basis )?points?\b|percent\b|per cent\b)(?:[a-z$€£¥][\w.-]* ){1,3}(?:more|less|fewer)\b[^?]*\b(?:vs\.?|versus|from|on|over|than|compared (?:with|to))\s+"
    r"(?:(?:a|one|the)\s+(?:year|yr)\s+(?:earlier|before|ago)|last (?:year|yr)|the (?:previous|prior) (?:year|yr))\b|"
    # "shrink from a year ago", "up on a year earlier": the base of the change asked, not a computation
    r"\b(?:this|the same) (?:time|point|stage|date) (?:last|a) (?:year|season)\b|"  # "planted by this time last year"
    r"\b(?<!from )(?<!than )(?<!with )(?<!over )(?<!since )(?<!on )(?<!versus )(?<!vs )(?:a|one|the)\s+(?:fiscal\s+|financial\s+)?(?:year|season)\s+(?:earlier|before|ago)\b|(?<=[a-z]{3} )(?<!from )(?<!than )(?<!with )(?<!over )(?<!since )(?<!versus )(?<!one )(?<!the )year\s+(?:earlier|ago|before(?!\s+(?:last|the|a|an|its|their|his|her|that|this|[a-z]+['’]s)\b))\b|\b(?:previous|prior) (?:fiscal |financial )?(?:year|season)\b|\blast season\b|\blast year'?s?\s+(?:level|value|figure|exports|trade)\b"
    r"|" + EXCHANGE_RATE.pattern +
    # "how many tonnes short of the forecast": the unit between, the outcome against its forecast
    r"|\bhow many [a-z$€£¥][\w.-]* (?:short of|below|above|ahead of|behind) (?:the |its |their )?(?:[\w-]+ )?(?:forecasts?|targets?|goals?|estimates?|expectations?|consensus|plan|projections?)\b"
    r"|\blast year'?s\s+\w+|\bdifference\b|\bgap between\b|\bhow far apart\b|\bhow (?:much|many)\b[^?]*\bapart\b|\bhow much (?:more|less|higher|lower|bigger|smaller)\b(?![^?]*\bthan\s+(?:(?:a|one|the)\s+(?:year|month|quarter|week)\s+(?:ago|earlier|before)|last\s+(?:year|month|quarter|week)|before)\b)|" + HOW_MUCH_THAN.pattern + r"|\bhow many (?:more|fewer|less|extra|additional)\b|" + HOW_MANY_THAN.pattern + r"|\bhow (?:far|much) (?:above|below|over|under|short of|ahead of|behind)\b(?!\s+(?:the\s+)?(?:normal|average|usual|long-period average|par)\b)|\bhow far (?:off|out)\b(?!\s+(?:the|from)\s+(?!(?:mark|target|forecast|consensus|estimate|expectation|guidance|goal|poll|plan)s?\b)[a-z])|\bby how (?:much|many)\b.*\b(?:miss|missed|beat|exceed|exceeded|undershoot|overshoot|top|topped)\b|\bcombined\b(?!\s+(?:company|group|firm|entity|business|bank|lender|operator|steelmaker|airline|carrier|workforce|capacity))|\bbefore (?:the|[a-z]+'s)\s+(?:[\d.]+\s*%\s+)?(?:rise|increase|growth|fall|drop|cut|hike|jump|decline|surge)\b|\bsame (?:\w+ )?(?:quarter|period|months?|weeks?|fortnights?|half|stretch|day|date) (?:of )?(?:last year|(?:a|one|the) year (?:earlier|ago|before)|(?:the )?(?:previous|prior) year)\b"
)


# "according to the article", "does the story imply": the article as the authority for a fact,
# not as the thing asked about.
_ARTICLE_AS_SOURCE = lazy_compile(
    # ("quoted in the durian story": the story by its subject, still the article; "in the whole
    # piece" is the article asked about as a whole)
    r"\b(?:according to|in|from|does|did|do|would|will)\s+(?:this|the)\s+(?:(?!whole\b|entire\b|full\b)[a-z-]+\s+)?(?:article|story|piece|report)\b"
    r"|\b(?:the|this)\s+(?:article|story|piece|report)\s+(?:says?|said|implies|imply|mentions?|states?|gives?|shows?|reports?)\b"
    # ("named ... at the top of the story": where in the article, still the article as source)
    r"|\b(?:at|near)\s+the\s+(?:top|start|beginning|head)\s+of\s+(?:this|the)\s+(?:article|story|piece|report)\b"
)
_ABOUT_WORDS = frozenset("article story piece report say imply mention state give show about".split())


def _cites_article(query: Query, lower: str) -> bool:
    rest = _ARTICLE_AS_SOURCE.sub(" ", lower)
    if rest == lower or _is_about_article(rest):
        return False
    return bool(query.numbers or query.entity_keys) or any(
        t.lemma not in _ABOUT_WORDS and not (t.keys & _ABOUT_WORDS) for t in query.required)


# "Which agency", "reporters": words that ask about the article only when nothing else is asked.
# "when did state TV put out the report on the 40 Russian firms?": a report on a topic, some body's.
_BODY_OR_PRESS = lazy_compile(r"\bwhich (?:agency|outlet|organi[sz]ation|service|site)\b|\b(?:reporter|journalist|correspondent|writer)s?\b"
                              r"|\b(?:put out|puts out|released?|published|issued?) the report (?:on|about|into)\b")
_PUBLISHING_WORDS = _ABOUT_WORDS | frozenset(
    """agency outlet newspaper paper wire organisation organization service site publication source author publisher
    reporter journalist correspondent writer write publish file news come run carry produce name
    put release issue post print""".split())  # "which outlet put this out?"


def _asks_about_a_body(query: Query, lower: str) -> bool:
    """ "Which agency made the crop forecast?" asks for a body of the story, "where did Whitfield
    brief reporters?" for a place: not about the article, though they name an agency or reporters."""
    if not _BODY_OR_PRESS.search(lower) or _is_about_article(_BODY_OR_PRESS.sub(" ", lower)):
        return False
    # ("the $21.18bn number came from which agency": a figure asked is the story's, told by a body of it)
    return bool(query.entity_keys or query.numbers) or any(t.lemma not in _PUBLISHING_WORDS and not (t.keys & _PUBLISHING_WORDS) for t in query.required)


# Searched only in a question with a word one of its branches needs (Guarded, knowledge.lazy_re):
# "s this " and "s it " stand for "was this", "is it" ... in "when was this published".
_ABOUT_GUARDED = Guarded(_ABOUT, (
    "article", "story", "piece", "headline", "title", "byline", "report", "wrote", "published", "agency", "about", "summar",
    "tl;dr", "tldr", "source", "publication", "s this ", "s it ", "outlet", "paper", "wire", "organi", "service", "site",
    "filed", "journalist", "correspondent", "writer", "author", "publisher", "dateline", "publish", "date on", "date of",
    "points", "point", "facts", "takeaway", "news", "things", "gist", "rundown", "overview", "highlights", "upshot", "headlines",
    "sum ", "nutshell", "brief me", "short version"))
# The same for _DERIVED: the currency words stand for the exchange-rate branches without "rate".
_DERIVED_GUARDED = Guarded(_DERIVED, (
    "year", "season", "rate", "yuan", "dollar", "euro", "roubl", "rubl", "pound", "rupee", "reais", "real", "yen", "crown",
    "difference", "gap between", "how far", "how much", "how many", "by how", "combined", "before ", "same"))


# "whats the headline inflation rate", "the headline figure": a headline that qualifies a measure
# names the measure's all-items reading, not the article's title.
_HEADLINE_MEASURE = lazy_compile(r"\bheadline\s+(?P<next>[a-z]+)\b")


# "gurcan karakas's job title", "what is her title": a person's title, not the article's.
_PERSONS_TITLE = lazy_compile(r"\b(?:job|official|formal|his|her|their|(?!(?:article|story|piece|report|news|paper)['’])[a-z]+['’]s?)\s+titles?\b|\btitles?\s+(?:does|did|do|is|was)\s+(?!(?:the|this|it)\b)[a-z]")


def _is_about_article(lower: str) -> bool:
    if "headline" in lower:
        lower = _HEADLINE_MEASURE.sub(lambda m: m["next"] if lemma(m["next"]) in MEASURES | VALUE_WORDS else m[0], lower)
    if "title" in lower:
        lower = _PERSONS_TITLE.sub(" ", lower)
    return bool(_ABOUT_GUARDED.search(lower))


# "are palay prices higher than they were a year ago?" compares with the base as "than a year ago"
# does: the restated subject between "than" and the time asks no computation.
_THAN_RESTATED = lazy_compile(r"\bthan (?:they|it|he|she|we|this|that|these|those) (?:were|was|are|is|did|had been|have been|has been) ")


# _DERIVED is one alternation of some forty branches, and a question holding any word of its guard
# (nearly every "how much" or "year") was searched with all of them at every position: some 0.4 M
# instructions, the costliest search of parsing. Its branches fall in four families, each needing
# a word of its own (a test checks each branch against its family's words), so a question is only
# searched with the families it holds a word of: the exchange-rate branches, a third of the
# pattern, only where a currency or a rate is named. A match of any branch is a match of the whole.
_DERIVED_FAMILY_WORDS: tuple[tuple[str, ...], ...] = (
    ("how many", "how much", "how far"),
    ("year", "season"),
    ("rate", "yuan", "dollar", "euro", "roubl", "rubl", "pound", "rupee", "reais", "real", "yen", "crown"),
    ("difference", "gap between", "combined", "before ", "same "),
)
# The family of each top-level branch of _DERIVED, in order.
_DERIVED_BRANCH_FAMILIES = (3, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 1, 3, 3, 0, 0, 0, 0, 0, 0,
                            0, 0, 0, 3, 3, 3)
# A pattern's pieces that can hold a "|" not between branches: an escape, a character class, a bracket.
_PATTERN_PIECE = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|[()|]|[^\\\[()|]+", re.DOTALL)


def top_level_branches(pattern: str) -> list[str]:
    """The branches of a pattern's outermost alternation, as pattern texts ("a|(b|c)": "a", "(b|c)")."""
    branches, current, depth = [], [], 0
    for piece in _PATTERN_PIECE.findall(pattern):
        if piece == "|" and depth == 0:
            branches.append("".join(current))
            current = []
            continue
        depth += piece == "("
        depth -= piece == ")"
        current.append(piece)
    return [*branches, "".join(current)]


def _derived_families() -> tuple[Guarded, ...]:
    """_DERIVED as one guarded pattern a family (or whole, should its branches not be the ones
    numbered above)."""
    branches = top_level_branches(_DERIVED.pattern)
    if len(branches) != len(_DERIVED_BRANCH_FAMILIES):
        return (_DERIVED_GUARDED,)
    return tuple(Guarded(lazy_compile("|".join(b for b, f in zip(branches, _DERIVED_BRANCH_FAMILIES) if f == family)), words)
                 for family, words in enumerate(_DERIVED_FAMILY_WORDS))


_DERIVED_FAMILIES = _derived_families()


def _is_derived(lower: str) -> bool:
    if "than" in lower:
        lower = _THAN_RESTATED.sub("than ", lower)
    for family in _DERIVED_FAMILIES:
        if family.search(lower):
            return True
    return False
