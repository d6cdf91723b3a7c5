"""Questions the article cannot answer, each met by a general rule over a small story: the bot
says it does not know rather than answering a different thing."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_COPPER = """| 3 March 2025, Monday |

Copper miner ships more through Romania

The company sent 4,350 containers through Constanta in the first nine months, up from 3,100 a year earlier.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("how many containers did they ship via constanta", "4,350"),
    # a name English writes only capitalised, typed in lower case: another route, not the article's
    ("how many containers did they ship via thessaloniki", None),
])
def test_a_route_named_in_lower_case_is_a_name(question: str, expected: str | None) -> None:
    expect(answered(_COPPER, question), expected)


_PORT = """| 3 March 2025, Monday |

Acme Port opens new terminal

TBILISI, March 3 (Reuters) - Acme Port opened a new terminal on Monday, officials said.

Speaking alongside Nino Beridze at the ceremony, John Smith, chief executive of Acme Port, said the terminal would handle 2 million tonnes a year and create 500 jobs.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("what is john smith's job", "chief executive of Acme Port"),
    ("whats smith's role?", "chief executive"),
    # named beside others, never given a post: "500 jobs" is no job of hers
    ("what is nino beridze's job", None),
])
def test_a_persons_job_is_the_role_the_article_gives(question: str, expected: str | None) -> None:
    expect(answered(_PORT, question), expected)


_PLANTS = """| 3 March 2025, Monday |

China approves more Brazilian meat plants

China approved 38 more Brazilian meat plants for export, the ministry said on Monday.

"This is the largest batch of approvals China has ever granted to Brazil," Albuquerque said, adding that most of the plants are in the southern states of Santa Catarina, Parana and Rio Grande do Sul.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("what's the situation at the plants?", "38"),
    # the thing asked is nowhere in the article, however well a sentence names the place
    ("whats the weather in rio tmrw", None),
])
def test_a_thing_asked_the_article_never_mentions_is_not_told(question: str, expected: str | None) -> None:
    expect(answered(_PLANTS, question), expected)
