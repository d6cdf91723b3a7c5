"""Yes / no: only when the article states it; the evidence always follows."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from dataclasses import replace

from knowledge import gazetteer as gz
from knowledge.entities import DEMONYMS
from knowledge.lazy_re import Guarded, at_boundary, ends_after, lazy_compile, literal_starts, word_spans
from knowledge.lexicon import KINDS, MEASURES, OPPOSITES
from knowledge.models import Figure
from knowledge.numbers import find_figures, is_currency_word, is_scale_word

from knowledge.store import EntityRow, FigureRow, SentenceRow, normalise_name

from handlers import places
from handlers.arithmetic import part_whole_citations, scaled, sentence_before, share_parts
from handlers.compose import citation, clause_window, make_answer
from handlers.evidence import gather
from handlers.query import WHERE_VERBS
from handlers.evidence import DURATION_UNIT, EXPECTATION, NO_DATE_FOR, Evidence, analysed, question_anchors, ranked_above, named_by, own_clause, span_clause, term_spots, topic_rank
from handlers.query import DOWN_KEYS, SHARE_ASKED, SHARE_WORDS, SOFTENING, UP_KEYS, Query, Term, opposed_word, opposite_keys, resolve_times
from handlers.context import Ask
from handlers.models import Answer
from handlers.what import focus_span
from handlers.figures import PLAIN_QUALIFIERS, owned_by_another
from knowledge.text import Token, is_content, is_known_word, phrase_keys, tokenize


# "would not pay a dividend": the verb may take an article before the asked word, and the article
# a word or two ("did not expect any domestic gas shortages", "will not pay a final dividend").
# "has yet to approve the scheme", "had no plans to raise the duty": not done, nor meant to be.
# "said ..., without disclosing the interest rate": the asked thing withheld, so not told.
_NEGATION = lazy_compile(r"\b(?:not|never|no longer|n[o’']t|neither|nor|yet to|no plans? to|no intention (?:of|to))\s+"
                         r"(?:[\w-]+\s+)?(?:(?:a|an|any)\s+(?:[\w-]+\s+){0,2})?$"
                         r"|\bwithout\s+(?:disclosing|revealing|giving|specifying|naming|saying|detailing|providing)\s+"
                         r"(?:(?:the|a|an|any|its|their)\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_DENIES = re.compile(r"\b(?:not|never|no longer|neither|nor)\b|n[’']t\b", re.IGNORECASE)


def _negated(ask: Ask, ev: Evidence) -> tuple[int, int] | None:
    """The asked word denied right before it ("do not apply", "has never covered"), when the
    question itself denies nothing."""
    if _DENIES.search(ask.query.text):
        return None
    text = ev.sentence.text
    for start, end in term_spots(text, [t for t in ev.matched if t.required]):
        if _NEGATION.search(text[max(0, start - 45):start]):
            return start, end
    return _move_denied(ask, ev) or _only_aimed(ask, ev)


# "wanted all rubber to be processed locally by 2030": a goal someone has, so not yet the case.
_AIMED_FOR = lazy_compile(r"\b(?:wants?|wanted|aims?|aimed|aiming|plans?|planned|planning|hopes?|hoped|hoping|seeks?|sought|"
                          r"intends?|intended)\s+(?:[\w'-]+\s+){0,3}?to\s+(?:be\s+)?$", re.IGNORECASE)


def _only_aimed(ask: Ask, ev: Evidence) -> tuple[int, int] | None:
    """ "Is all the rubber already processed locally?" over "the government wanted all rubber to be
    processed locally by 2030": asked as done now, the sentence states only the aim."""
    if not _ASKS_NOW.search(ask.query.text):
        return None
    text = ev.sentence.text
    for start, end in term_spots(text, [t for t in ev.matched if t.required]):
        if _AIMED_FOR.search(text[max(0, start - 45):start]):
            # through the sentence's end: ", up from about 62% now" tells where things stand
            return start, len(text.rstrip(". "))
    return None


def _move_denied(ask: Ask, ev: Evidence) -> tuple[int, int] | None:
    """ "Is the govt going to raise the import tax?" over "the government had no plans to raise the
    duty": the move asked, itself denied."""
    asked = UP_KEYS if ask.query.direction == "up" else DOWN_KEYS if ask.query.direction == "down" else None
    if asked is None or _DENIES.search(ask.query.text):
        return None
    text = ev.sentence.text
    tokens, keys = analysed(text)
    for token, k in zip(tokens, keys):
        if k & asked and _NEGATION.search(text[max(0, token.start - 45):token.start]):
            return token.start, token.end
    return None


def handle(ask: Ask) -> Answer | None:
    if ask.query.intent != "yesno":
        return None
    ask = _strength_as_move(ask)
    ask = _quality_more_unmet(ask)
    ask = _share_as_percent(ask)
    ask = _superlative_as_top(ask)
    ask = _people_named(ask)
    shares = _share_levels_moved(ask)
    if shares:
        return shares
    multiplied = _multiple_reached(ask)
    if multiplied:
        return multiplied
    compared = _against_expectation(ask)
    if compared:
        return compared
    reached = _goal_reached(ask)
    if reached:
        return reached
    held = _majority_held(ask) or _over_half_share(ask) or _over_half_counted(ask) or _over_half_done(ask) or _fraction_compared(ask) or _full_capacity(ask) or _share_done(ask)
    if held:
        return held
    placed = (_funded_otherwise(ask) or _within_instead(ask) or _listed_member(ask) or _where_instead(ask) or _capital_instead(ask) or _when_instead(ask)
              or _from_instead(ask)
              or _journey_time_moved(ask) or _on_schedule(ask))
    if placed:
        return placed
    measured = _threshold_compared(ask) or _equal_amounts(ask) or _pair_compared(ask) or _growths_compared(ask) or _part_against_total(ask)
    if measured:
        return measured
    moved = _than_before(ask) or _direction_stated(ask) or _comparative_stated(ask)
    if moved:
        return moved
    pending = _still_pending(ask)
    if pending:
        return pending
    bottom = _profit_or_loss(ask)
    if bottom:
        return bottom
    below = _below_top(ask) or _another_on_top(ask) or _highest_only_since(ask) or _not_alone(ask) or _part_paid(ask) or _largest_holder(ask)
    if below:
        return below
    ev = ask.pool.best()
    if ev is not None and ev.coverage < 1.0:
        # "Did Korea run a trade surplus?": the sentence that names the surplus, over one that
        # names Korea and September louder but no surplus. Not when the best lacks only the
        # comparative asked: "did eu exports grow faster than us exports" is told by the sentence
        # giving both growths, not by "Footwear was the fastest-growing segment".
        if not _lacks_only_than(ask.query, ev):
            ev = next((e for e in ask.pool.accepted[:4] if e.coverage >= 1.0 and not e.conflicts), ev)
    if ev is not None and ev.missing:
        ev = _story_subject_told(ask, ev)
    if ev is not None and ask.query.entity_keys and all(t.lemma in _MORE_OR_LESS for t in ev.matched if t.required):
        # "Is Indonesia making more alumina this year?" ("alumina" a name, as in "the Alumina
        # Producers Association"): "The stock has more than doubled" has only the comparative;
        # "Indonesia's alumina output rose 17.6%" names what is asked, and its move is the more.
        ev = next((e for e in ask.pool.evidence[:4] if e.entity_hits > ev.entity_hits and any(f.direction for f in e.figures)
                   and all(c.startswith("missing:") for c in e.conflicts) and e.missing
                   and all(t.lemma in _MORE_OR_LESS for t in e.missing)), ev)
    if ev is not None and _borrows(ev):
        # "Its shareholders agreed to inject 750 million pounds of new equity" takes "dividend" from
        # the sentence before; "said it would not pay a dividend" says it itself.
        ev = next((e for e in ask.pool.accepted[:4] if e.coverage >= ev.coverage and not e.conflicts and not _borrows(e)
                   and e.sentence.article_id == ev.sentence.article_id and e.sentence.paragraph == ev.sentence.paragraph
                   and e.sentence.index == ev.sentence.index - 1), ev)
    if ev is not None and any("forecast" in t.keys for t in ask.query.required) and not _forecast_figures(ev):
        # "is Brantley's expecting sales to grow?" over the lead's "posted a 3.2% drop ... and forecast
        # another year of shrinking revenue": the sentence giving the forecast in figures, with its
        # move ("forecast net sales of $21.6 billion to $22.0 billion, down from $22.3 billion").
        ev = next((e for e in ask.pool.accepted[:4] if e.coverage >= ev.coverage and not e.conflicts
                   and _forecast_figures(e) and any(f.direction for f in e.figures)), ev)
    by = _BY_MEASURE.search(ask.query.text)
    if ev is not None and by:
        # "Did Kenya ship more tea by volume?" over "earned 138.6 billion shillings from tea exports, up
        # 9.2%": the sentence that counts it that way ("Export volumes slipped 3.1%") answers.
        ev = next((e for e in ask.pool.accepted[:4] if e.coverage >= ev.coverage and not e.conflicts
                   and by.group(1).lower() in e.sentence.terms), ev)
    more = _more_or_less(ask.query, ev) if ev is not None else ""
    # "did petrocol earn more than a year ago?": only the comparative is missing, and the move is it
    if ev is None or ev.coverage < 1.0 and len(ask.query.required) > 1 and ev.coverage < 0.65 and not more:
        return None
    asked = ask.query.direction
    if more:
        # "Did China buy more NZ dairy in Q3?" over "bought NZ$3.5 billion ..., up 14.5% from a
        # year earlier": more bought is a rise; the sentence need not say "more".
        asked, ev = more, replace(ev, missing=[t for t in ev.missing if t.lemma not in _MORE_OR_LESS])
    if asked and not _states_move(ev):
        # "Did trade fall?": the best sentence about trade may state no move ("a zone of bilateral
        # trade"), or figures that do not move ("kept its forecast for collections at 1.51 billion
        # kg"); a close one that does ("bilateral trade surged to $21.18 billion") answers.
        # "the government had no plans to raise the duty" denies the move: it answers too.
        moving = [e for e in ask.pool.accepted[:4] if e.coverage >= ev.coverage and not e.conflicts
                  and (any(f.direction for f in e.figures) or _move_denied(ask, e))]
        ev = moving[0] if moving else ev
    stated = next((f.direction for f in ev.figures if f.direction), "")
    pair = _level_pair(ev) if asked and not stated else None
    if pair is not None:
        # "China took 38% of the shipments, up from 29% a year earlier": the two levels tell the move.
        stated = "up" if scaled(pair[0]) > scaled(pair[1]) else "down"
    then = _then_after_now(ask, ev.sentence) if asked and not stated else None
    if then is not None and (moved_from := _level_then(ask, ev, then)):
        # "accounting for 71% of ... earnings. A year earlier, China took 64% of those earnings":
        # the level now against the one the next sentence gives for a year before.
        stated = moved_from
    else:
        then = None
    # "Did the West approve?" over "disapproval from the West"; "Is basmati covered by the curbs?"
    # over "The curbs do not apply to premium basmati rice".
    contrary = _opposite_stated(ask, ev) or _negated(ask, ev)
    if contrary:
        text = f"No. {clause_window(ev.sentence.text, *contrary, 130)}"
        return make_answer(ask.question, "yesno", text, 0.5 + 0.3 * ev.coverage, [citation(ask.store, ev.sentence)])
    if asked and stated and asked != stated:
        verdict = "No."
    elif asked and not stated and any(t.lower == "unchanged" for t in analysed(ev.sentence.text)[0]):
        verdict = "No."  # "is the dividend getting cut?" over "a dividend of 2.20 euros ..., unchanged from a year earlier"
    elif asked and not stated and not ev.figures:
        return None
    elif _number_unstated(ask.query, ev):
        # "did 2000 companies attend?" over "companies attending a conference": no count stated;
        # an asked share the sentence states otherwise ("an 80 pct share" over "to 70%") is a no.
        other = _other_percent(ask.query, ev) or _other_quantity(ask.query, ev)
        if other is None:
            return None
        text = f"No. {clause_window(ev.sentence.text, other.start, other.end, 130)}"
        return make_answer(ask.question, "yesno", text, 0.5 + 0.3 * ev.coverage, [citation(ask.store, ev.sentence)])
    elif ev.missing:
        # "Did it pass unanimously?": the article says it passed, not how; show what it says.
        # (only the words the user typed: "ok with" is read as "happy with", and "happy" was never asked)
        typed = [t.word for t in ev.missing if t.word.lower() in ask.question.lower()]
        verdict = f"The article does not say {', '.join(typed) if typed else 'so'}; it says:"
    else:
        verdict = "Yes."
    start, end = focus_span(ev)
    moved = next((f for f in ev.figures if f.direction), None) if asked and stated else None
    if pair is not None and pair[1].end - start <= 200:
        start, end = min(start, pair[0].start), max(end, pair[1].end)
    elif moved is not None and moved.end - start <= 200:
        # "bought NZ$3.5 billion ... in the third quarter, up 14.5% from a year earlier": the move
        # is the evidence, wherever the asked words stop.
        start, end = min(start, moved.start), max(end, moved.end)
    text = f"{verdict} {clause_window(ev.sentence.text, start, end, 130)}"
    confidence = (0.5 + 0.3 * ev.coverage) * (0.6 if ev.missing else 1.0)
    now = _now_after_before(ask, ev.sentence) or then
    if now is not None:
        return make_answer(ask.question, "yesno", f"{text} {clause_window(now.text, 0, len(now.text), 130)}", confidence,
                           [citation(ask.store, ev.sentence), citation(ask.store, now)])
    return make_answer(ask.question, "yesno", text, confidence, [citation(ask.store, ev.sentence)])


# "is the refinery running flat out?", "at full capacity?": all it can do, which a share of its
# capacity below a whole denies ("ran at 548,000 bpd ..., or nearly 90% of capacity").
_ASKS_FULL = lazy_compile(r"\b(?:flat out|(?:at )?full (?:capacity|tilt|steam)|at (?:its |their )?capacity|max(?:ed)? out|fully (?:utili[sz]ed|loaded|booked))\b",
                          re.IGNORECASE)
_OF_CAPACITY = lazy_compile(r"\s+of\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+)?capacity\b", re.IGNORECASE)


def _full_capacity(ask: Ask) -> Answer | None:
    """Running at full capacity, asked against the share of capacity a close sentence states."""
    if not _ASKS_FULL.search(ask.query.text):
        return None
    for ev in ask.pool.accepted[:6]:
        level = next((f for f in ev.figures if f.kind == "percent" and not f.direction
                      and _OF_CAPACITY.match(ev.sentence.text, f.end)), None)
        if level is not None:
            verdict = "Yes" if level.value >= 100 and level.qualifier not in ("nearly", "almost") else "No"
            # "ran at an average of 548,000 bpd ..., or nearly 90% of capacity": the rate it is a share of too
            start = next((f.start for f in ev.figures if 0 < level.start - f.end <= 60), level.start)
            text = f"{verdict}. {clause_window(ev.sentence.text, start, level.end, 130)}"
            return make_answer(ask.question, "yesno", text, 0.5 + 0.3 * ev.coverage, [citation(ask.store, ev.sentence)])
    return None


# "is phase 1 finished?" / "Construction of the port's first phase is 88% complete": a share of
# the work done, asked as the work finished; it is finished only at 100%.
_ASKS_FINISHED = lazy_compile(r"\b(?:finish|finished|complete|completed|done|built)\b", re.IGNORECASE)
_SHARE_DONE = lazy_compile(r"\s+(?:complete|completed|finished|done|built)\b", re.IGNORECASE)


def _share_done(ask: Ask) -> Answer | None:
    """Finished, asked against the share of the work a close sentence says is done ("88% complete")."""
    text = ask.query.text
    low = text.lower()
    if not ("finish" in low or "complete" in low or "done" in low or "built" in low) or not _ASKS_FINISHED.search(text):
        return None
    for ev in ask.pool.accepted[:4]:
        if any(not c.startswith("missing:") for c in ev.conflicts):
            continue
        level = next((f for f in ev.figures if f.kind == "percent" and not f.direction and 0 < f.value <= 100
                      and _SHARE_DONE.match(ev.sentence.text, f.end)), None)
        if level is not None:
            verdict = "Yes" if level.value >= 100 and level.qualifier not in ("nearly", "almost") else "No"
            text = f"{verdict}. {clause_window(ev.sentence.text, level.start, level.end, 130)}"
            return make_answer(ask.question, "yesno", text, 0.5 + 0.3 * ev.coverage, [citation(ask.store, ev.sentence)])
    return None


# "the biggest buyer of Paraguayan soy": the words after "of"/"for" that qualify what is asked.
_QUALIFIER_OPENERS = frozenset({"of", "for"})


def _story_subject_told(ask: Ask, ev: Evidence) -> Evidence:
    """ "Is Argentina the biggest buyer of Paraguay soy?" over "Argentina remains by far the biggest
    buyer" in a story about soy: a sentence need not repeat the thing the whole story is about
    (a word of its headline or lead it keeps coming back to) when the question names it only to
    qualify what is asked ("of soy", "for cashews"). The first of the best few that then lacks
    nothing answers, with those words counted as said."""
    for e in [ev, *ask.pool.accepted[:4]]:
        if e.coverage < ev.coverage:
            continue
        told = _qualifiers_of_story(ask, e)
        if told and len(told) == len(e.missing):
            required = len(ask.query.required) or 1
            return replace(e, missing=[], matched=[*e.matched, *told],
                           coverage=min(1.0, e.coverage + len(told) / required))
    return ev


def _qualifiers_of_story(ask: Ask, ev: Evidence) -> list[Term]:
    """The evidence's missing words that the question puts after "of"/"for" (within three words)
    and that its article's story keeps coming back to."""
    lead = ask.store.lead_terms(ev.sentence.article_id)
    if not lead:
        return []
    tokens = analysed(ask.query.text)[0]
    return [t for t in ev.missing if not t.keys.isdisjoint(lead) and 0 < t.position < len(tokens)
            and any(tokens[k].lower in _QUALIFIER_OPENERS for k in range(max(0, t.position - 3), t.position))]


def _number_unstated(query: Query, ev: Evidence) -> bool:
    """A count the question gives ("did 2000 companies attend?") that the sentence states nowhere."""
    m = _BARE_COUNT.search(query.text)
    if m is None or float(m.group(1).replace(",", "")) not in query.numbers or _THRESHOLD.search(query.text):
        return False  # "over 40 billion euros": a bound, set against the figure by _threshold_compared
    bound = float(m.group(1).replace(",", ""))
    return not 1900 <= bound <= 2100 and all(bound not in (f.value, f.alt_value, scaled(f)) for f in ev.figures)


_PERCENT_WORD = lazy_compile(r"^(?:pct|percent|per cent)\b", re.IGNORECASE)


def _other_percent(query: Query, ev: Evidence) -> FigureRow | None:
    """The one level (no move) in percent a sentence meeting every asked word states, when the
    question gives a share as a bare level ("is the govt aiming for an 80 pct electric share"):
    a share stated otherwise answers no. Several percents leave it unclear which one is meant."""
    m = _BARE_COUNT.search(query.text)
    if m is None or ev.missing or ev.conflicts or not _PERCENT_WORD.match(m.group(2)):
        return None
    levels = [f for f in ev.figures if f.kind == "percent" and "point" not in f.unit]
    return levels[0] if len(levels) == 1 else None


def _other_quantity(query: Query, ev: Evidence) -> FigureRow | None:
    """ "is ccecc replacing the whole 1860 km of track" over "CCECC will replace 1,120 km of worn
    track": the one quantity in the asked unit a sentence meeting every asked word states, when it
    is not the number asked, answers no. Several leave it unclear which one is meant."""
    m = _BARE_COUNT.search(query.text)
    if m is None or ev.missing or ev.conflicts:
        return None
    # "want 10 million teu of capacity" / "capacity to 5 million TEUs": the unit follows the scale
    words = m.group(2).split()
    unit = phrase_keys(words[1] if len(words) > 1 and is_scale_word(words[0]) else words[0])
    levels = [f for f in ev.figures if f.kind == "quantity" and f.unit and phrase_keys(f.unit.split()[0]) & unit]
    return levels[0] if len(levels) == 1 else None


# '"Before the expressway, we lost nearly 15% ...," Sok said. "Now the loss is around 4%."': the
# level before a change, then the level now.
_BEFORE_OPENING = lazy_compile(r"^[\"“‘']?\s*Before\b")
_NOW_OPENING = lazy_compile(r"^[\"“‘']?\s*(?:Now|Today|These days|Since then)\b")


def _now_after_before(ask: Ask, sentence: SentenceRow) -> SentenceRow | None:
    """The next sentence of the paragraph, when this one tells how things were before and that one
    how they are now: the level now is the answer's evidence."""
    if not _BEFORE_OPENING.match(sentence.text):
        return None
    nxt = _next_in_paragraph(ask, sentence)
    return nxt if nxt is not None and _NOW_OPENING.match(nxt.text) else None


def _next_in_paragraph(ask: Ask, sentence: SentenceRow) -> SentenceRow | None:
    """The sentence after this one, when the same paragraph holds it."""
    nxt = ask.store.sentences([sentence.id + 1]).get(sentence.id + 1)  # ids run in text order
    if nxt is None or nxt.article_id != sentence.article_id or nxt.paragraph != sentence.paragraph:
        return None
    return nxt


# "A year earlier, China took 64% of those earnings": a sentence opening on the time before.
_YEAR_BEFORE_OPENING = lazy_compile(r"^(?:A|One) (?:year|month|quarter|season) (?:earlier|before|ago),")


def _then_after_now(ask: Ask, sentence: SentenceRow) -> SentenceRow | None:
    """The next sentence of the paragraph, when it opens on the level a year before ("accounting for
    71% of ... earnings. A year earlier, China took 64% of those earnings"): a move asked is told by
    both levels."""
    nxt = _next_in_paragraph(ask, sentence)
    return nxt if nxt is not None and _YEAR_BEFORE_OPENING.match(nxt.text) else None


def _level_then(ask: Ask, ev: Evidence, then: SentenceRow) -> str:
    """ "up" or "down": the one level of the sentence before's kind and unit that the year-before
    sentence gives, against the sentence's own level of that kind; "" when not one each."""
    before = [f for f in ask.store.figures_in([then.id]) if f.kind in ("percent", "money", "count", "quantity") and not f.direction]
    for f in before:
        now = [g for g in ev.figures if g.kind == f.kind and g.unit == f.unit and g.currency == f.currency and not g.direction]
        if len(now) == 1 and len(before) == 1 and scaled(now[0]) != scaled(f):
            return "up" if scaled(now[0]) > scaled(f) else "down"
    return ""


# "is it one of the biggest?", "among the top exporters": a place near the top is asked, not the top.
_ONE_OF_TOP = lazy_compile(r"\b(?:one of|among)\b", re.IGNORECASE)


def _below_top(ask: Ask) -> Answer | None:
    """ "is the UAE India's biggest trade partner?" over "The UAE is India's third-largest trading
    partner": the sentence that names all of it but ranks it below the top says no, over a weaker
    one that merely mentions trade and a partner (or one whose "main" merely echoes "top")."""
    if _ONE_OF_TOP.search(ask.query.text):
        return None
    best = ask.pool.best()
    # conflicting sentences sit after every accepted one, so the one ranking it below the top may
    # follow many loose mentions ("Sesame is Nigeria's second-largest agricultural export after
    # cocoa" below eight sentences naming sesame and exports): its outscoring the best is the test
    ev = next((e for e in ask.pool.evidence if e.coverage >= 1.0 and e.conflicts == ["ranks below the top"]
               and (best is None or e.score > best.score)), None)
    if ev is None:
        return None
    above = _ranked_above(ask.query, ev.sentence.text)
    if above is None:
        return None
    text = f"{'Yes.' if above else 'No.'} {clause_window(ev.sentence.text, *focus_span(ev), 130)}"
    return make_answer(ask.question, "yesno", text, 0.5 + 0.3 * ev.coverage, [citation(ask.store, ev.sentence)])


