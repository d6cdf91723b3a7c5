"""Behaviour of the answering function over the seed and the fixture articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluate import evaluate
from handlers import Answer, Conversation, Conversations, answer
from handlers.query import parse_query
from handlers.evidence import gather
from handlers.suggest import example_questions
from knowledge.store import Store

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT.parent / "shared" / "eval" / "dev_questions.yaml"
FIXTURE_EVALS = sorted((ROOT / "tests" / "fixtures" / "eval").glob("*.yaml"))
# Floors under today's scores on our own held-out-style sets: a change that loses ground fails.
FLOORS = {
    "brazil_soy": 96.0, "eu_energy": 94.0, "india_harvest": 100.0, "japan_trade": 100.0,
    "mining_deal": 90.0, "tech_earnings": 97.0, "uk_economy": 94.0, "seed_paraphrases": 98.0,
    "seed_nearmiss": 100.0,
    # written blind in the 13th session; first run 41/50, 29/50, 39/50 and 28/50
    "seed_fresh_a": 100.0, "seed_fresh_b": 98.0, "seed_fresh_c": 96.0, "seed_fresh_d": 100.0,
    # sealed until the 13th session's last hour; first run on its final code 45/55 and 34/50
    "seed_sealed_e": 96.0, "seed_sealed_f": 98.0,
    # written blind in the 14th session; first run 41/55 and 34/50
    "seed_fresh_g": 100.0, "seed_fresh_h": 98.0,
    # written blind in the 14th session's second hour; first run 48/55 and 40/50
    "seed_fresh_k": 98.0, "seed_fresh_l": 100.0,
    # sealed until the 14th session's last hour; first run on its final code 45/55 and 42/50
    "seed_sealed_i": 98.0, "seed_sealed_j": 92.0,
    # written blind in the 15th session; first run 48/55 and 40/50
    "seed_fresh_m": 100.0, "seed_fresh_n": 100.0,
    # written blind in the 15th session's second hour; first run 50/55 and 40/50
    "seed_fresh_q": 100.0, "seed_fresh_r": 86.0,
    # sealed until the 15th session's last hour; first run on its final code 48/55 and 40/50
    "seed_sealed_o": 92.0, "seed_sealed_p": 98.0,
    # written blind in the 16th session; first run 43/55 and 42/50
    "seed_fresh_s": 96.0, "seed_fresh_t": 96.0,
    # written blind in the 16th session's first hour; first run 49/55 and 44/50
    "seed_fresh_w": 98.0, "seed_fresh_x": 98.0,
    # sealed until the 16th session's last 100 minutes; first run on that code 50/55 and 45/50
    "seed_sealed_u": 96.0, "seed_sealed_v": 96.0,
    # written blind in the 17th session; first run 49/55 and 46/50
    "seed_fresh_y": 89.0, "seed_fresh_z": 92.0,
    # written blind in the 17th session's first hour; first run 52/55 and 45/50
    "seed_fresh_ac": 94.0, "seed_fresh_ad": 90.0,
    # sealed until the 17th session's last 100 minutes; first run on that code 51/55 and 49/50
    "seed_sealed_aa": 92.0, "seed_sealed_ab": 98.0,
    # written blind in the 18th session; first run 53/55 and 47/50
    "seed_fresh_ae": 96.0, "seed_fresh_af": 94.0,
    # written blind in the 18th session's first hour; first run 51/55 and 48/50
    "seed_fresh_ag": 92.0, "seed_fresh_ah": 96.0,
    # sealed until the 18th session's last 105 minutes; first run on that code 50/55 and 46/50
    "seed_sealed_ai": 90.0, "seed_sealed_aj": 92.0,
    # written blind in the 19th session; first run 54/55 and 49/50
    "seed_fresh_ak": 98.0, "seed_fresh_al": 98.0,
    # written blind in the 19th session's first hour; first run 48/55 and 48/50
    "seed_fresh_am": 87.0, "seed_fresh_an": 96.0,
    # sealed until the 19th session's last 100 minutes; first run on that code 54/55 and 49/50
    "seed_sealed_ao": 98.0, "seed_sealed_ap": 98.0,
    # written blind in the 20th session; first run 55/55 and 49/50
    "seed_fresh_aq": 100.0, "seed_fresh_ar": 98.0,
    # written blind in the 20th session's first hour; first run after the first wave 52/55 and 50/50
    "seed_fresh_as": 94.0, "seed_fresh_at": 100.0,
    # sealed until the 20th session's last 100 minutes; first run after two waves 53/55 and 49/50
    "seed_sealed_au": 96.0, "seed_sealed_av": 98.0,
    # written blind in the 21st session; first run 54/55 and 50/50
    "seed_fresh_aw": 98.0, "seed_fresh_ax": 100.0,
    # written blind in the 21st session's first hour; first run after the first wave 53/55 and 45/50
    "seed_fresh_ay": 96.0, "seed_fresh_az": 90.0,
    # sealed until the 21st session's last 100 minutes; first run after two waves 52/55 and 46/50
    "seed_sealed_ba": 94.0, "seed_sealed_bb": 92.0,
    "seed_fresh_bc": 96.0, "seed_fresh_bd": 100.0,
    "seed_fresh_be": 96.0, "seed_fresh_bf": 96.0,
    "seed_sealed_bg": 100.0, "seed_sealed_bh": 98.0,
    "seed_fresh_bi": 100.0, "seed_fresh_bj": 98.0,
    "seed_fresh_bk": 100.0, "seed_fresh_bl": 98.0,
    "seed_sealed_bm": 94.0, "seed_sealed_bn": 98.0,
    "seed_fresh_bo": 96.0, "seed_fresh_bp": 96.0,
    "seed_fresh_bq": 98.0, "seed_fresh_br": 100.0,
    "seed_sealed_bs": 98.0, "seed_sealed_bt": 100.0,
    "seed_fresh_bu": 89.0, "seed_fresh_bv": 88.0,
    "seed_fresh_bw": 90.0, "seed_fresh_bx": 92.0,
    "seed_sealed_by": 90.0, "seed_sealed_bz": 90.0,
    "seed_fresh_ca": 89.0, "seed_fresh_cb": 96.0,
    "seed_fresh_cc": 89.0, "seed_fresh_cd": 94.0,
    "seed_sealed_ce": 92.0, "seed_sealed_cf": 90.0,
    "seed_fresh_cg": 92.0, "seed_fresh_ch": 90.0,
    "seed_fresh_ci": 90.0, "seed_fresh_cj": 90.0,
    "seed_sealed_ck": 90.0, "seed_sealed_cl": 88.0,
    "seed_fresh_cm": 89.0, "seed_fresh_cn": 92.0,
    "seed_fresh_co": 94.0, "seed_fresh_cp": 98.0,
    "seed_sealed_cq": 90.0, "seed_sealed_cr": 96.0,
    "seed_fresh_cs": 89.0, "seed_fresh_ct": 96.0,
    "seed_fresh_cu": 90.0, "seed_fresh_cv": 96.0,
    "seed_sealed_cw": 92.0, "seed_sealed_cx": 94.0,
    # written blind in the 30th session; first run 54/55 and 50/50
    "seed_fresh_cy": 98.0, "seed_fresh_cz": 100.0,
    # written blind in the 30th session's first hour; first run after most of the first wave 55/55 and 42/50
    "seed_fresh_da": 100.0, "seed_fresh_db": 84.0,
    # sealed until the 30th session's last hour and a half; first run on the code of that hour 54/55 and 48/50
    "seed_sealed_dc": 98.0, "seed_sealed_dd": 96.0,
    # written blind in the 31st session; first run 49/55 and 45/50
    "seed_fresh_de": 89.0, "seed_fresh_df": 90.0,
    # written blind in the 31st session's first hour; first run after part of the first wave 55/55 and 47/50
    "seed_fresh_dg": 100.0, "seed_fresh_dh": 94.0,
    # sealed until the 31st session's last hour and a half; first run on the code of that hour 51/55 and 47/50
    "seed_sealed_di": 92.0, "seed_sealed_dj": 94.0,
    # written blind in the 32nd session; first run 51/55
    "seed_fresh_dk": 92.0,
    # written blind in the 33rd session; first run 47/55
    "seed_fresh_dl": 85.0,
    # sealed until the 33rd session's last hour; first run on the code of that hour 48/50
    "seed_sealed_dm": 96.0,
    # written blind in the 34th session; first run 53/55, 55/55 after the session's waves
    "seed_fresh_dn": 100.0,
    # sealed until the 34th session's last hour; first run on the code of that hour 49/50
    "seed_sealed_do": 98.0,
    # written blind in the 35th session; first run 48/55, 55/55 after the session's waves
    "seed_fresh_dp": 100.0,
    # sealed until the 35th session's last hour; first run on the code of that hour 43/50, 50/50 once studied
    "seed_sealed_dq": 100.0,
    # written blind in the 36th session; first run 54/55, 55/55 after the session's waves
    "seed_fresh_dr": 100.0,
    # sealed until the 36th session's last hour; first run on the code of that hour 50/50
    "seed_sealed_ds": 100.0,
}


def _stored(article: str) -> Store:
    """A fresh store holding only this article."""
    store = Store.memory()
    store.ingest_text(article)
    return store


def _answered(article: str, question: str) -> Answer:
    """One question to a fresh store holding only this article."""
    return answer(question, _stored(article))


def _says(article: str, question: str, expected: str) -> None:
    """The question is answered, and the answer holds the expected words."""
    result = _answered(article, question)
    assert result.answered and expected in result.text, result.text


@pytest.fixture(scope="module")
def seed() -> Store:
    store = _stored((ROOT / "knowledge" / "data" / "seed.txt").read_text(encoding="utf-8"))
    return store


def test_every_dev_question_passes(seed: Store) -> None:
    report = evaluate(DEV, lambda: seed)
    failures = [(r.id, r.why, r.answer.text) for r in report.results if not r.passed]
    assert failures == []


@pytest.mark.parametrize("path", FIXTURE_EVALS, ids=lambda p: p.stem)
def test_fixture_question_sets_keep_their_score(path: Path) -> None:
    report = evaluate(path, Store.memory)
    passed = sum(r.passed for r in report.results)
    assert 100.0 * passed / len(report.results) >= FLOORS[path.stem]


@pytest.mark.parametrize(
    "question",
    [
        "How many Russian companies attended the conference?",  # the figure counts Chinese ones
        "How much did Jilin export to Russia?",  # the figure is Liaoning's
        "What was trade between Russia and China in August?",  # the figure is September's
        "How much did Liaoning import from Russia?",  # exports, not imports
        "How many Chinese firms set up businesses in Russia?",  # places listed are no firms
        "By when is Heilongjiang supposed to become the gateway?",  # "Xi declared in September" dates the saying
        "Which Russian port will Heilongjiang use?",  # the port is Jilin's
        "What's the name of the new freight hub in Shenyang?",  # a description is no name
        "How many containers has the Shenyang hub handled since it opened?",  # one train's 55 is no running total
        "What was Microsoft's revenue?",  # never named
        "asdfgh qwerty",
    ],
)
def test_near_misses_abstain_and_offer_what_the_article_says(seed: Store, question: str) -> None:
    result = answer(question, seed)
    assert not result.answered
    assert result.text.startswith("The article does not say")
    assert result.suggestions


@pytest.mark.parametrize(
    ("question", "expected", "paragraph"),
    [
        ("how many chinese firms came to the summit", "800", 2),
        ("When did the hub open?", "march", 6),
        ("What was the date of Putin's meeting with Xi?", "27 november", 2),
        ("vladivostok", "vladivostok", 7),
        ("82.3%", "82.3", 5),
        ("What exchange rate does the yuan figure imply?", "7.31", 5),
        ("who is xi jinping", "president", 2),
    ],
)
def test_paraphrases_find_the_fact(seed: Store, question: str, expected: str, paragraph: int) -> None:
    result = answer(question, seed)
    assert result.answered, result.text
    assert expected in result.text.lower()
    assert result.citations[0].paragraph == paragraph
    assert result.citations[0].date == "2023-12-09"
    assert result.citations[0].source == "Reuters"


def test_who_reported_that_names_the_source_of_the_last_answer(seed: Store) -> None:
    conversation = Conversation()
    answer("What was Russia-China trade in September?", seed, conversation)
    assert "Customs" in answer("who reported that?", seed, conversation).text


def test_follow_up_inherits_the_last_answer(seed: Store) -> None:
    conversation = Conversation()
    answer("How much did Liaoning's outbound shipments to Russia rise?", seed, conversation)
    result = answer("When?", seed, conversation)
    assert result.answered
    assert "september" in result.text.lower()


def test_suggestions_are_questions_the_bot_answers(seed: Store) -> None:
    suggestions = example_questions(seed, 3)
    assert len(suggestions) == 3
    for question in suggestions:
        assert answer(question, seed).answered, question


def test_conversations_are_bounded_and_expire() -> None:
    now = [0.0]
    conversations = Conversations(max_size=3, ttl_seconds=10, clock=lambda: now[0])
    first = conversations.get("a")
    first.max_turns = 7
    for key in "bcd":
        conversations.get(key)
    assert len(conversations) == 3
    assert conversations.get("a").max_turns == Conversation().max_turns  # "a" was evicted: a fresh one
    now[0] = 100.0
    conversations.get("z")
    assert len(conversations) == 1


@pytest.mark.parametrize("question", ["", "   ", "\x00\x01", "?" * 50, "<b>hi</b>", '" AND ( NEAR *', "x" * 20000])
def test_bad_questions_get_a_short_reply(seed: Store, question: str) -> None:
    result = answer(question, seed)
    assert not result.answered
    assert 0 < len(result.text) < 200


def test_an_ambiguous_question_offers_the_other_reading(seed: Store) -> None:
    result = answer("how many firms", seed)
    assert result.answered
    assert result.alternatives, "two counts of firms fit: the other one is offered"
    for question in result.alternatives:
        assert answer(question, seed).answered


def _second_report(seed_text: str, figure: str) -> str:
    """The seed as another agency's report a day later, with `figure` in place of "almost 800"."""
    return (seed_text.replace("9 December 2023, Saturday", "10 December 2023, Sunday")
            .replace("almost 800 Chinese", f"{figure} Chinese")
            .replace("In northeast China, Russian and Chinese firms ink deals", "Chinese and Russian companies sign deals")
            .replace("• Reuters", "• Xinhua"))


@pytest.mark.parametrize(("figure", "both_shown"), [("more than 900", True), ("almost 800", False)])
def test_two_articles_on_the_same_figure(figure: str, both_shown: bool) -> None:
    seed_text = (ROOT / "knowledge" / "data" / "seed.txt").read_text(encoding="utf-8")
    store = _stored(seed_text)
    store.ingest_text(_second_report(seed_text, figure))
    result = answer("How many Chinese enterprises attended the conference?", store)
    assert result.answered
    assert len({c.article for c in result.citations}) == 2
    assert ("Reuters" in result.text and "Xinhua" in result.text and "900" in result.text) == both_shown
    assert "800" in result.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("where did putin and xi meet", "beijing"),  # not "China" from "Chinese President"
        ("name the provinces of northeast china", "heilongjiang"),  # "state media" is no province
        ("who published the trade data", "customs"),  # the source of the figures, not the broadcaster
        ("did liaoning exports fall", "no."),  # the direction asked is the verdict
        ("what is the exchange rate", "7.31"),
        ("what yuan-dollar rate does the article imply", "7.31"),  # "the article" is no meta question
        ("what is 42.64 billion yuan in dollars, according to the article", "$5.83 billion"),
        ("liaoning's exports to russia in us dollars", "$5.83 billion"),  # "US" is no unknown name
        ("whos xi jinping", "president"),
        ("did the west approve of china's ties with russia", "no."),  # "despite disapproval from the West"
        ("does jilin have its own coastline", "no."),  # "the landlocked province of Jilin"
        ("why did chinese companies attend the conference", "russian market"),  # "hoping to enter"
        ("how will vladivostok help jilin", "cutting costs"),  # a benefit is a reason
        ("by how many yuan did liaoning's exports rise from a year earlier", "19.25 billion yuan more"),
        ("how many russian firms opened in liaoning", "40"),  # opening a business is setting one up
        ("who disapproved of china's ties with russia", "the west"),
        ("which kinds of security should heilongjiang help protect", "food"),  # safeguarding is protecting
        ("who attended the shenyang conference", "local government officials"),  # "attended by ..."
        ("how many provinces make up northeast china", "three: liaoning, heilongjiang and jilin"),  # a list counts
        ("was the summit held in beijing", "no, in shenyang"),  # where it was, compared with where asked
        ("did putin and xi meet in shenyang", "no, in beijing"),
        ("did putin and xi meet in beijing", "yes."),
        ("how mny chinese cos at the summit", "800"),  # "cos" after "how many" are companies
        ("whats the capital of liaoning", "shenyang"),
        ("in which month did xi call heilongjiang a gateway", "september"),  # when it was said, asked
        ("wat did xi say abt heilongjiang", "pivotal"),  # the statement, whole
    ],
)
def test_readings_that_once_went_wrong(seed: Store, question: str, expected: str) -> None:
    result = answer(question, seed)
    assert result.answered
    assert expected in result.text.lower()


def test_a_question_with_its_own_period_is_not_a_follow_up(seed: Store) -> None:
    conversation = Conversation()
    answer("How much did Heilongjiang export to Russia?", seed, conversation)
    answer("Who met Putin last week?", seed, conversation)
    assert "cargo hub" in answer("what happened in march", seed, conversation).text


def test_a_figure_for_the_year_before_is_worked_back_from_the_rate() -> None:
    text = (
        "| 14 March 2024, Thursday |\n\nNordvolt sales climb\n\n"
        "The company's sales rose 18 per cent to 2.4 billion euros in 2023 from a year earlier.\n"
    )
    store = _stored(text)
    result = answer("What were the company's sales in 2022?", store)
    assert result.intent == "derived"
    assert "2.03" in result.text and "computed from the article" in result.text


def test_yes_no_says_what_the_article_does_not_confirm(seed: Store) -> None:
    result = answer("Did Chinese and Russian companies sign the agreements unanimously?", seed)
    assert not result.text.startswith("Yes")
    assert "does not say unanimously" in result.text


_BYLINED = """| 17 June 2025, Tuesday |

Carmaker to build a plant in Mexico

By Lucia Mendoza

The carmaker will invest $2 billion in a plant in Salamanca, it said on Monday.

The plant will employ 2,400 people.

  • Reuters
"""


@pytest.mark.parametrize(
    ("with_byline", "question", "answered", "expected"),
    [
        (True, "who wrote this story", True, "Lucia Mendoza"),
        (True, "Which news agency is this from?", True, "Reuters"),
        (False, "who wrote this", True, "Reuters"),  # no byline: the source wrote it
        (False, "What is the name of the reporter?", False, "does not say"),  # an agency is no name
        (True, "Who published this?", True, "Reuters"),
        (False, "which outlet put this out?", True, "Reuters"),  # "put out" is published
    ],
)
def test_who_wrote_it_names_the_byline_or_the_source(with_byline: bool, question: str, answered: bool, expected: str) -> None:
    store = _stored(_BYLINED if with_byline else _BYLINED.replace("By Lucia Mendoza\n\n", ""))
    result = answer(question, store)
    assert result.answered is answered
    assert expected in result.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("where was the 55-container train heading", "Russia."),  # "departing for Russia", not where it stood
        ("where will jilin ship goods to", "Zhoushan and Jiaxing."),  # both, as listed
    ],
)
def test_where_to_names_the_destination(seed: Store, question: str, expected: str) -> None:
    result = answer(question, seed)
    assert result.text.startswith(expected)


def test_a_price_now_is_the_latest_not_last_quarters_average_nor_a_forecast() -> None:
    store = Store.memory()
    store.ingest_text(
        "| 2 December 2024, Monday |\n\nOil rises\n\n"
        "Brent crude futures rose $2.14 to $75.90 a barrel in early trade on Monday.\n\n"
        "Brent averaged $79.40 a barrel in the third quarter.\n\n"
        "She expects Brent to average $74 a barrel in the first quarter of next year.\n"
    )
    result = answer("brent price right now", store)
    assert "$75.90" in result.text


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        ("How much did Kestrel shares rise in Toronto?", False),  # London's figure; Toronto's is Northgate's
        ("How much did Kestrel shares rise in London?", True),
        ("How much did Northgate shares rise?", True),
    ],
)
def test_a_figure_belongs_to_its_own_clause_place_and_owner(question: str, answered: bool) -> None:
    store = Store.memory()
    store.ingest_text(
        "| 12 June 2024, Wednesday |\n\nKestrel Mining to buy Zambian copper mine\n\n"
        "Kestrel Mining agreed to buy the Chisenga mine from Northgate Resources for $1.1 billion.\n\n"
        "Kestrel shares closed 3.2% higher in London on Tuesday, while Northgate's Toronto-listed stock gained 5.7%.\n"
    )
    result = answer(question, store)
    assert result.answered is answered
    if answered:
        assert ("3.2%" if "London" in question else "5.7%") in result.text


