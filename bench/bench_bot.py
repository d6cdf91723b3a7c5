"""Bot throughput: the real Application (build_application, real PTB polling loop) against the
fake Bot API from tests/bot/fake_bot_api.py.

    python bench/bench_bot.py                 # both phases, 5,000 updates unthrottled
    python bench/bench_bot.py --updates 2000 --phase unthrottled

The fake server runs in a child process (so it has its own core and its memory is not counted
as the bot's). The bot runs in a process of its own too, started fresh (spawned, not forked) for
each phase and doing what `factbot run` does: open a store file (built and optimized beforehand,
as `factbot ingest` leaves it), build the Application, settle the heap, poll. So its CPU and its
resident memory (RSS) are the bot's alone: not this script's, nor the fake server's code, nor
the ingestion that built the store, nor an earlier phase's leftovers. The settings' flood limit
is raised so per-chat flood control never interferes.

Two phases, each timed from the first enqueue until every update has been answered:

  as-built     the Application exactly as build_application makes it. PTB's AIORateLimiter caps
               every bot at 30 sendMessage/s overall (Telegram's documented broadcast limit), so
               this phase measures that cap on a smaller batch (--built-updates).
  unthrottled  the same Application but with the AIORateLimiter's *overall* 30/s cap set to 0
               (its retries, group limits and everything else unchanged) - what the bot itself
               can do, which is what the >= 500 updates/s target is about.

Each update is a private-chat question; chats ask --per-chat questions each, in order, and the
bot answers a chat's questions in order (PerChatUpdateProcessor), so the k-th message the bot
sends to a chat answers that chat's k-th question. Every answer must be one sendMessage.

Shared with bench/soak.py: `run_phase()` and the helpers below.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import multiprocessing as mp
import os
import re
import sys
import tempfile
import time
import warnings
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

# tests.bot.fake_bot_api (the fake server, aiohttp.web) is imported where it is used: this module
# is imported again by each spawned bot process, which must not carry the server's code.

BUILTIN_QUESTIONS = [
    "How many Chinese enterprises took part in the conference?",
    "How many Russian firms registered businesses in Liaoning in the first nine months?",
    "How much did Liaoning's outbound shipments to Russia increase?",
    "What were Liaoning's shipments to Russia worth?",
    "How many containers did the inaugural train carry to Russia?",
    "How much was Russia-China trade in September?",
    "When did Putin and Xi meet?",
    "Where was the conference held?",
    "Who attended the conference?",
    "What is the weather on Mars?",
]

TARGET_RATE = 500.0


def load_questions() -> tuple[list[str], str]:
    """The dev questions (single questions and every turn of dialogs), else a built-in list."""
    for path in (REPO.parent / "shared" / "eval" / "dev_questions.yaml",
                 Path("/work/shared/eval/dev_questions.yaml")):  # fmt: skip
        if path.is_file():
            try:
                import yaml

                data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            except Exception:  # noqa: BLE001 - fall back to the built-in list
                continue
            questions: list[str] = []
            for item in data.get("questions") or []:
                if isinstance(item.get("q"), str):
                    questions.append(item["q"])
                for turn in item.get("turns") or []:
                    if isinstance(turn, str):
                        questions.append(turn)
            if questions:
                return questions, f"{len(questions)} dev questions from {path}"
    return list(BUILTIN_QUESTIONS), f"{len(BUILTIN_QUESTIONS)} built-in questions"


def rss_kb() -> tuple[int, int]:
    """(VmRSS, VmHWM) of this process in kB, from /proc/self/status."""
    rss = hwm = 0
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1])
            elif line.startswith("VmHWM:"):
                hwm = int(line.split()[1])
    return rss, hwm


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))]


# --------------------------------------------------------------------------------------------
# The server process: fake Bot API + feeder + bookkeeping


@dataclass
class PhaseConfig:
    updates: int  # how many updates to enqueue at most
    per_chat: int  # questions per chat
    questions: list[str]
    feed_seconds: float  # stop enqueueing after this long (the run is bounded by time)
    drain_seconds: float  # then wait this long at most for the remaining answers
    backlog: int = 0  # 0: enqueue everything at once; else keep at most this many unanswered
    quiet: float = 1.0  # after the last answer, wait this long for late duplicates
    faults: dict[str, float] = field(default_factory=dict)  # sendMessage fault mix
    retry_after: tuple[int, ...] = (1,)
    seed: int = 1


@dataclass
class ChatLog:
    asked: list[float] = field(default_factory=list)  # enqueue times, in order
    delivered: list[tuple[float, str, str]] = field(default_factory=list)  # (time, outcome, text)


class Tracker:
    """Sees every finished call on the fake server (FakeBotApi.on_call)."""

    def __init__(self) -> None:
        self.chats: dict[int, ChatLog] = defaultdict(ChatLog)
        self.answered = 0  # chats' questions with at least one delivery (counted as they come)
        self.get_updates = 0
        self.last_delivery = 0.0
        self.event = asyncio.Event()

    def on_call(self, call: Any) -> None:
        if call.method == "getUpdates":
            self.get_updates += 1
            return
        if call.method != "sendMessage" or call.outcome not in ("ok", "accepted-dropped"):
            return  # failed attempts delivered nothing
        log = self.chats.get(call.params.get("chat_id"))
        if log is None:
            return
        now = time.monotonic()
        log.delivered.append((now, call.outcome, str(call.params.get("text", ""))))
        self.last_delivery = now
        if len(log.delivered) <= len(log.asked):
            self.answered += 1
            self.event.set()


def classify(tracker: Tracker) -> dict[str, Any]:
    """Match deliveries to questions per chat, in order. A delivery with the same text as the
    previous one, right after a delivery the server accepted and then dropped, is the bot's
    retry of that send: an explained duplicate. Any other delivery beyond the questions asked
    is an unexplained duplicate."""
    latencies: list[float] = []
    once = lost = explained = unexplained = 0
    asked_total = 0
    for log in tracker.chats.values():
        asked_total += len(log.asked)
        answers: list[float] = []
        dup_explained = dup_other = 0
        previous: tuple[float, str, str] | None = None
        for delivery in log.delivered:
            if previous is not None and previous[1] == "accepted-dropped" and previous[2] == delivery[2]:
                dup_explained += 1
            else:
                answers.append(delivery[0])
            previous = delivery
        if len(answers) > len(log.asked):
            dup_other = len(answers) - len(log.asked)
            answers = answers[: len(log.asked)]
        for asked_at, answered_at in zip(log.asked, answers):
            latencies.append(answered_at - asked_at)
        answered = len(answers)
        lost += len(log.asked) - answered
        twice = dup_explained + dup_other
        # a chat's duplicates are charged to its answered questions, one each
        once += max(0, answered - twice)
        explained += dup_explained
        unexplained += dup_other
    return {
        "asked": asked_total,
        "answered": asked_total - lost,
        "once": once,
        "lost": lost,
        "twice": explained + unexplained,
        "twice_accept_then_drop": explained,
        "twice_unexplained": unexplained,
        "latencies": latencies,
    }


async def _serve(conn: Any, cfg: PhaseConfig) -> None:
    from tests.bot.fake_bot_api import FakeBotApi

    loop = asyncio.get_running_loop()
    api = FakeBotApi(history=False, max_poll=1.0)
    tracker = Tracker()
    api.on_call = tracker.on_call
    await api.start()
    try:
        conn.send(("port", api.port))
        await loop.run_in_executor(None, conn.recv)  # "go": the bot is polling
        if cfg.faults:
            api.inject_random("sendMessage", cfg.faults, retry_after=cfg.retry_after, seed=cfg.seed)
        started = time.monotonic()
        feed_until = started + cfg.feed_seconds
        chats: list[Any] = []
        enqueued = 0
        first_enqueue = time.monotonic()
        server_cpu_start = time.process_time()

        def enqueue(count: int) -> None:
            nonlocal enqueued
            for _ in range(count):
                index = enqueued
                if index % cfg.per_chat == 0:
                    chats.append(api.private_chat())
                chat = chats[index // cfg.per_chat]
                text = cfg.questions[index % len(cfg.questions)]
                tracker.chats[chat.id].asked.append(time.monotonic())
                api.send_text(chat, text)
                enqueued += 1

        timed_out_feeding = False
        if cfg.backlog <= 0:
            enqueue(cfg.updates)
        else:
            while enqueued < cfg.updates:
                if time.monotonic() >= feed_until:
                    timed_out_feeding = True
                    break
                room = cfg.backlog - (enqueued - tracker.answered)
                if room > 0:
                    enqueue(min(room, cfg.updates - enqueued, 200))
                tracker.event.clear()
                try:
                    await asyncio.wait_for(tracker.event.wait(), 0.05)
                except TimeoutError:
                    pass
        fed_at = time.monotonic()
        # Drain: wait for every enqueued update to be answered (bounded).
        drain_until = (feed_until if cfg.backlog <= 0 else fed_at) + cfg.drain_seconds
        while tracker.answered < enqueued and time.monotonic() < drain_until:
            tracker.event.clear()
            try:
                await asyncio.wait_for(tracker.event.wait(), 0.1)
            except TimeoutError:
                pass
        all_answered_at = tracker.last_delivery
        server_cpu = time.process_time() - server_cpu_start
        drained = tracker.answered >= enqueued
        # Late duplicates (the bot's send retries back off 0.3 s + 0.6 s): wait until quiet,
        # but never past the time limit.
        if drained:
            quiet_until = time.monotonic() + cfg.quiet
            while time.monotonic() < min(quiet_until, drain_until + cfg.quiet):
                await asyncio.sleep(0.05)
                quiet_until = max(quiet_until, tracker.last_delivery + cfg.quiet)
        answered_in_time = tracker.answered
        result = classify(tracker)
        result["answered_in_time"] = answered_in_time
        result.update(
            enqueued=enqueued,
            requested=cfg.updates,
            first_enqueue=first_enqueue,
            all_answered_at=all_answered_at,
            wall=(all_answered_at - first_enqueue) if result["answered"] else float("nan"),
            drained=drained,
            timed_out_feeding=timed_out_feeding,
            feed_seconds=fed_at - first_enqueue,
            pending_at_end=api.pending_updates,
            outcomes={f"{m} {o}": n for (m, o), n in sorted(api.outcomes.items())},
            get_updates=tracker.get_updates,
            chats=len(chats),
            server_cpu=server_cpu,
        )
        conn.send(("result", result))
        # Keep serving until the bot has shut down (its updater confirms the last offset).
        await loop.run_in_executor(None, conn.poll, 30)
    finally:
        await api.stop()


def _server_process(conn: Any, cfg: PhaseConfig) -> None:
    asyncio.run(_serve(conn, cfg))


# --------------------------------------------------------------------------------------------
# The bot side (this process)


class CountingHandler(logging.Handler):
    """Counts log records (WARNING and up) by logger and message template instead of printing."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.counts: Counter[tuple[str, str, str]] = Counter()

    def emit(self, record: logging.LogRecord) -> None:
        try:
            text = re.sub(r"\d+(\.\d+)?", "N", record.getMessage())
        except Exception:  # noqa: BLE001
            text = str(record.msg)
        self.counts[(record.levelname, record.name, text[:110])] += 1


