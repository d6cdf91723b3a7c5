"""knowledge.lazy_re's helpers for a pattern joining a word to a fixed part (literal_starts,
literal_at, at_boundary, finditer_after, search_after, ends_after): each agrees with the pattern
it stands for, compiled as written, over made-up texts with odd cases (lookalikes, non-ASCII,
overlapping words, hyphens, apostrophes)."""

from __future__ import annotations

import re

from knowledge.lazy_re import at_boundary, ends_after, finditer_after, literal_at, literal_starts, search_after

TEXTS = [
    "", "a", "China's Chinas chinas CHINA’S china-russia china's-made", "the summit in Shenyang; the Shenyang summit",
    "aaa aa a-a-a a_a", "xi'an-based Xi'An-based firm, X, an Xi'an maker", "\u212aazan and kazan, KAZAN\u2019s",
    "\u0130stanbul istanbul \u0131stanbul", "in the the\tChina, at\u00a0china., within china", "st. petersburg-based st. petersburgs",
    "Ünal Ünal-based ünal", "ſhip ship SHIP", "Russian-led consortium; Russian state bank Sber; russia's firm",
    "the outbound   outbound-bound outbounds", "a(b) c)  d   e", "München and MÜNCHEN based",
]
LITERALS = ["china", "China's", "a", "aa", "a-a", "xi'an", "kazan", "istanbul", "st. petersburg", "ünal", "ship",
            "russian", "outbound", "in", "the", "-based", "'s", " ", "münchen", "b)", ""]


def test_literal_starts_finds_every_offset_re_does() -> None:
    for text in TEXTS:
        for literal in LITERALS:
            for fold in (False, True):
                flags = re.IGNORECASE if fold else 0
                want = [m.start() for m in re.finditer(f"(?={re.escape(literal)})", text, flags)]
                assert literal_starts(text, literal, fold) == want, (literal, fold, text)
                assert [i for i in range(len(text) + 1) if literal_at(text, i, literal, fold)] == \
                    [i for i in range(len(text) + 1) if re.compile(re.escape(literal), flags).match(text, i)], (literal, fold, text)


def test_at_boundary_is_re_word_boundary() -> None:
    for text in TEXTS:
        assert [i for i in range(len(text) + 1) if at_boundary(text, i)] == [m.start() for m in re.finditer(r"\b", text)], text


TAILS = [re.compile(r"(?:'s|’s|s)\b", re.IGNORECASE), re.compile(r"\s+(\w+)"), re.compile(r"-based\s+([A-Z]\w*)"),
         re.compile(r"(?:-[a-z]+)?\s+(consortium|bank|firm)\b(?!\s+[A-Z])"), re.compile(r"\b"), re.compile(r"")]


def test_finditer_after_matches_as_the_alternation_written_out() -> None:
    for text in TEXTS:
        for tail in TAILS:
            for words in (("china",), ("russian", "russia's"), ("xi'an", "kazan", "a"), ("a", "aa", "a-a"), ("", "in"),
                          ("Ünal", "st. petersburg"), ("istanbul",)):
                for fold in (False, True):
                    if tail.flags & re.IGNORECASE and not fold:
                        continue  # (a pattern folded whole folds its words too)
                    if "" in words and tail.pattern in (r"\b", ""):
                        continue  # (an empty whole match: re's rule after one is not kept)
                    alternatives = tuple((w, fold, tail) for w in words)
                    inner = "|".join(f"(?i:{re.escape(w)})" if fold else re.escape(w) for w in words)
                    written = re.compile(rf"\b(?:{inner}){tail.pattern}", tail.flags)
                    want = [(m.end(), m.groups()) for m in written.finditer(text)]
                    got = [(m.end(), m.groups()) for m in finditer_after(text, alternatives)]
                    assert got == want, (words, fold, tail.pattern, text)
                    first = search_after(text, alternatives)
                    assert (first and (first.end(), first.groups())) == (want[0] if want else None)


def test_finditer_after_keeps_each_alternatives_own_tail_and_case() -> None:
    text = "Xi'an-based Chang'an Group and xi'an-based Qin Co; Chinese partner Sino Ltd; Harbin-based Ice"
    tail_name = re.compile(r"\s+(?:[a-z-]+\s+){0,2}([A-Z]\w*)")
    tail_based = re.compile(r"-based\s+([A-Z]\w*)")
    alternatives = (("chinese", True, tail_name), ("Xi'an", False, tail_based), ("harbin", True, tail_based))
    written = re.compile(r"\b(?:(?i:chinese)\s+(?:[a-z-]+\s+){0,2}|Xi'an-based\s+|(?i:harbin)-based\s+)([A-Z]\w*)")
    assert [m.group(1) for m in finditer_after(text, alternatives)] == [m.group(1) for m in written.finditer(text)] \
        == ["Chang", "Sino", "Ice"]


def test_ends_after_finds_a_head_ending_at_the_offset() -> None:
    heads = [(re.compile(r"\b(?:in|at)\s+(?:the\s+)?", re.IGNORECASE), re.compile(r"\b(?=(?:in|at)\s)", re.IGNORECASE)),
             (re.compile(r"\bthe\s+"), re.compile(r"\b(?=the\s)")),
             (re.compile(r"(?:summit|meeting|expo)s?\b\s+(?:in|at)\s+"), re.compile(r"(?=(?:summit|meeting|expo)s?\b\s+(?:in|at)\s)"))]
    texts = TEXTS + ["the summits in  the shenyang; expo at xi'an, in in the the China", "meeting at the  in  china"]
    for text in texts:
        for head, starts in heads:
            for i in range(len(text) + 1):
                want = any(head.fullmatch(text, p, i) for p in range(i + 1))
                assert ends_after(text, i, head, starts) == want, (head.pattern, i, text)


def test_follows_agrees_with_the_head_and_word_written_out() -> None:
    from knowledge.lazy_re import follows
    heads = [(re.compile(r"\bwith\s+(?:the\s+)?"), re.compile(r"\b(?=with\s)")),
             (re.compile(r"\b(?:from|out\s+of)\s+(?:the\s+)?(?:port\s+of\s+)?"), re.compile(r"\b(?=(?:from|out\s+of)\s)")),
             (re.compile(r"\b(?:through|thru|via)\s+(?:the\s+)?(?:port\s+of\s+)?", re.IGNORECASE),
              re.compile(r"\b(?=(?:through|thru|via)\s)", re.IGNORECASE))]
    texts = TEXTS + ["trade with the china; with china's; withchina; with  the  port of china", "out of  the port of port of callao",
                     "from the the port; Via The Port Of Chancay, THRU chancay-based; through the port of the", "from s. from s"]
    for text in texts:
        for head, starts in heads:
            fold = bool(head.flags & re.IGNORECASE)
            for word in LITERALS + ["port", "the port", "callao", "chancay", "port of china", "s."]:
                want = re.search(head.pattern + re.escape(word) + r"\b", text, head.flags) is not None
                assert follows(text, word, head, starts, fold) == want, (head.pattern, word, text)


def test_a_literal_after_a_boundary_is_the_pattern_that_opens_on_one() -> None:
    for text in TEXTS:
        for literal in LITERALS:
            want = re.search(rf"\b{re.escape(literal)}", text) is not None
            assert any(at_boundary(text, i) for i in literal_starts(text, literal)) == want, (literal, text)
