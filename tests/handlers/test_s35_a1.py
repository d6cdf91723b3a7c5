"""The 35th session's perf branch a1: evidence scoring per candidate. Work that depends only on
the sentence is kept per sentence, work that depends only on the question is done once per
question; each fast path is checked against the slow one it stands for."""

from __future__ import annotations

import re

from handlers.evidence import HOLDS_LIST, _RANKED_AFTER, _held_lists, ranked_above
from tests.handlers.stories import FIXTURES

_MADE_UP = (
    "China is now the second-largest buyer of Kazakh grain after Uzbekistan.",
    "Gara Djebilet holds 3.5 billion tonnes, the SECOND-LARGEST deposit after Guinea's Simandou.",
    "It was the third biggest port behind Rotterdam and Antwerp, and the 2nd busiest after the war.",
    "The fifth-largest supplier, after copper miner Zijin Mining, shipped 4,000 tonnes.",
    "The ſecond-largest buyer after Japan took 12%.",  # a long s: re's folding reads it as "s"
    "The Second Largest After none",
    "Exports rose 5% after a second quarter of falls.",
    "The third-largest market Behind Brazil",  # "Behind" capitalised: the pattern's "behind" is not folded
    "housing, water and electricity, health and transport drove the rise",
    "mandarins at 27%, lemons at 21% and grapefruit at 9%",
    "builds the Corvan compact SUV and the Brisa sedan",
    "agreements spanning from manufacturing and logistics to e-commerce and agriculture",
    "",
)


def _sentences(limit: int = 120) -> list[str]:
    """Sentences of the fixture articles (each article's lines cut at full stops), and the made-up ones."""
    out = list(_MADE_UP)
    for path in sorted(FIXTURES.glob("*/*.txt"))[:limit]:
        for line in path.read_text(encoding="utf-8").splitlines():
            out.extend(part.strip() + "." for part in line.split(". ") if part.strip())
    return out


def test_ranked_above_finds_what_the_unguarded_pattern_finds_in_every_sentence() -> None:
    seen = 0
    for text in _sentences():
        slow = [(m.start(2), m.group(2), m.group(1).lower() in ("second", "2nd")) for m in _RANKED_AFTER.finditer(text)]
        assert ranked_above(text) == slow, text
        seen += bool(slow)
    assert seen >= 4  # the made-up rankings at least


def test_ranked_above_reads_a_long_s_as_the_folded_pattern_does() -> None:
    text = "The ſecond-largest buyer after Japan took 12%."
    assert ranked_above(text) == [(m.start(2), m.group(2), m.group(1).lower() in ("second", "2nd"))
                                  for m in re.finditer(_RANKED_AFTER.pattern, text)]


def test_held_lists_are_the_pattern_s_matches_in_order_and_kept_by_text() -> None:
    seen = 0
    for text in _sentences():
        kept = _held_lists(text)
        assert [(m.span(), m.group()) for m in kept] == [(m.span(), m.group()) for m in HOLDS_LIST.finditer(text)], text
        assert _held_lists(text) is kept  # a second ask reads the kept matches
        seen += bool(kept)
    assert seen >= 4


# --- question-only reads done once per question (_Asked.of, _AskedPeriods.reads) ---

from handlers.evidence import (_ASKS_END, _ENDING, _NO_PORTFOLIO, _WHO_DID, MEASURES, ROLES, _Asked, _AskedPeriods,  # noqa: E402
                               _asked_kind, _period_alone, _post_pairs, _post_qualifiers_missing, _post_qualifiers_unsaid,
                               total_of_a_period)
from handlers.query import Query, Term, parse_query  # noqa: E402
from tests.handlers.stories import stored  # noqa: E402

_ASKED = (
    "who is india's power minister?", "who's the govt transport minister in peru?", "who is the federal industry minister?",
    "who organised the conference?", "who signed the deal?", "Who Launched the fund?", "who provided the figures?",
    "what top speed will trains reach?", "what adjective did Xi use for the gateway role?", "what areas does the deal cover?",
    "when did the war end?", "when will the berth be finished?", "by when will they decide whether to end the ban?",
    "how much did exports rise in the first nine months?", "how much did sales grow in q3 alone?",
    "what were combined sales in 2023 and 2024?", "how much higher were sales than a year ago?",
    "what was the trade volume in 2023?", "did the company's sales grow in the quarter?",
    "who is the finance minister of the country?", "who heads the workers' union?", "who is the chief executive of Harwell?",
)


def _queries() -> list[Query]:
    store = stored("brazil_soy")
    return [parse_query(q, store) for q in _ASKED]


def _unsaid_before(query: Query, matched: list[Term], own: frozenset[str]) -> list[str]:
    """_post_qualifiers_unsaid as it read the question for every candidate (the slow path)."""
    out: list[str] = []
    for t in matched:
        if not t.required or not t.keys.isdisjoint(own) or t.lemma in ROLES:
            continue
        head = next((h for h in query.terms if h.position == t.position + 1), None)
        if head is not None and head.lemma in ROLES and head in matched and (post := f"{t.word} {head.word}").lower() in query.text.lower():
            out.append(post)
    return out


