"""The bundled article's unseen phrasings: the same kinds of question on any article."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_FIRMS = """| 3 March 2025, Monday |

Kazakh firms flock to Xinjiang

Officials in Urumqi, the capital of Xinjiang region, welcomed a trade delegation on Monday.

In January to September, 35 Kazakh firms set up businesses in Xinjiang, state television reported.
"""


def test_place_kind_after_its_name_is_no_word_to_find() -> None:
    # "Xinjiang region": the article names the place bare where it gives the figure.
    expect(answered(_FIRMS, "how many kazakh firms set up in xinjiang region"), "35")
