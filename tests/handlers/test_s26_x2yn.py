"""Yes-no questions met on this session's sets: the answer says yes or no and gives the fact that
decides it, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_EXPORTS = """| 3 March 2025, Monday |

Chile's cherry exports to China climb

Chile's cherry exports to China rose to $2.1 billion in December, the highest since January 2021 when growers began shipping by air, customs data showed.

Growers in the Maule region said a wet spring had cut yields, and several packing plants closed early.

The agriculture ministry said it would open two more inspection centres at the port of San Antonio next year.
"""


def test_best_for_a_level_is_the_highest() -> None:
    expect(answered(_EXPORTS, "was december the best month for chile cherry exports since growers began shipping by air"),
           "Yes. Chile's cherry exports to China rose to $2.1 billion")


_FORUM = """| 3 March 2025, Monday |

Kazakh firms court Chinese investors at Urumqi forum

The forum in Urumqi was attended by Kazakh regional government officials, bankers and some 300 Chinese companies.

Trade between Kazakhstan and China rose 12% last year to $31 billion, customs data showed.

Organisers said the next forum would be held in Almaty in 2026.
"""


def test_people_asked_are_met_by_the_kind_of_people_named() -> None:
    expect(answered(_FORUM, "were kazakh regional govt ppl at the urumqi forum"), "Yes. The forum in Urumqi was attended by Kazakh regional government officials")