_LOG_HANDLER: CountingHandler | None = None  # this process's (quiet_logging); bot processes' counts join it


def quiet_logging() -> CountingHandler:
    global _LOG_HANDLER
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    handler = _LOG_HANDLER = CountingHandler()
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(logging.WARNING)
    return handler


_STORE_DIR: tempfile.TemporaryDirectory[str] | None = None


def make_store() -> Path:
    """A store file holding the seed article, for the bot processes to open as `factbot run`
    opens its store; removed when this process exits."""
    global _STORE_DIR
    from knowledge.store import Store

    if _STORE_DIR is None:
        _STORE_DIR = tempfile.TemporaryDirectory(prefix="factbot-bench-bot-")
    path = Path(_STORE_DIR.name) / "factbot.db"
    store = Store.open(path)
    try:
        store.ingest_text((REPO / "knowledge" / "data" / "seed.txt").read_text(encoding="utf-8"))
        # As every store `factbot run` serves has been: `factbot ingest` and the default store merge
        # the full-text index after ingesting (Store.optimize). Unmerged, each question's FTS5 search
        # cost ~0.2 ms more, which the bot in production never pays.
        store.optimize()
    finally:
        store.close()
    return path


async def _await_conn(conn: Any, timeout: float) -> Any:
    loop = asyncio.get_running_loop()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready = await loop.run_in_executor(None, conn.poll, 0.2)
        if ready:
            return conn.recv()
    raise TimeoutError("the fake server process did not answer in time")


