"""When-questions met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_FLIGHTS = """| 12 May 2025, Monday |

Veltra's coffee growers look to Chengdu

Veltra shipped 900 tonnes of coffee to China in the first four months of the year, up 20%, as a new cargo flight to Chengdu started to carry more of the country's farm produce, officials said on Friday.

In February, state carrier Veltra Air began a weekly freighter service from Porto Lume to Chengdu.

The growers' association expects sales to double by 2027.
"""


def test_a_paraphrased_deed_is_dated_by_the_body_sentence_outscoring_the_lead_not_the_lead_day() -> None:
    # The lead tells the flights but never names the carrier asked; the body's sentence does, in
    # other words ("began a weekly freighter service"), with a time of its own.
    reply = answered(_FLIGHTS, "when did veltra air start flying cargo to chengdu")
    expect(reply, "February")
    assert reply.text.startswith("In February"), reply.text


_PORT = """| 12 May 2025, Monday |

Landlocked Dorvia gets sea route through Port Kessa

Dorvia's exports to China rose 12% in the first four months of the year, the trade ministry said on Friday.

In February, the customs authority said Dorvia would be able to use Port Kessa to ship ore to Ningbo from April, cutting freight costs.
"""


def test_leave_given_is_dated_by_its_telling_not_by_the_start_of_what_it_allows() -> None:
    reply = answered(_PORT, "when did customs give dorvia the ok to use port kessa")
    expect(reply, "February")
    assert reply.text.startswith("In February"), reply.text
