"""Fuzz answer() with hostile text; optionally render every Answer as Telegram HTML and check it.

Inputs come from a seeded random generator (deterministic): real questions and seed words mixed
with emoji, RTL and bidi controls, zero-width characters, control characters and NUL, lone
surrogates, FTS5 syntax (`"`, `*`, `AND (`, `NEAR(`, `col:`, `^`), SQL fragments, HTML, Markdown,
numbers in odd forms, and strings up to 10,000 characters. A quarter of them are asked as
follow-ups in one of 50 long-lived conversations.

Counted (target 0 each): exceptions; invalid Answers (answered=True without citations, empty
text, a citation whose paragraph does not exist or whose quote is not in that paragraph).
If bot/telegram_render.py exists, each Answer is also rendered with render_answer (with a
ButtonRegistry) and render_inline, and the HTML is checked: only Telegram's tags, balanced, every
other < > & escaped, each message <= 4096 UTF-16 units, callback_data <= 64 bytes.

    python bench/fuzz.py [-n 100000] [--seed 7] [--budget 150]

--budget caps the wall time (seconds); the number of inputs actually run is printed.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import re
import time
import traceback
from collections import Counter
from html.parser import HTMLParser

import _common as c  # noqa: I001

from bot.evaluate import load_questions
from handlers import Answer, Conversation, answer
from knowledge.store import Store

EMOJI = ["😀", "🇨🇳", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🚂", "💰", "📈", "👍🏽", "🤖", "❤️"]
RTL = ["مرحبا بالعالم", "שלום", "\u202eevil\u202c", "\u200f", "\u200e", "\u2067x\u2069", "كم عدد الحاويات؟", "ا"]
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\ufeff", "\u2060", "\u00ad", "\u034f", "\u180e"]
CONTROL = ["\x00", "\x01", "\x07", "\x08", "\x1b[31m", "\x7f", "\x85", "\r", "\n", "\t", "\x0b", "\x0c", "\u2028", "\u2029"]
SURROGATE = ["\ud800", "\udfff", "\udc80"]
FTS = ['"', '""', '"unterminated', "*", "containers*", "AND (", "OR", "NOT", "AND", "NEAR(", "NEAR(a b, 3)",
       "terms:", "sentences_fts:", "^", "{terms}:", "(", ")", ")(", "-", "+", "a:b", "NEAR/2", "'", "\\"]
SQL = ["'; DROP TABLE articles; --", "1=1", "' OR '1'='1", "%", "_", "?", ":name", "@x", "$1", ";", "/*", "*/",
       "UNION SELECT * FROM sentences", "rowid", "PRAGMA user_version"]
HTML = ["<b>", "</b>", "<script>alert(1)</script>", "&amp;", "&lt;", "&", "<", ">", "</blockquote>",
        '<a href="javascript:x">x</a>', "<tg-spoiler>", "&#0;", "&#x110000;", "<!--", "<![CDATA["]
MARKDOWN = ["**bold**", "__it__", "`code`", "```py\nx\n```", "[link](http://x)", "# Heading", "> quote",
            "- item", "||spoiler||", "~~s~~", "\\_"]
NUMBERS = ["42.64", "$5.83 billion", "82.3%", "1e308", "NaN", "inf", "-0", "0x1F", "1,000,000",
           "١٢٣", "½", "²", "9" * 400, "3.14.15", "-5%", "€", "¥1", "10^9", "2023-12-09", "31/02/2023"]
WORDS = ["how", "many", "much", "when", "where", "who", "why", "what", "did", "which", "it", "there", "and",
         "in", "dollars", "percent", "containers", "Liaoning", "Shenyang", "Russia", "China", "Xi", "Putin",
         "September", "March", "trade", "shipments", "year", "earlier", "port", "Jilin", "?", "."]
UNICODE = ["Ⅻ", "ﬁ", "Å", "Å", "ǅ", "İ", "ß", "\u0301", "e\u0301", "Ⓜ", "𝐇𝐨𝐰", "ｍａｎｙ", "\U0010ffff", "\ufffd", "\uffff"]
POOLS = [EMOJI, RTL, ZERO_WIDTH, CONTROL, FTS, SQL, HTML, MARKDOWN, NUMBERS, WORDS, WORDS, UNICODE, SURROGATE]


class Inputs:
    def __init__(self, seed: int, questions: list[str]) -> None:
        self.rng = random.Random(seed)
        self.questions = questions

    def one(self) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.03:  # long: up to 10,000 characters
            unit = rng.choice([rng.choice(self.questions), rng.choice(POOLS[rng.randrange(len(POOLS))]), "a", " "])
            return (unit * (10_000 // max(len(unit), 1) + 1))[: rng.randint(4_000, 10_000)]
        if roll < 0.06:  # random code points
            return "".join(chr(rng.randrange(0x110000)) for _ in range(rng.randint(0, 40)))
        if roll < 0.10:
            return rng.choice(["", " ", "?", "\x00", "\u200b", '"', "*", "NEAR(", "AND (", "()", "-", "…"])
        if roll < 0.45:  # a real question with things spliced in
            text = rng.choice(self.questions)
            for _ in range(rng.randint(1, 4)):
                at = rng.randint(0, len(text))
                text = text[:at] + rng.choice(POOLS[rng.randrange(len(POOLS))]) + text[at:]
            return text
        parts = [rng.choice(POOLS[rng.randrange(len(POOLS))]) for _ in range(rng.randint(1, 12))]
        return rng.choice(["", " "]).join(parts)


# ----- checks -------------------------------------------------------------------------------------

class ParagraphCache:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.cache: dict[tuple[str, int], str | None] = {}

    def get(self, article: str, number: int) -> str | None:
        key = (article, number)
        if key not in self.cache:
            self.cache[key] = self.store.paragraph(article, number)
        return self.cache[key]


def answer_problems(result: object, paragraphs: ParagraphCache) -> list[str]:
    if not isinstance(result, Answer):
        return [f"not an Answer: {type(result).__name__}"]
    problems = []
    if not result.text.strip():
        problems.append("empty text")
    if result.answered and not result.citations:
        problems.append("answered without citations")
    for citation in result.citations:
        text = paragraphs.get(citation.article, citation.paragraph)
        if text is None:
            problems.append(f"cites missing paragraph {citation.article}#{citation.paragraph}")
        elif result.answered and not citation.quote.strip():
            problems.append("empty quote")
        elif citation.quote not in text:
            problems.append("quote not in cited paragraph")
    return problems


ALLOWED = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "code", "pre",
           "blockquote"}
_ENTITY = re.compile(r"&(?!(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);)")


class TelegramHtmlChecker(HTMLParser):
    """Problems with one message's HTML as Telegram's parse_mode=HTML would see it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.stack: list[str] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = dict(attrs)
        if tag not in ALLOWED:
            self.problems.append(f"tag <{tag}>")
        elif tag == "span" and names != {"class": "tg-spoiler"}:
            self.problems.append(f"span {attrs}")
        elif tag == "a" and (set(names) != {"href"} or not names["href"]):
            self.problems.append(f"a {attrs}")
        elif tag == "blockquote" and set(names) - {"expandable"}:
            self.problems.append(f"blockquote {attrs}")
        elif tag == "code" and set(names) - {"class"}:
            self.problems.append(f"code {attrs}")
        elif tag not in ("span", "a", "blockquote", "code") and attrs:
            self.problems.append(f"<{tag}> with attributes {attrs}")
        self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.problems.append(f"self-closing <{tag}/>")

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"unbalanced </{tag}> (open: {self.stack})")
            if tag in self.stack:
                del self.stack[len(self.stack) - 1 - self.stack[::-1].index(tag):]
        else:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if "<" in data or ">" in data:
            self.problems.append(f"unescaped < or > in {data[:40]!r}")

    def handle_comment(self, data: str) -> None:
        self.problems.append("comment")

    def handle_decl(self, decl: str) -> None:
        self.problems.append("declaration")

    def handle_pi(self, data: str) -> None:
        self.problems.append("processing instruction")

    def unknown_decl(self, data: str) -> None:
        self.problems.append("unknown declaration")

    def check(self, markup: str) -> list[str]:
        if _ENTITY.search(markup):
            self.problems.append("unescaped &")
        self.feed(markup)
        self.close()
        if self.rawdata:
            self.problems.append(f"unparsed tail {self.rawdata[:40]!r}")
        if self.stack:
            self.problems.append(f"unclosed {self.stack}")
        return self.problems


