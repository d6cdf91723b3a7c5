"""knowledge.lazy_re: a pattern compiled on first use matches as re.compile's does."""

from __future__ import annotations

import re

from knowledge.lazy_re import LazyPattern, compile_all, lazy_compile

SOURCE = r"(?P<n>\d+)\s*(?P<unit>tonnes|containers)"
TEXT = "A train carrying 55 containers and 12 tonnes of grain; 7 CONTAINERS more."


def test_every_method_answers_as_the_compiled_pattern() -> None:
    compiled = re.compile(SOURCE, re.IGNORECASE)
    for method, args in [("search", (TEXT,)), ("search", (TEXT, 20)), ("match", (TEXT, 17)),
                         ("fullmatch", ("55 containers",)), ("findall", (TEXT,)), ("split", (TEXT,)),
                         ("sub", ("#", TEXT)), ("subn", ("#", TEXT))]:
        lazy = lazy_compile(SOURCE, re.IGNORECASE)  # a fresh one: the first call compiles
        first, again = getattr(lazy, method)(*args), getattr(lazy, method)(*args)
        want = getattr(compiled, method)(*args)
        if isinstance(want, re.Match):
            assert first.span() == again.span() == want.span() and first.groupdict() == want.groupdict()
        else:
            assert first == again == want, method
    lazy = lazy_compile(SOURCE, re.IGNORECASE)
    assert [m.span() for m in lazy.finditer(TEXT)] == [m.span() for m in compiled.finditer(TEXT)]
    assert lazy.groupindex == compiled.groupindex and lazy.pattern == SOURCE


def test_compile_all_compiles_the_pending_ones() -> None:
    lazy = LazyPattern(r"\bport\b")
    assert "search" not in lazy.__dict__
    assert compile_all() >= 1
    assert "search" in lazy.__dict__ and compile_all() == 0


def test_guarded_patterns_skip_only_texts_they_cannot_match() -> None:
    """Every Guarded pattern of the handlers: a text it does not search (no word it needs) is one
    the pattern finds nothing in. Read over every question of the eval sets and every sentence of
    the fixture articles, as written and in lower case, and a few made-up texts."""
    from pathlib import Path

    import handlers.evidence as evidence
    import handlers.query as query
    from bot.evaluate import load_questions
    from knowledge.lazy_re import Guarded

    guarded = [v for m in (query, evidence) for v in vars(m).values() if isinstance(v, Guarded)]
    guarded += [p for _, p in query._WH_RE if isinstance(p, Guarded)] + [p for _, p in query._BASES if isinstance(p, Guarded)]
    assert len(guarded) >= 15
    root = Path(__file__).resolve().parents[1] / "fixtures"
    texts = ["at least three", "Was it published on Monday?", "tl;dr", "the \u017fince", "SINCE THE PLANT OPENED",
             "how did it fare", "what happened to exports", "per cent", "y/y", "QoQ", "m/m"]
    for path in sorted((root / "eval").glob("*.yaml")):
        texts += [str(t) for item in load_questions(path)["questions"] for t in (item.get("turns") or [item["q"]])]
    for path in sorted((root / "articles").rglob("*")):
        if path.is_file() and path.suffix in (".txt", ".md", ""):
            texts += re.split(r"(?<=[.?!])\s+", path.read_text(encoding="utf-8", errors="replace"))
    for pattern in guarded:
        for text in texts:
            for t in (text, text.lower()):
                if not pattern.may_match(t):
                    assert pattern._compiled.search(t) is None, (pattern.pattern[:60], t)
    # The phone-shorthand clean-up's own guard, the same way.
    texts += ["hw mny ppl r there", "w/ exports", "No. 5", "B4 the vote", "$u", "x-y", "Y?"]
    for text in texts:
        for t in (text, text.lower(), text.upper()):
            if not query._may_hold_shorthand(t):
                assert query._SHORTHAND_RE.search(t) is None, t


