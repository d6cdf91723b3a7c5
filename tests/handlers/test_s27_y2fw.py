"""Figure questions the bot abstained on although the article states the figure, each a general
rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_VOYAGE = """| 3 March 2025, Monday |

Chinese builder ships plant equipment to Namibia

Beijing Haoran Engineering will build a 400 million dollar copper smelter near Walvis Bay, the company said on Monday.

The smelter will employ 900 people and process 120,000 tonnes of concentrate a year.

Equipment for the smelter will be shipped from Tianjin port in northern China on a monthly service to Walvis Bay that began last year and has so far carried 2,300 containers. The 11,800-km sea voyage takes about 26 days. A 35-km road will link the site to the port.
"""


def test_a_journey_named_by_its_kind_is_the_one_the_sentence_before_sent() -> None:
    expect(answered(_VOYAGE, "how far is the sea trip from tianjin to walvis bay"), "11,800")