def test_a_date_beside_another_place_dates_nothing_here(seed: Store) -> None:
    # "follows a meeting ... last week in Beijing": no visit to Shenyang is dated.
    assert not answer("When did Putin last visit Shenyang?", seed).answered
    assert "last week" in answer("When did Putin and Xi meet?", seed).text.lower()


_CARMAKER = """| 17 June 2025, Tuesday |

Veltra Motors to invest $2 billion in Mexico plant

Veltra Motors will invest 38 billion pesos ($2 billion) to expand its plant in Salamanca, the carmaker said on Monday.

The expansion will create 2,400 jobs at the plant, which employs about 5,100 people, and will lift capacity to 350,000 vehicles from 220,000.

The company's global electric vehicle sales jumped 38% in the first quarter to 84,600 units, while sales of its gasoline models slipped 6.2% to 512,000 vehicles.

"Mexico gives us the workforce we need," Chief Executive Karen Whitfield told reporters on Monday.

The plant will open in March, said Tomas Aguilar, president of Veltra's Mexican unit.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many new jobs will the expansion bring?", "2,400"),  # "new" qualifies; "jobs" is counted
        ("how many electric cars did veltra sell", "84,600"),  # every word of "electric cars", not only the head
        ("Who is Veltra's CEO?", "Karen Whitfield"),  # the chief executive, not a unit's president
        ("how much is veltra investing in mexico", "38 billion pesos"),  # the body, not the headline
        ("by how much will capacity rise", "Up 130,000 vehicles"),  # "to 350,000 vehicles from 220,000"
    ],
)
def test_readings_of_a_company_story(question: str, expected: str) -> None:
    result = _answered(_CARMAKER, question)
    assert result.answered
    assert expected in result.text


_STRIKE = """| 22 November 2024, Friday |

Rotterdam dockworkers strike over pay

Hundreds of dockworkers at Rotterdam began a 48-hour strike on Thursday over pay, the port authority said.

About 1,200 workers walked off the job at four terminals.

A 24-hour strike in June cost the port 30 million euros.

  • Reuters
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many dockworkers walked out?", "1,200"),  # dockworkers are workers; walking out is striking
        ("hw long is teh strike", "48-hour"),  # how long asks for a length of time
        ("how long will the strike last", "48-hour"),
        ("Which news outlet is this from?", "Reuters"),
    ],
)
def test_readings_of_a_strike_story(question: str, expected: str) -> None:
    result = _answered(_STRIKE, question)
    assert result.answered
    assert expected in result.text


def test_a_period_last_year_is_worked_back_from_a_rate_with_no_other_base() -> None:
    store = Store.memory()
    store.ingest_text(
        "| 6 August 2025, Wednesday |\n\nKenya cuts rates\n\n"
        "Remittances from Kenyans living abroad rose 8.5% in the first half of the year to $2.54 billion.\n\n"
        "Food inflation eased to 6.2% from June.\n"
    )
    result = answer("What were remittances in the first half of last year?", store)
    assert result.answered
    assert result.text.startswith("About $2.34 billion")
    assert "an 8.5% rise" in result.text


def test_roughly_and_evs_are_read_as_meant() -> None:
    store = _stored(_CARMAKER)
    result = answer("roughly how many EVs did veltra sell", store)
    assert "84,600" in result.text


def test_a_labelled_list_figure_is_the_labels_and_a_part_is_not_the_whole() -> None:
    store = Store.memory()
    store.ingest_text(
        "| 15 October 2023, Sunday |\n\nIndia's harvest hits a record\n\n"
        "India's foodgrain output rose to a record, the farm ministry said on Saturday.\n\n"
        "- Wheat: 112.7 million tonnes; Rice: 135.5 million tonnes; Pulses: 26.1 million tonnes\n\n"
        "Yields recovered in Punjab and Haryana after a heatwave.\n\n"
        "Punjab, which grows rice mainly for state procurement, harvested 12.9 million tonnes.\n"
    )
    assert "135.5" in answer("rice production?", store).text
    assert "112.7" in answer("wheat output?", store).text
    assert "12.9" in answer("how much rice did punjab harvest?", store).text


_AIRLINE = """| 30 October 2025, Thursday |

Atlantica Airlines swings to profit

The airline carried 9.4 million passengers in the quarter, up 8% from a year earlier, and its load factor - a measure of how full its planes are - rose 2.1 percentage points to 89.6%.

  • Reuters
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What was the load factor?", "89.6%"),  # a dash aside does not part a figure from its measure
        ("What was the load factor a year earlier?", "87.5%, computed from the article: 89.6% − 2.1 percentage points"),
        ("How many passengers a year earlier?", "8.70 million"),
    ],
)
def test_readings_of_an_airline_story(question: str, expected: str) -> None:
    result = _answered(_AIRLINE, question)
    assert result.answered
    assert expected in result.text


_STEEL = """| 11 June 2025, Wednesday |

South Africa slaps tariffs of up to 25% on Asian steel

South Africa will impose tariffs of up to 25% on steel imports from China, Vietnam and India from July 1, the trade ministry said on Tuesday.

Steel imports into South Africa jumped 38% last year to 1.9 million tonnes.

China was the largest supplier, shipping 820,000 tonnes, followed by Vietnam with 410,000 tonnes.

Karoo Steel Works, the country's second-largest steelmaker, welcomed the decision and said it would restart a blast furnace, rehiring 600 workers.

Chinese steel will face the highest rate of 25%, while Vietnamese steel will be taxed at 18% and Indian steel at 12%.

  • Reuters
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what tariff will indian steel pay", "12%"),  # the closing verb asks for the figure
        ("wat tarif on vietnamse steel", "18%"),  # "tarif" is "tariff", a doubled letter dropped
        ("what tariff will vietnam face", "18%"),  # "up to 25% on steel from China, Vietnam and India" is the list's
        ("how much steel did china ship last year", "820,000 tonnes"),  # the year comes from the paragraph before
        ("how much steel did south africa import last year", "1.9 million tonnes"),  # "Steel" opening a sentence is no company
    ],
)
def test_readings_of_a_tariff_story(question: str, expected: str) -> None:
    result = _answered(_STEEL, question)
    assert result.answered
    assert expected in result.text


def test_a_dialog_about_the_steelmaker() -> None:
    store = _stored(_STEEL)
    conversation = Conversation()
    assert answer("Which steelmaker welcomed the tariffs?", store, conversation).text.startswith("Karoo Steel Works")
    assert "600" in answer("How many jobs will it bring back?", store, conversation).text


@pytest.mark.parametrize(
    "question",
    [
        "When do the tariffs on aluminium imports start?",  # steel's, not aluminium's
        "How much aluminium did South Africa import last year?",
        "Which company is South Africa's biggest steelmaker?",  # the text names the second-largest
    ],
)
def test_a_kind_of_measure_the_article_never_names_is_not_answered(question: str) -> None:
    assert not _answered(_STEEL, question).answered


_WHEAT = """| 2 December 2025, Tuesday |

Australia cuts wheat forecast as drought hits south

Australia's wheat harvest will fall to 30.1 million tonnes in the 2025/26 season, the forecaster said, as a dry spring in South Australia and Victoria offset a bumper crop in the west.

Taiwan's exports of electronic components, mostly semiconductors, rose 31.4% to $18.62 billion in September. Total exports climbed 22.7% to $46.35 billion.

  • Reuters
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How big is Australia's wheat crop going to be?", "30.1 million tonnes"),  # South Australia is another place
        ("How much were Taiwan's chip exports worth?", "$18.62 billion"),  # chips are semiconductors; the total is no part
    ],
)
def test_a_place_inside_another_place_name_and_a_synonym_kind(question: str, expected: str) -> None:
    assert expected in _answered(_WHEAT, question).text


_HARVEST = """| 2 December 2025, Tuesday |

Australia cuts wheat forecast

The Australian Bureau of Agricultural and Resource Economics and Sciences (ABARES) cut its estimate from 32.4 million tonnes in its September report. Acting executive director Graham Whitfield told reporters in Canberra the crop had deteriorated.

Farmers planted 12.6 million hectares of wheat this year, up 2.4% from last season.

By contrast, Western Australia is expected to harvest a record 12.8 million tonnes, while about 60% of its crop had been delivered by Sunday.

Wheat was quoted at A$352 a tonne last week, down from A$371 a year earlier, as ample supplies from Russia weighed on prices.

  • Reuters
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Did ABARES raise its wheat estimate?", "No. The Australian Bureau"),  # "cut its estimate" moves it down
        ("What's WA expected to harvest?", "12.8 million tonnes"),  # a "what ... to harvest" asks an amount
        ("Where did Whitfield brief the media?", "Canberra"),  # briefing the media is telling reporters
        ("Which agency cut the crop estimate?", "ABARES"),  # a body of the story, not the news agency
        ("Why is wheat cheaper than a year ago?", "ample supplies"),  # the comparison's base is no period asked
    ],
)
def test_directions_amount_verbs_and_bodies(question: str, expected: str) -> None:
    assert expected in _answered(_HARVEST, question).text


_FORUM = """| 14 November 2024, Thursday |

Kazakh and Chinese firms sign rail deals at Urumqi forum

Chinese and Kazakh companies signed 46 agreements worth 22.4 billion yuan at a business forum in Urumqi on Wednesday.

The two-day China-Kazakhstan Connectivity Forum in the capital of the Xinjiang Uygur Autonomous Region drew more than 620 companies.

The largest single deal, worth 6.8 billion yuan, was signed by China Railway Construction Corp and Kazakhstan's national railway.

Last month, a new route linking Xi'an with the port of Aktau was opened, with a first train carrying 64 containers. The journey takes 11 days.

  • Reuters
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What's the total value of the deals?", "22.4 billion yuan"),  # not the largest single one
        ("How many companies showed up at the Urumqi forum?", "620"),  # "in the capital of X" places, it does not own
        ("Which city hosted the forum?", "Urumqi"),  # an "Autonomous Region" says by its name it is no city
        ("how many containers on the first xian aktau train", "64"),  # "Xi'an" typed without its apostrophe
        ("How long does the trip take?", "11 days"),  # a trip is a journey
    ],
)
def test_wholes_locatives_and_place_kinds(question: str, expected: str) -> None:
    assert expected in _answered(_FORUM, question).text


def test_the_people_of_a_named_place_stand_for_the_place() -> None:
    store = _stored(_WHEAT)
    query = parse_query("Why are the South Australian and Victorian crops smaller?", store)
    assert query.entity_keys == ["south australia", "victoria"]
    assert not query.unknown_names


_CHIPS = """| 8 October 2025, Wednesday |

Taiwan's chip exports hit record; South Korea's also climb

Taiwan's chip exports jumped 31.4% in September to a record $18.62 billion, the Ministry of Finance said.

In August, they had risen 24.8% to $16.87 billion.

"Orders remain very strong," Lin Mei-hua, director of the finance ministry's statistics department, told reporters in Taipei.

In South Korea, semiconductor exports rose 22.1% in September to $16.61 billion, the Ministry of Trade, Industry and Energy said last week.

  • Reuters
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What did South Korea's semiconductor exports come to in September?", "$16.61 billion"),
        ("Which official commented on the Taiwan data?", "Lin Mei-hua"),  # a person, not the ministry
        ("When did Seoul's trade ministry release its chip figures?", "last week"),  # the Ministry of Trade
        ("How much did South Korea's chip exports grow in August?", "does not say"),  # August's is Taiwan's
    ],
)
def test_a_story_about_two_places(question: str, expected: str) -> None:
    assert expected in _answered(_CHIPS, question).text


_SUPPLIERS = """| 8 October 2025, Wednesday |

Taiwan's chip exports hit record

Major Taiwanese suppliers to Nvidia, including TSMC, MediaTek and ASE Technology Holding, have benefited from the AI spending boom.

  • Reuters
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which Taiwanese firms have profited from the AI spending spree?", "MediaTek"),
        ("Why are Taiwanese suppliers doing well?", "benefited from the AI spending boom"),  # "including" gives no reason
    ],
)
def test_lists_of_firms_and_reasons_given_by_benefit(question: str, expected: str) -> None:
    assert expected in _answered(_SUPPLIERS, question).text


_RETAIL = """| 29 November 2024, Friday |

German retail sales fall unexpectedly

German retail sales fell by 1.5% in October from the previous month. Economists polled by Reuters had forecast a 0.5% increase. Compared with October last year, sales were up 1.2%.

Food sales dropped 2.1% on the month, while non-food sales slipped 0.9%, with the sharpest declines in categories including furniture, household appliances and DIY supplies.

Online and mail-order sales rose 3.4% from September.

Electronics chain Elektra Markt cut its full-year operating profit forecast to between 210 million and 240 million euros.

The government will spend A$519 million on drought support, covering low-interest loans, grants for fodder and water, and mental health services.

  • Reuters
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What did analysts expect for the month?", "0.5%"),  # analysts are economists here
        ("How much did online sales rise compared with September?", "3.4%"),  # September is the base
        ("Were sales higher than in October 2023?", "Yes"),  # "compared with October last year" states that base
        ("Which non-food goods saw the biggest falls?", "furniture, household appliances and DIY supplies"),
        ("What does the drought support cover?", "and mental health services"),  # the whole list
        ("How much net profit did Elektra Markt make?", "does not say"),  # operating profit is another profit
    ],
)
def test_comparisons_lists_and_kinds_of_profit(question: str, expected: str) -> None:
    assert expected in _answered(_RETAIL, question).text


_LEVELS = """| 14 November 2024, Thursday |

Kenya cuts rates again

ABARES forecast wheat exports of 21.5 million tonnes in 2025/26, down from 25.6 million tonnes last season, as ample supplies from major exporters weighed on prices.

Trade between the two countries rose 11.6% in the first 10 months of the year from a year earlier to $35.9 billion.

  • Reuters
"""


_RATES = """| 6 August 2025, Wednesday |

Kenya cuts rates again

The Central Bank of Kenya cut its benchmark lending rate by 50 basis points to 9.25% on Tuesday.

Commercial banks' average lending rate fell to 15.4% in June from 17.2% in December, but lenders remain cautious.

  • Reuters
"""


@pytest.mark.parametrize(
    ("article", "question", "expected"),
    [
        (_RATES, "By how much has the average bank lending rate dropped since December?", "1.80 percentage points"),
        (_RATES, "How big was the cut?", "50 basis points"),  # stated, so not computed from other levels
        (_LEVELS, "By how much are wheat exports expected to fall?", "4.1 million tonnes"),
        (_LEVELS, "What was trade in the same months of last year?", "$32.17 billion"),  # not "the two countries"
    ],
)
def test_changes_worked_out_from_two_levels(article: str, question: str, expected: str) -> None:
    assert expected in _answered(article, question).text


def test_a_bare_follow_up_asks_the_last_question_again() -> None:
    store = _stored(_CHIPS)
    conversation = Conversation()
    answer("How much did Taiwan's chip exports grow in September?", store, conversation)
    assert "24.8%" in answer("And in August?", store, conversation).text


def test_growing_a_crop_is_no_rise() -> None:
    store = _stored(_WHEAT)
    query = parse_query("How much wheat is Australia expected to grow?", store)
    assert (query.wants, query.direction) == ("level", "")


_MEXICO_PLANT = """| 20 May 2024, Monday |

Veltra to expand Mexican plant

Veltra Motors will invest 38 billion pesos over the next four years to expand its assembly plant in Salamanca.

Other agreements covered a wind farm in Kazakhstan's Zhambyl region.

Veltra shares rose 2.3% to $41.60 in premarket trading on Tuesday.

  • Reuters
"""


@pytest.mark.parametrize(
    "question",
    [
        "Where did Veltra shares close on Monday?",  # the plant's town is not where shares closed
        "Who is the governor of Zhambyl region?",  # no governor named: no description of the region
    ],
)
def test_a_place_or_a_description_is_no_answer_to_another_question(question: str) -> None:
    assert not _answered(_MEXICO_PLANT, question).answered


_LIRA = """| 25 July 2025, Friday |

Turkey's central bank cuts key rate

The bank's Monetary Policy Committee lowered its overnight lending rate to 46.5% from 49% and its overnight borrowing rate to 42% from 44.5%.

Annual consumer price inflation eased to 34.9% in June from 35.4% in May. Monthly inflation was 1.37%.

The lira weakened 0.2% to 40.41 per dollar after the decision.

Gross foreign exchange reserves rose to $158.4 billion in the week to July 18.

  • Reuters
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How much did consumer prices rise month on month?", "1.37%"),  # inflation is the rise
        ("What's the lira trading at against the dollar?", "40.41"),  # "trading at" asks the level
        ("wats the overnite borrowing rate", "42%"),  # phone spellings
        ("What's the lira trading at against the euro?", "does not say"),  # per dollar is no euro rate
    ],
)
def test_levels_rates_and_currencies(question: str, expected: str) -> None:
    assert expected in _answered(_LIRA, question).text


_TURKEY = """| 25 July 2025, Friday |

Turkey's central bank cuts key rate by 250 basis points to 43.5%

Turkey's central bank cut its one-week repo rate by 250 basis points to 43.5% on Thursday, delivering a smaller reduction than economists had forecast.

In June, the committee held the policy rate at 46%.

The median forecast in a Reuters poll of 15 economists had been for a 300 basis point cut to 43%.

  • Reuters
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many basis points did they cut by?", "250 basis points"),  # not the poll's expected 300
        ("Where's Turkey's policy rate now after the decision?", "43.5%"),  # "where's the rate" asks a level
        ("What's the publication date of this piece?", "25 July 2025"),
    ],
)
def test_what_was_done_not_what_was_expected(question: str, expected: str) -> None:
    assert expected in _answered(_TURKEY, question).text


_FDI = """| 7 September 2025, Sunday |

Vietnam's FDI disbursements rise

Foreign investors were granted licences for 2,514 new projects, up 12.6% in number from a year earlier.

Last month, authorities in Bac Ninh licensed a $1.2 billion printed circuit board plant by Taiwan's Sunwave Circuit Technology, the largest foreign project this year. The factory is expected to employ about 6,500 workers once it starts production in 2027.

In March, the planning ministry cut the time needed to process investment licences to 15 working days from 35.

  • Reuters
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many new foreign-invested projects were licensed?", "2,514"),  # "invested" is no verb here
        ("How many jobs will the Sunwave factory create?", "6,500"),  # Sunwave, named the sentence before
    ],
)
def test_context_from_the_sentence_before_and_hyphened_words(question: str, expected: str) -> None:
    assert expected in _answered(_FDI, question).text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Where is Red River Securities headquartered?", "Hanoi"),  # "Hanoi-based Red River Securities"
        ("Which company is behind the big Bac Ninh project?", "Sunwave"),  # "a plant by Sunwave"
    ],
)
def test_bodies_placed_by_based_and_by_by(question: str, expected: str) -> None:
    store = Store.memory()
    store.ingest_text(_FDI.replace(
        "In March,", "Manufacturers are moving to Vietnam, said Hoang Mai Linh, an economist at Hanoi-based Red River "
        "Securities, even after the United States set a 20% tariff.\n\nIn March,"))
    assert answer(question, store).text.startswith(expected)


def test_who_heads_a_body_is_whoever_holds_its_top_title() -> None:
    store = _stored(_TURKEY.replace("In June,", "Governor Fatih Karahan will present the inflation report on August 14. In June,"))
    assert answer("Who heads Turkey's central bank?", store).text.startswith("Fatih Karahan")


def test_when_a_figure_was_reported_does_not_date_the_next_sentence() -> None:
    store = Store.memory()
    store.ingest_text(_LIRA.replace(
        "Annual consumer price inflation eased to 34.9% in June from 35.4% in May.",
        "Annual consumer price inflation eased to 34.9% in June from 35.4% in May, the institute said earlier this month."))
    assert not answer("What was Turkey's inflation rate in July?", store).answered  # 1.37% is June's
    assert "1.37%" in answer("What was monthly inflation in June?", store).text


def test_a_target_for_another_kind_of_fdi_is_not_answered() -> None:
    store = _stored(_FDI.replace("In March,", "The government aims to attract $36 billion in registered FDI this year.\n\nIn March,"))
    assert not answer("What's the government's target for disbursed FDI this year?", store).answered
    assert "$36 billion" in answer("What's the government's target for registered FDI?", store).text


_GAP = """| 7 September 2025, Sunday |

Vietnam's FDI disbursements rise

Foreign direct investment disbursed in Vietnam rose 8.8% in the first eight months to $15.42 billion.

Registered foreign capital jumped 27.3% to $26.14 billion in the January-August period.

The government aims to attract $36 billion in registered FDI this year.

