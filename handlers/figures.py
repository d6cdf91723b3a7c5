"""How much / how many / what percentage: the one figure that fits every slot of the question."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from knowledge import gazetteer as gz
from knowledge.entities import DEMONYMS, canonical_place
from knowledge.dates import MONTHS, find_times
from knowledge.extract import SAME_FACT
from knowledge.lazy_re import at_boundary, follows, lazy_compile, literal_starts, word_spans
from knowledge.lexicon import GOODS_FLOWS, MEASURES, OPPOSITES, PRICE_NOUNS, STOPWORDS, SYNONYMS, VALUE_WORDS
from knowledge.numbers import SPELLED_NUMBERS, is_currency_word, is_vague, range_end
from knowledge.store import EntityRow, FigureRow, MentionRow, SentenceRow, Store, normalise_name
from knowledge.text import is_content, lemma, phrase_keys, token_keys, tokenize

from handlers.compose import citation, clause_window, make_answer
from handlers.arithmetic import PLACE_AFTER_FIGURE, asks_share_of, change_between, content_keys, part_from_next_share, part_from_share, part_from_which_share, part_from_share_before, part_of_cost, per_head, whole_from_stake, share_of, states_level_at_base, whole_from_share
from handlers.context import Ask
from handlers.conversation import Turn
from handlers.evidence import DURATION_UNIT, story_opening, HOW_FAR, LENGTH_UNIT, IN_PLACE, ranked_above, PRICE_PER_UNIT, SUBUNITS, OWNED_SHARE, asked_as_end, EXPECTATION, pair_between, GOES_ON, FIRM_MEASURES, HOME_SUFFIX, Evidence, analysed, asks_forecast, asides_around, capital_of, clause_text, epithet, home_place, listed_together, named_by, own_clause, place_elsewhere, places_told, question_anchors, spoken_at, respective_figures, same_span, span_clause, term_spots, token_distance
from handlers.models import Answer
from handlers.suggest import figure_question
from handlers.query import HOW_DEEP, WEIGHT_ASKED, DOWN_KEYS, ONE_PRICED, PER_UNIT, SHARE_ASKED, TRADE_FLOW, UP_KEYS, WHOLE_WORDS, RANGE_KEYS, Query, Term, asked_extreme, asks_amount_earned, asks_amount_of_a_thing, asks_money_outright, asks_return, currency_asked, currency_code, resolve_times, says_opposite, stated_bases, TURN_WORD

_KIND_FIT: dict[str, dict[str, float]] = {
    "count": {"count": 2.0, "number": 1.0, "quantity": 1.0, "percent": -3.0, "money": -3.0},
    "percent": {"percent": 2.5, "money": -0.5, "count": -2.0, "quantity": -1.0, "number": -1.0},
    "money": {"money": 2.5, "percent": -0.5, "count": -2.0, "quantity": -1.0, "number": -1.0},
    "change": {"percent": 2.0, "money": 0.5, "count": 0.0, "quantity": 0.5, "number": 0.0},
    "level": {"money": 1.5, "quantity": 1.0, "count": 0.8, "percent": 0.5, "number": 0.0},
    "quantity": {"quantity": 2.5, "count": 0.5, "percent": -2.0, "money": -2.0, "number": -1.0},
    "duration": {"money": -3.0, "percent": -3.0, "count": -2.0, "number": -2.0},
}


@dataclass(slots=True)
class Pick:
    figure: FigureRow
    evidence: Evidence
    score: float


def handle(ask: Ask) -> Answer | None:
    if ask.query.intent != "figure":
        return None
    for ev in ([] if _rate_stated_below(ask.query, ask.pool.accepted[:5]) else ask.pool.accepted[:5]):
        # "By how much are wheat exports expected to fall?": two levels of what is asked, in the
        # best sentences that name it in the levels' own clause.
        if not query_change_without_rate(ask.query, ev) and not states_level_at_base(ask.query, ev):
            if any(f.direction == ask.query.direction and (f.kind == "percent" or ask.query.wants != "percent")
                   and _clause_names_asked(ask.query, ev, f) for f in ev.figures):
                break  # a better sentence states the change itself: "cut by 50 basis points"
            continue  # "returned 4.6%" states no fall of the fund's value
        if _names_in_clause_of_levels(ask.query, ev):
            derived = change_between(ask, ev)
            if derived:
                return derived
    accepted = ask.pool.accepted[:10]
    dates = {a: info.date for a in {e.sentence.article_id for e in accepted} if (info := ask.store.article(a))}
    homes = {h for a in dates if (h := home_place(ask.store, a)) is not None}
    picks = rank_figures(ask.query, accepted, dates, headline_places(ask.store, accepted), homes)
    if _part_of_given(ask.query):
        # "how many of the 2600 new jobs will go to bruneians": a part is told beside its whole;
        # "3,900 people, 58% of them Bruneian" is a share of another whole
        picks = [p for p in picks if any(g.value in ask.query.numbers for g in p.evidence.figures)]
        if not picks:
            return None
    share = asks_share_of(ask.query.text)
    if share and not (picks and picks[0].figure.kind == "percent" and _states_share(picks[0], share["part"])):
        # The article gives the part and the whole but not the share: compute it.
        computed = share_of(ask, share)
        if computed:
            return computed
    # the stake's sentence need not name the deal asked ("agreed to buy a 51% stake in ..."):
    # the thing it is in, asked, is checked instead
    stake = whole_from_stake(ask, ask.pool.evidence[:8])
    if stake:
        return stake
    if not picks:
        return (_count_listed(ask) or _count_listed_within(ask) or _span_counted(ask) or _count_kinds_listed(ask)
                or _count_span_listed(ask) or _one_named(ask)
                # "Vietnam bought 58% of the shipments" tells no tonnes asked, so none is accepted
                or part_from_share_before(ask, accepted + [e for e in ask.pool.evidence[:6] if not e.accepted])
                or _part_of_a_share_taken(ask) or part_of_cost(ask, accepted + [e for e in ask.pool.evidence[:6] if not e.accepted])
                or _headline_restated(ask))
    best = _body_over_headline(picks)
    if other_period(ask.query, best.figure, dates.get(best.evidence.sentence.article_id, "")) >= NO_OVERLAP:
        # "cash remittances in October last year" over "totalled $29.86 billion in the January-October
        # period" of this year: the best figure is of no part of the period asked, so the level a
        # year on, worked back by its rate ("rose 4.2% from a year earlier to $3.42 billion in
        # October"), answers before it; derived reads figures, so it is imported here.
        from handlers.derived import handle_year_before
        worked_back = handle_year_before(ask)
        if worked_back is not None:
            return worked_back
        if _month_asked_other_month(ask, best):
            return None
    elif _month_asked_within_longer(ask, best, dates.get(best.evidence.sentence.article_id, "")):
        return None
    rivals = [p for p in picks[1:] if p.evidence.sentence.article_id != best.evidence.sentence.article_id
              and p.figure.kind == best.figure.kind and best.score - p.score < 0.8]
    if rivals:
        if rivals[0].figure.value != best.figure.value or rivals[0].figure.unit != best.figure.unit:
            return _several(ask, [best, rivals[0]])
        # Two articles agree: one answer, both cited.
        return make_answer(ask.question, "figure", figure_text(best.figure, best.evidence.sentence.text),
                           confidence=0.9, citations=[citation(ask.store, p.evidence.sentence) for p in (best, rivals[0])])
    computed = (per_head(ask, best.figure, best.evidence) or whole_from_share(ask, best.figure, best.evidence)
                or part_from_share(ask, best.figure, best.evidence) or part_from_next_share(ask, best.figure, best.evidence)
                or part_from_which_share(ask, best.figure, best.evidence))
    if computed:
        return computed
    whole = _whole_of_the_parts(ask, best)
    if whole is not None:
        return whole
    if _level_for_yearly_change(ask.query, best):
        return None
    runner = picks[1] if len(picks) > 1 else None
    margin = best.score - runner.score if runner else 3.0
    return make_answer(
        ask.question, "figure", figure_text(best.figure, best.evidence.sentence.text, ask.query.currency),
        confidence=_confidence(best, margin),
        citations=[citation(ask.store, best.evidence.sentence)],
        alternatives=_close_readings(best, picks[1:]),
    )


def _headline_restated(ask: Ask) -> Answer | None:
    """ "how much is the expansion costing in brunei dollars" over the headline's "$13.6 billion
    expansion": a headline gives no conversion, but its lead restates the amount with one
    ("$13.6 billion (B$18.2 billion)"), the same amount in the currency asked."""
    query = ask.query
    if not query.currency or query.wants != "money":
        return None
    for ev in ask.pool.accepted[:3]:
        if ev.sentence.paragraph != 0:
            continue
        for f in ev.figures:
            if f.kind != "money" or not _in_another_currency(query, f):
                continue
            for g in ask.store.figures_with_value(f.value):
                if g.article_id == f.article_id and g.paragraph > 0 and g.kind == "money" and g.currency == f.currency \
                        and g.scale == f.scale and currency_asked(query.currency, g.alt_currency) \
                        and (sentence := ask.store.sentences([g.sentence_id]).get(g.sentence_id)) is not None:
                    return make_answer(ask.question, "figure", figure_text(g, sentence.text, query.currency), confidence=0.7,
                                       citations=[citation(ask.store, sentence)])
    return None


def _level_for_yearly_change(query: Query, best: Pick) -> bool:
    """ "sept trade up how much yoy" over "In September, trade surged to $21.18 billion, the highest
    since February 2022": a level reached, against no year before, tells no year-on-year rise."""
    f, text = best.figure, best.evidence.sentence.text
    return (query.wants == "change" and query.basis == "year" and f.kind != "percent"
            and _level_before(text[max(0, f.start - 45) : f.start]) and "year" not in stated_bases(text))


def _whole_of_the_parts(ask: Ask, best: Pick) -> Answer | None:
    """ "how much cash did they pull in from the bond deal?" asks no one part of "The deal
    comprised $4 billion of five-year notes, $3.5 billion of 10-year notes and $4 billion of
    30-year bonds": the sum stated elsewhere ("raised $11.5 billion from a three-part dollar bond
    sale") answers, unless the question names the words of the part picked ("the 10-year notes")."""
    f, ev = best.figure, best.evidence
    if f.kind not in ("money", "count", "quantity") or f.direction:
        return None
    parts = [g for g in ev.figures if g.kind == f.kind and g.unit == f.unit and g.scale == f.scale
             and g.currency == f.currency and not g.direction]
    if len(parts) < 2 or f not in parts:
        return None
    parts.sort(key=lambda g: g.start)
    total = sum(g.value for g in parts)
    sums = [(other, g) for other in ask.pool.evidence
            if other.sentence.article_id == ev.sentence.article_id and other.sentence.id != ev.sentence.id and other.coverage >= 0.5
            for g in other.figures
            if g.kind == f.kind and g.unit == f.unit and g.scale == f.scale and g.currency == f.currency
            and abs(g.value - total) <= 0.005 * total]  # "raised $11.5 billion" reads as a rise
    if not sums:
        return None
    # What tells the parts apart: the words between their figures ("of 10-year notes, ") and
    # after the last to the end of its clause ("of 30-year bonds,"), and a label before the
    # first ("Wheat: 112.7 million tonnes; Rice: ..."), not the lead-in that names the whole
    # ("The deal comprised"). A question naming one of those words, and not the sentence of
    # the sum, asks for the part; names asked count as words ("Romanian wheat").
    text = ev.sentence.text
    lead = text[: parts[0].start].rstrip()
    stop = _LIST_CLAUSE_END.search(text, parts[-1].end)
    apart = (phrase_keys(text[parts[0].end : stop.start() if stop else len(text)])
             | (phrase_keys(lead) if lead.endswith((":", "-")) else frozenset()))
    # Every word of the question, as written: "the 10-year notes" makes no term of "10".
    tokens = tokenize(ask.query.text)
    asked = [k for t, k in zip(tokens, token_keys(tokens)) if is_content(t) or t.lower[:1].isdigit()]
    asked += [phrase_keys(name) for name in ask.query.entity_keys]
    if any(keys & apart and keys.isdisjoint(phrase_keys(o.sentence.text)) for keys in asked for o, _ in sums):
        return None
    if _part_named_alone(asked, parts, f):
        return None
    if any(0 <= m.start - f.end <= 30 and _IN_AFTER.search(text[f.end : m.start]) and named_by(e, ask.query.entity_keys)
           for m, e in ev.mentions):
        return None  # "312 km will be in Kyrgyzstan, 170 km in China ...": the part of the place asked
    # The body states in full what the headline compresses.
    whole, g = min(sums, key=lambda x: x[0].sentence.paragraph == 0)
    return make_answer(ask.question, "figure", figure_text(g, whole.sentence.text, ask.query.currency), confidence=0.8,
                       citations=[citation(ask.store, whole.sentence)])


_LIST_CLAUSE_END = lazy_compile(r"[,;.]\s")


def _part_named_alone(asked: list[frozenset[str]], parts: list[FigureRow], f: FigureRow) -> bool:
    """ "estimated cost of the railway" over "put the cost of the double-track railway at $10.5
    billion and the parallel six-lane motorway at $6.5 billion": when each part measures a thing
    of its own, a question word naming the picked part's thing and no other part's asks that
    part, though the sum's sentence names them all ("link the port ... by rail and motorway").
    What the head before "of" says ("cost of") is said of them all, so it tells none apart."""
    measures = [g.measure.split(" of ", 1)[-1] for g in parts]
    if not all(measures) or len(set(measures)) < len(measures):
        return False
    own = [phrase_keys(m) for m in measures]
    mine = own[parts.index(f)]
    others = frozenset().union(*(k for g, k in zip(parts, own) if g is not f))
    return any(keys & mine and keys.isdisjoint(others) for keys in asked)


def _states_share(pick: Pick, part: str) -> bool:
    """ "SUVs accounted for 58.3% of sales": the percentage stated for the part asked."""
    clause = phrase_keys(clause_text(pick.evidence.sentence.text, pick.figure.start, pick.figure.end))
    return all(k & clause for k in content_keys(part))


# The verbs a share's "with Thailand taking 71% of the total" stands for.
_TAKING = frozenset({"buy", "import", "take", "receive", "purchase", "get"})


def _part_of_a_share_taken(ask: Ask) -> Answer | None:
    """ "how many gwh did thailand buy" over "Electricity exports reached 28,400 GWh ..., with
    Thailand taking 71% of the total": the share's taking is the buying asked, the only word the
    sentence missed, and the sentence's one amount is the whole."""
    for ev in ask.pool.evidence[:4]:
        if ev.accepted or not ev.missing or any(not t.keys & _TAKING for t in ev.missing):
            continue
        # one amount told: the unit asked, which the sentence has, is that amount's
        wholes = [f for f in ev.figures if f.kind in ("money", "quantity", "count") and f.unit != "%"]
        answer = part_from_share(ask, wholes[0], ev) if len(wholes) == 1 else None
        if answer:
            return answer
    return None


def _body_over_headline(picks: list[Pick]) -> Pick:
    """A headline compresses what the body states in full: when the body gives the same figure
    ("$2 billion" as "38 billion pesos ($2 billion)"), answer and cite the body."""
    best = picks[0]
    if best.evidence.sentence.paragraph != 0:
        return best
    same = [p for p in picks[1:] if p.evidence.sentence.article_id == best.evidence.sentence.article_id
            and p.evidence.sentence.paragraph > 0 and p.figure.kind == best.figure.kind
            and best.figure.value in (p.figure.value, p.figure.alt_value)]
    return same[0] if same else best


# The kind of name a counted noun lists: provinces are places, companies are bodies.
_NOUNS_OF_KIND = (("place", gz.PLACE_NOUNS), ("org", gz.ORG_NOUNS | {"business", "enterprise", "body"}),
                  ("person", gz.PERSON_NOUNS | {"person", "people", "member"}))
