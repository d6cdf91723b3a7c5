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


_TRADE_BODY = """| 4 June 2025, Wednesday |

Kenyan tea sales to Pakistan climb

Kenyan tea exports to Pakistan rose 12.5% to 98,000 tonnes in January to May, according to the East African Tea Traders Association (EATTA).

Mombasa auction prices averaged $2.41 a kilogram, brokers said.

Argentina quit the Mercosur trade bloc at the start of the year in a dispute over tariffs.
"""


def test_a_body_kind_after_what_is_no_word_to_find() -> None:
    # (as "which industry body" was: the body is named, never called a body)
    expect(answered(_TRADE_BODY, "what industry body released the figures"), "Traders Association")


def test_quitting_a_group_is_leaving_it() -> None:
    expect(answered(_TRADE_BODY, "What group did Argentina leave this year?"), "Mercosur")
