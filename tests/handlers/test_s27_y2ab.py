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


_DEAL = """| 3 March 2025, Monday |

Bulgarian honey maker signs Chinese supply deal

Bulgaria's honey exports to China rose 22% last year to 1,300 tonnes, the farm ministry said.

Last month, Plovdiv-based producer Thracian Bees signed a three-year deal to supply up to 200 tonnes of honey a year to Shanghai-based Golden Hive Co, chief executive Maria Petrova told Reuters.

Golden Hive will also buy a 10% stake in the producer for 4 million euros, she said.
"""


def test_a_bare_title_after_a_deal_is_the_post_at_its_maker_not_its_partner() -> None:
    expect(answered(_DEAL, "who is the ceo of golden hive"), None)


def test_a_bare_title_after_a_deal_still_names_its_makers_head() -> None:
    expect(answered(_DEAL, "who is the ceo of thracian bees"), "Maria Petrova")
