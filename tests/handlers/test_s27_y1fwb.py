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


_ROUTE = """| 3 March 2025, Monday |

Caspian rail link draws more Chinese trains

Container traffic on the route reached 52,300 twenty-foot equivalent units (TEUs) in January-September, up from 38,100 a year earlier, the railway said.

Cargo moving along the corridor rose 18% to 3.2 million tonnes, while the ferry fleet grew to 14 vessels from 11.
"""


def test_a_soft_verb_is_not_asked_of_a_stated_earlier_level_that_names_all_else() -> None:
    # the figure's measure ("container traffic on the route") and unit (TEUs) name all asked but
    # the verb: "carry" is a soft verb, here as in the figure question without "a year earlier"
    expect(answered(_ROUTE, "how many teus did the corridor carry a year earlier"), "38,100")
