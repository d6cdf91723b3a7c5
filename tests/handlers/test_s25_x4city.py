"""A city or port of a country asked stands for it: the gazetteer's table of major cities."""

from __future__ import annotations

from knowledge import gazetteer as gz
from tests.handlers.stories import answered, expect

_REEFERS = """| 3 March 2025, Monday |

Peru's avocado exports climb on Asian demand

Peru's avocado exports rose 12% in the first half of the year to $1.1 billion, exporters' group ProHass said on Monday.

Shipments to China rose 31% to $240 million, while sales to Spain fell 4%.

Growers sent 1,870 refrigerated containers of avocados from the port of Callao to Shanghai during the period.

Exporters also shipped 640 containers of blueberries to Rotterdam, and 95 containers of grapes to Houston.
"""


def test_a_city_of_the_country_asked_is_the_end_of_a_shipment() -> None:
    expect(answered(_REEFERS, "how many refrigerated containers went to china"), "1,870")


def test_a_city_after_buyers_in_is_the_end_too() -> None:
    story = _REEFERS.replace("to Shanghai during", "to buyers in Ningbo and Guangzhou during")
    expect(answered(story, "how many refrigerated containers were sent to china"), "1,870")


def test_the_gazetteer_places_major_cities_and_capitals() -> None:
    assert gz.country_of_city("Shanghai") == "China"
    assert gz.country_of_city("Munich") == "Germany"
    assert gz.country_of_city("Moscow") == "Russia"
    assert gz.country_of_city("Atlantis") == ""