async def run_phase(
    cfg: PhaseConfig,
    *,
    store: Path,
    unthrottled: bool,
    flood_rate: int = 10_000,
    sample_every: float = 0.5,
) -> dict[str, Any]:
    """One run: fake server (child process) + the real Application polling it (another child,
    see _bot_process). Returns the server's bookkeeping plus the bot process's CPU, memory samples
    and state sizes. `store` is a store file (make_store)."""
    from tests.bot.fake_bot_api import DEFAULT_TOKEN

    server_conn, server_child = mp.get_context("fork").Pipe()
    server = mp.get_context("fork").Process(target=_server_process, args=(server_child, cfg), daemon=True)
    server.start()
    bot_conn, bot_child = mp.get_context("spawn").Pipe()
    bot: Any = None
    try:
        kind, port = await _await_conn(server_conn, 20)
        assert kind == "port"
        spawn = mp.get_context("spawn")
        bot = spawn.Process(target=_bot_process, daemon=True, args=(
            bot_child, str(store), DEFAULT_TOKEN, f"http://127.0.0.1:{port}/bot", flood_rate, unthrottled, sample_every))
        bot.start()
        kind, detail = await _await_conn(bot_conn, 120)
        if kind != "ready":
            raise RuntimeError(f"the bot process failed to start: {detail}")
        bot_conn.send("go")  # the bot starts its clock before the first update is enqueued
        server_conn.send("go")
        budget = cfg.feed_seconds + cfg.drain_seconds + 30
        kind, result = await _await_conn(server_conn, budget)
        assert kind == "result"
        bot_conn.send("stop")
        kind, measured = await _await_conn(bot_conn, 60)
        assert kind == "result", measured
        if _LOG_HANDLER is not None:
            _LOG_HANDLER.counts.update(measured.pop("log_counts"))
        result.update(measured)
        return result
    finally:
        try:
            server_conn.send("bye")
        except OSError:
            pass
        for child in (bot, server):
            if child is None:
                continue
            child.join(15)
            if child.is_alive():
                child.kill()  # our own child, by its handle
                child.join(2)


