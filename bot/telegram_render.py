"""Answer -> Telegram HTML message(s) and inline keyboards.

Rules this module keeps:

* every value that goes into a message passes through `html.escape` (`_tag` is the only place
  that builds markup, and it escapes);
* long output is split into pieces *before* tags are added, so a split never falls inside a tag
  or an entity, and every message stays below Telegram's 4096-character limit (measured in UTF-16
  code units on the HTML source, which is never shorter than the parsed text);
* callback_data stays within 64 bytes: short payloads are encoded directly (they survive a
  restart), longer ones go through a bounded `ButtonRegistry` that the app keeps in `bot_data`.
"""

from __future__ import annotations

import html
import re
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from handlers.models import Answer, Citation

TELEGRAM_LIMIT = 4096
MESSAGE_BUDGET = 4000  # what we pack into one message; leaves a margin below TELEGRAM_LIMIT
CALLBACK_DATA_LIMIT = 64
BUTTON_TEXT_LIMIT = 60
EXPANDABLE_QUOTE_CHARS = 350  # quotes longer than this collapse into <blockquote expandable>
EXPANDABLE_QUOTE_LINES = 4
MAX_CITATIONS = 3
FACTS_PAGE_SIZE = 5

# Callback kinds (the part of callback_data before the first ":").
SOURCE = "src"
RELATED = "rel"
ASK = "ask"
FACTS = "facts"


# --------------------------------------------------------------------------------------------
# Messages


@dataclass(frozen=True, slots=True)
class Rendered:
    """One message ready for send_message(text=..., reply_markup=...) with parse_mode HTML."""

    text: str
    reply_markup: InlineKeyboardMarkup | None = None


@dataclass(frozen=True, slots=True)
class Block:
    """A run of plain text and how to show it; markup is only added when packing messages."""

    text: str
    style: str = "plain"  # plain | bold | italic | quote | expandable


_TAGS = {
    "plain": ("", ""),
    "bold": ("<b>", "</b>"),
    "italic": ("<i>", "</i>"),
    "quote": ("<blockquote>", "</blockquote>"),
    "expandable": ("<blockquote expandable>", "</blockquote>"),
}


