"""Questions met on the bundled article's sets this session, each a general rule over a small
made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_TRADE = """| 3 March 2025, Monday |

Kenya and India court each other's buyers

Kenyan tea growers signed supply deals with Indian packers at a fair in Mombasa, the tea board said.

In February, bilateral trade between Kenya and India rose to $412 million, the highest in three years, according to customs data.

Kenya's coffee exports to India fell 6% last year to 1,900 tonnes.
"""


def test_an_unhyphened_two_way_before_a_noun_is_bilateral() -> None:
    expect(answered(_TRADE, "two way kenya india trade in feb, how big"), "$412 million")


_ROUTE = """| 3 March 2025, Monday |

Uganda gets a sea outlet through Kenya

In May, the government said landlocked Uganda would be able to use Mombasa, the biggest port in East Africa, to ship goods to Dubai and Salalah in the Gulf from June.

Uganda's coffee exports rose 12% last year to 6.1 million bags, the coffee authority said.

Three new berths opened at the port of Lamu in April.
"""


def test_a_route_named_by_its_start_and_the_place_it_goes_through_is_no_word_to_find() -> None:
    expect(answered(_ROUTE, "how many gulf ports r on the uganda via mombasa route"), "Two")


_DEALS = """| 3 March 2025, Monday |

Kenyan and Indian firms sign deals at Nairobi fair

Kenyan and Indian companies attending a trade fair in Nairobi signed a slew of cooperation agreements spanning from manufacturing and logistics to tourism and agriculture, the trade ministry said.

The fair was attended by 300 Indian companies and 12 state governments.

India's exports to Kenya rose 9% last year to $2.1 billion.
"""


def test_where_in_the_story_a_figure_is_named_still_asks_the_figure() -> None:
    expect(answered(_DEALS, "how many industries r named for the agreements at the top of the story"), "Four")


_GAS = """| 3 March 2025, Monday |

Europe's gas imports shift south

Azerbaijan has supplied more gas to Italy since Russian forces invaded Ukraine in 2022, the pipeline operator said.

Italy's gas imports fell 4% last year to 61 billion cubic metres.

The Trans Adriatic Pipeline opened in 2020.
"""


def test_rolling_into_a_country_is_invading_it() -> None:
    expect(answered(_GAS, "what yr did russia roll into ukraine"), "2022")


def test_a_bare_move_closed_by_a_question_mark_asks_yes_or_no() -> None:
    expect(answered(_TRADE, "kenya india trade down yoy?"), "No")
