"""What-questions naming people or bodies as the doers: another party's deed is no answer, and
what two parties "agree on" is their agreement; each a general rule over a small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_VISIT = """| 3 March 2025, Monday |

Latvian and Lithuanian leaders meet in Vilnius

The visit to Vilnius follows talks between Latvian President Edgars Rinkevics and Lithuanian President Gitanas Nauseda last week in Riga.

Port operators from both countries signed nine contracts on ferry services at the summit, the Latvian transport ministry said.

Rinkevics said he signed a declaration on energy links during the visit.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # the port operators' contracts are no deed of the presidents the story leads with
    ("what did nauseda sign", None),
    # a sentence naming the person, or referring to them, still answers
    ("what did rinkevics sign", "declaration"),
    ("what did the port operators sign", "nine contracts"),
])
def test_a_person_asked_does_no_deed_of_a_sentence_not_naming_them(question: str, expected: str | None) -> None:
    expect(answered(_VISIT, question), expected)


_BERTHS = """| 3 March 2025, Monday |

Port authority and operator plan new berths

Traffic at the Kestrel Bay container terminal rose 12% last year to 1.1 million boxes, the port authority said.

To ease congestion, KBPA and Harbourline signed an agreement last month to build two new berths.

Harbourline also bought three cranes for 40 million dollars in January.
"""


def test_what_two_parties_agree_on_is_their_agreement() -> None:
    expect(answered(_BERTHS, "what did kbpa and harbourline agree on last month"), "two new berths")
