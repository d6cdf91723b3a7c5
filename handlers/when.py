"""When: the time expression that dates the event asked about, in the article's words and resolved."""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from knowledge import gazetteer as gz
from knowledge.lazy_re import lazy_compile, literal_at
from knowledge.lexicon import ROLES
from knowledge.store import Store, TimeRow
from knowledge.text import phrase_keys

from handlers.compose import citation, clause_window, long_date, make_answer
from handlers.context import Ask
from handlers.evidence import Evidence, analysed, carried_terms, clause_text, named_by, Placed, place_elsewhere, places_told, question_anchors, reporting_time, span_clause, story_opening, term_spots, token_distance
from handlers.models import Answer
from handlers.query import DOWN_KEYS, UP_KEYS, Term, resolve_times

# ("when did the spokeswoman give the figures?": a spokesperson's deed is the telling)
# ("When did the minister brief lawmakers?": "told parliament on Thursday", a briefing is a telling)
# ("When did the foreign ministry react?": a ministry reacts, responds or comments by saying so.)
_ASKS_SAYING = frozenset({"say", "report", "announce", "declare", "call", "describe", "urge", "warn", "publish", "spokesperson", "brief",
                          "react", "respond", "reply", "comment", "deny", "confirm", "promise", "insist", "admit"})
# "when did the minister rule out going back to the old rate?": ruled out by saying so ("said on
# Friday the government would not restore the old rate"), so the telling day dates it.
_RULES_OUT = re.compile(r"\brul(?:e|es|ed|ing) out\b")
# "when did customs give jilin the ok?", "when did the regulator give the go-ahead?": leave is
# given by saying so ("In May, Chinese customs said Jilin would be able to use ... from June"), so
# the telling's time dates it, not the start of what it allows.
_GIVES_LEAVE = re.compile(r"\b(?:give|gives|gave|given|giving|get|gets|got|grant|granted|grants)\s+(?:\w+\s+){0,3}?(?:the\s+)?"
                          r"(?:ok|okay|go-ahead|go ahead|green light|nod|all-clear|permission)\b")
# "when did the port operator put a price on the terminal?": a cost is put on a thing by saying it
# ("Namport said last month the terminal would cost about N$4.5 billion"), so the telling dates it.
_PUTS_A_PRICE = re.compile(r"\b(?:put|puts|putting|place|placed|places)\s+(?:a|an)\s+(?:price|price tag|figure|number|value|cost|estimate)\s+on\b")
_ASKS_START = re.compile(r"\b(?:start|starts|starting|begin|begins|beginning|began|kick off|kicks off|from when|since when|first|from what (?:date|day|month|time)|as of when)\b")
# "When does the cut take effect?", "from what date does the lower rate apply?": the day a rule starts.
_ASKS_EFFECT = re.compile(r"\b(?:take|takes|took) effect\b|\bkicks? in\b|\bcomes? into (?:force|effect)\b|\bappl(?:y|ies)\b"
                          r"|\beffective\b|\bfrom what (?:date|day)\b")
# "Until when does the buyback run?", "when does the offer end?": the end of a span.
_ASKS_END = re.compile(r"\b(?:until|till|til) when\b|\bhow long\b|\bwhen (?:does|will|did|do) .{0,40}\b(?:end|expire|run out|finish)\b"
                       r"|\b(?:run|last|go on|continue)s? (?:until|till)\b"
                       # "When are the layoffs supposed to be done by?", "by when will it finish?"
                       # "by what year will the stores be done?": the year a plan is to be done by
                       r"|\bby when\b|\bby what (?:year|date|month|time)\b|\b(?:done|completed?|finished|over|in place|wrapped up)\s+by\s*\??\s*$"
                       # "when should the talks be finished?": "expects the consultation to conclude by January 30"
                       r"|\bwhen\b.{0,60}\bbe\s+(?:finished|completed|concluded|done|over|wrapped up)\s*\??\s*$")
# "cut the levy to 7.5% starting on Oct. 1": the words that make a date the start of something.
_START_VERB_BEFORE = re.compile(r"\b(?:start|starts|begin|begins|open|opens|launch|launches|kick off|kicks off|commence|commences)\s+(?:in|on|at|from)?\s*$")
_START_BEFORE = re.compile(r"\b(?:starting|beginning|effective|as of|as from|with effect from|from|(?:took|take|takes|taking) effect"
                           r"|came into (?:force|effect)|comes? into (?:force|effect)|kicked in|kicks? in)\s+(?:on\s+)?$", re.IGNORECASE)


# The sentence around a date, cut to the clause that says what happened then: the date leads the
# answer, and the rest of a long sentence (asides, who said it) is in the quote.
EVENT_WINDOW = 100
# ... but not to a fragment cut mid-clause ("…signed a partnership with state miner…"): then the wider window.
WIDE_EVENT_WINDOW = 120


_FRONTED_AFTER = lazy_compile(r"(?-i:,?\s+(?=(?:the|a|an)\s|[A-Z]))", re.IGNORECASE)  # a fronted time's comma and space


def event_clause(text: str, start: int, end: int, t: TimeRow) -> str:
    """What happened at time `t`, without the time phrase the answer already opens with
    ("In May (May 2023). Litio Altiplano signed ...", not "... In May, Litio Altiplano signed ...")."""
    piece = clause_window(text, start, end, EVENT_WINDOW)
    if piece.startswith("…") or piece.endswith("…"):
        piece = clause_window(text, start, end, WIDE_EVENT_WINDOW)
    # (a literal matches as many characters as it has: a clause not opening on the time's words,
    # most, compiles no pattern for them)
    # (re.match(re.escape(t.text) + _FRONTED_AFTER's pattern, piece, re.IGNORECASE): the time's
    # words compared in place, what follows them matched by a pattern compiled once)
    fronted = _FRONTED_AFTER.match(piece, len(t.text)) if literal_at(piece, 0, t.text, fold=True) else None
    rest = piece[fronted.end():] if fronted else piece
    if _same(t.text, rest):
        return ""  # "In March." cut out of "In March, Gecamines signed ...": the date again, no event
    return rest[:1].upper() + rest[1:]


def handle(ask: Ask) -> Answer | None:
    if ask.query.intent != "when":
        return None
    # The best eight sentences that give a time: "walked off the job on October 6" ranks ninth
    # behind sentences that name the strike with no time to date it.
    # Whether the news itself is asked: a function of the question alone (nothing here changes
    # the query), read below and by each ranking, where each read worked it out again.
    news = _asks_news_date(ask)
    picks = rank_times(ask, [ev for ev in ask.pool.accepted if ev.times][:8], news)
    if picks and not news and _undated_deed(ask, picks[0][2]):
        antecedent = _dated_antecedent(ask)
        picks = (rank_times(ask, [antecedent], news) if antecedent else []) or _lead_reporting_day(ask) or picks
    if picks and (follower := _dated_follower(ask, picks[0][2]) or _follower_of_undated_peer(ask, picks[0][2])) is not None:
        picks = rank_times(ask, [follower], news) or picks
    if picks and _lead_time_disowned(picks[0][2], picks[0][1]):
        picks = rank_times(ask, _event_told_after(ask, picks[0][2]), news) or picks
    elif picks and _ongoing_in_lead(ask, picks[0][2], picks[0][1]):
        picks = rank_times(ask, _start_told_after(ask, picks[0][2]), news) or picks
    if not picks:
        # No sentence names all asked: one that names what the lead lacks, with a time of its own,
        # dates it before the lead's day does (which dates the lead's news, not this).
        picks = rank_times(ask, _told_elsewhere(ask), news) or rank_times(ask, _retold_after_disowned_lead(ask), news) \
            or rank_times(ask, _body_dated_below_lead(ask), news) or rank_times(ask, _follower_of_undated_best(ask), news) \
            or _dated_body_outscoring_lead(ask, news)
    # The news is dated by the lead, unless the best date is still to come ("The NBP will publish
    # the official core figure on Thursday"): no report is dated after the article.
    keys = set(ask.query.entity_keys)
    # "the statistics bureau said last week" dates another's news when the question names its own teller.
    others_report = bool(picks) and _others_news(ask, picks[0][2], keys)
    if picks and (_names_teller(picks[0][2], keys) or picks[0][2].coverage >= 1.0) and news \
            and not reporting_time(picks[0][2].sentence.text, picks[0][1]):
        # "When did the Danish govt say it would rerun the auction?": "Denmark's Ministry of Climate
        # said on Monday it would relaunch a tender, after an auction in December 2024 drew no bids"
        # is dated by its own telling day, not the auction's nor the lead's. So is a sentence naming
        # all asked: "When did the ports minister give the cargo numbers?": "Cargo ... jumped 38% in
        # the first seven months, India's Minister of State for Ports told a panel on Wednesday".
        said = next((p for p in picks if p[2] is picks[0][2] and reporting_time(p[2].sentence.text, p[1])), None)
        if said is not None:
            picks = [said] + [p for p in picks if p is not said]
    if not picks and not news and not _tells_any_asked(ask):
        return None  # "what time does the derby kick off": the lead's news day dates nothing the story tells
    if not picks or (news and (not reporting_time(picks[0][2].sentence.text, picks[0][1]) or others_report)
                     and not _states_the_news_verb(ask, picks[0][2], picks[0][1])
                     # "a target of 500 million euros set out in March": the asked goal's own telling,
                     # unless another's ("trade data released earlier this month" for the ministry's).
                     and not (not others_report and _made_known_then(picks[0][2], picks[0][1]))
                     and not (_PRESENT_OR_FUTURE.search(ask.query.text.lower()) and _ahead(ask, picks[0][2], picks[0][1]))):
        # A date in a sentence naming the one asked about ("her note, published on Monday")
        # beats the lead's day; one that does not name them does not.
        keys = set(ask.query.entity_keys)
        named = bool(picks) and bool(keys) and any(named_by(e, keys) for _, e in picks[0][2].mentions)
        # "Pampa Agro on Monday raised its estimate": its own day, when the lead is another's news.
        # ... but not in a span its figures cover ("worth 61.4 million euros in the January-August
        # period, Statistics Estonia said"): that dates no telling, the lead's day may.
        if named and _figures_span(picks[0][1]):
            named = False
        if not (named and not _asked_in_lead(ask, picks[0][2].sentence.article_id)):
            picks = _lead_dates(ask) or (picks if named else []) or _lead_reporting_day(ask) or _said_then(picks) or picks
    if not picks:
        return None
    # "When did Valpadana go public with the bid?": "launched a takeover offer ... on Monday" in the
    # lead, not "Tirrenico shares jumped ... on Monday" below it, when the lead names as much asked.
    picks = _same_day_lead(picks, not news)
    picks = _finer_day(picks)
    score, t, ev = picks[0]
    margin = score - picks[1][0] if len(picks) > 1 else 3.0
    info = ask.store.article(ev.sentence.article_id)
    when = time_phrase(t, info.date if info else "")
    if len(ev.times) > 1:
        # A sentence dating several things ("launched the strike on Saturday ... talks broke down
        # last week"): the clause says which one this date is.
        start, end = _event_span(ev, t)
        clause = event_clause(ev.sentence.text, start, end, t)
        text = f"{when}. {clause}" if clause else _sentence(when)
    else:
        # The sentence's one date: what happened then is the cited quote's, shown under the
        # answer, so a phone gets one short line ("On Monday (13 October 2025; article dated ...).").
        text = _sentence(when)
    return make_answer(
        ask.question, "when", text, 0.5 + 0.3 * ev.coverage + 0.1 * min(margin, 2.0),
        [citation(ask.store, ev.sentence)],
    )


