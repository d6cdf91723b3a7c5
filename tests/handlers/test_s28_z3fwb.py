"""Figure questions the bot abstained on although the article states the figure, each a general
rule over a small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_HAUL = """| 3 March 2025, Monday |

Peruvian avocado growers turn to Chinese buyers

Peru's avocado exports to China rose 22% in the first nine months of the year, trade data showed.

Most of the fruit is trucked about 410 kilometres from Olmos to Paita on the Pacific coast, which handled 2,300 containers of avocados in the period.

Last month, a Chinese carrier launched a direct service from Callao to Shanghai's Yangshan port, cutting transit times to 28 days from about 40 days.

The growers' group said the route to China would bring in about 90 million dollars a year.
"""


@pytest.mark.parametrize("question", ["how far do the trucks haul the avocados to the pacific port",
                                      "how long is the trucking route to the coast in km"])
def test_a_word_of_the_distance_asked_elsewhere_only_beside_no_length_is_no_other_subject(question: str) -> None:
    expect(answered(_HAUL, question), "410")


_ROAD = """| 3 March 2025, Monday |

Laos banana exports to China climb on new highway

Laos's banana exports to China rose 31% in the first half of the year, customs data showed.

The 120-kilometre Vientiane-Boten Highway, which opened in May, has cut trucking time from the capital to the Boten border crossing from six hours to two hours.

About 3,600 refrigerated containers of bananas travelled the road to the Mohan border gate in China's Yunnan province in the first half.
"""


def test_a_sentence_of_only_lengths_and_times_is_no_rival_for_a_count() -> None:
    expect(answered(_ROAD, "how many reefer boxes of bananas were trucked to the chinese border"), "3,600")
