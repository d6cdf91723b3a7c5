"""Unanswerable near misses that must abstain: why something was not done, told only what doing it brings."""

from __future__ import annotations

from tests.handlers.stories import answered

_PORT = """| 3 March 2025, Monday |

Inland province gets a sea outlet

In May, customs officials said the landlocked province of Hubra would be able to use the port of Kessan to ship grain to the south from June, cutting costs for Hubra farmers.
"""


def test_why_not_is_not_what_doing_it_brings() -> None:
    result = answered(_PORT, "why couldn't hubra use kessan before june?")
    assert not result.answered, result.text


def test_why_it_is_done_still_answers() -> None:
    result = answered(_PORT, "why will hubra use the port of kessan?")
    assert result.answered and "grain" in result.text, result.text


_FLOWS = """| 3 March 2025, Monday |

Trade between Brazil and Norway grows

Norwegian imports from Brazil rose 14% in the first nine months of 2025 from a year earlier, the trade minister said.
"""


def test_imports_from_one_are_not_imports_from_the_other() -> None:
    result = answered(_FLOWS, "how much did brazil's imports from norway grow in the first nine months of 2025?")
    assert not result.answered, result.text


def test_imports_from_the_end_asked_still_answer() -> None:
    result = answered(_FLOWS, "how much did norway's imports from brazil grow in the first nine months of 2025?")
    assert result.answered and "14%" in result.text, result.text


_CEREMONY = """| 3 March 2025, Monday |

Korean carmaker opens plant in Poland

The plant employs 1,200 people, Chief Executive Park Minho said at an opening ceremony attended by Polish ministers and the South Korean ambassador.
"""


def test_a_person_with_another_title_is_not_the_post_asked() -> None:
    result = answered(_CEREMONY, "Who is South Korea's ambassador to Poland?")
    assert not result.answered, result.text


def test_the_title_the_person_holds_still_answers() -> None:
    result = answered(_CEREMONY, "Who is the chief executive?")
    assert result.answered and "Park Minho" in result.text, result.text


_HUB = """| 3 March 2025, Monday |

Freight hub opens in northeast

In March, a new cargo hub for freight trains was put into operation in Harbin, with a train carrying 40 containers departing for Kazakhstan.
"""


def test_where_it_stood_is_not_where_it_was_headed() -> None:
    result = answered(_HUB, "which kazakh city was the first train from the new hub headed to?")
    assert not result.answered, result.text


def test_where_it_was_headed_still_answers() -> None:
    result = answered(_HUB, "where was the train headed?")
    assert result.answered and "Kazakhstan" in result.text, result.text


_SHIPMENTS = """| 3 March 2025, Monday |

Province's trade with Kazakhstan soars

Heilongjiang's outbound shipments to Kazakhstan soared 62.3% in the first nine months from a year earlier to 12.64 billion yuan.
"""


def test_things_of_a_kind_are_not_a_sentence_that_names_none() -> None:
    result = answered(_SHIPMENTS, "which products made up most of Heilongjiang's exports to Kazakhstan?")
    assert not result.answered, result.text


def test_things_of_the_kind_listed_still_answer() -> None:
    article = _SHIPMENTS + "\nMachinery, steel and seafood made up most of the exports to Kazakhstan, the customs office said.\n"
    result = answered(article, "which products made up most of Heilongjiang's exports to Kazakhstan?")
    assert result.answered and "Machinery" in result.text, result.text


_ZONE = """| 3 March 2025, Monday |

Korean firms pile into Vietnam park

Korean companies committed $1.2 billion of new investment to the Haiphong industrial park in the first ten months of the year, the park's developer said on Wednesday.

Cumulative investment has reached $3.1 billion since the park, run by a venture of Seoul's Daewon group and Vietnamese partners, opened in 2012.
"""


def test_firms_of_the_place_asked_as_where_are_the_other_way() -> None:
    result = answered(_ZONE, "How much have Vietnamese firms invested in South Korea?")
    assert not result.answered, result.text


def test_the_firms_of_the_story_still_answer() -> None:
    result = answered(_ZONE, "How much have Korean firms invested in Vietnam?")
    assert result.answered and "1.2 billion" in result.text, result.text