# "was it an all-time record?", "a record high?", "the highest ever?": the top of all time asked
_RECORD_ASKED = lazy_compile(r"\b(?:all[- ]time\s+(?:record|high|peak)|(?:an?|the|new)\s+record\b(?!\s+(?:of|for|on)\b)|record\s+(?:high|low)"
                             r"|(?:highest|lowest|biggest|largest|most|best|worst)\s+ever)\b", re.IGNORECASE)
_RECORD_WORDS = frozenset("record all-time time high low peak ever highest lowest biggest largest most best worst".split())
# "the highest since February 2022": a top only since some time, so no record of all time
_ONLY_SINCE = lazy_compile(r"\b(?:highest|lowest|biggest|largest|strongest|weakest|fastest|slowest|best|worst|most)"
                           r"(?:\s+(?:level|reading|figure|total|monthly\s+\w+))?\s+since\b", re.IGNORECASE)


def _highest_only_since(ask: Ask) -> Answer | None:
    """ "was September's trade an all-time record?" over "bilateral trade ... surged to $21.18
    billion, the highest since February 2022": a sentence naming all else asked, that tops only
    since a time, says no record of all time was set."""
    if not _RECORD_ASKED.search(ask.query.text):
        return None
    for ev in ask.pool.evidence[:3]:
        if any(t.lemma not in _RECORD_WORDS for t in ev.missing) \
                or any(not c.startswith("missing:") for c in ev.conflicts):
            continue
        m = _ONLY_SINCE.search(ev.sentence.text)
        if m is None or "record" in ev.sentence.text.lower():
            continue
        start = min((f.start for f in ev.figures if f.end <= m.start()), default=m.start())
        text = f"No. {clause_window(ev.sentence.text, start, m.end() + 20, 130)}"
        return make_answer(ask.question, "yesno", text, 0.5 + 0.3 * ev.coverage, [citation(ask.store, ev.sentence)])
    return None


def _ranked_above(query: Query, text: str) -> bool | None:
    """ "Is Uzbekistan the largest buyer?" over "China is the second-largest buyer after
    Uzbekistan": the one asked about is the top (True); another asked name, or one ranked above a
    third place ("third-largest after Uzbekistan and Kyrgyzstan" says not which is first), gives
    no verdict (None); none is (False)."""
    ranked = [(f" {normalise_name(name)} ", top) for _, name, top in ranked_above(text)]
    above = [(key, top) for key in query.entity_keys for name, top in ranked if f" {key} " in name]
    if not above:
        return False
    key, top = above[0]
    return True if top and key == query.entity_keys[0] else None


