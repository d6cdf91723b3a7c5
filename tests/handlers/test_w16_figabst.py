"""Figures the article states that the bot had refused: each kept as a general rule over a small
made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_NICKEL = """| 4 June 2025, Wednesday |

Indonesian nickel exports climb

Nickel ore exports via the port of Morowali rose 12% to 3.4 million tonnes in the first five months, earning 21.7 trillion rupiah ($1.33 billion), the trade ministry said on Tuesday.

Indonesia's total trade with Japan reached $9.8 billion in the same period, the statistics office said.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("what were the nickel exports worth in local currency", "21.7 trillion rupiah"),
    ("how much were nickel ore exports worth in the local currency?", "21.7 trillion rupiah"),
    # the trade with Japan is told in dollars only: no local amount to give
    ("what was indonesia's trade with japan worth in local currency", None),
])
def test_local_currency_asks_the_articles_own_currency(question: str, expected: str | None) -> None:
    expect(answered(_NICKEL, question), expected)


_EXPO = """| 17 April 2025, Thursday |

Gulf firms sign deals at Chennai fair

Gulf companies signed 58 agreements worth 9.2 billion rupees with Indian firms at a trade fair in Chennai on Wednesday, organisers said.

Saudi companies accounted for 41% of the total contract value, said Meena Rao, director of the state trade department.

Tamil Nadu's imports from the Gulf rose 12.5% to 3.1 billion rupees in the first quarter.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # "contract" is an agreement before "value", no fall asked
    ("What portion of the total contract value came from Saudi firms?", "41%"),
    ("what share of the contract value did saudi companies account for", "41%"),
    # the move itself before an amount still asks the change
    ("what was the increase amount in tamil nadu's imports from the gulf", "12.5%"),
])
def test_a_thing_named_before_its_value_is_no_move(question: str, expected: str) -> None:
    expect(answered(_EXPO, question), expected)


_PORT = """| 10 May 2025, Saturday |

Uzbek, Chinese firms sign Termez port deal

Uzbek and Chinese companies signed a deal on Friday to build a cotton terminal at the Termez river port, at a fair in the Chinese city of Urumqi.

The agreement between Uztextile Export and Urumqi-based Silk Road Freight is worth 1.9 trillion soums ($150 million), Uzbekistan's trade minister told reporters.

Uzbekistan exported 310,000 tonnes of cotton yarn to China last year.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # "The agreement" opening the next paragraph is the terminal deal the lead told
    ("What is the terminal agreement worth in US dollars?", "$150 million"),
    ("how much is the cotton terminal deal worth", "1.9 trillion soums"),
])
def test_a_paragraph_opening_on_the_thing_just_named_goes_on_about_it(question: str, expected: str) -> None:
    expect(answered(_PORT, question), expected)


_CROSSING = """| 22 October 2024, Tuesday |

Kazakh border crossing speeds up

Grain shipments through the Khorgos crossing on the Chinese border rose 21% to 1.1 million tonnes in January-September, customs officials said.

"Khorgos is now clearing more than 900 trucks a day, up from about 500 last year," a customs spokesperson said on Monday.

The Naryn depot handled 2.3 million tonnes of freight in January-September.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # a crossing that clears or handles goods processes them
    ("How many lorries a day does Khorgos process now?", "900"),
    ("how much freight did the naryn depot process in january-september", "2.3 million tonnes"),
])
def test_clearing_or_handling_is_processing(question: str, expected: str) -> None:
    expect(answered(_CROSSING, question), expected)
