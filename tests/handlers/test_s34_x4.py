"""Rules of wave x4 (34th session), each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_HAUL = """| 3 March 2025, Monday |

Zambia opens new rail link to Lobito port

LUSAKA, Mar 3 (Reuters) - Zambia on Monday opened a 540-km rail link to the Angolan border, with a first train of 40 wagons leaving Chingola.

Zambia Railways will charge $900 to haul a 20-foot container from Chingola to Lobito, against about $1600 charged by hauliers on the same road, under a tariff that takes effect on April 1.
"""


def test_a_carriers_name_and_trade_name_the_way_set_against_another() -> None:
    reply = answered(_HAUL, "is rail cheaper than trucking for a 20ft container to lobito")
    expect(reply, "$900")
    assert reply.text.startswith("Yes"), reply.text


def test_the_gap_between_two_ways_priced_in_one_sentence() -> None:
    reply = answered(_HAUL, "how much cheaper per container is rail vs trucks")
    expect(reply, "700")


_LESS = """| 3 March 2025, Monday |

Laos and Thailand start daily freight trains

VIENTIANE, Mar 3 (Reuters) - Laos and Thailand on Monday launched a daily freight train between Vientiane and Bangkok, as the neighbours try to ease truck queues at the Friendship Bridge.

The first train carried 30 wagons of rubber and cassava, the Lao railway operator LCR said.

LCR will charge 21,000 baht per container for the full run, about 30% less than the average road haulage rate, its director said.

About 1,200 trucks cross the bridge on a typical day, customs data show.
"""


def test_a_way_set_below_the_other_after_than_answers_which_is_cheaper() -> None:
    reply = answered(_LESS, "is the train cheaper than sending by truck")
    expect(reply, "30%")
    assert reply.text.startswith("Yes"), reply.text


_LENGTHS = """| 3 March 2025, Monday |

Port of Walvis Bay adds rail siding

WINDHOEK, Mar 3 (Reuters) - Namibia opened a 120-km rail spur to Walvis Bay on Monday.

The spur can take 40-foot containers and double-stack wagons, the ports authority said.
"""


def test_a_length_is_never_set_against_a_box_size() -> None:
    reply = answered(_LENGTHS, "how much longer is the spur than the containers")
    assert "80" not in reply.text, reply.text
