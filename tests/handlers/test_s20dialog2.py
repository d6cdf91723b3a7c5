"""Follow-ups and loosely typed questions met on the twentieth session's sets, each kept as a
general rule over a small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, dialog, expect

_KIWI = """| 6 May 2025, Tuesday |

Freedonian kiwifruit exports hit a record

Freedonia's kiwifruit exports rose 18.4% to a record 4.1 billion crowns ($2.43 billion) in the season to March, the growers' marketer said on Tuesday.

Sales to the United States rose 9% to 31 million trays, and the marketer expects volumes to grow again next season as new orchards come into production.
"""


@pytest.mark.parametrize("follow_up", ["and in us dollars?", "and in US dollars?", "and in dollars?"])
def test_a_country_naming_the_currency_asked_is_no_place_asked(follow_up: str) -> None:
    expect(dialog(_KIWI, "how much kiwifruit did freedonia export this season", follow_up), "2.43")


_SOY = """| 28 October 2025, Tuesday |

Freedonian soybean exports slip

Freedonia exported 15.3 million tonnes of soybeans in April, slightly below the 15.6 million tonnes shipped a year earlier, trade ministry data showed. China took 11.2 million tonnes, about 73% of the total, and Egypt took 1.4 million tonnes.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("how much did china buy in april", "11.2"),
    ("how much did egypt buy", "1.4"),
    ("how much did japan buy", None),  # another market's taking is no buying of the one asked
])
def test_a_market_that_took_an_amount_bought_it(question: str, expected: str | None) -> None:
    expect(answered(_SOY, question), expected)


_CARTONS = """| 28 October 2025, Tuesday |

Freedonian citrus exports hit a record

Freedonia shipped a record 171.4 million cartons of citrus in the 2025 export season, up 6.2% from a year earlier, the growers' association said on Monday.

Exports to the European Union fell 3.8% to 52.6 million cartons. China took 19.6 million cartons, up from 15.4 million a year earlier, the association said.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("how much citrus did china buy", "19.6"),
    ("how much citrus did japan buy", None),
])
def test_cartons_are_an_amount_of_the_goods_packed(question: str, expected: str | None) -> None:
    expect(answered(_CARTONS, question), expected)
