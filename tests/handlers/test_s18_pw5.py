"""Where and who questions met on this session's blind sets, each kept as a general rule over a
small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_FAIR = """| 3 March 2025, Monday |

German and Kazakh firms sign deals at Almaty fair

German and Kazakh companies attending a trade fair in Almaty signed a string of supply agreements, according to Kazakh state media.

The fair in Almaty follows a meeting between German Chancellor Anna Berger and Kazakh President Nurlan Sadykov last week in Astana. The fair was attended by German regional government officials, bank chiefs, and almost 600 Kazakh companies hoping to enter the German market.
"""


@pytest.mark.parametrize("question", [
    "which germans went to the fair",
    "which germans were at the almaty fair",
])
def test_which_people_of_a_nation_went_to_a_gathering_asks_who_attended(question: str) -> None:
    expect(answered(_FAIR, question), "officials")


_SUMMIT = """| 3 March 2025, Monday |

Kazakh and German firms sign deals at Almaty summit

The summit in Almaty, the largest city of Kazakhstan, follows a meeting between German Chancellor Anna Berger and Kazakh President Nurlan Sadykov last week in Astana. The summit drew almost 600 companies.
"""


@pytest.mark.parametrize("question", [
    "where did the two leaders meet before the summit?",
    "where did the chancellor and the president meet b4 the summit",
])
def test_a_gathering_that_only_dates_a_where_question_is_not_the_place_asked(question: str) -> None:
    expect(answered(_SUMMIT, question), "Astana")
