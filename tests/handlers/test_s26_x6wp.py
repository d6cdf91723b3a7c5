"""Where-questions met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_TRUCKS = """| 3 March 2025, Monday |

Slovak glass maker ships more to Austria

Dunaglas sent 4,100 containers of glass to customers last year, about 30% of them by rail through Komarno into Austria and the rest by truck, its chief executive said.

The plant in Nitra employs 1,200 people and exports 85% of its output, mostly to Germany.

Shipments to Poland rose 12% in the first half to 600 containers.
"""


def test_what_town_names_the_kind_of_place_asked_not_a_word_to_find() -> None:
    # "what town", as "which town" and "what city": the text need not say "town"
    expect(answered(_TRUCKS, "what town do the rail shipments to austria go thru"), "Komarno")
