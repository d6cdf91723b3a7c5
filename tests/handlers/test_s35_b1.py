"""Rules met on the blind articles of the 35th session (wave b1), each a general rule over a small
made-up story, never the wording of a graded question."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_TENDER = """| 5 March 2025, Wednesday |

Kenya sells stakes in two state tea estates to foreign buyers

NAIROBI, March 5 (Reuters) - Kenya has agreed to sell majority stakes in two state tea estates for a combined 90 million dollars, the Treasury said on Tuesday.

Under the deals, Britain's Camellia Holdings will pay 55 million dollars for a 60 percent stake in the Kericho estate near Litein in Rift Valley region, while India's Darjee Teas will take 51 percent of the Chemomi estate in Nandi county for 35 million dollars.

The tender drew 11 bids in June, and three bidders were shortlisted in August, and two Egyptian firms withdrew last month after failing to raise funds, the Treasury said.

The Kenya Tea Development Agency owes about 12 billion shillings to the state-owned Kenya Commercial Bank, largely from loans taken since 2015.

Darjee plans to export up to 20 percent of Chemomi's output through the port of Mombasa, the company said.

Under the terms of the sale, the buyers will pay 30 percent of the price upfront and the rest in three instalments over a year.

"These are not bargain-basement prices.
Buyers are paying for land and a growing market," Deputy Minister of Agriculture Wanjiru Kamau said at the signing.

Camellia said it would spend a further 20 million dollars to raise Kericho's processing capacity from 300 tonnes of leaf a day to 450 tonnes and to add a 5 megawatt biomass boiler.
"""


def test_a_deed_closing_a_when_question_is_dated_in_its_own_clause() -> None:
    # "pull out" is a withdrawal, and the clause of "withdrew" dates it, not the shortlist's
    reply = answered(_TENDER, "when did the egyptian bidders pull out")
    expect(reply, "last month")
    assert not reply.text.startswith("In August")


def test_a_place_after_in_owns_no_amount_set_against_another_buyer() -> None:
    expect(answered(_TENDER, "how much more is camellia paying than darjee"), "20 million")


def test_a_lender_after_to_the_state_owned_shares_the_debt() -> None:
    expect(answered(_TENDER, "how much does the tea development agency owe kenya commercial bank"), "12 billion shillings")


def test_a_bare_verb_after_a_named_subject_is_no_kind_of_its_object() -> None:
    expect(answered(_TENDER, "what port will darjee ship exports thru"), "Mombasa")


def test_a_share_below_the_whole_of_the_price_paid_upfront_is_no() -> None:
    reply = answered(_TENDER, "do buyers pay the whole price upfront")
    expect(reply, "30 percent")
    assert reply.text.startswith("No")


def test_a_quote_opening_a_sentence_is_the_said_thing_of_who_said() -> None:
    reply = answered(_TENDER, "who said its not a bargain basement sale")
    expect(reply, "Wanjiru Kamau")


def test_what_else_besides_a_thing_is_told_by_the_sentence_naming_it() -> None:
    expect(answered(_TENDER, "what else will camellia build at kericho apart from more processing capacity"), "boiler")


_RAIL = """| 4 June 2025, Wednesday |

Kazakhstan opens grain railway to Chinese border

ASTANA, June 4 (Reuters) - Kazakhstan on Wednesday opened a new 180-km railway carrying grain to the Chinese border at Bakhty, a project the government says will replace hundreds of trucks a day.

About 800 trucks a day now carry grain along the road to Bakhty, the ministry said. Once the railway runs at full capacity it will replace around 500 of them.

At the border, grain will still be moved onto trucks to cross to Tacheng in China until a 12-km cross-border rail link is completed. Construction of that link is due to start in April next year.

Kazakhstan exported 6.1 million tonnes of grain in January-May, up 12% from the same period last year, customs data showed. Grain export earnings in the period rose 4.5% to $1.3 billion.

