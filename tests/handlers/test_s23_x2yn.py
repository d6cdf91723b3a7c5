"""Why and yes-no questions: the reason clause and the evidence, each a general rule over a small story."""

from __future__ import annotations

from tests.handlers.stories import answered

_PORT = """| 4 March 2025, Tuesday |

Harbour boom at Tarvik

Officials at the northern port of Tarvik signed leases with 12 new tenants on the Velna river on Monday, as logistics firms moved warehouses closer to the coast.

Cargo throughput at Tarvik rose 9.2% to 410,000 tonnes in the year, even though traffic on the Velna river has slumped due to low water levels after a drought.
"""


def test_a_reason_after_a_contrast_explains_the_contrasted_move() -> None:
    reply = answered(_PORT, "Why has shipping on the Velna river fallen?")
    # the reason itself, not the whole sentence as though it gave none for the rise before it
    assert reply.answered and "low water" in reply.text and "9.2%" not in reply.text, reply.text


_PHOSPHATE = """| 5 November 2024, Tuesday |

Phosphate sales climb

Jordan's exports of crushed phosphate rose 12.6% year on year in the first nine months to 840 million dinars, official data showed on Monday.

Shipments to India jumped 35% from a year earlier.
"""


def test_a_country_before_the_measure_and_a_kind_after_of_narrow_the_asked_move() -> None:
    # "Jordan's" is whose exports, and "of crushed phosphate" the phosphate asked, no other kind
    reply = answered(_PHOSPHATE, "did phosphate exports grow this year")
    assert reply.answered and "12.6%" in reply.text, reply.text


_STORAGE = """| 5 November 2024, Tuesday |

Gas stocks build

Russian gas now covers about 14% of Norland's annual consumption, compared with 9% last year.

The operator had injected 2.1 bcm into underground storage by the end of October, filling the sites to 88% of capacity, compared with 71% a year earlier.
"""


def test_this_time_last_year_after_than_is_the_base_not_the_period() -> None:
    reply = answered(_STORAGE, "are gas storage levels higher than this time last year")
    assert reply.answered and "88%" in reply.text, reply.text