def _home_country(ask: Ask, elsewhere: str) -> bool:
    """The rival place is only the country a city asked lies in: "when did the first train leave
    Riga?" is dated by "Latvia's state railway sent its first train ... on Tuesday", Latvia acting
    from its own port city, not by a deed somewhere else."""
    return elsewhere.startswith("of ") and any(
        e.kind == "place" and gz.country_of_city(e.name) == elsewhere[3:] for e in ask.query.entities)


# "When did the plant open?", "when was it signed?": an event already past; not "When were the
# curbs supposed to expire?", a plan that may still lie ahead.
# "what year did the port open" asks the past as "when did" does
_ASKS_PAST = re.compile(r"^\s*(?:when|and when|so when|(?:what|which)\s+(?:year|day|month|date|week))\s+(?:did|was|were|had)\b(?!.*\b(?:supposed|meant|due|scheduled|planned|expected|set to|going to)\b)")
# "until at least 2032", "through the end of 2027": the end of a span, not an event's day.
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|through)\s+(?:at least\s+|the end of\s+)?$", re.IGNORECASE)
# "has been delayed until 2027", "postponed until March": the new date of the thing put off, not the end of a span.
_DELAYED_BEFORE = re.compile(r"\b(?:delayed|postponed|deferred|pushed back|put off|held off)\s+$", re.IGNORECASE)
# "meetings planned for February": the date set, not the period a forecast is for.
_SCHEDULED_FOR = re.compile(r"\b(?:planned|scheduled|slated|set|due|pencilled|penciled)\s+$", re.IGNORECASE)
# "When do the first new jets arrive?", "when's the creditor vote?": the present of a plan or a timetable.
_ASKS_PRESENT = re.compile(r"^\s*(?:and |so )?when(?:'s|\s+(?:do|does|is|are)\b)")
# "up from 84 cents", "from 3.1% in August", "compared with 1.2 million": the time of the figure compared against.
_BASELINE_BEFORE = re.compile(r"\b(?:from|compared (?:with|to)|versus|vs\.?)\s+(?:a |an |about |around |some )?[$€£]?\d[\d.,]*\s*(?:%|percent|[a-zA-Z$€£.]+(?:\s+[a-zA-Z]+)?)?\s*$"
                              # "signed 31 deals, nearly double the 16 they signed last year": a multiple's base
                              r"|\b(?:double|twice|triple|treble|thrice|half|times)\s+(?:the|that of)\s+[$€£]?\d[\d.,]*\s*(?:[a-zA-Z%]+\s+){0,3}$")
# "the largest single project approved so far this year", "its biggest purchase since February
# 2023", "the world's biggest rice buyer since 2022": the span a record is counted over, not when
# the thing happened ...
# ... but "their biggest market before Beijing lifted a ban in December" dates the deed of the
# clause "before" opens, not the record.
_SUPERLATIVE_SCOPE = re.compile(r"\b(?:the|its|their|his|her)\s+(?:[\w'’-]+\s+)?(?:lowest|highest|biggest|largest|smallest|weakest|strongest"
                                r"|fastest|slowest|cheapest|worst|best|most|least)\b(?:(?!\b(?:before|after|when|until|because)\b)[^,;]){0,60}$",
                                re.IGNORECASE)
# "stayed off the job for a fifth day on Wednesday", "extended their strike into a third week on
# Tuesday": a day of something under way, not when it began ...
_ONGOING_BEFORE = re.compile(r"\b(?:for|into)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){1,2}?(?:day|week|month|year)\s+$", re.IGNORECASE)
# ... unless that is what is asked: "when did the strike enter its third week?"
_ASKS_ONGOING = re.compile(r"\b(?:extend|extended|prolong|prolonged|enter|entered|second|third|fourth|fifth|sixth|straight|consecutive)\b")
# ... unless the record is what is asked: "When did it last buy this much?", "when was it this high?"
_ASKS_RECORD = re.compile(r"\b(?:last|lowest|highest|biggest|largest|smallest|weakest|strongest|fastest|slowest|cheapest|worst|best"
                          r"|most|least|record|this (?:much|many|high|low|big|large|small|strong|weak))\b")
# "when is the regulator supposed to come out with new prices?": "once TRAI recommends new reserve
# prices, which it is expected to do in January", not the "next year" of the offer that waits on them.
_ASKS_EXPECTED = re.compile(r"\b(?:supposed|expected|due|scheduled|slated|meant|set|planned)\s+to\b")
# ... or "has yet to be signed, and Wilczek said he expected it in the first half of next year".
_EXPECTED_BEFORE = re.compile(r"\b(?:supposed|expected|due|scheduled|slated|set|planned)\s+to\s+(?:[\w-]+\s+){1,3}$"
                              r"|\bexpect(?:s|ed)?\s+(?:it|them|one|this|that)\s+$", re.IGNORECASE)
_TIMETABLED = lazy_compile(r"\b(?:scheduled|slated|due|set)\s+(?:to|for|on|in)\b")
_PRESENT_OR_FUTURE = re.compile(r"\b(?:will|does|do|is|are|next|upcoming|due)\b")
# "when is the follow-up contract supposed to be inked?": a plan still ahead, not the framework deal "signed in March".
# "when should the furnace be running at full capacity?": what should come is still to come, not
# "The furnace was lit on 20 January" ("when should it have been done?" is past).
_FUTURE = re.compile(r"\b(?:next|upcoming|coming|will|going to|future|due)\b"
                     r"|^\s*(?:and |so )?when(?:'s|\s+(?:is|are))\b.*\b(?:supposed|scheduled|slated|meant|set|expected|planned) to\b"
                     r"|^\s*(?:and |so )?when\s+should\b(?!.*\bhave\b)")


def _ahead(ask: Ask, ev: Evidence, t: TimeRow) -> bool:
    """The time lies after the article's date: "next Wednesday", "in October" of a story from
    August. "This year" has begun already: it dates no next meeting."""
    info = ask.store.article(ev.sentence.article_id)
    return bool(info and info.date and t.start_date and t.start_date > info.date)


def _month_running(ask: Ask, ev: Evidence, t: TimeRow) -> bool:
    """ "picking would peak in late November" in a story of 6 November: the month has begun, but
    what is said of it may still lie ahead (unlike "this year", which dates no next meeting); so
    may a quarter's ("is due to start operating in the third quarter", said in July)."""
    info = ask.store.article(ev.sentence.article_id)
    return bool(t.kind in ("month", "quarter") and info and info.date and t.end_date and t.end_date > info.date)


_NEWS_EVENT = frozenset({"say", "report", "announce", "declare", "decision", "decide", "result", "publish"})


_SINCE_WHEN = lazy_compile(r"\bsince\s+when\b", re.IGNORECASE)


