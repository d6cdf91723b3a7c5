"""Figure questions answered with another subject's figure: a figure belongs to the place or the
trade of its own clause, not to every place its sentence or paragraph names."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_RENTS = """| 3 October 2025, Friday |

Home prices climb across the country, Larchmont says

Average home prices rose 3.1% in September from a year earlier, property portal Larchmont Homes said on Friday.

In the third quarter, Alberta was again the strongest province of Canada, with prices up 7.2% on the year to an average of 1,480 dollars, the region's fastest growth since 2021. Ontario followed with a gain of 4.4% to 1,320 dollars, while prices in Quebec rose 2.5% to 1,190 dollars.

Demand from students pushed up prices in university towns, the agent said.
"""


def test_a_figure_of_the_place_a_sentence_opens_with_is_no_other_places() -> None:
    # Quebec is named in the paragraph, not in Alberta's sentence: Quebec's own price answers
    # ("prices in Quebec rose 2.5% to 1,190 dollars"; "average" is optional once a place is named),
    # never Alberta's average.
    reply = answered(_RENTS, "average price in quebec?")
    expect(reply, "1,190")
    assert "1,480" not in reply.text
    expect(answered(_RENTS, "average price in alberta?"), "1,480")


_TRADE = """| 16 October 2025, Thursday |

Korea's exports rise 5.2% in September as US demand offsets China slump

South Korea's exports rose 5.2% in September from a year earlier to $58.9 billion, trade ministry data showed on Thursday, as strong car shipments to the United States made up for weak demand in China.

Exports to the United States jumped 11.4% to $10.8 billion, while shipments to China fell 3.3% to $11.2 billion.

Imports fell 2.1% to $54.3 billion.
"""


def test_the_end_of_a_trade_asked_only_outside_the_figures_clause_is_no_end_of_it() -> None:
    expect(answered(_TRADE, "what were south korea's exports to the us"), "10.8")