Manufacturers have been shifting production to Vietnam because of its low labour costs.

  • Reuters
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What's the gap between registered and disbursed FDI?", "10.72 billion dollars"),  # stated amounts, not the aim
        ("Why are manufacturers moving production to Vietnam?", "low labour costs"),  # "moving" is no unknown kind
    ],
)
def test_gaps_across_sentences_and_reasons_for_moves(question: str, expected: str) -> None:
    assert expected in _answered(_GAP, question).text


_KASUMI = """| 5 November 2025, Wednesday |

Kasumi Motor cuts annual profit forecast

Kasumi Motor Corp cut its full-year operating profit forecast as a stronger yen squeezed earnings in the July-September quarter.

Revenue rose 2.1% to 4.87 trillion yen. Kasumi sold 1.02 million vehicles worldwide in the quarter, down 3.5% from a year earlier.

"We cannot pass all of it on," Chief Financial Officer Hiroshi Tanabe told a news conference in Tokyo.

  • Reuters
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How much did quarterly revenue grow?", "2.1%"),  # "quarterly" qualifies, it names no other subject
        ("How many vehicles did Kasumi sell in July-September?", "1.02 million"),  # a span of months is no name
        ("Who is Kasumi's finance chief?", "Hiroshi Tanabe"),
    ],
)
def test_quarters_month_spans_and_finance_chiefs(question: str, expected: str) -> None:
    assert expected in _answered(_KASUMI, question).text


_COPPER = """| 1 August 2025, Friday |

Chile's copper output falls 4.3% in June

State miner Codelco produced 109,300 tonnes in June, down 7.8% from the same month last year, while output at the Cerro Alto mine slumped 12.5% to 68,600 tonnes.

Benchmark copper on the London Metal Exchange (LME) rose 1.2% to $9,685 a tonne on Friday.

Cochilco last month lowered its forecast for national output in 2025 to 5.45 million tonnes from 5.53 million tonnes.

  • Reuters
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What was Codelco's output in June last year?", "109,300 tonnes ÷ 0.922"),  # its own level, not Cerro Alto's
        ("Where's copper trading on the LME?", "$9,685"),  # "where's it trading" asks a level
        ("By how many tonnes did Cochilco trim its 2025 output forecast?", "0.08 million tonnes"),  # "2025 to 5.45" is no range
    ],
)
def test_levels_in_their_own_clause_and_years_before_figures(question: str, expected: str) -> None:
    assert expected in _answered(_COPPER, question).text


_AIRLINE_COSTS = """| 6 November 2025, Thursday |

Atlantica Airlines swings to quarterly profit

Atlantica Airlines said on Thursday its third-quarter revenue rose 14% to 2.86 billion euros.

Fuel costs fell 9% to 684 million euros because jet fuel prices were lower, while staff numbers grew to 9,800.

Unit costs excluding fuel rose 5.5%, driven by a new pilots' contract.

  • Reuters
"""


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        ("How much did Atlantica spend on staff costs?", False),  # fuel costs and unit costs are other costs
        ("How much were its labour costs?", False),
        ("How much did fuel costs fall?", True),
        ("How much did unit costs rise?", True),
    ],
)
def test_another_kind_of_the_asked_measure_is_not_its_figure(question: str, answered: bool) -> None:
    store = _stored(_AIRLINE_COSTS)
    result = answer(question, store)
    assert result.answered is answered, result.text
    if answered:
        assert question.split()[3] in result.text.lower()  # "fuel" / "unit": the asked kind's own figure


@pytest.mark.parametrize(
    ("article", "question", "expected"),
    [
        (_CARMAKER, "What peso-to-dollar exchange rate does the investment imply?", "About 19 pesos per dollar"),
        ("| 6 August 2025, Wednesday |\n\nKenya to borrow\n\nKenya's Treasury plans to borrow 635.5 billion "
         "shillings ($4.9 billion) from the domestic market.\n", "what shilling-dollar rate does the plan imply",
         "About 129.7 shillings per dollar"),
    ],
)
def test_an_exchange_rate_is_implied_by_any_currency_pair(article: str, question: str, expected: str) -> None:
    store = _stored(article)
    assert answer(question, store).text.startswith(expected)


def test_why_a_goal_was_trimmed_finds_the_reason_for_the_lowered_target() -> None:
    store = Store.memory()
    store.ingest_text(_CARMAKER.replace(
        "The plant will open in March",
        "Last week, Veltra lowered its full-year target for electric vehicle deliveries to 310,000, because "
        "U.S. tariffs have raised costs.\n\nThe plant will open in March"))
    result = answer("Why did Veltra trim its EV delivery goal?", store)
    assert result.intent == "why"
    assert "tariffs have raised costs" in result.text


def test_what_is_dragging_something_down_asks_for_the_cause() -> None:
    store = Store.memory()
    store.ingest_text(
        "| 18 October 2023, Wednesday |\n\nJapan's exports rise\n\n"
        "Shipments to China fell 6.2% to 1.62 trillion yen, dragged down by chip-making equipment and steel.\n"
    )
    result = answer("What's dragging down exports to China?", store)
    assert result.intent == "why"
    assert "chip-making equipment" in result.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who is the port authority's spokesperson?", "Marieke de Vries"),  # a spokeswoman is a spokesperson
        ("Who's leading the negotiations for the union?", "Joris van Dam"),  # the chief negotiator
    ],
)
def test_titles_are_read_by_their_class(question: str, expected: str) -> None:
    store = Store.memory()
    store.ingest_text(_STRIKE.replace(
        "  • Reuters",
        "It could take a week to clear the backlog, port authority spokeswoman Marieke de Vries said.\n\n"
        '"They are fed up," said Joris van Dam, chief negotiator for the FNV Havens union.\n\n  • Reuters'))
    assert answer(question, store).text.startswith(expected)


_SEASON = (
    "| 2 December 2025, Tuesday |\n\nAustralia cuts wheat forecast\n\n"
    "Australia's wheat harvest will fall to 30.1 million tonnes in the 2025/26 season, the forecaster said.\n\n"
    "Production in Queensland is forecast to rise 5% to 1.9 million tonnes, and in Victoria to fall 27% to 2.9 million tonnes.\n\n"
    "The forecaster expects wheat exports of 21.5 million tonnes in 2025/26, down from 25.6 million tonnes.\n\n"
    "Trade between Australia and China rose 11.6% in the first 10 months of the year to $35.9 billion.\n\n"
    "Barley output fell to 10 million tonnes in 2024.\n"
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("wheat exports forcast?", "21.5"),  # a letter dropped from the article's word, though simplemma knows it
        ("vic wheat prodution how much", "2.9"),  # the start of the one name the story has that begins so
        ("australia china trade 1st 10 mths??", "35.9"),  # shorthand; and "10" is part of the period, no figure to find
        ("wheat exports this year?", "21.5"),  # the season that begins this year is this year's
    ],
)
def test_phone_shorthand_and_dropped_letters_reach_the_fact(question: str, expected: str) -> None:
    result = _answered(_SEASON, question)
    assert result.answered and expected in result.text


def test_a_dropped_letter_is_put_back_even_when_the_dictionary_knows_the_misspelling() -> None:
    store = _stored(_SEASON)
    assert "forecast" in parse_query("wheat exports forcast?", store).text


def test_a_season_of_another_year_is_not_this_years() -> None:
    assert not _answered(_SEASON.replace("2025/26", "2024/25"), "wheat exports this year?").answered


_JOBS = (
    "| 17 April 2025, Thursday |\n\nAustralia's jobless rate holds at 4.1%\n\n"
    "Australia's unemployment rate held at 4.1% in March, official data showed on Thursday.\n\n"
    "The participation rate fell to 66.8% from 67.0% in February.\n\n"
    "Across the states, Victoria's unemployment rate rose to 4.6% from 4.4%, the highest of the states, while "
    "Queensland's eased to 3.9% from 4.1%. Western Australia posted the lowest rate at 3.3%.\n\n"
    "A year earlier, the jobless rate stood at 3.8%.\n\n"
    "The Australian dollar rose 0.4% to 63.85 U.S. cents after the figures.\n\n"
    "The RBA lowered its cash rate by 25 basis points to 4.10% in February.\n"
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("whats the unemployment rate in australia", "Australia's unemployment rate held at 4.1%"),  # not Victoria's
        ("and queensland's jobless rate?", "3.9%"),
        ("Where's the RBA cash rate sitting?", "4.10%"),  # where ... sitting asks a level
        ("where did the aussie dollar end up after the numbers", "63.85"),
        ("Which state has the lowest jobless rate?", "Western Australia"),  # the lowest, not the highest
        ("whats the jobless rate", "4.1%"),  # "held at" governs the rate; a year earlier's is not now
    ],
)
def test_levels_of_a_country_and_of_its_states(question: str, expected: str) -> None:
    result = _answered(_JOBS, question)
    assert result.answered and expected in result.text


def test_a_currency_that_is_the_subject_must_be_what_moved() -> None:
    # The dollar rose; the participation rate's fall is no answer about the dollar.
    assert not _answered(_JOBS, "How far did the Aussie dollar fall after the jobs data?").answered


def test_where_did_the_cargo_end_up_still_asks_a_place() -> None:
    store = _stored("| 1 May 2024, Wednesday |\n\nCargo\n\nThe cargo ended up in Rotterdam after the strike.\n")
    assert parse_query("where did the cargo end up?", store).intent == "where"


def test_a_word_ending_in_n_after_a_country_is_no_demonym() -> None:
    store = _stored(_JOBS)
    assert parse_query("australia rate in usd", store).entity_keys == ["australia"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [("full time jobs added?", "24,700"), ("how many part time jobs were added", "7,500")],
)
def test_jobs_added_are_jobs_that_rose(question: str, expected: str) -> None:
    article = ("| 17 April 2025, Thursday |\n\nJobs rebound\n\n"
               "Employment growth bounced back in March, driven by full-time jobs, the statistician said.\n\n"
               "Full-time jobs climbed by 24,700 and part-time positions increased by 7,500, recovering part of a "
               "revised 57,500 drop in February.\n")
    result = _answered(article, question)
    assert result.answered and expected in result.text


_LABOUR = (
    "| 17 April 2025, Thursday |\n\nJobs rebound\n\n"
    "Employment rose by a net 32,200 last month, the bureau said, short of the 40,000 increase forecast in a poll.\n\n"
    "Full-time jobs climbed by 24,700 and part-time positions increased by 7,500.\n\n"
    "The jobless rate remains below the roughly 4.5% level consistent with full employment, at 4.1%.\n"
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many more full-time jobs than part-time ones were added?", "17,200"),  # the amounts each word names
        ("by how many jobs did employment miss the forecast", "7,800"),  # the outcome against what it fell short of
    ],
)
def test_differences_asked_as_more_than_or_missing_a_forecast(question: str, expected: str) -> None:
    result = _answered(_LABOUR, question)
    assert result.intent == "derived" and expected in result.text


_OFFER = ("| 14 October 2025, Tuesday |\n\nBank bid\n\n"
          "Cantabrico launched a bid for Levantino on Monday, offering 6.12 euros in cash per share.\n\n"
          "Levantino shares jumped 40% to 6.30 euros on Monday, closing above the offer price.\n")


_BID = (
    "| 14 October 2025, Tuesday |\n\nBank bid\n\n"
    "Cantabrico launched a bid for Levantino on Monday, offering 6.12 euros in cash per share.\n\n"
    "\"The market is telling Cantabrico it will have to pay more. The stake makes it very hard to get past 50%,\" "
    "said Marta Villanueva, a banking analyst at Madrid-based Hesperia Securities.\n\n"
    "\"We will not raise the offer,\" said Cantabrico's chief executive Jorge Salas.\n"
)


def test_the_speaker_of_a_quote_is_named_where_the_quote_closes() -> None:
    result = _answered(_BID, "Which analyst says Cantabrico will need to pay more?")
    assert result.intent == "who" and result.text.startswith("Marta Villanueva")


def test_the_one_person_of_the_asked_role_is_the_one_quoted() -> None:
    article = _BID.replace("a banking analyst at", "head of banking research at")
    assert _answered(article, "Which analyst was quoted?").text.startswith("Marta Villanueva")


def test_a_role_nobody_quoted_has_is_not_given_to_someone_else() -> None:
    assert not _answered(_BID, "Which farmer was quoted?").answered


def test_what_analysts_expected_names_no_one_to_find() -> None:
    store = _stored(_BID)
    assert parse_query("Is the offer above what analysts expected?", store).intent == "yesno"
    assert parse_query("Which economist is bullish?", store).intent == "who"


_FREIGHT = (
    "| 13 October 2025, Monday |\n\nSuez revenue drops\n\n"
    "Egypt's Suez Canal revenue fell 18.4% to $312 million in September, the authority said.\n\n"
    "The average spot rate for moving a 40-foot container from Shanghai to Rotterdam stood at $2,340 last week. "
    "Rates from Shanghai to Genoa were $2,910 per 40-foot box.\n"
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How much did the Suez Canal bring in last month?", "$312 million"),  # money brought in, not ships
        ("How much to ship a container from Shanghai to Rotterdam?", "$2,340"),
        ("shanghai to genoa rate?", "$2,910"),
    ],
)
def test_money_brought_in_and_the_rate_of_the_asked_route(question: str, expected: str) -> None:
    result = _answered(_FREIGHT, question)
    assert result.answered and expected in result.text


@pytest.mark.parametrize(
    "question",
    [
        "How much to ship a container from Rotterdam to Shanghai?",  # the other way round
        "what's the rate for a 20-foot container Shanghai to Rotterdam",  # another size
    ],
)
def test_a_reversed_route_or_another_size_is_not_in_the_article(question: str) -> None:
    assert not _answered(_FREIGHT, question).answered


_TAKEOVER = (
    "| 14 October 2025, Tuesday |\n\nCantabrico bids for Levantino\n\n"
    "Banco Cantabrico launched a hostile 9.18 billion euro takeover bid for smaller rival Banco Levantino on Monday.\n\n"
    "Cantabrico expects the combined group to generate annual cost savings of 540 million euros by 2027, mainly from "
    "closing around 310 overlapping branches and merging technology systems across the two networks.\n\n"
    "The bank will fund the offer from its own capital, which it said would lower its core tier one capital ratio "
    "to 12.1% from 13.4%.\n\n"
    "It will also invest $1.3 billion to expand its service centre in Jackson, Tennessee, lifting staff there to 3,800 "
    "from 3,000 by 2027.\n"
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Where would Cantabrico's capital ratio end up after the deal?", "12.1%"),
        ("hwo many branchs closing", "310"),  # the counted noun ends before the verb in -ing
        ("How big is the deal overall?", "9.18 billion euro"),  # a takeover is a deal
        ("What will the staff in Jackson go up to?", "3,800"),  # Tennessee is Jackson's address, not an owner
    ],
)
def test_takeover_figures(question: str, expected: str) -> None:
    result = _answered(_TAKEOVER, question)
    assert result.answered and expected in result.text


def test_a_clause_that_leans_on_the_one_before_comes_with_it() -> None:
    text = _answered(_TAKEOVER, "Where would Cantabrico's capital ratio end up after the deal?").text
    assert text.startswith("The bank will fund the offer from its own capital, which")


_UNDER = (
    "| 17 April 2025, Thursday |\n\nJobs\n\n"
    "Employment rose by 32,200 last month, the bureau said.\n\n"
    "Underemployment, which tracks workers who want to work more hours than they are getting, fell to 5.9% from 6.3%.\n\n"
    "The Reserve Bank of Australia lowered its cash rate to 4.10% in February.\n"
)


def test_a_word_with_a_negating_prefix_is_not_its_head() -> None:
    store = _stored(_UNDER)
    term = next(t for t in parse_query("Did underemployment go up?", store).terms if t.lemma == "underemployment")
    assert "employment" not in term.keys


def test_what_a_measure_tracks_is_what_it_measures() -> None:
    assert "which tracks workers" in _answered(_UNDER, "what does underemployment actually measure").text


def test_the_first_words_of_one_long_name_name_it() -> None:
    store = _stored(_UNDER)
    assert parse_query("what did the reserve bank do", store).entity_keys == ["reserve bank of australia"]


_SOLAR = (
    "| 11 September 2025, Thursday |\n\nAravalli opens solar factory\n\n"
    "Aravalli Solar Ltd opened a 42 billion rupee ($480 million) solar panel factory in the western Indian state "
    "of Gujarat on Wednesday.\n\n"
    "The factory will employ about 3,200 people directly, Aravalli said. It plans to expand the plant to a capacity "
    "of 8 gigawatts by 2027.\n\n"
    "\"India has bought the sun's power with equipment made somewhere else,\" chairman Vikram Mehta told reporters.\n"
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How much did the Gujarat factory cost?", "42 billion rupee"),  # "a $480 million factory" is its cost
        ("How many jobs is Aravalli creating?", "3,200"),
        ("Who chairs Aravalli?", "Vikram Mehta"),  # to chair is to be chairman
    ],
)
def test_closing_verbs_that_ask_the_amount_and_chairing(question: str, expected: str) -> None:
    result = _answered(_SOLAR, question)
    assert result.answered and expected in result.text


def test_what_something_costs_is_money_not_its_capacity() -> None:
    assert not _answered(_SOLAR, "how much will the plant expansion cost").answered


_COFFEE = (
    "| 15 October 2025, Wednesday |\n\nArabica hits record\n\n"
    "The benchmark December arabica contract settled up 5.3% at $4.412 per lb on Tuesday.\n\n"
    "Arabica has gained 38% since January.\n\n"
    "London-traded robusta futures rose 3.1% to $5,742 a tonne.\n"
)


def test_a_gain_since_a_date_is_not_a_days_gain() -> None:
    assert "38%" in _answered(_COFFEE, "How much has arabica gained since January?").text
    assert not _answered(_COFFEE, "How much has robusta gained since January?").answered


_PLI = ("| 11 September 2025, Thursday |\n\nSolar subsidy\n\n"
        "Aravalli has been allotted 9.6 billion rupees under the production-linked incentive (PLI) scheme. "
        "The scheme pays manufacturers a subsidy tied to the volume of panels they sell, provided they use "
        "a rising share of locally made components.\n")


@pytest.mark.parametrize(
    ("article", "question", "intent", "expected"),
    [
        (_OFFER, "How far above the offer did Levantino close on Monday?", "derived", "0.18"),  # a difference
        (_COFFEE, "Where did arabica close?", "figure", "$4.412"),  # where a market closed asks its level
        (_PLI, "What do companies have to do to get the PLI subsidy?", "what", "locally made components"),  # the condition kept
    ],
)
def test_the_question_asks_the_kind_of_answer_given(article: str, question: str, intent: str, expected: str) -> None:
    result = _answered(article, question)
    assert result.intent == intent and expected in result.text


_QUOTES = (
    "| 11 September 2025, Thursday |\n\nSolar and coffee\n\n"
    "\"Cell capacity is the real bottleneck,\" said Neha Bhandari, a senior analyst at Mumbai-based Konkan Research. "
    "\"Companies that cannot make their own cells could face a price war once demand slows.\"\n\n"
    "Forecasters expect showers in October, said Ana Ribeiro, an analyst at Sao Paulo-based broker Cafeeira Capital. "
    "\"Any decent rain would trigger heavy profit-taking,\" she said.\n\n"
    "London-based ship-tracking firm Seatrace Analytics estimated that 1,870 vessels sailed around the Cape.\n"
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which analyst warned about a price war?", "Neha Bhandari"),  # the quote goes on after its attribution
        ("Which analyst thinks rain would spark profit-taking?", "Ana Ribeiro"),  # "she said": the one named before
        ("Where's Seatrace Analytics based?", "London"),  # "London-based ship-tracking firm Seatrace Analytics"
    ],
)
def test_speakers_named_elsewhere_in_the_paragraph_and_based_before_a_description(question: str, expected: str) -> None:
    result = _answered(_QUOTES, question)
    assert result.answered and result.text.startswith(expected)


def test_a_measure_word_opening_a_compound_is_no_measure() -> None:
    store = _stored(_QUOTES)
    assert parse_query("Which analyst thinks rain would spark profit-taking?", store).unknown_names == []


def test_where_a_persons_firm_is_based_follows_who_they_are() -> None:
    store = _stored(_QUOTES)
    conversation = Conversation()
    answer("Who is Neha Bhandari?", store, conversation)
    result = answer("where's her firm based", store, conversation)
    assert result.answered and result.text.startswith("Mumbai")


_EXPORT_CURBS = (
    "| 18 September 2025, Thursday |\n\n"
    "Marovia extends grain export curbs\n\n"
    "Marovia, the region's biggest grain exporter, on Wednesday extended curbs on overseas sales of barley by "
    "six months to the end of March 2026, as a dry summer threatened the crop.\n\n"
    "The ministry said a minimum export price of $310 a tonne would stay in place. The measures had been due to "
    "lapse on Sept. 30.\n\n"
    "Marovia's barley exports fell 12% to 2.1 million tonnes in the five months through August. Farmers had "
    "sown barley on 4.2 million hectares as of last week, 3% less than a year earlier.\n\n"
    "Barley prices have gained 38% since January. The benchmark index hit its highest level since May on Tuesday.\n"
)