def _asks_news_date(ask: Ask) -> bool:
    """ "When was the decision announced?", "When did X report its results?": the news itself."""
    # "the sept trade number was the biggest since when?": how far back a figure reaches, not when
    # the number came out.
    if _SINCE_WHEN.search(ask.query.text):
        return False
    # "formal talks with the unions" are negotiations, not something said.
    terms = _telling_terms(ask)
    return any(((t.keys & _NEWS_EVENT and t.lemma not in ("talk", "meet")) or t.lemma in _NEWS_EVENT)
               and not _result_as_modifier(t, terms) for t in terms)


def _result_as_modifier(t: Term, terms: list[Term]) -> bool:
    """ "when was the customs data sharing memo signed?": "data" (a result only by the lexicon)
    qualifies the noun after it, the memo, whose signing is a deed with its own date, no news;
    "when was the trade data released?" still asks the data's telling."""
    if t.keys & _NEWS_EVENT != _RESULT_ONLY or t.lemma in _NEWS_EVENT:
        return False
    after = next((u for u in terms if u.position == t.position + 1), None)
    return after is not None and not after.keys & _NEWS_EVENT and not after.word.lower().endswith("ed")


_RESULT_ONLY = frozenset({"result"})


def _tells_any_asked(ask: Ask) -> bool:
    """Some sentence names a word asked, of the place or body asked (not "The European Union ... absorbed" for Tunis)."""
    return any(t.required for ev in ask.pool.evidence if not any(c.startswith("about ") for c in ev.conflicts)
               for t in ev.matched)


def _carried(ask: Ask, term: Term) -> bool:
    """A word the last question gave, not this one: "what did customs say about Vladivostok?" /
    "starting when?" asks when the thing told starts ("from June"), not when it was said."""
    return term.word.lower() not in ask.query.text.lower()


def _telling_terms(ask: Ask) -> list[Term]:
    """The question's words, less a word that says or publishes only of a telling ("when did it
    issue the outlook?") when none is asked: "issue its first green debt", "the rights issue"."""
    terms = ask.query.terms
    # ("what does the code say about X?" "when does that kick in?": the rule's effect, not the saying)
    if _ASKS_START.search(ask.query.text.lower()) or _ASKS_EFFECT.search(ask.query.text.lower()):
        terms = [t for t in terms if not (t.keys & _ASKS_SAYING and _carried(ask, t))]
    tells = any(t.keys & _TELLINGS or t.lemma in _TELLING_NOUNS for t in terms if t.lemma not in _WEAK_SAYING)
    return terms if tells else [t for t in terms if t.lemma not in _WEAK_SAYING]


# Words the lexicon counts as saying or publishing that mostly do something else: "a rights issue",
# "notes due 2030", "added 1.2 million subscribers", "sales showed".
_WEAK_SAYING = frozenset({"issue", "add", "show", "note", "present", "table"})
_TELLINGS = frozenset({"say", "publish", "forecast", "report"})
_TELLING_NOUNS = frozenset({"data", "figure", "number", "statistic", "statement", "result", "estimate", "warning", "update", "plan", "budget", "rule"})


_NEWS_VERBS = ("declare", "announce", "publish", "decide", "report")
# Each news verb's forms ("publis\w*"), compiled with the module's other patterns (compile_all at
# start-up), not by re the first time a question asks that verb.
_NEWS_VERB_FORMS = {verb: lazy_compile(rf"\b{verb[:-1]}\w*", re.IGNORECASE) for verb in _NEWS_VERBS}


_ANY_CLAUSE_BREAK = lazy_compile(r"[,;]")
# "up from a target of 500 million euros set out in March": the day the thing before was made
# known, in the participle's own words.
_ANNOUNCED_BEFORE = re.compile(r"\b(?:set out|laid out|announced|unveiled|outlined|published|released|presented|issued|declared|disclosed)\s+$",
                               re.IGNORECASE)


def _states_the_news_verb(ask: Ask, ev: Evidence, t: TimeRow) -> bool:
    """ "When was the state of calamity declared?" and the sentence says "declared a state of
    calamity in six provinces on Sunday": the day in the clause of the asked verb itself is its own,
    not the lead's. "Said" for "announced" is only the news being told."""
    text = ev.sentence.text
    for verb in {q.lemma for q in ask.query.terms} & set(_NEWS_VERBS):
        for m in _NEWS_VERB_FORMS[verb].finditer(text):
            between = text[m.end() : t.start] if t.start >= m.end() else text[t.end : m.start()]
            if len(between) < 80 and not _ANY_CLAUSE_BREAK.search(between):
                return True
    return False


def _figures_span(t: TimeRow) -> bool:
    """A span of months or a quarter ("the January-August period", "the third quarter"): what
    figures are counted over, never the day someone gave them."""
    return t.kind in ("range", "quarter")


def _undated_deed(ask: Ask, pick: Evidence) -> bool:
    """ "When did they sign the railway agreement?": "The agreement, signed in Lusaka by ...", which
    names all asked, gives no time, and the best dated sentence lacks the deed asked ("Zambia's
    cabinet approved the deal on Monday"): the signing is the lead's news, dated by its day. A
    headline that names all asked only retells the lead."""
    best = ask.pool.best()
    if best is None or best.times or best.coverage < 1.0 or pick.coverage >= 1.0 or best.sentence.paragraph <= 1:
        return False
    return any(t.required and t.keys.isdisjoint(pick.sentence.terms) for t in ask.query.required)


# "It is the first new nickel processing facility ...": a sentence opening on a pronoun speaks of
# what the sentence before it told.
_PRONOUN_OPENING = re.compile(r"^\s*(?:it|this|that|they|these|those)\s+(?:is|was|are|were|has|had|will|would|'s)\b", re.IGNORECASE)


def _dated_antecedent(ask: Ask) -> Evidence | None:
    """ "When was the processing plant inaugurated?": "On Monday, ... opened a $720 million ... plant
    in Claver. It is the first new nickel processing facility in the country": the undated best
    sentence names all asked through a pronoun for the sentence before it, whose day dates the deed,
    not the lead's."""
    best = ask.pool.best()
    if best is None or not _PRONOUN_OPENING.match(best.sentence.text):
        return None
    s = best.sentence
    return next((ev for ev in ask.pool.accepted if ev.times and ev.sentence.article_id == s.article_id
                 and ev.sentence.paragraph == s.paragraph and ev.sentence.index == s.index - 1), None)


def _dated_follower(ask: Ask, pick: Evidence) -> Evidence | None:
    """ "When are they supposed to start building at the Saysettha dry port?": "... will expand the
    Saysettha dry port ... by 2028. Construction is due to start in the first half of next year":
    the sentence right after the pick tells the word the pick lacks, and lacks only words the
    pick names, so the two together tell the deed asked, dated by the second."""
    lacking = [t for t in pick.missing if t.required]
    # Only a plan asked: of a past deed the next sentence is as often an earlier step or a
    # background ("Shipments had surged in March ... before the levy took effect").
    text = ask.query.text.lower()
    if not lacking or not (_ASKS_EXPECTED.search(text) or _FUTURE.search(text)):
        return None
    s = pick.sentence
    follower = next((ev for ev in ask.pool.evidence if ev.sentence.article_id == s.article_id and ev.sentence.paragraph == s.paragraph
                     and ev.sentence.index == s.index + 1), None)
    if follower is None or not follower.times or any(not c.startswith("missing: ") for c in follower.conflicts):
        return None
    if any(t in follower.missing for t in lacking):
        return None  # it lacks what the pick lacks too
    return follower if all(t in pick.matched for t in follower.missing if t.required) else None


def _follower_of_undated_peer(ask: Ask, pick: Evidence) -> Evidence | None:
    """ "when is the first of the new ferries supposed to be delivered": "... signed ... to build four
    ferries at the Baku Shipyard. The first vessel is due in 2027": an undated sentence ranked above
    the dated pick, as close to the question, lacks a word its next sentence tells, and that one is
    dated: the two together tell the plan asked, as `_dated_follower` reads them for a dated pick."""
    for ev in ask.pool.accepted:
        if ev is pick:
            return None  # only sentences the pool ranks above the pick
        if not ev.times and ev.coverage >= pick.coverage and (follower := _dated_follower(ask, ev)) is not None:
            return follower
    return None


def _follower_of_undated_best(ask: Ask) -> list[Evidence]:
    """ "when will the SGR get to Tabora?": "The 1,219-km SGR ... will eventually link Dar es Salaam
    to Mwanza. The government expects trains to reach Tabora next year.": the best sentence names
    all asked but gives no time, and the plan's next step, told right after it with only words the
    best names missing, is dated there. Only a plan asked, as for `_dated_follower`."""
    best = ask.pool.accepted[0] if ask.pool.accepted else None
    text = ask.query.text.lower()
    if best is None or best.times or any(t.required for t in best.missing) or not (_ASKS_EXPECTED.search(text) or _FUTURE.search(text)):
        return []
    s = best.sentence
    follower = next((ev for ev in ask.pool.evidence if ev.sentence.article_id == s.article_id and ev.sentence.paragraph == s.paragraph
                     and ev.sentence.index == s.index + 1), None)
    if follower is None or not follower.times or any(not c.startswith("missing: ") for c in follower.conflicts):
        return []
    return [follower] if all(t in best.matched for t in follower.missing if t.required) else []


