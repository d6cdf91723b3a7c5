"""Tests for knowledge.numbers: figures found in one sentence, with their context."""

from __future__ import annotations

import random
from importlib import resources

import pytest

from knowledge.models import Figure
from knowledge.numbers import find_figures, parse_number, range_end

SEED = resources.files("knowledge").joinpath("data/seed.txt").read_text(encoding="utf-8")
SEED_PARAGRAPHS = [p.strip() for p in SEED.split("\n\n") if p.strip()]

# Time expressions the date extractor claims in the seed; only those holding digits or number
# words matter here, the others are passed too so skip spans look like the real thing.
SEED_TIME_PHRASES = [
    "9 December 2023", "last week", "last year", "January to September", "on Monday",
    "first nine months", "a year earlier", "In March", "In May", "from June", "in September",
    "In September", "February 2022", "earlier this month",
]


def _spans(text: str, phrases: list[str]) -> list[tuple[int, int]]:
    spans = []
    for phrase in phrases:
        start = text.find(phrase)
        while start != -1:
            spans.append((start, start + len(phrase)))
            start = text.find(phrase, start + 1)
    return spans


def _seed_figures() -> list[Figure]:
    found = []
    for paragraph in SEED_PARAGRAPHS:
        found += find_figures(paragraph, _spans(paragraph, SEED_TIME_PHRASES))
    return found


def _only(text: str, skip: list[tuple[int, int]] | None = None) -> Figure:
    figures = find_figures(text, skip or ())
    assert len(figures) == 1, figures
    return figures[0]


def _one_with_raw(text: str, raw: str) -> Figure:
    matches = [f for f in find_figures(text) if f.raw == raw]
    assert len(matches) == 1, find_figures(text)
    return matches[0]


# --------------------------------------------------------------------------------------------
# Seed article
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("800", dict(value=800.0, kind="count", unit="enterprises", qualifier="almost",
                     measure="Chinese enterprises", direction="")),
        ("40", dict(value=40.0, kind="count", unit="firms", qualifier="",
                    measure="Russian firms", direction="")),
        ("82.3%", dict(value=82.3, kind="percent", unit="%", direction="up",
                       direction_word="soared",
                       measure="Liaoning’s outbound shipments to Russia")),
        ("42.64 billion yuan", dict(value=42.64, kind="money", scale="billion", currency="CNY",
                                    alt_raw="$5.83 billion", alt_value=5.83, alt_currency="USD",
                                    alt_scale="billion", direction="up",
                                    measure="Liaoning’s outbound shipments to Russia")),
        ("55", dict(value=55.0, kind="count", unit="containers", measure="containers")),
        ("$21.18 billion", dict(value=21.18, kind="money", scale="billion", currency="USD",
                                direction="up", direction_word="surged",
                                measure="bilateral trade between Russia and China")),
    ],
)
def test_seed_figure_fields(raw: str, expected: dict[str, object]) -> None:
    matches = [f for f in _seed_figures() if f.raw == raw]
    assert len(matches) == 1
    for name, value in expected.items():
        assert getattr(matches[0], name) == value, name


def test_seed_yields_exactly_its_six_figures_once_time_spans_are_skipped() -> None:
    raws = [f.raw for f in _seed_figures()]
    assert raws == ["800", "40", "82.3%", "42.64 billion yuan", "55", "$21.18 billion"]


def test_seed_offsets_cut_the_raw_text() -> None:
    for paragraph in SEED_PARAGRAPHS:
        for f in find_figures(paragraph, _spans(paragraph, SEED_TIME_PHRASES)):
            assert paragraph[f.start:f.end] == f.raw


def test_seed_bracketed_conversion_is_not_reported_separately() -> None:
    text = next(p for p in SEED_PARAGRAPHS if "42.64" in p)
    raws = [f.raw for f in find_figures(text, _spans(text, SEED_TIME_PHRASES))]
    assert "$5.83 billion" not in raws


