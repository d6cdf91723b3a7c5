"""Follow-ups of a price asked by its verb ("fetching"): the price, not a tonnage worked back when
the first turn found nothing; a town and the region after it are one place, no list of two."""

from __future__ import annotations

from handlers.query import parse_query
from tests.handlers.stories import answered, dialog, expect, stored

_NUTS = """| 3 March 2025, Monday |

Walnut prices climb

Shelled walnut halves were quoted at $9.10 per kilogram on export markets last week, up from $6.40 a year earlier, traders said.

Shipments in the first month of the season fell 40% from a year earlier to 6,000 tonnes as buyers held back.
"""

_BEANS = """| 3 March 2025, Monday |

Soybean prices soften

Soybeans at the port of Paranagua averaged 140.20 reais per sack last week, down 5% from a month earlier, according to a research group. Farmers in Sorriso, Mato Grosso, the country's biggest soy-growing town, received 121.30 reais per sack.
"""


def test_fetching_asks_a_price() -> None:
    store = stored(_BEANS)
    assert parse_query("What were soybeans fetching at Paranagua last week?", store).wants == "money"
    assert parse_query("what are the halves fetching on export markets now?", store).wants == "money"
    expect(answered(_BEANS, "What were soybeans fetching at Paranagua last week?"), "140.20")


def test_a_follow_up_of_an_unanswered_price_works_back_no_tonnage() -> None:
    reply = dialog(_NUTS, "what are organic walnut halves fetching at auction now?", "and a year ago?")
    assert "tonnes" not in reply.text, reply.text


def test_a_town_and_its_region_are_no_list() -> None:
    expect(dialog(_BEANS, "What were soybeans going for at Paranagua last week?", "and in sorriso?"), "121.30")
    expect(answered(_BEANS, "how much money did farmers receive in sorriso?"), "121.30")
