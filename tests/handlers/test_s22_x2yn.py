"""Why and yes-no questions met on held-out sets, each kept as a general rule over a small story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_SMELTER = """| 3 March 2025, Monday |

Zambia backs new fertiliser plant

The government is backing the plant because the country's farms, including the Mkushi estates and the Mazabuka cane fields in Southern province, still depend on imported fertiliser, mainly from Russia and Belarus.

The plant will cost about $900 million, the mines ministry said.
"""


def test_a_list_of_instances_between_subject_and_verb_keeps_the_verb() -> None:
    # "..., including A and B, still depend on ...": the reason reads on past the aside to its verb
    expect(answered(_SMELTER, "why is the govt backing the plant?"), "imported fertiliser")
