"""Questions the article does not answer, which the bot answered anyway, met on this session's
sets: each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PLANT = """| 3 March 2025, Monday |

Peru's pepper growers look to China

Peru's pepper exports to China rose 12% last year to 8,400 tonnes, worth 95 million soles, the trade ministry said.

Peru is the world's second-biggest exporter of paprika, a crop that supports about 40,000 families in the northern regions.

In March, China's Huaxin Foods agreed to invest $6 million in a joint venture with Lima-based Andes Spice to build a drying plant near Piura. Huaxin will hold a 40% stake in the venture, whose plant is due to open next year, process up to 5,000 tonnes a year and employ about 300 people.
"""


def test_a_population_is_no_count_of_a_firms_staff() -> None:
    expect(answered(_PLANT, "what is the population of peru"), None)


def test_a_plants_staff_is_still_counted_as_people() -> None:
    expect(answered(_PLANT, "how many people will the plant employ"), "300")
