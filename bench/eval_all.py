"""Accuracy over every question file: the dev set, tests/fixtures/eval and tests/fixtures/validation.

    python bench/eval_all.py                       # totals and the aims of issue 3
    python bench/eval_all.py --out run.tsv         # also one line per question, for --diff
    python bench/eval_all.py --diff base.tsv       # and the questions whose outcome changed
    python bench/eval_all.py FILE.yaml ...         # only these files

Grading is `factbot eval`'s (bot.evaluate); files are graded in parallel worker processes, each
file in a fresh in-memory store, so the figures equal the sum of `factbot eval` over the files.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import _common as c

from bot.evaluate import evaluate
from knowledge.lazy_re import compile_all
from knowledge.store import Store

# One graded question: file, id, passed, abstain item, answered, characters, seconds, question, answer.
Row = tuple[str, str, bool, bool, bool, int, float, str, str]


def question_files() -> list[Path]:
    fixtures = c.REPO / "tests" / "fixtures"
    return [c.dev_questions(), *sorted((fixtures / "eval").glob("*.yaml")),
            *sorted((fixtures / "validation").glob("*.yaml"))]


def _seed_store() -> Store:
    store = Store.memory()
    store.ingest_text(c.seed_text())
    return store


def grade_file(path: Path) -> list[Row]:
    compile_all()
    report = evaluate(path, _seed_store)  # which prepares the store as the bot does (handlers.prepare)
    return [(path.stem, r.id, r.passed, r.abstain, r.answer.answered, len(r.answer.text), r.seconds,
             _flat(r.answer.question), _flat(r.answer.text)) for r in report.results]


def _flat(text: str) -> str:
    return " ".join(text.split())


def grade_all(paths: list[Path], workers: int) -> list[Row]:
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return [row for rows in pool.map(grade_file, paths) for row in rows]


def summary(rows: list[Row]) -> list[str]:
    def share(chosen: list[Row]) -> str:
        passed = sum(r[2] for r in chosen)
        return f"{passed}/{len(chosen)} ({100.0 * passed / len(chosen) if chosen else 0:.2f}%)"

    lengths = [r[5] for r in rows if r[4]]
    latency = sorted(r[6] for r in rows)
    return [
        f"files {len({r[0] for r in rows})}  all {share(rows)}",
        f"answerable {share([r for r in rows if not r[3]])}  (aim 95%)",
        f"abstentions {share([r for r in rows if r[3]])}  (aim 95%)",
        f"median answer {statistics.median(lengths) if lengths else 0:.0f} chars  (aim under 120)",
        (f"median latency {statistics.median(latency) * 1000 if latency else 0:.2f} ms per question, "
         "first time asked, in parallel workers"),
    ]


def write_rows(rows: list[Row], out: Path) -> None:
    lines = ["\t".join([r[0], r[1], "P" if r[2] else "F", "A" if r[3] else "-", r[7], r[8]]) for r in rows]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def read_rows(path: Path) -> dict[tuple[str, str], tuple[str, str, str]]:
    found: dict[tuple[str, str], tuple[str, str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 6:
            found[(parts[0], parts[1])] = (parts[2], parts[4], parts[5])
    return found


def diff(base: Path, rows: list[Row]) -> list[str]:
    """Questions present in both runs whose pass/fail changed, gains first."""
    old = read_rows(base)
    gained: list[str] = []
    lost: list[str] = []
    for r in rows:
        before = old.get((r[0], r[1]))
        if before is None or (before[0] == "P") == r[2]:
            continue
        line = f"{r[0]} {r[1]}: {r[7]!r} -> {r[8][:150]!r}"
        if r[2]:
            gained.append(f"+ {line}")
        else:
            lost.append(f"- {line}\n    was {before[2][:150]!r}")
    common = [r for r in rows if (r[0], r[1]) in old]
    before_passed = sum(old[(r[0], r[1])][0] == "P" for r in common)
    head = (f"same {len(common)} questions: {before_passed} -> {sum(r[2] for r in common)} "
            f"(+{len(gained)} -{len(lost)})")
    return [head, *gained, *lost]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--out", type=Path, help="write one tab-separated line per question")
    parser.add_argument("--diff", type=Path, help="a file written by --out to compare with")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--by-file", action="store_true", help="print each file's score")
    args = parser.parse_args(argv)
    paths = [p.resolve() for p in args.files] or question_files()
    rows = grade_all(paths, args.workers)
    if args.by_file:
        for stem in dict.fromkeys(r[0] for r in rows):
            mine = [r for r in rows if r[0] == stem]
            print(f"{stem:28} {sum(r[2] for r in mine)}/{len(mine)}")
    print("\n".join(summary(rows)))
    if args.out:
        write_rows(rows, args.out)
    if args.diff:
        print("\n".join(diff(args.diff, rows)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
