"""Why-questions met on the 21st session's held-out sets, each kept as a general rule over a
small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_MINE = """| 3 March 2025, Monday |

Tin mine reopens in the north

Ravenna Mining restarted its Kolda tin mine on Monday, the company said.

The Kolda deposit holds about 90,000 tonnes of tin. It lay untouched for decades after its discovery in 1961 due to its remote location and frequent flooding.

Trucks previously carried the ore to the port of Baro, where loading took up to 20 days because of a shortage of cranes.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # a deposit left unused, untapped or undeveloped is one that lay untouched
    ("why was the deposit left unused for so long?", "remote location"),
    ("why did the deposit stay untapped for decades?", "remote location"),
    ("why did loading at baro take so long?", "cranes"),
])
def test_unused_or_untapped_is_untouched(question: str, expected: str) -> None:
    expect(answered(_MINE, question), expected)


_AID = """| 3 March 2025, Monday |

Brussels backs battery plants

The European Commission last month approved 3.1 billion euros of state aid for battery projects, part of a push to keep car-making jobs in the bloc after rival subsidies drew investment to Asia.

The European Union wants to make 40% of its own battery cells by 2030.
"""


def test_a_unions_commission_acts_for_the_union() -> None:
    # "The European Commission ... approved": the EU's doing, not another body's
    expect(answered(_AID, "Why is the EU handing out state aid for batteries?"), "car-making jobs")


_CORRIDOR = """| 3 March 2025, Monday |

Northern provinces court Mongolian trade

China has urged closer rail links with Mongolia, and its northern border provinces are gaining new importance as a hub for bilateral trade and mining.

Mongolian coal exports through the Erlian crossing rose 12% in January. Beijing approved a second rail line to the crossing last year.
"""


def test_a_motive_asked_of_a_capital_is_its_countrys() -> None:
    # "China has urged ...": the country acts; Beijing stands for it, not for the city's rail line
    expect(answered(_CORRIDOR, "why are the northern provinces so important to beijing?"), "trade")
