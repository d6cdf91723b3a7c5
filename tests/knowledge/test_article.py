"""Article parsing: metadata, numbered paragraphs, sentences, and the inputs that are refused."""

from __future__ import annotations

from datetime import date
from importlib import resources
from pathlib import Path

import pytest

from knowledge.article import (
    MAX_BYTES,
    ArticleError,
    Overrides,
    decode_article_bytes,
    parse_article,
    read_article_file,
    split_sentences,
)

SEED = resources.files("knowledge").joinpath("data/seed.txt").read_text(encoding="utf-8")
SEED_TITLE = "In northeast China, Russian and Chinese firms ink deals from manufacturing to agriculture"

SIMPLE = """Wheat prices climb to a two-year high

Wheat futures rose 4% on Tuesday as dry weather hit crops in Europe.

Traders said the rally could last into the spring.
"""


def sentence_texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


# --- the seed article ---------------------------------------------------------------------------


def test_seed_metadata() -> None:
    article = parse_article(SEED)
    assert article.title == SEED_TITLE
    assert article.date == date(2023, 12, 9)
    assert article.weekday == "Saturday"
    assert article.source == "Reuters"
    assert article.url == ""


def test_seed_headline_is_paragraph_zero_and_body_is_numbered_one_to_nine() -> None:
    article = parse_article(SEED)
    assert article.paragraphs[0].number == 0
    assert article.paragraphs[0].text == SEED_TITLE
    assert [p.number for p in article.paragraphs] == list(range(10))


@pytest.mark.parametrize(
    ("number", "first_words"),
    [
        (1, "Chinese and Russian companies attending"),
        (2, "The summit in Shenyang"),
        (3, "China has urged"),
        (4, "In January to September"),
        (5, "Liaoning’s outbound shipments"),
        (6, "In March, a new cargo hub"),
        (7, "In May, Chinese customs"),
        (8, "Heilongjiang"),
        (9, "In September, bilateral trade"),
    ],
)
def test_seed_body_paragraphs_start_with_the_right_words(number: int, first_words: str) -> None:
    paragraph = parse_article(SEED).paragraphs[number]
    assert paragraph.number == number
    assert paragraph.text.startswith(first_words)


def test_seed_byline_and_date_line_are_not_paragraphs() -> None:
    texts = [p.text for p in parse_article(SEED).paragraphs]
    assert not any("Reuters" in t for t in texts)
    assert not any(t.startswith("|") for t in texts)
    assert texts[-1].endswith("earlier this month.")


def test_seed_paragraph_two_has_two_sentences() -> None:
    sentences = parse_article(SEED).paragraphs[2].sentences
    assert [s.text.split()[0] for s in sentences] == ["The", "The"]
    assert sentences[1].text.startswith("The conference was attended")


# --- shapes of input ----------------------------------------------------------------------------


def test_no_date_line_gives_no_date() -> None:
    article = parse_article(SIMPLE)
    assert article.date is None
    assert article.weekday == ""
    assert article.title == "Wheat prices climb to a two-year high"
    assert [p.number for p in article.paragraphs] == [0, 1, 2]


def test_crlf_line_ends_parse_like_lf() -> None:
    crlf = parse_article(SEED.replace("\n", "\r\n"))
    lf = parse_article(SEED)
    assert [p.text for p in crlf.paragraphs] == [p.text for p in lf.paragraphs]
    assert (crlf.title, crlf.date, crlf.source) == (lf.title, lf.date, lf.source)
    assert not any("\r" in p.text for p in crlf.paragraphs)


def test_byte_order_mark_is_dropped() -> None:
    text = decode_article_bytes(b"\xef\xbb\xbf" + SEED.encode("utf-8"))
    article = parse_article(text)
    assert article.date == date(2023, 12, 9)
    assert article.title == SEED_TITLE
    # A BOM that survives decoding (a str with U+FEFF) is dropped by the parser too.
    assert parse_article("\ufeff" + SEED).date == date(2023, 12, 9)


@pytest.mark.parametrize(
    ("byline", "source"),
    [
        ("Source: Bloomberg", "Bloomberg"),
        ("Sources: Reuters, AP", "Reuters, AP"),
        ("  • Reuters", "Reuters"),
        ("- AFP", "AFP"),
    ],
)
def test_bylines_give_the_source_and_are_not_paragraphs(byline: str, source: str) -> None:
    article = parse_article(SIMPLE + "\n" + byline + "\n")
    assert article.source == source
    assert len(article.paragraphs) == 3
    assert article.paragraphs[-1].text == "Traders said the rally could last into the spring."


@pytest.mark.parametrize(
    "text",
    [
        SIMPLE + "\nBy Jane Doe\n",  # at the end
        SIMPLE.replace("\n\n", "\n\nBy Jane Doe\n\n", 1),  # its own line under the headline
    ],
)
def test_a_by_line_names_the_author_and_is_not_a_paragraph(text: str) -> None:
    article = parse_article(text)
    assert article.author == "Jane Doe"
    assert article.source == ""
    assert len(article.paragraphs) == 3
    assert not any("Jane Doe" in p.text for p in article.paragraphs)