_KIND_OF_NOUN = {"state": "place"}
# Small counts spelt out, by value: how an answer writes them, and how a count is known in text.
NUMBER_WORDS = ("none", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")


def _count_listed(ask: Ask) -> Answer | None:
    """ "How many provinces make up northeast China?" against "comprising the provinces of
    Liaoning, Heilongjiang and Jilin": no figure, but the names listed after the noun count."""
    query = ask.query
    if query.wants != "count" or not query.count_keys:
        return None
    for ev in ask.pool.accepted[:3]:
        text = ev.sentence.text
        mentions = sorted(ev.mentions, key=lambda me: me[0].start)
        for token, keys in zip(*analysed(text)):  # the sentence's words, tokenised once per text
            if not keys & query.count_keys:
                continue
            after = [me for me in mentions if 0 <= me[0].start - token.end <= 12]
            if not after:
                continue
            chain = [after[0]]
            for me in mentions[mentions.index(after[0]) + 1 :]:
                if listed_together(text, chain[-1][0], me[0]):
                    chain.append(me)
                else:
                    break
            kind = _KIND_OF_NOUN.get(token.lemma) or next((k for k, nouns in _NOUNS_OF_KIND if token.lemma in nouns), "")
            names = list(dict.fromkeys(e.name for _, e in chain if e.kind == kind))
            if len(names) >= 2 and len(names) == len({e.name for _, e in chain}):
                n = len(names)
                listed = ", ".join(names[:-1]) + " and " + names[-1]
                reply = f"{NUMBER_WORDS[n].capitalize() if n < len(NUMBER_WORDS) else n}: {listed}."
                return make_answer(ask.question, "figure", reply, 0.5 + 0.3 * ev.coverage, [citation(ask.store, ev.sentence)])
    return None


def _count_listed_within(ask: Ask) -> Answer | None:
    """ "How many Zhejiang cities get Jilin cargo?" against "to ship goods to Zhoushan and Jiaxing
    in the eastern Chinese province of Zhejiang": the places listed just before "in" the place the
    question names are the places of it counted, though no noun "cities" heads the list."""
    query = ask.query
    if query.wants != "count" or not any(k in gz.PLACE_NOUNS or k in _PLACES_COUNTED for k in query.count_keys):
        return None
    for ev in ask.pool.accepted[:3]:
        text = ev.sentence.text
        mentions = sorted(ev.mentions, key=lambda me: me[0].start)
        for i, (row, ent) in enumerate(mentions):
            if ent.kind != "place" or ent.name.lower() not in query.count_mods:
                continue
            before = [me for me in mentions[:i] if _WITHIN_PLACE.fullmatch(text[me[0].end : row.start])]
            if not before:
                continue
            chain = [before[-1]]
            for me in reversed(mentions[: mentions.index(before[-1])]):
                if not listed_together(text, me[0], chain[0][0]):
                    break
                chain.insert(0, me)
            names = list(dict.fromkeys(e.name for _, e in chain))
            if len(names) >= 2 and all(e.kind == "place" for _, e in chain):
                n = len(names)
                listed = ", ".join(names[:-1]) + " and " + names[-1]
                reply = f"{NUMBER_WORDS[n].capitalize() if n < len(NUMBER_WORDS) else n}: {listed}."
                return make_answer(ask.question, "figure", reply, 0.5 + 0.3 * ev.coverage, [citation(ask.store, ev.sentence)])
    return None


def _count_kinds_listed(ask: Ask) -> Answer | None:
    """ "How many kinds of security should Heilongjiang help protect?" against "safeguarding
    national defence, food, and energy security": the words listed before the one noun asked
    are its kinds, counted though no name or figure stands for them."""
    asked = _KINDS_COUNTED.search(ask.query.text)
    if ask.query.wants != "count" or not asked:
        return None
    head = phrase_keys(asked["head"])
    for ev in ask.pool.accepted[:3]:
        text = ev.sentence.text
        for token, keys in zip(*analysed(text)):
            if not keys & head:
                continue
            listed = _KINDS_BEFORE.search(text[: token.start])
            if not listed:
                continue
            kinds = [k.strip() for k in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", listed["items"]) if k.strip()]
            kinds[0] = re.sub(r"^\w+ing\s+", "", kinds[0])  # "in safeguarding water, grain ...": the verb is no kind
            n = len(kinds)
            if n < 2 or n >= len(NUMBER_WORDS):
                continue
            reply = f"{NUMBER_WORDS[n].capitalize()}: {', '.join(kinds[:-1])} and {kinds[-1]} {token.text}."
            return make_answer(ask.question, "figure", reply, 0.5 + 0.3 * ev.coverage, [citation(ask.store, ev.sentence)])
    return None


def _one_named(ask: Ask) -> Answer | None:
    """ "How many trains left for Russia?" against "with a train carrying 55 containers departing
    for Russia": no figure counts trains, but the sentence names a single one with "a"."""
    query = ask.query
    if query.wants != "count" or not query.count_keys or _TOTAL_OR_RATE.search(query.text):
        return None
    for ev in ask.pool.accepted[:1]:
        if any(_counts(f, query.count_keys) for f in ev.figures):
            return None  # a figure counts the thing asked: it, not "a", is the number
        tokens, keys = analysed(ev.sentence.text)
        for i, (token, k) in enumerate(zip(tokens, keys)):
            if i and k & query.count_keys and token.lower == token.lemma and tokens[i - 1].lower in _ONE_ARTICLES:
                return make_answer(ask.question, "figure", f"One: {ev.sentence.text}", 0.4 + 0.3 * ev.coverage,
                                   [citation(ask.store, ev.sentence)])
    return None


def _count_span_listed(ask: Ask) -> Answer | None:
    """ "How many industries do the deals cover?" against "agreements spanning from manufacturing
    and logistics to e-commerce and agriculture": the sectors named at both ends of a "from ... to
    ..." list are counted, though no noun "industries" heads it."""
    if ask.query.wants != "count" or _SECTOR_GROUP not in ask.query.count_keys:
        return None
    for ev in ask.pool.accepted[:3]:
        listed = _FROM_TO_LIST.search(ev.sentence.text)
        if not listed:
            continue
        items = [w for side in ("first", "last") for w in _LIST_SPLIT.split(listed[side]) if w]
        n = len(items)
        if n < 3 or n >= len(NUMBER_WORDS):
            continue  # "from farming to mining" bounds a range; it lists too few to count
        reply = f"{NUMBER_WORDS[n].capitalize()}: {', '.join(items[:-1])} and {items[-1]}."
        return make_answer(ask.question, "figure", reply, 0.5 + 0.3 * ev.coverage, [citation(ask.store, ev.sentence)])
    return None


# the lexicon's group of words for a branch of the economy ("industries", "sectors", "fields")
_SECTOR_GROUP = "sector"
# "from manufacturing and logistics to e-commerce and agriculture": lower-case single words (no
# names, no numbers) joined by commas closed by "and", at both ends of one "from ... to ..."
_LIST_ITEMS = r"[a-z][a-z-]*(?:(?:,\s+[a-z][a-z-]*)*,?\s+and\s+[a-z][a-z-]*)?"
_FROM_TO_LIST = lazy_compile(rf"\bfrom\s+(?P<first>{_LIST_ITEMS})\s+to\s+(?P<last>{_LIST_ITEMS})\b")
_LIST_SPLIT = lazy_compile(r",\s+(?:and\s+)?|\s+and\s+")


# the articles that name one thing, not a number of them
_ONE_ARTICLES = frozenset({"a", "an"})
# "since March", "each month", "so far": a total or a rate is asked, which one thing named does not tell
_TOTAL_OR_RATE = lazy_compile(r"\b(?:since|so\s+far|each|every|per|total|altogether|daily|weekly|monthly|yearly|annually"
                              r"|a\s+(?:day|week|month|year))\b", re.IGNORECASE)


# "how many kinds/types/sorts of security": the noun whose kinds are counted
_KINDS_COUNTED = lazy_compile(r"\bhow\s+many\s+(?:different\s+)?(?:kinds|types|sorts|forms|categories)\s+of\s+(?P<head>[a-z][\w-]*)", re.IGNORECASE)
# "national defence, food, and energy ": a comma list of one or two lower-case words each, closed
# by "and"/"or", right before the noun (a list of names, "Liaoning, Heilongjiang and Jilin", is counted elsewhere)
_KINDS_BEFORE = lazy_compile(r"(?<![\w-])(?P<items>(?:[a-z][\w-]*(?:\s+[a-z][\w-]*)?,\s+)+(?:[a-z][\w-]*\s+)?(?:and|or)\s+[a-z][\w-]*)\s+$")


# "Zhoushan and Jiaxing in the eastern Chinese province of Zhejiang": a short run of words, no clause break
_WITHIN_PLACE = lazy_compile(r"\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,6}(?:of\s+)?")
_PLACES_COUNTED = frozenset({"destination", "stop", "terminal"})


def _span_counted(ask: Ask) -> Answer | None:
    """ "How many months does the Liaoning export figure cover?" against "soared 82.3% in the first
    nine months ... to 42.64 billion yuan": no figure counts months, but the span its figures
    are of does."""
    query = ask.query
    if query.wants != "count" or len(query.count_keys) != 1 or not _SPAN_ASKED.search(query.text):
        return None
    unit = next(iter(query.count_keys))
    if unit not in _UNIT_MONTHS:
        return None
    for ev in ask.pool.accepted[:3]:
        spans = {(f.period_start, f.period_end) for f in ev.figures if f.period_start and f.period_end}
        if len(spans) != 1:
            continue  # "in the first half ... and in June alone": which span is asked is unsure
        start, end = (date.fromisoformat(d) for d in next(iter(spans)))
        if (end + timedelta(days=1)).day != 1 or start.day != 1:
            return None  # a span of days ("the week to Friday"), not of whole months
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        if months < 2 or months % _UNIT_MONTHS[unit]:
            return None
        n = months // _UNIT_MONTHS[unit]
        counted = f"{NUMBER_WORDS[n] if n < len(NUMBER_WORDS) else n} {unit}{'s' if n > 1 else ''}"
        reply = f"{counted[0].upper()}{counted[1:]}: {ev.sentence.text}"
        return make_answer(ask.question, "figure", reply, 0.5 + 0.3 * ev.coverage, [citation(ask.store, ev.sentence)])
    return None


# "covers how many months", "over how many months is the number measured": the span a figure is of
# "over how many months did shipments jump 82%": the span the move was over
_SPAN_ASKED = lazy_compile(r"\b(?:cover|covers|covered|covering|span|spans|spanned|spanning|measured)\b|\bover\s+how\s+many\b", re.IGNORECASE)
_UNIT_MONTHS = {"month": 1, "quarter": 3, "year": 12}


def _close_readings(best: Pick, others: list[Pick]) -> list[str]:
    """ "Did you mean ...?": other figures that fit the question almost as well, as questions."""
    out: list[str] = []
    for p in others:
        if best.score - p.score > 0.5 or p.figure.measure == best.figure.measure:
            continue
        question = figure_question(p.figure)
        if question and question not in out and question != figure_question(best.figure):
            out.append(question)
    return out[:2]


def _names_in_clause_of_levels(query: Query, ev: Evidence) -> bool:
    """The asked measure, and what it is of, in the clause of some figure of the sentence (not only
    in an aside): "inflation slowed to 2.9% from 3.1%, as falling fuel prices offset ..." gives no
    change of fuel prices."""
    text = ev.sentence.text
    asked = [t for t in query.required if not t.keys & (UP_KEYS | DOWN_KEYS)
             and (t.lemma in MEASURES or t.keys & MEASURES or t.keys & ev.sentence.terms)]
    for f in ev.figures:
        # Up to the figure: what comes after it ("as falling fuel prices offset ...") is why.
        start = own_clause(text, f.start, f.end)[0]
        keys = phrase_keys(text[start : f.end])
        if all(t.keys & keys for t in asked):
            return True
        # "would fall to 13.1% from 15.4% after the deal, still well above ...": what the move came
        # with may follow the figure in its own clause, when it is no measure.
        end = _CLAUSE_END.search(text, f.end)
        rest = phrase_keys(text[start : end.start() if end else len(text)])
        if all(t.keys & keys or (t.keys & rest and not t.keys & MEASURES and t.lemma not in MEASURES) for t in asked):
            return True
        # "Farmgate prices for palay, or unmilled rice, averaged 14.20 pesos": the clause's
        # subject before an aside names it too.
        spans = span_clause(text, f.start, f.end)
        if len(spans) > 1:
            keys = phrase_keys(" ".join(text[a : min(b, f.end)] for a, b in spans if a < f.end))
            if all(t.keys & keys for t in asked):
                return True
    return not asked


_CLAUSE_END = lazy_compile(r"[,;]|$")


def _clause_names_asked(query: Query, ev: Evidence, f: FigureRow) -> bool:
    """The figure's clause names what was asked: "a 72% slump in third-quarter profit" is no change
    of the dividend the same sentence cuts."""
    text = ev.sentence.text
    end = _CLAUSE_END.search(text[f.end :])
    keys = phrase_keys(text[own_clause(text, f.start, f.end)[0] : f.end + (end.start() if end else 0)])
    return all(t.keys & keys for t in query.required if not t.keys & (UP_KEYS | DOWN_KEYS) and t.keys & ev.sentence.terms)


_POINTS_WORD = lazy_compile(r"\bpoints?\b")


def _rate_stated_below(query: Query, evidence: list[Evidence]) -> bool:
    """ "how much did chile's salmon exports grow jan-sep" over "shipped 612,000 tonnes ... between
    January and September, up from 578,000 tonnes" ranked above "Chilean farmed salmon exports
    rose 9.4% in the first nine months": asked no unit, the move is the rate a sentence states of
    what was asked, not a gap worked out from levels ranked higher for sharing the period's words."""
    if query.wants != "change" or not query.direction or query.currency or query.count_keys or _POINTS_WORD.search(query.text.lower()):
        return False
    # "The Australian dollar rose 0.4%" names no jobless rate: the sentence must name all asked
    named = lambda ev: all(t.keys & ev.sentence.terms for t in query.required if not t.keys & (UP_KEYS | DOWN_KEYS))  # noqa: E731
    return any(named(ev) and not query_change_without_rate(query, ev) and not states_level_at_base(query, ev)
               and any(f.kind == "percent" and f.direction == query.direction and _clause_names_asked(query, ev, f) for f in ev.figures)
               for ev in evidence[1:])


def query_change_without_rate(query: Query, evidence: Evidence) -> bool:
    """ "By how much did lending go up?" when the article gives two levels and no rate; "how many
    points did the margin shrink?" when it gives the two percentages."""
    if query.wants in ("money", "count", "quantity") and query.direction and query.basis == "year":
        # "how many pesos per kilo have palay prices dropped compared with a year ago?" over
        # "averaged 14.20 pesos per kg, compared with 19.60 pesos a year earlier": an amount
        # asked, two levels and no stated change of that kind ("fell by 5.40 pesos").
        return not any(f.direction and f.kind == query.wants for f in evidence.figures)
    if query.wants not in ("change", "percent"):
        return False
    if not query.direction:
        # "by how many points did load factor improve?": a turn asked in points, which says no
        # direction ("improved to 86.5% from 83.1%"), is the gap of the two levels all the same
        lower = query.text.lower()
        return "point" in lower and bool(_POINTS_WORD.search(lower)) and bool(TURN_WORD.search(lower))
    if _POINTS_WORD.search(query.text.lower()):
        return True
    if _prices_pace_asked(query) and "inflation" in evidence.sentence.terms:
        return False  # "how fast were prices rising?" / "inflation accelerated to 27.4% from 25.9%": 27.4% is the pace
    # "fell to 15.4% from 17.2%": percentages that are levels state no rate of change; "Imports
    # grew 2.1% ..., leaving a trade surplus of $9.15 billion, up from $4.79 billion" no rate of the surplus.
    # Nor does a share: "200.1 billion zlotys for defence, or 4.7% of gross domestic product, up
    # from 186.6 billion zlotys" states the budget's two levels, and 4.7% is no rise of it.
    # (Only beside two amounts: "27%, up from 19%" are the share's own levels, whose change is asked.)
    text = evidence.sentence.text
    amounts = sum(f.kind in ("money", "quantity", "count") for f in evidence.figures) >= 2
    return not any(f.kind == "percent" and not _level_before(text[max(0, f.start - 45) : f.start]) and not (amounts and a_share(f, text))
                   and _clause_names_asked(query, evidence, f) for f in evidence.figures)


def _prices_pace_asked(query: Query) -> bool:
    """Prices asked to rise, read as inflation ("consumer prices", "how fast were prices
    rising"): the inflation rate is their rise, not the change between two of its levels."""
    return query.direction == "up" and any(t.lemma == "price" and "inflation" in t.keys for t in query.terms)


_LEVEL_BEFORE = re.compile(r"\b(?:to|from|at)\s+(?:[\w-]+\s+){0,4}$")


def _level_before(lead: str) -> bool:
    """ "fell to 15.4%": a level; "wine exports to China rose 27.4%": the 'to' names where the goods
    go, and the verb of movement after it makes the figure its rate."""
    m = _LEVEL_BEFORE.search(lead)
    return m is not None and not phrase_keys(lead[m.start() :]) & (UP_KEYS | DOWN_KEYS)


def rank_figures(query: Query, evidence: list[Evidence], dates: dict[str, str] | None = None,
                 headline_places: set[int] | None = None, homes: set[int] | None = None) -> list[Pick]:
    picks: list[Pick] = []
    naming = _naming_asked_place(query, evidence, headline_places) if headline_places is not None else set()
    owned: dict[str, object] = {}  # owned_by_another's question-only sets, worked out once per ranking
    for ev in evidence:
        # "semiconductor exports to Taiwan": a sentence that names no Taiwan ranks below one that
        # does, however well it names the rest.
        unplaced = 1.0 if naming and ev.sentence.id not in naming else 0.0
        respective = _respective_owners(query, ev)
        told = places_told(query, ev) if ev.figures else None  # place_elsewhere's, once a sentence
        for f in ev.figures:
            if respective and f.id in respective and not respective[f.id]:
                continue  # "KfW and JICA will provide $96 million and $60 million respectively": JICA's $60 million
            if ((figure_conflict(query, f) and not _counts_a_listed_kind(query, f, ev)) or owned_by_another(query, f, ev, owned) or place_elsewhere(query, ev, f.start, f.end, told)
                    or _in_another_currency(query, f) or _not_a_depth(query, f, ev)
                    or (not respective.get(f.id) and _shared(query, f, ev)) or _rate_in_another_currency(query, f, ev) or _not_in_points(query, f)
                    or _aim_not_outcome(query, f, ev) or _like_for_like_only(query, f, ev) or _measures_another(query, f)
                    or _opposite_in_clause(query, f, ev) or _leaving(query, f, ev) or _other_trade_way(query, f, ev)
                    or _invested_the_other_way(query, f, ev) or _bought_from_the_buyer_asked(query, f, ev)
                    or _what_might_have_been(query, f, ev) or _no_share_of(query, f, ev) or _asked_only_as_driver(query, f, ev)
                    or _price_by_its_pair(query, f, ev) or _asked_thing_in_its_own_clause(query, f, ev) or _people_for_a_thing(query, f)
                    or f.id == query.instead_of or _not_the_kind_asked(query, f)
                    or (query.left_behind and _of_the_name_left(query, f, ev)) or _part_unplaced(query, f, ev) or _price_for_money(query, f, ev)
                    or _total_for_price(query, f, ev) or _nation_only_in_a_name(query, f, ev) or _added_not_held(query, f, ev)
                    or _end_beyond_clause(query, f, ev) or _body_asked_only_after_contrast(query, f, ev) or _thing_asked_only_after_and(query, f, ev)
                    or _name_asked_only_after_with(query, f, ev) or _named_only_with_the_rest(query, f, ev) or _capacity_for_a_dated_flow(query, f, ev) or _flow_asked_only_after(query, f, ev) or _still_amount_for_move(query, f, ev)
                    or _asked_only_as_follower(query, f, ev) or _thing_only_in_a_trade(query, f, ev) or _share_of_another(query, f)
                    or _spent_for_earned(query, f, ev) or _no_cost_for_cost(query, f, ev) or _the_ones_named(query, f, ev)
                    or _number_of_another_thing(query, f, ev) or _origin_asked_only_as_end(query, f, ev)
                    or _other_extreme(query, f, ev) or _total_for_one(query, f) or _sites_for_amount(query, f)
                    or _whole_for_part(query, f, ev) or _outcome_for_aim(query, f, ev)):
                continue
            score = ev.score + _KIND_FIT.get(query.wants, {}).get(f.kind, 0.0) - _change_for_amount(query, f, ev) - _per_share_unasked(query, f, ev)
            score += _count_fit(query, f, ev) + _number_fit(query, f) + _currency_fit(query, f) + _measure_fit(query, f)
            score += _clause_fit(query, f, ev) - _part_of_the_whole(query, f, ev, homes) - _one_of_many(query, f, ev) - _stretch_in_a_place(query, f, ev)
            score -= _placed_measure(query, f, ev, homes)
            score += _now_fit(query, f, (dates or {}).get(ev.sentence.article_id, "")) - _expected_not_done(query, f, ev)
            score -= _past_level(query, f, ev) + (1.0 if is_vague(f.raw) else 0.0) + unplaced  # "37 ships" before "dozens of vessels"
            score -= _done_already(query, f, ev) + _since_unasked(query, f, ev) + _counts_another_thing(query, f) + _base_of_a_share(query, f, ev)
            score -= _share_for_return(query, f, ev) + _whole_beside_its_part(query, f, ev) - _each_fit(query, f, ev)
            score += _owner_fit(query, f, ev) - kind_not_asked(query, f, ev) + _rate_fit(query, f, ev)
            score += _moved(query, f, ev) - other_period(query, f, (dates or {}).get(ev.sentence.article_id, "")) + _since_fit(query, f, ev)
            score -= _undated_beside_asked(query, f, ev, (dates or {}).get(ev.sentence.article_id, "")) + _out_of_sequel(query, f)
            score -= _measure_unsaid(query, f, ev) + _superseded(query, f, ev) + _increment_for_level(query, f, ev)
            score -= _other_stage(query, f, ev)
            score += 1.5 if respective.get(f.id) else 0.0
            score += _range_end_fit(query, f, ev) - _part_or_ceiling(query, f, ev)
            # "its load factor - a measure of how full its planes are - rose to 89.6%": the aside
            # between a figure and what it measures does not put them apart.
            score -= 0.2 * _distance_with_group(query, f, ev)
            picks.append(Pick(f, ev, score))
    picks.sort(key=lambda p: -p.score)
    return picks


# "phase 1", "the second stage", "Unit II": one of a sequence of like things, numbered.
_SEQUENCE_NOUNS = r"phases?|stages?|units?|tranches?|rounds?|sections?|blocks?|reactors?|terminals?|runways?|berths?|legs?|trains?|lines?"
_ORDINAL_BEFORE = lazy_compile(rf"\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+(?:[a-z-]+\s+)?({_SEQUENCE_NOUNS})\b", re.IGNORECASE)
_NUMBER_AFTER = lazy_compile(rf"\b({_SEQUENCE_NOUNS})\s+(one|two|three|four|five|[1-5]|(?-i:I{{1,3}}|IV|V))\b", re.IGNORECASE)
_PLACE_IN_SEQUENCE = {"first": 1, "1st": 1, "one": 1, "1": 1, "I": 1, "second": 2, "2nd": 2, "two": 2, "2": 2, "II": 2,
                      "third": 3, "3rd": 3, "three": 3, "3": 3, "III": 3, "fourth": 4, "4th": 4, "four": 4, "4": 4, "IV": 4,
                      "fifth": 5, "5th": 5, "five": 5, "5": 5, "V": 5}


def stages_named(text: str) -> list[tuple[int, str, int]]:
    """Each numbered sequence noun in the text: (where, the noun, its place): "the first phase ...
    once a second phase" -> [(4, "phase", 1), (.., "phase", 2)]; "phase 1" -> [(0, "phase", 1)]."""
    named = [(m.start(), m.group(2).lower().removesuffix("s"), _PLACE_IN_SEQUENCE[m.group(1).lower()])
             for m in _ORDINAL_BEFORE.finditer(text)]
    for m in _NUMBER_AFTER.finditer(text):
        word = m.group(2) if m.group(2).isupper() else m.group(2).lower()
        named.append((m.start(), m.group(1).lower().removesuffix("s"), _PLACE_IN_SEQUENCE[word]))
    return named


@lru_cache(maxsize=4096)  # asked of the question and the sentence once a figure ranked: the same texts again
def _stages_kept(text: str) -> tuple[tuple[int, str, int], ...]:
    """stages_named(text), kept per text."""
    return tuple(stages_named(text))


def _other_stage(query: Query, f: FigureRow, ev: Evidence) -> float:
    """ "the annual capacity of phase 1" is not "rising to 1.2 million tonnes annually once a second
    phase is completed": the numbered phase, stage or unit told nearest a figure, in its own clause
    or else in the rest of its clause, is whose figure it is; another one's than asked ranks below."""
    asked: dict[str, set[int]] = {}
    for _, noun, place in _stages_kept(query.text):
        asked.setdefault(noun, set()).add(place)
    if not asked:
        return 0.0
    text = ev.sentence.text
    told = [(at, noun, place) for at, noun, place in _stages_kept(text) if noun in asked]
    own_start, own_end = own_clause(text, f.start, f.end)
    near = [s for s in told if own_start <= s[0] < own_end] or [
        s for s in told if any(a <= s[0] < b for a, b in span_clause(text, f.start, f.end))]
    if not near:
        return 0.0
    _, noun, place = min(near, key=lambda s: abs(s[0] - f.start))
    return 0.0 if place in asked[noun] else 3.0


# "1,300 of them", "some 40 of whom": a part counted by the group named before it.
_OF_THEM_AFTER = lazy_compile(r"\s+of\s+(?:them|whom)\b")


def _distance_with_group(query: Query, f: FigureRow, ev: Evidence) -> float:
    """How far the figure sits from the question's words; a part "of them" sits where its group
    is named too: "About 11,200 small planters ... and at least 1,300 of them are considering
    ..." puts the 1,300 as near "small planters" as the 11,200 is."""
    text = ev.sentence.text
    distance = token_distance(ev, f.start, f.end, question_anchors(query, ev), skip=asides_around(text, f.start, f.end))
    if not _OF_THEM_AFTER.match(text, f.end):
        return distance
    group = next((g for g in reversed(ev.figures) if g.end <= f.start and g.kind == f.kind and g.unit == f.unit), None)
    if group is None:
        return distance
    return min(distance, token_distance(ev, group.start, group.end, question_anchors(query, ev), skip=asides_around(text, group.start, group.end)))


# Where the clause of a figure ends, though no comma says so: "Japan's exports rise 4.3% as US demand
# offsets China slump".
_REASON_AFTER_TEXT = r"\s(?:as|while|whereas|because|but)\s"
_REASON_AFTER = lazy_compile(_REASON_AFTER_TEXT)
# ... nor where a comma's participle tells what the figure made of someone: "The shipments were
# worth $7.2 billion, making Turkmenistan China's second-largest supplier".
_RESULT_AFTER = lazy_compile(_REASON_AFTER_TEXT + r"|,\s+(?:making|leaving|putting)\s")


def _end_beyond_clause(query: Query, f: FigureRow, ev: Evidence) -> bool:
    """ "Japan's exports to the US?" is not "Japan's exports rose 4.3% to 9.2 trillion yen, as car
    shipments to the United States made up for weak demand in China": the end of a trade asked,
    named in the sentence only outside the figure's clause, is no end of that figure, whose clause
    names a place of its own."""
    # ("came to the Almaty fair" names where, no end of a trade)
    if not any(t.lemma in TRADE_FLOW for t in query.terms):
        return False
    ends = {k for k in query.entity_keys if asked_as_end(query.text, k, query)}
    if not ends:
        return False
    named = [m for m, e in ev.mentions if named_by(e, ends)]
    if not named:
        return False
    cut = _RESULT_AFTER.search(ev.sentence.text, f.end)
    stop = cut.start() if cut else len(ev.sentence.text)
    spans = span_clause(ev.sentence.text, f.start, f.end)
    inside = [(m, e) for m, e in ev.mentions if any(a <= m.start < min(b, stop) for a, b in spans)]
    # "Revenue from the shipments rose 44.8%, ... as the average price paid by Chinese buyers
    # climbed": a clause that names no place of its own speaks of the trade before it; nor does
    # "copper shipments to the Asian country", the country told before again.
    return (not any(m in named for m, _ in inside)) and any(
        e.kind == "place" and not epithet(ev.sentence.text, m.start, m.end) and not spoken_at(ev.sentence.text, m.start)
        for m, e in inside)


def _flow_asked_only_after(query: Query, f: FigureRow, ev: Evidence) -> bool:
    """ "how much cement did pakistan export?" is not "cement dispatches rose 9.6% ... to 4.12
    million tonnes in May as exports jumped": a way of trade asked (export, import) that the
    sentence names only after the figure's "as"/"while" tells what else moved, not what the
    figure counts ("while exports surged 72.6% to 1.07 million tonnes" does)."""
    # (the word itself, or "ship abroad": "buy", "bring in" or a "ship" may be no trade across a border)
    flows = {t.lemma for t in query.required if t.lemma in _FLOW_WAYS}
    sold = {t.position + 1 for t in query.required if "export" in t.keys}
    if any("abroad" in t.keys and t.position in sold for t in query.terms):
        flows.add("export")
    if not flows:
        return False
    cut = _REASON_AFTER.search(ev.sentence.text, f.end)
    if cut is None:
        return False
    return not flows & phrase_keys(ev.sentence.text[: cut.start()]) and bool(flows & phrase_keys(ev.sentence.text[cut.end() :]))


_FLOW_WAYS = frozenset({"export", "import"})


_FROM_LEAD = lazy_compile(r"\b(?:from|out\s+of)\s")


# "from (the) (port of)" and "through (the) (port of)" before a key asked (follows: the pattern
# head + re.escape(key) + r"\b" with no pattern compiled per key), each with its starts' finder.
_FROM_THE_PORT = lazy_compile(r"\b(?:from|out\s+of)\s+(?:the\s+)?(?:port\s+of\s+)?")
_FROM_STARTS = lazy_compile(r"\b(?=(?:from|out\s+of)\s)")
_THROUGH_THE_PORT = lazy_compile(r"\b(?:through|thru|via)\s+(?:the\s+)?(?:port\s+of\s+)?", re.IGNORECASE)
_THROUGH_STARTS = lazy_compile(r"\b(?=(?:through|thru|via)\s)", re.IGNORECASE)


def _origin_asked_only_as_end(query: Query, f: FigureRow, ev: Evidence) -> bool:
    """ "how much copper was shipped out of Callao?" is not "412,000 tonnes ..., most of it from mines
    ... that previously trucked ore to the port of Callao": a place asked as where goods leave, which
    the sentence names only as where they go, is no origin of the figure."""
    question = normalise_name(query.text)
    # (a question with no "from" or "out of" before a space, nearly all, compiles no pattern for its keys)
    origins = {k for k in query.entity_keys if follows(question, k, _FROM_THE_PORT, _FROM_STARTS)} \
        if _FROM_LEAD.search(question) else set()
    if not origins:
        return False
    text = ev.sentence.text
    # ("Chinese embassy spokesperson Zhao Lina said": a state body speaks; it neither buys nor
    # sells. "Beijing would send a buying mission": the capital stands for its country.)
    named = [m for m, e in ev.mentions if (named_by(e, origins) or capital_of(e, origins)) and not _BODY_AFTER.match(text, m.end)]
    # "trucked to the port of Mejillones, from where FUNDEPAC shipped 42 cargoes": the end of one
    # leg is where the next one leaves.
    return bool(named) and all((_GOING_TO.search(text, max(0, m.start - 40), m.start) or _AS_BUYER.match(text, m.end)
                                or _HAPPENING_IN.search(text, max(0, m.start - 40), m.start))
                               and not _LEAVING_FROM_IT.match(text, m.end) for m in named)


# "trucked ore to the port of Callao": where the goods go ("according to", "compared to" are no end).
_BODY_AFTER = lazy_compile(r"\s+(?:" + "|".join(sorted(gz.INSTITUTION_NOUNS, key=len, reverse=True)) + r")\b", re.IGNORECASE)
_LEAVING_FROM_IT = lazy_compile(r",?\s+(?:from\s+where|from\s+which|whence)\b", re.IGNORECASE)
# "how much does Malawi import from China?" is not "making China the third-largest buyer of
# Malawian leaf" nor "24 cargoes for Chinese buyers": the place asked as the seller buys here.
_AS_BUYER = lazy_compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:buyers?|importers?|purchasers?|buy|buys|buying|bought)\b", re.IGNORECASE)
# "driven by record stainless steel output in China": where something else happens, no seller.
_HAPPENING_IN = lazy_compile(r"\b(?:output|production|demand|consumption|prices?)\s+in\s+(?:the\s+)?$", re.IGNORECASE)
# ("the voyage to eastern China": a compass word before the place still names where goods go)
_GOING_TO = lazy_compile(r"(?<!according\s)(?<!compared\s)(?<!due\s)\bto\s+(?:the\s+)?(?:(?:port|city|town)\s+of\s+)?"
                         r"(?:(?:north|south|east|west)(?:-?(?:east|west))?ern\s+)?$", re.IGNORECASE)


def _respective_owners(query: Query, ev: Evidence) -> dict[int, bool]:
    """Figure id -> whether "respectively" pairs it with a name asked, for a sentence whose list
    pairs any of its figures with a name asked; else empty ("and KfW?": KfW's $96 million, though
    "lend" sits by the $180 million before)."""
    if not query.entities or "respectively" not in ev.sentence.text:
        return _listed_with_figures(query, ev) if query.entities and " with " in ev.sentence.text else {}
    asked, ids = set(query.entity_keys), {e.id for e in query.entities}
    pairs = respective_figures(ev.sentence.text, ev.mentions, ev.figures)
    owned = {fid: any(e.id in ids or named_by(e, asked) for e in owners) for fid, owners in pairs.items()}
    return owned if any(owned.values()) else {}


_HEDGES = ("", "about ", "around ", "some ", "nearly ", "almost ", "roughly ")


def _listed_with_figures(query: Query, ev: Evidence) -> dict[int, bool]:
    """ "Metlaoui was the biggest contributor with 1.4 million tonnes, followed by Mdhilla with 1.1
    million tonnes, Redeyef with 780000 tonnes": each name "with" a figure right after it owns that
    figure; when a name asked has one, the sentence's other figures of its unit are the others'.
    Empty when no name asked is paired so."""
    text = ev.sentence.text
    asked, ids = set(query.entity_keys), {e.id for e in query.entities}
    owned: dict[int, bool] = {}
    for m, e in ev.mentions:
        if not text.startswith(" with ", m.end):
            continue
        f = next((g for g in ev.figures if text[m.end + 6 : g.start] in _HEDGES and g.start >= m.end + 6), None)
        if f is not None:
            owned[f.id] = owned.get(f.id, False) or e.id in ids or named_by(e, asked)
    mine = [f for f in ev.figures if owned.get(f.id)]
    if not mine:
        return {}
    units = {(f.kind, f.unit) for f in mine}
    return {f.id: bool(owned.get(f.id)) for f in ev.figures if f.id in owned or (f.kind, f.unit) in units}


# "How many of the job cuts will be in Belgium?": a part, by where it is, of a whole the
# article counts. The place asked after "in", "at" or "from".
_PART_ASKED = lazy_compile(r"^\s*how\s+(?:many|much)\s+of\s+(?:the|its|their|these|those)\b", re.IGNORECASE)


@lru_cache(maxsize=1024)
def _part_places(question: str, keys: tuple[str, ...]) -> tuple[str, ...]:
    if not _PART_ASKED.match(question):
        return ()
    lower = question.lower()
    return tuple(k for k in keys if re.search(rf"\b(?:in|at|from)\s+(?:the\s+)?{re.escape(k)}\b", lower))


_AIM_ASKED = frozenset({"target", "goal", "aim", "objective"})
# (_AIMS, and a level to come or planned: "will reach", "plans to raise output to")
_AIM_OR_AHEAD = lazy_compile(r"\b(?:target\w*|goals?|aim\w*|objectives?|forecast\w*|project\w*|guidance|plan\w*|intend\w*|expect\w*"
                             r"|will|would|seek\w*|hop(?:e|es|ed|ing)|want\w*|confident|reaching|to\s+reach|by\s+20\d\d"
                             r"|next\s+(?:year|month|season|decade))\b", re.IGNORECASE)


def _outcome_for_aim(query: Query, f: FigureRow, ev: Evidence) -> bool:
    """ "What is Mirae's order target for this year?" is not "Daesan has won $7.9 billion, 81% of
    its $9.8 billion goal, while Mirae has booked $3.6 billion since January": a target asked is
    no figure whose clauses name no aim nor anything to come (the aim said is another's)."""
    # (read for every figure of every question, met by few: the question's few words first)
    if query.intent != "figure" or not any(t.required and t.lemma in _AIM_ASKED for t in query.terms):
        return False
    text = ev.sentence.text
    return not any(_AIM_OR_AHEAD.search(text, a, b) for a, b in span_clause(text, f.start, f.end))


# "17 of which", "five of them", "87 of the agreements", "Of Australia's 31 exporters, 23 ...":
# a sentence telling a part of a whole it counts.
# (a number or a word of quantity before the "of": "part of them" tells no part's size)
_PART_STATED = lazy_compile(r"(?:\b\d[\d,.]*|\b(?:" + "|".join(sorted(SPELLED_NUMBERS, key=len, reverse=True)) + r"|half|most|all|none)\b)"
                            r"[^,;.\d]{0,40}?\b(?:of\s+(?:the|them|which|its|their|these|those|whom)|out\s+of)\b|^\s*Of\b", re.IGNORECASE)


@lru_cache(maxsize=1024)
def _part_head_keys(question: str) -> frozenset[str]:
    """The keys of the first words after "how many of the" (the whole a part is asked of:
    "chinese companies at the conference"), or none when the question asks no part."""
    m = _PART_OF_ASKED.match(question)
    if m is None or _PART_OF_GIVEN.search(question):  # (a whole given by its number: figure_conflict's)
        return frozenset()
    return phrase_keys(" ".join(_WORD.findall(question.lower(), m.end())[:3]))


# (_PART_ASKED, and an owner's thing: "how much of EDL's debt")
_PART_OF_ASKED = lazy_compile(r"^\s*how\s+(?:many|much)\s+of\s+(?:the|its|their|these|those|[a-z][\w-]*(?:'s|’s))\s", re.IGNORECASE)


def _whole_for_part(query: Query, f: FigureRow, ev: Evidence) -> bool:
    """ "how many of the chinese companies at the conference got into the market?" is not "almost
    800 Chinese enterprises attended", nor "how much of EDL's debt is owed to chinese banks?" "EDL's
    debts stood at about $5.2 billion": a part of the things asked is no amount of them all, which
    a sentence telling no part ("17 of which", "five of them", "7.4 mtpa of the plant's") gives."""
    if query.intent != "figure" or " of " not in query.text:  # (read for every figure: no lower() made)
        return False
    # what the figure counts (a count's unit) or measures (a sum's, an amount's): its last word
    counted = f.unit if f.kind in ("count", "number") else f.measure if f.kind in ("money", "quantity") else ""
    if not counted.strip():
        return False
    heads = _part_head_keys(query.text)
    if not heads or heads.isdisjoint(phrase_keys(counted.split()[-1].lower())):
        return False
    return _PART_STATED.search(ev.sentence.text) is None


def _part_unplaced(query: Query, f: FigureRow, ev: Evidence) -> bool:
    """ "How many of the job cuts will be in Belgium?" is not "plan 3,400 job cuts" under a
    headline naming "Belgium's Valmeuse", nor the total "with about 1,900 of them in Germany":
    the part's figure names the place in its own clause, and as where, not as an owner."""
    places = _part_places(query.text, tuple(query.entity_keys))
    if not places:
        return False
    asked = set(places)
    text = ev.sentence.text
    spans = span_clause(text, f.start, f.end)
    return not any(e.kind == "place" and named_by(e, asked) and any(a <= m.start < b for a, b in spans)
                   and text[m.end : m.end + 2] not in ("'s", "’s") for m, e in ev.mentions)


def _of_the_name_left(query: Query, f: FigureRow, ev: Evidence) -> bool:
    """ "and in Astana?" after London's GDRs "fell 9.4% to $38.15, while its shares on the Astana
    International Exchange lost 7.8%": a figure whose clause names the place the last question
    asked, and not the one asked now, is the last place's."""
    kinds = {e.kind for e in query.entities} | ({"org"} if _bodies_of_a_place(query.text) else set())
    left, asked = {key for key, kind in query.left_behind if kind in kinds}, set(query.entity_keys)
    if not left:
        return False  # "and Toyota's?" after "... in Japan?": a body is not asked instead of a place
    spans = span_clause(ev.sentence.text, f.start, f.end)
    inside = [e for m, e in ev.mentions if any(a <= m.start < b for a, b in spans)]
    return any(named_by(e, left) for e in inside) and not any(named_by(e, asked) for e in inside)


def _bodies_of_a_place(question: str) -> bool:
    """ "and the chinese banks?" after "how much is Oman Development Bank lending?": a place's
    demonym before a body noun asks bodies instead of the body left behind, not a place."""
    words = _WORD.findall(question.lower())
    return any(a in DEMONYMS and lemma(b) in gz.ORG_NOUNS for a, b in zip(words, words[1:]))


_WORD = lazy_compile(r"[a-z]+")
_NON_PREFIX = lazy_compile(r"\bnon-?([a-z]+)")


def negated_in_measure(query: Query, f: FigureRow) -> frozenset[str]:
    """The keys of what a "non-" measure leaves out ("non-core inflation", "non-oil revenue"), when
    the question itself says no "non": the figure is the rest of a measure asked, though it names
    every word of it."""
    measure = f.measure.lower()
    if "non" not in measure or "non" in query.text.lower():
        return frozenset()
    return phrase_keys(" ".join(_NON_PREFIX.findall(measure)))


# What a count may be of that no amount of goods is: sites and bodies ("seven fishmeal plants").
_SITES_COUNTED = frozenset("plants factories mills mines firms companies refineries smelters terminals".split())


def _sites_for_amount(query: Query, f: FigureRow) -> bool:
    """ "how much fishmeal does senegal ship?" is an amount of the goods, never "five of them"
    counting fishmeal plants; unless the sites are what is asked ("how much russian firms ...",
    as a worked-out question asks its parts)."""
    return f.kind == "count" and f.unit in _SITES_COUNTED and query.text[:9].lower() == "how much " \
        and not any(lemma(f.unit) in t.keys for t in query.terms)


def _not_the_kind_asked(query: Query, f: FigureRow) -> bool:
    """ "core inflation?" (or "and in September?" after it) is not "non-core inflation down to 3.05%"."""
    negated = negated_in_measure(query, f)
    return bool(negated) and any(t.keys & negated for t in query.terms)


def _superseded(query: Query, f: FigureRow, ev: Evidence) -> float:
    """ "raised its forecast for the 2025 deficit to 238 billion riyals, or 5.1% of gross domestic
    product, from the 112 billion riyals it projected": asked what it now expects, the level it
    went to, not the one it left ("from the 112 billion"), nor the same level put another way
    (", or 5.1% of"), unless a percentage is what is asked."""
    if query.bases or query.times or query.intent != "figure" or _EARLIER_ASKED.search(query.text):
        return 0.0  # "what was inflation in August": "eased to 3.2% from 3.3% in August" left August's
    text = ev.sentence.text
    before = text[max(0, f.start - 12):f.start]
    went_to = [g for g in ev.figures if g.end <= f.start and g.kind == f.kind and text[max(0, g.start - 3):g.start] == "to "]
    if went_to and _REVISED_FROM.search(before):
        return 1.0
    if query.wants not in ("percent", "change") and f.kind == "percent" and _RESTATES.search(before) and any(
            g.end <= f.start and g.kind != "percent" and f.start - g.end <= 6 for g in ev.figures):
        return 0.5
    return 0.0


_REVISED_FROM = lazy_compile(r"\bfrom\s+(?:the\s+|an?\s+)?$")
_RESTATES = lazy_compile(r",\s+or\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$")


def _measure_unsaid(query: Query, f: FigureRow, ev: Evidence) -> float:
    """ "the Ostrava plant's capacity": "a 2.5 billion euro battery plant in Ostrava" names the
    plant and the place but not the measure asked, which the next sentence states ("annual
    capacity of 40 gigawatt-hours"); the kind and the place only say whose it is, so a figure
    that measures them ("tissue mill") fits no better for it."""
    pairs = [keys for asked, _, keys in query.kinds_of_measure if asked.split()[-1] not in _BARE_HEADS]
    if not pairs or not all(keys.isdisjoint(ev.sentence.terms) for keys in pairs):
        return 0.0
    return 1.5 + max(0.0, _measure_fit(query, f))


# "attrition rate", "price level": the head only says how the word before it is counted.
_BARE_HEADS = frozenset("rate level number figure amount total size value count".split())


def _price_by_its_pair(query: Query, f: FigureRow, ev: Evidence) -> bool:
    """ "How much fishmeal does Peru import?" is not "fell to $1,720 per tonne ... from $1,950 in
    July": an amount of money with no unit of its own, beside a price in the same currency, is a
    price too (figure_conflict rules out the one that says "per tonne")."""
    # (an amount in millions or billions is what was earned: "earned $7.41 billion ... a record $5,840 a tonne")
    if f.kind != "money" or f.unit or not ((query.wants == "level" and asks_amount_of_a_thing(query.text.lower()))
                                           or (_asks_earned(query) and not f.scale)):
        return False
    return any(g is not f and g.kind == "money" and g.currency == f.currency and _PER_UNIT.match(g.unit) for g in ev.figures)


def _asks_earned(query: Query) -> bool:
    """ "How much did Mongolia earn from coal exports?", "how much revenue ...?": money taken in, of
    which a price a tonne is no amount."""
    lower = query.text.lower()
    return asks_amount_earned(lower) or bool(_EARNED_BY_VERB.search(lower))


# "how much did it earn", "how much do growers make from", "how much has the mine brought in".
_EARNED_BY_VERB = lazy_compile(r"^\s*how much (?:money )?(?:did|does|do|has|have|had|will|would|could)\s+(?:[\w'’.-]+\s+){1,4}?"
                               r"(?:earn(?:ed)?|(?:rake|raked|bring|brought|pull|pulled|take|taken)\s+in"
                               r"|make\s+(?:from|on|selling|by)|made\s+(?:from|on|selling|by))\b")


def _rate_fit(query: Query, f: FigureRow, ev: Evidence) -> float:
    """ "How much acid does it get through in a year?": "consuming 2.9 million tonnes of the acid a
    year" states the yearly rate asked; "24,600 tonnes for next year" is one year's amount."""
    unit = asked_rate(query.text)
    if not unit and _RATE_UNIT.search(f.unit) and _PAST_DEED.search(query.text):
        # "how many tonnes did the first train haul across?" asks what was done once: "carried
        # about 4,300 tonnes", not "an initial capacity of 15 million tonnes a year".
        return -1.0
    if not unit and query.wants == "count" and _daily_before(ev.sentence.text, f.start):
        # "how many ships went thru the canal in sept" asks the month's count ("recorded 1,161
        # transits last month"), not "daily transits averaged 38 vessels".
        return -1.0
    if not unit or query.times:
        return 0.0
    if f.unit.endswith(unit):
        return 0.8
    after = _RATE_AFTER.match(ev.sentence.text, f.end)
    return 0.8 if after and after.group(1).lower() == unit else 0.0


_RATE_UNIT = re.compile(r"\b(?:a|an|per|each|every)\s+(?:year|month|week|day)$", re.IGNORECASE)
_DAILY_BEFORE = lazy_compile(r"\b(?:daily|weekly)\b[^,;]*$", re.IGNORECASE)


def _daily_before(text: str, start: int) -> bool:
    """Whether "daily" or "weekly" qualifies the figure at `start` in its clause ("daily transits
    averaged 38 vessels"): a rate per day or week."""
    window = text[max(0, start - 40) : start]
    return ("aily" in window or "eekly" in window) and _DAILY_BEFORE.search(window) is not None
_PAST_DEED = re.compile(r"^\s*how\s+(?:many|much)\b(?:\s+[\w-]+){0,4}?\s+did\b", re.IGNORECASE)


@lru_cache(maxsize=4096)  # per question: asked again of every candidate figure
def asked_rate(question: str) -> str:
    m = _ASKS_RATE.search(question)
    return m.group(1).lower() if m else ""


_ASKS_RATE = lazy_compile(r"(?<!than )(?<!from )(?<!with )(?<!versus )(?<!vs )\b(?:in an?|an?|per|each|every)\s+(year|month|week|day)\b"
                          r"(?!\s+(?:ago|earlier|before|after|on|in)\b)", re.IGNORECASE)
# "2.9 million tonnes of the acid a year": the rate after what the figure counts.
_RATE_AFTER = lazy_compile(r"(?:\s+of\s+(?:[\w-]+\s+){0,3}?)?\s*(?:a|an|per|each|every)\s+(year|month|week|day)\b", re.IGNORECASE)


_ASKS_ONGOING = re.compile(r"\b(?:is|are)\s+(?:\w+\s+){0,3}?\w+ing\b|\bwill\b|\bgoing to\b", re.IGNORECASE)
_DONE_SINCE = re.compile(r"\b(?:has|have)\s+(?:already\s+)?\w+ed\b[^,;]*$", re.IGNORECASE)


_SO_FAR = lazy_compile(r"\b(?:since|so far|already)\b", re.IGNORECASE)


def _done_already(query: Query, f: FigureRow, ev: Evidence) -> float:
    """ "How many stores is Brantley's shutting?" asks the plan ("would close 66 more this year"),
    not what it "has closed ... since 2022"."""
    if not _ASKS_ONGOING.search(query.text) or _SO_FAR.search(query.text):
        return 0.0
    text = ev.sentence.text
    return 1.0 if _DONE_SINCE.search(text, max(0, f.start - 40), f.start) else 0.0


_THING_ASKED = lazy_compile(r"\bhow much (?:[a-z]+\s+)?([a-z]+)\s+(?:is|are|was|were|will|did|does|do|has|have)\b")


def _counts_another_thing(query: Query, f: FigureRow) -> float:
    """ "How much weight did patients lose?" asks an amount of weight ("lost 13.7% of their body
    weight"), not "a trial of 3,400 patients": a count of another thing the question names."""
    if query.wants != "level" or f.kind != "count" or not f.measure or not asks_amount_of_a_thing(query.text.lower()):
        return 0.0
    m = _THING_ASKED.search(query.text.lower())
    if not m:
        return 0.0
    measure = _measure_keys(f)
    # ... and one the question names otherwise: "1.2 mtpa" reads as a count of its unit.
    named = any(t.keys & measure for t in query.terms)
    thing = phrase_keys(m.group(1))
    # "How much production will Borealis lose once the mines are shut?": "five mines" counts mines,
    # whatever else the word can mean ("to mine" is to produce); a unit ("8.42 million compensated
    # gross tons") measures the tonnage asked.
    head = lemma(f.measure.split()[-1].lower())
    things = head in measure and head not in thing and head not in _unit_keys()
    return 3.0 if named and (not thing & measure or things) else 0.0


# The lexicon's class of people at work: worker, employee, staff, job, people ...
_PEOPLE_KEYS = frozenset({"worker"})


def _people_for_a_thing(query: Query, f: FigureRow) -> bool:
    """ "How much citrus did Morocco send?" is an amount of citrus, never "35,000 farm jobs at
    risk": people and jobs counted are no amount of a thing asked that is not them."""
    if query.wants != "level" or f.kind != "count" or not f.unit \
            or not asks_amount_of_a_thing(query.text.lower()):
        return False
    m = _THING_ASKED.search(query.text.lower())
    if m is None or phrase_keys(m.group(1)) & _measure_keys(f):
        return False
    if phrase_keys(f.unit).isdisjoint(_PEOPLE_KEYS):
        # ... nor "14 sawmills" for "how much lumber": things counted that the question never
        # names ("1.2 mtpa", a unit of it, still answers "how much gas")
        # (a packing unit holds the thing asked: "China took 19.6 million cartons" of the citrus)
        return (_COUNTED_THINGS.fullmatch(f.unit) is not None and not any(t.keys & _measure_keys(f) for t in query.terms)
                and phrase_keys(f.unit).isdisjoint(_PACKING_KEYS))
    return True


# The lexicon's class of packing: carton, box, crate
_PACKING_KEYS = frozenset({"carton"})
# A plural noun counted: "14 sawmills", "37 ships"
_COUNTED_THINGS = lazy_compile(r"[a-z]{3,}s")


def _base_of_a_share(query: Query, f: FigureRow, ev: Evidence) -> float:
    """ "how many people is Havborg letting go?": the 1,400 jobs cut, not "equal to about 9% of
    Havborg's 15,600 staff", the whole the cut is a share of; unless the whole is what is had."""
    if query.wants != "count" or _STATE_ASKED.search(query.text) or _HAVE_ASKED.search(query.text):
        return 0.0
    return 1.0 if _SHARE_OF_BEFORE.search(ev.sentence.text, max(0, f.start - 40), f.start) else 0.0


# "9% of Havborg's ", "4% of its ": a percentage of the figure that follows
_SHARE_OF_BEFORE = lazy_compile(r"%\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+(?:'s|’s)?\s+){0,2}$")
_HAVE_ASKED = lazy_compile(r"\b(?:have|has|had|total|in all|overall|altogether)\b", re.IGNORECASE)


def _share_for_return(query: Query, f: FigureRow, ev: Evidence) -> float:
    """ "What return did the equity portfolio deliver?": "Equities, which made up 71.2% of the
    portfolio, returned 8.2%": the share of the whole a holding makes up is no return on it."""
    if f.kind != "percent" or not _asks_return(query.text):
        return 0.0
    text = ev.sentence.text
    return 2.0 if _OF_AFTER.match(text, f.end) and _SHARE_BEFORE.search(text, max(0, f.start - 40), f.start) else 0.0


_asks_return = lru_cache(maxsize=1024)(asks_return)  # of the question's text, asked once a percentage ranked

_SINCE_AFTER = lazy_compile(r"\s+(?:so far\s+)?since\b", re.IGNORECASE)


def _since_unasked(query: Query, f: FigureRow, ev: Evidence) -> float:
    """ "How much did arabica jump on the day?" asks the latest move ("settled up 5.3%"), not
    "has gained 38% since January": a move from a base only when one is asked."""
    if query.bases or not query.direction or query.wants not in ("change", "percent"):
        return 0.0
    return 1.0 if _SINCE_AFTER.match(ev.sentence.text, f.end) else 0.0


def _since_fit(query: Query, f: FigureRow, ev: Evidence) -> float:
    """ "and since the season began?": a span from a start, which a clause of its own gives ("Since
    the 2025/26 season started on April 1, the region has processed 487.3 million tonnes"), not a
    figure of a span the question does not name ("in the first half of October")."""
    if query.times or not _SINCE_ASKED.search(query.text):
        return 0.0
    return 1.0 if _SINCE_ASKED.search(clause_text(ev.sentence.text, f.start, f.end)) else 0.0


_SINCE_ASKED = lazy_compile(r"\bsince\b", re.IGNORECASE)


def _naming_asked_place(query: Query, evidence: list[Evidence], headline_places: set[int]) -> set[int]:
    """The sentences that name a place the question asks about, one its story's headline does
    not name: "Consumer prices rose 41.6%" in a story headed "Argentina's inflation" is Argentina's."""
    asked = {e.id for e in query.entities if e.kind == "place"} - headline_places
    if not asked:
        return set()
    naming = {ev.sentence.id: ev.sentence for ev in evidence if any(e.id in asked for _, e in ev.mentions)}
    # "... a battery plant in Ostrava. The plant will have annual capacity of 40 GWh": a sentence
    # opening on a noun the one before it named goes on about that one's place.
    at = {(s.article_id, s.paragraph, s.index): s for s in naming.values()}
    for ev in evidence:
        s = ev.sentence
        before = at.get((s.article_id, s.paragraph, s.index - 1))
        opener = GOES_ON.match(s.text)
        if before and opener and phrase_keys(opener.group(1)) & before.terms:
            naming[s.id] = s
    return set(naming)



def headline_places(store: Store, evidence: list[Evidence]) -> set[int]:
    """The places the headlines of the candidates' stories name."""
    heads = [s.id for a in {ev.sentence.article_id for ev in evidence} for s in store.paragraph_sentences(a, 0)]
    return {m.entity_id for m in store.mentions_in(heads)}


# other_period's penalty for a figure dated to no part of the period asked
NO_OVERLAP = 1.5


def _month_asked_other_month(ask: Ask, best: Pick) -> bool:
    """ "What was monthly inflation in December?" / "slowed to 2.3% in February from 3.1% in
    January, as the impact of December's 18% devaluation ...": a month asked, and the best figure's
    own clause dates it to another month: the month's figure is not given, however near its name."""
    named = _month_named(ask)
    # (a single day is mostly when it was told, "data showed on Monday", not the month it measures)
    start, end = best.figure.period_start, best.figure.period_end
    return named and best.figure.period_label != "" and start[:7] == end[:7] and start.endswith("-01") and start != end


def _month_named(ask: Ask) -> bool:
    """A time asked that names a month by its name ("finishing 2025" ends in December, a span no
    month names)."""
    return any(t.kind == "month" and any(w in MONTHS for w in t.text.lower().split()) for t in ask.query.times)


def _month_asked_within_longer(ask: Ask, best: Pick, today: str) -> bool:
    """ "what were rice exports in September alone?" / "Rice export revenue in the first ten months
    climbed 23.4% to $4.76 billion ..., even after India lifted most of its export curbs in late
    September": a month asked, and the best figure's own clause dates it to a longer period holding
    that month; the month's own part of it is not given (the month the sentence names elsewhere
    dates another event)."""
    start, end = best.figure.period_start, best.figure.period_end
    if not today or not start or not end or start[:7] == end[:7] or not best.figure.period_label:
        return False
    if best.figure.period_label.lower().startswith("since"):
        return False  # "jumped 11.2%, the fastest pace since March 2024": a record's span, not the figure's period
    if not _month_named(ask):
        return False
    for a in resolve_times(ask.query, date.fromisoformat(today)):
        if a.start_date and a.end_date and a.start_date.isoformat()[:7] == a.end_date.isoformat()[:7] \
                and start <= a.start_date.isoformat() and a.end_date.isoformat() <= end:
            return True
    return False


def other_period(query: Query, f: FigureRow, today: str) -> float:
    """The figure's own clause dates it ("returned 4.6% ... in the first six months") to a period
    other than the one asked ("q2 return"): the sentence may fit, this figure does not. A penalty,
    or a bonus when its clause gives just the period asked."""
    if not query.times or not f.period_start or not f.period_end or not today or query.intent != "figure":
        return 0.0
    asked = [t for t in resolve_times(query, date.fromisoformat(today)) if t.start_date and t.end_date]
    if not asked:
        return 0.0
    for a in asked:
        start, end = a.start_date.isoformat(), a.end_date.isoformat()  # type: ignore[union-attr]
        # Inside the asked period and most of it: a half-year figure is no answer for one quarter.
        if start <= f.period_start and f.period_end <= end and same_span(a, f.period_start, f.period_end):
            return -0.5  # its own clause gives the period asked: better than one its paragraph gives
        if not (f.period_start <= end and f.period_end >= start):
            continue
        return 0.5  # overlapping only: a weaker fit
    return NO_OVERLAP


def _undated_beside_asked(query: Query, f: FigureRow, ev: Evidence, today: str) -> float:
    """ "fell to $9,850 from $12,470 a year earlier, and was below the $10,320 it fetched in the
    second quarter": a figure its sentence leaves undated, beside one of its kind that its own
    clause dates to the period asked, is of another period (the story's own)."""
    if not query.times or f.period_start or query.intent != "figure":
        return 0.0
    text = ev.sentence.text
    # "shipped 312,000 tonnes of soybeans in July-September, ..., while rapeseed exports almost
    # doubled to 46,800 tonnes": a clause set against the dated one speaks of its period.
    # ("shipments dropped 9.4% to $2.87 billion, and in the third quarter alone volumes were down
    # 11.5%": a figure of any kind outside the dated clause is of the other period too.)
    # ("projects debt service ... falling 18% next year to $2.4 billion, based on an average oil price
    # assumption of $70 per barrel": a price per unit is no amount of the dated total's kind, and
    # that total's period says nothing of it.)
    return 2.0 if any((g.kind == f.kind or _outside_clause(text, g, f)) and g.period_start and other_period(query, g, today) < 0
                      and not (g.end <= f.start and CONTRAST_CLAUSE.search(text, g.end, f.start))
                      and not _per_unit_apart(_unit_of(f, ev), _unit_of(g, ev)) for g in ev.figures) else 0.0


def _per_unit_apart(unit: str, other: str) -> bool:
    """Whether one figure is a rate per unit and the other is not one of that unit."""
    return unit != other and (unit.startswith("per ") or other.startswith("per "))


def _unit_of(f: FigureRow, ev: Evidence) -> str:
    """The figure's unit, or one its sentence gives another figure of its kind and measure ("fell
    to $9,850 per tonne from $12,470": the $12,470 is per tonne too)."""
    return f.unit or next((g.unit for g in ev.figures if g.unit and g.kind == f.kind and g.measure and g.measure == f.measure), "")


def _outside_clause(text: str, g: FigureRow, f: FigureRow) -> bool:
    """Whether f lies outside the clause of g, after a clause of its own: the clause of g does not reach it."""
    return f.end <= g.start and not any(a <= f.start < b for a, b in span_clause(text, g.start, g.end))


def _out_of_sequel(query: Query, f: FigureRow) -> float:
    """ "the hike before that?" after "12% from November 1": "a 7% rise in July" fits, a figure
    dated after November 1 does not; an undated one may."""
    way, pivot = query.sequel
    if not way or not f.period_start:
        return 0.0
    fits = (f.period_end or f.period_start) < pivot if way == "before" else f.period_start > pivot
    return -1.0 if fits else 1.0


# Words before a measure that do not make it a kind of its own: "annual inflation" is inflation.
PLAIN_QUALIFIERS = frozenset("""annual annualized annualised overall total headline consumer average yearly
year-on-year nominal key benchmark main its their the a an this that last latest official new price
national operating net gross pretax pre-tax full-year quarterly adjusted underlying reported comparable""".split())


_HYPHEN_WORDS = lazy_compile(r"[A-Za-z-]+")


def kind_not_asked(query: Query, f: FigureRow, ev: Evidence) -> float:
    """ "inflation?" is the headline rate, not "Food inflation eased to 6.2%": a kind of the
    measure the question does not name ranks below the measure itself."""
    if query.kinds_of_measure:
        return 0.0
    asked = {t.lemma for t in query.terms} | {k for t in query.terms for k in t.keys}
    words = f.measure.split()
    if words and words[0].endswith(("'s", "’s", "s'")):
        return 0.0  # "Veltrix's headcount": whose it is, not a kind of headcount
    if len(words) == 2:
        kind, head = words[0].lower(), words[1].lower()
    elif len(words) in (3, 4) and words[-2].lower() != "of" and all(w.isalpha() for w in words):
        # "Clothing and footwear prices": the first of the kinds before the head speaks for them.
        kind, head = words[0].lower(), words[-1].lower()
    else:
        # No measure read: the words before the asked measure in the figure's clause ("core
        # inflation ... eased to 3.2% from 3.3%").
        text = ev.sentence.text
        before = _HYPHEN_WORDS.findall(" ".join(text[a : min(b, f.start)] for a, b in span_clause(text, f.start, f.end)
                                                     if a < f.start))
        at = [i for i, w in enumerate(before) if i > 0 and phrase_keys(w) & asked and w.lower() in MEASURES]
        if not at:
            return 0.0
        kind, head = before[at[0] - 1].lower(), before[at[0]].lower()
    # "is expected to cost 61.4 trillion kip": a function word before the measure is no kind of it
    if kind in PLAIN_QUALIFIERS or kind in STOPWORDS or not any(k in asked for k in phrase_keys(head)) or phrase_keys(kind) & asked:
        return 0.0
    if (place := canonical_place(kind)) and place.lower() in {e.name.lower() for e in query.entities if e.kind == "place"}:
        return 0.0  # "Chinese arrivals" asked as visitors from China
    return 0.6


def _moved(query: Query, f: FigureRow, ev: Evidence) -> float:
    """ "How did equities do?" asks a move, either way: "gained 5.9%" answers it, "account for
    71.2% of the portfolio" does not."""
    if query.wants == "count" and not query.direction and f.direction and _STATE_ASKED.search(query.text) and not (
            REACHED_BEFORE.search(ev.sentence.text[max(0, f.start - 30) : f.start])):
        # "how many people work for it?" is its workforce, not the 1,400 jobs it cuts; "fell by
        # 1,845 to 231,460" states the workforce it reached
        return -1.0
    if query.wants in ("count", "level") and not query.direction and f.direction and f.kind in ("count", "quantity") \
            and not any(t.keys & (UP_KEYS | DOWN_KEYS) or t.lemma in _MOVE_VERBS for t in query.terms) \
            and any(g.unit == f.unit and not g.direction and REACHED_BEFORE.search(ev.sentence.text[max(0, g.start - 30) : g.start])
                    for g in ev.figures if g is not f):
        # "how many tonnes of gold reserves": the holdings reached ("taking its holdings to 879.6
        # tonnes"), not the 62 tonnes "added" on the way
        return -2.0
    if query.wants != "change" or query.direction:
        return 0.0
    return 0.8 if f.direction else -0.5


def _increment_for_level(query: Query, f: FigureRow, ev: Evidence) -> float:
    """ "How many Brazilian slaughterhouses are now cleared?" asks the number there is, not the
    step to it: "cleared 38 more ... plants, bringing the number licensed to 147"; "how many
    companies are in the zone now" is not "could house about 140 more companies"."""
    if not _level_asked(query):
        return 0.0
    text = ev.sentence.text
    if _MORE_AFTER.match(text, f.end) or _ANOTHER_BEFORE.search(text, max(0, f.start - 20), f.start):
        return 3.5
    if query.times and _WHOLE_ASKED.isdisjoint(_ASCII_WORDS.findall(query.text.lower())):
        # "how many has it taken on this year" asks the step of that year, not the level it lifts
        # to; "how big will the total area be next year" asks the level still
        return 0.0
    if any(g.start > f.end and g.kind in (f.kind, "number") and _LIFTS_TOTAL_TO.fullmatch(text, f.end, g.start) for g in ev.figures):
        # "Eleven companies became residents ... in the first nine months, lifting the total to 136"
        return 3.5
    step = next((g for g in ev.figures if g.end < f.start and g.kind == "count" and _LIFTS_TOTAL_TO.fullmatch(text, g.end, f.start)), None)
    if step is not None and f.kind == "number":
        # ... and "the total" is a number of what the step counts: 136 companies
        return -(_count_fit(query, step, ev) + _measure_fit(query, step) - _measure_fit(query, f)
                 + _KIND_FIT.get(query.wants, {}).get(step.kind, 0.0) - _KIND_FIT.get(query.wants, {}).get(f.kind, 0.0))
    return 0.0


def _level_asked(query: Query) -> bool:
    """ "how many companies are in the zone now", "how many plants does it have": the number there is."""
    if query.wants not in ("count", "level") or query.direction or _INCREMENT_ASKED.search(query.text):
        return False
    return bool(_NOW.search(query.text.lower()) or _HAVE_ASKED.search(query.text) or _IS_ASKED.search(query.text))


# the step before a level it lifts the whole to: "..., lifting the total to 136", "bringing the number licensed to 147",
# "lifting the plant's total capacity to 18.2 mtpa"
_LIFTS_TOTAL_TO = lazy_compile(r"[^.;]{0,160},\s+(?:lifting|bringing|taking|raising|pushing|boosting)\s+(?:the\s+|its\s+|their\s+)"
                               r"(?:[\w-]+['’]s\s+|national\s+|nationwide\s+)?(?:total|number|tally|count)\b[^.;,]{0,40}?\bto\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?",
                               re.IGNORECASE)


# "38 more plants", "an additional 1,200 jobs": a step added to a number, not the number
_MORE_AFTER = lazy_compile(r"\s+(?:more|additional|extra)\b(?!\s+than\b)", re.IGNORECASE)
_ANOTHER_BEFORE = lazy_compile(r"\b(?:another|an additional|an extra|a further)\s+(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE)
_INCREMENT_ASKED = lazy_compile(r"\b(?:more|additional|extra|another|further|new|newly|add|adds|added|adding)\b", re.IGNORECASE)
_IS_ASKED = lazy_compile(r"\b(?:is|are|will\s+(?:[\w'’-]+\s+){1,4}?be)\b", re.IGNORECASE)  # "how big will the area be"


def _per_share_unasked(query: Query, f: FigureRow, ev: Evidence) -> float:
    """ "What did they make in profit?" asks the total ("Net income rose to $412 million"), not
    "earned $1.62 per share", unless a share's worth is asked."""
    if f.kind != "money":
        return 0.0
    if _EACH_SHARE_ASKED.search(query.text):
        # ... and "what is Valpadana offering for each Tirrenico share?" is "1.35 euros in cash for
        # each Credito Tirrenico share", not the bid's 4.8 billion euros in the lead
        return -0.8 if _EACH_SHARE_AFTER.match(ev.sentence.text, f.end) else 0.8 if f.scale else 0.0
    if _PER_SHARE_ASKED.search(query.text):
        return 0.0
    return 1.0 if _PER_SHARE_AFTER.match(ev.sentence.text, f.end) or "share" in f.unit else 0.0


# (a share's price is one share's: "whats the price range for the shares?" / "priced the issue in a
# band of 412 to 434 rupees per share")
_PER_SHARE_ASKED = lazy_compile(r"\b(?:per|a|each)\s+share\b|\beps\b|\bdividend|\b(?:share|stock)\s+price"
                                r"|\bprice\s+(?:[\w-]+\s+)?(?:of|for)\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[A-Z][\w-]*\s+)?(?:shares?|stock)\b",
                                re.IGNORECASE)
_PER_SHARE_AFTER = lazy_compile(r"\s*(?:per|a)\s+share\b", re.IGNORECASE)
_EACH_SHARE_ASKED = lazy_compile(r"\b(?:per|a|each|every)\s+(?:[\w-]+\s+){0,2}?share\b", re.IGNORECASE)
_EACH_SHARE_AFTER = lazy_compile(r"\s*(?:[a-z]+\s+){0,2}?(?:per|a|for\s+each|for\s+every|each)\s+(?:[A-Z][\w-]*\s+){0,3}share\b")


def _change_for_amount(query: Query, f: FigureRow, ev: Evidence) -> float:
    """ "How much cash profit did the bank make?" asks the amount ("rose to A$3.42 billion"), not
    "a 4.6% rise in cash profit": a moving percent answers it only for a measure that is a rate."""
    if query.wants == "level" and f.kind == "percent" and not query.direction and asks_amount_of_a_thing(query.text.lower()) \
            and not any(t.keys & _RATE_MEASURES for t in query.terms):
        # "How much rice did India sell abroad?" asks tonnes ("shipped 17.8 million tonnes"), not
        # "accounting for about 40% of global trade"; "lost 13.7% of their body weight" is weight.
        thing = _THING_ASKED.search(query.text.lower())
        return 0.0 if thing and phrase_keys(thing.group(1)) & phrase_keys(ev.sentence.text[f.end : f.end + 40]) else 2.0
    if query.wants not in ("level", "money") or f.kind != "percent" or not f.direction or query.direction:
        return 0.0
    if any(t.keys & (UP_KEYS | DOWN_KEYS) or t.lemma in _MOVE_VERBS for t in query.terms):
        return 0.0  # "how much has the lira lost this year?": "lost about 12.5% of its value" answers it
    if any(t.keys & _RATE_MEASURES for t in query.terms):
        return 0.0  # "what was the margin?": "narrowed to 1.84%" is the level
    return 2.5


def _still_amount_for_move(query: Query, f: FigureRow, ev: Evidence) -> bool:
    """ "how much did export revenue rise?" is not "earning 318 billion rupees ..., an increase of
    11.6%": an amount told with no move of its own, beside a percent moving the way asked, is the
    level, not the rise ("rose 11.6% to 318 billion rupees" moves both, and "rise to" asks the level)."""
    if query.wants != "money" or not query.direction or f.kind != "money" or f.direction or _MOVED_TO.search(query.text):
        return False
    return any(g.kind == "percent" and g.direction == query.direction for g in ev.figures) and not any(
        g.kind == "money" and g.direction == query.direction for g in ev.figures)


_MOVED_TO = lazy_compile(r"\b(?:to|reach\w*)\b\W*$", re.IGNORECASE)
_MOVE_VERBS = frozenset("lose gain shed add change move".split())
_RATE_MEASURES = frozenset("""rate margin inflation yield share ratio unemployment growth percent percentage proportion
full occupancy interest return cpi""".split())


def _leaving(query: Query, f: FigureRow, ev: Evidence) -> bool:
    """ "How many people work at the Zwickau plant?" is not answered by "530 posts will go at
    the factory in Zwickau": those are leaving, and the article does not say how many stay."""
    if query.wants != "count" or query.direction or not _STATE_ASKED.search(query.text):
        return False
    text = ev.sentence.text
    # ("cut 1,200 jobs, or 4% of its workforce" only ranks lower, in _moved: the workforce is
    # worked out from it.)
    if _GOING.match(text, f.end) or _OF_THE_CUTS.match(text[: f.start]):
        return True  # "Of the job cuts, 2,450 will fall in Germany"
    if _HIRING_BEFORE.search(text, max(0, f.start - 40), f.start):
        return True  # "How many people does Karoo employ?": "rehiring 600 workers" are those joining

    # "530 posts will go at Zwickau and 1,000 at Bamberg": the second shares the first's verb.
    before = [p for p in ev.figures if p.end <= f.start]
    return bool(before) and _GOING.match(text, before[-1].end) is not None and text[before[-1].end : f.start].rstrip().endswith(" and")


_OF_THE_CUTS = lazy_compile(r"\s*(?:Of|Among) (?:the|those) (?:[\w-]+\s+)?(?:cuts|layoffs|redundancies|job losses|lay-offs),\s+$", re.IGNORECASE)
# "rehiring 600 workers", "plans to hire about 300 engineers": staff joining, not the staff there
_HIRING_BEFORE = lazy_compile(r"\b(?:re)?(?:hir(?:e|es|ed|ing)|recruit(?:s|ed|ing)?)\s+(?:about\s+|around\s+|some\s+|up\s+to\s+|another\s+|"
                              r"a\s+further\s+|an\s+additional\s+|more\s+than\s+|over\s+|nearly\s+|almost\s+)?$", re.IGNORECASE)
# "530 posts will go", "1,200 jobs are to be cut": staff leaving, not the staff there
_GOING = lazy_compile(r"\s+(?:[\w-]+\s+){0,2}?(?:will|would|are to|are set to|could|may)\s+(?:go|be\s+(?:cut|lost|axed|shed|eliminated|scrapped))\b")
# "rose 11.6% to $35.9 billion", "fell to about 231,460": the level reached, right before it
REACHED_BEFORE = re.compile(r"\bto\s+(?:about\s+|around\s+|nearly\s+|almost\s+|a record\s+)?$")
_STATE_ASKED = lazy_compile(r"\b(?:work|works|working|employ|employs|employed|operate|operates|own|owns|run|runs)\b", re.IGNORECASE)


def _clause_fit(query: Query, f: FigureRow, ev: Evidence) -> float:
    """The question's words and names in the figure's own clause, not merely somewhere in the
    sentence: "the second corn crop, planted after soybeans in Mato Grosso, to 88.1" is corn's."""
    spans = span_clause(ev.sentence.text, f.start, f.end)
    inside = lambda start: any(a <= start < b for a, b in spans)  # noqa: E731
    score = 0.0
    asked = set(query.entity_keys)
    carried = _subject_carried(ev, spans) if query.entities else None
    for m, e in ev.mentions:
        if asked & {normalise_name(n) for n in (e.name, *e.aliases)}:
            # "while those to Taiwan nearly doubled, jumping 96.4%": named in the figure's measure
            score += 0.8 if inside(m.start) or e.name in f.measure or e is carried else -0.4
    label = _label_before(ev.sentence.text[: f.start])
    if label and any(t.keys & phrase_keys(label.group(1)) for t in query.required):
        score += 1.5  # "Wheat: 112.7 million tonnes" in a list is wheat's figure, labelled
    clause_keys = set().union(*(phrase_keys(ev.sentence.text[a:b]) for a, b in spans)) if spans else set()
    if clause_keys and f.measure:
        clause_keys |= phrase_keys(f.measure)  # "those to Taiwan ... jumping 96.4%": chip shipments, by its measure
    for t in query.required:
        if t.keys & clause_keys:
            score += 0.6 if t.lemma in clause_keys else 0.4  # the word itself beats a synonym ("equities", "stocks")
        elif clause_keys and t.keys & ev.sentence.terms:
            # "inflation slowed to 2.9%, as falling fuel prices offset ...": the sentence names fuel,
            # but not in this figure's clause.
            score -= 0.3
    return score


_LABEL = re.compile(r"(?:^|[;\n]\s*|-\s)([^:;\n]{1,40}):\s*$")


def _label_before(before: str) -> re.Match[str] | None:
    """ "Wheat: " right before a figure: its label. Only text ending in a colon and whitespace can
    hold one (re's whitespace is what rstrip strips): any other is not searched, which cost
    ~10 us a figure for the pattern tried at every position of a long sentence."""
    return _LABEL.search(before) if before.rstrip().endswith(":") else None


_NOW = re.compile(r"\b(?:now|currently|current|today|at the moment|latest|these days|right now)\b")
# a question that looks back on its own: "what was the peak?", "how much a decade ago?"
_BACK_ASKED = lazy_compile(r"\b(?:peak\w*|record|high\w*|low\w*|ago|earlier|before|previous\w*|prior|past|last|once|history|historic\w*|since|first|used to|back then|then)\b",
                           re.IGNORECASE)
_PRESENT_ASKED = lazy_compile(r"\s*(?:what|how much|which)\s*(?:is|are|'s|’s)\b|\s*whats\b", re.IGNORECASE)
_AHEAD = lazy_compile(r"\b(?:will|going to|gonna|expect\w*|forecast\w*|project\w*|plan\w*|target\w*|next|future|aim\w*|due|set to|estimat\w*)\b",
                      re.IGNORECASE)


def _now_fit(query: Query, f: FigureRow, today: str) -> float:
    """ "Brent price right now": a figure of the article's day beats an average of an earlier
    quarter and a forecast for next year."""
    if query.times or not f.period_end or not today:
        return 0.0
    if not _NOW.search(query.text.lower()):
        # "what is the lowest fare?": a level that is, not one that will be ("the lowest fare will
        # rise to 175,000 rupiah next year") where the question looks nowhere ahead
        if f.period_start > today and _PRESENT_ASKED.match(query.text) and not _AHEAD.search(query.text):
            return -0.8
        # "What were the shipments worth?" asks the story's figure, not the "2018 peak, when it
        # shipped 1.1 billion rand worth": a level over before the year ahead of the article's.
        return -1.0 if f.period_end < f"{int(today[:4]) - 1}-01-01" and not _BACK_ASKED.search(query.text) else 0.0
    if f.period_start <= today <= f.period_end:
        return 0.3
    if f.period_start > today:
        return -1.5  # a forecast, or a plan: "opens next year with about 2,000 staff" is no one's work now
    return -0.8 if f.period_end < (date.fromisoformat(today) - timedelta(days=31)).isoformat() else 0.0


_RIGHT_BEFORE = re.compile(r"[\s,]*(?:(?:per|a|an)\s+[a-z]+\s*)?(?:in\s+[A-Za-z]+\s+)?")
_PAST_LEVEL = lazy_compile(r"(?<!from )(?<!than )(?<!with )(?<!on )\b(?:a|one) year (?:earlier|ago|before)\b|"
                         r"(?<!from )(?<!than )(?<!with )\b(?:last|the previous|the prior) year\b", re.IGNORECASE)


def _price_for_money(query: Query, f: FigureRow, ev: Evidence) -> bool:
    """ "How much money did beef sales bring in?" is not "the average price climbed to $5,336 per
    tonne from $4,842": a price (the level it rose from is one too) is no sum of money, unless
    the question asks one per unit."""
    if f.kind != "money" or not asks_money_outright(query.text.lower()) or _PER_ASKED.search(query.text):
        return False
    if _PER_UNIT.match(f.unit):
        return True
    text = ev.sentence.text
    return any(g.kind == "money" and _PER_UNIT.match(g.unit) and _FROM_GAP.fullmatch(text, g.end, f.start) for g in ev.figures)


def _total_for_one(query: Query, f: FigureRow) -> bool:
    """ "How much is a ticket?" is not "Ticket revenue jumped 31% to 1.62 trillion rupiah": the
    price of one thing asked, a total taken for many of them."""
    if f.kind != "money" or not f.measure or ONE_PRICED.search(query.text) is None:
        return False
    return bool(phrase_keys(f.measure.lower()) & _TOTAL_TAKEN)


_TOTAL_TAKEN = frozenset({"revenue", "income", "profit"})


def _total_for_price(query: Query, f: FigureRow, ev: Evidence) -> bool:
    """ "What price per tonne are soybeans fetching?" is not "The project will cost 1.8 billion
    yuan": a sum of money in a sentence that names no price per unit, nor the unit asked ("A litre
    of olive oil cost 6.45 euros", "$4,480 for cargoes bound for China" after "$6,870 a tonne").
    The unit written only as an amount's ("storage for 10,000 tonnes, at a cost of 42 billion
    won") is no unit priced: the sum is what all of them cost."""
    asked = PER_UNIT.search(query.text.lower())
    if asked is None or f.kind != "money" or _PER_UNIT.match(f.unit):
        return False
    if any(g.kind == "money" and _PER_UNIT.match(g.unit) for g in ev.figures):
        return False
    unit = asked.group(0).split()[-1]
    text = ev.sentence.text
    amounts = [(g.start, g.end) for g in ev.figures if g.kind == "quantity"]
    # (the unit's word and its plural: where each starts, at a word's start)
    return not any(at_boundary(text, i) and not any(a <= i < b for a, b in amounts)
                   for i in literal_starts(text, unit, fold=True))


def _nation_only_in_a_name(query: Query, f: FigureRow, ev: Evidence) -> bool:
    """ "how many Russian exhibitors?" is not "The China-ASEAN-Russia Trade Expo attracted about
    1,850 exhibitors": a count whose sentence names the nation asked only inside another name."""
    if not query.count_mods or f.kind not in ("count", "number"):
        return False
    inside = [(m.start, m.end) for m, e in ev.mentions if e.kind != "place"]
    for mod in query.count_mods:
        nation = canonical_place(mod)
        if not nation:
            return False
        words = {nation.lower(), mod.lower()} | {d.lower() for d, c in DEMONYMS.items() if c == nation}
        spots = [start for w in words for start, _ in word_spans(ev.sentence.text, w, fold=True)]
        if not spots or any(not any(a <= p < b for a, b in inside) for p in spots):
            return False
    return True


_FROM_GAP = re.compile(r"\s+from\s+", re.IGNORECASE)
ROSE_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$", re.IGNORECASE)


def _past_level(query: Query, f: FigureRow, ev: Evidence) -> float:
    """ "What's the jobless rate?" asks today's: "A year earlier, the jobless rate stood at 3.8%"
    is the level it is compared with ("rose 5% from a year earlier" is not)."""
    if query.times or query.bases or query.intent != "figure":
        return 0.0
    text = ev.sentence.text
    if not _states_past_level(clause_text(text, f.start, f.end)):
        return 0.0
    # "... to $9,850 per tonne from $12,470 a year earlier", "averaged 18.51 per dollar compared
    # with 19.41 a year earlier": the year-earlier words right after another figure are its own.
    for m in _PAST_LEVEL.finditer(text):
        owner = max((g for g in ev.figures if g.end <= m.start() and _RIGHT_BEFORE.fullmatch(text, g.end, m.start())),
                    key=lambda g: g.end, default=None)
        # "More than 420 Indian companies attended ..., up from 310 Indian firms at last year's
        # edition": the year-earlier words after a level it rose from are that level's.
        owner = owner or max((g for g in ev.figures if g.end <= m.start() < g.end + 60 and ROSE_FROM_BEFORE.search(text, max(0, g.start - 12), g.start)),
                             key=lambda g: g.end, default=None)
        if owner is None or owner.id == f.id:
            return 1.0
    return 0.0


@lru_cache(maxsize=8192)  # per clause: each candidate figure's, asked again by every question that reaches it
def _states_past_level(clause: str) -> bool:
    # Both branches end in "year": a clause without the word (most) is not searched, which costs
    # ~40 us a clause for the lookbehinds tried at every position.
    return "year" in clause.lower() and _PAST_LEVEL.search(clause) is not None




# "... cost per box?"; "how much will the solar plant cost to build?" is its price too, which
# "a 40-megawatt solar plant" is not.
_COSTS = re.compile(r"\bcost(?:s|ing)?\b(?:\s+(?:per|a|an|each|for each|for every)\s+[\w-]+)?\s*\??\s*$"
                    r"|\bcost(?:s|ing)?\s+to\s+(?:build|construct|develop|complete|finish|make|run|operate|install|set\s+up|buy|replace|expand"
                    # "how much does it cost to ship one container of sesame": the freight, no count shipped
                    r"|ship|send|move|transport|carry|deliver|haul|truck|fly|export|import)\b",
                    re.IGNORECASE)


# "the monthly rent for a factory shed", "the fee", "the price": what one pays, no count of the
# things paid for.
_PRICE_NOUN = lazy_compile(rf"\b(?:{'|'.join(sorted(PRICE_NOUNS | {'price', 'prices'}))})\b(?!\s+(?:index|indices|indexes|war|wars)\b)",
                           re.IGNORECASE)


# A currency's sign standing alone ("how much $ did ...") asks an amount of money.
_MONEY_SIGN_ASKED = lazy_compile(r"[$€£¥](?!\s*\d)")
_WORTH = re.compile(r"\bworth\b(?!\s+of\b)", re.IGNORECASE)
# "what was the dollar value of pepper sold to the EU?": money, which "bought 19,800 tonnes" is not.
_VALUE_ASKED = lazy_compile(r"\bvalue\s+of\b", re.IGNORECASE)
# "what's the coal contract worth in $", "the value of the supply deal": the whole of a deal,
# which no price of one tonne of it gives.
_DEAL_WORTH = lazy_compile(r"\b(?:deal|contract|agreement|order|pact)s?\b[^?]{0,20}\b(?:worth|valued)\b|\b(?:deal|contract|agreement|order|pact)(?:['’]s|s['’]?)? value\b(?!\s+(?:the|a|an|it|its)\b)"
                           r"|\b(?:worth|value|size) of (?:the|this|that|its|their|[a-z]+['’]s)\s+(?:[\w-]+\s+){0,3}?(?:deal|contract|agreement|order|pact)s?\b",
                           re.IGNORECASE)


# "How much did it ship?": a verb of goods made or moved asks tonnes, barrels, bags, never money
# (unlike "export", whose value is as often asked).
_HOW_MUCH_MOVED = lazy_compile(r"\bhow much (?:did|does|do|has|have|had|will|would)\s+(?:[\w'-]+\s+){1,3}?"
                               r"(?:ship|produce|mine|pump|refine|smelt|harvest|grow|catch|land|crush|process)\b", re.IGNORECASE)


# ... and what a country buys or sells abroad is tonnes or money, never a rate standing alone
# ("how much of its crop does it export?" asks a share: "exports 70% of its crop").
_HOW_MUCH_TRADED = lazy_compile(r"\bhow much (?:did|does|do|has|have|had|will|would)\s+(?:[\w'-]+\s+){1,3}?"
                                r"(?:import|export|buy|sell|purchase)\b", re.IGNORECASE)


# "how much did Liaoning ship to Russia?" is "outbound shipments ... to 42.64 billion yuan": what
# is shipped may be stated by its value, when the value is the shipments' own
_SHIPMENTS_VALUED = lazy_compile(r"\b(?:shipments?|exports?|deliveries)\b", re.IGNORECASE)
_SHIP_ASKED = lazy_compile(r"\bship\b", re.IGNORECASE)


_AREA_UNIT = lazy_compile(r"\b(?:hectares?|ha|acres?|square|sq|km2|feddans?|mu|rai)\b", re.IGNORECASE)
_AREA_WORDS = frozenset(("land", "area", "acreage"))
_TIME_UNITS = frozenset("day week month year hour minute quarter".split())


_PER_UNIT = re.compile(r"(?:a|an|per|/)\s*\w", re.IGNORECASE)
# "60 billion CFA francs a year": money per span of time is a flow earned, no price of a unit.
_PER_TIME = re.compile(r"(?:a|an|per|/)\s*(?:day|week|month|quarter|year|annum|yr)\b", re.IGNORECASE)
# "how much more money", "how much money per tonne": a change or a rate may answer.
_HOW_MUCH_MORE = re.compile(r"\bhow much (?:more|less)\b", re.IGNORECASE)
_PER_ASKED = re.compile(r"\b(?:per|each|every|apiece|a head)\b|/", re.IGNORECASE)


# "by what % did trade grow?": a rate written out, which no amount reached answers.
# What a plant can make: tonnes, units or gigawatts, never the money spent on it (output may be
# an economy's, in money).
_OUTPUT_MEASURES = frozenset({"capacity"})
_MONEY_ASKED = lazy_compile(r"\b(?:money|cash|cost|costs|costing|spend|spent|spending|invest\w*|worth|value|price|pay|paid|funds?|funding|"
                            r"dollars?|euros?|budget|capex)\b|[$€£¥]", re.IGNORECASE)
_RATE_WRITTEN = lazy_compile(r"%|\bper\s?cent|\bpercentage\b")
_EARLIER_ASKED = lazy_compile(r"\b(?:ago|earlier|before|previous|prior|last year)\b", re.IGNORECASE)
_WHAT_WAS_AMOUNT = lazy_compile(r"\s*what(?:'s| is| was| were)\s+(?:\w+(?:'s?)?\s+){0,3}(?:net |operating |gross |pretax )?(?:profit|income|earnings|revenue|sales)\b",
                               re.IGNORECASE)


# "per kg", "a tonne": the unit a rate asked is counted against.
_PER_UNIT_ASKED = re.compile(r"\b(?:per|a|an)\s+(tonnes?|tons?|barrels?|ounces?|kilos?|kilograms?|kgs?|litres?|liters?|gallons?|bushels?|mwh|kwh)\b",
                             re.IGNORECASE)


def _per_unit_asked(question: str) -> str:
    m = _PER_UNIT_ASKED.search(question)
    return m.group(1).lower() if m else ""


# "How big is the site in hectares?", "capacity in tonnes?": the unit named after "in" is the
# measure asked, so a figure in another kind of unit, or in money, counts, shares, measures something
# else ("built at a cost of $310 million, covers 420 hectares"). Units are grouped by what they
# measure, so tonnes asked still take "metric tons"; misspellings keep their stem ("hectars").
_UNIT_FAMILIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("area", re.compile(r"hect\w*|acres?|ha|(?:square|sq)\s?\w+|km2|km²|feddans?", re.IGNORECASE)),
    ("mass", re.compile(r"(?:metric\s+)?(?:tonnes?|tons?)|kg|kilo(?:gram)?s?|grams?|ounces?|oz|lbs?|pounds", re.IGNORECASE)),
    ("volume", re.compile(r"barrels?|bpd|b/d|litres?|liters?|gallons?|cubic\s+\w+|m3|m³|bcm|bushels?", re.IGNORECASE)),
    ("power", re.compile(r"(?:kilo|mega|giga)watts?|mw|gw|kw", re.IGNORECASE)),
)
_IN_UNIT_ASKED = lazy_compile(r"\bin\s+((?:metric|square|sq|cubic)\s+)?([a-z²0-9/]+)", re.IGNORECASE)


def _unit_family(unit: str) -> str:
    head = " ".join(unit.lower().split()[:2])
    for name, pattern in _UNIT_FAMILIES:
        if pattern.fullmatch(head) or pattern.fullmatch(head.split()[0] if head else ""):
            return name
    return ""




def unit_family_asked(question: str) -> str:
    """ "how big is the park in hectares?" -> "area"; "how heavy" -> "mass"; "" when no unit
    closes the question."""
    families = (_unit_family((m.group(1) or "") + m.group(2)) for m in _IN_UNIT_ASKED.finditer(question))
    return next((family for family in families if family), "") or ("mass" if WEIGHT_ASKED.search(question) else "")


def _unit_counted_otherwise(counted: frozenset[str], unit: str) -> bool:
    """ "how many reefer boxes of mangoes were trucked ...?" counts boxes (TEU would do), never "the
    135-kilometre expressway": a unit asked is answered only in itself or a unit of its family."""
    asked = counted & _unit_keys()
    if not asked or counted & _TIME_UNITS or counted & phrase_keys(unit):
        return False
    family = _unit_family(unit)
    return not (family and any(_unit_family(k) == family for k in asked))


def _other_unit(query: Query, f: FigureRow) -> str:
    asked = unit_family_asked(query.text)
    if not asked:
        return ""
    if f.kind != "quantity" or _unit_family(f.unit) != asked:
        return f"not a figure in {asked}"
    return ""


# The size of a flow of goods counted in tonnes, barrels or units; a trade or sales volume is
# often told in money, an export, import or shipment volume is not.
VOLUME_OF_GOODS = lazy_compile(r"\b(?:exports?|imports?|shipments?|shipping|export(?:ed)?|import(?:ed)?)\s+volumes?\b|\bvolumes?\s+of\s+(?:the\s+)?(?:exports?|imports?|shipments?)\b"
                                r"|\bby volume\b", re.IGNORECASE)




def _not_a_distance(query: Query, f: FigureRow) -> bool:
    """ "How far is the rubber plant from San Pedro?" is "14 kilometres north of San Pedro", never
    the 412,000 tonnes its sentence ships: a distance is answered only in a unit of length."""
    return query.wants == "level" and bool(HOW_FAR.search(query.text)) \
        and not (f.kind == "quantity" and LENGTH_UNIT.match(f.unit.strip()))


def _not_a_depth(query: Query, f: FigureRow, ev: Evidence) -> bool:
    """ "How deep is the water at the port?" is a length that measures a depth ("a draught of 18
    metres", "16 metres of water", "5.4 metres deep"), never the "366-metre container ship" that
    berthed there nor the canal's "100 metres wide"."""
    if query.wants != "level" or "deep" not in query.text.lower() or not HOW_DEEP.search(query.text):
        return False
    if f.kind != "quantity" or not LENGTH_UNIT.match(f.unit.strip()):
        return True
    return not (_DEPTH_WORD.search(f.measure) or _DEEP_AFTER.match(ev.sentence.text, f.end))


_DEPTH_WORD = lazy_compile(r"\b(?:draught|draft|depth|deep|water)\b", re.IGNORECASE)
_DEEP_AFTER = lazy_compile(r"\s+deep\b")


def _counts_things(f: FigureRow) -> bool:
    """A count of a named thing ("6.8 million passengers", "48 trips") measures no length: only a
    bare count or one in a unit of length can be how long a line is."""
    unit = f.unit.strip()
    return f.kind == "count" and bool(unit) and not LENGTH_UNIT.match(unit)


# "how many of the 2600 new jobs will go to bruneians": a part of a whole the question itself gives
_PART_OF_GIVEN = lazy_compile(r"\bhow\s+(?:many|much)\s+of\s+(?:the|those|these|its|their)?\s*\$?\d", re.IGNORECASE)


def _part_of_given(query: Query) -> bool:
    return bool(query.numbers) and " of " in query.text and _PART_OF_GIVEN.search(query.text) is not None


# "how much jet fuel went to india": a thing's amount asked right after "how much", no verb nor "of"
_NO_THING_AFTER = frozenset("is are was were did does do has have had will would can could more less of the a an money cash".split())


def _counts_doers(f: FigureRow) -> bool:
    """ "two Indian refiners", "40 buyers": a count of those who do a thing, never an amount of
    goods ("19.6 million cartons", "1.2 mtpa" and "300 containers" are amounts)."""
    words = f.unit.lower().split()
    if not words:
        return False
    head = lemma(words[-1])
    return head.endswith(("er", "or")) and not head.endswith(("meter", "liter", "container")) and head not in _unit_keys()


def _amount_of_a_thing(lower: str) -> bool:
    after = lower.partition("how much ")[2].split(maxsplit=1)
    return bool(after) and after[0] not in _NO_THING_AFTER and not is_currency_word(after[0])


def _another_of_the_kind(query: Query, measure: str) -> bool:
    """ "How long is the Phnom Penh-Sihanoukville Expressway?" is not "The 135-km Bavet expressway":
    a figure measuring a thing of the asked one's kind (its name's last word) under another name."""
    words = measure.split()
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    head = words[-1]
    if not head.islower():
        return False  # "Exports to the United States" names the place asked, no kind
    return any(e.name.split()[-1].lower() == head and len(e.name.split()) > 1 and words[0] not in e.name
               and e.name.lower() not in measure.lower() for e in query.entities)


def figure_conflict(query: Query, f: FigureRow) -> str:
    """Why this figure cannot answer the question, or "" when it can."""
    if query.numbers and f.value in query.numbers and _part_of_given(query):
        return "the whole the question gives, not its part"  # "how many of the 2600 jobs ...?" is no "2,600 new jobs"
    if why := _other_unit(query, f):
        return why  # "how big is the site in hectares?" is not "at a cost of $310 million"
    if _not_a_distance(query, f):
        return "not a distance"
    if query.wants == "duration" and not DURATION_UNIT.match(f.unit.strip()):
        return "not a length of time"  # "how long is the strike?" wants hours or days
    if query.wh == "how long" and query.wants == "level" and (f.kind not in ("quantity", "count") or _unit_family(f.unit)):
        return "not a length"  # "how long is the pipeline?" is no "21 million cubic metres" of flow
    if query.wh == "how long" and query.wants == "level" and _counts_things(f):
        return "a count of things, not a length"  # "how long is the line?" is no "6.8 million passengers" it carried
    if query.wh == "how long" and query.wants == "level" and f.kind == "quantity" and f.unit.strip() and not LENGTH_UNIT.match(f.unit.strip()):
        return "an amount of things, not a length"  # "how long is the expressway?" is no "612,400 twenty-foot equivalent units"
    if f.measure and query.entities and _another_of_the_kind(query, f.measure):
        return "another one of the kind asked"
    if query.wants == "level" and f.kind == "count" and f.measure and _counts_doers(f) and query.wh == "how much" \
            and _amount_of_a_thing(query.text.lower()) and not any(t.keys & _measure_keys(f) for t in query.terms):
        return "a count of doers, not the amount asked"  # "how much jet fuel went to india" is no "two Indian refiners"
    if query.wants in ("level", "money", "percent", "change", "quantity") and DURATION_UNIT.match(f.unit.strip()):
        return "a length of time"  # "how much rice was shipped?" is not "extended by six months"
    # (the word "land" or "area" asks the area itself; "per hectare" asks a yield)
    if f.kind == "quantity" and any("landarea" in t.keys and t.lemma in _AREA_WORDS for t in query.required) and not _AREA_UNIT.search(f.unit):
        return "not an area"  # "how much land is in soybeans?" is hectares, not the 98.7 million tons shipped
    if query.wants != "duration" and DURATION_UNIT.match(f.unit.strip()) and any(t.lemma in _OUTPUT_MEASURES for t in query.required):
        return "a length of time, not a capacity"  # "what capacity will it have?" is not "over four years"
    if query.wants != "duration" and not query.count_keys & _TIME_UNITS and "-" in f.raw and DURATION_UNIT.match(f.unit.strip()):
        return "names a term, not a value"  # "the three-month compounded SORA" is no rate's level
    if f.kind == "money" and VOLUME_OF_GOODS.search(query.text):
        return "a value, not a volume"  # "the export volume" is not "The value of the shipments rose 41% to 6.9 billion soles"
    if f.kind == "percent" and asks_amount_earned(query.text.lower()):
        return "a rate, not an amount"  # "how much profit did it make?" is not "an 18% rise in profit"
    if f.kind == "percent" and query.wants == "level" and not (f.direction or query.direction) and asks_amount_of_a_thing(query.text.lower()):
        return "a rate, not an amount"  # "how much fishmeal does it import?" is not "fishmeal with 67% protein"
    if f.kind in ("count", "quantity") or (f.kind == "number" and not f.scale):
        if asks_amount_earned(query.text.lower()):
            return "not an amount of money"  # nor "1.02 million vehicles", nor "the yen averaged 147.5 per dollar"
    # "how much money has Pampa lost?" is not "its 14 member companies" (a quantity may be in
    # pounds: "inject 750 million pounds" answers "how much fresh capital?").
    money_asked = asks_money_outright(query.text.lower())
    if money_asked and (f.kind == "count" or (f.kind == "number" and not f.scale)):
        return "not an amount of money"  # nor "the number of Chinese-owned companies ... to about 4,100"
    if money_asked:
        # "How much money did September beef sales bring in?" is not "to 152,300 tonnes" (pounds
        # may be money), nor "1.2 million TEU", nor "jumped 31.4%" (see also _price_for_money).
        if f.kind == "quantity" and not f.unit.lower().startswith("pound"):
            return "not an amount of money"
        if f.kind == "percent" and not _HOW_MUCH_MORE.search(query.text):
            return "a rate, not an amount"
    if (per := _per_unit_asked(query.text)) and f.kind == "quantity" and not _PER_UNIT.match(f.unit) \
            and not phrase_keys(per).isdisjoint(phrase_keys(f.unit.split()[0] if f.unit.split() else "")):
        return f"an amount of {f.unit}, not a figure per {per}"  # "the price per kg" is not "1.51 billion kg of milk solids"
    if query.wants == "level" and f.kind == "money" and _PER_UNIT.match(f.unit) and asks_amount_of_a_thing(query.text.lower()):
        return "a price, not an amount"  # "how much palm oil did it export?" is not "$124 a ton"
    if f.kind == "money" and _PER_UNIT.match(f.unit) and not _PER_TIME.match(f.unit) and _asks_earned(query):
        # "how much did Mongolia earn from coal?" is not "$182 a tonne"; "to generate about 60
        # billion CFA francs a year in fees and taxes" is earnings over time, no price
        return "a price, not an amount earned"
    if query.wants == "level" and f.kind == "money" and asks_amount_of_a_thing(query.text.lower()):
        return "money, not an amount of the thing"  # "how much acid would the plant produce?" is not its $400 million cost
    if f.kind == "money" and query.wants in ("", "level") and any(t.lemma in _OUTPUT_MEASURES for t in query.required) \
            and not _MONEY_ASKED.search(query.text):
        return "money, not an amount made"  # "solar capacity after the expansion?" is not "invest 9.7 billion pounds to lift capacity"
    if (query.wants == "level" and f.kind in ("money", "percent") and _HOW_MUCH_MOVED.search(query.text)
            and not (f.kind == "money" and _SHIPMENTS_VALUED.search(f.measure) and _SHIP_ASKED.search(query.text))):
        return "not an amount moved"  # "how much did Coolibah ship?" is not "88% of the benchmark index"
    if (query.wants == "level" and f.kind == "money" and _PER_UNIT.match(f.unit) and _HOW_MUCH_TRADED.search(query.text)
            and not PER_UNIT.search(query.text.lower())):
        return "a price, not an amount traded"  # "how much did Mongolia import?" is not "a discount of about $25 a tonne"
    if f.kind == "money" and _PER_UNIT.match(f.unit) and _DEAL_WORTH.search(query.text) and not PER_UNIT.search(query.text.lower()):
        return "a price, not a deal's worth"  # "what's the coal contract worth?" is not "a discount of about $18 a tonne"
    if query.wants == "level" and f.kind == "percent" and not f.direction and _HOW_MUCH_TRADED.search(query.text):
        return "a rate, not an amount traded"  # "how much did Vietnam import from the US?" is not "a 20% U.S. tariff"
    if query.wants == "money" and f.kind != "money" and _COSTS.search(query.text):
        return "not an amount of money"  # "how much will the expansion cost?" is not its tonnes
    if query.wants == "money" and (f.kind in ("count", "quantity") or (f.kind == "number" and not f.scale)) and not f.unit.lower().startswith("pound") \
            and f.unit not in SUBUNITS and _PRICE_NOUN.search(query.text):
        # ("19.6 cents per lb" is a price, counted in a coin's hundredths)
        return "not a price"  # "the monthly rent for a shed?" is not "23 of the park's 36 sheds"
    if query.wants == "money" and f.kind in ("count", "quantity") and not f.unit.lower().startswith("pound") \
            and (_WORTH.search(query.text) or _DEAL_WORTH.search(query.text) or _VALUE_ASKED.search(query.text)):
        return "not an amount of money"  # "what were gold imports worth?" is not "92.6 tonnes of gold"
    if query.wants == "money" and f.kind in ("count", "quantity") and not f.unit.lower().startswith("pound") and f.unit not in SUBUNITS:
        return "not an amount of money"  # "how much did beef sales bring in?" is not "412,000 tonnes"; "1.9 cents per kWh" is
    if query.wants == "money" and f.kind == "percent" and not query.direction and _MONEY_SIGN_ASKED.search(query.text):
        return "a share, not an amount"  # "how much $ did sales bring in?" is not "China took 74% of exports"
    if query.wants == "money" and f.kind == "percent" and _WORTH.search(query.text):
        return "a rate, not an amount"  # "what were chip shipments worth?" is not "jump 9.4%"
    if query.wants == "money" and f.kind == "percent" and not query.direction and PER_UNIT.search(query.text.lower()):
        return "a rate, not a price"  # "the nickel price per tonne?" is not "prices have fallen about 7%"
    if (query.wants == "money" and not query.direction and f.kind == "percent" and f.direction and _WHAT_WAS_AMOUNT.match(query.text)
            and not _EARLIER_ASKED.search(query.text)):  # "what was revenue a year ago?" is worked back from the rate
        return "a change, not the amount"  # "what was its net profit?" is not "profit falls 18%"
    if query.wants == "count" and (f.kind in ("money", "percent") or (
            DURATION_UNIT.match(f.unit.strip()) and not query.count_keys & _TIME_UNITS)):
        return "not a count"  # "a nine-day strike" counts no planes; "how many days of stock?" counts days
    # "how many items is it making pricier?" counts whatever "340 products" counts: a generic
    # word asked names no kind.
    if query.wants == "count" and query.count_keys and f.kind == "count" and f.measure and not _generic_unit(f) and not (
        _counts(f, query.count_keys) or query.count_keys <= _GENERIC_COUNTED
    ):
        return f"counts {f.measure}"
    if (query.wants == "count" and query.count_keys and f.kind == "quantity" and not query.count_keys & _TIME_UNITS
            and not query.count_keys & (phrase_keys(f.unit) | _unit_keys())):
        return f"measures {f.unit}, counts nothing"  # "how many passengers?" is not "4.86 million tonnes" of freight
    if query.wants == "count" and f.kind == "quantity" and _unit_counted_otherwise(query.count_keys, f.unit):
        return f"measures {f.unit}, not the unit counted"
    if query.count_mods and f.kind in ("count", "number"):
        places = _measure_places(f)
        asked = {canonical_place(m) or m for m in query.count_mods}
        if places and not (places & {a.lower() for a in asked}):
            return f"counts {f.measure}"
    if query.direction and f.direction and query.direction != f.direction:
        return f"went {f.direction}"  # asked how much it fell; the article says it rose
    if query.direction and not f.direction and query.wants in ("change", "percent") and not (f.kind == "percent" and _prices_pace_asked(query)):
        return "states no change"  # "how much did it go up?" is not answered by a level
    if query.wants == "percent" and query.direction and f.kind in ("money", "count", "quantity") and _RATE_WRITTEN.search(query.text):
        return "an amount, not a rate"  # "by what % did trade grow?" is not "surged to $21.18 billion"
    return ""


# "in the capital of the Xinjiang region": where it happens, not whose figure it is; so is
# "in Germany's Baden-Wuerttemberg state", a place within the place the plant is in; so is "in
# sub-Saharan Africa", a region by a part of it.
_LOCATIVE = lazy_compile(r"\b(?:in|at|near|outside|across|inside)\s+(?:the\s+)?(?:(?:capital|city|port|heart|north|south|east|west|centre|center)\s+of\s+(?:the\s+)?)?"
                         r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+)?(?:[a-z]+-[A-Z][a-z]+\s+)?$")
# ... and so is the second of two places there, unless asked: "storage at Gazli and Khodjaabad"
_SECOND_LOCATIVE = lazy_compile(r"\b(?:in|at)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+and\s+$")
# "Raw sugar futures on ICE rose ... to 19.6 cents": the exchange a thing trades on is where its
# price is set, not who owns the figure.
_TRADED_ON = lazy_compile(r"\b(?:futures|shares|stocks?|contracts?|traded|trading|listed)\s+on\s+(?:the\s+)?$", re.IGNORECASE)
# "Li Ting, a spokeswoman for the group, told Reuters the company planned to sell ... in 1,800
# stores": the one told hears the figure and owns none of it.
_TOLD = lazy_compile(r"\b(?:told|tells|telling)\s+(?:the\s+)?$")
# "The Chinese-built railway carried 7.3 million tonnes": a name joined to a maker's participle only
# says who built the thing the sentence is about, which owns the figure.
_MAKER_COMPOUND = lazy_compile(r"-(?:built|made|designed|financed|funded)$", re.IGNORECASE)


def _shared(query: Query, f: FigureRow, ev: Evidence) -> bool:
    """ "The remaining 100,000 bpd split among the UAE, Algeria and Oman", "tariffs of up to 25%
    on steel from China, Vietnam and India": a figure for a list is no one member's, when one
    member alone is asked about."""
    asked = set(query.entity_keys)
    places = [(m, e) for m, e in sorted(ev.mentions, key=lambda me: me[0].start) if e.kind == "place"]
    if len([e for e in query.entities if e.kind == "place"]) != 1 or len(places) < 2 or (f.kind == "money" and PRICE_PER_UNIT.match(f.unit)):
        return False
    text = ev.sentence.text
    spans = span_clause(text, f.start, f.end)
    chains: list[list[tuple[MentionRow, EntityRow]]] = [[places[0]]]
    for prev, cur in zip(places, places[1:]):
        if listed_together(text, prev[0], cur[0]):
            chains[-1].append(cur)
        else:
            chains.append([cur])
    for chain in chains:
        if (len(chain) >= 2 and any(named_by(e, asked) for _, e in chain) and any(a <= chain[0][0].start < b for a, b in spans)
                and not _place_and_its_country(chain, asked) and not _address(text, chain)
                and not (len(chain) == 2 and pair_between(query.text, text, chain[0][0].start))
                and not _named_alone_before(places, chain, asked, spans, f.start)):
            return True
    return False


def _named_alone_before(places: list[tuple[MentionRow, EntityRow]], chain: list[tuple[MentionRow, EntityRow]],
                        asked: set[str], spans: list[tuple[int, int]], start: int) -> bool:
    """ "in which Japan's Kanto Marine Foods holds a 19.5% stake, has diverted 85 containers to Japan
    and South Korea": the asked place named on its own before the figure owns it, not the later list."""
    listed = {id(m) for m, _ in chain}
    return any(id(m) not in listed and named_by(e, asked) and m.start < start and any(a <= m.start < b for a, b in spans)
               for m, e in places)


def _place_and_its_country(chain: list[tuple[MentionRow, EntityRow]], asked: set[str]) -> bool:
    """ "jobs in Ireland" against "at a packaging site in Cork, Ireland": a town and the country
    it is in are one place, no list, whichever of the two is asked ("the Szczecin plant"); so are
    a town and its province ("its $1.4 billion refinery in Ketapang, West Kalimantan province")."""
    names = [e.name.lower() for _, e in chain]
    return (len(chain) == 2 and names[0] not in gz.COUNTRY_SET
            and (names[1] in gz.COUNTRY_SET or not _REGION_ROLES.isdisjoint(chain[1][1].roles)
                 and _REGION_ROLES.isdisjoint(chain[0][1].roles))  # not "Jilin and Liaoning provinces"
            and any(named_by(e, asked) for _, e in chain))


_REGION_ROLES = frozenset("province region state prefecture county territory oblast".split())
# "Farmers in Sorriso, Mato Grosso, the country's biggest ...": two names set apart by a comma
# alone, no "and" or "or" joining a last one, are a town and where it is, no list of two.
_LIST_GOES_ON = lazy_compile(r"\s*,?\s*(?:and|or|as well as|&)\b")


def _address(text: str, chain: list[tuple[MentionRow, EntityRow]]) -> bool:
    first, second = chain[0][0], chain[-1][0]
    return (len(chain) == 2 and text[first.end : second.start].strip() == ","
            and not _LIST_GOES_ON.match(text, second.end))



# Not "in the first nine months": an ordinal of a period dates the figure, it does not rank it.
_ONE_OF_MANY = lazy_compile(r"\b(?:single|largest|biggest|smallest|each|one of|(?:first|second|third)(?!\s+(?:half|quarter|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d+)\s+months)\b))\b",
                            re.IGNORECASE)


_IN_POINTS = re.compile(r"\bhow many (?:basis |percentage )?points\b|\bin (?:basis |percentage )?points\b", re.IGNORECASE)


def _not_in_points(query: Query, f: FigureRow) -> bool:
    """ "How many basis points did they cut by?" is answered in points, not by the rate reached."""
    return bool(_IN_POINTS.search(query.text)) and "point" not in f"{f.unit} {f.raw}".lower() and f.kind != "number"


def _expected_not_done(query: Query, f: FigureRow, ev: Evidence) -> float:
    """ "The median forecast in a poll had been for a 300 basis point cut": what economists
    expected, not what was done, unless a forecast is asked for."""
    text = ev.sentence.text
    if asks_forecast(query):
        # "the new EBITDA guidance?": "now expects EBITDA of 1.9 billion to 2.1 billion euros", not
        # the quarter's result in the next sentence.
        ahead = " ".join(text[a : min(b, f.start)] for a, b in span_clause(text, f.start, f.end) if a < f.start)
        return -1.0 if _LOOKS_AHEAD.search(ahead) or _AIMS.search(ahead) or EXPECTATION.search(ahead) else 0.0
    if _states_expectation(_own_stretch(clause_text(text, f.start, f.end), text, f, ev)):
        return 1.5
    # "inflation?" is the reading the story reports, not "the budget assumes average inflation of
    # 3.0% next year" nor "she expects inflation to jump to 3.6%".
    # "plans to open a centre in Guadalajara, Mexico, next year with about 2,000 staff": the verb
    # may stand before an aside.
    ahead = " ".join(text[a : min(b, f.start)] for a, b in span_clause(text, f.start, f.end) if a < f.start)
    return 0.8 if _LOOKS_AHEAD.search(ahead) else 0.0


def _own_stretch(clause: str, text: str, f: FigureRow, ev: Evidence) -> str:
    """The clause up to the figure after this one: "followed a revised 1.1% increase in June and
    was much steeper than the 1.5% drop forecast by economists": the forecast is the 1.5%'s, not
    the 1.1%'s; "had expected exports to rise 4.4% and imports to fall 14%" expected both."""
    after = min((g.start for g in ev.figures if g.start >= f.end), default=len(text))
    at = clause.find(text[f.start : f.end])
    if at == -1 or after >= len(text):
        return clause
    return clause[: at + (after - f.start)]


LIKE_FOR_LIKE = re.compile(r"\b(?:same[- ]stores?|like[- ]for[- ]like|comparable[- ]stores?|comparable sales|lfl)\b", re.IGNORECASE)


def _like_for_like_only(query: Query, f: FigureRow, ev: Evidence) -> bool:
    """ "By how much did overseas revenue grow?" is not "same-store sales rose 5.6% in Thailand":
    sales at stores open a year or more are a measure of their own, answered only when asked.
    A follow-up asks it through the words it carries over: "How much did comparable sales drop?"
    "and in the third quarter?"."""
    if _like_for_like_in(query.text) or _like_for_like_in(" ".join(t.word for t in query.terms)):
        return False
    return _like_for_like_in(clause_text(ev.sentence.text, f.start, f.end))


@lru_cache(maxsize=4096)  # the question's text and words and each figure's clause: asked once a figure ranked
def _like_for_like_in(text: str) -> bool:
    return LIKE_FOR_LIKE.search(text) is not None


def _opposite_in_clause(query: Query, f: FigureRow, ev: Evidence) -> bool:
    """ "on the black market" asked, "lost 11.3% on the official market" stated: the figure's own
    clause says the opposite of a word asked, and not the word."""
    asked = [t for t in query.terms if t.lemma in OPPOSITES]
    if not asked:
        return False
    clause = phrase_keys(clause_text(ev.sentence.text, f.start, f.end))
    return any(says_opposite(t, clause) and not t.keys & clause for t in asked)


def _no_share_of(query: Query, f: FigureRow, ev: Evidence) -> bool:
    """Asked "what share of its output goes to the US?", a percentage of something ("About 80% of
    its output is shipped", "taking 61% of volumes") or one a share word names; not "rose 4.1%"."""
    if not (SHARE_ASKED.search(query.text.lower()) or query.share_carried):
        return False
    if f.kind != "percent":
        return True  # "what percentage of Helix does the fund own?" is no "$51.7 billion" stake
    return not a_share(f, ev.sentence.text)


def a_share(f: FigureRow, text: str, since: int | None = None) -> bool:
    """A percentage of something ("80% of its output", "taking 61% of volumes"), or one a share
    word names (within 40 characters before it, or from `since` on), not a rate of change ("rose 4.1%")."""
    # ... or that the figure's measure names, however far before it: "Vietnam's share of China's
    # fresh durian imports by volume climbed to 48.6%".
    # A stake is a share of what it is in: "how big a slice of the JV?": "a 45% stake in the joint venture".
    return f.kind == "percent" and bool(_OF_AFTER.match(text, f.end) or _SHARE_BEFORE.search(text, max(0, f.start - 40) if since is None else since, f.start)
                                        or (f.measure and _SHARE_BEFORE.search(f.measure)) or _STAKE_AFTER.match(text, f.end)
                                        or _PAID_BY_AFTER.match(text, f.end)
                                        or _next_in_a_list_of_shares(f, text)
                                        or bool(_SHARE_MOVED_TO.search(text, max(0, f.start - 160), f.start)))


# "raise the share of bilateral trade settled in roubles and yuan to above 95% next year, from 92%
# now": the levels a share moves to and from are shares, however far after its name.
_SHARE_MOVED_TO = lazy_compile(r"\bshare\s+of\b[^,;%]{0,120}(?:%[^,;%]{0,40})?\b(?:to|from)\s+"
                               r"(?:(?:less|more)\s+than\s+|above\s+|below\s+|over\s+|under\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|just\s+)?$")


# "taking 31% of shipments by volume, followed by Egypt with 17% and Britain with 9%": the ones
# after a share, each its holder "with" a percentage, are shares of the same whole.
_HOLDER_WITH = lazy_compile(r"(?:,\s*followed\s+by|\band|,)\s+(?:[A-Z][\w'-]*\s+){1,4}with\s+$")
_A_SHARE_EARLIER = lazy_compile(r"\d\s*(?:%|percent|per\s+cent)\s+of\b")


def _next_in_a_list_of_shares(f: FigureRow, text: str) -> bool:
    head = text[: f.start]
    listed = _HOLDER_WITH.search(head)
    return bool(listed and _A_SHARE_EARLIER.search(head, 0, listed.start()))


_OF_AFTER = lazy_compile(r"\s+of\b(?!\s+(?:its|their)\s+value\b)")
_STAKE_AFTER = lazy_compile(r"\s+(?:[a-z]+\s+)?(?:stake|holding|interest)\b(?!\s+rates?\b)")
# "The project was 85% funded by the European Union": the part of the whole that one payer covered;
# "the mine ... is 90% owned by China Lianhe": the part one holder owns.
_PAID_BY_AFTER = lazy_compile(r"\s+(?:funded|financed|paid\s+for|covered|owned|held|controlled)\s+by\b")
_SHARE_BEFORE = lazy_compile(r"\b(?:share|proportion|portion|accounted for|accounts for|account for|made up|makes up|make up)\b[^.;]*$",
                             re.IGNORECASE)


# "electric-car maker BYD", "a steel producer": what a body makes, told to say who it is.
_MAKER_AFTER = lazy_compile(r"[\s-]*(?:maker|producer|manufacturer|exporter|supplier|retailer)s?\b", re.IGNORECASE)

# "automakers", "steelmakers": the trade and the body in one word.
_MAKER_WORD = lazy_compile(r"(?:maker|producer|manufacturer)s?$", re.IGNORECASE)


# The lexicon's class of words for a company: "the firm", "the company".
_BODY_ASKED = "firm"


def _thing_only_in_a_trade(query: Query, f: FigureRow, ev: Evidence) -> bool:
    """ "how much will the cars cost?" is not "electric-car maker BYD will build a $1.5 billion
    factory": a sum whose sentence names the thing asked only as the trade of a body says what the
    body spends, not what the thing costs."""
    if f.kind != "money" or _MAKER_AFTER.search(query.text):
        return False
    text = ev.sentence.text
    in_trade = lambda t: bool(spots := term_spots(text, [t])) and all(  # noqa: E731
        _MAKER_AFTER.match(text, end) or _MAKER_WORD.search(text, start, end) for start, end in spots)
    # ("how much is the chinese firm putting into the plant?" / "car-parts maker X opened a 120
    # million euro factory": a body asked, "the firm", is the maker itself, which spends; it names
    # no trade)
    things = [t for t in query.required if t.word.isalpha() and t.lemma not in MEASURES and _BODY_ASKED not in t.keys]
    # ("the wind power deal": "power producer" aside, the wind farm is the power asked; a noun in
    # its base form beside it, where "manisa-built cars" has a participle)
    return any(in_trade(t) and not any(abs(u.position - t.position) == 1 and u.word.lower() == u.lemma and not in_trade(u)
                                       for u in things)
               for t in things)


def _asked_thing_in_its_own_clause(query: Query, f: FigureRow, ev: Evidence) -> bool:
    """ "How much corn has Egypt bought?": "Egypt was the biggest buyer of Ukrainian wheat, taking
    1.9 million tonnes, while Spain and China led purchases of corn with 1.6 million tonnes": the
    thing asked has a clause and figures of its own, so this figure, whose clause never names it,
    is another thing's."""
    text = ev.sentence.text
    # Most sentences set no clause against another after the figure, nor a like figure in one:
    # asked first, before the clause's words are read for every figure of every candidate.
    if not CONTRAST_CLAUSE.search(text, f.end) or not any(
            g.id != f.id and g.unit == f.unit and g.kind == f.kind and g.start >= f.end for g in ev.figures):
        return False
    spans = span_clause(text, f.start, f.end)
    own = set().union(*(phrase_keys(text[a:b]) for a, b in spans)) | phrase_keys(f.measure)
    # (not a light verb: "How much is the AfDB putting in?" / "The AfDB will lend $180 million ..., while
    # KfW ... will provide $96 million": "putting in" says only that an amount came, as "lend" does)
    things = [t for t in query.required if t.word.isalpha() and not t.soft and t.lemma not in MEASURES and t.keys.isdisjoint(own)]
    if not things:
        return False
    for g in ev.figures:
        # (only a clause of its own after this one: "set aside 1.5 billion pounds to support offshore
        # wind, and raised the pot to 1.8 billion pounds" still speaks of the wind budget)
        if g.id == f.id or g.unit != f.unit or g.kind != f.kind or g.start < f.end or any(a <= g.start < b for a, b in spans) \
                or not CONTRAST_CLAUSE.search(text, f.end, g.start):
            continue
        theirs = set().union(*(phrase_keys(text[a:b]) for a, b in span_clause(text, g.start, g.end)))
        # "By how much did fertilizer plants scale back production?": "Fertiliser makers ... cut
        # production by about 30%, while steel ... plants were asked to lower their consumption by
        # 20%": the other clause has the plants but not the fertiliser this clause alone names.
        if any(t.keys & theirs for t in things) and not any(
                t.word.isalpha() and t.lemma not in MEASURES and t.keys & own and t.keys.isdisjoint(theirs)
                for t in query.required):
            return True
    return False


CONTRAST_CLAUSE = lazy_compile(r",\s(?:while|whereas)\s|;\s")


def _body_asked_only_after_contrast(query: Query, f: FigureRow, ev: Evidence) -> bool:
    """ "How many jobs will Dongsheng's plant create?": "Qingfeng Tyre ... would add a line,
    creating 1,150 jobs, while Dongsheng Auto Parts broke ground on a plant": a body the sentence
    names only in a clause set against the figure's, after it, has none of that clause's figures."""
    bodies = [e for e in query.entities if e.kind != "place"]
    if not bodies:
        return False
    ids = {e.id for e in bodies}
    starts = [m.start for m, e in ev.mentions if e.id in ids]
    if not starts:
        return False
    # (the body opening that clause as its subject: "while Lao customs ..." far on, after "according
    # to", only sources the figure)
    contrast = CONTRAST_CLAUSE.search(ev.sentence.text, f.end)
    return contrast is not None and 0 <= min(starts) - contrast.end() <= _SUBJECT_WITHIN \
        and "," not in ev.sentence.text[contrast.end() : min(starts)]


_SUBJECT_WITHIN = 25  # characters: "while its smaller rival Dongsheng"


def _thing_asked_only_after_and(query: Query, f: FigureRow, ev: Evidence) -> bool:
    """ "By how much did rail tariffs rise?" is not "wheat costs have risen 12% since August and rail
    tariffs went up on Oct. 1": a thing asked that the sentence names only as the subject of a clause
    joined by "and" after the figure, a clause with no figure of its own, was not measured."""
    text = ev.sentence.text
    joined = _AND_CLAUSE.search(text, f.end)
    if joined is None or any(g.start >= joined.end() for g in ev.figures):
        return False
    # ("74 garment and textile factories have reduced shifts": the figure counts the subject itself)
    before = phrase_keys(text[: joined.start()]) | phrase_keys(f.measure)
    subject = phrase_keys(joined.group(1))
    return any(t.word.isalpha() and not t.soft and t.lemma not in MEASURES and t.keys & subject and t.keys.isdisjoint(before)
               for t in query.required)


# "... and rail tariffs went up": a subject of a few words, then its own verb ("the battery hall and
# body shop" joins two things, no clause).
_AND_CLAUSE = lazy_compile(r"\s+and\s+((?:[\w'-]+\s+){1,4}?)(?:went|rose|fell|climbed|jumped|dropped|increased|decreased|"
                           r"declined|gained|slipped|surged|soared|have|has|had|were|was|is|are)\b")


def _name_asked_only_after_with(query: Query, f: FigureRow, ev: Evidence) -> bool:
    """ "how many tonnes of ore did laos supply to china" is not "China imported 75,100 tonnes of
    ores from all sources last year, with Laos the second-largest supplier after Myanmar": a name
    asked that the sentence gives only in a "with" clause after the figure, a clause with no
    figure of its own, is set beside the figure, not measured by it ("with Thailand taking 71%"
    has its own share)."""
    clause = _WITH_CLAUSE.search(ev.sentence.text, f.end)
    if clause is None or any(g.start >= clause.end() for g in ev.figures):
        return False
    return any(spots and all(m.start >= clause.end() for m in spots)
               for key in query.entity_keys if (spots := [m for m, e in ev.mentions if named_by(e, {key})]))


_WITH_CLAUSE = lazy_compile(r",\s+with\s+")


def _named_only_with_the_rest(query: Query, f: FigureRow, ev: Evidence) -> bool:
    """ "what's the capacity of the Mina Abdullah refinery?" is not "Together with the older Mina
    Abdullah and Mina al-Ahmadi refineries, the OPEC member's total refining capacity stands at
    about 1.4 million bpd": a name the sentence gives only in a "together with" (or "along with",
    "combined with") phrase is one part of the figure's whole, which it does not measure alone.
    A total asked ("combined", "together") is that whole."""
    lower = ev.sentence.text.lower()
    if " with " not in lower and not lower.startswith(("together with", "along with", "combined with")):
        return False  # plain pre-check: most sentences hold no "with" at all
    joined = _JOINED_WITH.search(ev.sentence.text)
    if joined is None or joined.start() <= f.start < joined.end() or not query.entity_keys:
        return False
    asked = query.text.lower()
    if "together" in asked or not WHOLE_WORDS.isdisjoint(asked.replace("?", " ").split()):
        return False
    return any(spots and all(joined.start() <= m.start < joined.end() for m in spots)
               for key in query.entity_keys if (spots := [m for m, e in ev.mentions if named_by(e, {key})]))


# "Together with the older Mina Abdullah and Mina al-Ahmadi refineries," up to the phrase's comma
_JOINED_WITH = lazy_compile(r"\b(?:together|along|combined)\s+with\s+[^,;]{2,120}?,", re.IGNORECASE)


def _capacity_for_a_dated_flow(query: Query, f: FigureRow, ev: Evidence) -> bool:
    """ "how many cars did the port tranship in May?" is not "would lift the port's annual vehicle
    handling capacity to 1.2 million units from about 750000 now": a capacity is what a thing can
    do in any period, not what it did in the period asked; unless a capacity is asked ("capacity",
    "can", "able")."""
    if not query.times or f.period_start or query.wants not in ("count", "level", "quantity"):
        return False
    text = ev.sentence.text
    if "apacit" not in text:
        return False  # plain pre-check: most sentences name no capacity
    asked = query.text.lower()
    if "capacit" in asked or "able" in asked or not _CAN_ASKED.isdisjoint(asked.split()) \
            or any("capacity" in t.keys for t in query.terms):
        return False
    start, _ = own_clause(text, f.start, f.end)
    return "capacit" in text[start : f.start].lower()


_CAN_ASKED = frozenset({"can", "could", "max", "maximum", "handle"})


def _asked_only_as_follower(query: Query, f: FigureRow, ev: Evidence) -> bool:
    """ "What share of the shipments was barley?": "Wheat made up 41% of the volume shipped,
    followed by barley, rapeseed and oats": what a ranking names after "followed by" comes
    behind the figure's thing, with no figure of this one's."""
    text = ev.sentence.text
    follows = _FOLLOWED_BY.search(text, f.end)
    if follows is None:
        return False
    before = phrase_keys(text[: follows.start()])
    tail = phrase_keys(text[follows.end() :])
    return any(t.word.isalpha() and not t.soft and t.lemma not in MEASURES and t.keys & tail and t.keys.isdisjoint(before)
               for t in query.required)


_FOLLOWED_BY = lazy_compile(r",\s+followed\s+by\s", re.IGNORECASE)


def _asked_only_as_driver(query: Query, f: FigureRow, ev: Evidence) -> bool:
    """ "By how much did car exports to the US rise?" is not "Exports to the United States jumped
    13.9%, led by cars and mining machinery": a word asked that the sentence names only as what
    drove the figure makes the figure the whole's, not the part's asked."""
    text = ev.sentence.text
    # "23 of its 41 estates were hit by flooding": the figure's own things underwent it, so the
    # phrase is what befell them (asked "how many estates got flooded?"), no driver of the figure.
    spans = [span for span in _driver_spans(text) if not _undergone_by(text, f, span[0])]
    if not spans or any(a <= f.start < b for a, b in spans):
        return False  # "helped by a 20% rise in car exports": the driver's own figure
    outside = phrase_keys("".join(text[a:b] for a, b in zip([0] + [e for _, e in spans], [s for s, _ in spans] + [len(text)])))
    inside = phrase_keys(" ".join(text[a:b] for a, b in spans))
    return any(t.keys & inside and not t.keys & outside for t in query.required if not t.keys & (UP_KEYS | DOWN_KEYS))


@lru_cache(maxsize=4096)  # a sentence's driver phrases, found once for all its figures (and questions)
def _driver_spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in _DRIVER_PHRASE.finditer(text))