def render_problems(result: Answer, render) -> list[str]:
    tr = render
    problems = []
    rendered = tr.render_answer(result, tr.ButtonRegistry())
    messages = [r.text for r in rendered] + [tr.render_inline(result)]
    for markup in messages:
        if tr.tg_len(markup) > tr.TELEGRAM_LIMIT:
            problems.append(f"message of {tr.tg_len(markup)} UTF-16 units")
        if not markup.strip():
            problems.append("empty message")
        problems += TelegramHtmlChecker().check(markup)
    for item in rendered:
        keyboard = item.reply_markup
        for row in keyboard.inline_keyboard if keyboard else ():
            for btn in row:
                if btn.callback_data is not None and len(str(btn.callback_data).encode("utf-8", "surrogatepass")) > 64:
                    problems.append("callback_data over 64 bytes")
                if not str(btn.text).strip():
                    problems.append("empty button text")
    return problems


def load_render():
    if not (c.REPO / "bot" / "telegram_render.py").exists() or importlib.util.find_spec("telegram") is None:
        return None
    import bot.telegram_render as tr

    return tr


# ----- run ----------------------------------------------------------------------------------------

def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("-n", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--budget", type=float, default=150.0, help="stop after this many seconds")
    args = parser.parse_args()

    items = load_questions(c.dev_questions())["questions"]
    questions = [str(t) for item in items for t in (item.get("turns") or [item["q"]])]
    store = Store.open(c.seed_store_path(), readonly=True)
    paragraphs = ParagraphCache(store)
    render = load_render()
    inputs = Inputs(args.seed, questions)
    conversations = [Conversation() for _ in range(50)]
    rng = random.Random(args.seed + 1)

    exceptions: Counter[str] = Counter()
    invalid: Counter[str] = Counter()
    render_bad: Counter[str] = Counter()
    render_exc: Counter[str] = Counter()
    examples: dict[str, str] = {}
    answered = done = 0
    answer_seconds = 0.0
    started = time.perf_counter()
    for i in range(args.n):
        if time.perf_counter() - started > args.budget:
            break
        text = inputs.one()
        conversation = conversations[rng.randrange(50)] if rng.random() < 0.25 else Conversation()
        done += 1
        t0 = time.perf_counter()
        try:
            result = answer(text, store, conversation)
        except Exception as exc:  # noqa: BLE001 - counting them is the point
            answer_seconds += time.perf_counter() - t0
            where = traceback.extract_tb(exc.__traceback__)[-1]
            key = f"{type(exc).__name__} at {where.filename.rsplit('/', 2)[-2:]}:{where.lineno}: {str(exc)[:80]}"
            exceptions[key] += 1
            examples.setdefault(key, text)
            continue
        answer_seconds += time.perf_counter() - t0
        answered += result.answered
        for problem in answer_problems(result, paragraphs):
            invalid[problem] += 1
            examples.setdefault(problem, text)
        if render is not None:
            try:
                for problem in render_problems(result, render):
                    render_bad[problem[:60]] += 1
                    examples.setdefault("render: " + problem[:60], text)
            except Exception as exc:  # noqa: BLE001
                key = f"{type(exc).__name__}: {str(exc)[:80]}"
                render_exc[key] += 1
                examples.setdefault("render: " + key, text)
    seconds = time.perf_counter() - started
    store.close()

    c.heading(f"fuzz answer() with hostile input (seed {args.seed})")
    if done < args.n:
        print(f"  (time budget {args.budget:.0f} s spent: {done} of {args.n} inputs run)")
    c.line("inputs run", f"{done}")
    c.line("exceptions", f"{sum(exceptions.values())}", "0", "ok" if not exceptions else "FOUND")
    c.line("invalid Answers", f"{sum(invalid.values())}", "0", "ok" if not invalid else "FOUND")
    c.line("answered=True", f"{answered} ({100 * answered / max(done, 1):.1f}%)")
    c.line("throughput (answer() only / with checks)",
           f"{done / max(answer_seconds, 1e-9):.0f} / {done / seconds:.0f} inputs per second")
    if render is None:
        c.line("Telegram HTML", "skipped (no bot/telegram_render.py or no telegram package)")
    else:
        c.line("Telegram render exceptions", f"{sum(render_exc.values())}", "0", "ok" if not render_exc else "FOUND")
        c.line("Telegram HTML problems", f"{sum(render_bad.values())}", "0", "ok" if not render_bad else "FOUND")
    for label, counter in (("exception", exceptions), ("invalid", invalid), ("render exception", render_exc),
                           ("render problem", render_bad)):
        for key, count in counter.most_common(8):
            example = examples.get(key) or examples.get("render: " + key, "")
            print(f"  {label} x{count}: {key}\n      e.g. {example[:120]!r}{' ...' if len(example) > 120 else ''}")


if __name__ == "__main__":
    main()
