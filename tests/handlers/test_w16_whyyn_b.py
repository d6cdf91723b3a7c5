"""Why, how and yes/no questions met on blind sets, each kept as a general rule over a small
made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_PORT = """| 5 June 2025, Thursday |

Mongolian coal to move through Russian port

Officials said on Thursday the landlocked Gobi province of Mongolia would be able to use Vanino, a port in the Russian Far East, to ship coal to Japan from July, cutting freight costs for Gobi miners.

Coal exports from the province rose 12% in May, the statistics office said.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("whats the point of gobi miners sending coal via the russian port", "cutting freight costs"),
    ("whats the upside for gobi miners of using the russian port", "cutting freight costs"),
    ("whats the benefit for gobi of shipping via a russian port", "cutting freight costs"),
])
def test_the_upside_of_a_deed_with_its_doer_first_asks_why(question: str, expected: str) -> None:
    expect(answered(_PORT, question), expected)


_MILL = """| 12 May 2025, Monday |

Kyrgyz miner orders new mill from Chinese firm

Kyrgyz gold miner Altynken Mining Company (AMC) signed a $300 million contract with China's Sinoway Engineering on Monday for a new processing mill at its Taldy-Bulak mine.

Industry Minister Bakyt Osmonov said the mill was needed because AMC's ore output had outgrown its old plant, forcing it to stockpile ore.

The deal comes as Chinese engineering firms hunt for work abroad due to a slowdown at home.
"""


def test_the_one_asked_named_right_after_the_cue_is_whose_reason_it_is() -> None:
    expect(answered(_MILL, "why does amc need a new mill"), "outgrown its old plant")


_ROAD = """| 8 April 2025, Tuesday |

Tajik, Uzbek firms agree to build toll road

Tajik and Uzbek state-owned firms signed a deal on Tuesday to build a 210-km toll road linking Khujand with Tashkent.

The partners would seek loans from the Islamic Development Bank for 60% of the road's cost, with the rest coming from the two governments, Tajik transport minister Azim Ibrohim said.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("How are the partners planning to pay for the road?", "Islamic Development Bank"),
    ("how do the partners intend to pay for the road", "Islamic Development Bank"),
])
def test_a_plan_to_do_something_is_the_deeds_tense_no_word_to_find(question: str, expected: str) -> None:
    expect(answered(_ROAD, question), expected)


_FERRY = """| 2 October 2025, Thursday |

New Caspian ferry line signs grain deal with Baku mill

A new ferry line between Aktau and Baku began sailing in July, and a Baku flour mill signed a supply deal with Kazakh grain traders on Wednesday.

"The ferry has cut transit times to Baku mills from about four days to less than two," said Arman Seitkali, an analyst at Almaty-based Caspian Freight Research.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # the subject's verb ("has the ferry changed"), no kind of delivery; a delivery time is a journey's
    ("How has the ferry changed delivery times to Baku mills?", "four days"),
    ("how has the ferry changed shipping times to baku mills", "four days"),
])
def test_a_verb_after_the_subject_is_no_kind_of_measure_and_a_delivery_time_is_a_journeys(question: str, expected: str) -> None:
    expect(answered(_FERRY, question), expected)


_LINE = """| 9 September 2025, Tuesday |

Container line calls at Chabahar

Gulf Link Shipping launched a fortnightly service on Monday linking Chabahar with Mundra and Jebel Ali, the port authority said.

The New Chabahar International Airport, which opened in March, handles only four flights a week.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("Is the Chabahar service weekly?", "No"),  # one rhythm rules out another
    ("Is the new Chabahar service weekly?", "fortnightly"),  # "new" left lower is no part of the airport's name
])
def test_a_rhythm_rules_out_another_and_a_lower_case_word_starts_no_name(question: str, expected: str) -> None:
    expect(answered(_LINE, question), expected)
