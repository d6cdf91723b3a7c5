"""Derived questions met on this session's sets (one arithmetic step from stated figures), each a
general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_MINE = """| 3 March 2025, Monday |

Chinese-run mine lifts jobs in the north

The copper mine directly employs 2,300 people and has created an estimated 5,200 indirect jobs in nearby towns, the district governor said.

The mine shipped 41,000 tonnes of concentrate to China last year, up 12%.

Its owner plans to hire 400 more workers next year.
"""


def test_a_total_counting_two_kinds_adds_each_kinds_own_amount() -> None:
    expect(answered(_MINE, "How many jobs has the mine created in total, counting direct and indirect ones?"), "7,500")


_PLANT = """| 3 March 2025, Monday |

Gulf producer to feed new Chinese refinery

Kestrel Energy will take a 40% stake in the venture and supply 130,000 barrels per day (bpd) of crude under a 15-year contract. The complex will include a 200,000 bpd refinery and a 900,000-tonne-a-year cracker.

China imported 1.1 million bpd of crude from the Gulf last year, customs data showed.

The refinery is due to start up in 2028.
"""


def test_what_comes_from_other_than_a_party_is_the_whole_less_its_share() -> None:
    expect(answered(_PLANT, "how much of the refinery's crude will have to come from someone other than kestrel energy"), "70,000")
