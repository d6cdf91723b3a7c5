"""Who and where questions met on the sixteenth session's sealed sets, each kept as a general rule
over a small made-up story."""

from __future__ import annotations

from handlers import answer
from knowledge.store import Store

_PLANTS = """| 4 August 2025, Monday |

Chinese carmaker to build plant in Portugal

Chinese carmaker Lumo Motors will build a $900 million factory near Aveiro, the company said on Monday.

Lumo, which sold 410,000 cars last year, also opened a factory in Penang, Malaysia, earlier this month.

Vela, Portugal's homegrown electric-car brand whose factory is in Braga in Minho province, sold 3,100 cars in the first half.
"""


def _store(article: str) -> Store:
    store = Store.memory()
    store.ingest_text(article)
    return store


def test_the_asked_thing_is_at_a_place_with_a_plain_is_between() -> None:
    reply = answer("where is vela's factory located", _store(_PLANTS))
    assert reply.answered and "Braga" in reply.text, reply.text


_CROSSING = """| 2 June 2025, Monday |

Border trade climbs

Fruit exports via Sarnak, opposite the Turkish town of Delvor, rose 12% to 40,000 tonnes in May, customs officials said.

Trucks queued for two days at the crossing, drivers said.
"""


def test_lying_across_the_border_from_a_place_is_being_opposite_it() -> None:
    reply = answer("Which Turkish town lies across the border from Sarnak?", _store(_CROSSING))
    assert reply.answered and "Delvor" in reply.text, reply.text


_SUMMIT = """| 9 May 2025, Friday |

Regional summit opens

The summit in Karvel, the capital of Dorsa province, drew 300 companies, organisers said on Friday.
"""


def test_a_bare_capital_of_a_place_asks_which_city() -> None:
    reply = answer("capital of dorsa?", _store(_SUMMIT))
    assert reply.answered and "Karvel" in reply.text, reply.text


_GATEWAY = """| 9 May 2025, Friday |

Northern provinces seek trade role

Trade links with neighbours were discussed across the provinces of Dorsa, Velm and Arrin, officials said.

Velm should also become a "pivotal" gateway for the country's opening up in the north, President Omar Tasir declared in September.
"""


def test_who_called_a_thing_something_is_who_the_sentence_says_declared_it() -> None:
    reply = answer("who called velm pivotal", _store(_GATEWAY))
    assert reply.answered and "Tasir" in reply.text, reply.text