def _made_known_then(ev: Evidence, t: TimeRow) -> bool:
    """The time follows a participle of telling: "a target of 500 million euros set out in March"."""
    return bool(_ANNOUNCED_BEFORE.search(ev.sentence.text, max(0, t.start - 20), t.start))


def _others_news(ask: Ask, ev: Evidence, keys: set[str]) -> bool:
    """The sentence tells another's news: "the statistics bureau said last week", or "a preliminary
    estimate released last month" naming none asked about, when the question names its own teller.
    "Denmark's Ministry of Climate said on Monday" is the Danish government's."""
    if not keys:
        return False
    if not any(e.kind in ("org", "person") for _, e in ev.mentions):
        return not any(named_by(e, keys) for _, e in ev.mentions)
    return not _names_teller(ev, keys)


def _names_teller(ev: Evidence, keys: set[str]) -> bool:
    """A body or person of the sentence is one asked about, by name or as the asked place's own
    ("Denmark's Ministry of Climate" for "the Danish govt")."""
    text = ev.sentence.text
    owners = [m.end for m, e in ev.mentions if e.kind == "place" and named_by(e, keys) and text.startswith(("'s ", "’s "), m.end)]
    # "Haikou customs said on Monday": the asked place's own institution, which the story names no body
    if any(e.kind == "place" and named_by(e, keys) and _INSTITUTION_AFTER.match(text, m.end) for m, e in ev.mentions):
        return True
    return bool(keys) and any(named_by(e, keys) or m.start - 3 in owners for m, e in ev.mentions if e.kind in ("org", "person"))


_INSTITUTION_AFTER = lazy_compile(r"\s+(?:" + "|".join(sorted(gz.INSTITUTION_NOUNS, key=len, reverse=True)) + r")\b")


def _told_elsewhere(ask: Ask) -> list[Evidence]:
    """ "When did the old wage deal run out?" in a strike story: the lead ("extended their strike
    on Tuesday") lacks the deal and its end, and "The previous collective agreement expired in
    March" has them and a date of its own: the sentences that tell what the lead does not."""
    lead = next((ev for ev in ask.pool.evidence if ev.sentence.paragraph == 1 and (ev.entity_hits or ev.matched)), None)
    if lead is not None and not lead.missing:
        return []
    lacking = {t.lemma for t in (lead.missing if lead is not None else ask.query.required) if t.required}
    # With no lead to weigh against, half the words asked, or the paragraph of the best sentence:
    # "the government would pay 8.2 billion lira in compensation ... Payments are due to start in October".
    best = ask.pool.accepted[0].sentence if ask.pool.accepted else None
    return [ev for ev in ask.pool.evidence[:12] if ev.sentence.paragraph > 1 and ev.times
            and not any(c.startswith(("never names", "about ", "does not name", "names no")) for c in ev.conflicts)
            and any(t.lemma in lacking and _outside_times(t, ev) for t in ev.matched)
            # "when did construction on the freight hub begin?": "a new cargo hub was put into
            # operation in March" has the hub, but neither the work nor its start ("charges would
            # rise from January" starts something with its date).
            and not (any(t.keys & _STARTS for t in ev.missing) and sum(t.required for t in ev.missing) > 1
                     and not any(_starts_then(ev.sentence.text, t) for t in ev.times))
            and (lead is not None or ev.coverage >= 0.5
                 or (best is not None and (best.article_id, best.paragraph) == (ev.sentence.article_id, ev.sentence.paragraph)))]


def _body_dated_below_lead(ask: Ask) -> list[Evidence]:
    """ "When did Gecamines sign up to use Lobito?": the lead ("A ... terminal opened ... on
    Wednesday") never names the miner, and "In March, Congolese state miner Gecamines agreed to ship
    ... through Lobito" names it with a time of its own, in other words than asked: the body's own
    sentence dates its deed, not the lead's day, which is another's news."""
    # Named in full, not a word of its name ("rice" of the Rice Importers Association).
    asked = {e.id for e in ask.query.entities if e.kind in ("org", "person") and e.name.lower() in ask.query.text.lower()}
    if not asked or not ask.pool.evidence or _asked_in_lead(ask, ask.pool.evidence[0].sentence.article_id, ("org", "person")):
        return []
    return [ev for ev in ask.pool.evidence[:12] if ev.sentence.paragraph > 1 and ev.times
            and not any(c.startswith(("never names", "about ", "does not name", "names no")) for c in ev.conflicts)
            and any(e.id in asked for _, e in ev.mentions)]


_STARTS = frozenset(("begin", "start"))
# Conflicts that say a sentence is of another place, body or subject than the one asked, or lacks
# a word no paraphrase drops (an ordinal, the end asked).
_OTHERS_CONFLICTS = ("never names", "about ", "does not name", "names no")


def _dated_body_outscoring_lead(ask: Ask, news: bool) -> list[tuple[float, TimeRow, Evidence]]:
    """The times of the first of `_body_outscoring_lead` that fit the question. A time "by" or
    "until" ends a span ("which the government wants finished by 2027"): it dates only an end asked,
    not "when will the govt pick the winner?" in other words than the sentence's."""
    ends = bool(_ASKS_END.search(ask.query.text.lower()))
    best = _body_outscoring_lead(ask, news)[:1]
    return [p for p in rank_times(ask, best, news) if ends or p[1].anchor not in ("by", "until", "till")]


def _end_by_then(ask: Ask, ev: Evidence, conflict: str) -> bool:
    """ "when will the new berth be finished?": "will add a container berth by 2027" names no
    finishing, but a time "by" or "until" is itself the end asked (an ordinal lacking still rules out)."""
    if not conflict.startswith("names no "):
        return False
    ordinals = {t.word for t in ask.query.required if t.lemma in _ORDINAL_WORDS}
    return not set(conflict[len("names no "):].split(", ")) & ordinals and any(t.anchor in ("by", "until", "till") for t in ev.times)


def _body_outscoring_lead(ask: Ask, news: bool) -> list[Evidence]:
    """ "when did the top EU court rule on the Calderon case?": no sentence names all asked (the
    article says "the EU's top court ... in September upheld"), and the lead's day dates only the
    lead's news. A sentence below the lead that scores above every lead sentence and names a thing
    asked the lead does not (or states a figure asked: "a depth of 3 metres by 2027" for "a 3m
    deep channel") is the closest telling of the event: its time, not the lead's day. Not of a
    telling asked, which the lead's day dates. Best first."""
    if news:  # (_asks_news_date(ask), as the caller has it)
        return []
    # The accepted sentences were ranked already; the one article the best of the rest is from.
    fair = [ev for ev in ask.pool.evidence if ev.conflicts
            and not any(c.startswith(_OTHERS_CONFLICTS) for c in ev.conflicts if not _end_by_then(ask, ev, c))]
    if not fair:
        return []
    fair = [ev for ev in fair if ev.sentence.article_id == fair[0].sentence.article_id]
    leads = [ev for ev in fair if ev.sentence.paragraph <= 1]
    told = {t.lemma for ev in leads for t in ev.matched}
    top = max((ev.score for ev in leads), default=0.0)
    numbers = set(ask.query.numbers)
    return [ev for ev in fair if ev.sentence.paragraph > 1 and ev.times and ev.score > top
            and (any(t.required and t.lemma not in told and _outside_times(t, ev) for t in ev.matched)
                 or any({f.value, f.alt_value} & numbers for f in ev.figures))
            # "when did construction on the freight hub begin?": "a new cargo hub was put into
            # operation in March" has the hub, but neither the work nor its start.
            and not (any(t.keys & _STARTS for t in ev.missing) and sum(t.required for t in ev.missing) > 1
                     and not any(_starts_then(ev.sentence.text, t) for t in ev.times))]


def _lead_time_disowned(ev: Evidence, t: TimeRow) -> bool:
    """The lead names the thing asked only past its time's clause: "exports jumped in the first nine
    months, helped by ... a trade fair in Nanning" does not date the fair."""
    return ev.sentence.paragraph == 1 and (_dates_the_verb_before(ev, t) or _dates_another_clause(ev, t))


def _event_told_after(ask: Ask, lead: Evidence) -> list[Evidence]:
    """The sentences further down that name the thing the lead mentions in passing by its head word
    ("the trade fair": "At the China-ASEAN Expo in Nanning ... last month") and every place or body
    asked, with a time of their own."""
    matched = {t.position for t in lead.matched if t.required}
    heads = [t for t in lead.matched if t.required and t.position + 1 not in matched]
    keys = set(ask.query.entity_keys)
    if not heads:
        return []
    # "signed ... on Wednesday, as a new container line to China began calling": the lead has
    # tied the thing to its place; "launched a fortnightly service on Monday linking Gwadar with
    # Shanghai" retells it below with its own day and need not name that place again.
    retold = {k for k in keys if any(named_by(e, {k}) for _, e in lead.mentions)}
    return [ev for ev in ask.pool.evidence[:12] if ev.sentence.paragraph > 1 and ev.times
            and all(h in ev.matched for h in heads)
            and (ev.entity_hits >= len(keys) or all(any(named_by(e, {k}) for _, e in ev.mentions) for k in keys - retold))
            and not any(c.startswith("about ") for c in ev.conflicts)]


