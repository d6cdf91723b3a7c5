"""Rules met on the m2 wave's dialog failures, each a general rule over a small made-up story."""

from __future__ import annotations

from handlers import Conversation, answer
from handlers.query import parse_query
from tests.handlers.stories import answered, expect, stored

_PLANT = """| 3 March 2025, Monday |

Steelmaker to build new mill in the north

Northern Steel said on Monday it would build a 2 million tonne mill near Oulu by 2028.

Building the mill will create about 3,000 jobs, with 450 permanent positions once it opens, the company said.

The mill will cost 1.2 billion euros, it said.
"""


def test_a_linking_verb_before_the_last_word_is_no_word_to_find() -> None:
    query = parse_query("how many jobs will remain permanent?", stored(_PLANT))
    assert not any(t.required for t in query.terms if t.lemma in ("remain", "stay"))
    expect(answered(_PLANT, "how many jobs will stay permanent?"), "450")


def test_how_many_of_those_stay_a_state_follows_the_figure_just_given() -> None:
    store, conversation = stored(_PLANT), Conversation()
    answer("how many jobs will the mill create", store, conversation)
    expect(answer("and how many of those stay permanent?", store, conversation), "450")
