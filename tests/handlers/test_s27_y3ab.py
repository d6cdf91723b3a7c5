"""Questions the article does not answer, which the bot answered anyway, met on this session's
sets: each a general rule over a small made-up story, the bot now saying the article does not tell."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_SUPPLY = """| 3 March 2025, Monday |

Chilean salmon farmer signs supply deal with Chinese importer

Austral Salmon Farms Ltd, Chile's third-largest salmon farmer, said on Tuesday it had signed a three-year agreement with Shanghai-based Donghai Foods Group to supply 9,000 tonnes of salmon a year. Chief executive Mateo Rojas said the deal was worth about $240 million.

Donghai Foods will also open a cold store in Puerto Montt next year, Rojas said.
"""


def test_a_bare_title_after_a_deal_is_the_post_at_the_paragraphs_opening_body() -> None:
    expect(answered(_SUPPLY, "who is the ceo of donghai foods group"), None)
    expect(answered(_SUPPLY, "who is the ceo of austral salmon farms"), "Mateo Rojas")


_TENDER = """| 3 March 2025, Monday |

Jordan tenders port rail link

The transport ministry said on Monday it would pick a builder for the 120-km line by June.

A Chinese embassy official said three Chinese contractors had submitted bids for the line, which is expected to cost about $1.1 billion.
"""


def test_which_ones_asked_over_a_sentence_that_only_counts_them_is_untold() -> None:
    expect(answered(_TENDER, "which chinese contractors bid for the rail line"), None)
