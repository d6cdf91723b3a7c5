"""Figure questions met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_BRIDGE = """| 3 March 2025, Monday |

Chinese builder opens river bridge in Serbia

A Chinese contractor on Tuesday opened a 1.2-kilometre bridge over the Sava river near the town of Sabac, the roads agency said.

Wang Lei, chairman of Hubei Qiaoxing Group, told reporters the company had shipped 380 containers of cables and steel girders from Wuhan to Serbia since 2022.

The contractor employed up to 600 workers at the peak of construction, the agency said.
"""


def test_the_contractor_asked_is_the_company_the_story_named() -> None:
    reply = answered(_BRIDGE, "How many containers of cables and steel did the contractor ship to Serbia?")
    expect(reply, "380")


_FURNACE = """| 3 March 2025, Monday |

Steelmaker starts work on new furnace

Chinese steelmaker Huaqiang Iron began building a 2.4 billion rand ($130 million) electric arc furnace at its plant near Vereeniging on Monday, the company said.

The furnace will replace two blast furnaces, it said.
"""


def test_a_sum_set_before_the_thing_asked_is_its_cost() -> None:
    expect(answered(_FURNACE, "How much is the furnace costing?"), "2.4 billion rand")
