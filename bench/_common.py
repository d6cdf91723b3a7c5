"""Shared helpers for the benchmark scripts: paths, stores, statistics, output.

Scripts run as `python bench/NAME.py` from anywhere; they put the repository root on sys.path.
BENCH_DIR (set by run_all.sh) is a scratch directory shared by the scripts so the 1,000-article
store is built once per run; without it each script uses its own temporary directory.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

SEED = REPO / "knowledge" / "data" / "seed.txt"
N_ARTICLES = 1000
GEN_SEED = 1234


def shared_dir() -> Path:
    """The eval files: <repo>/../shared, else /work/shared (a developer machine)."""
    for candidate in (REPO / ".." / "shared", Path("/work/shared")):
        if (candidate / "eval").is_dir():
            return candidate.resolve()
    raise SystemExit("shared/eval not found next to the repository")


def dev_questions() -> Path:
    return shared_dir() / "eval" / "dev_questions.yaml"


def scratch() -> Path:
    env = os.environ.get("BENCH_DIR")
    if env:
        path = Path(env)
        path.mkdir(parents=True, exist_ok=True)
        return path
    global _TMP
    if _TMP is None:
        _TMP = tempfile.TemporaryDirectory(prefix="factbot-bench-")
    return Path(_TMP.name)


_TMP: tempfile.TemporaryDirectory[str] | None = None


def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def file_size(db: Path) -> int:
    """Bytes of a SQLite store, counting its -wal and -shm files."""
    return sum(p.stat().st_size for p in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm"))
               if p.exists())


def big_store_path(n: int = N_ARTICLES) -> Path:
    """A file store with n generated articles plus the seed; built once per BENCH_DIR."""
    path = scratch() / f"store_{n}.db"
    if not (path.with_suffix(".done").exists() and path.exists()):
        build_big_store(path, n)
    return path


def build_big_store(path: Path, n: int = N_ARTICLES) -> list[float]:
    """(Re)build the n-article store at path, then add the seed; return seconds per generated article."""
    from gen_articles import generate

    from knowledge.store import Store

    for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"),
                  path.with_suffix(".done")):
        stale.unlink(missing_ok=True)
    texts = generate(n, GEN_SEED)
    times: list[float] = []
    store = Store.open(path)
    try:
        for text in texts:
            started = time.perf_counter()
            store.ingest_text(text)
            times.append(time.perf_counter() - started)
        store.ingest_text(seed_text(), path=str(SEED))
        store.optimize()  # as `factbot ingest` does after a batch
    finally:
        store.close()
    path.with_suffix(".done").write_text("ok\n")
    return times


def seed_store_path() -> Path:
    from knowledge.store import Store

    path = scratch() / "store_seed.db"
    if not path.exists():
        store = Store.open(path)
        try:
            store.ingest_text(seed_text(), path=str(SEED))
            store.optimize()
        finally:
            store.close()
    return path


def pct(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty list."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), int(-(-q * len(ordered) // 100))))
    return ordered[rank - 1]


def median(values: list[float]) -> float:
    return statistics.median(values)


def verdict(value: float, target: float, *, lower_is_better: bool = True) -> str:
    ok = value <= target if lower_is_better else value >= target
    return "ok" if ok else "MISSED"


def line(label: str, value: str, target: str = "", ok: str = "") -> None:
    extra = f"   (target {target}: {ok})" if target else ""
    print(f"  {label:<44} {value}{extra}", flush=True)


def heading(title: str) -> None:
    print(f"\n== {title}", flush=True)


class Timer:
    def __enter__(self) -> Timer:
        self.start = time.perf_counter()
        return self

    def __exit__(self, *_: object) -> None:
        self.seconds = time.perf_counter() - self.start