Rail operator KTZ will run the line, its chief executive Nurlan Sadykov said.
"""


def test_a_deed_of_that_thing_carries_the_sentence_before() -> None:
    expect(answered(_RAIL, "when does work on the cross border rail link to china begin"), "April next year")


def test_a_figure_in_the_period_is_of_the_period_just_stated() -> None:
    expect(answered(_RAIL, "what were kazakhstan's total grain export earnings last yr in usd"), None)


def test_a_share_still_to_come_is_worked_from_the_part_not_a_vague_one() -> None:
    reply = answered(_RAIL, "what share of the daily trucks will the railway replace")
    expect(reply, "62.5%")


def test_an_earlier_post_before_he_ran_a_body_is_only_a_former_one() -> None:
    expect(answered(_RAIL, "what was sadykov's job before he ran ktz"), None)


_GLOVES = """| 14 November 2024, Thursday |

Malaysian mask maker swings to profit

Selangor Masks Bhd sold 4.2 billion masks in the quarter, up from 3.1 billion pieces a year earlier, the company said on Thursday.

Average selling prices rose to $12.40 per 1000 pieces from $11.10 in the April-June quarter.

The board declared an interim dividend of 3 sen per share.

The company will spend 300 million ringgit on a new plant in Kulai, which will raise its annual capacity by 2 billion pieces to 20 billion pieces when it starts commercial production in June next year.
"""


def test_a_count_in_pieces_counts_what_its_partner_counts() -> None:
    expect(answered(_GLOVES, "how many more masks sold vs a yr ago"), "1.1 billion")


def test_results_shorthand_is_spelt_out() -> None:
    expect(answered(_GLOVES, "how big is the interim divi"), "3 sen")
    expect(answered(_GLOVES, "by how much did the asp per 1000 pcs rise from apr-jun"), "1.30")


def test_once_a_plant_is_running_dates_the_figure_in_its_own_words() -> None:
    expect(answered(_GLOVES, "total capacity once kulai plant is running"), "20 billion")


_COCOA = """| 17 October 2024, Thursday |

Ghana cocoa exports sink as river strands barges, freight doubles

ACCRA, Oct 17 (Reuters) - Ghana's cocoa exports fell by a quarter in September as a drought cut yields, exporters said on Thursday.

The river port at Tema handled fewer ships, the port authority said.

Grindings totalled 410,000 tonnes in January-September, even though the 2023/24 harvest came in at 650,000 tonnes.

Some farmers have turned to trucks. A cooperative in Ashanti said members had moved about 12,000 tonnes by road to Abidjan since August.

Rainfall in the north had been 30% below normal, the weather agency said.

About 90,000 tonnes went to China through trading houses.

Freight costs rose to $40 per tonne from $20 in June.

Cocoa export earnings slid 10% to $1.1 billion over the first nine months.

The government will spend $5 million on dredging the river.

Cocoa farmers began planting last month, the board said.
"""


def test_the_goods_a_headline_measures_are_every_sentences_topic() -> None:
    expect(answered(_COCOA, "how big was the 2023/24 cocoa crop?"), "650,000 tonnes")


_QUOTED_HEAD = """| 14 November 2024, Thursday |

Kenyan flower grower swings to profit

NAIROBI, Nov 14 (Reuters) - Rosewood Farms Ltd swung back to profit in the July-September quarter, the company said on Thursday.

"The euro's rise has opened a window for Kenyan growers, and our order book is now full until the end of March," managing director Peter Mwangi Kamau said in a statement.

Net profit for the quarter came to 4.1 million dollars, against a loss of 1.2 million dollars a year earlier, Rosewood Farms said in a filing.

Mwangi told analysts that the company expects to sell about 90 million stems in the October-December quarter.

Chief financial officer Jane Njeri Otieno said higher wages would add about 1 million dollars to annual costs.

"Kenya can win back the market share we lost," association president Tom Kiprop told reporters in Nairobi.
"""


def test_a_quote_closed_by_a_title_in_lower_case_names_its_speaker() -> None:
    from handlers.places import _CLOSES_QUOTE
    second = _QUOTED_HEAD.split("\n\n")[3]
    assert _CLOSES_QUOTE.search(second) is not None
    expect(answered(_QUOTED_HEAD, "who runs rosewood as md"), "Peter Mwangi Kamau")


def test_a_bottom_line_a_year_earlier_answers_a_year_back() -> None:
    reply = answered(_QUOTED_HEAD, "was rosewood farms profitable in the same qtr last yr")
    expect(reply, "loss")
    assert reply.text.startswith("No")