def test_an_extension_by_months_is_no_answer_to_how_much() -> None:
    result = _answered(_EXPORT_CURBS, "How much barley did Marovia export?")
    assert "six months" not in result.text


def test_a_subject_keeps_its_place_when_its_aside_is_dropped() -> None:
    result = _answered(_EXPORT_CURBS, "How long will the export restrictions last?")
    assert result.text.startswith("Marovia on Wednesday extended curbs")


def test_a_superlative_since_a_month_dates_nothing() -> None:
    assert not _answered(_EXPORT_CURBS, "What was the benchmark index in June?").answered


_FUND = (
    "| 13 August 2025, Wednesday |\n\n"
    "Norway's wealth fund earns 4.6% in first half\n\n"
    "Norway's Petroleum Reserve Fund returned 4.6%, or 812 billion crowns, in the first six months of the year, "
    "its manager said on Tuesday.\n\n"
    "Equities, which account for 71.2% of the portfolio, gained 5.9%. Unlisted real estate, making up 1.7% of "
    "assets, lost 0.8%, and the small renewable energy infrastructure portfolio returned 1.1%.\n\n"
    "The fund lost 3.1% in the first quarter before gaining 7.9% in the second.\n"
)


_MORE_LEVELS = (
    "| 13 August 2025, Wednesday |\n\n"
    "Fund shrinks as crown strengthens\n\n"
    "Norway's Petroleum Reserve Fund returned 4.6%, or 812 billion crowns ($79.6 billion), in the first half.\n\n"
    "The fund's value nonetheless slipped to 19,402 billion crowns at the end of June from 19,742 billion at the "
    "start of the year.\n\n"
    "The agency cut its forecast for the coffee crop to 51.8 million 60-kg bags from 54.2 million bags.\n"
)


@pytest.mark.parametrize(
    ("article", "question", "expected"),
    [
        (_EXPORT_CURBS, "How much barley has Marovia shipped abroad so far this fiscal year?", "2.1 million tonnes"),  # running total
        (_EXPORT_CURBS, "How big is the area sown with barley so far?", "4.2 million hectares"),  # "as of": a total to a day
        (_EXPORT_CURBS, "How much are barley prices up so far this year?", "38%"),  # "since January" is this year so far
        (_EXPORT_CURBS, "What's the floor price for exports?", "$310"),  # floor = minimum
        (_EXPORT_CURBS, "How long will the export restrictions last?", "six months"),  # "by six months": no period
        (_EXPORT_CURBS, "When were the curbs originally supposed to expire?", "Sept. 30"),  # expire = lapse; "supposed" asks nothing
        (_FUND, "How did the property portfolio do?", "0.8%"),  # property = real estate; "do" asks a move
        (_FUND, "how did equities perform", "5.9%"),  # past the aside, not its share of the portfolio
        (_FUND, "How much did the oil fund make in the first half?", "4.6%"),  # oil = petroleum
        (_FUND, "What was the return in the second quarter?", "7.9%"),  # "in the second": the second quarter
        (_MORE_LEVELS, "By how much did the fund's value fall?", "340 billion"),  # "slipped to ... from": the change
        (_MORE_LEVELS, "By how many bags did the agency lower its crop forecast?", "2.4 million bags"),  # past "60-kg"
        (_MORE_LEVELS, "What crown-dollar exchange rate does the return imply?", "10.2 crowns per dollar"),  # crowns are money
    ],
)
def test_the_answer_states_the_figure(article: str, question: str, expected: str) -> None:
    result = _answered(article, question)
    assert result.answered and expected in result.text


_REASONS = (
    "| 18 September 2025, Thursday |\n\n"
    "Marovia extends barley export curbs\n\n"
    "Marovia on Wednesday extended curbs on barley sales abroad, as the government moved to keep a lid on food prices.\n\n"
    "Marovia's barley exports fell 14.5% in the five months through August, trade ministry data showed, as buyers "
    "switched to cheaper grain from rival suppliers.\n\n"
    "Brewers are holding back on purchases. Malt houses have cut orders because of worries about the harvest.\n"
)


@pytest.mark.parametrize(
    ("question", "expected", "unwanted"),
    [
        ("why are barley exports down", "cheaper grain", "data showed"),  # the move asked, not the curbs' purpose
        ("why are brewers holding back", "worries about the harvest", ""),  # the next sentence gives the reason
    ],
)
def test_the_reason_for_the_move_asked(question: str, expected: str, unwanted: str) -> None:
    result = _answered(_REASONS, question)
    assert result.answered and expected in result.text
    assert not unwanted or unwanted not in result.text


_HOLDINGS = (
    "| 13 August 2025, Wednesday |\n\n"
    "Fund results\n\n"
    "At the end of June the fund held stakes in 8,612 companies. Its largest holding was chipmaker Corvane, worth "
    "$58.3 billion.\n\n"
    "The fund, set up in 1996, employs 714 people at offices in Oslo and London.\n"
)


def test_a_sentence_opening_with_its_is_about_the_sentence_before() -> None:
    store = _stored(_HOLDINGS)
    query = parse_query("What is the fund's largest holding?", store)
    pool = gather(query, store)
    corvane = next(e for e in pool.evidence if "Corvane" in e.sentence.text)
    assert corvane.coverage == 1.0  # "fund" comes from the sentence before


@pytest.mark.parametrize("question", ["how many ppl work there", "how many people work for the fund"])
def test_working_somewhere_is_being_employed(question: str) -> None:
    result = _answered(_HOLDINGS, question)
    assert result.answered and "714" in result.text


def test_rn_is_right_now() -> None:
    store = _stored(_HOLDINGS)
    assert "right now" in parse_query("what's the fund worth rn", store).text


_UNNAMED = (
    "| 13 August 2025, Wednesday |\n\n"
    "Fund sells office block\n\n"
    "In March the fund sold its 40% interest in a London office block to a Canadian pension investor for 380 "
    "million pounds.\n\n"
    "The ethics council recommended excluding four companies in June. The fund's largest buyer of bonds was "
    "Halden Capital.\n"
)


@pytest.mark.parametrize(
    "question",
    ["Which Canadian pension fund bought the London office block?", "Which four companies did the ethics council want excluded?"],
)
def test_which_one_when_the_text_does_not_name_it(question: str) -> None:
    result = _answered(_UNNAMED, question)
    assert not result.answered and result.text.startswith("The article does not give the name")
    assert result.citations  # what it does say, cited


def test_which_one_when_the_text_names_it() -> None:
    result = _answered(_UNNAMED, "Which company was the largest buyer of bonds?")
    assert result.answered and result.text.startswith("Halden Capital")


_VERDICTS = (
    "| 13 August 2025, Wednesday |\n\n"
    "Fund trails benchmark; curbs spare basmati\n\n"
    "The return trailed the fund's benchmark index by 0.21 percentage point. A year earlier, the fund had beaten "
    "its benchmark by 0.08 point.\n\n"
    "The export curbs do not apply to premium basmati rice.\n"
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Did the fund beat its benchmark?", "trailed"),  # trail is the opposite of beat; "a year earlier" is the past
        ("Is basmati covered by the export curbs?", "do not apply"),  # cover = apply to, denied
    ],
)
def test_no_when_the_text_says_the_opposite_or_denies_it(question: str, expected: str) -> None:
    result = _answered(_VERDICTS, question)
    assert result.answered and result.text.startswith("No.") and expected in result.text


def test_how_much_profit_asks_the_amount_not_its_rise() -> None:
    article = ("| 30 October 2025, Thursday |\n\nArvenna profit jumps\n\n"
               "Swiss drugmaker Arvenna posted an 18% rise in third-quarter net profit on Thursday.\n\n"
               "Net profit rose to 2.31 billion Swiss francs in the three months to September, the company said.\n")
    result = _answered(article, "How much profit did Arvenna make last quarter?")
    assert result.answered and "2.31 billion" in result.text


def test_a_clause_does_not_open_on_its_link_word() -> None:
    from handlers.compose import clause_window

    text = ("The food ministry said in a notification that a 20% duty on white rice shipments and a 10% levy on "
            "parboiled rice would stay in place, along with a minimum export price of $490 a tonne that was "
            "introduced in March.")
    start = text.index("$490")
    assert clause_window(text, start, start + 4, 90) == "A minimum export price of $490 a tonne that was introduced in March."


def test_a_follow_up_about_now_leaves_the_last_answers_paragraph() -> None:
    store = Store.memory()
    store.ingest_text(_BID.replace(
        "\"We will not raise the offer,\"",
        "Levantino's board rejected the offer late on Monday. The board had rebuffed a private approach from "
        "Cantabrico last month worth 5.60 euros a share.\n\n\"We will not raise the offer,\""))
    conversation = Conversation()
    first = answer("What did Cantabrico offer privately last month?", store, conversation)
    assert first.answered and "5.60" in first.text
    now = answer("And what's it offering now?", store, conversation)
    assert now.answered and "6.12" in now.text


_ORDERS = """| 8 October 2025, Wednesday |

German industrial orders fall unexpectedly in August

German industrial orders fell in August, dropping by 2.3% from the previous month as demand from abroad for cars weakened, data showed on Tuesday.

Compared with August last year, orders were 4.6% lower. The decline was driven by foreign orders, which slid 3.9% on the month. Orders from the euro zone tumbled 5.2%. Domestic orders, by contrast, edged up 0.4%.

Carmakers were hit hardest, with orders in the automotive sector down 7.4%.

Kasumi shares closed down 2.3% before the results, while the Nikkei average rose 0.6%.

  • Reuters
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("By how much did orders from abroad go down?", "3.9%"),  # foreign = from abroad
        ("What happened to orders coming from other euro countries?", "5.2%"),  # what happened to X = how X moved
        ("How bad was the fall in car industry orders?", "7.4%"),  # how bad = how much; automotive = car
        ("how much did orders from inside germany rise", "0.4%"),  # inside the country = domestic
        ("orders vs last yr??", "4.6%"),  # vs: the base of a comparison
    ],
)
def test_everyday_words_for_foreign_domestic_and_sectors(question: str, expected: str) -> None:
    _says(_ORDERS, question, expected)


def test_orders_are_no_output() -> None:
    assert not _answered(_ORDERS, "How much did German industrial output fall in August?").answered


def test_before_an_event_does_not_answer_after_it() -> None:
    assert not _answered(_ORDERS, "How did Kasumi shares react after the results came out?").answered
    assert _answered(_ORDERS, "How much did Kasumi shares fall before the results?").answered


_MINING = """| 11 September 2025, Thursday |

South African mining output falls 4.2% in July

South Africa's mining production fell 4.2% year on year in July, Statistics South Africa said on Thursday.

Platinum group metals (PGMs), the biggest drag on the index, slumped 9.8% year on year. Coal production dropped 5.3%, while gold output rose 3.4%.

Vayu Motors led the segment with 7,820 electric cars, dealers' federation President Kavita Rao said.

Spot platinum traded at around $1,380 an ounce.

Rail snags left dozens of vessels waiting at sea. Eskom cut up to 4,000 megawatts after breakdowns at three coal-fired power stations in Mpumalanga province.

Some 38 vessels were waiting to load at Richards Bay at the end of July, compared with 21 at the end of June.

  • Reuters
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("By how much did PGM output shrink from a year ago?", "9.8%"),  # an acronym's plural; a base, not a computation
        ("how did coal prodution do in jully", "5.3%"),  # how did X do, with a period after it
        ("platnum prce per ounce?", "$1,380"),  # a short word with a letter dropped
        ("where are the power plants that broke down", "Mpumalanga"),  # power station = plant; broke down
        ("How many ships were queuing at Richards Bay?", "38"),  # ships are vessels; queuing is waiting
        ("how many more ships were waiting at richards bay than at the end of june", "17"),  # the bare 21 counts vessels
        ("How many ships were waiting?", "38"),  # an exact count before "dozens of vessels"
    ],
)
def test_acronym_plurals_short_typos_and_how_it_did_in_a_month(question: str, expected: str) -> None:
    _says(_MINING, question, expected)


def test_a_president_or_a_leader_is_no_chief_executive() -> None:
    assert not _answered(_MINING, "Who's the CEO of Vayu Motors?").answered
    assert "Kavita Rao" in _answered(_MINING, "Who is the president of the dealers' federation?").text


_CARS = """| 4 November 2025, Tuesday |

India's festive car sales hit record

India's passenger vehicle sales jumped 11.4% from a year earlier to a record 412,600 units in October, industry data showed on Monday.

Mumbai-based Vayu Motors posted a 22.4% jump in domestic sales to 58,900 units, helped by its Tarang compact SUV, overtaking Sterling Auto India, whose sales fell 3.6% to 49,300 units after a two-week shutdown at its Chennai plant for retooling.

Sales of electric cars rose 63% to 17,450 units in October. Indus Motor led the segment with 7,820 electric cars, while gold output rose 3.4%, helped by record bullion prices.

Vayu Motors shares rose 4.1%. Net profit at Vayu Motors was 312 million rupees in the third quarter, and it announced an order for 40 robots.

Hamburg-based Elbe Container Lines said it had sent 11 ships through the canal in September. The rand was little changed at 17.62 per dollar after the data.

  • Reuters
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("why did sterling's sales drop", "shutdown"),  # one word of a name, with an owner's 's; the reason after it
        ("Why did gold mining go up?", "bullion prices"),  # "helped by" gives a reason
        ("where did the rnad trade after the figures", "17.62"),  # swapped letters; a currency trades at a level
        ("How many cars did Vayu sell in India in October?", "58,900"),  # the clause naming Vayu, not all cars
        ("vayu q3 profit?", "312 million"),  # a bare "profit" asks the amount
    ],
)
def test_names_reasons_levels_and_owners(question: str, expected: str) -> None:
    _says(_CARS, question, expected)


def test_a_shipping_line_is_a_body_whose_figures_are_its_own() -> None:
    assert not _answered(_CARS, "How many Nordhavn Line ships went through the canal in September?").answered
    assert "11 ships" in _answered(_CARS, "How many Elbe ships went through the canal in September?").text


_FESTIVE = """| 4 November 2025, Tuesday |

India's festive car sales hit record

Retail registrations in the 42-day festive period, which ended on Sunday, rose 17.8% to 598,000 vehicles.

Utility vehicles, including SUVs, accounted for 58.3% of October sales, up from 51.6% a year earlier.

The new tax rates took effect on Sept. 22. Sterling Auto India's sales fell 3.6% after a two-week shutdown at its Chennai plant.

Dealer inventory fell to about 28 days of sales at the end of October from 52 days in August.

  • Reuters
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How much did festive sales at dealerships go up?", "17.8%"),  # not the fall in dealers' inventory
        ("What share of the market did SUVs have last month?", "58.3%"),  # accounted for X% of sales
        ("When did the new tax rates kick in?", "22 September"),  # kick in = take effect
        ("When did the festive period wrap up?", "Sunday"),  # wrap up = end
        ("Where's the Sterling factory that was shut?", "Chennai"),  # a shutdown; a city the gazetteer knows
    ],
)
def test_everyday_words_for_shares_starts_ends_and_shutdowns(question: str, expected: str) -> None:
    _says(_FESTIVE, question, expected)


def test_a_change_between_levels_goes_the_way_asked() -> None:
    assert not _answered(_FESTIVE, "How much did dealer inventory go up?").answered
    assert "24 days" in _answered(_FESTIVE, "How much did dealer inventory fall?").text


_SHARES = """| 9 July 2025, Wednesday |

Chile's copper output falls 4.3% in June

Copper production in Chile fell 4.3% in June from a year earlier to 412,560 tonnes, the statistics institute said.

State miner Codelco, the world's biggest producer, produced 109,300 tonnes in June.

India's rice exports, including basmati, fell 14.5% to 7.8 million tonnes. Basmati exports rose 6% to 2.4 million tonnes.

Utility vehicles accounted for 58.3% of car sales.

  • Reuters
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What share of Chile's June copper output came from Codelco?", "About 26.5%"),  # part over whole
        ("What share of India's rice exports was basmati?", "About 30.8%"),  # "including basmati" is the whole
        ("What share of car sales did utility vehicles have?", "58.3%"),  # stated: nothing to compute
    ],
)
def test_a_share_is_stated_or_computed_from_the_part_and_the_whole(question: str, expected: str) -> None:
    _says(_SHARES, question, expected)


_BASIS = """| 11 September 2025, Thursday |

South African mining output falls 4.2% in July

South Africa's mining production fell 4.2% year on year in July. On a seasonally adjusted month-on-month basis, output fell 2.7% in July.

Platinum slumped 9.8% year on year. Gold output rose 3.4%, helped by record bullion prices.

Spot platinum traded at around $1,380 an ounce, and gold at $3,610 an ounce.

  • Reuters
"""


@pytest.mark.parametrize(
    ("question", "answered", "expected"),
    [
        ("How much did gold output change?", True, "3.4%"),  # a change either way
        ("How much did gold output change month on month?", False, ""),  # its paragraph says year on year
        ("How much did mining output fall month on month in July?", True, "2.7%"),
        ("How much did mining output fall year on year in July?", True, "4.2%"),
        ("What was platinum output?", True, "9.8%"),  # the headline's output is not the platinum price
    ],
)
def test_a_change_is_measured_on_the_basis_asked(question: str, answered: bool, expected: str) -> None:
    result = _answered(_BASIS, question)
    assert result.answered == answered and expected in result.text, result.text


def test_a_year_earlier_count_is_worked_back_from_its_own_clauses_rate() -> None:
    result = _answered(_CARS, "How many passenger vehicles were sold in October last year?")
    assert result.answered and "About 370,377 units" in result.text  # whole units, not 370,377.02
    article = ("| 14 March 2024, Thursday |\n\nNordvolt to build battery plant\n\n"
               "The company's sales rose 18 per cent to €2.4 billion in 2023 from a year earlier, but it posted an "
               "operating loss of €310 million.\n")
    assert not _answered(article, "What was the company's operating loss in 2022?").answered  # the 18% is the sales'


_LAUNCH = """| 30 October 2025, Thursday |

Arvenna profit jumps 18% on Corvista demand

Swiss drugmaker Arvenna posted an 18% rise in third-quarter net profit, as booming demand for Corvista more than offset price pressure in Europe.

It will launch Lumevra in the United States in January at a list price of $1,150 a month.

Arvenna also announced a share buyback of up to 1.5 billion francs.

  • Reuters
"""


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        ("How much will Lumevra cost in Europe?", False),  # the lead only mentions Europe; the price is the US one
        ("How much will Lumevra cost in the US?", True),
        ("How much net profit did Arvenna make in the quarter?", False),  # a buyback is no profit
    ],
)
def test_a_place_the_lead_mentions_or_a_measure_the_headline_names_is_not_every_sentences(question: str, answered: bool) -> None:
    assert _answered(_LAUNCH, question).answered == answered


_TYPOS = """| 4 November 2025, Tuesday |

Kasumi cuts profit forecast

Kasumi now assumes a rate of 142 yen per dollar for the October-March half, versus 145 yen previously.

Factory dispatches to dealers rose 4.2%. Dealer inventory fell to about 28 days of sales at the end of October from 52 days in August.

Kasumi shares rose 7.4% to 1,182 yen by 1015 GMT in Tokyo, their biggest daily gain since April.

  • Reuters
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("wat yen rate r they asuming now", "142 yen"),  # a letter dropped from a form of the article's word
        ("how many days of invetory do delears have now", "28 days"),  # same letters beat a nearer-looking word; days are counted
        ("shares up or down tday? by how mcuh", "7.4%"),  # "tday"; an undated move is the day's own
    ],
)
def test_phone_typos_find_the_article_word(question: str, expected: str) -> None:
    _says(_TYPOS, question, expected)


_FORECASTS = """| 8 October 2025, Wednesday |

German orders fall unexpectedly

German industrial orders fell unexpectedly in August, dropping by 2.3% from the previous month, data showed on Tuesday.

Analysts polled by Reuters had forecast a 0.8% rise.

Revenue climbed 9% to 11.4 billion euros, ahead of the 11.1 billion euros expected by analysts.

The central bank cut its key rate by 250 basis points to 43.5%. The median forecast in a Reuters poll of 15 economists had been for a 300 basis point cut.

  • Reuters
"""


@pytest.mark.parametrize(
    ("question", "verdict", "expected"),
    [
        ("Did orders go up like the analysts predicted?", "No.", "0.8%"),  # they fell 2.3%
        ("Did revenue beat what analysts were expecting?", "Yes.", "11.1 billion"),
        ("Was the rate cut as big as economists expected?", "No.", "300 basis point"),  # 250 against 300
    ],
)
def test_an_outcome_is_set_against_its_forecast(question: str, verdict: str, expected: str) -> None:
    result = _answered(_FORECASTS, question)
    assert result.text.startswith(verdict) and expected in result.text, result.text


