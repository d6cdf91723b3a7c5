"""A process killed in the middle of an ingest leaves the store consistent: the article is
either wholly there or not there at all, and the next ingest works."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from knowledge.store import Store

ROOT = Path(__file__).resolve().parents[2]
SEED = (ROOT / "knowledge" / "data" / "seed.txt").read_text(encoding="utf-8")


def _big_article() -> str:
    """The seed's body repeated: ingesting it takes about a second, half of it writing."""
    body = [p for p in SEED.split("\n\n")[2:] if p.strip() and not p.strip().startswith("•")]
    paragraphs = [body[i % len(body)] for i in range(1500)]
    return "| 9 December 2023, Saturday |\n\nA long test article\n\n" + "\n\n".join(paragraphs) + "\n"


def _counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "paragraphs", "sentences", "figures", "times")}


@pytest.mark.parametrize("delay", [0.6, 1.2, 1.5, 1.8, 4.0])
def test_a_killed_ingest_leaves_all_or_nothing(tmp_path: Path, delay: float) -> None:
    article = tmp_path / "long.txt"
    article.write_text(_big_article(), encoding="utf-8")
    db = tmp_path / "store.db"
    with Store.open(db) as store:
        store.ingest_text(SEED)
    before = _counts(db)
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "xdg")}
    proc = subprocess.Popen([sys.executable, "-m", "bot.cli", "--db", str(db), "ingest", str(article)],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)

    after = _counts(db)
    if after["articles"] == before["articles"]:
        assert after == before  # killed before the commit: nothing of the new article remains
    else:
        assert after["articles"] == before["articles"] + 1
        assert after["paragraphs"] == before["paragraphs"] + 1501  # headline + 1,500: all of it
    with Store.open(db) as store:  # and the store still takes the next ingest
        result = store.ingest_file(article)
        assert result.status in ("added", "unchanged")
        assert store.paragraph_count(result.article.id) == 1501


def test_readers_keep_answering_while_an_ingest_writes(tmp_path: Path) -> None:
    from handlers import answer

    db = tmp_path / "store.db"
    with Store.open(db) as store:
        store.ingest_text(SEED)
    writer = sqlite3.connect(db, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # an ingest in progress holds the write lock
    writer.execute("DELETE FROM figures")
    try:
        reader = Store.open(db, readonly=True)
        result = answer("How many containers did the train carry?", reader)
        assert result.answered and "55" in result.text  # the uncommitted delete is not seen
    finally:
        writer.execute("ROLLBACK")
        writer.close()
