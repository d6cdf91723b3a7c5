"""Figure questions the bot abstained on although the story states the figure, each a general
rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_TERMINAL = """| 3 March 2025, Tuesday |

Ghana's cocoa shipments to China climb as Tema plans new terminal

Ghana's cocoa exports to China rose 21% in the first half to 84,000 tonnes, the cocoa board said on Monday, as Chinese buyers turned to West Africa for beans.

The shipments were worth $410 million in the January-June period, with China taking 14% of the crop.

Donghai Foods Chairman Wang Lei said the group would take a 35% stake in a new cocoa warehouse and loading terminal at Tema, with room for 60,000 tonnes.

Construction of the $90 million terminal is due to start next year, the ports authority said.
"""


def test_the_doer_between_an_auxiliary_and_its_verb_is_no_measure_asked() -> None:
    expect(answered(_TERMINAL, "what stake is the chinese buyer taking in the terminal"), "35%")
