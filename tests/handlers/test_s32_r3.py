"""Parsing a question (perf branch r3): the cheap pre-checks put before its patterns give the same
results as the patterns searched in every question did."""

from __future__ import annotations

import random
import re
from pathlib import Path

import yaml

import handlers.query as q
from handlers.query import _glued_to_digits, parse_query
from knowledge.lazy_re import Guarded
from knowledge.text import tokenize
from tests.handlers.stories import stored

_FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "eval"


def _fixture_questions(limit_files: int = 40) -> list[str]:
    out: list[str] = []
    for path in sorted(_FIXTURES.glob("*.yaml"))[:limit_files]:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for item in data.get("questions") or []:
            out.extend(str(t) for t in (item.get("turns") or [item.get("q", "")]))
    return out


# Texts that hold the guards' words (in every case, with lookalike letters and marks), and the
# texts that make the patterns match, beside the questions of the fixture files.
_MADE_UP = [
    "How heavy a load can each crane lift?", "how much does the turbine WEIGH", "what's the biggest single deal worth",
    "the largest Individual order", "what share of its output does X own?", "Which SHARE does Y hold in it?",
    "What record did exports set?", "what is it the capital of?", "Which city is it based in ?", "what port is it located in?",
    "how much did it cost in US$?", "is it worth $ 5", "how many shops outside Japan", "Beyond the UK, who buys",
    "what did Xi call Heilongjiang?", "who called hlj pivotal", "by how much did exports rise in actual yuan",
    "what return did the fund deliver?", "how steep is the new rent tax?", "what tariffs apply", "what duties and levies",
    "what are soybeans selling for now?", "what is coffee fetching at the port", "what do farmers get for their palay?",
    "how much does it bring in", "how much cash did they rake in", "what is its market share?", "the share of the market",
    "how big is the loan book", "lending portfolio size", "how many do they have left?", "how full are the flights?",
    "how much money did they make", "what is the total value of the deal", "what % of exports went to China",
    "what per cent of sales", "Russia's share of trade", "what was paid per tonne?", "cost a barrel", "price per kWh",
    "I heard exports fell. by how much?", "putin and xi met - what did they agree on?", "trade: what was it?",
    "n what about china", "what about x n y", "china n russia trade", "the tin mine", "a320 jets on order", "cet1 ratio",
    "The \u0130stanbul port", "\u212aelvin city of?", "what capital city of ?", "Ship weighs a lot; how much?",
]


def _texts() -> list[str]:
    texts = _fixture_questions() + _MADE_UP
    rng = random.Random(32)
    words = [w for t in _MADE_UP for w in t.split()]
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(2, 12))) for _ in range(3000)]
    return texts + [t.upper() for t in texts[:2000]] + [t.lower() for t in texts[:2000]]


_TEXTS = _texts()


def _guarded_by_name() -> dict[str, Guarded]:
    return {name: value for name, value in vars(q).items() if isinstance(value, Guarded)}


def test_every_guarded_pattern_of_parsing_finds_what_its_pattern_finds() -> None:
    guarded = _guarded_by_name()
    names = ["_HOW_MUCH_MONEY", "_MONEY_WORDS", "_GETS_FOR", "_SELLS_FOR", "_HAVE_LEFT", "_OUTSIDE_COUNTRY", "_LOAN_BOOK",
             "_SHARE_OWNED", "_BRINGS_IN", "_HOW_FULL", "_MARKET_SHARE", "_LEVY_WORDS", "_RETURN_ASKED", "_STEEP_LEVY",
             "_BY_HOW_MUCH_IN", "_BARE_DOLLAR", "_PLACE_BLANK", "_WHAT_RECORD", "_CALLED_IT", "_WEIGHT_ASKED_GUARDED",
             "_SINGLE_AFTER_TOP_ASKED", "_SHARE_ASKED_GUARDED", "_PER_UNIT_ASKED"]
    for name in names:
        fast = guarded[name]
        slow = re.compile(fast.pattern, fast._compiled.flags)
        for text in _TEXTS:
            for form in (text, text.lower()):
                m, n = fast.search(form), slow.search(form)
                assert (m and m.span()) == (n and n.span()), (name, form)
                assert fast.sub("<x>", form) == slow.sub("<x>", form), (name, form)


def test_the_patterns_guarded_match_some_texts() -> None:
    # (a guard that let nothing through would pass the test above by never searching)
    guarded = _guarded_by_name()
    for name in ("_HOW_MUCH_MONEY", "_SELLS_FOR", "_GETS_FOR", "_PLACE_BLANK", "_WHAT_RECORD", "_CALLED_IT", "_BARE_DOLLAR",
                 "_WEIGHT_ASKED_GUARDED", "_SINGLE_AFTER_TOP_ASKED", "_SHARE_ASKED_GUARDED", "_PER_UNIT_ASKED", "_OUTSIDE_COUNTRY"):
        assert any(guarded[name].search(t) for t in _TEXTS), name


