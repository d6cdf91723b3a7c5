"""Arithmetic on stated figures, always labelled as computed and with the working shown:
the year-earlier level from a growth rate, the exchange rate a currency pair implies, and the
difference between two stated amounts."""

from __future__ import annotations

import math
import re
from dataclasses import replace
from datetime import date

from knowledge.dates import find_times
from knowledge.models import TimeExpr
from knowledge.extract import SAME_FACT
from knowledge.lazy_re import Guarded, at_boundary, has_word, lazy_compile, word_spans
from knowledge import gazetteer as gz
from knowledge.entities import canonical_place
from knowledge.store import EntityRow, FigureRow, SentenceRow, Store, normalise_name

from handlers.compose import PARTICIPLE_AFTER, citation, clause_window, make_answer
from handlers.context import Ask
from handlers.evidence import ASKS_TOTAL_GUARDED, FIRM_MEASURES, SUBUNITS, Evidence, Pool, base_text, carried_terms, clause_text, gather, named_by, own_clause, said_just_before, span_clause, term_spots, total_of_a_period
from handlers import figures
from handlers.figures import DURATION_UNIT, VOLUME_OF_GOODS, a_share, LIKE_FOR_LIKE, REACHED_BEFORE, ROSE_FROM_BEFORE, Pick, figure_conflict, figure_text, kind_not_asked, named_measure, rank_figures
from handlers.arithmetic import AMOUNT_KINDS, EACH_AFTER, SCALES, alt_unit, amount, in_partners_currency, as_precise_as, change_between, comparable, difference, difference_text, fmt, indefinite, same_currency, scaled, sum_text, unit_of
from handlers.models import Answer, Citation
from handlers.query import BEFORE_ADDED, PER_UNIT, EXCHANGE_RATE, HOW_MANY_THAN, HOW_MUCH_THAN, MULTIPLE_ASKED, PRICE_SAVED, TIME_SAVED, Query, Term, asks_amount_of_a_thing, resolve_times
from handlers.yesno import modes_apart, modes_told, outcome_and_forecast, signed
from knowledge.lexicon import MEASURES, STOPWORDS
from knowledge.numbers import SMALL_COUNTS
from knowledge.text import lemma, phrase_keys, tokenize, word_keys

# Words of a question that name no measure of their own ("what was the rate a year ago?")
GENERIC_MEASURE_WORDS = frozenset("rate level value figure number amount total year ago earlier".split())
_YEAR_EARLIER = lazy_compile(
    r"\b(?:(?:fiscal |financial )?(?:year|season)\s+(?:earlier|before|ago)|(?:previous|prior) (?:fiscal |financial )?(?:year|season)|last year|last season"
    r"|same (?:quarter|period|month|week|fortnight|half|day) last year|(?:this|the same) (?:time|point|stage|date|day) (?:last|a) (?:year|season))\b"
    r"|\bbefore (?:the|[a-z]+'s)\s+(?:[\d.]+\s*%\s+|[\d.]+ per ?cent\s+)?(?:rise|increase|growth|fall|drop|cut|hike|jump|decline|surge)\b"
)
_MISSED = re.compile(r"\b(?:miss|missed|beat|exceed|exceeded|top|topped|undershoot|overshoot)\b")
_DIFF = lazy_compile(r"\bdifference\b|\bhow much (?:more|less|higher|lower|bigger|smaller)\b|\bgap\b|\bhow far apart\b|\bhow (?:much|many)\b[^?]*\bapart\b"
                   r"|" + HOW_MUCH_THAN.pattern + r"|" + HOW_MANY_THAN.pattern +
                   r"|\bhow many (?:more|fewer|less|extra|additional)\b|\bhow (?:far|much) (?:above|below|over|under|short of|ahead of|behind)\b(?!\s+(?:the\s+)?(?:normal|average|usual|long-period average|par)\b)"
                   r"|\bby how (?:much|many)\b.*\b(?:miss|missed|beat|exceed|exceeded|undershoot|overshoot|top|topped)\b")


def _cited(ask: Ask, first: SentenceRow, second: SentenceRow) -> list[Citation]:
    """The citations of a figure worked out of two sentences, or of one when both are in it."""
    cites = [citation(ask.store, first)]
    if second.id != first.id:
        cites.append(citation(ask.store, second))
    return cites


def handle(ask: Ask) -> Answer | None:
    if ask.query.intent != "derived":
        return None
    lower = ask.query.text.lower()
    evidence = [e for e in ask.pool.accepted[:6]]
    if PER_UNIT.search(lower):
        # "how much more per tonne was the French wheat?": prices compared, not the tonnes bought
        # ("7.2 U.S. cents per kilowatt-hour" is a price though counted in cents)
        evidence = [replace(e, figures=[f for f in e.figures if f.kind == "money" or (f.kind == "count" and f.unit in SUBUNITS)])
                    for e in evidence]
    if (others := _OTHER_THAN_NUMBERED.search(lower)) and (rest := _rest_of_numbered(ask, _count_of(others["n"]))):
        return rest
    if MULTIPLE_ASKED.search(lower):
        return _multiple(ask, evidence)
    if EXCHANGE_RATE.search(lower):
        return _exchange_rate(ask, evidence)
    if BEFORE_ADDED.search(lower):
        return _before_addition(ask, evidence)
    if _YEAR_EARLIER.search(lower):
        # "Rice imports fell 16% ... from a year earlier to 2.94 million tonnes" may rank below
        # sentences that only share the question's "last year": a rate on the year before, a little
        # further down the pool, is still what the level is worked back with.
        # So is a rate of the very measure asked ("Revenue climbed 9% to 11.4 billion francs"),
        # though its sentence says no "year" the others share with the question.
        evidence += [e for e in ask.pool.accepted[6:10] if _rate_on_year(e) or _rate_of_measure_asked(ask.query, e)]
        if ask.query.wants == "percent" and _RATE_WORD.search(lower) and not ask.query.numbers:
            rate = _rate_against_year_before(ask, evidence)
            if rate:
                return rate
        if _BY_HOW_MUCH.search(lower):
            # "By how many points did occupancy fall from a year ago?": "68.5%, down from 71.2% a
            # year earlier" states both levels; the change is their difference.
            stated = ((_shares_moved(ask, evidence) if _POINTS_ASKED.search(lower) else None)
                      or _against_named_base(ask, evidence) or _levels_moved(ask, evidence) or _against_earlier_stated(ask, evidence))
            if stated:
                return stated
        # "the combined length of the spills last year": a sum stated for last year, no working
        # "exports last season" over "exported 812,000 tonnes in the 2024/25 season that ended in
        # September, up 17%": the season just ended is stated, before any year worked back from it
        # ("by this point in last season's mid-crop" asks a part of it, worked back)
        ended_first = _LAST_SEASON.search(lower) and not _PART_OF_LAST_SEASON.search(lower)
        return ((_season_just_ended(ask) if ended_first else None) or _year_earlier(ask, evidence)
                or (_stated_total(ask, evidence) if total_of_a_period(lower) else None))
    if _FORECAST_GAP.search(lower) and not _FORECASTS_COMPARED.search(lower) and not _THAN_A_YEAR.search(lower):
        gap = _gap_to_forecast(ask)
        if gap:
            return gap
    if (saved := TIME_SAVED.search(lower)) and (durations := _durations_compared(ask, saved["unit"])):
        return durations
    if PRICE_SAVED.search(lower) and (prices := _prices_compared(ask)):
        return prices
    if _DIFF.search(lower):
        increment = _INCREMENT_ASKED.search(lower)
        if increment:
            stated = _stated_increment(ask, evidence, increment.group(1))
            if stated:
                return stated
        if _MISSED.search(lower):
            # "By how many jobs did it miss the forecast?": the sentence that states the outcome
            # states what it fell short of ("32,200, short of the 40,000 increase forecast").
            return _first_two(ask, evidence[:1]) or _difference_by_terms(ask, evidence) or _between_kinds(ask)
        if _AGAINST_OLD.search(lower):
            # "How much lower is the new forecast than the old one?": one thing's level moved
            # ("cut its forecast to 820 billion yen from 1 trillion yen"), from the old to the new.
            moved = _levels_moved(ask, evidence) or _against_replaced(ask, evidence) or _against_previous_record(ask, evidence)
            if moved:
                return moved
        based = _moved_from_base(ask, evidence) or _against_own_plan(ask, evidence) or _modes_priced(ask)
        if based:
            return based
        bodies = {k for k in ask.query.entity_keys for e in ask.query.entities if e.kind in ("org", "person") and named_by(e, {k})}
        if len(bodies) >= 2:
            # "How much higher is Pampa's call than Conab's?": each name's own figure, before two
            # figures of one sentence that may belong to someone else.
            named = _between_entities(ask, evidence)
            if named:
                return named
        return (_demand_and_offer(ask) or _to_target(ask, evidence) or _difference_by_terms(ask, evidence) or _between_entities(ask, evidence)
                or _against_base_period(ask, evidence) or _between_kinds(ask) or _against_now(ask, evidence) or _first_two(ask, evidence)
                or _between_times(ask, evidence))
    if ASKS_TOTAL_GUARDED.search(lower):
        numbered = _NUMBERED_KIND.search(lower)
        return (_sum_of_numbered(ask, _count_of(numbered["n"])) if numbered else None) \
            or (_sum_of_all(ask, evidence) if _ALL_OF_KIND.search(lower) else None) or _stated_total(ask, evidence) \
            or _sum_of_entities(ask) or _sum_of_things(ask)
    return None


# "total capacity of all the new plants combined?": every one of a kind, so a total the article
# states for some of them ("two plants ... with a combined capacity of 35,000 tonnes") is a part.
_ALL_OF_KIND = lazy_compile(r"\ball\s+(?:the\s+|of\s+the\s+)?(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*s\b")
# "up from 12,000 tonnes", "compared with 9,000": a level left, no part of a sum.
_LEVEL_LEFT_BEFORE = lazy_compile(r"\b(?:from|compared (?:with|to)|against|than)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$", re.IGNORECASE)


# "from the four countries combined", "the three plants together": as many things as the
# question counts, each with its own amount.
_NUMBERED_KIND = lazy_compile(r"\b(?:the|those|these|all|its|their)\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*s\b")


def _count_of(word: str) -> int:
    return int(word) if word.isdigit() else SMALL_COUNTS[word]


def _side_by_side(ev: Evidence) -> list[FigureRow] | None:
    """The amounts of one unit a sentence gives side by side (no level left, no bracketed
    conversion, no change), when it gives one such set."""
    text = ev.sentence.text
    amounts = [f for f in ev.figures if f.kind in ("quantity", "count", "money")
               and not _LEVEL_LEFT_BEFORE.search(text[: f.start]) and not text[: f.start].rstrip().endswith("(")]
    groups: dict[tuple[str, str, str], list[FigureRow]] = {}
    for f in amounts:
        groups.setdefault((f.kind, f.unit, f.currency or ""), []).append(f)
    summed = [g for g in groups.values() if len(g) >= 2]
    if len(summed) != 1 or any(f.direction or f.kind == "percent" for f in summed[0]):
        return None
    return summed[0]


# "from countries other than those four", "besides the three plants": the rest of a whole beyond
# as many things as the question counts
_OTHER_THAN_NUMBERED = lazy_compile(r"\b(?:other than|besides|apart from|excluding|except(?: for)?|outside(?: of)?|beyond)\s+(?:the|those|these)\s+"
                                    r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|[2-9])\b")


def _numbered_amounts(ask: Ask, count: int) -> tuple[Evidence, list[FigureRow]] | None:
    """The one accepted sentence giving exactly as many amounts of one unit as things counted."""
    fits = [(ev, amounts) for ev in ask.pool.accepted[:12] if not ev.conflicts
            and (amounts := _side_by_side(ev)) is not None and len(amounts) == count]
    return fits[0] if len(fits) == 1 else None


def _rest_of_numbered(ask: Ask, count: int) -> Answer | None:
    """ "How much of last year's steel imports came from countries other than those four?" over
    "Steel imports ... jumped 38% last year to 1.9 million tonnes" and the four suppliers' own
    tonnes: the whole less their sum (200,000 tonnes). The whole is the first larger amount of the
    unit in another accepted sentence whose own clause names every word asked."""
    found = _numbered_amounts(ask, count)
    if found is None:
        return None
    ev, amounts = found
    first = amounts[0]
    part = sum(scaled(f) for f in amounts)
    asked = [t.keys for t in ask.query.required if not t.soft]
    for other in ask.pool.accepted[:12]:
        if other.sentence.id == ev.sentence.id:
            continue
        text = other.sentence.text
        for f in other.figures:
            if (f.kind == first.kind and f.unit == first.unit and same_currency(f.currency or "", first.currency or "") and scaled(f) > part
                    and not _LEVEL_LEFT_BEFORE.search(text[: f.start]) and not text[: f.start].rstrip().endswith("(")
                    and all(k & phrase_keys(clause_text(text, f.start, f.end)) for k in asked)):
                rest = scaled(f) - part
                scale = SCALES.get(f.scale, 1.0)
                # (less than one of the whole's scale is told in whole units: 200,000 tonnes)
                shown = amount(f, rest / scale) if rest >= scale else f"{fmt(rest)} {unit_of(f).removeprefix(f.scale).strip()}".strip()
                working = f"{f.raw} − ({' + '.join(g.raw for g in amounts)}) = {shown}"
                out = f"{shown}, computed from the article: {working}."
                return make_answer(ask.question, "derived", out, 0.6, _cited(ask, other.sentence, ev.sentence))
    return None


def _sum_of_numbered(ask: Ask, count: int) -> Answer | None:
    """ "How much steel came from the four countries combined?" over "China was the largest
    supplier, shipping 820,000 tonnes, followed by Vietnam with 410,000 tonnes, India with 290,000
    tonnes and South Korea with 180,000 tonnes": the one accepted sentence giving exactly as many
    amounts of one unit as things counted, added (1.7 million tonnes)."""
    found = _numbered_amounts(ask, count)
    if found is None:
        return None
    ev, amounts = found
    return make_answer(ask.question, "derived", _sum_shown(amounts), 0.6, [citation(ask.store, ev.sentence)])


def _sum_shown(amounts: list[FigureRow]) -> str:
    """ "49,000 tonnes, computed from the article: 14,000 tonnes + 35,000 tonnes = 49,000 tonnes." """
    first = amounts[0]
    scale = SCALES.get(first.scale, 1.0)
    total = sum(f.value * (SCALES.get(f.scale, 1.0) if f is first else _scale_beside_first(f, first)) for f in amounts) / scale
    unit = unit_of(first) or (first.measure if first.kind == "count" else "")
    working = " + ".join(f.raw for f in amounts)
    out = f"{fmt(total)} {unit}, computed from the article: {working} = {fmt(total)} {unit}."
    return out.replace("  ", " ").replace(" ,", ",").replace(" .", ".")


def _sum_of_all(ask: Ask, evidence: list[Evidence]) -> Answer | None:
    """ "total annual capacity of all the new plants combined?" over "Severnaya will build a plant
    ... able to produce 14,000 tonnes ... a year, while Hengrui will develop two plants ... with a
    combined capacity of 35,000 tonnes": the amounts of one unit the best sentence gives side by side
    (no level left, no share), added (49,000 tonnes). Only the top sentence, and only when it names
    every word asked."""
    ev = next(iter(evidence), None)
    if ev is None or ev.conflicts:
        return None
    # (a bracketed conversion, "($960 million)", restates the amount before it; a count of the
    # things themselves, "two plants", is no amount of what they hold)
    amounts = _side_by_side(ev)
    if amounts is None:
        return None
    return make_answer(ask.question, "derived", _sum_shown(amounts), 0.6, [citation(ask.store, ev.sentence)])


def _scale_beside_first(f: FigureRow, first: FigureRow) -> float:
    """A figure's scale read beside the first of a sum ("to 1.6 billion from 1.1" leaves it unsaid)."""
    return SCALES.get(f.scale, 1.0) if f.scale or f.value >= 1000 else SCALES.get(first.scale, 1.0)


# "exports to Russia and Central Asia combined": two names joined, each a side of the sum
_TWO_JOINED = lazy_compile(r"\b(?P<a>[a-z][\w .'-]*?)\s+(?:and|&|plus)\s+(?P<b>[a-z][\w .'-]*?)\s+(?:combined|together|in total|altogether)\b")
# "how much in total ... through imports plus the reserve release": the two sources a total asked
# earlier in the question is made of, closing it.
_TWO_SOURCES = lazy_compile(r"\b(?:through|thru|via|by|from)\s+(?:the\s+)?(?P<a>[a-z][\w '-]*?)\s+plus\s+(?:the\s+)?(?P<b>[a-z][\w '-]*?)\s*\??$")


_AUXILIARY = lazy_compile(r"\b(?:was|were|is|are|did|do|does|has|have|had|will|would|could)\b")


def _side_terms(ask: Ask, side: str, other: str) -> list[Term]:
    """The question's words for one side of "A and B combined", none of them the other side's."""
    said = lambda t, text: bool(re.search(rf"\b{re.escape(t.word.lower())}\b", text))  # noqa: E731
    return [t for t in ask.query.terms if said(t, side) and not said(t, other)]


def _sum_of_things(ask: Ask) -> Answer | None:
    """ "How much fishmeal and fish oil was exported combined?" over "Fishmeal exports ... rose
    24.5% ... to 37,350 tonnes" and "Exports of fish oil ... reached 4,150 tonnes": no total
    stated, each thing's own amount (its clause naming that thing's words and not the other's),
    in one unit, added."""
    lower = ask.query.text.lower()
    joined = _TWO_JOINED.search(lower) or _TWO_SOURCES.search(lower)
    if not joined or ask.query.entity_keys:
        return None
    # "fish oil was exported combined": the second thing ends where the question's verb begins
    b = _AUXILIARY.split(joined["b"], maxsplit=1)[0]
    sides = [_side_terms(ask, joined["a"], b), _side_terms(ask, b, joined["a"])]
    if not all(sides):
        return None
    chosen: list[tuple[FigureRow, Evidence]] = []
    for own, other in (sides, sides[::-1]):
        for f, ev in _amounts_naming(ask, own[0]):
            clause = phrase_keys(clause_text(ev.sentence.text, f.start, f.end))
            # the other side is known by its own word, not its synonyms ("release" is also "say",
            # and "the ministry said" names no release)
            if all(t.keys & clause for t in own) and not any(t.lemma in clause for t in other) and f.kind in _amount_kinds(ask):
                chosen.append((f, ev))
                break
    if len(chosen) < 2:
        return None
    (a, ev_a), (b, ev_b) = chosen
    if a.kind != b.kind or a.currency != b.currency or a.unit != b.unit or (a.sentence_id, a.start) == (b.sentence_id, b.start):
        return None
    return make_answer(ask.question, "derived", sum_text(a, b), 0.6, _cited(ask, ev_a.sentence, ev_b.sentence))


def _names_place(entity: EntityRow, key: str) -> bool:
    """A mention names the key by its name, or as its adjective: "Russian" Russia, "the five
    Central Asian republics" Central Asia (a region's adjective no gazetteer lists)."""
    name = entity.name.lower()
    return named_by(entity, {key}) or normalise_name(canonical_place(entity.name) or "") == key or name in (f"{key}n", f"{key}an")


def _sum_of_entities(ask: Ask) -> Answer | None:
    """ "Total drug exports to Russia and Central Asia combined?" over "Shipments of medicines to
    Russia rose ... to 52.3 billion rupees ($612 million)" and "Exports to the five Central Asian
    republics jumped 34.8% to $447 million": no total stated, each name's own amount (from a
    sentence naming it and not the other), in one currency, added."""
    joined = _TWO_JOINED.search(ask.query.text.lower())
    keys = ask.query.entity_keys
    if not joined or len(keys) != 2 or not all(any(re.search(rf"\b{re.escape(k)}\b", joined[g]) for k in keys) for g in ("a", "b")):
        return None
    sides: list[list[tuple[FigureRow, Evidence]]] = []
    for key, other in (keys, keys[::-1]):
        for ev in ask.pool.evidence[:12]:
            starts = [m.start for m, e in ev.mentions if _names_place(e, key)]
            if not starts or any(_names_place(e, other) for _, e in ev.mentions):
                continue
            amounts = [f for f in ev.figures if f.kind in _amount_kinds(ask) and f.start > starts[0] and not figure_conflict(ask.query, f)]
            if amounts:
                sides.append([(f, ev) for f in amounts])
                break
    if len(sides) < 2:
        return None
    # "52.3 billion rupees ($612 million)" beside "$447 million": added in the dollars both tell
    told = in_partners_currency([f for side in sides for f, _ in side])
    sides = [[(f, ev) for f, (_, ev) in zip(told[: len(sides[0])], sides[0])], [(f, ev) for f, (_, ev) in zip(told[len(sides[0]) :], sides[1])]]
    pairs = [(a, b) for a in sides[0] for b in sides[1] if a[0].kind == b[0].kind and a[0].currency == b[0].currency and a[0].unit == b[0].unit]
    if not pairs:
        return None
    (a, ev_a), (b, ev_b) = pairs[0]
    return make_answer(ask.question, "derived", sum_text(a, b), 0.6, _cited(ask, ev_a.sentence, ev_b.sentence))


# "to about 38 days from 50 days", "to about $95 a tonne from roughly $160", "in 24 days, roughly half the
# 50 days", "38 days instead of 50 days": words that set the second duration against the first.
_SET_AGAINST = lazy_compile(r"^[^.;]{0,40}\b(?:from|compared (?:with|to)|instead of|rather than|than|against|versus|vs\.?|half|twice)\b[^.;]{0,20}$",
                                 re.IGNORECASE)


def _durations_compared(ask: Ask, unit: str) -> Answer | None:
    """ "how many days quicker is the Nacala route than going by road?" over "cutting the journey
    to about 38 days from 50 days by road": the best-ranked sentence setting two durations in the
    asked unit against each other answers with their gap. The saving word ("quicker", "save") is
    the computation, which the sentence need not use, so rejected sentences are read too."""
    for ev in ask.pool.evidence[:8]:
        spans = [f for f in ev.figures if f.kind == "quantity" and DURATION_UNIT.match(f.unit or "") and lemma(f.unit.lower()) == lemma(unit)]
        if len(spans) == 2 and _SET_AGAINST.match(ev.sentence.text[spans[0].end : spans[1].start]):
            return make_answer(ask.question, "derived", difference_text(spans[0], spans[1]), 0.7, [citation(ask.store, ev.sentence)])
    return None


def _prices_compared(ask: Ask) -> Answer | None:
    """ "how much per tonne would shippers save by rail instead of road?" over "could cut haulage
    costs to about $95 a tonne from roughly $160 by road": the best accepted sentence setting two
    prices of one currency against each other answers with their gap."""
    for ev in ask.pool.accepted[:3]:
        prices = [f for f in ev.figures if f.kind == "money"]
        if (len(prices) == 2 and prices[0].currency == prices[1].currency
                and _SET_AGAINST.match(ev.sentence.text[prices[0].end : prices[1].start])):
            return make_answer(ask.question, "derived", difference_text(prices[0], prices[1]), 0.7, [citation(ask.store, ev.sentence)])
    return None


def _multiple(ask: Ask, evidence: list[Evidence]) -> Answer | None:
    """ "whats the multiple vs last yr?" over "shipments soared 82.3% ... from a year earlier": one
    plus the rate (1.823 times); a rate of another base, a level's points or a day's share move
    make no multiple of the year before."""
    for ev in evidence[:3]:
        text = ev.sentence.text
        if not _YEAR_COMPARISON.search(text):
            continue
        for f in ev.figures:
            direction = _direction_of(f, text) if f.kind == "percent" and f.unit not in _POINTS else ""
            if (not direction or _RATE_AS_LEVEL.search(text[max(0, f.start - 20) : f.start])
                    or _share_move(text, f) or _shorter_base(ask, text, f)):
                continue
            factor = 1 + f.value / 100 if direction == "up" else 1 - f.value / 100
            if factor <= 0:
                return None
            out = (f"About {fmt(round(factor, 2), 3)} times the year-earlier level, computed from the article: "
                   f"1 {'+' if direction == 'up' else '−'} {f.raw} = {fmt(factor, 3)}.")
            return make_answer(ask.question, "derived", out, 0.7, [citation(ask.store, ev.sentence)])
    return None


# "by how many points", "how many percentage points": a change between two percentages.
_POINTS_ASKED = lazy_compile(r"\bhow many (?:percentage )?points\b|\bby how many (?:pp|ppts?)\b")


def _shares_moved(ask: Ask, evidence: list[Evidence]) -> Answer | None:
    """ "by how many points did china's slice of brazil's beef exports grow?" over "China took
    53.7% of Brazil's total beef export volume in the month, up from 47.2%": two percentages one
    sentence of the best six moves from one to the other, before tonnes another sentence moves."""
    for ev in evidence[:6]:
        rates = [f for f in ev.figures if f.kind == "percent" and f.unit not in _POINTS]
        if len(rates) < 2 or len(rates) != len([f for f in ev.figures if f.kind == "percent"]):
            continue  # "rose 0.5 percentage points to 4.6%": the change is stated
        text = ev.sentence.text
        if not any(_EARLIER_BEFORE.search(text[max(0, f.start - 25) : f.start]) for f in rates[1:]):
            continue  # "up from 47.2%": a level left; "jumped 31.4% ... while prices rose 8%" are two rates
        moved = change_between(ask, replace(ev, figures=rates))
        if moved:
            return moved
    return None


