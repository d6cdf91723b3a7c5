"""The one answering function: console, `ask --json`, eval and Telegram all call it."""

from __future__ import annotations

import logging
import re
from dataclasses import fields, replace
from datetime import date, timedelta
from typing import Any, NamedTuple

from knowledge import gazetteer as gz
from knowledge.entities import DEMONYMS
from knowledge.lazy_re import lazy_compile, may_contain, search_after
from knowledge.lexicon import MEASURES
from knowledge.store import EntityRow, FigureRow, MentionRow, Store, normalise_name
from knowledge.text import is_content, phrase_keys, token_keys, tokenize

from handlers import fallback
from handlers.compose import citation, make_answer
from handlers.context import Ask
from handlers.conversation import Conversation, Turn
from handlers.evidence import ASKS_TOTAL, HOME_SUFFIX, Evidence, Pool, gather, listed_together, named_by, span_clause
from handlers.derived import TOTAL_STATED
from handlers.figures import CONTRAST_CLAUSE as _CONTRAST_CLAUSE, figure_text
from handlers.models import Answer
from handlers.query import DOWN_KEYS, SHARE_ASKED, UP_KEYS, Query, Term, currency_asked, parse_query, real_word_slip
from handlers.registry import REGISTRY
from handlers.suggest import follow_ups

log = logging.getLogger(__name__)

_PLURAL_OR_PERSONAL = re.compile(r"\b(?:they|them|their|those|these|he|she|him|her|his|hers)\b", re.IGNORECASE)
_THEY = lazy_compile(r"\b(?:they|them|their|theirs)\b", re.IGNORECASE)
_PERSONAL = re.compile(r"\b(?:he|she|him|her|his|hers)\b", re.IGNORECASE)
_WHAT_ABOUT = re.compile(r"^\s*(?:what|how)\s+about\b", re.IGNORECASE)
_FOLLOWUP_START = re.compile(r"^(?:and|so|what about|how about|then|also)\b", re.IGNORECASE)
# "where did the first durian flight go" "how many tonnes were on board": aboard no vehicle named
# is aboard the one just told of.
_ABOARD_UNNAMED = re.compile(r"\b(?:was|were|is|are)\s+(?:on\s+board|aboard)\W*$", re.IGNORECASE)
# "which port can jilin cargo use?" "going to which chinese cities?": a going with no subject of its
# own goes on from the last answer, whatever place the fragment names.
_GOING_FRAGMENT = re.compile(r"^\s*(?:going|heading|headed|shipping|shipped|moving|sailing|bound|sent|routed|travell?ing|flying)"
                             r"\s+(?:on\s+)?(?:to|for|into|towards?)\s+(?:where|which|what)\b", re.IGNORECASE)
# "What did analysts expect it to earn?" "And what did it actually earn?": the outcome, not the forecast.
_OUTCOME_INSTEAD = re.compile(r"\b(?:actually|in fact|in reality|in the end)\b", re.IGNORECASE)
_FORECASTERS = frozenset({"analyst", "economist", "forecaster", "forecast", "expect", "estimate", "poll", "consensus"})
_NOW_WORDS = r"(?:now|currently|today|these days|at the moment|right now)"
_NOW_INSTEAD = re.compile(rf"\b{_NOW_WORDS}\b", re.IGNORECASE)
EMPTY_REPLY = "Ask me a question about the article, for example: how much, when, where or who."
ERROR_REPLY = "Sorry, I could not answer that. Please try asking another way."
NO_CONTEXT_REPLY = "What is it you would like to know? Ask the whole question, for example: how much did exports rise a year ago?"


_ANY_WORD_CHAR = lazy_compile(r"\w")
# "where was that", "where did it take place": of an event just dated or confirmed, where it was.
_EVENT_ANSWERS = frozenset({"when", "yesno"})
# ("where is it?" after "is Vladivostok in Russia?" asks of the place, not of an event)
_WHERE_WAS_IT = lazy_compile(r"^\s*(?:and\s+|so\s+)?where\s+(?:was\s+(?:that|this|it)|did\s+(?:that|this|it)\s+(?:happen|take\s+place|occur))"
                             r"\s*\??\s*$", re.IGNORECASE)
_SOURCE_OF_THAT = lazy_compile(r"^\s*(?:and\s+|so\s+|but\s+)?(?:where(?:'s|’s|s|\s+is|\s+was|\s+does|\s+did|\s+do)\s+(?:that|this|the|those|these)\s+"
                               r"(?:numbers?|figures?|data|stats?|statistics?|estimates?|info|information)\s+(?:come\s+|came\s+)?from"
                               r"|what(?:'s|’s|s|\s+is|\s+was)\s+the\s+source\s+(?:of|for)\s+(?:that|this|those|these)(?:\s+(?:numbers?|figures?|data|stats?))?"
                               r"|who\s+(?:provided|gave|supplied|compiled|released|put\s+out|produced)\s+(?:that|this|those|these|the)\s+"
                               r"(?:numbers?|figures?|data|stats?|statistics?|estimates?)"
                               r"|according\s+to\s+whom?)\s*\??\s*$", re.IGNORECASE)
_WHO_REPORTED_IT = lazy_compile(r"^(\s*(?:and\s+|so\s+)?who\s+(?:reported|said|announced|revealed|published)\s+)it\b(?=\s*\??\s*$)", re.IGNORECASE)
# "what's the export target for the zone?" "... the government aims to raise exports to $5 billion,
# the minister said" "who set it?": a figure set (a target, a price, a quota) is set by its teller.
_WHO_SET_IT = lazy_compile(r"^\s*(?:and\s+|so\s+)?who\s+(?:set|fixed|proposed)\s+(?:it|that|this)\s*\??\s*$", re.IGNORECASE)


def answer(question: str, store: Store, conversation: Conversation | None = None) -> Answer:
    """Answer one question from the store; never raises, whatever the text."""
    conversation = conversation if conversation is not None else Conversation()
    if not isinstance(question, str) or not question.strip() or not _ANY_WORD_CHAR.search(question):
        return _plain(question if isinstance(question, str) else "", EMPTY_REPLY, "empty")
    try:
        return _answer(question, store, conversation)
    except Exception:  # the user gets one line; the log gets the traceback
        log.exception("answering failed")
        return _plain(question, ERROR_REPLY, "error")


# Answers kept per store handle, like parsed questions and evidence pools (cleared on writes).
ANSWERS_KEPT = 512
_TURN_FIELDS = tuple(f.name for f in fields(Turn))


def _answer(question: str, store: Store, conversation: Conversation) -> Answer:
    """The answer, kept per store handle by the question and everything the conversation could
    lend it (the last turn, field by field): a repeated question (a suggestion button, a common
    opener) skips the handlers, which were two thirds of its cost. The answer depends on nothing
    else: the handlers read the conversation only through its last turn, and the store's caches,
    this one among them, are cleared when the store changes. Each caller gets its own copy."""
    store.refresh()
    last = conversation.last
    try:
        key = (question, None if last is None else tuple(_frozen(getattr(last, f)) for f in _TURN_FIELDS))
        hash(key)
    except TypeError:  # a turn field of a kind _frozen does not know: work it out afresh
        result, turn = _work_out(question, store, conversation)
    else:
        kept, turn = store.memo("answer", key, lambda: _work_out(question, store, conversation), limit=ANSWERS_KEPT)
        result = kept.model_copy(update={
            "citations": [c.model_copy() for c in kept.citations],
            "suggestions": list(kept.suggestions), "alternatives": list(kept.alternatives),
        })
        turn = turn and replace(turn, terms=list(turn.terms), entities=list(turn.entities),
                                entity_keys=list(turn.entity_keys))
    if turn is not None:
        conversation.remember(turn)
    return result


