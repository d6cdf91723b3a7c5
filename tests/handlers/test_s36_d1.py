"""Rules met on the 36th session's d1 wave, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, dialog, expect

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


_MILL = """| 3 June 2025, Tuesday |

Chilean mill restarts after strike

SANTIAGO, June 3 (Reuters) - A Chilean pulp mill restarted in March after a strike, its owner said.

The mill produced 52000 tonnes of pulp in May, up 30% from April, and is running at 70% of capacity, the company said.
"""


def test_a_level_in_the_period_a_rate_is_measured_from_is_worked_back() -> None:
    reply = answered(_MILL, "how much pulp did the mill produce in april")
    expect(reply, "40,000")


def test_a_period_no_rate_is_measured_from_is_not_worked_back() -> None:
    expect(answered(_MILL, "how much pulp did the mill produce in june"), None)


_LEVY = """| 3 June 2025, Tuesday |

Ghana raises cocoa export levy

ACCRA, June 3 (Reuters) - Ghana will charge cocoa exporters a new levy from July, the finance ministry said.

Under the new rules, exporters will pay a levy of 4% of the free-on-board value of the beans, up from 2.5% under the old rules, the ministry said.
"""


def test_up_from_after_a_level_moves_the_thing_the_level_is_of() -> None:
    reply = answered(_LEVY, "is the levy higher now than before")
    assert reply.text.startswith("Yes"), reply.text
    reply = answered(_LEVY, "is the levy lower now")
    assert reply.text.startswith("No"), reply.text


_TERMINAL = """| 3 June 2025, Tuesday |

Kenya opens new grain terminal at Mombasa

MOMBASA, June 3 (Reuters) - Kenya opened a new grain terminal at Mombasa on Monday, the ports authority said.

The terminal has an initial annual capacity of 2 million tonnes, with a 300-metre berth. Capacity is set to rise to 3.5 million tonnes by 2028 once new silos are built.
"""


def test_a_move_to_a_level_is_measured_from_the_level_the_sentence_before_gives() -> None:
    reply = answered(_TERMINAL, "by how much will annual capacity go up by 2028")
    expect(reply, "1.5 million")


_BRIDGE = """| 3 June 2025, Tuesday |

Laos starts work on Mekong bridge with Chinese financing

VIENTIANE, June 3 (Reuters) - Laos began building a new bridge over the Mekong on Monday, the transport ministry said.

Under a concession signed last month, China Harbour Bridge Company (CHBC), a unit of state-owned PowerChina, will hold a 60% stake in the project, while two Lao companies led by Vientiane Roads Holdings will hold the remaining 40%. CHBC will operate the bridge for 30 years before handing it over to the Lao state.
"""


def test_whos_the_nationality_partner_asks_the_body_of_that_nation() -> None:
    reply = answered(_BRIDGE, "who's the chinese partner")
    assert reply.text.startswith("China Harbour"), reply.text
    expect(dialog(_BRIDGE, "who's the chinese partner", "how long will they operate it"), "30 years")