def _undergone_by(text: str, f: FigureRow, start: int) -> bool:
    """The figure heads the subject of a passive whose agent the phrase names ("41 estates were hit by")."""
    return f.end <= start and _PASSIVE_AFTER_SUBJECT.match(text[f.end : start]) is not None


_PASSIVE_AFTER_SUBJECT = lazy_compile(r"(?:\s+(?:of\s+)?(?:its|their|the|his|her)?\s*(?:[\d,.]+\s+)?[a-z-]+){0,3}\s+(?:were|was|had been|have been|got)\s+$", re.IGNORECASE)


# "driven by foreign orders, which slid 3.9%": the relative clause is still the driver's.
_DRIVER_PHRASE = lazy_compile(r"(?:\b(?:led|helped|driven|boosted|lifted|supported|dragged|weighed down|hit|hurt) by\b"
                              r"|\b(?:thanks to|on the back of)\b)[^,;.]*(?:,\s*(?:which|that|who)\b[^,;.]*)?", re.IGNORECASE)


def _what_might_have_been(query: Query, f: FigureRow, ev: Evidence) -> bool:
    """ "Without the strike we would have grown by about 3.6%": what did not happen answers only
    a question about what would have."""
    if _MIGHT_HAVE.search(query.text):
        return False
    text = ev.sentence.text
    return _MIGHT_HAVE.search(text, own_clause(text, f.start, f.end)[0], f.start) is not None


