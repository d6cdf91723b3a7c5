"""Who / when / where questions met on the sixteenth session's blind sets, each kept as a general
rule over a small made-up story."""

from __future__ import annotations

import pytest

from handlers.query import parse_query
from tests.handlers.stories import answered, expect, stored

_EXPO = """| 5 May 2025, Monday |

Norland farm firms sign deals at Tarvel fair

Foreign companies signed 40 agreements at a farm fair in Tarvel on Friday, according to the Norland regional department of agriculture.

The deals cover grain storage, dairy processing and seed breeding, said Anna Berg, director of the department.

Trade Minister Lars Holm said the fair would return next year.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("Who is in charge of the agriculture department?", "Anna Berg"),
    ("who is the minister in charge of trade?", "Lars Holm"),
])
def test_in_charge_of_a_body_is_its_head_by_any_title(question: str, expected: str) -> None:
    expect(answered(_EXPO, question), expected)


def test_a_government_minister_is_found_by_any_ministers_post() -> None:
    # "Which government minister commented?" over "Road and Transport Development Minister X said":
    # the word "government" is met by the minister's post; no other post is a minister's.
    store = stored(_EXPO)
    government = next(t for t in parse_query("Which government minister commented on the fair?", store).terms
                      if t.lemma == "government")
    assert "minister" in government.keys
    commissioner = parse_query("Who is the EU agriculture commissioner?", store).terms
    assert all("minister" not in t.keys for t in commissioner)
