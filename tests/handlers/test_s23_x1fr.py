"""Figure questions the bot abstained on although the story states the figure, each kept as a
general rule over a small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_ZINC = """| 4 June 2025, Wednesday |

Peru becomes top zinc exporter as Asian demand grows

Peru has overtaken Australia as the largest zinc exporter, an industry group said on Tuesday, as strong buying from China and India pushed shipments to a record.

In the first five months of the year, Peru's zinc exports rose 21% from a year earlier to 640,000 tonnes, customs data showed.

China remained the largest buyer, taking 46% of the shipments, while India took 19%.

Traders said Callao port handled 70% of zinc shipments this year.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("whats china's share of peruvian zinc shipments", "46%"),
    ("what share of zinc shipments did china take", "46%"),
    ("what is australia's share of zinc shipments", None),
])
def test_a_paragraph_opening_share_of_the_measure_shares_the_one_told_before(question: str, expected: str) -> None:
    expect(answered(_ZINC, question), expected)


_ZONE = """| 5 June 2025, Thursday |

Investors flock to Djibouti free zone

Total investment committed in the free zone reached $4.2 billion by the end of April, up 18% from a year earlier, the zone's chairman said.

The zone will add a second logistics park next year, he said.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("whats the total investment pledged in the free zone so far", "4.2"),
    ("how much investment has the free zone drawn to date", "4.2"),
])
def test_a_level_reached_by_the_end_of_a_month_is_a_running_total(question: str, expected: str) -> None:
    expect(answered(_ZONE, question), expected)


_GAS = """| 6 June 2025, Friday |

Armenia signs gas deal with Gazprom

Under a three-year contract signed in May, Armenia pays Gazprom $165 per 1,000 cubic metres at the Georgian border, an energy ministry official said.

The state budget sets aside $2 billion a year for energy subsidies.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("What price is Armenia paying Gazprom per thousand cubic meters?", "$165"),
    ("what price does armenia pay for gas", "$165"),
])
def test_money_per_unit_of_a_thing_is_its_price(question: str, expected: str) -> None:
    expect(answered(_GAS, question), expected)
