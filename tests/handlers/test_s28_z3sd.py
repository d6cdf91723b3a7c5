"""Rules met on the bundled article's question sets (session 28), each a general rule over a
small made-up story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_PORT = """| 3 March 2025, Monday |

Kenya courts Gulf shippers at Lamu

The port of Lamu should become a “strategic” hub for trade with the Gulf, President Ruto said in May, urging lenders to back a second berth.

Cargo through Lamu rose 12% last year to 1.4 million tonnes, the ports authority said.
"""


@pytest.mark.parametrize("question", ["what adjective did ruto use for the hub role", "what word did the president use for the kind of hub lamu should be"])
def test_a_word_asked_for_is_the_one_the_sentence_quotes(question: str) -> None:
    reply = answered(_PORT, question)
    assert reply.answered and reply.text.startswith("“strategic”"), reply.text



_WAR = """| 3 March 2025, Monday |

Grain ships return to Odesa

Exporters have sought new buyers in Asia after Russian forces invaded Ukraine last year, with Odesa gaining new importance.

In February, grain shipments through Odesa reached 4 million tonnes, the most since February 2024 when Russia began the war in Ukraine.
"""


def test_an_event_dated_otherwise_is_a_no_when_the_question_names_two_parties() -> None:
    reply = answered(_WAR, "did russia invade ukraine this year")
    assert reply.answered and reply.text.startswith("No, last year"), reply.text


def test_a_when_clause_dates_its_own_event_not_the_sentences_month() -> None:
    expect(answered(_WAR, "what did russia kick off in feb 2024"), "war in Ukraine")


_FAIR = """| 3 March 2025, Monday |

Kenyan buyers flock to Nairobi trade fair

The fair was attended by local officials, bankers, and almost 800 Kenyan importers hoping to find Chinese suppliers.

About 1,200 Chinese exhibitors took part, up from 950 last year, the organisers said.
"""


@pytest.mark.parametrize("question", ["did over a thousand kenyan importers go to the fair", "did more than a thousand kenyan importers attend the fair"])
def test_a_threshold_in_words_is_a_number_compared(question: str) -> None:
    reply = answered(_FAIR, question)
    assert reply.answered and reply.text.startswith("No"), reply.text



_PROVINCES = """| 4 March 2025, Tuesday |

Lao fruit heads north

Laos shipped 310,000 tonnes of bananas to China in 2024, with southwest China – comprising the provinces of Yunnan, Guizhou and Sichuan – taking most of it, the ministry said.

Fruit trains from Vientiane now reach Guizhou in two days, the railway said.
"""


@pytest.mark.parametrize("question", ["is guizhou in laos", "is guizhou part of laos"])
def test_a_place_the_story_puts_in_another_nation_is_no_part_of_the_one_asked(question: str) -> None:
    reply = answered(_PROVINCES, question)
    assert reply.text.startswith("No, Guizhou is in China."), reply.text
