"""When-questions met on the nineteenth session's blind sets, each kept as a general rule over a
small story: the right event's date when the story dates another of its kind."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_RAIL = """| 13 August 2025, Wednesday |

Kenya's new railway starts hauling freight to Nairobi

Kenya's state railway operator began running cargo trains on its new standard gauge line between the port city of Mombasa and the capital Nairobi on Monday, aiming to move freight off the roads.

The operator plans to run six freight trains a day by December, each able to carry up to 2,000 tonnes.

Passenger trains on the line, launched in May last year, have carried 2.4 million travellers in their first 15 months.
"""


def test_a_kind_asked_is_not_dated_by_another_kind_of_the_same_thing() -> None:
    # "freight trains" asked: "Passenger trains ... launched in May last year" are another kind,
    # though the headline's freight is the story's topic
    expect(answered(_RAIL, "when did the freight trains start running"), "Monday")
    expect(answered(_RAIL, "when were the passenger trains launched"), "May")