def test_the_gap_to_a_forecast_is_computed_with_its_working() -> None:
    result = _answered(_FORECASTS, "How far off was the Reuters consensus on orders?")
    assert result.intent == "derived" and result.text.startswith("3.1 percentage points below the forecast"), result.text
    assert {c.paragraph for c in result.citations} == {1, 2}


def test_who_said_finds_the_speaker_of_a_paraphrased_quote() -> None:
    article = ("| 8 October 2025, Wednesday |\n\nGerman industrial orders fall\n\n"
               "German industrial orders fell 2.3%, data from the Federal Statistical Office showed on Tuesday.\n\n"
               "\"The hoped-for turnaround in industry has been postponed once again,\" said Carsten Voigt, chief "
               "economist at Rheinmain Handelsbank.\n")
    result = _answered(article, "Who said the industrial recovery has been pushed back again?")
    assert result.answered and result.text.startswith("Carsten Voigt"), result.text


def test_where_a_body_described_not_named_is_based() -> None:
    article = ("| 8 October 2025, Wednesday |\n\nGerman industrial orders fall\n\n"
               "Stuttgart-based gearbox maker Kessler Antriebstechnik said it would cut 1,200 of its 8,500 jobs in Germany.\n")
    result = _answered(article, "Which city is the gearbox maker from?")
    assert result.answered and result.text.startswith("Stuttgart"), result.text


def test_homes_are_housing() -> None:
    article = ("| 16 September 2025, Tuesday |\n\nCanada's housing starts jump\n\n"
               "Canada's annualized pace of housing starts rose 9.4% in August from July to 287,650 units.\n")
    assert "287,650" in _answered(article, "how many homes did canada start in august, annualized?").text


def test_a_company_named_with_its_legal_form_is_a_body_whose_figures_it_owns() -> None:
    article = ("| 14 August 2025, Thursday |\n\nNorway's Fjordlaks Q2 profit falls 18%\n\n"
               "Norwegian salmon farmer Fjordlaks ASA said on Thursday its second-quarter operating profit fell 18% "
               "to 1.12 billion Norwegian crowns ($110 million).\n")
    result = _answered(article, "how much operating profit did fjordlaks make last quarter")
    assert result.answered and "1.12 billion Norwegian crowns" in result.text, result.text


_SMELTER = """| 14 October 2025, Tuesday |

China's Hengtai to build $3.8 billion nickel park in Indonesia

China's Hengtai New Energy Materials will invest $3.8 billion, or about 62.7 trillion rupiah, in a nickel smelter and battery-materials park in Indonesia, the investment ministry said on Monday.

The Kolaka Green Industrial Park will be able to produce 120,000 tonnes a year of nickel contained in mixed hydroxide precipitate (MHP) when fully running in 2028, as well as 60,000 tonnes of nickel sulphate, Deputy Investment Minister Rahmat Saragih told reporters in Jakarta.

"We chose Kolaka because the ore there has a higher cobalt content," Zhou Minghui, Hengtai's president director for Indonesia, said at a signing ceremony.

Indonesia banned exports of unprocessed ore in January 2020 to force miners to process it at home.

Benchmark nickel prices have fallen about 7% over the past year to around $15,200 a tonne, due to a glut of supply from Indonesia, whose mined nickel output rose to 2.2 million tonnes last year from 1.8 million tonnes in 2023.

Realised foreign direct investment in Indonesia's base metals industry rose 9.8% to 118.6 trillion rupiah ($7.2 billion) in the first half of the year.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how much is hengtai putting into the indonesia project?", "$3.8 billion"),  # the story's own project
        ("When did Jakarta stop raw ore exports?", "January 2020"),  # the capital acts: the government
        ("nickle sulfate capcity?", "60,000 tonnes"),  # American spelling; "able to produce" is capacity
        ("What's the park's yearly MHP output going to be?", "120,000 tonnes"),  # MHP is no body owning figures
        ("why did they pick kolaka?", "cobalt"),
    ],
)
def test_words_of_other_spellings_and_verbs_find_the_fact(question: str, expected: str) -> None:
    _says(_SMELTER, question, expected)


def test_a_post_the_role_names_is_answered_by_the_name_and_role_alone() -> None:
    result = _answered(_SMELTER, "Who heads Hengtai's operations in Indonesia?")
    assert result.text == "Zhou Minghui (Hengtai's president director for Indonesia)."


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what exchange rate does the investment imply", " rupiah per dollar"),  # never 0.00 dollars per rupiah
        ("how many dollars per rupiah does hengtai's investment imply", "About 0.0000606 dollars per rupiah"),
    ],
)
def test_an_implied_rate_is_quoted_as_asked_or_as_markets_quote_it(question: str, expected: str) -> None:
    _says(_SMELTER, question, expected)


def test_a_year_before_is_not_worked_back_from_another_measures_rate() -> None:
    # The 7% is the price's; the output's 2022 level is nowhere.
    assert not _answered(_SMELTER, "How much nickel did Indonesia mine in 2022?").answered


def test_a_computed_amount_in_thousands_is_given_in_whole_units() -> None:
    _says(_SMELTER, "what was the nickel price a year ago?", "About $16,344")


_POLAND = """| 15 October 2025, Wednesday |

Polish inflation eases to 2.9% in September on cheaper fuel

Poland's annual consumer price inflation slowed to 2.9% in September from 3.1% in August, Statistics Poland said on Wednesday, as falling fuel prices offset high food costs. The reading was the lowest since March 2024 and kept inflation near the National Bank of Poland's (NBP) 2.5% target.

The NBP's Monetary Policy Council lowered its reference rate by 25 basis points to 4.50% on Oct. 8, its fourth cut since it began easing in May.

"We will be cautious because wage growth is still strong," NBP Governor Tadeusz Wrona told a news conference. The NBP will publish the official core figure on Thursday.

Fuel prices for private vehicles fell 6.8% year-on-year, deepening from a 5.3% drop in August. Food prices rose 4.6% year-on-year. Butter was 21.3% more expensive than a year ago, while clothing became 1.8% cheaper.

"We are not out of the woods yet," said Anna Kowalczyk, chief economist at Warsaw-based Vistula Bank.

Economists estimate that core inflation, which excludes food and energy prices, eased to 3.2% from 3.3% in August. The draft budget assumes average inflation of 3.0% next year.

Fourteen of 19 economists polled by Reuters expect the council to keep rates on hold at its next meeting.

Average gross wages in the enterprise sector rose 7.1% year-on-year in August to 8,452 zlotys, while employment in the sector fell 0.8%.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("When did the central bank start easing?", "In May"),
        ("what's the central bank's main interest rate?", "4.50%"),
        ("How much does the average company worker earn?", "8,452 zlotys"),
        ("what day was this written", "15 October 2025"),
        ("Did inflation pick up in September?", "No"),
        ("Who runs the Polish central bank?", "Tadeusz Wrona"),  # its governor, not another bank's economist
        ("how much has buter gone up", "21.3%"),
        ("How much more expensive is food than a year ago?", "4.6%"),  # the food, not butter's "more expensive"
        ("When does the official core inflation number come out?", "16 October 2025"),  # not the news's own day
        ("What's the NBP's main interest rate at the moment?", "4.50%"),
        # August dates the 5.3% set against; the 6.8% is the story's month. Not inflation's change.
        ("by how much did fuel get cheaper in september", "6.8%"),
        ("inflation?", "2.9%"),  # the reading reported, not the budget's assumption
        ("what was inflation in august", "3.1%"),  # not core inflation's 3.3%
        ("how many economists expect a hold", "Fourteen of 19"),  # "expect" ends what is counted
    ],
)
def test_the_central_bank_and_the_words_for_its_moves(question: str, expected: str) -> None:
    _says(_POLAND, question, expected)


def test_a_follow_up_asks_the_same_about_the_month_compared_with() -> None:
    store, conversation = _stored(_POLAND), Conversation()
    answer("How much did fuel prices fall in September?", store, conversation)
    assert "5.3%" in answer("and in august?", store, conversation).text


_LISTED = """| 8 October 2025, Wednesday |

German industrial orders fall unexpectedly in August

Carmakers and their suppliers were hit hardest, with orders in the automotive sector down 7.4%, while mechanical engineering posted a 3.6% decline. Makers of electrical equipment, of computer, electronic and optical products, and of pharmaceuticals also reported fewer orders, whereas fabricated metal products recorded a 1.8% gain.

The canal is one of Egypt's main sources of foreign currency, alongside tourism, remittances from Egyptians working abroad and natural gas exports.

The union is demanding a pay rise of 7.5% over two years and the right for workers to retire early after 45 years of shift work, while employers have offered 4.2%.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Apart from autos and machinery, which industries saw fewer orders?", "pharmaceuticals"),
        ("which industries saw fewer orders besides autos?", "electrical equipment"),
        ("Apart from the canal, where does Egypt get its foreign currency?", "tourism"),  # sources, not places
        ("Apart from more pay, what do the workers want?", "retire early"),
    ],
)
def test_a_question_that_leaves_something_out_asks_for_the_rest_of_the_list(question: str, expected: str) -> None:
    _says(_LISTED, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("where is the conference", "Shenyang"),  # the city over "northeastern China", scored alike
        ("did trade fall?", "No."),  # the sentence where trade moves, not "a zone of bilateral trade"
        ("did trade rise?", "Yes."),
    ],
)
def test_the_seed_answers_the_most_specific_place_and_the_move(seed: Store, question: str, expected: str) -> None:
    result = answer(question, seed)
    assert result.answered and result.text.startswith(expected), result.text


def test_what_is_a_named_thing_is_what_the_text_calls_it(seed: Store) -> None:
    assert answer("what's vladivostok", seed).text == "Vladivostok: the biggest port in the Russian Far East."


_KENYA = """| 6 August 2025, Wednesday |

Kenya's central bank cuts key rate to 9.25%

The Central Bank of Kenya cut its benchmark lending rate by 50 basis points to 9.25% on Tuesday, its seventh consecutive reduction, as it tries to revive sluggish lending to businesses while inflation remains within its target range.

Annual inflation edged up to 4.1% in July from 3.8% in June. Food inflation eased to 6.2%, while fuel inflation climbed to 3.4%.

Gross domestic product expanded 4.9% in the first quarter. Foreign exchange reserves stood at $10.9 billion.

Commercial banks' average lending rate fell to 15.4% in June from 17.2% in December.

Kenya's Treasury plans to borrow 635.5 billion shillings from the domestic market, as it seeks to cut its reliance on costly external loans.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("inflation?", "4.1%"),  # the measure itself over a kind of it ("food inflation")
        ("fx reserves?", "$10.9 billion"),
        ("gdp growth q1", "4.9%"),
        ("did they raise rates", "No. The Central Bank of Kenya cut"),  # "cut its benchmark lending rate"
        ("why did they cut", "revive sluggish lending"),  # not "as it seeks to cut its reliance on loans"
    ],
)
def test_short_questions_about_a_rate_decision(question: str, expected: str) -> None:
    _says(_KENYA, question, expected)


def test_who_did_it_is_answered_by_the_description_when_the_text_names_no_one() -> None:
    result = _answered(_SMELTER + "\nEnvironmental groups criticised the plan. The minister said it would go ahead.\n",
                       "who criticised the plan?")
    assert result.answered and result.text.startswith("Environmental groups criticised"), result.text


_ZA_OUTPUT = """| 11 September 2025, Thursday |

South African mining output falls 4.2% in July

South Africa's mining production fell 4.2% year on year in July, as a return of rolling power cuts weighed on platinum, coal and iron ore output.

Platinum group metals (PGMs), the biggest drag on the index, slumped 9.8% year on year. Coal production dropped 5.3% and iron ore fell 7.1%, while gold output rose 3.4%, helped by record bullion prices.
"""


def test_a_subject_with_an_acronym_keeps_its_name() -> None:
    # A long sentence is cut to the fact's clause; the subject before the aside stays with it.
    article = _ZA_OUTPUT.replace("slumped 9.8% year on year.", "slumped 9.8% year on year and subtracted 2.6 "
                                 "percentage points from the headline figure, Statistics South Africa said on Thursday.")
    result = _answered(article, "how did platinum do")
    assert result.text.startswith("Platinum group metals (PGMs)") and "9.8%" in result.text, result.text


def test_a_reason_for_a_rise_does_not_explain_a_fall() -> None:
    result = _answered(_ZA_OUTPUT, "why did output fall")
    assert "bullion" not in result.text, result.text


def test_a_difference_between_two_names_takes_each_ones_amount() -> None:
    article = ("| 4 November 2025, Tuesday |\n\nMexico remittances hit record\n\n"
               "Michoacan received $1.62 billion in the quarter and Guanajuato $1.48 billion, the central bank said.\n")
    _says(article, "how much more did michoacan get than guanajuato?", "$1.62 billion − $1.48 billion")


def test_a_place_where_something_happens_never_answers_who() -> None:
    article = ("| 13 November 2025, Thursday |\n\nAirport strike talks to resume\n\n"
               "The union said more walkouts were possible before the next round of talks in Berlin on Nov. 27.\n")
    assert not _answered(article, "Who is leading the talks?").text.startswith("Berlin")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("When is Banxico's next rate call?", "November 13"),  # a market nickname, a "call" is a decision
        ("how much did banxico cut rates", "25 basis points"),
    ],
)
def test_a_central_bank_by_its_market_nickname(question: str, expected: str) -> None:
    article = ("| 4 November 2025, Tuesday |\n\nMexico remittances hit record\n\n"
               "Banco Ribera economists expect the peso to stay firm.\n\n"
               "The Bank of Mexico cut its benchmark interest rate by 25 basis points to 7.25% in late September, "
               "and its board will announce its next decision on November 13.\n")
    _says(article, question, expected)


def test_typical_is_average_and_freight_is_cargo() -> None:
    article = ("| 4 November 2025, Tuesday |\n\nRemittances hit record\n\n"
               "The average remittance increased to $391 from $376 a year earlier.\n\n"
               "Cargo volumes, including mail, rose 4.6% to 14,870 metric tons in October.\n")
    _says(article, "what's the typical remittance now", "$391")
    _says(article, "how much air freight in october", "14,870 metric tons")


_VISITORS = """| 12 November 2025, Wednesday |

Lanka foreign visitor arrivals fall 6.8% in first ten months

Sri Lanka received 1.5 million foreign tourists between January and October, down 6.8% from a year earlier, the tourism ministry said on Tuesday.

Spending by foreign visitors fell 5.1% to 2.1 billion dollars over the period, the ministry said.

India overtook China as the largest source of visitors, with 410,000 arrivals, up 4.7%. Chinese arrivals slumped 31% to 120,000.

"We have lowered our target to 2.3 million foreign arrivals because the Chinese market is recovering slowly," the minister said. "But November and December are our busiest months."

Neighbouring Maldives, by contrast, received 1.7 million foreign visitors in the first ten months of the year, up 21% from a year earlier.

The main airport handled 14,870 tonnes of cargo in October. A strike by ground staff on Oct. 14 forced airlines to cancel 612 flights.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how many foreigners visited jan to oct", "1.5 million"),
        ("How much money did overseas tourists spend so far this year?", "2.1 billion"),
        ("How many visitors came from China?", "120,000"),  # "Chinese arrivals", not India's with China in the clause
        ("How many foreign tourists came in the same ten months last year?", "1.61 million"),  # the lead's place, not the Maldives'
        ("How many tonnes of cargo did the airport handle last month?", "14,870"),
        ("how many flights got scrapped", "612"),
    ],
)
def test_visitors_spending_and_the_words_for_them(question: str, expected: str) -> None:
    _says(_VISITORS, question, expected)


def test_a_target_does_not_answer_what_happened() -> None:
    result = _answered(_VISITORS, "How many foreign tourists visited in November?")
    assert not result.answered, result.text
    _says(_VISITORS, "what is the arrivals target?", "2.3 million")


_ENTRY_FEE = """| 19 November 2025, Wednesday |

Thailand to charge visitors an entry fee

The government plans to start collecting a 300-baht entry fee from foreign visitors arriving by air from June next year.

Pimchanok Wattanasiri, president of the Thai Hotel Owners Federation, said the fee would not deter travellers.

Shares in Airports of Thailand fell 1.7% to 48.30 baht in Bangkok.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what's the government going to charge foreigners who fly in?", "300-baht"),  # "who fly in" asks for no one
        ("Who is in charge of the hotel owners' group?", "Pimchanok Wattanasiri"),
        ("Did the share price go up?", "No"),
    ],
)
def test_a_fee_its_charge_and_a_relative_who(question: str, expected: str) -> None:
    _says(_ENTRY_FEE, question, expected)


_OUTLOOK = """| 22 October 2025, Wednesday |

Rheinfeld Chemie cuts profit outlook; to axe 1,800 jobs

German chemical maker Rheinfeld Chemie cut its full-year profit forecast on Tuesday, blaming sluggish orders from customers in China and Europe, and said it would eliminate 1,800 jobs by the end of 2027.

The Krefeld-based company now expects adjusted earnings before interest, taxes, depreciation and amortisation (EBITDA) of 1.9 billion to 2.1 billion euros for 2025. Adjusted EBITDA dropped 18% to 412 million euros in the third quarter, short of the 455 million euros analysts had forecast.

About 1,100 of the positions will go in Germany, out of a global workforce of around 31,500. Net debt rose to 4.8 billion euros, partly because of the weaker cash flow.

"We see little sign that Chinese buyers are coming back," said Markus Vogel, analyst at Frankfurt-based Hallberg Research, who lowered his price target on the stock to 45 euros from 52 euros.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("why did rheinfeld lower its forecast", "sluggish orders"),
        ("whats the new ebitda guidence for the yr", "1.9 billion"),  # the outlook, not the quarter's result
        ("how many employees does rheinfeld have worldwide", "31,500"),
        ("What share of the workforce is losing their jobs?", "5.7%"),
        ("What's Hallberg's new price target on the stock?", "45 euros"),  # "Chinese buyers" own no analyst's target
        ("Markus Vogel", "analyst at Frankfurt-based Hallberg Research"),
    ],
)
def test_a_profit_warning_its_reason_outlook_and_workforce(question: str, expected: str) -> None:
    _says(_OUTLOOK, question, expected)


_REMITTANCES = """| 4 November 2025, Tuesday |

Remittances to Mexico hit a record in the third quarter

Money sent home by Mexicans working abroad rose 6.8% in the third quarter from a year earlier to a record $17.42 billion, the central bank said on Monday.

In September alone, remittances jumped 9.6% from the same month a year earlier to $5.94 billion.

The average hotel occupancy rate nationwide was 68.5% in October, down from 71.2% a year earlier. Spending by foreign visitors fell 5.1% to 1.21 trillion pesos over the period, and the country received 26.4 million foreign tourists.

Costs linked to sea lice rose to 4.60 crowns per kg from 3.20 crowns a year earlier.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What were remittances in the same quarter last year?", "$16.31 billion"),  # the quarter's, not September's
        ("By how many points did national hotel occupancy fall compared with a year ago?", "2.70 percentage points"),
        ("roughly how much did each foreign visitor spend?", "45,833 pesos per visitor"),
        ("how much more per kg are they spending on lice compared with a year ago", "1.40 crowns per kg"),
    ],
)
def test_a_year_before_a_difference_and_an_amount_each(question: str, expected: str) -> None:
    _says(_REMITTANCES, question, expected)


_DEPUTY = """| 16 September 2025, Tuesday |

Canada's housing starts jump on rental boom

"Rentals are doing the heavy lifting," said Aisha Moradi, deputy chief economist at CMHC.

About 1,100 of the positions will go in Germany, out of a global workforce of around 31,500. The firm will also shut a plant in Antwerp, Belgium.
"""


def test_a_deputy_does_not_hold_the_post_asked_about() -> None:
    assert not _answered(_DEPUTY, "Who is CMHC's chief economist?").answered
    _says(_DEPUTY, "Who is CMHC's deputy chief economist?", "Aisha Moradi")


def test_a_figure_placed_elsewhere_does_not_answer_for_a_place_named_later_in_its_paragraph() -> None:
    assert not _answered(_DEPUTY, "how many jobs are going in belgium?").answered
    _says(_DEPUTY, "how many jobs are going in germany?", "1,100")


_QUARTER_AND_MONTH = """| 4 November 2025, Tuesday |

Remittances to Mexico hit a record in the third quarter

Money sent home by Mexicans working abroad rose 6.8% in the third quarter from a year earlier to $17.42 billion.

In September alone, remittances jumped 9.6% to $5.94 billion.

The number of individual transfers rose 2.9% to 44.6 million in the quarter. Revenue from domestic travellers rose 2.6% to 782 billion pesos.
"""


def test_in_the_quarter_is_the_storys_quarter_not_the_month_before_it() -> None:
    assert not _answered(_QUARTER_AND_MONTH, "How many transfers were made in September?").answered
    _says(_QUARTER_AND_MONTH, "How many transfers were made in the third quarter?", "44.6 million")