def _retold_after_disowned_lead(ask: Ask) -> list[Evidence]:
    """The lead names all asked but its every time dates another clause ("signed ... on Wednesday,
    as a new container shipping line began calling"): the sentences below that retell the thing
    with a time of their own ("launched a fortnightly service on Monday")."""
    lead = next((ev for ev in ask.pool.accepted if ev.sentence.paragraph == 1 and ev.times), None)
    if lead is None or not all(_lead_time_disowned(lead, t) for t in lead.times):
        return []
    return _event_told_after(ask, lead)


def _ongoing_in_lead(ask: Ask, ev: Evidence, t: TimeRow) -> bool:
    """The lead's time is a day of something under way ("stayed off the job for a fifth day on
    Wednesday"), and the question does not ask that day ("when did it enter its third week?")."""
    return ev.sentence.paragraph == 1 and _ONGOING_BEFORE.search(ev.sentence.text, max(0, t.start - 40), t.start) is not None \
        and not _ASKS_ONGOING.search(ask.query.text.lower())


# "launched the strike on Saturday", "began their walkout on Monday": the start of what goes on.
_STARTED_DEED = lazy_compile(r"\b(?:launched|began|started|called|staged|went on)\b", re.IGNORECASE)


def _start_told_after(ask: Ask, lead: Evidence) -> list[Evidence]:
    """ "When did the train crews down tools?" when the lead has them on strike "for a fifth day on
    Wednesday": the sentence below that tells the start ("launched the strike ... on Saturday") in
    its own word for a deed the lead names, not one that only shares the doers ("cut about 1,800
    train crew jobs since 2022")."""
    asked = [t for t in ask.query.required if not t.keys.isdisjoint(lead.sentence.terms)]
    return [ev for ev in ask.pool.evidence[:12] if ev.sentence.paragraph > 1 and ev.times
            and _STARTED_DEED.search(ev.sentence.text) is not None
            and any(t in ev.matched and not t.keys.isdisjoint(ev.sentence.terms) for t in asked)
            and not any(c.startswith(_OTHERS_CONFLICTS) for c in ev.conflicts)]


def _starts_then(text: str, t: TimeRow) -> bool:
    """The time is when something starts: "from January 2026", "began on Sept. 1"."""
    before = text[max(0, t.start - 30) : t.start] + " " + t.text.split(" ", 1)[0] + " "
    return bool(_STARTED_BEFORE.search(before) or _START_BEFORE.search(before) or _START_VERB_BEFORE.search(before))


def _outside_times(term: Term, ev: Evidence) -> bool:
    """The word stands somewhere other than in the sentence's own dates: "what year was the
    conference first held?" lacks "first", which "soared 82.3% in the first nine months" has only
    as part of the time it gives, no first of anything asked."""
    return any(not any(t.start <= a < t.end for t in ev.times) for a, _ in term_spots(ev.sentence.text, [term]))


def _same_day_lead(picks: list[tuple[float, TimeRow, Evidence]], as_much: bool = False) -> list[tuple[float, TimeRow, Evidence]]:
    """ "When did the central bank announce the cut?": "cut its repo rate ... on Thursday" in the
    lead, not "central bank data showed on Thursday" further down, though both give the day: the
    lead tells the news. `as_much`: only a lead that names as much of the question as the pick."""
    best = picks[0][1]
    if picks[0][2].sentence.paragraph == 1:
        return picks
    for i, (_, t, ev) in enumerate(picks):
        if ev.sentence.paragraph == 1 and ev.matched and (t.start_date, t.end_date) == (best.start_date, best.end_date) \
                and not (as_much and ev.coverage < picks[0][2].coverage):
            return [picks[i]] + picks[:i] + picks[i + 1 :]
    return picks


def _finer_day(picks: list[tuple[float, TimeRow, Evidence]]) -> list[tuple[float, TimeRow, Evidence]]:
    """ "When did the US duty kick in?": "a tariff that took effect last month" in the lead, and "The
    U.S. levy, in force since August 7" below it: the day within the month, told of the same thing,
    is the more exact answer."""
    best = picks[0][1]
    if best.kind != "month" or best.anchor == "since" or not (best.start_date and best.end_date):
        return picks
    for i, (_, t, ev) in enumerate(picks[1:], 1):
        # "since August 7" runs to the article's day, but starts on a day of its own
        # ... or the days ("on Oct. 14 and 15") within it
        if (t.kind == "date" or t.kind == "range" and t.end_date and t.end_date <= best.end_date) and t.start_date \
                and best.start_date <= t.start_date <= best.end_date \
                and not ev.conflicts and not reporting_time(ev.sentence.text, t):
            return [picks[i]] + picks[:i] + picks[i + 1 :]
    return picks


_ON_WORD = lazy_compile(r"on\b", re.I)


def _lead_dates(ask: Ask) -> list[tuple[float, TimeRow, Evidence]]:
    """The day the lead paragraph gives ("said on Wednesday", "kept rates on Thursday") is the
    day of the news the article reports."""
    future = bool(_FUTURE.search(ask.query.text.lower()))
    # The lead anywhere in the pool: "announce" finds the sentences that say "said" first.
    for ev in ask.pool.evidence:
        if any(c.startswith(("never names", "about ", "does not name")) for c in ev.conflicts):
            continue  # the lead's day dates the news, not a question about something it never names
        if ev.sentence.paragraph == 1 and (ev.entity_hits or ev.matched):
            days = [t for t in ev.times if (t.kind in ("date", "weekday", "day") or _ON_WORD.match(t.text))
                    and not (future and not _ahead(ask, ev, t))]
            if days:
                return [(ev.score, min(days, key=lambda t: _lead_day_rank(ask, ev, t)), ev)]
    return []


# "a 60-day ban that began on Sept. 1": the words that make a past day the start of something.
# "has lowered its key rate by 375 points since it began easing in August last year": the time
# in a clause "since" opens starts a span, as "since August" does.
_SINCE_CLAUSE_BEFORE = re.compile(r"\bsince\s+(?:it|they|he|she|we|the\s+[a-z]+)\s+(?:[a-z]+\s+){1,3}(?:(?:in|on)\s+)?$")
_STARTED_BEFORE = re.compile(r"\b(?:began|begun|started|kicked in|kicked off|took effect|came into (?:force|effect)|commenced)\s+(?:on\s+|in\s+)?$",
                             re.IGNORECASE)


def _lead_day_rank(ask: Ask, ev: Evidence, t: TimeRow) -> tuple[bool, bool, bool]:
    """Which of the lead's days dates the question: "will extend its suspension of rice imports
    until Dec. 31 ..., prolonging a 60-day ban that began on Sept. 1" ends a span with its first
    day, and "When did the suspension first kick in?" asks the start it names after."""
    text = ev.sentence.text.lower()
    asked = ask.query.text.lower()
    before = ev.sentence.text[max(0, t.start - 30) : t.start]
    ends = t.anchor in ("until", "till", "through") or bool(_UNTIL_BEFORE.search(before))
    starts = bool(_STARTED_BEFORE.search(before) or _START_BEFORE.search(before) or _START_VERB_BEFORE.search(text, max(0, t.start - 25), t.start))
    wants_start = bool(_ASKS_START.search(asked) or _ASKS_EFFECT.search(asked))
    # "LISBON, Oct 16 (Reuters) - ... the company and the government said on Tuesday": the
    # dateline dates the filing, the lead's own day the news.
    return (wants_start and not starts, ends and not _ASKS_END.search(asked), t.start < story_opening(ev.sentence.text))


def _said_then(picks: list[tuple[float, TimeRow, Evidence]]) -> list[tuple[float, TimeRow, Evidence]]:
    """ "When did customs put out the trade numbers?" when the lead dates no telling ("customs
    data showed"): a sentence naming as much asked that says when it was told ("the Department of
    Customs said on Monday") dates the news, not the period its figures cover."""
    best = max(p[2].coverage for p in picks) if picks else 0.0
    said = [p for p in picks if p[2].coverage >= best and not p[2].conflicts and p[1].kind in ("date", "weekday", "day")
            and reporting_time(p[2].sentence.text, p[1])]
    return said[:1]


def _lead_reporting_day(ask: Ask) -> list[tuple[float, TimeRow, Evidence]]:
    """ "When did CMHC put out these numbers?" when no sentence dates the publishing: the day the
    lead says the news was given ("..., the national housing agency said on Monday"), in the
    article whose sentences name the one asked about."""
    if _FUTURE.search(ask.query.text.lower()):
        return []  # "When will the EMA decide?" is not dated by today's news
    named = [e for e in ask.pool.evidence[:10] if (e.entity_hits or not ask.query.entity_keys)
             and not any(c.startswith(("never names", "does not name", "about ")) for c in e.conflicts)]
    if not named:
        return []
    lead = {s.id: s for s in ask.store.paragraph_sentences(named[0].sentence.article_id, 1)}
    if _lead_names_another(ask, named[0].sentence.article_id, list(lead)):
        return []  # "When did Pampa Agro raise its call?": the lead's day is Conab's news, not Pampa's
    days = [t for t in ask.store.times_in(list(lead)) if t.kind in ("date", "weekday", "day")]
    # The day it was said, else the lead's first day ("awarded ... in its auction on Tuesday").
    days.sort(key=lambda t: (not reporting_time(lead[t.sentence_id].text, t), t.sentence_id, t.start))
    return [(0.0, days[0], Evidence(lead[days[0].sentence_id], 0.0, 0.0, [], [], [], [], [days[0]], 0))] if days else []


