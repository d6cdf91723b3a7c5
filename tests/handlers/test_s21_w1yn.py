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


_GINGER = """| 5 June 2025, Thursday |

Ghana's ginger exports to India climb on new farm rules

Ghana's ginger exports to India rose 31% in the first half of the year to 12,400 tonnes, the agriculture ministry said on Tuesday.

The ginger shipments were worth $18.2 million, giving India, the major buyer, a 38% share of Ghana's ginger exports.

Ginger exporters must now register with the farm inspection agency, which had approved 88 warehouses by May.

"Before the rules, most of our ginger reached India through traders in Dubai," said Kwame Mensah, head of the ginger exporters' group.

The first direct ginger cargo left Tema port for Mumbai in March, and export voyages now take 24 days, the agriculture ministry said.

Ginger farmers in the Volta Region said export prices rose to 14,000 cedis a tonne in May.

The agriculture ministry said it aimed to lift ginger exports to India to 30,000 tonnes next year.

Ginger exporters also hope to sell dried ginger to Vietnam and Malaysia, the main new markets, the farm ministry said.

Ginger is Ghana's third-largest agricultural export after cocoa and cashews and earned 4% of non-oil export revenue last year, the ministry said.
"""


def test_a_ranking_below_the_top_answers_after_many_loose_mentions() -> None:
    expect(answered(_GINGER, "Is ginger Ghana's biggest farm export?"), "No.")


_FERRO = """| 5 June 2025, Thursday |

Armenian ferromolybdenum sales abroad rise

Armenia's ferromolybdenum exports in January-June reached 9,100 tonnes worth 118 billion drams ($304 million), with Georgia taking 41% of shipments and Iran 22%, the statistics committee said.
"""


def test_a_name_takes_the_amount_after_it_not_the_total_before() -> None:
    expect(answered(_FERRO, "did iran buy more armenian ferromolybdenum than georgia"), "No.")


def test_a_name_takes_the_amount_after_it_the_other_way_round() -> None:
    expect(answered(_FERRO, "did georgia buy more armenian ferromolybdenum than iran"), "Yes.")
