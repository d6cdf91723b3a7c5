"""Derived questions met on the 22nd session's sets, each kept as a general rule over a small story."""

from __future__ import annotations

from tests.handlers.stories import answered


_AVOCADO = """| 14 November 2024, Thursday |

Kenyan avocado exports surge

Kenya exported 120,000 tonnes of avocados in the first nine months of 2024, as strong demand drew shipments to France and Spain, the Horticultural Crops Directorate said on Tuesday.

France bought 40% of the shipments, while Spain took 25%, the directorate's head told reporters in Nairobi. The rest went to the Middle East.
"""


def test_a_share_of_the_shipments_told_in_the_paragraph_before() -> None:
    # "40% of the shipments" is of the amount the paragraph before told of exports, which names
    # France only after it, as where the shipments went, not as its own amount.
    reply = answered(_AVOCADO, "roughly how many tonnes did france take")
    assert reply.answered and "48,000" in reply.text, reply.text
    # a whole counted in tonnes gives no count of another unit
    assert "48,000" not in answered(_AVOCADO, "how many containers did france take").text


_POWER = """| 14 November 2024, Thursday |

Bhutan power sales climb

Electricity exports reached 9,200 gigawatt-hours (GWh) between January and September, the energy minister told parliament in Thimphu, with India taking 88% of the total.
"""


def test_a_share_taken_is_the_buying_asked() -> None:
    # "with India taking 88% of the total": the taking is the buying; the one amount its whole.
    reply = answered(_POWER, "how many gwh did india buy from bhutan jan to sept")
    assert reply.answered and "8,096" in reply.text, reply.text
    assert not answered(_POWER, "how many gwh did bangladesh buy").answered