def test_word_spans_and_may_contain_answer_as_re_does() -> None:
    """word_spans, has_word and may_contain stand for patterns made of a question's words
    ("\\bchina\\b", IGNORECASE or not): the same spans as re.finditer, over random texts of word
    and other characters, ASCII lookalikes and non-ASCII letters among them."""
    import random

    from knowledge.lazy_re import has_word, may_contain, word_spans

    rng = random.Random(7)
    pieces = ["a", "b", "A", "B", " ", "_", "1", "-", "\u00e9", "K", "\u212a", "\u017f", "\u0130", "s", "ab", "ba", "'", "a a"]
    words = ["a", "b", "A", "ab", "1", "_", "-", "\u00e9", "k", "s", "a-b", "Ab1", "a a", "a'b", " a"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        word = rng.choice(words) + rng.choice(["", *words])
        for fold in (False, True):
            flags = re.IGNORECASE if fold else 0
            spans = [m.span() for m in re.finditer(rf"\b{re.escape(word)}\b", text, flags)]
            assert word_spans(text, word, fold) == spans, (text, word, fold)
            assert has_word(text, word, fold) == bool(spans), (text, word, fold)
            if re.search(re.escape(word), text, flags):
                assert may_contain(text, word, fold), (text, word, fold)


def test_facility_asked_compiles_only_what_can_match() -> None:
    """handlers.evidence._facility_asked tests static patterns before compiling its two per-key
    ones: the same kind of site as the two patterns alone give, over random questions (overlapping
    facility words, "'s", keys of two words, non-ASCII among them)."""
    import random

    from handlers.evidence import _FACILITY, _facility_asked

    def alone(question: str, key: str) -> str:
        if not re.search(rf"\b{_FACILITY}", question, re.IGNORECASE):
            return ""
        words = re.escape(key).replace(r"\ ", r"\s+")
        m = (re.search(rf"\b({_FACILITY})s?\s+(?:of|at|in)\s+(?:the\s+)?{words}\b", question, re.IGNORECASE)
             or re.search(rf"\b{words}(?:'s)?\s+({_FACILITY})s?\b", question, re.IGNORECASE))
        return m.group(1).lower() if m else ""

    rng = random.Random(3)
    parts = ["port", "ports", "Port", "sea port", "seaport", "mine", " ", "of", "in", "at", "the", "'s", "jilin", "Jilin",
             "x", "s", "-", "\u00e9", "\u212a", "plant", "\t"]
    keys = ["jilin", "x", "the x", "port", "jilin's", "s", "\u00e9", "sea", "k", "x y", "sea port"]
    for _ in range(20000):
        question = "".join(rng.choice(parts) + rng.choice(["", " "]) for _ in range(rng.randint(0, 7)))
        key = rng.choice(keys)
        assert _facility_asked.__wrapped__(question, key) == alone(question, key), (question, key)


def test_body_nation_asked_without_compiling_answers_as_the_pattern() -> None:
    """handlers.evidence._asked_as_body_nation finds a nation's body in an ASCII question by its
    adjectives and one static tail: the country its compiled per-country pattern finds, over
    random questions of adjectives, body nouns, hyphens and lookalikes."""
    import random

    import handlers.evidence as evidence
    from knowledge.entities import DEMONYMS

    rng = random.Random(5)
    adjectives = sorted(DEMONYMS)
    parts = ["chinese", "Chinese", "sino", "russian", "south korean", "firm", "firms", "company", "-", " ", "big", "x",
             "consortium", "\u212a", "\u017f", *rng.sample(adjectives, 20)]
    for _ in range(20000):
        text = "".join(rng.choice(parts) + rng.choice(["", " ", "-"]) for _ in range(rng.randint(1, 6)))
        key = rng.choice([*adjectives, "china", "russia"])
        country = evidence._country_asked(key)
        pattern = evidence._body_nation_pattern(country) if country else None
        expected = country if pattern is not None and pattern.search(text) else ""
        assert evidence._asked_as_body_nation(text, key) == expected, (text, key)
