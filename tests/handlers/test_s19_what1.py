"""What/which/how questions of the nineteenth session's second wave: each a general rule over a
small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_REGION = """| 3 March 2025, Monday |

Coal region gets EU money

Moravia, home to about 1.2 million people, is set to receive 900 million euros from the EU's transition fund through 2027 to develop new industries such as solar panels, heat pumps, batteries and software, the regional government said.

The region's last coal mine will close in 2031, the mining company said on Friday.
"""


@pytest.mark.parametrize("question", [
    "which industries does moravia hope to build",
    "which industries is moravia aiming to build",
])
def test_a_hope_or_an_aim_is_the_deeds_tense_as_a_plan_is(question: str) -> None:
    expect(answered(_REGION, question), "heat pumps")
