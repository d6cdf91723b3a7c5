"""Rules met on the bundled article's question sets (session 28), each a general rule over a
small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered

_PORT = """| 3 March 2025, Monday |

Kenya courts Gulf shippers at Lamu

The port of Lamu should become a “strategic” hub for trade with the Gulf, President Ruto said in May, urging lenders to back a second berth.

Cargo through Lamu rose 12% last year to 1.4 million tonnes, the ports authority said.
"""


@pytest.mark.parametrize("question", ["what adjective did ruto use for the hub role", "what word did the president use for the kind of hub lamu should be"])
def test_a_word_asked_for_is_the_one_the_sentence_quotes(question: str) -> None:
    reply = answered(_PORT, question)
    assert reply.answered and reply.text.startswith("“strategic”"), reply.text
