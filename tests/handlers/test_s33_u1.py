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


_LISTED = """| 3 March 2025, Monday |

Chilean copper mines recover

Chile's copper output rose 6% last year to 5.4 million tonnes, the mining ministry said.

Escondida was the biggest contributor with 1.2 million tonnes last year, followed by Collahuasi with 600,000 tonnes, Teniente with 450,000 tonnes and Los Bronces with 300,000 tonnes, according to company figures.
"""


def test_a_name_with_a_figure_right_after_it_owns_that_figure() -> None:
    reply = answered(_LISTED, "how many tonnes came out of teniente last yr")
    expect(reply, "450,000 tonnes")


_UNIT_NAME = """| 3 March 2025, Monday |

Nepal signs hydropower deal

Construction of the 900-MW Arun plant in eastern Sankhuwasabha district, which Nepal is developing with India's SJVN, is due to start next year.

Nepal exported 1,200 GWh of power to India last year.
"""


def test_a_unit_hyphened_to_its_number_opens_no_name() -> None:
    from tests.handlers.stories import stored

    store = stored(_UNIT_NAME)
    names = {e.name for e in store.article_entities(store.articles()[0].id)}
    assert "Arun" in names and "MW Arun" not in names


_YUAN = """| 3 March 2025, Monday |

Heilongjiang's trade with Russia rises

Heilongjiang's exports to Russia rose 12% in the first nine months to 30.5 billion yuan ($4.2 billion), customs data showed.
"""


def test_a_nations_currency_asked_is_no_word_to_find() -> None:
    reply = answered(_YUAN, "heilongjiang exports to russia jan-sept in chinese currency terms?")
    expect(reply, "30.5 billion yuan")


_FORUM = """| 3 March 2025, Monday |

Kazakh and Chinese firms sign deals at Urumqi forum

Kazakh and Chinese companies signed 40 agreements at a trade forum in Urumqi on Friday, state media reported.

The forum was attended by Kazakh regional officials, bankers and about 600 Chinese companies seeking to enter the Kazakh market.

The forum follows a meeting between the two countries' trade ministers in Astana last month.

Trade between the two countries reached $31.5 billion last year, according to data from the General Administration of Customs.
"""


def test_a_turnout_is_who_attended() -> None:
    reply = answered(_FORUM, "size of the chinese corporate turnout at the urumqi forum?")
    expect(reply, "600")


def test_who_else_was_at_a_meeting_asks_its_other_attendees() -> None:
    reply = answered(_FORUM, "besides chinese companies who else was at the urumqi meeting")
    expect(reply, "officials")


def test_a_figure_asked_of_an_agency_is_a_body_of_the_story() -> None:
    reply = answered(_FORUM, "the $31.5bn number came from which agency")
    expect(reply, "Customs")


_NATIONAL = """| 3 March 2025, Monday |

Albanian nickel exports to China climb

"Chinese demand is the strongest in a decade," said Arben Kola, chief executive of Balkan Nickel Resources, the country's second-largest producer, which shipped 150,000 tonnes to China in the nine months.

The mines minister said national output could reach 1.5 million tonnes a year by 2027, from 900,000 tonnes in 2023.
"""


def test_a_bodys_whole_is_no_nations_whole() -> None:
    reply = answered(_NATIONAL, "what share of balkan nickel's total output goes to china")
    assert "computed" not in reply.text, reply.text
