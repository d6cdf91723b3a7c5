"""Follow-ups that ask the last question again of another name, a sibling of the one answered:
figures paired with names by "respectively"."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, dialog, expect

_LENDERS = """| 3 March 2025, Monday |

Lenders back Kenyan wind farm

The World Bank will lend $210 million and the Asian Infrastructure Investment Bank $120 million, while Sweden's Norrfinans and the Nordic Development Fund will provide $84 million and $35 million respectively, the company said.

Denmark and Norway bought 140 turbines and 95 turbines respectively, it said.
"""


@pytest.mark.parametrize(("turns", "expected"), [
    # "respectively" gives each name of the list the figure in its place: Norrfinans the first
    (("How much is the World Bank lending?", "and norrfinans?"), "$84 million"),
    (("How much is the World Bank lending?", "and the nordic development fund?"), "$35 million"),
    # a list of places, each with its own figure, is no figure shared by them all
    (("how many turbines did denmark buy?", "and norway?"), "95 turbines"),
])
def test_respectively_pairs_figures_with_names(turns: tuple[str, ...], expected: str) -> None:
    expect(dialog(_LENDERS, *turns), expected)


_ELEVATORS = """| 3 March 2025, Monday |

Rail strike strands Canadian grain

About 2.3 million tonnes of grain were sitting in country elevators across Saskatchewan, Alberta and Manitoba as of Sunday, up from 780,000 tonnes a week earlier, the shippers' alliance said.

Ports in Vancouver and Prince Rupert handled 410,000 tonnes of potash last week.

"We have about 90,000 tonnes of canola stuck on farms," said a grower.
"""


def test_stuck_is_sitting() -> None:
    # "stuck" grain is grain "sitting" in elevators, an everyday paraphrase
    expect(answered(_ELEVATORS, "How much grain was stuck at country elevators?"), "2.3 million tonnes")


@pytest.mark.parametrize(("follow_up", "expected"), [
    # one place of a list the answer names ("across Saskatchewan, Alberta and Manitoba") is no
    # "that" of it: the week before is the grain's
    ("and a week before that?", "780,000"),
    ("what about a week before that?", "780,000"),
])
def test_a_place_listed_in_the_answer_is_not_its_focus(follow_up: str, expected: str) -> None:
    expect(dialog(_ELEVATORS, "How much grain was sitting in country elevators as of Sunday?", follow_up), expected)


_IPO = """| 3 March 2025, Monday |

Indian lender's IPO oversubscribed 40 times

Institutional buyers bid 55.1 times the portion reserved for them, while the quota for wealthy individuals was subscribed 31.8 times and the retail portion 9.4 times.

The company raised 12 billion rupees from anchor investors on Monday.
"""


@pytest.mark.parametrize(("follow_up", "expected"), [
    # "rich investors" are the "wealthy individuals" of a share sale, in everyday words
    ("and the rich investors' quota?", "31.8"),
    ("and the affluent investors' portion?", "31.8"),
    ("and the foreign investors' quota?", None),  # no such quota
])
def test_everyday_words_for_a_share_sales_buyers(follow_up: str, expected: str | None) -> None:
    expect(dialog(_IPO, "how many times was the retail portion subscribed", follow_up), expected)
