"""What- and which-questions met on this session's sets, each a general rule over a small
made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import expect, answered

_MILL = """| 3 March 2025, Monday |

Chinese feed maker to build mill in Paraguay

Hunan Dafeng Feed said on Monday it will build a soybean crushing mill near the river port of Villeta.

The mill, which will cost 310 billion guaranies ($40 million) and is due to open in 2027, will crush 600,000 tonnes of soybeans a year.

Part of the cost will be financed with a loan from Banco Basa.

The company employs 900 people in China, chief executive Li Wei said.
"""


@pytest.mark.parametrize("question", ["which bank is lending money for the mill",
                                      "which bank is lending money for the mill construction"])
def test_money_lent_and_the_building_it_pays_need_no_words_of_their_own(question: str) -> None:
    expect(answered(_MILL, question), "Banco Basa")
