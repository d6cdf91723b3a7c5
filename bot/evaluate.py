"""`factbot eval FILE.yaml`: grade the answering function on a question file.

File format: the header of shared/eval/dev_questions.yaml. `article: seed` uses the bundled
article; a file may name its own article with `ingest: {path: ..., date: ...}` (relative to the
file), which is ingested into a fresh in-memory store.
"""

from __future__ import annotations

import re
import statistics
import sys
import time
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.heap import settle_heap
from handlers import Answer, Conversation, answer, prepare
from knowledge.article import ArticleError, Overrides, parse_date
from knowledge.lazy_re import compile_all
from knowledge.store import Store


@dataclass(slots=True)
class Result:
    id: str
    kind: str
    passed: bool
    answer: Answer
    why: str
    seconds: float
    abstain: bool


@dataclass(slots=True)
class Report:
    results: list[Result] = field(default_factory=list)

    def share(self, pick: Callable[[Result], bool]) -> tuple[int, int]:
        chosen = [r for r in self.results if pick(r)]
        return sum(r.passed for r in chosen), len(chosen)


_ASCII = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "−": "-", "\u00a0": " "})


def normalise(text: str) -> str:
    """Lowercase, ASCII quotes and dashes, no thousands separators, single spaces."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.translate(_ASCII)
    text = re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)
    return re.sub(r"\s+", " ", text).strip()


def load_questions(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("questions"), list):
        raise ArticleError(f"{path}: not a question file (needs a 'questions' list)")
    return data


def store_for(data: dict[str, Any], path: Path, default_store: Callable[[], Store]) -> Store:
    spec = data.get("ingest")
    if not spec:
        return default_store()
    store = Store.memory()
    day = parse_date(str(spec["date"])) if spec.get("date") else None
    store.ingest_file((path.parent / spec["path"]).resolve(), Overrides(date=day))
    store.optimize()
    return store


def grade(item: dict[str, Any], store: Store) -> Result:
    conversation = Conversation()
    turns = item.get("turns") or [item["q"]]
    started = time.perf_counter()
    for turn in turns:
        result = answer(str(turn), store, conversation)
    seconds = (time.perf_counter() - started) / len(turns)
    passed, why = _check(item, result)
    return Result(str(item.get("id")), str(item.get("kind", "")), passed, result, why, seconds, bool(item.get("abstain")))


def _check(item: dict[str, Any], result: Answer) -> tuple[bool, str]:
    if item.get("abstain"):
        return (not result.answered, "" if not result.answered else "answered, should abstain")
    if not result.answered:
        return False, "abstained"
    text = normalise(result.text)
    for group in item.get("expect") or []:
        if not any(normalise(str(alt)) in text for alt in group):
            return False, f"missing {group}"
    paras = item.get("para")
    if paras and not any(c.paragraph in paras for c in result.citations):
        return False, f"cites {[c.paragraph for c in result.citations]}, wants {paras}"
    # The format grades the whole text, so it passes; but a worked answer whose expected figure
    # stands only in its working ("18, computed from the article: 38 − 20 = 18" for 38) is a
    # wrong figure, which the report lists apart.
    head = text.split(WORKING, 1)[0] if WORKING in text else text
    if any(not any(normalise(str(alt)) in head for alt in group) for group in item.get("expect") or []):
        return True, ONLY_IN_WORKING
    return True, ""


WORKING = "computed from the article"
ONLY_IN_WORKING = "passed only through its working"


def evaluate(path: Path, default_store: Callable[[], Store], *, settle: bool = False) -> Report:
    """Grade one question file. `settle` is for a process that grades one file and ends (the
    `factbot eval` command): its heap is settled as the bot's is before serving. A caller grading
    many files in one process (pytest, bench/eval_all.py's workers) leaves it off: freezing the
    heap per file would keep every earlier store's cyclic garbage for good, and change the
    collector's settings for everything that runs after."""
    data = load_questions(path)
    store = store_for(data, path, default_store)
    # What the bot does once its store is open (handlers.prepare): the store's question-independent
    # facts worked out now, not by whichever graded question meets them first.
    prepare(store)
    if settle:
        # ...and then settles its heap (bot.heap.settle_heap), as the bot does before serving: else
        # a full collection walking the whole start-up heap (~35 ms) falls on some graded question.
        settle_heap()
    report = Report()
    for item in data["questions"]:
        report.results.append(grade(item, store))
    return report


def print_report(report: Report, max_failures: int, out: Any = sys.stdout) -> float:
    by_kind: dict[str, list[Result]] = defaultdict(list)
    for r in report.results:
        by_kind[r.kind].append(r)
    for kind in sorted(by_kind):
        rs = by_kind[kind]
        print(f"  {kind:13} {sum(r.passed for r in rs):3}/{len(rs)}", file=out)
    passed, total = report.share(lambda r: True)
    ans = report.share(lambda r: not r.abstain)
    abst = report.share(lambda r: r.abstain)
    derived = report.share(lambda r: r.kind == "derived")
    dialog = report.share(lambda r: r.kind == "dialog")
    cited = [r for r in report.results if not r.abstain and r.answer.answered]
    cite_ok = sum(1 for r in cited if "cites" not in r.why)
    lengths = [len(r.answer.text) for r in report.results if r.answer.answered]
    latency = sorted(r.seconds for r in report.results)
    print(f"total {passed}/{total} ({_pct(passed, total):.1f}%)  answerable {ans[0]}/{ans[1]}  abstain {abst[0]}/{abst[1]}  "
          f"derived {derived[0]}/{derived[1]}  dialog {dialog[0]}/{dialog[1]}", file=out)
    print(f"citation accuracy {cite_ok}/{len(cited)}  median answer {statistics.median(lengths) if lengths else 0:.0f} chars  "
          f"median latency {statistics.median(latency) * 1000 if latency else 0:.2f} ms  "
          f"p99 {latency[int(len(latency) * 0.99) - 1] * 1000 if latency else 0:.2f} ms", file=out)
    failures = [r for r in report.results if not r.passed]
    for r in failures[:max_failures]:
        print(f"FAIL {r.id} [{r.kind}] {r.why}: {r.answer.question!r} -> {r.answer.text[:140]!r}", file=out)
    suspect = [r for r in report.results if r.passed and r.why == ONLY_IN_WORKING]
    if suspect:
        print(f"passed only through the working shown (check the figure): {len(suspect)}", file=out)
    for r in suspect[:max_failures]:
        print(f"WORKING {r.id} [{r.kind}]: {r.answer.question!r} -> {r.answer.text[:140]!r}", file=out)
    return _pct(passed, total)


def _pct(a: int, b: int) -> float:
    return 100.0 * a / b if b else 0.0


def run_eval(path: Path, default_store: Callable[[], Store], min_pct: float | None, max_failures: int) -> int:
    if not path.exists():
        raise ArticleError(f"{path}: no such file")
    # Patterns compile on first use (knowledge.lazy_re); a run grading many questions compiles them
    # first, as the bot does at start-up, so the latency printed is per question, not per pattern.
    compile_all()
    report = evaluate(path, default_store, settle=True)
    pct = print_report(report, max_failures)
    return 1 if min_pct is not None and pct < min_pct else 0
