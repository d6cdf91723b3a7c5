"""Rules met on the 36th session's d1 wave, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_TOLLS = """| 3 March 2025, Monday |

Ghana opens new toll bridge over the Volta

ACCRA, March 3 (Reuters) - Ghana opened a new toll bridge over the Volta river on Monday, the roads ministry said.

The bridge cost $400 million and took four years to build, the ministry said.

The Finance Ministry expects the bridge to generate about 900 million cedis a year in tolls and taxes once traffic picks up, money it will spend on road repairs.
"""


def test_money_generated_in_fees_or_taxes_is_what_is_earned() -> None:
    reply = answered(_TOLLS, "How much will the government earn from the bridge in tolls and taxes?")
    expect(reply, "900 million")


_DREDGE = """| 3 March 2025, Monday |

Laos starts work on Mekong dredging project

VIENTIANE, March 3 (Reuters) - Laos began dredging a 60-km stretch of the Mekong on Monday, the transport ministry said.

The project will cost $300 million and is financed by Thai banks, the ministry said.

Transport Minister Somsak Phoumi has rejected concerns that the river could be used by foreign navies, saying the channel is too narrow for warships and will stay under Lao control.
"""


def test_what_one_says_in_rejecting_a_concern_is_the_reason() -> None:
    reply = answered(_DREDGE, "Why does Somsak say foreign navies can't use the river?")
    expect(reply, "too narrow")
    assert reply.text.startswith("The channel"), reply.text


def test_money_earmarked_for_a_thing_is_used_for_it() -> None:
    story = _TOLLS.replace("once traffic picks up, money it will spend on road repairs.",
                           "once traffic picks up.") + """
Finance Minister Kofi Mensah said last week the tolls were expected to raise 2 billion cedis by 2027, with the money earmarked for school buildings and rural clinics.
"""
    reply = answered(story, "what will the govt use the toll money for")
    expect(reply, "school buildings")
