"""Where- and who-questions met on this session's sets, each a general rule over a small made-up
story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_TOLLS = """| 3 March 2025, Monday |

Truck traffic on Laos's new expressway doubles

Toll revenue on the Vientiane-Vang Vieng Expressway rose 22% in the first half, its operator said on Monday.

"Traffic has grown faster than we planned. Trucks now carry about 2 million tonnes of cargo on the road each year," Somsak Vongsa, general manager of the operator, told Reuters.
"""


def test_who_holds_an_asked_post_is_its_holder_not_a_body_the_sentence_names() -> None:
    expect(answered(_TOLLS, "Who is the general manager of the expressway operator?"), "Somsak Vongsa")


_HARBOUR = """| 3 March 2025, Monday |

Container traffic at Laos's river port climbs

Thanaleng River Port handled 41,000 containers in the first half, up 9% from a year earlier, its director general Khamla Phommachan said last week.
"""


def test_who_is_the_boss_is_the_holder_of_a_title_the_word_stands_for() -> None:
    expect(answered(_HARBOUR, "who is the port boss at thanaleng"), "Khamla Phommachan")


_TOWER = """| 3 March 2025, Monday |

Laos's new business district fills up

The district's first international financial centre, a 40-storey tower being developed by Mekong Gateway Holdings, is due to open in May, with 60% of its offices already leased, the company's chief executive Vilay Sisouk said.
"""


def test_a_word_modifying_a_thing_asks_no_chiefs_post() -> None:
    # "finance" in "the finance centre tower" is no finance chief the sentence must name.
    expect(answered(_TOWER, "Who is the CEO of the firm developing the finance centre tower?"), "Vilay Sisouk")