def test_author_and_source_are_kept_apart() -> None:
    headline, rest = SIMPLE.split("\n\n", 1)
    article = parse_article(f"{headline}\n\nBy Lucia Mendoza\n\n{rest}\n  • Reuters\n")
    assert (article.author, article.source) == ("Lucia Mendoza", "Reuters")
    assert article.paragraphs[0].text == headline


def test_a_closing_sentence_is_not_mistaken_for_a_byline() -> None:
    text = SIMPLE + "\nBy the end of the year, prices could be even higher.\n"
    article = parse_article(text)
    assert article.source == ""
    assert article.paragraphs[-1].text == "By the end of the year, prices could be even higher."


def test_url_line_at_the_end_is_metadata() -> None:
    article = parse_article(SIMPLE + "\nhttps://example.com/wheat\n\nSource: Reuters\n")
    assert article.url == "https://example.com/wheat"
    assert article.source == "Reuters"
    assert len(article.paragraphs) == 3


def test_markdown_headline_loses_its_hashes() -> None:
    article = parse_article("# Wheat prices climb\n\nWheat futures rose 4% on Tuesday.\n")
    assert article.title == "Wheat prices climb"
    assert article.paragraphs[0].text == "Wheat prices climb"
    assert article.paragraphs[1].text == "Wheat futures rose 4% on Tuesday."


def test_a_list_paragraph_keeps_one_item_per_line_and_sentence() -> None:
    text = (
        "Aid package agreed\n\nUnder the package:\n- Sweden will provide €800 million\n"
        "- Germany will contribute €2.1 billion\n- France will share the rest\n\nSource: Bloomberg\n"
    )
    article = parse_article(text)
    assert len(article.paragraphs) == 2
    body = article.paragraphs[1]
    assert body.text.split("\n") == [
        "Under the package:",
        "- Sweden will provide €800 million",
        "- Germany will contribute €2.1 billion",
        "- France will share the rest",
    ]
    assert [s.text for s in body.sentences] == body.text.split("\n")
    assert [s.index for s in body.sentences] == [0, 1, 2, 3]
    assert article.source == "Bloomberg"


def test_a_wrapped_paragraph_is_joined_with_spaces() -> None:
    article = parse_article("Headline here\n\nFirst line of a paragraph\nthat wraps onto a second.\n")
    assert article.paragraphs[1].text == "First line of a paragraph that wraps onto a second."


@pytest.mark.parametrize(
    ("overrides", "field", "value"),
    [
        (Overrides(title="My own title"), "title", "My own title"),
        (Overrides(date=date(2024, 1, 2)), "date", date(2024, 1, 2)),
        (Overrides(source="AP"), "source", "AP"),
        (Overrides(url="https://example.com/a"), "url", "https://example.com/a"),
    ],
)
def test_overrides_replace_what_the_text_says(overrides: Overrides, field: str, value: object) -> None:
    article = parse_article(SEED, overrides)
    assert getattr(article, field) == value
    assert len(article.paragraphs) == 10


def test_title_override_becomes_paragraph_zero_and_date_override_sets_the_weekday() -> None:
    article = parse_article(SIMPLE, Overrides(title="Other", date=date(2024, 1, 2)))
    assert article.paragraphs[0].text == "Other"
    assert article.weekday == "Tuesday"


def test_no_overrides_keep_the_text_values() -> None:
    article = parse_article(SEED, Overrides())
    assert (article.title, article.date, article.source) == (SEED_TITLE, date(2023, 12, 9), "Reuters")


# --- sentences ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The U.S. economy grew 3%. Europe lagged.",
            ["The U.S. economy grew 3%.", "Europe lagged."],
        ),
        (
            "Mr. Smith met Dr. Jones in Beijing. They talked.",
            ["Mr. Smith met Dr. Jones in Beijing.", "They talked."],
        ),
        (
            "Exports reached 42.64 billion yuan ($5.83 billion). Imports fell.",
            ["Exports reached 42.64 billion yuan ($5.83 billion).", "Imports fell."],
        ),
        (
            "Trade rose to $5.83 billion in 2023. It was a record.",
            ["Trade rose to $5.83 billion in 2023.", "It was a record."],
        ),
        (
            "“It is a record,” he said. “We are pleased.” Shares rose.",
            ["“It is a record,” he said.", "“We are pleased.”", "Shares rose."],
        ),
        ("Did it work? Yes! It did.", ["Did it work?", "Yes!", "It did."]),
        ("No full stop at the end", ["No full stop at the end"]),
        (  # the clock time goes on in its bracket; a time that ends a sentence still ends it
            "Shares rose 2.3% by 1:30 p.m. (0330 GMT) in Sydney. It closed at 5 p.m. Officials said so.",
            ["Shares rose 2.3% by 1:30 p.m. (0330 GMT) in Sydney.", "It closed at 5 p.m.", "Officials said so."],
        ),
        (  # a time zone after the clock time goes on too
            "The strike began at 12:01 a.m. Eastern time on Saturday. Talks ended at 9 p.m. GMT on Friday. It closed at 5 p.m. Police said so.",
            ["The strike began at 12:01 a.m. Eastern time on Saturday.", "Talks ended at 9 p.m. GMT on Friday.",
             "It closed at 5 p.m.", "Police said so."],
        ),
    ],
)
def test_sentence_splitting(text: str, expected: list[str]) -> None:
    assert sentence_texts(text) == expected


