"""An answer cut out of a long sentence opens on its subject, not on a verb whose subject was
cut off ("Covers the drilling of ...", "Both in the west, climbed to 486 ...")."""

from __future__ import annotations

import pytest

from handlers.compose import clause_window
from tests.handlers.stories import answered

_DEAL = """| 3 March 2025, Monday |

Gas field deal signed

The agreement, worth 9.2 billion manat ($2.6 billion) over the coming decade under a production-sharing contract, covers the drilling of 140 new wells, a gas processing plant, a 90-km gathering pipeline and a power substation in the province.

The number of freight trains routed through the inland terminal and the rail yard at Kemer, both in the mountainous southern region, climbed to 512 in the nine-month period from 301 a year earlier.
"""


def test_a_list_after_its_verb_keeps_what_holds_it() -> None:
    reply = answered(_DEAL, "what does the deal include")
    assert reply.text.startswith("The agreement covers the drilling of 140 new wells"), reply.text


def test_a_figure_after_an_aside_keeps_the_subject_of_its_verb() -> None:
    reply = answered(_DEAL, "how many freight trains went through the terminal")
    assert reply.text.startswith("The number of freight trains routed through the inland terminal"), reply.text
    assert "climbed to 512" in reply.text and "mountainous" not in reply.text, reply.text


def test_a_clause_with_a_verb_of_its_own_is_no_subject_to_put_back() -> None:
    # (the first clause says something itself: it is no noun phrase waiting for a verb)
    sentence = ("Output rose 4% in the first half, its owner said in a filing on Friday, "
                "will reach 12 million tonnes next year if prices hold up through the northern winter and the new shaft opens on time.")
    start = sentence.index("12 million")
    window = clause_window(sentence, start, start + 10)
    assert "first half will reach" not in window and "12 million tonnes" in window, window


@pytest.mark.parametrize(("sentence", "span", "opening"), [
    # a past tense taking its object is a predicate as "is" and "covers" are
    ("Harbour Pacific Bank, Australia's fifth-biggest lender by assets, reported a 4.6% rise in first-half cash profit "
     "on Wednesday and added A$1.5 billion to its provisions for bad loans as borrowers struggled with higher rates.",
     "4.6%", "Harbour Pacific Bank reported a 4.6% rise"),
    # a predicate joined on by "and" has the sentence's first subject
    ("Nordkraft said it was in talks with the trade union and the regional government over the lay-offs at home, "
     "and would decide by the end of January whether to close its plant in Gdansk, Poland, which employs 900 people.",
     "900", "Nordkraft would decide"),
])
def test_a_predicate_gets_its_subject_back(sentence: str, span: str, opening: str) -> None:
    start = sentence.index(span)
    assert clause_window(sentence, start, start + len(span)).startswith(opening)


@pytest.mark.parametrize(("sentence", "span", "wrong"), [
    # the predicate is the deal's, in what the officials said, not the officials'
    ("Officials said a deal to launch a regular container service on the planned maritime corridor, which would cut "
     "shipping times to about 24 days from 40 days, was still awaiting approval from the shipping ministry.",
     "approval", "Officials was"),
    # "The cuts extend a programme": the opening words hold a verb of their own
    ("The cuts extend a restructuring programme announced in March that targets annual savings of 1 billion francs "
     "by 2027, and will result in charges of around 480 million francs, most of them booked in the fourth quarter.",
     "480 million", "The cuts extend a restructuring programme will"),
])
def test_no_subject_is_taken_from_another_clause(sentence: str, span: str, wrong: str) -> None:
    start = sentence.index(span)
    assert not clause_window(sentence, start, start + len(span), 120).startswith(wrong)

