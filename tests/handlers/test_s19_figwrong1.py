"""Figure questions answered with another thing's, period's or place's figure: rules met on the
nineteenth session's blind sets, each over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_GRAIN = """| 5 May 2025, Monday |

Laos-Vietnam border trade grows as sugar and maize exports climb

Laos's trade with Vietnam through the Lao Bao crossing rose 9% in the first quarter to $310 million, the trade ministry said.

Sugar exports through the crossing jumped 20% to 90,000 tonnes in the quarter.

Exports of maize and cassava chips climbed 14% to 240,000 tonnes, making Vietnam the biggest buyer of Lao maize.

Sugar millers warned that a shortage of trucks could slow shipments.
"""


def test_another_things_tonnes_do_not_count_the_thing_asked() -> None:
    # the maize sentence meets "tonnes", "shipped" and Vietnam; sugar, in the headline and three
    # paragraphs, is no word the sentence may leave out
    expect(answered(_GRAIN, "How many tonnes of sugar were shipped to Vietnam?"), None)
    expect(answered(_GRAIN, "How many tonnes of maize were shipped to Vietnam?"), "240,000")


_DUTIES = """| 5 May 2025, Monday |

Philippines raises mining taxes

The government raised the export duty on copper ore in March to 8% from 5%. The export duty on copper cathode was left at 2%, the finance ministry said on Tuesday.
"""


def test_the_word_before_the_noun_asked_before_another_noun_is_another_kind() -> None:
    # "copper cathode" is no "copper ore", which the story says elsewhere; "now" is no reason to take it
    expect(answered(_DUTIES, "whats the export duty on copper ore now"), "8%")
    expect(answered(_DUTIES, "what is the export duty on copper cathode"), "2%")
