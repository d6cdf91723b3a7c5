"""When-questions (dates) met on this session's sets, each a general rule over a small made-up
story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_TERMINAL = """| 16 October 2025, Thursday |

Chinese-built grain terminal opens in Kenya's Mombasa

A Chinese-financed grain terminal opened in the Kenyan port of Mombasa on Wednesday, giving wheat importers in Uganda and Rwanda a shorter route to the sea.

The terminal can handle 2 million tonnes a year, port officials said.

In May, Ugandan state trader Mavuno Holdings agreed to move 300000 tonnes of wheat a year through Mombasa starting next year.
"""


def test_a_body_the_lead_never_names_is_dated_by_its_own_sentence() -> None:
    expect(answered(_TERMINAL, "When did Mavuno Holdings sign up to use Mombasa?"), "May")