def _levels_moved(ask: Ask, evidence: list[Evidence]) -> Answer | None:
    """The change between two levels one of the best three sentences states. "how many more
    destinations than a year ago": the best sentence may state no pair ("network to 68
    destinations"); a later one that names what was asked may ("serves 56 destinations ..., up
    from 41 a year earlier"). "by how many MW did offshore orders shrink?": of "Orders totalled
    2,870 MW, down from 3,730 MW" and "offshore orders slumped to 560 MW from 1,550 MW", the one
    that names more of what was asked first."""
    named = lambda ev: sum(1 for t in ask.query.required if t.keys & ev.sentence.terms)  # noqa: E731
    for ev in sorted(evidence[:3], key=lambda ev: -named(ev)):
        if ev is not evidence[0] and not any(t.keys & ev.sentence.terms for t in ask.query.required):
            continue
        if _levels_of_another_span(ask, ev):
            continue  # "in october vs october last year": "doubled to 386,000 tonnes in the third quarter from 172,000"
        if _asked_outside_amounts(ask, ev):
            continue
        moved = change_between(ask, _own_side(ev))
        if moved:
            return moved
    return None


def _asked_outside_amounts(ask: Ask, ev: Evidence) -> bool:
    """ "how much more did eskom spend on diesel" over "Eskom swung to a net loss of 18.2 billion
    rand ... from a profit of 6.2 billion rand a year earlier, as soaring diesel costs ...": the
    words asked the sentence names stand outside the clause of its amounts, so those move another
    measure."""
    asked = [t for t in ask.query.required if not t.soft]
    amounts = [f for f in ev.figures if f.kind in ("money", "quantity", "count")]
    if not asked or not amounts:
        return False
    clauses = frozenset().union(*(phrase_keys(clause_text(ev.sentence.text, f.start, f.end)) for f in amounts))
    # (only when the sentence names every one of them: "Afghanistan remained the biggest buyer,
    # taking 58%, while Uzbekistan was the second-largest market with 412,000 tonnes, up from
    # 355,000" carries on about the flour the text before named, whatever "taking" says)
    return all(t.keys.isdisjoint(clauses) and t.keys & ev.sentence.terms for t in asked)


# ", while primary energy costs ... climbed to 112.5 billion rand": a contrast opens another clause.
_WHILE_SPLIT = lazy_compile(r",\s+(?:while|whereas)\s+|;\s+")


def _own_side(ev: Evidence) -> Evidence:
    """ "Diesel spending was up from 16.3 billion rand a year earlier, while primary energy costs
    ... climbed to 112.5 billion rand": a level left moves to a level on its own side of a contrast,
    never to one across it; the sentence's figures on that side alone, when a level is left."""
    text = ev.sentence.text
    cuts = [0] + [m.end() for m in _WHILE_SPLIT.finditer(text)] + [len(text) + 1]
    if len(cuts) == 2:
        return ev
    left = [f for f in ev.figures if f.kind in ("money", "quantity", "count") and _EARLIER_BEFORE.search(text[max(0, f.start - 25) : f.start])]
    if not left:
        return ev
    side = next(((a, b) for a, b in zip(cuts, cuts[1:]) if a <= left[0].start < b), (0, len(text) + 1))
    return replace(ev, figures=[f for f in ev.figures if side[0] <= f.start < side[1]])


def _levels_of_another_span(ask: Ask, ev: Evidence) -> bool:
    """Every dated amount of the sentence covers a span of another length than the one asked."""
    dated = [f for f in ev.figures if f.kind in ("money", "quantity", "count") and f.period_start and f.period_end]
    return bool(dated) and all(_of_another_span(ask, ev, f) for f in dated)


# "from $351 last week", "compared with 41 a year earlier": the level left, then the time.
_LEFT_LEVEL = lazy_compile(r"\b(?:from|compared (?:with|to)|against)\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$", re.IGNORECASE)


def _moved_from_base(ask: Ask, evidence: list[Evidence]) -> Answer | None:
    """ "how much more per tonne is potash in Brazil vs last week?" over "prices rose to $372 a
    tonne this week from $351 last week": the best sentence leaves a level at the very time
    compared with, so the change is between its two levels, not between figures of other
    sentences ("410,000 tonnes stuck", "52,000 tonnes a week")."""
    if not ask.query.bases or not evidence:
        return None
    ev = evidence[0]
    text = ev.sentence.text
    bases = [base_text(b.text).strip() for b in ask.query.bases]
    if not any(_LEFT_LEVEL.search(text[max(0, f.start - 25) : f.start]) and any(
            re.match(rf"\s*(?:[\w-]+\s+){{0,2}}?{re.escape(b)}\b", text[f.end : f.end + 40], re.IGNORECASE) for b in bases if b)
               for f in ev.figures):
        return None
    return change_between(ask, ev)


# "than it planned", "than they had expected": one body's plan against what it now does.
_THAN_PLANNED = lazy_compile(r"\bthan\s+(?:it|they|he|she|the company|the group)\s+(?:had\s+|originally\s+|first\s+|once\s+)*"
                             r"(?:planned|expected|forecast|targeted|intended|aimed|hoped|projected)\b", re.IGNORECASE)
# "had planned to build 2,400", "had aimed for 500": the amount planned.
_PLAN_BEFORE = lazy_compile(r"\b(?:planned|planning|plans?|aimed|aims?|targeted|targets?|intended|intends?|expected|hoped|projected)\b"
                            r"(?:\s+(?:to|for))?(?:\s+[\w-]+)?\s+(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE)


def _against_own_plan(ask: Ask, evidence: list[Evidence]) -> Answer | None:
    """ "how many fewer Iris cars a week will Vltavia make in December than it planned?" over
    "Vltavia had planned to build 2,400 Iris cars a week by December but now expects to reach only
    about 1,500": the amount planned against the next one of the best sentence ("1,500" counts what
    2,400 counts), not an amount of another sentence ("cancelled 11 shifts")."""
    if not _THAN_PLANNED.search(ask.query.text) or not evidence:
        return None
    ev = evidence[0]
    text = ev.sentence.text
    amounts = [f for f in ev.figures if f.kind in ("money", "quantity", "count", "number")]
    for i, planned in enumerate(amounts):
        if planned.kind == "number" or not _PLAN_BEFORE.search(text[max(0, planned.start - 40) : planned.start]):
            continue
        now = next((g for g in amounts[i + 1 :] if g.kind == "number" or (comparable(g, planned) and _of_one_size(g, planned))), None)
        if now is None:
            return None
        return make_answer(ask.question, "derived", difference_text(planned, now, unit=unit_of(planned) or planned.unit), 0.6,
                           [citation(ask.store, ev.sentence)])
    return None


def _against_earlier_stated(ask: Ask, evidence: list[Evidence]) -> Answer | None:
    """ "How much more capacity was awarded than the year before?" over "awarded contracts for a
    record 8.4 gigawatts" and, in another sentence, "The capacity secured ... compares with 4.9 GW a
    year earlier": the best sentence's level less the year-earlier one a sentence of the measure
    states apart (read only when no one sentence states both)."""
    for ev in ask.pool.evidence[:6]:
        text = ev.sentence.text
        if not all(t.keys & ev.sentence.terms for t in _measure_terms(ask.query)) or _asked_outside_amounts(ask, ev):
            continue
        for old in ev.figures:
            if old.kind not in ("money", "quantity", "count") or not _EARLIER_AFTER.search(text[old.end : old.end + 60]):
                continue
            # the best other sentence with one level of that measure, not itself an earlier one;
            # first the one just before in its paragraph ("... the 24.7 billion rand we spent on
            # diesel ... Diesel spending was up from 16.3 billion rand a year earlier"), which the
            # bare restated measure carries on from
            tops = [e for e in evidence[:3] if e.sentence.id != ev.sentence.id]
            tops.sort(key=lambda e: not (e.sentence.paragraph == ev.sentence.paragraph and e.sentence.id == ev.sentence.id - 1
                                         and e.sentence.article_id == ev.sentence.article_id))
            for top in tops:
                now = [f for f in top.figures if comparable(f, old) and _of_one_size(f, old) and f.value != old.value
                       and not _EARLIER_BEFORE.search(top.sentence.text[max(0, f.start - 40) : f.start])]
                if len(now) == 1:
                    return make_answer(ask.question, "derived", difference_text(now[0], old), 0.6,
                                       [citation(ask.store, top.sentence), citation(ask.store, ev.sentence)])
                if now:
                    break
    return None


TOTAL_STATED = lazy_compile(r"\b(?:combined|total|in all|altogether|together|aggregate)\b[^,;]{0,25}$", re.IGNORECASE)


# "percentage-wise", "in percent": the rate asked in so many words ("by how much" may ask tonnes;
# "rose 82.3%, what were they the yr before?" gives the rate and asks the level).
_RATE_WORD = lazy_compile(r"\bpercent|\bpercentage|\bper cent\b|\bpct\b|%")


def _rate_against_year_before(ask: Ask, evidence: list[Evidence]) -> Answer | None:
    """ "how big was the jump, percentage-wise, compared with the same period last year?" asks
    the rate of the change, which "soared 82.3% ... from a year earlier" states: no level before
    it to work out."""
    for pick in rank_figures(ask.query.with_intent("figure"), evidence)[:2]:
        f, text = pick.figure, pick.evidence.sentence.text
        if f.kind == "percent" and f.direction and _against_a_year_before(text):
            return make_answer(ask.question, "figure", figure_text(f, text, ask.query.currency), 0.8,
                               [citation(ask.store, pick.evidence.sentence)])
    return None


def _stated_total(ask: Ask, evidence: list[Evidence]) -> Answer | None:
    """ "How much LNG will they supply in total?" when the article states the sum itself ("to
    supply a combined 3.6 million tonnes"): no working, the figure as stated."""
    for pick in rank_figures(ask.query.with_intent("figure"), evidence)[:4]:
        f, text = pick.figure, pick.evidence.sentence.text
        if TOTAL_STATED.search(text[max(0, f.start - 30) : f.start]):
            return make_answer(ask.question, "figure", figure_text(f, text, ask.query.currency), 0.8,
                               [citation(ask.store, pick.evidence.sentence)])
    return None


# "how many extra plants did china ok?" with no "than": the increment itself, which the article
# may state outright ("approved 38 additional plants", "another 20 plants").
_INCREMENT_ASKED = lazy_compile(r"\bhow (?:many|much) (?:more|extra|additional) ([a-z][\w-]*)\b(?![^?]*\bthan\b)")
_INCREMENT_AFTER = lazy_compile(r"\s+(?:additional|extra|more|new|further)((?:\s+[\w-]+){1,3})")
_INCREMENT_BEFORE = lazy_compile(r"\b(?:another|a further|an additional|an extra)\s+$")
_THING_AFTER = lazy_compile(r"((?:\s+[\w-]+){1,3})")


def _stated_increment(ask: Ask, evidence: list[Evidence], thing: str) -> Answer | None:
    """ "How many extra plants did China approve?" over "Beijing approved 38 additional Brazilian
    meatpacking plants ... hopes to win clearance for another 20 plants next year": a number the
    sentence itself calls an addition of the thing asked (or a word of its class: staff, workers) is
    the answer as stated; subtracting one
    addition from another (38 - 20) answers nothing asked."""
    asked = word_keys(lemma(thing), thing)
    for ev in evidence[:3]:
        text = ev.sentence.text
        for f in ev.figures:
            if f.kind not in ("count", "number"):
                continue
            after = _INCREMENT_AFTER.match(text, f.end)
            if after is None and _INCREMENT_BEFORE.search(text[max(0, f.start - 20) : f.start]):
                after = _THING_AFTER.match(text, f.end)
            if after and any(word_keys(lemma(w), w) & asked for w in after.group(1).lower().split()):
                return make_answer(ask.question, "figure", figure_text(f, text, ask.query.currency), 0.8,
                                   [citation(ask.store, ev.sentence)])
    return None


# "How far off was the consensus?", "by how much did it miss the forecast?", "how far below
# expectations did it come in?": the outcome minus the forecast.
_FORECAST_GAP = lazy_compile(r"\b(?:how far|by how (?:much|many)|how much|how many [a-z$€£¥][\w.-]* (?:short of|below|above|ahead of|behind))\b.*\b(?:consensus|forecasts?|expectations?|expected|estimates?|predict\w*|poll)\b"
                           r"|\b(?:consensus|forecasts?|expectations?|estimates?|poll)\b.*\bhow far (?:off|out|wrong)\b")


# "... than the old one?", "than the previous estimate?": a level against the one it replaced.
_AGAINST_OLD = lazy_compile(r"\bthan (?:the |its |their )?(?:old|previous|earlier|original|initial|prior|former)(?:\s+(?:one|[\w-]+))?\s*\??$")
# "How much lower is the new profit forecast than the old one?": one forecast against another
# ("cut its forecast to 820 billion yen from 1 trillion yen"), not an outcome against a forecast.
_FORECASTS_COMPARED = lazy_compile(r"\b(?:new|revised|latest|current|updated|old|previous|earlier|original|initial|prior)\s+(?:[\w-]+\s+){0,3}"
                                   r"(?:forecasts?|estimates?|predictions?|projections?|outlook)\b[^?]*\bthan\b")


# "how much lower are exports expected to be than in 2024?": the forecast against a year's level,
# not an outcome against its forecast.
_THAN_A_YEAR = lazy_compile(r"\bthan (?:in |during |for )?(?:19|20)\d\d\b")


def _gap_to_forecast(ask: Ask) -> Answer | None:
    found = outcome_and_forecast(ask, wide=True)
    if found is None:
        return None
    (act, act_ev), (exp, exp_ev) = found
    actual, forecast = signed(act), signed(exp)
    gap = actual - forecast
    if act.kind == "percent":
        unit = "basis points" if "basis" in (act.unit or "") else "percentage points"
        gap = round(gap, 4)  # 3.1, not 3.0999999999999996
        head = f"{abs(gap):g} {unit} {'above' if gap > 0 else 'below'} the forecast"
        working = f"{actual:g} − ({forecast:g}) = {gap:g} {unit}"
    else:
        difference = amount(act, abs(gap) / SCALES.get(act.scale, 1.0))
        head = f"{difference} {'above' if gap > 0 else 'below'} the forecast"
        working = f"{act.raw} − {exp.raw} = {'' if gap > 0 else '−'}{difference}"
    cites = _cited(ask, act_ev.sentence, exp_ev.sentence)
    return make_answer(ask.question, "derived", f"{head}, computed from the article: {working}.", 0.7, cites)


_AGAINST_A_TIME = lazy_compile(r"\b(?:than|vs\.?|versus|compared (?:with|to))\s+(?:in\s+|during\s+)?(?:the\s+|a\s+)?"
                               r"(?:last|previous|prior|year|earlier|before|same|(?:19|20)\d\d\b)", re.IGNORECASE)


def _between_entities(ask: Ask, evidence: list[Evidence]) -> Answer | None:
    """ "How much more is Germany contributing than Sweden?": one stated amount for each name."""
    keys = ask.query.entity_keys
    if len(keys) < 2 or _AGAINST_A_TIME.search(ask.query.text):
        # "how many more tonnes does abpa expect to sell china this year vs last": set against a
        # time, not a name; the names are the seller and the buyer, no two sides
        return None
    if len(keys) > 2 and evidence:
        # "How much more did Taiwan sell to the US than to China and Hong Kong?": the seller is
        # no side of the comparison; the names the best sentence sets side by side are.
        named = [k for k in keys if any(named_by(e, {k}) for _, e in evidence[0].mentions)]
        if len(named) >= 2:
            keys = named
    keys = _than_sides(ask.query.text, keys) or keys
    chosen: list[tuple[FigureRow, Evidence]] = []
    for key in keys[:2]:
        for ev in ask.pool.evidence[:12]:
            # "Michoacan received $1.62 billion and Guanajuato $1.48 billion": each name's own
            # amount, the first after it, never the one already taken.
            starts = [m.start for m, e in ev.mentions if named_by(e, {key})]  # "Pampa Agro": Pampa Agro Research
            taken = {(f.sentence_id, f.start) for f, _ in chosen}
            amounts = [f for f in ev.figures if f.kind in _amount_kinds(ask) and (f.sentence_id, f.start) not in taken]
            if chosen:
                # "Indus committed 684 billion rupees"; "Sangam bought 3300 MHz airwaves" names no
                # amount to set against it, "Sangam Telecom bid 512 billion rupees" does.
                amounts = [f for f in amounts if f.kind == chosen[0][0].kind and f.currency == chosen[0][0].currency]
            # "..., while Australia sent 190,000 tonnes": an amount told after another place or
            # body not asked is that one's own
            amounts = [f for f in amounts if not _told_of_another(ev, f, set(ask.query.entity_keys))]
            if starts and amounts:
                after = [f for f in amounts if f.start > starts[0]]
                # "fetched $6,870 a tonne, compared with $4,480 for cargoes bound for China": a
                # name with no amount after it has the nearest before it, not the sentence's first.
                chosen.append((after[0] if after else amounts[-1], ev))
                break
    if len(chosen) < 2 or chosen[0][0].currency != chosen[1][0].currency:
        return None
    (a, ev_a), (b, ev_b) = chosen
    return make_answer(ask.question, "derived", difference_text(a, b), 0.7, _cited(ask, ev_a.sentence, ev_b.sentence))


def _modes_priced(ask: Ask) -> Answer | None:
    """ "how much cheaper per 20ft container is rail vs trucks" over "Kenya Railways will charge
    $1150 ..., against roughly $1900 charged by truckers": two ways of carrying set against each
    other, each beside its own amount in one sentence; the gap of the two."""
    modes = modes_apart(ask.query.text.lower())
    told = modes_told(ask, modes) if modes is not None else None
    if told is None:
        return None
    ev, first, second = told
    return make_answer(ask.question, "derived", difference_text(first, second), 0.7, [citation(ask.store, ev.sentence)])


_PREPOSITIONS = frozenset("to from in into for at of by with".split())


def _than_sides(question: str, keys: list[str]) -> list[str] | None:
    """ "How many more tonnes did Brazil ship to China than Argentina?": the name after "than"
    is set against the name before it that stands as it does, with the same preposition before
    it or none ("Brazil", not the "to China" both shipped to; "to the US than to China")."""
    lower = question.lower()
    than = re.search(r"\bthan\b", lower)
    if not than or len(keys) < 3:
        return None
    # (word_spans: each name's first place without compiling a pattern for it)
    spots = {k: spans[0][0] for k in keys if (spans := word_spans(lower, k))}
    after = sorted((at, k) for k, at in spots.items() if at > than.end())
    if not after:
        return None
    side = after[0][1]
    wanted = _preposition_before(lower, than.end(), after[0][0])
    if wanted is None:
        return None
    same = [k for k, at in sorted(spots.items(), key=lambda kv: kv[1]) if at < than.start()
            and _preposition_before(lower, 0, at) == wanted]
    return [same[0], side] if len(same) == 1 else None


def _preposition_before(lower: str, start: int, at: int) -> str | None:
    """The preposition right before a name ("to the US": to; "did Brazil": none, ""); None when
    other words stand between the bound and the name after "than"."""
    words = [w for w in re.findall(r"[a-z]+", lower[start:at]) if w != "the"]
    if not words:
        return ""
    if words[-1] in _PREPOSITIONS:
        return words[-1]
    return "" if start == 0 else None


_LOCATING = (" in ", " near ", " at ")


def _told_of_another(ev: Evidence, f: FigureRow, keys: set[str]) -> bool:
    """The nearest name before an amount is a place or body the question does not ask; a name
    inside a longer one ("Telecom" of "Sangam Telecom") is none, and a capital ("Beijing
    approved 38 plants") speaks for its country."""
    spans = [(m.start, m.end) for m, _ in ev.mentions]
    text = ev.sentence.text
    # (nor a place after "in", "near" or "at": "will take 60 percent of the Tendaho plant in Afar
    # region for 142 million dollars" tells where the plant is, not whose the amount is)
    before = [(m.start, e) for m, e in ev.mentions if m.end <= f.start
              and not any(a <= m.start and m.end <= b and (a, b) != (m.start, m.end) for a, b in spans)
              and not (e.kind == "place" and text[max(0, m.start - 6) : m.start].lower().endswith(_LOCATING))]
    if not before:
        return False
    nearest = max(before, key=lambda p: p[0])[1]
    country = gz.CAPITALS.get(nearest.name.lower(), "") if nearest.kind == "place" else ""
    return nearest.kind in ("place", "org") and not named_by(nearest, keys) and normalise_name(country) not in keys


def _amount_kinds(ask: Ask, kinds: tuple[str, ...] = ("money", "quantity", "count")) -> tuple[str, ...]:
    """The kinds of figure two compared amounts may be: only prices, asked "per tonne"."""
    return ("money",) if PER_UNIT.search(ask.query.text.lower()) else kinds


def _between_kinds(ask: Ask) -> Answer | None:
    """ "The gap between registered and disbursed FDI", "how far apart are the union's demand and
    the employers' offer": for each compared word, an amount in the clause that names it, in
    whichever sentence says so; the two must be of one kind, and stated, not aimed at."""
    # "how much lower is the ipo valuation than ...": "lower" is read as "low", yet compares
    # nothing; a comparing word is known by the word asked, not its lemma
    words = [t for t in ask.query.terms if t.lemma not in _COMPARING and t.word.lower() not in _COMPARING
             and not (t.keys & MEASURES) and t.lemma not in STOPWORDS]
    around = _around_than(ask.query.text, words)
    if not around and _THAN.search(ask.query.text):
        # "... than what they were aiming for in march": with no compared word before "than",
        # any two words of the question ("aiming", "march") pair amounts of two other things
        # (a target, a spending plan).
        return None
    words = around or words
    if len(words) < 2 or ask.query.wh == "how many":
        return None  # rates and amounts only: "how many" counts, and counts compare by name (_difference_by_terms)
    sides = [_amounts_naming(ask, term) for term in words[:2]]
    # Amounts before rates: "registered $26.14 billion, disbursed $15.42 billion", not their growth rates.
    pairs = [(a, b, i + j) for i, a in enumerate(sides[0]) for j, b in enumerate(sides[1])]
    pairs.sort(key=lambda p: (_KIND_ORDER.get(p[0][0].kind, 3), p[2]))
    for (a, ev_a), (b, ev_b), _ in pairs:
        # a length is never taken from a box's size: "412-km" and "20-foot" are of two units
        if (a is not b and a.kind == b.kind and a.currency == b.currency and a.kind != "count" and a.value != b.value
                and _one_unit(a, ev_a, b, ev_b) and _of_one_size(a, b) and (a.kind != "quantity" or comparable(a, b))):
            unit = "percentage points" if a.kind == "percent" else ""
            cites = _cited(ask, ev_a.sentence, ev_b.sentence)
            return make_answer(ask.question, "derived", difference_text(a, b, unit=unit), 0.6, cites)
    return None


_KIND_ORDER = {"money": 0, "quantity": 1, "percent": 2}


# "how far apart are the union and the company?", "the gap between the two sides": a demand
# against an offer.
_APART = lazy_compile(r"\b(?:apart|gap|difference)\b")
_DEMANDED = lazy_compile(r"\b(?:demand(?:s|ed|ing)?|seek(?:s|ing)?|sought|(?:ask|call|push|press)(?:s|es|ed|ing)? for)\b", re.IGNORECASE)
_OFFERED = lazy_compile(r"\b(?:offer(?:s|ed|ing)?|propos(?:e|es|ed|ing)|put forward)\b", re.IGNORECASE)


def _asked_and_offered(ev: Evidence, said: re.Pattern[str]) -> list[FigureRow]:
    """The amounts a demand (or an offer) names: each the first figure after the word, in its
    clause ("to demand that the monthly minimum wage be raised to 23,000 taka from 12,800 taka":
    23,000; "owners offered 14,600 taka, an increase of about 14%": 14,600)."""
    text = ev.sentence.text
    out: list[FigureRow] = []
    for m in said.finditer(text):
        f = next((f for f in ev.figures if f.start >= m.end()), None)
        if (f is not None and f.kind in ("money", "quantity", "percent") and f.start - m.end() < 70
                and not DURATION_UNIT.match(f.unit.strip()) and ";" not in text[m.end() : f.start]):
            out.append(f)
    return out


def _demand_and_offer(ask: Ask) -> Answer | None:
    """ "how far apart are the unions and the owners on the monthly wage?" over "workers walked
    out to demand that the monthly minimum wage be raised to 23,000 taka" and "factory owners
    offered 14,600 taka": the amount demanded less the one offered, of one kind and currency,
    in the nearest sentences that state them (8,400 taka); "the union is seeking a 9.5% wage
    increase, while the company has offered 4.2%": 5.3 points."""
    if not _APART.search(ask.query.text.lower()):
        return None
    evidence = ask.pool.evidence[:8]
    demands = [(f, ev) for ev in evidence if _DEMANDED.search(ev.sentence.text) for f in _asked_and_offered(ev, _DEMANDED)]
    offers = [(f, ev) for ev in evidence if _OFFERED.search(ev.sentence.text) for f in _asked_and_offered(ev, _OFFERED)]
    pairs = [(abs(ev_a.sentence.id - ev_b.sentence.id), a, ev_a, b, ev_b) for a, ev_a in demands for b, ev_b in offers
             if a is not b and a.kind == b.kind and same_currency(a.currency, b.currency) and a.value != b.value
             and _of_one_size(a, b) and ev_a.sentence.article_id == ev_b.sentence.article_id]
    if not pairs:
        return None
    _, a, ev_a, b, ev_b = min(pairs, key=lambda p: p[0])
    unit = "percentage points" if a.kind == "percent" else ""
    cites = _cited(ask, ev_a.sentence, ev_b.sentence)
    return make_answer(ask.question, "derived", difference_text(a, b, unit=unit), 0.6, cites)


_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)


