"""Questions a made-up story does not answer, which the bot answered anyway: each a general rule
for telling the article does not say."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_TUNA = """| 3 March 2025, Monday |

Maldives tuna exports to China surge as direct shipping link opens

Maldivian tuna exports to China jumped 64.2% in the first two months of 2025 to 3,840 tonnes, the fisheries ministry said.

Chinese goods shipped to the islands are mostly building materials, said Wang Lei, a trade official.

The push comes after total Maldivian fish exports fell 4.1% last year to $164 million due to weaker catches.
"""


def test_the_ends_own_trade_is_not_the_trade_to_it() -> None:
    expect(answered(_TUNA, "What was the value of Chinese exports to the Maldives last year?"), None)


def test_the_ends_own_trade_still_answers_its_own_exports() -> None:
    expect(answered(_TUNA, "What was the value of Maldivian fish exports last year?"), "$164 million")


_FISH = """| 3 March 2025, Monday |

Fiji tuna exports to China jump as Suva cold-chain link cuts shipping times

Fiji's exports of frozen tuna to China rose 27.6% in the first nine months of the year to F$148.2 million, the trade ministry said.

Volumes climbed 19.3% to 21,450 tonnes in the January-September period, according to the Fiji Bureau of Statistics, making China the second-largest market for Fijian tuna after the United States and pushing Japan into third place.

"China is now the fastest-growing destination for our fish," Fisheries Minister Jone Tuiwaqa told Reuters in Suva. He said the government aimed to lift annual tuna shipments to China to 40,000 tonnes by 2027.
"""


def test_a_bare_measure_goes_on_with_the_flow_told_before() -> None:
    expect(answered(_FISH, "how much tuna did fiji export to japan in the first nine months"), None)



_MINE = """| 3 March 2025, Monday |

Sierra Leone iron ore shipments to China surge after mine restart

Sierra Leone's iron ore exports to China rose 37.6% in the first nine months of the year to 6.2 million tonnes, the mines ministry said.

Earnings from the shipments to China in the January-September period reached 9.86 billion leones ($436 million), the minerals agency said. China took 88% of the country's iron ore exports by volume, up from 79% a year earlier.

Output slipped in August, when shipments fell 15% from July due to heavy rains that flooded a section of the railway near Lunsar, company spokesperson Aminata Sesay said.

The restart was financed partly by a $180 million loan from the Export-Import Bank of China, Sesay said, declining to disclose the interest rate.
"""


def test_a_measure_said_only_inside_a_name_is_not_stated() -> None:
    expect(answered(_MINE, "What was the value of Sierra Leone's imports from China in Jan-Sep?"), None)


def test_the_bank_named_still_lends() -> None:
    expect(answered(_MINE, "How big was the loan from the Export-Import Bank of China?"), "$180 million")
