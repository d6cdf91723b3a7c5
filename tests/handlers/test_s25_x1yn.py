"""Yes-no questions met on this session's sets, each answered with the figure that decides it, a
general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_DAM = """| 3 March 2025, Monday |

Chinese builder speeds up work on Nile dam

Sinohydro said workers had poured 1.2 million cubic metres of concrete by August, up from 800,000 cubic metres in April, the company said.

The dam is due to start generating power in 2027.
"""


def test_work_progressed_since_a_month_is_a_rise_from_then() -> None:
    reply = answered(_DAM, "Has concrete pouring progressed since April?")
    expect(reply, "1.2 million")
    assert reply.text.startswith("Yes")


_PORT = """| 3 March 2025, Monday |

Congestion builds at Chittagong as garment orders surge

Average waiting times for ships at the port's container berths stretched to 9 days in February from 4 days in November, the port authority said.

The port handled 3.2 million containers last year.
"""


def test_delays_asked_are_the_waiting_times_told() -> None:
    expect(answered(_PORT, "Have berth delays at the port got longer since November?"), "9 days")
