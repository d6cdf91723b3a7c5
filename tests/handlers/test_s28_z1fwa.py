"""Figure questions the bot abstained on although the story states the figure, each a general
rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_RAIL_LINK = """| 3 March 2025, Monday |

Kenya's Chinese-built Rift Valley rail link hauls first freight

The railway across the Rift Valley, built by China Road and Bridge Corp, carried 1.2 million passengers and 64,000 tonnes of freight in its first six months, Kenya Railways said on Monday.

The 214-km line links Nairobi with Naivasha, cutting the journey to about three hours from nearly seven hours by road.

Ticket and freight revenue reached 2.35 billion shillings in the six months to March, up 48% from a year earlier, railway officials said.

Since then, 27 freight trains have used the line, moving 1,940 containers, and freight now accounts for 21% of the line's revenue.

The line cost 150 billion shillings, most of it financed by a Chinese loan.
"""


def test_the_way_asked_by_its_kind_is_the_storys_own_way() -> None:
    # "the line" of the question is the story's railway: a sentence giving its revenue without
    # repeating "line" is not about another line, though other sentences say "the 214-km line".
    expect(answered(_RAIL_LINK, "how much revenue did the line bring in up to march"), "2.35 billion")
