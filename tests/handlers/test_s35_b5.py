"""Abstentions met on this session's sets (wave b5), each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_MAKER = """| 14 November 2024, Thursday |

Tyre maker Rodan swings to quarterly profit

OSLO, Nov 14 (Reuters) - Rodan Tyres ASA swung back to profit in the July-September quarter as carmakers stocked up ahead of winter, the company said on Thursday.

Net profit for the quarter came to 48.6 million crowns, against a loss of 21.3 million crowns a year earlier, the company said.

"We are not going to chase volume at prices that lose money," chief executive Ola Berg said, adding that the company's order book was full.

Rodan's tyre exports to Sweden rose 12% in the first nine months to 2.1 million tyres, the company said.

The company's new canal barge terminal will be 40 metres wide at the top and 6 metres deep.

The company employs about 3,200 workers, and several Swedish firms signed supply deals with it this year.

Rodan opened a warehouse near Gothenburg at the end of October, it said.

"Most of our tyre exports reached Sweden through traders in other countries before," sales director Kari Lund told Reuters.
"""


def test_a_full_year_asked_is_not_the_quarter_a_figure_is_of() -> None:
    expect(answered(_MAKER, "what was rodan's full year net profit"), None)
    expect(answered(_MAKER, "what was rodan's net profit for the quarter"), "48.6 million crowns")


def test_a_measure_named_bare_with_a_period_the_article_gives_for_another_period_abstains() -> None:
    expect(answered(_MAKER, "rodan tyre exports to sweden in october"), None)
    expect(answered(_MAKER, "rodan tyre exports to sweden in the first nine months"), "2.1 million")


def test_how_wide_asks_a_size_and_the_other_end_is_no_answer() -> None:
    expect(answered(_MAKER, "how wide is the terminal at the bottom"), None)
    expect(answered(_MAKER, "how wide is the terminal"), "40 metres wide")


def test_names_of_bodies_asked_need_names_not_a_sentence_saying_some_did() -> None:
    expect(answered(_MAKER, "names of the swedish firms that signed supply deals"), None)


def test_how_old_asks_an_age_a_sentence_with_no_number_cannot_give() -> None:
    expect(answered(_MAKER, "how old is ola berg"), None)


_ORE = """| 14 October 2025, Tuesday |

Namibian manganese ore shipments to China jump

Namibia's exports of manganese ore to China rose 21% in the first nine months to 410,000 tonnes, customs data showed, as Chinese steel mills cut their reliance on supplies from Gabon.

Ferroalloy prices in China climbed to 7,100 yuan per tonne last month, the highest since 2022, due to tight ore supply and outages at Chinese mills.

The first phase of the Lumo wind farm, commissioned in 2021, sells power at 22.5 rand per kWh, a tariff set at an auction in 2018.
"""


def test_a_price_per_unit_is_no_cost_of_building() -> None:
    expect(answered(_ORE, "how much did the first phase cost to build"), None)
