"""Fresh phrasings met on the bundled article's sealed sets, each kept as a general rule over a small story: a capital the goods go to for its country."""

from __future__ import annotations

from pathlib import Path

import pytest

from handlers import Conversation, answer
from tests.handlers.stories import answered, expect, stored

_SEED = (Path(__file__).resolve().parents[2] / "knowledge" / "data" / "seed.txt").read_text(encoding="utf-8")

_GRAIN = """| 3 March 2025, Monday |

Kazakh grain exports to Russia climb

Kostanay region's grain exports to Russia rose 14% in January to February from a year earlier to 1.2 million tonnes, the regional government said on Monday.

Flights from Kostanay to Turkey will resume in May, the airport said.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("how much grain did kostanay export to moscow?", "1.2 million tonnes"),
    ("kostanay grain sales to moscow?", "1.2 million tonnes"),
    ("how many flights to moscow?", None),  # no goods go there: the city itself, never named
])
def test_a_capital_the_goods_go_to_stands_for_its_country(question: str, expected: str | None) -> None:
    expect(answered(_GRAIN, question), expected)


_PROVINCES = """| 3 March 2025, Monday |

Chinese provinces step up trade with Russia

The northeastern province of Heilongjiang saw its exports to Russia rise 12% in January to February from a year earlier to 9.6 billion yuan, customs data showed on Monday.

The southern province of Guangdong's imports from Japan fell 3% to 41.2 billion yuan, while 25 Russian firms set up offices in Harbin.

CN Rail, the freight operator, said its chief executive, Wang Lei, would retire in May.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # a place's first letter and those beginning its later syllables, as people shorten provinces
    ("HLJ exports to russia?", "9.6 billion yuan"),
    ("how much did GD import from japan", "41.2 billion yuan"),
    # two-letter country codes
    ("how many RU firms set up offices in harbin", "25"),
    ("what did HLJ export to RU", "9.6 billion yuan"),
    ("JP exports to guangdong?", None),  # the other direction
    ("GM sales?", None),  # letters that shorten no place of the story: a name it never gives
])
def test_places_and_countries_by_their_letters(question: str, expected: str | None) -> None:
    expect(answered(_PROVINCES, question), expected)


def test_letters_the_article_writes_itself_are_its_own_name() -> None:
    # "CN" is a railway here, not China: its chief executive, not one of China's
    expect(answered(_PROVINCES, "who is CN's chief executive?"), "Wang Lei")


@pytest.mark.parametrize(("question", "expected"), [
    ("total value of the stuff heilongjiang sold to russia?", "9.6 billion yuan"),  # "stuff": goods, no topic word
    ("total value of the stuff harbin sold to russia?", None),
])
def test_stuff_is_no_word_to_find(question: str, expected: str | None) -> None:
    expect(answered(_PROVINCES, question), expected)


@pytest.mark.parametrize(("question", "expected"), [
    # chat after the question is no word to find
    ("liaoning's exports to russia, how many yuan are we talking", "42.64 billion yuan"),
    ("what sectors do the deals cover? list them", "agriculture"),
    ("jilin's exports to russia, how many yuan are we talking", None),
])
def test_chat_closing_a_question_is_no_word_of_it(question: str, expected: str | None) -> None:
    expect(answered(_SEED, question), expected)


_FAIR = """| 3 March 2025, Monday |

Vietnamese firms flock to Kunming trade fair

The fair in Kunming was attended by about 300 Vietnamese companies hoping to enter the Chinese market, organisers said on Monday.

Some 40 Thai firms attended to buy machinery.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("how many vietnamese firms looking to break into china went to the fair?", "300"),
    ("how many vietnamese cos trying to get into the chinese market came?", "300"),
    ("how many thai firms looking to break into china went to the fair?", None),  # they came to buy
])
def test_looking_to_break_into_a_market_is_hoping_to_enter_it(question: str, expected: str | None) -> None:
    expect(answered(_FAIR, question), expected)


@pytest.mark.parametrize(("question", "expected"), [
    ("vietnamese companies at the fair: how many attended?", "300"),  # the thing counted left unsaid
    ("I saw something about Vietnamese firms at the Kunming fair. how many went there?", "300"),
    ("how many registered voters?", None),  # a verb's form before a noun qualifies it
])
def test_how_many_before_a_verb_counts_what_came_before(question: str, expected: str | None) -> None:
    expect(answered(_FAIR, question), expected)


@pytest.mark.parametrize(("question", "expected"), [
    ("I saw something about Russian businesses moving into Liaoning this year. How many registered there so far?", "40"),
    ("I read something about Liaoning's exports to russia. how much in dollars?", "$5.83 billion"),
    ("I read something about Jilin's exports to russia. how much in dollars?", None),
])
def test_what_one_saw_before_a_question_is_no_word_of_it(question: str, expected: str | None) -> None:
    expect(answered(_SEED, question), expected)


_LANDLOCKED = """| 3 March 2025, Monday |

