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


_DEAL = """| 14 November 2024, Thursday |

Russian fertiliser sales abroad climb

Russia's fertiliser exports rose 12.6% in the first nine months of the year to a record 31.2 million tonnes, industry data showed on Wednesday.

Producer Uralkhim said on Monday it had signed a three-year supply deal worth $1.3 billion with Egypt's state-backed Nile Fertiliser Corporation. The agreement covers potash and urea.
"""


def test_a_telling_day_dates_a_deed_told_as_done() -> None:
    # "said on Monday it had signed": the signing is known by that day, and no other time dates it
    expect(answered(_DEAL, "uralkhim signed the egypt deal when"), "Monday")
    expect(answered(_DEAL, "When did Uralkhim sign the Egypt agreement?"), "Monday")
