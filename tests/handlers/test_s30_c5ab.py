"""Questions met on wave c5ab's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_MIGRANTS = """| 3 March 2025, Monday |

Remittances from seafarers hit a record

Cash sent home by Indonesian seafarers rose 6% to $1.2 billion in the first half, the central bank said.

The labour ministry said 140,000 Indonesian seafarers working overseas were deployed in the first half.
"""


def test_a_passive_verb_asked_is_not_another_one_done_to_the_thing_counted() -> None:
    expect(answered(_MIGRANTS, "How many seafarers working overseas were repatriated in the first half?"), None)
    expect(answered(_MIGRANTS, "How many seafarers working overseas were deployed in the first half?"), "140,000")


_LENDER = """| 3 March 2025, Monday |

Peruvian avocado exports to China climb

Peru's exports of avocados to China rose 14% in the first half to 21,000 tonnes, the agriculture ministry said on Tuesday, as stronger Chinese demand lifted sales.

Separately, the Export-Import Bank of China has agreed to lend $45 million for a cold store at Paita, Peru's foreign ministry said in a statement.
"""


def test_a_measure_said_only_inside_a_bodys_name_is_not_the_flow_asked() -> None:
    expect(answered(_LENDER, "How much did China export to Peru?"), None)
    expect(answered(_LENDER, "How much did Peru export to China?"), "21,000 tonnes")
