"""Yes-no questions met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_QUAYS = """| 3 March 2025, Monday |

Oman picks builder for new Duqm container quay

Oman's older ports at Sohar and Salalah moved 21.5 million tonnes of cargo last year, up from 19.8 million tonnes in 2023, but their quays are only about 11 metres deep.
Duqm will be dredged to 18 metres, letting it take ships of up to 14,000 TEUs.

The transport ministry said the quay would open in 2028.
"""


def test_two_sides_amounts_in_neighbouring_sentences_decide_a_comparison() -> None:
    reply = answered(_QUAYS, "will duqm be deeper than sohar and salalah")
    expect(reply, "11 metres")  # the other side's depth, not only the asked one's
    assert reply.text.startswith("Yes") and "18 metres" in reply.text, reply.text


def test_the_lower_comparative_over_neighbouring_sentences_says_no() -> None:
    reply = answered(_QUAYS, "will duqm be shallower than sohar")
    expect(reply, "11 metres")
    assert reply.text.startswith("No"), reply.text


_REEFER = """| 3 March 2025, Monday |

Vietnam starts reefer trains for dragon fruit

Most of the fruit still moves by sea and, since May, on a refrigerated rail service that runs from Hanoi's Yen Vien station to Nanning in China's Guangxi region.
Run by Viet Rail Logistics, the service has made 12 trips so far, each hauling 30 reefer containers, and takes about three days compared with eight days by ship to Chinese ports.

Dragon fruit exports rose 9% last year, the farm ministry said.
"""


def test_a_trip_time_set_against_another_answers_quicker_than_with_no_names() -> None:
    reply = answered(_REEFER, "is the train quicker than going by sea")
    expect(reply, "three days")
    assert reply.text.startswith("Yes") and "eight days" in reply.text, reply.text


def test_a_trip_time_set_against_another_answers_slower_than_no() -> None:
    reply = answered(_REEFER, "is the train slower than going by sea")
    expect(reply, "three days")
    assert reply.text.startswith("No"), reply.text
