"""In-process answer() latency and accuracy on the dev questions.

Every turn of every dev question (dialog turns in a fresh Conversation per repetition) is asked
REPEATS times, after one warm-up pass:

* on the seed store: median and p99 over all calls (targets: median <= 0.5 ms, p99 <= 3 ms);
  answer() keeps parsed questions and gathered evidence per store handle, so these repeats are
  answered from those caches, as a suggestion button's question is;
* first time asked: the seed paraphrase and near-miss sets (other wordings), each question once
  on the warmed seed store: what a question nobody asked before costs;
* on the 1,000-article store + seed: the same (targets: median <= 5 ms, p99 <= 20 ms);
* the 1000/1 ratio of the medians and p99s;
* dev-set accuracy (bot.evaluate rules) on the 1,000-article store, and the same when a pass must
  also cite the seed article.
"""

from __future__ import annotations

import os
import time
from collections import defaultdict

import _common as c  # noqa: I001

from bot.evaluate import evaluate, load_questions
from handlers import Conversation, answer, prepare
from knowledge.lazy_re import compile_all
from knowledge.store import Store

REPEATS = int(os.environ.get("BENCH_ANSWER_REPEATS", "100"))
# Wall-clock cap per store: repetitions stop early (and say so) once it is spent, so the suite
# stays bounded however slow answer() is.
BUDGET_SECONDS = float(os.environ.get("BENCH_ANSWER_BUDGET", "45"))


def _items() -> list[dict]:
    return list(load_questions(c.dev_questions())["questions"])


def latency(store: Store, items: list[dict], repeats: int) -> tuple[list[float], dict[str, list[float]]]:
    """Seconds of every answer() call, and per question id."""
    per: dict[str, list[float]] = defaultdict(list)
    every: list[float] = []
    deadline = time.perf_counter() + BUDGET_SECONDS
    for rep in range(repeats + 1):  # pass 0 warms caches and is not counted
        if rep > 1 and time.perf_counter() > deadline:
            print(f"  (time budget {BUDGET_SECONDS:.0f} s spent: {rep - 1} of {repeats} repetitions done)")
            break
        for item in items:
            conversation = Conversation()
            for turn in item.get("turns") or [item["q"]]:
                started = time.perf_counter()
                answer(str(turn), store, conversation)
                spent = time.perf_counter() - started
                if rep:
                    every.append(spent)
                    per[str(item["id"])].append(spent)
    return every, per


def first_seen(store: Store) -> list[float]:
    """Seconds of each question of the seed paraphrase and near-miss sets, asked once each."""
    every: list[float] = []
    for name in ("seed_paraphrases.yaml", "seed_nearmiss.yaml"):
        for item in load_questions(c.REPO / "tests" / "fixtures" / "eval" / name)["questions"]:
            conversation = Conversation()
            for turn in item.get("turns") or [item["q"]]:
                started = time.perf_counter()
                answer(str(turn), store, conversation)
                every.append(time.perf_counter() - started)
    return every


def report_latency(label: str, every: list[float], per: dict[str, list[float]],
                   med_target: float, p99_target: float) -> tuple[float, float]:
    med, p99 = c.median(every) * 1000, c.pct(every, 99) * 1000
    c.heading(f"answer() latency, {label}: {len(per)} questions, {len(every)} calls")
    c.line("median per call", f"{med:.3f} ms", f"<= {med_target} ms", c.verdict(med, med_target))
    c.line("p99 per call", f"{p99:.3f} ms", f"<= {p99_target} ms", c.verdict(p99, p99_target))
    c.line("max per call", f"{max(every) * 1000:.3f} ms")
    slow = sorted(per.items(), key=lambda kv: c.median(kv[1]), reverse=True)[:3]
    c.line("slowest questions (median)", ", ".join(f"{k} {c.median(v) * 1000:.2f} ms" for k, v in slow))
    worst = sorted(per.items(), key=lambda kv: c.pct(kv[1], 99), reverse=True)[:3]
    c.line("worst per-question p99", ", ".join(f"{k} {c.pct(v, 99) * 1000:.2f} ms" for k, v in worst))
    return med, p99


