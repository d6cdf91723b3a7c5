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


_SUMMIT = """| 3 March 2025, Monday |

Kazakh and Chinese firms sign deals at Urumqi summit

Kazakh and Chinese companies signed 60 cooperation agreements at a summit in Urumqi, state media said.

The deals drew criticism from the West, which has urged Central Asian states to limit trade with Russia.

Exports from Xinjiang to Kazakhstan rose 12% in the first nine months.
"""


def test_main_points_laid_out_as_bullets_is_the_summary() -> None:
    # "in a few bullets" only says how to lay the main points out.
    expect(answered(_SUMMIT, "give me the main points in a few bullets"), "60 cooperation agreements")


def test_happened_with_a_dropped_vowel() -> None:
    expect(answered(_SUMMIT, "so what actually happend in urumqi"), "60 cooperation agreements")


def test_how_someone_feels_is_what_the_article_says_of_them() -> None:
    # "how the west feels": the article words the stance its own way ("criticism from the West").
    expect(answered(_SUMMIT, "does it mention how the west feels about all this"), "criticism from the West")