_MIGHT_HAVE = lazy_compile(r"\b(?:would|could|might)(?:\s+not)?\s+have\b|\bwithout\b", re.IGNORECASE)
_TRADE_WAYS = {"import": "export", "export": "import"}


def _other_trade_way(query: Query, f: FigureRow, ev: Evidence) -> bool:
    """ "How much sugar did Brazil import?" is not "Brazil exported 3.46 million tonnes of sugar,
    with China ... the top buyers": the verb before the figure trades the other way, whatever
    "buyers" the sentence names after it."""
    asked = {t.lemma for t in query.required} & _TRADE_WAYS.keys()
    if len(asked) != 1:
        return False
    way = next(iter(asked))
    other = _TRADE_WAYS[way]
    start = own_clause(ev.sentence.text, f.start, f.end)[0]
    keys = phrase_keys(ev.sentence.text[start : f.start])
    return other in keys and way not in keys and not _share_of_the_way(f, ev, way)


# "China now buys about 80% of Turkmenistan's gas exports": a share whose whole is the way asked;
# the whole may sit behind a longer name ("38% of Al-Zour's diesel and jet fuel exports").
_SHARE_OF_AFTER = lazy_compile(r"^\s*of\s+((?:[\w’'-]+\s+){0,6}[\w’'-]+)")