def accuracy(store: Store, seed_id: str) -> None:
    items = _items()
    report = evaluate(c.dev_questions(), lambda: store)
    c.heading("dev-set accuracy on the 1,000-article store + seed (bot.evaluate rules)")
    passed, total = report.share(lambda r: True)
    ans = report.share(lambda r: not r.abstain)
    abst = report.share(lambda r: r.abstain)
    c.line("total / answerable / abstain", f"{passed}/{total}  {ans[0]}/{ans[1]}  {abst[0]}/{abst[1]}")
    strict = 0
    wrong_article = []
    for item, r in zip(items, report.results, strict=True):
        if not r.passed:
            continue
        if r.abstain:
            strict += 1
            continue
        paras = item.get("para")
        ok = any(ct.article == seed_id and (not paras or ct.paragraph in paras) for ct in r.answer.citations)
        if not item.get("para") and not r.answer.citations:
            ok = True  # metadata questions (date, source) need no citation
        if ok:
            strict += 1
        else:
            wrong_article.append(f"{r.id}->{[ct.article[:24] for ct in r.answer.citations][:2]}")
    c.line("total, a pass must also cite the seed", f"{strict}/{total}")
    if wrong_article:
        c.line("passed but cited another article", "; ".join(wrong_article))
    elsewhere = [r.id for r in report.results if not r.passed and r.answer.answered
                 and r.answer.citations and all(ct.article != seed_id for ct in r.answer.citations)]
    abstained = [r.id for r in report.results if not r.passed and not r.abstain and not r.answer.answered]
    c.line("failures answered from another article", f"{len(elsewhere)}: {', '.join(elsewhere)}")
    c.line("failures that abstained", f"{len(abstained)}: {', '.join(abstained)}")
    fails = [f"{r.id} ({r.why})" for r in report.results if not r.passed]
    if fails:
        c.line("failures", "; ".join(fails))


def seed_accuracy(store: Store) -> None:
    report = evaluate(c.dev_questions(), lambda: store)
    passed, total = report.share(lambda r: True)
    ans = report.share(lambda r: not r.abstain)
    abst = report.share(lambda r: r.abstain)
    c.heading("dev-set accuracy on the seed store alone (for comparison)")
    c.line("total / answerable / abstain", f"{passed}/{total}  {ans[0]}/{ans[1]}  {abst[0]}/{abst[1]}")


def main() -> None:
    # The patterns one-question commands compile on first use (knowledge.lazy_re), compiled now
    # as the bot does at start-up: the figures are per question in a serving process.
    compile_all()
    items = _items()
    seed_store = Store.open(c.seed_store_path())
    prepare(seed_store)  # as the bot does once its store is open (handlers.prepare)
    seed_id = seed_store.articles()[0].id
    every1, per1 = latency(seed_store, items, REPEATS)
    med1, p991 = report_latency("seed store (1 article)", every1, per1, 0.5, 3)
    fresh = first_seen(seed_store)
    fmed, fp99 = c.median(fresh) * 1000, c.pct(fresh, 99) * 1000
    c.heading(f"answer() latency, seed store, first time asked: {len(fresh)} other wordings, once each")
    c.line("median per call", f"{fmed:.3f} ms", "<= 0.5 ms", c.verdict(fmed, 0.5))
    c.line("p99 per call", f"{fp99:.3f} ms", "<= 3 ms", c.verdict(fp99, 3))
    seed_accuracy(seed_store)
    seed_store.close()

    big = c.big_store_path()
    store = Store.open(big)
    prepare(store)
    every, per = latency(store, items, REPEATS)
    med, p99 = report_latency(f"{store.article_count()}-article store", every, per, 5, 20)
    c.heading("ratio 1000-article / 1-article store")
    c.line("median ratio / p99 ratio", f"{med / med1:.1f}x / {p99 / p991:.1f}x")
    accuracy(store, seed_id)
    store.close()


if __name__ == "__main__":
    main()
