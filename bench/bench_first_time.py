"""answer() latency of questions asked for the first time, per group of question files.

`python bench/bench_first_time.py [REPEATS]` grades every file of the dev set,
tests/fixtures/eval and tests/fixtures/validation as `factbot eval` does: a store fresh for the
file (its own article ingested, or the bundled one), each question once in file order, the
seconds of an item being its turns' mean. A fresh store has no parsed question, evidence pool
or answer kept, so every question is asked for the first time; what the store keeps for all
questions alike (its vocabulary, a sentence's facts) is paid by whichever question needs it first,
as in a serving process. The whole pass runs REPEATS times (default 5) and each item keeps its
median, to damp noise; the medians and p99s below are over items.
"""

from __future__ import annotations

import statistics
import sys
from collections import defaultdict
from pathlib import Path

import _common as c  # noqa: I001
from golden_answers import question_files, seed_store

from bot.evaluate import evaluate
from knowledge.lazy_re import compile_all


def group_of(path: Path) -> str:
    return "dev" if path == c.dev_questions() else f"fixtures/{path.parent.name}"


def item_seconds(path: Path, repeats: int) -> list[float]:
    """Each item's median seconds over `repeats` passes, each on a fresh store."""
    runs = [[r.seconds for r in evaluate(path, seed_store).results] for _ in range(repeats)]
    return [statistics.median(times) for times in zip(*runs, strict=True)]


def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    compile_all()  # as the bot does at start-up: patterns are not a per-question cost
    groups: dict[str, list[float]] = defaultdict(list)
    per_file: dict[str, float] = {}
    for path in question_files():
        times = item_seconds(path, repeats)
        groups[group_of(path)].extend(times)
        per_file[path.stem] = c.median(times)
    for name, times in groups.items():
        print(f"{name:20} {len(times):5} items  median {c.median(times) * 1000:6.3f} ms  "
              f"p99 {c.pct(times, 99) * 1000:6.3f} ms  mean {statistics.fmean(times) * 1000:6.3f} ms")
    slowest = sorted(per_file.items(), key=lambda kv: kv[1], reverse=True)
    print("files over 1 ms (median):", sum(1 for _, t in slowest if t > 0.001), "of", len(slowest), " slowest:",
          ", ".join(f"{name} {t * 1000:.2f}" for name, t in slowest[:6]))
    every = [t for times in groups.values() for t in times]
    print(f"{'all':20} {len(every):5} items  median {c.median(every) * 1000:6.3f} ms  "
          f"p99 {c.pct(every, 99) * 1000:6.3f} ms  mean {statistics.fmean(every) * 1000:6.3f} ms")


if __name__ == "__main__":
    main()