@pytest.mark.parametrize("keep", ["U.S.", "Mr.", "42.64", "$5.83"])
def test_splitting_keeps_abbreviations_and_decimals_whole(keep: str) -> None:
    text = "In the U.S. Mr. Li said exports hit 42.64 billion yuan, or $5.83 billion. Then he left."
    sentences = sentence_texts(text)
    assert len(sentences) == 2
    assert keep in sentences[0]


def test_sentence_offsets_round_trip_for_every_seed_sentence() -> None:
    article = parse_article(SEED)
    count = 0
    for paragraph in article.paragraphs:
        assert [s.index for s in paragraph.sentences] == list(range(len(paragraph.sentences)))
        for s in paragraph.sentences:
            assert paragraph.text[s.start : s.end] == s.text
            assert s.text == s.text.strip() and s.text
            count += 1
    assert count == 11


@pytest.mark.parametrize(
    "text",
    [
        "  Leading spaces. And a second one.  ",
        "One.\nTwo items\n- three",
        "He said “no.” Then left. 42.64% rose.",
    ],
)
def test_sentence_offsets_round_trip(text: str) -> None:
    sentences = split_sentences(text)
    assert sentences
    for s in sentences:
        assert text[s.start : s.end] == s.text


# --- bad input ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"  \n\t\r\n  ", "empty"),
        (b"Headline\x00\x01\x02\n\nBody text here.", "binary"),
        ("Caf\u00e9 prices rise\n\nCaf\u00e9 owners said so.".encode("latin-1"), "UTF-8"),
    ],
)
def test_bad_bytes_are_refused_with_a_short_message(data: bytes, words: str) -> None:
    with pytest.raises(ArticleError) as info:
        decode_article_bytes(data)
    message = str(info.value)
    assert words in message
    assert "\n" not in message and len(message) < 100


def test_control_characters_without_nul_count_as_binary() -> None:
    with pytest.raises(ArticleError, match="binary"):
        decode_article_bytes(bytes(range(1, 9)) * 20 + b"Headline\n\nBody.")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "no headline"),
        ("   \n\n  ", "no headline"),
        ("Only a headline\n", "no paragraphs"),
        ("| 9 December 2023, Saturday |\n\nOnly a headline\n\n• Reuters\n", "no paragraphs"),
        ("• Reuters\n", "no headline"),
    ],
)
def test_text_without_a_body_is_refused(text: str, words: str) -> None:
    with pytest.raises(ArticleError, match=words):
        parse_article(text)


def test_file_over_five_megabytes_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"Headline\n\n" + b"word " * (MAX_BYTES // 5 + 10))
    with pytest.raises(ArticleError) as info:
        read_article_file(path)
    assert "too big" in str(info.value) and "5 MB" in str(info.value)


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p: None, "no such file"),
        (lambda p: p.mkdir(), "not a file"),
        (lambda p: p.write_bytes(b""), "empty"),
        (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "binary"),
        (lambda p: p.write_bytes("Caf\u00e9\n\nCaf\u00e9 owners.".encode("latin-1")), "UTF-8"),
    ],
)
def test_bad_files_are_refused(tmp_path: Path, make, words: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "article.txt"
    make(path)
    with pytest.raises(ArticleError, match=words):
        read_article_file(path)


def test_good_file_reads_like_the_text(tmp_path: Path) -> None:
    path = tmp_path / "seed.txt"
    path.write_bytes(b"\xef\xbb\xbf" + SEED.replace("\n", "\r\n").encode("utf-8"))
    article = parse_article(read_article_file(path))
    assert [p.text for p in article.paragraphs] == [p.text for p in parse_article(SEED).paragraphs]


def test_an_article_cut_off_mid_paragraph_is_refused() -> None:
    last = SEED.rindex("In September")
    cut = SEED[: last + 120]  # stops inside the last paragraph, mid-word
    with pytest.raises(ArticleError, match="truncated"):
        parse_article(cut)


@pytest.mark.parametrize(
    "last",
    [
        "Wheat: 112.7 million tonnes; Rice: 135.5 million tonnes; Pulses: 26.1 million tonnes",
        "- Germany will contribute 2.1 billion euros, mainly for hydrogen electrolysers and grid links",
        "Short closing line without a stop",
    ],
)
def test_lists_tables_and_short_lines_may_end_bare(last: str) -> None:
    article = parse_article(f"Headline\n\nA first paragraph that is fine.\n\n{last}\n")
    assert article.paragraphs[-1].text == last