def _asked_in_lead(ask: Ask, article_id: str, kinds: tuple[str, ...] = ("place", "org", "person", "other")) -> bool:
    """Whether the lead paragraph names one asked about (of these kinds)."""
    lead = [s.id for s in ask.store.paragraph_sentences(article_id, 1)]
    return bool({m.entity_id for m in ask.store.mentions_in(lead)} & {e.id for e in ask.query.entities if e.kind in kinds})


def _lead_names_another(ask: Ask, article_id: str, lead_ids: list[int]) -> bool:
    """The body or person asked about is not in the lead, and a sentence of its own gives it a day:
    its news is dated there, not by the lead's."""
    asked = [e.id for e in ask.query.entities if e.kind in ("org", "person")]
    if not asked or _asked_in_lead(ask, article_id, ("org", "person")):
        return False
    own = [i for i in ask.store.sentences_mentioning(asked) if i not in lead_ids]
    return any(t.kind in ("date", "weekday", "day") for t in ask.store.times_in(own))


def _event_span(ev: Evidence, t: TimeRow) -> tuple[int, int]:
    """The time phrase and the words of the question it dates, so "In May," is not all we quote."""
    spots = [(a, b) for a, b in term_spots(ev.sentence.text, ev.matched) if abs(a - t.start) < 120]
    starts = [t.start] + [a for a, _ in spots]
    ends = [t.end] + [b for _, b in spots]
    return min(starts), max(ends)


def _asked_spans(ask: Ask) -> set[tuple[str, str]]:
    if not ask.query.times:
        return set()
    spans: set[tuple[str, str]] = set()
    for article_id in {e.sentence.article_id for e in ask.pool.evidence[:8]}:
        info = ask.store.article(article_id)
        day = date.fromisoformat(info.date) if info and info.date else None
        spans |= {(t.start_date.isoformat(), t.end_date.isoformat()) for t in resolve_times(ask.query, day) if t.start_date and t.end_date}
    return spans


# "By when is the last pit to shut?": "five mines will close by the end of 2028, followed by eight
# more by 2035 and the last eight by 2045": the time after the word that picks the one asked.
_ORDINAL_WORDS = frozenset({"first", "last", "final", "second", "third", "fourth", "fifth", "sixth", "seventh"})
_ORDINAL_WORD = lazy_compile(r"\b(?:first|last|final|second|third|fourth|fifth|sixth|seventh)\b", re.IGNORECASE)


def _ordinal_picks(ev: Evidence, ordinals: set[str]) -> set[int]:
    """Ids of the times that each follow one of these words (not in a time: "last week"), with
    no other time between: the part of a timetable the word picks."""
    if len(ev.times) < 2:
        return set()
    text = ev.sentence.text
    spans = sorted((t.start, t.end, t.id) for t in ev.times)
    picked: set[int] = set()
    for m in _ORDINAL_WORD.finditer(text):
        if m[0].lower() not in ordinals or any(a <= m.start() < b for a, b, _ in spans):
            continue
        after = next((i for a, _, i in spans if a >= m.end()), None)
        if after is not None:
            picked.add(after)
    return picked


# "which day in March", "what date in 2023": a finer time than the one the question gives.
_ASKS_DAY = lazy_compile(r"\b(?:day|date|exact|exactly)\b", re.IGNORECASE)


def _asks_forecast_made(ask: Ask) -> bool:
    """ "When did the govt forecast 2bn ringgit for next year?": a forecast made in the past is told
    ("On Monday, the ministry said it expects ..."), so its telling day dates it. Only the word
    "forecast" itself: its lexicon group holds "expected", which asks a day still to come."""
    return bool(_ASKS_PAST.search(ask.query.text.lower())) and any(t.lemma == "forecast" for t in ask.query.terms)


_NEXT_OF_OBJECT = lazy_compile(r"\b(?:for|of|on|about|over|with)\s+(?:the|its|their|a)\s+next\b", re.IGNORECASE)


