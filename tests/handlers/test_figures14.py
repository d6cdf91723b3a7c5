"""Figure questions of the fourteenth pass: money asked by name, and everyday words for what
the article says otherwise."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PORK = """| 9 October 2025, Thursday |

Chilean pork exports to Japan climb

Chile's pork exports to Japan rose 12.5% in August from a year earlier to 21,400 tonnes, customs data showed on Wednesday.

Earnings from the shipments rose 18.2% to $96.3 million, as the average price paid by Japanese importers climbed to $4,500 per tonne from $4,150 a year earlier.
"""


def test_money_asked_by_name_is_no_tonnes_rate_or_price() -> None:
    # "how much money" is neither the tonnes, nor the rise, nor the price a tonne (nor the price
    # it rose from)
    expect(answered(_PORK, "How much money did August pork sales to Japan bring in?"), "96.3")


def test_money_asked_per_unit_is_a_price() -> None:
    expect(answered(_PORK, "How much money did Japanese importers pay per tonne?"), "4,500")


_SHARE = """| 9 October 2025, Thursday |

Chilean pork exports to Japan climb

Chile's pork exports to Japan rose 12.5% in August from a year earlier to 21,400 tonnes.

Japan took 38.2% of Chile's total pork export volume in the month, up from 33.9% a year earlier.
"""


def test_a_share_asked_by_its_sign() -> None:
    # "what % of X went to Y" asks a share, as "what share of" does, not the rise
    expect(answered(_SHARE, "what % of chiles pork exports went to japan in august"), "38.2")

