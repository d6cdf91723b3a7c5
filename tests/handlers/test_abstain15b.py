"""Unanswerable questions answered by a near miss: a deputy for the post asked by its verb,
another firm's figure, another country's, the trade asked the other way round."""

from __future__ import annotations

from tests.handlers.stories import answered

_MINES = """| 21 October 2025, Tuesday |

Kyrgyz gold output rises as new plant starts

Kyrgyzstan produced 14.8 tonnes of gold in January-September, up 9.6% from a year earlier, the statistics committee said on Monday.

"Output rose mainly because the new plant can treat sulphide ore," said Bakyt Osmonaliev, deputy chairman of the State Committee for Industry.
"""


def test_who_chairs_is_no_deputy_chairman() -> None:
    result = answered(_MINES, "Who chairs the State Committee for Industry?")
    assert not result.answered, result.text


def test_who_is_the_deputy_chairman_still_answered() -> None:
    result = answered(_MINES, "Who is the deputy chairman of the State Committee for Industry?")
    assert result.answered and "Osmonaliev" in result.text, result.text


_CHERRIES = """| 16 December 2025, Tuesday |

Chile's cherry exports to China hit record

Chile shipped a record 214,600 tonnes of fresh cherries to China this season, up 18.4% from a year earlier, the exporters' association said on Monday.

Chile's fruit exports rose 7.6% in the third quarter to $1.9 billion, central bank data showed.
"""


def test_exports_to_a_place_are_not_that_places_own_exports() -> None:
    result = answered(_CHERRIES, "How much fruit does China export to Chile?")
    assert not result.answered, result.text


def test_exports_the_story_tells_are_still_answered() -> None:
    result = answered(_CHERRIES, "How many tonnes of cherries did Chile ship to China?")
    assert result.answered and "214,600" in result.text, result.text


_SUMMIT = """| 9 December 2023, Saturday |

Russian firms flock to China's northeast

The summit in Shenyang follows a meeting between Russian President Vladimir Putin and Chinese President Xi Jinping last week in Beijing.

The conference was attended by Russian officials and almost 800 Chinese enterprises.
"""


def test_restated_meeting_does_not_answer_what_was_agreed() -> None:
    result = answered(_SUMMIT, "i read putin and xi met in beijing last week - what did they actually agree on?")
    assert not result.answered, result.text


def test_restated_meeting_still_answers_where_it_was() -> None:
    result = answered(_SUMMIT, "i read putin and xi met last week - where did they meet?")
    assert result.answered and "Beijing" in result.text, result.text


_GOLD = """| 21 October 2025, Tuesday |

Kyrgyz gold exports jump

Kyrgyzstan produced 14.8 tonnes of gold in January-September, up 9.6% from a year earlier, the statistics committee said.

Gold exports jumped 27% to $1.24 billion in January-August, accounting for 54% of Kyrgyzstan's total exports. The main buyers were Switzerland, the United Kingdom and Kazakhstan.
"""


def test_another_countrys_exports_do_not_answer_for_a_buyer_named_beside() -> None:
    result = answered(_GOLD, "How much gold did Kazakhstan export in January-August?")
    assert not result.answered, result.text


def test_the_countrys_own_exports_still_answered() -> None:
    result = answered(_GOLD, "How much gold did Kyrgyzstan export in January-August?")
    assert result.answered and "1.24 billion" in result.text, result.text
