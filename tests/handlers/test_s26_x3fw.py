"""Figure questions the bot abstained on although the story states the figure, each a general
rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PLANT = """| 3 March 2025, Monday |

Ghana cocoa plant adds a line

Ghana's cocoa exports to China rose 12% to 84,000 tonnes last year, the cocoa board said.

Most of the growth came from Volta Cocoa Industries, a factory 20 kilometres north of Tema that is 65% owned by Fujian-based Minjiang Foods Group. The factory ground 41,000 tonnes of beans last year.

Local trader Asante Agro holds the remaining 35% stake in the factory, which employs 410 people.
"""


def test_a_stake_named_before_owned_by_its_holder_is_the_holders() -> None:
    expect(answered(_PLANT, "What stake does Minjiang hold in the factory?"), "65%")
