"""What/which/how questions of the nineteenth session's second wave: each a general rule over a
small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_REGION = """| 3 March 2025, Monday |

Coal region gets EU money

Moravia, home to about 1.2 million people, is set to receive 900 million euros from the EU's transition fund through 2027 to develop new industries such as solar panels, heat pumps, batteries and software, the regional government said.

The region's last coal mine will close in 2031, the mining company said on Friday.
"""


@pytest.mark.parametrize("question", [
    "which industries does moravia hope to build",
    "which industries is moravia aiming to build",
])
def test_a_hope_or_an_aim_is_the_deeds_tense_as_a_plan_is(question: str) -> None:
    expect(answered(_REGION, question), "heat pumps")


_LINE = """| 3 March 2025, Monday |

Freight line opens to cargo

Norland's state railway began running cargo trains on its new northern railway line (NRL) on Monday, the operator said.

Cement maker Alpina Cement and brewer Hopfen Brewing have already signed contracts to move goods on the line.

The 820-km NRL, being built in stages by Turkey's Ozkan Yapi and China Railway Bureau Nine at a total cost of about $4.2 billion, will eventually link the capital to the northern ports.

The Green Valley Park, built by state-owned Silk Transport Group at a cost of 3.6 billion yuan, can handle up to 1.2 million tonnes of cargo a year, the company's chairman Li Wei told reporters.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # "being" after the aside's comma, a manner before "by", a cost after the agent
    ("who is building the line", "Ozkan Yapi and China Railway Bureau Nine"),
    ("which firms are building the railway", "Ozkan Yapi and China Railway Bureau Nine"),
    ("who built the green valley park", "Silk Transport Group"),
    # the builder is the firm of the relative clause, not whom the question asks
    ("who chairs the firm that built the park?", "Li Wei"),
])
def test_a_passive_aside_opened_by_being_names_its_agent(question: str, expected: str) -> None:
    expect(answered(_LINE, question), expected)


_PACT = """| 3 March 2025, Monday |

Rail pact signed

The agreement, signed in Lusaka by Zambian Transport Minister Mutale Chanda, Tanzanian Transport Minister Juma Kassim and Chinese Vice Commerce Minister Wang Jun, covers track repairs, new locomotives and wagons, signalling and telecommunications, and the upgrade of rail yards at Kapiri Mposhi and Dar es Salaam.

Zambia's cabinet approved the deal on Monday.
"""


def test_a_finite_holding_verb_opens_the_list_of_a_long_sentence() -> None:
    expect(answered(_PACT, "What does the agreement include?"), "rail yards")
