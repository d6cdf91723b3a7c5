"""Rules met on the 35th session's blind articles (wave b2), each a general rule over a small made-up story."""

from __future__ import annotations

from handlers.query import parse_query
from knowledge.entities import find_entities
from tests.handlers.stories import answered, expect, stored

_LINE = """| 4 March 2025, Tuesday |

Work starts on Andean railway

LIMA, March 4 (Reuters) - Work on a 410-km railway linking the port of Callao with the Andes began on Tuesday, the two companies building it said.

The route will climb to 4,800 metres, and the track will include 37 tunnels and 52 bridges.

The project is expected to cost $3.1 billion, according to the joint venture set up to build it. Peru holds a 51% stake in the venture, Andes Rail Partners, while Chile and Bolivia each own 24.5%.

Peruvian Transport Minister Rosa Quispe said the line would open in 2030, while Finance Minister Carlos Mendoza said the state would fund its share with bonds.
"""


def test_min_after_a_portfolio_is_the_minister() -> None:
    expect(answered(_LINE, "whos the finance min"), "Carlos Mendoza")
    expect(answered(_LINE, "who is the transport min"), "Rosa Quispe")


def test_min_elsewhere_stays_the_minimum() -> None:
    query = parse_query("what is the min price", stored(_LINE))
    assert not any(t.lemma == "minister" for t in query.terms)


def test_a_name_set_a_comma_after_the_thing_asked_is_its_name() -> None:
    expect(answered(_LINE, "whats the joint venture called"), "Andes Rail Partners")


def test_a_participle_on_the_thing_asked_only_says_which_one() -> None:
    query = parse_query("whats the jv building it called", stored(_LINE))
    assert not any(t.required and not t.soft for t in query.terms if t.lemma in ("building", "build"))


def test_a_participle_of_saying_still_asks_what_was_said() -> None:
    query = parse_query("who's the source saying the railway got approved", stored(_LINE))
    assert any(t.required and not t.soft for t in query.terms if t.lemma == "railway")


def test_equal_amounts_each_owned_are_a_yes() -> None:
    reply = answered(_LINE, "do chile and bolivia have equal stakes in the jv")
    expect(reply, "24.5%")
    assert reply.text.startswith("Yes")


def test_amounts_of_their_own_that_differ_are_not_equal() -> None:
    reply = answered(_LINE, "do peru and chile have equal stakes in the jv")
    expect(reply, "51%")
    assert reply.text.startswith("No")


def test_a_count_phrase_ends_at_a_preposition() -> None:
    query = parse_query("how many bridges along the route", stored(_LINE))
    assert "bridge" in query.count_keys and "along" not in query.count_keys


def test_the_works_a_count_stands_along_need_not_be_named() -> None:
    expect(answered(_LINE, "how many tunnels on the route"), "37 tunnels")
    expect(answered(_LINE, "how many bridges on the line"), "52 bridges")


_GROUND = """| 4 March 2025, Tuesday |

Cambodia breaks ground on new port

PHNOM PENH, March 4 (Reuters) - Prime Minister Hun Manet led the groundbreaking ceremony at the site in Kampot, where some 2,500 officials and residents gathered in the rain.

The port is expected to create about 9,000 jobs, the minister said.
"""


def test_people_gathered_are_the_ones_who_attended() -> None:
    expect(answered(_GROUND, "how many people attended the groundbreaking"), "2,500")


_ZONE = """| 4 March 2025, Tuesday |

Colombo Port City draws record investment

Colombo Port City, the financial district next to Sri Lanka's capital, attracted $1.4 billion in foreign investment commitments in the first nine months of the year, its regulator said on Monday.

The Port City has 94 registered businesses, up from 67 at the end of last year.
"""


def test_a_name_less_the_place_it_opens_with_is_that_thing() -> None:
    sentences = [(1, 0, "Colombo Port City, the financial district next to Sri Lanka's capital, attracted $1.4 billion."),
                 (2, 0, "The Port City has 94 registered businesses.")]
    names = {e.name: e for e in find_entities(sentences)}
    assert "Port City" not in names and "Port City" in names["Colombo Port City"].aliases
    expect(answered(_ZONE, "how much foreign money did port city pull in jan-sep"), "1.4 billion")


