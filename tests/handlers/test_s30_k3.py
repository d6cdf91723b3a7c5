"""Place questions met on this session's sets (k3), each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PORT = """| 3 March 2025, Monday |

Inland province gets a sea outlet

In April, officials said the inland province of Borvania would be able to use Kestrel Bay, the busiest harbour in the Northern Coast, to ship grain to Dalmor from July, cutting costs for Borvania farmers.

Grain exports from Borvania rose 6% last year, the officials said.
"""


def test_a_region_question_is_answered_by_the_role_placing_the_asked_name() -> None:
    reply = answered(_PORT, "What region is Kestrel Bay in?")
    expect(reply, "Northern Coast")