def rank_times(ask: Ask, evidence: list[Evidence], news_date: bool | None = None) -> list[tuple[float, TimeRow, Evidence]]:
    """The times of these sentences that may answer the when-question, best first. `news_date`:
    _asks_news_date(ask), when the caller has it (a function of the question alone)."""
    lower = ask.query.text.lower()  # (read by a dozen tests below: lowered once)
    forecast_made = _asks_forecast_made(ask)
    asks_saying = any(t.keys & _ASKS_SAYING for t in _telling_terms(ask)) or bool(_RULES_OUT.search(lower)) or forecast_made \
        or bool(_GIVES_LEAVE.search(lower)) or bool(_PUTS_A_PRICE.search(lower))
    spokesperson = any("spokesperson" in t.keys for t in ask.query.terms)
    wants_start = bool(_ASKS_START.search(lower))
    wants_effect = bool(_ASKS_EFFECT.search(lower))
    wants_end = bool(_ASKS_END.search(lower))
    asked_texts = {t.text.lower() for t in ask.query.times}
    # "which month saw the highest trade since feb 2022?": the span the question counts from is given, not asked.
    asked_bases = {(b.start_date.isoformat(), b.anchor) for b in ask.query.bases if b.start_date}
    asked_spans = _asked_spans(ask)
    finer = bool(asked_spans) and bool(_ASKS_DAY.search(ask.query.text))
    # ... and the "next year" such a question names is the forecast's, not the time asked.
    future = bool(_FUTURE.search(lower)) and not forecast_made
    past = not future and bool(_ASKS_PAST.search(lower))
    asks_record = bool(_ASKS_RECORD.search(lower))
    # "record since when?" (read "highest since when"): only the span a record is counted over answers,
    # never the time of a figure that sets none ("soared 82.3% in the first nine months").
    record_span = "highest since" in lower
    asks_ongoing = bool(_ASKS_ONGOING.search(lower))
    asks_expected = bool(_ASKS_EXPECTED.search(lower))
    present = not future and not past and bool(_ASKS_PRESENT.search(lower))
    if news_date is None:
        news_date = _asks_news_date(ask)
    asks_figure = bool(ask.query.direction or ask.query.numbers or ask.query.wants) or asks_record
    picks: list[tuple[float, TimeRow, Evidence]] = []
    wanted = UP_KEYS if ask.query.direction == "up" else DOWN_KEYS if ask.query.direction == "down" else frozenset()
    things = [t for t in ask.query.required if not t.keys & (UP_KEYS | DOWN_KEYS)]
    movers = [t.position for t in ask.query.required if t.keys & wanted]
    # "When did the bank lower rates?": someone moved the thing, so "lowered its reference rate on
    # Oct. 8", not "inflation eases in September" nor "rate cuts seen slowing".
    acted_on = bool(wanted) and bool(movers) and bool(things) and all(t.position > min(movers) for t in things)
    ordinals = {t.lemma for t in ask.query.required if t.lemma in _ORDINAL_WORDS}
    titles = [t for t in ask.query.required if t.lemma in ROLES]
    event = _event_before_object(ask)
    deed = _closing_deed(ask)
    # "When is the next Bank of England rate decision?": the next of a recurring thing is told as
    # next ("its next announcement on November 6") or by its own words, not by a forecast that
    # "inflation will dip in the second quarter".
    # A "next" after a preposition names the thing the event is for, not the event: "when is the
    # govt expected to sign off on the land for the next phase?" asks the signing-off.
    upcoming = None if _NEXT_OF_OBJECT.search(ask.query.text) else next((t for t in ask.query.terms if t.lemma == "next"), None)
    after_next = [t for t in ask.query.required if upcoming is not None and t.position > upcoming.position]
    for ev in evidence:
        if after_next and upcoming not in ev.matched and not all(t in ev.matched for t in after_next) \
                and not _TIMETABLED.search(ev.sentence.text):
            continue  # ... or as set down: "is scheduled to review policy on October 23"
        picked = _ordinal_picks(ev, ordinals) if ordinals else set()
        # "When did the bank last lower rates?": a sentence in which something was lowered, not
        # "the lowest since March 2024".
        moved = bool(wanted & ev.sentence.terms)
        # Where the words asked end: "will close by the end of 2026", "to conclude by January 30".
        asked_ends = {b for _, b in term_spots(ev.sentence.text, [m for m in ev.matched if m.required])} if wants_end and ev.times else set()
        event_ends = {b for _, b in term_spots(ev.sentence.text, [event])} if event is not None and event in ev.matched and ev.times else set()
        told: tuple[Placed, Placed] | None = None  # the sentence's places_told, when a time first needs them
        for t in ev.times:
            if not t.label or t.text.lower() in asked_texts or (t.start_date, t.end_date) in asked_spans \
                    or (t.start_date, t.anchor) in asked_bases:
                # "When do we get the full Q3 numbers?": "third-quarter" names what, not when
                continue
            # "which day in March did it open?": "January to September" holds March, says no day of it;
            # but "since February 2022" runs on to the story's day only because it names an exact start.
            if finer and t.start_date and t.end_date and t.anchor != "since" and any(t.start_date <= a and t.end_date >= b for a, b in asked_spans):
                continue
            if future and not _ahead(ask, ev, t) and not _month_running(ask, ev, t):
                continue  # "when is the next meeting?" is not answered by a past one
            if news_date and _DATA_NOUN_AFTER.match(ev.sentence.text, t.end):
                continue  # "When did CMHC put out these numbers?": "revised the July figure" is what the figures cover
            if past and _ahead(ask, ev, t):
                continue  # "When did the plant open?" is not "due to begin production in the first half of next year"
            if told is None:
                told = places_told(ask.query, ev)  # once a sentence, not once a time
            if (elsewhere := place_elsewhere(ask.query, ev, t.start, t.end, told)) and not _home_country(ask, elsewhere):
                continue  # "last week in Beijing" does not date a visit to Shenyang
            cues = time_cues(ask.store, ev.sentence.text, t)
            if record_span and not cues.superlative_scope:
                continue
            score = ev.score - 0.12 * token_distance(ev, t.start, t.end, question_anchors(ask.query, ev))
            if picked:
                score += 1.0 if t.id in picked else -1.0
            if present and _ahead(ask, ev, t):
                score += 1.0  # "When do the higher fees start?": "would rise by 4.5% from January", still to come
            if t.anchor == "for" and not _SCHEDULED_FOR.search(ev.sentence.text, max(0, t.start - 20), t.start):
                score -= 1.0  # "its growth forecast for 2025": the period it covers, not when it happened
            if _dates_the_verb_before(ev, t):
                score -= 1.0
            if t.start < 40 and not news_date and t.start < story_opening(ev.sentence.text):
                score -= 1.0  # "DHAKA, June 11 (Reuters) - ... signed on Monday": the dateline dates the filing
            if _dates_another_clause(ev, t):
                score -= 1.0
            elif deed is not None and deed in ev.matched and _dates_another_clause(ev, t, [deed]):
                score -= 1.0  # "when did the chinese bidders pull out?": "bidders were shortlisted in July, and two Chinese groups withdrew last month"
            if asks_expected and _EXPECTED_BEFORE.search(ev.sentence.text, max(0, t.start - 50), t.start):
                score += 0.8
            if event_ends and t.start - 1 in event_ends:
                score += 1.0  # "vote on the rights issue": "approval at a general meeting on December 3", not "a rights issue in the first quarter"
            if wants_end and t.start - 1 in asked_ends:
                score += 1.0  # the time of the very word asked, not "to save 350 million francs a year by 2027"
            if past and not (wants_start or wants_effect or ordinals) and _earlier_step(ev, t):
                score -= 1.0  # "When was the plant opened?": not "an assembly line began operating at the site in September"
            if cues.ongoing_before and not asks_ongoing:
                score -= 1.0  # "extended their strike into a third week on Tuesday": a day of it, not when it began
            if cues.superlative_scope and not asks_record:
                score -= 1.0  # "licensed a plant ..., the largest project approved so far this year": the record's span
            if _in_relative_aside(ev, t):
                score -= 1.0  # "Ethiopia, which defaulted in December 2023, reached a deal last month"
            if not asks_figure and _dates_a_move(ev, t):
                score -= 1.0  # "exports jumped to 1,840 tonnes in the first two months": no lifting of a ban
            if t.anchor != "on" and cues.baseline_before:
                # "a dividend of 86 cents, up from 84 cents a year ago": when the old figure stood; but
                # "cut its forecast to 3.0% from 3.3% on Tuesday" is the cut's own day.
                score -= 1.0
            clause = phrase_keys(clause_text(ev.sentence.text, t.start, t.end)) if moved else frozenset()
            # ... and what moved is the thing asked: "inflation eases in September" lowers no rate. A
            # thing the sentence never names is the story's: "after New Delhi raised its subsidy rates
            # in March" in a fertilizer story raises the fertilizer subsidy.
            if moved and wanted & clause and (not things or any(k.keys & clause for k in things)) \
                    and all(k.keys & clause or (k in ev.matched and k.keys.isdisjoint(ev.sentence.terms)) for k in things):
                score += 1.5
                if acted_on and _acts_on(ev, t, wanted, things):
                    score += 1.0
            # "When did the central bank lower rates?" dates what the bank did: a sentence that
            # names it over one that leans on its being the story's subject.
            score -= 0.8 * (len(set(ask.query.entity_keys)) - ev.entity_hits)
            if t.anchor == "since":
                # "When did the train crews down tools?": "cut about 1,800 train crew jobs since 2022"
                # runs on to now and names no strike (only the lead's, borrowed): it dates no deed it
                # never tells. (A word the sentence before gives it is its own.)
                score -= 0.5 * sum(1 for k in ev.matched if k.required and k.keys.isdisjoint(ev.sentence.terms)
                                   and k.keys.isdisjoint(carried_terms(ask.store, ev.sentence)))
            # ... and so is a doer asked by title: "when did the labour minister sit down with the
            # union?" dates what the minister did ("Labour Minister Ferreira met both sides on Monday"),
            # not the union's walkout the sentence tells without her.
            score -= 1.5 * sum(1 for t in titles if t in ev.missing)
            if wants_end:
                # "when must the talks with worker reps be completed": an end told of something else
                # ("to save 350 million francs a year by 2027") lacks a word asked
                score -= 0.5 * sum(1 for t in ev.missing if t.required)

            if cues.reporting and not asks_saying:
                if not news_date and not _deed_done_by_then(ask, ev, t):
                    continue  # "by when should it become a gateway?" is not "Xi declared in September"
                score -= 1.5
            elif cues.reporting and spokesperson:
                score += 0.5  # "when did she give the figures?": "shipped 7,200 tonnes in the first half, she said on Monday"
            # ... and the "from" may open the time itself: "requires producers to send 25% ... from January"
            if wants_effect and (_START_BEFORE.search(ev.sentence.text[max(0, t.start - 25) : t.start]) or t.anchor == "from"):
                score += 2.0
            elif wants_start and not wants_effect and t.anchor in ("from", "since"):
                score += 0.8
            elif past and (t.anchor == "since" or not wants_start and _SINCE_CLAUSE_BEFORE.search(ev.sentence.text, max(0, t.start - 40), t.start)) \
                    and not wants_effect and not asks_record:
                # "When did the miners down tools?": "hit by three strikes since 2022" spans many; but
                # "when was the biggest purchase before this one?" is "its biggest since February 2023"
                score -= 1.0
            elif wants_start and _START_VERB_BEFORE.search(ev.sentence.text, max(0, t.start - 25), t.start):
                score += 1.0  # "formal talks would start in November"
            elif (wants_start or wants_effect) and _STARTED_BEFORE.search(ev.sentence.text[max(0, t.start - 30) : t.start]):
                score += 1.0  # "When did the suspension first kick in?": "a 60-day ban that began on Sept. 1"
            if not wants_end and (t.anchor in ("until", "till", "through") or cues.until_before) and not cues.delayed_before:
                score -= 1.0  # "keep its coating lines until at least 2032" ends a span: no vote is held then
            if wants_end and (t.anchor in ("until", "till", "through", "by") or (t.kind == "range" and t.start_date != t.end_date
                                                                                  and t.anchor in ("between", "from"))):
                score += 1.5
            picks.append((score, t, ev))
    picks.sort(key=lambda p: -p[0])
    return picks


class TimeCues(NamedTuple):
    """What the words around a time say in its sentence, whatever the question: rank_times reads
    them for every time of every sentence it ranks, and the regular-expression searches over the
    text before the time were most of its cost (a when-question's ranking searched the same
    sentences' windows as the last one's)."""

    superlative_scope: bool  # a record's span before it: "the largest project approved so far this year"
    ongoing_before: bool  # a day of something under way: "extended their strike into a third week on Tuesday"
    baseline_before: bool  # the figure compared against: "up from 84 cents a year ago"
    until_before: bool  # the end of a span: "until at least 2032"
    delayed_before: bool  # ... or the new date of a thing put off: "delayed until 2027"
    reporting: bool  # reporting_time(text, t): when it was said


def time_cues(store: Store, text: str, t: TimeRow) -> TimeCues:
    """_time_cues of a time in a sentence's text, kept per store handle (a write clears it;
    handlers.prepare works them out for every stored time at start-up)."""
    return store.memo("time_cues", (text, t), lambda: _time_cues(text, t))  # type: ignore[no-any-return]


def _time_cues(text: str, t: TimeRow) -> TimeCues:
    return TimeCues(_SUPERLATIVE_SCOPE.search(text, max(0, t.start - 90), t.start) is not None,
                    _ONGOING_BEFORE.search(text, max(0, t.start - 40), t.start) is not None,
                    _BASELINE_BEFORE.search(text, max(0, t.start - 40), t.start) is not None,
                    _UNTIL_BEFORE.search(text, max(0, t.start - 30), t.start) is not None,
                    _DELAYED_BEFORE.search(text, max(0, t.start - 30), t.start) is not None,
                    reporting_time(text, t))


# "said on Monday it had signed", "announced on Friday that they have agreed": a deed told as done.
_DONE_AFTER = lazy_compile(r"\s*(?:that\s+)?(?:it|they|he|she|we|the\s+\w+)\s+(?:had|has|have)\s+(?:\w+ly\s+)?([a-z]+)\b")