def test_skip_span_hides_a_number_word_inside_a_time_expression() -> None:
    text = next(p for p in SEED_PARAGRAPHS if "first nine months" in p)
    assert "nine months" in [f.raw for f in find_figures(text)]
    skip = _spans(text, ["first nine months"])
    assert "nine months" not in [f.raw for f in find_figures(text, skip)]


def test_skip_span_hides_a_numeral() -> None:
    text = "Exports rose 5% to 300 tonnes."
    start = text.index("300")
    assert [f.raw for f in find_figures(text, [(start, start + 3)])] == ["5%"]


@pytest.mark.parametrize(
    "text",
    [
        "| 9 December 2023, Saturday |",
        "the highest since February 2022 when Russia began the war",
        "On December 9, 2023 at 3 p.m. the talks began.",
        "The summit ended at 10:30 on 12/09/2023.",
    ],
)
def test_dates_years_and_times_are_not_figures_even_without_skip(text: str) -> None:
    assert find_figures(text) == []


# --------------------------------------------------------------------------------------------
# Other news styles
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "raw", "expected"),
    [
        ("The deal is worth €1.2bn.", "€1.2bn",
         dict(kind="money", value=1.2, scale="billion", currency="EUR", measure="deal")),
        ("The deal is worth €1.2 billion.", "€1.2 billion",
         dict(kind="money", value=1.2, scale="billion", currency="EUR")),
        ("Britain's budget deficit rose to £14.3bn in March.", "£14.3bn",
         dict(kind="money", currency="GBP", scale="billion", direction="up",
              measure="Britain's budget deficit")),
        ("Fines totalled 2 million pounds sterling.", "2 million pounds sterling",
         dict(kind="money", currency="GBP", scale="million", value=2.0)),
        ("Reliance posted a profit of Rs 19,299 crore.", "Rs 19,299 crore",
         dict(kind="money", currency="INR", scale="crore", value=19299.0, measure="profit")),
        ("The state spent 4,000 rupees per household.", "4,000 rupees",
         dict(kind="money", currency="INR", value=4000.0)),
        ("Rosneft said revenue fell 3 per cent to 1.1 trillion roubles.", "1.1 trillion roubles",
         dict(kind="money", currency="RUB", scale="trillion", direction="down",
              direction_word="fell", measure="revenue")),
        ("Toyota expects profit of 4.5 trillion yen.", "4.5 trillion yen",
         dict(kind="money", currency="JPY", scale="trillion", measure="profit")),
        ("The fund raised ¥300 billion.", "¥300 billion", dict(kind="money", currency="JPY")),
        ("The project will cost US$2.1 billion.", "US$2.1 billion",
         dict(kind="money", currency="USD", scale="billion", value=2.1)),
        ("HK$3.5 billion was raised in the listing.", "HK$3.5 billion",
         dict(kind="money", currency="HKD")),
        ("Samsung earned 2.8 trillion won in the quarter.", "2.8 trillion won",
         dict(kind="money", currency="KRW")),
        ("Exports hit 1.2 trillion RMB.", "1.2 trillion RMB", dict(kind="money", currency="CNY")),
        ("Sales were USD 5 mln.", "USD 5 mln",
         dict(kind="money", currency="USD", scale="million", value=5.0)),
        ("He bought the stake for $200m.", "$200m",
         dict(kind="money", currency="USD", scale="million", value=200.0)),
        ("Brent rose 2% to $80 a barrel.", "$80 a barrel",
         dict(kind="money", currency="USD", unit="a barrel", direction="up")),
    ],
)
def test_money_in_many_currencies(text: str, raw: str, expected: dict[str, object]) -> None:
    figure = _one_with_raw(text, raw)
    for name, value in expected.items():
        assert getattr(figure, name) == value, name


