"""Where- and who-questions met on this session's sets, each a general rule over a small
made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PACKER = """| 3 March 2025, Monday |

Moroccan tomato shipments to Europe climb

Morocco shipped 620,000 tonnes of tomatoes to Europe last season, up 9% from a year earlier, the growers' federation said.

Dutch importer Veldhoven Fresh agreed last month to buy a 40% stake in Atlas Fresh Packing, a packing house in Ait Melloul in Souss-Massa region, for an undisclosed sum. The plant, which handles 30 tonnes of fruit an hour, will be used to wash and grade tomatoes.

Exporters in Agadir said freight rates to Rotterdam had fallen 12% since January.
"""


def test_where_a_site_named_like_a_place_is_located_is_the_place_its_description_names() -> None:
    expect(answered(_PACKER, "Where is the Atlas Fresh packing plant located?"), "Ait Melloul")
