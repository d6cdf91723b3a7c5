"""Why / how and yes / no, met on the sixteenth session's blind sets: each kept as a general
rule over a small story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered

_WOOL = """| 4 March 2025, Tuesday |

Mongolian wool exports to China climb

Mongolia exported 41,000 tonnes of wool to China in 2024, up 12% from a year earlier, customs data showed.

Cashmere made up most of the wool shipments, with camel wool accounting for most of the rest.

India is now the second-largest buyer of Mongolian wool after China, up from fifth place in 2021.

Most of the wool crosses at Zamyn-Uud, where wool must be reloaded onto Indian and Chinese trucks.

The government in January opened the country's main herding provinces to Indian buyers of wool.

"Indian demand for fine wool is growing fast, and most of it goes by rail," said an analyst in Ulaanbaatar.
"""


@pytest.mark.parametrize(("question", "verdict"), [
    # "main herding provinces ... Indian buyers" echoes "top buyer" and names India: the ranking says no
    ("Is India the top buyer of Mongolian wool?", "No."),
    # "second-largest after China": the one named after the rank holds the place above
    ("Is China the biggest buyer of Mongolian wool?", "Yes."),
])
def test_a_rank_below_the_top_answers_who_is_on_top(question: str, verdict: str) -> None:
    reply = answered(_WOOL, question)
    assert reply.answered and reply.text.startswith(verdict) and "second-largest" in reply.text, reply.text


_ROUTES = """| 4 March 2025, Tuesday |

Mongolian coal finds a new route

Coal from the Tavan Tolgoi mine now crosses into China by rail at Gashuun Sukhait as well as by truck at Shiveekhuren.

Freight via Gashuun Sukhait costs about $12 a tonne, compared with $19 via Shiveekhuren, a trader said.

Gashuun Sukhait handled 9.4 million tonnes in 2024, against 12.1 million tonnes at Shiveekhuren.
"""


@pytest.mark.parametrize(("question", "verdict"), [
    ("is hauling via gashuun sukhait cheaper than trucking through shiveekhuren?", "Yes."),
    ("is shiveekhuren cheaper than gashuun sukhait?", "No."),
    ("did gashuun sukhait handle more coal than shiveekhuren", "No."),
    ("did gashuun sukhait handle less coal than shiveekhuren", "Yes."),
])
def test_two_named_amounts_in_one_sentence_answer_which_is_more(question: str, verdict: str) -> None:
    reply = answered(_ROUTES, question)
    assert reply.answered and reply.text.startswith(verdict), reply.text
