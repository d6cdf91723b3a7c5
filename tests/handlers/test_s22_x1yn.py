"""Why and yes-no questions of the 22nd session: each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_OFFICE = """| 4 March 2025, Tuesday |

Moldovan brandy maker ships more to Japan

Moldovan brandy exports to Japan rose 21% in the first half of the year to 3.2 million bottles, the economy ministry said on Monday.

Codru Distillers, the largest Moldovan exporter to Japan, shipped 40 containers through the port of Constanta in the first half, compared with 31 a year earlier, chief executive Ion Rusu said.

Rusu said the company planned to open a sales office in Osaka next year, due to strong demand from hotel bars in the Kansai region.
"""


def test_a_speaker_telling_of_the_company_speaks_of_the_firm_named_with_them_before() -> None:
    reply = answered(_OFFICE, "Why is Codru Distillers setting up an office in Osaka?")
    expect(reply, "hotel bars")

