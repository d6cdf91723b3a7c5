"""Derived questions met on this session's sets (one arithmetic step from stated figures), each a
general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_SHIPMENTS = """| 3 March 2025, Monday |

Chilean plant takes delivery of Chinese kilns

The first 120 crates of kiln parts reached the port of San Antonio from Tianjin last week, the plant's manager said. A further 75 crates are due by the end of May.

The plant will employ 300 people and cost $450 million.

Copper exports rose 6% last year to 1.9 million tonnes.
"""


def test_a_total_adds_the_further_amount_the_next_sentence_opens_on() -> None:
    expect(answered(_SHIPMENTS, "How many crates of kiln parts in total, counting the ones still to come?"), "195")


_PORT = """| 3 March 2025, Monday |

Ghana's Tema port courts Chinese lines

The port of Tema handled 1.60 million TEUs in 2024, with transhipment accounting for about 75% of the total.

Cocoa exports through the port rose 8% to 410,000 tonnes, and 2,300 people work at the terminal.

A Chinese line will add a weekly service carrying 3,000 TEUs from March.
"""


def test_what_is_not_the_part_accounting_for_a_share_of_the_total_is_the_rest() -> None:
    expect(answered(_PORT, "How many TEUs at Tema last year were not transhipment?"), "0.40 million")


_MANGOES = """| 3 March 2025, Monday |

Thai mango growers lean on Chinese buyers

Exporters sent 42,000 tonnes of mangoes to China between January and June, Commerce Minister Somchai Lert told reporters in Bangkok.

Air freight accounted for about 9,500 tonnes of the January-June total, most of it flown from Bangkok to Kunming.

Rail carried 310 containers of fruit in June, and prices rose 12% to $2.40 a kilo.
"""


def test_what_did_not_go_one_way_is_the_total_another_sentence_states_less_that_part() -> None:
    expect(answered(_MANGOES, "how many tonnes didnt go by air in jan-june"), "32,500")
