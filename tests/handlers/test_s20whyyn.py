"""Why and yes-no questions of the 20th session: a move answered with its figure, the reason
clause read from the sentence that gives it."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_FERRY = """| 3 March 2025, Monday |

Lake ferry draws more riders

The Kivu Express ferry, operated by Lakeline, carried 1.4 million passengers in the first half of the year, up 17.2% from a year earlier, the operator said on Monday.

"Ridership is growing fast, but the service needs roughly 4 million passengers a year to break even," said analyst Jean Mugabo.
"""


def test_a_figures_scale_names_no_kind_of_what_moved() -> None:
    # "1.4 million passengers ..., up 17.2%": "million" is the figure's scale, so the move with its
    # figure answers over the bare "growing" of a quote.
    reply = answered(_FERRY, "Did ridership fall compared with last year?")
    expect(reply, "17.2")
    assert reply.text.startswith("No")



_CEMENT = """| 3 June 2025, Tuesday |

Egypt cement sales climb 8.1% in May as exports offset weak home demand

Egypt's cement dispatches rose 8.1% from a year earlier to 4.12 million tonnes in May as exports jumped, the industry group Cemex Misr said on Monday, while sales at home slipped ahead of a tax review.

Local cement demand fell 2.9% to 3.05 million tonnes, while exports surged 72.6% to 1.07 million tonnes, the group said.

Mills in the north sold 2.41 million tonnes of cement at home, while southern mills sold 0.64 million tonnes of cement at home.

A 50-kg bag of cement sold for an average of 1,447 pounds at home in May, according to weekly price data.

Suez Cement, the country's largest producer, said its cement sales at home stood at 812,000 tonnes in May.

Arabian Cement said its cement sales at home stood at 540,000 tonnes in May.

Sinai Cement said its cement sales at home stood at 310,000 tonnes in May.

Amreyah Cement said its cement sales at home stood at 290,000 tonnes in May.
"""


def test_a_leads_bare_move_is_told_by_the_next_paragraph() -> None:
    # the lead's last clause moves home sales with no figure of its own (its figures move the
    # total); the next paragraph's first sentence says how far, moving the same way
    reply = answered(_CEMENT, "Did cement sales at home go up in May?")
    expect(reply, "2.9")
    assert reply.text.startswith("No")