@pytest.mark.parametrize(
    ("text", "raw", "expected"),
    [
        ("Exports were up 4.5% year-on-year.", "4.5%",
         dict(value=4.5, unit="%", direction="up", direction_word="up", measure="Exports")),
        ("Rosneft said revenue fell 3 per cent to 1.1 trillion roubles.", "3 per cent",
         dict(value=3.0, unit="%", direction="down", direction_word="fell", measure="revenue")),
        ("Inflation eased to 3.1 pct in November, Reuters said.", "3.1 pct",
         dict(value=3.1, unit="%", direction="down", measure="Inflation")),
        ("Unemployment rose 0.4 percentage points to 4.2 percent.", "0.4 percentage points",
         dict(unit="percentage points", direction="up", measure="Unemployment")),
        ("Unemployment rose 0.4 percentage points to 4.2 percent.", "4.2 percent",
         dict(unit="%", value=4.2)),
        ("The central bank raised rates by 25 basis points.", "25 basis points",
         dict(unit="basis points", direction="up", direction_word="raised", measure="rates")),
        ("GDP growth was -2.1% in the second quarter.", "-2.1%",
         dict(value=-2.1, unit="%", measure="GDP growth")),
        ("Shares closed down 2.3% on Friday.", "2.3%",
         dict(direction="down", direction_word="down", measure="Shares")),
        ("He bought a 10% stake in the company.", "10%", dict(measure="stake")),
        ("Analysts expect a 5% rise in exports.", "5%",
         dict(direction="up", direction_word="rise", measure="exports")),
        ("Prices rose between 10 and 15 percent.", "10 and 15 percent",
         dict(value=10.0, qualifier="between", unit="%")),
        ("Margins are 10-15% this year.", "10-15%", dict(value=10.0, unit="%")),
        ("Exports rose 5% and imports fell 3%.", "3%",
         dict(direction="down", direction_word="fell", measure="imports")),
        ("Germany's economy shrank 0.3% in 2023.", "0.3%",
         dict(direction="down", direction_word="shrank", measure="Germany's economy")),
    ],
)
def test_percent_forms_direction_and_measure(
    text: str, raw: str, expected: dict[str, object]
) -> None:
    figure = _one_with_raw(text, raw)
    assert figure.kind == "percent"
    for name, value in expected.items():
        assert getattr(figure, name) == value, name


@pytest.mark.parametrize(
    ("text", "raw", "expected"),
    [
        ("Saudi Arabia will cut output by 1 million barrels per day.",
         "1 million barrels per day",
         dict(value=1.0, scale="million", unit="barrels per day", direction="down",
              measure="output")),
        ("Output reached 1.5 million barrels a day.", "1.5 million barrels a day",
         dict(value=1.5, unit="barrels a day", measure="Output")),
        ("Russia exported 52.3 mln tonnes of grain.", "52.3 mln tonnes",
         dict(scale="million", unit="tonnes", measure="grain")),
        ("The plant has a capacity of 1,200 megawatts.", "1,200 megawatts",
         dict(value=1200.0, unit="megawatts", measure="capacity")),
        ("The 3.5 GW wind farm opened.", "3.5 GW", dict(unit="GW", measure="wind farm")),
        ("A train travelled 9,000 km to Duisburg.", "9,000 km", dict(unit="km")),
        ("The pipeline carries 38 billion cubic metres of gas.",
         "38 billion cubic metres", dict(unit="cubic metres", measure="gas")),
        ("Fires burned 5,000 hectares.", "5,000 hectares", dict(unit="hectares")),
        ("The temperature reached 40°C.", "40°C", dict(unit="°C", measure="temperature")),
        ("They seized 20 pounds of cocaine.", "20 pounds", dict(unit="pounds")),
    ],
)
def test_quantities_with_units(text: str, raw: str, expected: dict[str, object]) -> None:
    figure = _one_with_raw(text, raw)
    assert figure.kind == "quantity"
    for name, value in expected.items():
        assert getattr(figure, name) == value, name


