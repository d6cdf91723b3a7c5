"""When, who and where, asked in everyday words the article does not use: "put out" for "said",
"state TV" for "the national broadcaster"."""

from __future__ import annotations

from pathlib import Path

from tests.handlers.stories import answered, dialog, expect

_SEED = (Path(__file__).resolve().parents[2] / "knowledge" / "data" / "seed.txt").read_text(encoding="utf-8")

_RATES = """| 20 November 2025, Thursday |

Turkey raises rates as lira slides

Turkey's central bank unexpectedly raised its one-week repo rate by 300 basis points to 42.5% on Thursday.

Annual consumer price inflation rose to 36.8% last month from 33.9% in September, the Turkish Statistical Institute said on November 3.
"""


def test_put_out_is_said() -> None:
    # "put out" the data is saying it: the institute's own "said on November 3", not the lead's day
    expect(answered(_RATES, "When did the statistical institute put out the inflation data?"), "November 3")


_HOUSING = """| 16 September 2025, Tuesday |

Housing starts jump in August

Housing starts rose 9.4% in August from July to 287,650 units, the national housing agency said on Monday.

Analysts had forecast 262,000 units. Nordland Mortgage and Housing Corporation (NMHC) revised the July figure down to 262,930 units from the 264,200 it first reported.
"""


def test_the_month_of_a_figure_is_no_day_of_telling() -> None:
    # "the July figure" is what the numbers cover, not when they were put out
    expect(answered(_HOUSING, "When did NMHC put out these numbers?"), "Monday")


def test_state_tv_is_the_national_broadcaster() -> None:
    # "China's national broadcaster reported on Monday"
    expect(answered(_SEED, "what day did state tv put out the number on russian firms in liaoning"), "Monday")


_PORT = """| 22 October 2025, Wednesday |

Halden port cargo slips

Cargo throughput at the Port of Halden fell 2.4% in the first nine months of 2025 to 32.6 million tonnes, the port authority said on Wednesday.

Container volumes at the rival port of Varberg rose 4.1% in the same period, its operator reported on Monday.
"""


def test_months_that_say_which_numbers_are_no_names() -> None:
    # "Jan-Sept" is the article's "first nine months", not a name it never spells
    expect(answered(_PORT, "When did the port put out its Jan-Sept numbers?"), "Wednesday")


def test_the_source_for_the_news_is_who_told_it() -> None:
    # "according to Chinese state media": the source of the news that the deals were signed
    expect(answered(_SEED, "whats the source for the news that the deals were signed?"), "state media")


def test_an_unanswered_follow_up_keeps_the_place_of_the_answer_before() -> None:
    # "was that a record?" finds no answer; "says who?" still asks of the September trade sentence
    expect(dialog(_SEED, "wat was russia china trade in sept", "was that a record?", "says who?"), "Customs")


_BEEF = """| 8 October 2025, Wednesday |

Brazil beef exports to China jump

Brazil's beef exports to China jumped 31.4% in September from a year earlier to 152,300 tonnes, government data showed on Tuesday.

Agriculture Minister Paulo Teixeira said in Brasilia on Tuesday that a Chinese inspection team would audit another 14 plants starting on November 10. "Our sanitary controls have been recognised by the Chinese authorities," he said.
"""


def test_a_government_official_is_whoever_holds_a_post_of_it() -> None:
    # "govt official" for "Agriculture Minister", not "the Chinese authorities" of the quote
    expect(answered(_BEEF, "Which govt official talked about the upcoming Chinese audit?"), "Teixeira")


_RAIL = """| 22 October 2025, Wednesday |

Mongolia opens coal rail link to China

The 19.5-km line linking Shiveekhuren in Mongolia with Sekhe in China's Inner Mongolia region began regular operations on Monday.

A second line, linking Khangi with Mandula, is planned at an estimated cost of $240 million. "We expect to sign the loan agreement before the end of the year, and construction should begin in April next year," the deputy minister told reporters.
"""


def test_a_line_linking_towns_connects_them() -> None:
    # "the line linking Shiveekhuren ... with Sekhe in China's Inner Mongolia region"
    expect(answered("mn_coal", "Which town on the Chinese side does the new line connect to?"), "Sekhe")


def test_building_is_construction() -> None:
    # "start building" the railway is its construction beginning
    expect(answered(_RAIL, "When are they supposed to start building the Khangi-Mandula railway?"), "April")
