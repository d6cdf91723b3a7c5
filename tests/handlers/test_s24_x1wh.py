"""What, which and how questions: the thing asked told in the article's own terms."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_MANGOES = """| 3 March 2025, Monday |

Ruritanian mango exports to Japan climb

Ruritania's mango exports to Japan rose 21% to 48,000 tonnes in the season, according to the growers' association, making Japan the third-largest market for Ruritanian mangoes after South Korea.

Wholesale prices for Ruritanian mangoes at Osaka's central fruit market averaged 2,400 yen a box last week.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("where does japan rank among buyers of ruritanian mangoes", "third-largest"),
    ("How does Japan rank as a market for Ruritanian mangoes?", "third-largest"),
])
def test_a_rank_asked_of_a_name_is_its_rank_not_a_place(question: str, expected: str) -> None:
    reply = answered(_MANGOES, question)
    expect(reply, expected)
    assert "Osaka" not in reply.text


_BERRIES = """| 3 March 2025, Monday |

Ruritanian blueberries find new buyers in Japan

Japan took 14% of the volume so far this season, up from 9% a year earlier, making it the second-largest destination for Ruritanian blueberries after Canada.

An agreement signed in Tokyo last week covers frozen blueberries as well.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("where does japan rank among ruritania's blueberry markets", "second-largest"),
    ("where does canada rank among ruritania's blueberry markets", "First"),
])
def test_a_rank_told_as_it_or_as_the_one_after_answers(question: str, expected: str) -> None:
    expect(answered(_BERRIES, question), expected)


_WINE = """| 3 March 2025, Monday |

Ruritanian wine sales to Japan climb

Ruritania shipped 2.1 million litres of wine to Japan in the first nine months, making Japan the third-largest market for Ruritanian wine after Canada and Norway.

The figures were released ahead of the Valmor Wine Week fair, where about 40 buyers from Japanese cities including Tokyo, Kobe and Nagoya are expected to buy more Ruritanian wine.
"""


def test_those_ranked_above_a_name_made_the_one_ranked_do_more() -> None:
    reply = answered(_WINE, "Which markets buy more Ruritanian wine than Japan does?")
    expect(reply, "Canada")
    assert "Norway" in reply.text and "Tokyo" not in reply.text


_TEA = """| 3 March 2025, Monday |

Japan opens to Ruritanian tea

Officials from the two countries signed a protocol in Tokyo that opens Japan to Ruritanian green tea.

Japan took 64% of Ruritania's tea exports by volume between January and September, up from 58% a year earlier, with Canada a distant second at 7%.
"""


def test_a_place_with_a_distant_second_share_is_the_second_buyer() -> None:
    expect(answered(_TEA, "which country is the no. 2 buyer of ruritanian tea"), "Canada")
