"""Fresh phrasings met on the bundled article's blind sets, each kept as a general rule over a small story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_PORTS = """| 3 March 2025, Monday |

Kazakh and Turkish firms sign rail and port deals

Kazakh and Turkish companies meeting at a trade fair in Almaty signed agreements covering rail freight and port services, the organisers said on Monday.

Aktau should become a major gateway for Kazakhstan's trade in the west, President Kassym-Jomart Tokayev said in February.

Kazakhstan's trade with Turkey rose 8% last year to $6.4 billion, customs data showed.

The two governments agreed in January to lift annual trade to $10 billion by 2030.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # what was agreed is the agreements signed
    ("so what did the companies actually agree on?", "rail freight"),
    # "lately" only says now, as "recently" does
    ("whats new with kazakhstan turkey trade lately", "6.4 billion"),
    # a door is a gateway; westward is in the west
    ("who said aktau should be a big door westward", "Tokayev"),
    ("who said aktau is key westward", "Tokayev"),
    ("when were the agreements signed?", "Monday"),  # signed agreements are not the governments' "agreed"
])
def test_everyday_paraphrases(question: str, expected: str | None) -> None:
    expect(answered(_PORTS, question), expected)



_TALKS = """| 3 March 2025, Monday |

Polish and Lithuanian ministers meet in Vilnius

The talks in Vilnius follow a meeting between Polish Prime Minister Donald Tusk and Lithuanian Prime Minister Inga Ruginiene last month in Warsaw.

Freight companies from both countries signed 9 agreements on rail links at the forum, the Lithuanian economy ministry said.
"""


def test_what_named_people_agreed_is_not_what_others_signed() -> None:
    expect(answered(_TALKS, "what did tusk and ruginiene agree on?"), None)
    expect(answered(_TALKS, "what did the freight companies agree on?"), "9 agreements")


_ROUTE = """| 3 March 2025, Monday |

Kazakhstan opens new grain route to Europe

In May, the transport ministry said the Kostanay region would be able to use Baku, the biggest port on the Caspian Sea, to ship grain to Poti in Georgia from June, cutting costs and transit time for grain bound for Europe.

Kazakhstan's grain exports rose 12% last year to 11 million tonnes, the agriculture ministry said.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # the gain a deed is done for is why it is done
    ("whats the upside of routing kostanay grain thru baku", "cutting costs"),
    ("what's the advantage of using baku for kostanay?", "cutting costs"),
    ("why would kostanay bother shipping through baku, what's the upside", "cutting costs"),
    ("what's the benefit of raising grain exports?", None),  # no reason given
])
def test_the_upside_of_a_deed_is_why_it_is_done(question: str, expected: str | None) -> None:
    expect(answered(_ROUTE, question), expected)


_CASPIAN = """| 3 March 2025, Monday |

Caspian ports draw new cargo

Kazakhstan has urged investment in its ports, with the Caspian coast – home to Aktau and Kuryk – gaining new strategic significance as a corridor for trade between China and Europe.

Cargo through Aktau rose 9% last year to 6.1 million tonnes, the port said.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # coming to be more so only frames the quality asked
    ("what is the caspian coast becoming more important as?", "corridor for trade"),
    ("what is kazakhstan becoming more important as?", "corridor for trade"),
    ("what is kazakhstan becoming more crowded as?", None),  # the quality is still asked
])
def test_what_a_place_is_becoming_more(question: str, expected: str | None) -> None:
    expect(answered(_CASPIAN, question), expected)


_AKTAU = """| 3 March 2025, Monday |

Kazakh grain flows west

In May, the transport ministry said Kostanay would be able to use Aktau, the biggest port on Kazakhstan's Caspian coast, to ship grain to Baku from June.

Kazakhstan's grain exports rose 12% last year to 11 million tonnes, the agriculture ministry said.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # a part of a country asked is where in it a place lies
    ("aktau - which part of kazakhstan is that in?", "Caspian coast"),
    ("aktau is in which part of kazakhstan", "Caspian coast"),
    ("what part of kazakhstan's grain exports went to baku?", None),  # a share, not a place
])
def test_which_part_of_a_country(question: str, expected: str | None) -> None:
    expect(answered(_AKTAU, question), expected)


_TERMINAL = """| 3 March 2025, Monday |

Kazakhstan expands Caspian links

In April, a new grain terminal for Caspian ferries was commissioned in Aktau, with a ship carrying 40 containers leaving for Baku to mark the terminal's launch.

Kazakhstan's grain exports rose 12% last year to 11 million tonnes, the agriculture ministry said.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # the thing done to is the subject of the sentence's own passive, not a later noun of the deed
    ("what was opened in aktau in april?", "grain terminal"),
    ("what was launched in aktau?", "grain terminal"),
])
def test_what_was_done_is_the_passive_subject(question: str, expected: str | None) -> None:
    expect(answered(_TERMINAL, question), expected)
