"""Questions refused as about another place than the one asked, where the sentence names the
body the question asks by its nation."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_TERMINAL = """| 3 March 2025, Monday |

Mongolian and Chinese firms agree to build coal terminal

Mongolian and Chinese companies signed a deal on Monday to build a coal terminal at the Gashuun Sukhait crossing, at a fair in the northern Chinese city of Baotou.

The deal between Mongolian state trader Erdenes Trans and Baotou-based Hailan Mining Group is worth $120 million, Mongolia's Mining Minister Batbold Ganzorig said.

The terminal will open next year, Ganzorig said. Hailan will hold a 55% stake in the joint venture running it, with Erdenes Trans owning the remaining 45%.
"""

_REFINERY = """| 3 March 2025, Monday |

Refinery starts output in Laos

Lao Alumina Co, a joint venture between Lao miner Phou Bia Resources and China's Yunnan Qiantai Aluminium Group, began producing alumina at its $900 million refinery in Attapeu province on Monday, the companies said.

The refinery will make 1 million tonnes of alumina a year in Attapeu, the company said.

Qiantai owns 65% of the venture and Phou Bia the remaining 35%.
"""


@pytest.mark.parametrize(("article", "question", "expected"), [
    (_TERMINAL, "what stake does the chinese company get in the JV", "55%"),
    (_REFINERY, "How big a stake does the Chinese side have in the JV?", "65%"),
])
def test_a_body_asked_by_its_nation_is_the_one_the_story_ties_to_it(article: str, question: str, expected: str) -> None:
    # "Baotou-based Hailan" of "the Chinese city of Baotou", "China's Yunnan Qiantai": the
    # Chinese body, named, whatever nation the paragraph carries on about
    expect(answered(article, question), expected)


def test_a_nation_asked_of_a_place_still_needs_its_sentence() -> None:
    expect(answered(_REFINERY, "how much alumina will the chinese refinery in vietnam make a year"), None)


_SMELTER = """| 3 March 2025, Monday |

Smelter signs power deal

Tindar Aluminium, Norway's third-largest aluminium smelter, has signed a 10-year power contract with state-owned utility Kraftnett worth about 8 billion crowns, the two companies said on Monday.

"This gives us the certainty we need to keep growing our sales to Germany," Chief Executive Ola Brekke told reporters in Oslo.
"""


def test_a_name_ending_in_aluminium_is_a_company() -> None:
    # "Tindar Aluminium" was stored as a place, so the chief speaking in Oslo was about Oslo
    expect(answered(_SMELTER, "who runs tindar aluminium"), "Ola Brekke")
