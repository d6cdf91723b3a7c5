"""Figure questions the bot abstained on although its story states the figure, each a general
rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_ZONE = """| 3 March 2025, Monday |

Chinese firms sign up for Kenyan free zone

The companies will build plants on 240 hectares of the zone and hire about 9,000 workers by 2027, the zone authority said.

Land prices in the zone rose 12% last year to $85 a square metre, agents said.
"""


def test_land_a_question_asks_things_to_take_up_is_no_rise() -> None:
    # "take up" an area occupies it: the level asked, not a rise in it
    expect(answered(_ZONE, "how many hectares will the chinese plants take up"), "240")
