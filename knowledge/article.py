"""Article text -> ParsedArticle: metadata, numbered paragraphs and sentences.

Accepted shape (the seed's): an optional date line "| 9 December 2023, Saturday |", the headline,
paragraphs separated by blank lines, an optional byline ("• Reuters", "Source: X", "By X").
Also a BOM, CRLF line ends and a Markdown "# Headline".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from knowledge.lazy_re import lazy_compile
from knowledge.models import Paragraph, ParsedArticle, Sentence

MAX_BYTES = 5 * 1024 * 1024


class ArticleError(ValueError):
    """The text cannot be read as an article; the message names the problem in a few words."""


@dataclass(frozen=True, slots=True)
class Overrides:
    title: str | None = None
    date: date | None = None
    source: str | None = None
    url: str | None = None


_DATE_LINE = re.compile(r"^\|\s*(?P<body>[^|]{4,60}?)\s*\|$")
_BYLINE = lazy_compile(
    r"^(?:[•·*\-–—]\s*(?P<bullet>.+)|(?:source|sources)\s*:\s*(?P<src>.+)|by\s+(?P<by>[A-Z].{1,80}))$",
    re.IGNORECASE,
)
_URL_LINE = re.compile(r"^(?:url\s*:\s*)?(?P<url>https?://\S+)$", re.IGNORECASE)
_DATE_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d %Y", "%b %d %Y", "%Y-%m-%d", "%d/%m/%Y")


def read_article_file(path: Path) -> str:
    """Read and decode one article file, refusing what is not UTF-8 text."""
    if not path.exists():
        raise ArticleError("no such file")
    if not path.is_file():
        raise ArticleError("not a file")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ArticleError(f"too big ({size / 1024 / 1024:.1f} MB; the limit is 5 MB)")
    return decode_article_bytes(path.read_bytes())


def decode_article_bytes(data: bytes) -> str:
    if not data.strip():
        raise ArticleError("empty file")
    if b"\x00" in data:
        raise ArticleError("binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"not UTF-8 text (bad byte at offset {exc.start}); save it as UTF-8") from None
    if _control_share(text) > 0.01:
        raise ArticleError("binary file, not text")
    return text


def _control_share(text: str) -> float:
    bad = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    return bad / max(len(text), 1)


def parse_article(text: str, overrides: Overrides | None = None) -> ParsedArticle:
    """Split text into metadata and numbered paragraphs; raise ArticleError when there is no body."""
    overrides = overrides or Overrides()
    blocks = _blocks(text)
    found_date, blocks = _take_date_line(blocks)
    source, url, author, blocks = _take_byline(blocks)
    if not blocks:
        raise ArticleError("no headline or paragraphs")
    top_author, blocks = _take_top_byline(blocks)
    author = author or top_author
    title = _clean_title(blocks[0])
    body = [_join_lines(b) for b in blocks[1:]]
    if not body:
        raise ArticleError("no paragraphs after the headline")
    if _looks_truncated(body[-1]):
        raise ArticleError("the last paragraph stops mid-sentence (truncated file?)")
    title = overrides.title or title
    paragraphs = [_paragraph(0, title)] + [_paragraph(i, t) for i, t in enumerate(body, start=1)]
    return ParsedArticle(
        title=title,
        date=overrides.date or found_date,
        source=overrides.source or source,
        url=overrides.url or url,
        paragraphs=paragraphs,
        author=author,
    )


def _blocks(text: str) -> list[list[str]]:
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        if line:
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def _take_date_line(blocks: list[list[str]]) -> tuple[date | None, list[list[str]]]:
    if not blocks:
        return None, blocks
    match = _DATE_LINE.match(blocks[0][0])
    if not match:
        return None, blocks
    rest = blocks[0][1:]
    remaining = ([rest] if rest else []) + blocks[1:]
    return parse_date(match.group("body")), remaining


def parse_date(text: str) -> date | None:
    """Parse the date forms articles and users write: "9 December 2023", "2023-12-09", ..."""
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text.strip()).replace(",", " ")
    cleaned = re.sub(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", " ", cleaned, flags=re.IGNORECASE)
    cleaned = re.sub(r"\s+", " ", cleaned).strip()
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
    return None


def _take_byline(blocks: list[list[str]]) -> tuple[str, str, str, list[list[str]]]:
    """Bylines and URL lines at the end are metadata, not paragraphs: "• Reuters" or "Source: X"
    names the source, "By X" the author."""
    source = url = author = ""
    while blocks:
        last = blocks[-1]
        line = last[-1]
        url_match = _URL_LINE.match(line)
        by_match = _BYLINE.match(line) if len(line) <= 100 else None
        if url_match and not url:
            url = url_match.group("url")
        elif by_match and by_match.group("by") and not author and not _looks_like_sentence(line):
            author = by_match.group("by").strip()
        elif by_match and not by_match.group("by") and not source and not _looks_like_sentence(line):
            source = (by_match.group("bullet") or by_match.group("src")).strip()
        else:
            break
        last = last[:-1]
        blocks = blocks[:-1] + ([last] if last else [])
    return source, url, author, blocks


def _take_top_byline(blocks: list[list[str]]) -> tuple[str, list[list[str]]]:
    """ "By Lucia Mendoza" under the headline (its own block or the headline's last line)."""
    if len(blocks) >= 3 and len(blocks[1]) == 1:
        match = _BYLINE.match(blocks[1][0])
        if match and match.group("by") and not _looks_like_sentence(blocks[1][0]):
            return match.group("by").strip(), [blocks[0], *blocks[2:]]
    if blocks and len(blocks[0]) >= 2:
        match = _BYLINE.match(blocks[0][-1])
        if match and match.group("by") and not _looks_like_sentence(blocks[0][-1]):
            return match.group("by").strip(), [blocks[0][:-1], *blocks[1:]]
    return "", blocks


def _looks_like_sentence(line: str) -> bool:
    # "- Wheat rose 4%." is a list item, "• Reuters" a byline: bylines are short and unpunctuated.
    return len(line.split()) > 6 or line.rstrip().endswith((".", "!", "?", ":"))


def _looks_truncated(paragraph: str) -> bool:
    """A prose paragraph that ends without closing punctuation was cut off. Lists, tables and
    short lines ("Wheat: 112.7 million tonnes; Rice: ...") often end bare, so they pass."""
    last_line = paragraph.rstrip().splitlines()[-1]
    if len(last_line.split()) < 12 or re.match(r"^(?:[-*•·–]|\d+[.)])\s", last_line):
        return False
    if last_line.count(":") + last_line.count(";") >= 2:
        return False
    return last_line.rstrip()[-1] not in ".!?…\"”’')]"


def _clean_title(block: list[str]) -> str:
    return re.sub(r"^#+\s*", "", " ".join(block)).strip()


def _join_lines(block: list[str]) -> str:
    # List items stay on their own lines so a quote of one item reads as printed.
    if any(re.match(r"^(?:[-*•·–]|\d+[.)])\s", line) for line in block):
        return "\n".join(block)
    return " ".join(block)


def _paragraph(number: int, text: str) -> Paragraph:
    return Paragraph(number=number, text=text, sentences=split_sentences(text))


_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st jr sr inc ltd co corp u.s u.k u.n e.g i.e vs etc no jan feb mar apr jun "
    "jul aug sep sept oct nov dec gen gov sen rep rev lt col capt sgt fig approx est dept univ".split()
)
_SENTENCE_END = lazy_compile(r"(?<=[.!?…])(?P<close>[\"”’')\]]*)\s+(?=[\"“‘(\[]?[A-Z0-9])|\n+")


