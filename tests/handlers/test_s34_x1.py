"""Rules of the 34th session's wave x1, each a general rule over a small made-up story."""

from __future__ import annotations

from handlers.query import parse_query
from knowledge.numbers import find_figures
from tests.handlers.stories import answered, dialog, expect, stored

_PORT = """| 5 August 2025, Tuesday |

Ruvana's new Kestrel port nears opening as $9 billion corridor seeks funds

LORNE, Aug 5 (Reuters) - Ruvana expects to open the first four container berths at its Grand Kestrel port in October, Ports Minister Ana Velho said on Tuesday, as the government seeks funds for a $9 billion corridor linking the port to the northern border by rail and road.

Construction of the port's first phase is 76% complete, the state port company said. Velho said eight ship-to-shore cranes ordered from Hanwell Cranes would be delivered by September, and that the study of taking a stake in the terminal would end soon.

Treasury estimates put the cost of the single-track railway at $6 billion and the four-lane road at $3 billion.

The port company said about 2,100 contract workers would be brought in for the turnaround of the old dry dock.

In May, the port company said the town of Lorne would be able to use the new quay for fishing boats from September.

The port handled 2.2 million TEUs in January-June, up 12% from the same period last year, port data showed. Container revenue in the period rose 4% to $310 million.

In July, trade through the port rose to $2.1 billion, according to data from the Ruvana Statistics Office.

The Kestrel Dock Workers' Association, which represents about 3,000 dockers, has warned of job losses. Its chairman, Tomas Rell, said the government had promised retraining for dock workers who lose work. Dock work pays better than farming.

Italy's Portaldi completed the design of the new quay last year for a fee of 4 million euros. The port company has pre-qualified 9 firms to bid for the 210-km rail segment.

About 900 lorries a day currently carry freight along the coast road to the border. Rail cargo will be exempt from a road-use fee of 2,000 crowns per tonne that lorries have paid since January.
"""


def test_an_acronym_spells_the_parts_of_a_hyphened_compound() -> None:
    store = stored(_PORT)
    assert store.acronym_phrase("sts") == "ship-to-shore"
    expect(answered(_PORT, "how many sts cranes are coming from hanwell"), "eight")


def test_est_is_estimated_and_a_piece_after_its_whole_is_no_word_to_find() -> None:
    query = parse_query("what is the est cost of the railway part", stored(_PORT))
    assert "the estimated cost" in query.text
    assert not any(t.required for t in query.terms if t.word == "part")
    expect(answered(_PORT, "what is the est cost of the railway part"), "$6 billion")


def test_a_sum_put_at_is_the_cost_of_what_follows_of() -> None:
    figures = find_figures("Treasury estimates put the cost of the single-track railway at $6 billion and the four-lane road at $3 billion.")
    assert figures[0].measure == "cost of the single-track railway"


def test_a_part_named_alone_is_not_the_whole_the_lead_sums() -> None:
    # the lead's $9 billion corridor "by rail and road" is the parts' sum; the railway asked is one part
    expect(answered(_PORT, "how much will the railway cost"), "$6 billion")


def test_the_datelines_town_owns_no_figure_of_the_lead() -> None:
    # "at its Grand Kestrel port": the port asked, after "its"; LORNE, the dateline's town, owns nothing
    expect(answered(_PORT, "how many berths are opening first at kestrel"), "four")


def test_a_share_of_the_work_done_below_all_is_not_finished() -> None:
    reply = answered(_PORT, "is the first phase of the port finished yet")
    expect(reply, "76%")
    assert reply.text.startswith("No")


def test_contractors_are_contract_workers_and_a_shutdown_is_a_turnaround() -> None:
    expect(answered(_PORT, "number of contractors brought in for the shutdown"), "2,100")


def test_a_plural_possessive_stays_inside_a_bodys_name() -> None:
    store = stored(_PORT)
    names = {name for (name,) in store.conn.execute("SELECT name FROM entities")}
    assert "Kestrel Dock Workers' Association" in names
    expect(answered(_PORT, "who heads the dock workers association"), "Tomas Rell")