@pytest.mark.parametrize(
    ("text", "raw", "value", "measure", "qualifier"),
    [
        ("More than 1,200 people died in the floods.", "1,200", 1200.0, "people", "more than"),
        ("Some 3,000 troops were deployed.", "3,000", 3000.0, "troops", "some"),
        ("At least 40 people were killed.", "40", 40.0, "people", "at least"),
        ("It hit 300 injured people.", "300", 300.0, "injured people", ""),
        ("The storm hit three provinces on Monday.", "three", 3.0, "provinces", ""),
        ("Talks between two countries ended.", "two", 2.0, "countries", ""),
        ("Police found a dozen bodies.", "a dozen", 12.0, "bodies", ""),
        ("Dozens of firms signed up.", "Dozens", 12.0, "firms", "more than"),
        ("Tens of thousands of people marched.", "Tens of thousands", 10.0, "people",
         "more than"),
        ("The EU will send 1 million shells to Ukraine.", "1 million", 1.0, "shells", ""),
        ("“We have shipped 55 containers,” he said.", "55", 55.0, "containers", ""),
        ("Nearly twenty-five ships docked.", "twenty-five", 25.0, "ships", "nearly"),
        ("Up to 500 workers could lose jobs.", "500", 500.0, "workers", "up to"),
    ],
)
def test_counts_take_the_counted_noun_phrase(
    text: str, raw: str, value: float, measure: str, qualifier: str
) -> None:
    figure = _one_with_raw(text, raw)
    assert (figure.kind, figure.value, figure.measure, figure.qualifier) == (
        "count", value, measure, qualifier
    )
    assert figure.unit == measure.split()[-1].lower()


def test_up_to_is_a_qualifier_not_a_direction() -> None:
    figure = _only("Up to 500 workers could lose jobs.")
    assert (figure.qualifier, figure.direction) == ("up to", "")


@pytest.mark.parametrize(
    ("text", "raw", "direction"),
    [
        ("Butter was 21.3% more expensive than a year ago.", "21.3%", "up"),
        ("Clothing and footwear became 1.8% cheaper.", "1.8%", "down"),
        ("Rents were 4% costlier than in June.", "4%", "up"),
    ],
)
def test_dearer_and_cheaper_say_which_way_a_price_went(text: str, raw: str, direction: str) -> None:
    assert _one_with_raw(text, raw).direction == direction


def test_count_direction_from_a_change_verb() -> None:
    figure = _one_with_raw("Firms cut 150,000 jobs last year.", "150,000")
    assert (figure.kind, figure.direction, figure.direction_word) == ("count", "down", "cut")


@pytest.mark.parametrize(
    ("text", "raw", "alt_raw", "alt_value", "alt_currency"),
    [
        ("Exports totalled $5.83 billion (42.64 billion yuan) in October.", "$5.83 billion",
         "42.64 billion yuan", 42.64, "CNY"),
        ("Sales were $3 billion, or about 21 billion yuan.", "$3 billion", "21 billion yuan",
         21.0, "CNY"),
        ("It paid 500 million euros (about $540 million).", "500 million euros",
         "$540 million", 540.0, "USD"),
    ],
)
def test_conversions_are_one_figure(
    text: str, raw: str, alt_raw: str, alt_value: float, alt_currency: str
) -> None:
    figure = _only(text)
    assert (figure.raw, figure.alt_raw, figure.alt_value, figure.alt_currency) == (
        raw, alt_raw, alt_value, alt_currency
    )


def test_bracket_that_is_not_a_conversion_is_its_own_figure() -> None:
    raws = [f.raw for f in find_figures("Exports rose 5% (up from 3% a year ago).")]
    assert raws == ["5%", "3%"]


@pytest.mark.parametrize(
    "text",
    [
        "The G20 summit discussed COVID-19 and F-16 jets.",
        "A new China-Europe freight route opened.",
        "Boeing 737 MAX jets were grounded.",
        "He finished first and came 3rd in the second race.",
        "Call +86 10 1234 5678 for details.",
        "See Article 5 of the treaty.",
        "No. 10 said the talks went well.",
        "5G networks and 3D printers were shown.",
        "One of the firms left, and no one knew why.",
        "Two-thirds of voters agreed.",
        "One day the plan will work.",
        "Version 1.2.3 was released.",
    ],
)
def test_identifiers_ordinals_and_idioms_are_not_figures(text: str) -> None:
    assert find_figures(text) == []