# "Is Saudi Arabia China's No. 1 oil supplier?" over "Russia remained China's top supplier at
# 2.11 million bpd": another holds the top place asked, so the one asked does not.
_ASKS_TOP = lazy_compile(r"\b(?:top|biggest|largest|leading|no\.?\s?1|number (?:one|1))\b", re.IGNORECASE)
_STATED_TOP = lazy_compile(r"\b(?:top|biggest|largest|leading|no\.?\s?1|number one)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_ANOTHER_NAMED = lazy_compile(r"about [^,]+, not ")


def _another_on_top(ask: Ask) -> Answer | None:
    """The top place asked for one, the sentence giving it to another ("Russia remained China's
    top supplier"): no, with the sentence."""
    query = ask.query
    if not query.entity_keys or not _ASKS_TOP.search(query.text) or _ONE_OF_TOP.search(query.text):
        return None
    heads = [t for t in query.required if not _ASKS_TOP.fullmatch(t.word)]
    if not heads or any(_ranks_top(ev, heads) for ev in ask.pool.accepted[:6] if ev.coverage >= 1.0):
        # "Amur is Russia's largest soybean-growing region" gives the top to the one asked; "China,
        # the world's biggest soybean buyer" ranks another thing
        return None
    for ev in ask.pool.evidence[:6]:
        if not ev.conflicts or not all(_ANOTHER_NAMED.match(c) for c in ev.conflicts):
            continue
        text = ev.sentence.text
        # "top supplier" for "oil supplier", "supplier of oil": the word ranked, whichever it is
        spot = next(((s, e) for s, e in term_spots(text, [t for t in heads if t in ev.matched])
                     if _STATED_TOP.search(text[max(0, s - 30):s])), None)
        if spot is None:
            continue
        window = clause_window(text, *spot, 130)
        return make_answer(ask.question, "yesno", f"No. {window}", 0.5 + 0.3 * ev.coverage, [citation(ask.store, ev.sentence)])
    return None



# "was the conference just chinese companies?": the name asked as the only one of its kind
_ALONE_ASKED = lazy_compile(r"\b(?:just|only|solely|exclusively|purely)\s+(?:the\s+)?([a-z]+)\b", re.IGNORECASE)
# "..., business leaders, and almost 800 Chinese enterprises": the name last of a list
_LIST_BEFORE = lazy_compile(r",\s+and\s+(?:[\w-]+\s+){0,3}$")
# "Chinese and Russian companies": another name joined after it
_JOINED_AFTER = lazy_compile(r"^\s+(?:and|or)\s+[A-Z]")


def _not_alone(ask: Ask) -> Answer | None:
    """ "was the conference just chinese companies?" over "attended by Russian local government
    officials, business leaders, and almost 800 Chinese enterprises": the name asked as the only
    one is one of a list; a fuller list, naming others first, over a pair joined after it."""
    m = _ALONE_ASKED.search(ask.query.text)
    if m is None or m.group(1).lower() not in ask.query.entity_keys:
        return None
    name = m.group(1).lower()
    found: list[tuple[Evidence, int, int]] = []
    for ev in ask.pool.accepted[:4]:
        text = ev.sentence.text
        # (word_spans: the name's places without compiling a pattern for it)
        for start, end in word_spans(text, name, fold=True):
            if _LIST_BEFORE.search(text[max(0, start - 60) : start]):
                found.insert(0, (ev, max(0, start - 120), end))
            elif _JOINED_AFTER.match(text[end : end + 12]):
                found.append((ev, start, end + 12))
    if not found:
        return None
    ev, start, end = found[0]
    text = f"No. {clause_window(ev.sentence.text, start, end, 130)}"
    return make_answer(ask.question, "yesno", text, 0.5 + 0.3 * ev.coverage, [citation(ask.store, ev.sentence)])


# "is the eib paying for the whole project": one party asked to bear all of something ...
_WHOLE_PAID = lazy_compile(r"\b(?:paying|pay|funding|fund|financing|finance|covering|cover|footing)\s+(?:for\s+)?"
                           r"(?:the\s+)?(?:whole|entire|full)\b|\ball\s+of\s+(?:it|the\s+(?:cost|bill|project|money))\b", re.IGNORECASE)
# ... over "a 230 million euro loan from the EIB ..., with the rest coming from PSA's own funds": others pay the rest.
_REST_BY_OTHERS = lazy_compile(r"\b(?:with|and)\s+the\s+(?:rest|remainder|balance)\s+(?:coming|to\s+come|provided|funded|financed|paid)\b", re.IGNORECASE)


def _part_paid(ask: Ask) -> Answer | None:
    """ "is the eib paying for the whole project?" over "includes a 230 million euro loan from the
    EIB ..., with the rest coming from PSA's own funds": the one asked pays a part, so no."""
    text = ask.query.text
    if "whole" not in text and "entire" not in text and "full" not in text and "all of" not in text:
        return None
    if _WHOLE_PAID.search(text) is None:
        return None
    share = _share_of_thing_paid(ask)
    if share is not None or not ask.query.entity_keys:
        return share
    asked = set(ask.query.entity_keys)
    for ev in ask.pool.accepted[:4]:
        said = ev.sentence.text
        rest = _REST_BY_OTHERS.search(said) if " the re" in said or " the balance" in said else None
        if rest is not None and any(named_by(e, asked) and m.start < rest.start() for m, e in ev.mentions):
            reply = f"No. {clause_window(said, max(0, rest.start() - 120), rest.end() + 40, 170)}"
            return make_answer(ask.question, "yesno", reply, 0.5 + 0.3 * ev.coverage, [citation(ask.store, ev.sentence)])
    return None


# "40 percent of the price": a share below the whole, of the thing it names.
_SHARE_OF_THE = lazy_compile(r"\s+of\s+(?:the|its|their)\s+([a-z]+)\b", re.IGNORECASE)


def _share_of_thing_paid(ask: Ask) -> Answer | None:
    """ "do buyers pay the whole price upfront?" over "the buyers will pay 40 percent of the price
    upfront and the rest in two instalments": a share below 100 of the thing asked is paid, so no."""
    for ev in ask.pool.accepted[:2]:
        if ev.coverage < 1.0:
            continue
        text = ev.sentence.text
        for f in ev.figures:
            if f.kind != "percent" or f.value >= 100:
                continue
            of = _SHARE_OF_THE.match(text, f.end)
            if of is not None and any(t.keys & phrase_keys(of[1]) for t in ask.query.required):
                reply = f"No. {clause_window(text, f.start, of.end(), 150)}"
                return make_answer(ask.question, "yesno", reply, 0.5 + 0.3 * ev.coverage, [citation(ask.store, ev.sentence)])
    return None


# "is petrosen the biggest shareholder in the project?": the one asked set against the other holders.
_LARGEST_HOLDER = lazy_compile(r"^\s*(?:is|was)\s+.+?\s+the\s+(?:biggest|largest|main|top|leading|majority)\s+"
                               r"(?:shareholder|stakeholder|owner|partner|investor)\b", re.IGNORECASE)


def _largest_holder(ask: Ask) -> Answer | None:
    """ "is petrosen the biggest shareholder?" over "Westmark holds a 56% stake ..., while Norway's
    Halvorsen Petroleum owns 34% and Petrosen has 10%": each share belongs to the body named last
    before it; the one asked holds the most or not."""
    if "the " not in ask.query.text or _LARGEST_HOLDER.match(ask.query.text) is None:
        return None
    asked = set(ask.query.entity_keys)
    for ev in ask.pool.evidence[:4]:
        text = ev.sentence.text
        if "stake" not in text and "owns" not in text:
            continue
        bodies = sorted(((m, e) for m, e in ev.mentions if e.kind in ("org", "other")), key=lambda me: me[0].start)
        held: list[tuple[float, EntityRow, FigureRow]] = []
        for f in (f for f in ev.figures if f.kind == "percent"):
            owner = next((e for m, e in reversed(bodies) if m.end <= f.start), None)
            if owner is not None and all(o.id != owner.id for _, o, _ in held):
                held.append((f.value, owner, f))
        mine = [h for h in held if named_by(h[1], asked)]
        if len(held) < 2 or len(mine) != 1:
            continue
        top = max(held, key=lambda h: h[0])
        verdict = "Yes." if top[1].id == mine[0][1].id else "No."
        reply = f"{verdict} {clause_window(text, min(top[2].start, mine[0][2].start), max(top[2].end, mine[0][2].end), 150)}"
        return make_answer(ask.question, "yesno", reply, 0.5 + 0.3 * ev.coverage, [citation(ask.store, ev.sentence)])
    return None


def _ranks_top(ev: Evidence, heads: list[Term]) -> bool:
    """The sentence puts a word asked right after "top", "biggest", "leading"."""
    text = ev.sentence.text
    return any(_STATED_TOP.search(text[max(0, s - 30):s]) for s, _ in term_spots(text, [t for t in heads if t in ev.matched]))

# "Did more than 1,000 Chinese companies attend?", "was trade over $20 billion?": a stated figure
# set against a number the question gives; the words after it name what is counted.
_ASKS_NOW = lazy_compile(r"\b(?:already|now|currently|at present|so far)\b", re.IGNORECASE)
# ("did output top 60 tonnes": a verb past a bound, not "the top 5 buyers")
_THRESHOLD = lazy_compile(r"\b(?:(more than|over|above|at least|in excess of|upwards of|greater than|higher than|bigger than|longer than"
                          r"|(?<!the )(?<!among )top(?:ped)?|exceed(?:ed)?|surpass(?:ed)?)"
                          r"|(fewer than|less than|under|below|at most|lower than|smaller than|shorter than))\s+(?:about\s+|around\s+)?"
                          # ("over a thousand Chinese firms": "a" is one of the scale after it)
                          # ("longer than a year": "a" is one of the length of time after it, but "more than a
                          # year ago" sets against an earlier time, not a length)
                          r"([$€£¥]?)\s?(\d[\d,]*(?:\.\d+)?|an?(?=\s+(?:hundred|thousand|million|billion|"
                          r"(?:second|minute|hour|day|week|month|year|decade)\b(?!\s+(?:ago|earlier|before|previously)\b))\b))"
                          r"\s*(%|percent\b|per cent\b)?\s*"
                          r"(?:(hundred|thousand|million|billion|trillion|bn|mn|m|k)\b)?\s*((?:[a-z-]+\s*){0,3})", re.IGNORECASE)
# "up more than 50 pct since january": a move over the time since a point, not a year-on-year one
_SINCE_ASKED = lazy_compile(r"\bsince\s+(?!(?:a |the )?(?:year|month|quarter)[- ](?:earlier|ago|before)\b)\w", re.IGNORECASE)
# "rose 6.4% from a year earlier", "rose 12% in January from a year earlier", "up 8% year on year"
_YEAR_ON_YEAR = lazy_compile(r"[^,;.]{0,30}?\b(?:(?:from|on|over|against|than|compared (?:with|to)|versus)\s+(?:the same \w+ (?:of )?)?(?:a |the )?"
                             r"(?:year|month|quarter)[- ](?:earlier|ago|before)|year[- ]on[- ]year|y/y|yoy)\b", re.IGNORECASE)
_THRESHOLD_SCALES = {"hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}
_COMPARING_WORDS = frozenset("more fewer less over above under below least most great greater high higher big bigger low lower "
                             "small smaller excess upwards top exceed surpass".split())


def _threshold_compared(ask: Ask) -> Answer | None:
    # the spelling put right ("over 1000 chinese compnaies"), so the counted word is a term's
    m = _THRESHOLD.search(ask.query.text) or _THRESHOLD.search(ask.question)
    if m is None:
        return _count_compared(ask)
    worded = not m.group(4)[0].isdigit()  # "a thousand", which the parser keeps as no number
    if (not ask.query.numbers and not worded) or (worded and _duration_unit(m.group(7))):
        # "is the loan longer than 15 years": the parser keeps "15 years" as how long, not a figure
        return _duration_compared(ask, m)
    bound = (1.0 if worded else float(m.group(4).replace(",", ""))) * _THRESHOLD_SCALES.get((m.group(6) or "").lower(), 1.0)
    kind = "percent" if m.group(5) else "money" if m.group(3) else "count"
    # The thing counted: the question's words right after the number ("Chinese companies").
    after = {w.lower() for w in m.group(7).split()}
    counted = frozenset().union(*(t.keys for t in ask.query.terms if t.word.lower() in after)) if kind == "count" else frozenset()
    if kind == "count" and not counted:
        return None
    # "more than 100 Russian firms": the names that qualify what is counted must qualify the figure
    named = [k for k in ask.query.entity_keys if k in after]
    now = bool(_ASKS_NOW.search(ask.query.text))
    since = bool(_SINCE_ASKED.search(ask.query.text))
    year_back = "year" in ask.query.text and _YEAR_BACK_ASKED.search(ask.query.text) is not None
    told = _measure_told_next(ask, kind)
    if told is not None:
        return _threshold_verdict(ask, m, bound, *told)
    for i, ev in enumerate(ask.pool.accepted[:6]):
        if i and any(t.lemma not in _COMPARING_WORDS for t in ev.missing):
            continue  # below the best sentence, only the comparison itself may be unsaid
        for f in _asked_measure_first(ask.query, ev.figures):
            if now and f.period_text.lower().startswith("by "):
                continue  # "does it already send over 10%": no target "by 2027"
            if kind == "percent" and f.direction and not ask.query.direction:
                continue  # "were they more than 40% of exports": a share asked, not "23% more" (a change)
            if not year_back and _FROM_BEFORE.search(ev.sentence.text[max(0, f.start - 30) : f.start]):
                continue  # "accounted for 42% ..., up from 38% a year earlier": the level left is no level asked
            if since and f.direction and _YEAR_ON_YEAR.match(ev.sentence.text, f.end):
                continue  # "up more than 50 pct since january": a rise so far, not "rose 6.4% from a year earlier"
            # "more than 20k tonnes": a measured quantity is counted in its unit too
            if _combined_total(ask.query, ev, f):
                continue  # "did mangosteen shipments top 100k t" is not "durian and mangosteen ... 412,000 tonnes"
            if (f.kind != kind and not (kind == "count" and f.kind == "quantity")) or (counted and not phrase_keys(f.unit) & counted) \
                    or any(k not in normalise_name(f.measure) and not _owns_whole(m, k, ev) for k in named):
                continue
            if ask.query.entity_keys and owned_by_another(ask.query, f, ev):
                continue  # "did shipments to germany fall more than 30%": not "shipments to Britain fell 27%"
            return _threshold_verdict(ask, m, bound, ev, f)
    if kind == "percent" and not ask.query.direction:
        return _share_of_stand_in(ask, m, bound)
    return None


# "shipments of durian and mangosteen ... to 412,000 tonnes": two kinds joined before a figure of
# the same clause.
_TWO_JOINED = lazy_compile(r"\b([a-z]{3,})\s+and\s+([a-z]{3,})\b(?=[^,;]*$)")


_GROUP_OF_N = lazy_compile(r"\b(?:the (?:two|three|four|five)|both)\s+[a-z]+\b(?=[^,;]*$)", re.IGNORECASE)
_ASKS_GROUP = lazy_compile(r"\b(?:two|three|four|five|both|combined|together|total|all)\b", re.IGNORECASE)


def _combined_total(query: Query, ev: Evidence, figure: FigureRow) -> bool:
    """ "did mangosteen rail shipments top 100k tonnes" over "rail shipments of durian and
    mangosteen ... to 412,000 tonnes": a total of two kinds, one asked and one not, is no amount
    of the one asked; nor is one "of the two fruits" where the kind asked goes unsaid."""
    text = ev.sentence.text
    asked = frozenset().union(*(t.keys for t in query.terms))
    if _GROUP_OF_N.search(text[:figure.start]) and not _ASKS_GROUP.search(query.text):
        said = frozenset().union(*analysed(text)[1])
        if any(t.required and t.lemma not in _COMPARING_WORDS and not t.keys & said for t in query.terms):
            return True
    for m in _TWO_JOINED.finditer(text[:figure.start]):
        sides = [phrase_keys(m.group(1)), phrase_keys(m.group(2))]
        # two kinds of one thing ("durian and mangosteen"), not one thing twice ("parts and components")
        lemmas = [t.lemma for t in tokenize(f"{m.group(1)} {m.group(2)}")]
        if not any(all(w in kinds for w in lemmas) for kinds in KINDS.values()):
            continue
        if sum(bool(side & asked) for side in sides) == 1:
            return True
    return False


def _owns_whole(m: re.Match[str], key: str, ev: Evidence) -> bool:
    """ "over 90 pct of chile's cherry exports" over "the biggest market for Chilean fruit, taking
    about 88% of the country's cherry exports": a name after "of" owns the whole a share is of, not
    the share itself, so the sentence naming it anywhere (here as "Chilean") is enough."""
    return bool(m.group(5)) and m.group(7).lower().startswith("of ") and any(named_by(e, {key}) for _, e in ev.mentions)


# "The sector accounted for 42% of exports": a sentence opening on a noun that stands in for the
# thing the story is about, which it need not name again.
_STAND_IN_OPENING = lazy_compile(r"^[\"“]?\s*The (?:sector|industry|company|firm|group)\b")


def _share_of_stand_in(ask: Ask, m: re.Match[str], bound: float) -> Answer | None:
    """ "were medical devices more than 40% of exports" over "The sector accounted for 42% of
    exports", when no sentence naming the devices states a share (only moves, "23% more"): a
    sentence speaking of the story's subject as "the sector" lacks only words of the story's lead,
    and its first percent that is no move is the share asked."""
    for ev in ask.pool.evidence[:8]:
        if not _STAND_IN_OPENING.match(ev.sentence.text):
            continue
        lead = ask.store.lead_terms(ev.sentence.article_id)
        if any(t.lemma not in _COMPARING_WORDS and t.keys.isdisjoint(lead) for t in ev.missing):
            continue
        level = next((f for f in ev.figures if f.kind == "percent" and not f.direction and "point" not in f.unit), None)
        if level is not None:
            return _threshold_verdict(ask, m, bound, ev, level)
    return None


def _duration_unit(text: str) -> str:
    """ "years loan" -> "year": the length-of-time unit (evidence.DURATION_UNIT) the text opens
    with, or "" ("longer than 15 years": the unit after the asked number)."""
    word = text.split(maxsplit=1)[0].lower() if text.strip() else ""
    return word.removesuffix("s") if DURATION_UNIT.match(word) else ""


def _duration_compared(ask: Ask, m: re.Match[str]) -> Answer | None:
    """ "is the loan longer than 15 years" over "The 20-year loan has a seven-year grace period":
    a stated length of time in the asked unit, the one naming an asked word right after it first."""
    unit = _duration_unit(m.group(7))
    if not unit or m.group(3) or m.group(5) or m.group(6):
        return None
    bound = 1.0 if m.group(4).lower() in ("a", "an") else float(m.group(4).replace(",", ""))
    # "longer than" is the comparison itself: no sentence need say "longer"
    compared = {w.lower() for w in (m.group(1) or m.group(2)).split()}
    asked = [t for t in ask.query.required if t.lemma not in _COMPARING_WORDS and t.word.lower() not in compared]
    for ev in _duration_candidates(ask, compared):
        lengths = _lengths(ev, unit)
        # "The 20-year loan" names the thing it measures right after it; "a seven-year grace period" another
        named = [f for f in lengths if term_spots(ev.sentence.text[f.end : f.end + 20], asked)]
        if named or lengths:
            f = (named or lengths)[0]
            # "longer than a year" over "took 14 months": the bound in the stated length's unit
            bound_there = bound * _DURATION_DAYS[unit] / _DURATION_DAYS[_duration_unit(f.unit or "")]
            if (m.group(1) or "").lower() == "over" and scaled(f) == bound_there:
                # "did exports rise over 3 years" of "rose 40% over the past three years": "over" a
                # span of the length stated is during it, not longer than it
                text = f"Yes. {clause_window(ev.sentence.text, f.start, f.end, 130)}"
                return make_answer(ask.question, "yesno", text, 0.8, [citation(ask.store, ev.sentence)])
            return _threshold_verdict(ask, m, bound_there, ev, f)
    return None


def _duration_candidates(ask: Ask, compared: set[str]) -> list[Evidence]:
    """The best accepted sentence; with none, the best one lacking only the comparison asked
    ("is the contract longer than 5 years" over "signed a 10-year supply contract")."""
    if ask.pool.accepted:
        return ask.pool.accepted[:1]
    best = ask.pool.evidence[:1]
    if best and best[0].missing and all(t.word.lower() in compared for t in best[0].missing) \
            and all(c.startswith("missing:") for c in best[0].conflicts):
        return best
    return []


# Days in each length-of-time unit (a month a twelfth of a year), so that "under 3 weeks" is set
# against "in 19 days" and "more than a day" against "under six hours".
_DURATION_DAYS = {"second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0,
                  "month": 365.25 / 12, "year": 365.25, "decade": 3652.5}


def _lengths(ev: Evidence, unit: str) -> list[FigureRow | Figure]:
    """The sentence's lengths of time, those in the asked unit first; the store keeps "over the
    past three years" as a figure's period, not a figure, so those are read from the text itself."""
    stored: list[FigureRow | Figure] = [f for f in ev.figures if f.kind == "quantity" and _duration_unit(f.unit or "")]
    found = stored or [f for f in find_figures(ev.sentence.text) if f.kind in ("quantity", "count") and _duration_unit(f.unit or "")]
    return sorted(found, key=lambda f: _duration_unit(f.unit or "") != unit)


def _threshold_verdict(ask: Ask, m: re.Match[str], bound: float, ev: Evidence, f: FigureRow | Figure) -> Answer:
    value = scaled(f) if f.kind != "percent" else f.value
    over = m.group(1) is not None
    # "almost 800" is under 800 however close; "more than 800" over it
    verdict = (value > bound if over else value < bound) if value != bound else (
        (f.qualifier in ("more than", "over", "above")) == over if f.qualifier else m.group(1) in ("at least",) or m.group(2) in ("at most",))
    text = f"{'Yes' if verdict else 'No'}. {clause_window(ev.sentence.text, f.start, f.end, 130)}"
    return make_answer(ask.question, "yesno", text, 0.8, [citation(ask.store, ev.sentence)])


# "The value of those imports": a measure of the thing the sentence before named
_POINTS_BACK = lazy_compile(r"\b(?:those|these|that|this|its|their)\b", re.IGNORECASE)


def _measure_told_next(ask: Ask, kind: str) -> tuple[Evidence, FigureRow] | None:
    """ "did the value of kimchi imports rise more than 10%" over "imported 213,400 tonnes of
    kimchi ..., up 8.6%. The value of those imports rose 12.3%": the best sentence lacks the
    measure asked, and the next one gives it of the same thing, named only by pointing back."""
    best = ask.pool.accepted[0] if ask.pool.accepted else None
    if best is None:
        return None
    # the word itself, not its group: "volume" shares a key with "value", and is not it
    wanted = frozenset(t.lemma for t in ask.query.terms if t.lemma in MEASURES and t.lemma not in best.sentence.terms)
    if not wanted:
        return None
    for ev in ask.pool.evidence:
        s = ev.sentence
        if (s.article_id, s.paragraph, s.index) != (best.sentence.article_id, best.sentence.paragraph, best.sentence.index + 1):
            continue
        for f in ev.figures:
            if f.kind == kind and _POINTS_BACK.search(f.measure) and phrase_keys(f.measure) >= wanted:
                return ev, f
    return None


def _asked_measure_first(query: Query, found: list[FigureRow]) -> list[FigureRow]:
    """ "was turnout over 60%" of "71.1% of voters backed building a plant, on a turnout of 63.7%":
    a figure whose measure is a word asked comes before one measuring something else."""
    asked = frozenset().union(*(t.keys for t in query.required)) if query.required else frozenset()
    return sorted(found, key=lambda f: not (f.measure and phrase_keys(f.measure) & asked))


# "did 1000 chinese companies attend?": a bare count the question gives, of the words after it
_BARE_COUNT = lazy_compile(r"\b(?:about|around|roughly|some|nearly|almost)?\s*(?<![$€£¥.,\d])(\d[\d,]*)\s+((?:[a-z-]+\s*){1,3})",
                           re.IGNORECASE)


def _count_compared(ask: Ask) -> Answer | None:
    """ "did 1000 chinese companies attend?" over "attended by ... almost 800 Chinese enterprises":
    the stated count of the same thing, within a tenth of the one asked or not."""
    m = _BARE_COUNT.search(ask.query.text)
    if m is None:
        return None
    bound = float(m.group(1).replace(",", ""))
    if bound not in ask.query.numbers or 1900 <= bound <= 2100:
        return None
    after = {w.lower() for w in m.group(2).split()}
    counted = frozenset().union(*(t.keys for t in ask.query.terms if t.word.lower() in after))
    named = [k for k in ask.query.entity_keys if k in after]
    if not counted:
        return None
    for ev in ask.pool.accepted[:6]:
        for f in ev.figures:
            if f.kind != "count" or not phrase_keys(f.unit) & counted or any(k not in normalise_name(f.measure) for k in named):
                continue
            verdict = abs(scaled(f) - bound) <= 0.1 * bound
            text = f"{'Yes' if verdict else 'No'}. {clause_window(ev.sentence.text, f.start, f.end, 130)}"
            return make_answer(ask.question, "yesno", text, 0.8, [citation(ask.store, ev.sentence)])
    return None


# "did sales to russia more than double?", "have exports tripled?", "did profit halve?": a level
# asked as a multiple of the one before, which a stated rate of change answers.
_MULTIPLE_YESNO = lazy_compile(r"\b(?:(more than|over|at least)|(nearly|almost|close to))?\s*(double|triple|treble|quadruple|halve)(?:d|s)?\b")
_TIMES = {"double": 2.0, "triple": 3.0, "treble": 3.0, "quadruple": 4.0, "halve": 0.5}
_MULTIPLE_WORDS = frozenset("more than over least nearly almost close double triple treble quadruple halve".split())
# "rose to 45%", "from 38%": a level of a rate, no change of the thing asked
_RATE_LEVEL_BEFORE = lazy_compile(r"\b(?:to|from|at|of|than)\s+(?:about\s+|around\s+|nearly\s+)?$", re.IGNORECASE)
# "doubled to 9.6 billion yen", "more than tripled": the multiple stated in a word
_STATED_MULTIPLE = {"doubled": 2.0, "doubles": 2.0, "doubling": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0,
                    "halved": 0.5, "halves": 0.5, "halving": 0.5}


def _multiple_reached(ask: Ask) -> Answer | None:
    """ "did liaoning's sales to russia more than double?" over "shipments to Russia soared 82.3%
    ... from a year earlier": 1.823 times the level before, so no; the words of the multiple are
    no words the sentence must have."""
    m = _MULTIPLE_YESNO.search(ask.query.text.lower())
    if m is None:
        return None
    times = _TIMES[m.group(3)]
    query = replace(ask.query, terms=[replace(t, required=False) if t.lemma in _MULTIPLE_WORDS or t.word.lower() in _MULTIPLE_WORDS else t
                                      for t in ask.query.terms])
    if not query.required:
        return None
    for ev in gather(query, ask.store).accepted[:3]:
        if ev.coverage < 1.0:
            continue
        text = ev.sentence.text
        for f in ev.figures:
            said = _STATED_MULTIPLE.get(f.direction_word.lower())
            if f.kind != "percent" or not f.direction or "point" in f.unit or _RATE_LEVEL_BEFORE.search(text[max(0, f.start - 20) : f.start]):
                if said is None or f.kind == "percent":
                    continue
                factor = said  # "doubled to 386,000 tonnes": the word is the multiple
            else:
                factor = 1 + f.value / 100 if f.direction == "up" else 1 - f.value / 100
            if times < 1:
                verdict = factor <= times if not m.group(2) else times <= factor < times * 1.2
            elif m.group(1):
                verdict = factor > times
            elif m.group(2):
                verdict = times * 0.9 <= factor < times
            else:
                verdict = factor >= times * 0.98
            how = f"{factor:.2f}".rstrip("0").rstrip(".")
            text_out = (f"{'Yes' if verdict else 'No'}: {how} times the level before, computed from the article. "
                        f"{clause_window(text, f.start, f.end, 130)}")
            # computed, so labelled so: the multiple is no figure the article states
            return make_answer(ask.question, "derived", text_out, 0.7, [citation(ask.store, ev.sentence)])
    return None


# "Is the peso getting weaker?", "did the franc get stronger after the decision?": of a currency, a
# move ("The peso has gained 7.2% against the dollar"); "weaker than" is a comparison of its own.
_STRENGTH = lazy_compile(r"\b(?:(strong|stronger)|(weak|weaker))\b(?!\s+than\b)", re.IGNORECASE)


def _strength_as_move(ask: Ask) -> Ask:
    """A currency asked stronger or weaker asks it up or down; the word is then no term the
    sentence must have."""
    m = _STRENGTH.search(ask.query.text)
    if m is None or ask.query.direction or not any(is_currency_word(t.word) for t in ask.query.required):
        return ask
    terms = [t for t in ask.query.terms if t.lemma not in ("strong", "weak")]
    return replace(ask, query=replace(ask.query, direction="up" if m.group(1) else "down", terms=terms))



# "more profitable", "less volatile", "more expensive": a comparative of a quality, no amount.
# "more than $38 billion": a figure's floor, no amount compared either.
_MORE_QUALITY = lazy_compile(r"\b(?:more|less|fewer)\s+(?:[\w-]+(?:ive|ful|ous|able|ible|ic|al|ent|ant|y)\b|than\s+(?:about\s+)?[$€£¥\d])",
                             re.IGNORECASE)
_MORE_WORD = lazy_compile(r"\b(?:more|less|fewer)\b", re.IGNORECASE)


def _quality_more_unmet(ask: Ask) -> Ask:
    """ "did Vietnam ship more pepper?" asks an amount: '"Prices have risen because farmers ...
    grow durian and coffee, which are more profitable"' says "more" only of a quality (or of a
    figure's floor), so it meets no "more" asked (the question's own "more" before a quality or a "than" leaves it met)."""
    words = ask.query.text.lower().split()
    asked = [t for t in ask.query.required if t.lemma in _MORE_OR_LESS]
    if not asked or any(_MORE_QUALITY.match(" ".join(words[i:i + 2]).strip("?.!,")) or words[i + 1:i + 2] == ["than"]
                        for i, w in enumerate(words) if w in _MORE_OR_LESS):
        return ask
    evidence = [_unmeet(ev, asked[0], len(ask.query.required)) if asked[0] in ev.matched and _only_quality(ev.sentence.text) else ev
                for ev in ask.pool.evidence]
    return replace(ask, pool=replace(ask.pool, evidence=evidence))


# "38% of the shipments", "42% of the port's volumes": a share told as a percentage of a whole.
_PERCENT_OF = lazy_compile(r"\s*(?:%|percent|per cent)?\s+of\b", re.IGNORECASE)


def _share_as_percent(ask: Ask) -> Ask:
    """ "did china's share of uzbek copper exports go up?": "China took 38% of the shipments, up
    from 29% a year earlier" states the share as a percentage of the whole, without the word."""
    if not SHARE_ASKED.search(ask.query.text.lower()):
        return ask
    required = len(ask.query.required)
    evidence = [_meet(ev, [t for t in ev.missing if t.lemma in SHARE_WORDS], required)
                if any(t.lemma in SHARE_WORDS for t in ev.missing) and _states_percent_of(ev) else ev
                for ev in ask.pool.evidence]
    return replace(ask, pool=replace(ask.pool, evidence=evidence))


def _superlative(word: str, lemma_: str) -> bool:
    """ "best" (of "good"), "highest" (of "high"): a superlative, its lemma another word."""
    lower = word.lower()
    return lower.endswith("est") and lemma_ != lower


def _superlative_as_top(ask: Ask) -> Ask:
    """ "was Sept the best month for trade since the war began?": "trade surged to $21.18 billion,
    the highest since February 2022" tops the level with a superlative of its own, and a level's
    best is its highest. Only a superlative the lexicon reads as the top meets it ("main",
    "major" rank nothing)."""
    asked = [t for t in ask.query.required if _superlative(t.word, t.lemma) and "most" not in t.keys]
    if not asked:
        return ask
    required = len(ask.query.required)
    evidence = [_meet(ev, [t for t in ev.missing if t in asked], required)
                if any(t in asked for t in ev.missing) and _states_top(ev.sentence.text) else ev
                for ev in ask.pool.evidence]
    return replace(ask, pool=replace(ask.pool, evidence=evidence))


def _states_top(text: str) -> bool:
    tokens, keys = analysed(text)
    return any("most" in k and _superlative(t.lower, t.lemma) for t, k in zip(tokens, keys))


def _people_named(ask: Ask) -> Ask:
    """ "were russian local govt ppl at the summit?": "attended by Russian local government
    officials" names which people, right after the words the question puts before its "people"."""
    terms = sorted(ask.query.terms, key=lambda t: t.position)
    asked = [(terms[i - 1], t) for i, t in enumerate(terms) if i and t.required and "people" in t.keys]
    if not asked:
        return ask
    required = len(ask.query.required)
    evidence = []
    for ev in ask.pool.evidence:
        met = [t for before, t in asked if t in ev.missing and before in ev.matched and _noun_after(ev.sentence.text, before)]
        evidence.append(_meet(ev, met, required) if met else ev)
    return replace(ask, pool=replace(ask.pool, evidence=evidence))


def _noun_after(text: str, before: Term) -> bool:
    """The asked word followed in the text by a plural noun of its own: the kind of people named."""
    tokens, keys = analysed(text)
    return any(k & before.keys and i + 1 < len(tokens) and is_content(tokens[i + 1])
               and tokens[i + 1].lower.endswith("s") and tokens[i + 1].lemma != tokens[i + 1].lower
               for i, k in enumerate(keys))


def _share_levels_moved(ask: Ask) -> Answer | None:
    """ "did china's share of brazil's pulp exports go up?": "China took 46.5% of Brazil's pulp
    exports, against 41.8% in the same period of 2023" tells the move by its two shares, over a
    sentence louder on the asked words whose move is of the exports themselves ("rose 18.4%")."""
    asked = ask.query.direction
    if not asked or not SHARE_ASKED.search(ask.query.text.lower()):
        return None
    for ev in ask.pool.evidence[:6]:
        if not ev.entity_hits or ev.coverage < 1.0 or not _states_percent_of(ev):
            continue
        pair = _level_pair(ev)
        if pair is None or pair[0].kind != "percent":
            continue
        stated = "up" if scaled(pair[0]) > scaled(pair[1]) else "down"
        verdict = "Yes." if stated == asked else "No."
        start, end = focus_span(ev)
        text = f"{verdict} {clause_window(ev.sentence.text, min(start, pair[0].start), max(end, pair[1].end), 130)}"
        return make_answer(ask.question, "yesno", text, 0.5 + 0.3 * ev.coverage, [citation(ask.store, ev.sentence)])
    return None


def _states_percent_of(ev: Evidence) -> bool:
    text = ev.sentence.text
    return any(f.kind == "percent" and _PERCENT_OF.match(text, f.end) for f in ev.figures)


def _meet(ev: Evidence, terms: list[Term], required: int) -> Evidence:
    missing = [t for t in ev.missing if t not in terms]
    matched = [*ev.matched, *terms]
    found = sum(1 for t in matched if t.required)
    conflicts = [c for c in ev.conflicts if not c.startswith("missing:")] if not any(t.required for t in missing) else ev.conflicts
    return replace(ev, matched=matched, missing=missing, coverage=found / required if required else 1.0, conflicts=conflicts)


def _level_pair(ev: Evidence) -> tuple[FigureRow, FigureRow] | None:
    """A level and the earlier one it is set against ("38% ..., up from 29% a year earlier"), in one unit."""
    text = ev.sentence.text
    bases = [f for f in ev.figures if _BASE_THEN.search(text[max(0, f.start - 40):f.start]) and _EARLIER_SAID.match(text, f.end)]
    for then in bases:
        now = next((f for f in reversed(ev.figures) if f.end <= then.start and f not in bases and not f.direction
                    and f.kind == then.kind and _unit(f) == _unit(then)), None)
        if now is not None and scaled(now) != scaled(then):
            return now, then
    return None


def _only_quality(text: str) -> bool:
    said = list(_MORE_WORD.finditer(text))
    return bool(said) and all(_MORE_QUALITY.match(text, m.start()) for m in said)


def _unmeet(ev: Evidence, term: Term, required: int) -> Evidence:
    matched = [t for t in ev.matched if t is not term]
    found = sum(1 for t in matched if t.required)
    return replace(ev, matched=matched, missing=[*ev.missing, term], coverage=found / required if required else 1.0)

# "Has the trip from Khorgos to Poti got any quicker?": a journey is quicker when its time falls
# ("The average transit time from Khorgos to Poti fell to 15 days from 23 days").
_SPEED_ASKED = lazy_compile(r"\b(?:(quicker|faster|speedier|shorter)|(slower|longer))\b", re.IGNORECASE)
_TIME_TAKEN = frozenset("time times duration durations".split())


# "was the plant finished on time", "was the bridge finished late": a finishing asked against its
# schedule (group 1 on time, 2 late, 3 early); "late last year" is a time, no lateness.
_ASKS_TIMELY = lazy_compile(r"\b(?:(on time|on schedule)|(late(?!\s+(?:last|next|this|in|on|\d))|behind schedule|delayed|overdue)"
                            r"|(early(?!\s+(?:last|next|this|in|on|\d))|ahead of (?:schedule|time)))\b", re.IGNORECASE)
_FINISHING_ASKED = lazy_compile(r"\b(?:finish|finished|complete|completed|done|built|build|delivered|deliver|opened|open|ready|launched)\b",
                                re.IGNORECASE)
# What a sentence says of the schedule: early, on time, or late (a date it was first due by says so best).
_SAID_EARLY = lazy_compile(r"\bahead of (?:schedule|time|plan)\b|\b(?:days?|weeks?|months?|years?) early\b|\bearlier than (?:planned|scheduled)\b",
                           re.IGNORECASE)
_SAID_ON_TIME = lazy_compile(r"(?<!not )\bon (?:schedule|time)\b", re.IGNORECASE)
_SAID_DUE = lazy_compile(r"\boriginally (?:due|scheduled|planned|expected|slated)\b", re.IGNORECASE)
_SAID_LATE = lazy_compile(r"\bbehind schedule\b|\b(?:long-)?delay(?:ed|s)?\b|\blater than (?:planned|scheduled)\b|\boverdue\b"
                          r"|\b(?:days?|weeks?|months?|years?) late\b", re.IGNORECASE)


def _on_schedule(ask: Ask) -> Answer | None:
    """ "was the bridge finished late?" over "was finished four months ahead of schedule", "was the
    plant finished on time?" over "Originally due for completion in 2017": a finishing asked
    against its schedule is told by what a sentence on the thing says of it; a date it was first
    due by is the best word."""
    asked = _ASKS_TIMELY.search(ask.query.text)
    if asked is None or not _FINISHING_ASKED.search(ask.query.text):
        return None
    found: list[tuple[tuple[int, int], Evidence, str, re.Match[str]]] = []
    timely = set(asked.group().lower().split())
    for rank, ev in enumerate(ask.pool.evidence[:10]):
        # about the thing asked or its finishing ("Construction took 34 months and was finished"),
        # never another place or time
        if any(not c.startswith("missing:") for c in ev.conflicts) or not any(
                t.required and t.word.lower() not in timely for t in ev.matched):
            continue
        text = ev.sentence.text
        for said, pattern, best in (("early", _SAID_EARLY, 0), ("late", _SAID_DUE, 0), ("on time", _SAID_ON_TIME, 1), ("late", _SAID_LATE, 2)):
            m = pattern.search(text)
            if m is not None:
                found.append(((best, rank), ev, said, m))
                break
    if not found:
        return None
    _, ev, said, m = min(found, key=lambda f: f[0])
    yes = {1: said != "late", 2: said == "late", 3: said == "early"}[next(g for g in (1, 2, 3) if asked.group(g))]
    window = clause_window(ev.sentence.text, m.start(), m.end(), 130)
    return make_answer(ask.question, "yesno", f"{'Yes' if yes else 'No'}. {window}", 0.5 + 0.3 * ev.coverage,
                       [citation(ask.store, ev.sentence)])


def _journey_time_moved(ask: Ask) -> Answer | None:
    """A journey asked quicker or slower: the move of the time it takes answers, down for quicker."""
    m = _SPEED_ASKED.search(ask.query.text)
    if m is None or not any("journey" in t.keys for t in ask.query.required):
        return None
    for ev in ask.pool.accepted[:4]:
        if not any("journey" in t.keys for t in ev.matched):
            continue
        tokens, keys = analysed(ev.sentence.text)
        at = next((i for i, t in enumerate(tokens) if t.lower in _TIME_TAKEN), None)
        if at is None:
            continue
        # "transit time ... fell to 15 days", "cut the journey time by a day": the nearest move
        near = sorted((j for j in range(max(0, at - 4), min(len(tokens), at + 20)) if keys[j] & (UP_KEYS | DOWN_KEYS)),
                      key=lambda j: abs(j - at))
        if not near:
            continue
        moved = "up" if keys[near[0]] & UP_KEYS else "down"
        yes = (moved == "down") == bool(m.group(1))
        start, end = min(tokens[at].start, tokens[near[0]].start), max(tokens[at].end, tokens[near[0]].end)
        window = clause_window(ev.sentence.text, start, end, 130)
        return make_answer(ask.question, "yesno", f"{'Yes' if yes else 'No'}. {window}", 0.5 + 0.3 * ev.coverage,
                           [citation(ask.store, ev.sentence)])
    return None


# "by volume", "in value terms": which of two counts of one thing is asked.
_BY_MEASURE = lazy_compile(r"\b(?:by|in) (volume|value|tonnage|weight)\b", re.IGNORECASE)


def _borrows(ev: Evidence) -> bool:
    """A word asked that the sentence matches only through the one before it ("Its ...")."""
    return any(not term_spots(ev.sentence.text, [t]) for t in ev.matched if t.required)


def _states_move(ev: Evidence) -> bool:
    """A figure that moves, or a word of moving ("accelerated to 7.9% from 6.4%", "5.2% less than
    a year earlier"): not figures merely stated ("kept its forecast ... at 1.51 billion kg")."""
    if any(f.direction for f in ev.figures):
        return True
    _, keys = analysed(ev.sentence.text)
    return bool(ev.figures) and any(k & (UP_KEYS | DOWN_KEYS) for k in keys)


# "Did the govt hit its revenue target?", "Did boats catch the full quota?": a goal reached or not.
_ASKS_GOAL = lazy_compile(r"\b(?P<verb>hit|hits|hitting|meet|meets|meeting|met|reach(?:ed|es|ing)?|achiev(?:e|ed|es|ing)|make|made|making"
                          r"|fill(?:ed|s|ing)?|catch|caught|land(?:ed)?|use[ds]? up|(?P<miss>miss(?:ed|es|ing)?|f[ae]ll(?:s|en)? short of))\b"
                          r"(?:\s+[\w'-]+){0,4}?\s+(?P<goal>target|goal|quota|aim|objective|budget)s?\b", re.IGNORECASE)
# "Is shipyard employment back at its 2014 level?": a level set against a year's.
_ASKS_BACK = lazy_compile(r"\bback (?:at|to|above) (?:its |their |the )?((?:19|20)\d\d|pre-[\w-]+)[\s-]+(?:levels?|highs?|peaks?)\b", re.IGNORECASE)
_GOAL_WORDS = r"target|goal|quota|aim|objective|budget(?:ed)?"
# Before the goal: "fell short of the 1.65 trillion rupees the government had budgeted", "97% of its
# 3 million tonne quota", "still far below the 2014 peak", "exceeded its target".
_SHORT_OF = lazy_compile(r"\b(?:(short of|below|under|shy of|behind|less than|lower than|missed|missing|undershot)|(above|exceed(?:ed|ing|s)?"
                         r"|surpass(?:ed|ing|es)?|topp(?:ed|ing)|beat(?:ing)?|ahead of|higher than|met|meeting|hit(?:ting)?|reach(?:ed|ing)|achiev(?:ed|ing)"
                         r"|matched|in line with|regain(?:ed|ing))|(\d+(?:\.\d+)?)\s?% of)\b", re.IGNORECASE)


def _goal_reached(ask: Ask) -> Answer | None:
    """A goal or an earlier level set against what came of it: the sentence about the thing that
    says it fell short of, or went beyond, the goal (or that year's level) asked."""
    question = ask.query.text
    goal, back = _ASKS_GOAL.search(question), _ASKS_BACK.search(question)
    if goal is None and back is None:
        return None
    # "the 2014 peak": the year itself; else any word for a goal ("budgeted" for a target)
    aim = re.compile(rf"\b(?:{re.escape(back.group(1)) if back else _GOAL_WORDS})\b", re.IGNORECASE)
    # the words of reaching and the goal, not the thing between ("its full-year coal production")
    said = f"{goal.group('verb')} {goal.group('goal')}" if goal else back.group() if back else ""
    spent = {w.lower() for w in re.findall(r"[\w'-]+", said)}
    for ev in ask.pool.evidence[:8]:
        # "about Ofwat, not Mercia" is another's; the year of a level asked is no period to match
        if any(not c.startswith("missing:") and not (back and c.startswith("period:")) for c in ev.conflicts):
            continue
        if not any(t.required and t.word.lower() not in spent for t in ev.matched):
            continue  # about the thing asked, not any goal
        text = ev.sentence.text
        for m in _SHORT_OF.finditer(text):
            tail = text[m.end():m.end() + 70].split(";")[0]
            ref = aim.search(tail)
            if ref is None or _SHORT_OF.search(tail[:ref.start()]):
                continue  # the goal must follow this comparison, not another
            reached = bool(m.group(2)) if m.group(3) is None else float(m.group(3)) >= 100
            if goal is not None and goal.group("miss"):
                reached = not reached  # "did they miss the target?"
            text_out = clause_window(text, m.start(), m.end() + ref.end(), 130)
            return make_answer(ask.question, "yesno", f"{'Yes' if reached else 'No'}. {text_out}", 0.5 + 0.3 * ev.coverage,
                               [citation(ask.store, ev.sentence)])
    return None


# "Are plants holding more coal than this time last year?", "Are growers behind last year's pace?"
# "are dams fuller than a year ago?" over "held 41% of their capacity, compared with 57% a year earlier".
# "waiting longer than a year ago": a length of time or way is more of it ("no longer" is a stop).
# "is rice cheaper than a yr ago": a price lower than then, "dearer" one higher.
# "did exports go up vs 2023?": going up is more than then, going down less.
_ASKED_MORE = lazy_compile(r"\b(?:(more|bigger|larger|higher|greater|ahead|fuller|busier|heavier|dearer|pricier|(?<!no )longer|(?:go|goes|gone|went) up)"
                           r"|(less|fewer|smaller|lower|behind|emptier|lighter|shorter|cheaper|(?:go|goes|gone|went) down))\b", re.IGNORECASE)
# "vs 2023", "versus last year": set against an earlier time as "than" is.
_ASKS_EARLIER = lazy_compile(r"\b(?:than|from|vs|versus)\b.*\b(?:ago|last|before|earlier|previous|prior)\b|\blast (?:year|month|season|quarter|week)'s\b"
                             r"|\bthan (?:the|its|their) (?:old|former)\b"
                             r"|\b(?:than|vs\.?|versus) (?:in |during )?((?:19|20)\d\d)\b",
                             re.IGNORECASE)
# "stood at 41.3 million tonnes ..., up from 35.6 million tonnes a year earlier", "67% ..., compared
# with 58% at the same point a year earlier", "5.2% less than the record 154.6 million tonnes
# collected a year earlier": the figure right after is the earlier one ...
_BASE_THEN = lazy_compile(r"\b(?:(?:up|down|rising|falling|higher|lower)?\s*from|compare[sd]? (?:with|to)|against|versus|(?:more|less|higher|lower) than)"
                          r"\s+(?:an? |the )?(?:average of |total of |record |level of )?(?:about |around |roughly |nearly |some |close to )?$", re.IGNORECASE)
# "up from 430 MW": a level the amount moved from, earlier whether or not a time is said.
_MOVED_FROM = lazy_compile(r"\b(?:up|down|rising|falling|rose|fell)\s+from\s+(?:about |around |roughly |nearly |some )?$", re.IGNORECASE)
# ... when an earlier time follows it.
_EARLIER_SAID = lazy_compile(r"[^,;]{0,30}?\b(?:a (?:year|month|quarter|week|season) (?:earlier|ago|before)|last (?:year|season|month|quarter)|(?:the|its|their|\w+'s) (?:previous|prior) \w+"
                             r"|(?:at|in) the same (?:point|period|time|month|quarter|week|stage)|the year before|in (?:19|20)\d\d"
                             r"|(?:two|three|four|five|\d+) (?:years|months|quarters|weeks|seasons) (?:earlier|ago|before))\b", re.IGNORECASE)
# "than 2 yrs ago": how many units back; "a year earlier" is one, and answers no question of two.
_UNITS_BACK = lazy_compile(r"\b(a|an|one|two|three|four|five|\d+)\s+(?:years?|yrs?|months?|quarters?|weeks?|seasons?)\b", re.IGNORECASE)
_SMALL_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


# "up 18.4% from the same period a year earlier", "down 14% on last year": a move since an
# earlier time, right after its figure; the time's unit is what the question sets against.
_MOVED_SINCE = lazy_compile(r"\s+(?:from|on|over|against|compared (?:with|to)|versus|(?:higher|lower) than)\s+(?:the |a |an )?(?:same \w+ (?:of |in )?)?"
                            r"(?:a |the )?(?:(?:year|month|quarter|week|season)(?:-earlier|-ago)?|last|previous|prior)\b[^,;]{0,20}", re.IGNORECASE)
_TIME_UNITS = ("year", "month", "quarter", "week", "season")
_MOVED_SINCE_YEAR = lazy_compile(r"\s+(?:(?:more|less|higher|lower|up|down)\s+)?(?:than|from|on|over|against|compared (?:with|to)|versus)\s+"
                                 r"[^,;]{0,30}?\b(?:19|20)\d\d", re.IGNORECASE)


def _other_unit_only(said: str, unit: str) -> bool:
    """ "last month" said where a year is asked: another time unit, and not the one asked
    ("the same month a year earlier" still names the year)."""
    words = set(re.findall(r"[a-z]+", said))
    # "in the same month last year" is the same span a year back
    return "same" not in words and unit not in words and any(u in words for u in _TIME_UNITS if u != unit)


def _units_back(text: str) -> int:
    m = _UNITS_BACK.search(text)
    if m is None:
        return 1
    word = m.group(1).lower()
    return int(word) if word.isdigit() else _SMALL_COUNTS[word]


def _than_before(ask: Ask) -> Answer | None:
    """ "more coal than this time last year?": two levels the sentence sets side by side, the
    earlier one after "up from", "compared with", compared as numbers (the sentence may not say
    which way it moved: "stood at 41.3 million tonnes ..., up from 35.6 million")."""
    question = ask.query.text
    more = _ASKED_MORE.search(question)
    earlier = _ASKS_EARLIER.search(question, more.end()) if more else None
    if more is None or earlier is None:
        return None
    if more.group().lower().endswith(("up", "down")) and not (earlier.group(1) and earlier.group().lower().startswith("v")):
        return None  # "go up" sets no earlier level of its own but a year after "vs" ("go up vs 2023?")
    asked_up = bool(more.group(1))
    # "more copper in 2024 than the year before?" is not "in the first nine months of 2025, up
    # from ... a year earlier": a period named before the "than" must be the sentence's.
    dated = any(t.end <= earlier.start() for t in ask.query.times)
    unit = next((u for u in _TIME_UNITS if u in earlier.group().lower()), "year")
    year = earlier.group(1) or ""
    back = _units_back(earlier.group())
    untimed = not year and not any(u in question[earlier.start():].lower() for u in _TIME_UNITS)
    by = _BY_MEASURE.search(question)
    first = True
    # "Are wholesale prices higher than a year ago?" over "Wholesale prices in China have eased":
    # a sentence with all the asked words that states the move in a word is about the thing; a
    # less covered one that sets two figures side by side ("flown fruit made up 5% of volumes, up
    # from 3%") is about something else. The handlers after this one answer from the word.
    worded = next((e for e in ask.pool.evidence[:6] if e.coverage >= 1.0 and not e.conflicts and not e.figures
                   and any(k & (UP_KEYS | DOWN_KEYS) for k in analysed(e.sentence.text)[1])), None)
    # "That compares with $262.40 a tonne in the previous tender": its subject is in the sentence
    # before, so it scores low on the asked words; it is read a little further down.
    for ev in [*ask.pool.evidence[:6], *(e for e in ask.pool.evidence[6:10] if _THAT_OPENS.match(e.sentence.text))]:
        if any(not c.startswith(("missing:", "period:")) or dated and c.startswith("period:") for c in ev.conflicts):
            continue
        if ev is worded:
            return None
        if worded is not None and ev.coverage < 1.0:
            continue
        # about the thing asked, in at least half its words: "processing more crude" is no crude price
        said, unsaid = ([t for t in terms if t.required and not t.keys & (UP_KEYS | DOWN_KEYS) and t.lemma not in _MORE_OR_LESS]
                        for terms in (ev.matched, ev.missing))
        # "Did China buy a bigger share ...?" over "China took 86% of the company's shipments": the one named counts
        named = bool(ask.query.entity_keys) and any(named_by(e, set(ask.query.entity_keys)) for _, e in ev.mentions)
        if not said or len(unsaid) > len(said) + named:
            continue
        if by is not None and _moves_other_measure(ev, by.group(1).lower()):
            continue
        text = ev.sentence.text
        bases = [f for f in ev.figures if _BASE_THEN.search(text[max(0, f.start - 40):f.start])]
        for then in bases:
            m = _EARLIER_SAID.match(text, then.end)
            # "than the old one?" over "That is up from 430 MW under the current contract": with no
            # time asked, the level the sentence before's amount rose or fell from is the earlier one
            if m is None and not (untimed and _THAT_OPENS.match(text) and _MOVED_FROM.search(text[max(0, then.start - 40):then.start])):
                continue
            said = m.group().lower() if m else ""
            # "than a year ago" is not "up from 96,000 tonnes a month earlier", nor "from $530 last month"
            if any(u != unit and f"a {u} " in said for u in _TIME_UNITS) or _other_unit_only(said, unit):
                continue
            # "than in 2023" is set against the level the text dates to 2023, not to another year
            if year and year not in said:
                continue
            if not year and said and _units_back(said) != back:
                continue  # "than 2 yrs ago" is not "from 312 a year earlier"
            now = next((f for f in ev.figures if f.start < then.start and f not in bases and f.kind == then.kind
                        and _unit(f) == _unit(then)), None)
            if now is None:
                told = _level_told_before(ask, ev, then, asked_up)
                if told is not None:
                    return told
                continue
            if scaled(now) == scaled(then):
                continue
            yes = (scaled(now) > scaled(then)) == asked_up
            window = clause_window(text, now.start, then.end, 130)
            return make_answer(ask.question, "yesno", f"{'Yes' if yes else 'No'}. {window}", 0.5 + 0.3 * ev.coverage,
                               [citation(ask.store, ev.sentence)])
        # "Chile shipped a record 214,600 tonnes ..., up 18.4% from the same period a year earlier":
        # no earlier level, but the move since then is stated, and it answers.
        # Only in the best sentence about the thing: "up 23.4% from a year earlier" over ten months
        # does not answer for October, which a later sentence sets against October 2024.
        moved = None
        for f in ev.figures if first and not year and back == 1 else ():
            since = _MOVED_SINCE.match(text, f.end) if f.direction and f not in bases else None
            if since is not None and unit in since.group().lower():
                moved = f
                break
        # "vs 2023?" over "exports totalled 6.9 million tonnes, 8% less than in the same months of
        # 2023": a move stated against the very year asked.
        for f in ev.figures if first and year else ():
            since = _MOVED_SINCE_YEAR.match(text, f.end) if f.direction and f not in bases else None
            if since is not None and since.group().endswith(year):
                moved = f
                break
        first = False
        if moved is not None:
            yes = (moved.direction == "up") == asked_up
            start, end = focus_span(ev)
            start, end = (min(start, moved.start), max(end, moved.end)) if moved.end - start <= 200 else (moved.start, moved.end)
            window = clause_window(text, start, end, 130)
            return make_answer(ask.question, "yesno", f"{'Yes' if yes else 'No'}. {window}", 0.5 + 0.3 * ev.coverage,
                               [citation(ask.store, ev.sentence)])
    return None



# "That compares with ...", "That is up from ...": a sentence setting an earlier level against
# the one the sentence before ended on.
_THAT_OPENS = lazy_compile(r"(?:that|this)\s+(?:compares|compared|is|was|marks|marked)\b", re.IGNORECASE)


def _level_told_before(ask: Ask, ev: Evidence, then: FigureRow, asked_up: bool) -> Answer | None:
    """ "Did Egypt pay more than in the tender before?" over "... bringing the weighted average to
    $248.39 a tonne. That compares with an average of $262.40 a tonne in GASC's previous tender":
    the earlier level opens a sentence of its own; the level now is the last amount of its kind
    and unit in the sentence before."""
    text = ev.sentence.text
    if not _THAT_OPENS.match(text) or any(f.start < then.start for f in ev.figures):
        return None
    prev = sentence_before(ask, ev.sentence)
    if prev is None:
        return None
    now = next((f for f in reversed(ask.store.figures_in([prev.id])) if f.kind == then.kind
                and (_unit(f) == _unit(then) or bool(phrase_keys(f.unit or "") & phrase_keys(then.unit or "")))), None)
    if now is None or scaled(now) == scaled(then):
        return None
    yes = (scaled(now) > scaled(then)) == asked_up
    said = f"{clause_window(prev.text, now.start, now.end, 130)} {clause_window(text, 0, then.end, 130)}"
    return make_answer(ask.question, "yesno", f"{'Yes' if yes else 'No'}. {said}", 0.5 + 0.3 * ev.coverage,
                       [citation(ask.store, prev), citation(ask.store, ev.sentence)])


def _moves_other_measure(ev: Evidence, by: str) -> bool:
    """ "did Vietnam ship more pepper by volume?" over "pepper export revenue jumped 28.4% ... to
    $1.23 billion, even as shipment volumes fell": every move the sentence gives is of an amount
    of money (by value) beside it, not of tonnes asked; and the other way round."""
    moved = [f for f in ev.figures if f.direction]
    other = ("money",) if by != "value" else ("quantity",)
    return bool(moved) and all(f.kind in other or f.measure and any(g.measure == f.measure and g.kind in other for g in ev.figures)
                               for f in moved)

# "weaker than" answered by "stronger than": a comparative and its opposite.
_COMPARATIVE_PAIRS = (("weaker", "stronger"), ("higher", "lower"), ("bigger", "smaller"), ("larger", "smaller"), ("cheaper", "dearer"),
                      ("faster", "slower"), ("better", "worse"), ("wider", "narrower"), ("longer", "shorter"), ("greater", "smaller"))
_OTHER_COMPARATIVE = {a: b for pair in _COMPARATIVE_PAIRS for a, b in (pair, pair[::-1])}
_ASKED_THAN = lazy_compile(r"\b([a-z]+er)\s+than\b", re.IGNORECASE)


def _lacks_only_than(query: Query, ev: Evidence) -> bool:
    """Whether the one word the sentence lacks is the "-er" of the question's "-er than"."""
    m = _ASKED_THAN.search(query.text)
    missing = [t for t in ev.missing if t.required]
    return m is not None and bool(missing) and all(t.word.lower() == m.group(1).lower() for t in missing)


def _comparative_stated(ask: Ask) -> Answer | None:
    """ "Is the yen still weaker than in mid-October?" over "It traded at 153.40 per dollar, about
    6% stronger than its mid-October low": a sentence about the thing, short only of the asked
    comparative, that sets it against something with that word (yes) or its opposite (no)."""
    m = _ASKED_THAN.search(ask.query.text)
    if m is None or m.group(1).lower() not in _OTHER_COMPARATIVE:
        return None
    word = m.group(1).lower()
    other = _OTHER_COMPARATIVE[word]
    for ev in ask.pool.accepted[:6]:
        if any(t.required and t.word.lower() != word for t in ev.missing):
            continue
        said = re.search(rf"\b({word}|{other})\s+than\b", ev.sentence.text, re.IGNORECASE)
        if said is None:
            continue
        verdict = "Yes." if said.group(1).lower() == word else "No."
        text = f"{verdict} {clause_window(ev.sentence.text, said.start(), said.end(), 130)}"
        return make_answer(ask.question, "yesno", text, 0.5 + 0.3 * ev.coverage, [citation(ask.store, ev.sentence)])
    return None


# The comparatives whose sense is a plain order of amounts ("weaker" is not: a weaker currency
# takes more of it per dollar).
_LOWER_WORDS = frozenset("cheaper lower smaller shorter slower narrower shallower less fewer".split())
_HIGHER_WORDS = frozenset("dearer higher bigger larger greater longer faster wider deeper more".split())


# "cheaper than", "handle more grain than": one named thing set against another.
_ASKED_ORDER = lazy_compile(r"\b(more|less|fewer|[a-z]+er)\s+(?:[\w-]+\s+){0,3}?than\b", re.IGNORECASE)


# "do X and Y have equal stakes?", "the same share", "identical prices": whether two names' amounts are one.
_ASKS_EQUAL = Guarded(lazy_compile(r"\b(?:equal|equally|the\s+same|identical)\b", re.IGNORECASE), ("equal", "same", "identical"), fold=True)
# "Kyrgyzstan and Uzbekistan each own 24.5%": one amount that is each one's, not theirs together
_EACH_OWN = lazy_compile(r"\b(?:each|apiece|both|respectively)\b", re.IGNORECASE)


def _equal_amounts(ask: Ask) -> Answer | None:
    """ "do kyrgyzstan and uzbekistan have equal stakes?" over "China holds a 51% stake ..., while
    Kyrgyzstan and Uzbekistan each own 24.5%": one amount given to each of the two names is a yes;
    each name beside an amount of its own, of one kind and unit, a yes only when they are the same
    ("do China and Kyrgyzstan have equal stakes?" is a no). Sentences naming both, best first."""
    keys = ask.query.entity_keys
    if len(keys) != 2 or not _ASKS_EQUAL.search(ask.query.text):
        return None
    for ev in ask.pool.evidence[:4]:
        text = ev.sentence.text
        lowered = text.lower()
        spots = [lowered.find(k) for k in keys]
        figures = [f for f in ev.figures if f.kind in ("money", "count", "quantity", "percent") and not f.direction]
        if min(spots) < 0 or not figures:
            continue
        first, second = (min(figures, key=lambda f, at=at, k=k: _gap(text, f, at, at + len(k))) for at, k in zip(spots, keys))
        start, end = min(first.start, second.start, *spots), max(first.end, second.end)
        if first is second:
            if not _EACH_OWN.search(text, start, end):
                continue  # "X and Y together own 49%": theirs together, no amount each
            verdict = "Yes."
        elif (first.kind, first.currency, first.unit) != (second.kind, second.currency, second.unit):
            continue
        else:
            verdict = "Yes." if scaled(first) == scaled(second) else "No."
        text = f"{verdict} {clause_window(text, start, end, 130)}"
        return make_answer(ask.question, "yesno", text, 0.5 + 0.3 * ev.coverage, [citation(ask.store, ev.sentence)])
    return None


def _pair_compared(ask: Ask) -> Answer | None:
    """ "is rail via Khorgos cheaper than shipping through the Black Sea?" over "freight costs via
    Khorgos at about $38 a tonne, compared with $55 via Black Sea ports": both asked names in one
    sentence, each beside its own amount of one kind; the order of the two answers."""
    m = _ASKED_ORDER.search(ask.query.text)
    word = m.group(1).lower() if m else ""
    lower = word in _LOWER_WORDS or _PACE_WORDS.get(word, False)
    names = _compared_names(ask.query, m) if m else []
    if word in _PACE_WORDS and not names:
        return _trip_times_set(ask, word)
    if not lower and word not in _HIGHER_WORDS and word not in _PACE_WORDS:
        return None
    modes = _modes_set(ask.query.text.lower(), m) if m and len(names) != 2 else None
    if len(names) != 2 and modes is None:
        return None
    told = _modes_told(ask, modes) if modes is not None else _pairs_told(ask, names)
    if modes is not None and not told and word in _LOWER_WORDS | _HIGHER_WORDS:
        return _way_set_against(ask, modes[1], lower)
    for ev, first, second in told:
        if word in _PACE_WORDS and _DURATION.match(first.unit or ""):
            # "is the Arctic route quicker than going through Suez?" over "takes 18 days, compared
            # with about 35 days via the Suez Canal": the quicker trip takes less time
            lower = not _PACE_WORDS[word]
        verdict = "Yes." if (scaled(first) < scaled(second)) == lower else "No."
        if isinstance(ev, tuple):
            return _told_apart(ask, verdict, ev, first, second)
        start, end = min(first.start, second.start), max(first.end, second.end)
        text = f"{verdict} {clause_window(ev.sentence.text, start, end, 130)}"
        return make_answer(ask.question, "yesno", text, 0.5 + 0.3 * ev.coverage, [citation(ask.store, ev.sentence)])
    return None


# Ways of carrying goods, each by the words a sentence names it with: "is rail more expensive than
# trucking" sets one way against another, no name of either.
# A carrier's own name or trade names its way too: "Kenya Railways will charge $1150 ..., against
# roughly $1900 charged by truckers".
_MODE_FORMS = {"rail": ("rail", "railway", "railways", "train", "trains"),
               "road": ("truck", "trucks", "trucking", "trucker", "truckers", "road", "lorry", "lorries", "haulier", "hauliers"),
               "sea": ("sea", "ship", "ships", "shipping", "vessel", "vessels"), "air": ("air", "plane", "planes", "flight", "flights")}
_MODE_OF = {form: mode for mode, forms in _MODE_FORMS.items() for form in forms}


def _modes_set(lowered: str, m: re.Match[str]) -> tuple[str, str] | None:
    """The way named before the comparative and the first after its "than", when they differ:
    ("rail", "road") of "is rail more expensive than trucking for phosphate"."""
    return _modes_around(lowered[:m.start()].replace("?", " ").split(), lowered[m.end():].replace("?", " ").split())


def _modes_around(before: list[str], after: list[str]) -> tuple[str, str] | None:
    """The last way of carrying among the words before a split and the first after it, when they differ."""
    ways_before = _ways_named(before)
    ways_after = _ways_named(after)
    if not ways_before or not ways_after or ways_before[-1] == ways_after[0]:
        return None
    return ways_before[-1], ways_after[0]


def _ways_named(words: list[str]) -> list[str]:
    """The ways of carrying the words name, in order. A form right before "by" or "via" is the verb
    of carrying, not a way: "than shipping by truck" names the road, as "than sending by truck" does."""
    return [_MODE_OF[w] for i, w in enumerate(words) if w in _MODE_OF and (i + 1 == len(words) or words[i + 1] not in ("by", "via"))]


# "about 25% less than the average road haulage rate": a comparative set against a way of carrying
# named in the few words after its "than".
_WAY_THAN = lazy_compile(r"\b(less|lower|cheaper|fewer|smaller|below|more|higher|dearer|costlier|greater|above)\s+than\s+((?:[\w-]+\s+){0,3}[\w-]+)")


def _way_set_against(ask: Ask, other: str, lower: bool) -> Answer | None:
    """ "is the train cheaper than sending by truck" over "VNR will charge 9800 yuan per 40-foot
    container ..., about 25% less than the average road haulage rate": a sentence among the best few
    that sets its amount against the other way (named within a few words after its "than", and
    nowhere before it); its comparative gives the verdict. The whole pool: the sentence may name
    neither way as the question does ("VNR", "road haulage"), so it ranks low."""
    forms = _MODE_FORMS[other]
    for ev in ask.pool.evidence:
        lowered = ev.sentence.text.lower()
        if " than " not in lowered:
            continue
        m = _WAY_THAN.search(lowered)
        if m is None or not any(w in forms for w in m.group(2).split()) or _first_form(lowered[:m.start()], forms):
            continue
        said_lower = m.group(1) in ("less", "lower", "cheaper", "fewer", "smaller", "below")
        verdict = "Yes." if said_lower == lower else "No."
        text = f"{verdict} {clause_window(ev.sentence.text, m.start(), m.end(), 130)}"
        return make_answer(ask.question, "yesno", text, 0.5 + 0.3 * ev.coverage, [citation(ask.store, ev.sentence)])
    return None


def modes_apart(lowered: str) -> tuple[str, str] | None:
    """The two ways of carrying a question sets against each other around its "than" or "vs":
    ("rail", "road") of "how much cheaper per container is rail vs trucks"; None when it names
    fewer or one way twice."""
    if " than " not in lowered and " vs" not in lowered and " versus " not in lowered:
        return None
    words = lowered.replace("?", " ").replace(",", " ").split()
    split = next((i for i, w in enumerate(words) if w in ("than", "vs", "vs.", "versus")), None)
    return None if split is None else _modes_around(words[:split], words[split + 1:])


def modes_told(ask: Ask, modes: tuple[str, str]) -> tuple[Evidence, FigureRow, FigureRow] | None:
    """The first of the best sentences giving each way's amount in one sentence."""
    return next(iter(_modes_told(ask, modes)), None)


def _first_form(lowered: str, forms: tuple[str, ...]) -> str:
    """The form of a way the text names first, as a whole word ("truck" of "moved by truck"); "" for none."""
    found = [(spans[0][0], form) for form in forms if form in lowered and (spans := word_spans(lowered, form))]
    return min(found)[1] if found else ""


def _modes_told(ask: Ask, modes: tuple[str, str]) -> list[tuple[Evidence, FigureRow, FigureRow]]:
    """Each way's amount, both in one sentence ("moved by truck at about 38 dinars per tonne,
    against 14 dinars by rail"), the ways found by the words the sentence uses for them."""
    told: list[tuple[Evidence, FigureRow, FigureRow]] = []
    # "how much cheaper is rail than trucking" asks prices, not "6.5 million tonnes, compared with
    # 2.1 million tonnes ... by road"
    priced = any(w in ask.query.text.lower() for w in _PRICE_COMPARATIVES)
    for ev in ask.pool.evidence[:6]:
        lowered = ev.sentence.text.lower()
        words = [_first_form(lowered, _MODE_FORMS[mode]) for mode in modes]
        if not all(words):
            continue
        pair = _amounts_of(ev, words)
        if pair is not None and (pair[0].kind == "money" or not priced):
            told.append((ev, *pair))
    return told


_PRICE_COMPARATIVES = ("cheaper", "dearer", "costlier", "pricier", "expensive")


def _pairs_told(ask: Ask, names: list[str]) -> list[tuple[Evidence | tuple[Evidence, Evidence], FigureRow, FigureRow]]:
    """Each name's amount: both in one sentence first; else in two sentences side by side."""
    told: list[tuple[Evidence | tuple[Evidence, Evidence], FigureRow, FigureRow]] = []
    for ev in ask.pool.evidence[:6]:
        pair = _amounts_of(ev, names)
        if pair is not None:
            told.append((ev, *pair))
    if not told:
        apart = _amounts_apart(ask.pool.evidence[:6], names)
        if apart is not None:
            told.append(apart)
    return told


def _names_only(ev: Evidence, name: str, other: str) -> bool:
    """Whether a sentence names the one and not the other."""
    lowered = ev.sentence.text.lower()
    return re.search(rf"\b{re.escape(name)}\b", lowered) is not None and re.search(rf"\b{re.escape(other)}\b", lowered) is None


def _levels(ev: Evidence) -> list[FigureRow]:
    """A sentence's levels (not moves) that carry a unit."""
    return [f for f in ev.figures if f.kind in ("count", "quantity") and f.unit and not f.direction]


def _amounts_apart(evidence: list[Evidence], names: list[str]) -> tuple[tuple[Evidence, Evidence], FigureRow, FigureRow] | None:
    """ "will anaklia be deeper than poti" over "Poti and Batumi ... berths are only about 12 metres
    deep." and the next sentence "Anaklia will be dredged to 16 metres": two neighbouring sentences,
    each naming one side only, that share exactly one unit, given once in each."""
    for ev in evidence:
        if not _names_only(ev, names[0], names[1]):
            continue
        for other in evidence:
            if abs(other.sentence.id - ev.sentence.id) != 1 or not _names_only(other, names[1], names[0]):
                continue
            mine, theirs = _levels(ev), _levels(other)
            shared = {f.unit.lower() for f in mine} & {f.unit.lower() for f in theirs}
            if len(shared) != 1:
                continue
            unit = shared.pop()
            first = [f for f in mine if f.unit.lower() == unit]
            second = [f for f in theirs if f.unit.lower() == unit]
            if len(first) == 1 and len(second) == 1 and first[0].kind == second[0].kind and scaled(first[0]) != scaled(second[0]):
                return (ev, other), first[0], second[0]
    return None


def _told_apart(ask: Ask, verdict: str, evs: tuple[Evidence, Evidence], first: FigureRow, second: FigureRow) -> Answer:
    """The verdict with each side's amount in its own sentence, in the article's order."""
    said = sorted(((e.sentence.id, clause_window(e.sentence.text, f.start, f.end, 110), e) for e, f in zip(evs, (first, second))),
                  key=lambda x: x[0])
    text = f"{verdict} {' '.join(s for _, s, _ in said)}"
    return make_answer(ask.question, "yesno", text, 0.6, [citation(ask.store, e.sentence) for _, _, e in said])


# "takes 16 days, against 40 to 45 days by sea": one trip's time set against another's.
_SET_AGAINST = lazy_compile(r"^\W*(?:compared (?:with|to)|against|versus|vs\.?|than)\s+(?:about |around |some |roughly |up to )?$", re.IGNORECASE)


def _trip_times_set(ask: Ask, word: str) -> Answer | None:
    """ "is the train quicker than going by sea" (no names) over "takes about four days compared with
    seven days by ship": a sentence among the best few setting one duration against another of the same unit; the quicker takes less time."""
    # the trip's own words may be a synonym ("rail service" for "train"): the pairing is the check
    for ev in ask.pool.evidence[:4]:
        times = [f for f in ev.figures if not f.direction and _DURATION.match(f.unit or "")]
        for first, second in zip(times, times[1:]):
            between = ev.sentence.text[first.end:second.start]
            if first.unit != second.unit or scaled(first) == scaled(second) or not _SET_AGAINST.match(between):
                continue
            verdict = "Yes." if (scaled(first) < scaled(second)) != _PACE_WORDS[word] else "No."
            text = f"{verdict} {clause_window(ev.sentence.text, first.start, second.end, 130)}"
            return make_answer(ask.question, "yesno", text, 0.5 + 0.3 * ev.coverage, [citation(ask.store, ev.sentence)])
    return None


# "grow faster than", "rise more slowly than": two moves set against each other, not two levels.
_PACE_WORDS = {"faster": False, "quicker": False, "slower": True, "more quickly": False, "more slowly": True}
_DURATION = lazy_compile(r"(?:minute|hour|day|week|month)s?\b", re.IGNORECASE)
_ASKED_PACE = lazy_compile(rf"\b({'|'.join(_PACE_WORDS)})\s+than\b", re.IGNORECASE)


def _growths_compared(ask: Ask) -> Answer | None:
    """ "did exports to egypt grow faster than to italy?" over "Shipments to Egypt rose 47.5%" and
    "Exports to Italy climbed 31.2%": each name's own move, told in its own clause, wherever the
    two sentences stand; the order of the two moves answers."""
    m = _ASKED_PACE.search(ask.query.text)
    if m is None or not ask.query.direction:
        return None
    names = _compared_names(ask.query, m)
    if len(names) != 2:
        return None
    moves = [_own_move(ask, name, other) for name, other in (names, names[::-1])]
    if moves[0] is None or moves[1] is None:
        return None
    (first, first_ev), (second, second_ev) = moves[0], moves[1]
    if first is second or signed(first) == signed(second):
        return None
    verdict = "Yes." if (signed(first) < signed(second)) == _PACE_WORDS[m.group(1).lower()] else "No."
    said = [clause_window(e.sentence.text, f.start, f.end, 130) for f, e in ((first, first_ev), (second, second_ev))]
    if first_ev.sentence.id == second_ev.sentence.id:
        start, end = min(first.start, second.start), max(first.end, second.end)
        said = [clause_window(first_ev.sentence.text, start, end, 130)]
    cites = list({e.sentence.id: citation(ask.store, e.sentence) for e in (first_ev, second_ev)}.values())
    return make_answer(ask.question, "yesno", f"{verdict} {' '.join(said)}", 0.7, cites)


# "than the overall total", "than the whole": the part's move set against its whole's
_TOTAL_WORDS = ("total", "overall", "whole", "combined")
_PART_OF_TOTAL = lazy_compile(r"^\s+of\s+(?:the|its|their|that)\s+(?:[\w-]+\s+)?(?:total|whole)\b", re.IGNORECASE)


def _part_against_total(ask: Ask) -> Answer | None:
    """ "did jet fuel exports grow faster than the overall total?" over "exported about 4.1 million
    tonnes ..., up 18%" and "Jet fuel accounted for 1.3 million tonnes of the nine-month total, a
    27% jump": the part's own move against the move of the whole it is part of."""
    m = _ASKED_PACE.search(ask.query.text)
    if m is None or not ask.query.direction or not any(w in ask.query.text[m.end() :].lower() for w in _TOTAL_WORDS):
        return None
    pace = m.group(1).split()[-1].lower()
    at = next((t.position for t in ask.query.terms if t.word.lower() == pace), -1)
    part_terms = [t for t in ask.query.required if t.position < at and not t.keys & (UP_KEYS | DOWN_KEYS)]
    from handlers.derived import whole_of  # derived reads yesno's neighbours: imported here, not at the top
    for ev in ask.pool.evidence[:6]:
        if not part_terms or any(t in ev.missing for t in part_terms):
            continue
        text = ev.sentence.text
        part = next((f for f in ev.figures if f.kind in ("quantity", "money", "count") and _PART_OF_TOTAL.match(text[f.end :])), None)
        move = next((f for f in ev.figures if part is not None and f.kind == "percent" and f.direction and f.start > part.end), None)
        whole = whole_of(ask, ev, part) if move is not None else None
        if whole is None:
            continue
        whole_sentence = ask.store.sentences([whole.sentence_id]).get(whole.sentence_id)
        moves = [f for f in ask.store.figures_in([whole.sentence_id]) if f.kind == "percent" and f.direction]
        if whole_sentence is None or len(moves) != 1 or signed(moves[0]) == signed(move):
            return None
        verdict = "Yes." if (signed(move) < signed(moves[0])) == _PACE_WORDS[m.group(1).lower()] else "No."
        said = [clause_window(text, part.start, move.end, 130), clause_window(whole_sentence.text, whole.start, moves[0].end, 130)]
        return make_answer(ask.question, "yesno", f"{verdict} {' '.join(said)}", 0.7,
                           [citation(ask.store, ev.sentence), citation(ask.store, whole_sentence)])
    return None


def _own_move(ask: Ask, name: str, other: str) -> tuple[FigureRow, Evidence] | None:
    """The percent move told of a name in its own clause ("Shipments to Egypt rose 47.5%"), in the
    first of the question's sentences to tell one; not a forecast ("expects volumes to rise 20%")."""
    for ev in ask.pool.evidence[:10]:
        text = ev.sentence.text
        spot = re.search(rf"\b{re.escape(name)}\b", text, re.IGNORECASE)
        if spot is None:
            continue
        moves = [f for f in ev.figures if f.kind == "percent" and f.direction and not _forecast_figure(text, f, True)]
        near = [f for f in moves if _gap(text, f, spot.start(), spot.end()) < 60]
        if near:
            best = min(near, key=lambda f: _gap(text, f, spot.start(), spot.end()))
            if other not in text[min(best.start, spot.start()):max(best.end, spot.end())].lower():
                return best, ev
    return None


def _compared_names(query: Query, m: re.Match[str]) -> list[str]:
    """The two names set against each other: the last before the comparative and the first after
    its "than" ("did China buy more TALCO aluminium than Turkey?"); a name between the two
    qualifies the thing compared."""
    keys = list(query.entity_keys)
    lowered = query.text.lower()
    # "through Suez" asks the Suez Canal: a name may be asked by its first word
    spots = sorted((at, k) for k in keys if (at := _spot_in(lowered, k)) >= 0)
    if len(keys) == 2 and len(spots) < 2:
        return keys  # "the EU" asked as "european union": where each stands is unknown
    # "did Chile ship more cherries to China than last year?" sets no name against another
    before = [k for at, k in spots if at < m.start()]
    after = [k for at, k in spots if at >= m.end()]
    return [before[-1], after[0]] if before and after else []


def _spot_in(lowered: str, key: str) -> int:
    """Where the question names this key, whole or by its first word."""
    at = lowered.find(key)
    first = key.split()[0]
    if at < 0 and first != key and len(first) > 3:
        m = re.search(rf"\b{re.escape(first)}\b", lowered)
        at = m.start() if m else -1
    return at


def _amounts_of(ev: Evidence, names: list[str]) -> tuple[FigureRow, FigureRow] | None:
    """The amount nearest each name in the sentence, when the two are distinct, unequal and of
    one kind, currency and unit."""
    lowered = ev.sentence.text.lower()
    spots = [lowered.find(name) for name in names]
    # levels, not moves: "up 20%" beside a name is how it changed, not how much it is
    # ... and shares of one whole: "Turkey taking 38% of shipments and China 27%"
    figures = [f for f in ev.figures if f.kind in ("money", "count", "quantity", "percent") and not f.direction]
    if min(spots) < 0 or len(figures) < 2:
        return None
    # an amount across a comma or bracket is another clause's: "($218 million), with Turkey taking
    # 38%" gives Turkey the 38% it takes, not the total that sits nearer
    text = ev.sentence.text
    nearest = [min(figures, key=lambda f, at=at, name=name: _gap(text, f, at, at + len(name))) for at, name in zip(spots, names)]
    first, second = nearest
    if first is second or scaled(first) == scaled(second):
        return None
    # "$38 a tonne, compared with $55": the second amount leaves its unit understood
    if (first.kind, first.currency) != (second.kind, second.currency) or first.unit and second.unit and first.unit != second.unit:
        return None
    return first, second


def _gap(text: str, f: FigureRow, start: int, end: int) -> int:
    """How far an amount lies from a name's span, far when a clause break parts them."""
    between = text[end:f.start] if f.start >= end else text[f.end:start] if f.end <= start else ""
    return len(between) + (1000 if any(c in between for c in ",;()") else 0)


# "more than a year ago", "less than last year", "fewer than in 2024": set against an earlier time.
_THAN_BEFORE = lazy_compile(r"(?:(?:it|they|we|he|she|there) (?:did|was|were|had|used to)\s+)?(?:a (?:year|month|week|quarter|season|decade) "
                            r"(?:ago|earlier|before)|last (?:year|month|week|quarter|season|time)|(?:in |at )?the (?:previous|prior|preceding|same) "
                            r"|before\b|(?:in )?(?:19|20)\d\d\b|this time last|the year before|earlier\b)")
# "buy more", "sell less", "hire fewer": an amount asked to have grown or shrunk.
_MORE_OR_LESS = {"more": "up", "less": "down", "fewer": "down"}


def _more_or_less(query: Query, ev: Evidence) -> str:
    """The move a comparative the sentence lacks asks for, when the sentence states a move of
    the thing (a figure with a direction) and the comparative sets nothing against a number or a
    quality ("more than 5%", "more expensive")."""
    if query.direction or not ev.missing or any(t.lemma not in _MORE_OR_LESS for t in ev.missing):
        return ""
    if not any(f.direction for f in ev.figures):
        return ""
    words = query.text.lower().split()
    for i, w in enumerate(words):
        if w in _MORE_OR_LESS and any(t.lemma == w for t in ev.missing):
            after = words[i + 1].strip("?.!,") if i + 1 < len(words) else ""
            if after == "than" and _THAN_BEFORE.match(" ".join(words[i + 2:i + 7])):
                return _MORE_OR_LESS[w]  # "earn more than a year ago": than a time is a move since, no number
            if after in ("than", "and", "or") or after.endswith(("ive", "ful", "ous", "able", "ly")):
                return ""
            return _MORE_OR_LESS[w]
    return ""


# "Is the IMF deal final?" / "Has it been approved?" against "The deal still needs approval from
# the IMF's executive board": not yet, which the article does state.
_ASKS_DONE = lazy_compile(r"\b(?:final|finali[sz]ed|approved|done|completed?|sealed|signed off|official|through|"
                          r"ratified|rubber[- ]stamped|green[- ]lit|a done deal|set in stone|over the line|ok'd|okayed"
                          # "Has the engineering contract been signed already?": signed, as a thing done to it
                          r"|(?:been|be|being|get|got|gotten) (?:signed|agreed|settled|awarded|cleared|concluded|ok'?d|okayed"
                          # "has the funding for the second line been sorted out?" / "its financing has yet to be agreed"
                          r"|sorted(?: out)?|worked out|arranged|secured|nailed down|locked (?:in|down))|in place"
                          # "has the second phase been given the green light yet?", "has the section got its
                          # funding?" / "is awaiting an environmental permit", "its financing ... still under negotiation"
                          r"|(?:given|get|gets|got|gotten|received?|won) (?:the |its |their |a )?(?:green light|go-ahead|nod|all-clear|approval|permit|funding|financing)"
                          # "is the sea route up and running?" / "the planned corridor ... was still awaiting approval"
                          r"|up and running|operational"
                          # "is the frozen durian agreement with china signed yet"
                          r"|(?:signed|agreed|concluded) yet)\b", re.IGNORECASE)
_PENDING = lazy_compile(r"\b(?:still (?:needs?|requires?|awaits?|has to|have to|must|faces?|pending)|(?:needs|requires|awaits) (?:\w+ ){0,3}approval"
                        r"|subject to (?:\w+ ){0,3}(?:approval|ratification)|yet to be (?:approved|finali[sz]ed|signed|ratified|agreed|settled|secured|arranged|decided)"
                        r"|pending (?:\w+ ){0,2}(?:approval|ratification)|must (?:still )?be (?:approved|ratified)|awaiting"
                        # "has applied to the General Authority of Civil Aviation (GACA) for permission to open a
                        # second operating base ..., and expects a decision in the first quarter of 2026"
                        r"|(?:has |have )?appl(?:ied|ying|ies) (?:[\w()-]+ ){0,10}?for (?:\w+ )?(?:permission|approval|a licen[cs]e|clearance)"
                        r"|expects? (?:a|the) (?:\w+ )?(?:decision|ruling|verdict|approval)|(?:a |the )?decision (?:is )?(?:expected|due)"
                        # "is still being negotiated and is expected to be signed next month", "the European
                        # Commission has yet to approve the scheme"
                        r"|still being (?:negotiated|discussed|finali[sz]ed|worked out|reviewed|drafted)|(?:still )?under (?:negotiation|discussion|review|consideration)"
                        r"|(?:is|are) (?:expected|due|set|scheduled) to be (?:signed|approved|finali[sz]ed|ratified|concluded|awarded)"
                        r"|(?:has|have) yet to (?:approve|sign|ratify|finali[sz]e|clear|agree|award|conclude|rule))\b",
                        re.IGNORECASE)


_FILLER = frozenset("already yet now still really actually fully".split())


def pending_span(question: str, text: str) -> tuple[int, int] | None:
    """Where this sentence says the thing the question asks done is not done yet ("is still
    awaiting final approval"), or None."""
    if _ASKS_DONE.search(question) is None:
        return None
    m = _PENDING.search(text)
    return (m.start(), m.end()) if m else None


def _still_pending(ask: Ask) -> Answer | None:
    done = _ASKS_DONE.search(ask.query.text)
    if not done or _DENIES.search(ask.query.text):
        return None
    # "signed off": "signed" is a word of being done, though "signed" alone is no such phrase
    done_words = {w.lower() for w in done.group().split()}

    def of_done(t: Term) -> bool:
        return bool(_ASKS_DONE.search(t.word)) or t.word.lower() in done_words

    for rank, ev in enumerate(ask.pool.evidence[:6]):
        # About the thing asked, not merely about approvals; the words for being done are what
        # such a sentence lacks. "Is the Chennai-Vladivostok sea route up and running?": a thing
        # named by its names alone is about it when the sentence names them all.
        named = bool(ask.query.entity_keys) and all(c.startswith("missing:") for c in ev.conflicts)
        if not (rank < 4 and any(t.required and not of_done(t) for t in ev.matched) or named) or any(
                t.required and not of_done(t) and t.lemma not in _FILLER for t in ev.missing):
            continue
        m = _PENDING.search(ev.sentence.text)
        if m:
            text = f"No, not yet. {clause_window(ev.sentence.text, m.start(), m.end(), 130)}"
            return make_answer(ask.question, "yesno", text, 0.5 + 0.3 * ev.coverage, [citation(ask.store, ev.sentence)])
    return None


# "Is Kanakpay making money?", "Was it profitable?", "is the unit losing money?": the bottom line
# asked, its loss (group 2) the other way round.
_ASKS_PROFIT = lazy_compile(r"\b(?:(profitable|in the black|in profit|(?:make|makes|making|made|turn|turns|turning|turned|earn|earns|earning|earned)"
                            r" (?:a |any )?(?:money|profit))|(unprofitable|loss-making|in the red|(?:lose|loses|losing|lost) money"
                            r"|(?:make|makes|making|made|post|posts|posting|posted|book|booked|report|reported) (?:a )?(?:net )?loss))\b",
                            re.IGNORECASE)
# "swung to a net loss of 187 million euros from a net profit of 96 million": the first result
# stated with its figure, not the one it came from.
_BOTTOM_LINE = lazy_compile(r"\b(?:net |quarterly |annual |half-year |full-year )?(loss|profit|income)\b", re.IGNORECASE)
_FROM_BEFORE = lazy_compile(r"\b(?:from|compared (?:with|to)|against|versus|after)\s+(?:a |an |the )?(?:year-earlier |year-ago )?(?:net )?$",
                            re.IGNORECASE)
_LOSS_LEMMAS = frozenset("loss lose money profit profitable make earn black red turn".split())
# "in the same quarter last year", "a year ago": the question asks the bottom line of a year before
_YEAR_BACK_ASKED = lazy_compile(r"\b(?:same\s+(?:quarter|period|half|month)\s+(?:last|a|the\s+previous)\s+year|(?:a|one)\s+year\s+(?:earlier|ago|before)|year-ago)\b",
                                re.IGNORECASE)
# "against a loss of 21.3 million ringgit a year earlier": the level left is the year before's
_YEAR_EARLIER_AFTER = lazy_compile(r"\s+(?:(?:a|one)\s+year\s+(?:earlier|ago|before)|in\s+the\s+(?:same|year-earlier|year-ago)\s+(?:quarter|period))\b",
                                   re.IGNORECASE)


def _profit_or_loss(ask: Ask) -> Answer | None:
    """ "Was Rheinfeld profitable in the third quarter?" over "Rheinfeld swung to a net loss of 187
    million euros": the bottom line the sentence states with its figure answers, though a sentence
    on its sales and "earnings before interest" names more of the question."""
    asked = _ASKS_PROFIT.search(ask.query.text)
    if asked is None or _DENIES.search(ask.query.text):
        return None
    # "was it profitable in the same quarter last year?": the bottom line left "against" or "from"
    # a year earlier answers, not the one just reached
    year_back = "year" in ask.query.text and _YEAR_BACK_ASKED.search(ask.query.text) is not None
    for ev in ask.pool.accepted[:6]:
        if any(not c.startswith("missing:") for c in ev.conflicts) or any(
                t.required and t.lemma not in _LOSS_LEMMAS and t.lemma not in _FILLER for t in ev.missing):
            continue
        text = ev.sentence.text
        for m in _BOTTOM_LINE.finditer(text):
            if bool(_FROM_BEFORE.search(text[max(0, m.start() - 30):m.start()])) != year_back:
                continue
            figure = next((f for f in ev.figures if f.kind == "money" and 0 <= f.start - m.end() <= 30), None)
            if figure is None or (year_back and not _YEAR_EARLIER_AFTER.match(text, figure.end)):
                continue
            lost = m.group(1).lower() == "loss"
            yes = lost == bool(asked.group(2))
            window = clause_window(text, m.start(), figure.end, 130)
            return make_answer(ask.question, "yesno", f"{'Yes' if yes else 'No'}. {window}", 0.5 + 0.3 * ev.coverage,
                               [citation(ask.store, ev.sentence)])
    return None


# Up to 90 characters: "Underemployment, which tracks workers who want to work more hours than they are
# getting, fell to 5.9%" moves underemployment, not the hours of the aside.
_ASIDE_BETWEEN = lazy_compile(r"(?:\s+of\s+[\w\s-]{1,30}?)?\s*,\s*(?:including|excluding|such as|which|who|mainly|mostly|led by)\b[^,;]{1,90},\s*",
                               re.IGNORECASE)
_OF_OR_ON = frozenset({"of", "on"})
_NEAR = 4  # tokens between a direction word and the thing it moves: "cut its benchmark lending rate"
# "The company kept its full-year forecast at 168 billion yen": neither raised nor cut.
# "..., cutting costs and transportation time": the participle cuts what follows (the lemmatiser
# reads "cutting" as the noun, which carries no fall)
_CUTTING = frozenset({"cutting"})
_HELD = frozenset("kept keep keeps held hold holds maintained maintains maintain reaffirmed reaffirms reiterated reiterates unchanged".split())
_ACTED = lazy_compile(r"(?:ed|^cut|^rose|^fell|^grew|^shrank|^sank|^slid|^lift|^hike|^raise|^cuts|^raises)$")
_AUXILIARY = frozenset("to will would did does do has have had was were is are be been".split())
_NOUN_DETERMINERS = frozenset({"a", "an", "the"})
# "4.2% of new registrations": a share of the thing named after it.
_PERCENT_OF_BEFORE = lazy_compile(r"\d\s*(?:%|per ?cent|pct)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[a-z-]+\s+)?$", re.IGNORECASE)


def _noun_move(tokens: list[Token], i: int) -> bool:
    """ "a 4% drop in export volumes", "a sharp rise in prices": a move written as a noun moves
    what its "in" names, as a verb moves what follows it."""
    if i + 1 >= len(tokens) or tokens[i + 1].lower != "in" or i == 0:
        return False
    before = tokens[i - 1].lower
    return (before in _NOUN_DETERMINERS or any(c.isdigit() for c in before)
            or i > 1 and tokens[i - 2].lower in _NOUN_DETERMINERS)


def _measures_asked(query: Query) -> list[Term]:
    """ "export volumes": a measure word the question adds to the thing it asks of."""
    return [t for t in query.terms if not t.required and t.lemma in MEASURES]


def _misses_measure(query: Query, tokens: list[Token], keys: list[frozenset[str]], lo: int, hi: int) -> bool:
    """ "Did export volumes go up?": a move whose words never name the measure asked (volumes,
    not the value of "exports rose 18%") ranks below one that does; the word after the thing
    moved is its head ("export volumes")."""
    measures = _measures_asked(query)
    if not measures:
        return False
    return not any(keys[k] & t.keys for t in measures for k in range(lo, min(len(tokens), hi + 2)))


# "dearer", "cheaper", "pricier": a move of the price.
_PRICED = frozenset({"expensive", "cheap"})
_PRICE_TERM = Term("price", "price", frozenset({"price", "pric"}), True, 0)


# "New Delhi wanted to lift bilateral trade to $100 billion", "exports had to grow much faster":
# what someone means or needs to happen, not what happened.
_AIMED = lazy_compile(r"\b(?:wants?|wanted|aims?|aimed|aiming|plans?|planned|planning|hopes?|hoped|hoping|seeks?|sought|seeking|"
                      r"intends?|intended|targets?|targeted|had|has|have|needs?|needed|must|would like|trying|tries|tried)\s+to\s+$",
                      re.IGNORECASE)


def _direction_stated(ask: Ask) -> Answer | None:
    """ "Did ABARES raise its estimate?": find the sentence where a direction word moves the
    thing asked about ("cut its estimate"), preferring the asked word itself to a synonym and a
    sentence naming the one asked about; the same direction is a yes, the other a no."""
    query = ask.query
    if query.direction not in ("up", "down"):
        return None
    asked = [t for t in query.required if not t.keys & (UP_KEYS | DOWN_KEYS | SOFTENING) or t.lemma in MEASURES]
    things = asked[-1:]  # the head: "estimate", "rates"
    if any(t.keys & _PRICED for t in query.terms):
        # "Is copper dearer than at the start of the year?": its price moved ("Prices have gained 10.4%")
        things = [*things, _PRICE_TERM]
    asked_lemmas = {t.lemma for t in asked}
    words = {w for t in query.terms for w in (t.lemma, t.word.lower())}
    asks_forecast = any("forecast" in t.keys for t in query.terms)
    asks_share = bool(SHARE_ASKED.search(query.text))
    found: list[tuple[tuple[int, int], Evidence, str, int, int]] = []
    # Eight: "Bordeaux exports fell 11.7%" may rank below six sentences on French exports all round.
    for rank, ev in enumerate(ask.pool.accepted[:8]):
        # The one asked about must be in the sentence itself, or be the story's home place, the
        # move stated with its figure ("Gross domestic product shrank 0.3%").
        at_home = False
        if query.entity_keys and not any(named_by(e, set(query.entity_keys)) for _, e in ev.mentions) and not _refers_back(query, ev):
            if not _at_home(ask, ev):
                continue
            at_home = True
        if any(t in ev.missing for t in asked):
            continue  # "Did energy stocks go up?" is not "Equities ... gained 5.9%"
        tokens, keys = analysed(ev.sentence.text)
        for i, k in enumerate(keys):
            moved = ("up" if k & UP_KEYS else "down" if k & DOWN_KEYS or tokens[i].lemma in SOFTENING or tokens[i].lower in _CUTTING
                     else "held" if tokens[i].lower in _HELD else "")
            if not moved or tokens[i].lemma in asked_lemmas:
                continue  # "Is the loss bigger?": the loss is what moved, not a fall
            if _AIMED.search(ev.sentence.text, max(0, tokens[i].start - 30), tokens[i].start):
                continue  # "wanted to lift bilateral trade to $100 billion by 2030": an aim, no move
            # A verb moves what follows it ("cut its estimate"); "lower mortgage rates" only
            # describes them. What comes before is moved by any form ("imports fell").
            acting = _ACTED.search(tokens[i].lower) is not None or (i > 0 and tokens[i - 1].lower in _AUXILIARY) or moved == "held"
            # "a 4% drop in export volumes": a noun's move reaches past its "in" only to the measure asked
            noun = (not acting and _noun_move(tokens, i) and bool(_measures_asked(query))
                    and not _misses_measure(query, tokens, keys, i, min(len(tokens) - 1, i + _NEAR)))
            acting = acting or noun
            # "Sales of small cars, including hatchbacks and compact sedans, rose": across the aside.
            reach = next((j for j in range(max(0, i - 14), max(0, i - _NEAR))
                          if _ASIDE_BETWEEN.fullmatch(ev.sentence.text, tokens[j].end, tokens[i].start)), max(0, i - _NEAR))
            # "shipments to the United States fell": the name asked, and its preposition, add no distance
            named = [t for t in range(max(0, i - 10), i) if _in_asked_mention(query, ev, tokens[t].start)]
            if named:
                reach = max(0, min(reach, named[0] - 3))
            # "Its output in the first half of 2025 rose 6.5%": the period, too, adds no distance
            when = next((t.start for t in ev.times if 0 <= tokens[i].start - t.end <= 2), None)
            if when is not None:
                reach = max(0, min(reach, next(k for k in range(i + 1) if tokens[k].end > when) - _NEAR))
            if tokens[i].lower.endswith("er") and i + 1 < len(tokens) and tokens[i + 1].lower == "than":
                reach = max(0, i - 14)  # "a net loss of 412.8 million ringgit ..., wider than": the loss is wider
            # "kept its full-year output guidance unchanged": what is held may carry more words; so
            # may what a verb moves through "on"/"of" ("raise the cap on household energy bills").
            after = _NEAR + 3 if moved == "held" or any(tokens[k].lower in _OF_OR_ON for k in range(i + 2, min(len(tokens), i + _NEAR))) else _NEAR
            span = range(reach, min(len(tokens), i + after + 1) if acting else i)
            if moved in ("up", "down") and i + 1 < len(tokens) and tokens[i + 1].lower == "from" and (
                    base := _level_before_move(ev, tokens, i)) is not None and base < reach:
                span = [base, *span]
            for j in span:
                exact = [t for t in things if tokens[j].lemma == t.lemma]
                forecast_of = "forecast" in keys[j] and j > 0 and tokens[j - 1].lemma in MEASURES  # "output guidance" is its forecast
                if j > 0 and not forecast_of and not _opens_clause(ev.sentence.text, tokens[j - 1]) and _another_kind(
                        tokens[j - 1], j - 1 == 0, words, not query.entity_keys) or (
                        j + 2 < len(tokens) and tokens[j + 1].lower == "of" and _another_kind(tokens[j + 2], False, words)
                        and not _unqualified_asked(query, tokens, j + 3)):
                    continue  # "Food inflation eased", "Sales of electric cars rose": no word on inflation, on small cars
                if not exact and j < i and _EXPECTING.fullmatch(tokens[j].lower):
                    continue  # "Merridale expects the expansion to add ...": what is expected moves, no forecast
                if j < i and not asks_share and _PERCENT_OF_BEFORE.search(ev.sentence.text, max(0, tokens[j].start - 30), tokens[j].start):
                    continue  # "made up 4.2% of new registrations, up from 1.8%": the share moved, not registrations
                if not asks_forecast and j > i and any("forecast" in keys[k] for k in range(i + 1, min(j + 2, len(keys)))):
                    continue  # "kept its forecast for collections", "kept its sales guidance": the forecast held, not sales
                # "exports to China and Hong Kong, which rose 9.6%": the one asked may name the thing in
                # its own clause, before the move's.
                if j != i and (exact or any(keys[j] & t.keys for t in things)) and (
                        _asked_in_clause(query, ev, tokens[i].start, tokens[i].end)
                        or j < i and _asked_in_clause(query, ev, tokens[j].start, tokens[j].end, own=True)):
                    # A move stated with its figures ("raised its forecast ... to between 780 million and
                    # 820 million euros") tells more than the lead's bare one ("raised its guidance").
                    clause = own_clause(ev.sentence.text, tokens[i].start, tokens[i].end)
                    # "a 6.8% fall in domestic sales": a noun's move ranks as a bare one (its figure, before it, may be of a part)
                    bare = not any(tokens[i].end <= f.start < clause[1] for f in ev.figures) or noun
                    if bare and at_home:
                        continue  # "U.S. Treasury bills held in the reserves": no move of the home's reserves
                    found.append(((_misses_measure(query, tokens, keys, min(i, j), max(i, j)), bare,
                                   _far_from_asked(query, ev, tokens[j].start), _narrowed(query, ev, tokens[j].end),
                                   0 if exact else 1, rank), ev, moved, tokens[i].start, tokens[j].end))
            if (query.entity_keys and not any(f[1] is ev and f[3] == tokens[i].start for f in found)
                    and not _describes(tokens, i)
                    and _asked_in_clause(query, ev, tokens[i].start, tokens[i].end, own=True)):
                # "Prices dropped 5.7% in Guangzhou, while Shanghai posted a 3.9% rise": the clause
                # of the one asked moves what the sentence named before it.
                before = next((j for j in range(i - 1, -1, -1) if any(keys[j] & t.keys for t in things)
                               and not _EXPECTING.fullmatch(tokens[j].lower)), None)
                if before is not None:
                    found.append(((_misses_measure(query, tokens, keys, before, i), False, False, False, 2, rank),
                                  ev, moved, tokens[i].start, tokens[i].end))
    if not found:
        return None
    _, ev, moved, start, end = min(found, key=lambda f: f[0])
    verdict = "Yes." if moved == query.direction else "No."
    text = f"{verdict} {clause_window(ev.sentence.text, min(start, end - 1), max(start + 1, end), 130)}"
    cites = [citation(ask.store, ev.sentence)]
    body = _body_figure(ask, ev, moved, start, end)
    if body is not None:
        # "Did sales in China grow?" over the headline's "as China sales slide": the body's "In
        # China, however, deliveries fell 4.1%" is how far.
        sentence, figure = body
        said = clause_window(sentence.text, figure.start, figure.end, 110).rstrip(".")
        text = f"{text.rstrip('.')}; {said[:1].lower() + said[1:]}."
        cites.append(citation(ask.store, sentence))
    return make_answer(ask.question, "yesno", text, 0.5 + 0.3 * ev.coverage, cites)


def _level_before_move(ev: Evidence, tokens: list[Token], i: int) -> int | None:
    """ "will pay a royalty of 7% of the export value of the concentrate, up from 5%": ", up from"
    moves the level it follows, and so the thing that level is "of" ("a royalty of"), however many
    words the level's own phrase takes; that thing's token, else None (the words between, the
    level's own unit among them, are no more moved than before)."""
    start, text = tokens[i].start, ev.sentence.text
    if not text[:start].rstrip().endswith(","):
        return None
    level = max((f for f in ev.figures if f.end <= start), key=lambda f: f.end, default=None)
    if level is None or ";" in text[level.end:start]:
        return None
    k = next((k for k in range(i - 1, -1, -1) if tokens[k].end <= level.start), None)
    return k - 1 if k is not None and k > 0 and tokens[k].lower == "of" else None


def _body_figure(ask: Ask, ev: Evidence, moved: str, start: int, end: int) -> tuple[SentenceRow, FigureRow] | None:
    """A headline's bare move ("as China sales slide"), stated with its figure in the body: the
    first later sentence that names the one the headline's clause of the move names and moves a
    figure the same way."""
    if moved not in ("up", "down"):
        return None
    clause = own_clause(ev.sentence.text, min(start, end - 1), max(start + 1, end))
    # "cement dispatches rose 9.6% ..., while sales at home slipped": the figures of another
    # clause tell nothing of this move
    if any(f.direction and clause[0] <= f.start < clause[1] for f in ev.figures):
        return None
    if ev.sentence.paragraph != 0:
        return _next_figure(ask, ev, moved) if not any(f.direction for f in ev.figures) else _next_paragraph_figure(ask, ev, moved)
    keys = set(ask.query.entity_keys)
    # A place: the story's own subject is named by nearly every sentence, moving anything.
    named = {e.id for m, e in ev.mentions if named_by(e, keys) and clause[0] <= m.start < clause[1] and e.kind == "place"}
    if not named:
        return None
    ids = [i for i in ask.store.sentences_mentioning(named) if i != ev.sentence.id]
    rows = sorted((r for r in ask.store.sentences(ids).values() if r.article_id == ev.sentence.article_id and r.paragraph > 0),
                  key=lambda r: (r.paragraph, r.index))
    figures = ask.store.figures_in([r.id for r in rows])
    mentions = ask.store.mentions_in([r.id for r in rows])
    for row in rows:
        spans = [span for m in mentions if m.sentence_id == row.id and m.entity_id in named
                 for span in span_clause(row.text, m.start, m.end)]
        # the move in the clause that speaks of the named one: "In China, however, deliveries fell 4.1%"
        for f in figures:
            if f.sentence_id == row.id and f.direction == moved and any(a <= f.start < b for a, b in spans):
                return row, f
    return None


def _next_figure(ask: Ask, ev: Evidence, moved: str) -> tuple[SentenceRow, FigureRow] | None:
    """ "Wholesale prices in China have eased as a result of the bigger supply. A 5-kg box of
    cherries sold for 368 yuan ..., down 14% from a year earlier": a bare move in the body, how far
    told by the next sentence of its paragraph, about a thing asked and moving the same way."""
    row = next((r for r in ask.store.paragraph_sentences(ev.sentence.article_id, ev.sentence.paragraph)
                if r.index == ev.sentence.index + 1), None)
    if row is None:
        return None
    _, keys = analysed(row.text)
    if not any(k & t.keys for t in ask.query.required for k in keys):
        return None
    figure = next((f for f in ask.store.figures_in([row.id]) if f.direction == moved), None)
    return (row, figure) if figure is not None else None


def _next_paragraph_figure(ask: Ask, ev: Evidence, moved: str) -> tuple[SentenceRow, FigureRow] | None:
    """ "Pakistan's cement dispatches rose 9.6% ..., while sales at home slipped." / "Domestic
    dispatches fell 2.9% ...": a lead's bare move in its last clause, how far told by the first
    sentence of the next paragraph, about a thing asked and moving the same way."""
    later = ask.store.paragraph_sentences(ev.sentence.article_id, ev.sentence.paragraph)
    if any(r.index > ev.sentence.index for r in later):
        return None
    row = next((r for r in ask.store.paragraph_sentences(ev.sentence.article_id, ev.sentence.paragraph + 1) if r.index == 0), None)
    if row is None:
        return None
    _, keys = analysed(row.text)
    if not any(k & t.keys for t in ask.query.required for k in keys):
        return None
    figure = next((f for f in ask.store.figures_in([row.id]) if f.direction), None)
    return (row, figure) if figure is not None and figure.direction == moved else None


def _narrowed(query: Query, ev: Evidence, end: int) -> bool:
    """ "Did imports go up?" asks about all of them: "imports from the United States rose 8.3%"
    moves a part, "Imports fell 2.3%" the whole."""
    if query.entity_keys:
        return False
    after = _TO_OR_FROM.match(ev.sentence.text, end)
    if after is None:
        return False
    # "from the bloc", "to Asia": a trading partner, by name or by the word for one
    return after.group(1) is not None or any(m.start == after.end() and e.kind == "place" for m, e in ev.mentions)


_TO_OR_FROM = re.compile(r"\s+(?:from|to)\s+(?:the\s+)?(?:(bloc|region|continent|country)\b|(?=[A-Z]))")
_ASIDE = re.compile(r",[^,]{0,60},")
_EXPECTING = re.compile(r"(?:expect|forecast|predict|project|see|estimate|anticipate)(?:s|ed|ing)?")


def _in_asked_mention(query: Query, ev: Evidence, at: int) -> bool:
    keys = set(query.entity_keys)
    return bool(keys) and any(m.start <= at < m.end and named_by(e, keys) for m, e in ev.mentions)


_THE_COMPANY = re.compile(r"\b(?:the|its)\s+(?:[\w-]+\s+)?(?:company|firm|group|miner|bank|lender|carrier|airline|producer|maker|insurer)\b",
                         re.IGNORECASE)

_OPENS_WITH_IT = re.compile(r"(?:It|Its|Their|They)\b")


def _at_home(ask: Ask, ev: Evidence) -> bool:
    """ "is mexico's economy still expanding?" in a story whose headline opens on Mexico: "Gross
    domestic product shrank 0.3%", naming no place, is Mexico's."""
    asked = ask.query.entities
    return (bool(asked) and all(e.kind == "place" for e in asked) and not any(e.kind == "place" for _, e in ev.mentions)
            and all(topic_rank(ask.store, e) == 3 for e in asked))


def _refers_back(query: Query, ev: Evidence) -> bool:
    """ "The Perth-based company kept its guidance": the company asked about, by another name, in
    a sentence that names no other body."""
    orgs = {e.kind for e in query.entities} & {"org"}
    # "Aravalli ... reported a 34% jump in revenue. Its shares rose 4.2%": "Its" opens on the one
    # its paragraph is about.
    return bool(orgs) and not any(e.kind == "org" for _, e in ev.mentions) and bool(
        _THE_COMPANY.search(ev.sentence.text) or _OPENS_WITH_IT.match(ev.sentence.text))


def _far_from_asked(query: Query, ev: Evidence, at: int) -> bool:
    """ "exports to the United States fell" beats "exports jump 9.4% on chip sales as U.S. car
    shipments slump": the one asked next to the thing moved, not somewhere in its clause."""
    keys = set(query.entity_keys)
    if not keys:
        return False
    text = ev.sentence.text
    for m, e in ev.mentions:
        if named_by(e, keys):
            lo, hi = sorted((m.end, at))
            # "Yarrowee, about 90 kilometres north of Kalgoorlie, produced": the aside is no distance
            if len(_ASIDE.sub(",", text[lo:hi])) <= 30:
                return False
    return True


def _asked_in_clause(query: Query, ev: Evidence, start: int, end: int, own: bool = False) -> bool:
    """ "Did exports to the US go up?" over "exports rose 9.4% ..., as ... car shipments to the United
    States" slumped: the one asked must be named in the clause of the move, not elsewhere (with
    `own`, in the move's own clause alone)."""
    if not query.entity_keys:
        return not own
    keys = set(query.entity_keys)
    if not own and not any(named_by(e, keys) for _, e in ev.mentions):
        return True  # "The Perth-based company kept ...": named another way, the whole sentence is theirs
    spans = [own_clause(ev.sentence.text, start, end)] if own else span_clause(ev.sentence.text, start, end)
    return any(named_by(e, keys) and any(a <= m.start < b for a, b in spans) for m, e in ev.mentions)


def _another_kind(before: Token, opens: bool, asked: set[str], anyone: bool = False) -> bool:
    """The word before a measure names a kind of it the question does not: "Food" in "Food
    inflation" (capitalised as the sentence's first word; elsewhere a capital is a name's)."""
    word = before.lower
    return (word.isalpha() and is_content(before) and word not in asked and before.lemma not in asked
            and word not in PLAIN_QUALIFIERS and word not in _POLICY_RATE and word not in _AUXILIARY
            and word not in _PERIODS and (opens or not before.text[:1].isupper())
            # "carried 6.8 million passengers": the figure's scale, no kind of passenger
            and not is_scale_word(word)
            # "Is the company adding staff?" over "Veltrix headcount fell": whose, not a kind; when
            # the question names its own, another name is another's ("Valmeuse shares jumped"); a
            # country is whose too, though "Georgia" is also a word ("Georgia's exports ... rose").
            and not (anyone and before.text[:1].isupper() and (not is_known_word(word) or word in gz.COUNTRY_SET)))


def _unqualified_asked(query: Query, tokens: list[Token], k: int) -> bool:
    """ "exports of manganese ferroalloys", asked "did ferroalloy exports grow": the word after the
    other kind is one the question asks with no kind of its own before it, so the kind only narrows
    it ("Sales of electric cars" still answers no "small cars")."""
    if k >= len(tokens):
        return False
    word = tokens[k]
    positions = {t.position for t in query.terms}
    return any((t.lemma == word.lemma or t.word.lower() == word.lower) and t.position - 1 not in positions
               for t in query.required)


def _describes(tokens: list[Token], i: int) -> bool:
    """ "to shield local makers from cheaper Chinese panels": a comparative before the thing it
    describes says what kind of panels, not that anything moved."""
    return (tokens[i].lower.endswith("er") and i + 1 < len(tokens) and tokens[i + 1].text[:1].isalpha()
            and is_content(tokens[i + 1]))


def _opens_clause(text: str, word: Token) -> bool:
    """ "..., overtaking exports to China, which rose 9.6%": a verb opening a clause after a comma
    acts on the thing, it names no kind of it (as "mining" does in "mining output")."""
    return word.lower.endswith("ing") and text[max(0, word.start - 2):word.start] == ", "


# "first-quarter grindings fell", "annual inflation rose": when, not what kind.
_PERIODS = frozenset("""quarter month year week half season day annual monthly quarterly yearly weekly daily
january february march april may june july august september october november december""".split())


# "cut its benchmark lending rate": the rate "did they raise rates?" asks about, not a kind of it.
_POLICY_RATE = frozenset("lending policy interest repo refinancing base overnight bank".split())


def _opposite_stated(ask: Ask, ev: Evidence) -> tuple[int, int] | None:
    """Where the sentence states the opposite of a word asked ("disapproval" for "approve")."""
    for term in ask.query.terms:
        word = opposed_word(term)
        opposites = OPPOSITES.get(word)
        if not opposites:
            continue
        keys = opposite_keys(word)
        tokens, token_keys_ = analysed(ev.sentence.text)  # tokenised once per text
        # The word itself before its class ("loss" before "fell"), nearest the one asked about.
        found = [t for t in tokens if t.lower in opposites or t.lemma in opposites] or [
            t for t, k in zip(tokens, token_keys_) if k & keys]
        named = [m.start for m, e in ev.mentions if named_by(e, set(ask.query.entity_keys))] if found else []
        own = term.keys - keys
        said = [t.start for t, k in zip(tokens, token_keys_) if t.lemma == word or named and k & own]
        if named and said:
            # "deficient rain, including Bihar and Odisha, while Punjab and Haryana have had surplus
            # showers": the word nearest the one asked is theirs.
            near = min(said + [t.start for t in found], key=lambda at: min(abs(at - n) for n in named))
            if near in said:
                continue
        stated = next((t.start for t in tokens if t.lemma == word), None)
        if stated is not None and (not found or stated < found[0].start):
            continue  # the word asked comes first: "net profit rose, after a loss a year earlier"
        if found:
            best = min(found, key=lambda t: min((abs(t.start - n) for n in named), default=0))
            return best.start, best.end
    return None


# "is Shenyang the capital of Heilongjiang?", "Shenyang is the capital of Heilongjiang, right?"
_ASKED_CAPITAL = lazy_compile(r"\bthe\s+(?:provincial\s+|regional\s+|state\s+)?capital\s+of\s+(?:the\s+)?", re.IGNORECASE)


def _capital_instead(ask: Ask) -> Answer | None:
    """ "is Shenyang the capital of Heilongjiang?" over "The summit in Shenyang, the capital of
    Liaoning province": the city is told the capital of another place, a no with the place the
    article gives; of the place asked, a yes."""
    m = _ASKED_CAPITAL.search(ask.query.text)
    # (a region the gazetteer lacks is a name of no kind: "neighbouring Guangxi")
    places = [e for e in ask.query.entities if e.kind in ("place", "other")]
    if m is None or len(places) != 2:
        return None
    after = ask.query.text[m.end():].lower()
    region = next((e for e in places if any(after.startswith(normalise_name(n)) for n in (e.name, *e.aliases))), None)
    city = next((e for e in places if e is not region), None)
    if region is None or city is None:
        return None
    told = re.compile(rf"\b{re.escape(city.name)}\s*,\s*(?:the\s+)?(?:\w+\s+)?capital\s+of\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)")
    for ev in ask.pool.evidence[:6]:
        said = told.search(ev.sentence.text)
        if said is None:
            continue
        named = normalise_name(said.group(1))
        same = any(named == normalise_name(n) or named.startswith(normalise_name(n) + " ") for n in (region.name, *region.aliases))
        text = f"{'Yes' if same else 'No'}. {clause_window(ev.sentence.text, said.start(), said.end(), 130)}"
        return make_answer(ask.question, "yesno", text, 0.5 + 0.3 * ev.coverage, [citation(ask.store, ev.sentence)])
    return None


# "is vladivostok in china?", "is harbin part of russia": a city asked to lie in a country.
_CITY_IN_COUNTRY = lazy_compile(r"^\s*(?:is|are)\s+(?:the\s+)?(?:(?:city|port)\s+of\s+)?(?P<city>[a-z][a-z' -]*?)\s+"
                                r"(?:(?:located|situated|included)\s+)?(?:in|inside|within|(?:a\s+)?part\s+of)\s+"
                                r"(?:the\s+)?(?P<country>[a-z][a-z' -]*?)\s*\??\s*$", re.IGNORECASE)


# "was the station upgrade paid w a foreign loan": the source of the money asked, ending the question.
_FUNDED_ASKED = lazy_compile(r"\b(?:paid|funded|financed|bankrolled)\s+(?:for\s+)?(?:with|by|from|through|using|out of|w/?)\s+"
                             r"(?P<source>(?:an?\s+|the\s+|its\s+)?[\w\s-]{2,40}?)\s*\??\s*$", re.IGNORECASE)
# "..., funded entirely from the state budget": the source the sentence gives.
_FUNDED_TOLD = lazy_compile(r"\b(?:paid|funded|financed|bankrolled)\s+(?:[a-z]+ly\s+)?(?:for\s+)?(?:with|by|from|through|out of)\s+(?P<source>[^,.;()]{3,60})",
                            re.IGNORECASE)


def _funded_otherwise(ask: Ask) -> Answer | None:
    """ "was the station upgrade paid w a foreign loan?" over "a 2.1 trillion dong upgrade of Dong
    Dang station ..., funded entirely from the state budget": a sentence about the thing asked,
    short only of the words of the source asked, that names its own source; yes when that source
    holds the asked one's last word ("loan"), else no."""
    lower = ask.query.text.lower()
    if "paid" not in lower and "fund" not in lower and "financ" not in lower and "bankroll" not in lower:
        return None
    m = _FUNDED_ASKED.search(ask.query.text)
    if m is None:
        return None
    asked_words = {w.lower() for w in re.findall(r"[A-Za-z]+", ask.query.text[m.start():])}
    head = m["source"].split()[-1].lower()
    for ev in ask.pool.evidence[:3]:
        if any(t.word.lower() not in asked_words for t in ev.missing):
            continue
        told = _FUNDED_TOLD.search(ev.sentence.text)
        if told is None:
            continue
        same = not phrase_keys(head).isdisjoint(phrase_keys(told["source"]))
        text = f"{'Yes.' if same else 'No.'} {clause_window(ev.sentence.text, told.start(), told.end(), 130)}"
        return make_answer(ask.question, "yesno", text, 0.5 + 0.3 * ev.coverage, [citation(ask.store, ev.sentence)])
    return None


def _within_instead(ask: Ask) -> Answer | None:
    """ "is vladivostok in china?" over "Vladivostok, the biggest port in the Russian Far East": a
    city the gazetteer places in another country is a no, said with the article's sentence naming
    the city (one naming its country first); the same country, a yes. A city of no known country
    is left to the other rules, which read the story alone."""
    m = _CITY_IN_COUNTRY.match(ask.query.text)
    if m is None:
        return None
    city, asked = m["city"].strip().lower(), gz.PLACES.get(m["country"].strip().lower(), "")
    home = gz.country_of_city(city)
    if not home and asked.lower() in gz.COUNTRY_SET:
        return _placed_elsewhere_by_story(ask, city, asked)
    if not home or not asked or asked.lower() not in gz.COUNTRY_SET:
        return None
    naming = [ev for ev in ask.pool.evidence[:8] if re.search(rf"\b{re.escape(city)}\b", ev.sentence.text, re.IGNORECASE)]
    adjectives = (d for d, c in DEMONYMS.items() if c == home)
    own = re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in (home, *adjectives))})\b", re.IGNORECASE)
    ev = next((e for e in naming if own.search(e.sentence.text)), naming[0] if naming else None)
    if ev is None:
        return None
    spot = re.search(rf"\b{re.escape(city)}\b", ev.sentence.text, re.IGNORECASE)
    # the quote shows the country too when the sentence names it ("the biggest port in the Russian Far East")
    told = own.search(ev.sentence.text)
    start, end = (min(spot.start(), told.start()), max(spot.end(), told.end())) if told else spot.span()
    verdict = "Yes." if home == asked else f"No, {spot[0]} is in {home}."
    text = f"{verdict} {clause_window(ev.sentence.text, start, end, 130)}"
    return make_answer(ask.question, "yesno", text, 0.5 + 0.3 * ev.coverage, [citation(ask.store, ev.sentence)])


