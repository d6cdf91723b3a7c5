"""Yes-no questions asking whether a city lies in a country, over a small made-up story: the
gazetteer's country of the city decides, said with the article's sentence naming it."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_PORT = """| 5 June 2024, Wednesday |

Mongolian coal reaches Chinese mills through a Russian port

Mongolian coal miner Tavan Gol shipped 80,000 tonnes of coking coal through Vladivostok, the biggest port in the Russian Far East, in May, the company said on Tuesday.

The cargo went on to steel mills in Tianjin, China's third-largest port city, and cost about $140 a tonne delivered.

Rail freight to the port rose 12% in the first five months of the year.
"""


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("is vladivostok in china", "No, Vladivostok is in Russia."),
        ("is vladivostok part of russia?", "Yes."),
        ("is tianjin located in china", "Yes."),
        ("is tianjin in russia", "No, Tianjin is in China."),
    ],
)
def test_a_city_asked_to_lie_in_a_country_is_answered_by_its_country(question: str, verdict: str) -> None:
    reply = answered(_PORT, question)
    assert reply.text.startswith(verdict), reply.text
    expect(reply, question.split()[1].capitalize())
