"""When, where and who, met on the 21st session's blind sets, each kept as a general rule over a
small story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_WINERY = """| 7 November 2024, Thursday |

Chilean wine sales to China rebound

Wines of Chile said on Tuesday that exports to China rose 18% in the first nine months.

Andes Vintners, one of the country's largest producers, said on Monday its sales to China jumped 23% in the third quarter.

Chief executive Marta Soto said the Maule-based company would open a warehouse in Chengdu next year.
"""


def test_a_bare_title_heads_the_body_the_paragraph_before_opens_with() -> None:
    # "the Maule-based company" goes on of the body the paragraph before told, not the lead's
    expect(answered(_WINERY, "Who heads Andes Vintners?"), "Marta Soto")


_DRY_PORT = """| 4 November 2025, Tuesday |

Nepal opens dry port on the Chinese border

Kathmandu opened a new dry port near the frontier, customs officials said on Tuesday.

Trade Minister Hari Thapa on Monday inaugurated the Syafru dry port, which sits on a 6.2-hectare site in Rasuwa district of Bagmati province and can handle 150 containers a day.
"""


def test_where_a_thing_is_is_the_clause_placing_it() -> None:
    # ", which sits on ... in Rasuwa district": more closely than the lead's Kathmandu
    expect(answered(_DRY_PORT, "where exactly is the new dry port"), "Rasuwa district")
    expect(answered(_DRY_PORT, "where is the dry port located?"), "Rasuwa district")
