"""An answer cut out of a long sentence opens on its subject, not on a verb whose subject was
cut off ("Covers the drilling of ...", "Both in the west, climbed to 486 ...")."""

from __future__ import annotations

from handlers.compose import clause_window
from tests.handlers.stories import answered

_DEAL = """| 3 March 2025, Monday |

Gas field deal signed

The agreement, worth 9.2 billion manat ($2.6 billion) over the coming decade under a production-sharing contract, covers the drilling of 140 new wells, a gas processing plant, a 90-km gathering pipeline and a power substation in the province.

The number of freight trains routed through the inland terminal and the rail yard at Kemer, both in the mountainous southern region, climbed to 512 in the nine-month period from 301 a year earlier.
"""


def test_a_list_after_its_verb_keeps_what_holds_it() -> None:
    reply = answered(_DEAL, "what does the deal include")
    assert reply.text.startswith("The agreement covers the drilling of 140 new wells"), reply.text


def test_a_figure_after_an_aside_keeps_the_subject_of_its_verb() -> None:
    reply = answered(_DEAL, "how many freight trains went through the terminal")
    assert reply.text.startswith("The number of freight trains routed through the inland terminal"), reply.text
    assert "climbed to 512" in reply.text and "mountainous" not in reply.text, reply.text


def test_a_clause_with_a_verb_of_its_own_is_no_subject_to_put_back() -> None:
    # (the first clause says something itself: it is no noun phrase waiting for a verb)
    sentence = ("Output rose 4% in the first half, its owner said in a filing on Friday, "
                "will reach 12 million tonnes next year if prices hold up through the northern winter and the new shaft opens on time.")
    start = sentence.index("12 million")
    window = clause_window(sentence, start, start + 10)
    assert "first half will reach" not in window and "12 million tonnes" in window, window