def _bot_process(conn: Any, store_path: str, token: str, base_url: str, flood_rate: int,
                 unthrottled: bool, sample_every: float) -> None:
    """The bot, in a fresh process: as `factbot run` (open the store file, build the Application,
    settle the heap, poll), plus this benchmark's clock and memory samples."""
    try:
        asyncio.run(_bot_main(conn, store_path, token, base_url, flood_rate, unthrottled, sample_every))
    except BaseException as exc:
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
        raise


async def _bot_main(conn: Any, store_path: str, token: str, base_url: str, flood_rate: int,
                    unthrottled: bool, sample_every: float) -> None:
    handler = quiet_logging()
    from telegram import Update
    from telegram.ext import AIORateLimiter

    import bot.telegram_app as telegram_app
    from bot.settings import load_settings
    from knowledge.store import Store

    store = Store.open(store_path)  # as `factbot run` opens a named store
    settings = load_settings(
        telegram_bot_token=token,
        telegram_api_base_url=base_url,
        flood_rate=flood_rate,
        flood_window=60,
        log_level="WARNING",
        _env_file=None,
    )
    original = telegram_app.AIORateLimiter
    if unthrottled:
        telegram_app.AIORateLimiter = lambda **kw: AIORateLimiter(overall_max_rate=0, **kw)  # type: ignore[assignment]
    app = telegram_app.build_application(settings, store)
    telegram_app.AIORateLimiter = original  # type: ignore[assignment]
    telegram_app.prepare(store)  # as telegram_app.run() does before serving
    telegram_app.settle_heap()  # as telegram_app.run() does before serving
    samples: list[tuple[float, int]] = []
    await app.initialize()
    try:
        if app.post_init:
            await app.post_init(app)
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0, timeout=1, allowed_updates=Update.ALL_TYPES)
        await app.start()
        gc.collect()
        rss_start, _ = rss_kb()
        conn.send(("ready", rss_start))
        loop = asyncio.get_running_loop()
        go = await loop.run_in_executor(None, conn.recv)
        assert go == "go", go
        t0 = time.monotonic()
        samples.append((0.0, rss_start))
        cpu_start = time.process_time()

        async def sample() -> None:
            while True:
                await asyncio.sleep(sample_every)
                samples.append((time.monotonic() - t0, rss_kb()[0]))

        sampler = asyncio.create_task(sample())
        try:
            stop = await loop.run_in_executor(None, conn.recv)
            assert stop == "stop", stop
            bot_cpu = time.process_time() - cpu_start
        finally:
            sampler.cancel()
        rss_end, hwm = rss_kb()
        samples.append((time.monotonic() - t0, rss_end))
        data = app.bot_data
        conn.send(("result", {
            "bot_cpu": bot_cpu,
            "rss_start": rss_start,
            "rss_end": rss_end,
            "rss_peak": max(s[1] for s in samples),
            "vm_hwm": hwm,
            "rss_samples": samples,
            "log_counts": handler.counts,
            "state": {
                "conversations": len(data[telegram_app.CONVERSATIONS]),
                "flood-watched chats": len(data[telegram_app.FLOOD]),
                "buttons": len(data[telegram_app.BUTTONS]),
                "reply-tracked messages": len(data[telegram_app.REPLIES]._map),
                "per-chat locks": len(app.update_processor._locks),  # type: ignore[attr-defined]
                "updates still queued in PTB": app.update_queue.qsize(),
                "updates being processed": app.update_processor.current_concurrent_updates,
            },
        }))
    finally:
        try:
            if app.updater is not None and app.updater.running:
                await asyncio.wait_for(app.updater.stop(), 10)
            if app.running:
                await asyncio.wait_for(app.stop(), 10)
            await asyncio.wait_for(app.shutdown(), 10)
        except Exception as exc:  # noqa: BLE001 - report and go on: the run is over
            print(f"  (shutting the bot down raised {type(exc).__name__}: {exc})")
        store.close()


