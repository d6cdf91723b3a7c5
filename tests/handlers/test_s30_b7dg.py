"""Dialog follow-ups met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, dialog, expect

_PLANT = """| 3 March 2025, Monday |

Chinese firm to build glass plant in Georgia

The largest deal was signed by Hebei Lianda Glass Co, which will invest $210 million in a float-glass plant near Rustavi. Building work is due to start in May.

"We are moving some of our furnaces here because gas costs about a third less than at home," Liu Fang, deputy director of Hebei Lianda, told reporters.

Georgia's imports of glass fell 4% last year, the statistics office said.
"""


def test_a_quote_by_someone_of_the_body_named_goes_on_to_say_why() -> None:
    reply = dialog(_PLANT, "How big is the Hebei Lianda investment?", "why are they doing it?")
    expect(reply, "gas costs about a third less")


_ROUTE = """| 3 March 2025, Monday |

Copper exporters pay more to reach Asia

The sea voyage from Walvis Bay to Shanghai has become costlier since the canal closures, with freight on the route up about 28% this year, said Anna Moyo, an analyst at Kalahari Research.

Namibia's copper exports rose 6% to 310,000 tonnes last year, the ministry said.
"""


def test_a_cost_asked_to_rise_is_met_by_costlier() -> None:
    reply = answered(_ROUTE, "how much have freight costs gone up?")
    expect(reply, "28%")


_INFLOWS = """| 3 March 2025, Monday |

Panama draws more logistics money

PANAMA CITY, March 3 (Reuters) - Panama's logistics exports rose 9.1% last year to a record $6.2 billion.

Foreign direct investment into the logistics sector reached $2.4 billion in the January-September period, 17% more than a year earlier, the central bank said.

Cargo through the canal fell 3% to 310 million tonnes, the canal authority said.
"""


def test_a_rate_set_against_a_year_earlier_after_a_level_is_its_move() -> None:
    reply = dialog(_INFLOWS, "how much foreign investment did the logistics sector get?", "and how much is that up yoy")
    expect(reply, "17%")
