"""What/which questions answered by general rules over small stories."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_FRUIT = """| 3 March 2025, Monday |

Mango exports hit a record

Mango export earnings rose 12% to $410 million last year, the trade ministry said on Monday.

Trade Minister Ana Perez said mangoes had overtaken coffee to become the country's third-largest farm export, and that earnings could reach $500 million next year.
"""


def test_a_rival_overtaken_is_a_thing_not_a_figure() -> None:
    expect(answered(_FRUIT, "what did mangoes overtake to become the 3rd biggest farm export"), "coffee")


_ORE = """| 3 March 2025, Monday |

Copper miner lifts output as Chinese demand holds

Copper shipments from the country's northern ports rose 9% in the second quarter to 410,000 tonnes, a port operator said.

"Demand is holding up better than feared, but prices below $8,000 a tonne will squeeze margins for higher-cost producers," said Maria Gomez, an analyst at Andes Capital.

Loading at the company's berth was halted for five days in April after heavy rains flooded a road near the mine, the company said.

The company's shares rose 3.4% on Thursday, outperforming the benchmark index, which gained 0.6%.

Norte Mining SA, the country's second-largest copper producer after Cobrex, said on Thursday it produced 120,000 tonnes of copper in the quarter, up 9.5% from a year earlier.
"""


def test_the_top_a_second_ranked_firm_is_after_answers_which_is_biggest() -> None:
    expect(answered(_ORE, "Which firm is the biggest copper producer in the country?"), "Cobrex")


_FRUIT_SEASON = """| 3 March 2025, Monday |

Growers ship record volumes ahead of the holidays

About 41,000 tonnes of mangoes, avocados, pineapples and papayas are expected to leave the country in December on some 900 cargo flights, the growers' association said. Most of the fruit is flown out of the capital's main airport, with the rest flying from a smaller airport in the south.

Export earnings rose 6% last year to $1.4 billion, the central bank said.
"""


def test_the_kinds_a_sentence_points_back_to_are_listed_before_it() -> None:
    expect(answered(_FRUIT_SEASON, "What kinds of fruit are being flown out?"), "papayas")
