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


def _exclusion_slow(text: str) -> object:
    m = (qy._EXCLUSION_LIST_FIRST.match(text) or qy._EXCLUSION_FIRST.match(text) or qy._EXCLUSION_ELSE.match(text)
         or qy._EXCLUSION_LAST.match(text))
    return None if m is None else m.groupdict()


def test_exclusion_words_hold_every_exclusion_match() -> None:
    openers = ("apart from", "aside from", "besides", "other than", "except for", "except", "outside of", "outside",
               "excluding", "not counting", "in addition to", "on top of", "APART FROM", "Besides", "\u0130n addition to")
    rng = random.Random(7)
    for _ in range(3000):
        words = [rng.choice(("which", "what", "who", "where", "else", "firms", "China", "and", "the", "copper", ",", "?"))
                 for _ in range(rng.randint(0, 6))]
        at = rng.randint(0, len(words))
        for opener in (rng.choice(openers), ""):
            text = " ".join([*words[:at], opener, *words[at:]]).strip()
            m = _exclusion_slow(text)
            assert m is None or qy._EXCLUSION_ASKED.may_match(text), text
            if m is not None:
                assert qy._without_exclusion(text) == (m["rest"].strip(), m["x"].strip()), text


def test_month_possessive_words_hold_every_match() -> None:
    months = ("jan", "feb", "sep", "sept", "oct", "nov", "dec", "january", "february", "april", "june", "july", "august",
              "september", "october", "november", "december", "march", "may", "apr", "jun", "aug")
    rng = random.Random(3)
    for _ in range(4000):
        month = rng.choice(months)
        month = rng.choice((month, month.upper(), month.capitalize()))
        text = f"what were {month}{rng.choice(('s', 'S', '', chr(0x17f), 's,'))}{rng.choice((' trade', ' Trade', '', ' 5'))} figures"
        if qy._MONTH_POSSESSIVE.search(text):
            assert qy._MONTH_POSSESSIVE_ASKED.search(text), text
        assert (qy._MONTH_POSSESSIVE_ASKED.search(text) is None) == (qy._MONTH_POSSESSIVE.search(text) is None), text


def test_place_blank_end_test_holds_every_match() -> None:
    heads = ("capital", "port", "city", "Port City", "province", "based", "located", "STATE", "region")
    tails = (" of ?", " of?", " in ?", " in where?", " in where", " of where ?", " OF ?", " In?", " of ?  ", " in\t?",
             " of", " in", " of the?", " where?", "?", " of ??", " in\x1c?")
    rng = random.Random(11)
    for _ in range(3000):
        text = f"{rng.choice(('shenyang is the', 'where is', 'Which', ''))} {rng.choice(heads)}{rng.choice(tails)}"
        if qy._PLACE_BLANK.search(text):
            assert qy._may_end_on_place_blank(text), text
    assert not qy._may_end_on_place_blank("how many ships does it have?")
    assert qy._may_end_on_place_blank("the capital of ?")


def test_countrys_compass_words_hold_every_part() -> None:
    import knowledge.gazetteer as gz
    parts = [k for k in gz.COMPASS if k != "central"]
    assert all(any(w in k for w in ("east", "west", "north", "south")) for k in parts)
    rng = random.Random(5)
    for _ in range(2000):
        part = rng.choice([*parts, "central", "coastal", "Northern", "SOUTH"])
        text = f"what is {rng.choice(('China', 'russia', 'Kenya', 'the firm'))}{rng.choice((chr(39) + 's ', '’s '))}{part}{rng.choice(('?', ' like', ' in 2024?'))}"
        assert qy._COUNTRYS_COMPASS_ASKED.sub("<>", text) == qy._COUNTRYS_COMPASS.sub("<>", text), text
