"""The `factbot` command, run as a real subprocess (python -m bot.cli) against temporary stores."""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pytest

from knowledge.store import ArticleInfo, Store

REPO = Path(__file__).resolve().parents[1]
ARTICLES = REPO / "tests" / "fixtures" / "articles"
# The shared folder is a sibling of the checkout (/work/shared next to /work/main, also in CI).
DEV_QUESTIONS = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev_questions.yaml"
SEED = resources.files("knowledge").joinpath("data/seed.txt").read_text(encoding="utf-8")
SEED_ID = "2023-12-09-northeast-china-russian-chinese-firms-ink"
UK_ID = "2024-02-02-bank-england-holds-rates-at-5"
TABLES = ("articles", "paragraphs", "sentences", "figures", "times", "entities", "entity_names", "mentions")
SUMMARY = re.compile(r"^(?P<id>[\w-]+): (?P<status>added|replaced|unchanged), (?P<p>\d+) paragraphs, "
                     r"(?P<f>\d+) figures, (?P<t>\d+) dates, (?P<e>\d+) entities$")  # fmt: skip
TIMEOUT = 60


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def out_lines(self) -> list[str]:
        return self.out.splitlines()

    @property
    def err_lines(self) -> list[str]:
        return self.err.splitlines()


def environment(tmp_path: Path, factbot_db: Path | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("FACTBOT_DB", "TELEGRAM_BOT_TOKEN")}
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg")
    env["PYTHONIOENCODING"] = "utf-8"
    if factbot_db is not None:
        env["FACTBOT_DB"] = str(factbot_db)
    return env


def start(tmp_path: Path, *args: str | Path, stdin: str | None = None, env: dict[str, str] | None = None,
          ) -> tuple[subprocess.Popen[str], str | None]:  # fmt: skip
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", *map(str, args)],
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
        cwd=tmp_path, env=env or environment(tmp_path),
    )  # fmt: skip
    return proc, stdin


def finish(started: tuple[subprocess.Popen[str], str | None]) -> Run:
    proc, stdin = started
    out, err = proc.communicate(stdin, timeout=TIMEOUT)
    return Run(proc.returncode, out, err)


def factbot(tmp_path: Path, *args: str | Path, stdin: str | None = None, env: dict[str, str] | None = None) -> Run:
    return finish(start(tmp_path, *args, stdin=stdin, env=env))


def make_store(path: Path, *texts: str) -> Path:
    with Store.open(path) as store:
        for text in texts:
            store.ingest_text(text)
    return path


def row_counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        conn.close()


