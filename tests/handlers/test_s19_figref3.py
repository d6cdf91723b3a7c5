"""Figure questions the bot abstained on although the article states the figure, each kept as a
general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_RAIL = """| 10 October 2025, Friday |

Rail link carries more riders

The 210-km line, the region's first high-speed railway, opened two years ago and cuts the journey between the two cities to 50 minutes. It cost $5.4 billion to build, including a $0.9 billion cost overrun.

"Ridership is growing fast, but the line needs 20 million passengers a year to break even," said analyst Yusuf Pratama.
"""

_FINES = """| 10 October 2025, Friday |

Ghana tightens gold trade

Traders caught buying gold without a licence face fines of up to 500,000 cedis, the ministry said.
"""


def test_a_fast_train_is_a_high_speed_one() -> None:
    expect(answered(_RAIL, "How long is the fast train line?"), "210")


def test_up_to_states_the_maximum() -> None:
    expect(answered(_FINES, "what is the maximum fine for buying gold without a licence?"), "500,000")


def test_an_end_the_article_never_names_gets_no_figure() -> None:
    assert not answered(_RAIL, "how much would extending the train to zarovia cost").answered


_WINTER = """| 10 October 2025, Friday |

Cashmere prices climb

Prices climbed because a severe winter killed about 7.1 million head of livestock, herders said.
"""


def test_animals_killed_in_a_severe_winter_died_in_a_harsh_one() -> None:
    expect(answered(_WINTER, "How many animals died in the harsh winter?"), "7.1 million")

