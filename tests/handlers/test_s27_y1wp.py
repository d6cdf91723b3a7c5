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


_ORE = """| 3 March 2025, Monday |

Mongolian copper train reaches China

A 40-wagon train carrying 2,900 tonnes of Mongolian copper concentrate crossed into China through the Zamyn-Uud crossing on Monday.

The cargo was loaded at Tsagaan-Ovoo in Dornod province and travelled 600 kilometres along the Trans-Mongolian Railway to Zamyn-Uud.

Mining companies are investing in new railway sidings.

Rail carried 35% of Mongolia's copper exports last year, and the ministry wants to raise that to half.
"""


def test_where_an_act_was_done_is_the_place_after_its_own_verb() -> None:
    expect(answered(_ORE, "where was the copper loaded"), "Tsagaan-Ovoo")
