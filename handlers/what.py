"""What / which / how, and why: the clause of the best sentence that holds what was asked."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from knowledge.lazy_re import LazyPattern, at_boundary, ends_after, has_word, lazy_compile, literal_at, literal_starts, may_contain, search_after, word_spans
from knowledge.lexicon import MEASURES, NOT_GOODS, OPPOSITES, STOPWORDS, WORKS
from knowledge.store import EntityRow, MentionRow, SentenceRow, normalise_name
from knowledge.entities import DEMONYMS, canonical_place
from knowledge import gazetteer as gz
from knowledge.gazetteer import FUNCTION_WORDS
from knowledge.text import is_content, lemma, phrase_keys, token_keys, tokenize

from handlers import figures
from handlers.places import ahead_of_compared, describe_named, market_list, market_of_rank, nation_before, rank_of_named, top_ahead_of_second
from handlers.compose import PARTICIPLE_AFTER, citation, clause_window, from_cue, make_answer, subject_before, with_second_cause
from handlers.context import Ask
from handlers.conversation import Turn
from handlers.evidence import CLASSES_OF_KIND, HOLDS_LIST, Evidence, gather, named_by, quoted_word, term_spots
from handlers.query import ASKS_NAME, DOWN_KEYS, KINDS_OF, PLURAL_THINGS, UP_KEYS, Query, Term, asks_kinds, asks_thing_done, excluded_names, opposed_word
from handlers.models import Answer

# Words that give a reason, the unmistakable ones first; "as", "after" and ", ...ing" only when
# no sentence about the question has a clearer one. "Since the 2025/26 season started" is a time.
_STRONG_REASON = lazy_compile(
    r"\b(?:because(?: of)?|due to(?! (?:start|begin|be|expire|end|open|close|come|take|run|finish|complete|resume|arrive|launch)\b)|owing to|as a result of|in order to|so as to|so that|aimed at|thanks to|"
    r"in a bid to|in an effort to|seeking to|aiming to|with the aim of|citing|blamed on|blaming|attribut(?:ed|es|ing)|"
    r"in response to|"
    # "What's holding up the second stage?": "A second phase ... is awaiting an environmental permit"
    r"awaiting|"
    r"hoping to|in the hope of|in hopes? of|looking to|eager to|keen to|designed to|intended to|meant to|"
    r"so (?:it|they|we|he|she|that) can|"
    r"for fear|fearing|worried|concerns? (?:about|over|that)|critics say|weighed down by|"
    # "jumped 27.4% ..., driven mainly by crude oil and frozen fish": the cause, however much of it
    r"(?:hit|driven|boosted|dragged down|hurt|helped|supported|lifted|fuell?ed|spurred) (?:(?:mainly|largely|mostly|chiefly|partly|primarily) )?by|"
    # "down 8% from 2022 on lower crude prices", "shares rose on strong demand": a move's cause, news style
    r"on (?:lower|higher|weaker|stronger|softer|firmer|falling|rising|slowing|easing|sluggish|robust|strong|weak|soft|firm|"
    r"reduced|increased|improved|slower|faster|cheaper|dearer|worsening|surging|slumping|tumbling|plunging|soaring|record)(?=\s+\w)|"
    r"on the back of|underpinned by|buoyed by|propped up by|held back by|squeezed by|pressured by|weighed on by|benefit(?:s|ed|ing)? from|"
    r"(?:was|were|is|are) needed (?:as|because|given|to)|"  # "lowered the dividend ... to preserve capital": a purpose
    # "will ask Congress for an extra 5 billion pesos to repair irrigation canals": what the money is for
    # "blocked the road to the plant for two days to demand jobs", "banned exports to force
    # miners to refine the ore at home": what a protest or a curb is for
    r"to (?:demand|press for|push for|call for|lobby for|seek|force|attract|lure|diversify|"
    r"help|cut|boost|reduce|mark|ease|avoid|cool|ensure|guarantee|safeguard|enable|"
    # "cut port handling fees ... by 15% to win back traffic lost to rival corridors": what was lost, sought again
    r"win back|regain|recapture|reclaim|"
    r"curb|protect|support|meet|keep|stop|prevent|secure|stem|offset|shore up|counter|preserve|conserve|strengthen|bolster|rebuild|restore|free up|repair|fix|upgrade|moderni[sz]e|renovate|refurbish|compensate))\b",
    re.IGNORECASE,
)
# ("the third such rally since the summer": when it started, no cause)
_WEAK_REASON = lazy_compile(r"\b(?:amid|since(?!\s+\d)(?!\s+(?:the\s+(?:start|beginning|end|[\w/-]*\d)|last|early|late|mid|records|then|"
                          r"(?:the\s+)?(?:summer|winter|spring|autumn)|"
                          r"january|february|march|april|may|june|july|august|september|october|november|december)\b)"
                          # "Prices have slumped as well.", "such as", "as much as", "is as urgent as": no cause
                          r"|(?<!such )as(?!\s+(?:well|expected|forecast|predicted|planned|usual|of|if|though)\b)(?!\s+[\w-]+\s+as\b)"
                          # "jumped 9.6% ..., after rising 4.7% in August": what came before, no cause
                          r"|led by|following|after(?!\s+(?:(?:rising|falling|gaining|climbing|dropping|declining|jumping|sliding|slipping|"
                          r"increasing|decreasing|growing|shrinking|surging|plunging|edging (?:up|down)|easing|slumping|soaring)\s+(?:by\s+)?[\d$€£¥]"
                          r"|an?\s+[\d.]+%))|as part of|at a time when)\b|,\s+when\b|,\s+(?!according\b|including\b|adding\b)\w+ing\b", re.IGNORECASE)
# (not '," said Andrei Volkov, adding that the first shipments would cross ...': more of what was said)
# "is as urgent as winning contracts", "warned that as much as 15.2 billion euros": the second "as"
# compares, it gives no cause.
_AS_COMPARED = lazy_compile(r"\bas\s+[\w-]+(?:\s+[\w-]+)?\s+$", re.IGNORECASE)


# ... but not "what's Qatar doing with its deposits?" or "what's getting cut?", which ask what is done.
_WHAT_WAS_THE = lazy_compile(r"^\s*what(?:'s| is| was| were| are)\s+(?!.*\b(?:doing|done|happening|planning|going to|getting|being)\b)"
                             r"(?:the\s+|its\s+|their\s+|[\w.-]+['’]s\s+)?[\w\s-]{2,40}?\s*\??\s*$")
# ("what did Xi call Heilongjiang?": what he declared it should be; "what did state TV report?": what it told)
_ASKS_SAID = lazy_compile(r"\bwhat (?:did|does|do|has|have) .{1,60}? (?:say|said|tell|told|declare|announce|write|mean|call|report)\b")


_NAMED_KINDS = ("place", "person", "org", "other")


# "how old is Le Thanh Tung?": an age, which a sentence with no number in it cannot give.
_HOW_OLD = lazy_compile(r"^\s*(?:and\s+|so\s+)?how\s+old\b", re.IGNORECASE)


def _asks_age_untold(question: str, ev: Evidence) -> bool:
    """An age asked of a sentence that states no number (nor any figure) to give it."""
    if "old" not in question.lower() or not _HOW_OLD.match(question):
        return False
    return not ev.figures and not any(c.isdigit() for c in ev.sentence.text)


def _other_periods_only(ask: Ask, ev: Evidence) -> bool:
    """ "nigeria sesame exports to china in october", a measure named bare with a period: when,
    gathered as a figure question, a sentence holding every word asked is ruled out only by its
    period ("in the first nine months"), the measure is told for another period, and another
    sentence (a quote, an aside) the words also fit is no answer to it."""
    pool = gather(ask.query.with_intent("figure"), ask.store)
    other_period = False
    for e in pool.evidence:
        if e.sentence.id == ev.sentence.id:
            if e.accepted and e.figures:
                return False  # the sentence chosen gives the measure's figure itself
        elif not e.missing and e.conflicts and all(c.startswith("period:") for c in e.conflicts):
            other_period = True
    return other_period


def handle_what(ask: Ask) -> Answer | None:
    if ask.query.intent not in ("what", "how"):
        return None
    # (before the best sentence: "Which markets took fewer Swiss watches?" is a list of places,
    # "with shipments to the United States, China and Hong Kong all lower", no word of it "watches")
    # ("Which markets buy more Georgian wine than China does?" is those ranked above China, not a list)
    markets = ahead_of_compared(ask, _NAMED_KINDS) or market_list(ask) or rank_of_named(ask)
    if markets is not None:
        return markets
    top = market_of_rank(ask) or top_ahead_of_second(ask, _NAMED_KINDS)
    if top is not None:
        return top
    ev = ask.pool.best()
    if ev is None:
        return None
    if _asks_age_untold(ask.query.text, ev):
        return None
    if _ASKS_WAY.match(ask.query.text):
        ev = _by_a_way(ask, ev)
    if _ASKS_FUNDING.match(ask.query.text):
        ev = _by_a_means(ask, ev)
    if _ASKS_SPENDING.match(ask.query.text):
        ev = _by_a_use(ask, ev)
    elif _ASKS_PUT_TO_USE.match(ask.query.text):
        ev = _by_a_use_told(ask, ev)
    if _ASKS_CARGO.match(ask.query.text):
        ev = _by_contents(ask, ev)
    if ev.missing and ask.query.text[:5].lower() == "what " and _ASKS_SAID.search(ask.query.text.lower()):
        # "what does the minister say the deal gives bangladesh": the minister's own words holding
        # every word asked ("This agreement gives us ...," Chowdhury told reporters), not the
        # sentence that names him beside the deal and lacks what it gives
        ev = _holding_every_word(ask, ev)
    if (aimed := _ASKS_AIM.match(ask.query.text)) is not None:
        ev = _by_an_aim_aside(ask, ev, aimed[1])
    last = ask.conversation.last
    if last is not None and last.figure_id is not None and _ASKS_CONTENTS.match(ask.query.text) and not _contents_told(ask, last.sentence_id, last.figure_id):
        # "how many containers?" "55" "what was in them?": "a train carrying 55 containers
        # departing for Russia" counts them and never says what they held.
        return None
    if _counted_contents_untold(ask.query.text, ev):
        return None  # "what was loaded in those 55 containers" of "a train carrying 55 containers": the same
    lower = ask.query.text.lower()
    done_to = _passive_subject(ask, ev) if _WHAT_WAS_DONE.match(lower) else None
    if done_to is not None:
        return make_answer(ask.question, "what", done_to, _confidence(ask, ev), [citation(ask.store, ev.sentence)])
    if _WHAT_IS.match(lower):
        described = describe_named(ask, "what")
        if described is not None:
            return described
    if ASKS_NAME.search(lower):
        return _name_of(ask, _giving_a_name(ask, _holding_every_word(ask, ev)))
    if _WHAT_IS.match(lower) and (kinds := _names_after_kind(ask, ev)):
        m, e = kinds[0]  # "whats the sovereign fund in the venture": "sovereign wealth fund FONSIS"
        return make_answer(ask.question, "what", f"{e.name}. {clause_window(ev.sentence.text, m.start, m.end, 120)}",
                           _confidence(ask, ev), [citation(ask.store, ev.sentence)])
    if _WHAT_WAS_THE.match(lower) and ev.figures and not asks_thing_done(lower):
        # "What was the load factor?": a thing named bare whose sentence gives its figure.
        # Gathered again as a figure question: a figure must fit the period exactly ("EBIT for
        # the first nine months" is not the July-September quarter's).
        as_figure = ask.query.with_intent("figure")
        pool = gather(as_figure, ask.store)
        valued = figures.handle(replace(ask, query=as_figure, pool=pool))
        if valued is not None:
            return valued
        if any(e.sentence.id == ev.sentence.id and any(c.startswith("period:") for c in e.conflicts) for e in pool.evidence):
            return None  # its figure is for another period: no answer, not the sentence anyway
    if not ask.query.wh and ask.query.times and any(t.keys & MEASURES for t in ask.query.required) \
            and _other_periods_only(ask, ev):
        return None
    if ask.query.excluded:
        ev = _besides_excluded(ask, ev)
    if ask.query.excluded and _ASKS_SEVERAL.search(lower):
        others = _the_others(ask, ev)
        if others is not None:
            text = others.text if len(others.text) <= 240 else clause_window(others.text, 0, len(others.text), 240)
            return make_answer(ask.question, "what", text, _confidence(ask, ev), [citation(ask.store, others)])
    if _ASKS_SEVERAL.search(lower):
        ev = _fuller_list(ask, ev)
    if KINDS_OF.match(lower) and not asks_kinds(lower):
        ev = _stating_kind(ask, ev)
    kinds_told = _kinds_told_before(ask, ev) if asks_kinds(lower) else None
    if kinds_told is not None:
        text = kinds_told.text if len(kinds_told.text) <= _WHOLE_SENTENCE else clause_window(kinds_told.text, 0, len(kinds_told.text), _WHOLE_SENTENCE)
        return make_answer(ask.question, "what", text, _confidence(ask, ev), [citation(ask.store, kinds_told)])
    if ev.missing and _names_no_kind(ask, ev):
        return None
    if ev.missing and _WHAT_IS_THE.match(lower) and _thing_told_only_of_another(ask, ev):
        return None
    if _counts_kind_unnamed(ask, ev):
        return None  # "which chinese contractors bid?" over "two Chinese contractors had submitted bids"
    if _agents_unnamed(ask, ev):
        return None  # "which us distributors placed the orders?" over "as distributors in the United States moved orders"
    if _ASKS_FORMER_ROLE.search(lower) and not _FORMER_TOLD.search(ev.sentence.text):
        return None  # "what was X's job before he became minister" is not the post "Minister X" holds now
    # ("what did he say about freight costs?" asks what was said of them, not what something cost)
    if _ASKS_COST.match(lower) and not _ASKS_SAID.search(lower) and not any(f.kind == "money" for f in ev.figures):
        return None  # "What did the rail link cost to build?" is not "The 19.5-km rail link ... carried its first cargo"
    if _ASKS_MADE.match(lower) and (aside := _maker_aside(ask, ev)):
        # "What does Qingyun Motor build there?": "Qingyun Motor, an electric motorcycle maker from
        # Chongqing, opened an assembly line": the aside says what it makes, the clause only where.
        text = clause_window(ev.sentence.text, 0, aside, 160)
        return make_answer(ask.question, "what", text, _confidence(ask, ev), [citation(ask.store, ev.sentence)])
    made = _works_output(ask, ev) if _ASKS_WORKS_MADE.match(lower) else None
    if made is not None:
        sentence, (begin, finish) = made
        text = clause_window(sentence.text, begin, finish, 160)
        return make_answer(ask.question, "what", text, _confidence(ask, ev), [citation(ask.store, sentence)])
    listed = _listed(ask, ev) if _ASKS_SEVERAL.search(lower) else None
    if listed:
        return make_answer(ask.question, "what", listed, _confidence(ask, ev), [citation(ask.store, ev.sentence)])
    start, end = focus_span(ev)
    if _WHAT_IS.match(lower) or not ask.query.wh:
        named = _named_before_aside(ask, ev, start, end)
        if named is not None:
            return make_answer(ask.question, "what", named, _confidence(ask, ev), [citation(ask.store, ev.sentence)])
    if _ASKS_SAID.search(lower) and len(ev.sentence.text) <= 240:
        start, end = 0, len(ev.sentence.text)  # "what did Xi say about it?": the statement, whole
    elif _ASKS_SPENDING.match(ask.query.text) and (use := _USE_CUE.search(ev.sentence.text)) and len(ev.sentence.text) - use.start() <= _WHOLE_SENTENCE:
        # "The money will be used to overhaul the plant ..., and to buy trucks": every thing the money
        # goes on, to the sentence's end, not the first clause only.
        start, end = min(start, use.start()), len(ev.sentence.text)
    elif _ASKS_SEVERAL.search(lower) and len(ev.sentence.text) <= _WHOLE_SENTENCE:
        # "Which categories rose fastest?": every one the sentence lists, not the clause of the first.
        start, end = 0, len(ev.sentence.text)
    else:
        end = _asked_after(ask, ev, start, end)
        # "... while cutting money for parks and culture": what a verb asked of acts on follows it.
        rest = _CLAUSE_END.search(ev.sentence.text, end)
        if rest is not None and rest.start() - end <= 80:
            end = rest.start()
        if (aside := _APPOSITION_AFTER.match(ev.sentence.text, end)) is not None:
            # "The Tatopani crossing, the other main route, has operated only intermittently": the
            # thing asked set beside its description; what the sentence says of it follows that.
            rest = _CLAUSE_END.search(ev.sentence.text, aside.end())
            end = rest.start() if rest is not None else len(ev.sentence.text)
        end = _past_list(ev.sentence.text, start, end, bool(_ASKS_SEVERAL.search(lower)))
    split = _vote_split(ask, ev) if _ASKS_VOTE.match(lower) else None
    if split is not None:
        text = f"{ev.sentence.text} {split.text}"
        return make_answer(ask.question, "what", text, _confidence(ask, ev), [citation(ask.store, ev.sentence), citation(ask.store, split)])
    way = _WAY_CUE.search(ev.sentence.text) if _ASKS_WAY.match(ask.query.text) else None
    if way is not None and way.start() < start:
        start = way.start()  # "how will Jilin get its cargo to eastern China?": "use Vladivostok ... to ship goods to ..."
    text = _whole_clause_window(ev.sentence.text, start, end)
    made_of = _made_of_it_before(ask, ev, text) if _ASKS_PUT_TO_USE.match(ask.query.text) else None
    if made_of is not None:
        # "what will Lanfeng use Moroccan phosphate for?" / "Lanfeng plans to make part of it from
        # Moroccan phosphate": the "it" made is the thing the sentence before names.
        return make_answer(ask.question, "what", f"{made_of.text} {text}", _confidence(ask, ev),
                           [citation(ask.store, made_of), citation(ask.store, ev.sentence)])
    word = quoted_word(ask.query, ev.sentence.text)
    if word is not None:
        text = f"“{word}”. {text}"  # the word asked for first, then where it was used
    return make_answer(ask.question, "what", text, _confidence(ask, ev), [citation(ask.store, ev.sentence)])


# A thing made of the asked one, told only by "it": "to make part of it from phosphate".
_MADE_OF_IT = lazy_compile(r"\b(?:make|makes|made|making|produce|produces|produced|producing)\s+"
                           r"(?:(?:part|some|most|much|all)\s+of\s+)?it\s+(?:from|out\s+of|with|using)\b", re.IGNORECASE)


def _made_of_it_before(ask: Ask, ev: Evidence, text: str) -> SentenceRow | None:
    """The sentence before the answer's in its paragraph, when the answer makes "it" of the thing
    asked: the "it" is what that sentence names, and the use asked is making it."""
    if not _MADE_OF_IT.search(text) or len(text) > _WHOLE_SENTENCE:
        return None
    before = _before_in_paragraph(ask, ev.sentence)
    return before if before is not None and len(before.text) <= _WHOLE_SENTENCE else None


def _before_in_paragraph(ask: Ask, s: SentenceRow) -> SentenceRow | None:
    """The sentence right before `s` in its paragraph (ids run in order through an article)."""
    before = ask.store.sentences([s.id - 1]).get(s.id - 1)
    if before is None or before.article_id != s.article_id or before.paragraph != s.paragraph:
        return None
    return before


def _whole_clause_window(text: str, start: int, end: int) -> str:
    """The answer's window, a clause whole rather than a fragment: "... said it signed a contract
    last week with Seoul-based importer…" cut mid-clause drops the very party or use asked after
    the verb; the wide window keeps the clause when it reads whole there."""
    window = clause_window(text, start, end, 240 if end - start > 120 else 120)
    if not _cut(window):
        return window
    wide = clause_window(text, start, end, 240)
    return window if _cut(wide) else wide


def _cut(window: str) -> bool:
    return window.startswith("…") or window.endswith("…")


# "How was lobster getting into China during the ban?": the way goods went, asked; so is "how will
# jilin get its cargo down to zhejiang", a particle of direction before the "to".
# ("how's jilin cargo going to get to zhejiang": the verb's contraction asks the same.)
_ASKS_WAY = lazy_compile(r"^\s*how(?:['’](?:s|re|ll|d)|\s+(?:is|are|was|were|has|have|had|did|does|do|will|would|can|could))\s+.{1,60}?\b"
                         r"(?:get|gets|getting|got|gotten|go|going|went|travel(?:l?ing|l?ed)?)\s+(?:[\w'’-]+\s+){0,2}?"
                         r"(?:(?:down|up|over|across|out|back)\s+)?(?:in)?to\b", re.IGNORECASE)
# "shipments to Hong Kong, which had been used to re-route product into China": a way named.
_WAY_CUE = lazy_compile(r"\b(?:use|uses|used|using) (?-i:[A-Z])|\bre-?rout\w*|\bvia\b|\bthrough\b|\bby (?:rail|road|sea|air|truck|ship|train)\b", re.IGNORECASE)


def _by_a_way(ask: Ask, ev: Evidence) -> Evidence:
    """A sentence about it nearly as good that names a way ("re-routed through", "via") over one
    that does not."""
    if _WAY_CUE.search(ev.sentence.text):
        return ev
    return next((e for e in ask.pool.accepted[1:3] if e.score >= ev.score - 0.5 and _WAY_CUE.search(e.sentence.text)), ev)


# "How is the project being paid for?", "how will the line be financed": the means of paying asked.
_ASKS_FUNDING = lazy_compile(r"^\s*how\s+(?:is|are|was|were|will|would|did|does|do)\s+.{1,60}?\b"
                             r"(?:pa(?:id|ying|y)\s+for|financ(?:e|ed|ing)|fund(?:ed|ing)?)\b", re.IGNORECASE)
# "through a Russian state export credit", "with a mix of green bonds and loans": money raised to pay.
_MEANS_CUE = lazy_compile(r"\b(?:loans?|credits?|bonds?|grants?|borrowing|financed by|funded by)\b", re.IGNORECASE)


def _by_a_means(ask: Ask, ev: Evidence) -> Evidence:
    """A sentence about the paying nearly as good that names the means (a loan, a credit, bonds)
    over one that does not ("The agreement covers ... the handling of spent fuel" spends nothing)."""
    if _MEANS_CUE.search(ev.sentence.text):
        return ev
    return next((e for e in ask.pool.accepted[1:3] if e.score >= ev.score - 0.5 and _MEANS_CUE.search(e.sentence.text)), ev)


# "What will the loan money be used for?", "what will the 480m euros be spent on", "what will the
# investment pay for": what money goes on, asked (the question ends on the preposition), not how much
# of it there is ("what is Mercia planning to spend on upgrades" asks the amount).
_ASKS_SPENDING = lazy_compile(r"^\s*(?:and\s+)?(?:what|which)\s+(?:will|would|is|are|was|were|did|does|do)\s+.{1,60}?\b"
                              r"(?:spen[dt]\s+(?:[\w'’-]+\s+){0,5}?on|(?:be\s+)?used\s+(?:for|on)|pay\s+for|go\s+(?:on|to|towards))\s*\??\s*$",
                              re.IGNORECASE)
# "would use the money to build", "plans to use 9.2 billion rupees ... to expand", "The loans will
# cover", "The money will go on", "The money will pay for": a sentence saying what money buys.
_USE_CUE = lazy_compile(r"\b(?:use|uses|used|using)\s+(?:[\w$.,'’-]+\s+){0,8}?(?:to|on|for)\s+[a-z]|\bcover(?:s|ed)?\s+[a-z]|"
                        # "gas will be piped ashore ... to feed a new power plant": what it is for
                        r"\bto\s+(?:feed|fuel|power)\s+(?:a|an|the|its|their)\s+[a-z]|"
                        r"\b(?:will|would)\s+pay\s+for\s+[a-z]|"
                        r"\b(?:will|would)\s+go\s+(?:on|to|towards)\b|\bearmarked\s+for\s+[a-z]|\bspen[dt]\s+(?:[\w$.,'’-]+\s+){0,6}?on\b", re.IGNORECASE)
# The question's words a sentence saying what money buys may lack: the spending and the money itself
# ("be used for" over "will cover"; "the loan money" over "The Chinese loans").
_SPENDING_KEYS = frozenset({"spend", "use", "pay", "cost", "money", "invest", "investment", "finance", "lend", "loan", "borrow", "contribute"})


def _by_a_use(ask: Ask, ev: Evidence) -> Evidence:
    """Among the nearest sentences, one saying what money goes on over one only saying how much
    there is ("agreed to buy a stake for $14 million" before "would use the money to build a
    warehouse"); it may lack only the question's words for spending and for money."""
    if _USE_CUE.search(ev.sentence.text):
        return ev
    return next((e for e in ask.pool.evidence[:8] if _USE_CUE.search(e.sentence.text) and _short_only_of_spending(e)), ev)


# "what cargo was on the first train", "what goods were loaded on the train": the load a carrier
# held, asked by a word for goods; a sentence may tell it only by what the carrier was carrying.
_ASKS_CARGO = lazy_compile(r"^\s*(?:and\s+)?(?:what|which)\s+(?:(?:kinds?|types?|sorts?)\s+of\s+)?(?:cargo(?:es)?|goods|freight)\b", re.IGNORECASE)
# "46 wagons carrying electronic components", "62 containers of timber products", "loaded with grain"
_LOAD_CUE = lazy_compile(r"\b(?:carrying|carried|containing|(?:loaded|laden|filled|packed)\s+with|"
                         r"(?:containers|wagons|boxes|cars|cargoes|tonnes)\s+of)\s+(?!the\b|a\b|an\b|its\b|their\b)[a-z]", re.IGNORECASE)
# The question's words that a sentence telling the load by "carrying" need not hold.
_LOAD_KEYS = frozenset({"cargo", "good", "goods", "freight", "load", "carry", "ship", "haul", "aboard", "on"})


def _by_contents(ask: Ask, ev: Evidence) -> Evidence:
    """Among the nearest sentences, one telling what a carrier held ("The first train, made up of
    46 wagons carrying electronic components, fertiliser and machinery") over a better-ranked one
    that only uses the word asked ("Freight moved by rail ... rose 38%"); it may lack only the
    question's words for goods and loading."""
    if _LOAD_CUE.search(ev.sentence.text):
        return ev
    return next((e for e in ask.pool.evidence[:6] if e.missing and not e.conflicts and _LOAD_CUE.search(e.sentence.text)
                 and all(t.lemma in _LOAD_KEYS or t.word.lower() in _LOAD_KEYS for t in e.missing)), ev)


def _short_only_of_spending(ev: Evidence) -> bool:
    """No conflict but a missing word of spending or of money."""
    return all(c.startswith("missing:") for c in ev.conflicts) and all(not t.keys.isdisjoint(_SPENDING_KEYS) for t in ev.missing)


# "what will China use the methanol for", "what does the firm use the ore for": the use a thing is put to.
# ("what is the gas going to be used for": the passive asks the same)
_ASKS_PUT_TO_USE = lazy_compile(r"^\s*(?:and\s+)?what\s+(?:will|would|does|do|did|is|are|was|were)\s+.{1,60}?\b(?:use\s+.{1,40}?|used\s+(?:.{1,40}?)?)\bfor\s*\??\s*$",
                                re.IGNORECASE)
_USE_NEAR = 0.5  # how far below the best a sentence saying the use may score


def _by_a_use_told(ask: Ask, ev: Evidence) -> Evidence:
    """A sentence saying the use ("where it will be used to make olefins") over a nearly as good one
    that only names the thing ("signed agreements to build a methanol plant"); the thing may be
    named only in the sentence before it in its paragraph ("The plant will have capacity of 1.8
    million tonnes of methanol a year. About 70% of its output ... will be used to make olefins")."""
    if _USE_CUE.search(ev.sentence.text):
        return ev
    return next((e for e in ask.pool.evidence[:4] if e.score >= ev.score - _USE_NEAR and _USE_CUE.search(e.sentence.text)
                 and all(c.startswith("missing:") for c in e.conflicts) and _missing_told_before(ask, e)), ev)


def _missing_told_before(ask: Ask, ev: Evidence) -> bool:
    """Every word the sentence lacks, but the using, is in the sentence before it in its paragraph."""
    lacking = [t for t in ev.missing if t.keys.isdisjoint(_SPENDING_KEYS)]
    before = _before_in_paragraph(ask, ev.sentence)
    if before is None:
        return False
    return all(not t.keys.isdisjoint(before.terms) for t in lacking)


# "What was velocardin supposed to treat?", "what is the drug meant to do": the aim of a thing named.
_ASKS_AIM = lazy_compile(r"^\s*what\s+(?:is|was|are|were)\s+(?:the\s+)?([\w-]+)\s+(?:supposed|meant|designed|intended)\s+to\s+[a-z]+\s*\??\s*$",
                         re.IGNORECASE)
_AIM_NEAR = 0.5  # how far below the best a sentence describing the thing's aim may score


def _by_an_aim_aside(ask: Ask, ev: Evidence, thing: str) -> Evidence:
    """A sentence whose aside after the thing says what it is for ("velocardin, an experimental pill
    for chronic heart failure, had failed") over a nearly as good one that only names it."""
    aside = re.compile(rf"\b{re.escape(thing)}\s*,\s+(?:an?|the)\s+[^,;]{{0,60}}?\bfor\s+[a-z]", re.IGNORECASE)
    if aside.search(ev.sentence.text):
        return ev
    return next((e for e in ask.pool.accepted[:4] if e.score >= ev.score - _AIM_NEAR and aside.search(e.sentence.text)), ev)


# "How did the MPC vote?", "how will the board vote": the split of a vote, every side of it.
_ASKS_VOTE = lazy_compile(r"^\s*how\s+(?:did|does|do|will|would)\s+.{1,60}?\s+vote\b")
# "Six members ... voted to hold rates.": a side of a vote counted by its voters
_COUNTED_VOTE = lazy_compile(r"^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\b[^.;]{0,80}?\b(?:voted|backed|favou?red|supported|opposed)\b", re.IGNORECASE)


def _vote_split(ask: Ask, ev: Evidence) -> SentenceRow | None:
    """ "Six members of the Monetary Policy Committee voted to leave rates unchanged. Two backed an
    increase ...": one side of the vote per sentence; the next sentence, counting another side, is
    the rest of the answer."""
    if not _COUNTED_VOTE.search(ev.sentence.text):
        return None
    nxt = ask.store.sentences([ev.sentence.id + 1]).get(ev.sentence.id + 1)
    if nxt is None or nxt.article_id != ev.sentence.article_id or nxt.paragraph != ev.sentence.paragraph:
        return None
    return nxt if _COUNTED_VOTE.search(nxt.text) and len(ev.sentence.text) + len(nxt.text) <= 360 else None


# "what did the rail link cost to build?", "what will the plant cost?": an amount of money asked.
# "what was Umarov's job before he became minister", "her previous role": a post held before the
# one the story names, told only by a sentence saying what was before ("a former banker").
_ASKS_FORMER_ROLE = lazy_compile(r"\bbefore\s+(?:becoming|joining|taking\s+over|being\s+(?:named|appointed|made)"
                                 r"|[\w'’-]+\s+(?:became|joined|took\s+over|was\s+(?:named|appointed|made)))\b"
                                 r"|\b(?:previous|prior|former|earlier|last)\s+(?:job|role|post|position|career|employer)\b")
_FORMER_TOLD = lazy_compile(r"\b(?:former(?:ly)?|previously|prior\s+to|before|until|had\s+been|used\s+to|earlier|ex-|veteran)\b", re.IGNORECASE)
_ASKS_COST = lazy_compile(r"^\s*what\s+(?:did|does|do|will|would|is|was|has|had)\s+(?:[\w'’-]+\s+){1,6}?(?:cost|costs)\b(?:\s+to\s+[a-z]+)?\s*\??\s*$")


# "What does Qingyun Motor build there?", "what will the firm make": the goods a body makes.
_ASKS_MADE = lazy_compile(r"^\s*what\s+(?:does|do|did|will|would|is|are|was|were)\s+.{1,60}?\s(?:make|makes|making|build|builds|building|"
                          r"produce|produces|producing|manufacture|manufactures|manufacturing|assemble|assembles|assembling)\b")
# ", an electric motorcycle maker from Chongqing,": the aside after a name that says what it makes.
_MAKER_ASIDE = lazy_compile(r",\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,4}?(?:maker|manufacturer|producer|builder|assembler)s?\b[^,;]{0,40},")


def _maker_aside(ask: Ask, ev: Evidence) -> int:
    """Where the aside that says what the body asked makes ends, right after its name; 0 when none."""
    keys = set(ask.query.entity_keys)
    for m, e in ev.mentions:
        if named_by(e, keys):
            aside = _MAKER_ASIDE.match(ev.sentence.text, m.end)
            if aside is not None:
                return aside.end()
    return 0


# "What will the new Bac Ninh plant produce?", "What will the plant make from the ore?": the goods
# of a works asked, its subject.
_ASKS_WORKS_MADE = lazy_compile(r"^\s*what\s+(?:does|do|did|will|would|is|are|was|were)\s+(?:[\w'’-]+\s+){0,5}?"
                                r"(?:" + "|".join(sorted(WORKS)) + r")\s+(?:\w+\s+)?(?:make|making|produce|producing|manufacture|manufacturing|turn out)\b")
_WORKS_WORD = lazy_compile(r"\b(?:" + "|".join(sorted(WORKS)) + r")\b", re.IGNORECASE)
# "can process 3.2 million tonnes of ore a year into mixed hydroxide precipitate": what it turns its input into.
_INTO_GOODS = lazy_compile(r"\b(?:process|processes|processed|processing|turn|turns|turned|convert|converts|converted|refine|refines|refined)\b"
                           r"(?:[^.;]|\.(?=\d)){0,80}?\binto\s+[^,.;]+", re.IGNORECASE)
# "a 31.5 trillion dong ($1.2 billion) printed circuit board plant": the goods named before the works.
_GOODS_BEFORE_WORKS = lazy_compile(r"((?:(?<![\w'’-])[a-z][\w-]*\s+){1,4})(?:" + "|".join(sorted(WORKS)) + r")\b")
_WORKS_NEAR = 0.7  # a sentence saying the goods may rank a little below the best one, which only names the works


def _works_output(ask: Ask, ev: Evidence) -> tuple[SentenceRow, tuple[int, int]] | None:
    """The sentence among the near-best ones that says what the works asked makes, and where."""
    near = [e for e in ask.pool.accepted if e.score >= _WORKS_NEAR * ev.score and _WORKS_WORD.search(e.sentence.text)]
    for e in near:
        into = _INTO_GOODS.search(e.sentence.text)
        if into is not None:
            return e.sentence, into.span()
        goods = _goods_before_works(e.sentence.text)
        if goods is not None:
            return e.sentence, goods
    return None


def _goods_before_works(text: str) -> tuple[int, int] | None:
    """Where a works is named with the goods it makes before it, past words of its size or kind."""
    for m in _GOODS_BEFORE_WORKS.finditer(text):
        words = m.group(1).split()
        while words and words[0].lower() in NOT_GOODS:
            words = words[1:]
        if words and not any(w.lower() in NOT_GOODS or w.lower() in STOPWORDS for w in words):
            return m.span()
    return None


def _thing_told_only_of_another(ask: Ask, ev: Evidence) -> bool:
    """ "whats the brent slope in india's petronet deal": the thing asked first ("slope") is
    missing from the best sentence (the Petronet deal, no slope), and a near one that gives it
    ("a slope of 13.5% under the 2017 contract") is of another: the article says it of no one asked."""
    required = ask.query.required
    head = min(required, key=lambda t: t.position) if required else None
    if head is None or head not in ev.missing or len(required) < 2:
        return False
    return any(head in e.matched and e.conflicts and not all(c.startswith("missing:") for c in e.conflicts)
               for e in ask.pool.evidence[1:4])


def _names_no_kind(ask: Ask, ev: Evidence) -> bool:
    """ "which products made up most of Liaoning's exports to Russia?" over "Liaoning's outbound
    shipments to Russia soared 82.3%": things of a kind asked, and a sentence short of a word asked
    that neither says the kind nor lists or names anything the question does not."""
    m = _ASKS_WHICH_THINGS.match(ask.query.text)
    if m is None:
        return False
    kind = next((t for t in ask.query.terms if t.word.lower() == m.group(1).lower()), None)
    if kind is None or not kind.keys.isdisjoint(ev.sentence.terms) or HOLDS_LIST.search(ev.sentence.text):
        return False
    asked = set(ask.query.entity_keys)
    return all(named_by(e, asked) for _, e in ev.mentions)


# a count just before the kind asked ("two Chinese contractors", "12 bidders"), with only plain
# words between ("26 GHz bands" is a measure of the bands, not their count), and what would name
# them right after it: a list, an aside or "including".
_COUNT_BEFORE = lazy_compile(r"\b(?i:\d[\d,]*|" + "|".join(figures.NUMBER_WORDS[2:]) + r"|several)\s+(?:[A-Za-z][a-z-]*\s+){0,2}$")
# "which chinese contractors": the plural noun of the things whose names are asked, after a modifier or two
# (a count among them, "which 3 manufacturers", as "which three manufacturers")
_ASKS_WHICH_COUNTED = lazy_compile(r"^\s*which\s+(?:[a-z0-9-]+\s+){0,2}?([a-z][\w-]*s)\b", re.IGNORECASE)
_NAMES_AFTER = lazy_compile(r"\s*(?:[,(:\u2014-]|including\b|such\s+as\b|namely\b|led\s+by\b)", re.IGNORECASE)


def _counts_kind_unnamed(ask: Ask, ev: Evidence) -> bool:
    """ "Which Chinese contractors bid for the line?" asks for names: a sentence that only counts
    them ("two Chinese contractors had submitted bids") does not say which, so the bot abstains."""
    m = _ASKS_WHICH_COUNTED.match(ask.query.text)
    if m is None:
        return False
    text = ev.sentence.text
    spots = word_spans(text, m.group(1), fold=True)
    return bool(spots) and all(_COUNT_BEFORE.search(text[max(0, start - 40): start]) and not _NAMES_AFTER.match(text, end)
                               for start, end in spots)


# Kinds of firms and people whose names "which <kind>" asks ("which us distributors").
_AGENT_KINDS = gz.ORG_NOUNS | gz.PERSON_NOUNS | frozenset(
    "distributor buyer customer client wholesaler trader shipper lessor lessee partner shareholder bidder contractor "
    "refiner utility insurer brokerage fund".split())


def _agents_unnamed(ask: Ask, ev: Evidence) -> bool:
    """ "Which US distributors placed the new orders?" asks for the bodies' names: a sentence that
    says the kind bare ("as distributors in the United States moved orders"), naming nobody but
    places and what the question names, does not say which, so the bot abstains."""
    words = ask.query.text.lower().split(None, 4)
    if not words or words[0] != "which":
        return False
    kind = next((w for w in words[1:4] if w.endswith("s") and lemma(w) in _AGENT_KINDS), "")
    if not kind or not may_contain(ev.sentence.text, kind, fold=True):
        return False
    asked = set(ask.query.entity_keys)
    near = [(a - _NAME_REACH, b + _NAME_REACH) for a, b in word_spans(ev.sentence.text, kind, fold=True)]
    # a name beside the kind ("distributors such as Medline", "McKesson, a U.S. distributor") says
    # which; one further off is the sentence's own subject ("Kelana ... swung back to profit as
    # distributors ... moved orders")
    text = ev.sentence.text
    return not any(not named_by(e, asked) and any(a <= mention.start <= b for a, b in near)
                   and not (e.kind == "place" and _WHERE_BEFORE.search(text, max(0, mention.start - 12), mention.start))
                   for mention, e in ev.mentions)


_NAME_REACH = 40  # characters either side of the kind word a name of one of them stands within
# "distributors in the United States": a place after "in" or "from" says where they are, not which
# ("investors including Japan, China" name them)
_WHERE_BEFORE = lazy_compile(r"\b(?:in|from|across|at|of)\s+(?:the\s+)?$", re.IGNORECASE)


# "which products", "what goods": the plural noun the answer's things are of.
# (not "what is", "what does", "what was", "what has": a verb, no plural)
_ASKS_WHICH_THINGS = lazy_compile(r"^\s*(?:which|what)\s+(?:(?:kinds?|types?|sorts?)\s+of\s+)?(?!(?:is|was|does|has)\b)([a-z][\w-]*s)\b",
                                  re.IGNORECASE)


# "what was in them?", "what did they carry?": what the things just counted held.
_ASKS_CONTENTS = lazy_compile(r"^\s*(?:and\s+)?what\s+(?:(?:was|were|is|are)\s+(?:in|inside)\s+(?:it|them|they|those|these)"
                              r"|(?:did|do|does|were|was)\s+(?:it|they|those|these)\s+(?:carry|carrying|contain|containing|hold|holding|have\s+in))\b",
                              re.IGNORECASE)
# "55 containers of steel", "200 trucks loaded with grain": what they held, after the count's unit.
_CONTENTS_AFTER = lazy_compile(r"\s*(?:[\w-]+\s+)?(?:of|carrying|containing|holding|(?:loaded|filled|packed|laden)\s+with|full\s+of)\s+\w",
                               re.IGNORECASE)


# "what was loaded in those 55 containers", "what did the 55 containers carry?": what things the
# question counts itself held.
_ASKS_CONTENTS_OF = lazy_compile(r"^\s*(?:and\s+)?what\s+(?:(?:was|were|is|are)\s+(?:(?:loaded|packed|shipped|carried|stored|kept|put|sent)\s+)?(?:in|inside|into|aboard|on)"
                                 r"|(?:did|do|does|were|was)(?=.*\b(?:carry|carrying|contain|containing|hold|holding|have in)\b))"
                                 r"\s+(?:the\s+|those\s+|these\s+|its\s+|their\s+)?(\d[\d,]*)\s+[a-z]", re.IGNORECASE)


def _counted_contents_untold(question: str, ev: Evidence) -> bool:
    """The question counts the things whose contents it asks, and the sentence that counts them
    says nothing of what they held."""
    m = _ASKS_CONTENTS_OF.match(question)
    if m is None:
        return False
    count = float(m.group(1).replace(",", ""))
    counted = [f for f in ev.figures if f.value == count]
    return bool(counted) and not any(_CONTENTS_AFTER.match(ev.sentence.text, f.end) for f in counted)


def _contents_told(ask: Ask, sentence_id: int, figure_id: int) -> bool:
    for f in ask.store.figures_in([sentence_id]):
        if f.id == figure_id:
            text = ask.store.sentences([f.sentence_id])[f.sentence_id].text
            return _CONTENTS_AFTER.match(text, f.end) is not None
    return True


# ", the other main trade route between the two countries, has": a description set beside a
# name, closed by a comma before the verb it is the subject of.
_APPOSITION_AFTER = lazy_compile(r",\s+(?:the|a|an|its|their)\s+[^,;:.]{1,80},\s+(?=(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|should|\w+(?:ed|s))\b)")
_CLAUSE_END = lazy_compile(r"[,;:]\s|[.?!]\s*$|[.?!]\s")
# "what scheme is the compensation being paid through?": the answer follows the sentence's own "through".
_TRAILING_PREPOSITION = lazy_compile(r"\b(through|via|with|into|from|for|to|by)\s*\??\s*$")


def _passive_subject(ask: Ask, ev: Evidence) -> str | None:
    """ "What was opened in Shenyang in March?" / "In March, a new cargo hub for China-Europe freight
    trains was put into operation in Shenyang, with a train ... to mark the hub's inauguration":
    the thing done to is the subject of the sentence's own passive verb of the deed ("was put into
    operation"), not a later noun of the same meaning ("inauguration"). Its clause, from the subject."""
    m = _WHAT_WAS_DONE.match(ask.query.text.lower())
    verb = next((t for t in ask.query.terms if t.required and t.word.lower() == m.group("verb")), None) if m else None
    if verb is None or verb not in ev.matched:
        return None
    text = ev.sentence.text
    for start, end in term_spots(text, [verb]):
        aux = _PASSIVE_BEFORE.search(text, max(0, start - 40), start)
        if aux is None:
            continue
        subject_start = max(text.rfind(", ", 0, aux.start()) + 2, text.rfind("; ", 0, aux.start()) + 2, 0)
        subject = text[subject_start : aux.start()]
        if not 2 <= len(subject.split()) <= 12 or subject.split()[0].lower() in _NO_SUBJECT:
            continue
        stop = _CLAUSE_COMMA.search(text, end)
        clause = text[subject_start : stop.start() if stop else len(text)].rstrip(" .")
        return clause[:1].upper() + clause[1:] + "."
    return None


# "what was opened", "what were set up in May": the thing a deed was done to, named by the passive.
_WHAT_WAS_DONE = lazy_compile(r"^\s*what\s+(?:was|were|has been|have been|had been|got)\s+(?P<verb>[a-z]+)\b")
# "... trains was put into": the passive's auxiliary right before the verb (an adverb between).
_PASSIVE_BEFORE = lazy_compile(r"\s(?:was|were|has been|have been|had been|is|are|will be|would be)\s+(?:\w+ly\s+)?$")
_NO_SUBJECT = frozenset("which that who it they this these".split())


def _asked_after(ask: Ask, ev: Evidence, start: int, end: int) -> int:
    """Where the stretch asked about ends: past the question's last preposition where the
    sentence says it after the words asked ("would pay ... compensation to about 145,000 growers
    through the state-backed agricultural insurance pool TARSIM"), and past a body the question
    names that the sentence names only later ("with 14 Malaysian companies, including Penang-based
    Sinar Teknik Bhd for test sockets", asked what Sinar Teknik will provide)."""
    text = ev.sentence.text
    trailing = _TRAILING_PREPOSITION.search(ask.query.text.lower())
    if trailing is not None:
        at = search_after(text[start:], ((trailing.group(1), False, _SPACE_CHAR),))  # (rf"\b{word}\s": none compiled per word)
        if at is not None and start + at.end() > end:
            end = start + at.end()
    keys = set(ask.query.entity_keys)
    if keys:
        named = [(m, e) for m, e in ev.mentions if named_by(e, keys)]
        before = {e.id for m, e in named if m.start < end}
        later = [m.end for m, e in named if m.start >= end and e.id not in before]
        if later:
            end = min(later)
    return end


_WHAT_IS = re.compile(r"^\s*what(?:'s|’s|s\b|\s+(?:is|are|was|were)\b)")
# "whats the brent slope in ...": a thing asked by name ("what are growers getting" names none)
_WHAT_IS_THE = lazy_compile(r"^\s*what(?:'s|’s|s\b|\s+(?:is|are|was|were)\b)\s+the\s")

# "Which goods ...?", "what areas do the deals cover?": several things asked for; so does what is
# "in" a package or plan ("what's in the govt support package": "covering grid-connection fees,
# freight discounts on Georgian Railway and a deferral of ...", whole, not cut at its first comma).
_ASKS_SEVERAL = lazy_compile(r"^\s*(?:what|which)\s+(?:[\w-]+\s+){0,2}?\w+s\b|\b(?:cover|covers|include|includes|span|spans|consist)\b"
                             r"|^\s*what(?:'s|’s|s|\s+is|\s+was)\s+(?:in|inside)\s+(?:the|a|an|this|that|its|their)\s")
_LIST_CUE = lazy_compile(r"\b(?:including|such as|covering|spanning|ranging from|like|notably|mainly|especially|among them)\s+")
# "The agreement, signed in Lusaka by three ministers, covers track rehabilitation, new locomotives
# ... and the upgrade of rail yards": in a sentence too long to give whole, the holding verb, finite,
# opens the list as its participle does (a shorter one is given whole, its subject with it).
_FINITE_LIST_CUE = lazy_compile(r"\b(?:covers|includes|comprises|spans)\s+")
_WHOLE_SENTENCE = 240


_SEGMENT_STOP = lazy_compile(r"[.;]\s|[.;]?$|\s[–—]\s")
_AND_OR = lazy_compile(r"\s(?:and|or)\s")
_CLAUSE_COMMA = lazy_compile(r",\s+|;\s+")


def _listed(ask: Ask, ev: Evidence) -> str | None:
    """The list a sentence gives after "including", "such as", "covering": "covering railway
    construction, logistics, wind power and grain processing", whole, with its clause."""
    text = ev.sentence.text
    focus, _ = focus_span(ev)
    of_kind = KINDS_OF.match(ask.query.text)
    things = of_kind is not None and (of_kind.group(2) or "").lower() in PLURAL_THINGS
    cues = [*_LIST_CUE.finditer(text), *(_FINITE_LIST_CUE.finditer(text) if len(text) > _WHOLE_SENTENCE else ())]
    for cue in sorted(cues, key=lambda m: (m.start() < focus, abs(m.start() - focus))):
        rest = text[cue.end():]
        stop = _SEGMENT_STOP.search(rest)
        segment = rest[: stop.start() if stop else len(rest)]
        joins = list(_AND_OR.finditer(segment))
        if not joins or "," not in segment[: joins[0].start()] and len(segment[: joins[0].start()].split()) > 4:
            continue  # no list here: "such as" one thing, or "and" joining clauses
        if things and any(m.start <= cue.end() + 3 and m.end > cue.end() and e.kind == "place" for m, e in ev.mentions):
            continue  # "which went mainly to Italy, Turkey ...", asked what kinds of goods: where they went
        joined = joins[-1]  # "loans, grants for fodder and water, and mental health services"
        comma = segment.find(",", joined.end())
        items_end = cue.end() + (comma if comma != -1 else len(segment))
        clause_start = max((m.end() for m in _CLAUSE_COMMA.finditer(text[: cue.start()])), default=0)
        if items_end - clause_start > 200:
            clause_start = cue.start()
        subject = subject_before(text, clause_start) if clause_start else None
        if subject and items_end - clause_start + len(subject) <= 200:
            # "covers the drilling of 120 new wells, ...": what covers them goes in front
            return clause_window(f"{subject} {text[clause_start:items_end]}", 0, 0, 220)
        return clause_window(text[clause_start:items_end], 0, items_end - clause_start, 220)
    return None


def _holds_list(text: str) -> bool:
    return bool(HOLDS_LIST.search(text) or _ARTICLED_LIST.search(text))


def _fuller_list(ask: Ask, ev: Evidence) -> Evidence:
    """ "What industries does the free-zone pact include?": "The agreement, signed by ..., covers
    240 hectares. It spans fish processing, edible oil refining, ...": a sentence close behind the
    best that has every word asked and a list, where the best has neither, tells the things asked.
    So does one that has every word the best lacks ("What does the investment deal include?": "The
    agreement covers a container terminal, a bulk cargo berth, ..." over "signed an investment
    agreement"), though it lacks one the best has, when what the best lacks is the holding verb."""
    if not ev.missing or ask.query.numbers or _holds_list(ev.sentence.text):
        return ev  # ("What period does the figure of 40 Russian firms cover?": the sentence with the 40)
    lacking = {t.word for t in ev.missing}
    holding = any(t.keys & _HOLDING_KEYS for t in ev.missing)
    fitting = [other for other in ask.pool.accepted[1:3]
               if other.score >= ev.score - _FULLER_LIST_GAP and (_holds_list(other.sentence.text) or _held_after_verb(other.sentence.text))
               and (not other.missing or (holding and lacking.isdisjoint(t.word for t in other.missing)))]
    # "what does the shipbuilding contract include": "The contract covers hull construction, ..."
    # holds the contract's list; "... new public ferry contracts must be ..., at 14 ports, including
    # Bergen, Molde and Kristiansund" lists the ports, its holding word clauses away from the thing.
    if holding:
        fitting.sort(key=lambda other: not _holds_after_asked(other))
    return fitting[0] if fitting else ev


def _held_after_verb(text: str) -> bool:
    """A finite holding verb opens a series of things: "It covers orchard registration, pest
    surveillance, cold treatment during the voyage and ... inspections", items too long to pass
    for a list anywhere else."""
    held = _FINITE_LIST_CUE.search(text)
    return held is not None and bool(_HELD_SERIES.match(text, held.end()))


_HELD_SERIES = lazy_compile(r"[^,;.]{3,60},\s+[^,;.]{3,60}(?:,\s+[^,;.]{3,60})*,?\s+(?:and|or)\s+\w")


def _holds_after_asked(ev: Evidence) -> bool:
    """The holding word follows a word asked within its own clause: "The contract covers"."""
    text = ev.sentence.text
    holds = term_spots(text, [t for t in ev.matched if t.keys & _HOLDING_KEYS])
    asked = term_spots(text, [t for t in ev.matched if not t.keys & _HOLDING_KEYS])
    return any(0 <= h - e <= _HOLDER_GAP and not _CLAUSE_COMMA.search(text, e, h) for h, _ in holds for _, e in asked)


_HOLDER_GAP = 40


_FULLER_LIST_GAP = 1.0
_HOLDING_KEYS = frozenset({"span", "comprise"})  # "include", "cover", "consist", "involve"


def _stating_kind(ask: Ask, ev: Evidence) -> Evidence:
    """ "what sort of gathering were the deals inked at": the headline ("firms ink deals") has the
    gathering only from the story's topic, so it cannot tell which sort it was; a near-best sentence
    that names one itself does ("companies attending a regional conference ... signed")."""
    kind = KINDS_OF.match(ask.query.text)
    noun = (kind.group(2) or "").lower() if kind else ""
    term = next((t for t in ask.query.terms if t.word.lower() == noun), None)
    # ("what kind of parts does the supplier make": things in the plural are named by what they are,
    # "brake systems", with no word for parts)
    if term is not None and not term.keys.isdisjoint(ev.sentence.terms):
        return _kind_before_noun(ask, ev, term)
    if term is None or term.lemma != noun:
        return ev
    if not CLASSES_OF_KIND.get(term.lemma, frozenset()).isdisjoint(ev.sentence.terms):
        # "what kind of durian could Malaysia sell before the deal?": "Until then, Malaysia could
        # only export frozen whole fruit": the kind asked, named by its class, is told
        return ev
    for other in ask.pool.evidence[1:4]:
        if not other.missing and not other.conflicts and other.score >= 0.8 * ev.score \
                and not term.keys.isdisjoint(other.sentence.terms):
            return other
    return ev


def _kind_before_noun(ask: Ask, ev: Evidence, term: Term) -> Evidence:
    """ "what type of kits got the tax cut": "shipped its first 14 containers of kits ... expects
    the duty change to cut its landed cost" has the kits bare; a near-best sentence with every word
    asked that puts words of a kind before them ("a cut in import duty on completely knocked-down
    (CKD) electric motorcycle kits") says which kind."""
    if _modified(ev.sentence.text, term):
        return ev
    for other in ask.pool.evidence[1:4]:
        if not other.missing and not other.conflicts and other.score >= 0.8 * ev.score \
                and _modified(other.sentence.text, term):
            return other
    return ev


def _modified(text: str, term: Term) -> bool:
    """The noun asked stands after a word saying its kind, not a function word or a figure."""
    forms = {term.word.lower(), term.lemma}
    if not any(may_contain(text, form, fold=True) for form in forms):
        return False  # every match holds one of the forms: a text with none compiles no pattern
    # re.finditer(rf"([A-Za-z][\w-]*)\)?\s+(?:{'|'.join(map(re.escape, sorted(forms)))})\b", text,
    # re.IGNORECASE), compiling no pattern for the noun: the word before is found by a pattern
    # compiled once, the noun after it by str.find. A word's match whose noun fails holds no other
    # start before its end (any start inside the word runs to the same end), so the search goes on
    # from there, as re's does.
    ordered = sorted(forms)
    m = _WORD_BEFORE.search(text)
    while m is not None:
        end = m.end()
        form = next((f for f in ordered if literal_at(text, end, f, fold=True) and at_boundary(text, end + len(f))), None)
        if form is not None and m.group(1).lower() not in STOPWORDS and m.group(1).lower() not in FUNCTION_WORDS:
            return True
        m = _WORD_BEFORE.search(text, end + len(form) if form is not None else end)
    return False


_WORD_BEFORE = lazy_compile(r"([A-Za-z][\w-]*)\)?\s+", re.IGNORECASE)  # what _modified reads before the noun


def _kinds_told_before(ask: Ask, ev: Evidence) -> SentenceRow | None:
    """ "What kinds of flowers are being flown out?": "Most of the flowers leave from Bogota's El
    Dorado airport" points back by "the flowers" to the sentence before it in its paragraph, which
    lists them ("About 62,000 tonnes of roses, carnations, chrysanthemums and hydrangeas are
    expected to leave the country ..."); the best sentence lists none itself."""
    kind = KINDS_OF.match(ask.query.text)
    noun = (kind.group(2) or "").lower() if kind else ""
    if not noun or noun in PLURAL_THINGS or _holds_list(ev.sentence.text):
        return None
    if not re.search(rf"\bthe\s+{re.escape(noun)}\b", ev.sentence.text, re.IGNORECASE):
        return None
    before = ask.store.sentences([ev.sentence.id - 1]).get(ev.sentence.id - 1)
    if before is None or before.article_id != ev.sentence.article_id or before.paragraph != ev.sentence.paragraph:
        return None
    return before if HOLDS_LIST.search(before.text) else None


def _besides_excluded(ask: Ask, ev: Evidence) -> Evidence:
    """ "what else does the service carry apart from grapes": a near-best sentence setting the
    thing left out aside as the question does ("Besides grapes, the service carries cherries,
    plums ...") tells the others, not the lead telling the grapes alone."""
    left_out = excluded_names(ask.query.excluded)
    if not left_out or _sets_aside(ev.sentence.text, left_out):
        return ev
    for other in ask.pool.evidence[1:4]:
        if not other.missing and not other.conflicts and other.score >= 0.8 * ev.score and _sets_aside(other.sentence.text, left_out):
            return other
    # "what else will kaveri build apart from more crushing capacity": a near-best sentence telling
    # the thing left out ("to raise Wonji-Shoa's crushing capacity ... and to add a 40 megawatt
    # power plant") tells what comes with it, over one that never names it.
    # (not over a best sentence listing others: "attended by Russian local government officials,
    # business leaders, and almost 800 Chinese enterprises" tells the attendees besides companies)
    bare = [_LESS_OR_MORE.sub("", name) for name in left_out]
    if _names_all(ev.sentence.text, bare) or HOLDS_LIST.search(ev.sentence.text):
        return ev
    for other in ask.pool.evidence[1:4]:
        if not other.missing and not other.conflicts and other.score >= 0.8 * ev.score and _names_all(other.sentence.text, bare):
            return other
    return ev


# "more crushing capacity": the thing left out, less the word saying there is more of it
_LESS_OR_MORE = lazy_compile(r"^(?:more|extra|additional|further|new)\s+")


def _names_all(text: str, names: list[str]) -> bool:
    """Each name stands in the text as words of its own (found by str.find, each after a boundary)."""
    return all(any(at_boundary(text, i) for i in literal_starts(text, name, fold=True)) for name in names if name)


def _sets_aside(text: str, names: list[str]) -> bool:
    # (re.search(rf"\b{_ASIDE_WORDS}\s+(?:the\s+)?{re.escape(name)}", text, re.IGNORECASE): the
    # name found by str.find, the words setting it aside before it by patterns compiled once)
    return all(any(ends_after(text, i, _ASIDE_THE, _ASIDE_STARTS) for i in literal_starts(text, name, fold=True)) for name in names)


# ("Besides grapes, ...", "Apart from coal, ...", "In addition to rice, ...")
_ASIDE_WORDS = r"(?:besides|apart\s+from|aside\s+from|other\s+than|in\s+addition\s+to|as\s+well\s+as|beyond)"
_ASIDE_THE = lazy_compile(rf"\b{_ASIDE_WORDS}\s+(?:the\s+)?", re.IGNORECASE)
_ASIDE_STARTS = lazy_compile(rf"\b(?={_ASIDE_WORDS}\s)", re.IGNORECASE)
_SPACE_CHAR = lazy_compile(r"\s")


def _the_others(ask: Ask, ev: Evidence) -> SentenceRow | None:
    """ "Besides rice and corn, what other farm goods took a hit?": the sentence about rice and
    corn alone lists no others; the next of its paragraph that lists does ("The rest of the losses
    were in high-value crops, livestock and fisheries, including onions, ...")."""
    text = ev.sentence.text.lower()
    left_out = excluded_names(ask.query.excluded)
    if not left_out or not all(any(at_boundary(text, i) for i in literal_starts(text, name)) for name in left_out) \
            or HOLDS_LIST.search(ev.sentence.text):  # (each name after a \b, found by str.find)
        return None
    rows = ask.store.sentences([ev.sentence.id + 1, ev.sentence.id + 2])  # ids run in text order
    for sid in sorted(rows):
        nxt = rows[sid]
        if nxt.article_id != ev.sentence.article_id or nxt.paragraph != ev.sentence.paragraph:
            break
        if HOLDS_LIST.search(nxt.text):
            return nxt
    return None


def _holding_every_word(ask: Ask, ev: Evidence) -> Evidence:
    """ "whats the name of thailand's largest rubber processing firm": a near-best sentence holding
    every word asked ("Siam Hevea Group, the country's biggest rubber processor") names it, not the
    best one lacking a word ("Thailand, the world's largest producer")."""
    if not ev.missing:
        return ev
    for other in ask.pool.evidence[1:4]:
        if not other.missing and not other.conflicts and other.score >= 0.8 * ev.score:
            return other
    return ev


def _giving_a_name(ask: Ask, ev: Evidence) -> Evidence:
    """ "whats the new boat called": of two near-best sentences holding the thing asked, the one
    that gives a name ("The vessel, named Kaieteur Spirit, is moored ...") over one that only
    speaks of it ("would lift its first cargo from the new vessel")."""
    if _GIVES_NAME.search(ev.sentence.text) or _name_set_beside(ask, ev):
        return ev
    for other in ask.pool.evidence[1:4]:
        if not other.missing and not other.conflicts and other.score >= 0.8 * ev.score \
                and (_GIVES_NAME.search(other.sentence.text) or _name_set_beside(ask, other)):
            return other
    return ev


def _name_set_beside(ask: Ask, ev: Evidence) -> bool:
    """ "whats the joint venture called" over "China holds a 51% stake in the venture, CKU Railway
    Company, while ...": a name set a comma after a word of the thing asked is its name, as
    "named X" gives one; a sentence only speaking of the venture gives none."""
    text = ev.sentence.text
    asked = {e.id for e in ask.query.entities}
    keys = frozenset().union(*(t.keys for t in ask.query.required))
    for m, e in ev.mentions:
        if e.kind not in ("org", "other") or e.id in asked or m.start < 3 or text[m.start - 2 : m.start] != ", ":
            continue
        before = text[max(0, m.start - 40) : m.start - 2].split()
        word = tokenize(before[-1]) if before else []
        if word and not keys.isdisjoint(token_keys(word)[0]):
            return True
    return False


# "named Kaieteur Spirit", "dubbed the Berbice Star", "known as Project Aurora": a name given
_GIVES_NAME = lazy_compile(r"\b(?:named|called|dubbed|christened|known as)\s+(?:the\s+)?[A-Z]")


def _name_of(ask: Ask, ev: Evidence) -> Answer | None:
    """ "What's the name of the new freight hub?": a name the text gives beside the thing asked,
    or nothing, since a description is no name."""
    start, end = focus_span(ev)
    asked = {e.id for e in ask.query.entities}
    question = phrase_keys(ask.query.text)
    spans = [(m.start, m.end) for m, _ in ev.mentions]
    near = [(m, e) for m, e in ev.mentions if e.id not in asked and e.kind in ("org", "other")
            and (start - 40 <= m.start <= end + 40) and not _only_describes(e.name, question)
            and not any(a <= m.start and m.end <= b and (a, b) != (m.start, m.end) for a, b in spans)]
    # ... and a name standing before the thing asked is its name, before any other near it.
    near = _names_after_kind(ask, ev) or _names_of_thing(ask, ev, start, end, asked) or near
    # "what's the name of the chinese company in the venture": of "a joint venture between
    # Indonesian miner PT Sinar Bauksit Mandiri and China's Guangxi Hengtai", the one called Chinese.
    nations = {DEMONYMS[t.lower] for t in tokenize(ask.query.text) if t.lower in DEMONYMS}
    if nations:
        near = [me for me in near if nation_before(ev.sentence.text, me[0].start) in nations] or near
    if not near:
        return None
    mention, entity = min(near, key=lambda me: abs(me[0].start - start))
    text = f"{entity.name}. {clause_window(ev.sentence.text, mention.start, mention.end, 120)}"
    return make_answer(ask.question, "what", text, _confidence(ask, ev), [citation(ask.store, ev.sentence)])


# "its Tres Lagunas lithium brine project": a name (a place's too) set, after a determiner, before
# the thing asked names the thing ("the Pilbara iron ore mine"), as no "in Salta" does.
_DETERMINER_BEFORE = lazy_compile(r"(?:^|\b(?:its|their|the|a|an|his|her)\s+)$", re.IGNORECASE)


def _names_of_thing(ask: Ask, ev: Evidence, start: int, end: int, asked: set[int]) -> list[tuple[MentionRow, EntityRow]]:
    """ "What's the name of the lithium project?": the mentions that stand as the name of the
    thing the question ends on, its head noun a few lower-case words after them."""
    terms = sorted(ask.query.terms, key=lambda t: t.position)
    if not terms:
        return []
    head = re.escape(terms[-1].word)
    text = ev.sentence.text
    return [(m, e) for m, e in ev.mentions if e.kind in ("place", "org", "other") and e.id not in asked and start - 40 <= m.start <= end + 40
            and _DETERMINER_BEFORE.search(text, max(0, m.start - 8), m.start)
            and re.match(rf"\s+(?:[a-z][a-z-]*\s+){{0,3}}{head}\b", text[m.end :])]


# "Vladivostok, the biggest port in the Russian Far East": the name the description asked stands
# just before it, a comma apart
_ASIDE_OPENS = lazy_compile(r"^,\s+(?:the|a|an|its|their)\s+$")


def _named_before_aside(ask: Ask, ev: Evidence, start: int, end: int) -> str | None:
    """ "what is the biggest port in the Russian Far East?" of "use Vladivostok, the biggest port
    in the Russian Far East, to ship goods": the thing the description is set beside, not the
    description again."""
    text = ev.sentence.text
    asked = {e.id for e in ask.query.entities}
    for m, e in ev.mentions:
        if m.end < start and e.id not in asked and _ASIDE_OPENS.match(text[m.end : start]):
            return f"{e.name}. {clause_window(text, m.start, end, 120)}"
    return None


def _names_after_kind(ask: Ask, ev: Evidence) -> list[tuple[MentionRow, EntityRow]]:
    """ "whats the sovereign fund in the venture" of "sovereign wealth fund FONSIS holding 10%",
    "name of the first ship" of "the container ship MSC Aurelia": a name right after the noun
    asked, no comma between, is that thing's name (as "the Pilbara mine" is, the other way)."""
    # the asked thing's head noun: the last of the first run of asked words ("sovereign fund", not
    # "joint venture" after it; "what's the stake of the fund" asks the stake, no name)
    run = sorted((t for t in ask.query.terms if t.required), key=lambda t: t.position)
    heads = set()
    for t in run:
        if heads and t.position != last + 1:
            break
        heads, last = {t.lemma}, t.position
    asked = {e.id for e in ask.query.entities}
    text = ev.sentence.text
    found = []
    for m, e in ev.mentions:
        if e.kind not in ("org", "other") or e.id in asked or m.start < 2 or text[m.start - 1] != " ":
            continue
        before = text[max(0, m.start - 24) : m.start - 1].rsplit(" ", 1)[-1]
        if before.islower() and before.isalpha() and lemma(before) in heads:
            found.append((m, e))
    return found


def _only_describes(name: str, question: frozenset[str]) -> bool:
    """ "the name of the Chinese national broadcaster" is not "China's national broadcaster": every
    word of it the question's own or a place's."""
    tokens = tokenize(name)
    return all(not keys.isdisjoint(question) or canonical_place(t.text) is not None
               for t, keys in zip(tokens, token_keys(tokens)) if is_content(t))


def handle_why(ask: Ask) -> Answer | None:
    if ask.query.intent != "why":
        return None
    accepted = ask.pool.accepted[:5]
    found = [c for ev in accepted if (c := _reason_in(ask, ev))]
    # "Why has the yen been so weak?": six sentences name the weak yen and give no reason
    # before "The yen's slide has been driven by the wide gap between U.S. and Japanese
    # interest rates"; an unmistakable reason further down still answers.
    found += [c for ev in ask.pool.accepted[5:10] if (c := _reason_in(ask, ev)) and _STRONG_REASON.match(c[2].text, c[3][0])]
    last = ask.conversation.last
    period = _period_words(last) if last is not None and not ask.query.required else ()
    if period:
        # "How much did remittances rise in September?" "why?": "part of the September jump was
        # precautionary, as migrants rushed ..." explains that month's rise, not the quarter's.
        seen = {c[2].id for c in found}
        found += [c for ev in ask.pool.accepted[5:10] if _names_period(ev.sentence.text, period)
                  and (c := _reason_in(ask, ev)) and c[2].id not in seen]
        found = [(c[0] + 1.0, *c[1:]) if _names_period(c[2].text, period) else c for c in found]
    if accepted and _states_the_move(ask, accepted[0]):
        # "why did Liaoning's exports jump?" of "Liaoning's exports soared 82.3%": "urged increased
        # cooperation despite disapproval ... after Russian forces invaded" moves no figure and explains
        # no jump; only a plain cue ("because", "which is why") tells a move's cause from a sentence
        # that does not state it.
        found = [c for c in found if _states_the_move(ask, c[1]) or _plainly_why(c[2].text, c[3][0])]
    if ask.query.wh == "how" and any(_STRONG_REASON.match(c[2].text, c[3][0]) for c in found):
        # "How have exports to Egypt been boosted?": "helped by a new shipping line" is the means;
        # a loose "as" or "led by" elsewhere only goes with the move.
        found = [c for c in found if _STRONG_REASON.match(c[2].text, c[3][0])]
    benefit = _benefit_of_best(ask, accepted, found) if found and _ASKS_HELP.match(ask.query.text) else None
    if benefit is not None:
        return benefit
    if found and _ASKS_WHY_NOT.search(ask.question):
        # "why couldn't Jilin use Vladivostok before June?" of "would be able to use Vladivostok
        # ... from June, cutting costs": what doing it brings is no reason it was not done.
        found = [c for c in found if not PARTICIPLE_AFTER.match(c[2].text, c[3][0])]
    if accepted and _ASKS_WHY_NOT.search(ask.question) and (state := _opposite_state(ask, accepted[0].sentence.text)):
        # "why can't Jilin ship out by sea itself?" / "the landlocked province of Jilin would be
        # able to use Vladivostok": the state the sentence gives the one asked, the opposite of
        # what it cannot do, is why.
        ev = accepted[0]
        text = clause_window(ev.sentence.text, *focus_span(ev), max_len=100)
        return make_answer(ask.question, "why", f"{state[0]} is {state[1]}: {text[:1].lower()}{text[1:]}",
                           _confidence(ask, ev), [citation(ask.store, ev.sentence)])
    if ask.query.required and all(PARTICIPLE_AFTER.match(c[2].text, c[3][0]) for c in found):
        # "Why did the Chinese operator pick Lobito?": '"We chose Lobito because it is the only
        # deepwater port on Africa's west coast ..."' holds every word asked and was set aside only
        # for the other places its reason names; its plain cause answers where no accepted
        # sentence gives one (", taking 1.9 million tonnes" only goes on).
        found = _placed_off_reasons(ask, accepted) or found
    near = False
    if not accepted and not found:
        # "Why is now a good time to place the order?": "The timing makes sense because production
        # slots are sold out" says it in other words. A sentence short of only some of the words,
        # with a plain reason of its own, answers, less surely.
        found = [c for ev in ask.pool.evidence[:5] if _short_of_words(ev) and (c := _reason_in(ask, ev, plain=True))]
        near = bool(found)
    if last is not None and _WHY_NOT_YET.search(ask.query.text):
        # "What's planned for the zone next year?" "why isn't it a done deal yet?": what it still
        # waits for ("The expansion is still awaiting final approval of the land allocation").
        from handlers.yesno import pending_span  # yesno reads what's clauses: imported here, not at the top
        said = ask.store.sentences([last.sentence_id]).get(last.sentence_id)
        for sentence in ([said, *_following(ask, said)] if said is not None else []):
            span = pending_span(ask.query.text, sentence.text)
            wait = _WAITS_ON.search(sentence.text) if span is None and sentence is said else None
            if wait is not None:
                span = (wait.end() - len(wait.group(0).lstrip(", ")), len(sentence.text))
            if span is not None:
                text = clause_window(sentence.text, span[0], min(len(sentence.text), span[1] + 60), max_len=130)
                return make_answer(ask.question, "why", text[:1].upper() + text[1:], 0.6, [citation(ask.store, sentence)])
    if not ask.query.required and last is not None:
        # "announced a C$1.2 billion aid package ..., including ... C$150 million to help companies
        # develop new markets": that purpose is one part's, no reason for the whole just answered.
        found = [c for c in found if c[2].id != last.sentence_id or not _of_a_listed_part(c[2].text, c[3][0])]
    if not ask.query.required and last is not None and not any(c[2].id == last.sentence_id for c in found):
        read_on = _read_on(ask, last.sentence_id)
        if read_on is not None:
            return read_on
    if found and all(PARTICIPLE_AFTER.match(c[2].text, c[3][0]) for c in found) and (quoted := _quoted_reason(ask)):
        # ", halting most freight traffic" only goes on; a quote's "because" says why.
        return quoted
    if found:
        # The best sentence about it wins; a plain "because" over a loose "as" only when it is
        # nearly as good.
        if not ask.query.required and last is not None and any(c[2].id == last.sentence_id for c in found):
            # "Why so much?" right after an answer: the reason that very sentence gives.
            found = [c for c in found if c[2].id == last.sentence_id]
        _, ev, sentence, span = max(found, key=lambda c: c[0])
        # "..., trade ministry data showed, as buyers switched to cheaper grain": the reason, not who said it.
        text = _LEADING_SAYING.sub("", clause_window(sentence.text, *span, max_len=130))
        if text.startswith("…"):
            # "...said collections had risen because importers of vehicles, machinery and solar
            # panels were increasingly routing cargo through Lekki due to shorter waiting times":
            # a window cut round the cue drops the reason's end; from the cue on it reads whole.
            # Cut at its start only, it opens mid-clause ("…repayments from China Development
            # Bank in 2020 because a collapse in oil prices ..."): the reason alone reads whole.
            text = from_cue(sentence.text, span[0], 160) or text
        if _STRONG_REASON.match(sentence.text, span[0]) and (both := with_second_cause(sentence.text, span[0], 240)):
            # "... because its trade agreements allow goods in duty-free, while the pound's
            # devaluation lowered wage and land costs": both causes answer, not the first alone.
            text = both
        text = text[:1].upper() + text[1:]
        if _ASKS_NEED.search(ask.question) and (state := _state_of_asked(ask, sentence.text)) and state[1] not in text:
            # "why does jilin need a foreign port?" / "the landlocked province of Jilin would be able
            # to use Vladivostok ... to ship goods": the need is the state the sentence gives the one
            # asked, before what it does about it.
            text = f"{state[0]} is {state[1]}: {text[:1].lower()}{text[1:]}"
        return make_answer(ask.question, "why", text, _confidence(ask, ev) * (0.8 if near else 1.0), [citation(ask.store, sentence)])
    if not accepted:
        return None
    quoted = _quoted_reason(ask)
    if quoted is not None:
        return quoted
    # No reason word: the sentence about it is still the best the article offers.
    ev = accepted[0]
    if _GRANTED_WHY.match(ask.question) and ev.missing:
        # "i get that 40 russian firms went to liaoning but why did they pick it?": the asker
        # already has the fact, so a sentence that only states it, short of the deed asked, says no why.
        return None
    if _only_the_move(ask, ev):
        # "Why did ore shipments drop off in Q4?" of "..., before dropping to 6,300 tonnes in the
        # fourth quarter": no cause there, but the next sentence about it may give one ("The
        # slowdown came after the Kachin Independence Army seized the mining hub of Pangwa").
        return _read_on(ask, ev.sentence.id)
    if _ASKS_WHY_NOT.search(ask.question) and not _SAYS_NOT.search(ev.sentence.text):
        # ... but not for why something is not done when it says nothing is not: "would be able
        # to use Vladivostok from June" tells what will be, not what stood in the way before
        # ("absorbing the tariff rather than raising prices" does tell).
        return None
    text = clause_window(ev.sentence.text, *focus_span(ev))
    return make_answer(ask.question, "why", text, _confidence(ask, ev) * 0.8, [citation(ask.store, ev.sentence)])


def _placed_off_reasons(ask: Ask, accepted: list[Evidence]) -> list[tuple[float, Evidence, SentenceRow, tuple[int, int]]]:
    """The plain reasons ("because", "due to") of the near-best sentences set aside only for the
    places they name, each holding at least as many of the words asked as the best accepted one:
    a reason compares ("the voyage from Odesa is much shorter than from France") or places its
    cause, so the places it names are no sign it is about something else."""
    floor = max(0.5, accepted[0].coverage if accepted else 0.0)
    out: list[tuple[float, Evidence, SentenceRow, tuple[int, int]]] = []
    for ev in ask.pool.evidence[:5]:
        if ev.accepted or not ev.conflicts or ev.coverage < floor or not all(_PLACE_CONFLICT.match(c) for c in ev.conflicts):
            continue
        if (c := _reason_in(ask, ev)) is not None and c[2].id == ev.sentence.id and _PLAIN_CAUSE.match(c[2].text, c[3][0]):
            out.append(c)
    return out


# A cause told as one ("hoping to enter the market" is a hope, which a sentence about others may hold too)
_PLAIN_CAUSE = lazy_compile(r"\b(?:because|due to|owing to|as a result of)\b", re.IGNORECASE)
# "about Argentina, France, Odesa, not egypt", "does not name china": set aside for its places alone
_PLACE_CONFLICT = lazy_compile(r"^(?:about (?!another\b|the\b).+, not (?!the one asked)\S[^,]*|does not name .+)$")


# "why does jilin need a port", "why do they have to import": asked what the subject lacks.
# "How does the direct route help exporters?": the good it does, asked, not a cause.
_ASKS_HELP = lazy_compile(r"^\s*how\s+(?:does|do|did|will|would|could|can|is|are|was|were)\s+.{1,60}?\bhelp(?:s|ed|ing)?\b", re.IGNORECASE)
# "The direct route cuts transit time to about 23 days": a sentence stating that good.
_BENEFIT_CUE = lazy_compile(r"\b(?:cut|cuts|cutting|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|shorten(?:s|ed|ing)?|speed(?:s|ing)?\s+up|sav(?:e|es|ed|ing)|eas(?:e|es|ed|ing))\b",
                            re.IGNORECASE)


def _benefit_of_best(ask: Ask, accepted: list[Evidence], found: list) -> Answer | None:
    """The best sentence about it stating a good it does, when the reasons found are other
    sentences': "Exporters still face higher costs due to a rise in freight rates" gives a cause
    word, yet says nothing the route does for them."""
    ev = accepted[0]
    if ev.missing or any(c[2].id == ev.sentence.id for c in found) or not _BENEFIT_CUE.search(ev.sentence.text):
        return None
    text = clause_window(ev.sentence.text, *focus_span(ev))
    return make_answer(ask.question, "why", text, _confidence(ask, ev) * 0.8, [citation(ask.store, ev.sentence)])


_ASKS_NEED = lazy_compile(r"^\s*why\s+(?:does|do|did|would|will|is|are)\s+.{1,40}?\b(?:need|needs|require|requires|have\s+to|has\s+to|rely\s+on|depend\s+on)\b",
                          re.IGNORECASE)
# "the landlocked province of Jilin", "cash-strapped Pakistan": a state told of a name, by a word
# of state (a participle or a compound), not of place ("the eastern province of Zhejiang").
_STATE_OF_NAME = lazy_compile(r"\b(?:the\s+(?P<adj>[a-z]+(?:-[a-z]+)+|[a-z]{4,}(?:ed|less))\s+[a-z]+\s+of|(?P<adj2>[a-z]+-[a-z]+))"
                              r"\s+(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)")


def _opposite_state(ask: Ask, text: str) -> tuple[str, str] | None:
    """(name, state) when the state the sentence gives a name asked is the opposite of a word
    asked ("landlocked" for "sea")."""
    opposites = {w for t in ask.query.terms if (word := opposed_word(t)) for w in OPPOSITES[word]}
    if not opposites:
        return None
    state = _state_of_asked(ask, text)
    return state if state is not None and state[1] in opposites else None


def _state_of_asked(ask: Ask, text: str) -> tuple[str, str] | None:
    """(name, state) for a name the question asks that the sentence gives a state."""
    for m in _STATE_OF_NAME.finditer(text):
        if normalise_name(m["name"]) in ask.query.entity_keys:
            return m["name"], m["adj"] or m["adj2"]
    return None


# "i get that ... but why ...?", "ok I know it rose, but why?": a fact granted before the why.
_GRANTED_WHY = lazy_compile(r"\s*(?:(?:ok(?:ay)?|sure|right|yes|yeah|fine|so)[,\s]+)?(?:i|we)\s+(?:get|know|understand|see|realise|realize|gather)\b.*\bbut\s+why\b",
                            re.IGNORECASE)


# "why isn't it a done deal yet?", "why hasn't it been approved?": asked why it is not done;
# "what's holding it up?", "what is it waiting for?" ask the same.
_WHY_NOT_YET = lazy_compile(r"\b(?:is|are|was|were|has|have|had)n[’']?t\b|\bnot\b.*\byet\b|\bholding\s+(?:\w+\s+)?up\b|\bhold-?up\b"
                            r"|\bwaiting (?:for|on)\b", re.IGNORECASE)
# "The first beef shipments are due in the third quarter, once Chinese inspectors certify three
# slaughterhouses": the condition it waits on.
_WAITS_ON = lazy_compile(r"(?:,\s+|\s)(?:once|until|pending|subject to|as soon as)\s+(?!again\b|more\b)", re.IGNORECASE)

# "why couldn't ...", "why isnt ...": the reason something is not, or was not, done.
_ASKS_WHY_NOT = lazy_compile(r"\b(?:not|never|cannot|can[’']?t|won[’']?t|(?:is|are|was|were|do|does|did|could|would|should|has|have|had)n[’']?t)\b",
                             re.IGNORECASE)


_SAYS_NOT = lazy_compile(r"\b(?:not|never|no|nor|cannot|unable|rather than|instead|yet to|without|lack\w*|short of|too)\b|n[’']t\b",
                         re.IGNORECASE)


# "sales grew 12%, with a stronger franc shaving three points off": a cause told without a cue word.
_WITH_DOING = lazy_compile(r"\bwith\s+(?:[\w'’-]+\s+){1,5}?[\w-]+ing\b", re.IGNORECASE)


def _states_the_move(ask: Ask, ev: Evidence) -> bool:
    """The sentence meets the move asked ("jump": "soared") with a figure moving that way ("increased
    connectivity" moves no figure)."""
    direction, level = ask.query.direction, ""
    if direction not in ("up", "down"):
        # "why did trade hit a high?": reaching a high is a rise, a low a fall
        m = _HIT_A_LEVEL.search(ask.query.text)
        if m is None:
            return False
        level = m.group(1).lower()
        direction = "down" if level == "low" else "up"
    keys = UP_KEYS if direction == "up" else DOWN_KEYS
    if not any(t.required and (t.keys & keys or t.word.lower() == level) for t in ev.matched):
        return False
    return any(f.direction == direction for f in ev.figures)


# "hit a high", "reached a new peak", "touch a record low": a move told by where it ended.
_HIT_A_LEVEL = lazy_compile(r"\b(?:hit|hits|hitting|reach(?:es|ed|ing)?|touch(?:es|ed|ing)?|str(?:ike|uck)|scal(?:e|ed))\s+"
                            r"(?:an?\s+|the\s+|its\s+)?(?:(?:new|record|fresh|all-time|multi-year|\w+-(?:year|month|week))\s+)?(high|peak|low)\b",
                            re.IGNORECASE)


def _plainly_why(text: str, at: int) -> bool:
    """The reason found starts with a plain cue ("because", "due to"), or is all that comes before one
    ("..., which is why prices jumped")."""
    return at == 0 or _STRONG_REASON.match(text, at) is not None


def _only_the_move(ask: Ask, ev: Evidence) -> bool:
    """ "why did exports jump so much?" of "Exports soared 82.3% to 42.64 billion yuan": the sentence
    only states the move asked, with no cause of any kind; the article does not say why."""
    if not _states_the_move(ask, ev):
        return False
    text = ev.sentence.text
    return not (_STRONG_REASON.search(text) or _WEAK_REASON.search(text) or _WITH_DOING.search(text))


def _quoted_reason(ask: Ask) -> Answer | None:
    """ "why are the engineers and conductors striking?", when no sentence naming them gives a
    reason: '"Our members are walking out because the companies want to cut rest periods ...,"
    TCRC President Gilles Marchand told reporters' calls them its own in a quote, and gives the
    reason right after the very move asked."""
    accepted = ask.pool.accepted
    # Only a move asked ("striking"), and only when some sentence about them was accepted; "the
    # companies want" is no reason a company shuts mines.
    lacking = [t for t in ask.query.terms if t.required and t.word.lower().endswith("ing")] if accepted else []
    for ev in ask.pool.evidence[:5]:
        if ev.accepted or not _QUOTE_SAID.search(ev.sentence.text):
            continue
        text = ev.sentence.text
        said = _QUOTE_SAID.search(text)
        for _, end in term_spots(text, [t for t in ev.matched if t in lacking]):
            m = _STRONG_REASON.search(text, end, min(len(text), end + 20))
            if m is not None and m.start() - end <= 12 and (said is None or m.start() < said.start()):
                span = (m.start(), said.start() if said is not None else len(text))
                reason = clause_window(text, *span, max_len=130)
                return make_answer(ask.question, "why", reason[:1].upper() + reason[1:], _confidence(ask, ev) * 0.8,
                                   [citation(ask.store, ev.sentence)])
    return None


# The words that name a period in any sentence: "September", "third quarter" ("third-quarter"), "2024".
_PERIOD_NAME = lazy_compile(r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december"
                            r"|(?:first|second|third|fourth) (?:quarter|half)|(?:19|20)\d\d)\b")


def _period_words(last: Turn) -> tuple[str, ...]:
    """The month, quarter or year words of the periods the last question asked."""
    return tuple(w for t in last.times for w in _PERIOD_NAME.findall(t.text.lower().replace("-", " ")))


def _names_period(text: str, words: tuple[str, ...]) -> bool:
    lower = text.lower().replace("-", " ")
    return all(w in lower for w in words)


# ", including C$700 million in loan guarantees, ...": the parts of what the sentence names.
_PARTS_LISTED = lazy_compile(r",\s+(?:including|includes|comprising|among them)\b")


def _of_a_listed_part(text: str, at: int) -> bool:
    """Whether the reason found at `at` lies among the parts listed after the sentence's subject."""
    listed = _PARTS_LISTED.search(text)
    return listed is not None and listed.end() <= at


def _read_on(ask: Ask, sentence_id: int) -> Answer | None:
    """ "why?" after "said employees would fight the Homburg closure", which gives no reason: the
    next sentence of its paragraph that does ("Management is making workers pay for its own
    mistakes, as it poured 1.2 billion euros into battery-cooling projects")."""
    sentence = ask.store.sentences([sentence_id]).get(sentence_id)
    if sentence is None:
        return None
    own = _STRONG_REASON.search(sentence.text) or _WEAK_REASON.search(sentence.text)
    if own is not None and not _of_a_listed_part(sentence.text, own.start()):
        return None
    for nxt in _following(ask, sentence):
        # "Automakers are swallowing much of the tariff ..., which is why the value of car
        # shipments is falling": the reason is what comes before.
        back = _WHICH_IS_WHY.search(nxt.text)
        if back is not None:
            text = clause_window(nxt.text, 0, back.start(), max_len=130)
            return make_answer(ask.question, "why", text[:1].upper() + text[1:], 0.6, [citation(ask.store, nxt)])
        # ", cutting 4,000 jobs" goes on; "since 2022, when it shed 900 roles" tells when.
        cue = _STRONG_REASON.search(nxt.text) or _WEAK_REASON.search(nxt.text)
        # ("at a time when eastern Hungary is suffering its third drought" is the setting that explains)
        if cue is None or PARTICIPLE_AFTER.match(cue.group(0)) or (cue.group(0).endswith("when") and not cue.group(0).startswith("at")):
            continue
        text = clause_window(nxt.text, cue.start(), min(len(nxt.text), cue.end() + 40), max_len=130)
        return make_answer(ask.question, "why", text[:1].upper() + text[1:], 0.6, [citation(ask.store, nxt)])
    return None


_DIRECTIONS = frozenset({"rise", "fall"})
_MOVES_AND_MEASURES = _DIRECTIONS | MEASURES


def _moved_otherwise(ask: Ask, ev: Evidence, span: tuple[int, int], sentence: SentenceRow | None = None) -> bool:
    """ "Why did output fall?" is not answered by "gold output rose 3.4%, helped by record
    prices": the figure the reason explains moved the other way (in `sentence`, when the reason
    is in the one after the evidence's)."""
    if ask.query.direction not in ("up", "down"):
        return False
    figures = ask.store.figures_in([sentence.id]) if sentence is not None else ev.figures
    text = sentence.text if sentence is not None else ev.sentence.text
    before = [f for f in figures if f.end <= span[0] and f.direction]
    if not before or before[-1].direction == ask.query.direction:
        return False
    if sentence is None and (_contrasted_move(ask, ev, before[-1].end, span[0]) or _moved_as_asked_before(ask, ev, before[-1].end, span[0])):
        return False
    # "expects the economy to grow 5.2%, down from an earlier forecast of 5.4%, due to ...": the
    # growth forecast was cut, which is what the reason explains.
    return not _RESTATED[ask.query.direction].search(text, before[-1].end, span[0])


# "throughput rose 14.5%, even though traffic through the canal has slumped due to attacks": a
# clause set against the figure, moving the way asked, is what the reason after it explains.
_CONTRAST_OPENS = lazy_compile(r"\b(?:even though|even as|although|though|whereas|while|but)\s", re.IGNORECASE)


def _contrasted_move(ask: Ask, ev: Evidence, start: int, end: int) -> bool:
    """Between the figure moved the other way and the reason, a contrast opens a clause with the move asked."""
    keys = UP_KEYS if ask.query.direction == "up" else DOWN_KEYS
    text = ev.sentence.text
    opens = [m.end() for m in _CONTRAST_OPENS.finditer(text, start, end)]
    moves = [t for t in ev.matched if t.required and t.keys & keys]
    return bool(opens) and any(opens[0] <= a < end for a, _ in term_spots(text, moves))


def _moved_as_asked_before(ask: Ask, ev: Evidence, start: int, end: int) -> bool:
    """ "rose 18.4% ..., rebounding after two years of decline due to weak consumer spending",
    asked why sales dropped: the move asked, named just before the cue and after the figure moved
    the other way, is the one the reason explains."""
    keys = UP_KEYS if ask.query.direction == "up" else DOWN_KEYS
    moves = [t for t in ev.matched if t.required and t.keys & keys]
    return any(start <= a and 0 <= end - b <= 30 for a, b in term_spots(ev.sentence.text[:end], moves))


_RESTATED = {"down": lazy_compile(r"\b(?:down|lower|cut|lowered|below)\s+(?:from|than)\b", re.IGNORECASE),
             "up": lazy_compile(r"\b(?:up|higher|raised|above)\s+(?:from|than)\b", re.IGNORECASE)}
_LEADING_SAYING = lazy_compile(r"^(?:[\w’'-]+\s+){0,5}(?:said|says|showed|shows|reported|reports|added|noted),\s+", re.IGNORECASE)


def _short_of_words(ev: Evidence) -> bool:
    """Set aside only for words it lacks, and holding half of them."""
    return not ev.accepted and ev.coverage >= 0.5 and all(c.startswith("missing:") for c in ev.conflicts)


def _reason_in(ask: Ask, ev: Evidence, plain: bool = False) -> tuple[float, Evidence, SentenceRow, tuple[int, int]] | None:
    """The reason this sentence gives, else a plain one the next sentence of its paragraph gives
    ("exported 71,350 tonnes, down 18.4% ... Farmers have been holding back beans in the hope of
    even higher prices"); only a plain one ("because", "due to", "as") of its own when `plain`."""
    # A sentence that moves the way the question asks ("why are exports down": "fell 14.5%") is
    # about the asked move, not only about its subject.
    score = ev.score + (0.3 if any(t.keys & _DIRECTIONS and not t.required for t in ev.matched) else 0.0)
    spots = [a for a, _ in term_spots(ev.sentence.text, [t for t in ev.matched if t.required])]
    # "sales fall as shoppers hold back" asked why they hold back: that clause is the fact; "plans
    # to borrow ..., as it seeks to cut its reliance on loans" gives no reason for a cut.
    inside = lambda span: bool(spots) and all(span[0] < a < span[1] for a in spots)  # noqa: E731
    # "Automakers are swallowing much of the tariff ..., which is why the value of car shipments
    # is falling": the move asked comes after the cue, and its reason before.
    back = _WHICH_IS_WHY.search(ev.sentence.text)
    if back and any(a > back.end() for a in spots):
        return score + 2.0, ev, ev.sentence, (0, back.start())
    # "We only have storage for two weeks, so we are slowing the mills": asked why they slow the
    # mills, every word asked comes after "so", and the reason before it.
    back = _SO_THEN.search(ev.sentence.text)
    if back and spots and all(a > back.end() for a in spots):
        return score + 2.0, ev, ev.sentence, (0, back.start())
    rebutted = _rebuttal_reason(ev.sentence.text, [t for t in ev.matched if t.required])
    if rebutted is not None:
        return score + 2.0, ev, ev.sentence, rebutted
    strong = _reason_span(ev, _STRONG_REASON, _reason_owners(ask.query))
    # "urged the bloc to keep its extra duties", asked why Corvana swallows the tariff: a purpose
    # acting on the thing asked is what is done to it, not its reason.
    if strong and ev.sentence.text[strong[0]:strong[0] + 3].lower() == "to " and any(
            strong[0] < a <= strong[0] + 25 for a, _ in term_spots(ev.sentence.text, [t for t in ev.matched if t.required and not t.keys & _DIRECTIONS])):
        strong = None
    asked_end = max(spots) if spots else focus_span(ev)[1]
    if strong and asked_end < strong[0]:
        # "ordered SkyLaju to submit a recovery plan after its on-time performance fell to 61%,
        # due to crew shortages": the "due to" explains the fall; the "after" between it and the
        # order asked is the order's reason. A bare "as" is too often no cue ("such as", "as well").
        first = next((m for m in _WEAK_REASON.finditer(ev.sentence.text, asked_end, strong[0])
                      if m.group(0)[:1] != "," and m.group(0).lower() not in ("as", "as part of")), None)
        if first is not None:
            return score + 2.0, ev, ev.sentence, (first.start(), min(len(ev.sentence.text), strong[0]))
    if strong and not inside(strong) and not _moved_otherwise(ask, ev, strong):
        return (score + 2.0 + _explains_the_move(ask, ev, strong) - _before_the_asked(ev.sentence.text, spots, strong)
                - _asked_only_in_reason(ev, strong)
                + _right_after_the_asked(spots, strong) * _moves_as_asked(ask, ev, strong[0]), ev, ev.sentence, strong)
    weak = _reason_span(ev, _WEAK_REASON, _reason_owners(ask.query))
    # '"The extension buys Tianjia time, but it does not fix the problem as sales have yet to find
    # a floor," said ... Meridian': asked why it "isn't enough", a plain "as" of its own answers too.
    if plain and (weak is None or not ev.sentence.text[weak[0]:weak[1]].lstrip(", ").lower().startswith("as ")):
        return None
    if weak and (_asked_inside(ev, weak, _compared_words(ask.query)) or _moved_otherwise(ask, ev, weak)):
        weak = None
    if plain and not weak:
        return None
    # "would close its sawmill in Quesnel, eliminating 210 jobs. \"We are shutting Quesnel because
    # every board we ship south now loses money\"": what followed is no reason, and the next
    # sentence's plain one is.
    later = _reason_after(ask, ev, strong_only=True) if weak and PARTICIPLE_AFTER.match(ev.sentence.text, weak[0]) else None
    if weak and later is None:
        # "as", "amid", "after" name a cause; ", recovering part of a drop" only goes on.
        cue = ev.sentence.text[weak[0]:weak[1]].lstrip(", ").split(" ", 1)[0].lower()
        loose = cue.endswith("ing") or (cue == "when" and not _PAST_TIME_BEFORE.search(ev.sentence.text, 0, weak[0]))
        return (score + (0.0 if loose else 1.5) + _explains_the_move(ask, ev, weak)
                - _before_the_asked(ev.sentence.text, spots, weak), ev, ev.sentence, weak)
    later = later or _reason_after(ask, ev) or _reason_before(ask, ev)
    if later is None and spots and ev.coverage >= 1.0:
        # "The four council members who voted against the plan, all from the opposition bloc, said
        # it relied on an optimistic forecast", asked why the opposition voted against it: what
        # the doers say, right after the very deed asked, is their reason.
        said = _DOERS_SAID.search(ev.sentence.text, max(spots))
        # ... and so is "drawn criticism from fishing communities ..., who say the port has cut
        # them off", asked why the fishermen are upset: the doers named, then what they say.
        who = _WHO_DID.search(ev.sentence.text, max(0, min(spots) - 20), max(spots) if said is None else said.start() + 1)
        if said is not None and who is not None and said.start() - max(spots) <= 60:
            return score + 1.5, ev, ev.sentence, (said.end(), len(ev.sentence.text))
    return (score + later[0], ev, later[1], later[2]) if later else None



# "compared with a loss of 45 million euros a year earlier, when a nine-day pilots' strike grounded
# much of its fleet": what went on at a past time set apart tells why things stood so then.
_PAST_TIME_BEFORE = lazy_compile(r"\b(?:(?:a|one|two|three|\d+) years? (?:earlier|ago|before)|(?:in )?(?:19|20)\d\d|last year)\s*$", re.IGNORECASE)


# "... the shortest route to Europe", "ship goods from Jilin": a name after a preposition of
# way is where it goes or comes from.
_WAY_BEFORE = lazy_compile(r"\b(?:to|from|into|via|through|towards?)\s+(?:the\s+)?$", re.IGNORECASE)


def _reason_owners(query: Query) -> list[str]:
    """The names asked whose reason it is: "why doesn't park cargo take the shortest route to
    Europe?" asks no reason of Europe's, so "because Western sanctions ... have cut off the
    shortest routes to European markets" need not follow its name."""
    lowered = query.text.lower()
    return [k for k in query.entity_keys if not any(_WAY_BEFORE.search(lowered, 0, start)
                                                    for start, _ in word_spans(lowered, k))]

# "Hun Manet has rejected concerns that the canal could be used by Chinese warships, saying the
# waterway is too shallow": the concern rejected is no reason (its "concerns that" is no cue here);
# what the one rejecting it says is their reason for saying it cannot be.
_REBUTTED_SAYING = lazy_compile(r"\b(?:rejected|rejects|reject|dismissed|dismisses|dismiss|denied|denies|deny|brushed (?:aside|off)|"
                                r"played down|plays down|downplayed|downplays|rebuffed|rebuffs)\s+(?:the\s+|such\s+)?"
                                r"(?:concerns?|fears?|claims?|suggestions?|criticism|accusations?|allegations?|reports?|worries|speculation)\b"
                                r"[^.;]*?(?P<say>,\s+saying\s+(?:that\s+)?)", re.IGNORECASE)


def _rebuttal_reason(text: str, asked: list[Term]) -> tuple[int, int] | None:
    """The span of what one says in rejecting a concern, when every asked word stands in the
    rejected concern (the question's "say" meets "saying" and is no asked word)."""
    if ", saying" not in text or not asked:
        return None
    m = _REBUTTED_SAYING.search(text)
    if m is None:
        return None
    concern = (m.start(), m.start("say"))
    if not all(any(concern[0] <= a < concern[1] for a, _ in term_spots(text, [t])) for t in asked):
        return None
    return m.end(), len(text)


# "members who voted against the plan, ..., said it relied on": the doers of a deed, then their word.
_WHO_DID = lazy_compile(r"\b(?:who|which)\s+(?:\w+\s+){0,2}", re.IGNORECASE)
_DOERS_SAID = lazy_compile(r",?\s+(?:said|say|says|argued|argue|argues|complained|complain|complains)\s+(?:that\s+)?", re.IGNORECASE)


def _reason_after(ask: Ask, ev: Evidence, strong_only: bool = False) -> tuple[float, SentenceRow, tuple[int, int]] | None:
    """The reason the sentences going on from this one give, with its bonus."""
    for nxt in _following(ask, ev.sentence):
        m = _STRONG_REASON.search(nxt.text)
        if m and not _moved_otherwise(ask, ev, (m.start(), m.end()), nxt):
            # "The increase came largely because shipping lines moved calls ...": a sentence opened
            # by the move named again, then its cause, explains it more surely than a loose "as"
            # in the sentence stating the move.
            bonus = 2.5 if _MOVE_THEN_CAUSE.match(nxt.text) and _MOVE_THEN_CAUSE.match(nxt.text).end() == m.start() else 1.5
            return bonus, nxt, (m.start(), min(len(nxt.text), m.end() + 40))
        # "... had yet to register. \"Many of our members are in remote areas with no internet, so a
        # one-month window is too short,\" he said": the reason is what comes before "so".
        m = _SO_THEN.search(nxt.text)
        if m:
            return 1.5, nxt, (0, m.start())
        # "... down 6.8%. Heavy rain has slowed the harvest and the drying of beans": a cause acting.
        m = _CAUSING.search(nxt.text)
        if m and _moves(ev) and not strong_only:
            return 1.0, nxt, (0, min(len(nxt.text), m.end() + 60))
    return None


# "She expects kernel prices to reach $12.50 per kg by March.": the speaker of the sentence before.
_PRONOUN_LED = lazy_compile(r"^(?:he|she|they)\s", re.IGNORECASE)


def _reason_before(ask: Ask, ev: Evidence) -> tuple[float, SentenceRow, tuple[int, int]] | None:
    """ '"Prices could climb further in the first quarter as stocks carried over from last season
    are down to about 60,000 tonnes," said Elif Sancar ... She expects kernel prices to reach $12.50
    per kg by March.': a sentence that goes on from a quote, giving no reason of its own, has the
    reason its speaker just gave."""
    if not _PRONOUN_LED.match(ev.sentence.text):
        return None
    sid = ev.sentence.id - 1  # ids run in text order
    prev = ask.store.sentences([sid]).get(sid)
    if prev is None or prev.article_id != ev.sentence.article_id or prev.paragraph != ev.sentence.paragraph:
        return None
    said = _QUOTE_SAID.search(prev.text)
    if said is None:
        return None
    for pattern in (_STRONG_REASON, _WEAK_REASON):
        for m in pattern.finditer(prev.text, 0, said.start()):
            cue = m.group(0).lower()
            if PARTICIPLE_AFTER.match(cue) or cue.endswith("when") or cue[:3] == "to " or (
                    cue == "as" and _AS_COMPARED.search(prev.text, max(0, m.start() - 40), m.start())):
                continue
            span = (m.start(), min(said.start(), m.end() + 60))
            if _moved_otherwise(ask, ev, span, prev):
                return None
            return 1.0, prev, span
    return None


# "why did earnings grow slower than volumes?": the comparison ("slower than") and what the move
# is set against, after "than".
_THAN_TAIL = lazy_compile(r"\b(?:[\w-]+\s+)?than\b.*$", re.IGNORECASE)


def _compared_words(query: Query) -> frozenset[str]:
    """The comparative and the words asked after "than": the thing the move is measured against,
    which the reason may well name ("as higher volumes offset lower prices") without being the
    fact asked."""
    m = _THAN_TAIL.search(query.text)
    return frozenset(re.findall(r"[\w-]+", m.group(0).lower())) if m else frozenset()


def _asked_inside(ev: Evidence, span: tuple[int, int], compared: frozenset[str] = frozenset()) -> bool:
    """ "sales fall as shoppers hold back", asked why they hold back: a word asked only inside the
    cue's clause makes it the fact. A move asked that is also met before it is the fact the clause
    explains ("lumber ... fell to $512 ..., as U.S. homebuilding slowed and distributors ran down
    their inventories", asked about the drop: "slowed" and "down" are other moves)."""
    text = ev.sentence.text
    moved_before = _move_met_before(ev, span[0])
    for term in ev.matched:
        if not term.required or term.word.lower() in compared:
            continue
        at = [a for a, _ in term_spots(text, [term])]
        # "Output in the first year will be limited to about 8 GWh as production lines are still
        # being certified", asked why production is small: the measure is met before, the clause is the reason.
        if any(span[0] < a < span[1] for a in at) and not (term.keys & _MOVES_AND_MEASURES and any(a < span[0] for a in at)):
            # "Traffic to domestic destinations slumped 11.4%, as many travellers switched to trains,
            # while passenger numbers ... dropped", asked why passenger numbers dropped: the move asked
            # comes before the cue, and the word met inside it is named again after it; the clause
            # before the cue is the fact, the one after it the reason.
            if moved_before and any(a >= span[1] for a in at):
                continue
            return True
    return False


def _move_met_before(ev: Evidence, at: int) -> bool:
    """A rise or fall asked is named before `at`."""
    moves = [t for t in ev.matched if t.required and t.keys & (UP_KEYS | DOWN_KEYS)]
    spots = [a for a, _ in term_spots(ev.sentence.text, moves)]
    return bool(spots) and min(spots) < at


def _right_after_the_asked(spots: list[int], span: tuple[int, int]) -> float:
    """ "Why are they cutting?": '"We are cutting because demand growth ... looks weaker"' gives
    the reason right after the very words asked, surer than one a sentence about them gives."""
    return 1.0 if spots and all(0 < span[0] - a <= 20 for a in spots) else 0.0




def _moves_as_asked(ask: Ask, ev: Evidence, before: int) -> float:
    """ "Why did toll revenue go up so much?": "generated more than half of revenue because they
    pay up to four times the car rate" names the revenue right before its cue but moves nothing,
    so it explains a share, not the rise asked; 1.0 unless a move is asked and none is stated."""
    way = {"up": UP_KEYS, "down": DOWN_KEYS}.get(ask.query.direction or "")
    if way is None:
        return 1.0
    if any(f.direction == ask.query.direction and f.start < before for f in ev.figures):
        return 1.0
    # The asked move's own words ("go up": rise), not any of the way ("more than half", "made up").
    asked = {k for t in ask.query.terms if t.keys & way for k in t.keys} - {"up", "down"}
    return 1.0 if phrase_keys(ev.sentence.text[:before]) & asked else 0.0


# The cues of a purpose: what a deed is for, not what caused it ("because", "due to").
_PURPOSE_CUE = lazy_compile(r"(?:so\s+(?:that|as\s+to|(?:it|they|we|he|she)\s+can)|in\s+order\s+to|to|aimed\s+at|aiming\s+to|"
                            r"in\s+a\s+bid\s+to|in\s+an\s+effort\s+to|seeking\s+to|with\s+the\s+aim\s+of|hoping\s+to)\b", re.IGNORECASE)


def _asked_only_in_reason(ev: Evidence, span: tuple[int, int]) -> float:
    """ "Why did the state miner's profit drop?": "... the rate drops to 7% so that small miners can
    survive" names the miners only in the purpose it gives; a deed done for the thing asked is
    about something else. (A cause naming it, "because every tonne of bauxite we process here is
    worth ...", still explains.)"""
    text = ev.sentence.text
    if not _PURPOSE_CUE.match(text, span[0]):
        return 0.0
    for term in ev.matched:
        if not term.required or term.keys & _DIRECTIONS:
            continue
        at = [a for a, _ in term_spots(text, [term])]
        if at and all(span[0] <= a < span[1] for a in at):
            return 1.0
    return 0.0


def _before_the_asked(text: str, spots: list[int], span: tuple[int, int]) -> float:
    """ "The lead frigate is running 26 months late due to design changes, while two submarines
    ordered in 2020 are each 17 months late": asked about the submarines, a reason given mid-sentence
    before every word asked explains something else ("Because of the drought, exports fell" opens
    with it; '"... because demand is picking up slowly," Chief Executive Katrin Vogelsang told'
    names the one asked after the quote, all of which is theirs)."""
    if not spots or span[0] == 0 or any(a < span[1] for a in spots):
        return 0.0
    quote_end = _QUOTE_SAID.search(text, span[1])
    return 0.0 if quote_end and all(a >= quote_end.start() for a in spots) else 1.0


_SO_THEN = lazy_compile(r",\s+(?:and\s+)?so\s+(?!(?:that|far|as|much|many|too|called|long|to)\b)", re.IGNORECASE)
_WHICH_IS_WHY = lazy_compile(r",?\s+(?:which|that|this)(?: is|'s|’s| was) (?:why|the reason)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _price_keys() -> frozenset[str]:
    """The lexicon's keys of a price and of its move ("prices", "costs", "costlier", "cheaper")."""
    return phrase_keys("price cost expensive cheap")


def _price_move_asked(query: Query, way: frozenset[str]) -> bool:
    """ "more expensive", "cheaper": the move asked is of a price, whatever the subject."""
    return any(t.keys & way and t.keys & _price_keys() for t in query.required)


def _explains_the_move(ask: Ask, ev: Evidence, span: tuple[int, int]) -> float:
    """ "why did Rheinmark stock drop": "Rheinmark shares fell 3.8% ... as some investors questioned
    the cost" gives the reason right after the move asked, of the one asked; a reason elsewhere in
    a sentence that names them ("agreed to combine ..., as the region's mills struggle") does not."""
    query = ask.query
    if query.direction not in ("up", "down"):
        return 0.0
    lead_in = max(0, span[0] - 200)
    way = UP_KEYS if query.direction == "up" else DOWN_KEYS
    text = ev.sentence.text
    priced = _price_move_asked(query, way)
    # "why has shipping gotten more expensive": "exports rose 28%" is a move of another thing.
    moved = any(f.direction == query.direction and lead_in <= f.start < span[0]
                and (not priced or phrase_keys(text[lead_in : f.start]) & _price_keys()) for f in ev.figures)
    # "said volumes were boosted because ...": a word of the way asked moves it too, figure or not
    # ("has become costlier" for "more expensive", not "shipments jump").
    asked = [replace(t, keys=t.keys - way) if priced else t for t in query.required if t.keys & way]
    moved = moved or any(lead_in <= a < span[0] for a, _ in term_spots(text, asked))
    if not moved:
        return 0.0
    # "India's rice exports fell 14.5% ..., as buyers turned to cheaper suppliers" explains the
    # exports asked; "India's share of world rice trade could shrink ... due to the restrictions" another thing.
    words = phrase_keys(ev.sentence.text[lead_in : span[0]])
    things = [t for t in query.required if not t.keys & (UP_KEYS | DOWN_KEYS)]
    bonus = 0.5 if things and all(t.keys & words for t in things) else 0.0
    keys = set(query.entity_keys)
    if keys and any(named_by(e, keys) and lead_in <= m.start < span[0] for m, e in ev.mentions):
        bonus += 1.0
    return bonus


def _following(ask: Ask, sentence: SentenceRow) -> list[SentenceRow]:
    """The sentences that go on about this one: the next two of its paragraph, or the next
    paragraph's first when it leans back ("Halvorsen said the reductions were needed as ...")."""
    ids = [sentence.id + 1, sentence.id + 2]  # ids run in text order
    rows = ask.store.sentences(ids)
    out: list[SentenceRow] = []
    for sid in ids:
        nxt = rows.get(sid)
        if nxt is None or nxt.article_id != sentence.article_id:
            break
        if nxt.paragraph == sentence.paragraph:
            out.append(nxt)
            continue
        if nxt.paragraph == sentence.paragraph + 1 and nxt.index == 0 and (
                _REFERS_BACK.search(nxt.text) or _speaks_on(sentence, nxt) or _moves_again(ask, sentence, nxt)):
            out.append(nxt)
        break
    return out


def _moves_again(ask: Ask, sentence: SentenceRow, nxt: SentenceRow) -> bool:
    """ "The share of that trade settled in Indian rupees climbed to 31% ..." then, opening the next
    paragraph, "Rupee settlement has grown due to Western sanctions ...": the move asked, of a
    thing both sentences name, told again to explain it."""
    found = {e.sentence.id: e for e in ask.pool.evidence}
    this, then = found.get(sentence.id), found.get(nxt.id)
    if this is None or then is None:
        return False
    # the move met in its very words ("has grown"), and a plain cause for it ("could force miners
    # to cut production" is what the move may bring, no cause)
    moved = [t for t in then.matched if t.required and t.keys & (UP_KEYS | DOWN_KEYS) and term_spots(nxt.text, [t])]
    shared = [t for t in then.matched if t in this.matched and t not in moved]
    return (bool(moved) and all(t in this.matched for t in moved) and bool(shared)
            and any(m.group(0)[:3].lower() != "to " for m in _STRONG_REASON.finditer(nxt.text)))


# "Lorenzo said the lower tariff had failed ...": a paragraph opened by whoever said it.
_SPEAKER_LED = lazy_compile(r"^(?!(?:He|She|It|They|We|I|This|That)\b)([A-Z][\w'’-]+)\s+(?:said|says|added|told|explained)\b")
# ... or opened by the quote and closed by them: '"This money is a bridge ... because these
# duties are illegal," Tremblay told reporters.' after "Minister Marie-Claude Tremblay announced".
_QUOTE_CLOSED_BY = lazy_compile(r"^[\"“][^\"”]{20,}[,.!?][\"”]\s+(?!(?:He|She|It|They|We|I)\b)([A-Z][\w'’-]+)\s+(?:said|says|added|told|explained)\b")


# ... or by someone of a body: '"We are moving ... because labour costs less," Wang Lihua,
# vice-president of Jiangsu Huarong, told Reuters' after "signed by Jiangsu Huarong Textile Co".
_QUOTE_BY_ONE_OF = lazy_compile(r"^[\"“][^\"”]{20,}[,.!?][\"”]\s+(?:(?:said|says|added|told|explained)\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*,"
                                r"\s+[^,\"“”]{3,60}?\s+(?:of|at)\s+(?P<body>[A-Z][\w'’&-]+(?:\s+[A-Z][\w'’&-]+)*)[,.]")


def _speaks_on(sentence: SentenceRow, nxt: SentenceRow) -> bool:
    """ "The government also plans to reverse a tariff cut ..., Finance Undersecretary Cristina
    Lorenzo told reporters." then "Lorenzo said the lower tariff had failed to bring retail prices
    down ... because importers and wholesalers kept most of the savings": the one who announced it
    goes on to say why; so does someone speaking for the body the sentence named."""
    m = _SPEAKER_LED.match(nxt.text) or _QUOTE_CLOSED_BY.match(nxt.text)
    # (has_word: the name found without compiling a pattern for it)
    if m is not None:
        return has_word(sentence.text, m.group(1))
    one_of = _QUOTE_BY_ONE_OF.match(nxt.text)
    return one_of is not None and has_word(sentence.text, one_of['body'])


# "The gain came largely because prices of DRAM chips rose": a move named again, to explain it.
_REFERS_BACK = lazy_compile(r"\b(?:the|this|these|those|that) (?:move|moves|decision|cuts?|reductions?|curbs?|measures?|steps?|changes?|"
                            r"layoffs?|job cuts|duty|duties|tariffs?|ban|plan|deal|order|increase|hike|rise|fall|"
                            r"gains?|drops?|declines?|jumps?|surge|slump|slide|growth|rebound|losses|loss|shortfall|miss|delay|"
                            r"slowdown|downturn|dip|plunge|fall-off|falloff|upturn|recovery|pickup|boom|spike)\b", re.IGNORECASE)


# "The increase came largely because", "This rise was mainly due to": the move named again as the
# subject, its cause straight after.
_MOVE_THEN_CAUSE = lazy_compile(r"^(?:the|this|that)\s+(?:[\w-]+\s+)?(?:increase|rise|gain|growth|jump|surge|rebound|fall|drop|decline|"
                                r"slump|slide|dip|slowdown|decrease)\s+(?:came|was|is|has\s+been|comes)\s+"
                                r"(?:(?:largely|mainly|mostly|partly|chiefly|primarily|in\s+part)\s+)?(?=\w)", re.IGNORECASE)


def _moves(ev: Evidence) -> bool:
    return any(f.direction for f in ev.figures)


_CAUSING = lazy_compile(r"\b(?:has|have|had)\s+(?:slowed|hampered|hit|disrupted|delayed|hurt|curbed|dented|held back|boosted|"
                        r"lifted|driven|fuelled|fueled|spurred|pushed up|pushed down|dragged down|weighed on|cut|squeezed|eroded)\b")


# Sentences whose cues are kept: the why-handler reads the top five of a pool, of a store's few
# hundred sentences.
CUES_KEPT = 2048


@lru_cache(maxsize=CUES_KEPT)
def reason_cues(pattern: LazyPattern, text: str) -> tuple[re.Match[str], ...]:
    """Every match of a cue pattern (_STRONG_REASON, _WEAK_REASON) in a sentence, a pure function
    of the two: each is a long alternation of cues tried at every word (some hundred thousand
    instructions a sentence), and a why-question searched its top sentences afresh. Matches do
    not change; prepare finds the store's sentences' cues at start-up."""
    return tuple(pattern.finditer(text))


def _reason_span(ev: Evidence, pattern: LazyPattern, asked: list[str] | None = None) -> tuple[int, int] | None:
    focus_start, _ = focus_span(ev)
    matches = list(reason_cues(pattern, ev.sentence.text))
    # "Vayu posted a jump, helped by its SUV, overtaking Sterling, whose sales fell after a
    # shutdown": asked about Sterling, the reason is one given after Sterling is named.
    named = [m.start for m, e in ev.mentions if asked and named_by(e, set(asked))]
    # '"We expect growth to slow ... due to borrowing costs," said Grant at Cardew Capital':
    # the one asked is the speaker, named after the quote, whose every word is theirs.
    quote_end = _QUOTE_SAID.search(ev.sentence.text)
    if quote_end and named and min(named) >= quote_end.start():
        named = []
    spots = [a for a, _ in term_spots(ev.sentence.text, [t for t in ev.matched if t.required])] if named else []
    if spots and max(spots) < min(named) and "," in ev.sentence.text[max(spots):min(named)]:
        # '"Prices are lower than last year because volumes are so much bigger, ..., so Chinese
        # buyers are still paying up"', asked why cherries are cheaper in China: the one asked is
        # named only in a later clause than every asked word, which its reason need not follow
        # ("slowing shipments of robusta from Vietnam" names it in the asked words' own).
        named = []
    if named and matches:
        # ... but "said the smelter was needed because KMMC's ore output had outgrown its
        # capacity", asked why KMMC needs a smelter: the one asked, named right after a cue that
        # follows an asked word, is whose reason it is.
        matches = [m for m in matches if m.start() > min(named)
                   or (spots and min(spots) < m.start() and any(0 <= n - m.end() <= 2 for n in named))]
    # '"We want to keep the market stable"', "has no plans to ease the ABSD": what is wanted or
    # planned, no purpose of something else.
    matches = [m for m in matches if not (m.group(0)[:3].lower() == "to " and _word_before(ev.sentence.text, m.start()) in _WANTS_TO)]
    # "could force smaller miners to cut production": what someone is made to do, no purpose; "we
    # expect shipments to China to keep growing ... because": what is expected, no purpose either.
    matches = [m for m in matches if not (m.group(0)[:3].lower() == "to " and _MADE_TO.search(ev.sentence.text, max(0, m.start() - 100), m.start()))]
    matches = [m for m in matches if not (m.group(0).lower() == "as" and _AS_COMPARED.search(ev.sentence.text, max(0, m.start() - 40), m.start()))]
    # "after months of protests by residents worried about water use": a feeling right after a
    # noun a preposition governs describes that noun; it gives no cause of the deed.
    matches = [m for m in matches if not (m.group(0).lower() in _FEELINGS and _NOUN_AFTER_PREPOSITION.search(ev.sentence.text, max(0, m.start() - 40), m.start()))]
    # "making Gazprom the country's second-largest external supplier after Turkmenistan": the one
    # ranked above, no cause.
    matches = [m for m in matches if not (m.group(0).lower() in _RANKING_WORDS and _RANK_BEFORE.search(ev.sentence.text, max(0, m.start() - 80), m.start()))]
    if not matches:
        return None
    # ", cutting up to 4,000 megawatts" says what followed; "after breakdowns" says why.
    matches = [m for m in matches if not PARTICIPLE_AFTER.match(m.group(0))] or matches
    best = min(matches, key=lambda m: abs(m.start() - focus_start) - (100 if m.start() > focus_start else 0))
    return best.start(), min(len(ev.sentence.text), best.end() + 40)


_MADE_TO = lazy_compile(r"\b(?:forc|urg|prompt|compell?|persuad|encourag|pressur|oblig|expect)(?:e|es|ed|ing|s)?\s+"
                        r"(?:[\w'’-]+\s+){1,8}$", re.IGNORECASE)
_FEELINGS = frozenset(("worried", "fearing"))
_RANKING_WORDS = frozenset(("after", "behind"))
_RANK_BEFORE = lazy_compile(r"\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th)[- ](?:largest|biggest|top|leading|highest|greatest|busiest)\b"
                            r"[^,;.]{0,60}\s$", re.IGNORECASE)
_NOUN_AFTER_PREPOSITION = lazy_compile(r"\b(?:by|of|from|among|with|for)\s+(?:the\s+|some\s+|many\s+)?[a-z]+s\s+$")
_WANTS_TO = frozenset("""want wants wanted plan plans planned planning need needs needed intend intends intended decided
    decide decides agreed agree agrees promised promise promises vowed pledged tried try tries trying able unable going set likely
    would like wish wishes hope hopes hoped aim aims aimed refused refuses failed fails""".split())


def _word_before(text: str, at: int) -> str:
    """The word that ends right before `at`, lower-cased."""
    words = text[max(0, at - 20):at].split()
    return words[-1].lower() if words else ""


# '," Rheinmark Chief Executive Katrin Vossberg told': a body, a title and a name before the verb;
# '," Tariq Hameed Qureshi, chairman of the PCMC, said': the post set off by commas; '," Kenji
# Moriyama, vice finance minister for international affairs and Japan's top currency diplomat, told'.
_QUOTE_SAID = lazy_compile(r"[,.?!]?[\"”]\s+(?:[\w.’'-]+,?\s+){0,16}?(?:said|says|told|added|wrote)\b")


# "covers a flash smelting furnace, a sulphuric acid plant, an electrolytic refinery and
# waste-heat boilers": three things or more, each with its article (HOLDS_LIST takes an article
# after its first comma for an aside: "Nordvik Telecom, the Nordic and Baltic operator").
_ARTICLED_ITEM = r"(?:an?|the)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}"
# "a container terminal, a bulk cargo berth, a 12-kilometre rail link to the national network and
# a logistics park": three such items, an article after the "and", and the last before it may run on.
_ARTICLED_LIST = lazy_compile(rf"\b{_ARTICLED_ITEM},\s+{_ARTICLED_ITEM}(?:,\s+{_ARTICLED_ITEM})*,?\s+and\s+[A-Za-z]"
                              rf"|\b{_ARTICLED_ITEM},\s+{_ARTICLED_ITEM},\s+{_ARTICLED_ITEM}(?:\s+[\w'’-]+){{1,5}},?\s+and\s+(?:an?|the)\s")


def _past_list(text: str, start: int, end: int, several: bool = False) -> int:
    """ "what will the other four firms be manufacturing?": "The other four companies, investing a
    combined $385 million, will make motorcycles, pharmaceutical packaging, cotton textiles and
    cassava starch": a list the answer's window would reach is whole, not cut at its first comma.
    Several things asked ("What products does the MoU with Chinese customs cover?"), a list the
    window already runs into is reached however far it starts: "... agreed to fast-track
    certification for still wine, sparkling wine, brandy and fortified wine"."""
    if "," not in text[end:]:
        return end
    for listed in sorted([*HOLDS_LIST.finditer(text, start), *_ARTICLED_LIST.finditer(text, start)], key=lambda m: m.start()):
        if listed.start() > start + 120 and not (several and listed.start() < end):
            break
        if listed.end() > end:
            rest = _CLAUSE_END.search(text, listed.end())
            return rest.start() if rest is not None else len(text)
    return end


def focus_span(ev: Evidence) -> tuple[int, int]:
    """The stretch of the sentence where the question's words are found."""
    spots = term_spots(ev.sentence.text, ev.matched)
    if not spots:
        return 0, len(ev.sentence.text)
    return min(s for s, _ in spots), max(e for _, e in spots)


def _confidence(ask: Ask, ev: Evidence) -> float:
    accepted = ask.pool.accepted
    margin = ev.score - accepted[1].score if len(accepted) > 1 else 3.0
    return 0.4 + 0.35 * ev.coverage + 0.1 * min(margin, 2.0)
