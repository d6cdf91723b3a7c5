"""Phone-typed and everyday-worded questions over a short story: an event asked at a wrong date,
shorthand, paraphrased verbs and nouns."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_PORT = """| 3 March 2025, Monday |

Estonian port opens new grain terminal as exports climb

In January, a new grain terminal was put into operation at the port of Muuga, with a ship carrying 30,000 tonnes of wheat leaving for Egypt to mark the opening.

Estonia's grain exports rose 14% in February from a year earlier to 210,000 tonnes, the farm ministry said on Monday.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("Was the Muuga grain terminal launched in May?", "No, in January"),
    ("Was the Muuga grain terminal launched in January?", "Yes"),
    ("Did grain exports rise in May?", None),  # February's rise says nothing of May's
])
def test_an_event_asked_at_another_date_is_a_no(question: str, expected: str | None) -> None:
    expect(answered(_PORT, question), expected)


_FORUM = """| 3 March 2025, Monday |

In northeast Poland, Lithuanian and Polish firms sign farm deals

The conference in Bialystok was attended by local officials, bankers and almost 300 Lithuanian enterprises hoping to enter the Polish market.

Poland's western provinces of Lubusz and Opole trade mostly with Germany, the statistics office said.

Northeast Poland – comprising the provinces of Podlaskie and Warmia-Masuria – has gained new importance as a trade route.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("hw many lithuanian enterprises at the bialystok conf", "300"),
    ("ne poland provinces", "Podlaskie"),
])
def test_phone_shorthand_for_conference_and_northeast(question: str, expected: str | None) -> None:
    expect(answered(_FORUM, question), expected)


_SUMMIT = """| 3 March 2025, Monday |

Baltic firms sign deals at Alytus summit

The summit in Alytus, the capital of Dzukija region, drew 120 companies from Latvia and Estonia.

In January, a new rail freight terminal was put into operation in Kaunas, the city council said.

Lithuania's banks raised fresh capital of 300 million euros last year, the central bank said.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("dzukija capital", "Alytus ("),  # its capital city, no capital raised
    ("kaunas freight terminal opening date", "January 2025"),
])
def test_a_bare_phrase_asks_a_capital_city_or_a_date(question: str, expected: str | None) -> None:
    expect(answered(_SUMMIT, question), expected)


_GATHERING = """| 3 March 2025, Monday |

Latvian and Estonian firms meet in Riga

The forum was attended by Latvian regional officials, bank chiefs, and about 200 Estonian enterprises hoping to enter the Latvian market.

In February, a new ferry route was opened between Riga and Tallinn, the port authority said.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("Apart from the Estonian businesses, who else turned up at the Riga get-together?", "bank chiefs"),
    ("who else was at the forum", "bank chiefs"),  # someone more: no word "else" to find
    ("who showed up at the get-together?", "bank chiefs"),
    ("who was at the forum", "bank chiefs"),  # was at a gathering: attended it
])
def test_who_else_came_to_a_get_together(question: str, expected: str | None) -> None:
    expect(answered(_GATHERING, question), expected)


_MEDIA = """| 3 March 2025, Monday |

Latvian and Estonian firms ink ferry deals

Latvian and Estonian shipping companies signed a series of agreements on ferry links and port services, according to Latvian state media.

Traffic between Riga and Tallinn rose 6% last year, the port authority said.
"""


def test_an_outlet_that_said_it_is_the_media() -> None:
    # the outlet named first, as an answer to who, not a quote that ends with it
    reply = answered(_MEDIA, "Which outlets said the companies had inked the agreements?")
    assert reply.answered and reply.text.startswith("Latvian state media"), reply.text
