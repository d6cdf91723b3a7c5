"""Why and yes-no questions answered by general rules: a yes or no only on the sentence that
states the move asked, with its evidence."""

from __future__ import annotations

from tests.handlers.stories import answered

_CAP = """| 26 November 2025, Wednesday |

Norland water price cap to rise 3.8% from January

Norland's water regulator Aquareg said on Wednesday it would raise the cap on household water bills by 3.8% to 512 crowns a year for a typical home from January 1, as treatment costs climb.

Household bills have stayed well above historic levels since 2021, when a drought sent costs to records.

"Bills are likely to stay high through next year due to higher chemical costs," said analyst Per Lund.
"""


def test_a_change_from_a_coming_month_answers_a_present_question_of_that_month() -> None:
    # the present progressive asks of the coming January; the cap raised "on household water
    # bills" moves the bills, and "from January 1" dates the change
    reply = answered(_CAP, "are water bills coming down in january?")
    assert reply.answered and reply.text.startswith("No.") and "3.8%" in reply.text, reply.text
    reply = answered(_CAP, "are water bills going up in January?")
    assert reply.answered and reply.text.startswith("Yes.") and "3.8%" in reply.text, reply.text


_PORT = """| 3 November 2025, Monday |

Dorran port traffic climbs

The number of freight trains routed via the port of Dorran climbed to 486 in the nine-month period from 312 a year earlier.

"We are now working at close to 80% of our container capacity, compared with about 45% two years ago," the port's chief executive Ana Rolt told reporters on Monday.
"""


def test_a_level_two_years_back_answers_than_two_years_ago() -> None:
    # "about 45% two years ago" is the level set against; "from 312 a year earlier" is one year back
    reply = answered(_PORT, "Is the port using more of its container capacity than 2 yrs ago?")
    assert reply.answered and reply.text.startswith("Yes.") and "45%" in reply.text, reply.text
