"""Questions met on this session's sets (wave c4wp), each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_RELAY = """| 3 March 2025, Monday |

Norland salmon exports to Japan climb

Norland's salmon exports to Japan rose 14% last year to 42,000 tonnes, the seafood council said on Monday.

Most of the fish is flown from Tromsvik and transferred in Helsinki before a flight of about 8,000 kilometres to Osaka, which takes 11 hours.

Prices rose 6% on strong demand, the council said.
"""


def test_a_going_that_ends_at_a_named_place_asks_where_else_it_happens() -> None:
    # "before heading to Osaka" names where the fish goes: the question asks where it is
    # transferred, not where it is headed.
    reply = answered(_RELAY, "Where is most of the fish transferred before heading to Osaka?")
    expect(reply, "Helsinki")


_POST = """| 3 March 2025, Monday |

Norland plans new fruit terminal

Norland will build a 200 million euro fruit terminal at Tromsvik, the ports authority said on Monday.

Trade Minister Ingrid Solvang said the terminal would open in 2027.
"""


def test_the_name_of_a_post_asks_who_holds_it() -> None:
    reply = answered(_POST, "name of the trade minister?")
    expect(reply, "Solvang")


_WORKS = """| 3 March 2025, Monday |

Tromsvik port traffic climbs

Tromsvik port handled 1.2 million tonnes of fruit last year, up 9%, the ports authority said on Monday.

The port is undergoing a 300 million euro expansion that will add a 500-metre quay by 2028, the authority said.
"""


def test_a_deadline_told_says_when_the_thing_is_finished() -> None:
    reply = answered(_WORKS, "when will the new quay be finished?")
    expect(reply, "2028")


_DETOUR = """| 3 March 2025, Monday |

Norland fruit exports to China climb

Norland's fruit exports to China rose 21% last year to 90,000 tonnes, the growers' council said on Monday.

Shipping line Nordline added a weekly reefer service from Tromsvik to Qingdao last week, cutting transit time to Chinese ports to 24 days from 39 days when cargo was transshipped through Marvessa in Oman.

Prices rose 6% on strong demand, the council said.
"""


def test_a_transfer_asked_is_a_transshipment_told() -> None:
    reply = answered(_DETOUR, "Where was cargo transferred before the direct service?")
    expect(reply, "Marvessa")


def test_a_name_passed_through_and_placed_in_a_country_is_the_place() -> None:
    # "through Marvessa in Oman": a place, and the one inside the country says more than it
    reply = answered(_DETOUR, "Where was cargo transshipped before the direct service?")
    expect(reply, "Marvessa")
    assert reply.text.startswith("Marvessa")