def _missing_before(query: Query, missing: list[Term], matched: list[Term]) -> list[str]:
    """_post_qualifiers_missing as it read the question for every candidate (the slow path)."""
    out: list[str] = []
    for t in missing:
        if not t.required or t.lemma in ROLES or t.lemma in _NO_PORTFOLIO:
            continue
        head = next((h for h in query.terms if h.position == t.position + 1), None)
        if head is not None and head.lemma in ROLES and head in matched and (post := f"{t.word} {head.word}").lower() in query.text.lower():
            out.append(post)
    return out


def test_post_pairs_give_what_the_per_candidate_walks_gave_for_every_split_of_the_words() -> None:
    seen = 0
    for query in _queries():
        pairs = _post_pairs(query)
        terms = list(query.terms)
        # every way of splitting the words between matched and missing, and the sentence owning some
        for mask in range(1 << min(len(terms), 8)):
            matched = [t for i, t in enumerate(terms) if mask >> i & 1]
            missing = [t for i, t in enumerate(terms) if not mask >> i & 1]
            for own in (frozenset(), frozenset().union(*(t.keys for t in matched[:1]))):
                assert _post_qualifiers_unsaid(pairs, matched, own) == _unsaid_before(query, matched, own), query.text
                assert _post_qualifiers_missing(pairs, missing, matched) == _missing_before(query, missing, matched), query.text
        seen += bool(pairs)
    assert seen >= 2  # "power minister", "transport minister"


def test_the_asked_reads_are_the_per_candidate_reads_of_the_question() -> None:
    for query in _queries():
        asked = _Asked.of(query)
        done = _WHO_DID.match(query.text) if query.intent == "who" else None
        assert asked.done == (done.group(1).lower() if done else "")
        assert asked.kind == (_asked_kind(query) if query.intent == "what" else None)
        assert asked.asks_end == (query.intent == "when" and any(t.lemma in _ENDING for t in query.required)
                                  and _ASKS_END.match(query.text) is not None)
        assert (asked.posts is not None) == (query.intent == "who")


def test_the_period_reads_are_those_each_candidate_worked_out() -> None:
    for query in _queries():
        total, alone, exact = _AskedPeriods(query).reads()
        assert total == (query.intent != "derived" or total_of_a_period(query.text))
        assert alone == _period_alone(query)
        assert exact == (query.intent in ("figure", "derived") or (query.intent == "what" and not query.wh and any(
            t.keys & MEASURES for t in query.required)) or _period_alone(query))


# --- _Asked.of's own reads: patterns searched only where they can match ---

from handlers.evidence import _ASKED_BEFORE, _GOALS, _ORDINAL, _SUPERLATIVE, _after_the, _asks_top, _goal_terms, _kinds_called  # noqa: E402

_WORDED = (*_ASKED, "what is the biggest port?", "Which is the LARGEST steelmaker?", "which is the second-largest buyer?",
           "what was the mοst", "the MAIN route", "the topmost floor", "what was the production goal for 2030?",
           "what was the original target?", "how big was q3 volume at the port?", "what did the the port handle at the  terminal?",
           "whats the production goal in the region for 2030", "the ſecond biggest", "what was the targeted output")


def test_asks_top_is_the_unguarded_patterns_answer() -> None:
    for text in (*_WORDED, *_MADE_UP, *_sentences(20)):
        assert _asks_top.__wrapped__(text) == (bool(_SUPERLATIVE.search(text)) and not _ORDINAL.search(text)), text


def test_after_the_with_the_ends_found_once_is_the_pattern_s_answer() -> None:
    for text in _WORDED:
        lower = text.lower()
        ends = [m.end() for m in re.finditer(r"\bthe\s+", lower)]
        for word in {w for w in re.findall(r"[\w'-]+", lower)} | {"port", "terminal", "the", "q3"}:
            slow = re.search(rf"\bthe\s+{re.escape(word)}\b", lower) is not None
            assert _after_the(lower, word, ends) == slow == _after_the(lower, word), (text, word)


def test_kinds_called_are_the_required_words_written_after_the() -> None:
    store = stored("brazil_soy")
    for text in _WORDED:
        query = parse_query(text, store)
        lower = query.text.lower()
        slow = tuple(t for t in query.required if t.word.lower() in lower and re.search(rf"\bthe\s+{re.escape(t.word.lower())}\b", lower))
        assert _kinds_called(query) == (slow if query.intent in ("figure", "derived") else ()), text


def test_goal_terms_search_the_past_only_for_a_goal_word() -> None:
    store = stored("brazil_soy")
    seen = 0
    for text in _WORDED:
        query = parse_query(text, store)
        slow = tuple(t for t in query.required if t.lemma in _GOALS) if not _ASKED_BEFORE.search(query.text) else ()
        assert _goal_terms(query.text, query.required) == slow, text
        seen += bool(slow)
    assert seen >= 1
