"""When questions met on the eighteenth session's blind sets, each kept as a general rule over a
small story: the date of the right event, resolved against the article's date."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_TIMBER = """| 20 May 2025, Tuesday |

Russian timber deals signed at Harbin fair

Russian and Chinese companies signed 40 timber agreements at a trade fair in Harbin, organisers said on Tuesday.

"Chinese builders need stable supplies, and Siberian timber is cheaper than wood from Europe," said Taiga Wood chief executive Ivan Petrov, adding that the first shipments would cross the border at Suifenhe in July.
"""


def test_a_border_crossing_is_the_way_in_not_another_place() -> None:
    # "cross the border at Suifenhe in July": the crossing point dates the goods going into China
    expect(answered(_TIMBER, "when will the first timber cargoes cross into china"), "July")


_TRADE = """| 9 December 2023, Saturday |

Russia-China trade at a high

In September, bilateral trade between Russia and China surged to $21.18 billion, the highest since February 2022 when Russia began the war in Ukraine, according to Chinese customs data released earlier this month.
"""


def test_the_span_a_record_is_counted_from_is_given_not_asked() -> None:
    # "since feb 2022" is the question's own: the month of the record is September
    reply = answered(_TRADE, "which month saw the highest russia china trade since feb 2022")
    assert reply.answered and reply.text.startswith("In September"), reply.text


_RAIL = """| 14 November 2024, Thursday |

China to fund Tazara railway revamp

China will finance a $1.4 billion overhaul of the Tazara railway, officials from the three countries said on Wednesday.

The agreement, signed in Lusaka by Zambian Transport Minister Mutale Chanda and Chinese Vice Commerce Minister Wang Jun, covers new locomotives and wagons.

Zambia's cabinet approved the deal on Monday.
"""


def test_a_month_abbreviation_after_a_name_is_the_name() -> None:
    # "Wang Jun, covers": a person, not June
    assert "June" not in answered(_RAIL, "when did they sign the railway agreement").text


def test_a_deed_told_with_no_time_is_the_leads_news() -> None:
    # "The agreement, signed in Lusaka", undated: not "approved the deal on Monday", which signs nothing
    expect(answered(_RAIL, "when did they sign the railway agreement"), "Wednesday")