# "northeast China – comprising the provinces of Liaoning, Heilongjiang and Jilin": a whole
# named, then the words that say the list after it makes it up.
_LIST_CUE = lazy_compile(r"\s*[-–—,(:]?\s*(?:which\s+(?:is|are)\s+)?(?:comprising|comprises|consisting\s+of|consists\s+of"
                         r"|made\s+up\s+of|including|includes)\s+", re.IGNORECASE)
# The list a cue opens ends at the clause's end: a dash, bracket, semicolon or full stop.
_LIST_END = lazy_compile(r"[–—();]|\s-\s|\.(?:\s|$)")


def _listed_member(ask: Ask) -> Answer | None:
    """ "is heilongjiang part of northeast china?" over "northeast China – comprising the
    provinces of Liaoning, Heilongjiang and Jilin": a name listed right after a whole and a word
    saying the list makes it up is a yes, said with that clause. Silence is left to other rules."""
    m = _CITY_IN_COUNTRY.match(ask.query.text)
    if m is None:
        return None
    member, whole = m["city"].strip(), m["country"].strip()
    # (the whole and the member between \b's, folded, found by str.find: none compiled per name)
    for ev in ask.pool.evidence[:8]:
        text = ev.sentence.text
        for said_start, said_end in word_spans(text, whole, fold=True):
            cue = _LIST_CUE.match(text, said_end)
            if cue is None:
                continue
            end = _LIST_END.search(text, cue.end())
            listed = _first_word(text, member, cue.end(), end.start() if end else len(text))
            if listed is None:
                continue
            window = clause_window(text, said_start, listed, 130)
            return make_answer(ask.question, "yesno", f"Yes. {window}", 0.5 + 0.3 * ev.coverage, [citation(ask.store, ev.sentence)])
    return None