def test_as_well_asks_nothing_and_tourism_is_travellers() -> None:
    _says(_QUARTER_AND_MONTH, "Did domestic tourism revenue drop as well?", "No")


_SHIPPING = """| 5 November 2025, Wednesday |

Nordhavn Line's quarterly profit sinks 38% as Red Sea detours inflate fuel bill

Danish container shipping group Nordhavn Line said on Wednesday its third-quarter operating profit fell 38% from a year earlier.

The company transported 1.62 million FFE in the quarter, up 2.6% on the year.

Fuel consumption rose 31% to 2.19 million tonnes as vessels sailed farther, Chief Executive Mette Lindqvist said.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many containers did they move in Q3?", "1.62 million FFE"),
        ("how much fuel did the fleet burn", "2.19 million tonnes"),
    ],
)
def test_shipping_words_containers_and_fuel_burnt(question: str, expected: str) -> None:
    _says(_SHIPPING, question, expected)


def test_a_bill_is_a_cost() -> None:
    _says(_QUARTERLY.replace("Revenue rose", "Bunker fuel costs climbed 27% to $1.31 billion. Revenue rose"),
          "what did the bunker fuel bill come to", "$1.31 billion")


def test_a_chief_executive_does_not_chair_the_board() -> None:
    assert not _answered(_SHIPPING, "Who chairs Nordhavn's board?").answered


_QUARTERLY = """| 5 November 2025, Wednesday |

Nordhavn Line's profit sinks

Earnings before interest and tax dropped to $412 million in the July-September period from $665 million a year earlier. Revenue rose 9% to $5.87 billion.
"""


def test_a_period_word_is_found_in_the_dates_of_the_paragraph() -> None:
    _says(_QUARTERLY, "What were Nordhavn's sales for the quarter?", "$5.87 billion")  # "the July-September period"
    assert not _answered(_QUARTERLY, "What were Nordhavn's sales for the month?").answered


_HALF_YEAR = """| 10 October 2025, Friday |

Kobe Mart posts 12.4% rise in first-half profit, unveils 30 billion yen buyback

Kobe Mart Holdings said on Thursday its operating profit rose 12.4% to 86.3 billion yen in the six months to August, and announced a share buyback worth up to 30 billion yen.

Sales in Europe slipped 2% to 2.9 billion yen due to generic competition for Tensaril, a drug whose patent expired last year. Sales in Asia rose 16% to 5.6 billion yen.
"""


def test_a_first_half_is_the_companys_own_six_months() -> None:
    _says(_HALF_YEAR, "how much operating profit did kobe mart make in the first half?", "86.3 billion yen")
    assert "86.3" not in _answered(_HALF_YEAR, "operating profit in the second half?").text


def test_a_year_earlier_level_is_worked_from_the_rate_of_its_own_measure() -> None:
    # The headline's 12.4% is the profit's; the 30 billion yen beside it is the buyback's.
    _says(_HALF_YEAR, "What was first-half operating profit the year before?", "76.78 billion yen")


def test_a_time_in_a_relative_clause_does_not_date_the_figures() -> None:
    # "last year" is when the patent expired, not the period of the sales.
    _says(_HALF_YEAR, "How much did Kobe Mart sell in Europe in the first half?", "2.9 billion yen")


_UNITS = """| 3 November 2025, Monday |

Car sales rise

Vayu Motors posted a 22.4% jump in domestic sales to 58,900 units last month. Vayu led the electric segment with 7,820 electric cars.
"""


def test_units_count_what_the_story_sells() -> None:
    _says(_UNITS, "How many cars did Vayu sell last month?", "58,900")


_LEVY = """| 17 September 2025, Wednesday |

Indonesia cuts palm oil levy

Indonesia will cut its export levy on crude palm oil to 7.5% from 10% starting on Oct. 1, the trade ministry said on Tuesday. Exporters also pay a separate export duty of $124 a ton, which was left unchanged.

Indonesia's palm oil exports fell 18.6% in July to 1.92 million tons. Prices have dropped 12% since June.

A broker expects India's palm oil imports to rise to 800,000 tons in November from an estimated 550,000 tons in September.
"""


def test_what_a_country_brings_in_is_tonnes_of_it_in_the_month_ahead() -> None:
    _says(_LEVY, "How much palm oil does the broker think India will bring in in November?", "800,000 tons")


def test_a_price_per_ton_is_not_an_amount_of_the_thing() -> None:
    assert not _answered(_LEVY, "How much palm oil did Indonesia export in August?").answered


def test_from_what_date_asks_when_something_starts() -> None:
    _says(_LEVY, "from what date does the lower rate apply", "Oct. 1")


def test_a_figure_of_another_measure_does_not_answer_for_profit() -> None:
    _says(_HALF_YEAR.replace("and announced a share", "while net profit rose 9.1% to 51.7 billion yen. It announced a share"),
          "What was Kobe's net income for the half?", "51.7 billion yen")


_STORES = """| 10 October 2025, Friday |

Kobe Mart results

Kobe Mart opened 212 stores in Japan during the half. Abroad, it opened 486 stores and closed 61, bringing its overseas network to 9,340 outlets. The company now aims to open 1,000 stores overseas in the full year.

Under the buyback, Kobe Mart will repurchase up to 14 million shares for as much as 30 billion yen between Oct. 10 and Feb. 27 next year.

Singapore-based activist fund Marlow Bay Capital owns about 4.6% of Kobe Mart.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many shops does the chain have outside Japan now?", "9,340 outlets"),  # "the chain" is the story's own
        ("until when does the buyback run?", "27 February 2026"),
        ("Which country is the activist investor from?", "Singapore"),
    ],
)
def test_outside_home_an_aim_a_span_and_a_described_body(question: str, expected: str) -> None:
    _says(_STORES, question, expected)


_RESULTS = """| 10 October 2025, Friday |

Kobe Mart results

Overseas operating profit jumped 31.5% to 18.6 billion yen on revenue of 268.4 billion yen. Same-store sales rose 5.6% in Thailand.

The company kept its full-year forecast for operating profit at 168 billion yen. Kobe Mart has seen growth slow as rivals compete.
"""


def test_a_kept_forecast_was_neither_raised_nor_cut() -> None:
    result = _answered(_RESULTS, "did they cut the full-year profit outlook?")
    assert result.text.startswith("No.") and "kept" in result.text, result.text


@pytest.mark.parametrize(
    "question",
    [
        "By how much did overseas revenue grow?",  # the 31.5% is profit's; revenue is a level "on" it
        "How much did sales rise in Thailand?",  # same-store sales only
    ],
)
def test_no_rate_of_another_measure_or_of_same_store_sales(question: str) -> None:
    assert not _answered(_RESULTS, question).answered


def test_same_store_sales_answer_when_asked() -> None:
    _says(_RESULTS, "how did same store sales do in thailand", "5.6%")


_NO_PROFIT = """| 6 November 2025, Thursday |

Kasumi Motor sales slip

Kasumi Motor sold 1.02 million vehicles worldwide in the quarter, down 3.5% from a year earlier. The yen averaged 147.5 per dollar in the quarter.

Kasumi narrowed its full-year underlying EBIT guidance to between $1.6 billion and $1.9 billion.
"""


@pytest.mark.parametrize(
    "question",
    [
        "How much net profit did Kasumi make in the quarter?",  # neither the vehicles nor the yen rate
        "What revenue does Kasumi expect for the full year?",  # EBIT is not revenue
    ],
)
def test_an_amount_earned_is_money_of_the_measure_asked(question: str) -> None:
    assert not _answered(_NO_PROFIT, question).answered


def test_ebit_guidance_answers_when_asked() -> None:
    _says(_NO_PROFIT, "what is the full-year EBIT guidance?", "$1.9 billion")


def test_a_place_left_out_is_not_in_the_answer() -> None:
    article = """| 3 November 2025, Monday |

Carmaker exports rise

The plant in Salamanca exported 212,000 cars last year, mainly to the United States and Canada.
"""
    names = _answered(article, "Besides the US, which countries get cars from the plant?").text.split(". ")[0]
    assert "Canada" in names and "United States" not in names
    assert "United States" in _answered(article, "which countries get cars from the plant?").text.split(". ")[0]


def test_the_remainder_is_of_what_the_sentence_before_counted() -> None:
    article = """| 3 November 2025, Monday |

Remittances hit a record

The United States accounted for 96.4% of the money received. The remainder came mainly from Canada and Spain.
"""
    names = _answered(article, "besides the US, which countries does the money come from?").text.split(". ")[0]
    assert "Canada" in names and "Spain" in names and "United States" not in names


_CATEGORIES = """| 12 March 2026, Thursday |

Argentina's inflation slows

Argentina's monthly inflation slowed to 2.3% in February from 3.1% in January, the statistics agency said.

Of the 12 spending categories, nine showed smaller price increases than in January. Clothing and footwear prices rose just 0.9% as cheaper imports reached shops.

Personnel costs at directly run stores rose 5.4% as labour shortages pushed up hourly wages.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "than in January" is what February is compared with, not the paragraph's date.
        ("How did clothing prices do last month?", "0.9%"),
        ("How much did staff costs go up?", "5.4%"),  # personnel are staff
    ],
)
def test_a_compared_month_a_kind_of_prices_and_personnel(question: str, expected: str) -> None:
    _says(_CATEGORIES, question, expected)


def test_the_day_numbers_were_put_out_is_the_leads_reporting_day() -> None:
    article = """| 16 September 2025, Tuesday |

Canada housing starts jump

Canada's annualized pace of housing starts rose 9.4% in August to 287,650 units, the national housing agency said on Monday.

Canada Mortgage and Housing Corporation (CMHC) revised the July figure down to 262,930 units.
"""
    _says(article, "When did CMHC put out these numbers?", "15 September 2025")


def test_which_company_operates_a_mine() -> None:
    article = """| 2 August 2025, Saturday |

Chile copper output falls

Output at the privately owned Cerro Alto mine slumped 12.5% to 68,600 tonnes, according to the Chilean Copper Commission.

Workers at Cerro Alto walked off the job for 11 days, forcing operator Andes Pacific Copper to halt its concentrator plant.
"""
    _says(article, "Which company operates Cerro Alto?", "Andes Pacific Copper")


_WIND = """| 10 September 2025, Wednesday |

Britain awards record wind capacity

Britain awarded contracts for a record 8.4 gigawatts (GW) of new offshore wind capacity on Tuesday.

Copenhagen-listed Nordvind Energy was the biggest winner, taking 2.6 GW across two offshore projects.

The fixed-bottom strike price remained below the average wholesale power price of 84 pounds per MWh. Offshore wind is central to the plan.
"""


def test_a_unit_asked_in_full_meets_its_abbreviation() -> None:
    _says(_WIND, "How many gigawatts did Nordvind get?", "2.6 GW")


def test_the_opposite_of_what_the_story_is_about_is_not_answered() -> None:
    assert not _answered(_WIND, "What strike price did onshore wind get?").answered


_NAIRA = """| 24 September 2025, Wednesday |

Nigeria's central bank hikes rate to 28.25%

The Central Bank of Nigeria raised its benchmark interest rate by 75 basis points to 28.25% on Tuesday.

Headline inflation rose to 22.4% in August, the statistics bureau said. Food inflation accelerated to 24.7%.

Nine of the committee's 12 members voted for the hike, the bank said. The hike surprised the market, an analyst said.

The central bank cut its growth forecast for 2025 to 3.0%, the bank said.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What's food price inflation in Nigeria?", "24.7%"),  # "price inflation" is inflation, not a kind of it
        ("When did the CBN announce the hike?", "23 September 2025"),  # the lead's day, below sentences that say "said"
    ],
)
def test_price_inflation_and_the_day_of_the_news(question: str, expected: str) -> None:
    _says(_NAIRA, question, expected)


def test_when_results_came_out_is_the_leads_day_but_not_for_what_is_still_to_come() -> None:
    article = _WIND + "\nThe result contrasts with Denmark, which drew no bids in a tender last December.\n"
    _says(article, "When did the results come out?", "9 September 2025")
    assert not _answered(article, "When will the next results come out?").answered


def test_a_pot_is_a_budget() -> None:
    article = """| 10 September 2025, Wednesday |

Britain raises wind budget

The government had initially set aside 1.5 billion pounds a year, and raised the pot to 1.8 billion pounds last month.
"""
    _says(article, "How big is the budget now?", "1.8 billion pounds")
    _says(article, "How big is the budget in the end?", "1.8 billion pounds")  # "in the end": finally


def test_a_year_earlier_level_from_the_rate_of_the_next_sentence_not_from_basis_points() -> None:
    article = """| 24 September 2025, Wednesday |

Nigeria's central bank hikes rate

The bank raised its rate by 75 basis points on Tuesday, its first increase in nine months.

Gross foreign exchange reserves fell to $36.2 billion at the end of August from $38.9 billion at the end of May. Reserves were still 7.4% higher than a year earlier, the bank said.
"""
    _says(article, "roughly what were the reserves a year ago?", "$33.71 billion")
    assert "nine months ÷" not in _answered(article, "what was the rate a year ago?").text  # points are no rate of growth


def test_a_change_between_a_unit_written_out_and_abbreviated() -> None:
    article = """| 24 September 2025, Wednesday |

Nigeria's oil output falls

Crude oil production averaged 1.52 million barrels per day in August, down from 1.61 million bpd in July.
"""
    _says(article, "By how many barrels a day did oil production drop from July to August?", "0.09 million barrels per day")


def test_a_figure_whose_clause_says_the_opposite_market_does_not_answer() -> None:
    article = """| 24 September 2025, Wednesday |

Naira slides

The naira traded at 1,710 on the parallel market in Lagos on Monday. It has lost 11.3% on the official market since the start of the year.
"""
    assert not _answered(article, "How much did the naira fall on the black market this year?").answered
    _says(article, "How much has the naira lost on the official market?", "11.3%")
    _says(article, "How much has the naira lost on the official market this year?", "11.3%")  # since the start of the year
    assert not _answered(article, "How much did the naira lose on the official market last month?").answered


_LOAN = """| 18 November 2025, Tuesday |

Egypt secures bigger IMF loan

Egypt reached a staff-level agreement with the International Monetary Fund on Monday to expand its loan programme to $11.5 billion. Egypt has drawn $3.2 billion under the programme since it was first agreed in October 2023.

The deal still needs approval from the IMF's executive board, said Marta Kessler, who led the IMF mission to Cairo.

Net international reserves rose to $41.7 billion at the end of October from $38.9 billion a year earlier. External debt stood at $161.2 billion at the end of June, up from $152.9 billion a year earlier.

Saudi Arabia's Public Investment Fund pledged last month to invest $7.5 billion in tourism projects. Saudi Arabia, Kuwait and Qatar together hold about $18 billion in deposits at the central bank, and Cairo has asked all three to roll them over.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How much foreign currency reserves does Egypt have?", "$41.7 billion"),  # = net international reserves
        ("how much is the saudi wealth fund putting into egypt", "$7.5 billion"),  # a state's investment fund
        ("When did the original IMF programme start?", "October 2023"),  # original = first agreed
        ("Who headed the IMF team?", "Marta Kessler"),  # led the mission
        ("Which Gulf states have money parked at the central bank?", "Saudi Arabia, Kuwait, Qatar."),
        ("is the imf deal already final?", "No, not yet"),  # "still needs approval"
        ("how big were egypt's reserves a year earlier?", "$38.9 billion"),  # stated, not worked out
        ("By how much have reserves grown over the past year?", "2.8 billion dollars"),
        ("What percentage did external debt rise by in the year to June?", "about 5.4%"),
    ],
)
def test_reading_an_imf_loan_story(question: str, expected: str) -> None:
    _says(_LOAN, question, expected)


def test_a_list_of_countries_leaves_out_the_cities_and_the_countries_outside_the_group() -> None:
    assert "Cairo" not in _answered(_LOAN, "Which countries hold deposits at the central bank?").text
    assert not _answered(_LOAN, "Which EU countries hold deposits at the central bank?").answered
    result = _answered(_LOAN, "What were Egypt's forex reserves at the end of July?")  # October's are no answer
    assert "$41.7 billion" not in result.text


def test_a_stated_earlier_level_is_only_the_one_asked_about() -> None:
    article = """| 23 July 2025, Wednesday |

Corvana revenue rises

Corvana said second-quarter revenue rose 12% to $8.1 billion from $7.2 billion a year earlier. Cloud revenue rose 18% to $3.4 billion.
"""
    _says(article, "What was cloud revenue a year ago?", "$2.88 billion")  # worked back, not the total's $7.2 billion


def test_the_day_of_someone_elses_estimate_is_its_own_not_the_leads() -> None:
    article = """| 14 November 2025, Friday |

Brazil lifts soybean forecast

Brazil's crop agency Conab on Thursday raised its forecast for the soybean harvest to a record 178.4 million tons.

Pampa Agro Research on Monday raised its estimate to 181.2 million tons. Conab will publish its next crop report on Dec. 11.
"""
    _says(article, "When did Pampa Agro bump up its call?", "Monday")
    _says(article, "when's the next conab report due", "Dec. 11")
    _says(article, "how big is brazil's soy crop gonna be according to conab", "178.4 million")  # gonna: going to


_SOY = """| 14 November 2025, Friday |

Brazil lifts soybean forecast

Brazil's crop agency Conab on Thursday raised its forecast for the soybean harvest to a record 178.4 million tons from 177.6 million tons.

Pampa Agro Research on Monday raised its estimate to 181.2 million tons, while Safras Verdes sees a crop of 179.5 million tons.

China took 77.3 million tons of Brazil's soybeans. Other major buyers included Thailand, Turkey and Vietnam. Farmers in Sorriso, Mato Grosso, the biggest soy-growing municipality, received 118.50 reais per sack.

Soybeans at the port averaged 132.40 reais ($24.93) per sack. On the Chicago Board of Trade, the most-active January soybean contract settled at $10.87 per bushel. The real has gained 11% this year to about 5.31 per dollar.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Where did Chicago soy futures close?", "$10.87 per bushel"),  # futures are "contracts"
        ("wats the reel exchnage rate vs the dolar", "5.31 per dollar"),  # stated, before one worked out of a pair
        ("How much higher is Pampa Agro's crop call than Conab's?", "181.2 million tons − 178.4 million"),  # each name's own
        ("Besides China and Turkey, which countries are big buyers of Brazilian soy?", "Thailand, Vietnam."),
    ],
)
def test_reading_a_crop_forecast_story(question: str, expected: str) -> None:
    _says(_SOY, question, expected)


def test_which_countries_are_not_answered_by_a_province() -> None:
    result = _answered(_SOY, "which countries are big buyers of brazilian soy?")
    assert "Thailand" in result.text and "Mato Grosso" not in result.text, result.text


def test_a_rate_used_to_convert_a_stated_amount_is_worked_out_not_looked_up() -> None:
    article = """| 8 November 2025, Saturday |

Kasumi keeps forecast

Kasumi expects operating profit of 820 billion yen ($5.54 billion) this year. It now assumes a rate of 142 yen per dollar.
"""
    _says(article, "What yen-dollar rate was used to convert the 820 billion yen forecast?", "148.01")


def test_a_kind_of_measure_the_story_gives_only_for_another_measure_is_not_the_bare_total() -> None:
    article = """| 9 October 2025, Thursday |

Taiwan's chip exports hit record in September

Taiwan's exports of chips jumped 31.4% in September from a year earlier to $20.1 billion, the finance ministry said.

Imports rose 14.2% to $33.90 billion, leaving a trade surplus of $12.45 billion.

Chip exports to China rose 9.6%, while chip exports to the United States more than doubled, the ministry said.
"""
    assert not _answered(article, "What were Taiwan's chip imports in September?").answered  # all imports, not chips'
    _says(article, "What were Taiwan's imports in September?", "$33.90 billion")
    _says(article, "What were Taiwan's chip exports in September?", "$20.1 billion")


def test_the_measure_a_story_is_about_needs_no_kind_word_in_each_sentence() -> None:
    article = """| 2 September 2025, Tuesday |

Australia cuts wheat forecast as drought hits south

Australia's wheat crop will fall to 30.1 million tonnes, the forecaster said, as drought hit the south.

Production in South Australia is forecast to slump 38% to 3.2 million tonnes and in Victoria to fall 27% to 2.9 million tonnes.

Wheat growers in Western Australia expect a record crop after good rains.
"""
    _says(article, "How much wheat production in Victoria?", "2.9 million tonnes")


def test_what_was_a_figure_for_another_period_is_no_answer() -> None:
    article = """| 5 November 2025, Wednesday |

Nordhavn profit sinks

Earnings before interest and tax (EBIT) dropped to $412 million in the July-September period from $665 million a year earlier.

Fjordlaks booked a charge of 214 million crowns in the quarter under a 25% levy on profits.
"""
    assert not _answered(article, "what was EBIT for the first nine months").answered
    _says(article, "what was EBIT in the third quarter", "$412 million")
    assert not _answered(article, "what was fjordlaks' net profit for the quarter").answered  # a charge, a levy


