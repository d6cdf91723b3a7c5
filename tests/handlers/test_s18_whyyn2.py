"""Why and yes-no questions met on this session's blind sets, each kept as a general rule over a
small story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PORT = """| 17 October 2024, Thursday |

Dry port posts record year

Container throughput at the Zharkent dry port jumped 18.2% in the first nine months to 300,000 TEUs, the port's operator Zharkent Terminal said on Wednesday, as more freight trains were routed through the region.

Aidar Sultanov, chief executive of the port's operator Zharkent Terminal, said volumes were boosted because exporters shifted cargo from sea to rail after attacks on shipping pushed up ocean freight rates.

The operator plans to spend 40 billion tenge next year on new tracks.
"""


def test_a_word_of_the_move_asked_carries_a_plain_reason_over_a_loose_as() -> None:
    # "volumes were boosted because ..." moves the way asked with no figure: its plain
    # "because" beats the lead's loose "as".
    expect(answered(_PORT, "why did volumes at zharkent jump"), "exporters shifted cargo from sea to rail")


_RAIL = """| 2 May 2025, Friday |

Fruit growers take the train

Banana growers have shifted to rail because the journey from the Boten dry port near the border to Kunming, the capital of China's Yunnan province, takes about 20 hours, compared with four days by truck through Vietnam's ports.

Growers shipped 410,000 tonnes of bananas to China last year.
"""


def test_an_aside_after_the_reasons_subject_keeps_the_verb_it_waited_for() -> None:
    # "..., to Kunming, the capital of Yunnan, takes about 20 hours": cut at the aside, the
    # reason has no verb and says nothing.
    expect(answered(_RAIL, "why are banana growers switching to rail"), "takes about 20 hours")


_ROAD = """| 2 May 2025, Friday |

Farmers gain from new highway

Fruit farmers in the north say a new highway to the border has changed their trade.

"Before the highway, we lost nearly 20% of our papayas to spoilage because trucks waited for days," grower Lim Dara said. "Now the loss is around 6%."
"""


def test_a_level_before_a_change_carries_the_level_now() -> None:
    # '"Before the highway, we lost 20% ..." "Now the loss is around 6%."': the now is the evidence.
    expect(answered(_ROAD, "have papaya spoilage losses fallen since the highway opened"), "6%")
