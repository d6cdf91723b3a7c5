"""Questions the article does not answer, though it names what they ask about: a post, a figure
or a date the text gives for something else."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_OFFTAKE = """| 4 March 2025, Tuesday |

Kyrgyz gold miner Altyn Kazyna signs sale deal with Chinese trader

Kyrgyzstan's state-owned gold miner Altyn Kazyna signed a sale agreement with a Chinese company at the Bishkek Mining Forum on Monday, the company said.

Under the deal, Guangzhou-based trader Hongda Bullion Trading will buy 12 tonnes of gold a year for three years and pay $300 million in advance, chief executive Almaz Beishenov told reporters at the forum.

Altyn Kazyna produced 18 tonnes of gold last year, up 6% from a year earlier, Beishenov said.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("who is the boss of hongda bullion", None),
    ("who is the boss of altyn kazyna", "Almaz Beishenov"),
])
def test_a_bare_title_said_again_after_the_story_subject_is_not_the_other_body(question: str, expected: str | None) -> None:
    expect(answered(_OFFTAKE, question), expected)


_CRUSHER = """| 4 March 2025, Tuesday |

Kazakh oilseed region sends more sunflower seed to China

North Kazakhstan shipped 210,000 tonnes of sunflower seed to China in July-September, up 24% from a year earlier, the regional agriculture department said.

On Monday, Urumqi-based Tianshan Oils signed an agreement with Kazakh grower Qostanai Agro to build a crushing plant in Khorgos with capacity to process 400,000 tonnes of seed a year. The plant will cost 1.2 billion yuan ($168 million), the companies said.

A litre of sunflower oil cost 820 tenge in Kazakh shops in September.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("What price per tonne is Kazakh sunflower seed fetching in China?", None),
    ("How much does a litre of sunflower oil cost in shops?", "820 tenge"),
    ("How much will the plant cost?", "1.2 billion yuan"),
])
def test_a_price_per_unit_is_no_sum_of_money_in_a_sentence_without_the_unit(question: str, expected: str | None) -> None:
    expect(answered(_CRUSHER, question), expected)


_FAIR = """| 4 March 2025, Tuesday |

Kazakh and Turkish firms sign deals at Urumqi fair

Kazakh and Turkish companies signed 88 agreements with Chinese firms at a trade fair in Urumqi on Friday, organisers said.

The four-day China-Eurasia-Turkey Commodity Fair attracted about 960 exhibitors from 31 countries, up from 700 last year.

Kazakh exhibitors signed 40 of the deals.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("how many turkish exhibitors were at the fair", None),
    ("how many exhibitors were at the fair", "960"),
])
def test_a_nation_named_only_inside_another_name_is_not_said_of_the_count(question: str, expected: str | None) -> None:
    expect(answered(_FAIR, question), expected)


_COAL = """| 4 March 2025, Tuesday |

Kyrgyz coal finds buyers in Xinjiang

Kyrgyzstan exported 1.4 million tonnes of coal to China in the first nine months, up 12% from a year earlier, customs data showed.

Kyrgyz imports of Chinese machinery also grew, the ministry said.

"Chinese power plants in Xinjiang have kept buying because Kyrgyz coal is arriving at a discount of about $18 a tonne to local supply," said Li Ming, an analyst at Urumqi-based Tianchi Research.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("How much did Kyrgyzstan import from China in the first nine months?", None),
    ("How much coal did Kyrgyzstan export to China in the first nine months?", "1.4 million tonnes"),
])
def test_a_price_a_tonne_is_no_amount_traded(question: str, expected: str | None) -> None:
    expect(answered(_COAL, question), expected)


_LINK = """| 4 March 2025, Tuesday |

New rail link speeds coal to China

The 22-km rail link between Khanbogd and Ulaanbaishint, built jointly by state-owned Tavan Rail and Baotou Railway Group, carried its first trial cargo last week, a train of 60 wagons loaded with about 4,000 tonnes of coal.

The Zamyn-Uud bridge, which opened in May, cost $120 million to build.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("What did the Khanbogd-Ulaanbaishint rail link cost to build?", None),
    ("What did the Zamyn-Uud bridge cost to build?", "$120 million"),
])
def test_a_cost_asked_is_not_a_sentence_without_money(question: str, expected: str | None) -> None:
    expect(answered(_LINK, question), expected)
