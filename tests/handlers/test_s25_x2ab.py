"""Questions the article does not answer, which the bot answered anyway, met on this session's
sets: each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_OLIVES = """| 3 March 2025, Monday |

Tunisian olive oil gains ground in China

Tunisia's olive oil exports to China rose 22% in the first nine months to 14,500 tonnes, customs data showed.

A weaker dinar, which has lost about 5% against the yuan this year, has made Tunisian olive oil cheaper on Chinese shelves, said Zhang Hui, general manager of Shanghai-based importer Golden Grove Trading.
"""


def test_a_word_only_in_the_closing_speakers_description_is_not_what_a_figure_measures() -> None:
    # "importer" names the speaker's firm: no import the sentence reports
    expect(answered(_OLIVES, "How much Chinese olive oil does Tunisia import?"), None)


def test_the_sentence_before_the_speakers_description_still_answers() -> None:
    expect(answered(_OLIVES, "How much has the dinar lost against the yuan?"), "5%")
