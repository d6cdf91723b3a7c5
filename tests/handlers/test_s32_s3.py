"""Rules of session 32's wave s3, each a general rule over a small made-up story."""

from __future__ import annotations

from handlers.query import parse_query
from tests.handlers.stories import answered, dialog, expect, stored

_BORDER = """| 3 March 2025, Monday |

Georgia opens new customs post on Turkish border

SARPI, Georgia, March 3 (Reuters) - Georgia on Monday opened a new customs post at Sarpi on its border with Turkey.

The post, built by the Revenue Service, can clear up to 900 trucks a day, service chairman Levan Kakava said.

Some 52000 trucks crossed at Sarpi last year, up 9 percent from a year earlier, the service said. Turkish-registered vehicles accounted for 31200 of them.

Shipping companies had long been wary of calling at Batumi because of the risk of delays at the old post.
"""


def test_cmte_is_committee_shorthand() -> None:
    query = parse_query("who is the head of the revenue cmte", stored(_BORDER))
    assert any(t.word == "committee" for t in query.terms)


def test_percent_of_asks_a_share_and_a_bare_number_of_them_is_a_part() -> None:
    reply = answered(_BORDER, "what percent of the trucks were turkish")
    expect(reply, "60")


def test_cos_before_an_ing_verb_is_companies() -> None:
    query = parse_query("why were shipping cos avoiding batumi", stored(_BORDER))
    assert "companies" in query.text
    assert "because" in parse_query("was batumi avoided cos of the delays", stored(_BORDER)).text


def test_wary_of_is_avoiding() -> None:
    reply = answered(_BORDER, "why did shipping companies avoid batumi")
    expect(reply, "delays")


_CRANES = """| 3 March 2025, Monday |

Port of Tema gets new cranes

The port of Tema in Ghana handled 1.4 million TEUs last year, its operator said.

Earlier this week the operator took delivery of two cranes from Finland's Konecranes worth 11 million euros, which it said would lift the terminal's handling capacity to 2.5 million TEUs a year from 1.8 million TEUs.
"""


def test_a_place_owning_a_firm_name_owns_no_figure_of_the_sentence() -> None:
    reply = answered(_CRANES, "what will the terminal capacity be once the new cranes are in")
    expect(reply, "2.5 million")


_STAKE = """| 3 March 2025, Monday |

Chinese group expands Kenyan port stake

Lamu Port Holdings, which is 70% owned by China Merchants, plans a new berth. The remaining 30% is held by the state-run Kenya Ports Authority.

Transport Minister John Mwangi said last week the government expects the berth to earn about $40 million a year in foreign exchange.
"""


def test_a_share_held_by_as_subject_answers_majority() -> None:
    reply = answered(_STAKE, "does the kenya ports authority have a majority stake in lamu port holdings")
    assert reply.text.startswith("No"), reply.text
    expect(reply, "30%")


def test_forex_asked_is_money_and_would_asks_ahead() -> None:
    expect(answered(_STAKE, "how much forex will the berth bring in"), "$40 million")
    reply = dialog(_STAKE, "who is the transport minister", "and how much forex did they say the berth would bring in")
    expect(reply, "$40 million")


_NORTHEAST = """| 3 March 2025, Monday |

Northeast China courts Russian buyers

Northeast China – comprising the provinces of Liaoning, Heilongjiang and Jilin – shipped more goods to Russia last year, officials said.
"""


def test_provs_is_provinces_and_a_compass_point_in_two_words_is_one() -> None:
    query = parse_query("which provs make up china's north east", stored(_NORTHEAST))
    assert "provinces" in query.text and "northeast" in query.text


_WATER = """| 3 March 2025, Monday |

Georgian wine and water sales to China surge

Georgia's exports of wine and mineral water to China rose 30% in the first eight months of the year to $40.2 million, official data showed on Tuesday.

Wine accounted for $30.1 million, or about 75% of the total, according to Georgia's statistics office, while shipments of mineral water jumped 41% to 7,200 tonnes.

Last week Borjomi Springs signed a deal to supply Aqua Trading Co with 5,000 tonnes of mineral water a year.

Most of that cargo will be loaded at Poti, the port said.

A new direct shipping service will start next month. "This faster service cuts the transit time to Shanghai from 40 days to nine," a shipping agent said.
"""


def test_a_share_of_the_total_after_its_amount_goes_on_about_the_flow_before() -> None:
    expect(answered(_WATER, "what tonnage of mineral water was shipped to china"), "7,200")


def test_a_spelled_level_after_from_n_units_to_takes_the_unit() -> None:
    figures = [(f.raw, f.unit) for f in stored(_WATER).article_figures() if f.paragraph == 5]
    assert ("nine", "days") in figures, figures


def test_how_much_quicker_asks_a_duration_but_faster_going_a_speed() -> None:
    assert parse_query("how much quicker will the trip to shanghai be", stored(_WATER)).wants == "duration"
    assert parse_query("how much faster will trains go", stored(_WATER)).wants != "duration"
    expect(answered(_WATER, "how much quicker will the trip to shanghai be"), "nine")


def test_most_of_that_opening_a_paragraph_carries_the_flow_before() -> None:
    expect(answered(_WATER, "where will most of the aqua trading water be loaded"), "Poti")
