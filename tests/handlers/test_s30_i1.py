"""Questions of the way goods go (class i1), each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PORT = """| 3 March 2025, Monday |

Inland Bravia gets a sea route

Farm exporters in Bravia welcomed the new route on Monday, the trade ministry said.

In April, officials said the landlocked region of Bravia would be able to use Kestport, the largest port in northern Talvania, to ship grain to Ulmora and Dessa in the southern Corvian state of Pelland from May, cutting costs for Bravia cargo bound for southern Corvia.

Grain prices in Bravia rose 4% last year, it said.
"""


def test_a_contracted_how_asking_the_way_goes_is_answered_by_the_way() -> None:
    # "how's ... going to get to": the contraction asks the way as "how is" does.
    reply = answered(_PORT, "how's bravia cargo gonna get to pelland")
    expect(reply, "Kestport")


def test_a_time_word_after_the_manner_leaves_the_manner_no_word_to_find() -> None:
    reply = answered(_PORT, "how do bravia goods get to pelland faster now")
    expect(reply, "Kestport")


def test_going_through_which_place_asks_the_place_passed_not_the_end() -> None:
    reply = answered(_PORT, "bravia grain headed for southern corvia will go out thru which foreign port")
    expect(reply, "Kestport")
    assert not reply.text.startswith("Ulmora"), reply.text


def test_a_compass_word_before_the_end_named_leaves_it_named() -> None:
    # "headed for southern corvia": the end is Corvia, told; the port gone through is asked.
    reply = answered(_PORT, "bravia grain headed for southern corvia will go thru which port")
    expect(reply, "Kestport")
