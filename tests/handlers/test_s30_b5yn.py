"""Yes-no questions met on this session's sets (wave b5yn), each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PEPPER = """| 3 March 2025, Monday |

Cambodian pepper exports climb as new buyers emerge

PHNOM PENH, March 3 - Cambodia's pepper exports rose 12% last year to 31,000 tonnes, the agriculture ministry said on Monday.

Farmers in Kampot province planted 400 more hectares, the ministry said.

Vietnam remained by far the largest buyer, taking 18,000 tonnes.

Growers said prices rose 9% as demand from Europe picked up.

A new packing plant opened in Kep in January.

Traders expect the pepper harvest to start in April.
"""


def test_a_story_subject_named_only_to_qualify_the_asked_need_not_be_repeated() -> None:
    reply = answered(_PEPPER, "Is Vietnam still the largest buyer of Cambodian pepper?")
    expect(reply, "18,000")
    assert reply.text.startswith("Yes")

