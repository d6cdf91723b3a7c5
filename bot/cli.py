"""The `factbot` command: ingest and inspect articles, ask, chat, eval, run the Telegram bot.

Wiring only: every answer comes from handlers.answer. The Telegram stack is imported only by
`run`, so the other commands start fast.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from knowledge.article import ArticleError, Overrides, parse_date
from knowledge.store import Store, StoreError

EXIT_USAGE = 2


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except (StoreError, ArticleError) as exc:
        print(f"factbot: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="factbot", description="Answers questions about news articles with exact, cited facts.")
    parser.add_argument("--db", type=Path, help="the store file (default: $FACTBOT_DB, else a store of the bundled article in your data directory)")
    parser.set_defaults(func=cmd_default)
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("ingest", help="add or replace articles (files, or directories of .txt)")
    p.add_argument("paths", nargs="+", type=Path)
    p.add_argument("--title")
    p.add_argument("--date", help="the article's date, e.g. 2023-12-09")
    p.add_argument("--source")
    p.add_argument("--url")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("articles", help="list the stored articles")
    p.set_defaults(func=cmd_articles)

    p = sub.add_parser("remove", help="remove an article by id")
    p.add_argument("id")
    p.set_defaults(func=cmd_remove)

    p = sub.add_parser("facts", help="show the extracted figures, dates and entities")
    p.add_argument("id", nargs="?")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_facts)

    p = sub.add_parser("ask", help="answer one question, or one per line from stdin")
    p.add_argument("question", nargs="*")
    p.add_argument("--json", action="store_true", help="one JSON object per answer, per line")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("chat", help="an interactive console chat")
    p.set_defaults(func=cmd_chat)

    p = sub.add_parser("eval", help="run a question file and print the score")
    p.add_argument("file", type=Path)
    p.add_argument("--min", type=float, default=None, help="exit 1 when the pass rate (%%) is below this")
    p.add_argument("--failures", type=int, default=30, help="how many failures to list")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("run", help="run the Telegram bot (needs TELEGRAM_BOT_TOKEN)")
    p.add_argument("--webhook", metavar="URL", help="serve webhooks at this public URL instead of polling")
    p.add_argument("--listen", default="0.0.0.0")
    p.add_argument("--port", type=int, default=8443)
    p.set_defaults(func=cmd_run)
    return parser


# ----- the store ------------------------------------------------------------------------------

def default_store_path() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "factbot" / "factbot.db"


def bundled_article() -> str:
    return resources.files("knowledge").joinpath("data/seed.txt").read_text(encoding="utf-8")


def open_store(args: argparse.Namespace, *, readonly: bool = False) -> Store:
    """--db, else FACTBOT_DB: exactly that store. Else the default store, seeded on first use."""
    named = args.db or (Path(os.environ["FACTBOT_DB"]) if os.environ.get("FACTBOT_DB") else None)
    if named is not None:
        if readonly and not named.exists():
            return Store.memory()  # a new store is empty: reading it must not create a file
        return Store.open(named, readonly=readonly)
    store = Store.open(default_store_path())
    # Cheap when nothing changed (a hash check); rebuilds the facts after an upgrade.
    if store.ingest_text(bundled_article(), path="(bundled)").status != "unchanged":
        store.optimize()
    return store


# ----- commands ---------------------------------------------------------------------------------

def cmd_default(args: argparse.Namespace) -> int:
    if os.environ.get("TELEGRAM_BOT_TOKEN"):
        print("factbot: TELEGRAM_BOT_TOKEN is set: running the Telegram bot (Ctrl-C to stop).", file=sys.stderr)
        return cmd_run(argparse.Namespace(**vars(args), webhook=None, listen="0.0.0.0", port=8443))
    print("factbot: no TELEGRAM_BOT_TOKEN set: starting the console chat.", file=sys.stderr)
    return cmd_chat(args)


def cmd_ingest(args: argparse.Namespace) -> int:
    overrides = _overrides(args)
    files = _expand(args.paths)
    failed = changed = 0
    with open_store(args) as store:
        for i, path in enumerate(files, start=1):
            if len(files) > 1:
                print(f"[{i}/{len(files)}] {path}", file=sys.stderr)
            try:
                result = store.ingest_file(path, overrides)
            except ArticleError as exc:
                print(f"factbot: {path}: {exc}", file=sys.stderr)
                failed += 1
                continue
            a = result.article
            changed += result.status != "unchanged"
            print(f"{a.id}: {result.status}, {a.paragraphs} paragraphs, {a.figures} figures, "
                  f"{a.times} dates, {a.entities} entities")
        if changed:
            store.optimize()
    return EXIT_USAGE if failed else 0


def _overrides(args: argparse.Namespace) -> Overrides:
    day = None
    if args.date:
        day = parse_date(args.date)
        if day is None:
            raise ArticleError(f"--date {args.date!r}: not a date (use 2023-12-09)")
    return Overrides(title=args.title, date=day, source=args.source, url=args.url)


def _expand(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        files.extend(sorted(path.glob("*.txt")) if path.is_dir() else [path])
    return files


def cmd_articles(args: argparse.Namespace) -> int:
    with open_store(args, readonly=True) as store:
        for a in store.articles():
            print(f"{a.id}\t{a.date or '-'}\t{a.source or a.author or '-'}\t{a.title}")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if not store.remove(args.id):
            print(f"factbot: no article {args.id!r}", file=sys.stderr)
            return EXIT_USAGE
    print(f"removed {args.id}")
    return 0


def cmd_facts(args: argparse.Namespace) -> int:
    with open_store(args, readonly=True) as store:
        ids = [args.id] if args.id else [a.id for a in store.articles()]
        summaries = [store.facts_summary(i) for i in ids]
    if args.json:
        print(json.dumps(summaries, ensure_ascii=False, indent=2))
        return 0
    for s in summaries:
        print(f"# {s['article']['title']} ({s['article']['date'] or 'undated'}, {s['article']['source'] or 'no source'})")
        for f in s["figures"]:
            extra = f" = {f['alt_raw']}" if f["alt_raw"] else ""
            period = f" [{f['period_label']}]" if f["period_label"] else ""
            print(f"  ¶{f['paragraph']} {f['kind']:8} {f['qualifier'] + ' ' if f['qualifier'] else ''}{f['raw']}{extra}: {f['measure']}{period}")
        for t in s["times"]:
            print(f"  ¶{t['paragraph']} time     {t['text']!r} -> {t['label'] or '?'}")
        for e in s["entities"]:
            roles = f" — {'; '.join(e['roles'])}" if e["roles"] else ""
            print(f"  entity   {e['name']} ({e['kind']}){roles}")
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    from bot.console import render_text
    from bot.heap import settle_heap
    from handlers import Conversation, answer, prepare

    with open_store(args, readonly=True) as store:
        conversation = Conversation()
        questions = [" ".join(args.question)] if args.question else None
        if questions is None:
            # Many questions from stdin: the store's question-independent facts worked out once,
            # as the bot does. One question on the command line only needs its own, so it would
            # wait for all of them (the start-up that `factbot ask "..."` is measured by).
            prepare(store)
            settle_heap()  # as the bot does before serving (bot.heap)
        for line in questions or sys.stdin:
            question = line.rstrip("\n")
            if not question.strip() and questions is None:
                conversation.reset()  # an empty line starts a new conversation
                continue
            result = answer(question, store, conversation)
            print(result.model_dump_json() if args.json else render_text(result), flush=True)
    return 0


def cmd_chat(args: argparse.Namespace) -> int:
    from bot.console import chat
    from bot.heap import settle_heap
    from handlers import Conversation, answer, prepare

    with open_store(args, readonly=True) as store:
        prepare(store)  # the first question as fast as the later ones (handlers.prepare)
        settle_heap()  # no full collection of the start-up heap mid-chat (bot.heap)
        conversation = Conversation()
        titles = "; ".join(a.title for a in store.articles()[:3]) or "(no articles yet: use factbot ingest)"
        intro = f"factbot knows: {titles}\nAsk a question (/new for a new conversation, Ctrl-D to leave)."
        chat(lambda q: answer(q, store, conversation), conversation.reset, intro)
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from bot.evaluate import run_eval

    return run_eval(args.file, default_store=lambda: open_store(args, readonly=True), min_pct=args.min,
                    max_failures=args.failures)


def cmd_run(args: argparse.Namespace) -> int:
    from bot.settings import SettingsError, load_settings

    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"factbot: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if settings.telegram_bot_token is None:
        print("factbot: TELEGRAM_BOT_TOKEN is not set (get one from @BotFather)", file=sys.stderr)
        return EXIT_USAGE
    from bot.telegram_app import run

    store = open_store(args, readonly=False)
    try:
        run(settings, store, webhook_url=args.webhook or settings.webhook_url, listen=args.listen, port=args.port)
    except RuntimeError as exc:  # e.g. webhook mode without the webhooks extra installed
        print(f"factbot: {str(exc).splitlines()[0]}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
