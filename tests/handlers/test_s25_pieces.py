"""The piece of a sentence an answer quotes: it reads as a clause of its own, with no fronted
time glued to a fragment, no list's tail, and no speaker left dangling without the verb."""

from __future__ import annotations

from tests.handlers.stories import answered

_HUB = """| 4 May 2025, Sunday |

Kazakh rail hub opens

In March, a new cargo hub for freight trains bound for Europe was put into operation in Almaty, with a train carrying 48 containers departing for Poland to mark the hub's inauguration.
"""


def test_a_fronted_time_is_no_subject_to_glue_onto_the_clause_after_an_aside() -> None:
    reply = answered(_HUB, "how many containers did the inaugural train carry")
    assert reply.answered and "48 containers" in reply.text, reply.text
    assert not reply.text.startswith("In March with"), reply.text


_TRAIN = """| 4 May 2025, Sunday |

Lao potash goes by rail

In April, the miner began running a dedicated daily freight train from Vientiane to the Boten border crossing, each carrying 40 containers, Somsak said.
"""


def test_a_piece_opening_on_each_hangs_and_the_sentence_goes_whole_without_its_speaker() -> None:
    reply = answered(_TRAIN, "how many boxes does each of the daily potash trains haul")
    assert reply.answered and "40 containers" in reply.text, reply.text
    assert "daily freight train" in reply.text, reply.text  # what "each" counts
    assert not reply.text.rstrip(".").endswith("Somsak"), reply.text


def test_a_bare_number_asked_gets_its_sentence_whole_when_not_much_longer_than_a_window() -> None:
    reply = answered(_HUB, "48 containers")
    assert reply.answered and reply.text.startswith("In March, a new cargo hub"), reply.text
