"""Where- and who-questions met on this session's sets, each a general rule over a small made-up
story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_HARBOUR = """| 3 March 2025, Monday |

Coastal port ships more beans to China

Port Elba, the main harbour of the eastern region, loaded 12,400 tonnes of beans for China in January, harbour manager Ana Ruiz said.

Chief executive Marco Bell said buyer Green Field Foods had taken a 20% stake in the exporter Bell Beans and that its plant can clean 200 tonnes a day.
"""


def test_who_manages_a_place_is_its_manager() -> None:
    expect(answered(_HARBOUR, "Who manages the harbour at Port Elba?"), "Ana Ruiz")