_AIM = """| 4 March 2025, Tuesday |

Libya plans port expansion

TRIPOLI, March 4 (Reuters) - Transport Minister Salem Khalifa said the government aimed to raise the country's total container capacity to 5 million TEUs by 2030.

The free zone handled 742,000 TEUs in the first ten months, its chairman said.
"""


def test_a_scaled_quantity_asked_is_set_against_the_one_stated_in_its_unit() -> None:
    reply = answered(_AIM, "does the govt want 10 million teu of capacity by 2030")
    expect(reply, "5 million TEUs")
    assert reply.text.startswith("No")


_STAFF = """| 4 March 2025, Tuesday |

Chinese firm opens tyre plant in Serbia

BELGRADE, March 4 (Reuters) - The plant will employ about 2,000 workers at full output, 80% of them Serbian citizens, the company said.

It cost 400 million euros.
"""


def test_a_share_of_them_named_by_the_counted_nouns_qualifier_is_worked_out() -> None:
    expect(answered(_STAFF, "how many serbian workers at full output"), "1,600")


def test_a_share_of_them_leaves_another_qualifier_unanswered() -> None:
    reply = answered(_STAFF, "how many chinese workers at full output")
    assert "1,600" not in reply.text


_CONCESSION = """| 4 March 2025, Tuesday |

Chinese firm to run new canal

PHNOM PENH, March 4 (Reuters) - Work began on the 180-km canal on Monday.

CRBC will operate the canal for 40 years before handing it over to the state.
"""


def test_how_long_one_operates_a_long_thing_is_a_time() -> None:
    expect(answered(_CONCESSION, "how long will crbc operate the canal"), "40 years")


_FLOODS = """| 4 March 2025, Tuesday |

Libyan port traffic climbs

MISRATA, March 4 (Reuters) - The free zone handled 742,000 TEUs in the first ten months, up 18%.

Its chairman put the rise down to growing imports of steel and cement, driven partly by reconstruction in the eastern city of Derna after the floods.
"""


def test_rebuilding_is_reconstruction_and_pushing_up_a_rise() -> None:
    expect(answered(_FLOODS, "rebuilding in which city is pushing up imports"), "Derna")


_SECTIONS = """| 4 March 2025, Tuesday |

China-Kyrgyzstan-Uzbekistan railway breaks ground

JALAL-ABAD, Kyrgyzstan, Dec 27 (Reuters) - Work began on Friday on a 532-km line that will cut freight times between China and Europe.

Of its total length, 312 km will be in Kyrgyzstan, 170 km in China and 50 km in Uzbekistan.
"""


def test_a_part_set_in_the_place_asked_is_not_the_whole_stated_elsewhere() -> None:
    expect(answered(_SECTIONS, "how many km go thru kyrgyzstan"), "312 km")


_DEBT = """| 4 March 2025, Tuesday |

Economists warn of debt burden

BISHKEK, March 4 (Reuters) - The country's external debt stood at $6.4 billion at the end of September, of which about $2.1 billion is owed to the Export-Import Bank of China.

The loan will be repaid over 20 years.
"""


def test_a_part_set_of_which_after_its_whole_gives_its_share() -> None:
    expect(answered(_DEBT, "what % of the external debt is owed to the export-import bank of china"), "32.81%")


_BARGES = """| 4 March 2025, Tuesday |

Cambodia breaks ground on canal

PHNOM PENH, March 4 (Reuters) - The canal will be 100 metres wide and 5.4 metres deep, allowing vessels of up to 3000 deadweight tonnes to travel in both directions.
"""


def test_dwt_is_deadweight_tonnes() -> None:
    expect(answered(_BARGES, "max ship size it can take in dwt"), "3000 deadweight tonnes")