Bolivia to ship soy through Chilean port

The landlocked country of Bolivia will be able to ship soybeans through the Chilean port of Arica from June, officials said on Monday.

Peru's exports of fishmeal rose 8% to 1.1 million tonnes.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("which country has no sea coast?", "Bolivia"),
    ("which country lacks a coastline", "Bolivia"),
    ("is bolivia a coastal country?", "No"),
    ("does peru have no coast?", None),  # the story never says
])
def test_no_coast_is_landlocked(question: str, expected: str | None) -> None:
    expect(answered(_LANDLOCKED, question), expected)


_CAPITAL = """| 3 March 2025, Monday |

Sichuan opens rail freight hub

A new rail freight hub opened in Chengdu, the capital of Sichuan province, in January, officials said on Monday.

Some 35 German firms set up offices in Sichuan last year, while 12 French firms set up offices in Chengdu.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("when did the rail hub in sichuan's capital open?", "January"),
    ("when did the freight hub in the capital of sichuan open", "January"),
    ("how many german firms set up offices in chengdu's province?", "35"),
    ("how many french firms set up offices in sichuan's capital?", "12"),
    ("how many german firms set up offices in yunnan's capital?", None),  # no such capital given
])
def test_a_place_named_by_the_capital_of_relation(question: str, expected: str | None) -> None:
    expect(answered(_CAPITAL, question), expected)


@pytest.mark.parametrize(("question", "expected"), [
    ("give me the gist of the HLJ part", "9.6 billion yuan"),  # a topic named by its letters, as written
    ("anything on GD?", "41.2 billion yuan"),
    ("anything on YN?", None),
])
def test_a_topic_named_by_its_letters(question: str, expected: str | None) -> None:
    expect(answered(_PROVINCES, question), expected)


@pytest.mark.parametrize(("question", "expected"), [
    # a measure asked in a currency asks its figure, however long the question: the period must be the one given
    ("heilongjiang's exports to russia in january to february, in yuan?", "9.6 billion yuan"),
    ("heilongjiang's exports to russia in february alone, in yuan?", None),
    ("heilongjiang's exports to russia during march, in yuan please", None),
])
def test_a_measure_asked_in_a_currency_asks_its_figure(question: str, expected: str | None) -> None:
    expect(answered(_PROVINCES, question), expected)


_OUTPUT = """| 3 March 2025, Monday |

Polish steel output climbs

Poland's steel output rose 9% in February to 0.7 million tonnes, the highest since March 2021, the steel association said on Monday.
"""


@pytest.mark.parametrize(("follow_up", "expected"), [
    ("record since when", "March 2021"),  # a record bounded by "since": the highest since
    ("a record high since when?", "March 2021"),
])
def test_a_record_since_is_the_highest_since(follow_up: str, expected: str | None) -> None:
    store, conversation = stored(_OUTPUT), Conversation()
    answer("polish steel output in feb?", store, conversation)
    expect(answer(follow_up, store, conversation), expected)


def test_an_amount_in_billions_beside_a_price_is_what_was_earned() -> None:
    # "earned $7.41 billion, up 57.3%, after robusta futures hit a record $5,840 a tonne": no price
    question = "how much money has vietnam made from coffee sales abroad so far this year"
    expect(answered("vn_coffee", question), "$7.41 billion")


@pytest.mark.parametrize(("question", "expected"), [
    ("chengdu is the capital of?", "Sichuan"),  # a blank to fill with a place
    ("name the german minister", None),  # nobody so titled
])
def test_a_place_blank_and_a_person_to_name(question: str, expected: str | None) -> None:
    expect(answered(_CAPITAL, question), expected)


def test_name_the_person_asks_who() -> None:
    expect(answered(_SEED, "name the russian leader mentioned in the story"), "Putin")


@pytest.mark.parametrize(("question", "expected"), [
    # a day asked within a month the story gives no day of: no wider span holding it answers
    ("which day in march did the hub open", None),
    ("when in 2023 did the hub open", "March"),
    ("sept trade highest since wen", "February 2022"),
])
def test_a_day_asked_within_a_month_is_no_wider_span(question: str, expected: str | None) -> None:
    expect(answered(_SEED, question), expected)
