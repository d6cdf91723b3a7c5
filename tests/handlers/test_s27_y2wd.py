"""When-questions met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_CARGOES = """| 18 March 2025, Tuesday |

Chilean cherry growers win access to Vietnam

Vietnam cleared 12 Chilean cherry packing plants on Monday, the farm ministry said.

Chile shipped 3,400 tonnes of cherries to Asia in January.

The first cargoes from the cleared plants should leave the port of Valparaiso in early April, the ministry said.
"""


def test_a_month_that_something_should_happen_in_is_the_next_one() -> None:
    expect(answered(_CARGOES, "When should the first cargoes from the cleared plants ship out?"), "April 2025")
