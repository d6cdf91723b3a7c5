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


_LOBITO = """| 16 October 2025, Thursday |

Chinese-funded container terminal opens in Angola's Lobito, eyeing Zambia and Congo copper

A Chinese-financed container terminal opened in the Angolan port of Lobito on Wednesday, giving copper mines in Zambia and Congo a shorter route to the Atlantic.

In March, Congolese state miner Gecamines agreed to ship 150000 tonnes of copper a year through Lobito starting next year, due to delays of up to three weeks at border crossings on the road route to Durban.
"""


def test_an_event_clause_that_is_only_the_date_again_is_left_out() -> None:
    # ("In March (March 2025). In March." was the date twice)
    reply = answered(_LOBITO, "When did Gecamines sign up to use Lobito?")
    assert reply.text == "In March (March 2025)."