_RESTATED_AFTER = lazy_compile(r"\s*\([^()]{1,40}\)")


def _each(f: FigureRow, ev: Evidence) -> frozenset[str]:
    """The words of the unit an amount is of: "19.50 pesos per kg" {kg}, "7,000 pesos per affected
    farmer" {affected, farmer}, the level it rose from ("to 19.50 pesos per kg from 16.80 pesos")
    the same; none for a total."""
    text = ev.sentence.text
    # "1,793 pounds ($2,349) a year": the unit follows the amount restated in another currency
    after = _RESTATED_AFTER.match(text, f.end)
    m = EACH_AFTER.match(f.unit) or EACH_AFTER.match(text[after.end() if after else f.end :])
    if m is None and _FROM_BEFORE.search(text[: f.start]):
        m = next((e for g in ev.figures if g is not f and g.end <= f.start and (e := EACH_AFTER.match(text[g.end :]))), None)
    return frozenset(w.lower() for w in m.groups() if w) if m else frozenset()


def _one_unit(a: FigureRow, ev_a: Evidence, b: FigureRow, ev_b: Evidence) -> bool:
    """Two totals, or two amounts of one unit: a price per kg is no total, nor a grant per farmer."""
    each_a, each_b = ({_UNIT_ALIASES.get(w, w) for w in _each(f, ev)} for f, ev in ((a, ev_a), (b, ev_b)))
    return each_a == each_b or bool(each_a & each_b)


# "NZ$10.40 per kilogram" and "NZ$9.65 per kg" are prices of one unit.
_UNIT_ALIASES = {"kilogram": "kg", "kilograms": "kg", "kilo": "kg", "kilos": "kg", "ton": "tonne", "tons": "tonne", "tonnes": "tonne"}


def _of_one_size(a: FigureRow, b: FigureRow) -> bool:
    """A price per kg is no total: "16.80 pesos" a kilo and "1.2 billion pesos" of aid are never
    compared, whatever their clauses name. Amounts a thousandfold apart are of two kinds."""
    big, small = sorted((abs(scaled(a)), abs(scaled(b))), reverse=True)
    return small > 0 and big / small <= 1000


def _around_than(text: str, words: list[Term]) -> list[Term]:
    """ "cost rice farmers than corn farmers": the compared things are the last word before "than"
    and the first after it that the other side does not also name."""
    tokens = tokenize(text)
    than = next((i for i, t in enumerate(tokens) if t.lower == "than"), None)
    if than is None:
        # "the typical bill ... compared with the current cap", "chicken vs pork": the sides of a
        # comparison put by other words than "than"
        than = next((i for i, t in enumerate(tokens) if t.lower in ("vs", "versus")
                     or (t.lower in ("with", "to") and i > 0 and tokens[i - 1].lower == "compared")), None)
    if than is None:
        # "how far apart are the union's demand and the employers' offer": the sides of "and"
        than = next((i for i, t in enumerate(tokens) if t.lower == "and"), None)
        if than is None:
            return []
    # "the employers' offer": the offer is compared, not whatever else the employers are named with
    owners = {i for i, t in enumerate(tokens) if text[t.end : t.end + 1] in ("'", "\u2019")}
    words = [t for t in words if t.position not in owners]
    before = [t for t in words if t.position < than]
    after = [t for t in words if t.position > than]
    if not before or not after:
        return []
    # "rice farmers than corn farmers": farmers are on both sides, rice and corn are compared
    own_before = [t for t in before if not any(t.keys & a.keys for a in after)]
    own_after = [t for t in after if not any(t.keys & b.keys for b in before)]
    return [own_before[-1], own_after[0]] if own_before and own_after else []
_AIMED = lazy_compile(r"\b(?:aims?|targets?|goal|plans?|expects?|forecasts?)\b", re.IGNORECASE)


def _amounts_naming(ask: Ask, term: Term) -> list[tuple[FigureRow, Evidence]]:
    """The amounts whose clause names the term, those it names first (its subject) before the
    rest: "Rice accounted for 5.9 billion pesos" before "crops worth 8.6 billion pesos ...,
    flattening rice fields", "Registered capital ... to $26.14 billion" before "$15.95 billion of
    the registered capital"."""
    out: list[tuple[bool, FigureRow, Evidence]] = []
    for ev in ask.pool.evidence[:12]:
        text = ev.sentence.text
        at: list[int] | None = None  # where the sentence names the term, read once it is needed
        for f in ev.figures:
            clause = clause_text(text, f.start, f.end)
            if (f.kind in ("money", "quantity", "percent") and term.keys & phrase_keys(clause) and not _AIMED.search(clause)
                    and not DURATION_UNIT.match(f.unit.strip())):  # "a pay rise of 7.5% over two years": no amount
                at = at if at is not None else [a for a, _ in term_spots(text, [term])]
                out.append((not any(a < f.start for a in at), f, ev))
    out.sort(key=lambda o: o[0])  # stable: the pool's order within each
    return [(f, ev) for _, f, ev in out]


_SHARE_MOVE = lazy_compile(r"\b(?:shares?|stocks?)\b(?!\s+(?:buyback|sale|issue|of\s+(?:sales|revenue|output|exports|the market)))", re.IGNORECASE)


def _share_move(text: str, rate: FigureRow) -> bool:
    """The rate is a move of a share price ("Shares fell 3.7% to C$58.20")."""
    clause = clause_text(text, rate.start, rate.end)
    raw_at = clause.find(rate.raw)
    after = PARTICIPLE_AFTER.search(clause, raw_at + len(rate.raw)) if raw_at >= 0 else None
    return bool(_SHARE_MOVE.search(clause[: after.start()] if after else clause))
_YEAR_COMPARISON = lazy_compile(
    r"\b(?:a|the)\s+year\s+(?:earlier|ago|before)\b|\byear[- ]on[- ]year\b|\by/y\b|\byoy\b|\bprevious year\b|\blast year\b",
    re.IGNORECASE,
)


# "how many bn yuan did exports go up by": "by how many" with the preposition left at the end
_UNITS_MOVED_BY = lazy_compile(r"\bhow many\s+(?!(?:percentage\s+|basis\s+)?points?\b|percent|per cent|pp\b|%)(?:[a-z$€£¥][\w.-]*\s+){1,3}"
                               r"(?:did|do|does|have|has|had|will|would)\b[^?]*\b(?:up|down|rise|risen|increase|grow|grown|fall|fallen|drop|decline"
                               r"|jump|climb|gain|shrink|shrunk)\s+by\b")


# "by how many bn yuan", "by how many euros", "by how many tonnes": a change asked in a unit of
# amount, not in percent or points.
# "how many tonnes got shaved off the 2026 target", "how many jobs were cut from the plan": an amount
# taken off, the change in that unit as "by how many" asks it
_UNITS_TAKEN_OFF = lazy_compile(r"\bhow many\s+(?!(?:percentage\s+|basis\s+)?points?\b|percent|per cent|pp\b|%)(?:[a-z$€£¥][\w.-]*\s+){1,3}"
                                r"(?:got|get|gets|were|was|are|is|(?:have|has|had|will|would)(?: be| been)?|did|do|does)\b[^?]*?\b"
                                r"(?:shaved?|knock(?:ed)?|taken?|cut|wiped?|chop(?:ped)?|trim(?:med)?|pared?|slash(?:ed)?|lop(?:ped)?)\s+(?:off|from)\b")
_BY_UNIT = lazy_compile(r"\bby how many\s+(?!(?:percentage\s+|basis\s+)?points?\b|percent|per cent|pp\b|%)|" + _UNITS_MOVED_BY.pattern
                        + "|" + _UNITS_TAKEN_OFF.pattern)


# "by how much did the rotterdam price per tonne go up": a price per unit moves in money, not in percent
_BY_PRICE_PER_UNIT = lazy_compile(r"\bby how much\b.*\b(?:price|cost)s?\s+per\s+(?!cent\b)[a-z]+")


def handle_change_in_units(ask: Ask) -> Answer | None:
    """ "by how many euros did revenue go up?" over "revenue climbed 11.6% to 246.5 million euros
    from 220.8 million euros": the change between the two levels (25.7 million euros), not the
    rate; over "shipments soared 82.3% from a year earlier to 42.64 billion yuan", the level less
    the one the rate works back to. A sentence that states the change in the unit itself ("rose
    by 3 billion yuan") is the figure handler's to quote."""
    query = ask.query
    if query.intent != "figure" or not query.direction:
        return None  # (the cheap rejection first: most questions are no figure's move)
    by_price = bool(_BY_PRICE_PER_UNIT.search(query.text.lower()))
    if (not _bases_a_year_back(query) or not (query.currency or query.count_keys or by_price)
            or not (_BY_UNIT.search(query.text.lower()) or by_price or (query.wants == "money" and "by how much" in query.text.lower()))):
        return None
    accepted = ask.pool.accepted[:6]
    if not accepted:
        return None
    for i, ev in enumerate(accepted[:3]):
        if i == 2 and _amounts_asked(ask.query, accepted[0]):
            break  # a third sentence only when the first gives no amount of the unit asked (a rate alone)
        if _states_change(ev):
            return None
        if i and (ev.coverage < accepted[0].coverage or len(_amounts_asked(ask.query, ev)) < 2):
            # "signed agreements worth $4.2 billion" may outrank the levels of the trade asked by
            # a word or two; the next sentence's levels answer only when it names as much of
            # what is asked and gives two amounts of the unit asked (no forecast ranges in percent)
            continue
        moved = change_between(ask, ev)
        if moved:
            return moved
    return _year_earlier(ask, accepted)


# "Capacity is set to rise to 3 million TEUs by 2030": a move to a level whose base the sentence
# leaves out ("rise by" would state the change itself).
_MOVED_TO = lazy_compile(r"\b(?:rise|rises|rising|grow|grows|growing|increase|increases|increasing|climb|climbs|climbing|expand|expands|expanding|"
                         r"go up|goes up|fall|falls|falling|drop|drops|dropping|decline|declines|declining|shrink|shrinks|shrinking)\s+to\s+$",
                         re.IGNORECASE)


def handle_moved_to_level_before(ask: Ask) -> Answer | None:
    """ "by how much will capacity go up by 2030?" over "Ndayane has an initial annual capacity of
    1.2 million TEUs ... Capacity is set to rise to 3 million TEUs by 2030": the level moved to less
    the one level of that measure the sentence before in its paragraph states (1.8 million TEUs)."""
    query = ask.query
    if query.intent != "figure" or not query.direction or "by how" not in query.text.lower():
        return None  # (the cheap rejection first)
    for ev in ask.pool.accepted[:2]:
        text = ev.sentence.text
        if " to " not in text or any(f.kind == "percent" for f in ev.figures):
            continue  # a rate given is worked by the handlers of rates
        levels = [f for f in ev.figures if f.kind in AMOUNT_KINDS and f.measure and _MOVED_TO.search(text, max(0, f.start - 30), f.start)]
        if len(levels) != 1 or any(f is not levels[0] and comparable(f, levels[0]) for f in ev.figures):
            continue  # a base in the sentence itself is change_between's
        level = levels[0]
        prev = ask.store.sentences([ev.sentence.id - 1]).get(ev.sentence.id - 1)  # ids run in text order
        if prev is None or prev.article_id != ev.sentence.article_id or prev.paragraph != ev.sentence.paragraph:
            continue
        measure = phrase_keys(level.measure)
        bases = [f for f in ask.store.figures_in([prev.id]) if comparable(f, level) and measure & phrase_keys(f.measure)]
        if len(bases) != 1 or (difference(level, bases[0]) > 0) != (query.direction == "up"):
            continue
        return make_answer(ask.question, "derived", difference_text(level, bases[0]), 0.7,
                           [citation(ask.store, ev.sentence), citation(ask.store, prev)])
    return None


def _bases_a_year_back(query: Query) -> bool:
    """Whether the change asked is against no base or only the year before: "how many dollars did
    it fall by vs a year earlier" asks the gap between "$612 million from $701 million a year
    earlier" as the bare question does; a base like "compared with March" is another period's."""
    return all(_YEAR_COMPARISON.fullmatch(b.text) for b in query.bases)


# "between march and now", "since march": the span runs from a month, week or year to the present
_TO_NOW = lazy_compile(r"\s+and\s+(?:now|today|the present)\b")
_LEFT_FROM = lazy_compile(r"\bfrom\s+$")


def _start_of_span_to_now(query: Query) -> TimeExpr | None:
    """The start of a span asked up to now ("since March", "between March and now"), if any."""
    for t in (*query.bases, *query.times):
        if t.anchor == "since" or (t.anchor == "between" and _TO_NOW.match(query.text.lower(), t.end)):
            return t
    return None


def handle_gain_since(ask: Ask) -> Answer | None:
    """ "how many km of pipe were welded between March and now?" over "had welded 687 km of pipe,
    up from 410 km in March": the level now less the level left at the span's start (277 km),
    not either level."""
    query = ask.query
    if query.intent != "figure" or query.wants not in ("count", "money", "quantity"):
        return None  # (the cheap rejection first: most questions ask no figure)
    start = _start_of_span_to_now(query)
    if start is None:
        return None
    month = start.text.split()[-1].lower()
    for ev in ask.pool.accepted[:2]:
        text = ev.sentence.text
        # the level left must be dated to the span's own start ("up from 410 km in March")
        if any(_LEFT_FROM.search(text, max(0, f.start - 20), f.start)
               and re.match(rf"\s*(?:at the end of |in |on )?{re.escape(month)}\b", text[f.end : f.end + 30], re.IGNORECASE)
               for f in _amounts_asked(query, ev)):
            return change_between(ask, ev)
    return None


def _amounts_asked(query: Query, ev: Evidence) -> list[FigureRow]:
    return [f for f in ev.figures if f.kind in ("money", "quantity", "count") and (not query.currency or f.currency == query.currency)]


def _states_change(ev: Evidence) -> bool:
    """ "rose by 3 billion yuan": the sentence states the change in the unit itself."""
    text = ev.sentence.text
    return any(f.direction and f.kind in ("money", "quantity", "count") and not _LEVEL_LEFT_OR_REACHED.search(text[max(0, f.start - 45) : f.start])
               for f in ev.figures)


# "to 246.5 million euros", "from 220.8 million euros", "at 318 reais": a level, no change
_LEVEL_LEFT_OR_REACHED = lazy_compile(r"\b(?:to|from|at|of)\s+(?:[\w-]+\s+){0,4}$")


def handle_year_before(ask: Ask) -> Answer | None:
    """ "What were sales in 2022?" when the article gives 2023's and the rise from a year earlier:
    read the question a year later, find that figure and its rate, and work back."""
    query = ask.query
    if query.intent != "figure" or not query.times:
        return None
    later = replace(query, shift_years=1)
    pool = gather(later, ask.store)
    picks = rank_figures(later, pool.accepted[:6])
    # "How much nickel did Indonesia mine in 2022?" is not worked back from "nickel prices have
    # fallen 7%" in a sentence that also gives the mined output: the rate's clause must be about
    # all that was asked.
    # "trade in the first nine months of last year": "investment reached $2.3 billion in the first
    # half of the year, up 14%" works back to no nine months' level.
    picks = [p for p in picks if _clause_covers(query, p.evidence, p.figure) and not _later_unfinished(later, ask.store, p)
             and not _of_another_span(ask, p.evidence, p.figure, later) and not _own_clause_of_another_period(later, ask.store, p)]
    for pick in picks:
        if pick.figure.kind == "percent" and _against_a_year_before(pick.evidence.sentence.text):
            answer = _before_rate(ask, pick.evidence, pick.figure)
            if answer:
                return answer
    # "How many vehicles were sold in October last year?": the count asked, a year later, with
    # the rate its sentence gives ("jumped 11.4% from a year earlier to 412,600 units").
    # "fell 3.8% in October from a year earlier to 2.16 million": the best pick, a bare number of
    # what was counted, before the cargo tonnes of a sentence below it.
    for i, pick in enumerate(picks[:3]):
        if pick.figure.kind in ("money", "quantity", "count") or (i == 0 and pick.figure.kind == "number" and ask.query.wants == "count"):
            answer = _level_with_rate(ask, pick.evidence, pick.figure)
            if answer:
                return answer
    return None


# "produced 48000 tons of copper cathode in May, up 35% from April": the rate's base, a period
# named after it, "from April", "on the previous quarter", "over March".
_FROM_BASE = lazy_compile(r"\s+(?:from|on|over|against|compared with|versus|vs\.?)\s+(?:the\s+)?", re.IGNORECASE)


def handle_named_base(ask: Ask) -> Answer | None:
    """ "how much cathode was produced in April?" over "produced 48000 tons ... in May, up 35% from
    April": a sentence set aside only for its period, whose rate is measured from the very period
    asked, gives that period's level, worked back from the level it reached."""
    query = ask.query
    if query.intent != "figure" or len(query.times) != 1:
        return None
    asked = query.times[0]
    bare = asked.text[len(asked.anchor):].strip().lower() if asked.anchor and asked.text.lower().startswith(asked.anchor) else asked.text.lower()
    if not bare:
        return None
    for ev in ask.pool.evidence[:3]:
        if not ev.conflicts or not all(c.startswith("period") for c in ev.conflicts) or bare not in ev.sentence.text.lower():
            continue
        low = ev.sentence.text.lower()
        for rate in ev.figures:
            m = _FROM_BASE.match(low, rate.end) if rate.kind == "percent" else None
            if m is None or not low.startswith(bare, m.end()) or not at_boundary(low, m.end() + len(bare)):
                continue
            # the level the rate moved, the nearest before it in its own clause
            clause = span_clause(ev.sentence.text, rate.start, rate.end)
            levels = [f for f in ev.figures if f.kind in AMOUNT_KINDS and f.end <= rate.start
                      and any(a <= f.start < b for a, b in clause)]
            if levels:
                return _before_rate(ask, ev, rate, max(levels, key=lambda f: f.start))
    return None


def _own_clause_of_another_period(later: Query, store: Store, pick: Pick) -> bool:
    """ "revenue in 2022" read a year on as 2023: "revenue rose 11.4% last year to 3.6 billion crowns,
    and it carried 8.2 million passengers, up from 7.5 million in 2023" names 2023, but the
    revenue's own clause dates it to 2024, which works back to 2023, not the year asked."""
    info = store.article(pick.evidence.sentence.article_id)
    return info is not None and bool(info.date) and figures.other_period(later, pick.figure, info.date) >= figures.NO_OVERLAP


def _later_unfinished(later: Query, store: Store, pick: Pick) -> bool:
    """ "What were total deposits at the end of 2024?" asked of a story of October 2025: the end of
    2025 is still to come, so the story's figures are for part of the year and work back to no
    level of the whole period asked."""
    info = store.article(pick.evidence.sentence.article_id)
    if info is None or not info.date or _PART_OF_PERIOD.search(later.text):
        return False  # "the same eight months of 2024" asks the part the story gives
    text = pick.evidence.sentence.text
    if _EXPECTS_BEFORE.search(text[max(0, pick.figure.start - 50) : pick.figure.start]):
        # "expects to export a record 780 million flower stems ... this year, up 4% from 2024": a
        # forecast of the whole year, not a part of it told so far
        return False
    written = date.fromisoformat(info.date)
    return any(t.end_date is not None and t.end_date > written for t in resolve_times(later, written))


