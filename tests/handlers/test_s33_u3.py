"""Questions met in wave u3 of the thirty-third session, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PORT = """| 3 March 2025, Monday |

Lumbara port adds a berth for ore carriers

Iron ore exports through Lumbara rose 9% last year to 14 million tonnes, the state miner said.

The ore travels 500 kilometres by rail to Lumbara. A new deep-water berth at Lumbara, financed by a $300 million loan and run by the Lumbara Autonomous Port, opened last month.

Karim Ould Sidi, director general of the port, said the berth would cut waiting times for ore carriers from six days to two.
"""


def test_a_post_of_the_site_opening_a_paragraph_is_held_at_the_place_just_named() -> None:
    reply = answered(_PORT, "who runs the lumbara port")
    expect(reply, "Karim Ould Sidi")


_VENTURE = """| 3 March 2025, Monday |

Port of Kelani opens fuel terminal

Kelani's port handled a record 2.1 million containers last year, its operator said.

Separately, a bunkering terminal built by Kelmar Energy Holdings, a joint venture between China's Sinopec and the port operator, began commercial operations on Monday.

The terminal has 14 storage tanks and cost $153 million to build. "We expect to sell around 600000 tonnes of marine fuel in our first full year," said Zhou Ming, general manager of the joint venture.
"""


def test_a_post_of_the_kind_a_body_was_called_is_that_bodys() -> None:
    reply = answered(_VENTURE, "who runs the kelmar jv")
    expect(reply, "Zhou Ming")


_VISIT = """| 3 March 2025, Monday |

Jilin gets sea access through Vladivostok

Chinese customs said the landlocked province of Jilin would be able to use Vladivostok as a transit port.

Vladivostok handled 1.2 million containers last year, port data showed.

The deal follows a meeting between Russian President Vladimir Putin and Chinese President Xi Jinping last week in Beijing.
"""


def test_a_clipped_first_name_is_the_persons_before_a_place_spelt_alike() -> None:
    reply = answered(_VISIT, "who did vlad meet up with last wk")
    expect(reply, "Xi")
    assert not reply.text.startswith("Vladimir Putin")