def print_log_summary(handler: CountingHandler, limit: int = 8) -> None:
    if not handler.counts:
        print("  bot log (WARNING+): nothing")
        return
    print("  bot log (WARNING+), counted instead of printed:")
    for (level, name, msg), n in handler.counts.most_common(limit):
        print(f"    {n:6d} x {level} {name}: {msg}")
    handler.counts.clear()


def mark(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def report_phase(title: str, r: dict[str, Any], *, target_rate: float | None) -> None:
    lat = r["latencies"]
    rate = r["answered"] / r["wall"] if r["answered"] and r["wall"] > 0 else 0.0
    print(f"\n== {title}")
    print(f"  updates enqueued      {r['enqueued']} (requested {r['requested']}) from {r['chats']} private chats")
    print(f"  wall time             {r['wall']:.2f} s (first enqueue -> last answer)"
          + ("" if r["drained"] else "  [NOT all answered within the time limit]"))
    tgt = f"   target >= {target_rate:.0f}: {mark(rate >= target_rate)}" if target_rate else ""
    print(f"  throughput            {rate:.1f} updates/s{tgt}")
    if r["enqueued"]:
        # CPU (user + sys) per update, each process's own: the figure to compare between runs
        # when the machine is shared and wall-clock rates wander.
        print(f"  CPU per update        bot {r['bot_cpu'] / r['enqueued'] * 1000:.2f} ms, fake server "
              f"{r['server_cpu'] / r['enqueued'] * 1000:.2f} ms (user+sys of each process)")
    print(f"  latency p50 / p99     {pct(lat, 50) * 1000:.0f} ms / {pct(lat, 99) * 1000:.0f} ms "
          f"(enqueue -> answer, all enqueued at once so queueing dominates)")
    print(f"  answered exactly once {r['once']}")
    if not r["drained"]:
        print(f"  TIME LIMIT: {r['enqueued'] - r['answered_in_time']} updates were not answered when the "
              f"phase's time limit ran out; they count as lost below")
    print(f"  updates lost          {r['lost']}   target 0: {mark(r['lost'] == 0)}")
    print(f"  answered twice        {r['twice']}   target 0: {mark(r['twice'] == 0)}")
    print("  sendMessage outcomes  " + ", ".join(f"{k.split(' ', 1)[1]}={v}" for k, v in r["outcomes"].items()
                                                   if k.startswith("sendMessage")))
    print(f"  bot RSS start/end/peak {r['rss_start'] / 1024:.0f} / {r['rss_end'] / 1024:.0f} / "
          f"{r['rss_peak'] / 1024:.0f} MiB (the bot's own process, as `factbot run`; VmHWM "
          f"{r['vm_hwm'] / 1024:.0f} MiB)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--updates", type=int, default=5000, help="updates for the unthrottled phase")
    parser.add_argument("--built-updates", type=int, default=600,
                        help="updates for the as-built phase (capped at 30 msg/s by PTB)")
    parser.add_argument("--per-chat", type=int, default=5, help="questions per chat")
    parser.add_argument("--phase", choices=("both", "as-built", "unthrottled"), default="both")
    parser.add_argument("--seconds", type=float, default=60.0,
                        help="time limit per phase (the run stops by itself; unanswered = lost)")
    args = parser.parse_args(argv)
    if args.updates < 1 or args.per_chat < 1 or args.built_updates < 1:
        parser.error("counts must be positive")

    handler = quiet_logging()
    questions, source = load_questions()
    store = make_store()
    print("factbot bench_bot: real Application (build_application) polling the fake Bot API")
    print(f"  questions: {source}, {args.per_chat} per chat; fake server in a child process on 127.0.0.1")
    print("  settings: flood_rate raised to 10000 per 60 s per chat so flood control never throttles")
    print(f"  python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
    began = time.monotonic()
    results = {}
    phases = ["as-built", "unthrottled"] if args.phase == "both" else [args.phase]
    for phase in phases:
        n = args.built_updates if phase == "as-built" else args.updates
        cfg = PhaseConfig(updates=n, per_chat=args.per_chat, questions=questions,
                          feed_seconds=0.0, drain_seconds=args.seconds, quiet=0.7)
        r = asyncio.run(run_phase(cfg, store=store, unthrottled=(phase == "unthrottled")))
        results[phase] = r
        if phase == "as-built":
            report_phase("as built (PTB AIORateLimiter: 30 sendMessage/s overall, max_retries=5)",
                         r, target_rate=None)
        else:
            report_phase("unthrottled (same Application, AIORateLimiter overall cap set to 0)",
                         r, target_rate=TARGET_RATE)
        print_log_summary(handler)
    print(f"\ntotal run time {time.monotonic() - began:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