def _share_of_the_way(f: FigureRow, ev: Evidence, way: str) -> bool:
    m = _SHARE_OF_AFTER.match(ev.sentence.text[f.end : f.end + 80]) if f.kind == "percent" else None
    return m is not None and way in phrase_keys(m.group(1))


# Money taken in asked, money paid out asked, and a verb of paying out before a sum.
_MONEY_TAKEN_IN = r"earnings|revenues?|income|turnover|receipts|proceeds"  # (sales may count goods)
_TAKEN_IN_ASKED = lazy_compile(rf"\b(?:earn\w*|sales|{_MONEY_TAKEN_IN})\b", re.IGNORECASE)
_MONEY_TAKEN_IN_ASKED = lazy_compile(rf"\b(?:{_MONEY_TAKEN_IN})\b", re.IGNORECASE)
_PAID_OUT_ASKED = lazy_compile(r"\b(?:spen[dt]\w*|costs?|costing|invest\w*|pa(?:y|id|ying|ys)|expen\w*|capex|budget\w*|outlay\w*)\b", re.IGNORECASE)
_PAID_OUT = lazy_compile(r"\b(?:spen[dt]|spends|spending|paid|pays?|paying|invest(?:ed|s|ing)?|cost|costs|costing)\b(?![^,;]*\b(?:earn\w*|revenues?|sales|income)\b)",
                         re.IGNORECASE)


