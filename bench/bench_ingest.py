"""Ingestion speed and store size.

1. The seed into a fresh file store, 20 times (a new store each time): median ms (target < 50 ms),
   store bytes per article.
2. 1,000 generated articles (bench/gen_articles.py, fixed seed) into one file store: total seconds
   (target < 30 s), ms per article (median, p99), store bytes per article.
"""

from __future__ import annotations

import _common as c  # noqa: I001  (puts the repository on sys.path)

from knowledge.store import Store

REPEATS = 20


def seed_runs() -> None:
    c.heading(f"ingest the seed into a fresh file store (x{REPEATS})")
    text = c.seed_text()
    work = c.scratch() / "ingest_seed"
    work.mkdir(exist_ok=True)
    times, opens, sizes = [], [], []
    for i in range(REPEATS):
        path = work / f"seed_{i}.db"
        # A BENCH_DIR kept from an earlier run still holds this store: ingesting into it would
        # find the seed unchanged and time nothing.
        for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            stale.unlink(missing_ok=True)
        with c.Timer() as t_open:
            store = Store.open(path)
        with c.Timer() as t:
            store.ingest_text(text, path=str(c.SEED))
        store.close()
        opens.append(t_open.seconds)
        times.append(t.seconds)
        sizes.append(c.file_size(path))
    med = c.median(times) * 1000
    c.line("ingest_text median", f"{med:.1f} ms", "< 50 ms", c.verdict(med, 50))
    c.line("ingest_text min / max", f"{min(times) * 1000:.1f} / {max(times) * 1000:.1f} ms")
    c.line("Store.open (create schema) median", f"{c.median(opens) * 1000:.1f} ms")
    c.line("store size, 1 article", f"{c.median(sizes) / 1024:.0f} KiB")


def bulk_run() -> None:
    n = c.N_ARTICLES
    c.heading(f"ingest {n} generated articles into one file store")
    path = c.scratch() / f"store_{n}.db"
    with c.Timer() as total:
        times = c.build_big_store(path, n)
    seconds = sum(times)
    store = Store.open(path, readonly=True)
    count = store.article_count()
    store.close()
    size = c.file_size(path)
    c.line(f"{n} articles, total", f"{seconds:.1f} s", "< 30 s", c.verdict(seconds, 30))
    c.line("per article median / p99 / max",
           f"{c.median(times) * 1000:.1f} / {c.pct(times, 99) * 1000:.1f} / {max(times) * 1000:.1f} ms")
    c.line("first 100 vs last 100 mean",
           f"{sum(times[:100]) * 10:.1f} / {sum(times[-100:]) * 10:.1f} ms")
    c.line("articles in store (generated + seed)", f"{count}")
    c.line("store size", f"{size / 1024 / 1024:.1f} MiB, {size / max(count, 1) / 1024:.1f} KiB per article")
    c.line("wall time incl. generation and seed", f"{total.seconds:.1f} s")


def main() -> None:
    seed_runs()
    bulk_run()


if __name__ == "__main__":
    main()
