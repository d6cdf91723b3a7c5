"""Soak: many updates through the real Application and the fake Bot API, with sendMessage faults.

    python bench/soak.py                       # 50,000 updates or 85 s of feeding, whichever first
    python bench/soak.py --updates 5000 --seconds 60 --unthrottled

Faults on sendMessage, drawn at random per call (FakeBotApi.inject_random, seeded):
  5% HTTP 429 with retry_after drawn from {0, 1} s (PTB's AIORateLimiter sleeps retry_after + 0.1 s
     and holds back *every* request meanwhile, then retries up to max_retries=5; note that
     PTB turns a 429 with retry_after=0 into a plain NetworkError - "unknown parameters" - which
     the bot's own _deliver retries instead; real Telegram always says retry_after >= 1),
  2% HTTP 500 (the bot's _deliver retries up to 3 attempts, 0.3 s then 0.6 s apart),
  1% dropped connections: by default half of them before the server does anything ("drop")
     and half after it has already stored the message ("drop_after": accepted, then the
     connection is closed without a response). The client cannot tell the two apart; the bot
     retries both, so every accepted-then-dropped send is legitimately answered twice.

Updates are fed with a bounded backlog (at most --backlog unanswered at a time) until --updates
have been enqueued or --seconds have passed, then the run waits at most --drain seconds for the
remaining answers. The whole run is bounded: about seconds + drain + 10 s.

Memory is this process's (the bot's) VmRSS from /proc/self/status; the fake server runs in a
child process with its call log and message history off, so it does not count.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_bot import (  # noqa: E402
    PhaseConfig,
    load_questions,
    make_store,
    mark,
    pct,
    print_log_summary,
    quiet_logging,
    run_phase,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--updates", type=int, default=50_000)
    parser.add_argument("--seconds", type=float, default=85.0,
                        help="time budget for feeding updates (default 100 s so the script ends "
                             "within 2 minutes; the brief suggested 150)")
    parser.add_argument("--drain", type=float, default=20.0, help="max wait for the last answers")
    parser.add_argument("--per-chat", type=int, default=5, help="questions per chat")
    parser.add_argument("--backlog", type=int, default=150, help="max unanswered updates at a time")
    parser.add_argument("--p429", type=float, default=0.05)
    parser.add_argument("--p500", type=float, default=0.02)
    parser.add_argument("--pdrop", type=float, default=0.01)
    parser.add_argument("--drop-after-share", type=float, default=0.5,
                        help="share of dropped connections where the server had already sent the message")
    parser.add_argument("--retry-after", default="0,1", help="retry_after choices for 429s, in seconds")
    parser.add_argument("--unthrottled", action="store_true",
                        help="set PTB's AIORateLimiter overall cap (30 msg/s) to 0, as bench_bot does")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if args.updates < 1 or args.seconds <= 0 or not 0 <= args.drop_after_share <= 1:
        parser.error("bad arguments")
    retry_after = tuple(int(x) for x in args.retry_after.split(",") if x.strip())

    handler = quiet_logging()
    questions, source = load_questions()
    store = make_store()
    faults = {
        "429": args.p429,
        "500": args.p500,
        "drop": args.pdrop * (1 - args.drop_after_share),
        "drop_after": args.pdrop * args.drop_after_share,
    }
    faults = {k: v for k, v in faults.items() if v > 0}
    print("factbot soak: real Application (build_application) polling the fake Bot API")
    print(f"  questions: {source}, {args.per_chat} per chat, backlog <= {args.backlog}")
    print(f"  sendMessage faults: 429 {args.p429:.1%} (retry_after from {retry_after} s), "
          f"500 {args.p500:.1%}, dropped connections {args.pdrop:.1%} "
          f"({1 - args.drop_after_share:.0%} before the server acts, "
          f"{args.drop_after_share:.0%} after it has stored the message)")
    print("  settings: flood_rate raised to 10000 per 60 s per chat")
    print("  rate limiter: " + ("PTB overall 30 msg/s cap OFF (--unthrottled)" if args.unthrottled
                                else "as built (PTB AIORateLimiter, 30 msg/s overall, max_retries=5)"))
    print(f"  budget: {args.updates} updates or {args.seconds:.0f} s of feeding, then <= {args.drain:.0f} s drain")

    cfg = PhaseConfig(
        updates=args.updates, per_chat=args.per_chat, questions=questions,
        feed_seconds=args.seconds, drain_seconds=args.drain, backlog=args.backlog, quiet=2.0,
        faults=faults, retry_after=retry_after or (1,), seed=args.seed,
    )  # fmt: skip
    began = time.monotonic()
    r = asyncio.run(run_phase(cfg, store=store, unthrottled=args.unthrottled, sample_every=1.0))
    wall = time.monotonic() - began

    print()
    if r["enqueued"] < args.updates:
        print(f"TIME BUDGET: only {r['enqueued']} of {args.updates} updates fitted in {args.seconds:.0f} s "
              f"of feeding; the figures below are for those {r['enqueued']}.")
    if not r["drained"]:
        print(f"DRAIN LIMIT: {r['enqueued'] - r['answered_in_time']} updates still unanswered after "
              f"{args.drain:.0f} s of draining; they count as lost.")
    rate = r["answered"] / r["wall"] if r["answered"] and r["wall"] > 0 else 0.0
    lat = r["latencies"]
    print(f"updates processed       {r['enqueued']} from {r['chats']} private chats "
          f"({rate:.1f} answered/s; latency p50 {pct(lat, 50) * 1000:.0f} ms, p99 {pct(lat, 99) * 1000:.0f} ms)")
    print(f"answered exactly once   {r['once']}")
    busy = r["state"]["updates still queued in PTB"] + r["state"]["updates being processed"]
    print(f"lost                    {r['lost']}   target 0: {mark(r['lost'] == 0)}")
    if r["lost"]:
        print(f"  of which still queued or being handled by the bot at the time limit: {min(busy, r['lost'])};"
              f" given up by the bot (see 'Telegram API problem' in the log): {max(0, r['lost'] - busy)}")
    print(f"answered twice          {r['twice']}   target 0: {mark(r['twice'] == 0)}")
    print(f"  of which after the server accepted the send and then dropped the connection: "
          f"{r['twice_accept_then_drop']}")
    print(f"  of which unexplained (no accept-then-drop before them): {r['twice_unexplained']}")
    outcomes = {k.split(" ", 1)[1]: v for k, v in r["outcomes"].items() if k.startswith("sendMessage")}
    print("sendMessage calls       " + ", ".join(f"{k}={v}" for k, v in outcomes.items()))
    accepted_dropped = outcomes.get("accepted-dropped", 0)
    if r["twice"] or accepted_dropped:
        print(f"  explanation: the server accepted {accepted_dropped} sends and then dropped the connection;"
              " the bot saw a NetworkError and retried (correctly: from the client's side it is"
              " indistinguishable from a drop before processing), so the message arrived twice."
              f" {r['twice_accept_then_drop']} duplicates match such a drop exactly (same chat, same text,"
              " right after it); a drop_after whose retry failed for good is not a duplicate.")
    samples = r["rss_samples"]
    print(f"bot RSS (VmRSS)         start {r['rss_start'] / 1024:.1f} MiB, end {r['rss_end'] / 1024:.1f} MiB, "
          f"peak {r['rss_peak'] / 1024:.1f} MiB (VmHWM {r['vm_hwm'] / 1024:.1f} MiB)   target: flat")
    step = max(1, len(samples) // 10)
    print("  over time             " + ", ".join(f"{t:.0f}s {kb / 1024:.0f}" for t, kb in samples[::step]))
    print("bot state at end        " + ", ".join(f"{k} {v}" for k, v in r["state"].items()))
    print(f"wall time               {wall:.1f} s (feeding {r['feed_seconds']:.1f} s)")
    print_log_summary(handler, limit=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