def _spent_for_earned(query: Query, f: FigureRow, ev: Evidence) -> bool:
    """ "What were Ecuador's total shrimp export earnings?" is not "shrimp farmers have spent about
    $150 million on diesel generators": a sum its own clause says was paid out is no money taken in;
    no count or quantity is money, and no rate of change the amount."""
    if not _TAKEN_IN_ASKED.search(query.text) or _PAID_OUT_ASKED.search(query.text):
        return False
    if f.kind in ("count", "quantity") and query.wants in ("level", "money") and _MONEY_TAKEN_IN_ASKED.search(query.text):
        return True  # nor "power cuts of up to 14 hours a day": earnings are money
    if (f.kind == "percent" and f.direction and not query.direction and query.wants in ("level", "money")
            and _MONEY_TAKEN_IN_ASKED.search(query.text) and not _EARLIER_ASKED.search(query.text)):
        return True  # nor "sales to the United States fell 14%": a change, not the amount
    if f.kind != "money":
        return False
    text = ev.sentence.text
    start, _ = own_clause(text, f.start, f.end)
    return _PAID_OUT.search(text, start, f.start) is not None


_DEFINITE_BEFORE = lazy_compile(r"\b(?:the|these|those|both|all)\s+$", re.IGNORECASE)


def _the_ones_named(query: Query, f: FigureRow, ev: Evidence) -> bool:
    """ "how much trade went through Tatopani?" is not "the other main trade route between the two
    countries": a number in words after "the" points back to things named, and states no amount."""
    if query.wants == "count" or f.kind != "count" or not f.raw.split()[0].isalpha():
        return False
    return _DEFINITE_BEFORE.search(ev.sentence.text, max(0, f.start - 8), f.start) is not None


_COST_NOUN_ASKED = lazy_compile(r"\b(?:cost|price tag|bill)\s+(?:of|for)\b", re.IGNORECASE)
_COST_SAID = lazy_compile(r"\b(?:cost\w*|pric\w*|expens\w*|spen[dt]\w*|paid|pay\w*|charg\w*|fees?|bill\w*|tariffs?|rates?)\b", re.IGNORECASE)


def _no_cost_for_cost(query: Query, f: FigureRow, ev: Evidence) -> bool:
    """ "What is the total cost of the financial centre tower?" is not "... with 70% of its office
    space already leased": no figure but money is a cost, unless its own clause says it is one
    ("borrowing costs rose to 5.2%")."""
    if query.wants != "money" or f.kind == "money" or not _COST_NOUN_ASKED.search(query.text):
        return False
    start, end = own_clause(ev.sentence.text, f.start, f.end)
    if _COST_SAID.search(ev.sentence.text, start, end):
        return False
    # ("what is the cost of living running at" asks the inflation its clause names)
    costs = frozenset().union(*(t.keys for t in query.required if "cost" in t.keys))
    return not any(k & costs for k in token_keys(tokenize(ev.sentence.text[start:end])))


def _invested_the_other_way(query: Query, f: FigureRow, ev: Evidence) -> bool:
    """ "How much have Kazakh companies invested in China?" is not "Chinese direct investment in
    Kazakhstan reached $2.3 billion": the place asked as the investor is where the money went."""
    lower = query.text.lower()
    at = lower.find("invest")
    if at < 0:
        return False
    investors = {k for k in query.entity_keys if 0 <= lower.find(k) < at}
    if not investors:
        return False
    text = ev.sentence.text
    start, end = own_clause(text, f.start, f.end)
    return any(start <= m.start < end and named_by(e, investors) and _INVESTED_IN.search(text, max(start, m.start - 40), m.start)
               for m, e in ev.mentions)


def _bought_from_the_buyer_asked(query: Query, f: FigureRow, ev: Evidence) -> bool:
    """ "How much palm oil did Malaysia import?" is not "India imported 312,000 tonnes of Malaysian
    palm oil": the place asked as the buyer is named in the figure's clause only as where the goods
    came from ("of Malaysian palm oil" after the figure, "from Malaysia")."""
    lower = query.text.lower()
    at = lower.find("import")
    if at < 0 or not any(t.lemma == "import" for t in query.required):
        return False
    buyers = {k for k in query.entity_keys if 0 <= lower.find(k) < at}
    if not buyers:
        return False
    text = ev.sentence.text
    # The sentence's first naming of it, before the end of the figure's clause ("down 27% from
    # October" is a change of the amount before it); "because a rally in Malaysian prices" after
    # that is no buyer either.
    end = own_clause(text, f.start, f.end)[1]
    m = min((m for m, e in ev.mentions if m.start < end and named_by(e, buyers)), key=lambda m: m.start, default=None)
    return m is not None and bool(_CAME_FROM.search(text, max(0, m.start - 30), m.start) or _goods_of(text, m.start, ev))


def _goods_of(text: str, at: int, ev: Evidence) -> bool:
    """ "312,000 tonnes of Malaysian palm oil": the name right after an amount and "of" says whose
    the goods are; not "22% of India's fertiliser imports", a share of the name's own trade."""
    amount = max((g for g in ev.figures if g.end <= at and g.kind != "percent"), key=lambda g: g.end, default=None)
    return (amount is not None and at - amount.end <= 30 and bool(_GOODS_OF.fullmatch(text, amount.end, at))
            and not _POSSESSIVE_AFTER.match(text, at))


# "imported ... from Malaysia": where goods came from; "312,000 tonnes of Malaysian palm oil",
# after the figure: whose goods they are.
_CAME_FROM = lazy_compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
_GOODS_OF = lazy_compile(r"\s*(?:[a-z]+\s+)?of\s+(?:the\s+)?", re.IGNORECASE)
_POSSESSIVE_AFTER = lazy_compile(r"[\w-]+['’]s?\b")


# "direct investment in Kazakhstan", "invested in the region": where the money goes.
_INVESTED_IN = lazy_compile(r"\binvest(?:s|ed|ing|ments?|ors?)?\s+(?:in|into)\s+(?:the\s+)?$", re.IGNORECASE)


def _added_not_held(query: Query, f: FigureRow, ev: Evidence) -> bool:
    """ "How many locomotives does the operator have?" is not "plans to add 10 locomotives next
    year": what is added, bought or ordered counts no fleet it holds."""
    if query.wants != "count" or f.kind != "count" or not _ASKS_HELD.search(query.text):
        return False
    text = ev.sentence.text
    return _ADDED_BEFORE.search(text, own_clause(text, f.start, f.end)[0], f.start) is not None


# "how many ships does it have?", "how many stores do they run": what is held, not what comes on top.
_ASKS_HELD = lazy_compile(r"\bhow many\b.*\b(?:does|do)\b.*\b(?:have|own|operate|run)\b(?!.*\b(?:add|buy|order|need|plan|want)\b)",
                          re.IGNORECASE)
_ADDED_BEFORE = lazy_compile(r"\b(?:add|adds|adding|added|buy|buys|buying|bought|order|orders|ordering|ordered|acquire|acquires|acquiring"
                             r"|acquired|purchase|purchases|purchasing|purchased)\s+(?:(?:another|a further|an extra|up to|about|some|around"
                             r"|nearly|almost|more than|over)\s+)?$", re.IGNORECASE)


def _aim_not_outcome(query: Query, f: FigureRow, ev: Evidence) -> bool:
    """ "How many tourists visited in November?" is not "we have lowered our target to 32.5 million
    foreign arrivals": a target or forecast answers only a question that looks ahead."""
    if asks_forecast(query) or _asks_ahead(query.text):
        return False
    text = ev.sentence.text
    if _POLL_OF.search(text, max(0, f.start - 24), f.start):
        return False  # "the median forecast in a Reuters poll of 15 economists": who was asked, no aim
    # "kept its forecast for growth ... and reiterated that it would pay a dividend of 2.10 crowns":
    # the forecast is of the first verb's; the dividend is the second's.
    before = _LAST_VERB_JOIN.split(text[own_clause(text, f.start, f.end)[0] : f.start])[-1]
    if _asks_done(query.text) and not query.shift_years and (_LOOKS_AHEAD.search(before) or _MIGHT_BE.search(before)):
        # "What profit did the operator report?" is not "the company expects full-year net profit
        # of 78 million to 82 million euros": asked in the past, it asks what was, not what may be.
        # (Read a year later, a forecast's "up 4% from 2024" still works back to what was.)
        return True
    return any(not (m.group(0).lower().startswith("project") and (_NOUN_BEFORE.search(before, 0, m.start()) or _NOUN_AFTER.match(before, m.end())))
               for m in _AIMS.finditer(before))


@lru_cache(maxsize=1024)  # of the question's text, asked once a figure ranked
def _asks_ahead(question: str) -> bool:
    return _ASKS_AHEAD.search(question) is not None


@lru_cache(maxsize=1024)  # likewise
def _asks_done(question: str) -> bool:
    return _ASKS_DONE.search(question) is not None


# A question in the past: what happened ("did", "reported"), not what someone expects.
# ("What proportion of the copper went by train?": a verb's own past, too)
_ASKS_DONE = lazy_compile(r"\b(?:did|was|were|had|went|came|sold|bought|rose|fell|grew|took|paid|spent|got)\b", re.IGNORECASE)
# "who estimates rail could carry 35% of copper exports by 2030": what may be, no outcome.
_MIGHT_BE = lazy_compile(r"\b(?:could|might)\s+(?:\w+\s+){1,2}$", re.IGNORECASE)


_POLL_OF = re.compile(r"\b(?:poll|survey|panel|canvass)\s+of\s+(?:about\s+|some\s+)?$", re.IGNORECASE)


# "the average strike price for fixed-bottom projects rose 11%": projects built, not projected.
_NOUN_BEFORE = lazy_compile(r"(?:\b(?:the|a|for|of|its|their|new|these|those|such|and|in|on|two|three|several|many|other|some)"
                            r"|\w-\w+"
                            # "The Mboukou project, in Kouilou department about 85 kilometres north": a
                            # project its name calls so is the works, no projection
                            r"|\bthe\s+(?-i:[A-Z])[\w-]*)\s+$", re.IGNORECASE)


# "a nickel and cobalt project in Papua New Guinea shipped 28,450 tonnes": a project placed or
# owned is the works that did it, not a projection
_NOUN_AFTER = lazy_compile(r"(?:\s+(?:in|at|near|of)\b|['’]s?\s)", re.IGNORECASE)


_LAST_VERB_JOIN = re.compile(r"\band (?=(?:reiterated|said|added|confirmed|announced|promised|pledged|vowed|repeated)\b)")


# Someone's aim or forecast; "production is forecast to slump" is how a crop estimate is reported.
_AIMS = re.compile(r"\b(?:targets?|goals?|(?<!is )(?<!are )(?<!was )(?<!were )(?<!been )(?:forecasts?|projects?)|projections?|guidance"
                   r"|aims? to|aiming to)\b",
                   re.IGNORECASE)
# "how many jobs are the wind farms supposed to bring?": what is expected of them, ahead.
# ("what oil price is the govt assuming in the 2025 budget?": an assumption asked is one looked ahead)
# ("how much forex did they say bunkering would bring in": a "would" asks what was expected, as "will" does)
_ASKS_AHEAD = re.compile(r"\b(?:will|'ll|would|going to|next|hopes?|hoping|wants?|plans?|aims?|by the end of|full[- ]year"
                         r"|assum(?:e|es|ed|ing)|(?:expect|project|predict|forecast)(?:s|ing)"
                         r"|(?:supposed|expected|meant) to)\b", re.IGNORECASE)


@lru_cache(maxsize=8192)  # per clause, as _states_past_level
def _states_expectation(clause: str) -> bool:
    return EXPECTATION.search(clause) is not None


_LOOKS_AHEAD = re.compile(r"\b(?:expects?|assumes?|predicts?|plans? to|intends? to)\b", re.IGNORECASE)


_ASCII_WORDS = lazy_compile(r"[a-z]+")


# "the remaining $400 million", "the rest of the 80 tanks": what is left of a whole, a part of it.
_REMAINDER_BEFORE = lazy_compile(r"\b(?:the|its|their)\s+(?:" + "|".join(SYNONYMS["remainder"]) + r")\s+(?:of\s+(?:the\s+|its\s+)?)?$",
                                 re.IGNORECASE)
# ", which envisages up to": a relative clause the figure sits in, after its comma.
_RELATIVE_CLAUSE_BEFORE = lazy_compile(r"[,;]\s+(?:which|that)\s+[^,;]*$")
# A question after a remainder or a ceiling asks for one: "how much is left?", "at most how many?"
_PART_OR_CEILING_ASKED = lazy_compile(r"\b(?:" + "|".join(SYNONYMS["remainder"]) + r"|left|up\s+to|at\s+most|max|maximum|ceiling|cap|limit|could|might)\b",
                                      re.IGNORECASE)


def _part_or_ceiling(query: Query, f: FigureRow, ev: Evidence) -> float:
    """ "How many tanks is Poland getting?": the contract's firm 180 tanks, not the framework's
    ceiling "up to 300 tanks" nor "the remaining 80 tanks" built later; "how much is Kestrel
    paying?" is not "the remaining $400 million" of the price. A ceiling told of another thing or a
    remainder is a bound or a part of the whole asked, unless the question asks for one."""
    if _PART_OR_CEILING_ASKED.search(query.text):
        return 0.0
    text = ev.sentence.text
    # (a ceiling the subject itself sets, "ordered up to 60 jets", is the answer: only one in an
    # aside about another thing, "a framework deal, which envisages up to 300 tanks", is a bound)
    if ((f.qualifier == "up to" and _RELATIVE_CLAUSE_BEFORE.search(text, max(0, f.start - 80), f.start))
            or _REMAINDER_BEFORE.search(text, max(0, f.start - 40), f.start)):
        return 1.5
    return 0.0


def _one_of_many(query: Query, f: FigureRow, ev: Evidence) -> float:
    """ "The total value of the deals" is not "the largest single deal, worth 6.8 billion yuan"."""
    if _WHOLE_ASKED.isdisjoint(_ASCII_WORDS.findall(query.text.lower())):  # "... overall?" ends in its mark
        return 0.0
    text = ev.sentence.text
    clause = clause_text(text, f.start, f.end)
    if _WHOLE_BEFORE.search(text, max(0, f.start - 30), f.start):
        # "How big is the PLI scheme overall?": "which has a total outlay of 240 billion rupees",
        # not the 9.6 billion one firm was allotted under it.
        return -1.0
    return 1.5 if _ONE_OF_MANY.search(clause) else 0.0


# "how many boxes does each of the trains haul?" asks what one of them holds, not "each year".
_EACH_ASKED = lazy_compile(r"\b(?:each|every)\b(?!\s+(?:year|month|week|day|quarter|hour|season)s?\b)", re.IGNORECASE)
_EACH_BEFORE = lazy_compile(r"\b(?:each|every\s+one)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
_EACH_AFTER = lazy_compile(r"\s+(?:[a-z]+\s+){0,2}?(?:each|apiece)\b")


def _each_fit(query: Query, f: FigureRow, ev: Evidence) -> float:
    """ "How many boxes does each of the daily trains haul?": "a daily train ..., each carrying 50
    containers" tells one train's load; the 38,400 the line carried in ten months is all of them."""
    if not _EACH_ASKED.search(query.text):
        return 0.0
    text = ev.sentence.text
    apiece = _EACH_BEFORE.search(text[max(0, f.start - 30) : f.start]) or _EACH_AFTER.match(text, f.end)
    return 1.5 if apiece else 0.0


# "how much are the deals worth altogether?" asks the whole as "the total value" does
_WHOLE_ASKED = WHOLE_WORDS | {"altogether"}
_WHOLE_BEFORE = lazy_compile(r"\b(?:total|overall|combined|aggregate|cumulative)\b[^,;.]*$", re.IGNORECASE)


def _whole_beside_its_part(query: Query, f: FigureRow, ev: Evidence) -> float:
    """ "How many estates got flooded?" is "23 of its 41 estates were hit by flooding": what the
    clause then says of the things befell the part; the whole, 41, only answers what they are
    (or how many it has)."""
    text = ev.sentence.text
    part = _PART_BEFORE_WHOLE.search(text[max(0, f.start - 30) : f.start])
    if not part:
        return 0.0
    # the clause on both sides: "would cut 1,200 of its 8,500 jobs in Germany"
    before = _CLAUSE_BREAK.split(text[: max(0, f.start - 30) + part.start()])[-1]
    rest = before + " " + _CLAUSE_BREAK.split(text[f.end :], maxsplit=1)[0]
    counted = phrase_keys(f.measure or "")
    said = phrase_keys(rest) - counted
    return 1.0 if any(t.keys & said and not t.keys & counted for t in query.required) else 0.0


# ("all of its 41 estates" is the whole itself; "because of the 41 estates" no part)
_PART_BEFORE_WHOLE = lazy_compile(r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|most|some|many)"
                                  r"\s+of\s+(?:the|its|their|our)\s+$", re.IGNORECASE)
_CLAUSE_BREAK = lazy_compile(r"[,;]|\.(?:\s|$)")


def _part_of_the_whole(query: Query, f: FigureRow, ev: Evidence, homes: set[int] | None = None) -> float:
    """ "Rice production?" names no place: Punjab's 12.9 million tonnes is a part, the country's
    135.5 million the answer. A figure whose clause belongs to a place is only a part of it; not
    to the place its headline opens on, the whole the story is about ("Saudi Arabia's public debt
    stood at 1.38 trillion riyals" under "Saudi Arabia sells $11.5 billion of bonds")."""
    if any(e.kind == "place" for e in query.entities) or ev.sentence.paragraph <= 1:
        return 0.0  # the place a story leads with is the whole it is about ("Turkey's central bank")
    text = ev.sentence.text
    spans = span_clause(text, f.start, f.end)
    # (a name read twice, "Saudi" inside "Saudi Arabia", is one owner)
    home = {e.id for m, e in ev.mentions if e.id in (homes or ()) and _home_measure(text, m.end)}
    owners = [e for m, e in ev.mentions if e.kind == "place" and m.start < f.start and any(a <= m.start < b for a, b in spans)
              and e.id not in home
              and not _LOCATIVE.search(text[max(0, m.start - 40) : m.start]) and not HOME_SUFFIX.match(text, m.end)
              and not _owns_a_name(ev, m.end)]
    return 1.0 if owners else 0.0


def _owns_a_name(ev: Evidence, end: int) -> bool:
    """ "two cranes from Finland's Konecranes ..., which would lift the terminal's capacity to 8.5
    million tonnes": a place owning a name right after it ("Finland's Konecranes") says whose the
    firm is, not whose the figure."""
    text = ev.sentence.text
    if text[end : end + 3] not in ("'s ", "’s "):
        return False
    return any(m.start == end + 3 and e.kind != "place" for m, e in ev.mentions)


def _placed_measure(query: Query, f: FigureRow, ev: Evidence, homes: set[int] | None = None) -> float:
    """ "What were Arvenna's Q3 sales?" names no place: "U.S. sales rose 16% to $5.6 billion" and
    "Sales in Europe slipped 2%" measure a region's part, below "Revenue climbed 9% to 11.4 billion
    francs". A place right before the measure word or inside its phrase qualifies the measure
    itself, more than an owner elsewhere in the clause (_part_of_the_whole); not the story's home
    owning it ("Saudi Arabia's public debt")."""
    if not f.measure or any(e.kind == "place" for e in query.entities) or ev.sentence.paragraph <= 1:
        return 0.0
    # (a measure that is the place alone, "Singapore was the biggest source ... at $6.73 billion", names no part)
    if not any(t.lemma in MEASURES or t.text.islower() for t in tokenize(f.measure)):
        return 0.0
    text = ev.sentence.text
    at = text.rfind(f.measure, 0, f.start)
    if at < 0:
        return 0.0
    end = at + len(f.measure)
    # (a name read twice, "Saudi" inside "Saudi Arabia", is one owner: the home owning it by either)
    home = {e.id for m, e in ev.mentions if e.id in (homes or ()) and _home_measure(text, m.end)}
    return 1.0 if any(e.kind == "place" and e.id not in home
                      and (0 <= at - m.end <= 1 or at <= m.start < end) for m, e in ev.mentions) else 0.0


def _stretch_in_a_place(query: Query, f: FigureRow, ev: Evidence) -> float:
    """ "How long is the pipeline?" names no place: "About 1,147 km of the route runs through
    Tanzania" is the stretch in one country, a part of "the 1,443-kilometre heated pipeline"."""
    if query.wh != "how long" or any(e.kind == "place" for e in query.entities):
        return 0.0
    return 1.5 if _STRETCH_IN.match(ev.sentence.text, f.end) else 0.0


# "1,147 km of the route runs through Tanzania", "300 km of it lies in Kenya": a length within a place.
_STRETCH_IN = lazy_compile(r"\s+of\s+(?:the\s+|its\s+)?[a-z-]+(?:\s+[a-z-]+)?\s+(?:runs?|passe?s?|lies?|goes|go|crosses|cross|is|are)\s+"
                           r"(?:through|in|across|inside|within)\s+[A-Z]")


# "Saudi Arabia's public debt": the words a place owns.
_POSSESSED = lazy_compile(r"['’]s\s+([a-z-]+)(?:\s+([a-z-]+))?")


def _home_measure(text: str, end: int) -> bool:
    """ "Saudi Arabia's public debt", not "Egypt's finance ministry has budgeted": the home
    place owns a measure, no body of its own that states one."""
    m = _POSSESSED.match(text, end)
    if m is None:
        return False
    words = [lemma(w) for w in m.groups() if w]
    return any(w in MEASURES for w in words) and not any(w in gz.ORG_NOUNS for w in words)


# "The Krefeld-based company", "Frankfurt-listed shares": the place describes a body, owns nothing.


# "the Khorgos dry port on Kazakhstan's border with China": the places of a phrase that sets a
# place on a border or coast say where it is.
_ON_PLACES_EDGE = lazy_compile(r"(?:\s+[a-z][\w-]*){0,3}\s+(?:on|near|along)\s+(?:the\s+)?"
                               r"(?:[A-Z][\w-]*['’]s\s+(?:[a-z]+\s+)?(?:border|coast|frontier)s?\s+(?:with|of)\s+)?")


def _address_part(text: str, m: MentionRow, mentions: list[tuple[MentionRow, EntityRow]]) -> bool:
    """ "Jackson, Tennessee": the state after a city's comma is where the city is, not an owner;
    so are the places of a phrase that sets it on a border ("on Kazakhstan's border with China")."""
    return any(e.kind == "place" and other.end < m.start and (text[other.end : m.start] == ", "
               or (0 < m.start - other.end <= 60 and _ON_PLACES_EDGE.fullmatch(text, other.end, m.start) is not None))
               for other, e in mentions)


def _in_a_title(text: str, m: MentionRow, mentions: list[tuple[MentionRow, EntityRow]]) -> bool:
    """ "PNG Mining Minister Peter Kavana said the government expected to collect 215 million kina":
    a name opening the title of the person named right after it qualifies the speaker, and owns
    none of what the speaker tells."""
    return any(e.kind == "person" and 0 < other.start - m.end <= 60
               and text[m.start : other.start].strip().lower() in {r.lower() for r in e.roles}
               for other, e in mentions)


def _owner_fit(query: Query, f: FigureRow, ev: Evidence) -> float:
    """ "How many cars did Vayu sell?": a figure in the clause that names Vayu, before one in a
    sentence about all electric cars whose paragraph names Vayu later."""
    asked = {e.id for e in query.entities if e.kind == "org"}
    if not asked:
        return 0.0
    spans = span_clause(ev.sentence.text, f.start, f.end)
    if any(e.id in asked and any(a <= m.start < b for a, b in spans) for m, e in ev.mentions):
        return 1.0
    carried = _subject_carried(ev, spans)
    return 1.0 if carried is not None and carried.id in asked else 0.0


def _subject_carried(ev: Evidence, spans: list[tuple[int, int]]) -> EntityRow | None:
    """ "Kobe Mart said its operating profit rose 12.4% ..., while net profit rose 9.1%": a clause
    that names nothing of its own is still about the body the sentence opens with."""
    orgs = [(m, e) for m, e in ev.mentions if e.kind == "org"]
    if not orgs or any(a <= m.start < b for m, _ in ev.mentions for a, b in spans):
        return None  # "..., while output at the Cerro Alto mine slumped 12.5%": the mine's
    return min(orgs, key=lambda p: p[0].start)[1]


# "An Ofwat investigation ... found that the company spilled sewage 14,352 times": the body before
# a finding or statement told is its source, not the one the figure is of.
_FOUND_THAT = lazy_compile(r"\b(?:found|concluded|showed|shows|said|says|estimated|reported)\s+that\b")
_SAID_IT = lazy_compile(r"\b(?:said|says|announced|reported|added)\s+(?:that\s+|on \w+\s+)?(?:it|they)\b[^,;]*$")


_PARTY_AFTER = lazy_compile(r"^\s+(?:[\w-]+\s+){0,2}?(?:contract|deal|order|agreement|award|loan|investment)s?\s+(?:from|with|by)\s+(?:the\s+)?$")
# "demanded 845 billion tugrik ($248 million) in back taxes and penalties from Oyu Tolgoi": money
# claimed or raised "in <kind> from" a party is that party's to pay, however far the kind runs.
_IN_KIND_FROM = lazy_compile(r"\s*(?:\([^()]{1,40}\)\s*)?in\s+(?:[\w-]+\s+){1,4}?from\s+(?:the\s+)?$")
# ... and the deal named before its worth: "signed 37 agreements worth a combined $1.84 billion
# with Chinese companies": the party after the worth is a party to the deals.
_DEAL_WORTH_BEFORE = lazy_compile(r"\b(?:contract|deal|order|agreement|pact|accord)s?\s+(?:valued\s+at|worth)\s+"
                                  r"(?:(?:a\s+)?(?:combined|total(?:\s+of)?)\s+|(?:about|around|some|nearly|almost|roughly|more\s+than)\s+)?$")
_PARTY_AFTER_WORTH = lazy_compile(r"^\s+(?:\([^()]*\)\s+)?(?:with|from)\s+(?:the\s+)?$")
# ... or its holder, by a passive: "60% owned by China's state-controlled Cosco Shipping Ports".
_OWNED_BY_AFTER = lazy_compile(r"\s+(?:owned|held|controlled)\s+by\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?")
# ... or where it goes: "compared with $4,480 for cargoes bound for China".
# ("open the first five container berths at its Grand Faw port": the owner's "its" is a "the")
_IN_AFTER = lazy_compile(r"^[^,;]*\b(?:in|at|to|for)\s+(?:the\s+|its\s+|their\s+)?$")
# ... of which "bound for" tells where the goods went: "418 containers of cardamom bound for China".
_BOUND_FOR_BEFORE = lazy_compile(r"\b(?:bound|destined|headed)\s+for\s+$")
# ... and the body the goods of the figure went to, after their description in its clause:
# "supply 2.4 million tonnes of granular and standard potash to Qingdao-based Huanong".
# ("owes about 98 billion birr to the state-owned Commercial Bank of Ethiopia": the lender's too)
_RECEIVER_AFTER = lazy_compile(r"[^,;()]*\bto\s+(?:the\s+)?(?:[\w-]+-(?:based|owned|run)\s+)?")


# "The agreement between Food Contract Corporation and Chang'an Logistics is worth 96 billion
# tenge": the parties to a deal share its worth, which is the deal's, not a rival body's figure.
_PARTIES_BEFORE = lazy_compile(r"\b(?:agreement|deal|contract|pact|accord|memorandum|treaty|venture|partnership)s?\s+"
                               r"(?:signed\s+|struck\s+|reached\s+)?between\s+[^,;()]*$", re.IGNORECASE)
# ("at a trade fair in the northeastern Chinese city of Harbin": the city named by what it is; a
# province so named is rather where a body builds its own plant, "BYD will build a $1.5 billion
# factory in the western Turkish province of Manisa", a figure of the body's)
_FAR_IN_AFTER = lazy_compile(r"[^,;]*\b(?:in|at)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,3}(?:city|town)\s+of\s+)?")
# "won a 48.5 billion lira ($1.16 billion) contract to expand the port of Mersin": the deal the
# figure is the worth of names its place after it.
_DEAL_FOR_AFTER = lazy_compile(r"\s*(?:\([^()]*\)\s*)?(?:[\w-]+\s+){0,2}(?:contract|deal|agreement|pact|accord)s?\s+"
                               r"(?:to|for)\s+(?:[\w-]+\s+){0,3}(?:(?:the\s+)?[\w-]+\s+of\s+)?")


def _deal_for_asked_place(query: Query, f: FigureRow, ev: Evidence) -> bool:
    """ "How much is the Mersin port deal worth?": the deal's worth is the place's, whoever won it."""
    if f.kind != "money" or not any("agreement" in t.keys for t in query.terms):
        return False
    asked = set(query.entity_keys)
    return any(e.kind == "place" and (e.id in {q.id for q in query.entities} or named_by(e, asked))
               and 0 <= m.start - f.end <= 90 and _DEAL_FOR_AFTER.fullmatch(ev.sentence.text, f.end, m.start)
               for m, e in ev.mentions)


# "Gulf Horizon Lines, in which DP World holds a 51% stake": a preposition before the relative
# pronoun still ties the clause to the name before its comma.
_RELATIVE_OPENING = lazy_compile(r"(?:(?:in|of|to|with|for|from|at|by)\s+)?(?:which|whom|who)\s")
# "a plant at Maputsoe, near the Ficksburg border crossing, which is expected to employ 320
# people": an aside setting a place by what is near it leaves the relative clause to the place.
_NEAR_ASIDE = lazy_compile(r",\s+(?:(?:just|about|some|right)\s+)?(?:near|outside|close\s+to|next\s+to|beside)\s[^,;()]*,\s*")
# (a place's kind written after its name: "Kasungu district")
_KIND_AFTER_NAME = lazy_compile(r"(?:\s+([a-z]+))?")


def _relative_of_asked_place(f: FigureRow, ev: Evidence, asked_ids: set[int], asked: set[str]) -> bool:
    """ "How many people will the Kasungu plant employ?" / "a plant in Kasungu district, which is
    expected to employ 650 people": the relative clause holding the figure hangs on the asked
    place (its kind word after it is part of its name), whoever acts in the main clause."""
    text = ev.sentence.text
    rel = _RELATIVE_BEFORE.search(text, 0, f.start)
    if rel is None:
        return False
    for m, e in ev.mentions:
        kind = _KIND_AFTER_NAME.fullmatch(text, m.end, rel.start())
        if (e.kind == "place" and kind and (kind.group(1) is None or kind.group(1) in gz.PLACE_NOUNS)
                and (e.id in asked_ids or named_by(e, asked))):
            return True
    return False


