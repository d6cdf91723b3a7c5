"""Questions the article does not answer, which the bot answered anyway, each a general rule
over a small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_COCOA = """| 3 March 2025, Monday |

Ghana cocoa sales to China climb

Ghana's exports of cocoa beans rose 12% last year to 310,000 tonnes, the cocoa board said.

State trader Cocobod loaded 31 cargoes for Chinese buyers in the third quarter, up from 22 a year earlier.

He estimated that at least 14 Chinese chocolate companies now buy Ghanaian beans directly, against five in 2021.
"""


def test_import_from_a_place_the_sentence_names_only_as_a_buyer_is_untold() -> None:
    expect(answered(_COCOA, "how much does ghana import from china"), None)


@pytest.mark.parametrize(("question", "expected"), [("how many cargoes did cocobod load for chinese buyers", "31 cargoes"),
                                                    ("how many chinese chocolate companies buy ghanaian beans", "14 Chinese")])
def test_the_buyers_own_figures_still_answer(question: str, expected: str) -> None:
    expect(answered(_COCOA, question), expected)


_COPPER = """| 3 March 2025, Monday |

Chilean copper finds new route to China

Chile's copper exports to China rose 9% last year to 5.1 million tonnes, the mining ministry said.

Codelco shipped 42 cargoes of cathodes to Shanghai in the third quarter, up from 30 a year earlier.

The voyage of about 19,000 km to eastern China has become costlier due to attacks on commercial shipping in the Red Sea, said Ana Rojas, an analyst at Santiago-based Andes Research.
"""


def test_a_place_after_to_and_a_compass_word_is_where_goods_go_not_where_they_come_from() -> None:
    expect(answered(_COPPER, "how much does chile import from china each year"), None)


def test_exports_to_that_place_still_answer() -> None:
    expect(answered(_COPPER, "how much copper did chile export to china last year"), "5.1 million tonnes")


_MISSION = """| 3 March 2025, Monday |

Ghana cocoa sales to China climb

Ghana's exports of cocoa beans to China rose 12% last year to 31,000 tonnes, making China the fourth-largest buyer of Ghanaian beans.

Chinese embassy spokesperson Wang Lei said in Accra earlier this month that Beijing would send a buying mission of 20 companies to the cocoa auctions next month.
"""


def test_an_embassy_speaking_and_its_capital_buying_make_no_seller_of_the_country() -> None:
    expect(answered(_MISSION, "how much does ghana import from china"), None)


def test_the_mission_size_still_answers() -> None:
    expect(answered(_MISSION, "how many companies will be in the buying mission"), "20 companies")


_CHROME = """| 3 March 2025, Monday |

Albanian chrome finds Chinese buyers

Albania's chrome ore exports to China rose 22% in January-September to 420,000 tonnes, the statistics office said.

Analyst Marta Lind said purchases were driven by record stainless steel output in China, which rose 8.2% in January-September to 29.6 million tonnes.
"""


def test_a_place_named_only_where_output_happens_is_no_seller() -> None:
    expect(answered(_CHROME, "how much did albania import from china in jan-sep"), None)


def test_the_output_there_still_answers() -> None:
    expect(answered(_CHROME, "how much stainless steel did china produce in january-september"), "29.6 million tonnes")
