"""Figure questions the bot abstained on although the article states the figure, each a general
rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PAYOUTS = """| 3 March 2025, Monday |

Fruit exporter lifts payouts to growers

Growers of the red-fleshed Ruby variety will receive an average of NZ$14.20 per tray, up 6% from last year, the company said.

Exports rose 12% to 190 million trays in the season, chief executive Mere Tane told reporters.
"""


def test_a_word_only_the_headline_says_is_the_story_summarised_not_another_subject() -> None:
    expect(answered(_PAYOUTS, "whats the average payout per tray for ruby growers"), "14.20")


_TYRES = """| 3 March 2025, Monday |

Tyre maker expands plant

The plant, which opened in 2019, produced 8.4 million tyres last year, up 12% from 2023, and exported 81% of its output, mainly to Germany and Italy.

The company also sells tyres abroad through a dealer network, a spokesman said.
"""


def test_what_goes_abroad_is_what_is_exported() -> None:
    expect(answered(_TYRES, "What share of the factory's production goes abroad?"), "81%")


_SHIPS = """| 3 March 2025, Monday |

Korean yards win more gas carrier orders

Korean yards won 38 LNG carriers in the nine months, up from 27 a year earlier, the ministry said.

A standard 174,000-cubic-metre LNG carrier now costs about $248 million, the ministry said.
"""


def test_a_regular_kind_asked_is_the_standard_one_told() -> None:
    expect(answered(_SHIPS, "whats a regular lng carrier going for these days"), "$248 million")
