"""Branch t2 (evidence, second pass): the fast paths agree with the slow ones."""

from __future__ import annotations

from handlers.evidence import analysed, term_spots
from handlers.query import Term

_TEXTS = [
    "Revenue rose 12% to $4.1 billion in the third quarter, the company said on Tuesday.",
    "Exports of crude oil fell, while imports of refined fuels climbed to a record, data showed.",
    "The firm will build a factory in Dholera, employing about 3,200 people, it said.",
    "Sales rose; sales fell; SALES were flat, and revenue sales again.",
    "",
]


def _term_spots_walked(text: str, terms: list[Term]) -> list[tuple[int, int]]:
    """term_spots by walking every token, as it did before the index."""
    tokens, keys = analysed(text)
    wanted = frozenset(k for t in terms for k in t.keys)
    return [(tok.start, tok.end) for tok, k in zip(tokens, keys) if k & wanted]


def _terms_of(text: str) -> list[Term]:
    tokens, keys = analysed(text)
    return [Term(tok.text, tok.lemma, k, True, i) for i, (tok, k) in enumerate(zip(tokens, keys))]


def test_term_spots_agrees_with_walking_every_token() -> None:
    for text in _TEXTS:
        terms = _terms_of(text)
        for other in _TEXTS:
            # each single term, each pair, all of them, and none, on this text and the others
            groups = [[t] for t in terms] + [terms[i : i + 2] for i in range(len(terms))] + [terms, []]
            for group in groups:
                assert term_spots(other, group) == _term_spots_walked(other, group)


def test_term_spots_lists_a_token_once_in_text_order() -> None:
    text = _TEXTS[3]
    terms = [t for t in _terms_of(text) if t.lemma in ("sale", "sales", "revenue")]
    spots = term_spots(text, terms + terms)
    assert spots == sorted(set(spots))
    assert len(spots) >= 4


def test_term_spots_finds_nothing_for_a_key_never_met() -> None:
    absent = Term("zzzq", "zzzq", frozenset({"zzzq"}), True, 0)
    assert term_spots(_TEXTS[0], [absent]) == []

