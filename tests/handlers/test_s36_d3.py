"""Rules met on the 36th session's blind articles (wave d3), each over a small made-up story."""

from __future__ import annotations

from handlers.query import parse_query
from tests.handlers.stories import answered, expect, stored

_CARRIER = """| 7 May 2025, Wednesday |

Andean budget airline lifts profit, orders new jets

LIMA, May 7 (Reuters) - Andean budget carrier VueloSur SA said on Wednesday its first-quarter net profit rose 20% to 80 million soles.

The carrier flew 3.2 million passengers in the quarter, while its average load factor improved to 84.0% from 81.5%.

"The new jets burn less fuel," Chief Executive Marco A. Quispe told reporters at the company's headquarters in Miraflores.

VueloSur plans to base eight of the new aircraft at Cusco International Airport and four at Arequipa airport.

The aviation regulator DGAC raised the fuel surcharge for domestic flights to level 4 from level 3 in March, analysts said.

Shares of VueloSur rose 3.1% to 12.40 soles on Wednesday.
"""


def test_a_middle_initial_stays_inside_the_name() -> None:
    expect(answered(_CARRIER, "who runs the airline"), "Marco A. Quispe")


def test_pax_is_passengers() -> None:
    expect(answered(_CARRIER, "how many pax flew with them in the quarter"), "3.2 million")


def test_a_head_office_is_the_headquarters() -> None:
    query = parse_query("where is vuelosurs head office", stored(_CARRIER))
    assert any("headquarter" in t.keys for t in query.terms)
    expect(answered(_CARRIER, "where is vuelosurs head office"), "Miraflores")


def test_the_price_shares_ended_at_is_their_level() -> None:
    expect(answered(_CARRIER, "what price did the shares end at"), "12.40")


def test_a_weekday_shortened_after_at_is_the_weekday() -> None:
    expect(answered(_CARRIER, "what price did the shares end at wed"), "12.40")


def test_points_a_level_improved_by_are_its_two_levels_gap() -> None:
    expect(answered(_CARRIER, "by how many points did load factor improve"), "2.5")


def test_what_a_body_changed_is_told_by_a_rise() -> None:
    expect(answered(_CARRIER, "what did the DGAC change in march"), "surcharge")


_LINER = """| 5 November 2025, Wednesday |

Baltic line's profit falls on longer voyages

Container line Baltica Shipping said on Wednesday its quarterly profit fell 30% as ships sailed around Africa's Cape of Good Hope to avoid the Red Sea.

Average freight rates rose 12% to $2,310 per forty-foot container.

Volumes on its Asia-North Europe network fell 5.1% because rerouted ships needed 10 to 14 more days to complete each one-way voyage.

"Sailing around the Cape costs us about $40 million a week," Chief Executive Anna Berg said.
"""


def test_a_number_asked_bare_finds_the_figure_written_as_asked() -> None:
    expect(answered(_LINER, "40 million a week"), "$40 million a week")


def test_which_way_ships_go_asks_where() -> None:
    expect(answered(_LINER, "Which way are the ships going instead of the Red Sea?"), "Cape of Good Hope")


_RUPEES = """| 11 June 2025, Wednesday |

Nepal's imports through northern crossing jump

Goods worth 42.7 billion Nepali rupees ($312 million) entered Nepal through the Rasuwagadhi checkpoint in the first nine months, customs said.

Exports to China through the crossing were just 1.9 billion rupees.
"""


def test_bare_rupees_asked_are_the_storys_own_rupees() -> None:
    expect(answered(_RUPEES, "value of goods coming in thru the crossing, in bn rupees"), "42.7 billion")


_GLOVES = """| 14 November 2024, Thursday |

Glove maker returns to profit

Kelana Glove Holdings Bhd swung back to profit in the quarter as distributors in the United States moved orders away from Chinese suppliers, the company said.

Average selling prices rose to $21.40 per 1000 pieces from $19.60, as the company passed on higher costs for nitrile latex and natural gas to customers.

Gas Malaysia Bhd raised natural gas tariffs for industrial users by 6% in July.
"""


def test_what_plural_got_done_asks_the_kinds() -> None:
    reply = answered(_GLOVES, "what costs got passed on to customers")
    expect(reply, "latex")


def test_which_agents_needs_their_names_not_the_kind_bare() -> None:
    expect(answered(_GLOVES, "which us distributors placed the new orders"), None)


_DURIAN = """| 14 November 2024, Thursday |

Malaysia's fresh durian shipments to China soar after phytosanitary deal

Malaysia's exports of fresh whole durian to China surged 64% in the first nine months of the year from a year earlier to 1.38 billion ringgit ($309 million), after a new phytosanitary protocol allowed the fruit to be shipped fresh rather than frozen, the agriculture ministry said on Tuesday.

The protocol, signed with China's customs in Beijing in April, covers orchard registration and pest control. Until then, Malaysia could only export frozen whole fruit, pulp and paste to China.

"Rail has cut our costs and the fruit still arrives fresh," said the chief executive of exporter DuriKing Agro, which shipped 1,450 tonnes to China last quarter.
"""


def test_a_kind_named_again_by_its_class_is_found() -> None:
    expect(answered(_DURIAN, "how much durian did duriking send to china last quarter"), "1,450")


def test_what_kind_told_by_the_class_word_is_told() -> None:
    expect(answered(_DURIAN, "What kind of durian could Malaysia sell to China before the deal?"), "pulp")