_EXPECTS_BEFORE = lazy_compile(r"\b(?:expects?|expected|forecasts?|projects?|projected|sees|estimates?)\s+(?:it\s+)?(?:to\s+)?(?:[a-z]+\s+){0,2}?"
                                r"(?:a\s+)?(?:record\s+)?(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE)
_PART_OF_PERIOD = lazy_compile(r"\b(?:months?|weeks?|quarters?|half|same|first|through|to date|so far)\b", re.IGNORECASE)


def _clause_covers(query: Query, ev: Evidence, f: FigureRow, whole: bool = False, carried: frozenset[str] = frozenset()) -> bool:
    """Whether the sentence up to the figure says what was asked: "nickel prices have fallen 7%"
    is not about mined nickel, which the sentence names only after it. With whole, every word
    asked must be there, not only those the sentence has somewhere (or in the sentence before,
    `carried`, which this one goes on from)."""
    # "to export a record 780 million flower stems": the unit counted names what was asked too
    keys = phrase_keys(f"{ev.sentence.text[: f.end]} {f.unit}") | carried
    # Words the sentence lacks altogether were judged in gathering; so were those it has only by
    # a kindred word: "earn from garment exports" over "garment exports fell 4% ... to $3.12
    # billion, as strikes over the minimum wage hit": the wage after the figure is not what was earned.
    # A soft verb names no measure when the figure's own measure and unit name all else asked:
    # "how many TEUs did the corridor carry a year earlier" over "Container traffic on the route
    # reached 61,400 TEUs ..., up from 44,800 a year earlier". "The container operator received
    # 196 vessel calls, up from 141" counts calls, whatever else its sentence names: it still
    # needs the verb.
    # (a question whose only word is the verb has nothing else to name: the verb stays)
    counted = phrase_keys(f"{f.measure} {f.unit}")
    named = [t for t in query.required if not t.soft]
    # A bare count ("420 container trains ... from 300") is of its own noun, which may share a word
    # with the unit asked: only a quantity in a unit is let off the verb.
    verb_free = whole and f.kind == "quantity" and bool(named) and all(t.keys & counted for t in named)
    return all(t.keys & keys for t in query.required if whole and not (t.soft and verb_free) or t.lemma in ev.sentence.terms)


_OTHER_BASE = lazy_compile(r"\b(?:month|quarter|week)[- ]on[- ](?:month|quarter|week)\b|\bsequential|\bfrom (?:the )?(?:previous|prior) (?:month|quarter)\b"
                         r"|\bfrom (?:january|february|march|april|may|june|july|august|september|october|november|december)\b", re.IGNORECASE)


def _against_a_year_before(text: str) -> bool:
    """A rate stated against a year before, or with no other base ("remittances rose 8.5% in the
    first half"), which in economic news is the year-on-year change."""
    return bool(_YEAR_COMPARISON.search(text)) or not _OTHER_BASE.search(text)


def _rate_of_measure_asked(query: Query, ev: Evidence) -> bool:
    """A rate of change whose measure is a word the question requires ("Revenue climbed 9%" for
    "revenue in the same quarter last year")."""
    wanted = [t.keys for t in query.required if not t.soft and t.lemma in MEASURES]
    return bool(wanted) and any(f.kind == "percent" and f.measure and any(keys & words for keys in wanted for words in named_measure(f.measure))
                                for f in ev.figures)


def _rate_on_year(ev: Evidence) -> bool:
    """The sentence states a rate of change against a year before ("fell 16% ... from a year earlier")."""
    text = ev.sentence.text
    return any(f.kind == "percent" and _YEAR_COMPARISON.search(text, max(0, f.start - 60), f.end + 60) for f in ev.figures)


_LAST_SEASON = lazy_compile(r"\blast season\b")
_PART_OF_LAST_SEASON = lazy_compile(r"\blast season['’]s\b|\bthis (?:point|time)\b|\bso far\b")
# "in the 2024/25 season that ended on August 31", "exported 291,000 tonnes last season"
# ("said it sold 195 million trays of fruit in the 2024/25 season": a season its years name, told done)
_SEASON_ENDED = lazy_compile(r"\bseason,? (?:that|which) (?:has )?(?:just )?ended\b|\b(?:last|previous|past) season\b"
                             r"|\b(?:sold|shipped|exported|crushed|produced|harvested|earned|handled|delivered|processed)\s+(?:[^.;]{0,80}?\s)?"
                             r"in the (?:19|20)\d\d[/-]\d\d season\b(?!,? (?:which|that) (?:opens|begins|starts|will))", re.IGNORECASE)


def _season_just_ended(ask: Ask) -> Answer | None:
    """ "How much money did Turkey make selling hazelnuts abroad last season?" asks no level
    before a change when the article states the season that just ended ("exported 291,000
    tonnes of shelled hazelnuts in the 2024/25 season that ended on August 31, earning $3.1
    billion"): that season's figure answers, as a figure question does."""
    query = replace(ask.query.with_intent("figure"),
                    terms=[replace(t, required=False) if t.lemma == "last" else t for t in ask.query.terms])
    pool = gather(query, ask.store)
    ended = [e for e in pool.evidence if e.accepted and _SEASON_ENDED.search(e.sentence.text)]
    if not ended:
        return None
    return figures.handle(Ask(ask.question, ask.store, ask.conversation, query, Pool(query, ended, pool.entities)))


def _year_earlier(ask: Ask, evidence: list[Evidence]) -> Answer | None:
    """Level before a stated change: the level it changed to, divided by (1 ± rate); or, for
    "cut by 1.2 million tonnes to 20.7 million tonnes", the level plus or minus the change."""
    picks = rank_figures(ask.query.with_intent("figure"), evidence)
    last = ask.conversation.last
    if last is not None and last.figure_id is not None and not ask.query.required:
        # "and a year ago?" after "paid fell to $598 a tonne from $617 a year earlier": the figure
        # just answered, before any other of the pool
        picks.sort(key=lambda p: (p.figure.id != last.figure_id, p.evidence.sentence.id != last.sentence_id))
    stated = _stated_earlier(ask, picks[:4])
    if stated:
        return stated
    unit = _SAME_UNIT.search(ask.query.text.lower())
    if unit:
        # "the same quarter last year": a figure its clause dates to a quarter, not September's.
        # (has_word: "quarter" or "quarterly" found without compiling a pattern for them)
        picks.sort(key=lambda p: not _names_unit(clause_text(p.evidence.sentence.text, p.figure.start, p.figure.end), unit[1]))
    # "attrition rate a year ago": when a figure of the sentence measures attrition, the headcount
    # beside it is another measure, whatever its rate. A soft verb names no measure, here or in
    # the whole named below: "how many TEUs did Lekki move" is not of "outbound loaded
    # containers" for loading being a carrying.
    # The unit counted names it too: "how many TEUs" is of "Container traffic ... to 50,000
    # twenty-foot equivalent units", whose measure word is only the traffic.
    wanted = [t.keys for t in ask.query.required if not t.soft and not t.keys & GENERIC_MEASURE_WORDS]
    named = [p for p in picks if any(keys & words for keys in wanted for words in (*named_measure(p.figure.measure), _unit_keys(p.figure)))]
    # "how much tea did russia take": "Total tea exports reached 181.2 million kg" names the tea but
    # not Russia, so it rules out no figure of Russia's ("Shipments to Russia jumped 27% ... to 24.8
    # million kg") for naming its measure in other words. Places only: a firm is often "the company".
    if named and _places_asked(ask.query) and not any(_names_all_asked(ask.query, p.evidence) for p in named):
        named = []
    if named:
        picks = [p for p in picks if p in named or not p.figure.measure]
    # "oil revenue" asked: "non-oil revenue rose 6.0% to 118.7 billion riyals" names oil and
    # revenue, and is the rest of it. "third quarter output": no level of January-August.
    picks = [p for p in picks if not _negates_asked(ask.query, p.figure) and not _of_another_span(ask, p.evidence, p.figure)]
    # "the port's total throughput" over "Throughput of liquefied natural gas (LNG) climbed 11.4%"
    # and "Cargo throughput at the Port of Rotterdam ... fell 2.4%": a sentence that names all
    # that was asked, words and names, before one that names only part of it.
    whole = [p for p in picks if all(t.keys & _terms_outside_firms(p.evidence) for t in ask.query.required if not t.soft)
             and _names_all_asked(ask.query, p.evidence)]
    if whole:
        picks = whole + [p for p in picks if p not in whole]
    for pick in picks:
        f, ev = pick.figure, pick.evidence
        if f.kind == "percent" and _RATE_AS_LEVEL.search(ev.sentence.text[max(0, f.start - 20) : f.start]):
            # "rose 2.1 points to 89.6%": 89.6% is the level reached, not the rate of change; "fell
            # to 4.18% in September from 4.31% in August" left a level too
            continue
        if f.kind == "percent" and _SINCE_AFTER.match(ev.sentence.text, f.end) and "since" not in ask.query.text.lower():
            continue  # "has gained 38% since January": the level in January, not before the move asked
        if _shorter_base(ask, ev.sentence.text, f):
            continue
        if f.kind == "percent" and f.unit not in _POINTS:
            answer = _before_rate(ask, ev, f)
        else:
            answer = _before_step(ask, ev, f)
        if answer:
            return answer
    # No rate asked about directly: a level the question names, with its sentence's rate.
    for pick in picks:
        if pick.figure.kind != "percent":
            answer = _level_with_rate(ask, pick.evidence, pick.figure) or _level_with_rate_before(ask, pick.evidence, pick.figure)
            if answer:
                return answer
    return _lead_rate_on_next_level(ask, evidence) if not picks else None


def _lead_rate_on_next_level(ask: Ask, evidence: list[Evidence]) -> Answer | None:
    """ "what were imports worth the year before?" over a lead "imports ... jumped 38.6%", whose
    worth the next paragraph opens with ("Goods worth 42.7 billion rupees entered Nepal"): asked an
    amount no sentence of the pool gives, the lead's one rate works back the level that follows it."""
    for ev in evidence[:2]:
        rates = [f for f in ev.figures if f.kind == "percent" and f.direction and f.unit not in _POINTS]
        if ev.sentence.paragraph != 1 or len(rates) != 1 or any(f.kind in ("money", "quantity", "count") for f in ev.figures):
            continue
        if _level_opening_next_paragraph(ask, ev) is not None:
            return _before_rate(ask, ev, rates[0])
    return None


def _level_opening_next_paragraph(ask: Ask, ev: Evidence) -> tuple[FigureRow, SentenceRow] | None:
    """The one amount of the kind asked that the sentence opening the next paragraph gives, when
    that sentence states no rate of its own and tells of the same things (names and words) as the
    lead: the level the lead's rate moved, told in other words."""
    sentence = ev.sentence
    nxt = ask.store.sentences([sentence.id + 1]).get(sentence.id + 1)  # ids run in text order
    if nxt is None or nxt.article_id != sentence.article_id or nxt.paragraph != sentence.paragraph + 1 or nxt.index != 0:
        return None
    figures = ask.store.figures_in([nxt.id])
    if any(f.kind == "percent" for f in figures):
        return None
    amounts = [f for f in figures if f.kind in ("money", "quantity", "count") and not DURATION_UNIT.match(f.unit.strip())]
    if len(amounts) != 1 or (ask.query.wants in ("money", "quantity", "count") and amounts[0].kind != ask.query.wants):
        return None
    shared = (nxt.terms & sentence.terms) - STOPWORDS
    return (amounts[0], nxt) if len(shared) >= 3 else None


def _places_asked(query: Query) -> bool:
    return bool(query.entities) and all(e.kind == "place" for e in query.entities)


def _names_all_asked(query: Query, ev: Evidence) -> bool:
    return all(any(named_by(e, {k}) for _, e in ev.mentions) for k in query.entity_keys)


def _level_with_rate_before(ask: Ask, ev: Evidence, level: FigureRow) -> Answer | None:
    """ "EDR hauled 1.92 million tonnes of cargo between January and September" after "Freight on
    the railway rose 18.4% year on year in the first nine months": a level whose sentence states
    no rate, asked in words the rate's sentence lacks ("how many tonnes"), is worked back with the
    rate of the sentence before when that rate, read forward, grows this very level."""
    if any(f.kind == "percent" and not _is_share(f, ev.sentence.text) for f in ev.figures):
        return None
    sentence = ev.sentence
    prev = ask.store.sentences([sentence.id - 1]).get(sentence.id - 1)  # ids run in text order
    if prev is None or prev.article_id != sentence.article_id or prev.paragraph < sentence.paragraph - 1 or prev.paragraph == 0:
        return None
    figures = ask.store.figures_in([prev.id])
    rates = [f for f in figures if f.kind == "percent" and f.unit not in _POINTS]
    if len(rates) != 1 or any(f.kind in ("money", "quantity", "count") for f in figures):
        return None
    before = Evidence(prev, 0.0, 1.0, [], [], [], figures, [], 0)
    found = _level_of_its_period(ask, before, rates[0])
    if found is None or found[0].id != level.id:
        return None
    return _before_rate(ask, before, rates[0])


def _unit_keys(f: FigureRow) -> frozenset[str]:
    """The keys of what a count or quantity counts ("twenty-foot equivalent units": container)."""
    return phrase_keys(f.unit) if f.kind in ("count", "quantity") and f.unit else frozenset()


def _terms_outside_firms(ev: Evidence) -> frozenset[str]:
    """The sentence's words but those only in a company's name: "output at the Kumbel mine ...
    fell 3.1%, operator Kumbel Gold said" does not name the gold the country produced."""
    firms = [m for m, e in ev.mentions if e.kind == "org"]
    if not firms:
        return ev.sentence.terms
    text = ev.sentence.text
    for m in sorted(firms, key=lambda m: -m.start):
        text = f"{text[: m.start]} {text[m.end :]}"
    return phrase_keys(text)


_SINCE_AFTER = lazy_compile(r"\s+(?:[a-z]+\s+){0,2}?since\b", re.IGNORECASE)
# A move since a time within the year, or a day's move on news: no year's change.
_SHORTER_BASE = lazy_compile(r"\bsince (?:the (?:start|beginning|end) of |early |late |mid-?)?(?:january|february|march|april|may|june|july|august"
                             r"|september|october|november|december|monday|tuesday|wednesday|thursday|friday|last (?:week|month))\b"
                             r"|\bafter the (?:announcement|decision|news|data|report|statement|results|move)\b"
                             # ... or a move over a week or a month: "jumped 26% this week to $4,990, from $3,960 last week"
                             r"|\b(?:this|from last|from the previous|on the|over the past) (?:week|month)\b|\b(?:week|month)[- ]on[- ](?:week|month)\b", re.IGNORECASE)


def _shorter_base(ask: Ask, text: str, f: FigureRow) -> bool:
    """ "cut its workforce by 650 to 4,150 since July", "The franc weakened 0.4% to 0.9285 per euro
    after the announcement": asked a year ago, a move since a later time works back to no level
    then (though "up 2.4% from a year earlier, the fastest growth since March" does)."""
    if not _YEAR_COMPARISON.search(ask.query.text) or "since" in ask.query.text.lower():
        return False
    clause = clause_text(text, f.start, f.end)
    # "rose 31.2% ... in the first eight months, the company said earlier this month": the month
    # of the telling, not a month's move
    moves = [m for m in _SHORTER_BASE.finditer(clause) if not said_just_before(clause, m.start())]
    return bool(moves) and not _YEAR_COMPARISON.search(clause)


def _negates_asked(query: Query, f: FigureRow) -> bool:
    """The figure's measure is "non-" a word asked ("non-oil revenue" of "oil revenue?")."""
    negated = figures.negated_in_measure(query, f)
    return bool(negated) and any(t.keys & negated for t in query.required)


# "full year 2024", "the whole of last year", "annual cargo in 2024": a year asked whole.
_WHOLE_YEAR = lazy_compile(r"\b(?:full|whole|entire|complete|calendar)[- ](?:fiscal\s+)?year\b|\b(?:the\s+)?(?:whole|entirety|all) of (?:the\s+)?(?:last\s+|this\s+)?(?:year|\d{4})\b"
                           r"|\bannual\b|\bfor the (?:whole\s+)?year\b", re.IGNORECASE)


# Asked periods shorter than a year, whose length a figure's own period must have.
_SPAN_KINDS = frozenset({"quarter", "month", "range"})


def _of_another_span(ask: Ask, ev: Evidence, f: FigureRow, query: Query | None = None) -> bool:
    """ "what was the mine's third-quarter output a year ago?" over "Peru mined 1.84 million tonnes
    in January-August, up 2.6%": a figure its sentence dates to eight months works back to no
    quarter's level (`query`: the question as read a year later, when it is that one's period)."""
    query = query or ask.query
    if not f.period_start or not f.period_end or not any(t.kind in _SPAN_KINDS | {"year"} for t in query.times):
        return False
    info = ask.store.article(ev.sentence.article_id)
    if info is None or not info.date:
        return False
    days = (date.fromisoformat(f.period_end) - date.fromisoformat(f.period_start)).days
    resolved = resolve_times(query, date.fromisoformat(info.date))
    asked = [t for t in resolved if t.kind in _SPAN_KINDS and t.start_date and t.end_date]
    # "cargo in full year 2024" over "jumped 38% to 1.9 million tonnes in the first seven months of
    # this year": a part of a year works back to the same part a year before, no whole year.
    # Only a year asked as a whole: "the same months last year" asks the part again.
    if not asked and _WHOLE_YEAR.search(query.text) and any(t.kind == "year" for t in resolved):
        return days < 300
    return bool(asked) and all(abs((t.end_date - t.start_date).days - days) > 4 for t in asked)  # type: ignore[operator]


# "up from $152.9 billion a year earlier", "against 58% at the same point a year earlier": the
# earlier level itself, stated; nothing to work out.
_EARLIER_AFTER = lazy_compile(r"^\s*(?:(?:at|in) the same (?:point|time|period|stage|quarter|month)\s+)?(?:a|one|the)\s+(?:fiscal\s+)?(?:year|season)\s+(?:earlier|ago|before)\b"
                              r"|^\s*(?:in\s+)?(?:the\s+)?(?:previous|prior|last)\s+(?:fiscal\s+)?(?:year|season)\b"
                              r"|^\s*in the (?:same|year-earlier|year-ago) (?:period|quarter|month|half)\b", re.IGNORECASE)
_RATE_AS_LEVEL = re.compile(r"\b(?:to|from|at|of|compared with|against)\s+(?:about\s+|around\s+|nearly\s+)?$")


def _partner_of_another_span(ask: Ask, pick: Pick) -> bool:
    """The level an earlier one is set against ("totalled 51.6 billion yuan, down 31.8% from 75.7
    billion yuan") covers a span of another length than the one asked ("October's sales")."""
    if not ask.query.times:
        return False
    f = pick.figure
    partner = next((g for g in reversed(pick.evidence.figures) if g.end <= f.start and g.period_start and g.period_end), None)
    info = ask.store.article(pick.evidence.sentence.article_id)
    if partner is None or not info or not info.date:
        return False
    asked = [t for t in resolve_times(ask.query, date.fromisoformat(info.date)) if t.start_date and t.end_date]
    days = (date.fromisoformat(partner.period_end) - date.fromisoformat(partner.period_start)).days
    return bool(asked) and all(abs((t.end_date - t.start_date).days - days) > 4 for t in asked)  # type: ignore[operator]


def _moved_from(query: Query, text: str, f: FigureRow, carried: frozenset[str] = frozenset()) -> bool:
    """ "its load factor ... rose to 87% from 83%": the level went to one figure from this one, and
    the measure asked is what moved, named just before the move (or, `carried`, in the sentence
    before, which this one goes on from: "Thailand's share slipped to 44.7% from 55.1%")."""
    m = _TO_THEN_FROM.search(text, max(0, f.start - 40), f.start)
    if not m:
        return False
    subject = phrase_keys(text[max(0, m.start() - 80) : m.start()]) | carried
    return all(t.keys & subject for t in _measure_terms(query))


_TO_THEN_FROM = lazy_compile(r"\bto\s+[^,;]{1,30}?\s+from\s+$", re.IGNORECASE)
_EARLIER_BEFORE = lazy_compile(r"\b(?:from|against|compared with|compared to|versus|vs\.?|than)\s+(?:about\s+|around\s+|roughly\s+)?$", re.IGNORECASE)

# "down from 46.80 pesos in September and 48.20 pesos a year earlier": the second of two bases
# one "from" opens.
_EARLIER_CHAINED = lazy_compile(r"\b(?:from|against|compared with|compared to|versus|than)\s+[^,;()]{1,50}?\s+and\s+(?:about\s+|around\s+|roughly\s+)?$",
                                re.IGNORECASE)


def _stated_earlier(ask: Ask, picks: list[Pick]) -> Answer | None:
    for pick in picks:
        f, text = pick.figure, pick.evidence.sentence.text
        carried = carried_terms(ask.store, pick.evidence.sentence)
        if not _clause_covers(ask.query, pick.evidence, f, whole=True, carried=carried) or _clause_of_another_measure(ask.query, text, f):
            continue  # "cloud revenue a year ago" is not the company's revenue a year earlier
        if _partner_of_another_span(ask, pick):
            continue  # October's sales asked; "51.6 billion for ten months, down from 75.7 billion"
        if ask.query.wants == "money" and f.kind == "percent":
            continue  # "how much did coffee exports bring in the year before?": not "38% of export earnings, up from 34%"
        if f.kind == "percent" and not _share_asked(ask.query) and a_share(f, text, own_clause(text, f.start, f.end)[0]):
            # "what was bilateral trade the year before?": "The share of that trade settled in
            # rupees climbed to 31% ... from 19% a year earlier" is a share of trade, not trade.
            continue
        before = text[max(0, f.start - 40) : f.start]
        if (_EARLIER_BEFORE.search(before) or _EARLIER_CHAINED.search(text, max(0, f.start - 70), f.start)) and (_EARLIER_AFTER.search(text[f.end : f.end + 60])
                                                or _moved_from(ask.query, text, f, carried) and _compared_with_a_year(ask, pick.evidence)):
            # "... from a year earlier, while its load factor rose to 87% from 83%": the sentence
            # compares with a year before; the level a move went to and from is that year's.
            # Stated, not worked out: a figure answer, and what a follow-up builds on.
            return make_answer(ask.question, "figure", f"{f.raw}. {clause_window(text, f.start, f.end, 110)}", 0.8,
                               [citation(ask.store, pick.evidence.sentence)])
    return None


_SHARE_WORD = lazy_compile(r"\b(?:share|proportion|portion|percentage|slice|fraction|part)\b", re.IGNORECASE)


def _share_asked(query: Query) -> bool:
    """The question, or the one a follow-up carries on ("and a year ago?"), asks for a share."""
    return bool(_SHARE_WORD.search(query.text)) or any(_SHARE_WORD.fullmatch(t.lemma) for t in query.terms)


def _compared_with_a_year(ask: Ask, ev: Evidence) -> bool:
    """The sentence compares with a year before, or, naming no base of its own, goes on with the
    one before it that does: "handled 414,000 TEUs ..., up 38% from a year earlier." then "ship
    calls climbed to 348 from 271": 271 is the year-earlier count."""
    text = ev.sentence.text
    if _YEAR_COMPARISON.search(text):
        return True
    if ev.sentence.index == 0 or _OTHER_BASE.search(text) or find_times(text, None):
        return False
    prev = next((s for s in ask.store.paragraph_sentences(ev.sentence.article_id, ev.sentence.paragraph) if s.index == ev.sentence.index - 1), None)
    return prev is not None and bool(_YEAR_COMPARISON.search(prev.text))


def _clause_of_another_measure(query: Query, text: str, f: FigureRow) -> bool:
    """ "exported 10.1 million tonnes ..., while revenue rose to $5.2 billion, up from $4.8
    billion": the earlier level's own clause names a measure, and not the one asked."""
    keys = phrase_keys(" ".join(text[a:b] for a, b in span_clause(text, f.start, f.end)))
    return bool(keys & FIRM_MEASURES) and not any(t.keys & keys for t in _measure_terms(query))


def _measure_terms(query: Query) -> list[Term]:
    """The words naming the measure asked ("exports", "load factor"), else every word to find."""
    # A follow-up ("and a year ago?") demands no word: the last question's words, carried, name it.
    words = query.required or query.terms
    return [t for t in words if t.lemma in MEASURES or t.keys & MEASURES] or words


_SAME_UNIT = re.compile(r"\bsame (quarter|month|half|week)\b")


def _names_unit(text: str, unit: str) -> bool:
    """re.search(rf"\\b{unit}(?:ly)?\\b", text, re.IGNORECASE), unit a word of _SAME_UNIT."""
    return has_word(text, unit, fold=True) or has_word(text, unit + "ly", fold=True)


_LESS_AFTER = lazy_compile(r"\s*(?:less|lower|down|below|fewer|smaller|drop|decline)\b")
_MORE_AFTER = lazy_compile(r"\s*(?:more|higher|up|above|bigger|larger|increase|rise)\b")


def _direction_of(f: FigureRow, text: str) -> str:
    if f.direction:
        return f.direction
    after = text[f.end : f.end + 25].lower()
    if _LESS_AFTER.match(after):
        return "down"
    if _MORE_AFTER.match(after):
        return "up"
    return ""


# "how many dollars a barrel lower was the price than a year ago": a comparative a few words on
# asks the change between two levels too.
# "by what % did the crop grow vs the previous season": the rate of a change asked, as "by how much".
_BY_HOW_MUCH = lazy_compile(r"\bby how (?:much|many)\b|\bby what (?:%|percent|percentage|per cent|pct)(?!\w)"
                          r"|\bhow (?:much|many) (?:\w+ ){0,3}(?:more|less|fewer|higher|lower|bigger|smaller|cheaper|dearer)\b"
                          r"|\b(?:increase|rise|growth|gain|jump|fall|drop|decline|change) in (?:yuan|dollars|euros|value|terms)\b|" + _UNITS_MOVED_BY.pattern
                          + "|" + _UNITS_TAKEN_OFF.pattern)


_TO_BEFORE = lazy_compile(r"\bto\s+$")


def _level_with_rate(ask: Ask, ev: Evidence, level: FigureRow) -> Answer | None:
    """ "9.4 million passengers, up 8% from a year earlier": the level asked about, worked back
    with the rate its sentence gives."""
    # The rate of the level's own clause: "sales rose 18% to €2.4 billion, but it posted an
    # operating loss of €310 million" gives no rate for the loss.
    clause = [own_clause(ev.sentence.text, level.start, level.end)]
    # "Revenue jumped 60% ... as it sold gold at an average realised price of A$5,190": the
    # rate of another measure (a count's measure that is only its unit names none)
    named = not _only_its_unit(level)
    rates = [f for f in ev.figures if f.kind == "percent" and f.unit not in _POINTS and not (named and _other_measure(level, f))
             and not _TO_BEFORE.search(ev.sentence.text[max(0, f.start - 8) : f.start])
             # "26.4 million foreign tourists between January and October, down 6.8%": the rate after a comma is the level's own.
             and (any(a <= f.start < b for a, b in clause) or (f.start > level.end and SAME_FACT.search(ev.sentence.text[level.end : f.start])))]
    # "fell 34.2% from a year earlier to 4.87 billion yuan, covering 402,000 square metres": the
    # rate is the level it moved to's, not the area's beside it
    rates = [f for f in rates if not _reaches_another(ev.sentence.text, f, level, ev.figures)]
    if not rates or not _against_a_year_before(ev.sentence.text):
        return None
    rate = min(rates, key=lambda f: abs(f.start - level.end))
    return _before_rate(ask, ev, rate, level)


_CLAUSE_BREAK = lazy_compile(r"[,;]")


def _reaches_another(text: str, rate: FigureRow, level: FigureRow, figures: list[FigureRow]) -> bool:
    after = [g for g in figures if g.start > rate.end and g is not rate]
    if not after:
        return False
    nxt = min(after, key=lambda g: g.start)
    between = text[rate.end : nxt.start]
    return nxt.id != level.id and not _CLAUSE_BREAK.search(between) and bool(REACHED_BEFORE.search(between))


_THE_BEFORE = lazy_compile(r"\bthe\s+$")
_CONSTANT_CURRENCY = lazy_compile(r"\b(?:at constant (?:exchange rates|currenc(?:y|ies))|constant[- ]currency|in local currency terms)\b", re.IGNORECASE)


def _before_rate(ask: Ask, ev: Evidence, rate: FigureRow, level: FigureRow | None = None) -> Answer | None:
    direction = _direction_of(rate, ev.sentence.text)
    if not direction or rate.unit in _POINTS:
        return None  # "rose 75 basis points" moved a rate by points, not by a share of itself
    text = ev.sentence.text
    if _shorter_base(ask, text, rate):
        return None
    if _share_move(text, rate) and not _YEAR_COMPARISON.search(text):
        # "Shares fell 3.7% to C$58.20": a day's move, no year's; the price a year ago is unknown.
        return None
    if _RATE_AS_LEVEL.search(text[max(0, rate.start - 20) : rate.start]):
        return None  # "fell to 4.18% from 4.31%": levels of a rate, no rate of change of anything
    if _CONSTANT_CURRENCY.search(clause_text(text, rate.start, rate.end)):
        # "At constant exchange rates sales grew 12%": the growth of no level the article states
        # (revenue "climbed 9% to 11.4 billion francs" as reported).
        return None
    if LIKE_FOR_LIKE.search(clause_text(text, rate.start, rate.end)):
        # "down from $22.3 billion in fiscal 2024, with comparable sales ranging from a 1.5% decline":
        # sales at stores open a year or more are no level of anything the sentence gives.
        return None
    # "the two countries" names how many sides there are; it is no level that rose. Nor is "as two
    # Chinese importers signed contracts" after "shipped 8.7 million tonnes ..., up 14.2%": a count
    # spelled out is of a few things, a level only when the rate reaches it ("doubled to six").
    levels = [f for f in ev.figures if f.kind in ("money", "quantity", "count") and not DURATION_UNIT.match(f.unit.strip())
              and not (f.raw.isalpha() and (_THE_BEFORE.search(text[max(0, f.start - 5) : f.start])
                                            or not REACHED_BEFORE.search(text[max(0, f.start - 16) : f.start])))]
    if levels and all(f.kind == "money" for f in levels) and VOLUME_OF_GOODS.search(ask.query.text):
        return None  # "the export volume a year earlier": "The value of the shipments rose 41% to 6.9 billion soles" is no volume
    cites = [citation(ask.store, ev.sentence)]
    if level is None and not rate.measure and _THAT_OPENING.match(text):
        # "Demand rose to a record 256.4 GW. That beat the previous high of 250 GW ... and was 6.8%
        # above demand a year earlier": "That" is the record the sentence before states, not the
        # level it is compared with.
        before = _level_before(ask, ev, rate, anaphoric=True)
        if before is not None:
            level, prev = before
            cites.append(citation(ask.store, prev))
    if not levels and level is None:
        # "Reserves fell to $36.2 billion ... Reserves were still 7.4% higher than a year earlier":
        # the level the sentence before states, of what the rate measures.
        before = _level_before(ask, ev, rate) or _level_of_its_period(ask, ev, rate)
        if before is None and ev.sentence.paragraph == 1:
            before = _level_opening_next_paragraph(ask, ev)
        if before is None:
            return _lead_level(ask, ev, rate) if ev.sentence.paragraph == 0 else None
        level, prev = before
        cites.append(citation(ask.store, prev))
    # "rose 11.6% ... to $35.9 billion": the level reached after the rate, else the nearest.
    clause = span_clause(text, rate.start, rate.end)
    if level is None and levels and not any(a <= f.start < b for f in levels for a, b in clause):
        # "reported a 4.6% rise in cash profit and added A$1.5 billion to its buyback": the level
        # is another clause's; the next sentence may give the rate's own ("Cash profit ... rose
        # to A$3.42 billion").
        after = _level_after(ask, ev, rate)
        if after is not None:
            level, following = after
            cites.append(citation(ask.store, following))
    reached = [f for f in levels if f.start > rate.start and any(a <= f.start < b for a, b in clause)
               and REACHED_BEFORE.search(text[max(0, f.start - 16) : f.start])]
    # "posts 12.4% rise in profit, unveils 30 billion yen buyback": a level that names another
    # measure than the rate's is another fact.
    levels = [f for f in levels if not _other_measure(f, rate)]
    if level is None and not reached and not levels:
        return None
    # "located about 150 km (93 miles) north-west of Taraz, generated 312 million kWh in
    # January-September, up 9.4% from the same period last year": the level of the rate's own
    # period, when one is, not a distance of an aside
    if rate.period_start and (same := [f for f in levels if (f.period_start, f.period_end) == (rate.period_start, rate.period_end)]):
        levels = same
    # "10.2 million tonnes of paper in 2024, up 6.3% from 2023, while pulp output rose 4.1% to 7.4
    # million tonnes": the nearest level of the rate's own clause, not the nearer one of the next.
    own = [f for f in levels if any(a <= f.start < b for a, b in clause)]
    # "produced 11.8 million tonnes ..., up 9.5% from a year earlier and up from 9.4 million
    # tonnes in the first quarter": a level moved from is a base, not the level the rate reached.
    own = [f for f in own or levels if not ROSE_FROM_BEFORE.search(text, max(0, f.start - 12), f.start)] or own
    level = level or (reached[0] if reached else min(own or levels, key=lambda f: abs(f.start - rate.start)))
    if ask.query.wants == "money" and level.kind != "money":
        return None  # "the average hydroxide price a year ago" is no tonnage worked back
    if level.kind == "money" and asks_amount_of_a_thing(ask.query.text.lower()):
        return None  # "how much olive oil did Andalusia produce?" is an amount of oil, no price worked back
    if ask.query.wants == "percent" and not ask.query.numbers and level.kind != "percent":
        return None  # "the growth rate the year before that" is a rate, no level of the exports worked back
    factor = 1 + rate.value / 100 if direction == "up" else 1 - rate.value / 100
    if factor <= 0:
        return None
    earlier = level.value / factor
    if _BY_HOW_MUCH.search(ask.query.text.lower()):
        # "By how many yuan did exports rise from a year earlier?": the change, not the old level.
        stated = _stated_base(ask, ev, level, earlier)
        if stated is not None:
            base, following = stated
            return make_answer(ask.question, "derived", difference_text(level, base), 0.75,
                               [citation(ask.store, ev.sentence), citation(ask.store, following)])
        change = level.value - earlier
        text = (f"About {amount(level, abs(change))} {'more' if change > 0 else 'less'}, computed from the article: "
                f"{level.raw} − {level.raw} ÷ {fmt(factor, 3)} ({indefinite(rate.raw)} {rate.raw} "
                f"{'rise' if direction == 'up' else 'fall'}) = {amount(level, abs(change))}.")
        return make_answer(ask.question, "derived", text, 0.75, [citation(ask.store, ev.sentence)])
    # "About 66.4 billion dirhams ..., = 66.39 billion dirhams": the answer as precise as the
    # level it came from, the working to the cent.
    shown = as_precise_as(level, earlier)
    if _ROUGHLY.match(ask.query.text) and not level.scale and abs(earlier) >= 1000:
        # "Roughly how many cars ...?": about 343,000, not 342,857 (the working keeps the units)
        shown = amount(level, round(earlier, 2 - math.floor(math.log10(abs(earlier)))))
    text = f"About {shown}"
    if level.alt_value:
        text += f" ({alt_unit(level, level.alt_value / factor)})"
    text += (f", computed from the article: {level.raw} ÷ {fmt(factor, 3)} ({indefinite(rate.raw)} {rate.raw} "
             f"{'rise' if direction == 'up' else 'fall'}) = {amount(level, earlier)}.").replace("  ", " ")
    return make_answer(ask.question, "derived", text, 0.8, cites)


_ROUGHLY = lazy_compile(r"\s*(?:roughly|approximately|around|about|more or less)\b", re.IGNORECASE)


def _stated_base(ask: Ask, ev: Evidence, level: FigureRow, earlier: float) -> tuple[FigureRow, SentenceRow] | None:
    """ "cut its plan by 12% to 24,600 tonnes", then "had previously planned to produce 27,950
    tonnes": the level before the move, stated in the next sentence, is exact where the one worked
    back from a rounded rate is not (24,600 ÷ 0.88 = 27,955). Taken only when it agrees with the
    working to within 1%, so it is that very level, not another amount of the unit."""
    sentence = ev.sentence
    nxt = ask.store.sentences([sentence.id + 1]).get(sentence.id + 1)  # ids run in text order
    if nxt is None or nxt.article_id != sentence.article_id or nxt.paragraph > sentence.paragraph + 1:
        return None
    wanted = earlier * SCALES.get(level.scale, 1.0)
    for f in ask.store.figures_in([nxt.id]):
        if f.kind == level.kind and comparable(f, level) and wanted and abs(scaled(f) - wanted) <= 0.01 * abs(wanted):
            return f, nxt
    return None


# "That beat ...", "It was 6.8% above ...": a sentence whose subject is the fact before it.
_THAT_OPENING = re.compile(r"(?:That|This|It)\s+(?!(?:is|was|has|had|will|would|could|may|might)\s+(?:because|why|when|as|not|the|a|an)\b)[a-z]+\b")


def _level_before(ask: Ask, ev: Evidence, rate: FigureRow, anaphoric: bool = False) -> tuple[FigureRow, SentenceRow] | None:
    """The level reached in the sentence before the rate's, in its paragraph, when that sentence
    is about what the rate measures (`anaphoric`: the rate's sentence opens with "That" or "It",
    which are that sentence's fact)."""
    if not (rate.measure or anaphoric) or not _against_a_year_before(ev.sentence.text):
        return None
    paragraph = ask.store.paragraph_sentences(ev.sentence.article_id, ev.sentence.paragraph)
    prev = next((s for s in paragraph if s.index == ev.sentence.index - 1), None)
    if prev is None and ev.sentence.index == 0 and ev.sentence.paragraph > 1:
        # "The budget is 6.8% larger than last year's" opening a paragraph: the lead before it
        # gave the budget ("approved a 14.6 billion peso budget").
        before = ask.store.paragraph_sentences(ev.sentence.article_id, ev.sentence.paragraph - 1)
        prev = before[-1] if before else None
    if prev is None or not (anaphoric or phrase_keys(rate.measure) & phrase_keys(prev.text) - STOPWORDS):
        return None
    levels = [f for f in ask.store.figures_in([prev.id]) if f.kind in ("money", "quantity", "count")
              and not DURATION_UNIT.match(f.unit.strip())]
    reached = [f for f in levels if REACHED_BEFORE.search(prev.text[max(0, f.start - 16) : f.start])]
    return ((reached or levels)[0], prev) if levels else None


def _lead_level(ask: Ask, headline: Evidence, rate: FigureRow) -> Answer | None:
    """ "Corporate tax take jumps 38%" heading "receipts jumped 38.2% year-on-year to 7.46 billion
    euros": the headline's rate, rounded, is the lead's, whatever the lead calls the measure; the
    lead's level is worked back with the lead's own rate."""
    lead = ask.store.sentences([headline.sentence.id + 1]).get(headline.sentence.id + 1)  # ids run in text order
    if lead is None or lead.article_id != headline.sentence.article_id or lead.paragraph != 1:
        return None
    figures = ask.store.figures_in([lead.id])
    direction = _direction_of(rate, headline.sentence.text)
    if not any(f.kind == "percent" and abs(f.value - rate.value) < 0.5 and _direction_of(f, lead.text) == direction for f in figures):
        return None
    level = next((f for f in figures if f.kind in ("money", "quantity", "count") and REACHED_BEFORE.search(lead.text[max(0, f.start - 16) : f.start])), None)
    if level is None:
        return None
    return _level_with_rate(ask, Evidence(lead, 0.0, 1.0, [], [], [], figures, [], 0), level)


def _level_after(ask: Ask, ev: Evidence, rate: FigureRow) -> tuple[FigureRow, SentenceRow] | None:
    """The level the next sentence reaches, of what the rate measures: a lead's "a 4.6% rise in
    first-half cash profit", then "Cash profit ... rose to A$3.42 billion"."""
    if not rate.measure:
        return None
    sentence = ev.sentence
    nxt = ask.store.sentences([sentence.id + 1]).get(sentence.id + 1)  # ids run in text order
    if nxt is None or nxt.article_id != sentence.article_id or nxt.paragraph > sentence.paragraph + 1:
        return None
    asked = {k for k in phrase_keys(rate.measure) - STOPWORDS if k in MEASURES}
    for f in ask.store.figures_in([nxt.id]):
        if (f.kind in ("money", "quantity", "count") and asked & phrase_keys(f.measure or "")
                and REACHED_BEFORE.search(nxt.text[max(0, f.start - 16) : f.start])):
            return f, nxt
    return None


def _level_of_its_period(ask: Ask, ev: Evidence, rate: FigureRow) -> tuple[FigureRow, SentenceRow] | None:
    """ "Freight on the railway rose 18.4% ... in the first nine months of 2025", then "EDR hauled
    1.92 million tonnes of cargo between January and September": a rate stating no level of its
    own grew the one amount the next sentence gives of the very period, of a measure the rate's
    sentence names."""
    if not rate.period_start or not rate.period_end:
        return None
    sentence = ev.sentence
    nxt = ask.store.sentences([sentence.id + 1]).get(sentence.id + 1)  # ids run in text order
    if nxt is None or nxt.article_id != sentence.article_id or nxt.paragraph > sentence.paragraph + 1:
        return None
    figures = ask.store.figures_in([nxt.id])
    if any(f.kind == "percent" and not _is_share(f, nxt.text) for f in figures):
        return None  # "revenue drops 18%", then "fell 18.4% ... to $312 million": the level's own rate
    same = [f for f in figures if f.kind in ("money", "quantity", "count")
            and (f.period_start, f.period_end) == (rate.period_start, rate.period_end)
            and f.measure and phrase_keys(f.measure) - STOPWORDS & sentence.terms]
    return (same[0], nxt) if len(same) == 1 else None


def _is_share(f: FigureRow, text: str) -> bool:
    """ "with Thailand taking 71% of the total": a share of the level, no rate it moved by."""
    return not f.direction and bool(_SHARE_AFTER.match(text, f.end))


_SHARE_AFTER = lazy_compile(r"\s+of\s+(?:the|its|their|all|total)\b")


def _other_measure(level: FigureRow, rate: FigureRow) -> bool:
    # "Credito Tirrenico, which has 590 branches mainly in Liguria, Tuscany, Lazio and Sardinia,
    # reported a net profit of 412 million euros ..., up 23.4%": a measure of names only
    # ("Lazio and Sardinia") measures nothing; the rate is the profit's.
    if not named_measure(level.measure) or not named_measure(rate.measure) or _only_its_unit(level):
        return False
    return not phrase_keys(level.measure) & phrase_keys(rate.measure)


_POINTS = frozenset({"percentage points", "basis points", "points"})


# "nine-litre", "20-foot": the size of each thing counted, no word of what is measured
_SIZE_OF_UNIT = lazy_compile(r"\b(?:\d[\d.,]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|forty)(?:-\w+)??)-[a-z]+\b", re.IGNORECASE)


def _only_its_unit(level: FigureRow) -> bool:
    """ "fell 12.3% to 1.57 million nine-litre cases": a count whose measure is its unit, with
    at most the size of each ("nine-litre"), names no measure of its own; the rate is its level's,
    though the rate's measure ("Shipments of cognac") shares no word with "cases"."""
    rest = _SIZE_OF_UNIT.sub(" ", level.measure.lower()).split()
    return not rest or " ".join(rest) == level.unit.lower().strip()


_CUT_BY_BEFORE = lazy_compile(r"\b(?:cut|lower|reduc|fell|fall|drop|decreas|declin|slash|trim)\w*\s+(?:\w+\s+){0,10}by\s*$", re.IGNORECASE)
_CHANGE_VERB_BEFORE = lazy_compile(r"(?:\bby|\b(?:rose|fell|climbed|dropped|increased|decreased|declined|gained|lost|slipped|jumped|edged up|edged down))\s+(?:about\s+|some\s+)?$")
_TO_ABOUT_BEFORE = lazy_compile(r"\bto\s+(?:about\s+)?$")


def _before_step(ask: Ask, ev: Evidence, step: FigureRow) -> Answer | None:
    text = ev.sentence.text
    if not _CHANGE_VERB_BEFORE.search(text[max(0, step.start - 16) : step.start]):
        return None
    points = step.unit == "percentage points"  # "rose 2.1 percentage points to 89.6%"
    after = [f for f in ev.figures if f.start > step.end and (f.unit == step.unit or (points and f.kind == "percent"))
             and f.currency == step.currency
             and _TO_ABOUT_BEFORE.search(text[max(0, f.start - 10) : f.start])]
    if not after:
        return None
    level = after[0]
    down = _CUT_BY_BEFORE.search(text[: step.start])
    scale = SCALES.get(level.scale, 1.0)
    change = step.value * SCALES.get(step.scale or level.scale, 1.0) / scale
    before = level.value + change if down else level.value - change
    sign = "+" if down else "−"
    value = f"{fmt(before, 3)}%" if level.kind == "percent" else f"{fmt(before)} {unit_of(level)}".strip()
    out = f"{value}, computed from the article: {level.raw} {sign} {step.raw} = {value}."
    return make_answer(ask.question, "derived", out, 0.75, [citation(ask.store, ev.sentence)])


# How a reader names a currency: "7.31 yuan per dollar", "19 pesos per dollar".
_NAMES = {"CNY": "yuan", "USD": "dollar", "EUR": "euro", "GBP": "pound", "JPY": "yen", "INR": "rupee", "RUB": "rouble",
          "BRL": "real", "SEK": "crown", "DKK": "crown", "NOK": "crown", "CZK": "crown", "KRW": "won", "CHF": "Swiss franc", "ZAR": "rand", "PESO": "peso",
          "SHILLING": "shilling", "KRONE": "krone", "FRANC": "franc", "DINAR": "dinar", "TRY": "lira", "NGN": "naira",
          "MYR": "ringgit", "THB": "baht", "IDR": "rupiah", "PLN": "zloty", "SAR": "riyal", "AED": "dirham", "ILS": "shekel",
          "CROWN": "crown", "XOF": "CFA franc", "RIAL": "rial", "OMR": "Omani rial", "QAR": "Qatari riyal", "GHS": "cedi",
          "KZT": "tenge", "ZMW": "kwacha", "VND": "dong", "TWD": "Taiwan dollar", "HKD": "Hong Kong dollar",
          "EGP": "Egyptian pound", "MXN": "Mexican peso", "HUF": "forint", "MNT": "tugrik",
          "LAK": "kip", "MMK": "kyat", "KHR": "riel", "GEL": "lari", "BYN": "Belarusian rouble",
          "KGS": "som", "UZS": "soum", "PKR": "Pakistani rupee", "NPR": "Nepali rupee", "LKR": "Sri Lankan rupee", "TJS": "somoni", "AZN": "manat", "TMT": "Turkmen manat",
          "BOB": "boliviano", "PYG": "guarani", "GTQ": "quetzal", "AOA": "kwanza", "MZN": "metical", "BWP": "pula", "MGA": "ariary",
          "UAH": "hryvnia", "HNL": "lempira", "ISK": "Icelandic crown", "BDT": "taka", "ETB": "birr",
          "LSL": "loti", "PGK": "kina", "BGN": "lev", "SZL": "lilangeni", "GMD": "dalasi", "MVR": "rufiyaa",
          "BTN": "ngultrum", "MKD": "denar", "HTG": "gourde", "SLE": "leone", "ALL": "lek", "ZWG": "ZiG",
          "BAM": "marka", "AMD": "dram", "MRU": "ouguiya"}
# What a question calls a currency: every name above, and the other words for some.
_CURRENCY_NAMES = {name.lower(): code for code, name in _NAMES.items()} | {
    "renminbi": "CNY", "sterling": "GBP", "ruble": "RUB", "reais": "BRL", "krona": "SEK", "sum": "UZS",
    "maloti": "LSL", "leva": "BGN", "emalangeni": "SZL"}
_SAME_PLURAL = {"yuan", "yen", "won", "rand", "baht", "rupiah", "ringgit", "naira", "tenge", "kwacha", "dong", "kip", "lari", "somoni",
                "pula", "ariary", "taka", "birr", "kina", "rufiyaa", "ngultrum", "lek", "ZiG", "marka"}
_IRREGULAR = {"loti": "maloti", "lev": "leva", "lilangeni": "emalangeni", "real": "reais", "krone": "kroner", "lira": "lira", "zloty": "zlotys", "quetzal": "quetzales", "metical": "meticais"}


def _singular(code: str) -> str:
    return _NAMES.get(code, code)


def _plural(code: str) -> str:
    name = _NAMES.get(code)
    if name is None:
        # "Rwandan franc", a country's money named as the article writes it: "Rwandan francs"
        return code + "s" if " " in code and code[-1].isalpha() else code
    return name if name in _SAME_PLURAL else _IRREGULAR.get(name, name + "s")


# Compiled once, at import (about 2 ms): left to re's own cache, the 31 patterns were compiled
# (about 5 ms) on the first exchange-rate question and again whenever patterns made per place
# name ("in Jilin") had pushed them out of it; that cache (512 patterns) is full within a session.
_CURRENCY_PATTERNS = tuple((re.compile(rf"\b{name}s?\b"), code) for name, code in _CURRENCY_NAMES.items())


def _asked_currencies(lower: str) -> set[str]:
    asked = {code for pattern, code in _CURRENCY_PATTERNS if pattern.search(lower)}
    # "Swiss francs", "Taiwan dollar" name the franc and the dollar too: the longer name is meant.
    names = {code: _NAMES.get(code, code).lower() for code in asked}
    return {code for code in asked
            if not any(other != code and _ends_in_word(names[other], names[code]) for other in asked)}


def _ends_in_word(text: str, word: str) -> bool:
    """re.search(rf"\\b{re.escape(word)}$", text) is not None, with no pattern compiled per name: `$`
    is the text's end or a last newline's place."""
    ends = (len(text), len(text) - 1) if text.endswith("\n") else (len(text),)
    return any(end >= len(word) and text.startswith(word, end - len(word)) and at_boundary(text, end - len(word)) for end in ends)


_CROWNS = {"SEK": "CROWN", "KRONE": "CROWN", "DKK": "CROWN", "NOK": "CROWN", "CZK": "CROWN", "ISK": "CROWN",  # "crowns" in English copy; "kronor", "kroner" in the text
           # "the pound-dollar rate" of a story in Egyptian pounds: the pound it is about
           "GBP": "POUND", "EGP": "POUND", "LBP": "POUND", "SDG": "POUND", "SYP": "POUND",
           # "the rouble-dollar rate" of a story in Belarusian roubles
           "RUB": "ROUBLE", "BYN": "ROUBLE"}


def _exchange_rate(ask: Ask, evidence: list[Evidence]) -> Answer | None:
    asked = {_CROWNS.get(c, c) for c in _asked_currencies(ask.query.text.lower())}
    # A stated rate may lack a misspelt word ("reel") that the sentence has right.
    stated = _stated_rate(ask, [e for e in ask.pool.evidence[:4] if e.matched])
    if stated:
        return stated
    # "what is the exchange rate?" names no topic: any pair the article in hand states will do.
    # "the investment figure" is the story's investment ("will invest $3.8 billion, or about 62.7
    # trillion rupiah"), before a kind of it not asked ("Realised foreign direct investment ...
    # 118.6 trillion rupiah ($7.2 billion)"), as a figure question ranks it.
    found = sorted(((ev, f) for ev in evidence for f in ev.figures), key=lambda pair: kind_not_asked(ask.query, pair[1], pair[0]) > 0)
    for ev, f in [*found, *((ev, f) for ev in _article_pairs(ask) for f in ev.figures)]:
        pair = {_CROWNS.get(f.currency, f.currency), _CROWNS.get(f.alt_currency, f.alt_currency)}
        # "franc-dollar" asks any franc: "5.2 billion Swiss francs ($6.5 billion)" is its pair
        held = {a for a in asked if any(same_currency(a, c) for c in pair)}
        if asked and held != asked and not (len(asked) == 1 and held):
            continue  # a yen-euro rate is not in a yen-dollar pair
        if f.alt_value and f.currency and f.alt_currency and f.currency != f.alt_currency:
            base = f.value * SCALES.get(f.scale, 1.0)
            alt = f.alt_value * SCALES.get(_alt_scale(f), 1.0)
            if alt <= 0:
                continue
            return _rate_answer(ask, base / alt, (f.currency, f.raw), (f.alt_currency, f.alt_raw), 0.8,
                                [citation(ask.store, ev.sentence)])
    return _restated_pair(ask, asked)


def _alt_scale(f: FigureRow) -> str:
    """The scale of an amount restated in brackets: its own, else the first amount's ("5.2 billion
    Swiss francs ($6.5)"), but an amount written out to the thousands ("1.5 million pesos ($1,520)")
    is whole: read in millions it gave 1.5 million pesos ÷ $1.52 billion, a rate a million times out."""
    if f.alt_scale or (f.alt_value or 0) >= 1000:
        return f.alt_scale
    return f.scale


# "The investment, worth about 49.2 billion lira": an amount told again in another currency.
_RESTATED_BEFORE = lazy_compile(r"\b(?:worth|valued at|equivalent to|equal to|amounting to)\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+)?$",
                                re.IGNORECASE)


def _restated_pair(ask: Ask, asked: set[str]) -> Answer | None:
    """ "BYD will build a $1.5 billion factory" then, a paragraph on, "The investment, worth about
    49.2 billion lira": the amount told again in the other currency asked, over the nearest amount
    before it in that currency (49.2 billion lira ÷ $1.5 billion). Both currencies must be asked,
    each told once in the article, so no other amount could be the one restated."""
    if len(asked) == 1 and "USD" not in asked:
        asked = asked | {"USD"}  # "the Taiwan dollar rate": against the dollar, as markets quote it
    if not asked or len(asked) > 2:
        return None
    last = ask.conversation.last
    info = ask.store.article(last.article_id) if last else ask.store.latest_article()
    if info is None:
        return None
    money = [f for f in ask.store.article_figures(info.id) if f.kind == "money" and f.paragraph > 0]
    for again in money:
        text = _sentence_of(ask, again).text
        code = _CROWNS.get(again.currency, again.currency)
        # "Solomon dollars per US dollar" names only the dollar: the article's other money is the one asked
        named = code in asked if len(asked) == 2 else code != "USD"
        if not named or again.alt_value or not _RESTATED_BEFORE.search(text[max(0, again.start - 30) : again.start]):
            continue
        if sum(_CROWNS.get(f.currency, f.currency) == code and not _price_per_unit(ask, f) for f in money) != 1:
            continue
        other = next(iter(asked - {code}))
        before = [f for f in money if f.sentence_id < again.sentence_id and _CROWNS.get(f.currency, f.currency) == other]
        first = max(before, key=lambda f: (f.sentence_id, f.start), default=None)
        if first is None or first.paragraph < again.paragraph - 2 or not scaled(first):
            continue
        return _pair_answer(ask, again, first, [_sentence_of(ask, first), _sentence_of(ask, again)])
    return None


# "3,400 taka per maund": a price of a unit, no total another currency's amount could restate.
_PER_UNIT_AFTER = lazy_compile(r"^\s*(?:per|a|an|each)\s+[a-z]", re.IGNORECASE)


def _price_per_unit(ask: Ask, f: FigureRow) -> bool:
    return bool(_PER_UNIT_AFTER.search(_sentence_of(ask, f).text[f.end : f.end + 20]))


def _pair_answer(ask: Ask, a: FigureRow, b: FigureRow, sentences: list[SentenceRow]) -> Answer:
    """The rate two amounts of one thing in two currencies imply."""
    return _rate_answer(ask, scaled(a) / scaled(b), (a.currency, a.raw), (b.currency, b.raw), 0.6,
                        [citation(ask.store, s) for s in sentences])


def _rate_answer(ask: Ask, rate: float, top: tuple[str, str], bottom: tuple[str, str], confidence: float,
                 citations: list[Citation]) -> Answer:
    """The rate of two amounts (currency, raw text) in two currencies, quoted as markets quote it
    (or as the question turns it), with the working."""
    (per, left), (of, right) = top, bottom
    if _quoted_the_other_way(ask.query.text.lower(), per, of, rate):
        rate, per, of, left, right = 1 / rate, of, per, right, left
    shown = _rate_text(rate)
    # "About 87.4 soms per dollar, ... = 87.39": a rate in the tens or hundreds is quoted to a
    # tenth; the working keeps the hundredths.
    quoted = fmt(rate, 1) if 10 <= rate < 1000 else shown
    # "Solomon Islands dollars per US dollar": which dollar, when both are dollars
    unit = "US dollar" if of == "USD" and _plural(per).endswith("dollars") else _singular(of)
    text = f"About {quoted} {_plural(per)} per {unit}, computed from the article: {left} ÷ {right} = {shown}."
    return make_answer(ask.question, "derived", text, confidence, citations)


# "The real has gained 11% to about 5.31 per dollar": a rate the article gives itself.
_PER_AFTER = lazy_compile(r"^\s*(?:[a-z]+\s+)?(?:per|to the|to a|against the|for each|for one)\s+(?:us\s+|u\.s\.\s+)?"
                          r"(?:dollar|euro|yuan|pound|yen|franc|rupee|rouble|ruble)\b", re.IGNORECASE)


def _stated_rate(ask: Ask, evidence: list[Evidence]) -> Answer | None:
    if _IMPLIED.search(ask.query.text) or ask.query.numbers:
        return None  # "what rate does the pair imply?", "the rate used to convert the 820 billion yen": the working
    for ev in evidence:
        text = ev.sentence.text
        for f in ev.figures:
            if f.kind in ("number", "money") and not f.alt_value and _PER_AFTER.search(text[f.end : f.end + 30]):
                return make_answer(ask.question, "figure", clause_window(text, f.start, f.end, 120), 0.8,
                                   [citation(ask.store, ev.sentence)])
    return None


_IMPLIED = lazy_compile(r"\bimpl(?:y|ies|ied)\b|\bwork(?:ed)? out\b|\bcomput|\bcalculat|\bconver(?:t|sion)", re.IGNORECASE)


def _quoted_the_other_way(lower: str, per: str, of: str, rate: float) -> bool:
    """ "rupiah per dollar": as asked; otherwise the way markets quote it, more of one currency
    for one of the other (16,500 rupiah per dollar, 1.17 dollars per euro, never 0.00 dollars
    per rupiah). "Peso-to-dollar" and "euro/dollar" are written both ways, so only "per" counts."""
    m = _PER_CURRENCY.search(lower)
    per, of = _CROWNS.get(per, per), _CROWNS.get(of, of)
    if m and {_NAMED[m.group(1)], _NAMED[m.group(2)]} == {per, of}:
        return _NAMED[m.group(1)] != per
    return rate < 1


# Compiled once, like _CURRENCY_PATTERNS: a currency name, "per", a currency name.
_NAMED = {name: _CROWNS.get(code, code) for name, code in _CURRENCY_NAMES.items()}
_NAME_ALTERNATION = "|".join(sorted(_NAMED, key=len, reverse=True))
_PER_CURRENCY = lazy_compile(rf"\b({_NAME_ALTERNATION})s?\s+(?:per|for each|for every|for one|for 1)\s+"
                           rf"(?:one\s+|1\s+|a\s+|us\s+)?({_NAME_ALTERNATION})s?\b")


def _rate_text(rate: float) -> str:
    """16,472 rupiah, 129.69 shillings, 0.0606 dollars: as many places as a rate is quoted to."""
    if rate >= 1000:
        return fmt(round(rate), 0)
    if rate >= 1:
        return fmt(rate, 2)
    places = 2 - math.floor(math.log10(rate))  # three significant figures: 0.0606, 0.0000606
    return f"{rate:.{places}f}"


def _article_pairs(ask: Ask) -> list[Evidence]:
    """Sentences of the article in hand that state an amount in two currencies."""
    last = ask.conversation.last
    info = ask.store.article(last.article_id) if last else ask.store.latest_article()
    if info is None:
        return []
    ids = [f.sentence_id for f in ask.store.article_figures(info.id) if f.alt_currency]
    sentences = ask.store.sentences(ids)
    figures = ask.store.figures_in(ids)
    return [Evidence(s, 0.0, 1.0, [], [], [], [f for f in figures if f.sentence_id == sid], [], 0)
            for sid, s in sentences.items()]


_LETTER_WORDS = lazy_compile(r"[^\W\d_]+")


def _difference_by_terms(ask: Ask, evidence: list[Evidence]) -> Answer | None:
    """ "How much more rice than wheat?" over "Wheat: 112.7 million tonnes; Rice: 135.5 million
    tonnes": the amount right after each compared word, first minus second."""
    # The compared things in the order asked, names included ("rice than wheat").
    words = [w for w in _LETTER_WORDS.findall(ask.query.text.lower()) if w not in STOPWORDS and w not in _COMPARING]
    for ev in evidence:
        found: list[FigureRow] = []
        for word in words:
            f = _amount_after(ev, phrase_keys(word))
            if f is not None and f not in found:
                found.append(f)
        if len(found) >= 2 and found[0].unit == found[1].unit and found[0].currency == found[1].currency:
            text = difference_text(found[0], found[1])
            return make_answer(ask.question, "derived", text, 0.7, [citation(ask.store, ev.sentence)])
    return None


def _against_base_period(ask: Ask, evidence: list[Evidence]) -> Answer | None:
    """ "how much lower was the carbonate price vs the second quarter?" over "fell 21% to $9,850 per
    tonne from $12,470 a year earlier, and was below the $10,320 per tonne it fetched in the second
    quarter": the amount its own clause dates to the period compared with, against the level the
    sentence reaches (not the one it came from)."""
    if not ask.query.bases:
        return None
    for ev in evidence[:3]:
        info = ask.store.article(ev.sentence.article_id)
        if info is None or not info.date:
            continue
        spans = [t for b in ask.query.bases for t in find_times(b.text, date.fromisoformat(info.date)) if t.start_date and t.end_date]
        # "how much more currency did the SNB buy in Q2 than in Q1?": the level compared may be
        # dated too, to the time asked ("5.2 billion Swiss francs ... in the second quarter").
        asked = [t for t in find_times(" ".join(t.text for t in ask.query.times), date.fromisoformat(info.date))
                 if t.start_date and t.end_date] if ask.query.times else []
        text = ev.sentence.text
        for base in ev.figures:
            if not base.period_start or not base.period_end or not any(
                    t.start_date.isoformat() <= base.period_start and base.period_end <= t.end_date.isoformat()  # type: ignore[union-attr]
                    for t in spans):
                continue
            now = next((f for f in ev.figures if f is not base and (not f.period_start or _in_span(f, asked)) and f.kind == base.kind
                        and same_currency(f.currency, base.currency) and not _EARLIER_BEFORE.search(text[max(0, f.start - 25) : f.start])), None)
            if now is not None:
                return make_answer(ask.question, "derived", difference_text(now, base), 0.6, [citation(ask.store, ev.sentence)])
    return _base_in_paragraph(ask, evidence[:1])


def _in_span(f: FigureRow, spans: list[TimeExpr]) -> bool:
    return bool(f.period_start and f.period_end) and any(
        t.start_date.isoformat() <= f.period_start and f.period_end <= t.end_date.isoformat() for t in spans)  # type: ignore[union-attr, operator]


def _base_in_paragraph(ask: Ask, evidence: list[Evidence]) -> Answer | None:
    """ "how much lower are exports expected to be than in 2024?" over "exported 16.3 billion euros
    ... in 2024" and the next sentence's "expects full-year exports to fall to around 15.4 billion
    euros in 2025": the best sentence's amount against the one of the year compared with that a
    sentence of its paragraph states, of one kind and unit."""
    for ev in evidence:
        info = ask.store.article(ev.sentence.article_id)
        if info is None or not info.date:
            continue
        spans = [t for b in ask.query.bases for t in find_times(b.text, date.fromisoformat(info.date)) if t.start_date and t.end_date]
        now = [f for f in ev.figures if f.kind in ("money", "quantity", "count") and not _in_span(f, spans)]
        if not spans or len(now) != 1:
            continue
        for other in ask.store.paragraph_sentences(ev.sentence.article_id, ev.sentence.paragraph):
            if other.id == ev.sentence.id:
                continue
            base = [g for g in ask.store.figures_in([other.id]) if _in_span(g, spans) and comparable(g, now[0]) and _of_one_size(g, now[0])]
            if len(base) == 1:
                return make_answer(ask.question, "derived", difference_text(now[0], base[0]), 0.6,
                                   [citation(ask.store, ev.sentence), citation(ask.store, other)])
    return None


_COMPARING = frozenset("more less higher lower bigger smaller difference gap much many produce far apart between compare compared vs versus".split())


def _amount_after(ev: Evidence, keys: frozenset[str]) -> FigureRow | None:
    """The amount right after the word, or the one the word names as its measure ("Full-time
    jobs climbed by 24,700 and part-time positions increased by 7,500")."""
    for f in ev.figures:
        if f.kind not in ("money", "quantity", "count", "number"):
            continue
        before = ev.sentence.text[max(0, f.start - 25) : f.start]
        words = _LETTER_WORDS.findall(before)[-3:] + _LETTER_WORDS.findall(f.measure)
        if any(phrase_keys(w) & keys for w in words):
            return f
    return None


_TO_TARGET = lazy_compile(r"\b(?:hit|reach|meet|make|achieve)\b.*\b(?:target|goal|aim)\b|\bshort of (?:the|its|their) (?:target|goal)\b"
                          # "how many more workers does it still need to hire to reach full strength?"
                          r"|\bstill (?:needs?|has|have|must)\b|\b(?:reach|hit|get to|at) full\b", re.IGNORECASE)
# "will employ 2,400 people at full capacity": a level to come; "has hired 1,150 workers so far":
# one reached.
_WILL_BEFORE = lazy_compile(r"\bwill\s+(?:[a-z]+\s+){1,2}(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE)
# "the workforce is set to rise to 4,500 by the end of 2027": a level to come, though no aim is named.
_SET_TO_REACH = lazy_compile(r"\b(?:is|are)\s+(?:set|due|slated|scheduled|expected|projected)\s+to\s+(?:rise|increase|grow|climb|expand|reach|hit|swell)"
                             r"(?:\s+to)?\s+(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE)
_SO_FAR = lazy_compile(r"\b(?:so far|to date|thus far|until now|already)\b", re.IGNORECASE)
# People counted under their several names: "1,150 workers" hired of "2,400 people" to employ.
_PEOPLE_UNITS = frozenset("people workers staff employees persons jobs".split())


def _to_target(ask: Ask, evidence: list[Evidence]) -> Answer | None:
    """ "How many more homes must it hand over to hit this year's target?": "has handed over 41,300
    ... and aims to complete 55,000 units in 2025": the aim less what is done."""
    if not _TO_TARGET.search(ask.query.text):
        return None
    for ev in evidence[:3]:
        text = ev.sentence.text
        for aim in (f for f in ev.figures if _AIMED.search(text[max(0, f.start - 30) : f.start]) or _SET_TO_REACH.search(text[max(0, f.start - 40) : f.start])):
            # "The plant employs 2,300 people, and the workforce is set to rise to 4,500": a bare
            # level to come counts what the level reached before it counts.
            done = next((g for g in ev.figures if g is not aim and (g.kind == aim.kind or (aim.kind == "number" and g.kind == "count" and g.end <= aim.start))
                         and g.currency == aim.currency
                         and not _AIMED.search(text[max(0, g.start - 30) : g.start]) and g.value < aim.value
                         and not _EARLIER_BEFORE.search(text[max(0, g.start - 25) : g.start])), None)
            if done is not None:
                return make_answer(ask.question, "derived", difference_text(aim, done, unit=unit_of(aim) or unit_of(done)), 0.6,
                                   [citation(ask.store, ev.sentence)])
    return _to_target_in_paragraph(ask, evidence)


def _to_target_in_paragraph(ask: Ask, evidence: list[Evidence]) -> Answer | None:
    """ "how many more workers does it still need to hire to reach full strength?" over "It has
    hired 1,150 workers so far" and, in its paragraph, "will employ 2,400 people at full capacity":
    the level to come less the one reached, of one kind and of the same things counted."""
    for ev in evidence[:3]:
        if not _SO_FAR.search(ev.sentence.text):
            continue
        for done in (f for f in ev.figures if f.kind in ("count", "quantity", "money") and f.unit):
            for other in ask.store.paragraph_sentences(ev.sentence.article_id, ev.sentence.paragraph):
                if other.id == ev.sentence.id:
                    continue
                aim = next((g for g in ask.store.figures_in([other.id]) if g.kind == done.kind and g.currency == done.currency
                            and _same_things(g, done) and scaled(g) > scaled(done)
                            and (_WILL_BEFORE.search(other.text[max(0, g.start - 40) : g.start])
                                 or _AIMED.search(other.text[max(0, g.start - 30) : g.start]))), None)
                if aim is not None:
                    return make_answer(ask.question, "derived", difference_text(aim, done), 0.6,
                                       [citation(ask.store, other), citation(ask.store, ev.sentence)])
    return None


def _same_things(a: FigureRow, b: FigureRow) -> bool:
    """Amounts of one unit: "447 department stores" and "66 stores"; "2,400 people" and "1,150 workers"."""
    units = phrase_keys(a.unit), phrase_keys(b.unit)
    return bool(units[0] & units[1]) or (a.unit.lower() in _PEOPLE_UNITS and b.unit.lower() in _PEOPLE_UNITS)


_NOW = lazy_compile(r"\b(?:now|today|currently|at present|at the moment)\b", re.IGNORECASE)


def _against_now(ask: Ask, evidence: list[Evidence]) -> Answer | None:
    """ "How many more planes does it want by 2032 than it flies today?": the aimed-at level ("aims
    to fly 95 planes by the end of 2032") less the level a sentence of its paragraph gives as
    current ("currently operates 48 aircraft")."""
    if not _NOW.search(ask.query.text):
        return None
    for ev in evidence[:3]:
        for f in (f for f in ev.figures if f.kind in ("count", "quantity", "money") and f.unit):
            units = phrase_keys(f.unit)
            for other in ask.store.paragraph_sentences(ev.sentence.article_id, ev.sentence.paragraph):
                if other.id == ev.sentence.id or not _NOW.search(other.text):
                    continue
                now = next((g for g in ask.store.figures_in([other.id]) if g.kind == f.kind and g.currency == f.currency
                            and phrase_keys(g.unit) & units and g.value != f.value), None)
                if now is not None:
                    return make_answer(ask.question, "derived", difference_text(f, now), 0.6,
                                       [citation(ask.store, ev.sentence), citation(ask.store, other)])
    return None


def _first_two(ask: Ask, evidence: list[Evidence]) -> Answer | None:
    for ev in evidence:
        amounts = [f for f in ev.figures if f.kind in _amount_kinds(ask, ("money", "quantity", "count", "number"))
                   and not figure_conflict(ask.query, f)]
        same = [f for f in amounts if f.currency == amounts[0].currency and f.unit == amounts[0].unit] if amounts else []
        if len(same) < 2 or _of_another_thing(ask.query, ev.sentence.text, same[0], same[1]):
            continue
        return make_answer(ask.question, "derived", difference_text(same[0], same[1]), 0.7,
                           [citation(ask.store, ev.sentence)])
    return None


_THAN = re.compile(r"\bthan\b", re.IGNORECASE)


def _of_another_thing(query: Query, text: str, a: FigureRow, b: FigureRow) -> bool:
    """ "expects chicken shipments to reach 650,000 tonnes ..., while pork sales could recover to
    280,000 tonnes": the second amount's clause lacks a word asked that the first one's names,
    and it is no level the first moved from ("compared with 4,000 tonnes"): another thing's."""
    if _LEFT_LEVEL.search(text[max(0, b.start - 30) : b.start]):
        return False
    first, second = phrase_keys(clause_text(text, a.start, a.end)), phrase_keys(clause_text(text, b.start, b.end))
    return any(t.keys & first and not t.keys & second for t in query.required if not t.soft)


def _between_times(ask: Ask, evidence: list[Evidence]) -> Answer | None:
    """ "how many more stores are they opening next year than they opened so far this year?" over
    "It plans 43 openings next year" and "Orsenne opened 29 stores in the first nine months": an
    amount of the thing asked for each time compared, in two sentences of one subject, one of
    which names its own time as asked."""
    query = ask.query
    than = _THAN.search(query.text)
    if than is None or not query.required:
        return None
    sides = ([t.text.lower() for t in query.times if t.end <= than.start()], [t.text.lower() for t in query.times if t.start >= than.end()])
    if not sides[0] or not sides[1]:
        return None
    found: list[tuple[FigureRow, Evidence]] = []
    for ev in evidence[:4]:
        f = next((f for f in ev.figures if f.kind in _amount_kinds(ask)
                  and any(t.keys & phrase_keys(f"{f.unit} {f.measure}") for t in query.required)), None)
        if f is not None and not any(g.sentence.id == ev.sentence.id for _, g in found):
            found.append((f, ev))
    if len(found) != 2:
        return None
    (a, ev_a), (b, ev_b) = found
    if a.kind != b.kind or a.currency != b.currency or not _of_one_size(a, b):
        return None
    # Two bodies' amounts ("Rival Bijoux Lune plans 31 openings"), not one's at two times: the
    # sentences name no bodies apart before their amounts, nor any but one the question names.
    names_a, names_b = ({e.id: e for m, e in ev.mentions if e.kind not in ("place", "time") and m.start < f.start}
                        for f, ev in ((a, ev_a), (b, ev_b)))
    if names_a and names_b and not names_a.keys() & names_b.keys():
        return None
    asked = set(query.entity_keys)
    if asked and any(names and not any(named_by(e, asked) for e in names.values()) for names in (names_a, names_b)):
        return None
    lower_a, lower_b = ev_a.sentence.text.lower(), ev_b.sentence.text.lower()
    times_a = {i for i, side in enumerate(sides) if any(t in lower_a for t in side)}
    times_b = {i for i, side in enumerate(sides) if any(t in lower_b for t in side)}
    if times_a == times_b or len(times_a) > 1 or len(times_b) > 1:
        return None  # neither sentence, or both, tell which time is whose
    if times_a == {1} or times_b == {0}:
        (a, ev_a), (b, ev_b) = (b, ev_b), (a, ev_a)
    return make_answer(ask.question, "derived", difference_text(a, b), 0.6,
                       [citation(ask.store, ev_a.sentence), citation(ask.store, ev_b.sentence)])


# "The new savings goal replaces a target of 200 million francs a year": the old aim, stated
# where the new one is only named.
_REPLACES = lazy_compile(r"\b(?:replac(?:es|ed|ing)|supersed(?:es|ed|ing))\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:targets?|goals?|aims?|forecasts?|guidance|estimates?|plans?|outlook)\s+(?:of\s+)?(?:about\s+|around\s+|some\s+)?$",
                         re.IGNORECASE)
# "seeks to save 350 million Swiss francs a year": an amount aimed at, not one done.
_AIM_BEFORE = lazy_compile(r"\b(?:aims?|aiming|targets?|targeting|goal|plans?|planning|seeks?|seeking|wants?|intends?|hopes?|expects?)\b"
                           r"(?:\s+to\s+[\w-]+)?\s+(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE)


def _against_replaced(ask: Ask, evidence: list[Evidence]) -> Answer | None:
    """ "how much bigger is the new savings target than the old one?" over "The new savings goal
    replaces a target of 200 million francs a year" and the lead's "seeks to save 350 million Swiss
    francs a year": the aim the article states elsewhere, of the same currency and unit, less the
    one replaced."""
    for ev in evidence[:3]:
        text = ev.sentence.text
        old = next((f for f in ev.figures if _REPLACES.search(text[max(0, f.start - 60) : f.start])), None)
        if old is None:
            continue
        figures = [f for f in ask.store.article_figures(ev.sentence.article_id)
                   if f.id != old.id and f.kind == old.kind and same_currency(f.currency, old.currency) and f.value != old.value]
        sentences = ask.store.sentences({f.sentence_id for f in figures})
        for f in figures:
            other = sentences.get(f.sentence_id)
            if other is None or not _AIM_BEFORE.search(other.text[max(0, f.start - 40) : f.start]):
                continue
            new = Evidence(other, 0.0, 1.0, [], [], [], [f], [], 0)
            if _one_unit(f, new, old, ev) and _of_one_size(f, old):
                return make_answer(ask.question, "derived", difference_text(f, old), 0.6,
                                   [citation(ask.store, other), citation(ask.store, ev.sentence)])
    return None


# "eclipsed the previous monthly record of 9.42 trillion yen": the old record, stated beside the new.
_OLD_RECORD = lazy_compile(r"\b(?:previous|prior|old|former|last)\s+(?:[\w-]+\s+){0,2}?(?:record|high|peak|best)\s+(?:of\s+)?(?:about\s+|around\s+|some\s+)?$",
                           re.IGNORECASE)
# "spent a record 11.24 trillion yen", "a record-high 8.4 GW": the new one.
_NEW_RECORD = lazy_compile(r"\brecord(?:[- ]high| high of| of)?\s+(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE)


def _against_previous_record(ask: Ask, evidence: list[Evidence]) -> Answer | None:
    """ "how much more did they spend this time than the previous record?" over "spent a record
    11.24 trillion yen" and "eclipsed the previous monthly record of 9.42 trillion yen": the new
    record less the old, of one kind and currency."""
    for ev in evidence[:4]:
        text = ev.sentence.text
        old = next((f for f in ev.figures if f.kind in ("money", "quantity", "count") and _OLD_RECORD.search(text[max(0, f.start - 50) : f.start])), None)
        if old is None:
            continue
        for other in evidence[:4]:
            new = next((f for f in other.figures if f is not old and comparable(f, old) and scaled(f) > scaled(old)
                        and _NEW_RECORD.search(other.sentence.text[max(0, f.start - 25) : f.start])
                        and not _OLD_RECORD.search(other.sentence.text[max(0, f.start - 50) : f.start])), None)
            if new is not None:
                cites = _cited(ask, other.sentence, ev.sentence)
                return make_answer(ask.question, "derived", difference_text(new, old), 0.6, cites)
    return None


# "will add two liquefaction trains with a combined capacity of 7.6 mtpa, lifting the plant's
# total capacity to 18.2 mtpa": the amount added, then the level it brings the whole to.
_ADDS_BEFORE = lazy_compile(r"\badd(?:s|ed|ing)?\b[^.;]{0,60}$", re.IGNORECASE)
_LIFTS_TO = lazy_compile(r"^(?:\s+[^\W\d][\w-]*){0,2},?\s+(?:lifting|bringing|taking|raising|boosting|increasing|expanding)\b[^.;]{0,50}?\bto\s+(?:about\s+|around\s+|some\s+)?$",
                         re.IGNORECASE)


def _before_addition(ask: Ask, evidence: list[Evidence]) -> Answer | None:
    """ "how much capacity does the plant have now, before the new trains are added?": the level the
    addition lifts the whole to, less the amount added (18.2 − 7.6 mtpa)."""
    for ev in evidence[:3]:
        text = ev.sentence.text
        for added in (f for f in ev.figures if f.kind in ("quantity", "count", "money") and _ADDS_BEFORE.search(text[max(0, f.start - 70) : f.start])):
            total = next((g for g in ev.figures if g.start > added.end and _LIFTS_TO.match(text[added.end : g.start])), None)
            if (total is not None and total.kind == added.kind and total.unit == added.unit and same_currency(total.currency, added.currency)
                    and scaled(total) > scaled(added)):
                return make_answer(ask.question, "derived", difference_text(total, added), 0.6, [citation(ask.store, ev.sentence)])
    return None


# "how many stores will it have left once these closures are done?": a level less what is to go.
_LEFT_ASKED = lazy_compile(r"\bhow (?:many|much)\b[^?]*\b(?:left|remain|remaining)\b[^?]*\b(?:once|after|when)\b"
                           r"|\bhow (?:many|much)\b[^?]*\b(?:once|after)\b[^?]*\b(?:left|remain)\s*\??$")
_LEFT_GUARDED = Guarded(_LEFT_ASKED, ("left", "remain"))
# "it would close 66 more department stores": what is to go (not "has closed 84 stores since 2022").
_TO_GO_BEFORE = lazy_compile(r"\b(?:close|closing|shut|shutting|shut down|cut|cutting|sell|selling|retire|retiring|scrap|scrapping|axe|axing|"
                             r"eliminate|eliminating|shed|shedding)\s+(?:about\s+|around\s+|some\s+|another\s+|a further\s+|a total of\s+)?$",
                             re.IGNORECASE)
# "which runs 447 department stores": the level held.
_HELD_BEFORE = lazy_compile(r"\b(?:runs|operates|owns|has|employs|manages|network of|fleet of)\s+(?:about\s+|around\s+|some\s+|a total of\s+)?$",
                            re.IGNORECASE)
# "How many stores did it add abroad on a net basis?": what was added less what was taken away.
_NET_ASKED = lazy_compile(r"\bhow (?:many|much)\b[^?]*(?:\bon a net basis\b|\bin net terms\b|\bnet of\b|\bnet\s*\??\s*$)")
_NET_GUARDED = Guarded(_NET_ASKED, ("net",))
_ADDED_BEFORE = lazy_compile(r"\b(?:opened|added|launched|hired|gained|won|signed up|built)\s+(?:about\s+|around\s+|some\s+|a net\s+)?$",
                             re.IGNORECASE)
_TAKEN_BEFORE = lazy_compile(r"\b(?:closed|shut|lost|sold|cut|shed|dropped|removed|scrapped|retired)\s+(?:about\s+|around\s+|some\s+)?$",
                             re.IGNORECASE)


def handle_parts(ask: Ask) -> Answer | None:
    """A level and the parts that move it, when the figure asked is stated nowhere: what is left
    once stated closures are done, what was added net of what was taken away, the shares a bid's
    value and price a share imply."""
    if ask.query.intent not in ("figure", "derived"):
        return None
    lower = ask.query.text.lower()
    if _LEFT_GUARDED.search(lower):
        return _left_once_done(ask)
    if _NET_GUARDED.search(lower):
        return _added_net(ask)
    if _SHARES_GUARDED.search(lower):
        return _shares_from_offer(ask)
    return None


def handle_added_on_top(ask: Ask) -> Answer | None:
    """A total once an addition is made, stated nowhere: the amount added and the one it adds to.
    Before the figure handler, which would give either part as the whole."""
    if ask.query.intent not in ("figure", "derived") or not _TOTAL_ONCE_GUARDED.search(ask.query.text.lower()):
        return None
    return _added_on_top(ask)


# "A further 520 containers are expected", "Another 40 jets will follow": a sentence that opens
# on an amount added to the one the sentence before it states.
_FURTHER_OPENS = lazy_compile(r"\s*(?:another|a further|an additional|an extra)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$", re.IGNORECASE)


def handle_further_added(ask: Ask) -> Answer | None:
    """ "How many containers in total, counting the ones still to come?" over "The first 340
    containers ... arrived" and "A further 520 containers are expected": a total stated nowhere,
    the amount the next sentence adds on top of the one before it. After the figure handler, which
    answers a total the article states."""
    if ask.query.intent not in ("figure", "derived") or not ASKS_TOTAL_GUARDED.search(ask.query.text.lower()):
        return None
    asked = [t.keys for t in ask.query.required]
    for ev in ask.pool.evidence[:6]:
        text = ev.sentence.text
        for more in (f for f in ev.figures if f.kind in ("count", "quantity") and any(k & _unit_keys(f) for k in asked)):
            if not _FURTHER_OPENS.fullmatch(text, 0, more.start):
                continue
            before = next((s for s in ask.store.paragraph_sentences(ev.sentence.article_id, ev.sentence.paragraph)
                           if s.index == ev.sentence.index - 1), None)
            if before is None:
                return None
            # the amount added to: the one amount of the same things the sentence before states
            held = [g for g in ask.store.figures_in([before.id]) if g.kind == more.kind and _same_things(g, more)]
            if len(held) != 1:
                return None
            return make_answer(ask.question, "derived", sum_text(held[0], more), 0.6, _cited(ask, before, ev.sentence))
    return None


# "counting direct and indirect ones", "including full-time and seasonal workers": the two kinds
# a total is asked to add, each a word the article puts beside its own figure.
_KINDS_COUNTED = lazy_compile(r"\b(?:counting|including|both)\s+(?:the\s+)?(?P<a>[a-z][a-z-]+)\s+(?:and|plus)\s+(?:the\s+)?(?P<b>[a-z][a-z-]+)\b")
_WORD = lazy_compile(r"[a-z][a-z-]*")


def _beside(text: str, f: FigureRow) -> list[str]:
    """The words just around a figure: the last three before it and the first two after it
    ("directly employs 1,850 people", "an estimated 8,000 indirect jobs")."""
    before = _WORD.findall(text[max(0, f.start - 40) : f.start].lower())[-3:]
    after = _WORD.findall(text[f.end : f.end + 30].lower())[:2]
    return before + after


def _kind_word(word: str, kind: str) -> bool:
    """The article's word for an asked kind: the word itself or its adverb ("directly" for
    "direct"), never a longer word that only contains it ("indirect")."""
    return word == kind or (word.startswith(kind) and word[len(kind) :] in ("ly", "s", "ally"))


# "two 339-MW units", "three 660-megawatt turbines", "four 1.2 GW reactors": a count of things of
# one size, their size written as an adjective the figure extraction does not read as an amount.
_UNITS_OF_A_SIZE = lazy_compile(r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|twelve|[2-9]|1[0-9])\s+(?P<size>\d[\d,]*(?:\.\d+)?)"
                                r"[- ]?(?P<unit>MW|GW|kW|megawatts?|gigawatts?|kilowatts?)\s+(?P<things>[a-z][\w-]*s)\b")
_SIZE_ASKED = lazy_compile(r"\b(?:total|combined|overall|aggregate|whole)\s+(?:installed\s+|generating\s+|power\s+)?(?:capacity|size|output)\b")
_SIZE_GUARDED = Guarded(_SIZE_ASKED, ("capacity", "size", "output"))
_POWER_UNITS = {"mw": "MW", "megawatt": "MW", "megawatts": "MW", "gw": "GW", "gigawatt": "GW", "gigawatts": "GW",
                "kw": "kW", "kilowatt": "kW", "kilowatts": "kW"}


def handle_units_sized(ask: Ask) -> Answer | None:
    """ "whats the total capacity of kosova b in mw" over "Kosova B, whose two 339-MW units ...":
    the count times the size of each (678 MW). Only in a sentence naming every name asked, with
    one such count, in the unit asked if the question names one."""
    lower = ask.query.text.lower()
    if ask.query.intent not in ("figure", "derived") or not _SIZE_GUARDED.search(lower) or not ask.query.entity_keys:
        return None
    unit_asked = next((_POWER_UNITS[w] for w in re.findall(r"[a-z]+", lower) if w in _POWER_UNITS), None)
    for ev in ask.pool.evidence[:8]:
        named = {k for k in ask.query.entity_keys if any(named_by(e, {k}) for _, e in ev.mentions)}
        if named != set(ask.query.entity_keys):
            continue
        sized = list(_UNITS_OF_A_SIZE.finditer(ev.sentence.text))
        if len(sized) != 1:
            continue
        m = sized[0]
        unit = _POWER_UNITS[m["unit"].lower()]
        if unit_asked and unit != unit_asked:
            continue
        count = _count_of(m["n"])
        size = float(m["size"].replace(",", ""))
        out = f"{fmt(count * size)} {unit}, computed from the article: {m['n']} {m['things']} × {m['size']} {unit} = {fmt(count * size)} {unit}."
        return make_answer(ask.question, "derived", out, 0.6, [citation(ask.store, ev.sentence)])
    return None


def handle_kinds_counted(ask: Ask) -> Answer | None:
    """ "How many jobs in total, counting direct and indirect ones?" over "The port directly
    employs 1,850 people ... and has generated an estimated 8,000 indirect jobs": no total stated,
    one sentence giving each asked kind its own amount of the same things, added. Before the
    figure handler, which would give one kind's amount as the whole."""
    lower = ask.query.text.lower()
    if ask.query.intent not in ("figure", "derived") or not ASKS_TOTAL_GUARDED.search(lower):
        return None
    kinds = _KINDS_COUNTED.search(lower)
    if not kinds or kinds["a"] == kinds["b"]:
        return None
    asked = [t.keys for t in ask.query.required]
    for ev in ask.pool.evidence[:4]:
        text = ev.sentence.text
        amounts = [f for f in ev.figures if f.kind in ("count", "quantity") and not f.currency and f.unit]
        sides = []
        for kind, other in ((kinds["a"], kinds["b"]), (kinds["b"], kinds["a"])):
            own = [f for f in amounts if any(_kind_word(w, kind) for w in _beside(text, f))
                   and not any(_kind_word(w, other) for w in _beside(text, f))]
            if len(own) != 1:
                break
            sides.append(own[0])
        if len(sides) != 2:
            continue
        a, b = sorted(sides, key=lambda f: f.start)
        if a.start == b.start or not _same_things(a, b) or not any(k & (_unit_keys(a) | _unit_keys(b)) for k in asked):
            continue
        return make_answer(ask.question, "derived", sum_text(a, b), 0.6, [citation(ask.store, ev.sentence)])
    return None


def handle_sources_added(ask: Ask) -> Answer | None:
    """ "how much cabbage in total is the govt adding thru imports plus the reserve release?" over
    "will import 2,100 tonnes" and "release 6,000 tonnes of cabbage from state reserves": a total
    asked of two sources named after it, read as a figure question; each source's own amount,
    added. Before the figure handler, which would give one source's amount as the whole."""
    lower = ask.query.text.lower()
    if ask.query.intent != "figure" or not ASKS_TOTAL_GUARDED.search(lower) or not _TWO_SOURCES.search(lower):
        return None
    return _sum_of_things(ask)


def _left_once_done(ask: Ask) -> Answer | None:
    """ "how many stores will Brantley's have left once these closures are done?" over "it would
    close 66 more department stores" and "Brantley's, which runs 447 department stores": 447 − 66."""
    evidence = ask.pool.evidence[:6]
    asked = [t.keys for t in ask.query.required]
    for ev in evidence[:4]:
        text = ev.sentence.text
        for gone in (f for f in ev.figures if f.kind in ("count", "quantity") and f.unit and any(k & phrase_keys(f.unit) for k in asked)
                     and _TO_GO_BEFORE.search(text[max(0, f.start - 25) : f.start])):
            for other in evidence:
                held = next((g for g in other.figures if g.kind == gone.kind and _same_things(g, gone) and scaled(g) > scaled(gone)
                             and _HELD_BEFORE.search(other.sentence.text[max(0, g.start - 25) : g.start])), None)
                if held is not None:
                    cites = _cited(ask, other.sentence, ev.sentence)
                    return make_answer(ask.question, "derived", difference_text(held, gone), 0.6, cites)
    return None


# "total headcount at the plant after the expansion?", "how many workers will it have once it is
# done?": a level held with what is to be added.
_TOTAL_ONCE_ASKED = lazy_compile(r"\b(?:total|in all|altogether|overall|combined)\b[^?]*\b(?:after|once)\b"
                                 r"|\bhow (?:many|much)\b[^?]*\bwill\b[^?]*\bhave\b[^?]*\b(?:after|once)\b")
# The derived handlers' first tests, searched only in a question holding a word every match has
# (Guarded): most figure questions hold none, and each of these searches of the whole question
# cost some thousands of instructions a question the handler then declines.
_TOTAL_ONCE_GUARDED = Guarded(_TOTAL_ONCE_ASKED, ("after", "once"))
# "create 1,800 jobs on top of the plant's current workforce of 2,400", "another 8,000 hectares
# ..., on top of 9,500 hectares pulled up since 2023": the amount added, then the one it adds to.
_ON_TOP_BETWEEN = lazy_compile(r"[^.;]{0,60}?\b(?:on top of|in addition to)\b[^.;]{0,50}", re.IGNORECASE)


def _added_on_top(ask: Ask) -> Answer | None:
    """ "total headcount at the plant after the expansion?" over "The expansion will create 1,800
    jobs on top of the plant's current workforce of 2,400": 1,800 + 2,400, both counting what
    was asked (jobs and workforce are the headcount's words)."""
    asked = [t.keys for t in ask.query.required]
    counts = lambda f: f.kind in ("count", "quantity") and not f.currency and any(  # noqa: E731
        k & (_unit_keys(f) | phrase_keys(f.measure)) for k in asked)
    for ev in ask.pool.accepted[:3]:
        text = ev.sentence.text
        amounts = sorted((f for f in ev.figures if counts(f)), key=lambda f: f.start)
        for added, held in zip(amounts, amounts[1:]):
            if _ON_TOP_BETWEEN.fullmatch(text, added.end, held.start) and (added.kind == held.kind or added.unit == held.unit):
                return make_answer(ask.question, "derived", sum_text(added, held), 0.6, [citation(ask.store, ev.sentence)])
    return None


def _added_net(ask: Ask) -> Answer | None:
    """ "How many stores did it add abroad on a net basis?" over "Abroad, it opened 486 stores and
    closed 61": the amount added less the one taken away, a bare number counting what its partner
    counts."""
    asked = [t.keys for t in ask.query.required]
    for ev in ask.pool.evidence[:4]:
        text = ev.sentence.text
        for added in (f for f in ev.figures if f.kind in ("count", "quantity") and f.unit and any(k & phrase_keys(f.unit) for k in asked)
                      and _ADDED_BEFORE.search(text[max(0, f.start - 25) : f.start])):
            taken = next((g for g in ev.figures if g.start > added.end and scaled(g) < scaled(added)
                          and (g.kind == "number" or (g.kind == added.kind and _same_things(g, added)))
                          and _TAKEN_BEFORE.search(text[max(0, g.start - 25) : g.start])), None)
            if taken is not None:
                return make_answer(ask.question, "derived", difference_text(added, taken), 0.6, [citation(ask.store, ev.sentence)])
    return None


# "Roughly how many shares does Levantino have, going by the offer?": the bid's value over its price a share.
_SHARES_ASKED = lazy_compile(r"\bhow many shares\b[^?]*\b(?:have|has|outstanding|in issue|are there|imply|implies|implied|going by)\b")
_SHARES_GUARDED = Guarded(_SHARES_ASKED, ("shares",))
# "offering 6.12 euros in cash per share": a price a share.
_PER_SHARE_AFTER = lazy_compile(r"^\s*(?:in cash\s+|in stock\s+|in shares\s+)?(?:a|per|for each|each)\s+share\b", re.IGNORECASE)


def _shares_from_offer(ask: Ask) -> Answer | None:
    """ "how many shares does Levantino have, going by the offer?" over "a 9.18 billion euro ...
    takeover bid ..., offering 6.12 euros in cash per share": the bid's value over the price."""
    for ev in ask.pool.evidence[:4]:
        text = ev.sentence.text
        price = next((f for f in ev.figures if f.kind == "money" and not f.scale and _PER_SHARE_AFTER.match(text[f.end : f.end + 30])), None)
        if price is None or not price.value:
            continue
        whole = next((f for f in ev.figures if f is not price and f.kind == "money" and f.scale in ("million", "billion", "trillion", "bn", "mln", "m", "tn")
                      and same_currency(f.currency, price.currency) and not _PER_SHARE_AFTER.match(text[f.end : f.end + 30])), None)
        if whole is None:
            continue
        shares = scaled(whole) / price.value
        scale, size = next(((n, v) for n, v in (("billion", 1e9), ("million", 1e6)) if shares >= v), ("", 1.0))
        count = f"{shares / size:.3g} {scale} shares".replace("  ", " ")
        text_out = f"About {count}, computed from the article: {whole.raw} ÷ {price.raw} a share = {count}."
        return make_answer(ask.question, "derived", text_out, 0.6, [citation(ask.store, ev.sentence)])
    return None


# "What was Levantino trading at before the bid?": the price the offer's premium was put on.
_BEFORE_BID = lazy_compile(r"\b(?:trad\w*|price\w*|worth|clos\w*|valued|stock|shares?)\b[^?]*\bbefore (?:the|its|their|this|[a-z]+'s)\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:bid|offer|approach|takeover)\b")
_BEFORE_BID_GUARDED = Guarded(_BEFORE_BID, ("before",))
# "a 36% premium to Levantino's closing price on Friday": a premium on a price stated for a day,
# not on an average of weeks, which is no price it traded at.
_PREMIUM_AFTER = lazy_compile(r"^\s*premium\s+(?:to|over|on)\s+(?:[\w'’-]+\s+){0,3}?(?:closing|close|last|undisturbed|unaffected)\b"
                              r"(?![^,;.]*\baverage\b)", re.IGNORECASE)


def handle_before_bid(ask: Ask) -> Answer | None:
    """ "What was Levantino trading at before the bid?" over "offering 6.12 euros in cash per share,
    a 36% premium to Levantino's closing price on Friday": the offer over one plus the premium."""
    if ask.query.intent not in ("figure", "derived") or not _BEFORE_BID_GUARDED.search(ask.query.text.lower()):
        return None
    for ev in ask.pool.evidence[:4]:
        text = ev.sentence.text
        premium = next((f for f in ev.figures if f.kind == "percent" and _PREMIUM_AFTER.match(text[f.end : f.end + 80])), None)
        if premium is None:
            continue
        price = next((f for f in reversed(ev.figures) if f.kind == "money" and not f.scale and f.end <= premium.start
                      and _PER_SHARE_AFTER.match(text[f.end : f.end + 30])), None)
        if price is None:
            continue
        factor = 1 + premium.value / 100
        before = amount(price, price.value / factor)
        out = f"About {before}, computed from the article: {price.raw} ÷ {fmt(factor, 3)} ({indefinite(premium.raw)} {premium.raw} premium) = {before}."
        return make_answer(ask.question, "derived", out, 0.6, [citation(ask.store, ev.sentence)])
    return None


# "The new midpoint compares with a final price of NZ$9.65 per kg": a base the sentence names.
_COMPARED_BEFORE = lazy_compile(r"\b(?:compares?|compared|comparing)\s+(?:with|to)\s+(?P<named>(?:[\w'’-]+\s+){0,5}?)(?:of\s+)?(?:about\s+|around\s+)?$",
                                re.IGNORECASE)


def _against_named_base(ask: Ask, evidence: list[Evidence]) -> Answer | None:
    """ "how much more per kg is the new forecast than last season's final price?" over "The new
    midpoint compares with a final price of NZ$9.65 per kg" and the lead's "raised its ... price
    forecast ... to NZ$10.40 per kilogram": the base that names all asked after "than" ("final
    price"), against the level reached that a sentence naming what is asked before it states."""
    than = next((i for i, t in enumerate(tokenize(ask.query.text)) if t.lower == "than"), None)
    if than is None:
        return None
    before = [t for t in ask.query.required if t.position < than and not t.keys & GENERIC_MEASURE_WORDS]
    after = [t for t in ask.query.required if t.position > than and t.lemma not in _BASE_TIME_WORDS]
    if not before or not after:
        return None
    for ev in evidence[:3]:
        text = ev.sentence.text
        for base in ev.figures:
            m = _COMPARED_BEFORE.search(text[max(0, base.start - 60) : base.start])
            if m is None or not all(t.keys & phrase_keys(f"{m['named']} {base.measure}") for t in after):
                continue
            for other in evidence[:4]:
                if other.sentence.id == ev.sentence.id or not all(t.keys & other.sentence.terms for t in before):
                    continue
                now = next((f for f in other.figures if f.kind == base.kind and same_currency(f.currency, base.currency) and f.value != base.value
                            and _one_unit(f, other, base, ev) and _of_one_size(f, base)
                            and REACHED_BEFORE.search(other.sentence.text[max(0, f.start - 16) : f.start])), None)
                if now is not None:
                    return make_answer(ask.question, "derived", difference_text(now, base), 0.6,
                                       [citation(ask.store, other.sentence), citation(ask.store, ev.sentence)])
    return None


_BASE_TIME_WORDS = frozenset("last previous prior year season month quarter week ago earlier before".split())


# "Turkey's trade gap with China", "Serbia's trade deficit with China": what it bought from the
# partner less what it sold to it, when the article states both but not the balance.
_TRADE_BALANCE_ASKED = lazy_compile(r"\btrade (?:gap|deficit|surplus|balance)\b|\b(?:deficit|surplus) in (?:its |their )?trade\b", re.IGNORECASE)
_TRADE_BALANCE_GUARDED = Guarded(_TRADE_BALANCE_ASKED, ("trade",), fold=True)
_FLOW_BEFORE = lazy_compile(r"\b(?i:(?P<out>exports?|shipments?)\s+to|(?P<in>imports?)\s+from)\s+(?i:the\s+)?(?P<who>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)")


def handle_trade_balance(ask: Ask) -> Answer | None:
    """ "how big was Turkey's trade gap with China last year?" over "imports from China rose 6.7%
    to $45 billion, while its exports to China fell 10.4% to $3.3 billion": about $41.7 billion.
    Both flows must be with a partner the question names, in one paragraph and one currency."""
    if ask.query.intent not in ("figure", "derived") or not _TRADE_BALANCE_GUARDED.search(ask.query.text) or not ask.query.entity_keys:
        return None
    last = ask.conversation.last
    info = ask.store.article(last.article_id) if last else ask.store.latest_article()
    if info is None:
        return None
    figures_of = ask.store.article_figures(info.id)
    sentences = ask.store.sentences({f.sentence_id for f in figures_of})
    flows: dict[tuple[int, str], dict[str, tuple[FigureRow, SentenceRow]]] = {}
    for f in figures_of:
        sentence = sentences.get(f.sentence_id)
        if sentence is None or f.kind != "money" or f.unit:
            continue
        there = [g for g in figures_of if g.sentence_id == f.sentence_id]
        flow = _flow_of(ask.query, sentence, f, there) or _flow_by_verb(ask.query, sentence, f, there)
        if flow:
            flows.setdefault((sentence.paragraph, flow[1]), {}).setdefault(flow[0], (f, sentence))
    for (_, _who), pair in sorted(flows.items()):
        if "in" in pair and "out" in pair:
            (bought, first), (sold, second) = pair["in"], pair["out"]
            if not same_currency(bought.currency, sold.currency) or _other_time_asked(ask.query, first, second):
                continue
            gap = difference(bought, sold)
            lead = "A trade deficit of about" if gap > 0 else "A trade surplus of about"
            return make_answer(ask.question, "derived", difference_text(bought, sold, lead), 0.7, _cited(ask, first, second))
    return None


def _flow_of(query: Query, sentence: SentenceRow, f: FigureRow, figures_there: list[FigureRow]) -> tuple[str, str] | None:
    """("in"|"out", the partner) when the money figure is what was bought from or sold to a partner
    the question names: the last "exports to X"/"imports from X" before it, no other amount between."""
    since = max((g.end for g in figures_there if g.end <= f.start and g.kind == "money"), default=0)
    found = list(_FLOW_BEFORE.finditer(sentence.text, since, f.start))
    if not found:
        return None
    m = found[-1]
    if not phrase_keys(m["who"]) & set(query.entity_keys):
        return None
    return ("out" if m["out"] else "in", m["who"].lower())


# "Vietnam exported $39.8 billion worth of goods to China and imported $78.8 billion": each flow
# told by its verb right before the amount, the partner after the first and understood for both.
_TRADED_BEFORE = lazy_compile(r"\b(?:(?P<out>exported)|(?P<in>imported))\s+(?:about |some |nearly |almost |around |roughly )?$")
_PARTNER_AFTER = lazy_compile(r"\b(?:to|from|with)\s+(?:the\s+)?(?P<who>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)")


def _flow_by_verb(query: Query, sentence: SentenceRow, f: FigureRow, figures_there: list[FigureRow]) -> tuple[str, str] | None:
    """("in"|"out", the partner) of an amount right after "exported" or "imported", in a sentence
    telling both, the partner the first partner named after an amount ("worth of goods to China")."""
    text = sentence.text
    if "exported" not in text or "imported" not in text:
        return None
    m = _TRADED_BEFORE.search(text[max(0, f.start - 24) : f.start])
    if m is None:
        return None
    partner = next((p for g in figures_there if g.kind == "money" and _TRADED_BEFORE.search(text[max(0, g.start - 24) : g.start])
                    and (p := _PARTNER_AFTER.search(text, g.end, g.end + 40))), None)
    if partner is None or not phrase_keys(partner["who"]) & set(query.entity_keys):
        return None
    return ("out" if m["out"] else "in", partner["who"].lower())


def _other_time_asked(query: Query, *rows: SentenceRow) -> bool:
    """The question dates the balance ("last year") and a flow's sentence dates itself otherwise."""
    asked = {t.text.lower().removeprefix("in ") for t in query.times}
    for row in rows:
        told = {t.text.lower().removeprefix("in ") for t in find_times(row.text, None)}
        if asked and told and not asked & told:
            return True
    return False


# "25 of the 42 agreements were memorandums of understanding, with the rest binding contracts":
# the part the article names only as what is left of a whole.
_THE_REST = lazy_compile(r"\b(?:with|while|and|but)\s+the\s+(?:rest|remainder|others|balance)\b(?:\s+of\s+them)?", re.IGNORECASE)
# (each sentence handle_rest reads is searched only when it holds one of the words)
_THE_REST_GUARDED = Guarded(_THE_REST, ("rest", "remainder", "others", "balance"), fold=True)
_OF_THE_WHOLE = lazy_compile(r"^\s+of\s+(?:the|its|their|all)\s+$", re.IGNORECASE)
_WHOLE_AFTER_PART = lazy_compile(r"\d\s+of\s+(?:the|its|their|all)\s+$", re.IGNORECASE)
_OF_THE_THINGS = lazy_compile(r"(?:\s+of\s+(?:the|its|their|all)\s+(?:[\d.,]+\s+)?[\w-]+)?", re.IGNORECASE)
_REST_KIND = {"count": "count", "money": "money", "quantity": "quantity", "level": "quantity"}  # ("how much of the exports was diesel": tonnes)


def handle_rest(ask: Ask) -> Answer | None:
    """ "how many of the agreements were binding contracts?" over "25 of the 42 agreements were
    memorandums of understanding, with the rest binding contracts": the whole less the part stated
    (42 − 25); the whole may be stated earlier ("58 agreements worth $4.6 billion" before "Nineteen
    of the agreements, worth a combined $1.9 billion, are binding contracts, while the rest are
    memorandums"). Only when the question names what the rest are and nothing of the part stated."""
    if ask.query.intent not in ("figure", "derived") or ask.query.wh not in ("how many", "how much"):
        return None
    kind = _REST_KIND.get(ask.query.wants) or ("count" if ask.query.wh == "how many" else "")
    if not kind:
        return None
    for ev in ask.pool.accepted[:4]:
        text = ev.sentence.text
        rest = _THE_REST_GUARDED.search(text)
        if rest is None:
            continue
        # "25 of the 42 agreements": the part is the 25, the 42 its whole
        # ("of the nine-month total": a span of time names the whole's period, no part of it)
        part = next((f for f in reversed(ev.figures) if f.end <= rest.start() and f.kind == kind and not DURATION_UNIT.match(f.unit.strip())
                     and not _WHOLE_AFTER_PART.search(text[max(0, f.start - 20) : f.start])), None)
        if part is None:
            continue
        # what the part is said to be ("were memorandums of understanding"), past what it is part of
        said = text[part.end : rest.start()]
        things = _OF_THE_THINGS.match(said).end()
        if not _names_the_rest(ask.query, phrase_keys(said[:things]) - STOPWORDS, said[things:], re.split(r"[;.]", text[rest.end() :])[0]):
            continue
        whole = whole_of(ask, ev, part)
        if whole is not None:
            return make_answer(ask.question, "derived", difference_text(whole, part), 0.6, _cited(ask, _sentence_of(ask, whole), ev.sentence))
    return None


_OF_THE_AFTER = lazy_compile(r"\s+of\s+(?:the|its|their|all)\s", re.IGNORECASE)


def part_of_whole(ask: Ask, ev: Evidence) -> tuple[float, FigureRow, str] | None:
    """ "were most of the deals binding contracts?" over "He said 31 of the documents were binding
    investment contracts and the rest were memorandums of understanding" after "A total of 47
    agreements were signed": the share of the whole (31 of 47) that the part the question names
    makes, or the rest when the question names what the rest are, with the part figure and the
    working ("31 of 47"); None when it names neither."""
    text = ev.sentence.text
    for part in ev.figures:
        if part.kind != "count" or not _OF_THE_AFTER.match(text[part.end :]):
            continue
        rest = _THE_REST.search(text, part.end)
        if rest is None:
            continue
        said = text[part.end : rest.start()]
        cut = _OF_THE_THINGS.match(said).end()
        things, part_words = phrase_keys(said[:cut]) - STOPWORDS, said[cut:]
        rest_words = re.split(r"[;.]", text[rest.end() :])[0]
        names_rest = _names_the_rest(ask.query, things, part_words, rest_words)
        if not names_rest and not _names_the_rest(ask.query, things, rest_words, part_words):
            continue
        whole = whole_of(ask, ev, part)
        if whole is None:
            return None
        share = scaled(part) / scaled(whole)
        if names_rest:
            return 1 - share, part, f"{fmt(scaled(whole) - scaled(part))} of {whole.raw}"
        return share, part, f"{part.raw} of {whole.raw}"
    return None


def _names_the_rest(query: Query, things: frozenset[str], part_words: str, rest_words: str) -> bool:
    """A question word names the rest and none names the stated part ("non-binding" names no
    binding contract); the things both are ("of the agreements") name neither."""
    part_keys, rest_keys = phrase_keys(part_words), phrase_keys(rest_words)
    negated = {t.position + 1 for t in query.terms if t.lemma in ("non", "not")}
    asked = [t for t in query.required if t.position not in negated and t.lemma not in ("non", "not") and not t.keys & things]
    return (any(t.keys & rest_keys - part_keys for t in asked)
            and not any(t.keys & part_keys - rest_keys for t in asked))


def _sentence_of(ask: Ask, f: FigureRow) -> SentenceRow:
    """The sentence a figure of another sentence was read from."""
    return ask.store.sentences([f.sentence_id])[f.sentence_id]


def whole_of(ask: Ask, ev: Evidence, part: FigureRow) -> FigureRow | None:
    """ "25 of the 42 agreements": the whole beside the part; else the first earlier amount of its
    kind that counts what the part's "of the agreements" counts."""
    text = ev.sentence.text
    beside = next((g for g in ev.figures if g.start > part.end and _OF_THE_WHOLE.match(text[part.end : g.start])
                   and not (g.kind == "quantity" and DURATION_UNIT.match(g.unit.strip()))), None)
    if beside is not None:
        return beside if beside.kind == part.kind and scaled(beside) > scaled(part) else None
    counted = _OF_WHAT.search(text[: part.start]) or _OF_WHAT_AFTER.match(text[part.end :])
    if counted is None:
        return None
    # "31 of the documents were binding contracts" after "47 agreements were signed": the
    # sentence's own word for the whole may be a vaguer one than the earlier sentence's; the
    # question's "how many of the agreements" names that whole too.
    asked = _OF_WHAT_AFTER.search(ask.query.text)
    things = phrase_keys(" ".join(g for g in (*counted.groups(), *(asked.groups() if asked else ())) if g)) - STOPWORDS
    # "1.3 million tonnes of the nine-month total": the total is the amount of the same unit told before
    total = _OF_THE_TOTAL_AFTER.match(text[part.end :]) is not None
    for g in sorted(ask.store.article_figures(part.article_id), key=lambda g: (g.sentence_id, g.start)):
        if g.sentence_id >= part.sentence_id:
            break
        if (g.kind == part.kind and same_currency(g.currency, part.currency) and scaled(g) > scaled(part)
                and (g.unit == part.unit or phrase_keys(g.unit) & things)
                and (total and g.unit == part.unit or things & phrase_keys(clause_text(_sentence_of(ask, g).text, g.start, g.end)))):
            return g
    return None


# "31 of the documents were ...": the things counted named after the part
_OF_WHAT_AFTER = lazy_compile(r"\s*of\s+(?:the|its|their)\s+([a-z][\w-]*)\b", re.IGNORECASE)
_OF_WHAT = lazy_compile(r"\bof\s+(?:the|its|their)\s+([a-z][\w-]*)\s*,?\s*$|\bof\s+(?:the|its|their)\s+([a-z][\w-]*)\s*,[^,]*$", re.IGNORECASE)


# "how many of the workers weren't Chinese", "how many non-Indian companies": the word left out.
_NOT_ASKED = lazy_compile(r"\b(?:weren'?t|wasn'?t|aren'?t|isn'?t|not|non-?|other\s+than"
                         # "how many tonnes didn't go by air": the way the part went, after its verb
                         r"|(?:didn'?t|don'?t|doesn'?t)\s+(?:go|travel|move|ship|come|arrive|leave)\s+(?:by|via|through)\s)"
                         r"\s*(?:from\s+|in\s+|the\s+)?(?P<what>[a-z][\w-]*)", re.IGNORECASE)
# Each branch's own letters: "nt" alone let in every question with "months", "percent" or
# "enterprises", where the pattern was searched for nothing.
_NOT_ASKED_GUARDED = Guarded(_NOT_ASKED, ("n't", "werent", "wasnt", "arent", "isnt", "not", "non", "other", "didnt", "dont", "doesnt"),
                             fold=True)
# "4,200 workers ..., 1,300 of them Chinese nationals"; "312 companies, of whom 186 were from India"
_OF_THEM_AFTER = lazy_compile(r"\s+of\s+(?:them|whom|which)\s+(?:were\s+|are\s+|was\s+|is\s+)?(?P<what>[^,;.]{1,60})")
_OF_WHOM_BEFORE = lazy_compile(r",\s*of\s+(?:whom|which)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$", re.IGNORECASE)
_WERE_AFTER = lazy_compile(r"\s+(?:were|are|was|is)\s+(?P<what>[^,;.]{1,60})")
# "with transhipment accounting for about 84% of the total": the part named before its verb, a
# part of the whole just before it
_ACCOUNTING_BEFORE = lazy_compile(r"\b(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:(?:accounting|accounted|accounts)\s+for|making up|made up|makes up)\s+"
                                  r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?$", re.IGNORECASE)
# "Of the 335 km of Corridor Vc planned across Bosnia, some 214 km are now open": a sentence
# opening on its whole, then the part and what the part is
_OF_THE_WHOLE_OPENING = lazy_compile(r"^\s*Of\s+(?:the|its|their|all)\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?$", re.IGNORECASE)
_PART_SAID_AFTER = lazy_compile(r"(?:\s+[a-z]+)?\s+(?:are|is|were|was|have been|has been)\s+(?:now\s+|already\s+|currently\s+)?(?P<what>[^,;.]{1,60})")
_OF_THE_TOTAL_AFTER = lazy_compile(r"\s+of\s+(?:the|that|this)\s+(?:[\w-]+\s+)?(?:total|whole)\b", re.IGNORECASE)


def handle_not_part(ask: Ask) -> Answer | None:
    """ "How many of the railway workers weren't Chinese?" over "Some 4,200 workers were employed on
    the railway ..., 1,300 of them Chinese nationals": the whole less the part said to be what the
    question leaves out (2,900); a part told as a share of the whole ("9,800 people, around 92% of
    them Egyptian") leaves the rest of the share. Only when every other word asked is the sentence's."""
    query = ask.query
    if query.intent not in ("figure", "derived") or query.wh not in ("how many", "how much") or query.direction:
        return None
    payer = _NOT_PAID_BY_GUARDED.search(query.text)
    if payer is not None and (rest := _beyond_payers_part(ask, payer["who"])):
        return rest
    left_out = _NOT_ASKED_GUARDED.search(query.text)
    if left_out is None:
        return None
    out_keys = phrase_keys(left_out["what"]) - STOPWORDS
    for ev in ask.pool.accepted[:4]:
        found = _part_and_whole(ev, out_keys) or _share_before_whole(ev, out_keys)
        if found is None and _rest_asked(query, ev, out_keys) and (elsewhere := _total_told_elsewhere(ask, ev, out_keys)):
            (part, whole), told = elsewhere
            return make_answer(ask.question, "derived", difference_text(whole, part), 0.6, _cited(ask, told.sentence, ev.sentence))
        if found is None or not _rest_asked(query, ev, out_keys):
            continue
        part, whole = found
        if part.kind == "percent":
            shown = as_precise_as(whole, whole.value * (100 - part.value) / 100)
            out = f"About {shown}, computed from the article: {fmt(100 - part.value)}% of {whole.raw} = {shown}."
            return make_answer(ask.question, "derived", out, 0.6, [citation(ask.store, ev.sentence)])
        return make_answer(ask.question, "derived", difference_text(whole, part), 0.6, [citation(ask.store, ev.sentence)])
    # "other than Najd", "other than Kestrel Energy": a party the question names
    party = next((k for k in query.entity_keys if k.split()[0] == left_out["what"].lower()), None)
    if party is not None:
        return _beyond_partys_share(ask, party)
    return None


# "how much of the park's cost wasn't covered by the EBRD money", "isnt paid for by the state": the
# payer left out of a whole, its own amount told in another sentence than the whole's.
_NOT_PAID_BY = lazy_compile(r"\b(?:wasn'?t|isn'?t|weren'?t|aren'?t|won'?t\s+be|not|never)\s+(?:being\s+|been\s+)?(?:covered|funded|financed|paid(?:\s+for)?|met|provided|put\s+up)"
                            r"\s+(?:by|with|from|through|thru)\s+(?:the\s+)?(?P<who>[a-z][\w' -]*?)\s*\??$", re.IGNORECASE)
_NOT_PAID_BY_GUARDED = Guarded(_NOT_PAID_BY, ("n't", "wasnt", "isnt", "werent", "arent", "wont", "not", "never"), fold=True)
# what a payer gives is money, whatever the question calls it ("the ebrd money", "the state's funds")
_PAYMENT_WORDS = frozenset("money fund funds funding cash loan loans financing finance contribution grant".split())
# a whole's own words: what a project costs or is worth
_COST_WORDS = frozenset("cost costs value valued worth price investment".split())


def handle_part_of_them(ask: Ask) -> Answer | None:
    """ "how many kyrgyz workers at peak?" over "will employ about 4500 workers at its peak, 70% of
    them Kyrgyz citizens": the share of the whole that the counted noun's qualifier names, worked
    out (3150). Only a share (a count of them is stated, for the figure rules to give), of a whole
    counting the noun asked, in a sentence holding every other word asked."""
    query = ask.query
    if query.intent != "figure" or query.wh != "how many" or query.direction or not query.count_keys \
            or not (query.count_mods or len(query.count_words) > 1) or _NOT_ASKED_GUARDED.search(query.text) is not None:
        return None
    part_keys = frozenset().union(*query.count_words[:-1]) if len(query.count_words) > 1 else frozenset()
    for e in query.entities:
        if e.kind == "place" and any(named_by(e, {k}) for k in query.count_mods):
            part_keys |= phrase_keys(" ".join((e.name, *e.aliases)))
    part_keys -= STOPWORDS
    if not part_keys:
        return None
    for ev in ask.pool.accepted[:4]:
        if not any(f.kind == "percent" for f in ev.figures[1:]):
            continue  # _part_and_whole's part is a figure after the first, and only a share is worked out here
        found = _part_and_whole(ev, part_keys)
        if found is None or found[0].kind != "percent" or not _rest_asked(query, ev, part_keys):
            continue
        part, whole = found
        if not phrase_keys(f"{whole.unit} {whole.measure}") & query.count_keys:
            continue  # "70% of them" must be of the things counted
        shown = as_precise_as(whole, whole.value * part.value / 100)
        out = f"About {shown}, computed from the article: {fmt(part.value)}% of {whole.raw} = {shown}."
        return make_answer(ask.question, "derived", out, 0.6, [citation(ask.store, ev.sentence)])
    return None


def handle_share_of_which(ask: Ask) -> Answer | None:
    """ "what % of kyrgyz external debt is owed to china exim?" over "The country's external debt
    stood at $6.4 billion ..., of which about $2.1 billion is owed to the Export-Import Bank of
    China": the part over its whole, worked out (32.8%). Only a part set by ", of which" after a
    whole of the same kind, in a sentence holding every word asked and stating no percent."""
    query = ask.query
    if query.intent != "figure" or query.wants != "percent" or query.direction:
        return None
    for ev in ask.pool.accepted[:3]:
        text = ev.sentence.text
        if "of wh" not in text or ev.missing or ev.conflicts or any(f.kind == "percent" for f in ev.figures):
            continue  # (", of which", ", of whom": the one way a part is set here)
        for whole, part in zip(ev.figures, ev.figures[1:]):
            if not _OF_WHOM_BEFORE.search(text[: part.start]) or (whole.kind, whole.currency, whole.unit) != (part.kind, part.currency, part.unit) \
                    or whole.kind not in ("money", "count", "quantity") or not 0 < scaled(part) < scaled(whole):
                continue
            share = 100 * scaled(part) / scaled(whole)
            out = f"About {fmt(share)}%, computed from the article: {part.raw} of {whole.raw} = {fmt(share)}%."
            return make_answer(ask.question, "derived", out, 0.6, [citation(ask.store, ev.sentence)])
    return None


def _beyond_payers_part(ask: Ask, who: str) -> Answer | None:
    """ "how much of the park's cost wasn't covered by the EBRD money?" over "The park ... cost 86
    million euros" and "The EBRD financed the project with a 60 million euro ... loan": the whole
    less the one amount the payer's sentence gives (26 million euros). The whole is the largest
    amount of that currency whose clause tells a cost or worth and whose sentence names no payer,
    the one naming most of what else is asked."""
    who_keys = phrase_keys(who) - STOPWORDS - _PAYMENT_WORDS
    if not who_keys:
        return None
    cost_keys = phrase_keys(" ".join(_COST_WORDS))
    parts: list[tuple[FigureRow, Evidence]] = []
    wholes: list[tuple[FigureRow, Evidence]] = []
    for ev in ask.pool.evidence[:12]:
        text = ev.sentence.text
        names_payer = bool(who_keys & ev.sentence.terms) or any(named_by(e, who_keys) for _, e in ev.mentions)
        money = [f for f in ev.figures if f.kind == "money" and not text[: f.start].rstrip().endswith("(")]
        if names_payer and money:
            parts.append((money[0], ev))
        elif not names_payer:
            wholes += [(f, ev) for f in money if cost_keys & phrase_keys(clause_text(text, f.start, f.end))]
    if not parts:
        return None
    part, part_ev = parts[0]
    fitting = [(f, ev) for f, ev in wholes if same_currency(f.currency, part.currency) and scaled(f) > scaled(part)]
    if not fitting:
        return None
    # the whole of the thing asked ("the park's cost"), not the largest sum the story tells
    asked = [t.keys for t in ask.query.required if not t.keys & (who_keys | cost_keys) and t.lemma not in _PAYMENT_WORDS]
    told = lambda ev: sum(bool(k & ev.sentence.terms) for k in asked)  # noqa: E731
    whole, whole_ev = max(fitting, key=lambda o: told(o[1]))
    return make_answer(ask.question, "derived", difference_text(whole, part), 0.6, _cited(ask, whole_ev.sentence, part_ev.sentence))


def _beyond_partys_share(ask: Ask, party: str) -> Answer | None:
    """ "how much of the refinery's crude will come from someone other than Najd?" over "Najd will
    ... supply 280,000 barrels per day" and, in its paragraph, "a 320,000 bpd refinery": the asked
    thing's size less the one amount the left-out party gives (40,000 bpd)."""
    asked = [t.keys for t in ask.query.required if not t.soft]
    for ev in ask.pool.accepted[:4]:
        if not any(named_by(e, {party}) for _, e in ev.mentions):
            continue
        given = [f for f in ev.figures if f.kind in ("count", "quantity") and f.unit and not DURATION_UNIT.match(f.unit)]
        if len(given) != 1:
            continue
        part = given[0]
        # the whole: an amount of the same unit sized on an asked thing ("a 320,000 bpd refinery")
        wholes = [(g, s) for s in ask.store.paragraph_sentences(ev.sentence.article_id, ev.sentence.paragraph) for g in ask.store.figures_in([s.id])
                  if comparable(g, part) and scaled(g) > scaled(part)
                  and any(k & phrase_keys(w) for k in asked for w in _WORD.findall(s.text[g.end : g.end + 25].lower())[:1])]
        if len(wholes) == 1:
            whole, told = wholes[0]
            return make_answer(ask.question, "derived", difference_text(whole, part), 0.6, _cited(ask, told, ev.sentence))
    return None


def _part_and_whole(ev: Evidence, out_keys: frozenset[str]) -> tuple[FigureRow, FigureRow] | None:
    """The part said to be what is left out, and the amount of its kind just before it, its whole."""
    text = ev.sentence.text
    for i, part in enumerate(ev.figures):
        said = _OF_THEM_AFTER.match(text, part.end)
        if said is None and _OF_WHOM_BEFORE.search(text[: part.start]):
            said = _WERE_AFTER.match(text, part.end)
        if said is None and _OF_THE_TOTAL_AFTER.match(text, part.end):
            said = _ACCOUNTING_BEFORE.search(text[max(0, part.start - 60) : part.start])
        if said is None and i > 0 and _OF_THE_WHOLE_OPENING.match(text[: ev.figures[i - 1].start]):
            said = _PART_SAID_AFTER.match(text, part.end)
        if said is None or not out_keys & phrase_keys(said["what"]) or i == 0:
            continue
        whole = ev.figures[i - 1]
        # "employs 2,300 people, of whom 1,900 are Congolese": a bare number said of them counts
        # the same things as the whole before it, though it names no unit of its own
        counted_alike = part.kind == whole.kind or (part.kind == "number" and whole.kind == "count")
        if whole.kind not in ("count", "quantity", "money") or (part.kind != "percent" and (not counted_alike or scaled(part) >= scaled(whole))):
            continue
        if part.kind == "percent" and not 0 < part.value < 100:
            continue
        return part, whole
    return None


# "Sales to China ... accounted for 54% of SNIM's total exports of 13.6 million tonnes": a share
# told before its whole, the part named as the clause's subject.
_SHARE_VERB_BEFORE = lazy_compile(r"^(?P<what>.{3,160}?)\s+(?:(?:and\s+)?(?:accounted|accounts|accounting)\s+for|(?:made|makes|making)\s+up|represent(?:ed|s|ing)?)\s+"
                                  r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|just\s+(?:over|under)\s+)?$", re.IGNORECASE)
_OF_A_WHOLE_OF = lazy_compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+['’]s\s+)?(?:[\w-]+\s+){0,3}?of\s+(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE)


def _share_before_whole(ev: Evidence, out_keys: frozenset[str]) -> tuple[FigureRow, FigureRow] | None:
    """(share, whole) for a share of a whole stated right after it, of a subject that is what
    the question leaves out."""
    text = ev.sentence.text
    for part, whole in zip(ev.figures, ev.figures[1:]):
        if part.kind != "percent" or not 0 < part.value < 100 or whole.kind not in ("count", "quantity", "money"):
            continue
        if not _OF_A_WHOLE_OF.fullmatch(text[part.end:whole.start]):
            continue
        said = _SHARE_VERB_BEFORE.match(text[: part.start])
        if said is not None and out_keys & phrase_keys(said["what"]):
            return part, whole
    return None


def _total_told_elsewhere(ask: Ask, ev: Evidence, out_keys: frozenset[str]) -> tuple[tuple[FigureRow, FigureRow], Evidence] | None:
    """ "Air freight accounted for about 11,200 tonnes of the January-September total": the part
    left out, of a total another sentence states ("sent 28,600 tonnes ... between January and
    September"): the one larger amount of the same things over the very same period."""
    text = ev.sentence.text
    for part in ev.figures:
        said = _ACCOUNTING_BEFORE.search(text[max(0, part.start - 60) : part.start]) if _OF_THE_TOTAL_AFTER.match(text, part.end) else None
        if said is None or not out_keys & phrase_keys(said["what"]) or part.kind not in ("count", "quantity") or not part.period_start:
            continue
        wholes = [(g, other) for other in ask.pool.evidence[:6] if other.sentence.id != ev.sentence.id for g in other.figures
                  if g.kind == part.kind and _same_things(g, part) and scaled(g) > scaled(part)
                  and (g.period_start, g.period_end) == (part.period_start, part.period_end)]
        if len(wholes) == 1:
            return (part, wholes[0][0]), wholes[0][1]
    return None


def _rest_asked(query: Query, ev: Evidence, out_keys: frozenset[str]) -> bool:
    """Every other word and name asked is the sentence's."""
    told = ev.sentence.terms
    words = [t for t in query.required if not t.soft and not t.keys & out_keys]
    # (a name of several words, "corridor vc", is told by each of its words)
    return all(t.keys & told for t in words) and all(k in told or k in out_keys or set(k.split()) <= told for k in query.entity_keys)