def test_told_first_and_topic_preamble_agree_with_their_patterns() -> None:
    for text in _TEXTS:
        for form in (text, text.lower()):
            told, slow = q._told_first(form), q._TOLD_FIRST.match(form)
            assert (told and told.span()) == (slow and slow.span()), form
            said, slow = q._topic_preamble(form), q._TOPIC_PREAMBLE.match(form)
            assert (said and said.span()) == (slow and slow.span()), form
    assert q._told_first("I heard trade is booming. what was it in september?") is not None
    assert q._topic_preamble("trade: what was it?") is not None


def test_a_lone_n_is_only_searched_where_it_can_be() -> None:
    for text in _TEXTS:
        for form in (text, text.lower()):
            may = " n " in form or form.startswith("n ")
            assert may or q._LONE_N.search(form) is None, form


def test_a_word_glued_to_digits_needs_a_run_of_digits_among_the_tokens() -> None:
    for text in _TEXTS:
        tokens = tokenize(text)
        if not any(t.lower.isdigit() for t in tokens):
            assert not any(_glued_to_digits(tokens, i) for i in range(len(tokens))), text
    tokens = tokenize("the cet1 ratio")
    assert any(_glued_to_digits(tokens, i) for i in range(len(tokens)))


_STORY = """| 3 March 2025, Monday |

Port operator signs deal for new container terminal

The terminal will handle 800,000 containers a year and can lift loads of 65 tonnes, the operator said.
"""


def test_a_weight_asked_still_asks_no_rise_of_what_is_lifted() -> None:
    store = stored(_STORY)
    assert parse_query("how heavy a load can each crane lift?", store).direction == ""
    assert parse_query("how much did the loads rise?", store).direction == "up"


# _DERIVED searched a family of branches at a time (handlers.query._DERIVED_FAMILIES).

def _needs_a_word(items: list, words: tuple[str, ...]) -> bool:  # type: ignore[type-arg]
    """Whether every match of a parsed pattern holds one of `words`, as re's own parse shows it:
    a run of literals holding one, a group or a repeat (at least once) whose pattern needs one, a
    branch each of whose alternatives needs one, read with the literals around it ("how (?:much|
    many)" is "how much" or "how many"). False when it cannot tell."""
    from re import _constants as c  # type: ignore[attr-defined]

    items = list(items)
    for i, (op, av) in enumerate(items):
        if op is c.SUBPATTERN and not av[1] and not av[2]:  # a group without flags: its items in its place
            return _needs_a_word(items[:i] + list(av[3]) + items[i + 1 :], words)
    run = ""
    for i, (op, av) in enumerate([*items, (None, None)]):
        if op is c.LITERAL:
            run += chr(av)
            continue
        if any(w in run for w in words):
            return True
        if op is c.BRANCH:
            head = [(c.LITERAL, ord(ch)) for ch in run]
            if all(_needs_a_word(head + list(a) + items[i + 1 :], words) for a in av[1]):
                return True
        run = ""
        if op is c.SUBPATTERN and _needs_a_word(av[3], words):
            return True
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1 and _needs_a_word(av[2], words):
            return True
    return False


def test_each_branch_of_derived_needs_a_word_of_its_family() -> None:
    from re import _parser  # type: ignore[attr-defined]

    branches = q.top_level_branches(q._DERIVED.pattern)
    assert len(branches) == len(q._DERIVED_BRANCH_FAMILIES)
    assert "|".join(branches) == q._DERIVED.pattern
    for branch, family in zip(branches, q._DERIVED_BRANCH_FAMILIES):
        assert _needs_a_word(_parser.parse(branch), q._DERIVED_FAMILY_WORDS[family]), branch
    # (and the proof can fail: a branch that needs none of a family's words)
    assert not _needs_a_word(_parser.parse(branches[0]), q._DERIVED_FAMILY_WORDS[1])


def test_the_families_of_derived_find_what_derived_finds() -> None:
    texts = _TEXTS + [
        "how much did liaoning export to russia a year earlier?", "what was the yuan-dollar rate?", "how many more tonnes vs last year",
        "what is the difference between them", "the same quarter of last year", "how far apart are the two", "by how much did it miss",
        "combined, how much", "before the 5% rise", "exports this time last year", "how much higher than a year ago",
        "how many yuan per dollar", "what implied exchange rate", "sales previous fiscal year", "eur/usd rate?",
    ]
    for text in texts:
        lower = text.lower()
        slow = bool(q._DERIVED.search(q._THAN_RESTATED.sub("than ", lower) if "than" in lower else lower))
        assert q._is_derived(lower) == slow, lower
    assert sum(q._is_derived(t.lower()) for t in texts) > 10


def test_top_level_branches_split_only_the_outermost_alternation() -> None:
    assert q.top_level_branches("a|(b|c)|[|]|\\||x") == ["a", "(b|c)", "[|]", "\\|", "x"]
    assert q.top_level_branches("[^]|]a|b") == ["[^]|]a", "b"]
    assert q.top_level_branches("abc") == ["abc"]