def test_payouts_are_dividends_and_owning_shares_in_is_holding_stakes() -> None:
    article = """| 13 August 2025, Wednesday |

Norway's fund earns 4.6%

At the end of June the fund held stakes in 8,612 companies across 69 countries. Fund shares of the manager's parent closed 3.2% higher.

The board proposed a quarterly dividend of 2.50 crowns per share, down from 4.00 crowns a year earlier.
"""
    _says(article, "what payout per share are they giving shareholders", "2.50 crowns per share")
    _says(article, "How many companies does the fund own shares in now?", "8,612 companies")


def test_changes_between_levels_named_in_one_currency_twice_and_over_a_span_of_months() -> None:
    article = """| 23 October 2025, Thursday |

Arvenna profit rises

Net profit rose to 2.31 billion Swiss francs in the three months to September from 1.96 billion francs a year earlier.

The fund's value slipped to 19,402 billion crowns at the end of June from 19,742 billion at the start of the year. Emissions fell 6% from a year earlier.
"""
    _says(article, "By how many francs did quarterly net profit go up?", "0.35 billion Swiss francs")
    _says(article, "By how much did the fund's value fall over the six months?", "340 billion crowns")  # six: no figure to find


def test_a_year_earlier_level_from_a_rate_that_opens_the_paragraph_after_the_level() -> None:
    article = """| 27 November 2024, Wednesday |

Monterrey approves budget

Monterrey's city council on Wednesday approved a 14.6 billion peso ($720 million) budget for fiscal 2025.

The budget is 6.8% larger than the one approved last year, driven mainly by higher property tax collections.

Transport spending will rise 9.2% to 2.1 billion pesos.
"""
    _says(article, "How big was last year's budget?", "13.67 billion peso")


_STARTS = """| 16 September 2025, Tuesday |

Canada's housing starts jump 9.4% in August

Canada's annualized pace of housing starts rose 9.4% in August to 287,650 units, Canada Mortgage and Housing Corporation (CMHC) said.

Among the largest cities, starts in Toronto jumped 34% to 52,600 units and Vancouver rose 18% to 38,150.

Duesseldorf-based electronics chain Elektra Markt reported a 4.7% fall in sales. The company operates 312 vessels in its fleet.
"""


def test_a_word_the_headline_joins_to_the_measure_is_the_storys() -> None:
    _says(_STARTS, "how many houisng strats in vancuover", "38,150")  # "strats": a known word, swapped
    retail = """| 29 November 2024, Friday |

German retail sales fall in October

German retail sales fell by 1.5% in October, the statistics office said. Shoppers held back.

Duesseldorf-based electronics chain Elektra Markt on Thursday reported a 4.7% fall in third-quarter sales.
"""
    assert "4.7%" not in _answered(retail, "How did German retail sales change in November?").text  # a company's are no retail sales


def test_a_typo_between_two_words_of_the_article_takes_the_one_as_long() -> None:
    _says(_STARTS, "how many vesels in the fleat", "312 vessels")  # fleet, not flat


_FUND_FLOWS = """| 13 August 2025, Wednesday |

Norway's wealth fund earns 4.6% in first half

Norway's wealth fund returned 4.6% in the first six months of the year, its manager said on Tuesday.

The government withdrew a net 118 billion crowns from the fund during the half to help finance the state budget. In the same period of 2024 the fund received net inflows of 205 billion crowns, as high gas prices swelled the state's petroleum revenues.

Its effective tax rate rose to 47% from 22% in the same quarter last year. The average spot price for salmon fell to 78.40 crowns per kilogram in the quarter from 96.10 crowns a year earlier.

Rheinfeld will shut a plant in Antwerp next year due to high energy costs.
"""


def test_the_same_period_of_another_year_is_the_period_just_stated_in_that_year() -> None:
    _says(_FUND_FLOWS, "How much money flowed into the fund in the first half of 2024?", "205 billion crowns")


def test_why_after_an_answer_reads_the_reason_of_that_sentence() -> None:
    conversation = Conversation()
    answer("How much money flowed into the fund in the first half of 2024?", _stored(_FUND_FLOWS), conversation)
    result = answer("Why so much?", _stored(_FUND_FLOWS), conversation)
    assert "gas prices" in result.text, result.text


def test_this_quarter_early_in_a_quarter_is_also_the_quarter_just_reported() -> None:
    results = """| 14 August 2025, Thursday |

Fjordlaks Q2 profit falls 18%

Salmon farmer Fjordlaks said on Thursday its second-quarter operating profit fell 18% to 1.12 billion crowns.

Its effective tax rate rose to 47% from 22% in the same quarter last year. The average spot price for salmon fell to 78.40 crowns per kilogram in the quarter from 96.10 crowns a year earlier.
"""
    _says(results, "efective tax rat this quater?", "47%")  # "rat": the article's "rate"
    store = _stored(results)
    conversation = Conversation()
    assert "96.10" in answer("What was the salmon spot price a year ago?", store, conversation).text
    _ = answer("and this quarter?", store, conversation)
    assert "78.40" in _.text, _.text


def test_closing_is_shutting() -> None:
    _says(_FUND_FLOWS, "Is Rheinfeld closing any plants?", "Yes")


_CAR_MOVES = """| 4 November 2025, Tuesday |

India's festive car sales hit record as SUV boom outpaces small cars

India's passenger vehicle sales jumped 11.4% from a year earlier to a record 412,600 units in October. Small cars gained favour.

Sales of small cars, including hatchbacks and compact sedans, rose 3.1% to 118,700 units. Sales of electric cars rose 63% to 17,450 units in October. Small car makers were upbeat.

Food inflation eased to 6.2%. Annual inflation edged up to 4.1% in July from 3.8% in June.

Equities, which account for 71.2% of the portfolio, gained 5.9%. Health care stocks fell 6.4%, while energy ended the period broadly flat.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Did small car sales fall in October?", "No. Sales of small cars"),  # across the aside; not all passenger vehicles
        ("Did inflation ease in July?", "No. Annual inflation edged up"),  # not food inflation
    ],
)
def test_yes_no_on_a_move_reads_the_measure_asked_not_a_kind_of_it(question: str, expected: str) -> None:
    _says(_CAR_MOVES, question, expected)


def test_yes_no_on_a_move_needs_every_word_of_what_moved() -> None:
    assert "Equities" not in _answered(_CAR_MOVES, "Did energy stocks go up?").text


def test_a_post_asked_is_not_answered_by_another_post_or_another_bodys_head() -> None:
    article = """| 22 October 2025, Wednesday |

Great Lakes Heritage cuts dividend

Great Lakes Heritage cut its dividend, Chief Financial Officer Daniel Okafor said.

The India Meteorological Department (IMD) forecast more rain. "Planting is late," said Ramesh Yadav, president of the Bihar Kisan Manch, a farmers' group.
"""
    assert not _answered(article, "who is the bank's chief risk officer").answered
    _says(article, "who is the bank's chief financial officer", "Daniel Okafor")
    assert not _answered(article, "Who is the head of the IMD?").answered


_BANK = """| 22 October 2025, Wednesday |

Great Lakes Heritage cuts dividend

Great Lakes Heritage Bancorp on Tuesday reported a 72% slump in third-quarter profit, cut its quarterly dividend and said it would eliminate about 1,150 jobs.

Net interest income fell 9.4% from a year earlier to $612 million, and was also down from $641 million in the second quarter.

The provision for credit losses rose to $238 million from $97 million a year earlier.

The board lowered the quarterly dividend to 18 cents per share from 45 cents, its first reduction since 2009.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("by what percent did they cut the dividend", "about 60%"),  # the profit's 72% slump is another change
        ("how much did they set aside for bad loans this quarter", "$238 million"),  # provisions for credit losses
        ("net intrest incme in the third quarter?", "$612 million"),  # "in the second quarter" is what it is set against
    ],
)
def test_reading_a_bank_results_story(question: str, expected: str) -> None:
    _says(_BANK, question, expected)


def test_a_lender_is_the_bank_asked_about() -> None:
    article = """| 22 October 2025, Wednesday |

Regional bank cuts dividend

Great Lakes Heritage Bancorp, a Cleveland-based regional lender, on Tuesday cut its quarterly dividend.
"""
    _says(article, "where is the bank headquartered?", "Cleveland")


_PRICES = """| 13 March 2025, Thursday |

Argentina's inflation slows again

Monthly inflation slowed to 2.3% in February from 3.1% in January.

Consumer prices rose 41.6% in the 12 months to February, down from 47.9% in the year to January. Core inflation eased to 2.0% from 2.8%.

The state grain agency bought 2.1 million tonnes of wheat from farmers at a guaranteed price of 212,000 pesos per tonne.
"""


def test_a_yearly_rate_is_read_as_of_its_last_month() -> None:
    _says(_PRICES, "core inflaiton in februray?", "Core inflation eased to 2.0%")
    assert not _answered(_PRICES, "what was core inflation in march").answered


def test_a_monthly_rate_stated_for_the_month_wins_over_the_yearly_one() -> None:
    _says(_PRICES, "what was monthly inflation in february", "2.3%")


def test_procurement_is_buying() -> None:
    _says(_PRICES, "wheat procurment price per tonne", "212,000 pesos")


_COCOA = """| 17 June 2025, Tuesday |

Mid-crop cocoa arrivals lag last season

Farmers delivered 438,000 tonnes of cocoa to the ports between April 1 and June 15, down 6.8% from the same period last season.

Ivory Coast accounts for about 40% of the world's cocoa supply. An analyst forecast a global surplus of 142,000 tonnes in the 2024/25 season.

The regulator raised the farmgate price to 2,300 CFA francs per kilogram. Southern Chiapas posted the fastest growth, with inflows surging 21.5% to $812 million due to more workers abroad.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("whats ivory coast's share of global cocoa supply", "about 40%"),  # the world's is the global
        ("how big a world surplus is forecast", "142,000 tonnes"),
        ("farmgate price per kilo?", "2,300 CFA francs"),  # a kilo is a kilogram
        ("How much did Chiapas receive?", "$812 million"),  # what a place receives is its inflows
        ("how much cocoa has got to the ports since the season kicked off", "438,000 tonnes"),  # the start dates the span
    ],
)
def test_words_of_one_meaning(question: str, expected: str) -> None:
    _says(_COCOA, question, expected)


def test_an_amount_before_due_to_measures_what_moved_not_due() -> None:
    [figure] = [f for f in _stored(_COCOA).article_figures() if f.raw.startswith("$812")]
    assert "inflows" in figure.measure


_PAIRS = """| 22 October 2025, Wednesday |

Omani LNG producer signs supply deals

The expansion will cost 4.6 billion rials ($11.96 billion), the company said.

The regulator raised the farmgate price to 2,300 CFA francs ($4.04) per kilogram.

Indus Motor will invest 45 billion rupees ($507 million) in its plant in Sanand.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What rial-dollar exchange rate does the expansion cost imply?", "About 2.60 dollars per rial"),
        ("What CFA franc to dollar rate does the farmgate price imply?", "About 569.3 CFA francs per dollar"),
        ("what rupee to dollar rate does the sanand investment imply", "About 88.8 rupees per dollar"),  # "$" is the dollar
    ],
)
def test_the_rate_a_pair_of_amounts_implies_in_less_common_currencies(question: str, expected: str) -> None:
    _says(_PAIRS, question, expected)


_EARLIER = """| 22 October 2025, Wednesday |

Ivory Coast mid-crop cocoa arrivals lag last season

Farmers delivered 438,000 tonnes of cocoa to the ports between April 1 and June 15, down 6.8% from the same period last season.

Heavy rain has slowed the mid-crop harvest, which runs from April to September.

The company exported 10.1 million tonnes of LNG last year, up 6.3% from a year earlier, while revenue rose to $5.2 billion, up from $4.8 billion a year earlier.

Exporters expect mid-crop deliveries to pick up in July.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the revenue's stated earlier level is not the exports'
        ("How much LNG did the company export the year before last?", "About 9.50 million tonnes"),
        ("How much revenue did it make the year before?", "$4.8 billion"),
        # "reaching the ports" is arriving there; "mid-crop" names a season, not the crop measured
        ("How much cocoa had reached the ports by this point in last season's mid-crop?", "About 469,957 tonnes"),
        ("how much cocoa had been delivered by this time last year", "About 469,957 tonnes"),
    ],
)
def test_earlier_levels_of_the_measure_asked(question: str, expected: str) -> None:
    _says(_EARLIER, question, expected)


_GRIND = """| 17 June 2025, Tuesday |

Atlantica raises guidance as cocoa grindings slide

Atlantica Airlines swung to a profit, the carrier said on Thursday, as it announced an order for 40 jets and raised its full-year guidance.

In Europe, first-quarter grindings fell 3.9% to 337,900 tonnes, the European Cocoa Association said in April, while Asian grindings slid 7.2%.

Total arrivals since the season began reached 1.71 million tonnes, still up 9.6% from 1.56 million tonnes by the same date last season.

Atlantica raised its forecast for full-year operating profit to between 780 million and 820 million euros.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("did european grindings go up in q1", "No. In Europe, first-quarter grindings fell 3.9%"),  # a period, not a kind
        ("Are total arrivals for the season still ahead of last year?", "Yes."),  # "total" asks no amount here
        ("Did Atlantica raise its guidance?", "780 million"),  # the move stated with its figures
    ],
)
def test_yes_no_questions_answered_with_the_move_that_says_most(question: str, expected: str) -> None:
    _says(_GRIND, question, expected)


_LNG = """| 22 October 2025, Wednesday |

Duqm LNG signs long-term supply deals

Duqm LNG Company has signed agreements to supply a combined 3.6 million tonnes per annum of LNG to buyers in Japan, India and Germany.

Hamburg-based Nordwerk Energie AG signed for 0.9 mtpa over 10 years. "These agreements give us secure outlets," Chief Executive Khalid al-Harthy said at a signing ceremony in Muscat.

The expansion will cost $11.96 billion, of which $7.5 billion is being financed by a group of 14 local and international banks.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how much lng will they supply in total under the new deals", "a combined 3.6 million tonnes"),  # stated, not summed
        ("How many lenders are financing the expansion?", "14 local and international banks"),
        ("Where did the signing ceremony take place?", "Muscat"),  # not the place of a body that signed
    ],
)
def test_reading_a_supply_deal_story(question: str, expected: str) -> None:
    _says(_LNG, question, expected)


_FUTURES = """| 17 June 2025, Tuesday |

Cocoa futures fall

London's benchmark September cocoa contract settled 3.4% lower at 6,915 pounds a tonne on Monday, while New York September cocoa fell 2.9% to $9,480 a tonne. New York futures have lost 18.5% so far this year.

Soybeans at the port of Paranaguá averaged 132.40 reais per sack last week. Farmers in Sorriso, the biggest soy-growing town, received 118.50 reais per sack.
"""


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["What happened to London cocoa futures on Monday?", "and new york?"], "$9,480"),  # Monday's, not the year's
        (["What were soybeans fetching at Paranaguá last week?", "and in sorriso?"], "118.50 reais"),  # silent on the week
    ],
)
def test_and_x_asks_the_last_question_for_its_period_too(turns: list[str], expected: str) -> None:
    store, conversation = _stored(_FUTURES), Conversation()
    for turn in turns:
        result = answer(turn, store, conversation)
    assert result.answered and expected in result.text, result.text


_CAUSES = """| 17 June 2025, Tuesday |

Cocoa arrivals lag as rain hampers harvest

Farmers delivered 438,000 tonnes of cocoa to the ports between April 1 and June 15, down 6.8% from the same period last season. Heavy rain in the west has slowed the harvest and the drying of beans, exporters said.

The biggest deal, with Tokyo-based utility Hoshino Electric Power, covers 1.5 mtpa for 15 years, with deliveries due to start in 2028.

"We wanted a supplier outside the Strait of Hormuz because it lowers our shipping risk," said Kenji Arakawa, the utility's fuel manager.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("why are port arrivals down vs last year", "Heavy rain in the west has slowed the harvest"),  # a cause acting, next sentence
        ("why did the utility want a new supplier", "because it lowers our shipping risk"),  # "due to start" gives no reason
    ],
)
def test_reasons_a_story_gives(question: str, expected: str) -> None:
    _says(_CAUSES, question, expected)


@pytest.mark.parametrize(
    ("article", "question", "expected"),
    [
        # "the new rates" are the tax just cut; the whole story has other Septembers to mislead
        ("india_cars", "When did the lower GST rates kick in?", "Sept. 22"),
        # the day the dividend moves on, not "the third U.S. regional bank to cut its dividend this year"
        ("us_bank", "when does the reduced dividend get paid", "Dec. 15"),
    ],
)
def test_when_reads_the_sentence_that_dates_the_thing_just_named(article: str, question: str, expected: str) -> None:
    text = (ROOT / "tests" / "fixtures" / "validation" / f"{article}.txt").read_text(encoding="utf-8")
    _says(text, question, expected)


def test_which_ports_asks_for_places() -> None:
    article = """| 17 June 2025, Tuesday |

Cocoa arrivals lag

A trader said 15% of the beans delivered to his warehouses last week were too damp.

Farmers delivered 438,000 tonnes of cocoa to the ports of Abidjan and San Pedro between April 1 and June 15.
"""
    _says(article, "Which ports are the beans being delivered to?", "Abidjan")


_PLACE_LIST = """| 5 November 2025, Wednesday |

Drugmaker to cut jobs

The group said it would cut about 2,400 jobs, mainly in Germany, France and Switzerland.

Shipments to China, Japan's biggest trading partner, fell 6.2% to 1.62 trillion yen.

Michoacan took in $1.62 billion, followed by Guanajuato with $1.48 billion and Jalisco with $1.45 billion.
"""


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        ("How many of the job cuts are in Germany?", False),  # the whole list's figure, not Germany's
        ("How many jobs will the group cut?", True),
        ("How much did shipments to China fall?", True),  # an aside after China, no list
        ("How much did Jalisco get?", True),  # each place of the list with its own figure
    ],
)
def test_a_figure_for_a_list_of_places_is_no_figure_for_one_of_them(question: str, answered: bool) -> None:
    assert _answered(_PLACE_LIST, question).answered is answered


_NORMS = """| 14 August 2025, Thursday |

Weak monsoon delays planting; carmaker cuts outlook

India's monsoon rains have been 11% below average since the season began on June 1. Rainfall was 14% below average in July.

Kasumi Motor Corp on Wednesday cut its full-year operating profit forecast to 820 billion yen from 1 trillion yen. Analysts had expected full-year operating profit of 905 billion yen.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how far short of normal is the monsoon so far", "11% below average"),  # stated, not worked out
        ("What's the new annual operating profit forecast?", "820 billion yen"),  # annual = full-year; the object cut
    ],
)
def test_norms_and_full_year_forecasts(question: str, expected: str) -> None:
    _says(_NORMS, question, expected)


def test_a_gap_to_normal_for_a_month_not_given_is_no_answer() -> None:
    assert not _answered(_NORMS, "How much below normal was rainfall in May?").answered


@pytest.mark.parametrize("question", ["hwo mnay enterprises attended?", "how mnay firms took part", "waht is the number of firms that attended"])
def test_a_question_word_with_two_letters_swapped(question: str, seed: Store) -> None:
    result = answer(question, seed)
    assert result.answered and "800" in result.text, result.text


_JETS = """| 18 November 2025, Tuesday |

SkyLaju orders up to 60 Airbus jets despite deeper loss

Malaysian budget carrier SkyLaju Airways on Tuesday ordered up to 60 Airbus A321neo jets valued at $8.1 billion at list prices, as rising fuel costs pushed it deeper into the red.

The airline carried 6.3 million passengers in the third quarter, up 14.2% from a year earlier.

But SkyLaju reported last week a net loss of 412.8 million ringgit for the July-September quarter, wider than the 156.1 million ringgit loss it posted a year earlier.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how many planes is skylaju buying", "up to 60 Airbus A321neo jets"),  # buying is ordering
        ("What's the order worth at catalogue prices?", "$8.1 billion"),  # catalogue prices are list prices
        ("How much money did the airline lose in Q3?", "412.8 million ringgit"),  # not the year-earlier loss
        ("how many ppl did skylaju fly in the jul-sep period", "6.3 million passengers"),  # people flown are passengers
    ],
)
def test_reading_an_aircraft_order_story(question: str, expected: str) -> None:
    _says(_JETS, question, expected)


def test_a_figure_its_clause_dates_a_year_earlier_is_not_of_the_period_reported() -> None:
    figures = {f.raw: f for f in _stored(_JETS).article_figures()}
    assert figures["412.8 million ringgit"].period_label.startswith("July")  # "reported last week" dates the report
    assert not figures["156.1 million ringgit"].period_label