def _deed_done_by_then(ask: Ask, ev: Evidence, t: TimeRow) -> bool:
    """The telling day dates the deed asked when the telling reports it done and no other time in
    the sentence does: "When did NordKhim sign the India contract?": "NordKhim said on Monday it
    had signed a three-year supply deal", not "The article does not say"."""
    done = _DONE_AFTER.match(ev.sentence.text, t.end)
    if done is None or len(ev.times) > 1:
        return False
    keys = phrase_keys(done.group(1))
    return any(not term.keys.isdisjoint(keys) for term in ask.query.required if term in ev.matched)


# ", which defaulted on a Eurobond payment in December 2023,": an aside on who someone is.
_RELATIVE_ASIDE = lazy_compile(r",\s(?:which|who|whose)\b[^,;]*,")


def _in_relative_aside(ev: Evidence, t: TimeRow) -> bool:
    """The time stands in an aside that tells of the subject ("Ethiopia, which defaulted on a
    Eurobond payment in December 2023, reached an agreement ... last month"), and no word asked
    does: it dates what the aside tells, not the deed asked."""
    text = ev.sentence.text
    aside = next(((m.start(), m.end()) for m in _RELATIVE_ASIDE.finditer(text) if m.start() < t.start < m.end()), None)
    if aside is None:
        return False
    spots = term_spots(text, [m for m in ev.matched if m.required])
    return bool(spots) and not any(aside[0] <= a < aside[1] for a, _ in spots)


_SPANS_MEASURED = frozenset({"range", "quarter", "half"})  # "in the first two months", "in the third quarter"


def _dates_a_move(ev: Evidence, t: TimeRow) -> bool:
    """The time is the period of a figure that moved: "exports jumped to 1,840 tonnes in the first
    two months of 2025" dates the rise, not a deed the question asks of the story. A day is a
    deed's own: "raised $11.5 billion from a bond sale on Tuesday"; so is a month or a year: "cut its
    tariff by 12% last month" is when the cut was made."""
    if t.anchor == "on" or t.kind not in _SPANS_MEASURED:
        return False
    return any(f.direction_word and f.period_text == t.text and f.start < t.start for f in ev.figures)


# ", and it signed", "; the": where one clause of a sentence gives way to another. A pronoun in
# the time's own clause ("and Wilczek said he expected it in the first half") speaks of the other's thing.
_CLAUSE_BREAK = lazy_compile(r";\s|,\s(?:and|while|but|whereas)\s")
_BACK_REFERENCE = lazy_compile(r"\b(?:it|its|they|them|their|this|that|these|those|he|she)\b", re.IGNORECASE)


def _dates_another_clause(ev: Evidence, t: TimeRow, asked: list[Term] | None = None) -> bool:
    """The words asked (by default all found) stand across a clause break from the time: "arrivals
    jumped 64% in the first nine months of the year to 410,000, and it signed an agreement with
    SkyRoute" dates the arrivals, not the signing."""
    text = ev.sentence.text
    if asked is None:
        asked = [m for m in ev.matched if m.required]
    spots = term_spots(text, asked) if asked else []
    if not spots:
        return False
    breaks = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(text)] + [len(text) + 1]
    if len(breaks) < 3:
        return False
    own = max(i for i, b in enumerate(breaks) if b <= t.start)
    lo, hi = breaks[own], breaks[own + 1]
    if _BACK_REFERENCE.search(text, lo, min(hi, len(text))):
        return False
    return not any(lo <= a < hi for a, _ in spots)


# "first signed a memorandum", "began operating": the word before the deed asked makes it an
# earlier step of the story's, not the event itself.
_STEP_BEFORE = lazy_compile(r"\b(?:first|began|begun|started)\s+$", re.IGNORECASE)


def _earlier_step(ev: Evidence, t: TimeRow) -> bool:
    """A word asked stands, before this time in its clause, right after "first" or "began": "The two
    companies first signed a memorandum of understanding in March" dates a step before the
    joint venture the lead says was signed on Tuesday."""
    text = ev.sentence.text
    return any(t.start - 80 < a < t.start and _STEP_BEFORE.search(text, max(0, a - 10), a)
               for a, _ in term_spots(text, [m for m in ev.matched if m.required]))


# "revised the July figure", "September trade data": a time naming the period a figure covers.
_DATA_NOUN_AFTER = lazy_compile(r"\s+(?:figures?|data|numbers?|statistics|stats|readings?|results?)\b", re.IGNORECASE)


# "vote on the rights issue", "decide about the plant", "a panel over the EU rules": the deed asked,
# then what it is about.
# ("vote on nuclear power": a bare object too, but not a day, "sign on Monday")
_DEED_ON_OBJECT = lazy_compile(r"\b([a-z-]+)\s+(?:on|about|over)\s+(?:(?:the|a|an|its|their|this|that)\b|(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)[a-z])")


def _event_before_object(ask: Ask) -> Term | None:
    """The question's word for the deed asked, when it is followed by what the deed is about."""
    m = _DEED_ON_OBJECT.search(ask.query.text.lower())
    if m is None:
        return None
    return next((t for t in ask.query.required if t.word.lower().split()[-1:] == [m[1]]), None)


# Particles that may close a question after its deed: "when did they pull out", "... set up?"
_CLOSING_PARTICLES = frozenset("out up off down in back over on away".split())


def _closing_deed(ask: Ask) -> Term | None:
    """The word that closes "when did the chinese bidders pull out?" (less a particle): the deed
    asked, whose own clause holds its time, whatever other word asked stands in another."""
    required = [t for t in ask.query.required if not t.soft]
    if len(required) < 2:
        return None
    last = max(required, key=lambda t: t.position)
    words = ask.query.text.lower().rstrip(" ?.!").split()
    if not words or words[0] != "when":
        return None
    tail = words[-2:] if words[-1] in _CLOSING_PARTICLES else words[-1:]
    return last if tail[0] == last.word.lower() else None


def _acts_on(ev: Evidence, t: TimeRow, wanted: frozenset[str], things: list[Term]) -> bool:
    """A word of the move asked, then within three words the thing it moved, in the time's clause."""
    tokens, keys = analysed(ev.sentence.text)
    thing_keys = frozenset(k for th in things for k in th.keys)
    spans = span_clause(ev.sentence.text, t.start, t.end)
    for i, k in enumerate(keys):
        if k & wanted and any(a <= tokens[i].start < b for a, b in spans):
            # "on cheaper fuel, rate cuts": a comma ends the move's object
            if any(keys[j] & thing_keys and "," not in ev.sentence.text[tokens[i].end : tokens[j].start]
                   for j in range(i + 1, min(i + 4, len(keys)))):
                return True
    return False


def _dates_the_verb_before(ev: Evidence, t: TimeRow) -> bool:
    """ "would cut 3,800 jobs by the end of 2027 and close its plant in Homburg": the time ends
    the cut's clause, and everything asked comes after its "and"."""
    text = ev.sentence.text
    if not _AND_AFTER.match(text, t.end):
        return False
    spots = term_spots(text, [m for m in ev.matched if m.required])
    return bool(spots) and all(a >= t.end for a, _ in spots)


# "would cover only 78% of its needs next year because a new acid plant ... has been delayed":
# a reason's clause is a deed of its own too.
# So is a cause told after the figure it drove: "jumped in the first nine months, helped by a new
# expressway and a trade fair in Nanning" does not date the fair.
# So is the end a deed is done for: "raised its rate ... on Thursday, moving to halt a slide in the lira that
# has driven the currency to record lows" does not date the lira's lows.
_AND_AFTER = re.compile(r",?\s+(?:and\s+(?!then\b)|because\s+)|,\s+as\s+(?=(?:a|an|the)\s)|,\s+(?:helped|boosted|driven|buoyed|spurred|lifted|fuelled|fueled|aided) by\s+"
                        r"|,\s+(?:moving|seeking|aiming|trying|looking|acting)\s+to\s+")


_LABEL_PREPOSITION = lazy_compile(r"^(?:from|since|until|by)\s+")
_RELATIVE_WORD = lazy_compile(r"\b(?:last|this|next|earlier|later|ago|yesterday|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)


def time_phrase(t: TimeRow, article_date: str) -> str:
    """ "In March (March 2023)", "Last week (27 November – 3 December 2023; article dated 9 December
    2023)": the article's words, then what they mean and the day they count from, said tightly
    (answers are read on phones)."""
    words = t.text[0].upper() + t.text[1:]
    label = _LABEL_PREPOSITION.sub("", t.label)
    if _same(t.text, label):
        return words
    relative = t.kind in ("week", "relative") or _RELATIVE_WORD.search(t.text)
    if relative and article_date:
        return f"{words} ({label}; article dated {long_date(article_date)})"
    return f"{words} ({label})"


def _sentence(phrase: str) -> str:
    return phrase if phrase.endswith(".") else phrase + "."


_NON_ALNUM = lazy_compile(r"[^a-z0-9]+")


def _same(words: str, label: str) -> bool:
    norm = lambda s: _NON_ALNUM.sub(" ", s.lower()).split()  # noqa: E731
    return set(norm(label)) <= set(norm(words))
