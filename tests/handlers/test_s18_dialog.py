"""Follow-ups and misspelled questions met on this session's blind sets, each kept as a general
rule over a small story: a place named by what it is, and a thing named only as a body's trade."""

from __future__ import annotations

from tests.handlers.stories import answered, dialog, expect

_EXPO = """| 20 May 2025, Tuesday |

Firms sign deals at Ningbo fair

Polish and Chinese companies signed 88 agreements worth a combined 21.4 billion yuan ($2.96 billion) at a trade fair in the eastern Chinese city of Ningbo, organisers said on Tuesday.

The largest single deal was a 3.1 billion yuan contract for furniture.
"""


def test_a_place_named_by_what_it_is_is_where_the_figure_happened() -> None:
    # "in the eastern Chinese city of Ningbo" is "in Ningbo": the fair's figure is Ningbo's
    expect(answered(_EXPO, "how much were the ningbo deals worth"), "21.4")
    expect(dialog(_EXPO, "how much were the ningbo deals worth", "and in dollars?"), "2.96")


_FACTORY = """| 9 July 2024, Tuesday |

Carmaker to build plant in Izmir

Korean electric-car maker Daeho will build a $900 million factory in Izmir, the company said on Monday, as Ankara pushes foreign automakers to produce locally.
"""


def test_a_thing_named_only_as_a_bodys_trade_has_no_price_there() -> None:
    # "electric-car maker", "automakers": what Daeho makes, not what the cars cost
    expect(answered(_FACTORY, "how much will the izmir-built cars cost"), None)
    expect(answered(_FACTORY, "how much will the izmir factory cost"), "900")


_DELIVERIES = """| 2 October 2025, Thursday |

Velora third-quarter deliveries rise

Velora AG, the Stuttgart-based electric-car maker, delivered 52,300 vehicles in the third quarter, the company said on Thursday.

Its Lumo saloon accounted for 30,100 deliveries, while the Piko small hatchback, launched in March, added 22,200. The Piko will reach Britain early next year.
"""


def test_a_time_in_an_aside_dates_no_figure_of_its_sentence() -> None:
    # ", launched in March," dates the launch; the paragraph's later "early next year" dates
    # nothing before it: the figures are of the lead's quarter
    expect(answered(_DELIVERIES, "how many piko hatchbacks were delivered in the third quarter"), "22,200")
