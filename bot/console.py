"""Plain-text rendering of an Answer for terminals, and the interactive console chat."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TextIO

from handlers.models import Answer


def render_text(answer: Answer) -> str:
    lines = [answer.text]
    for c in answer.citations[:2]:
        where = "headline" if c.paragraph == 0 else f"paragraph {c.paragraph}"
        meta = ", ".join(x for x in (c.title, c.date, c.source) if x)
        lines.append(f"  — {where}: “{_short(c.quote)}”")
        if meta:
            lines.append(f"    ({meta})")
    if answer.suggestions:
        lines.append("  Try: " + " · ".join(answer.suggestions))
    return "\n".join(lines)


def _short(text: str, limit: int = 220) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def chat(ask: Callable[[str], Answer], reset: Callable[[], None], intro: str,
         stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout) -> None:
    """Read questions until EOF; readline gives line editing and history on a terminal."""
    interactive = stdin.isatty()
    if interactive:
        try:
            import readline  # noqa: F401  (enables editing and history for input())
        except ImportError:
            pass
    print(intro, file=stdout)
    while True:
        try:
            line = input("you> ") if interactive else stdin.readline()
        except (EOFError, KeyboardInterrupt):
            print(file=stdout)
            return
        if not interactive and line == "":
            return
        question = line.strip()
        if question in ("/new", "/reset"):
            reset()
            print("(new conversation)", file=stdout)
            continue
        if not question:
            continue
        print(render_text(ask(question)), file=stdout, flush=True)