def test_list_numbering_is_skipped_but_the_item_figure_is_kept() -> None:
    text = "1. Exports rose 5%\n2) Imports fell 3%\n(3) Debt hit $4 billion"
    assert [f.raw for f in find_figures(text)] == ["5%", "3%", "$4 billion"]


def test_bare_number_is_kind_number() -> None:
    figure = _only("The index closed at 3,000.")
    assert (figure.kind, figure.value, figure.raw) == ("number", 3000.0, "3,000")


def test_years_after_a_qualifier_are_counts_not_dates() -> None:
    figure = _only("About 2000 workers went on strike.")
    assert (figure.kind, figure.value, figure.qualifier) == ("count", 2000.0, "about")


@pytest.mark.parametrize(
    "question",
    ["How much were the 42.64 billion yuan in dollars?", "what rose 82.3%?",
     "which train had 55 containers?", "how many firms?"],
)
def test_user_questions(question: str) -> None:
    figures = find_figures(question)
    assert len(figures) == (0 if question == "how many firms?" else 1)
    for f in figures:
        assert question[f.start:f.end] == f.raw


# --------------------------------------------------------------------------------------------
# parse_number
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("token", "value"),
    [
        ("3,000", 3000.0), ("42.64", 42.64), ("five", 5.0), ("a dozen", 12.0),
        ("half a dozen", 6.0), ("twenty-five", 25.0), ("two hundred and fifty", 250.0),
        ("-2.1", -2.1), ("1,234,567.5", 1234567.5), (".5", 0.5), ("Thirty", 30.0),
        ("2 million", 2e6), ("1.5bn", 1.5e9), ("dozens", 12.0), ("a thousand", 1000.0),
    ],
)
def test_parse_number(token: str, value: float) -> None:
    assert parse_number(token) == pytest.approx(value)


@pytest.mark.parametrize("token", ["", "abc", "first", "3rd", "1e5", "1.2.3", "9" * 400, "--5"])
def test_parse_number_rejects_non_numbers(token: str) -> None:
    assert parse_number(token) is None


# --------------------------------------------------------------------------------------------
# Robustness
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["", " ", "🙂🙂🙂", "\x00\x00", "%%%$$$€€€", "(((((", "1" * 5000, "-" * 1000, "$", "¥(",
     "1,2,3,4,5,6", "..5..5..", "a " * 1000, "\u202e12\u202c", "٣٤٥ ١٢"],
)
def test_garbage_returns_a_list(text: str) -> None:
    figures = find_figures(text)
    assert isinstance(figures, list)
    for f in figures:
        assert text[f.start:f.end] == f.raw


def test_bad_skip_spans_do_not_raise() -> None:
    assert find_figures("Exports rose 5%.", [(5, 2), (None, None), ()]) != []  # type: ignore[list-item]


def test_non_string_input_returns_empty_list() -> None:
    assert find_figures(None) == []  # type: ignore[arg-type]


def test_large_random_input_returns_a_list_and_offsets_hold() -> None:
    rng = random.Random(7)
    alphabet = "0123456789 ,.%$€£()-–abcdefgh mln bn yuan per cent\n🙂\x00"
    text = "".join(rng.choice(alphabet) for _ in range(100_000))
    figures = find_figures(text)
    assert isinstance(figures, list)
    for f in figures:
        assert text[f.start:f.end] == f.raw


def test_a_year_then_a_figure_is_no_range() -> None:
    found = [(f.raw, f.value) for f in find_figures("It cut its forecast for 2025 to 5.45 million tonnes from 5.53 million tonnes.")]
    assert ("5.45 million tonnes", 5.45) in found
    assert not any(f[1] == 2025 for f in found)


