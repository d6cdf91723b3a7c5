"""Suggested questions are read on a phone: they must be questions a person would ask."""

from __future__ import annotations

import dataclasses

import pytest

from knowledge.store import FigureRow

from handlers.suggest import figure_question


def _figure(measure: str, kind: str = "percent", direction: str = "down") -> FigureRow:
    fields = {f.name: "" for f in dataclasses.fields(FigureRow)}
    fields.update(id=1, sentence_id=1, paragraph=1, value=1.0, start=0, end=1, alt_value=None,
                  measure=measure, kind=kind, direction=direction)
    return FigureRow(**fields)


@pytest.mark.parametrize(("measure", "kind", "direction", "expected"), [
    ("key rate", "percent", "down", "How much did the key rate fall?"),
    ("Orders from the euro zone", "percent", "down", "How much did the orders from the euro zone fall?"),
    ("company's sales", "money", "", "How much were the company's sales?"),
    ("Japan's exports", "percent", "up", "How much did Japan's exports rise?"),
    ("German retail sales", "percent", "down", "How much did German retail sales fall?"),
    ("Australian dollar", "percent", "up", "How much did the Australian dollar rise?"),
    ("West Texas Intermediate crude", "money", "", "How much was West Texas Intermediate crude?"),
    ("trade surplus", "money", "", "How much was the trade surplus?"),
    ("Steel imports into South Africa", "quantity", "", "How much were the steel imports into South Africa?"),
    ("Chinese enterprises", "count", "", "How many Chinese enterprises?"),
    ("A321neo aircraft", "count", "", "How many A321neo aircraft?"),
    # clauses, institutions, names and vague counts make no question
    ("office revised July's figure to an", "percent", "up", ""),
    ("from an initially", "percent", "up", ""),
    ("who expects the cash rate to", "percent", "down", ""),
    ("Turkey's central bank", "percent", "down", ""),
    ("Saudi Arabia", "quantity", "", ""),
    ("more", "count", "", ""),
    ("capital ratio", "count", "", ""),
    ("Swedish crowns", "count", "", ""),
    ("biggest producers", "count", "", ""),
    ("basis point", "percent", "down", ""),
    ("so we", "money", "", ""),  # "so we are confident of reaching 1.55 trillion baht"
])
def test_figure_question_reads_as_a_question(measure: str, kind: str, direction: str, expected: str) -> None:
    assert figure_question(_figure(measure, kind, direction)) == expected
