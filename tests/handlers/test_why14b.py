"""Why and yes/no questions met on the 14th session's blind articles, each kept as a general rule over a small story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, dialog, expect

_PLANT = """| 3 March 2025, Monday |

Carmaker opens first phase of Silesia plant

Carmaker Vistula Motors began production at the first phase of its plant in Gliwice on Monday, the company said.

A second phase, costing a further 900 million euros, is awaiting an environmental permit from the regional office, which is expected to rule in June.

The Gdansk to Warsaw stretch of the new motorway is still under negotiation, and officials hope to sign its financing next year.

A planned Gdansk-Kaliningrad ferry service was still awaiting approval from the transport ministry, officials said.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # a go-ahead given is a thing done, and awaiting the permit is not yet
    ("has the second phase been given the green light yet?", "No, not yet"),
    ("has the second phase got the go-ahead?", "No, not yet"),
    # a stretch named by its ends ("the Gdansk to Warsaw section") is the stretch the text calls by its ends,
    # and "under negotiation" is not done yet
    ("Has the Gdansk to Warsaw section got its funding yet?", "No, not yet"),
    ("is the gdansk-kaliningrad ferry route already up and running", "No, not yet"),
    ("how busy is the gdansk-kaliningrad ferry route?", None),  # named, but nothing said of its traffic
])
def test_a_thing_not_done_yet_is_a_no(question: str, expected: str | None) -> None:
    expect(answered(_PLANT, question), expected)


_TRADE = """| 13 November 2025, Thursday |

Indian, Russian firms sign deals in Moscow

Bilateral trade between India and Russia rose 9.4% to $71.2 billion in the fiscal year that ended in March, according to India's commerce ministry.

Commerce Minister Arvind Kulkarni said New Delhi wanted to lift bilateral trade to $100 billion by 2030, but Indian exports had to grow much faster.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # which fiscal year was last the text tells by its end ("that ended in March"), not by "last"
    ("Did India-Russia trade grow last financial year?", "9.4%"),
    # ... and "wanted to lift bilateral trade to $100 billion" is an aim, no move
    ("did bilateral trade go up in the last fiscal year", "9.4%"),
])
def test_a_move_stated_not_an_aim(question: str, expected: str | None) -> None:
    expect(answered(_TRADE, question), expected)


_RAIL = """| 19 November 2025, Wednesday |

Pakistan, China agree railway financing

The original railway plan was agreed in principle in 2017 but has been delayed since then due to disputes over financing terms and Pakistan's mounting debt.

Bidding for civil works contracts will open in January, the ministry said.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # a project stuck is one delayed
    ("why was the project stuck for so many years?", "disputes over financing"),
    ("why has the railway plan stalled?", "disputes over financing"),
])
def test_stuck_is_delayed(question: str, expected: str | None) -> None:
    expect(answered(_RAIL, question), expected)


_BATTERY = """| 18 November 2025, Tuesday |

Hengtai starts output at Hungary gigafactory

Hengtai began mass production of battery cells at its new plant in Debrecen on Monday, the company said.

Output in the first year will be limited to about 8 GWh as production lines are still being certified by customers, Chief Executive Zhou Wenbo said.

Hungary's battery production rose 18.5% in the first nine months, the statistics office said last week, making batteries the country's second-largest export after cars.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # the measure asked ("production") is met before the "as" ("Output"): the clause is the reason,
    # though it says "production lines" too
    ("Why will output be so low in the first year?", "certified by customers"),
    ("Why will production be so small in the first year?", "certified by customers"),
])
def test_a_measure_met_before_the_reason(question: str, expected: str | None) -> None:
    expect(answered(_BATTERY, question), expected)


_ZONE = """| 3 March 2025, Monday |

Chinese developer expands Egyptian industrial zone

The developer plans to open a third phase of the zone covering 620 hectares next year, which it says could house about 140 more companies. The expansion is still awaiting final approval of the land allocation by Egypt's cabinet, which the chairwoman said she expected in January.

The zone's first phase was completed in 2016.
"""


def test_why_not_done_yet_is_what_it_still_waits_for() -> None:
    # "why isn't it a done deal?" after the plan: the approval it still awaits
    expect(dialog(_ZONE, "What's planned for the zone next year?", "why isn't it a done deal yet?"), "awaiting final approval")
