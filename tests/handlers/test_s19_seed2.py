"""Phrasings on the bundled article met in the 19th session's second wave, each kept as a general
rule over a small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_HUB = """| 4 April 2025, Friday |

Uzbek and Turkish firms sign deals

The fair in Namangan, the capital of Namangan region, follows a meeting between the two presidents last week in Tashkent.

In April, a new cargo hub for container trains was put into operation in Namangan, with a train carrying 40 wagons departing for Turkey to mark the hub's opening.

Officials said the hub cost 12 million dollars.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("where was the first train from the hub headed", "Turkey"),
    ("where was the inaugural train from the new hub going", "Turkey"),
])
def test_from_naming_the_thing_is_no_origin_asked(question: str, expected: str) -> None:
    expect(answered(_HUB, question), expected)


_SEA_ROUTE = """| 4 April 2025, Friday |

Mongolian miners get a sea route

In May, officials said the landlocked region of Gobi would be able to use Tianjin, the biggest port in northern China, to ship copper concentrate to Busan and Ulsan in the southern Korean province of Gyeongsang from July, cutting costs and delays for Gobi ore bound for South Korea.

The region's copper output rose 8% last year.
"""


@pytest.mark.parametrize("question", [
    "how will gobi get its ore to south korea",
    "how will gobi get ore to south korea cheaper",
])
def test_a_way_asked_is_the_port_used(question: str) -> None:
    expect(answered(_SEA_ROUTE, question), "use Tianjin")


_FAIR = """| 3 March 2025, Monday |

Kazakh firms seek Chinese partners

The fair in Almaty was attended by Chinese government officials, bank chiefs, and almost 600 Kazakh companies hoping to enter the Chinese market.
"""


@pytest.mark.parametrize("question", [
    "roughly how many kazakh companies keen on the chinese market came to the fair",
    "how many kazakh firms eager to enter the chinese market attended the fair",
])
def test_an_eagerness_is_a_hope_and_no_thing_counted(question: str) -> None:
    expect(answered(_FAIR, question), "600")
