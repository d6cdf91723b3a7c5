"""Figure questions the bot abstained on although the article states the figure, each a general
rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_CASHEW = """| 3 March 2025, Monday |

Ghana's cashew exports to India climb on new deal

Sales of raw cashew nuts to India rose 21.4% in the first half from a year earlier to $84.2 million, Trade Minister Kofi Mensah told reporters in Accra. Volumes reached 61,300 tonnes in the first six months, he said.

Ghana shipped 9,800 tonnes of shea butter to Europe in the first half, the export authority said.

Ghana's cocoa exports to Japan fell 4% to 12,400 tonnes in the first half.
"""


def test_a_bare_size_word_borrows_the_goods_and_buyer_of_the_sentence_before() -> None:
    expect(answered(_CASHEW, "How many tonnes of cashew nuts went to India in the first six months?"), "61,300")


_CASHEW_ELSEWHERE = _CASHEW.replace("Volumes reached", "Volumes to Vietnam reached")


def test_a_size_naming_a_party_of_its_own_borrows_nothing() -> None:
    expect(answered(_CASHEW_ELSEWHERE, "How many tonnes of cashew nuts went to India in the first six months?"), None)


_SERVICE = """| 3 March 2025, Monday |

Peruvian blueberries get a direct sea link to China

Most of the fruit leaves from the port of Callao. Last week, Lima-based Andes Reefer Lines launched a direct weekly service from Callao to Shanghai, cutting transit time to 22 days from 33 days on routes that transship through Manzanillo.

The first vessel on the route, the Andes Star, carried 74 refrigerated containers, the shipping line said.

A ship to Busan carried 51 refrigerated containers of grapes last month.

Exporters sent 120 refrigerated containers of blueberries to Rotterdam in January.
"""


def test_a_subject_held_by_a_bare_thing_borrows_the_sentence_that_told_it() -> None:
    expect(answered(_SERVICE, "how many reefer containers were on the first ship to shanghai?"), "74")


def test_a_subject_held_by_a_bare_thing_in_a_named_place_borrows_nothing() -> None:
    elsewhere = _SERVICE.replace("The first vessel on the route,", "The first vessel on the route from Busan,")
    expect(answered(elsewhere, "how many reefer containers were on the first ship to shanghai?"), None)


_LOAN = """| 3 March 2025, Monday |

Chinese banks fund Zambian copper smelter

The smelter cost $1.6 billion, and was partly financed by a $700 million loan from a group of Chinese lenders.

Copper output rose by $40 million worth last year.
"""


def test_put_up_ending_a_question_is_money_supplied_not_a_rise() -> None:
    expect(answered(_LOAN, "how big a loan did the chinese lenders put up"), "$700 million")
