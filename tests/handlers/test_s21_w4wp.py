"""When, where and who: rules met on the 21st session's held-out sets, each over a small story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_BRIEFING = """| 18 February 2025, Tuesday |

Tin exports to China climb

Laos's exports of tin ore to China rose 12% last year to 9,400 tonnes, customs data showed on Monday.

Trade ministry spokesperson Li Wen told a briefing in Beijing on Thursday that China wanted trade with Laos to stay stable.
"""


def test_a_briefing_told_in_a_city_is_dated_by_its_own_day() -> None:
    # "told a briefing in Beijing on Thursday": the day the spokesperson spoke, not the lead's Monday
    expect(answered(_BRIEFING, "what day did the trade ministry spokesman comment"), "Thursday")


_SANCTIONS = """| 12 November 2025, Wednesday |

Iranian oil keeps flowing to Chinese refiners

Chinese refiners bought about 1.4 million barrels a day of Iranian oil in October, traders said on Tuesday.

Washington in March sanctioned a Shandong refinery, a crude terminal in Dongying and 14 tankers over the trade, a move that has made shipowners more wary, said Rachel Okafor, senior analyst at Harbour Point Research in London.

The United States says the trade funds Iran's government.
"""


def test_a_capital_opening_the_clause_is_its_country_acting() -> None:
    # "Washington in March sanctioned ...": the US's deed, dated March; "put sanctions on" is sanctioning,
    # and London places only the analyst who said so
    expect(answered(_SANCTIONS, "When did the US put sanctions on the Dongying terminal?"), "March")


def test_a_ministry_reacting_is_dated_by_its_telling_day() -> None:
    # reacting is saying: "told a briefing in Beijing on Thursday" dates it, not the lead's Monday
    expect(answered(_BRIEFING, "When did China's trade ministry react?"), "Thursday")
