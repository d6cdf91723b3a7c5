"""Two stated things compared, each found on its own (handlers/compared.py): how many times one
is the other, how many of one for every one of the other, which is the larger, the months
between two dated events, and a stated count spread over its stated span; and the question's
phone typing that hides a month ("septs exports")."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

PORT = """| 3 March 2025, Monday |

Baltic port of Kelmar doubles grain handling as new terminal opens

The port of Kelmar handled 12.6 million tonnes of grain last year, the port authority said on Friday, while the rival port of Osterby handled 4.2 million tonnes.

In September, Kelmar’s container exports rose 6.1% from a year earlier to 9.8 billion crowns ($0.9 billion), and in the first ten months of last year, 30 shipping lines opened offices in Kelmar.

In February last year, a new grain terminal was opened at Kelmar, with a ship carrying 60,000 tonnes of wheat leaving for Egypt to mark the occasion.

In April, the transport ministry said Osterby would be able to use the Kelmar rail link from July, cutting costs for its farmers.

The opening ceremony was attended by 450 farmers and 15 ministers.

Trade between Kelmar and Egypt reached $2.7 billion in December, the highest on record.
"""


def test_how_many_times_bigger_sets_two_stated_amounts_against_each_other() -> None:
    reply = answered(PORT, "how many times more grain did kelmar handle than osterby last year")
    expect(reply, "3 times")
    assert "computed from the article" in reply.text


def test_times_bigger_reads_a_foreign_currency_by_its_stated_dollar_value() -> None:
    # "9.8 billion crowns ($0.9 billion)": set against dollars as the article converts it
    expect(answered(PORT, "how many times bigger is december's kelmar-egypt trade than kelmar's september container exports"), "3 times")


def test_how_many_for_every_divides_one_count_by_another() -> None:
    expect(answered(PORT, "how many farmers at the ceremony for every minister"), "30 for every one")


def test_which_is_more_names_the_larger_side() -> None:
    reply = answered(PORT, "which is more, the grain kelmar handled last year or the grain osterby handled")
    expect(reply, "12.6 million tonnes, is more")


def test_which_is_less_names_the_smaller_side() -> None:
    reply = answered(PORT, "which was smaller, the grain kelmar handled last year or the grain osterby handled")
    expect(reply, "4.2 million tonnes, is less")


def test_months_between_two_dated_events() -> None:
    # "In April, the ministry said Osterby would be able to use the link from July": the time
    # before the saying dates the saying, the one after it the event.
    expect(answered(PORT, "how many months between the grain terminal opening and osterby getting to use the rail link"), "5 months")


def test_a_stated_count_over_its_stated_span_is_a_monthly_average() -> None:
    expect(answered(PORT, "on average how many shipping lines a month opened offices in kelmar"), "About 3 lines a month")


def test_a_side_the_article_does_not_state_is_no_comparison() -> None:
    expect(answered(PORT, "how many times more grain did kelmar handle than riga last year"), None)
    expect(answered(PORT, "which is more, the grain kelmar handled last year or the coal it handled"), None)


def test_a_month_whose_apostrophe_was_dropped_is_still_the_month() -> None:
    expect(answered(PORT, "how many times bigger is decembers kelmar-egypt trade than kelmar's septs container exports"), "3 times")



def test_a_difference_needs_a_compared_word_on_each_side_of_than() -> None:
    # "lower" and "aiming" are no things compared: no net profit less a spending plan
    # ("4.1 billion rupees − 2.14 billion rupees"), nor a target less it ("360 billion rupees −
    # 4.1 billion rupees")
    expect(answered("in_ipo", "how much lower is the ipo valuation than what they were aiming for in march"), None)