def split_sentences(text: str) -> list[Sentence]:
    """Split a paragraph into sentences, keeping decimals, initials and abbreviations intact."""
    sentences: list[Sentence] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if match.group().strip() == "" and "\n" not in match.group() and _is_abbreviation(text, match.start()) \
                and not _company_then_opener(text, match.start(), match.end()):
            continue
        if _CLOCK_THEN_BRACKET.search(text, 0, match.end() + 1):
            continue  # "rose 2.3% by 1:30 p.m. (0330 GMT) in Sydney": the time goes on in its bracket
        if _CLOCK_END.search(text, 0, match.end()) and _TIME_ZONE.match(text, match.end()):
            continue  # "launched the strike at 12:01 a.m. Eastern time on Saturday": its zone goes on
        # Closing quotes and brackets after the full stop belong to the sentence they close.
        _append(sentences, text, start, match.start() + len(match.group("close") or ""))
        start = match.end()
    _append(sentences, text, start, len(text))
    return sentences


_CLOCK_THEN_BRACKET = re.compile(r"\b[ap]\.m\.\s+\($")
_CLOCK_END = re.compile(r"\b[ap]\.m\.\s+$")
_TIME_ZONE = re.compile(r"(?:GMT|UTC|ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|BST|CET|CEST|JST|IST|[A-Z][a-z]+ time)\b")


def _is_abbreviation(text: str, end: int) -> bool:
    before = text[:end].rstrip("\"”’')]")
    if not before.endswith("."):
        return False
    # "Nyeri and Murang'a. Rainfall in Kericho": a letter after an apostrophe ends a name, no initial.
    word = re.search(r"(?<![\w'’])([A-Za-z.]+)\.$", before)
    if not word:
        return False
    token = word.group(1).lower()
    return token in _ABBREVIATIONS or len(token) == 1


# "... chief executive of grower body New Zealand Kiwifruit Growers Inc. He said about 2,900 growers
# supplied Zespri": a company's closing abbreviation goes on in no pronoun or article; the next
# sentence opens there. (A title is another matter: "Mr. He" names Mr He.)
_COMPANY_ENDS = frozenset("inc ltd co corp".split())
_OPENER = lazy_compile(r"(?:He|She|It|They|We|The|This|These|Its|Their|His)\b")


def _company_then_opener(text: str, end: int, after: int) -> bool:
    word = re.search(r"(?<![\w'’.])([A-Za-z]+)\.$", text[:end])
    return bool(word) and word.group(1).lower() in _COMPANY_ENDS and bool(_OPENER.match(text, after))


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return
    lead = len(piece) - len(piece.lstrip())
    s = start + lead
    sentences.append(Sentence(index=len(sentences), start=s, end=s + len(stripped), text=stripped))
