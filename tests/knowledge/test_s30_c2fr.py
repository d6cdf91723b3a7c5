"""Figures of this session's articles, each a general rule over a made-up sentence."""

from __future__ import annotations

from knowledge.numbers import find_figures


def _counts(text: str) -> list[tuple[str, str]]:
    return [(f.raw, f.measure) for f in find_figures(text) if f.kind == "count"]


def test_a_spelt_number_before_of_the_counts_that_many_of_them() -> None:
    assert ("Twelve", "deals") in _counts("Twelve of the deals, worth $2 billion, are firm orders.")
    assert ("Twelve", "deals") in _counts("Twelve of the deals are firm orders.")


def test_one_of_the_and_a_part_of_an_owners_few_stay_no_count() -> None:
    assert _counts("It is one of the largest banks, he said.") == []
    assert ("Two", "mines") not in _counts("Two of its four mines, in Chile, were shut.")

