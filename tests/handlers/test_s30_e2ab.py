"""Abstentions met on this session's sets (class e2ab), each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered

_TERMINAL = """| 3 March 2025, Monday |

Chinese firm opens container terminal at Korvana port

KORVANA, March 3 (Reuters) - A Chinese port company opened a new container terminal at Korvana port on Wednesday after installing six ship-to-shore cranes, a project officials said would lift the city's annual handling capacity to 1.6 million TEUs.

The terminal cost about $410 million, the company said.
"""


def test_a_lowercase_unknown_word_before_port_names_another_port() -> None:
    assert not answered(_TERMINAL, "how many cranes does zelbrano port have").answered
    assert not answered(_TERMINAL, "how much did the terminal at zelbrano port cost").answered


def test_the_named_port_in_lower_case_is_still_answered() -> None:
    reply = answered(_TERMINAL, "how many cranes does korvana port have")
    assert reply.answered and "six" in reply.text.lower()
    assert answered(_TERMINAL, "how much did the terminal at korvana port cost").answered


_SUPPLIER = """| 3 March 2025, Monday |

Chinese firm opens container terminal at Korvana port

China was Tunisia's biggest source of imports last year, shipping goods worth $2.1 billion, followed by Turkey at $1.4 billion, customs data showed.

The new terminal will handle 600,000 containers a year, the company said.
"""


def test_a_source_of_imports_is_the_seller_so_the_reverse_trade_is_untold() -> None:
    assert not answered(_SUPPLIER, "how much does tunisia export to china").answered
    reply = answered(_SUPPLIER, "how much does china export to tunisia")
    assert reply.answered and "2.1 billion" in reply.text


_PLANT = """| 3 March 2025, Monday |

Gas plant starts exports

The plant employed more than 2,400 people at the peak of construction, about half of them local, the developer said.

The plant will ship 2.5 million tonnes of gas a year, the developer said.
"""


def test_a_count_at_the_peak_of_construction_does_not_staff_the_running_plant() -> None:
    assert not answered(_PLANT, "how many staff will run the plant in normal operations").answered
    reply = answered(_PLANT, "how many people did the plant employ at the peak of construction")
    assert reply.answered and "2,400" in reply.text
