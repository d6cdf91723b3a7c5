"""Follow-ups that lean on the last answer: its subject, its measure, its period and its place."""

from __future__ import annotations

from tests.handlers.stories import dialog, expect

_AUDIT = """| 3 March 2025, Monday |

Brazil expects more beef plants cleared for China

Agriculture Minister Paulo Henrique Teixeira said on Tuesday that a Chinese team would inspect another 14 plants in Goiás starting on November 10. "We have a very good chance of getting most of them listed because our sanitary controls have been recognised by the Chinese authorities," he said.

Beef exports rose 12% in October.
"""


def test_why_is_he_so_sure_asks_the_reason_of_the_last_answer() -> None:
    # "so confident" judges what he just said; it is no word the reason must repeat
    expect(dialog(_AUDIT, "What did the agriculture minister say about the Chinese inspection?", "why is he so confident?"),
           "sanitary controls")
