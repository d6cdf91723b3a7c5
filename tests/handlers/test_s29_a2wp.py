"""Who-questions met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_SIGNING = """| 3 March 2025, Monday |

Qatar and Chinese firm sign glass plant deal

The deal was signed in Doha by Qatar's Minister of Trade, Industry and Export Promotion Khalid bin Saad al-Marri and Wang Lei, chairman of Hebei-based Jinhua Glass Group.

The plant will make 400,000 tonnes of float glass a year, Wang said.
"""


def test_a_post_listing_its_portfolio_holds_the_name_after_it() -> None:
    expect(answered(_SIGNING, "which qatari minister signed the deal"), "Khalid bin Saad al-Marri")


_CORRIDOR = """| 3 March 2025, Monday |

Peruvian, Japanese firms sign copper and shipping deals at Lima forum

Many of the deals depend on the Callao-Yokohama maritime corridor, a 9,000-nautical-mile sea route launched last year that cuts transit time between the two countries to about 22 days.

Cargo on the corridor jumped 38% year-on-year to 1.9 million tonnes in the first seven months of this year, Peru's Minister of State for Ports, Shipping and Waterways Jorge Salas told a panel session on Wednesday.

The share of that trade settled in Japanese yen climbed to 31% in the first half of this year from 19% a year earlier, Kenji Mori, Japan's deputy minister for trade, said at the forum.

"The corridor only pays if ships come back full," said Ana Ruiz, a trade economist at Lima-based brokerage Andes Capital. Vessels sailing from Callao to Yokohama currently use only about 40% of their capacity, she said.
"""


def test_a_countrys_post_is_no_official_of_another_country() -> None:
    expect(answered(_CORRIDOR, "which japanese official talked about yen settlment"), "Kenji Mori")


def test_a_figures_teller_is_not_the_speaker_of_a_claim_without_figures() -> None:
    expect(answered(_CORRIDOR, "Who said the route only makes money if vessels return loaded?"), "Ana Ruiz")
