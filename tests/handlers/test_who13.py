"""Who and where questions in everyday words: homes said without "-based", runners and speakers."""

from __future__ import annotations

from tests.handlers.stories import answered

_PORT = """| 3 March 2025, Monday |

Outage at Kestrel Bay gas plant delays cargoes

Marlin Energy shut one of two trains at its Kestrel Bay plant on Monday after a compressor fault, the company said.

Kestrel Bay, located near the coastal town of Dampier, supplies about 9% of the country's exports.

"We have cut our planting by 12% because costs keep rising," said Tom Avila, manager of Verde Farms, a 90-hectare grower in Tamworth.

Kalinda-based payments and small business lending firm Brightpay raised $200 million from investors, including Osaka-based Hoshi Capital and U.S. fund Redgum Partners.
"""


def test_whereabouts_asks_where() -> None:
    result = answered(_PORT, "whereabouts is kestrel bay")
    assert result.answered and "Dampier" in result.text, result.text


def test_a_body_described_as_in_a_place_is_based_there() -> None:
    result = answered(_PORT, "Where is Verde Farms based?")
    assert result.answered and result.text.startswith("Tamworth"), result.text


def test_a_long_lower_case_description_after_based_keeps_its_place() -> None:
    result = answered(_PORT, "Where is Brightpay headquartered?")
    assert result.answered and result.text.startswith("Kalinda"), result.text
