"""Shorter answer text (read on phones): one exact line, the cited sentence kept in the quote.
Each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered

_PLANT = """| 14 November 2024, Thursday |

Kenyan assembly plants open

Two Chinese electric motorcycle makers opened assembly plants in Nairobi on Wednesday, the first of their kind in East Africa, the investment ministry said in a statement.

In May, the Kenyan government cut import duty on motorcycle parts to 10% from 25% in 2023.
"""


def test_relative_date_says_its_resolution_and_article_date_tightly() -> None:
    reply = answered(_PLANT, "When did the motorcycle plants open?")
    assert reply.text.startswith("On Wednesday (13 November 2024; article dated 14 November 2024).")
    assert "counting from" not in reply.text


def test_a_sentence_with_one_date_answers_with_the_date_alone() -> None:
    # What happened then is the cited quote's, shown under the answer: one short line on a phone.
    reply = answered(_PLANT, "When did the motorcycle plants open?")
    assert reply.text == "On Wednesday (13 November 2024; article dated 14 November 2024)."
    assert "opened assembly plants in Nairobi on Wednesday" in reply.citations[0].quote


def test_a_sentence_dating_several_things_says_which_this_date_dates() -> None:
    reply = answered(_PLANT, "When did the government cut the duty on motorcycle parts?")
    assert reply.text.startswith("In May (May 2024). ")
    # the clause, without the fronted time phrase the answer already opens with
    assert reply.text == "In May (May 2024). The Kenyan government cut import duty on motorcycle parts to 10% from 25% in 2023."