def test_a_change_by_then_the_level_reached_is_no_range() -> None:
    found = [(f.raw, f.value, f.scale) for f in find_figures("Broadband connections fell by 17,000 to 2.31 million.")]
    assert found == [("17,000", 17000, ""), ("2.31 million", 2.31, "million")]


@pytest.mark.parametrize(
    ("text", "raw", "measure", "direction", "qualifier"),
    [
        ("Annual inflation edged up to 4.1% in July from 3.8% in June.", "4.1%", "Annual inflation", "up", ""),
        ("The jobless rate ticked down to 3.9%.", "3.9%", "jobless rate", "down", ""),
        ("Prices could rise by up to 5%.", "5%", "Prices", "up", "up to"),  # "up to" alone is at most
    ],
)
def test_a_verb_moves_by_its_particle(text: str, raw: str, measure: str, direction: str, qualifier: str) -> None:
    f = next(f for f in find_figures(text) if f.raw == raw)
    assert (f.measure, f.direction, f.qualifier) == (measure, direction, qualifier)


@pytest.mark.parametrize(
    ("text", "raw", "kind", "unit"),
    [
        ("Some 38 vessels were waiting, compared with 21 at the end of June.", "21", "count", "vessels"),
        ("Inventory fell to 28 days of sales from 52 in August.", "52", "quantity", "days"),
        ("The index rose to 52.1 from 49.8.", "49.8", "number", ""),  # nothing counted before it
    ],
)
def test_a_bare_number_compared_with_a_count_counts_the_same(text: str, raw: str, kind: str, unit: str) -> None:
    figure = next(f for f in find_figures(text) if f.raw == raw)
    assert (figure.kind, figure.unit) == (kind, unit)


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("its operating profit fell to 1.12 billion Norwegian crowns", "NOK"),  # money, not a count of crowns
        ("valuing the company at 38 billion Swedish crowns", "SEK"),
        ("exports of 1.2 trillion New Taiwan dollars", "TWD"),
        ("a plant costing 30 trillion dong", "VND"),
    ],
)
def test_a_currency_named_with_its_country_is_money(text: str, currency: str) -> None:
    figure = find_figures(text)[-1]
    assert (figure.kind, figure.currency) == ("money", currency)


@pytest.mark.parametrize(
    ("text", "raw", "unit"),
    [
        ("Fourteen of 19 economists polled by Reuters expect a hold.", "Fourteen", "economists"),
        ("Six of the nine members voted to hold.", "Six", "members"),
    ],
)
def test_a_part_of_a_counted_whole_counts_the_same_things(text: str, raw: str, unit: str) -> None:
    figure = _one_with_raw(text, raw)
    assert (figure.kind, figure.unit) == ("count", unit)


@pytest.mark.parametrize(("text", "value", "currency"), [("a 300-baht entry fee", 300.0, "THB"), ("a 10-euro charge", 10.0, "EUR")])
def test_an_amount_written_as_an_adjective_is_money(text: str, value: float, currency: str) -> None:
    [figure] = find_figures(text, [])
    assert (figure.kind, figure.value, figure.currency) == ("money", value, currency)


@pytest.mark.parametrize(
    ("text", "raw", "measure"),
    [
        ("About 1,100 of the positions will go.", "1,100", "positions"),
        ("out of a global workforce of around 31,500.", "31,500", "workforce"),
    ],
)
def test_a_number_counts_the_noun_it_is_part_of_or_the_group_it_sizes(text: str, raw: str, measure: str) -> None:
    [figure] = [f for f in find_figures(text, []) if f.raw == raw]
    assert (figure.kind, figure.measure) == ("count", measure)


def test_a_year_earlier_is_no_yearly_rate() -> None:
    figures = find_figures("rose to 4.60 crowns per kg from 3.20 crowns a year earlier, and pays 50,000 euros a year", [])
    assert [(f.raw, f.unit) for f in figures] == [("4.60 crowns per kg", "per kg"), ("3.20 crowns", ""), ("50,000 euros a year", "a year")]


