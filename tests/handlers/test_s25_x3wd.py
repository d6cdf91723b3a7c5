"""When-questions met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_DUTIES = """| 3 March 2025, Monday |

Korean steel returns to Japan after duties lifted

Korean steel exports to Japan rose 40% in January and February, the first two months after Tokyo scrapped the duties, trade data showed on Monday.

Tokyo imposed the duties in June 2019 during a trade dispute and removed them in December.

Korean mills shipped 1.2 million tonnes of steel to Japan last year.
"""


def test_a_capital_acting_is_its_country_asked_not_a_rival_of_the_other_place_asked() -> None:
    # "Tokyo imposed the duties" is Japan's deed on Korea's steel, both asked: not another
    # place's sentence about the Korean steel asked.
    expect(answered(_DUTIES, "when did tokyo impose the duties on korean steel"), "June 2019")