_THE_COUNTRYS = lazy_compile(r"\bthe\s+(?:country|nation)['’]s\s+(?:[a-z]+\s+)?$")
_OF_THE_COUNTRY = lazy_compile(r"\s+of\s+(?:the\s+)?(?:country|nation)['’]s\s")
# "expand by 4,500 hectares, mainly in La Libertad and Ica, taking the national total to about
# 23,000 hectares": a national whole is the country's, not the regions' named before it.
_THE_NATIONAL = lazy_compile(r"\bthe\s+(?:national|nationwide|countrywide)\s+[a-z]+\s+(?:(?:to|of|at|reached|hit)\s+)?"
                             r"(?:(?:about|around|some|nearly|almost|roughly|more than)\s+)?$")


_THROUGH_LEAD = lazy_compile(r"\b(?:through|thru|via)\s", re.IGNORECASE)


def _passed_through(query: Query, f: FigureRow, ev: Evidence, keys: set[str]) -> set[str]:
    """The asked places the question's goods pass "through" that the figure's clause passes too:
    "went thru Chancay to China" / "sent 1,842 containers ... to China through the new port of
    Chancay". A way through is no owner, nor an end to match."""
    text = ev.sentence.text
    through = _THROUGH_LEAD.search(query.text) is not None  # else no key's pattern can match: none compiled
    return {k for k in keys if ((through and follows(query.text, k, _THROUGH_THE_PORT, _THROUGH_STARTS, fold=True))
                                or _way_named_by_alias(query, k))
            and any(named_by(e, {k}) and 0 <= m.start - f.end <= 120 and _VIA_AFTER.fullmatch(text, f.end, m.start) for m, e in ev.mentions)}


# (the words a question's way through starts with: "via the nsr in q3")
_WAY_ASKED = lazy_compile(r"\b(?:through|thru|via|along)\s+(?:the\s+)?(?:port\s+of\s+)?([\w-]+(?:\s+[\w-]+){0,3})", re.IGNORECASE)


def _way_named_by_alias(query: Query, key: str) -> bool:
    """ "went to china via the nsr": the way may be asked by a short name of the place matched,
    not its full name ("northern sea route")."""
    if len(query.entities) != len(query.entity_keys):
        return False
    ways: set[str] = set()
    for m in _WAY_ASKED.finditer(query.text):
        words = normalise_name(m.group(1)).split()
        ways |= {" ".join(words[:n]) for n in range(1, len(words) + 1)}
    initials = "".join(w[0] for w in key.split())  # "nsr" for the Northern Sea Route
    return any(k == key and (named_by(e, ways) or (len(initials) > 1 and initials in ways)) for e, k in zip(query.entities, query.entity_keys))


# (up to the way through, in the figure's own clause)
_VIA_AFTER = lazy_compile(r"[^,;]*\b(?:through|via|along)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:(?:port|terminal|crossing)\s+of\s+)?")


def _asked_for(question: str, key: str) -> bool:
    """Whether the question names the place after "for", as where goods went ("cardamom for china")."""
    return f" for {key} " in f" {normalise_name(question)} " or f" for the {key} " in f" {normalise_name(question)} "


def _distance_of_route(query: Query, f: FigureRow) -> bool:
    """ "How far is the trip to Ningbo?" / "left Giurgiulesti ... on a vessel bound for Ningbo, a
    voyage of more than 14,000 kilometres": a route's length is shared by every place along it and
    by whoever travels it, so no name in the sentence owns it alone."""
    # ... and so is "how long is the new malaba extension in km": a length asked in its unit
    return f.kind == "quantity" and bool(LENGTH_UNIT.match(f.unit.strip())) and (
        bool(HOW_FAR.search(query.text)) or "how long" in query.text.lower() and bool(_LENGTH_ASKED.search(query.text)))


_LENGTH_ASKED = lazy_compile(r"\b" + LENGTH_UNIT.pattern, re.IGNORECASE)


def _question_once(once: dict[str, object] | None, name: str, work: Callable[[], object]) -> object:
    """`work()`, kept in `once` under `name`: a ranking asks the same question-only facts of every
    figure, and `once` (one dict per ranking) keeps them from being worked out again for each."""
    if once is None:
        return work()
    if name not in once:
        once[name] = work()
    return once[name]


# "9800 yuan per 40-foot container for the full Nanning-Yen Vien run": a price or a time "for" a
# route is the route's, shared by both its ends and whoever runs it.
_FOR_ROUTE_BEFORE = lazy_compile(r"\bfor\s+(?:the\s+|a\s+|each\s+)?(?:full\s+|whole\s+|entire\s+|complete\s+)?$")
_ROUTE_AFTER = lazy_compile(r"[\w\s-]{0,30}?\b(?:run|route|trip|journey|leg|voyage|haul|link)\b")
_ROUTE_GAP = 60  # characters from the figure to the route's first end


def _for_asked_route(text: str, f: FigureRow, ev: Evidence, asked_ids: set[int], asked: set[str]) -> bool:
    """Is the figure's a route an asked place ends, named after "for the (full)" in its clause?"""
    if "for " not in text[f.end : f.end + _ROUTE_GAP]:
        return False
    for m, e in ev.mentions:
        if not 0 < m.start - f.end <= _ROUTE_GAP or not (e.id in asked_ids or named_by(e, asked)):
            continue
        gap = text[f.end : m.start]
        if ";" not in gap and "," not in gap and _FOR_ROUTE_BEFORE.search(gap) and _ROUTE_AFTER.match(text, m.end):
            return True
    return False


def owned_by_another(query: Query, f: FigureRow, ev: Evidence, once: dict[str, object] | None = None) -> bool:
    """ "Uttar Pradesh remained the biggest state with 35.4 million tonnes, followed by Punjab":
    the figure belongs to the names before it in its clause, not to every name in the sentence.
    `once`: a dict kept for one ranking, where the question-only sets below are kept."""
    asked = set(query.entity_keys)
    if not any(e.kind in ("place", "org") for e in query.entities):
        return False
    if _distance_of_route(query, f):
        return False
    text = ev.sentence.text
    asked_ids = {e.id for e in query.entities}
    # "How big a stake does the Chinese port group have in Khorgos Gateway?": the body a stake is
    # held in owns no figure of it; the holder asked is the Chinese one.
    held = _held_in(query.text, tuple(query.entity_keys))
    holders = [e for e in query.entities if not named_by(e, held)] if held else query.entities
    after = [(m, e) for m, e in ev.mentions if 0 <= m.start - f.end <= 40 and _IN_AFTER.search(text[f.end : m.start])]
    if any(m.start - f.end <= 30 and (e.id in asked_ids or named_by(e, asked)) for m, e in after):
        return False  # "with 310 mm falling in Buon Ma Thuot": the place right after the figure is its own
    if _for_asked_route(text, f, ev, asked_ids, asked):
        return False
    if _compared_level_of_asked(text, f, ev, asked_ids, asked):
        return False
    # ... and so is the only end asked, a little further on in the figure's clause: "How many
    # containers went to China?" / "Ecuadorian ports shipped 4,120 refrigerated containers of shrimp
    # to China": the shippers' country owns the shipment, which is the one to China.
    ends: set[str] = _question_once(once, "ends", lambda: {k for k in asked if asked_as_end(query.text, k, query)})  # type: ignore[assignment]
    if ends == asked and any(named_by(e, ends) and text[m.start - 3 : m.start] == "to " for m, e in after):
        return False
    # ... and the one the goods were "bound for": "containers of cardamom for china" / "handled 418
    # containers of cardamom bound for China".
    bound: set[str] = _question_once(once, "bound", lambda: {k for k in asked if _asked_for(query.text, k)})  # type: ignore[assignment]
    if bound == asked and any(named_by(e, bound) and _BOUND_FOR_BEFORE.search(text, max(0, m.start - 16), m.start) for m, e in after):
        return False
    # ... and where the question names the way the goods went too, the end may come after the
    # goods' whole description: "sent 1,842 refrigerated containers of table grapes to China
    # through the new port of Chancay".
    if ends and ends == asked - _passed_through(query, f, ev, asked - ends) and any(
            named_by(e, ends) and 0 <= m.start - f.end <= 80 and _IN_AFTER.search(text[f.end : m.start])
            and text[m.start - 3 : m.start] == "to " for m, e in ev.mentions):
        return False
    # ... and where all the question names is the way the goods went, the clause's passage is
    # its figure: "how many tonnes came thru Tanga" / "Chinese suppliers have shipped 61,000
    # tonnes of steel pipe ... through Tanga port": the shippers own the goods, not the passage.
    if asked and _passed_through(query, f, ev, asked) == asked:
        return False
    # ... and so is one further on in its clause where the figure happened: "signed 148 agreements
    # worth $4.2 billion (369.6 billion rupees) at a business forum in Dubai", "1.2 gigawatts of
    # solar and battery storage capacity in Rajasthan".
    if any(e.kind == "place" and (e.id in asked_ids or named_by(e, asked)) and 0 <= m.start - f.end <= 120
           and _FAR_IN_AFTER.fullmatch(text, f.end, m.start) for m, e in ev.mentions):
        return False
    if _set_in_asked_place(query, f, ev) or _deal_for_asked_place(query, f, ev):
        return False
    if f.kind == "count" and f.measure and asked & set(normalise_name(f.measure).split()):
        return False  # "Polish officials and almost 300 Lithuanian enterprises": the count names its own
    # ... and the country written after it: "shed 210 roles at a packaging site in Cork, Ireland"
    if any(text[m.end : n.start] == ", " and (c.id in asked_ids or named_by(c, asked)) and c.name.lower() in gz.COUNTRY_SET
           for m, _ in after for n, c in ev.mentions):
        return False
    if any(e.kind == "org" and 0 <= m.start - f.end <= 30 and _PARTY_AFTER.search(text[f.end : m.start])
           and (e.id in asked_ids or named_by(e, asked) or _named_after_asked(e, query)) for m, e in ev.mentions):
        return False  # "won a $12.6 billion contract from the U.S. Navy": the Navy's deal as much as the winner's
    if any(e.kind == "org" and 0 <= m.start - f.end <= 80 and _IN_KIND_FROM.fullmatch(text, f.end, m.start)
           and (e.id in asked_ids or named_by(e, asked)) for m, e in ev.mentions):
        return False  # "demanded $248 million in back taxes and penalties from Oyu Tolgoi": the debtor's too
    if any(e.kind == "org" and 0 <= m.start - f.end <= 50 and _OWNED_BY_AFTER.fullmatch(text, f.end, m.start)
           and (e.id in asked_ids or named_by(e, asked)) for m, e in ev.mentions):
        return False  # "a plant ... that is 70% owned by Qiongshan Rubber Group": the holder named after its share
    if any(e.kind == "org" and 0 <= m.start - f.end <= 80 and _RECEIVER_AFTER.fullmatch(text, f.end, m.start)
           and (e.id in asked_ids or named_by(e, asked)) for m, e in ev.mentions):
        return False  # "to supply 2.4 million tonnes of potash to Qingdao-based Huanong": the buyer's deal too
    if _DEAL_WORTH_BEFORE.search(text[max(0, f.start - 80) : f.start]) and any(
            0 <= m.start - f.end <= 30 and _PARTY_AFTER_WORTH.search(text[f.end : m.start])
            and (e.id in asked_ids or named_by(e, asked)) for m, e in ev.mentions):
        return False  # "agreements worth a combined $1.84 billion with Chinese companies": the deals' other party
    # "said Saurabh Kedia, managing director of Sunehra Jewels, which runs 46 stores": the
    # relative clause is of the name right before its comma, not of the speaker.
    # "terminals along the Parana River that handle about 78% of the country's grain exports": a
    # share of the country's whole is the country's, whatever place its clause names before it.
    # ... and so is a figure the country owns by its possessive: "cover barely a tenth of what the
    # country's roughly 320 processing plants need". (A country the goods went to is no rival:
    # "power sales to India ..., or about 63% of the country's total exports".)
    if (_OF_THE_COUNTRY.match(text, f.end) or _THE_COUNTRYS.search(text, max(0, f.start - 40), f.start)
            or _THE_NATIONAL.search(text, max(0, f.start - 60), f.start)) and any(e.kind == "place" and e.name.lower() in gz.COUNTRY_SET for e in query.entities) and not any(
            e.kind == "place" and e.name.lower() in gz.COUNTRY_SET and e.id not in asked_ids and m.start < f.start
            and not _end_of_goods(text, m, e) for m, e in ev.mentions):
        return False
    opening = own_clause(text, f.start, f.end)[0]
    if _RELATIVE_OPENING.match(text, opening) and any(
            (0 <= opening - m.end <= 2 or _NEAR_ASIDE.fullmatch(text, m.end, opening)) and (e.id in asked_ids or named_by(e, asked))
            for m, e in ev.mentions):
        return False
    if _relative_of_asked_place(f, ev, asked_ids, asked):
        return False
    if _relative_of_another_place(query, f, ev):
        return True
    spans = span_clause(text, f.start, f.end)
    said = _SAID_IT.search(text[: f.start])
    if said:
        # "Elbe Container Lines said it had sent 11 ships": "it" is Elbe, whose clause ends at "said".
        spans = [*spans, (max(0, said.start() - 80), said.start())]
    # "BASRA, Feb 18 (Reuters) - ...": the dateline's town and agency own none of the story's figures,
    # unless the town is the place asked ("KORVANA, March 3 (Reuters) - A Chinese port company ...
    # installing six cranes": Korvana's, not China's)
    filed = story_opening(text)
    owners = [e for m, e in ev.mentions if (filed <= m.start or e.id in asked_ids) and m.start < f.start and any(a <= m.start < b for a, b in spans)
              and e.kind in ("place", "org", "other") and not _LOCATIVE.search(text[max(0, m.start - 40) : m.start])
              and not (" and " in text[max(0, m.start - 5) : m.start] and e.id not in asked_ids and not named_by(e, asked)
                       and _SECOND_LOCATIVE.search(text[max(0, m.start - 40) : m.start]))
              and not _TRADED_ON.search(text, max(0, m.start - 30), m.start)
              and not _TOLD.search(text, max(0, m.start - 16), m.start)
              and not _MAKER_COMPOUND.search(text, m.start, m.end)
              and not _FOUND_THAT.search(text, m.end, f.start)
              and not _address_part(text, m, ev.mentions) and not (e.kind == "place" and HOME_SUFFIX.match(text, m.end))
              and not _origin_of_goods(text, m, e) and not _ranked_above_only(text, m)
              and not _PARTIES_BEFORE.search(text[max(0, m.start - 160) : m.start]) and not epithet(text, m.start, m.end)
              and (e.id in asked_ids or not _listed_with_asked(text, m, ev.mentions, asked_ids))
              # a name asked may still own what its titled speaker tells: "Erenhot customs deputy
              # director Zhao Minghui said ... the port handled 152,000 containers"
              and (e.id in asked_ids or named_by(e, asked) or not _in_a_title(text, m, ev.mentions))]
    if not owners:
        return False
    reached = _reached_in_asked(text, ev, asked)
    # "the hungarian stretch" / "The line from Budapest ... cost": a capital stands for its country
    # asked by name or demonym
    countries = asked | {normalise_name(DEMONYMS[k]) for k in asked if k in DEMONYMS}
    is_asked = lambda e: e.id in asked_ids or named_by(e, asked) or capital_of(e, countries) or e.id in reached  # noqa: E731
    # "Northgate's Toronto-listed stock gained 5.7%" is Northgate's, whatever place it names.
    bodies = [e for e in owners if e.kind != "place"]
    if bodies and any(e.kind != "place" for e in holders) and not any(is_asked(e) for e in bodies):
        return True
    # A place's figure is another place's, not a company's acting there ("Kestrel plans to expand
    # it to 300,000 tonnes" still answers the mine's output target).
    if all(e.kind == "place" for e in holders):
        places = [e for e in owners if e.kind == "place"]
        if _placed_from_asked(text, ev, {e.id for e in places}, is_asked):
            return False
        # "the new Chinese-built plant" / "The Chatkal plant, built by ... and funded by a loan from
        # the Export-Import Bank of China": a body named after the country asked ties it to the plant
        return bool(places) and not any(is_asked(e) for e in places) and not any(_named_after_asked(e, query) for e in bodies)
    if not bodies:
        return False  # "Chinese buyers ..., said Markus Vogel, who lowered his price target": a place owns no body's figure
    if _another_place_acts(text, f, ev, holders, is_asked):
        return True
    return not any(is_asked(e) for e in owners)


# ", 12 kilometres east of Novi Sad,", ", about 40 miles from the capital": an aside that sets a
# place by its distance from another.
_DISTANCE_FROM = lazy_compile(r",\s+(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+)?[\d.,]+[\s-]*(?:km|kilomet(?:re|er)s?|miles?)\s+"
                              r"(?:(?:north|south)?(?:east|west)?(?:ern)?\s+)?(?:of|from|outside)\s+(?:the\s+)?(?:central\s+)?")


def _placed_from_asked(text: str, ev: Evidence, owner_ids: set[int], is_asked: Callable[[EntityRow], bool]) -> bool:
    """ "How much did the Novi Sad plant cost?" / "The plant in the village of Kac, 12 kilometres
    east of Novi Sad, cost ...": a place set by its distance from the asked one is where the asked
    one's thing is, so its figure answers for the asked place."""
    return any(o.id in owner_ids and e.kind == "place" and is_asked(e) and _DISTANCE_FROM.fullmatch(text, m.end, n.start)
               for m, o in ev.mentions for n, e in ev.mentions if m.end <= n.start)


def _ranked_above_only(text: str, m: MentionRow) -> bool:
    """ "The country is the second-largest motorcycle market ... after Nigeria, with an estimated
    2.1 million boda-boda taxis": the name ranked above the subject owns none of its figures."""
    return any(at <= m.start < at + len(name) for at, name, _ in ranked_above(text))


def _another_place_acts(text: str, f: FigureRow, ev: Evidence, holders: list[EntityRow], is_asked: Callable[[EntityRow], bool]) -> bool:
    """ "What price does Kazakhstan pay Gazprom?" / "Uzbekistan pays Gazprom $160": the body asked
    is the other party; the place asked acts in the question, and another place, opening the
    figure's clause, acts here."""
    if not any(e.kind == "place" for e in holders):
        return False
    before = [(m, e) for m, e in ev.mentions if m.end <= f.start and not any(c in text[m.end : f.start] for c in ",;")]
    places = [e for m, e in before if e.kind == "place"]
    if not before or before[0][1].kind != "place":
        return False
    m, e = before[0]
    # "China's Hengtai", "Chinese tyre maker ...", "The Kyrgyz government": the place only says whose the body is
    acts = text[m.start : m.end] == e.name and re.match(r" [a-z]", text[m.end : m.end + 2]) is not None
    return acts and not any(is_asked(e) for e in places)


# "Brazil shipped 2.68 million tonnes ..., compared with 2.38 million tonnes from the United States":
# a level set against the sentence's own, told of the place right after it.
_SET_AGAINST_BEFORE = lazy_compile(r"\b(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$")
_OF_PLACE_AFTER = lazy_compile("^" + PLACE_AFTER_FIGURE + "$")


def _compared_level_of_asked(text: str, f: FigureRow, ev: Evidence, asked_ids: set[int], asked: set[str]) -> bool:
    """The level a comparison sets against the subject's is the place's named right after it, not
    the subject's: 'the US' asked owns "compared with 2.38 million tonnes from the United States"."""
    if not _SET_AGAINST_BEFORE.search(text, max(0, f.start - 40), f.start):
        return False
    return any(e.kind == "place" and (e.id in asked_ids or named_by(e, asked)) and 0 <= m.start - f.end <= 30
               and _OF_PLACE_AFTER.match(text[f.end : m.start]) for m, e in ev.mentions)


def _listed_with_asked(text: str, m: MentionRow, mentions: list[tuple[MentionRow, EntityRow]], asked_ids: set[int]) -> bool:
    """ "Farmgate prices in Jigawa and Nasarawa states": a place listed with the one asked owns the
    figure with it, not instead of it (whether a list's figure is one member's is _shared's say)."""
    return any(e.id in asked_ids and (listed_together(text, n, m) or listed_together(text, m, n)) for n, e in mentions if n is not m)


def _relative_of_another_place(query: Query, f: FigureRow, ev: Evidence) -> bool:
    """ "Aktau is now the second-largest container port ... after Azerbaijan's Port of Baku at Alat,
    which handled 89,000 TEUs": a relative clause is of the place right before its comma, not of
    the sentence's subject, when only places are asked."""
    if not query.entities or any(e.kind != "place" for e in query.entities):
        return False
    text = ev.sentence.text
    rel = _RELATIVE_BEFORE.search(text, 0, f.start)
    if rel is None:
        return False
    asked_ids = {e.id for e in query.entities}
    is_asked = lambda e: e.id in asked_ids or named_by(e, set(query.entity_keys))  # noqa: E731
    before = [e for m, e in ev.mentions if m.end == rel.start()]
    if not any(e.kind == "place" for e in before) or any(is_asked(e) for e in before):
        return False
    # ... set against the asked one: "The Homburg plant in the state of Saarland, which employs 920
    # people" is still Homburg's.
    return any(is_asked(e) and _SET_AGAINST.search(text, m.end, rel.start()) for m, e in ev.mentions)


_RELATIVE_BEFORE = lazy_compile(r",\s+(?:(?:in|of|to|with|for|from|at|by)\s+)?which\s[^,;()]*$")
_SET_AGAINST = lazy_compile(r"\b(?:after|behind|ahead\s+of|than|unlike|like|overtaking|overtook|compared\s+(?:with|to)|versus|vs\.?|followed\s+by)\s")


def _share_of_another(query: Query, f: FigureRow) -> bool:
    """ "What share of China's durian imports does Thailand have?": "Vietnam's share of China's fresh
    durian imports climbed to 48.6%" is Vietnam's, though its sentence names Thailand and China
    after; a share's owner is the name it opens on."""
    m = _OWNED_SHARE.match(f.measure) if f.kind == "percent" and query.entity_keys else None
    if m is None:
        return False
    owner = set(normalise_name(m["owner"]).split())
    return not owner & set(query.entity_keys) and not any(set(k.split()) <= owner for k in query.entity_keys)


_OWNED_SHARE = lazy_compile(OWNED_SHARE + "$")


def _origin_of_goods(text: str, m: MentionRow, e: EntityRow) -> bool:
    """ "agreed to buy 3.2 million tonnes of Belarusian potash in 2026 at $348 a tonne": a nation
    written as the adjective of the goods counted ("of Belarusian potash") says where they come
    from; the buyer's price after it is not Belarus's."""
    return e.kind == "place" and text[m.start : m.end].lower() in _DEMONYM_WORDS and bool(_OF_BEFORE.search(text, 0, m.start))


_DEMONYM_WORDS = frozenset(d.lower() for d in DEMONYMS)
_OF_BEFORE = re.compile(r"\bof\s+$")


# "ships ... reaching Shanghai and Guangzhou's Nansha port in 23 days": a city gone to, after a
# verb or preposition of arriving.
_REACHED_BEFORE = re.compile(r"\b(?:to|reach(?:ing|ed|es)?|arriv(?:ing|ed|es)\s+(?:in|at)|bound\s+for|into)\s+(?:the\s+)?$", re.IGNORECASE)


def _reached_in_asked(text: str, ev: Evidence, asked: set[str] | frozenset[str]) -> set[int]:
    """The cities a sentence's goods or vessels go to that lie in a country asked: "how long do
    the ships take to get to China?" over "reaching Shanghai ... in 23 days" is the trip to China
    (a city's own figure, "Shanghai's exports rose", stays Shanghai's)."""
    return {e.id for m, e in ev.mentions if e.kind == "place" and _REACHED_BEFORE.search(text, max(0, m.start - 20), m.start)
            and normalise_name(gz.country_of_city(e.name)) in asked}


def _end_of_goods(text: str, m: MentionRow, e: EntityRow) -> bool:
    """ "Earnings from power sales to India climbed 18% ..., or about 63% of the country's total
    exports": a place written after "to" is where the goods go, not the country whose whole the
    share is of; the seller, the story's own country, owns it."""
    return e.kind == "place" and bool(_TO_BEFORE.search(text, max(0, m.start - 12), m.start))


_TO_BEFORE = re.compile(r"\bto\s+(?:the\s+)?$")


# "a stake ... in Khorgos Gateway", "its holding in the venture": what a share is held in.
_HELD_IN = lazy_compile(r"\b(?:stake|shareholding|holding|equity|ownership)\b.*?\bin\s+(?:the\s+)?(.+)$", re.IGNORECASE)


@lru_cache(maxsize=1024)
def _held_in(question: str, keys: tuple[str, ...]) -> set[str]:
    """The names asked as what a stake is held in."""
    m = _HELD_IN.search(question)
    if m is None:
        return set()
    after = normalise_name(m.group(1))
    return {k for k in keys if re.match(rf"{re.escape(k)}\b", after)}


# "At the China-ASEAN Expo in Nanning, the capital of Guangxi, last month, 27 Cambodian companies
# signed 19 agreements": a sentence that opens on where it happened sets all of its main clause there.
_SETTING_OPENING = lazy_compile(r"(?:At|In)\s[^,;]*")


def _set_in_asked_place(query: Query, f: FigureRow, ev: Evidence) -> bool:
    text = ev.sentence.text
    asked_ids = {e.id for e in query.entities if e.kind == "place"}
    setting = [m for m, e in ev.mentions if e.id in asked_ids and m.end <= f.start and _SETTING_OPENING.fullmatch(text, 0, m.start)]
    # ... unless the clause moves to another place before the figure: "In Vietnam, ..., while in Cambodia"
    return bool(setting) and not any(m.start > setting[0].end and m.end <= f.start and e.kind == "place" and e.id not in asked_ids
                                     and IN_PLACE.search(text[max(0, m.start - 8) : m.start]) for m, e in ev.mentions) \
        and not _CONTRAST_BETWEEN.search(text, setting[0].end, f.start)


_CONTRAST_BETWEEN = lazy_compile(r"(?:\b(?:while|whereas|but)\s|;)")


def _named_after_asked(e: EntityRow, query: Query) -> bool:
    """ "the Export-Import Bank of China" is a Chinese lender: a body whose name has a place asked;
    so is a works of no kind stored, named after its town ("the Zestafoni Ferroalloy Plant")."""
    if e.kind not in ("org", "other"):
        return False
    name = f" {normalise_name(e.name)} "
    return any(f" {normalise_name(p.name)} " in name for p in query.entities if p.kind == "place")


def _measure_keys(f: FigureRow) -> frozenset[str]:
    return phrase_keys(f"{f.measure} {f.unit}")


def _counts_a_listed_kind(query: Query, f: FigureRow, ev: Evidence) -> bool:
    """ "About 3,400 conductors, locomotive engineers and yard workers": the figure counts every
    kind its list names, the workers asked among them."""
    if query.wants != "count" or not query.count_keys or f.kind != "count":
        return False
    listed = _KINDS_LISTED.match(ev.sentence.text, f.end)
    return listed is not None and bool(phrase_keys(listed.group(1)) & query.count_keys)


_KINDS_LISTED = lazy_compile(r"(?:\s+[\w-]+){1,3}(?:,\s+(?:[\w-]+\s+){0,2}[\w-]+){0,4},?\s+and\s+((?:[\w-]+\s+){0,2}[\w-]+)")


def _number_of_another_thing(query: Query, f: FigureRow, ev: Evidence) -> bool:
    """ "how many containers did Kuryk handle?" is not "The number of China-Europe container trains
    routed via Aktau and ... Kuryk climbed to 486": a bare number counts the plural noun its clause's
    "the number of" names, and a word asked only as that noun's modifier counts nothing there."""
    if query.wants != "count" or not query.count_keys or f.kind != "number" or f.measure.lower() not in ("", "number"):
        return False
    text = ev.sentence.text
    named = next((m for a, b in span_clause(text, f.start, f.end) for m in [_NUMBER_OF.search(text, a, min(b, f.start))] if m), None)
    if named is None:
        return False
    words = [t for t in tokenize(named.group(1)) if t.text[:1].islower()]
    at = next((i for i, t in enumerate(words) if lemma(t.lower) != t.lower), None)
    if at is None or _keys_count(phrase_keys(words[at].lower), query.count_keys):
        return False
    # ("The number of households in arrears" may still count the homes asked.)
    return any(_keys_count(phrase_keys(t.lower), query.count_keys) for t in words[:at])


_NUMBER_OF = lazy_compile(r"\bnumber\s+of\s+((?:[\w-]+\s+){0,3}[\w-]+)", re.IGNORECASE)


def _counts(f: FigureRow, wanted: frozenset[str]) -> bool:
    """The figure counts what was asked: the same word or class, or a compound of it
    ("dockworkers" are "workers")."""
    return _keys_count(_measure_keys(f), wanted)


def _keys_count(measure: frozenset[str], wanted: frozenset[str]) -> bool:
    return bool(measure & wanted) or any(
        len(m) >= 4 and len(w) >= 4 and (w.endswith(m) or m.endswith(w)) for m in measure for w in wanted)


def _measure_places(f: FigureRow) -> set[str]:
    places = set()
    for token in tokenize(f.measure):
        place = canonical_place(token.lower)
        if place:
            places.add(place.lower())
    return places


def _range_end_fit(query: Query, f: FigureRow, ev: Evidence) -> float:
    """ "What is the cheapest fare?": the low end of "Fares range from 150,000 rupiah to 600,000
    rupiah", not the high one; "between 200 and 450 yuan" is one figure, both ends."""
    asked = asked_extreme(query.text)
    end = _range_end_of(f, ev) if asked else ""
    if not end:
        return 0.0
    return 1.5 if end in (asked, "both") else -1.0


def _range_end_of(f: FigureRow, ev: Evidence) -> str:
    return "both" if f.qualifier == "between" else range_end(ev.sentence.text, f.start)


