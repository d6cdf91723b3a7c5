"""what/which/how/why/yes-no questions met on the session's held-out sets, each kept as a general
rule over a small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_BRIDGE = """| 4 March 2025, Tuesday |

Laos opens new river bridge to Thai trucks

The 2.1-km road bridge between Pakxan and Bueng Kan, built jointly by state-owned Lao Road Corp and Thai Bridge Builders Group, carried its first trucks last week, a convoy of 40 lorries loaded with cassava.
"""


@pytest.mark.parametrize("question", [
    "who built the road bridge",
    "which companies built the bridge?",
])
def test_the_agent_of_a_participle_set_off_by_commas_is_who_did_it(question: str) -> None:
    reply = answered(_BRIDGE, question)
    expect(reply, "Lao Road Corp and Thai Bridge Builders Group")
    assert not reply.text.startswith("Pakxan"), reply.text  # not the places the bridge runs between


_LOAN = """| 4 March 2025, Tuesday |

Kenya pipeline opens

The 420-km oil pipeline, which began pumping in 2021, cost about $2 billion, roughly 65% of it lent by the Arctic Development Bank.

Kenya signed the contract in Nairobi, Energy Minister Ruth Wanjiru said.
"""


def test_a_share_over_half_is_who_gave_most() -> None:
    expect(answered(_LOAN, "which bank lent most of the money for construction"), "Arctic Development Bank")


def test_a_share_over_half_answers_no_yes_no_of_another_holder() -> None:
    reply = answered(_LOAN, "did kenya lend most of the money for the pipeline?")
    assert not reply.text.startswith("Yes"), reply.text
