"""Guards and caches added for speed (wave 2): each gives what working it out afresh gives."""

from __future__ import annotations

import pytest

from handlers.arithmetic import _COST_SHARE, _COST_SHARE_GUARDED
from handlers.evidence import _BOTH_BODIES, _BOTH_BODIES_GUARDED, _BOTH_SIDES, _BOTH_SIDES_GUARDED

_SENTENCES = [
    "About 85% of the cost was covered by a 20-year loan from the Exim Bank.",
    "The Exim Bank loan, signed in May, covers 85 per cent of the project's cost.",
    "The bank FINANCED 40% of the total Bill.",
    "Trade between the two countries reached $3.4 billion.",
    "Both firms plan 20 container transits.",
    "BOTH NATIONS signed the deal.",
    "Exports rose 14.8% in September.",
    "The ſtate paid 40% of the coſt, covered by bonds.",  # a long s: the guard lets the pattern decide
    "",
]


@pytest.mark.parametrize("text", _SENTENCES)
def test_guarded_patterns_match_as_the_patterns_do(text: str) -> None:
    for plain, guarded in ((_COST_SHARE, _COST_SHARE_GUARDED), (_BOTH_SIDES, _BOTH_SIDES_GUARDED),
                           (_BOTH_BODIES, _BOTH_BODIES_GUARDED)):
        want = plain.search(text)
        got = guarded.search(text)
        assert (got and got.group(0)) == (want and want.group(0))


def test_guards_skip_a_sentence_without_their_words() -> None:
    assert not _COST_SHARE_GUARDED.may_match("Exports rose 14.8% in September.")
    assert not _BOTH_SIDES_GUARDED.may_match("Exports rose 14.8% in September.")
    assert _BOTH_BODIES_GUARDED.may_match("The Two companies")
