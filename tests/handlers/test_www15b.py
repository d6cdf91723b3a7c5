"""Who, when and where the 15th session's second blind batch missed, as general rules."""

from __future__ import annotations

from tests.handlers.stories import answered

_REFINERY = """| 21 October 2025, Tuesday |

Indonesian smelter starts up

PT Lintas Bauksit Jaya began producing alumina at its $1.4 billion refinery in West Kalimantan on Monday, the company said.

The plant will turn 3.3 million tonnes of bauxite a year into alumina, President Director Arief Santoso told reporters at the site on Tuesday.
"""


def test_president_director_is_the_boss() -> None:
    # An Indonesian firm's "President Director" is its chief: the boss asked.
    reply = answered(_REFINERY, "who's the boss of Lintas Bauksit Jaya?")
    assert reply.answered and "Arief Santoso" in reply.text, reply.text


_RATE_HIKE = """| 20 November 2025, Thursday |

Turkey raises rates to defend lira

Turkey's central bank unexpectedly raised its one-week repo rate by 300 basis points to 42.5% on Thursday.

"We acted decisively because the weakening of the lira risks de-anchoring inflation expectations," Governor Levent Kiraz told a news conference in Ankara.

"The hike buys some time," said Deniz Yalcin, chief economist at Istanbul-based Bosphorus Capital.

"Makers are losing contracts to Egypt because costs here are still rising," said Ahmet Korkmaz, chairman of the Izmir-based Aegean Exporters Association.

The bank's gross foreign exchange reserves fell to $142.6 billion in the week to November 14, central bank data showed.
"""

_CHERRIES = """| 16 December 2025, Tuesday |

Chile cherry exports to China hit record

Chile shipped a record 214,600 tonnes of fresh cherries to China this season, growers' and exporters' association Frutas de Chile said on Monday.

"Chinese buyers are still paying up for quality," said Ignacio Valdes, general manager of Exportadora Los Maitenes, a grower-exporter.

The association will spend $14 million on a promotion campaign in Chinese cities next year, its president Claudio Montes said.
"""


def test_bare_title_heads_the_lead_body() -> None:
    # "Governor Levent Kiraz" names no body: his paragraph names none, so it is the one the story leads with.
    reply = answered("tr_lira", "Who heads the central bank?")
    assert reply.answered and "Levent Kiraz" in reply.text, reply.text


def test_bare_title_of_the_body_the_sentence_calls_by_its_noun() -> None:
    # "The association ..., its president Claudio Montes said": the association asked.
    reply = answered(_CHERRIES, "who heads the growers and exporters association")
    assert reply.answered and "Claudio Montes" in reply.text, reply.text


def test_a_post_of_its_own_is_no_bare_head() -> None:
    # The deputy governor is no governor.
    reply = answered(_RATE_HIKE, "Who is the central bank's deputy governor?")
    assert not reply.answered, reply.text


def test_stats_is_statistical() -> None:
    # "the stats office" is the statistical committee, not a "State" body (a stem "stat" shared).
    reply = answered("kg_gold", "When did the stats office put out the gold production numbers?")
    assert reply.answered and "Monday" in reply.text, reply.text


def test_firing_up_is_beginning() -> None:
    # "fire up production" / "began producing alumina ... on Monday": to fire up is to start.
    reply = answered("id_bauxite", "When did the refinery fire up production?")
    assert reply.answered and "Monday" in reply.text, reply.text
