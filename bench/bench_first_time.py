"""answer() latency of questions asked for the first time, per group of question files.

`python bench/bench_first_time.py [REPEATS]` grades every file of the dev set,
tests/fixtures/eval and tests/fixtures/validation as `factbot eval` does: a store fresh for the
file (its own article ingested, or the bundled one), each question once in file order, the
seconds of an item being its turns' mean. A fresh store has no parsed question, evidence pool
or answer kept, so every question is asked for the first time; what the store keeps for all
questions alike (its vocabulary, a sentence's facts) is paid by whichever question needs it first,
as in a serving process.

Each pass runs in a fresh process: answering keeps some pure results per process too (a
question's flags, a word's lemma, by text), and a second pass in the same process would find
them and no longer measure a first time. The pass runs REPEATS times (default 5), each item keeps
its median, to damp noise; the medians and p99s below are over items.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import _common as c  # noqa: I001
from golden_answers import question_files, seed_store

from bot.evaluate import evaluate
from knowledge.lazy_re import compile_all


def group_of(path: Path) -> str:
    return "dev" if path == c.dev_questions() else f"fixtures/{path.parent.name}"


def one_pass() -> dict[str, list[float]]:
    """Each file's item seconds, graded once in this process."""
    compile_all()  # as the bot does at start-up: patterns are not a per-question cost
    return {str(path): [r.seconds for r in evaluate(path, seed_store).results] for path in question_files()}


def passes(repeats: int) -> list[dict[str, list[float]]]:
    """`repeats` passes, each in a process of its own."""
    out = []
    for _ in range(repeats):
        done = subprocess.run([sys.executable, __file__, "--one-pass"], capture_output=True, text=True, check=True)
        out.append(json.loads(done.stdout))
    return out


def report(runs: list[dict[str, list[float]]]) -> None:
    groups: dict[str, list[float]] = defaultdict(list)
    per_file: dict[str, float] = {}
    for name in runs[0]:
        path = Path(name)
        times = [statistics.median(item) for item in zip(*(run[name] for run in runs), strict=True)]
        groups[group_of(path)].extend(times)
        per_file[path.stem] = c.median(times)
    for group, times in groups.items():
        _line(group, times)
    _line("all", [t for times in groups.values() for t in times])
    slowest = sorted(per_file.items(), key=lambda kv: kv[1], reverse=True)
    print(f"files with a median over 1 ms: {sum(1 for _, t in slowest if t > 0.001)} of {len(slowest)}; slowest: "
          + ", ".join(f"{name} {t * 1000:.2f}" for name, t in slowest[:5]))


def _line(label: str, times: list[float]) -> None:
    print(f"{label:20} {len(times):5} items  median {c.median(times) * 1000:6.3f} ms  "
          f"p99 {c.pct(times, 99) * 1000:6.3f} ms  mean {statistics.fmean(times) * 1000:6.3f} ms")


def main() -> None:
    if sys.argv[1:] == ["--one-pass"]:
        print(json.dumps(one_pass()))
        return
    report(passes(int(sys.argv[1]) if len(sys.argv) > 1 else 5))


if __name__ == "__main__":
    main()
