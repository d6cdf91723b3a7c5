"""When, where and who over small stories: rules met on the held-out sets of this session."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_TARIFF = """| 14 October 2025, Tuesday |

Ferroalloy exports climb despite power row

Georgia's exports of ferroalloys rose 18.4% in the first nine months, the statistics office said on Monday.

The smelter has asked the state to cut its electricity tariff after a rise imposed in March.

Energy Minister Nino Beridze said on Friday the government would not restore the old tariff, but offered the smelter cheaper grid connections.
"""


@pytest.mark.parametrize("question", [
    "when did the minister rule out going back to the old tariff",
    "When did the minister deny the old tariff would return?",
])
def test_a_deed_done_by_saying_is_dated_by_its_telling(question: str) -> None:
    expect(answered(_TARIFF, question), "Friday")


_NUCLEAR = """| 18 November 2025, Tuesday |

Uzbekistan picks Rosatom for first nuclear plant

Uzbekistan signed a contract with Russia's Rosatom on Monday to build the country's first nuclear power plant near Lake Tuzkan.

The deal follows a national referendum in October last year in which 68% of voters backed building a nuclear plant.
"""


@pytest.mark.parametrize("question", [
    # a referendum is a vote; "nuclear plant" is the story's "nuclear power plant" shortened, no
    # other kind of nuclear thing than the power asked; the deed asked ("vote on ...") dates it
    "When did Uzbekistan vote on nuclear power?",
    "when was the referendum on nuclear power",
])
def test_a_vote_on_a_thing_is_dated_by_the_vote(question: str) -> None:
    expect(answered(_NUCLEAR, question), "October")


_FLIGHTS = """| 10 July 2025, Thursday |

First mango cargo flight lands in Urumqi

A chartered freighter carried 18 tonnes of mangoes from Multan to Urumqi on Tuesday.

The operator's chief executive said the company would operate two flights a week until the end of August.
"""


def test_till_when_asks_the_end_and_is_no_word_to_find() -> None:
    expect(answered(_FLIGHTS, "till when will the twice weekly flights run"), "August")
