"""Figure questions met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_MILLER = """| 4 November 2025, Tuesday |

Vietnamese millers ship more rice

HANOI, Nov 4 (Reuters) - Vietnam's rice exports rose 9% in October, the customs office said on Tuesday.

Song Hong Grain JSC, one of the north's larger millers, said its export volume rose 12% in January-October to 80,000 tonnes and that it plans to invest 300 billion dong ($11.8 million) in a new warehouse in Hai Phong next year.
"""


def test_a_figure_after_and_that_is_not_measured_by_the_clause_before() -> None:
    # "rose 12% ... and that it plans to invest 300 billion dong": the sum is what it invests,
    # not its export volume.
    expect(answered(_MILLER, "how much is song hong grain putting into the new warehouse"), "300 billion dong")


_FACTORY = """| 4 November 2025, Tuesday |

Chinese parts maker opens plant in Slovakia

NITRA, Slovakia, Nov 4 (Reuters) - Chinese car-parts maker Lianda Components opened a 90 million euro ($97 million) factory in the Slovak city of Nitra on Tuesday.

The plant will employ 400 people by the end of next year.
"""


def test_the_firm_asked_is_the_maker_not_the_thing_made() -> None:
    # "the chinese firm" is the car-parts maker itself, which spends; it names no trade.
    expect(answered(_FACTORY, "how much is the chinese firm putting into the nitra plant"), "90 million euro")


_RAILWAY = """| 4 November 2025, Tuesday |

Desert railway opens

ALGIERS, Nov 4 (Reuters) - Algeria opened a new 600-kilometre desert railway on Monday, the transport ministry said.

The single-track line cost 210 billion dinars ($1.6 billion) and was finished in September, the minister said.
"""


def test_a_railway_asked_is_the_line_its_story_speaks_of() -> None:
    expect(answered(_RAILWAY, "what did the railway cost in dinars"), "210 billion dinars")
