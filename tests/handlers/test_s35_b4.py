"""Questions on the bundled article that failed in the 35th session's wave b4, each a general rule
over a small made-up story."""

from __future__ import annotations

from handlers.query import parse_query
from tests.handlers.stories import answered, expect, stored

_TRADE = """| 4 November 2024, Monday |

Kazakh and Chinese firms sign deals at Urumqi fair

Kazakh and Chinese companies attending a trade fair in Urumqi signed dozens of agreements, state media said. The fair follows talks between the two presidents last month in Beijing.

Kazakhstan has urged increased rail connectivity with China and deeper economic cooperation despite disapproval from the West.

Hebei's outbound shipments to Kazakhstan rose 41.5% in the first nine months from a year earlier to 12.30 billion yuan ($1.68 billion).

In October, bilateral trade between Kazakhstan and China rose to $3.2 billion, customs data showed.
"""


def test_selling_to_a_place_a_few_words_on_is_exporting_there() -> None:
    expect(answered(_TRADE, "hebei sold how much to kazakhstan in renminbi terms"), "12.30 billion yuan")


def test_both_before_the_currencies_asked_is_no_word_to_find() -> None:
    query = parse_query("give me hebei's kazakhstan export total both in yuan n dollars", stored(_TRADE))
    assert not any(t.required for t in query.terms if t.word == "both")
    expect(answered(_TRADE, "give me hebei's kazakhstan export total both in yuan n dollars"), "12.30 billion yuan")


def test_converted_to_a_currency_is_no_word_to_find() -> None:
    query = parse_query("that hebei export total converted to dollars?", stored(_TRADE))
    assert not any(t.required for t in query.terms if t.word == "converted")
    expect(answered(_TRADE, "that hebei export total converted to dollars?"), "$1.68 billion")


def test_a_count_of_quarters_is_a_span_no_word_to_find() -> None:
    query = parse_query("growth % for hebei exports to kazakhstan, 3 quarters", stored(_TRADE))
    assert not any(t.required for t in query.terms if t.word == "quarters")
    expect(answered(_TRADE, "growth % for hebei exports to kazakhstan, 3 quarters"), "41.5%")


def test_three_quarters_of_a_thing_is_still_asked() -> None:
    query = parse_query("what were three quarters of the shipments worth", stored(_TRADE))
    assert any(t.required for t in query.terms if t.word == "quarters")


def test_two_capitals_before_trade_are_their_countries() -> None:
    query = parse_query("whats the dollar value of two-way astana beijing trade in october", stored(_TRADE))
    assert set(query.entity_keys) == {"kazakhstan", "china"} and not query.unknown_names
    expect(answered(_TRADE, "whats the dollar value of two-way astana beijing trade in october"), "$3.2 billion")


def test_signing_off_is_approving_which_disapproval_answers_no() -> None:
    reply = answered(_TRADE, "did the west sign off on kazakhstan's deeper cooperation with china")
    expect(reply, "disapproval")
    assert reply.text.startswith("No")


def test_more_of_a_thing_wished_is_its_increase() -> None:
    query = parse_query("what does kazakhstan want more of with china", stored(_TRADE))
    assert any("rise" in t.keys for t in query.terms if t.word == "more")
    expect(answered(_TRADE, "what does kazakhstan want more of with china"), "connectivity")


def test_per_article_without_its_the_is_the_article_as_source() -> None:
    query = parse_query("why does the west disapprove of kazakhstan-china ties per article", stored(_TRADE))
    assert query.intent == "why" and "article" not in query.text


_PORT = """| 2 December 2024, Monday |

Mongolian and Chinese firms sign deals at Tianjin fair

Mongolian and Chinese companies attending a trade fair in Tianjin signed dozens of agreements, state media said.

The fair in Tianjin, the biggest port city in northern China, follows a meeting between the two presidents last week in Ulaanbaatar.

In April, Chinese customs said the landlocked province of Gansu would be able to use Tianjin port to ship goods to Ningbo from July, cutting costs for Gansu cargo.
"""


def test_a_start_after_the_month_asked_answers_no_with_the_start() -> None:
    reply = answered(_PORT, "could gansu start using tianjin port in april")
    expect(reply, "July")
    assert reply.text.startswith("No")


def test_straight_away_is_no_word_to_find() -> None:
    query = parse_query("could gansu use the port straight away in april", stored(_PORT))
    assert not any(t.required for t in query.terms if t.word in ("straight", "away"))


def test_a_seaport_of_its_own_is_what_landlocked_says_no_to() -> None:
    reply = answered(_PORT, "gansu has its own seaport right?")
    expect(reply, "landlocked")
    assert reply.text.startswith("No")


def test_why_not_by_sea_is_the_state_opposite_to_it() -> None:
    expect(answered(_PORT, "why cant gansu just ship stuff out by sea itself"), "Gansu is landlocked")


def test_once_before_a_participle_opens_a_clause_no_kind_of_it() -> None:
    query = parse_query("where r gansu goods headed once shipped out of tianjin", stored(_PORT))
    assert not query.unknown_names
    expect(answered(_PORT, "where r gansu goods headed once shipped out of tianjin"), "Ningbo")


def test_a_meeting_set_before_another_gathering_is_placed_after_its_own_word() -> None:
    expect(answered(_PORT, "in which city did the two presidents meet before the fair"), "Ulaanbaatar.")


def test_relative_to_this_piece_is_the_article_as_source() -> None:
    query = parse_query("presidents meeting was when relative to this piece", stored(_PORT))
    assert query.intent == "when" and "piece" not in query.text


def test_how_long_before_another_event_asks_the_date() -> None:
    query = parse_query("how long before the tianjin fair did the presidents meet", stored(_PORT))
    assert query.intent == "when" and "tianjin" not in query.entity_keys
    expect(answered(_PORT, "how long before the tianjin fair did the presidents meet"), "Last week")


def test_names_of_a_kind_asks_which_and_none_named_is_no_answer() -> None:
    query = parse_query("names of the kazakh companies that signed agreements", stored(_TRADE))
    assert query.text.startswith("which ")
    expect(answered(_TRADE, "names of the kazakh companies that signed agreements"), None)


def test_the_source_of_the_news_about_a_thing_is_who_reported_it() -> None:
    expect(answered(_TRADE, "whos the source for the news about the agreements being signed"), "state media")
    expect(answered(_TRADE, "whos the source saying all these agreements got signed"), "state media")


def test_a_question_words_did_run_on_is_spelt_out() -> None:
    assert parse_query("why'd hebei ship more to kazakhstan", stored(_TRADE)).text.startswith("why did ")


def test_a_bare_period_noun_opening_a_clause_asks_which() -> None:
    query = parse_query("month customs announced the gansu port arrangement?", stored(_PORT))
    assert query.intent == "when"
    expect(answered(_PORT, "month customs announced the gansu port arrangement?"), "April")


def test_month_on_month_opening_asks_no_date() -> None:
    assert parse_query("month on month growth in hebei exports", stored(_TRADE)).intent != "when"


def test_an_equals_sign_between_words_is_is_and_wich_is_which() -> None:
    query = parse_query("tianjin = biggest port city of wich region", stored(_PORT))
    assert query.text == "tianjin is biggest port city of which region"
