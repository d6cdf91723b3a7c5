"""Session 35, branch a3 (the question parser's cost): each fast path agrees with the slow one."""

from __future__ import annotations

import random
import re

from handlers import query as qy
from knowledge.lazy_re import Guarded, GuardedGroup, _fewest_words

# Texts made of the guards' own words, pieces of them, lookalikes and everyday words: every branch
# of the tests below (a word present or not, folded or not, a lookalike) is met many times.
_PIECES = ("who", "which", "Which", "WHO", "port", "happy", "not happy with", "record", "ever", "the end", "when all is said and done",
           "how many", "farm", "more", "side", "where", "source", "whose", "mentioned", "kind of", "\u0130", "\u212a", "\u017f",
           "ok with", "okay", "cool about", "across from", "notable", "news", "word got out", "host", "see", "counterpart",
           "the", "a", "exports", "China", "?", ",", " ", "-", "'s", "did", "rise")


def _texts(n: int, seed: int = 35) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 9))) for _ in range(n)]


def _old_may_match(guard: Guarded, text: str) -> bool:
    """Guarded.may_match as written before (any() over the words)."""
    if guard._fold:
        if not text.isascii() and re.search("[\u0130\u0131\u017f\u212a]", text):
            return True
        text = text.lower()
    return any(w in text for w in guard._words)


def test_guarded_search_and_sub_give_the_patterns_own_results() -> None:
    # The inline word test of search and sub: the same results as the pattern itself, whose
    # every match holds a guard word.
    guards = [(re.compile(r"\bnot\s+happy\s+(with|about)\b", re.IGNORECASE), ("happy",), True),
              (re.compile(r"\b(who|which)\s+\w+", re.IGNORECASE), ("who", "which"), True),
              (re.compile(r"\bWho\b"), ("Who",), False)]
    for pattern, words, fold in guards:
        guard = Guarded(pattern, words, fold=fold)
        for text in _texts(3000):
            assert (guard.search(text) is None) == (pattern.search(text) is None), text
            assert guard.sub("<\\1>" if pattern.groups else "<>", text) == pattern.sub("<\\1>" if pattern.groups else "<>", text), text
            assert guard.may_match(text) == _old_may_match(guard, text), text


def test_guarded_group_may_match_exactly_when_a_member_may() -> None:
    for group, members in ((qy._RARE_ASKING_1, (qy._WHAT_PEOPLE_CAME, qy._KIND_OF_NATIONALS)),
                           (qy._RARE_ASKING_2, (qy._WHO_ELSE_AT_MEETING, qy._HOW_MANY_FARM, qy._GROWN_MORE, qy._THAN_LAST_BARE,
                                                qy._HOW_MANY_COUNT_AS, qy._WHO_CAME_FROM_SIDE, qy._SIDE_HOLDS,
                                                qy._WHERE_BEFORE_A_GATHERING)),
                           (qy._RARE_ASKING_3, (qy._MENTIONED_IN_ARTICLE, qy._MENTIONED_LAST, qy._KIND_OF_BODY, qy._HOW_DESCRIBED)),
                           (qy._RARE_ASKING_4, (qy._IN_THE_END, qy._NO_COAST, qy._ACROSS_FROM, qy._OK_WITH, qy._NOT_HAPPY,
                                                qy._EVER_SUPERLATIVE, qy._WHAT_RECORD, qy._BACK_TO_WHEN, qy._RECORD_SINCE,
                                                qy._WHO_HOSTED, qy._WHO_SEEN, qy._WHOSE_COUNTERPART, qy._NOTABLE_ABOUT,
                                                qy._WORD_GOT_OUT, qy._SOURCE_FOR, qy._WHOSE_DATA))):
        assert all(isinstance(m, Guarded) for m in members)
        for text in _texts(3000) + [w for m in members for w in m._words]:
            assert group.may_match(text) == any(m.may_match(text) for m in members), text


def test_guarded_group_with_a_case_sensitive_member() -> None:
    folded = Guarded(re.compile(r"\bhappy\b", re.IGNORECASE), ("happy",), fold=True)
    plain = Guarded(re.compile(r"\bWho\b"), ("Who",), fold=False)
    group = GuardedGroup(folded, plain)
    for text in _texts(3000):
        assert group.may_match(text) == (folded.may_match(text) or plain.may_match(text)), text
    assert not group.may_match("who is happ")
    assert group.may_match("Who")


def test_fewest_words_keeps_the_same_test() -> None:
    words = ("record", "record", "records", "ever", "whoever", "who", "whose", "the end", "end")
    fewest = _fewest_words(words)
    assert set(fewest) == {"record", "ever", "who", "end"}
    for text in _texts(3000):
        assert any(w in text for w in fewest) == any(w in text for w in words), text


def test_clean_reads_as_before_with_a_groups_word() -> None:
    # A rewrite inside a group still applies, and a question with none of the words is untouched by them.
    assert qy._clean("who else was at the meeting?") != "who else was at the meeting?"
    assert "unhappy" in qy._clean("why are miners not happy with the royalty?")
    assert qy._clean("how many ships does it have?") == "how many ships does it have?"