def article_list(path: Path) -> list[ArticleInfo]:
    with Store.open(path, readonly=True) as store:
        return store.articles()


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Stores built once, in-process; tests get their own copies."""
    base = tmp_path_factory.mktemp("stores")
    uk = (ARTICLES / "uk_economy.txt").read_text(encoding="utf-8")
    return {
        "seed": make_store(base / "seed.db", SEED),
        "uk": make_store(base / "uk.db", uk),
        "two": make_store(base / "two.db", SEED, uk),
    }


def copy_store(stores: dict[str, Path], name: str, tmp_path: Path) -> Path:
    path = tmp_path / f"{name}.db"
    shutil.copy(stores[name], path)
    return path


@pytest.fixture
def seeded(stores: dict[str, Path], tmp_path: Path) -> Path:
    return copy_store(stores, "seed", tmp_path)


# --- ingest ----------------------------------------------------------------------------------------


def test_ingest_a_file_prints_one_summary_line(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    run = factbot(tmp_path, "--db", db, "ingest", ARTICLES / "uk_economy.txt")
    assert run.code == 0, run.err
    [line] = run.out_lines
    match = SUMMARY.match(line)
    assert match, line
    assert (match["id"], match["status"], match["p"]) == (UK_ID, "added", "9")
    assert int(match["f"]) >= 15 and int(match["t"]) >= 10
    assert run.err == ""  # one file: no progress lines
    assert row_counts(db)["articles"] == 1

    again = factbot(tmp_path, "--db", db, "ingest", ARTICLES / "uk_economy.txt")
    assert again.code == 0
    assert SUMMARY.match(again.out_lines[0])["status"] == "unchanged"  # type: ignore[index]


def test_ingest_a_directory_prints_progress_and_one_line_per_article(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("uk_economy.txt", "tech_earnings.txt", "india_harvest.txt"):
        shutil.copy(ARTICLES / name, folder / name)
    (folder / "notes.md").write_text("not an article\n", encoding="utf-8")  # only *.txt are read
    db = tmp_path / "new.db"
    run = factbot(tmp_path, "--db", db, "ingest", folder)
    assert run.code == 0, run.err
    assert len(run.out_lines) == 3
    assert all(SUMMARY.match(line)["status"] == "added" for line in run.out_lines)  # type: ignore[index]
    assert run.err_lines == [f"[{i}/3] {folder / n}" for i, n in
                             enumerate(("india_harvest.txt", "tech_earnings.txt", "uk_economy.txt"), start=1)]  # fmt: skip
    assert row_counts(db)["articles"] == 3


def test_ingest_a_directory_with_one_bad_file_keeps_the_good_ones(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(ARTICLES / "uk_economy.txt", folder / "a.txt")
    (folder / "b.txt").write_bytes(b"")
    db = tmp_path / "new.db"
    run = factbot(tmp_path, "--db", db, "ingest", folder)
    assert run.code == 2
    [line] = run.out_lines
    assert SUMMARY.match(line)["id"] == UK_ID  # type: ignore[index]
    problems = [e for e in run.err_lines if not e.startswith("[")]
    assert problems == [f"factbot: {folder / 'b.txt'}: empty file"]
    assert row_counts(db)["articles"] == 1


def test_ingest_with_overrides(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    run = factbot(tmp_path, "--db", db, "ingest", ARTICLES / "eu_energy.txt", "--date", "2024-03-14",
                  "--source", "Wire", "--url", "https://example.com/a", "--title", "Battery plant")  # fmt: skip
    assert run.code == 0, run.err
    assert SUMMARY.match(run.out)["id"] == "2024-03-14-battery-plant"  # type: ignore[index]
    listed = factbot(tmp_path, "--db", db, "articles")
    assert listed.out_lines == ["2024-03-14-battery-plant\t2024-03-14\tWire\tBattery plant"]


def test_ingest_with_a_bad_date_fails_in_one_line(tmp_path: Path, seeded: Path) -> None:
    before = row_counts(seeded)
    run = factbot(tmp_path, "--db", seeded, "ingest", ARTICLES / "eu_energy.txt", "--date", "someday")
    assert run.code == 2
    assert run.err_lines == ["factbot: --date 'someday': not a date (use 2023-12-09)"]
    assert row_counts(seeded) == before


BAD_INPUTS = {
    # name: (how to make the file, words the message must contain)
    "missing": (None, "no such file"),
    "empty": (b"", "empty file"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00" * 20, "binary"),
    "latin1": ("Café prices rise\n\nCafé owners in Paris said prices rose.\n".encode("latin-1"), "UTF-8"),
    "headline_only": (b"Only a headline, no paragraphs\n", "no paragraphs"),
    "too_big": (b"Headline\n\n" + b"word " * (5 * 1024 * 1024 // 5 + 1), "too big"),
}


def test_every_bad_input_fails_in_one_line_naming_the_file_and_leaves_the_store(tmp_path: Path, seeded: Path) -> None:
    before_counts = row_counts(seeded)
    before_list = article_list(seeded)
    assert [a.id for a in before_list] == [SEED_ID]
    cases = {}
    for name, (content, _) in BAD_INPUTS.items():
        path = tmp_path / f"{name}.txt"
        if content is not None:
            path.write_bytes(content)
        db = tmp_path / f"store-{name}.db"
        shutil.copy(seeded, db)
        cases[name] = (path, db, start(tmp_path, "--db", db, "ingest", path))
    for name, (path, db, proc) in cases.items():
        run = finish(proc)
        words = BAD_INPUTS[name][1]
        assert run.code == 2, (name, run)
        assert run.out == "", name
        assert len(run.err_lines) == 1, (name, run.err)
        line = run.err_lines[0]
        assert line.startswith(f"factbot: {path}: ") and words in line, (name, line)
        assert len(line) < len(str(path)) + 100, (name, line)
        assert "Traceback" not in run.err
        assert row_counts(db) == before_counts, name
        assert article_list(db) == before_list, name


# --- listing, facts, removing --------------------------------------------------------------------


def test_articles_lists_id_date_source_title(tmp_path: Path, stores: dict[str, Path]) -> None:
    db = copy_store(stores, "two", tmp_path)
    run = factbot(tmp_path, "--db", db, "articles")
    assert run.code == 0
    assert run.out_lines == [
        f"{UK_ID}\t2024-02-02\tJane Doe\tBank of England holds rates at 5.25% but signals cuts are getting closer",
        f"{SEED_ID}\t2023-12-09\tReuters\tIn northeast China, Russian and Chinese firms ink deals from manufacturing to agriculture",
    ]


def test_facts_json_is_valid_and_has_the_figures(tmp_path: Path, seeded: Path) -> None:
    run = factbot(tmp_path, "--db", seeded, "facts", SEED_ID, "--json")
    assert run.code == 0, run.err
    [summary] = json.loads(run.out)
    assert summary["article"]["id"] == SEED_ID
    assert summary["article"]["date"] == "2023-12-09"
    figures = {f["raw"]: f for f in summary["figures"]}
    assert len(summary["figures"]) == 6
    assert figures["42.64 billion yuan"]["alt_raw"] == "$5.83 billion"
    assert figures["42.64 billion yuan"]["currency"] == "CNY"
    assert figures["$21.18 billion"]["period_start"] == "2023-09-01"
    assert len(summary["times"]) == 13
    assert "Xi Jinping" in {e["name"] for e in summary["entities"]}


def test_facts_text_and_unknown_id(tmp_path: Path, seeded: Path) -> None:
    text = start(tmp_path, "--db", seeded, "facts")
    unknown = start(tmp_path, "--db", seeded, "facts", "no-such-article")
    run = finish(text)
    assert run.code == 0
    assert run.out_lines[0].startswith("# In northeast China")
    assert any("42.64 billion yuan = $5.83 billion" in line for line in run.out_lines)
    missing = finish(unknown)
    assert missing.code == 2
    assert missing.err_lines == ["factbot: no article 'no-such-article'"]


def test_remove_deletes_the_article(tmp_path: Path, stores: dict[str, Path]) -> None:
    db = copy_store(stores, "two", tmp_path)
    run = factbot(tmp_path, "--db", db, "remove", SEED_ID)
    assert run.code == 0, run.err
    assert run.out_lines == [f"removed {SEED_ID}"]
    assert factbot(tmp_path, "--db", db, "articles").out_lines[0].startswith(UK_ID + "\t")
    counts = row_counts(db)
    assert counts["articles"] == 1
    conn = sqlite3.connect(db)
    try:
        for table in TABLES[1:]:
            n = conn.execute(f"SELECT count(*) FROM {table} WHERE article_id = ?", [SEED_ID]).fetchone()[0]
            assert n == 0, table
    finally:
        conn.close()
    again = factbot(tmp_path, "--db", db, "remove", SEED_ID)
    assert again.code == 2
    assert again.err_lines == [f"factbot: no article '{SEED_ID}'"]


# --- which store -----------------------------------------------------------------------------------


def test_a_new_db_starts_empty_and_is_not_seeded(tmp_path: Path) -> None:
    db = tmp_path / "fresh.db"
    run = factbot(tmp_path, "--db", db, "articles")
    assert run.out == ""
    # A new store is empty, and reading it does not create the file.
    assert run.code == 0 and run.err == ""
    assert not db.exists()
    assert not (tmp_path / "xdg" / "factbot" / "factbot.db").exists()
    factbot(tmp_path, "--db", db, "ingest", ARTICLES / "uk_economy.txt")
    assert [line.split("\t")[0] for line in factbot(tmp_path, "--db", db, "articles").out_lines] == [UK_ID]


def test_without_db_the_default_store_is_built_from_the_bundled_article(tmp_path: Path) -> None:
    default = tmp_path / "xdg" / "factbot" / "factbot.db"
    assert not default.exists()
    run = factbot(tmp_path, "articles")
    assert run.code == 0, run.err
    assert [line.split("\t")[0] for line in run.out_lines] == [SEED_ID]
    assert default.exists()
    assert row_counts(default)["figures"] == 6
    # Later runs reuse it rather than seeding again.
    factbot(tmp_path, "ingest", ARTICLES / "uk_economy.txt")
    assert [line.split("\t")[0] for line in factbot(tmp_path, "articles").out_lines] == [UK_ID, SEED_ID]
    assert row_counts(default)["articles"] == 2


def test_factbot_db_environment_variable_names_the_store(tmp_path: Path, stores: dict[str, Path]) -> None:
    db = copy_store(stores, "uk", tmp_path)
    run = factbot(tmp_path, "articles", env=environment(tmp_path, factbot_db=db))
    assert run.code == 0, run.err
    assert [line.split("\t")[0] for line in run.out_lines] == [UK_ID]
    assert not (tmp_path / "xdg" / "factbot" / "factbot.db").exists()


def test_a_text_file_as_store_fails_in_one_line(tmp_path: Path) -> None:
    db = tmp_path / "notes.txt"
    db.write_text("just some notes\n" * 100, encoding="utf-8")
    started = [start(tmp_path, "--db", db, "articles"), start(tmp_path, "--db", db, "ingest", ARTICLES / "uk_economy.txt")]
    for run in map(finish, started):
        assert run.code == 2
        assert len(run.err_lines) == 1 and "not a factbot store" in run.err and str(db) in run.err
    assert db.read_text(encoding="utf-8") == "just some notes\n" * 100


# --- asking -------------------------------------------------------------------------------------------


QUESTION = "How many containers did the train carry?"


def test_ask_answers_with_the_figure_and_cites_its_paragraph(tmp_path: Path, seeded: Path) -> None:
    text = start(tmp_path, "--db", seeded, "ask", QUESTION)
    as_json = start(tmp_path, "--db", seeded, "ask", "--json", QUESTION)
    run = finish(text)
    assert run.code == 0, run.err
    assert "55" in run.out_lines[0]
    assert "paragraph 6" in run.out
    run = finish(as_json)
    assert run.code == 0, run.err
    [line] = run.out_lines
    answer = json.loads(line)
    assert {"question", "answered", "intent", "text", "confidence", "citations"} <= set(answer)
    assert answer["question"] == QUESTION
    assert answer["answered"] is True
    assert "55" in answer["text"]
    assert isinstance(answer["confidence"], (int, float)) and 0 <= answer["confidence"] <= 1
    assert answer["citations"]
    first = answer["citations"][0]
    assert {"article", "paragraph", "quote"} <= set(first)
    assert (first["article"], first["paragraph"]) == (SEED_ID, 6)
    assert "55 containers" in first["quote"]


def test_ask_reads_questions_from_stdin_and_an_empty_line_starts_a_new_conversation(tmp_path: Path, seeded: Path) -> None:
    follow_up = "Where is it the biggest port?"
    stdin = f"Which port can Jilin use?\n{follow_up}\n\n{follow_up}\n{QUESTION}\n"
    run = factbot(tmp_path, "--db", seeded, "ask", "--json", stdin=stdin)
    assert run.code == 0, run.err
    answers = [json.loads(line) for line in run.out_lines]
    assert [a["question"] for a in answers] == ["Which port can Jilin use?", follow_up, follow_up, QUESTION]
    assert "Vladivostok" in answers[0]["text"]
    assert "far east" in answers[1]["text"].lower()  # "it" is Vladivostok, from the first question
    assert answers[2]["text"] != answers[1]["text"]  # after the empty line "it" refers to nothing
    assert "55" in answers[3]["text"]
    assert all(c["paragraph"] == 7 for a in answers[:3] for c in a["citations"][:1])


def test_eval_prints_totals_and_min_sets_the_exit_code(tmp_path: Path, seeded: Path) -> None:
    assert DEV_QUESTIONS.exists(), DEV_QUESTIONS
    plain = start(tmp_path, "--db", seeded, "eval", DEV_QUESTIONS)
    too_high = start(tmp_path, "--db", seeded, "eval", DEV_QUESTIONS, "--min", "101")
    run = finish(plain)
    assert run.code == 0, run.err
    totals = [line for line in run.out_lines if line.startswith("total ")]
    assert len(totals) == 1
    assert re.match(r"total \d+/\d+ \(\d+\.\d%\)", totals[0])
    assert any(line.startswith("citation accuracy ") for line in run.out_lines)
    run = finish(too_high)
    assert run.code == 1
    assert any(line.startswith("total ") for line in run.out_lines)


def test_eval_of_a_missing_file_fails_in_one_line(tmp_path: Path, seeded: Path) -> None:
    run = factbot(tmp_path, "--db", seeded, "eval", tmp_path / "nope.yaml")
    assert run.code == 2
    assert run.err_lines == [f"factbot: {tmp_path / 'nope.yaml'}: no such file"]