def _first_word(text: str, word: str, pos: int, endpos: int) -> int | None:
    """The end of re.compile(rf"\\b{re.escape(word)}\\b", re.IGNORECASE).search(text, pos, endpos),
    or None: the text is cut at endpos (where its \\b reads the end) but read before pos."""
    cut = text[:endpos]
    return next((i + len(word) for i in literal_starts(cut, word, fold=True)
                 if i >= pos and at_boundary(cut, i) and at_boundary(cut, i + len(word))), None)


def _placed_elsewhere_by_story(ask: Ask, name: str, asked: str) -> Answer | None:
    """ "is jilin in russia?" of a province no gazetteer places: a no when the story itself puts
    it in another nation ("northeast China – comprising the provinces of Liaoning, Heilongjiang
    and Jilin"); the story's silence or a yes is left to the other rules."""
    for entity in ask.query.entities:
        if entity.kind == "place" and normalise_name(entity.name) == normalise_name(name):
            found = places.story_places_elsewhere(ask.store, entity, asked)
            if found is None:
                return None
            country, sentence = found
            spot = re.search(rf"\b{re.escape(name)}\b", sentence.text, re.IGNORECASE)
            if spot is None:
                return None
            text = f"No, {spot[0]} is in {country}. {clause_window(sentence.text, spot.start(), spot.end(), 130)}"
            return make_answer(ask.question, "yesno", text, 0.7, [citation(ask.store, sentence)])
    return None


