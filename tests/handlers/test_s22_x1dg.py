"""Follow-ups and slips met on the 22nd session's sets, each kept as a general rule over a small story."""

from __future__ import annotations

from tests.handlers.stories import answered, dialog, expect

_UTILITY = """| 14 November 2024, Thursday |

Moldova sells more power abroad

Moldova sold 18% more electricity abroad in the first nine months of the year, the energy minister said on Wednesday.

Output slipped in August because of a dry spell.

State utility Moldelectrica said its export revenue rose 21% to 9.3 billion lei ($512 million) in the same period, letting it post a profit in the July-September quarter.
"""


def test_the_same_period_alone_is_the_period_just_told() -> None:
    # "in the same period" names no year: it is the span the last figures were told for (January
    # to September), not August, which only dates a cause, and this year holds it.
    expect(answered(_UTILITY, "how much did moldelectrica make from exports this yr"), "9.3 billion")
    expect(dialog(_UTILITY, "how much did moldelectrica make from exports this yr", "and in dollars?"), "512")


_HARBOUR = """| 14 November 2024, Thursday |

Koper harbour traffic grows

Cruise ship calls reached 410 last year and are expected to climb to about 480 next year, port spokesperson Ana Novak said, as lines such as MSC Cruises use Koper as a homeport.
"""


def test_what_is_expected_for_a_thing_over_a_period_is_a_figure() -> None:
    # "what does she expect for ..." names no measure, but what is foreseen for a period is a level
    reply = dialog(_HARBOUR, "who speaks for the port", "what does she expect for cruise calls next year")
    expect(reply, "480")
    assert reply.intent == "figure", reply.text