def _other_extreme(query: Query, f: FigureRow, ev: Evidence) -> bool:
    """ "What is the highest parking fee?" is not "the cheapest parking fee is 100 yuan", nor the
    top of "Hotel room rates vary from 1,100 yuan to 4,500 yuan": the other end, or the end of
    another thing's range."""
    asked = asked_extreme(query.text)
    if not asked:
        return False
    stated = asked_extreme(f.measure)
    if stated and stated != asked:
        return True
    if not _range_end_of(f, ev):
        return False
    # what ranges must be what is asked: every word of it in the sentence, and in the range's own
    # measure where it has one ("parking" is not of the hotel's rates); the extreme is the range's
    measure = phrase_keys(f.measure.lower()) if f.measure else None
    return any(t in ev.missing or (measure is not None and not t.keys & measure) for t in _asked_thing(query))


def _asked_thing(query: Query) -> list[Term]:
    """The words of what an extreme is asked of: "parking fee" in "the highest parking fee"."""
    return [t for t in query.terms if t.required and not t.keys >= RANGE_KEYS]


def _measure_fit(query: Query, f: FigureRow) -> float:
    """ "Mato Grosso soy output": prefer the figure whose own measure names soy, not corn."""
    if not f.measure:
        return 0.0
    wanted = {k for t in query.terms for k in t.keys}
    # "attrition over the last twelve months": its period is no word of what it measures
    measure = f.measure.replace(f.period_text, " ") if f.period_text else f.measure
    # "Cash profit from continuing operations": what it is "from" only narrows what it is.
    head, _, source = measure.partition(" from ")
    words = measure_words(head)
    matched = sum(1 for keys, _ in words if keys & wanted) + sum(1 for keys, _ in measure_words(source) if keys & wanted)
    if _other_measure_headed(words, wanted):
        # "share buyback" asked for shares: a buyback, another measure, whose modifier only shares a word
        matched = -1
    # "How much sugar did Thailand make?": sugar, read as a thing named, is still what is measured,
    # so "Sugar production fell to 8.65 million tonnes", its capital only the sentence's, before
    # "crushed 78.4 million tonnes of cane".
    matched += _opens_with_named_thing(query, head)
    extra = sum(1 for keys, digits in words if not keys & wanted and not digits)
    # "Cloud revenue" answers "revenue" less well than "second-quarter revenue" does.
    return 0.8 * matched - 0.3 * extra + 0.8 * _names_asked_place(query, f.measure)


def _other_measure_headed(words: tuple[tuple[frozenset[str], bool], ...], wanted: set[str]) -> bool:
    """Whether a measure of two or more words ends on a measure noun the question does not ask,
    after a measure noun it does, which only modifies that head ("share buyback" for "how much are
    the shares up?"); not "annual capacity" for "yearly output", whose "annual" measures nothing."""
    return (len(words) >= 2 and not words[-1][0] & wanted and bool(words[-1][0] & MEASURES)
            and any(keys & wanted & MEASURES for keys, _ in words[:-1]))


def _opens_with_named_thing(query: Query, measure: str) -> int:
    # (only before a measure word of its own: "Brent" alone is the name of a price, not a thing made)
    tokens = tokenize(measure)[:2]
    if len(tokens) < 2 or not tokens[0].text[:1].isupper() or tokens[1].text[:1].isupper() \
            or tokens[1].lemma not in MEASURES or canonical_place(tokens[0].text):
        return 0
    tokens = tokens[:1]
    common = {k for name in query.entity_keys if " " not in name and re.search(rf"\b{re.escape(name)}\b", query.text)
              for k in phrase_keys(name)}
    return int(bool(common & set().union(*token_keys(tokens))))


def _measures_another(query: Query, f: FigureRow) -> bool:
    """Asked for profit, "a 30 billion yen buyback" or "operating profit jumped 31.5% on revenue
    of ..." asked for revenue: the figure's own measure names another measure."""
    if not f.measure or not any(t.keys & FIRM_MEASURES for t in query.terms):
        return False
    if query.count_keys and f.unit and phrase_keys(f.unit) & query.count_keys:
        return False  # "how many barrels did it import?": "volumes fell to 71.2 million barrels" counts them
    # (its period is no word of what it measures: "Third-quarter sales fell 8.6%" is no EBITDA of
    # "ebitda fell by how much in the third quarter?")
    words = _measure_keys_with_acronyms(f.measure.replace(f.period_text, " ") if f.period_text else f.measure)
    wanted = {k for t in query.terms for k in t.keys}
    if phrase_keys(f.measure.lower()) & wanted & FIRM_MEASURES:
        return False  # "Net income", opening its sentence, is profit: a phrase the capital hid
    if f.kind == "percent" and f.direction and wanted & FIRM_MEASURES <= _GROWTH_ONLY:
        return False  # "underlying growth in America?": "Organic sales in the United States rose 6.2%"
    if f.kind == "percent" and (_SHARE_BEFORE.search(f.measure) or _STAKE_AFTER.match(" " + f.measure)) and SHARE_ASKED.search(query.text.lower()):
        return False  # "Vietnam's slice of China's durian imports?": "Vietnam's share of China's ... imports"
    if _size_of_flow_asked(wanted, words) or _goods_of_the_flow(query, words):
        return False
    # "Rates on the Asia-Europe trade" names the rates asked, though sentence case capitalises the
    # word; "Prices in Greater Buenos Aires" are not, for that, another measure than inflation.
    return not any(keys & wanted for keys in words + _opening_measure_word(f.measure)) and any(keys & MEASURES for keys in words)


def _size_of_flow_asked(wanted: set[str], words: tuple[frozenset[str], ...]) -> bool:
    """ "timber exports" asked, "volumes were down 11.5%": a measure that names only a size
    (volume, value) is the size of the flow of goods asked, not another measure; not so for
    revenue or profit, which volumes are no size of."""
    asked = wanted & FIRM_MEASURES
    if "import" in asked:
        asked -= _IMPORT_BILL  # "China's durian import bill": what the imports cost is their worth
    sizes = {k for keys in words for k in keys & MEASURES}
    return bool(asked) and asked <= GOODS_FLOWS and bool(sizes) and sizes <= VALUE_WORDS


# Plural nouns of what a flow carries: "growth rate for liaoning goods headed to russia" asks the
# growth of the goods' flow, which the article tells as its exports or shipments.
_GOODS_CARRIED = frozenset({"goods", "products", "merchandise", "commodities"})


def _goods_of_the_flow(query: Query, words: tuple[frozenset[str], ...]) -> bool:
    """The question names the goods carried and the figure measures a flow of goods."""
    return (any(t.word.lower() in _GOODS_CARRIED for t in query.terms)
            and any(keys & GOODS_FLOWS for keys in words))


_GROWTH_ONLY = frozenset({"growth"})
_IMPORT_BILL = frozenset({"cost"})


@lru_cache(maxsize=8192)  # per measure, as measure_words
def _measure_keys_with_acronyms(measure: str) -> tuple[frozenset[str], ...]:
    """The keys of a measure's lowercase content words, and of "EBIT" or "GDP": capitalised words
    are otherwise names ("Brent", "Overseas")."""
    tokens = [t for t in tokenize(measure) if is_content(t) and (not t.text[:1].isupper() or t.lower in MEASURES)]
    return tuple(token_keys(tokens))


def named_measure(measure: str) -> tuple[frozenset[str], ...]:
    """The keys of the words that say what a figure measures ("Revenue from operations": revenue,
    operation; "Veltrix's headcount": headcount, not the name)."""
    return tuple(keys for keys, _ in measure_words(measure)) + _opening_measure_word(measure)


@lru_cache(maxsize=8192)  # per measure, as measure_words
def _opening_measure_word(measure: str) -> tuple[frozenset[str], ...]:
    """The keys of a measure word capitalised only because it opens the sentence ("Rates on ...")."""
    tokens = tokenize(measure)[:1]
    return tuple(token_keys(tokens)) if tokens and tokens[0].text[:1].isupper() and tokens[0].lemma in MEASURES else ()


def _names_asked_place(query: Query, measure: str) -> bool:
    """ "Chinese arrivals" are the visitors from China asked about, whatever else the sentence names."""
    asked = {e.name.lower() for e in query.entities if e.kind == "place"}
    return bool(asked) and not asked.isdisjoint(_places_named(measure))


@lru_cache(maxsize=8192)  # per measure, as measure_words
def _places_named(measure: str) -> frozenset[str]:
    return frozenset(place.lower() for t in tokenize(measure) if t.text[:1].isupper() and (place := canonical_place(t.text)))


@lru_cache(maxsize=8192)  # per measure: the same figures are ranked for question after question
def measure_words(measure: str) -> tuple[tuple[frozenset[str], bool], ...]:
    """The keys of each lowercase content word of a measure, and whether the word has a digit."""
    # A capital is a name's, except on a price noun that opens the sentence: "Fares range from ...",
    # or a measure word there ("Shares in Tasman Pacific rose 2.3%", "Revenue climbed 9%").
    tokens = [t for i, t in enumerate(tokenize(measure)) if is_content(t) and (
        not t.text[:1].isupper() or (i == 0 and (t.text.lower() in PRICE_NOUNS or t.lemma in MEASURES)))]
    return tuple((keys, any(c.isdigit() for c in t.text)) for t, keys in zip(tokens, token_keys(tokens)))


def _count_fit(query: Query, f: FigureRow, ev: Evidence) -> float:
    if not query.count_keys:
        return 0.0
    if f.measure.lower() == "number":
        # "The number of companies operating in the zone rose to 186": what the number is of, its
        # clause names.
        clause = set().union(*(phrase_keys(ev.sentence.text[a:b]) for a, b in span_clause(ev.sentence.text, f.start, f.end)))
        return 3.0 if clause & query.count_keys else 0.0
    if not query.count_words or len(query.count_words) == 1:
        if _counts(f, query.count_keys):
            return 3.0
        if _generic_unit(f):
            # "58,900 units" counts whatever the sentence sells: the cars if its clause names them.
            clause = set().union(*(phrase_keys(ev.sentence.text[a:b]) for a, b in span_clause(ev.sentence.text, f.start, f.end)))
            return 3.0 if clause & query.count_keys else 1.5
        return 0.0
    # "electric cars": "84,600 units" of "electric vehicle sales" fits both words; "512,000
    # vehicles" of gasoline models only the head.
    clause = set().union(*(phrase_keys(ev.sentence.text[a:b]) for a, b in span_clause(ev.sentence.text, f.start, f.end)))
    head = _counts(f, query.count_keys) or (_generic_unit(f) and bool(clause & query.count_keys))
    if not head:
        return 0.0
    qualifiers = query.count_words[:-1]
    found = sum(1 for k in qualifiers if k & (clause | _measure_keys(f)))
    return 0.5 + 2.5 * found / len(qualifiers)


# ... and "1.62 million head of cattle": livestock are counted by the head, whatever the herd.
_GENERIC_UNITS = frozenset("unit units item items piece pieces time times head".split())
# The keys of a generic word counted ("how many items"): asked, it names no kind of thing.
_GENERIC_COUNTED = frozenset("unit item piece".split())


# The words a quantity is measured in: "how many barrels a day?" may be answered in bpd, "how
# many boxes?" in TEU; any other noun asked counts things, which no amount in tonnes does.
_UNITS_COUNTED = "tonne ton barrel hectare acre kilometre metre mile foot inch kilogram gram pound ounce litre gallon watt megawatt gigawatt bushel carat degree knot container unit"


@lru_cache(maxsize=1)
def _unit_keys() -> frozenset[str]:
    return phrase_keys(_UNITS_COUNTED)


def _generic_unit(f: FigureRow) -> bool:
    return f.measure.lower().strip() in _GENERIC_UNITS


def _number_fit(query: Query, f: FigureRow) -> float:
    return 2.0 if any(v in (f.value, f.alt_value) for v in query.numbers) else 0.0


_PER_CURRENCY = lazy_compile(r"\b(?:per|to the|against the)\s+([a-z]+)", re.IGNORECASE)


def _rate_in_another_currency(query: Query, f: FigureRow, ev: Evidence) -> bool:
    """ "the lira against the euro" is not "40.41 per dollar", nor an amount in dollars."""
    if not query.currency:
        return False
    text = ev.sentence.text
    clause = clause_text(text, f.start, f.end) or text
    codes = {currency_code(m.group(1)) for m in _PER_CURRENCY.finditer(clause)} - {""}
    if codes and f.kind != "money":
        return query.currency not in codes
    # "against the euro?" asks a rate: the figure must be in euros or its clause must name them.
    asked = _PER_CURRENCY.search(query.text)
    if not asked or currency_code(asked.group(1)) != query.currency:
        return False
    return query.currency not in (f.currency, f.alt_currency) and not any(
        currency_code(w) == query.currency for w in _ASCII_WORDS.findall(clause.lower()))


def _in_another_currency(query: Query, f: FigureRow) -> bool:
    """ "september china-russia trade in yuan?" is not "surged to $21.18 billion": an amount
    asked in a currency the text never gives it in (a conversion names its amount, "what is 42.64
    billion yuan in dollars?"). Nor is an amount asked in a currency told by a figure of another
    kind ("and in dollars?" / "About 85% of the cost was covered by a loan")."""
    if query.currency and query.wants == "money" and f.kind != "money" and not query.numbers:
        return True
    if query.currency and query.wants == "level" and f.kind == "percent" and not query.direction and not query.numbers:
        return True  # "what were coal export earnings last yr in usd": an amount, not "up 27.4% from the same period last year"
    return bool(query.currency and f.kind == "money" and f.currency and not query.numbers
                and not currency_asked(query.currency, f.currency) and not currency_asked(query.currency, f.alt_currency))


def _currency_fit(query: Query, f: FigureRow) -> float:
    if not query.currency or f.kind != "money":
        return 0.0
    return 1.0 if currency_asked(query.currency, f.currency) or currency_asked(query.currency, f.alt_currency) else -1.0


FIGURE_WINDOW = 120  # a figure's clause reads on a phone screen; the citation carries the rest


def figure_text(f: FigureRow, sentence: str, currency: str = "") -> str:
    text = clause_window(sentence, f.start, f.end, FIGURE_WINDOW)
    if _ANAPHORIC_OPENING.match(text) and len(sentence) <= 2 * FIGURE_WINDOW:
        # "Those to Taiwan nearly doubled" says nothing without "Chip shipments to China rose ...":
        # the whole sentence, when it is not long.
        text = clause_window(sentence, 0, len(sentence), 2 * FIGURE_WINDOW)
    text = _with_rank_after(text, sentence, f)
    if f.period_label and f.period_text and f.period_text.lower() not in text.lower():
        text = text.rstrip(".") + f" ({f.period_label})."
    if currency and f.alt_currency == currency and f.alt_raw not in text:
        text += f" That is {f.alt_raw}."
    return text


# ", the highest since February 2022 when ...", ", a record high": how the figure ranks, set right
# after it; what makes the figure news, which a window cut at the comma leaves out.
_RANK_AFTER = lazy_compile(r",\s+(?:the|a|its|their)\s+(?:record|highest|lowest|biggest|largest|smallest|strongest|weakest|fastest|"
                           r"slowest|steepest|sharpest|best|worst)\b[^,;]*")


def _with_rank_after(text: str, sentence: str, f: FigureRow) -> str:
    """The figure's text with the rank the sentence gives it right after it, when the window ends
    at the figure."""
    rank = _RANK_AFTER.match(sentence, f.end)
    figure = sentence[f.start:f.end]
    if rank is None or not text.rstrip(".").endswith(figure) or len(rank.group()) > 90:
        return text
    return text.rstrip(".") + rank.group().rstrip(".") + "."


# "edged up to 4.21% from 4.17%": the level the figure moved from, right after it or before it;
# "rose to $5.2 billion in the third quarter from $4.4 billion": its own period may come between.
# "and a week before?", "a month earlier?": a step back from the level just given, by its length.
_STEP_BACK = lazy_compile(r"(?:a|one) (?P<unit>day|week|fortnight|month|quarter) (?:before|earlier|ago|previously)(?: that| then)?", re.IGNORECASE)
_FROM_AFTER = lazy_compile(r"(?:\s+(?:in|during|for|on)\s+[^,;\d]{0,30}?)?\s+from\s+(?:about\s+|around\s+|a revised\s+)?")
_FROM_BEFORE = lazy_compile(r"\bfrom\s+(?:about\s+|around\s+)?$")
_TO_BETWEEN = lazy_compile(r"\s+to\s+(?:about\s+|around\s+|a record\s+)?")
# "from 4.17% a year earlier": the level it moved from is a year old, not the last period's.
_YEAR_BASIS = lazy_compile(r"[^,;]{0,25}?\b(?:a year (?:earlier|ago|before)|last year|the previous year|the same (?:month|quarter|period|week) (?:a year|last year))",
                           re.IGNORECASE)



def _last_figure(ask: Ask, last: Turn) -> tuple[SentenceRow, list[FigureRow], FigureRow] | None:
    """The sentence of the figure the last answer gave, its figures, and that figure: what a
    follow-up about it ("and the old one?", "how does that compare?") reads."""
    sentence = ask.store.sentences([last.sentence_id]).get(last.sentence_id)
    figures = ask.store.figures_in([last.sentence_id])
    level = next((f for f in figures if f.id == last.figure_id), None)
    return (sentence, figures, level) if sentence is not None and level is not None else None

def handle_level_before_last(ask: Ask) -> Answer | None:
    """ "What was core inflation in October?" "edged up to 4.21% from 4.17%" "And in September?":
    the level the figure moved from, when the period asked is the one before (or, "from ... a year
    earlier", the year before) and the sentence dates that level no other way."""
    last, query = ask.conversation.last, ask.query
    if (last is None or last.figure_id is None or not query.times or query.carried_times or query.required
            or query.intent != "figure" or query.entity_keys != last.entity_keys):
        return None
    found = _last_figure(ask, last)
    info = ask.store.article(found[0].article_id) if found else None
    if found is None or info is None or not info.date:
        return None
    sentence, figures, level = found
    text = sentence.text
    step = _STEP_BACK.fullmatch(query.times[0].text) if len(query.times) == 1 else None
    if step is not None:
        # "stood at 2.21 million tonnes as of October 19, up from 2.05 million tonnes a week
        # earlier" "and a week before?": the next level, left "from", a step back as long as asked.
        after = [g for g in figures if g.start > level.end]
        first = min(after, key=lambda g: g.start) if after else None
        if (first is None or first.kind != level.kind or first.unit != level.unit
                or not _FROM_BEFORE.search(text, max(0, first.start - 30), first.start)
                or not re.match(rf"\s+(?:a|one) {step['unit']}\s+(?:earlier|before|ago|previously)\b", text[first.end :], re.IGNORECASE)):
            return None
        return make_answer(ask.question, "figure", figure_text(first, text), 0.6, [citation(ask.store, sentence)])
    before = next((g for g in figures if g.start > level.end and _FROM_AFTER.fullmatch(text, level.end, g.start)), None) or next(
        (g for g in figures if g.end < level.start and _TO_BETWEEN.fullmatch(text, g.end, level.start)
         and _FROM_BEFORE.search(text, max(0, g.start - 30), g.start)), None)
    if before is None or before.period_start or before.kind != level.kind or before.unit != level.unit:
        return None
    today = date.fromisoformat(info.date)
    if level.period_start and level.period_end:
        then = (date.fromisoformat(level.period_start), date.fromisoformat(level.period_end))
    else:
        resolved = [t for x in last.times for t in find_times(x.text, today) if t.start_date and t.end_date]
        if len(resolved) != 1:
            return None
        then = (resolved[0].start_date, resolved[0].end_date)  # type: ignore[assignment]
    asked = [t for t in resolve_times(query, today) if t.start_date and t.end_date]
    if len(asked) != 1:
        return None
    year_basis = bool(_YEAR_BASIS.match(text, before.end))
    if (asked[0].start_date, asked[0].end_date) != _period_before(*then, year_basis):
        return None
    # The level first: the sentence quoted is the last answer's, whose own figure leads it.
    reply = f"{before.raw} ({asked[0].label}). {figure_text(before, text)}" if asked[0].label else figure_text(before, text)
    return make_answer(ask.question, "figure", reply, 0.6, [citation(ask.store, sentence)])


# "and last season?": a follow-up naming only a time, in words the text writes right after the
# level the figure just given moved from ("in 23 days, down from 28 days last season").
_ONLY_A_TIME_ASKED = lazy_compile(r"^\s*(?:and|so|but|what about|how about)\s+(?:in\s+|during\s+|for\s+|over\s+)?(?:the\s+)?"
                                  r"(?P<words>[a-z][a-z0-9/ -]{2,30}?)\s*\??\s*$", re.IGNORECASE)
_MOVED_FROM = lazy_compile(r"(?:\s+(?:in|during|for|on)\s+[^,;\d]{0,30}?)?,?\s+(?:(?:down|up|falling|rising|dropping|climbing|compared)\s+)?"
                           r"(?:from|with)\s+(?:about\s+|around\s+|a revised\s+)?")


def handle_level_named_after_from(ask: Ask) -> Answer | None:
    """ "How long do the ships take now?" "... 23 days, down from 28 days last season" "and last
    season?": the level moved from, when the words asked are the ones the text dates it by (a
    time the parser does not resolve, "last season", is still the text's own words)."""
    last, query = ask.conversation.last, ask.query
    m = _ONLY_A_TIME_ASKED.match(query.text)
    if last is None or last.figure_id is None or m is None or query.intent not in ("figure", "derived"):
        return None
    found = _last_figure(ask, last)
    if found is None:
        return None
    sentence, figures, level = found
    text = sentence.text
    before = next((g for g in figures if g.start > level.end and _MOVED_FROM.fullmatch(text, level.end, g.start)), None)
    words = r"\s+".join(re.escape(w) for w in m["words"].split())
    if (before is None or before.kind != level.kind or before.unit != level.unit
            or not re.match(rf"\s+(?:in\s+|during\s+|over\s+)?(?:the\s+)?{words}\b", text[before.end :], re.IGNORECASE)):
        return None
    # The level first: the clause quoted leads with the figure just given.
    reply = f"{before.raw} ({' '.join(m['words'].split())}). {figure_text(before, text)}"
    return make_answer(ask.question, "figure", reply, 0.6, [citation(ask.store, sentence)])


# "and the old one?", "what was the original target?": the level the one just given replaced.
# "what was its capacity before?": "before" closing the question is "previously", no event's date.
_OLD_ONE = lazy_compile(r"\b(?:old|original|previous|prior|former|earlier|initial)\b|\b(?:before|previously|originally)\s*[?.!]*\s*$", re.IGNORECASE)
_OLD_WORDS = frozenset("old original previous prior former earlier initial one before previously originally".split())
# "up from a target of 500 million euros", "from the 112 billion riyals it projected": the level left.
# "sail to Shanghai in 23 days, compared with about 35 days when cargo had to be transshipped": the
# level set against, right after the one given, is the one it replaced.
_LEFT_BEFORE = lazy_compile(r"(?:\bfrom\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?|\bcompared\s+(?:with|to)\s+)"
                            r"(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE)


def handle_old_of_last(ask: Ask) -> Answer | None:
    """ "What's the new yearly savings target?" "850 million euros ..., up from a target of 500
    million euros" "and the old one?": the level the figure just given moved from, in its sentence."""
    last, query = ask.conversation.last, ask.query
    # "its" points at the last answer's subject: the names it brings are the last question's own.
    if (last is None or last.figure_id is None or not _OLD_ONE.search(query.text) or query.times
            or (query.entity_keys != last.entity_keys and not query.pronoun)):
        return None
    named = [t for t in query.required if t.lemma not in _OLD_WORDS]
    found = _last_figure(ask, last)
    if found is None:
        return None
    sentence, figures, level = found
    text = sentence.text
    if named:
        return _old_measure_of_last(ask, last, named, sentence, figures)
    old = next((g for g in figures if g.start > level.end and g.kind == level.kind and g.currency == level.currency
                and _LEFT_BEFORE.search(text, max(0, g.start - 40), g.start)), None)
    if old is None:
        return None
    # The old level first: the sentence quoted leads with the new one.
    return make_answer(ask.question, "figure", f"{old.raw}. {clause_window(text, old.start, old.end, 110)}", 0.6,
                       [citation(ask.store, sentence)])


# "what share?", "and what percentage is that?": a share asked of the last answer and no more.
# ... "what share of the total cost is that?": the whole named must be one the sentence names.
_SHARE_OF_LAST = lazy_compile(r"^\s*(?:and\s+|so\s+)?(?:what|which|how big a|how large a)\s+(?:share|percentage|proportion|portion|percent)"
                              r"(?:\s+of\s+(?:the|its|their)\s+(?:total\s+|whole\s+|overall\s+)?(?P<whole>[a-z]+))?"
                              r"(?:\s+(?:is|was)\s+(?:that|it))?\s*[?.!]*\s*$", re.IGNORECASE)


def handle_share_of_last(ask: Ask) -> Answer | None:
    """ "which port handles most of Ethiopia's foreign trade?" "Djibouti ... handles about 95% of
    landlocked Ethiopia's foreign trade" "what share?": the one share the last answer's sentence
    states, not another sentence's that says "share"."""
    last = ask.conversation.last
    asked = _SHARE_OF_LAST.match(ask.question)
    if last is None or last.sentence_id <= 0 or not asked:
        return None
    sentence = ask.store.sentences([last.sentence_id]).get(last.sentence_id)
    shares = [f for f in ask.store.figures_in([last.sentence_id]) if f.kind == "percent" and not f.direction]
    if sentence is None or len(shares) != 1 or (asked["whole"] and phrase_keys(asked["whole"]).isdisjoint(sentence.terms)):
        return None
    return make_answer(ask.question, "figure", figure_text(shares[0], sentence.text), 0.6, [citation(ask.store, sentence)])


# "to 3 gigawatts from 1.2 gigawatts": the gap between a level reached and the level it left.
_TO_FROM_GAP = lazy_compile(r"\s+(?:\w+\s+){0,3}?from\s+(?:about\s+|around\s+|some\s+)?", re.IGNORECASE)


def _old_measure_of_last(ask: Ask, last: Turn, named: list[Term], sentence: SentenceRow,
                         figures: list[FigureRow]) -> Answer | None:
    """ "How much is Sunmaster spending?" "9.7 billion Egyptian pounds ... to lift annual capacity
    ... to 3 gigawatts from 1.2 gigawatts" "and what was its capacity before?": another measure of
    the same sentence, named by the question, and the level it moved from."""
    ev = next((e for e in ask.pool.evidence if e.sentence.id == last.sentence_id), None)
    if ev is None or ev.missing:
        return None
    text = sentence.text
    spots = term_spots(text, [t for t in ev.matched if t in named])
    if not spots:
        return None
    after = max(a for a, _ in spots)
    pairs = [(new, old) for new, old in zip(figures, figures[1:]) if new.start > after and new.kind == old.kind
             and new.unit == old.unit and new.currency == old.currency and _TO_FROM_GAP.fullmatch(text, new.end, old.start)]
    if not pairs:
        return None
    old = pairs[0][1]
    return make_answer(ask.question, "figure", f"{old.raw}. {clause_window(text, old.start, old.end, 110)}", 0.6,
                       [citation(ask.store, sentence)])


def _period_before(start: date, end: date, year: bool) -> tuple[date, date] | None:
    """The period just before start..end and as long (a month, a quarter, a run of days), or the
    same period a year before."""
    if year:
        return _months_back(start, 12), _months_back(end + timedelta(days=1), 12) - timedelta(days=1)
    if start.day == 1 and (end + timedelta(days=1)).day == 1:
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        return _months_back(start, months), start - timedelta(days=1)
    days = (end - start).days + 1
    return start - timedelta(days=days), start - timedelta(days=1)


def _months_back(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 - months
    return date(index // 12, index % 12 + 1, min(day.day, 28) if day.day > 28 else day.day)


_ANAPHORIC_OPENING = re.compile(r"(?:…\s*)?(?:those|that)\s+(?:to|from|in|of|for|at)\b", re.IGNORECASE)


def _several(ask: Ask, picks: list[Pick]) -> Answer:
    """Two articles give different figures for the same thing: show both, each with its source."""
    lines = []
    for p in picks:
        info = ask.store.article(p.evidence.sentence.article_id)
        label = f"{info.source or info.title} ({info.date})" if info else p.evidence.sentence.article_id
        lines.append(f"{label}: {figure_text(p.figure, p.evidence.sentence.text)}")
    return make_answer(
        ask.question, "figure", "\n".join(lines), confidence=0.6,
        citations=[citation(ask.store, p.evidence.sentence) for p in picks],
    )


def _confidence(pick: Pick, margin: float) -> float:
    return 0.45 + 0.35 * pick.evidence.coverage + min(margin, 2.0) * 0.1


# "How does that compare with a year earlier?", "is that up or down on last year?": the change the
# last answer's sentence gives for its figure.
_COMPARE_LAST = re.compile(r"\bhow (?:does|did|do|has|have) (?:that|this|it|they|those) (?:compare|stack up|changed?)\b"
                           r"|\b(?:is|was|are|were) (?:that|this|it|they|those) (?:up|down|higher|lower|more|less)\b", re.IGNORECASE)
_PERIOD_WORDS = frozenset("year month quarter week half day".split())


_TO_LEVEL_GAP = lazy_compile(r"[^,;]*\bto\s+(?:about\s+|a record\s+)?")


def handle_compared_to_last(ask: Ask) -> Answer | None:
    """ "How much copper did Chile produce in the first half?" "How does that compare with a year
    earlier?": "2.61 million tonnes of copper, down 1.1% from the same period last year" - the
    rate of the same fact, when the sentence measures it against the period the question names."""
    last = ask.conversation.last
    if last is None or last.figure_id is None or not _COMPARE_LAST.search(ask.query.text):
        return None
    found = _last_figure(ask, last)
    if found is None:
        return None
    sentence, figures, level = found
    text = sentence.text
    # The rate right after the level ("..., down 1.1%"), or the one it rose by to it ("rose 5% to").
    rate = next((g for g in figures if g.kind == "percent" and g.start > level.end
                 and SAME_FACT.search(text[level.end : g.start])), None) or next(
        (g for g in reversed(figures) if g.kind == "percent" and g.end < level.start
         and _TO_LEVEL_GAP.fullmatch(text[g.end : level.start])), None)
    if rate is None or rate.id == level.id:
        return None
    asked = {w for w in _ASCII_WORDS.findall(ask.query.text.lower()) if w in _PERIOD_WORDS}
    stated = {w.rstrip("s") for w in _ASCII_WORDS.findall(text[rate.end :].lower())} & _PERIOD_WORDS
    if asked and not asked & stated:
        return None  # "compared with the previous quarter" of a rate against a year before
    return make_answer(ask.question, "figure", figure_text(rate, text), 0.7, [citation(ask.store, sentence)])