def test_the_first_end_of_a_range_written_with_its_scale_is_of_the_same_kind() -> None:
    figures = find_figures("EBITDA of 410 million to 430 million euros, and 25.2 million to 25.8 million passengers", [])
    assert [(f.raw, f.kind, f.currency) for f in figures][:2] == [("410 million", "money", "EUR"), ("430 million euros", "money", "EUR")]
    assert figures[2].kind == "count" and figures[2].unit == "passengers"
    rose = find_figures("rose from 5 million to 7 million euros", [])
    assert rose[0].kind == "number"  # a change from one level to another, not a range


@pytest.mark.parametrize(
    ("text", "raw", "measure"),
    [
        ("Kobe Mart posts 12.4% rise in first-half profit, unveils 30 billion yen buyback", "12.4%", "first-half profit"),
        ("Kobe Mart posts 12.4% rise in first-half profit, unveils 30 billion yen buyback", "30 billion yen", "buyback"),
        ("Acme wins $5 billion deal to build port", "$5 billion", "deal"),
        ("Shares closed 2% higher in Tokyo.", "2%", ""),
        ("It spent 12 billion yen this year.", "12 billion yen", ""),
    ],
)
def test_a_headline_figure_measures_the_noun_after_it(text: str, raw: str, measure: str) -> None:
    figure = next(f for f in find_figures(text) if f.raw == raw)
    assert figure.measure == measure


@pytest.mark.parametrize(
    ("text", "raw", "direction"),
    [
        ("Profit jumped 31.5% to 18.6 billion yen on revenue of 268.4 billion yen.", "268.4 billion yen", ""),
        ("Shares rose 2% on volume of 3 million shares.", "3 million", ""),
        ("Exports rose 5% to $3 billion.", "$3 billion", "up"),
    ],
)
def test_a_level_the_move_happened_on_did_not_move(text: str, raw: str, direction: str) -> None:
    assert next(f for f in find_figures(text) if f.raw == raw).direction == direction


def test_a_bare_number_compared_counts_what_the_figure_of_its_size_counts() -> None:
    found = [(f.raw, f.unit) for f in find_figures(
        "Tianjia has handed over 41,300 unfinished homes in 23 cities this year, up from 36,800 in the same period of 2024.")]
    assert ("36,800", "homes") in found


@pytest.mark.parametrize(
    ("text", "raws"),
    [
        ("narrowed its forecast to 2.5%-3.5% in constant currency from 2%-4% earlier", ["2.5%-3.5%", "2%-4%"]),
        ("a target of 20.5-21.5%", ["20.5-21.5%"]),
        ("the balance fell to -3.5%, from -2% a month before", ["-3.5%", "-2%"]),  # a real minus stays
    ],
)
def test_a_dash_right_after_a_percent_joins_a_range(text: str, raws: list[str]) -> None:
    figures = find_figures(text, [])
    assert [f.raw for f in figures] == raws
    assert all(text[f.start : f.end] == f.raw for f in figures)
    assert all(f.value > 0 for f in figures if not f.raw.startswith("-"))


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        # "those" are the chip shipments, to Taiwan; the level after "to" measures what rose
        ("Chip shipments to China and Hong Kong rose 19.2% to $7.88 billion, while those to Taiwan nearly doubled, "
         "jumping 96.4% to $2.35 billion.",
         {"96.4%": "Chip shipments to Taiwan", "$2.35 billion": "Chip shipments to Taiwan"}),
        # a long subject keeps its head; the level it fell from measures it too
        ("Coal output in the world's largest exporter of thermal coal slipped to 66.2 million tonnes last month, "
         "down from 70.5 million tonnes in September 2024.",
         {"66.2 million tonnes": "Coal output", "70.5 million tonnes": "Coal output"}),
        # an amount in another currency between the amount and what it is of
        ("The board approved the A$1.3 billion (US$845 million) Yarrowee expansion last week.",
         {"A$1.3 billion": "Yarrowee expansion"}),
        # the scale word of the figure before is no word of the next subject
        ("Those to Taiwan soared 41.3% to $3.62 billion and sales to the European Union edged up 1.9% to $5.81 billion.",
         {"1.9%": "sales to the European Union"}),
    ],
)
def test_a_measure_named_by_those_or_after_a_figure(text: str, measures: dict[str, str]) -> None:
    found = {f.raw: f.measure for f in find_figures(text, [])}
    assert {raw: found[raw] for raw in measures} == measures


