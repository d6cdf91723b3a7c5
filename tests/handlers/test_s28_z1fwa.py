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


_REMITTANCES = """| 17 November 2025, Monday |

Remittances to Nepal hit a record in October

Remittances from Nepalis working abroad rose 6.1% from a year earlier to $1.12 billion in October, the central bank said on Monday.

In the January-October period, remittances totalled $10.4 billion, up 4.3% from $9.97 billion in the same period last year.

Money transfer firms reported a surge in transfers in the run-up to the Dashain festival.

The central bank expects remittances to grow 5% next year.
"""


def test_a_running_total_asks_no_word_running() -> None:
    # "running" says the total is to date, which the text says by its span; "run-up" elsewhere
    # is no other subject.
    expect(answered(_REMITTANCES, "What's the running total for remittances so far this year?"), "10.4 billion")


_MINE = """| 3 March 2025, Monday |

Chinese-owned Zambian copper mine lifts output

The Chambishi West copper mine, 85% owned by a Chinese state group, raised output 12% to 88,000 tonnes in the first nine months of the year, the company said on Monday.

The mine employs 3,100 people, 91% of them Zambians, and uses 45 local contractor firms.

About 40 Chinese nationals work at the site as engineers and managers, up from 25% of senior staff two years ago.

Zambia's copper exports to China rose 18% last year.
"""


def test_a_countrys_nationals_are_its_people_by_their_demonym() -> None:
    expect(answered(_MINE, "what share of the workforce are zambian nationals"), "91%")
