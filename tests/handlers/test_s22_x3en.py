"""Words of a question that no other sentence may claim as its subject: a word said elsewhere only
inside a capitalised name."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_PORT = """| 3 March 2025, Monday |

Harbour operator lifts profit as container volumes climb

Net profit rose 14.5% to 92.3 million euros in 2024 on revenue of 310 million euros, the company said in a statement on Monday.

The Varna Port Authority is 60% owned by the state.
"""


@pytest.mark.parametrize("question", [
    "What did the port authority earn in net profit for 2024?",
    "how much net profit did the port authority make",
])
def test_a_word_said_elsewhere_only_in_a_name_is_no_other_subject(question: str) -> None:
    expect(answered(_PORT, question), "92.3")


