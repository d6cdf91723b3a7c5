"""Where and who questions met on blind sets, each kept as a general rule over a small story:
a place the text puts in the nation asked, a scheduled service read as a route, two ports listed
with "and", and the chief operating officer asked by his initials."""

from __future__ import annotations

from handlers import Answer
from tests.handlers.stories import answered


def _leads_with(reply: Answer, name: str) -> None:
    """The reply names `name` first, not only in the sentence it quotes."""
    assert reply.answered and reply.text.startswith(name), reply.text

_LINE = """| 4 June 2025, Wednesday |

Gulf port operator starts East Africa line

Harbour Lines said on Tuesday it would start a weekly direct service next month linking Port Rashid with Mombasa in Kenya and Dar es Salaam in Tanzania.

"Demand keeps growing," Omar Haddad, chief operating officer of Harbour Lines, told reporters in Dubai.
"""

_FEEDER = """| 4 June 2025, Wednesday |

New feeder line calls at Lamu

Coastline Freight launched a fortnightly service on Monday linking Lamu with Shanghai, Qinzhou and Port Klang in Malaysia.
"""


def test_a_port_the_text_puts_in_the_nation_asked() -> None:
    # "Dar es Salaam": a name with its particle, and "in Tanzania" places it; Port Rashid is never placed
    _leads_with(answered(_LINE, "Which Tanzanian port is on the new service?"), "Dar es Salaam.")
    _leads_with(answered(_LINE, "which kenyan port does the weekly service call at"), "Mombasa.")


def test_a_scheduled_service_is_a_route() -> None:
    _leads_with(answered(_LINE, "Which Tanzanian port is on the new route?"), "Dar es Salaam.")


def test_two_ports_listed_with_and_are_two_names() -> None:
    reply = answered(_FEEDER, "which ports does the new service link lamu with")
    _leads_with(reply, "Shanghai, Qinzhou, Port Klang")


def test_the_coo_is_the_chief_operating_officer() -> None:
    _leads_with(answered(_LINE, "who is the coo of harbour lines"), "Omar Haddad")


_VISIT = """| 4 June 2025, Wednesday |

Gulf state and Kenya step up trade

Non-oil trade between the two countries reached $3.4 billion last year, up 17% from 2022, Foreign Trade Minister Salim Al Nuaimi said on Monday during a visit to Nairobi.
"""


def test_the_day_a_statement_was_made_dates_where_the_speaker_was() -> None:
    _leads_with(answered(_VISIT, "Which city was the foreign trade minister visiting on Monday?"), "Nairobi")


_LEG = """| 4 June 2025, Wednesday |

New Gulf line to add Horn of Africa call

The line will use four vessels of 3,500 TEUs each and will call at Zeila in Awdal on the return leg.
"""


def test_a_stop_on_the_way_back_is_the_place_inside_the_other() -> None:
    # "stop" is a call, "the way back" the return leg; "Zeila in Awdal": the port, not its region
    _leads_with(answered(_LEG, "where do the ships stop on the way back"), "Zeila")
