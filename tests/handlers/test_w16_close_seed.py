"""Short phone questions on the bundled article's kind of story, each kept as a general rule
over a small made-up article."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_FORUM = """| 3 March 2025, Monday |

Kazakh and Chinese firms sign deals at Almaty forum

The forum in Almaty follows talks between Kazakh President Kassym-Jomart Tokayev and Chinese Premier Li Qiang last month in Astana. The forum was attended by Chinese provincial officials, bank chiefs, and about 300 Kazakh companies hoping to enter the Chinese market.
"""


@pytest.mark.parametrize("question", [
    "who came from the chinese side",
    "who came from the chinese side to the almaty forum",
    "who went from the chinese side to the forum?",
])
def test_who_came_from_a_side_attended(question: str) -> None:
    expect(answered(_FORUM, question), "bank chiefs")


_PORT = """| 3 March 2025, Monday |

Mongolia to ship coal through Russian port

In April, officials said landlocked Mongolia would be able to use Nakhodka, a large port in the Russian Far East, to ship coal to Busan in South Korea, cutting freight costs for Mongolian miners.
"""


def test_a_route_named_by_its_one_place_is_the_use_of_the_place() -> None:
    # "the Nakhodka route" is using Nakhodka; what the use does is asked, not the word "route"
    expect(answered(_PORT, "how does the nakhodka route help mongolia"), "cutting freight costs")


@pytest.mark.parametrize(("question", "expected"), [
    ("how many south korean cities will get mongolian coal via nakhodka", None),
    ("how many korean destinations for mongolian coal", None),
])
def test_places_listed_in_another_place_count_only_for_that_place(question: str, expected: str | None) -> None:
    # one city (Busan) is no list; and a place not named as holding the list counts nothing
    expect(answered(_PORT, question), expected)


_PORTS = """| 3 March 2025, Monday |

Mongolia to ship coal through Russian port

In April, officials said landlocked Mongolia would be able to use Nakhodka, a large port in the Russian Far East, to ship coal to Busan, Ulsan and Pohang in South Korea from May, cutting freight costs for Mongolian miners.
"""


@pytest.mark.parametrize("question", [
    "how many south korean cities will get mongolian coal via nakhodka",
    "how many south korean ports get mongolian coal",
])
def test_places_listed_in_the_place_asked_are_counted(question: str) -> None:
    expect(answered(_PORTS, question), "Three: Busan, Ulsan and Pohang")



_HUB = """| 3 March 2025, Monday |

Mongolia eyes Inner Mongolia trade

Inner Mongolia should also become a “pivotal” hub for trade with Mongolia, Chinese Premier Li Qiang declared in May, saying the region ought to play an active role in energy security.

Trade through the region rose 12% last year.
"""


@pytest.mark.parametrize("question", ["who called imar pivotal", "who called im pivotal?", "who called inner mongolia a pivotal hub"])
def test_who_called_a_name_a_bare_word_is_who_declared_it(question: str) -> None:
    # a shorthand the article never writes, then what it was called: what the speaker declared
    expect(answered(_HUB, question), "Li Qiang")
