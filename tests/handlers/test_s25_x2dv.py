"""Derived questions met on this session's sets: one arithmetic step from stated figures, each a
general rule over a small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_WAITS = """| 3 March 2025, Monday |

Ghana's new terminal cuts queues at sea

Ships wait an average of 3.5 days for a berth at Tema, compared with eight days at Takoradi, according to the shippers' authority.

The terminal handled 420,000 containers last year, the operator said.
"""


@pytest.mark.parametrize("question", ["how many days less do ships wait for a berth at tema vs takoradi",
                                      "how many days shorter is the wait at tema compared with takoradi"])
def test_a_unit_and_comparative_set_against_vs_is_a_difference(question: str) -> None:
    expect(answered(_WAITS, question), "4.50 days")


_CAPACITY = """| 16 October 2025, Thursday |

Croatia's wind farms spread along the coast

A Croatian-Danish venture opened a turbine blade factory near Split on Wednesday, as Croatia tries to cut its gas imports.

Croatia still generates about 40% of its electricity from gas, and the government aims to raise the share of renewable sources to 60% by 2040. The country had 1,350 megawatts of wind capacity installed at the end of last year, up from 1,140 megawatts a year earlier, according to the grid operator.
"""


def test_a_level_at_the_end_of_the_year_asked_against_a_year_before_gives_what_it_added() -> None:
    expect(answered(_CAPACITY, "How many megawatts of wind did Croatia add last year?"), "210 megawatts")


_DEFENCE = """| 16 October 2025, Thursday |

Romania lifts arms spending as it buys more jets

Romania will buy 32 more fighter jets, the defence ministry said on Thursday.

Last month parliament approved a 2026 budget with 48.2 billion lei for defence, or 2.5% of gross domestic product, up from 41.9 billion lei this year.
"""


def test_a_share_beside_two_amounts_is_no_rate_of_their_rise() -> None:
    expect(answered(_DEFENCE, "by how much is romania's military budget rising next year"), "6.3 billion lei")