def test_a_measure_in_a_clause_saying_which_people_asks_no_amount() -> None:
    query = parse_query("what has the govt promised dock workers who lose work", stored(_PORT))
    assert query.intent == "what"
    expect(answered(_PORT, "what has the govt promised dock workers who lose work"), "retraining")


def test_things_counted_using_a_road_need_no_word_use() -> None:
    expect(answered(_PORT, "how many lorries a day use the coast road"), "900")


def test_a_rate_against_the_same_period_last_year_is_of_the_period_stated() -> None:
    expect(answered(_PORT, "how many teus did the port handle in jan-jun last year"), "1.96 million")


def test_a_time_after_from_is_the_base_not_the_rates_own() -> None:
    store = stored(_PORT)
    (start, end), = store.conn.execute("SELECT period_start, period_end FROM figures WHERE raw = '12%'")
    assert (start, end) == ("2025-01-01", "2025-06-30")


_FARM = """| 22 October 2024, Tuesday |

Chinese-built wind farm in Ruvania lifts output

The plant, located in the Tarn region about 150 km (93 miles) north-west of the regional capital Lorne, generated 312 million kilowatt-hours (kWh) of electricity in January-September, up 9.4% from the same period last year, because of stronger winds.
"""


def test_a_rate_works_back_the_level_of_its_own_period() -> None:
    expect(answered(_FARM, "farm's power output in jan-sep a year before"), "285")


def test_where_figures_come_from_asks_their_source() -> None:
    query = parse_query("where's the july trade data from", stored(_PORT))
    assert query.intent == "who"
    expect(answered(_PORT, "where's the july trade data from"), "Statistics Office")


def test_an_announcement_is_when_it_was_said() -> None:
    expect(answered(_PORT, "when was the announcement about lorne using the quay"), "May")


_WIND = """| 10 September 2025, Wednesday |

Britain awards record offshore wind contracts

Britain awarded contracts for 6.1 gigawatts of new offshore wind capacity in its latest auction on Tuesday.

"It is a good day for the industry," said Mia Holt, chief executive of industry group Offshore Wind Britain.
"""


def test_common_words_before_the_place_closing_a_bodys_name_are_not_the_body() -> None:
    query = parse_query("how much offshore wind capacity did the uk award?", stored(_WIND))
    assert "offshore wind britain" not in query.entity_keys
    expect(answered(_WIND, "how much offshore wind capacity did the uk award?"), "6.1 gigawatts")


_RUBBER = """| 12 November 2025, Wednesday |

Lorvian rubber prices climb

The Lorvian Rubber Board said farm-gate prices averaged 61.20 crowns per kg in October, up from 55.10 crowns a year earlier.

Rubber is also moving by rail to the coast.
"""


def test_a_hyphened_kind_asked_run_together_is_no_other_kind() -> None:
    expect(answered(_RUBBER, "what was the avg farmgate rubber price last month"), "61.20")


def test_how_much_someone_was_paid_asks_money_and_a_fee_is_pay() -> None:
    query = parse_query("how much did they get paid", stored(_PORT))
    assert query.wants == "money"
    expect(dialog(_PORT, "who designed the new quay", "how much did they get paid"), "4 million euros")


_CARGO = """| 15 October 2025, Wednesday |

Ruvanian refinery ships more diesel

The Lorne refinery exported about 2.1 million tonnes of diesel in the January-September period, up 9% from a year earlier.

In September alone, the refinery loaded 9 diesel cargoes, including a record 80,000-tonne diesel shipment that sailed for the port of Tarvik on Sept. 21.
"""


def test_the_biggest_ever_is_a_record() -> None:
    query = parse_query("where was the biggest ever cargo of diesel going", stored(_CARGO))
    assert any(t.word == "record" for t in query.terms)
    expect(answered(_CARGO, "where was the biggest ever cargo of diesel going"), "Tarvik")
