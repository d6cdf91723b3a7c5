"""Figure questions met on this session's sets (b1fr), each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_TRAIN = """| 3 March 2025, Monday |

Estonia launches freight train to China as Tallinn port seeks new cargo

Estonia's state railway sent its first container train to China on Tuesday, as the country tries to win back transit cargo for the port of Tallinn.

The train left the Muuga terminal in Tallinn with 50 containers of timber and dairy goods bound for Chengdu in China's Sichuan province, and is expected to take 18 days.

The railway first tested the route in May with a pilot train of 30 containers. Nine Estonian exporters booked space on Tuesday's train, the company said, adding that it planned to run two trains a week next year.
"""


def test_a_count_spelled_out_to_open_a_sentence_leaves_the_nations_word_its_own() -> None:
    expect(answered(_TRAIN, "How many Estonian exporters booked space on the train?"), "Nine")


_FERRY = """| 3 November 2025, Monday |

Aegean ferry operator carries record passengers

Aegean Blue Lines carried a record 2.1 million passengers in the third quarter, up 5% from a year earlier, the company said on Monday.

The company operates 22 vessels on 30 routes. Traffic on its busiest route, from Volos to Skopelos, rose 9.1% to 412,000 passengers in the quarter.

It expects traffic to rise again next year, when a second fast ferry joins the Volos-Skopelos route.
"""


def test_a_routes_two_ends_typed_side_by_side_are_named_by_from_and_to() -> None:
    expect(answered(_FERRY, "volos skopelos passengers last quarter"), "412,000")


_STRIKE = """| 3 March 2025, Monday |

Dock strike shuts three Norwegian ports

About 2,100 dockworkers walked off the job at three Norwegian ports on Monday after wage talks broke down, the union said.

The union has said it will extend the strike to another four ports from March 17 if no deal is reached by then.
"""


def test_phone_shorthand_with_its_vowels_dropped_is_read_spelt_out() -> None:
    expect(answered(_STRIKE, "hw many more ports cud the strike sprd to"), "four")
