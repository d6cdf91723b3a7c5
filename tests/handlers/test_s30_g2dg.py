"""Follow-ups met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, dialog, expect

_PORT = """| 3 March 2025, Monday |

Inland Bavaria gets a sea outlet

Regulators said in April the inland state of Bavaria would be able to use Rotterdam, the busiest port in the Netherlands, to ship machinery to Lisbon and Porto in Portugal from July.

Machinery exports from Bavaria rose 6% last year, the state said.

The summit in Braga, in northern Portugal, follows trade fairs in Faro and Coimbra, where Bavarian firms met Portuguese buyers.
"""


def test_from_there_in_a_where_follow_up_is_the_start_not_the_place_asked() -> None:
    reply = dialog(_PORT, "Which Dutch port can Bavaria use?", "and where do the goods get shipped to from there?")
    expect(reply, "Lisbon")
    assert "netherlands" not in reply.text.lower().split(".")[0]


def test_where_does_it_go_from_there_asks_the_destination_of_what_was_shipped() -> None:
    reply = dialog(_PORT, "Which Dutch port can Bavaria use?", "where does the machinery go from there?")
    expect(reply, "Lisbon")


def test_where_after_a_preposition_and_before_in_asks_a_place() -> None:
    reply = dialog(_PORT, "Which Dutch port can Bavaria use?", "shipping to where in portugal?")
    expect(reply, "Lisbon")


def test_a_going_fragment_with_no_subject_goes_on_from_the_last_answer() -> None:
    reply = dialog(_PORT, "Which Dutch port can Bavaria use?", "heading for which portuguese city?")
    expect(reply, "Lisbon")


def test_hows_x_described_in_the_article_asks_what_the_text_says_x_is() -> None:
    reply = answered(_PORT, "hows rotterdam described in the article")
    expect(reply, "busiest port")


def test_describe_it_after_a_place_answer_asks_what_that_place_is() -> None:
    reply = dialog(_PORT, "Which Dutch port can Bavaria use?", "how does the story describe it?")
    expect(reply, "busiest port")
    assert reply.text.startswith("Rotterdam"), reply.text  # what it is, not the sentence naming it


def test_how_big_a_port_asks_what_the_text_ranks_the_port_as() -> None:
    reply = dialog(_PORT, "Which Dutch port can Bavaria use?", "how big a port is it?")
    expect(reply, "busiest port")
