"""Who and where questions met on blind sets, each kept as a general rule over a small story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PORT = """| 4 March 2025, Tuesday |

Karsa signs $300 million free-zone deal as new shipping line starts calls

Lamaria signed a $300 million investment agreement for the free zone at Karsa port on Wednesday, as a new container shipping line began calling at the port.

Denar Container Lines launched a weekly service on Monday linking Karsa with Tavro and Pelin. Its first vessel docked with 900 containers, the Karsa Port Authority said.

Karsa handled 2.1 million tonnes of cargo in the fiscal year that ended in June, up 12% from a year earlier, the authority's chairman Ilyas Qureshi told reporters in Karsa on Tuesday. That compares with 40 million tonnes at Port Denar.

An average of 320 trucks a day crossed the harbour bridge in February, up from 210 in January, port spokesperson Mina Sadiq said on Monday.
"""


def test_a_title_naming_the_body_by_its_last_noun_heads_it() -> None:
    # "the authority's chairman" heads the Karsa Port Authority, named in full in no sentence of his
    expect(answered(_PORT, "Who is the head of the Karsa Port Authority?"), "Ilyas Qureshi")


def test_a_person_saying_the_figures_provided_them() -> None:
    # "daily" is "a day"; the spokesperson who said the numbers gave them
    expect(answered(_PORT, "Who provided the daily truck figures for the bridge?"), "Mina Sadiq")


_PLANT = """| 17 October 2024, Thursday |

Oilseed crusher signs supply deal

On Monday, Varnek-based Tollan Oils signed an agreement with Marosh Agro Holding to build a soybean crushing plant in Varnek with capacity to process 600,000 tonnes a year.

An average of 410 trucks a day crossed the river bridge in September, Varnek customs spokesperson Lin Hua said last week.
"""


def test_a_place_whose_office_speaks_is_still_a_place() -> None:
    # "Varnek customs spokesperson" makes no body of Varnek: the plant is built there
    expect(answered(_PLANT, "Where will the new crushing facility be built?"), "Varnek")


_ROUTE = """| 11 June 2025, Wednesday |

Tarsk Mining signs copper offtake deal with Chinese firms

Tarsk Mining signed a copper offtake agreement and a smelter contract with two Chinese companies at an investment forum on Tuesday, the company said.

The deals come as Chinese smelters scramble for copper concentrate.

Cathode for Jinlu Metals will travel by rail through Kazakhstan to the Varos dry port on the Chinese border and on to the port of Haibin in Jiangsu province, a company spokesperson said.
"""


def test_which_seaport_or_harbour_asks_a_place() -> None:
    # "seaport" and "harbour" are kinds of place as "port" is: the answer is the port named, not
    # the sentence that names it
    for question in ("which chinese seaport will the copper end up at", "which chinese harbour will the copper end up at"):
        reply = answered(_ROUTE, question)
        assert reply.intent == "where" and reply.text.startswith("Haibin"), reply.text


_EXPO = """| 9 April 2025, Wednesday |

Foreign firms sign deals at island trade expo

Foreign companies signed 146 agreements worth 18.6 billion yuan with local firms at a trade expo in Haikou on Wednesday, organisers said.

Nguyen Thi Lan, a spokesperson for Vietnam's trade office in Guangzhou, said Vietnamese exhibitors had signed 31 deals at the expo, nearly double last year's number.
"""


def test_a_place_in_a_persons_post_is_not_where_the_event_was() -> None:
    # "a spokesperson for Vietnam's trade office in Guangzhou" says who she is, not where the fair was
    expect(answered(_EXPO, "Which city hosted the trade fair?"), "Haikou")
