"""Rules met on wave o2's failures, each a general rule over a small made-up story."""

from __future__ import annotations

from handlers.query import parse_query
from tests.handlers.stories import answered, expect, stored

_FORUM = """| 3 March 2025, Monday |

Kenya signs deals with Indian firms at Nairobi forum

NAIROBI, March 3 (Reuters) - A total of 38 agreements were signed at the two-day Kenya-India Business Forum, Trade Minister Rebecca Miano said.

She said 22 of the documents were binding supply contracts and the rest were memorandums of understanding.
"""


def test_a_plural_acronym_with_an_inner_o_spells_a_phrase_with_of() -> None:
    query = parse_query("how many MoUs were signed", stored(_FORUM))
    assert {"memorandums", "understanding"} <= {t.word for t in query.terms}


def test_the_rest_of_a_whole_the_question_names_when_the_part_calls_it_otherwise() -> None:
    reply = answered(_FORUM, "how many of the agreements were just MoUs")
    expect(reply, "16")


_SECTORS = """| 3 March 2025, Monday |

Ghana signs $3 billion of deals with Turkish firms

ACCRA, March 3 (Reuters) - Ghana signed deals worth $3 billion with Turkish companies, covering gold mining, cement and railways, the government said.

Other agreements covered fisheries, tourism and hospitals, the ministry said.
"""


def test_a_list_left_out_at_the_end_of_the_question_is_no_word_to_find() -> None:
    reply = answered(_SECTORS, "what other sectors did the deals cover besides gold cement and railways")
    expect(reply, "fisheries")


def test_most_of_a_whole_weighs_the_part_counted_against_the_whole_before() -> None:
    reply = answered(_FORUM, "were most of the agreements binding contracts?")
    expect(reply, "22")
    assert reply.text.startswith("Yes")
    reply = answered(_FORUM, "were most of the agreements memorandums of understanding?")
    expect(reply, "16 of 38")
    assert reply.text.startswith("No")


_MINISTER = """| 3 March 2025, Monday |

Peru signs mining deals with Chinese firms

LIMA, March 3 (Reuters) - Peru signed 12 mining agreements with Chinese companies on Monday, Energy and Mines Minister Jorge Montero told reporters.

Finance Minister Raul Perez, a former central banker, said the deals would lift exports.
"""


def test_a_post_held_before_the_one_named_is_told_only_by_a_sentence_saying_so() -> None:
    expect(answered(_MINISTER, "what was jorge montero's job before he became minister"), None)
    expect(answered(_MINISTER, "what was raul perez's job before he became minister"), "central banker")


_COAL = """| 3 March 2025, Monday |

Pakistan's coal imports climb

KARACHI, March 3 (Reuters) - Pakistan imported 9.2 million tonnes of coal last year, up 14% from 2023, as new power plants came online.
"""


def test_a_country_code_typed_low_before_a_noun_names_the_country() -> None:
    reply = answered(_COAL, "did pk coal imports go up last yr")
    expect(reply, "14%")
    assert reply.text.startswith("Yes")


_PORT = """| 3 March 2025, Monday |

Kenya's new Lamu port to open in June

NAIROBI, March 3 (Reuters) - The port of Lamu will open in June, handling 1.2 million tonnes of cargo a year, the ports authority said.

Besides tea, which accounts for 30% of export earnings, the authority expects the port to serve exporters of coffee, cut flowers and avocados.
"""


def test_what_doers_of_a_measure_asks_them_named_not_an_amount() -> None:
    query = parse_query("what exporters will the port serve", stored(_PORT))
    assert query.intent == "what"
    expect(answered(_PORT, "apart from tea what exporters will the port serve"), "cut flowers")


def test_what_someone_said_about_costs_is_no_cost_asked() -> None:
    story = _PORT + "\nHe said the port could cut shipping costs by about 20%.\n"
    expect(answered(story, "what did he say about shipping costs?"), "20%")
