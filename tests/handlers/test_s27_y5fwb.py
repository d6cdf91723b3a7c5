"""Figure questions the bot abstained on although the article states the figure, each a general
rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_EXPORTS = """| 3 March 2025, Monday |

Georgian honey finds buyers in Japan

Georgia's honey exports to Japan rose 31.2% in the first nine months of 2024 from a year earlier to $4.6 million, the economy ministry said on Tuesday.

Shipments by volume climbed to 1,240 tonnes in the January-September period from 980 tonnes a year earlier, with acacia honey accounting for 58% of the total, the ministry said.

Exports to Germany reached 760 tonnes in the period, a trade group said.
"""


def test_a_measure_restated_by_volume_is_the_one_the_paragraph_before_told() -> None:
    expect(answered(_EXPORTS, "How many tonnes of honey went to Japan in the first nine months?"), "1,240 tonnes")
