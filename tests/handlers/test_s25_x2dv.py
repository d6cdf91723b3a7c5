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
