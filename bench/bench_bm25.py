"""A BM25 paragraph-retrieval baseline against factbot on the dev questions.

The baseline: rank_bm25.BM25Okapi over the seed's paragraphs (headline = 0, body 1..N), lowercase
word tokens. Its answer is the top paragraph's text, answered=True always, citing that paragraph.
Both are graded by bot.evaluate's own rules (`_check`); dialog items ask every turn and grade the
last. Prints the accuracies (answerable, abstain, total), per-question latency and the ratio.
"""

from __future__ import annotations

import re
import time

import _common as c  # noqa: I001

from rank_bm25 import BM25Okapi

from bot.evaluate import _check, grade, load_questions
from handlers import Answer, Citation
from knowledge.store import Store

REPEATS = 20
_WORD = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    return _WORD.findall(text.lower())


class Bm25Baseline:
    def __init__(self, store: Store, article_id: str) -> None:
        self.article_id = article_id
        count = store.paragraph_count(article_id)
        self.paragraphs = [(n, store.paragraph(article_id, n) or "") for n in range(count + 1)]
        self.paragraphs = [(n, t) for n, t in self.paragraphs if t]
        self.index = BM25Okapi([tokens(t) for _, t in self.paragraphs])

    def answer(self, question: str) -> Answer:
        scores = self.index.get_scores(tokens(question))
        best = max(range(len(scores)), key=lambda i: scores[i])
        number, text = self.paragraphs[best]
        return Answer(question=question, answered=True, intent="bm25", text=text, confidence=1.0,
                      citations=[Citation(article=self.article_id, paragraph=number, quote=text)])


def score(results: list[tuple[dict, bool]]) -> str:
    def share(pick) -> tuple[int, int]:
        chosen = [ok for item, ok in results if pick(item)]
        return sum(chosen), len(chosen)

    a, b, t = share(lambda i: not i.get("abstain")), share(lambda i: i.get("abstain")), share(lambda i: True)
    return (f"answerable {a[0]}/{a[1]}  abstain {b[0]}/{b[1]}  total {t[0]}/{t[1]} "
            f"({100 * t[0] / max(t[1], 1):.1f}%)")


def main() -> None:
    items = list(load_questions(c.dev_questions())["questions"])
    store = Store.open(c.seed_store_path())
    article_id = store.articles()[0].id
    baseline = Bm25Baseline(store, article_id)

    bm25_results, bm25_times = [], []
    for rep in range(REPEATS):
        for item in items:
            turns = item.get("turns") or [item["q"]]
            started = time.perf_counter()
            for turn in turns:
                result = baseline.answer(str(turn))
            bm25_times.append((time.perf_counter() - started) / len(turns))
            if rep == 0:
                bm25_results.append((item, _check(item, result)[0]))

    bot_results, bot_times = [], []
    for rep in range(REPEATS):
        for item in items:
            graded = grade(item, store)  # bot.evaluate.grade: same conversation handling as `factbot eval`
            bot_times.append(graded.seconds)
            if rep == 0:
                bot_results.append((item, graded.passed))
    store.close()

    c.heading(f"BM25 paragraph baseline vs factbot, dev questions on the seed ({len(items)} items, x{REPEATS})")
    c.line("BM25 accuracy", score(bm25_results))
    c.line("factbot accuracy", score(bot_results))
    bm, fb = c.median(bm25_times) * 1000, c.median(bot_times) * 1000
    c.line("BM25 latency per question median / p99", f"{bm:.3f} / {c.pct(bm25_times, 99) * 1000:.3f} ms")
    c.line("factbot latency per question median / p99", f"{fb:.3f} / {c.pct(bot_times, 99) * 1000:.3f} ms")
    c.line("latency ratio factbot / BM25 (median)", f"{fb / bm:.1f}x")
    only_bm25 = [i["id"] for (i, a), (_, b) in zip(bm25_results, bot_results, strict=True) if a and not b]
    if only_bm25:
        c.line("passed by BM25 only", ", ".join(only_bm25))


if __name__ == "__main__":
    main()
