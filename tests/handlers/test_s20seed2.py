"""Rules from the 20th session's second pass over the bundled article, each over a small story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_FORUM = """| 3 March 2025, Monday |

Kazakh firms seek Chinese partners

The forum in Almaty follows a meeting between Kazakh President Kassym-Jomart Tokayev and Chinese President Xi Jinping last week in Astana. The forum was attended by Chinese government officials and almost 600 Kazakh companies hoping to enter the Chinese market.
"""


def test_sitting_down_is_meeting() -> None:
    expect(answered(_FORUM, "when did xi and tokayev sit down in astana"), "Last week")


def test_a_threshold_counts_the_misspelt_word_mended() -> None:
    expect(answered(_FORUM, "did over 1000 kazakh compnaies attend"), "No.")


_TRADE = """| 3 March 2025, Monday |

Kazakh-Chinese trade climbs

In January, trade between Kazakhstan and China rose to $4.1 billion, the highest since March 2021, according to customs data.
"""


def test_highest_only_since_is_no_record() -> None:
    reply = answered(_TRADE, "was january's kazakhstan-china trade an all time record")
    expect(reply, "No.")
    assert "since March 2021" in reply.text


_PORT = """| 3 March 2025, Monday |

Kazakh grain goes east

In May, Kazakh customs said the landlocked region of Kostanay would be able to use Aktau, the biggest port on the Caspian Sea, to ship grain to Baku from June, cutting costs for Kostanay farmers.
"""


def test_routing_a_thing_through_a_place_is_using_it() -> None:
    expect(answered(_PORT, "why does routing kostanay grain through a caspian port help"), "cutting costs")
