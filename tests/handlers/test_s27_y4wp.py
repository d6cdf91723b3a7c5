"""Where- and who-questions met on this session's sets, each a general rule over a small made-up
story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_MINE = """| 3 March 2025, Monday |

Zambia's Chinese-owned copper mine lifts output as China's demand grows

Lusaka Copper, the Chinese-owned operator of the Kalulu mine in Zambia's Copperbelt, raised output by 12% to 84,000 tonnes in the first nine months of the year, the company said.

The mine is 80% owned by China's Jinhe Metals, and Zambia's state holding company owns the rest.

Zambia exports most of its copper to China, and the Kalulu mine is among its largest.

All of the mine's output is trucked to the port of Nacala Bay and shipped to Ningbo in China's Zhejiang province.

Mines and Energy Minister Paul Mwale told parliament last week that the mine paid 412 million kwacha in royalties in the year to March.
"""


def test_a_post_holder_after_a_paragraph_on_another_country_is_the_storys_own() -> None:
    expect(answered(_MINE, "who is zambia's mines minister"), "Paul Mwale")
