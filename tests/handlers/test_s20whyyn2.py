"""Yes / no over a figure: a count asked is compared with the one stated, never answered yes by a
sentence that only names the thing counted."""

from __future__ import annotations

from tests.handlers.stories import answered

_FAIR = """| 3 March 2025, Monday |

Kazakh and Chinese firms sign deals at Almaty fair

Kazakh and Chinese companies attending a trade fair in Almaty signed a series of supply agreements, the organisers said.

The fair was attended by Chinese government officials, bank chiefs, and almost 600 Kazakh companies hoping to enter the Chinese market.
"""


def test_a_count_over_a_misspelt_thing_is_compared() -> None:
    reply = answered(_FAIR, "did over 1000 kazakh compnaies attend")
    assert reply.answered and reply.text.startswith("No") and "600" in reply.text, reply.text


def test_a_bare_count_asked_is_compared_with_the_one_stated() -> None:
    reply = answered(_FAIR, "did 1500 kazakh companies attend the fair")
    assert reply.answered and reply.text.startswith("No") and "600" in reply.text, reply.text
    reply = answered(_FAIR, "did about 600 kazakh firms attend the fair")
    assert reply.answered and reply.text.startswith("Yes") and "600" in reply.text, reply.text


def test_a_count_asked_is_no_yes_from_a_sentence_without_it() -> None:
    reply = answered(_FAIR, "did kazakh and chinese companies sign 40 supply agreements")
    assert not reply.text.startswith("Yes"), reply.text


def test_a_name_asked_alone_is_one_of_a_list() -> None:
    reply = answered(_FAIR, "was the fair just kazakh companies")
    assert reply.answered and reply.text.startswith("No") and "officials" in reply.text, reply.text
