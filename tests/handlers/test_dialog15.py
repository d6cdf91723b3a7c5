"""Follow-ups that lean on the last answer: its period, its source and its place."""

from __future__ import annotations

from tests.handlers.stories import dialog, expect

_EXPORTS = """| 14 October 2024, Monday |

Veltria exports climb in September

Veltria's exports rose to $12.4 billion in September, the trade ministry said on Monday.

In August, exports had reached $11.1 billion, helped by strong grain shipments.
"""


def test_the_month_before_is_the_month_before_the_last_figure() -> None:
    # "the month before" September's figure is August's, not September's again
    expect(dialog(_EXPORTS, "how much did veltria export in september?", "and the month before?"), "11.1")
    expect(dialog(_EXPORTS, "how much did veltria export in september?", "and the previous month?"), "11.1")


def test_the_month_after_unstated_is_not_answered() -> None:
    # the article stops at September: "a month later" has no figure, not September's
    expect(dialog(_EXPORTS, "how much did veltria export in september?", "and a month later?"), None)
    # nor does "the month before" a month the article gives alone
    alone = _EXPORTS.replace("In August, exports had reached $11.1 billion, helped by strong grain shipments.", "Grain shipments grew.")
    expect(dialog(alone, "how much did veltria export in september?", "and the month before?"), None)


_FAIR = """| 3 March 2025, Monday |

Polish firms sign deals at Ukrainian fair

The fair in Lviv, the largest city of western Ukraine, follows a meeting between Polish President Andrzej Duda and Ukrainian President Volodymyr Zelenskiy last week in Kyiv. The fair was attended by about 200 Ukrainian companies.
"""


def test_where_was_that_after_when_asks_where_the_event_was() -> None:
    # "that" is the meeting just dated, not Lviv, the place the sentence names first
    expect(dialog(_FAIR, "when did duda and zelenskiy last get together", "where was that"), "Kyiv")


def test_they_are_the_two_people_the_last_question_named() -> None:
    # "they" are Duda and Zelenskiy, not the fair's city
    expect(dialog(_FAIR, "did duda and zelenskiy meet recently", "where did they meet?"), "Kyiv")


def test_where_is_that_number_from_asks_who_gave_the_figure() -> None:
    # the teller of the figure just quoted, as "says who?" asks, not a place
    expect(dialog(_EXPORTS, "how much did veltria export in september?", "where's that number from"), "trade ministry")
    expect(dialog(_EXPORTS, "how much did veltria export in september?", "according to whom?"), "trade ministry")


_PORT = """| 3 March 2025, Monday |

Landlocked Tarvo gets a sea route

In January to September, 40 foreign firms started businesses in Tarvo, the regional government said.

In May, customs officials said the landlocked province of Tarvo would be able to use Kessel, the biggest port on the coast, to ship goods to the south from June, cutting costs for Tarvo cargo.
"""


def test_starting_when_dates_the_last_answer_from_its_start() -> None:
    # the start of the shipping just answered ("from June"), though its sentence never says "start"
    expect(dialog(_PORT, "which port can tarvo ship through", "starting when?"), "June")
    expect(dialog(_PORT, "which port can tarvo ship through", "when does that start?"), "June")