def _frozen(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def _work_out(question: str, store: Store, conversation: Conversation, retried: bool = False) -> tuple[Answer, Turn | None]:
    """The answer, and the turn the conversation is to remember (None: nothing to follow up)."""
    last = conversation.last
    parsed = question
    if last is not None and last.sentence_id and _WHO_REPORTED_IT.match(question):
        # "how many Russian firms set up in Liaoning?" "who reported it": the teller of the fact
        # just given ("China's national broadcaster reported"), not the article's agency, which
        # "who reported it?" asks when nothing came before.
        parsed = _WHO_REPORTED_IT.sub(r"\1that", question, count=1)
    if last is not None and last.figure_id is not None and _WHO_SET_IT.match(question):
        parsed = "who said that?"
    if last is not None and last.sentence_id > 0 and _SOURCE_OF_THAT.match(question):
        # "sept trade between RU and CN?" "where's that number from": who gave the figure just
        # quoted ("according to the data by Chinese General Administration of Customs"), as "says
        # who?" asks; not where the number is, nor the article's own source.
        parsed = "says who?"
    if last is not None and last.intent in _EVENT_ANSWERS and _WHERE_WAS_IT.match(question):
        # "when did putin n xi last get together" "where was that": where the meeting just dated
        # was, as a bare "where?" asks; not what the place its sentence named first is ("The
        # summit in Shenyang, the capital of Liaoning ... follows a meeting ... in Beijing").
        parsed = "where?"
    if last is not None and last.figure_id is not None and _PERIOD_NEXT_TO.search(question):
        parsed = _period_next_to(parsed, last, store)
    if last is not None and (kind := _kind_asked(last.question)) and _WHICH_OF_THEM.search(parsed):
        # "which provinces make up northeast china" "Liaoning, Heilongjiang, Jilin" "which one did xi
        # single out?": one of the kind just listed, asked as "which province did xi single out?"
        parsed = _WHICH_OF_THEM.sub(lambda m: f"{m['lead']}which {kind}", parsed, count=1)
    query = parse_query(parsed, store)
    if last is not None:
        _why_of_last(query)
    if _asks_only_start(query):
        # "which russian port can jilin ship thru" "starting when?", "jilin vladivostok route starts
        # what month": the start of what was just answered, or of what the names name, dated as its
        # deed is ("would be able to use Vladivostok ... from June"), though that sentence never says "start".
        query.terms = [replace(t, soft=True) if t.required else t for t in query.terms]
    followup = last is not None and _is_followup(query)
    if last is None and _leans_on_nothing(query):
        # "and a year ago?" with nothing asked before: any year-earlier figure would be a guess.
        return _plain(question, NO_CONTEXT_REPLY, "clarify"), None
    own = set(query.entity_keys)  # named by the question itself, before any are inherited
    currency_only = _asks_currency_only(query)
    if followup and last is not None:
        _inherit(query, last)
        _sequel(query, last, store)
        _another_place(query, last)
    # "And what's it offering now?" after "what did it offer last month?": the same subject at
    # another time, so the last answer's sentence is no longer where to look.
    near_last = followup and last is not None and not _NOW_INSTEAD.search(query.text) \
        and not _OUTCOME_INSTEAD.search(query.text)
    boost = {last.sentence_id} if near_last and last else None
    paragraph = (last.article_id, last.paragraph) if near_last and last else None
    if last is not None and not followup and _the_one_just_told(query, last, store):
        # "when did the new rail hub in Shenyang open?" "... with a train carrying 55 containers
        # departing for Russia" "where was the first train going?": "the" train is the one just
        # told of, so its paragraph is where to look first; the question still names what it asks.
        paragraph = (last.article_id, last.paragraph)
        if not query.entity_keys:
            # "why is jilin routing goods thru vladivostok?" "where does the cargo end up": with no
            # name of its own, "the" cargo is the one just told of, Jilin's, not Liaoning's shipments.
            query.entities.extend(last.entities)
            query.entity_keys.extend(last.entity_keys)
    pool = gather(query, store, boost, paragraph)
    ask = Ask(question, store, conversation, query, pool)
    if followup and last is not None and currency_only and (told := _told_again_in(ask, last)) is not None:
        return told, _turn(ask, told)
    if followup and last is not None and (moved := _its_move_told(ask, last, own)) is not None:
        return moved, _turn(ask, moved)
    if followup and last is not None and (beside := _told_beside_in(ask, last, own)) is not None:
        return beside, _turn(ask, beside)
    result = _handled(ask)
    if followup and last is not None and _for_another(ask, last, result, own):
        # "What's potash going for in Brazil?" "And in Southeast Asia?": the Brazil sentence answers
        # for Brazil; the best one left that names Southeast Asia answers.
        pool = Pool(query, [e for e in pool.evidence if e.sentence.id != last.sentence_id], pool.entities)
        ask = Ask(question, store, conversation, query, pool)
        result = _handled(ask)
    elif followup and last is not None and _same_figure_for_another(ask, last, result, own):
        # "How much potash is Zhongnong buying?" "a combined 3.2 million tonnes" "and huabei?": the
        # figure just given for another is theirs together, no answer for Huabei alone; a sentence
        # giving Huabei its own figure ("Huabei will take 1.1 million tonnes") answers if there is one.
        rest = Pool(query, [e for e in pool.evidence if e.sentence.id != last.sentence_id], pool.entities)
        other = _handled(Ask(question, store, conversation, query, rest))
        if other.answered and other.citations:
            ask, result = Ask(question, store, conversation, query, rest), other
    if result.answered and result.citations:
        if not result.suggestions:
            c = result.citations[0]
            result.suggestions = follow_ups(ask, c.article, c.paragraph)
        return result, _turn(ask, result)
    # "hw many russian firms at the foram": a figure not found as asked, found when a word the
    # article lacks is read as the article's word a slip away ("Forum"). Only a figure: its
    # number must still be found, where "what dates did the summit run" is no "data".
    if not retried and query.intent == "figure" and (slipped := real_word_slip(parsed, store)):
        again, again_turn = _work_out(slipped, store, conversation, retried=True)
        if again.answered:
            return again.model_copy(update={"question": question}), again_turn
    if not retried and query.intent == "figure" and (one_way := _one_way_of_trade(parsed, query, store, conversation)):
        return one_way
    if query.intent in ("figure", "derived", "when", "where", "who", "what", "yesno") and query.required:
        # "How many cars in September?" "The article does not say." "And in October?": the same
        # question again, for October, though the first found nothing to quote.
        return result, _unanswered_turn(ask, last if followup else None)
    return result, None


# "liaoning's trade with russia", "liaonings russia trade": a pair's trade asked loosely, one of
# them owning it. Not a whole or a side named ("total trade", "bilateral trade", "trade gap").
_LOOSE_TRADE = lazy_compile(r"\btrade\b", re.IGNORECASE)
_NOT_LOOSE = lazy_compile(r"\b(?:total|overall|combined|bilateral|two[- ]way|mutual|cross[- ]border|between|both|and|exports?|imports?"
                          r"|sales|inbound|outbound|sold|bought|gap|deficit|surplus|balance|volumes?|sanctions?|war|fair|deals?)\b",
                          re.IGNORECASE)
_TRADE_WITH = lazy_compile(r"\btrade\s+(?:with|w|to)\b", re.IGNORECASE)
# (the way's word in the question; the word before the other of the pair in the figure's sentence)
_OWNING = lazy_compile(r"(?:'s|’s|s)\b", re.IGNORECASE)  # after an owner's name (search_after: none compiled per name)
_WAYS = (("exports", "exports to", "to", "The article gives only the exports"),
         ("imports", "imports from", "from", "The article gives only the imports"))


def _one_way_of_trade(question: str, query: Query, store: Store, conversation: Conversation) -> tuple[Answer, Turn | None] | None:
    """ "how many usd is liaoning's trade to russia worth" over "Liaoning's outbound shipments to
    Russia ... to 42.64 billion yuan ($5.83 billion)": one's trade with another asked loosely,
    where the article tells only one way of it, is answered with that way's figure, said to be
    that way. Not when both ways answer (the article tells more of that trade than one way); not
    a pair's trade with no owner ("russia china trade" is both ways); and the figure's sentence
    names the owner and the other as that way's end ("to Russia")."""
    if len(_LOOSE_TRADE.findall(question)) != 1 or _NOT_LOOSE.search(question):
        return None
    # the owner: a place known, or a name the store lacks as a place ("kostanay's"), written as owning
    names = set(query.entity_keys) | {t.lemma.lower() for t in query.required if t.lemma.lower() != "trade"}
    owner = next((k for k in names if may_contain(question, k, fold=True)
                  and search_after(question, ((k, True, _OWNING),))), None)
    others = set(query.entity_keys) - {owner}
    if owner is None or len(others) != 1:
        return None
    other = next(iter(others))
    found = []
    for word, with_word, end_word, lead in _WAYS:
        asked = _TRADE_WITH.sub(with_word, question, count=1) if _TRADE_WITH.search(question) else _LOOSE_TRADE.sub(word, question, count=1)
        again, turn = _work_out(asked, store, conversation, retried=True)
        quote = again.citations[0].quote if again.answered and again.citations else ""
        if re.search(rf"\b{re.escape(owner)}", quote, re.IGNORECASE) \
                and re.search(rf"\b{end_word}\s+(?:the\s+)?{re.escape(other)}\b", quote, re.IGNORECASE):
            found.append((again, turn, lead))
    if len(found) != 1:
        return None
    again, turn, lead = found[0]
    return again.model_copy(update={"question": question, "text": f"{lead}: {again.text}"}), turn


# "and the month before?", "the previous quarter?": the period next to the one the last figure
# answered for, which names it no more than "it" names a company.
_PERIOD_NEXT_TO = lazy_compile(r"\b(?:(?:the|a|one)\s+(?P<unit>month|quarter)\s+(?P<way>before|earlier|prior|after|later)"
                               r"(?:\s+(?:that|this|it))?|the\s+(?P<way2>previous|prior|preceding|next|following)\s+(?P<unit2>month|quarter))"
                               r"(?=\s*\??\s*$)", re.IGNORECASE)
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")
_QUARTER_NAMES = ("first", "second", "third", "fourth")


def _period_next_to(question: str, last: Turn, store: Store) -> str:
    """ "what was china-russia trade in september" "and the month before?": asked as "and in August
    2023?", which the article answers, or does not, as it would that question; not September's
    figure again. The last figure's own period must be one such month or quarter."""
    m = _PERIOD_NEXT_TO.search(question)
    f = next((g for g in store.figures_in([last.sentence_id]) if g.id == last.figure_id), None)
    if m is None or f is None or not f.period_start or not f.period_end:
        return question
    unit = m["unit"] or m["unit2"]
    back = (m["way"] or m["way2"]).lower() in ("before", "earlier", "prior", "previous", "preceding")
    start, end = date.fromisoformat(f.period_start), date.fromisoformat(f.period_end)
    months = 3 if unit.lower() == "quarter" else 1
    after_end = end + timedelta(days=1)
    if start.day != 1 or after_end.day != 1 or (after_end.year - start.year) * 12 + after_end.month - start.month != months \
            or (months == 3 and start.month % 3 != 1):
        return question
    index = start.year * 12 + start.month - 1 + (-months if back else months)
    year, month = divmod(index, 12)
    period = f"in {_MONTH_NAMES[month]} {year}" if months == 1 else f"in the {_QUARTER_NAMES[month // 3]} quarter of {year}"
    return question[: m.start()] + period + question[m.end():]


# "which one did xi single out", "which of em ...": one of the things the last question asked for.
_WHICH_OF_THEM = lazy_compile(r"^(?P<lead>\s*(?:(?:and|so|but|ok|okay)\b[\s,]*)?)which\s+(?:one|of\s+(?:them|em|['’]em|those|these"
                              r"|the\s+(?:two|three|four|five)))\b", re.IGNORECASE)
# "which provinces make up ...", "what russian ports ...": the plural kind a question asks for.
_PLURAL_KIND = lazy_compile(r"^\s*(?:(?:and|so)\s+)?(?:which|what)\s+(?:[a-z-]+\s+){0,2}?([a-z]{3,}s)\b", re.IGNORECASE)


def _kind_asked(question: str) -> str:
    """The kind, singular, of the things a which-question asked for in the plural ("provinces":
    "province"), else ""."""
    m = _PLURAL_KIND.match(question)
    if m is None:
        return ""
    word = tokenize(m.group(1))
    lemma = word[0].lemma.lower() if word else ""
    return lemma if lemma and lemma != m.group(1).lower() and is_content(word[0]) else ""


# "the first train", "the 2 destination cities": a definite thing, one of them near the noun.
_THE_WORDS = 3
_QUESTION_INTENTS = frozenset({"where", "when", "who"})


def _the_one_just_told(query: Query, last: Turn, store: Store) -> bool:
    """The question asks of "the" thing (a word it demands, after "the") that the last answer's
    sentence told of, in the same words or a class of them."""
    if query.intent not in _QUESTION_INTENTS or last.sentence_id <= 0 or not query.required:
        return False
    tokens = tokenize(query.text)
    thes = [i for i, t in enumerate(tokens) if t.lower == "the"]
    if not thes:
        return False
    named = [t for t in query.required if any(0 < t.position - i <= _THE_WORDS for i in thes)]
    sentence = store.sentences([last.sentence_id]).get(last.sentence_id) if named else None
    if sentence is None:
        return False
    told = set().union(*token_keys(tokenize(sentence.text)))
    return any(t.keys & told for t in named)


def _unanswered_turn(ask: Ask, before: Turn | None = None) -> Turn:
    """The turn of a question the article did not answer. A follow-up of an answer keeps that
    answer's place: "wat was russia china trade in sept" "was that a record?" (no answer) "says
    who?" still asks of the trade sentence."""
    query = ask.query
    article_id, paragraph, sentence_id = (before.article_id, before.paragraph, before.sentence_id) if before is not None else ("", -1, -1)
    return Turn(question=ask.question, intent=query.intent, terms=list(query.terms), entities=list(query.entities),
                entity_keys=list(query.entity_keys), focus_entity=None, focus_person=None, article_id=article_id,
                paragraph=paragraph, sentence_id=sentence_id, asked=query.intent, wants=query.wants, direction=query.direction,
                basis=query.basis, times=tuple(query.times), count_keys=query.count_keys)


def _handled(ask: Ask) -> Answer:
    return next((a for a in (h(ask) for h in REGISTRY) if a is not None), None) or fallback.handle(ask)


def _for_another(ask: Ask, last: Turn, result: Answer, own: set[str]) -> bool:
    """The answer quotes the last answer's sentence again, though the follow-up names (`own`)
    someone or somewhere the last question did not and that sentence does not name them."""
    if not result.answered or not result.citations or result.citations[0].paragraph != last.paragraph:
        return False
    new = own - set(last.entity_keys)
    if not new or any(named_by(e, new) for e in last.entities):
        return False
    again = next((e for e in ask.pool.evidence if e.sentence.id == last.sentence_id), None)
    # ("Who is Sari Virtanen?" '"... as pulp prices have fallen 11% ...," said Sari Virtanen' "what
    # does she say about pulp prices?": pulp, a thing the story names, is spelt there, no mention of it)
    # ("and the chinese banks?": "Bank of China" names China, the country "chinese" is of)
    countries = {normalise_name(DEMONYMS[k]) for k in new if k in DEMONYMS}
    return (again is not None and result.citations[0].quote.strip("…")[:40] in again.sentence.text
            and not any(named_by(e, new | countries) or _of_a_nation(e, new) for _, e in again.mentions)
            and not any(re.search(rf"\b{re.escape(key)}\b", again.sentence.text.lower()) for key in new))


def _of_a_nation(entity: EntityRow, keys: set[str]) -> bool:
    """ "and what part of russia is it in?": "the Russian Far East" is a part of Russia, named by its
    adjective, so the sentence naming it names the country asked."""
    return any((country := DEMONYMS.get(w)) is not None and normalise_name(country) in keys
               for w in normalise_name(entity.name).split())


def _same_figure_for_another(ask: Ask, last: Turn, result: Answer, own: set[str]) -> bool:
    """The follow-up names someone the last question did not (`own`), and the answer quotes the
    last answer's sentence for a figure it states as a sum ("a combined 3.2 million tonnes"): the
    sum is theirs together, no one partner's own."""
    if not result.answered or not result.citations or last.figure_id is None:
        return False
    if not own - set(last.entity_keys) or result.citations[0].paragraph != last.paragraph:
        return False
    digit = re.search(r"\d", result.text)
    if digit is None or not TOTAL_STATED.search(result.text[:digit.start()]):
        return False
    again = _turn(ask, result)
    return again.sentence_id == last.sentence_id and again.figure_id == last.figure_id


def _leans_on_nothing(query: Query) -> bool:
    """A follow-up ("and a year ago?", "what about in March?") that names nothing of its own: with
    no last answer, there is no figure or name for it to be about."""
    return (bool(_FOLLOWUP_START.search(query.text)) and not query.required and not query.entity_keys
            and not query.numbers and query.intent not in ("about", "why"))


def _is_followup(query: Query) -> bool:
    """Pronouns and "and ..." lean on the last answer; so does a bare "When?" or "How much?".
    A question that names its own period, figure or entity stands alone."""
    if query.pronoun or _FOLLOWUP_START.search(query.text) or _only_currency(query) or _ABOARD_UNNAMED.search(query.text) \
            or _GOING_FRAGMENT.search(query.text):
        return True
    own_slots = (query.required and not _asks_only_start(query)) or query.entity_keys or query.times or query.numbers
    return not own_slots and query.intent not in ("about", "keyword")


def _asks_currency_only(query: Query) -> bool:
    """ "and in dollars?", "how much is that in usd?": a currency asked, and no subject, period or
    figure of its own."""
    return bool(query.currency) and not query.required and not query.entity_keys and not query.times and not query.numbers


def _told_again_in(ask: Ask, last: Turn) -> Answer | None:
    """ "How much would the extension cost?" "400 trillion rupiah ($24.3 billion)" "in dollars?": the
    amount just given, as its sentence tells it in the currency asked; not another amount of that
    currency that lies nearer the words of the last question ("It cost $7.27 billion to build")."""
    if last.intent != "figure" or last.figure_id is None:
        return None
    ev = next((e for e in ask.pool.evidence if e.sentence.id == last.sentence_id), None)
    f = next((g for g in ev.figures if g.id == last.figure_id), None) if ev is not None else None
    currency = ask.query.currency
    if f is None or f.kind != "money" or not (currency_asked(currency, f.currency) or currency_asked(currency, f.alt_currency)):
        return None
    return make_answer(ask.question, "figure", figure_text(f, ev.sentence.text, currency), confidence=0.9,
                       citations=[citation(ask.store, ev.sentence)])


def _last_figure(ask: Ask, last: Turn) -> tuple[Evidence, FigureRow] | None:
    """The evidence and figure the last answer gave, if it gave one and its sentence is still in the pool."""
    if last.intent != "figure" or last.figure_id is None:
        return None
    ev = next((e for e in ask.pool.evidence if e.sentence.id == last.sentence_id), None)
    f = next((g for g in ev.figures if g.id == last.figure_id), None) if ev is not None else None
    return (ev, f) if ev is not None and f is not None else None


def _told_beside_in(ask: Ask, last: Turn, own: set[str]) -> Answer | None:
    """ "How much chicken will Brazil ship to China?" "... chicken shipments to China to reach
    650,000 tonnes this year, while pork sales could recover to 280,000 tonnes" "and pork?": the
    like figure of the clause set against the one just given, which names the thing now asked and
    the given one's clause does not; not a figure of another sentence that lies nearer the last
    question's words and names."""
    query = ask.query
    if (not query.required or query.intent != "figure" or own or (query.times and not query.carried_times)
            or query.numbers or query.currency or (told := _last_figure(ask, last)) is None):
        return None
    ev, f = told
    text = ev.sentence.text
    clause_of = lambda g: set().union(*(phrase_keys(text[a:b]) for a, b in span_clause(text, g.start, g.end)))  # noqa: E731
    given = clause_of(f)
    if any(t.keys & given for t in query.required):
        return None
    beside = [g for g in ev.figures if g.id != f.id and g.kind == f.kind and g.unit == f.unit
              and _CONTRAST_CLAUSE.search(text, min(f.end, g.end), max(f.start, g.start))
              and all(t.keys & clause_of(g) for t in query.required)]
    if len(beside) != 1:
        return None
    return make_answer(ask.question, "figure", figure_text(beside[0], text), confidence=0.85,
                       citations=[citation(ask.store, ev.sentence)])


# "how much did it grow?", "and by how much did that rise yoy?": how far the thing just given moved.
# "how much is that up yoy?" asks the same of a level just given.
_HOW_FAR_IT_MOVED = lazy_compile(r"^\s*(?:and\s+)?(?:by\s+)?how\s+(?:much|far)\s+(?:(?:did|has|have|had|does|do)\s+(?:it|that|this|they)\b"
                                 r"|(?:is|was|are|were)\s+(?:it|that|this|they)\s+(?:up|down)\b)", re.IGNORECASE)
# "reached $1.3 billion ..., 23% more than a year earlier": a rate after a level, set against an
# earlier one, is that level's move.
_MOVE_AFTER_LEVEL = lazy_compile(r"\s+(?:more|less|higher|lower|up|down)\s+(?:than|from|on)\b", re.IGNORECASE)


def _its_move_told(ask: Ask, last: Turn, own: set[str]) -> Answer | None:
    """ "what did china-maldives trade reach last yr?" "... rose 9.8% to $742 million" "how much did
    it grow?": the move its sentence gives the level just answered, in the same clause and before it
    ("rose 9.8% to"); not another thing's move that lies nearer the asked words elsewhere."""
    query = ask.query
    if (own or query.numbers or not query.direction or not _HOW_FAR_IT_MOVED.match(query.text)
            or not all(t.keys & (UP_KEYS | DOWN_KEYS) for t in query.required)
            or (told := _last_figure(ask, last)) is None):
        return None
    ev, f = told
    text = ev.sentence.text
    clause = span_clause(text, f.start, f.end)
    # (the figure given may be that move itself, an answer quoting "rose 9.8% to $742 million" from its start)
    moves = [g for g in ev.figures if g.direction and g.kind == "percent" and g.start <= f.start
             and any(a <= g.start and g.end <= b for a, b in clause)]
    if not moves:
        after = [g for g in ev.figures if g.start > f.end]
        moves = after[:1] if after and after[0].kind == "percent" and after[0].direction and _MOVE_AFTER_LEVEL.match(text, after[0].end) else []
    if len(moves) != 1 or moves[0].direction != query.direction:
        return None
    return make_answer(ask.question, "figure", figure_text(moves[0], text), confidence=0.85,
                       citations=[citation(ask.store, ev.sentence)])


def _only_currency(query: Query) -> bool:
    """ "in dollars?", "usd?": a currency and nothing else asks the figure just given in that
    currency, as "and in dollars?" does; it names no money of its own to look for."""
    return query.intent == "keyword" and len(query.terms) <= 1 and _asks_currency_only(query)


def _asks_only_start(query: Query) -> bool:
    """ "starting when?", "when does that begin?": a when that names no deed of its own, only that
    it is the start asked, of what the last answer told."""
    return query.intent == "when" and bool(query.required) and all(t.word.lower() in _START_WORDS for t in query.required)


# "why so low?", "why such a big drop?": how the last answer strikes the asker, not a new topic;
# so is "why is he so confident?" of what he was just quoted saying.
_SO_MUCH = re.compile(r"^\s*why\s+(?:(?:is|are|was|were)\s+(?:he|she|it|they|that|this)\s+)?(?:so|such)\b", re.IGNORECASE)
# "why does that matter?", "why is that important?": a judgement of the last answer.
_JUDGING = frozenset("matter important significant problem concern worry relevant".split())


def _why_of_last(query: Query) -> None:
    """ "why the increase?", "why so low?", "why does that matter?" ask why of the last answer, as a
    bare "why?" does: words that only name its move or judge it are not demanded of the reason."""
    if query.intent != "why" or query.entity_keys or query.times or query.numbers:
        return
    so_much = bool(_SO_MUCH.search(query.text))
    vague = [t for t in query.terms if t.required and (so_much or t.lemma in _JUDGING or t.keys & (UP_KEYS | DOWN_KEYS))]
    if vague and len(vague) == len(query.required):
        query.terms = [replace(t, required=False) if t in vague else t for t in query.terms]


_NOT_DEMONSTRATIVE = lazy_compile(r"\b(?:it|its|it's|they|them|their|there|he|she|his|her|him)\b", re.IGNORECASE)
_SUBJECT_PRONOUN = lazy_compile(r"\b(?:did|does|do|will|would|has|have|had|is|was|can|could)\s+(?:it|they)\b", re.IGNORECASE)
# "who runs it in kenya", "who's running it?": the one asked does the deed to "it", the last answer's focus.
_WHO_DOES_IT = lazy_compile(r"^\s*who(?:'s|’s|\s+is|\s+was)?\s+[a-z]+\s+(?:it|them)\b", re.IGNORECASE)


# "where's that?" and no more: "that" is the place just answered ("Shenyang"), asked where it is.
# "whats the capital of that one": "that one" picks one thing, the last answer's focus (Liaoning
# after "which province got 40 russian firms?"), as "it" does; "that" alone is all the answer told.
_THAT_ONE = lazy_compile(r"\b(?:that|this)\s+one\b", re.IGNORECASE)
_WHERE_THAT = lazy_compile(r"^\s*where(?:'s|’s|s|\s+is|\s+was)\s+(?:that|this)\s*\??\s*$", re.IGNORECASE)


# (the body nouns the gazetteer knows a company by, as evidence's nation-body rule reads them)
_THAT_BODY = lazy_compile(r"\b(?:that|this)\s+(?:" + "|".join(sorted(gz.ORG_NOUNS | {"carrier", "fund", "body"})) + r")\b", re.IGNORECASE)


def _that_body(query: Query, last: Turn) -> bool:
    focus = last.focus_entity
    return last.intent == "who" and focus is not None and focus.kind in ("org", "other") and bool(_THAT_BODY.search(query.text))


# "from there", "from it": the start of a movement, said after what moves and where to.
_FROM_PRONOUN = lazy_compile(r"\bfrom\s+(?:there|it|them)\b", re.IGNORECASE)


def _only_origin_pronoun(query: Query) -> bool:
    """A where-question whose only pronoun is the origin of the movement asked ("where do the
    goods go from there?"): it asks the destination, so the pronoun is no place to locate."""
    if query.intent != "where" or not _FROM_PRONOUN.search(query.text):
        return False
    rest = _FROM_PRONOUN.sub(" ", query.text)
    return not _NOT_DEMONSTRATIVE.search(rest)


def _that_place(query: Query, last: Turn) -> bool:
    return last.focus_entity is not None and last.focus_entity.kind == "place" and bool(_WHERE_THAT.match(query.text))


# "what is it now?", "where does it stand today?": the value just given, asked again at another time.
_VALUE_NOW = lazy_compile(r"\b(?:is|are|'s|’s|does|do)\s+(?:it|they|that)\b(?:\s+(?:stand|sit|trade|trading|standing))?\s+"
                          rf"{_NOW_WORDS}\b", re.IGNORECASE)


# ("when does that kick in?", "... take effect?": the day a rule starts is its start too)
_START_WORDS = frozenset("start starts started starting begin begins began beginning commence commences "
                         "kick kicks effect".split())


def _inherit(query: Query, last: Turn) -> None:
    # "What was the record price for 10 grams of gold?" "and what is it now?": "it" is the price
    # just given, not a name its sentence gave ("the eve of the Dhanteras festival"); not that figure again.
    value_now = last.figure_id is not None and not query.required and not query.entity_keys and bool(_VALUE_NOW.search(query.text))
    if value_now:
        query.instead_of = last.figure_id
        if query.intent in ("what", "keyword"):
            query.intent, query.wants = "figure", query.wants or last.wants
    if (last.figure_id is not None and not value_now and not query.required and not query.entity_keys
            and ASKS_TOTAL.search(query.text) and not ASKS_TOTAL.search(last.question)):
        # "How many extra flights did it add?" "and how many in total?": not the 38 added again,
        # but the whole they made ("bringing its total to 214").
        query.instead_of = last.figure_id
    # "how much of it went to China?": with a name of its own, "it" is the last topic, not a name.
    # "did it ship to South Africa?": a pronoun as the subject is the last answer's focus, names or not.
    leans = not value_now and query.pronoun and (not (query.entity_keys and not _PLURAL_OR_PERSONAL.search(query.text))
                                                 or bool(_SUBJECT_PRONOUN.search(query.text) or _WHO_DOES_IT.match(query.text)))
    # "when do shareholders vote on that?": "that" is the last answer, with all it named, not one name
    # of it; "the hike before that?" is still the last one's (_sequel).
    leans = leans and bool(_NOT_DEMONSTRATIVE.search(query.text) or _BEFORE_THAT.search(query.text) or _AFTER_THAT.search(query.text)
                           or _that_place(query, last) or bool(_THAT_ONE.search(query.text)))
    if leans and _only_origin_pronoun(query):
        # "which port can jilin use?" "Vladivostok" "where do the goods get shipped to from there?":
        # "there" is where the goods set out, not the place whose whereabouts are asked; what the
        # last question named ships them on, as if no pronoun were said.
        leans = False
    pair = [e for e in last.entities if e.kind == "person" and normalise_name(e.name) not in query.entity_keys]
    if leans and len(pair) >= 2 and _THEY.search(query.text) and not _PERSONAL.search(query.text):
        # "did putin and xi get together recently" "where'd they meet": "they" are the people the
        # last question named together, not the place its answer named first (Shenyang).
        query.entities.extend(pair)
        query.entity_keys.extend(normalise_name(e.name) for e in pair)
    elif leans:
        referent = _referent(query, last)
        if referent is not None:
            query.entities.append(referent)
            query.entity_keys.append(normalise_name(referent.name))
    elif not query.entity_keys and _that_body(query, last):
        # "which chinese company is upgrading the tajik aluminium plant?" "Zhonghe ..." "who runs
        # that company?": the body just answered, not the plant's company the last question named.
        query.entities.append(last.focus_entity)
        query.entity_keys.append(normalise_name(last.focus_entity.name))
    elif not query.entity_keys:
        query.entities.extend(last.entities)
        query.entity_keys.extend(last.entity_keys)
        # "Who did Putin have talks with last week?" "Xi Jinping." "Where?": where Putin met Xi, not
        # where the summit in the same sentence was; the one just answered is asked about too.
        # (after "where was the summit?", "when?" still asks of the summit: a place answered is no subject)
        answered_one = (last.focus_person or last.focus_entity) if last.intent == "who" and not query.required else None
        if answered_one is not None and normalise_name(answered_one.name) not in query.entity_keys:
            query.entities.append(answered_one)
            query.entity_keys.append(normalise_name(answered_one.name))
    elif not query.pronoun:
        # "and in Astana?" after "... in London?": a place asked instead of a place, a body instead of a body.
        query.left_behind = tuple((key, e.kind) for e in last.entities
                                  if (key := normalise_name(e.name)) not in query.entity_keys)
    if not query.count_keys and query.wants in ("", "count") and last.wants == "count" and not query.numbers:
        # "how many workers are out?" "and if it gets extended?": still workers counted, not the
        # "11 sawmills" the strike would spread to ("raise the number of workers involved to 12,500").
        query.count_keys = last.count_keys
    if _only_its_move(query, last):
        # "what was zambia-china trade worth last yr" "and by how much did it grow?": "it" is the
        # trade just given, so its own move ("up 9% from 2023") answers; "grow" demanded would pick
        # another thing's rise ("copper production rose 11.4%"), "grow" also meaning produce. The
        # direction asked still holds the move.
        query.terms = [t for t in query.terms if not t.required]
    if _INSIDE_IT.search(query.text) and _OUTSIDE_ONE.search(last.question):
        # "How much did orders from outside the euro zone fall?" "And from inside it?": "it" is the
        # area the last question stood outside of, so the figure of that area itself is asked, not
        # one told as "domestic" or "inside" somewhere else; "outside" is no longer asked either.
        query.terms = [t for t in query.terms if not t.keys & _INSIDE_KEYS]
        known = {k for t in query.terms for k in t.keys} | _OUTSIDE_KEYS
    else:
        known = {k for t in query.terms for k in t.keys}
    # The last question's topic words help find the same fact; they are not demanded again.
    if _OUTCOME_INSTEAD.search(query.text):
        known |= _FORECASTERS  # who expected it, and that they did, are no longer asked
    query.terms.extend(Term(t.word, t.lemma, t.keys, False, t.position) for t in last.terms if not t.keys & known)
    if query.intent in ("keyword", "what") and last.intent in ("figure", "derived") and (query.currency or query.direction):
        query.intent = "figure"
        # "how much is the deal worth?" "and in usd?": still the amount of money, told in another currency.
        # After a level in tonnes ("how much did Kenya make from avocados?" "142,000 tonnes"), a
        # currency asks the money the same trade made, not those tonnes again.
        query.wants = query.wants or ("money" if query.currency and last.wants in ("money", "level") else "")
        if query.currency and not query.required and not query.times and not query.numbers:
            # "how much did it export jan-sep?" "and in dollars?": the same figure, of the same
            # period, not the headline's undated deal that happens to be told in dollars.
            query.times = list(last.times)
            query.carried_times = bool(last.times)
    if query.intent == "when" and not query.times and last.times and _asks_telling(query):
        # "russia china trade in sept" "when were those numbers put out": the period the figures
        # cover was given, so the telling's own time answers ("data ... earlier this month"), not September.
        query.times = list(last.times)
        query.carried_times = True
    if query.intent == "derived" and not query.wants and last.sentence_id < 0 and last.figure_id is None:
        # "what are shelled kernels fetching now?" (no answer) "and a year ago?": still the price
        # asked, so no tonnage worked back from "fell 44% from a year earlier to 9,800 tonnes".
        # (Not after an answer: "how many ship calls?" "348" "and a year before?" reads 271 by its sentence.)
        query.wants = last.wants
    # "and in the third quarter of last year?": too long to read as a bare keyword, but it asks no
    # question of its own either.
    # "what about Jilin?" asks no "what" of its own: it is "and Jilin?".
    bare = query.intent == "keyword" or (query.intent == "what" and (not query.wh or bool(_WHAT_ABOUT.match(query.text)))
                                         and not query.required)
    if bare and last.asked not in ("", "keyword", "about"):
        # "And in August?", "And Victoria?": the last question again, for another period or name.
        # "What was it a year ago?" "And this quarter?": the new period is asked plainly, not worked back.
        query.intent = "figure" if last.asked == "derived" and query.times and last.intent == "figure" else last.asked
        query.wants = query.wants or last.wants
        query.basis = query.basis or last.basis
        # "What share of shipments went to Egypt?" "And Britain?": Britain's share, not "shipments
        # to Britain rose 4.0%".
        query.share_carried = query.wants == "percent" and bool(SHARE_ASKED.search(last.question.lower()))
        if not query.times and not query.bases and not _SPAN_FROM_START.search(query.text):
            # "London futures on Monday?" "And New York?": New York's on Monday. ("and since the
            # season began?" names a span of its own, from a start the article dates.)
            query.times = list(last.times)
            query.carried_times = bool(last.times)
        # Not the direction: "How much did output fall in July?" "And in June?" is answered by a
        # rise in June too.


# "and inside it?", "what about within that?": the area a last "outside ..." question named.
_INSIDE_IT = lazy_compile(r"\b(?:inside|within)\s+(?:it|that|them|there)\b", re.IGNORECASE)
_OUTSIDE_ONE = lazy_compile(r"\boutside\b", re.IGNORECASE)
_INSIDE_KEYS = frozenset({"inside", "insid", "within"})
_OUTSIDE_KEYS = frozenset({"outside", "outsid"})


def _only_its_move(query: Query, last: Turn) -> bool:
    """A follow-up whose subject is a pronoun for the last figure and whose only demanded words
    name a move: how far that figure moved, with no other subject of its own."""
    return (last.figure_id is not None and query.pronoun and query.intent == "figure" and bool(query.direction)
            and not query.entity_keys[len(last.entity_keys):] and not query.times and not query.numbers
            and bool(query.required) and bool(_SUBJECT_PRONOUN.search(query.text))
            and all(t.keys & (UP_KEYS | DOWN_KEYS) for t in query.required))


_TELLING_KEYS = frozenset({"publish", "report", "announce", "release"})


def _asks_telling(query: Query) -> bool:
    """ "when were those numbers put out?", "when was that reported?": the question's own words tell of a telling."""
    return any(t.required and t.keys & _TELLING_KEYS for t in query.terms)


_SPAN_FROM_START = lazy_compile(r"\bsince\b|\bso far\b|\bto date\b", re.IGNORECASE)


def _another_place(query: Query, last: Turn) -> None:
    """ "which Russian port can Jilin ship through?" "Vladivostok" "and the 2 destination cities are
    in which province?": a place asked again, with no pronoun for the one just answered, is another."""
    focus = last.focus_entity
    # ("which province is that the capital of?": "that" is the place just answered)
    if (query.intent != "where" or last.intent != "where" or focus is None or focus.kind != "place" or query.excluded
            or (query.pronoun and not _only_origin_pronoun(query)) or normalise_name(focus.name) in query.entity_keys):
        return
    # (... and "where do the goods go from there?": "there", where they set out, is not where they go)
    query.excluded = focus.name


# "the hike before that?", "and the one after that?": the fact stated before or after the one just
# answered. "since then" asks what happened in between, not another such fact.
_BEFORE_THAT = re.compile(r"\b(?:before|prior to|preceding) (?:that|this|it|then)\b|\bthe (?:previous|prior|earlier) one\b|\bthe one before\b",
                          re.IGNORECASE)
_AFTER_THAT = re.compile(r"\b(?:after|following) (?:that|this|it)\b|\bthe (?:next|following|later) one\b|\bthe one after\b", re.IGNORECASE)


def _sequel(query: Query, last: Turn, store: Store) -> None:
    """ "and the hike before that?" after "would raise prices by 12% from November 1": not the 12%
    again, but the figure dated before it ("after a 7% rise in July")."""
    if last.figure_id is None:
        return
    way = "before" if _BEFORE_THAT.search(query.text) else "after" if _AFTER_THAT.search(query.text) else ""
    if not way:
        return
    query.instead_of = last.figure_id
    if query.carried_times:  # "in June?" "and the one after that?": no longer June
        query.times, query.carried_times = [], False
    f = next((g for g in store.figures_in([last.sentence_id]) if g.id == last.figure_id), None)
    if f is not None and f.period_start:
        query.sequel = (way, f.period_start if way == "before" else f.period_end or f.period_start)


# "who is the agricultural economist quoted?": one person asked for, so a "they" after the answer
# is that person (singular they), not the bank their role names.
_ASKED_ONE_PERSON = lazy_compile(r"^\s*who(?:'s|’s|\s+is|\s+was)\s+(?:the|a|an)\s", re.IGNORECASE)


def _singular_they(query: Query, last: Turn) -> bool:
    """ "which bank do they work for?" after "who is the economist quoted?" answered by a person."""
    return (last.intent == "who" and last.focus_person is not None and bool(_THEY.search(query.text))
            and bool(_ASKED_ONE_PERSON.match(last.question)))


# "where was it headed?", "where did it go?": "it" moves itself somewhere (not "where does it ship
# goods?", which a place may do).
_IT_TRAVELS = lazy_compile(r"\bwhere\s+(?:is|was|were|are|did|does|do|will|has|had)\s+(?:it|that|this|they|them)\s+"
                           r"(?:been\s+)?(?:head(?:ed|ing|s)?|bound|destined|go(?:ing|ne)?|travel\w*|sail\w*|arriv\w*|end(?:ed)?\s+up)\b",
                           re.IGNORECASE)


def _referent(query: Query, last: Turn) -> EntityRow | None:
    """Who or what "he", "it", "them" means: the last answer's focus, else what the last question
    named, skipping anything this question names itself ("how much did Japan buy from them")."""
    personal = bool(_PERSONAL.search(query.text)) or _singular_they(query, last)
    focus = last.focus_person if personal else last.focus_entity
    named = set(query.entity_keys)
    kinds = ("person",) if personal else ("place", "org", "other")
    if not personal and last.intent == "what" and _WHO_DOES_IT.match(query.text):
        # "what did china open in ruili?" "a new ... zone" "who's running it?": "it" is the thing
        # just answered, which no name stands for; the places around it are not what is run.
        kinds = ("org", "other")
        focus = focus if focus is not None and focus.kind in kinds else None
    if _IT_TRAVELS.search(query.text) or (
            not personal and not last.entity_keys and last.intent == "where" and _ASKED_WHERE.match(last.question)):
        # "how many boxes did the first train carry?" "55 ... departing for Russia" "and where was it
        # headed?": a place does not travel, so "it" is the thing just told of, which no name stands
        # for; the place the answer named is more likely where it went. Likewise "where did the first
        # export cargo go?" "Lome" "how big was it?": the place answered is where the thing asked
        # went or stands; "it" is that thing, which the last question called by no name.
        kinds = tuple(k for k in kinds if k != "place")
        focus = focus if focus is not None and focus.kind in kinds else None
    if not personal and last.intent == "who" and last.focus_person is not None and "org" in kinds:
        # "who runs the nueva esperanza coop?" "Gustavo Wiebe (general manager of the Nueva Esperanza
        # cooperative in Canindeyu department)" "how much soy have they sent?": a person answered,
        # "it" or "they" is the body the last question named, not a place in the person's post.
        # (A place it named only qualifies what it asked: "the shanghai wine delegation".)
        body = next((e for e in last.entities if e.kind == "org" and normalise_name(e.name) not in named), None)
        if body is not None:
            return body
    for entity in [focus, *[e for e in last.entities if e.kind in kinds]]:
        if entity is not None and entity.kind in kinds and normalise_name(entity.name) not in named:
            return entity
    return None


# "where did the cargo go?", "where's the plant": a question asking where, by its first word.
_ASKED_WHERE = lazy_compile(r"^\s*(?:and\s+|so\s+)?where\b", re.IGNORECASE)


def _turn(ask: Ask, result: Answer) -> Turn:
    c = result.citations[0]
    same = [e for e in ask.pool.evidence if e.sentence.article_id == c.article and e.sentence.paragraph == c.paragraph]
    # The sentence the answer quotes, not merely the best of its paragraph: "why?" reads on from it.
    best = next((e for e in same if c.quote.strip("…")[:40] in e.sentence.text), same[0] if same else None)
    focus_entity, focus_person = _focuses(ask, result, best.mentions if best else [], best.sentence.text if best else "",
                                          best.sentence.id if best else -1)
    return Turn(
        question=ask.question,
        intent=result.intent,
        # "What share of global orders went to China?" "And Korea?": the share is asked again, though
        # "share" was only a preference; its other loose words ("this year") are not. Nor is the
        # telling of "who said X?": "when was that?" then asks when it was said ("Xi declared in September").
        terms=[t for t in ask.query.terms if t.required or t.keys & MEASURES or "say" in t.keys] if ask.query.required else ask.query.terms,
        entities=list(ask.query.entities),
        entity_keys=list(ask.query.entity_keys),
        focus_entity=focus_entity,
        focus_person=focus_person,
        article_id=c.article,
        paragraph=c.paragraph,
        sentence_id=best.sentence.id if best else -1,
        figure_id=_figure_answered(result, best, ask.query.wants),
        asked=ask.query.intent,
        wants=ask.query.wants,
        direction=ask.query.direction,
        basis=ask.query.basis,
        times=tuple(ask.query.times),
        count_keys=ask.query.count_keys,
    )


def _figure_answered(result: Answer, best: Evidence | None, wants: str = "") -> int | None:
    """The figure a figure answer states first ("fell to $598 a tonne from $617": $598), for "and
    a year ago?" to start from; of the kind asked, when it states one ("The first phase, located
    about 50 km southeast of Dakar, cost 837 billion CFA francs", asked its cost: the francs)."""
    if best is None or result.intent not in ("figure", "derived"):
        return None
    stated = [(result.text.find(f.raw), f.id) for f in best.figures if f.raw and f.raw in result.text]
    if wants == "money" and len(stated) > 1:
        money = {f.id for f in best.figures if f.kind == "money"}
        stated = [s for s in stated if s[1] in money] or stated
    return min(stated)[1] if stated else None


_JOINED_BY = lazy_compile(r"\b(?:and|or)\b")


def _focuses(ask: Ask, result: Answer, mentions: list, best_text: str, sentence_id: int) -> tuple[EntityRow | None, EntityRow | None]:
    """What "it" and, for people, "he"/"she" will mean next: (_focus of the other entities,
    _focus of the people). The answer's names are found in one pass over the mentions for both,
    where each focus read them all again. What of this depends on the sentence alone (its lists of
    places, its homes, its names lowered) is kept per store handle by `sentence_id` (_SentenceFocus)."""
    asked = set(ask.query.entity_keys)
    text = result.text.lower()
    focus = _sentence_focus(ask.store, sentence_id, mentions, best_text)
    # Each mention named in the answer and not asked, in mention order, by whether it is a person.
    named: tuple[list[tuple[int, EntityRow]], list[tuple[int, EntityRow]]] = ([], [])
    listed, homes, names = focus.listed, focus.homes, focus.names
    # "Montevideo-based carrier Austral Reefer Lines": the home of the body answered is no "them" of
    # the answer ("who speaks for them?" asks the carrier's spokesperson), when the answer names the body too.
    if homes and any(i not in homes and e.kind != "place" and names[i][0] in text for i, (_, e) in enumerate(mentions)):
        listed = listed | homes
    for i, (_, e) in enumerate(mentions):
        if i in listed:
            continue
        # "Litio Altiplano signed a partnership with ... (ENAMI)": the short name of "Litio Altiplano
        # SA" names it (not a short acronym, found inside any word); "Empresa Nacional de Mineria" is the ENAMI asked.
        at = min((j for n in names[i] if (j := text.find(n)) >= 0), default=-1)
        if at >= 0 and not named_by(e, asked):
            named[e.kind == "person"].append((at, e))
    return _focus(ask, named[False], person=False), _focus(ask, named[True], person=True)


class _SentenceFocus(NamedTuple):
    """What _focuses reads of the answer's sentence whatever the answer: the same for every
    question answered from it, so kept per store handle by sentence id (a write clears it)."""

    mentions: tuple[tuple[MentionRow, EntityRow], ...]  # the (mention, entity) pairs it was worked out from
    listed: frozenset[int]  # positions (in `mentions`) of places that are items of a list
    homes: frozenset[int]  # positions of places a "-based" follows
    names: tuple[tuple[str, ...], ...]  # by position: the entity's name and its aliases of 4 letters or more, lowered


def _sentence_focus(store: Store, sentence_id: int, mentions: list, best_text: str) -> _SentenceFocus:
    """_SentenceFocus of the sentence, kept by its id when `mentions` are the very pairs it was
    kept from (a gathered sentence's own mentions, as every pool gives them); else worked out afresh."""
    if sentence_id < 0:
        return _sentence_focus_of(mentions, best_text)
    kept: _SentenceFocus = store.memo("sentence_focus", sentence_id, lambda: _sentence_focus_of(mentions, best_text))
    # (a tuple compares its items by identity first: the same pairs cost no field comparison)
    if kept.mentions != tuple(mentions):
        return _sentence_focus_of(mentions, best_text)
    return kept


def _sentence_focus_of(mentions: list, best_text: str) -> _SentenceFocus:
    places = sorted((m for m, e in mentions if e.kind == "place"), key=lambda m: m.start)
    # "grain sitting in elevators across Saskatchewan, Alberta and Manitoba": one place of a list is
    # no "it" or "there" of the answer ("and a week before that?" is no Saskatchewan's).
    # ("Jackson, Tennessee" is a town and its state: a list ends on "and" or "or")
    runs: list[list[MentionRow]] = []
    for a, b in zip(places, places[1:]):
        if listed_together(best_text, a, b):
            if runs and runs[-1][-1] is a:
                runs[-1].append(b)
            else:
                runs.append([a, b])
    listed = {id(m) for run in runs if _JOINED_BY.search(best_text, run[-2].end, run[-1].start) for m in run}
    homes = {id(m) for m, e in mentions if e.kind == "place" and HOME_SUFFIX.match(best_text, m.end)}
    return _SentenceFocus(tuple(mentions), frozenset(i for i, (m, _) in enumerate(mentions) if id(m) in listed),
                          frozenset(i for i, (m, _) in enumerate(mentions) if id(m) in homes),
                          tuple((e.name.lower(), *(a.lower() for a in e.aliases if len(a) >= 4)) for _, e in mentions))


def _focus(ask: Ask, named: list[tuple[int, EntityRow]], person: bool) -> EntityRow | None:
    """What "it" (or, for people, "he"/"she") will mean next: the entity the answer names first
    (`named`: where the answer names each of the kind, in mention order), else the one asked about."""
    if named:
        return min(named, key=lambda p: p[0])[1]
    asked_entities = [e for e in ask.query.entities if (e.kind == "person") == person]
    if asked_entities:
        return asked_entities[0]
    last = ask.conversation.last
    return (last.focus_person if person else last.focus_entity) if last else None


def _plain(question: str, text: str, intent: str) -> Answer:
    return Answer(question=question[:500], answered=False, intent=intent, text=text, confidence=0.0)
