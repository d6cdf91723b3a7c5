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