def _where_instead(ask: Ask) -> Answer | None:
    """ "Did Putin and Xi meet in Shenyang?": ask where they met, and compare. A different place
    is a no, with the place the article gives; the same place is a yes."""
    query = ask.query
    asked = [e for e in query.entities if e.kind == "place"]
    if not asked and not query.direction:
        return _unnamed_place_instead(ask)
    if len(asked) > 1:
        # "is the new china-europe freight hub in beijing": the places naming the thing stay words
        # to find, the one after "in" is where it is asked to be
        # (only places joined by a hyphen into one modifier: "itaqui ... in the arco norte" asks of Itaqui)
        spotted = [e for e in asked if _place_spot(query.text, e) is not None]
        if len(spotted) == 1 and all(_hyphen_joined(query.text, e) for e in asked if e is not spotted[0]):
            asked = spotted
    if len(asked) != 1 or query.direction:
        return None  # "are sales in China growing?" asks how they moved there, not where
    place = asked[0]
    keys = {normalise_name(n) for n in (place.name, *place.aliases)}
    spot = _place_spot(query.text, place)
    if spot is None:
        return None  # "Is Jilin landlocked?" asks about the place, not where something happened
    where = replace(query, intent="where", wh="where", entities=[e for e in query.entities if e is not place],
                    entity_keys=[k for k in query.entity_keys if k not in keys],
                    terms=[replace(t, required=False) if t.lemma in WHERE_VERBS else t for t in query.terms])
    pool = gather(where, ask.store)
    found = places.handle_where(Ask(ask.question, ask.store, ask.conversation, where, pool))
    if found is None or found.confidence < 0.7:
        return None
    name = found.text.split(". ", 1)[0].split(" (", 1)[0].strip(". ")
    verdict = "Yes." if normalise_name(name) in keys else f"No, in {name}."
    quote = found.citations[0].quote if found.citations else ""
    return make_answer(ask.question, "yesno", f"{verdict} {quote}".strip(), found.confidence * 0.9, found.citations)


