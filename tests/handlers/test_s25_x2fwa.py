"""Figure questions the bot abstained on although the article states the figure, each a general
rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_HAULAGE = """| 3 March 2025, Monday |

Zambian miners weigh rail against road

Zambia's copper output rose 6% last year to 820,000 tonnes, the mines ministry said.

Hauling a tonne of copper from Ndola to Beira by lorry costs about $210, compared with $120 by rail, the chamber of mines said.

The company also exported 40,000 tonnes of cobalt to China.
"""


def test_the_deed_a_cost_is_of_need_not_be_said_in_its_sentence() -> None:
    expect(answered(_HAULAGE, "What does it cost to send a tonne of copper by lorry from Ndola to Beira?"), "$210")
