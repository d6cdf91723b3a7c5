"""What/which questions and follow-ups met on the sixteenth session's sealed sets, each kept as
a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, dialog, expect

_FERRY = """| 3 March 2025, Monday |

New ferry service links Dalian and Incheon

The service, run by Bohai Ferry Group, will sail three times a week, said Li Wenbo, general manager of the group's passenger shipping unit.
"""


def test_a_general_manager_heads_a_unit() -> None:
    # "who heads the unit?": whoever holds its top title, a unit's being its general manager
    expect(answered(_FERRY, "who heads the group's passenger shipping unit"), "Li Wenbo")
    expect(dialog(_FERRY, "which company runs the ferry service", "who heads its passenger shipping unit"), "Li Wenbo")


_RAIL = """| 3 March 2025, Monday |

Kyrgyz and Uzbek firms sign rail deal

The new line would connect at Osh with the 300-km Fergana Valley Railway, which opened in 2019.
"""


def test_hooking_up_is_connecting() -> None:
    expect(answered(_RAIL, "which rail line will the new route hook up with in Osh"), "Fergana Valley Railway")


_TRADE = """| 3 March 2025, Monday |

Kazakh-Chinese trade climbs

In September, trade between Kazakhstan and China rose to $4.1 billion, customs data showed. In August, Kazakhstan's exports to Russia were $1.2 billion.
"""


def test_btw_before_a_pair_is_between() -> None:
    # "btw" joining two names is "between" to find, not the chat's "by the way"
    expect(answered(_TRADE, "what was the sept trade total btw kazakhstan and china"), "4.1")
    expect(answered(_TRADE, "sept trade btwn kazakhstan and china?"), "4.1")


_PLEDGE = """| 3 March 2025, Monday |

Almaty to become a regional hub

Almaty should become a "key" hub for Central Asia's trade with China, Tokayev declared in February, saying the city ought to lead the region's logistics.

In January, the city's exports rose 4% to $1.2 billion.
"""


def test_when_was_that_after_who_said_dates_the_saying() -> None:
    # "who said X?" "when was that?": when it was said, though "said" was no word demanded
    expect(dialog(_PLEDGE, "who said almaty should be a hub", "when was that"), "February")
