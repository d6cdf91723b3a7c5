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