def tg_len(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units."""
    if text.isascii():  # one unit per character; isascii() is O(1) on CPython's str
        return len(text)
    return len(text.encode("utf-16-le")) // 2


def _escaped_len(text: str) -> int:
    return tg_len(html.escape(text))


def _tag(style: str, text: str) -> str:
    opening, closing = _TAGS[style]
    return f"{opening}{html.escape(text)}{closing}"


def _tag_overhead(style: str) -> int:
    opening, closing = _TAGS[style]
    return tg_len(opening) + tg_len(closing)


_BREAKS = (
    re.compile(r"\n\s*\n"),  # paragraph
    re.compile(r"\n"),  # line
    re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+"),  # sentence end
    re.compile(r"[;,:–—]\s+"),  # clause
    re.compile(r"\s+"),  # word
)


def split_plain(text: str, limit: int) -> list[str]:
    """Split plain text into pieces whose *escaped* length is at most `limit`.

    Prefers paragraph, line, sentence, clause and word boundaries (in that order) in the second
    half of the allowed span; falls back to a hard cut. Works on plain text, so no tag or entity
    can be cut.
    """
    if limit < 8:
        raise ValueError("limit too small")
    pieces: list[str] = []
    rest = text.strip()
    while rest and _escaped_len(rest) > limit:
        # Largest prefix that fits (escaped length grows monotonically with the prefix).
        lo, hi = 1, len(rest)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if _escaped_len(rest[:mid]) <= limit:
                lo = mid
            else:
                hi = mid - 1
        cut = lo
        window = rest[:cut]
        brk = 0
        for pattern in _BREAKS:
            ends = [m.end() for m in pattern.finditer(window) if m.start() >= cut // 2]
            if ends:
                brk = ends[-1]
                break
        if brk <= 0:
            brk = cut
            # Do not separate a character from a following combining mark / variation selector.
            while brk > 1 and _is_combining(rest[brk]):
                brk -= 1
        piece = rest[:brk].rstrip()
        if piece:
            pieces.append(piece)
        rest = rest[brk:].lstrip()
    if rest:
        pieces.append(rest)
    return pieces


def _is_combining(char: str) -> bool:
    import unicodedata

    return bool(unicodedata.combining(char)) or 0xFE00 <= ord(char) <= 0xFE0F or char == "\u200d"


def pack(blocks: Iterable[Block], budget: int = MESSAGE_BUDGET) -> list[str]:
    """Lay blocks out as HTML messages, each at most `budget` UTF-16 units long."""
    messages: list[str] = []
    current: list[str] = []
    used = 0
    for block in blocks:
        if not block.text or not block.text.strip():
            continue
        room = budget - _tag_overhead(block.style)
        for piece in split_plain(block.text, room):
            markup = _tag(block.style, piece)
            cost = tg_len(markup)
            sep = 1 if current else 0
            if current and used + sep + cost > budget:
                messages.append("\n".join(current))
                current, used, sep = [], 0, 0
            current.append(markup)
            used += sep + cost
    if current:
        messages.append("\n".join(current))
    return messages


def html_to_plain(markup: str) -> str:
    """The visible text of HTML we produced (for a plain-text fallback)."""
    return html.unescape(re.sub(r"<[^>]*>", "", markup))


# --------------------------------------------------------------------------------------------
# Pieces of an answer


@lru_cache(maxsize=1024)
def format_date(value: str) -> str:
    """ISO date -> '9 December 2023'; anything else is returned unchanged.

    Cached (a pure function of the string): every answer's citation line shows its article's
    date, and strftime's month name cost ~10 µs a call."""
    if not value:
        return ""
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return value
    return f"{day.day} {day:%B %Y}"


def paragraph_label(number: int) -> str:
    return "headline" if number == 0 else f"¶{number}"


def citation_line(citation: Citation) -> str:
    parts = [
        paragraph_label(citation.paragraph),
        citation.title.strip(),
        format_date(citation.date),
        citation.source.strip(),
    ]
    return " · ".join(p for p in parts if p)


def _quote_style(quote: str) -> str:
    long = len(quote) > EXPANDABLE_QUOTE_CHARS or quote.count("\n") >= EXPANDABLE_QUOTE_LINES
    return "expandable" if long else "quote"


def answer_blocks(answer: Answer, *, max_citations: int = MAX_CITATIONS) -> list[Block]:
    text = answer.text.strip() or "I could not find an answer to that in the articles."
    blocks = [Block(text, "bold" if answer.answered else "plain")]
    for citation in answer.citations[:max_citations]:
        blocks.append(Block(citation_line(citation), "italic"))
        if citation.quote.strip():
            blocks.append(Block(citation.quote.strip(), _quote_style(citation.quote)))
    return blocks


def _attach(messages: Sequence[str], markup: InlineKeyboardMarkup | None) -> list[Rendered]:
    """The keyboard goes on the last message, where the reader ends up."""
    out = [Rendered(text) for text in messages]
    if out and markup is not None:
        out[-1] = Rendered(out[-1].text, markup)
    return out


def render_answer(answer: Answer, buttons: ButtonRegistry | None = None) -> list[Rendered]:
    """An answer as one or more messages; the last one carries the keyboard."""
    markup = answer_keyboard(answer, buttons) if buttons is not None else None
    return _attach(pack(answer_blocks(answer)), markup)


def render_inline(answer: Answer) -> str:
    """A single message for an inline result: answer line, citation, shortened quote."""
    blocks = []
    for block in answer_blocks(answer, max_citations=1):
        text = block.text
        limit = 1500 if block.style in ("quote", "expandable") else 800
        if len(text) > limit:
            text = text[: limit - 1].rstrip() + "…"
        blocks.append(Block(text, block.style))
    return pack(blocks)[0]


def inline_title(answer: Answer) -> str:
    return _shorten(answer.text.strip().splitlines()[0] if answer.text.strip() else "No answer", 120)


def inline_description(answer: Answer) -> str:
    if not answer.citations:
        return "Not stated in the articles" if not answer.answered else ""
    return _shorten(citation_line(answer.citations[0]), 200)


def render_source(citation: Citation, buttons: ButtonRegistry | None = None) -> list[Rendered]:
    """The whole paragraph a citation points to."""
    blocks = [Block(citation_line(citation), "italic")]
    if citation.quote.strip():
        blocks.append(Block(citation.quote.strip(), _quote_style(citation.quote)))
    markup = None
    if buttons is not None:
        where = (citation.article, citation.paragraph)
        markup = buttons.keyboard([[("🔗 Related", buttons.encode(RELATED, where))]])
    return _attach(pack(blocks), markup)


def unique_by_text(answers: Sequence[Answer]) -> list[Answer]:
    """Drop list items whose text repeats an earlier one (two figures of one sentence)."""
    seen: set[str] = set()
    out = []
    for item in answers:
        key = " ".join(item.text.split()).casefold()
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def answer_list_blocks(title: str, answers: Sequence[Answer], *, start: int = 1) -> list[Block]:
    """A titled, numbered list of answers with their paragraph numbers."""
    blocks = [Block(title, "bold")]
    for number, item in enumerate(answers, start=start):
        line = " ".join(item.text.split())
        if item.citations:
            line += f" ({paragraph_label(item.citations[0].paragraph)})"
        blocks.append(Block(f"{number}. {line}"))
    return blocks


def render_list(
    title: str, answers: Sequence[Answer], *, empty: str, buttons: ButtonRegistry | None = None
) -> list[Rendered]:
    if not answers:
        return [Rendered(html.escape(empty))]
    markup = None
    if buttons is not None:
        markup = ask_keyboard([s for a in answers[:1] for s in a.suggestions], buttons)
    return _attach(pack(answer_list_blocks(title, answers)), markup)


def render_facts_page(
    answers: Sequence[Answer],
    page: int,
    *,
    article: str | None = None,
    page_size: int = FACTS_PAGE_SIZE,
    buttons: ButtonRegistry | None = None,
) -> Rendered:
    """One page of key figures with ◀ / ▶ buttons; `page` is clamped into range."""
    if not answers:
        return Rendered(html.escape("I have no key figures stored yet."))
    pages = max(1, -(-len(answers) // page_size))
    page = min(max(page, 0), pages - 1)
    chunk = answers[page * page_size : (page + 1) * page_size]
    title = f"Key figures ({page + 1}/{pages})" if pages > 1 else "Key figures"
    text = pack(answer_list_blocks(title, chunk, start=page * page_size + 1))[0]
    if buttons is None:
        return Rendered(text)
    row: list[tuple[str, str]] = []
    if page > 0:
        row.append(("◀ Previous", buttons.encode(FACTS, (article or "", page - 1))))
    if page < pages - 1:
        row.append(("Next ▶", buttons.encode(FACTS, (article or "", page + 1))))
    return Rendered(text, buttons.keyboard([row]) if row else None)


def _article_field(article: Any, name: str, default: Any = "") -> Any:
    if isinstance(article, dict):
        return article.get(name, default)
    return getattr(article, name, default)


def article_line(article: Any) -> str:
    when = format_date(str(_article_field(article, "date") or ""))
    weekday = str(_article_field(article, "weekday") or "")
    if when and weekday:
        when = f"{weekday}, {when}"
    parts = [when, str(_article_field(article, "source") or "")]
    return " · ".join(p for p in parts if p) or "undated"


def render_about(articles: Sequence[Any]) -> list[Rendered]:
    if not articles:
        return [Rendered(html.escape("I have not read any articles yet."))]
    blocks = [Block(f"I know {len(articles)} article{'s' if len(articles) != 1 else ''}:", "plain")]
    for article in articles:
        blocks.append(Block(str(_article_field(article, "title") or "(untitled)"), "bold"))
        blocks.append(Block(article_line(article), "italic"))
        url = str(_article_field(article, "url") or "")
        if url:
            blocks.append(Block(url))
    return [Rendered(text) for text in pack(blocks)]


def _count(value: Any) -> int | None:
    if isinstance(value, int):
        return value
    try:
        return len(value)
    except TypeError:
        return None


def render_articles(articles: Sequence[Any]) -> list[Rendered]:
    if not articles:
        return [Rendered(html.escape("I have not read any articles yet."))]
    blocks = [Block("Articles", "bold")]
    for number, article in enumerate(articles, start=1):
        paragraphs = _count(_article_field(article, "paragraphs", None))
        figures = _count(_article_field(article, "figures", None))
        stats = []
        if paragraphs is not None:
            stats.append(f"{paragraphs} paragraphs")
        if figures is not None:
            stats.append(f"{figures} figures")
        blocks.append(
            Block(f"{number}. {_article_field(article, 'title') or '(untitled)'}", "bold")
        )
        blocks.append(
            Block(
                f"id: {_article_field(article, 'id')} · {article_line(article)}"
                + (f" · {', '.join(stats)}" if stats else "")
            )
        )
    blocks.append(
        Block("Quote a paragraph with /source N" + (" or /source ID N" if len(articles) > 1 else ""))
    )
    return [Rendered(text) for text in pack(blocks)]


def render_start(
    articles: Sequence[Any], examples: Sequence[str], buttons: ButtonRegistry | None = None
) -> Rendered:
    blocks = [Block("Hi! I answer questions about news articles with exact figures, dates and "
                    "a citation for every answer.")]
    if articles:
        blocks.append(Block("What I know:", "bold"))
        for article in articles:
            title = str(_article_field(article, "title") or "(untitled)")
            blocks.append(Block(f"• {title} ({article_line(article)})"))
    else:
        blocks.append(Block("I have not read any articles yet."))
    if examples:
        blocks.append(Block("Ask me anything, or tap one of these:"))
    blocks.append(Block("/help lists what else I can do."))
    text = pack(blocks)[0]
    markup = ask_keyboard(examples, buttons) if buttons is not None else None
    return Rendered(text, markup)


HELP_TEXT = (
    "Ask me a question in plain words, e.g. “How many Chinese enterprises attended?” — I answer "
    "with the figure or date exactly as the article prints it, and cite the paragraph.\n"
    "/about — headline, date and source of each article\n"
    "/facts — key figures\n"
    "/timeline — dated events in order\n"
    "/source N — quote paragraph N (or /source ID N)\n"
    "/ask QUESTION — ask (this is how to ask in groups)\n"
    "/articles — article ids\n"
    "In groups, mention me or reply to one of my messages. Anywhere, type my @username "
    "followed by a question to share an answer inline."
)


def render_help() -> Rendered:
    return Rendered(html.escape(HELP_TEXT))


def render_line(text: str) -> Rendered:
    """A one-line notice (hint, apology, usage)."""
    return Rendered(html.escape(text))


# --------------------------------------------------------------------------------------------
# Keyboards and callback data


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def button(text: str, callback_data: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(_shorten(text, BUTTON_TEXT_LIMIT), callback_data=callback_data)


def answer_keyboard(answer: Answer, buttons: ButtonRegistry) -> InlineKeyboardMarkup | None:
    rows: list[list[tuple[str, str]]] = []
    if answer.citations:
        first = answer.citations[0]
        where = (first.article, first.paragraph)
        rows.append(
            [
                ("📄 Source", buttons.encode(SOURCE, where)),
                ("🔗 Related", buttons.encode(RELATED, where)),
            ]
        )
    seen: set[str] = set()
    for alternative in answer.alternatives:
        if alternative.strip() and alternative not in seen:
            seen.add(alternative)
            rows.append([(f"Did you mean: {alternative}", buttons.encode(ASK, alternative))])
    for suggestion in answer.suggestions:
        if suggestion.strip() and suggestion not in seen:
            seen.add(suggestion)
            rows.append([(suggestion, buttons.encode(ASK, suggestion))])
    return buttons.keyboard(rows)


def ask_keyboard(questions: Iterable[str], buttons: ButtonRegistry | None) -> InlineKeyboardMarkup | None:
    if buttons is None:
        return None
    rows = [[(q, buttons.encode(ASK, q))] for q in dict.fromkeys(questions) if q.strip()]
    return buttons.keyboard(rows)


# A keyboard's layout: rows of (label as shown, callback_data).
Layout = tuple[tuple[tuple[str, str], ...], ...]


class ButtonRegistry:
    """Bounded map from short ids to callback payloads too long for 64 bytes of callback_data.

    Lives in `application.bot_data` (one per bot), never in a module global. Payloads:
    SOURCE/RELATED -> (article_id, paragraph); ASK -> question text; FACTS -> (article_id, page).
    Short payloads are encoded directly in the callback data, so most buttons keep working after a
    restart or after the registry has evicted them; the oldest registered ids are evicted first.

    It also keeps the last `max_keyboards` keyboards built (`keyboard()`), with their Bot API JSON
    (`keyboard_json()`): building a keyboard's PTB objects and serialising them again cost
    ~70 µs per answer, a tenth of the bot's own per-update CPU, and answers' keyboards repeat
    (the same cited paragraphs and suggested questions). Keyboards are immutable, so sharing one
    between messages is safe.
    """

    def __init__(self, max_size: int = 20_000, *, max_keyboards: int = 1_000) -> None:
        self.max_size = max_size
        self.max_keyboards = max_keyboards
        self._by_id: OrderedDict[str, tuple[str, Any]] = OrderedDict()
        self._by_payload: dict[tuple[str, Any], str] = {}
        self._next = 0
        self._keyboards: OrderedDict[Layout, tuple[InlineKeyboardMarkup, dict[str, Any]]] = OrderedDict()
        # id() of each cached keyboard -> its layout; entries leave together with the keyboard,
        # which the cache keeps alive, so an id is never stale.
        self._layouts: dict[int, Layout] = {}

    def __len__(self) -> int:
        return len(self._by_id)

    def _register(self, kind: str, payload: Any) -> str:
        key = (kind, payload)
        short = self._by_payload.get(key)
        if short is not None:
            self._by_id.move_to_end(short)
            return short
        short = _base36(self._next)
        self._next += 1
        self._by_id[short] = key
        self._by_payload[key] = short
        while len(self._by_id) > self.max_size:
            _, old = self._by_id.popitem(last=False)
            self._by_payload.pop(old, None)
        return short

    def keyboard(self, rows: Iterable[Iterable[tuple[str, str]]]) -> InlineKeyboardMarkup | None:
        """An inline keyboard of callback buttons, (label, callback_data) per button, labels
        shortened like `button()`; None when there are no buttons."""
        layout: Layout = tuple(
            shortened
            for row in rows
            if (shortened := tuple((_shorten(text, BUTTON_TEXT_LIMIT), data) for text, data in row))
        )
        if not layout:
            return None
        cached = self._keyboards.get(layout)
        if cached is not None:
            self._keyboards.move_to_end(layout)
            return cached[0]
        markup = InlineKeyboardMarkup(
            [[InlineKeyboardButton(text, callback_data=data) for text, data in row] for row in layout]
        )
        self._keyboards[layout] = (markup, markup.to_dict())
        self._layouts[id(markup)] = layout
        while len(self._keyboards) > self.max_keyboards:
            _, (old, _json) = self._keyboards.popitem(last=False)
            self._layouts.pop(id(old), None)
        return markup

    def keyboard_json(self, markup: InlineKeyboardMarkup | None) -> dict[str, Any] | None:
        """`markup.to_dict()`, already made, for a keyboard this registry still holds; else None."""
        if markup is None:
            return None
        layout = self._layouts.get(id(markup))
        if layout is None:
            return None
        cached = self._keyboards.get(layout)
        if cached is None or cached[0] is not markup:
            return None
        return cached[1]

    def encode(self, kind: str, payload: Any) -> str:
        direct = _direct(kind, payload)
        if direct is not None and len(direct.encode()) <= CALLBACK_DATA_LIMIT:
            return direct
        return f"{kind}:~{self._register(kind, payload)}"

    def decode(self, data: str | None) -> tuple[str, Any] | None:
        """(kind, payload) for callback data we made, or None if unknown or expired."""
        if not data or ":" not in data:
            return None
        kind, rest = data.split(":", 1)
        if rest.startswith("~"):
            found = self._by_id.get(rest[1:])
            if found is None or found[0] != kind:
                return None
            self._by_id.move_to_end(rest[1:])
            return found
        try:
            if kind == ASK:
                return (kind, rest) if rest.strip() else None
            if kind in (SOURCE, RELATED):
                paragraph, article = rest.split(":", 1)
                return kind, (article, int(paragraph))
            if kind == FACTS:
                page, article = rest.split(":", 1)
                return kind, (article, int(page))
        except ValueError:
            return None
        return None


def _direct(kind: str, payload: Any) -> str | None:
    if kind == ASK and isinstance(payload, str):
        return None if payload.startswith("~") else f"{ASK}:{payload}"
    if kind in (SOURCE, RELATED, FACTS) and isinstance(payload, tuple) and len(payload) == 2:
        article, number = payload
        return f"{kind}:{int(number)}:{article}"
    return None


def _base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        number, rem = divmod(number, 36)
        out = digits[rem] + out
        if not number:
            return out
