"""Words the question puts otherwise than the article, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_CATCH = """| 3 March 2025, Monday |

Far East trawler firm signs supply deal with Chinese processor

Vostok Marine agreed to supply 18,000 tonnes of frozen pollock a year to Qingdao Harbour Foods, the company said on Monday.

The Chinese firm will build a cold store at the port of Qingdao, it said.
"""


def test_a_general_word_asked_covers_the_kinds_the_article_names() -> None:
    reply = answered(_CATCH, "How many tonnes of fish will Vostok Marine supply each year?")
    expect(reply, "18,000")


_PORT = """| 3 March 2025, Monday |

Dock strike ends at Baltic port

About 900 lashers, who secure containers on ships' decks, walked out for five days last month, the port authority said.

Cargo throughput at the port fell 4% to 21.3 million tonnes in the first half, it said.
"""


def test_lashing_workers_are_lashers() -> None:
    reply = answered(_PORT, "how many lashing workers walked off the job")
    expect(reply, "900")


_COCOA = """| 3 March 2025, Monday |

Cocoa processing slows in Ghana

Grinders in Ghana processed 180,000 tonnes of beans between October and March, down 4% from a year earlier, the cocoa board said.

Farmgate prices were raised 20% for the new season, it said.
"""


def test_grinding_is_what_grinders_do() -> None:
    reply = answered(_COCOA, "How much cocoa did local processors grind between October and March?")
    expect(reply, "180,000")


_BRIDGE = """| 3 March 2025, Monday |

Chinese builder finishes Danube bridge

The contractor used 12,500 tonnes of reinforcing steel and employed up to 600 workers, the transport ministry said.

The bridge cost 140 million euros, it said.
"""


def test_rebar_is_reinforcing_steel() -> None:
    reply = answered(_BRIDGE, "how many tonnes of rebar went into the bridge")
    expect(reply, "12,500")