_IN_AT = lazy_compile(r"\b(?:in|at)\s", re.IGNORECASE)


_IN_AT_THE = lazy_compile(r"\b(?:in|at)\s+(?:the\s+)?", re.IGNORECASE)
_IN_AT_ONLY = lazy_compile(r"\b(?:in|at)\s+", re.IGNORECASE)
_IN_AT_STARTS = lazy_compile(r"\b(?=(?:in|at)\s)", re.IGNORECASE)


def _place_spot(text: str, place: EntityRow) -> tuple[int, int] | None:
    """Where the question puts something in or at the place: "in (the) <name or alias>", as the
    span of the name (None: nowhere). The name is found by str.find and the "in (the)" before it by
    patterns compiled once: re.search(rf"\\b(?:in|at)\\s+(?:the\\s+)?{name}\\b", text, re.IGNORECASE),
    or rf"\\b(?:in|at)\\s+{alias}\\b" of an alias, compiled for each place, cost 0.1 ms a name."""
    if not _IN_AT.search(text):
        return None  # every match needs "in" or "at" before a space
    for name, head in ((place.name, _IN_AT_THE), *((alias, _IN_AT_ONLY) for alias in place.aliases)):
        for i in literal_starts(text, name, fold=True):
            if at_boundary(text, i + len(name)) and ends_after(text, i, head, _IN_AT_STARTS):
                return (i, i + len(name))
    return None


def _hyphen_joined(text: str, place: EntityRow) -> bool:
    """The place is one end of a hyphened pair ("china-europe freight"), naming a thing, not a where."""
    # (re.search(rf"\b{n}-[a-z]|[a-z]-{n}\b", text, re.IGNORECASE), n escaped: the name found by
    # str.find, the hyphen and letter beside it matched by patterns compiled once)
    return any((at_boundary(text, i) and _HYPHEN_LETTER.match(text, i + len(n)))
               or (at_boundary(text, i + len(n)) and i >= 2 and _LETTER_HYPHEN.match(text, i - 2, i))
               for n in (place.name, *place.aliases) for i in literal_starts(text, n, fold=True))


_HYPHEN_LETTER = lazy_compile(r"-[a-z]", re.IGNORECASE)
_LETTER_HYPHEN = lazy_compile(r"[a-z]-", re.IGNORECASE)


def _unnamed_place_instead(ask: Ask) -> Answer | None:
    """ "did putin and xi meet in moscow?" of a story that never names Moscow but has them meet
    "last week in Beijing": a place of the same kind, city for city or country for country, is a
    no ("in Russia" is no answer to "in Moscow?", nor "in Moscow" to "in Russia?")."""
    query = ask.query
    spot = _AT_PLACE.search(query.text)
    if spot is None or spot.group(1).lower() not in query.unknown_names:
        return None
    named = spot.group(1).lower()
    if named not in _CITY_NAMES and named not in gz.COUNTRY_SET:
        return None
    words = set(named.split())
    where = replace(query, intent="where", wh="where", unknown_names=[n for n in query.unknown_names if n != named],
                    terms=[replace(t, required=False) if t.lemma in WHERE_VERBS else t for t in query.terms if t.word.lower() not in words])
    if not any(t.required for t in where.terms):
        return None  # "is it in moscow?": nothing asked of the place but itself
    found = places.handle_where(Ask(ask.question, ask.store, ask.conversation, where, gather(where, ask.store)))
    if found is None or found.confidence < 0.7:
        return None
    name = found.text.split(". ", 1)[0].split(" (", 1)[0].strip(". ")
    # A city the gazetteer does not know ("Shenyang") is no country holding the one asked.
    other = name.lower()
    if other == named or (other in _WIDER_PLACES) != (named in gz.COUNTRY_SET):
        return None
    quote = found.citations[0].quote if found.citations else ""
    return make_answer(ask.question, "yesno", f"No, in {name}. {quote}".strip(), found.confidence * 0.9, found.citations)


_AT_PLACE = lazy_compile(r"\b(?:in|at)\s+(?:the\s+)?([a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?)\s*\??$", re.IGNORECASE)
_CITY_NAMES = frozenset(c.lower() for c in gz.CITIES) | frozenset(gz.CAPITALS)
_WIDER_PLACES = gz.COUNTRY_SET | frozenset(p.lower() for p in (*gz.REGIONS, *gz.STATES))


_OTHER_PERIOD = "period: the article gives "
_EVENT_TIMES = frozenset({"month", "year", "date", "week", "quarter"})


def _when_instead(ask: Ask) -> Answer | None:
    """ "Was the Shenyang cargo hub launched in May?" over "In March, a new cargo hub ... was put
    into operation in Shenyang": the one event asked, every word of it, dated otherwise is a no,
    with the date the article gives. Not a move ("did exports rise in May?"): March's rise says
    nothing of May's."""
    query = ask.query
    if len(query.times) != 1 or query.direction or query.times[0].kind not in _EVENT_TIMES or ask.pool.best() is not None:
        return None
    ev = ask.pool.evidence[0] if ask.pool.evidence else None
    if ev is None or ev.coverage < 1.0 or not ev.conflicts or any(not c.startswith(_OTHER_PERIOD) for c in ev.conflicts):
        return None
    # (a name asked counts as a word the sentence holds: no conflict says it names another)
    if len(query.required) + len(query.entity_keys) < 2:
        return None
    dated = _since_when(query, ev)
    if dated:
        return dated(ask)
    if any(f.direction for f in ev.figures):
        return None  # "was the dividend cut in May?" over March's cut of another dividend
    stated = [t for t in ev.times if t.kind in _EVENT_TIMES]
    if len(stated) != 1:
        return None  # "from June" of an event "in May": which date is the event's is not plain
    said = stated[0].text
    start, end = focus_span(ev)
    start, end = min(start, stated[0].start), max(end, stated[0].end)
    text = f"No, {said[:1].lower() + said[1:]}. {clause_window(ev.sentence.text, start, end, 160)}"
    return make_answer(ask.question, "yesno", text, 0.7, [citation(ask.store, ev.sentence)])


def _from_instead(ask: Ask) -> Answer | None:
    """ "Could Jilin use Vladivostok in May?" over "In May, customs said Jilin would be able to use
    Vladivostok ... from June": the deed asked, dated by the sentence only by when it starts, and
    that start after the period asked, is a no, with the start."""
    query = ask.query
    if len(query.times) != 1 or query.direction or ask.pool.best() is not None or not ask.pool.evidence:
        return None
    ev = ask.pool.evidence[0]
    if not ev.conflicts or any(not c.startswith(NO_DATE_FOR) for c in ev.conflicts) or not ev.matched:
        return None
    starts = [t for t in ev.times if t.anchor == "from" and t.open_end and t.start_date]
    info = ask.store.article(ev.sentence.article_id) if len(starts) == 1 else None
    if info is None or not info.date:
        return None
    asked = [t for t in resolve_times(query, date.fromisoformat(info.date)) if t.end_date]
    if not asked or any(t.end_date.isoformat() >= starts[0].start_date for t in asked):  # type: ignore[union-attr]
        return None
    said = starts[0].text
    start, end = focus_span(ev)
    start, end = min(start, starts[0].start), max(end, starts[0].end)
    text = f"No, not until {said.split(maxsplit=1)[-1]}. {clause_window(ev.sentence.text, start, end, 160)}"
    return make_answer(ask.question, "yesno", text, 0.7, [citation(ask.store, ev.sentence)])


# "... since February 2022 when Russia began the war": the clause after "when" is the event the
# date is of, to the next comma or the sentence's end.
_WHEN_CLAUSE = lazy_compile(r",?\s*when\s+([^,;.]+)", re.IGNORECASE)
_SINCE = lazy_compile(r"^since\s+", re.IGNORECASE)


def _since_when(query: Query, ev: Evidence) -> Callable[[Ask], Answer] | None:
    """ "Did Russia begin the war this year?" over "trade ... the highest since February 2022 when
    Russia began the war": the sentence's own figures and other dates are of the trade; the date a
    "when" clause names is of the event in that clause, when every word and name asked is there."""
    text = ev.sentence.text
    for time in ev.times:
        if time.kind not in _EVENT_TIMES or not _SINCE.match(time.text):
            continue
        clause = _WHEN_CLAUSE.match(text, time.end)
        if clause is None:
            continue
        lo, hi = clause.span(1)
        spots = term_spots(text, [t for t in ev.matched if t.required])
        if not spots or any(s < lo or e > hi for s, e in spots):
            continue
        # a name asked may stand elsewhere too ("trade between Russia and China"): one in the clause
        if query.entity_keys and not any(lo <= s and e <= hi for s, e in question_anchors(query, ev)):
            continue
        said = _SINCE.sub("", time.text)

        def answer(ask: Ask, said: str = said, start: int = time.start, end: int = hi) -> Answer:
            window = clause_window(text, start, end, 160)
            return make_answer(ask.question, "yesno", f"No, {said}. {window}", 0.7, [citation(ask.store, ev.sentence)])

        return answer
    return None


# "Did orders rise as analysts predicted?", "Did revenue beat expectations?", "Was the cut as big as
# economists expected?": the outcome set against the forecast the article gives for it.
_ASKS_EXPECTED = lazy_compile(r"\b(?:expect\w*|forecast\w*|predict\w*|estimates?|consensus|anticipat\w*|polls?)\b", re.IGNORECASE)
_COMPARES = lazy_compile(r"\b(?:like|as|than|beat\w*|miss\w*|exceed\w*|top|topped|in line|match\w*|meet|met|short|above|below"
                       r"|ahead|behind|surpass\w*)\b", re.IGNORECASE)
# A forecast of the outcome, not a company's own guidance ("expects core profit of 210 million").
_EXPECTED_NEAR = lazy_compile(r"\b(?:expected|forecasts?|forecasted|predicted|estimates?|estimated|consensus|polled|poll)\b", re.IGNORECASE)
_BEAT = lazy_compile(r"\b(?:beat|beats|top|topped|exceed\w*|surpass\w*|better than|above|ahead of|more than|higher than|bigger than)\b", re.IGNORECASE)
_MISS = lazy_compile(r"\b(?:miss|missed|fall short|fell short|below|worse than|less than|lower than|smaller than)\b", re.IGNORECASE)
_AS_BIG = lazy_compile(r"\bas (?:big|large|bad|steep|deep|sharp|much|high|severe|strong|heavy) as\b", re.IGNORECASE)


