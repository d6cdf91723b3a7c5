"""Rules of the 33rd session's wave u1, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_DATELINED = """| 3 March 2025, Monday |

Moroccan fertiliser maker lifts output

RABAT, Mar 3 (Reuters) - Morocco's state-owned Societe des Engrais du Maghreb (SEM) said on Monday its fertiliser output rose 12 percent in 2024 to 2.1 million tonnes.

Chief executive Karim Alaoui told reporters in Rabat that the company is targeting 2.5 million tonnes this year.

Exports to Brazil rose 8% to 400,000 tonnes, sales director Nadia Bennani said.
"""


def test_a_bare_titled_head_after_a_datelined_lead_heads_the_body_the_lead_opens_with() -> None:
    # The agency in the dateline is no subject of the lead; the French "des" stays inside the name.
    reply = answered(_DATELINED, "who runs sem")
    expect(reply, "Karim Alaoui")


_HOME = """| 3 March 2025, Monday |

Cocoa prices squeeze European chocolate makers

Cocoa futures rose 4% on Monday to a record $9,100 a tonne, traders said.

Chocolate maker Sotbolaget AB in Malmo said it had raised its prices twice this year.
"""


def test_a_place_right_after_a_bodys_name_is_its_home() -> None:
    reply = answered(_HOME, "what city is sotbolaget in")
    expect(reply, "Malmo")


_QUEUE = """| 3 March 2025, Monday |

Border crossings clog as fruit exports surge

In July, lorries loaded with melons queued for up to four days at the Torkham gate because of a surge in fruit exports and slower customs checks.

About 900 lorries pass through the gate on a typical day.
"""


def test_vehicles_stuck_at_a_crossing_are_queued_there() -> None:
    reply = answered(_QUEUE, "why were lorries stuck at the border for days in july")
    expect(reply, "customs checks")
