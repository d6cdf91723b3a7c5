"""Where- and who-questions met on this session's sets, each a general rule over a small made-up
story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_DERAILED = """| 3 March 2025, Monday |

Guinea bauxite exports slow after rail halt

Bauxite shipments from the port of Kamsar to China were halted for six days in May due to a derailment near Sangaredi, the mining company said.

The ore travels 135 kilometres by train from mines around Boke to Kamsar, where a new berth opened last month.
"""


def test_a_verb_closing_a_where_question_matches_its_noun_in_ment() -> None:
    expect(answered(_DERAILED, "where did the train derail"), "Sangaredi")


_FREIGHTER = """| 3 March 2025, Monday |

Zambian flowers fly to China

In May, state carrier Zambia Airways began a weekly freighter service from Lusaka to Chengdu, with a refuelling stop in Addis Ababa. Each flight can carry up to 40 tonnes.

A trucking firm in Ndola moved flowers by road to the port of Dar es Salaam before the air link, the ministry said.
"""


def test_a_freighter_service_is_a_cargo_plane() -> None:
    expect(answered(_FREIGHTER, "where does the cargo plane stop to refuel"), "Addis Ababa")
