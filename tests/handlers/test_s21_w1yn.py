"""Why and yes-no questions of the 21st session: the reason found where the question names the
thing in other words than the article."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_SOY = """| 5 June 2025, Thursday |

Ghana's soybean exports to Vietnam climb

Ghana's soybean exports to Vietnam rose 22% in the first half of the year to 41,000 tonnes, trade data showed on Tuesday.

"In the past, nearly all our beans reached Vietnam through traders in Singapore because Vietnamese mills could not check our seed certificates," said Kwame Mensah, head of the grain board.

Farmgate prices in the Northern Region rose to 9,400 cedis a tonne in May from 7,100 cedis in January, owing to heavy buying by crushers, said analyst Ama Owusu.
"""


def test_a_middleman_is_a_trader_between_seller_and_buyer() -> None:
    expect(answered(_SOY, "why did ghanaian soybeans use to go to vietnam via middlemen"), "certificates")


def test_prices_paid_to_farmers_are_farmgate_prices() -> None:
    expect(answered(_SOY, "Why have prices paid to farmers gone up?"), "crushers")

