"""Who, when and where questions and follow-ups: the person, body, day or place the story gives."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_CROSSING = """| 11 June 2025, Wednesday |

Laos trade through Boten crossing climbs as new warehouse opens

Laos's imports from China through the Boten crossing rose 21.4% in the first five months of the year, customs data showed, as a new bonded warehouse opened near the border.

Goods worth 8.2 trillion kip entered Laos through the crossing between January and May, the Department of Customs said on Monday. Exports through the crossing were mostly cassava and rubber.
"""


def test_the_day_a_later_sentence_says_the_figures_were_told_dates_their_publishing() -> None:
    # the lead's "customs data showed" gives no day; its period is what the figures cover
    expect(answered(_CROSSING, "when did customs put out the trade numbers"), "9 June 2025")


_PORTS = """| 9 December 2023, Saturday |

Heilongjiang gets new sea route through Russian port

In May, customs said the inland province of Heilongjiang would be able to use Nakhodka, a port in the Russian Far East, to ship goods to Wenzhou and Taizhou in the eastern Chinese province of Zhejiang from June.
"""


def test_towns_the_text_puts_in_the_asked_province_are_inside_it() -> None:
    reply = answered(_PORTS, "which 2 cities in zhejiang will heilongjiang goods go to")
    expect(reply, "Wenzhou")
    # the places named first are the answer; the quote after them may name the port on the way
    named = reply.text.split(". ")[0]
    assert "Taizhou" in named and "Nakhodka" not in named


_DEPOT = """| 3 October 2025, Friday |

Harbin opens rail freight depot

The summit in Harbin, the capital of Heilongjiang province, follows a meeting between the two leaders in Beijing in May.

In April, a new freight depot for cross-border trains was put into operation in Harbin, with a train carrying 40 containers departing for Mongolia to mark the depot's inauguration.
"""


def test_an_inaugural_run_is_the_one_that_marks_an_inauguration() -> None:
    # not the city of another sentence's meeting
    expect(answered(_DEPOT, "where was the inaugural train from the harbin depot headed"), "Mongolia")
