"""What/which questions met on the 22nd session's blind sets, each kept as a general rule over a
small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_PACT = """| 4 June 2025, Wednesday |

Chile and Peru sign copper pact

Chile and Peru signed an agreement in Lima on Tuesday to raise copper shipments across the border to 2 million tonnes by 2030 from about 800,000 tonnes now. The pact covers new smelters, rail freight, joint investment in copper mines and a common pricing formula.

Chilean copper exports rose 4.1% in May to $4.2 billion, customs data showed.
"""


# (a list of things named in several words each, so no list of names, and no word "areas" in it)
@pytest.mark.parametrize("question", [
    "what areas does the pact cover",
    "What aspects does the deal with Peru cover?",
])
def test_the_areas_a_deal_covers_are_what_it_covers(question: str) -> None:
    expect(answered(_PACT, question), "rail freight")
