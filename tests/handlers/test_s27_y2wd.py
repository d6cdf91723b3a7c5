"""When-questions met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_CARGOES = """| 18 March 2025, Tuesday |

Chilean cherry growers win access to Vietnam

Vietnam cleared 12 Chilean cherry packing plants on Monday, the farm ministry said.

Chile shipped 3,400 tonnes of cherries to Asia in January.

The first cargoes from the cleared plants should leave the port of Valparaiso in early April, the ministry said.
"""


def test_a_month_that_something_should_happen_in_is_the_next_one() -> None:
    expect(answered(_CARGOES, "When should the first cargoes from the cleared plants ship out?"), "April 2025")


_EXPO = """| 17 October 2024, Thursday |

Bulgarian honey makers look to China

Bulgarian honey sales to China rose 21% in the first nine months of the year, the farm ministry said on Tuesday.

Bulgaria will also send a delegation of 12 beekeepers to the Asia Food Expo in Shanghai in May next year, the ministry said.
"""


def test_a_town_right_after_the_asked_venue_holds_it_and_is_no_other_place() -> None:
    expect(answered(_EXPO, "when r the bulgarian beekeepers going to the asia food expo"), "May 2025")
