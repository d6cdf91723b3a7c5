"""bench/accuracy_table.py on a tiny made-up README and eval run."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


def _load() -> ModuleType:
    # bench is not a package: the script imports its sibling _common, so the bench dir goes on sys.path.
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location("accuracy_table", BENCH / "accuracy_table.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


at = _load()

README = """# factbot

## Accuracy

| question set | questions | answerable right | abstains right |
|---|---|---|---|
| `../shared/eval/dev_questions.yaml` (seed) | 3 | 1/2 (50%) | 1/1 (100%) |
| our own sets (`tests/fixtures/eval/`): one file | 2 | 2/2 (100%) | 0/0 (-) |
| validation: 2 blind articles (apples, pears), studied | 3 | 1/2 (50%) | 0/1 (0%) |
| validation: 2 blind articles (plums, figs) | 2 | 1/1 (100%) | 1/1 (100%) |

## Next
"""

RUN = {
    "dev_questions": ["P", "F", "A"],
    "own": ["P", "P"],
    "apples": ["P", "P"],      # the apples-pears row goes from 1/2 and 0/1 to 2/2 and 1/1
    "pears": ["A"],
    "plums": ["P"],            # the plums-figs row is already right
    "figs": ["A"],
}


def _write_run(tmp_path: Path, run: dict[str, list[str]]) -> Path:
    lines = []
    for stem, outcomes in run.items():
        for n, o in enumerate(outcomes):
            passed = "F" if o == "F" else "P"
            lines.append(f"{stem}\tq{n}\t{passed}\t{'A' if o == 'A' else '-'}\tquestion?\tanswer.")
    tsv = tmp_path / "run.tsv"
    tsv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tsv


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for sub, stems in (("eval", ["own"]), ("validation", ["apples", "pears", "plums", "figs"])):
        (tmp_path / "fixtures" / sub).mkdir(parents=True)
        for stem in stems:
            (tmp_path / "fixtures" / sub / f"{stem}.yaml").write_text("questions: []\n", encoding="utf-8")
    (tmp_path / "README.md").write_text(README, encoding="utf-8")
    monkeypatch.setattr(at, "ROWS", [("(apples, pears)", ["apples", "pears"]),
                                     ("(plums, figs)", ["plums", "figs"]),
                                     ("(not pasted yet)", ["apples"])])
    return tmp_path


def _main(repo: Path, run: dict[str, list[str]], *extra: str) -> int:
    return at.main([str(_write_run(repo, run)), "--readme", str(repo / "README.md"),
                    "--fixtures", str(repo / "fixtures"), *extra])


def test_changed_row_rewritten_unchanged_row_kept(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _main(repo, RUN) == 0
    out, err = capsys.readouterr()
    assert out == README.replace("(apples, pears), studied | 3 | 1/2 (50%) | 0/1 (0%) |",
                                 "(apples, pears), studied | 3 | 2/2 (100%) | 1/1 (100%) |")
    assert "1 row(s) changed" in err
    assert "changed: (apples, pears)" in err
    assert "warning: no README row contains '(not pasted yet)'" in err


def test_write_rewrites_the_readme(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _main(repo, RUN, "--write") == 0
    assert "| 3 | 2/2 (100%) | 1/1 (100%) |" in (repo / "README.md").read_text(encoding="utf-8")
    assert capsys.readouterr().out == ""


def test_missing_stems_exit_2(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run = {k: v for k, v in RUN.items() if k != "figs"}
    assert _main(repo, run) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "error: row '(plums, figs)': stems missing from the eval run: figs" in err
    assert _main(repo, run, "--allow-missing") == 0
    out, err = capsys.readouterr()
    assert "| validation: 2 blind articles (plums, figs) | 2 | 1/1 (100%) | 1/1 (100%) |" in out
    assert "row left unchanged" in err


def test_new_row(tmp_path: Path) -> None:
    row = at.new_row("| validation: 2 blind articles (apples, pears) |", ["apples", "pears"],
                     _write_run(tmp_path, RUN))
    assert row == "| validation: 2 blind articles (apples, pears) | 3 | 2/2 (100%) | 1/1 (100%) |"
    with pytest.raises(KeyError):
        at.new_row("x", ["nope"], at.load_tsv(tmp_path / "run.tsv"))


def test_pct_rounds_half_up() -> None:
    assert at.pct(448, 472) == "448/472 (95%)"
    assert at.pct(1, 8) == "1/8 (13%)"
    assert at.pct(0, 0) == "0/0 (-)"