def test_the_figure_guard_skips_only_texts_the_figure_pattern_cannot_match() -> None:
    """_may_hold_figure: a text it says holds no figure is one _FIGURE_RE finds nothing in. Read
    over every question of the eval sets and every sentence of the fixture articles, as written,
    in lower and upper case, and a few made-up texts (number words, teens, vague amounts)."""
    import re
    from pathlib import Path

    from bot.evaluate import load_questions
    from knowledge.numbers import _FIGURE_RE, _may_hold_figure

    root = Path(__file__).resolve().parents[1] / "fixtures"
    texts = ["thirteen ships", "a fifteen-year high", "a thousand tonnes", "scores of firms", "dozens of ships", "tens of thousands of",
             "hundreds of millions of", "half a dozen", "How many?", "what was said", "\u0661\u0662 ships", "twenty-two", "Ninety"]
    for path in sorted((root / "eval").glob("*.yaml")):
        texts += [str(t) for item in load_questions(path)["questions"] for t in (item.get("turns") or [item["q"]])]
    for path in sorted((root / "articles").rglob("*")):
        if path.is_file() and path.suffix in (".txt", ".md", ""):
            texts += re.split(r"(?<=[.?!])\s+", path.read_text(encoding="utf-8", errors="replace"))
    skipped = 0
    for text in texts:
        for t in (text, text.lower(), text.upper()):
            if not _may_hold_figure(t):
                skipped += 1
                assert _FIGURE_RE.search(t) is None, t
    assert skipped > 100  # the guard does skip texts


@pytest.mark.parametrize(
    ("text", "raw", "direction"),
    [
        ("Sales fell 34.2% in October after sliding 29.5% in September.", "29.5%", "down"),
        ("Output rebounds 4.1% as mills restart.", "4.1%", "up"),
        ("Fixed-price contracts covered 31% of its volumes.", "31%", ""),  # "contracts" here is no verb
    ],
)
def test_ing_and_s_forms_of_a_move_say_which_way(text: str, raw: str, direction: str) -> None:
    assert _one_with_raw(text, raw).direction == direction


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("Fares range from 150,000 rupiah to 600,000 rupiah depending on class.", ["low", "high"]),
        ("Estimates varied between $2 billion and $4 billion.", ["low", "high"]),
        # a change from one level to another is no range
        ("Prices rose from $3 to $5.", ["", ""]),
        ("Exports reached $5 billion, up from $4 billion.", ["", ""]),
    ],
)
def test_range_end_tells_the_low_and_high_ends_of_a_stated_range(text: str, ends: list[str]) -> None:
    assert [range_end(text, f.start) for f in find_figures(text)] == ends


def test_a_range_verb_gives_both_ends_what_ranges() -> None:
    figures = find_figures("Fares range from 150,000 rupiah to 600,000 rupiah depending on class.")
    assert [f.measure for f in figures] == ["Fares", "Fares"]


@pytest.mark.parametrize(("text", "direction"), [
    ("Heavy trucks made up 27% of traffic.", ""),
    ("Coffee makes up 12% of exports.", ""),
    ("Prices moved up 3% last week.", "up"),
])
def test_made_up_a_share_is_no_move(text: str, direction: str) -> None:
    assert [f.direction for f in find_figures(text)] == [direction]
