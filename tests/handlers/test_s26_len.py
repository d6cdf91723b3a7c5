"""Shorter answer text (read on phones): one exact line, the cited sentence kept in the quote.
Each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered

_PLANT = """| 14 November 2024, Thursday |

Kenyan assembly plants open

Two Chinese electric motorcycle makers opened assembly plants in Nairobi on Wednesday, the first of their kind in East Africa, the investment ministry said in a statement on Thursday.

In May, the Kenyan government cut import duty on motorcycle parts to 10% from 25%.
"""


def test_relative_date_says_its_resolution_and_article_date_tightly() -> None:
    reply = answered(_PLANT, "When did the motorcycle plants open?")
    assert reply.text.startswith("On Wednesday (13 November 2024; article dated 14 November 2024). ")
    assert "counting from" not in reply.text


def test_date_answer_keeps_the_event_clause_not_the_attribution() -> None:
    reply = answered(_PLANT, "When did the motorcycle plants open?")
    assert "opened assembly plants in Nairobi" in reply.text
    assert "ministry said" not in reply.text
    assert "ministry said in a statement" in reply.citations[0].quote


def test_date_answer_does_not_repeat_a_fronted_time_phrase() -> None:
    reply = answered(_PLANT, "When did the government cut the duty on motorcycle parts?")
    assert reply.text.startswith("In May (May 2024). ")
    assert "In May," not in reply.text[len("In May (May 2024). "):]
    assert "The Kenyan government cut import duty on motorcycle parts to 10%" in reply.text