def _against_expectation(ask: Ask) -> Answer | None:
    question = ask.query.text
    if not (_ASKS_EXPECTED.search(question) and _COMPARES.search(question)):
        return None  # "did ABARES raise its estimate?" sets nothing against a forecast
    found = outcome_and_forecast(ask)
    if found is None:
        return None
    (act, act_ev), (exp, exp_ev) = found
    actual, forecast = signed(act), signed(exp)
    if _AS_BIG.search(question):
        yes = abs(actual) >= abs(forecast) and (actual >= 0) == (forecast >= 0)
    elif _BEAT.search(question):
        yes = actual > forecast
    elif _MISS.search(question):
        yes = actual < forecast
    elif ask.query.direction:
        yes = (actual > 0) == (ask.query.direction == "up")  # "did orders go up like analysts predicted?"
    else:
        yes = abs(actual - forecast) <= 0.05 * max(abs(forecast), 1e-9)  # in line with it
    said = clause_window(act_ev.sentence.text, act.start, act.end, 110).rstrip(".")
    earlier = _earlier_figure(question, act_ev, act)
    if earlier is not None:
        # "did it grow faster last year than expected this year?" over "will grow 10.3% this year,
        # after it expanded 41.8% in 2024": the earlier figure is half of what is compared.
        said = clause_window(act_ev.sentence.text, min(act.start, earlier.start), max(act.end, earlier.end), 170).rstrip(".")
    cites = [citation(ask.store, act_ev.sentence)]
    if exp_ev.sentence.id == act_ev.sentence.id:
        said = clause_window(act_ev.sentence.text, act.start, exp.end, 170).rstrip(".")
    else:
        forecast_text = clause_window(exp_ev.sentence.text, exp.start, exp.end, 90).rstrip(".")
        said = f"{said}; {forecast_text[:1].lower() + forecast_text[1:]}"
        cites.append(citation(ask.store, exp_ev.sentence))
    return make_answer(ask.question, "yesno", f"{'Yes' if yes else 'No'}. {said}.", 0.75, cites)


# "last year", "a year ago", "the previous quarter": the question sets an earlier period beside this one.
_EARLIER_PERIOD_ASKED = lazy_compile(r"\b(?:last|previous|prior) (?:yr|year|quarter|month)\b|\ba (?:year|quarter|month) (?:ago|earlier)\b",
                                     re.IGNORECASE)


def _earlier_figure(question: str, ev: Evidence, f: FigureRow) -> FigureRow | None:
    """The figure of the same kind the outcome's sentence gives after it for an earlier period,
    when the question asks of one: "will grow 10.3% this year, after it expanded 41.8% in 2024"."""
    if not _EARLIER_PERIOD_ASKED.search(question):
        return None
    return next((g for g in ev.figures if g.start > f.end and g.kind == f.kind and _unit(g) == _unit(f)
                 and g.start - f.end <= 80), None)


_FORECASTERS_SAY = lazy_compile(r"\b(?:average|consensus|mean|median) (?:estimate|forecast)\b|\bexpected by\b|\bestimates? of \d+ analysts\b",
                              re.IGNORECASE)
_REVISED = re.compile(r"\brevis(?:ed|ion)\b", re.IGNORECASE)  # a past month's figure corrected, not the outcome
_FORECASTERS = lazy_compile(r"\b(?:economists?|analysts?|respondents?|traders?|forecasters?|strategists?)\b", re.IGNORECASE)
_COMPARING = frozenset("""beat top exceed surpass miss match meet like big large bad steep deep sharp severe strong heavy
    far below above off out short ahead behind wrong come""".split())
_FORECAST_KEYS = frozenset("analyst economist forecast predict expect estimate consensus poll anticipate".split())


_ASKS_PAST = re.compile(r"\s*(?:did|was|were|had)\b", re.IGNORECASE)
_OWN_OUTLOOK = re.compile(r"\b(?:it|the company|the group|we)\s+(?:now\s+)?(?:expects?|forecasts?|sees|projects?)\b", re.IGNORECASE)


def outcome_and_forecast(ask: Ask, wide: bool = False) -> tuple[tuple[FigureRow, Evidence], tuple[FigureRow, Evidence]] | None:
    """The asked outcome and the forecast the article gives for it: "orders fell 2.3%" and
    "analysts had forecast a 0.8% rise". Wide, the forecasters may stand between the figure and
    their verb ("the 150,000 tonnes planners had forecast"): a gap asked names the forecast it is
    to, while a yes/no on one forecast would take another sentence's."""
    # Forecasters' figures ("polled by Reuters", "consensus") before a company's own forecast.
    # "Did Brantley's beat forecasts?" asks of a result: "earned $1.62 a share, beating the estimate
    # of $1.49" before its own outlook set against analysts' ("It expects earnings of $2.95 to $3.25").
    past = bool(_ASKS_PAST.match(ask.query.text))
    pool = sorted(ask.pool.evidence, key=lambda e: (past and bool(_OWN_OUTLOOK.search(e.sentence.text)),
                                                    not (EXPECTATION.search(e.sentence.text) or _FORECASTERS_SAY.search(e.sentence.text))))
    expected = next(((f, e) for e in pool for f in _forecast_figures(e, wide)), None)
    if expected is None:
        expected = _forecast_elsewhere(ask)
    if expected is None:
        return None
    exp, exp_ev = expected
    # The outcome is about the asked subject, whoever forecast it: search without the forecasters.
    kept = [t for t in ask.query.terms if not t.keys & (_FORECAST_KEYS | UP_KEYS | DOWN_KEYS) and t.lemma not in _COMPARING]
    # "Was the cut as big as expected?": the cut itself is the subject when nothing else is named.
    kept = kept or [replace(t, required=True) for t in ask.query.terms if t.keys & (UP_KEYS | DOWN_KEYS)]
    plain = replace(ask.query, terms=kept,
                    entities=list(ask.query.entities), entity_keys=list(ask.query.entity_keys))
    # "to 11.4 billion francs, ahead of the 11.1 billion expected", "forecast revenue of $8.3 billion
    # to $8.5 billion, below analysts' estimate of $8.7 billion": the figure set right before the
    # forecast in its sentence is the outcome, whatever words precede it.
    beside = [f for f in reversed(exp_ev.figures) if f.end <= exp.start and exp.start - f.end <= 100
              and f.kind == exp.kind and _unit(f) == _unit(exp)]
    if beside:
        return (beside[0], exp_ev), expected
    # Else the best sentence about the subject, failing those the lead ("retail sales fell 1.5%").
    lead = [_bare_evidence(ask, s) for s in ask.store.paragraph_sentences(exp_ev.sentence.article_id, 1)[:1]]
    outcomes = [(f, e) for e in [*gather(plain, ask.store).accepted[:6], *lead] for f in e.figures
                if f.kind == exp.kind and _unit(f) == _unit(exp) and not _REVISED.search(e.sentence.text)
                and f.id != exp.id and (f.kind != "percent" or f.direction)
                and not _forecast_figure(e.sentence.text, f, wide) and not _EXPECTED_NEAR.search(e.sentence.text[max(0, f.start - 60) : f.start])
                and e.sentence.article_id == exp_ev.sentence.article_id]
    return (outcomes[0], expected) if outcomes else None


def _bare_evidence(ask: Ask, sentence: SentenceRow) -> Evidence:
    """A sentence found outside the question's evidence, with its figures, for arithmetic."""
    return Evidence(sentence, 0.0, 0.0, [], [], [], ask.store.figures_in([sentence.id]), [], 0.0)


def _forecast_figures(e: Evidence, wide: bool = False) -> list[FigureRow]:
    """A sentence's forecast figures, the one nearest the forecasters first: in "Corvana forecast
    revenue of $8.3 billion to $8.5 billion, below analysts' average estimate of $8.7 billion" the
    analysts' is $8.7 billion."""
    text = e.sentence.text
    found = [f for f in e.figures if f.kind in ("percent", "money", "quantity", "count") and _forecast_figure(text, f, wide)
             and not (f.kind == "count" and _FORECASTERS.search(f"{f.measure} {f.unit}"))]
    says = EXPECTATION.search(text) or _FORECASTERS_SAY.search(text)
    return sorted(found, key=lambda f: abs(f.start - says.start())) if says else found


def _forecast_elsewhere(ask: Ask) -> tuple[FigureRow, Evidence] | None:
    """ "How far off was the consensus on orders?": the forecasters' sentence may share no word with
    the question but its poll ("Analysts polled by Reuters had forecast a 0.8% rise")."""
    if not ask.pool.evidence:
        return None
    article_id = ask.pool.evidence[0].sentence.article_id
    for number in range(1, ask.store.paragraph_count(article_id) + 1):
        for sentence in ask.store.paragraph_sentences(article_id, number):
            if EXPECTATION.search(sentence.text):
                ev = _bare_evidence(ask, sentence)
                found = [f for f in _forecast_figures(ev) if f.kind != "count"]
                if found:
                    return found[0], ev
    return None


def _forecast_figure(text: str, f: FigureRow, wide: bool = False) -> bool:
    """ "had forecast a 0.8% rise", "the 11.1 billion francs expected by analysts", "the 1.5% drop
    forecast by economists": a figure the forecast words stand right beside."""
    return bool(_EXPECTED_NEAR.search(text[max(0, f.start - 40) : f.start]) or _EXPECTED_NEAR.search(text[f.end : f.end + 18])
                or (wide and bool(_FORECAST_BY.match(text, f.end))))


# "the 150,000 tonnes planners had forecast": the forecasters between the figure and their verb.
_FORECAST_BY = lazy_compile(r"\s+(?:[a-z]+\s+){1,2}(?:had\s+|have\s+|has\s+)?(?:forecast|forecasted|expected|predicted|estimated|projected)\b", re.IGNORECASE)


def _unit(f: FigureRow) -> str:
    """What a change or level is counted in: "%" and "basis points" are not one scale."""
    unit = (f.unit or "").lower()
    return "bp" if "basis point" in unit else "points" if "point" in unit else f.currency or unit.split(" ")[0]


def signed(f: FigureRow) -> float:
    """A change as a signed number (a 2.3% drop is -2.3), a level as it stands, in one scale."""
    value = scaled(f)
    return -value if f.direction == "down" and f.kind == "percent" else value


# "is Toros the majority partner?", "Does the Chinese partner own a majority of the hub?": who is
# asked comes between the opening verb and the majority words. "is Hualing taking a majority
# stake?", "will it buy a majority stake?": a stake taken is the stake then held, so the verb of
# acquiring is no part of who is asked.
_ASKED_MAJORITY = lazy_compile(r"^\s*(?:is|are|does|do|will|would)\s+(?P<who>.+?)\s+(?:(?:the|a)\s+majority\b"
                               r"|(?:own|hold|control|have|has)s?\s+(?:a\s+|the\s+)?majority\b"
                               r"|(?:tak|buy|acquir|gett?)(?:e|es|s|ing)?\s+(?:a\s+|the\s+)?majority\s+(?:stake|share|holding)\b)",
                               re.IGNORECASE)
# An owner's share as articles print it: "is 60% owned by Frostline and 40% by Siam Fresh";
# "Lingnan holds a 49% stake", "Toros will hold a 60% stake in the venture".
# "The remaining 15% is held by the state-run Sri Lanka Ports Authority": the share as a subject.
_SHARE_BY = lazy_compile(r"(?P<pct>\d+(?:\.\d+)?)\s*%\s+(?:(?:(?:is|are|was|were)\s+)?(?:owned|held|controlled)\s+)?by\s+(?P<owner>[^,;.]+?)(?=\s+and\b|\s*[,;.]|$)")
_OWNER_HOLDS = lazy_compile(r"(?P<owner>(?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*)\s+(?:will\s+)?(?:holds?|owns?|controls?)\s+"
                            r"(?:a|an)?\s*(?P<pct>\d+(?:\.\d+)?)\s*%")
# Words of the question naming a role, not the owner: "the Serbian partner", "the company".
_ROLE_WORDS = frozenset("the a an its their partner owner side firm company group shareholder investor".split())


def _majority_held(ask: Ask) -> Answer | None:
    """ "is Frostline the majority owner?" over "The project is 60% owned by Frostline and 40% by
    Siam Fresh": the owner's share decides it, over half a yes, else a no, the share given."""
    m = _ASKED_MAJORITY.search(ask.query.text)
    if m is None:
        return None
    words = [w for w in re.findall(r"[\w'’-]+", m.group("who").lower()) if w not in _ROLE_WORDS]
    if not words:
        return None
    seen: set[int] = set()
    for f in ask.store.article_figures():
        if f.kind != "percent" or f.sentence_id in seen:
            continue
        seen.add(f.sentence_id)
        sentence = ask.store.sentences([f.sentence_id]).get(f.sentence_id)
        if sentence is None:
            continue
        for said in (*_SHARE_BY.finditer(sentence.text), *_OWNER_HOLDS.finditer(sentence.text)):
            if not _names_owner(words, said.group("owner")) and not _placed_owner(ask, words, said.group("owner")):
                continue
            share = float(said.group("pct"))
            text = f"{'Yes' if share > 50 else 'No'}. {clause_window(sentence.text, said.start(), said.end(), 130)}"
            return make_answer(ask.question, "yesno", text, 0.7, [citation(ask.store, sentence)])
    return None


def _names_owner(words: list[str], owner: str) -> bool:
    """Every asked word is in the owner's name, a nationality ("Serbian") by its adjective or its
    country ("China's Jiangsu Huaxin")."""
    named = owner.lower()
    for w in words:
        country = DEMONYMS.get(w)
        if not re.search(rf"\b{re.escape(w)}\b", named) and not (country and country.lower() in named):
            return False
    return True


# A city right before a name, as its home: "Guangzhou importer Lingnan", "Samarkand-based Silk Orchard".
_CITY_BEFORE = lazy_compile(r"(?P<city>[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)?)(?:-based)?\s+(?:[a-z]+\s+){0,2}$")


def _placed_owner(ask: Ask, words: list[str], owner: str) -> bool:
    """ "the Chinese partner" over "Lingnan holds a 49% stake": a nationality asked is met by the
    city the article names the owner after ("Guangzhou importer Lingnan Fresh Supply Chain")."""
    countries = [DEMONYMS.get(w) for w in words]
    if not countries or not all(countries):
        return False
    named = owner.lower()
    owners = [e for e in ask.store.article_entities()
              if any(re.search(rf"\b{re.escape(n.lower())}\b", named) for n in (e.name, *e.aliases))]
    for entity in owners:
        ids = ask.store.sentences_mentioning([entity.id])
        texts = ask.store.sentences(ids)
        for mention in ask.store.mentions_in(ids):
            sentence = texts.get(mention.sentence_id)
            if mention.entity_id != entity.id or sentence is None:
                continue
            m = _CITY_BEFORE.search(sentence.text[max(0, mention.start - 40):mention.start])
            if m and all(gz.country_of_city(m.group("city")).lower() == str(c).lower() for c in countries):
                return True
    return False


# "is the pipeline more than half built?", "has most of the money been paid?": asks whether a share
# tops one half; the words asking it are met by the share the article gives.
_ASKED_OVER_HALF = lazy_compile(r"\b(?:more\s+than\s+half|most\s+of|(?:the\s+|a\s+)?majority\s+of)\b", re.IGNORECASE)
_HALF_WORDS = frozenset("more than half most majority".split())


def _names_another(ev: Evidence, asked_ids: set[int], since: int = 0) -> bool:
    """Whether the sentence names a body or place the question does not, from `since` on."""
    return any(entity.id not in asked_ids for m, entity in ev.mentions if m.start >= since)


# "Chief executive Graham Pollard told Reuters that about 45% ...": who tells and who is told
_TOLD_THAT = lazy_compile(r"\b(?:told|said|says|tells|added)\b[^,.;:]{0,40}?\bthat\b", re.IGNORECASE)


def _told_until(text: str, at: int) -> int:
    """Where the reporting frame before offset `at` ends: the teller and the one told, named
    before it, are no party to the share it reports; 0 with no such frame."""
    return max((m.end() for m in _TOLD_THAT.finditer(text, 0, at)), default=0)


def _country_said(name: str, text: str) -> bool:
    """The name in the text, a country by its adjective too ("China" in "Chinese ports")."""
    lower = text.lower()
    return name in lower or any(DEMONYMS.get(w, "").lower() == name for w in re.findall(r"[a-z]+", lower))


def _over_half_share(ask: Ask) -> Answer | None:
    """ "is the pipeline more than half built?" over "Construction of the pipeline is now 52%
    complete": the one share in a sentence lacking at most two other asked words ("brine pond area
    on the Salta side" over "Salta, where about 55% of the brine ponds sit") decides it."""
    if _ASKED_OVER_HALF.search(ask.query.text) is None:
        return None
    named = set(ask.query.entity_keys)
    asked_ids = {e.id for e in ask.query.entities}
    for ev in ask.pool.evidence[:3]:
        if len([t for t in ev.missing if t.lemma not in _HALF_WORDS]) > 2 or ev.coverage < 0.5:
            continue
        if any(not (c.startswith("missing:") or (c.startswith("period:") and "half" in c)) for c in ev.conflicts):
            continue
        shares = [f for f in ev.figures if f.kind == "percent" and not f.direction and 0 < f.value <= 100]
        pair = _level_pair(ev)
        if pair is not None and pair[0].kind == "percent" and len(shares) == 2 and all(f in pair for f in shares):
            # "China took 61% ..., up from 48% a year earlier": the share now, set against its earlier level
            shares = [pair[0]]
        elif len(shares) != 1:
            # "traffic rose 18.4% to 214,500 TEU, or 39% of the total": a growth beside the one
            # share level is a move, not a second share
            continue
        share = shares[0]
        if any(not _country_said(name, ev.sentence.text) for name in named) and _names_another(ev, asked_ids, _told_until(ev.sentence.text, share.start)):
            # "did kenya lend most of the money" over "65% of it lent by the Arctic Development Bank":
            # the share is another party's ("The country exported ..., 68% of it going to China" is
            # still Chile's)
            continue
        start = ev.sentence.text.find(share.raw)
        window = clause_window(ev.sentence.text, max(start, 0), max(start, 0) + len(share.raw), 130)
        text = f"{'Yes' if share.value > 50 else 'No'}. {window}"
        return make_answer(ask.question, "yesno", text, 0.5 + 0.3 * ev.coverage, [citation(ask.store, ev.sentence)])
    return None


def _over_half_counted(ask: Ask) -> Answer | None:
    """ "were most of the deals binding contracts?" over "He said 31 of the documents were binding
    investment contracts and the rest were memorandums of understanding" after "A total of 47
    agreements were signed": a part counted against its whole (31 of 47) tops one half or not."""
    if _ASKED_OVER_HALF.search(ask.query.text) is None:
        return None
    from handlers.derived import part_of_whole  # derived reads yesno's verdicts: imported when asked
    for ev in ask.pool.evidence[:3]:
        if ev.conflicts and any(not c.startswith("missing:") for c in ev.conflicts):
            continue
        found = part_of_whole(ask, ev)
        if found is None:
            continue
        share, part, working = found
        window = clause_window(ev.sentence.text, part.start, part.end, 130)
        text = f"{'Yes' if share > 0.5 else 'No'}. {window} ({working})"
        return make_answer(ask.question, "yesno", text, 0.5 + 0.3 * ev.coverage, [citation(ask.store, ev.sentence)])
    return None


# "has most of the pledged money been disbursed?": the part asked (what was disbursed) against
# the whole it is of (the pledges).
_MOST_DONE = lazy_compile(r"^\s*(?:has|have|had|was|were|is|are)\s+(?:most|more\s+than\s+half|(?:the\s+)?(?:bulk|majority))\s+of\s+"
                          r"(?P<whole>.+?)\s+(?:actually\s+|already\s+|really\s+|now\s+)?(?P<part>(?:been|gone|come)\s+.+?)\s*\??\s*$",
                          re.IGNORECASE)


def _over_half_done(ask: Ask) -> Answer | None:
    """ "has most of the pledged money actually been disbursed?" over "only 96 billion rupees of
    this year's commitments had actually been disbursed" and "attracted 412 billion rupees in
    commitments": the part's amount over the whole's tops one half or not."""
    text = ask.query.text
    if "most" not in text and "half" not in text and "majority" not in text and "bulk" not in text:
        return None
    m = _MOST_DONE.match(text)
    if m is None:
        return None
    found = share_parts(ask, m["part"], m["whole"])
    if found is None:
        return None
    share, part, part_ev, whole, whole_ev = found
    window = clause_window(part_ev.sentence.text, part.start, part.end, 130)
    reply = f"{'Yes' if share > 50 else 'No'}. {window} ({part.raw} of {whole.raw}, about {round(share)}%)"
    return make_answer(ask.question, "yesno", reply, 0.5 + 0.3 * part_ev.coverage, part_whole_citations(ask, part_ev, whole_ev))


# "does it own more than a third of the block?", "is it under a quarter?", "over two-thirds": a
# fraction asked as a bound on a share, read as the percentage it is (a third is 33.3%).
_FRACTION_ASKED = lazy_compile(r"\b(?:(more\s+than|over|above|at\s+least|upwards\s+of|greater\s+than|bigger\s+than)"
                               r"|(less\s+than|fewer\s+than|under|below|at\s+most|smaller\s+than))\s+(?:about\s+|around\s+|roughly\s+)?"
                               r"(?:(a|one|two|three|four)[\s-]+)?(half|thirds?|quarters?|fifths?)\b", re.IGNORECASE)
_FRACTION_PARTS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5}
_FRACTION_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}


def _fraction_bound(m: re.Match[str]) -> float | None:
    """The percentage a fraction asked names ("two-thirds" -> 66.7); None for no proper fraction
    ("four quarters")."""
    parts = _FRACTION_PARTS[m.group(4).lower().removesuffix("s")]
    count = _FRACTION_COUNTS[(m.group(3) or "a").lower()]
    return 100.0 * count / parts if count < parts else None


def _share_of_asked(ask: Ask, ev: Evidence, shares: list[FigureRow], fraction_words: set[str]) -> FigureRow:
    """ "Hartwell owns 30%, while CORC, a Chinese state-controlled firm, has the remaining 25%":
    a share belongs to the words told before it since the figure before; the one after most of the
    asked words (names included) is the asked party's."""
    text = ev.sentence.text
    asked = [t for t in ask.query.terms if t.word.lower() not in fraction_words]
    spots = [*term_spots(text, asked), *question_anchors(ask.query, ev)]
    spots += [(k.start(), k.end()) for key in ask.query.entity_keys for k in re.finditer(rf"\b{re.escape(key)}\b", text, re.IGNORECASE)]

    def told_before(i: int) -> int:
        since = shares[i - 1].end if i else 0
        return len({s for s, _ in spots if since <= s < shares[i].start})
    return shares[max(range(len(shares)), key=lambda i: (told_before(i), -i))]


def _fraction_compared(ask: Ask) -> Answer | None:
    """ "does the Chinese firm own more than a third of the block?" over "..., a Chinese
    state-controlled firm, has the remaining 25%": the share the best sentence gives the asked
    party, set against the fraction as a percentage ("No. ... 25%")."""
    m = _FRACTION_ASKED.search(ask.query.text)
    if m is None:
        return None
    bound = _fraction_bound(m)
    if bound is None:
        return None
    # the words asking the bound ("more than a third") are met by any share the article gives
    fraction_words = {w.lower() for w in re.split(r"[\s-]+", m.group(0))}
    for ev in ask.pool.evidence[:3]:
        unmet = [t for t in ev.missing if t.required and t.word.lower() not in fraction_words]
        if len(unmet) > 1 or any(not (c.startswith("missing:") or (c.startswith("names no ") and set(c[9:].split(", ")) <= fraction_words))
                                 for c in ev.conflicts):
            continue
        shares = [f for f in ev.figures if f.kind == "percent" and not f.direction and 0 < f.value <= 100]
        if not shares:
            continue
        share = _share_of_asked(ask, ev, shares, fraction_words)
        verdict = share.value > bound if m.group(1) else share.value < bound
        text = f"{'Yes' if verdict else 'No'}. {clause_window(ev.sentence.text, share.start, share.end, 130)}"
        return make_answer(ask.question, "yesno", text, 0.5 + 0.3 * ev.coverage, [citation(ask.store, ev.sentence)])
    return None
