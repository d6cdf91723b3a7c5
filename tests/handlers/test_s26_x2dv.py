"""Derived questions met on this session's sets: the exchange rate a pair of amounts implies
when one of them is a country's own money, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_WHARF = """| 3 March 2025, Monday |

Chinese firm starts work on Pacific wharf

A Chinese contractor broke ground on Tuesday on a $80 million upgrade of the main wharf in Apia, capital of Samoa, funded by a Chinese state bank.

The builder will add 150 metres of berth and a 4-hectare yard, the ports authority said. The project is valued at 208 million Samoan dollars.

Fish exports rose 12% to 9,400 tonnes last year, the fisheries ministry said.
"""


def test_a_countrys_own_dollars_restated_imply_a_rate_against_the_us_dollar() -> None:
    # 208 million Samoan dollars ÷ $80 million
    expect(answered(_WHARF, "what exchange rate does the story imply, samoan dollars per us dollar"), "2.6")


_TEA = """| 3 March 2025, Monday |

Tea sales to China climb

Tea exports to China rose 9% to 1,200 tonnes in the first half, earning $5 million, or about 7.1 billion Burundian francs, the export board said.

Coffee exports fell 3% to 800 tonnes, it said.
"""


def test_francs_of_a_named_country_after_or_about_imply_a_rate() -> None:
    # 7.1 billion Burundian francs ÷ $5 million
    expect(answered(_TEA, "whats the implied exchange rate francs per dollar in the tea numbers"), "1,420")


_REFINERY = """| 3 March 2025, Monday |

Refinery expansion approved

A Chinese group and its local partner on Tuesday approved a $2 billion (FJ$4.5 billion) expansion of their refinery, a project set to double its capacity.

The plant processed 3 million tonnes of crude last year, the company said.
"""


def test_letters_before_a_dollar_sign_name_a_local_dollar_whose_pair_implies_a_rate() -> None:
    expect(answered(_REFINERY, "what fiji dollar to usd exchange rate does the expansion price imply"), "2.25")


_EXPORTS = """| 3 March 2025, Monday |

Province's exports to Russia soar

The province's outbound shipments to Russia soared 40% in the first nine months to 73 billion yuan ($10 billion), customs data showed.

Imports from Russia fell 5% to 20 billion yuan, it said.
"""


def test_a_currency_pair_written_with_a_slash_asks_the_implied_rate() -> None:
    expect(answered(_EXPORTS, "what yuan/usd rate is baked into the export figures"), "7.3")


_LINE = """| 3 March 2025, Monday |

New rail line opens

The 98-km line from the capital to the border cost 420 billion forints ($1.2 billion), the transport minister said. About 70% of the cost was covered by a 15-year loan from a Chinese state bank.

A ticket to the border will cost 2,900 forints, down from 3,400 forints on the old line.

Freight on the route rose 12% to 1.8 million tonnes last year, the rail company said.
"""


def test_a_loans_share_of_the_cost_told_before_gives_its_amount() -> None:
    # 70% of 420 billion forints
    expect(answered(_LINE, "roughly how big was the chinese loan in forints"), "294 billion forints")


_PORT = """| 3 March 2025, Monday |

Work starts on port upgrade

A Chinese contractor broke ground on Tuesday on a $60 million upgrade of the main port, funded largely by a Chinese state bank.

The builder will add a 4-hectare yard, the ports authority said.

The Exim Bank loan, signed in Beijing last month, covers 80% of the cost, with the government paying the rest.
"""


def test_a_payer_covering_a_share_of_the_cost_gives_its_amount() -> None:
    expect(answered(_PORT, "how big is the exim loan in dollars"), "48 million")