_TELCO = """| 21 October 2025, Tuesday |

Nordvik Telecom core profit beats forecasts, to cut 1,400 jobs

Nordvik Telecom reported a 6.8% rise in third-quarter core earnings on Tuesday and said it would cut about 1,400 jobs by the end of next year.

Service revenue, which excludes handset sales, rose 4.2% in local currencies. The group added 58,000 mobile subscribers in the quarter to reach 9.84 million.

Nordvik said it would cut about 1,400 positions, or 7% of its workforce of around 20,000, by the end of 2026. It booked restructuring costs of 640 million crowns in the quarter.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many mobile customers has Nordvik got now?", "9.84 million"),  # customers are subscribers
        ("how many people work for the company in total", "20,000"),  # the workforce, not the jobs it cuts
        ("what was the restructuring charge", "640 million crowns"),  # a charge is a cost
        ("how fast did underlying earnings grow", "6.8%"),  # underlying is core
    ],
)
def test_reading_a_telecom_results_story(question: str, expected: str) -> None:
    _says(_TELCO, question, expected)


def test_the_subject_before_an_aside_is_what_a_figure_measures() -> None:
    [figure] = [f for f in _stored(_TELCO).article_figures() if f.raw == "4.2%"]
    assert figure.measure == "Service revenue"


_SHARES_MOVE = """| 21 October 2025, Tuesday |

Nordvik Telecom to cut 1,400 jobs

Nordvik Telecom reported a rise in third-quarter core earnings on Tuesday and said it would cut about 1,400 jobs by the end of next year. It is the company's largest round of job cuts since 2022, when it shed 900 roles, and it booked restructuring costs of 640 million crowns in the quarter.

Its shares rose 4.6% to 41.85 crowns by 0915 GMT. The stock has gained 18% since the start of the year.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how many jobs r they cuttin", "1,400 jobs"),  # the g phones drop
        ("nordvik share pirce move todya", "4.6%"),  # a move asked; the year's gain is the next sentence's
        ("How big a restructuring charge did they take this quarter?", "640 million crowns"),  # "in the quarter"
    ],
)
def test_phone_questions_on_a_results_story(question: str, expected: str) -> None:
    _says(_SHARES_MOVE, question, expected)


def test_a_bodys_home_is_not_where_its_news_happened() -> None:
    article = """| 18 November 2025, Tuesday |

SkyLaju orders Airbus jets

The deal, signed at the Dubai Airshow, comprises firm orders for 40 aircraft, the Kuala Lumpur-based airline said in a statement.
"""
    result = _answered(article, "Where was the order announced?")
    assert result.answered and result.text.startswith("Dubai"), result.text
    _says(article, "Where is the airline based?", "Kuala Lumpur")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Is the airline's loss bigger than a year ago?", "Yes."),  # "wider than the 156.1 million ringgit loss"
        ("Is the loss smaller than a year earlier?", "No."),
    ],
)
def test_a_loss_is_a_measure_that_moves_not_a_fall(question: str, expected: str) -> None:
    result = _answered(_JETS, question)
    assert result.answered and result.text.startswith(expected), result.text


def test_the_level_a_move_went_from_in_a_year_on_year_sentence_is_the_year_earlier_one() -> None:
    article = """| 18 November 2025, Tuesday |

SkyLaju carries more passengers

The airline carried 6.3 million passengers in the third quarter, up 14.2% from a year earlier, while its load factor, a measure of how full its planes are, rose to 87% from 83%.
"""
    _says(article, "what was the load factor a year before?", "83%")


_LAYOFFS = """| 21 October 2025, Tuesday |

Nordvik to cut 1,400 jobs

Nordvik said it would cut about 1,400 positions by the end of 2026. It is the company's largest round of job cuts since 2022.

Halvorsen said unions in Sweden had been informed last week and formal talks would start in November.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("When are the layoffs supposed to be done by?", "By the end of 2026"),  # the end asked, not "since 2022"
        ("When do formal talks with the unions kick off?", "In November"),  # the start, not when unions were told
    ],
)
def test_when_a_plan_ends_and_when_it_starts(question: str, expected: str) -> None:
    result = _answered(_LAYOFFS, question)
    assert result.answered and result.text.startswith(expected), result.text


_EV_CARS = """| 2 October 2025, Thursday |

Corvana's deliveries miss forecasts

Corvana AG delivered 86,940 vehicles in the third quarter, up 26% from a year earlier.

Its Aria compact SUV accounted for 41,380 deliveries, while the Strada saloon contributed 27,150 and the Nova small hatchback, launched in March, added 18,410.

Separately, Corvana said it was recalling 14,720 Strada saloons due to a fault in the battery management software.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how many cars did corvana hand over to customers in q3", "86,940 vehicles"),  # handed over = delivered
        ("How many vehicles does the recall cover?", "14,720 Strada saloons"),  # a saloon is a car; "cover" asks the amount
        ("how many of the little nova hatchbacks went out the door", "18,410"),  # the subject before "launched in March"
    ],
)
def test_reading_a_car_deliveries_story(question: str, expected: str) -> None:
    _says(_EV_CARS, question, expected)


_PLANT = """| 2 October 2025, Thursday |

Corvana's China sales slide

Construction of Corvana's battery cell plant in Ostrava, Czech Republic, is on schedule and the factory is due to open in the second half of next year, the company said.

In China, however, deliveries fell 4.1% to 19,860. The Nova is on sale in Germany, France and Italy.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("when's the czech battery factory supposed to start up", "In the second half of next year"),  # Ostrava is in it
        ("are corvana's sales in china growing?", "No."),  # how they moved there, not where they are on sale
    ],
)
def test_places_within_places_and_moves_in_a_place(question: str, expected: str) -> None:
    result = _answered(_PLANT, question)
    assert result.answered and result.text.startswith(expected), result.text


def test_the_period_a_when_question_names_is_what_not_when() -> None:
    article = """| 2 October 2025, Thursday |

Corvana's deliveries miss forecasts

Corvana delivered 86,940 vehicles in the third quarter, the company said on Thursday. It will publish full third-quarter results on November 6.
"""
    result = _answered(article, "When do we get the full Q3 numbers?")
    assert result.answered and result.text.startswith("On November 6"), result.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [("us delivries last quater", "11,430"), ("deliveries in us?", "11,430")],
)
def test_us_in_lower_case_before_a_noun_or_after_a_preposition_is_the_country(question: str, expected: str) -> None:
    article = """| 2 October 2025, Thursday |

Corvana's deliveries miss forecasts

Deliveries in Europe rose 45% to 52,770 vehicles in the third quarter, while U.S. deliveries climbed 20.3% to 11,430.
"""
    _says(article, question, expected)


_DEVELOPER = """| 19 November 2025, Wednesday |

Tianjia Property wins creditor nod to extend yuan bond payments

Tianjia Property Group said on Tuesday that onshore creditors had approved a three-year extension of payments on two yuan bonds totalling 4.2 billion yuan.

Tianjia has handed over 41,300 unfinished homes in 23 cities in the first ten months of the year.

New home prices in 70 major cities fell 0.4% in October from September. Prices dropped 5.7% from a year earlier in Guangzhou, while Shanghai posted a 3.9% rise.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how big are the two onshore bonds put together", "4.2 billion yuan"),  # put together = totalling
        ("How many half-built flats has the developer handed over so far this year?", "41,300"),  # flats are homes
        ("new hom prices guangzho yoy", "5.7%"),  # "Prices" leans on the sentence before; "hom" is "home"
        ("are new home prices in shanghai falling too", "3.9% rise"),
    ],
)
def test_reading_a_property_developer_story(question: str, expected: str) -> None:
    _says(_DEVELOPER, question, expected)


def test_a_stated_earlier_level_for_another_span_is_not_the_months() -> None:
    article = """| 19 November 2025, Wednesday |

Tianjia's sales slide

The developer's contracted sales fell 34.2% from a year earlier to 4.87 billion yuan in October. Sales for the first ten months totalled 51.6 billion yuan, down 31.8% from 75.7 billion yuan a year earlier.
"""
    _says(article, "What were Tianjia's October contracted sales a year earlier?", "About 7.40 billion yuan")
    _says(article, "What were sales in the first ten months a year earlier?", "75.7 billion yuan")


def test_a_lower_case_name_owning_something_is_a_name_the_article_never_uses() -> None:
    assert not _answered(_DEVELOPER, "how much did vanke's home prices drop").answered
    assert _answered(_DEVELOPER, "how many homes has tianjia's team handed over").answered


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which authority said nobody had been hurt because of the software glitch?", "Federal Motor Transport Authority"),
        ("Which analyst reckons sales could hit $7 billion a year?", "Claire Dubois"),  # reckon = see, expect
    ],
)
def test_who_said_it_in_other_words(question: str, expected: str) -> None:
    article = """| 2 October 2025, Thursday |

Corvana recalls cars

Corvana is recalling 14,720 cars due to a fault in the battery management software. Germany's Federal Motor Transport Authority said no accidents or injuries had been linked to the problem.

"We see annual sales reaching $7 billion," said Claire Dubois, an analyst at Lac Leman Securities.
"""
    result = _answered(article, question)
    assert result.answered and expected in result.text, result.text


def test_a_forecast_of_one_verb_is_not_the_aim_of_the_next() -> None:
    article = """| 21 October 2025, Tuesday |

Nordvik keeps its outlook

Nordvik kept its forecast for low-to-mid single-digit growth in adjusted EBITDA for 2025 and reiterated that it would pay a dividend of at least 2.10 crowns per share for the year, up from 2.00 crowns for 2024.
"""
    _says(article, "What payout per share are shareholders getting for this year?", "2.10 crowns")


_MISSES = """| 2 October 2025, Thursday |

Corvana's deliveries miss forecasts

Corvana AG delivered 86,940 vehicles in the third quarter, up 26% from a year earlier but short of the 91,500 expected by analysts in a company-compiled consensus.

Arrivals in the week to Sunday were estimated at 19,500 tonnes, down from 25,700 tonnes the previous week.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("by how many vehicles did they miss the consensus", "4,560 vehicles below the forecast"),  # the bare 91,500 counts vehicles
        ("how many fewer tonnes arrived this week than the week before", "6,200 tonnes"),  # "fewer" names the working
    ],
)
def test_differences_with_fewer_and_a_missed_consensus(question: str, expected: str) -> None:
    _says(_MISSES, question, expected)


def test_a_planned_level_less_the_level_a_sentence_gives_as_current() -> None:
    article = """| 18 November 2025, Tuesday |

SkyLaju orders Airbus jets

SkyLaju currently operates 48 aircraft, with an average age of 9.4 years. It aims to fly 95 planes, including leased aircraft, by the end of 2032.
"""
    _says(article, "how many more planes does skylaju want to have by 2032 than it flies today", "47 planes")


def test_how_many_more_to_hit_a_target_is_the_aim_less_what_is_done() -> None:
    article = """| 19 November 2025, Wednesday |

Tianjia hands over more homes

Tianjia has handed over 41,300 unfinished homes in the first ten months of the year, up from 36,800 in the same period of 2024, and aims to complete 55,000 units in 2025.
"""
    _says(article, "how many more homes does tianjia still need to hand over to hit this years target", "13,700")


def test_what_a_company_earned_is_its_profit() -> None:
    article = """| 22 October 2025, Wednesday |

Great Lakes Heritage profit slumps

Great Lakes Heritage Bancorp on Tuesday reported a 72% slump in third-quarter profit to $81 million, from $289 million a year earlier. Net interest income fell 9.4% to $612 million.
"""
    _says(article, "how much did great lakes heritage earn in q3", "$81 million")


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["What's happening with jobs at Nordvik?", "why?"], "as the company automates its call centres"),
        (["What did the government do about rice exports?", "why?"], "to ensure adequate availability"),
    ],
)
def test_why_after_an_answer_reads_on_into_what_leans_back_on_it(turns: list[str], expected: str) -> None:
    article = """| 21 October 2025, Tuesday |

Nordvik to cut jobs; India curbs rice exports

Nordvik said it would cut about 1,400 positions by the end of 2026. It is the company's largest round of job cuts since 2022.

Halvorsen said the reductions were needed as the company automates its call centres and moves billing to a single IT platform.

On Monday the government imposed a 20% duty on exports of parboiled rice. The curbs were needed "to ensure adequate availability at reasonable prices in the domestic market", it said.
"""
    store, conversation = _stored(article), Conversation()
    for turn in turns:
        result = answer(turn, store, conversation)
    assert result.answered and expected in result.text, result.text


def test_how_many_job_cuts_counts_the_jobs_cut_and_remembers_the_sentence_quoted() -> None:
    article = """| 21 October 2025, Tuesday |

Nordvik to cut jobs

It is the company's largest round of job cuts since 2022. Nordvik said it would cut about 1,400 positions by the end of 2026.
"""
    store, conversation = _stored(article), Conversation()
    result = answer("How many job cuts is Nordvik making?", store, conversation)
    assert conversation.last is not None
    quoted = store.sentences([conversation.last.sentence_id])[conversation.last.sentence_id]
    assert "1,400" in result.text and "1,400" in quoted.text


_MERGER = """| 18 November 2025, Tuesday |

Rheinmark and Valmeuse agree all-share steel merger

Rheinmark and Valmeuse agreed on Tuesday to combine in an all-share deal. The combined group would produce about 23.8 million tonnes of crude steel a year.

Valmeuse shareholders will receive 0.85 new Rheinmark shares for each share, leaving Rheinmark investors with 58% of the merged company and Valmeuse investors with 42%.

The companies expect annual cost savings of 650 million euros by 2028, with one-off integration costs of around 900 million euros.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how much steel will the merged company churn out each year", "23.8 million tonnes"),  # churn out = produce
        ("synergys target in euros?", "650 million euros"),  # synergies are cost savings; "in euros?" asks a figure
        ("What will it cost up front to integrate the two businesses?", "900 million euros"),  # up front = one-off
        ("What share of the combined company will Valmeuse investors own?", "42%"),  # "the combined company" is no sum
    ],
)
def test_reading_a_merger_story(question: str, expected: str) -> None:
    _says(_MERGER, question, expected)


_COFFEE_RAIN = """| 6 November 2025, Thursday |

Vietnam's coffee exports jump as harvest starts

The Ministry of Agriculture and Environment forecast on Monday that output would rise 6.1% to 1.76 million tonnes, government data showed on Wednesday.

Heavy rain lashed the Central Highlands provinces of Dak Lak, Lam Dong and Gia Lai last week, with 310 mm falling in Buon Ma Thuot in the seven days to Sunday.

The central bank cut its growth forecast for 2025 to 3.0% from 3.3% on Tuesday.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how much rain came down in buon ma thuot over the past week", "310 mm"),  # rain falls; the place after is its own
        ("when did the farm ministry put out its crop estimate", "On Monday"),  # the day it forecast, not the report's
        ("When did the central bank cut its growth forecast?", "On Tuesday"),  # "for 2025" is what it covers
    ],
)
def test_rain_falling_forecasts_made_and_forecasts_for(question: str, expected: str) -> None:
    _says(_COFFEE_RAIN, question, expected)


def test_when_a_body_announced_is_not_when_another_body_reported() -> None:
    article = """| 24 September 2025, Wednesday |

Nigeria's central bank raises rates

The Central Bank of Nigeria raised its benchmark interest rate by 75 basis points to 28.25% on Tuesday.

Headline inflation rose to 22.4% in August, the National Bureau of Statistics said last week. "The hike surprised the market," an analyst said.
"""
    _says(article, "When did the CBN announce the hike?", "On Tuesday")


_VN_COFFEE = """| 6 November 2025, Thursday |

Vietnam's coffee exports jump amid Central Highlands downpours

Heavy rain lashed the Central Highlands provinces of Dak Lak, Lam Dong and Gia Lai last week.

"Bean quality could be lower this season due to the wet weather," said Le Thi Minh Chau, vice chairwoman of the VCTA.

Shipments to the United States fell 9.5% after Washington's tariffs took effect in August.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which provinces got hammered by the downpours", "Dak Lak"),  # hammered = lashed; downpours = heavy rain
        ("Who warned that bean quality might suffer this year?", "Le Thi Minh Chau"),  # warning is saying
        ("Are coffee sales to the US going up?", "No. Shipments to the United States fell 9.5%"),  # sales to a country
    ],
)
def test_reading_a_coffee_harvest_story(question: str, expected: str) -> None:
    _says(_VN_COFFEE, question, expected)


def test_domestic_sales_to_a_figure_are_no_exports() -> None:
    article = """| 4 November 2025, Tuesday |

Vayu Motors sales jump

Mumbai-based Vayu Motors posted a 22.4% jump in domestic sales to 58,900 units last month.
"""
    assert not _answered(article, "How many cars did Vayu Motors export last month?").answered


def test_sitting_on_beans_is_keeping_them() -> None:
    article = """| 6 November 2025, Thursday |

Vietnam's coffee harvest starts

"Many farmers are keeping their beans at home because they expect prices to recover once the harvest passes its peak," said Tran Quoc Hung, an exporter.
"""
    _says(article, "why are growers sitting on their beans instead of selling", "because they expect prices to recover")


_TWO_RESULTS = """| 18 November 2025, Tuesday |

Rheinmark and Valmeuse agree steel merger

Rheinmark reported last month that its EBITDA fell 38% in the third quarter to 186 million euros, while Valmeuse swung to a net loss of 74 million euros in the quarter from a profit of 41 million euros a year earlier.

Katrin Vossberg, Rheinmark's chief executive, will be chief executive of the combined group.
"""


def test_profitable_against_a_loss_is_a_no_from_the_loss_itself() -> None:
    result = _answered(_TWO_RESULTS, "Was Valmeuse profitable in the third quarter?")
    assert result.answered and result.text.startswith("No. Valmeuse swung to a net loss"), result.text


def test_a_finance_chief_is_not_the_chief_executive() -> None:
    assert not _answered(_TWO_RESULTS, "Who will be the merged company's finance chief?").answered


def test_how_much_a_kind_of_price_fell_is_its_move_not_the_headline_rate() -> None:
    article = """| 15 October 2025, Wednesday |

Polish inflation eases on cheaper fuel

Poland's annual consumer price inflation slowed to 2.9% in September from 3.1% in August, as falling fuel prices offset high food costs.

Fuel prices for private vehicles fell 6.8% year-on-year, deepening from a 5.3% drop in August.
"""
    _says(article, "How much did fuel prices fall in September?", "6.8%")
    _says(article, "how much did consumer prices rise in September", "2.9%")


def test_what_was_the_profit_is_not_answered_by_its_change() -> None:
    article = """| 20 August 2025, Wednesday |

Norway's Fjordlaks Q2 profit falls 18% as lice costs and new rent tax bite

Fjordlaks harvested 41,300 tonnes of salmon in the second quarter, revenue rose 6% to 5.6 billion crowns.
"""
    assert not _answered(article, "what was fjordlaks' net profit for the quarter").answered
    _says(article, "how much did fjordlaks' profit fall in the quarter", "18%")


def _stored_article(name: str) -> str:
    """A whole article of the fixtures: some rules only show among a full story's other sentences."""
    found = sorted((ROOT / "tests" / "fixtures").glob(f"*/{name}.txt"))
    return found[0].read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("article", "question", "expected"),
    [
        ("india_harvest", "wheat procurment price per quintel", "2,125"),  # procurement is buying
        ("ci_cocoa", "how big a world surplus is the analyst predicting for this season", "142,000"),  # world = global
        ("ci_cocoa", "whats ivory coast's share of global cocoa supply", "40%"),
        ("ci_cocoa", "how much cocoa has got to the ports since the mid-crop kicked off", "438,000"),
        ("ci_cocoa", "How much cocoa had reached the ports by this point in last season's mid-crop?", "469,957"),
        ("lng_deal", "why did the japanese utility want gas from oman", "shipping risk"),  # "due to start" is no reason
        ("jet_order", "what was the load factor a year before?", "83%"),  # "rose to 87% from 83%"
        ("ev_deliveries", "When do we get the full Q3 numbers?", "November 6"),  # "third-quarter" is what, not when
        ("ev_deliveries", "us delivries last quater", "11,430"),  # the country in lower case
        ("cn_property", "are new home prices in shanghai falling too", "3.9%"),  # "Prices dropped ..." leans back
        ("cn_property", "What were Tianjia's October contracted sales a year earlier?", "7.40"),  # not the ten months'
        ("steel_merger", "synergys target in euros?", "650 million"),  # synergies are cost savings
        ("vn_coffee", "when did the farm ministry put out its crop estimate", "On Monday"),  # the day it forecast
    ],
)
def test_rules_of_this_session_on_the_stored_articles_they_came_from(article: str, question: str, expected: str) -> None:
    _says(_stored_article(article), question, expected)


def test_a_finance_chief_is_not_the_chief_executive_in_the_stored_merger_story() -> None:
    assert not _answered(_stored_article("steel_merger"), "Who will be the merged company's finance chief?").answered
