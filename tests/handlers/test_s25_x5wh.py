"""What- and how-questions met on this session's sets, each a general rule over a small made-up
story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_STAKE = """| 3 March 2025, Monday |

Mongolian cashmere maker draws Chinese money

Gobi Wool Group, the largest exporter, opened a new spinning plant in Darkhan in May that can process 40 tonnes of fibre a month.

The company's sales to China rose 22% to $48 million in the first nine months, chief executive Bat Erdene said.

Last month, Beijing-based Huabei Textile Co agreed to buy a 30% stake in Gobi Wool for $20 million.
"""


def test_a_company_investing_in_another_is_one_buying_a_stake_in_it() -> None:
    expect(answered(_STAKE, "which chinese company is investing in gobi wool"), "Huabei Textile")


def test_how_much_invested_is_not_met_by_a_stake_share() -> None:
    # the stake's share is no amount invested: the money is "$20 million" or nothing
    a = answered(_STAKE, "how much is huabei investing in gobi wool")
    assert "30%" not in a.text


_FREIGHTER = """| 3 March 2025, Monday |

Kenyan flower exports to China bloom after direct cargo link

Kenya's flower exports to China rose 41% in the first nine months to 2,300 tonnes, the horticulture board said.

The weekly freighter service, launched in May by Kenya Airways and Chinese logistics group Orient Cargo, flies from Nairobi to Chengdu in about 10 hours.

Flower farm owner Jane Wanjiru said her company had doubled its sales to Chinese florists.
"""


def test_a_freighter_service_is_the_flights_asked() -> None:
    expect(answered(_FREIGHTER, "which chinese logistics company is partnering on the flights"), "Orient Cargo")
