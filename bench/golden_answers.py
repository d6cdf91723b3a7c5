"""Record every answer to every question file, to prove a speed-up changed no answer.

`python bench/golden_answers.py OUT.json` asks each question (each turn of a `turns` item, in one
Conversation per item, as bot.evaluate.grade does) of the dev set, tests/fixtures/eval and
tests/fixtures/validation, each file on the store `factbot eval` would use, and writes every
answer, field by field. Run it before and after a change and diff the two files: any difference
is a changed answer.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import _common as c  # noqa: I001

from bot.evaluate import load_questions, store_for
from handlers import Conversation, answer
from knowledge.store import Store


def question_files() -> list[Path]:
    """The dev set, then the eval and validation fixtures, in a fixed order."""
    fixtures = c.REPO / "tests" / "fixtures"
    return [c.dev_questions(), *sorted((fixtures / "eval").glob("*.yaml")),
            *sorted((fixtures / "validation").glob("*.yaml"))]


def seed_store() -> Store:
    """What `factbot eval` uses for a file without `ingest:`: the bundled article alone."""
    store = Store.memory()
    store.ingest_text(c.seed_text(), path="(bundled)")
    store.optimize()
    return store


def answers_of(path: Path) -> dict[str, list[dict[str, Any]]]:
    data = load_questions(path)
    store = store_for(data, path, seed_store)
    out: dict[str, list[dict[str, Any]]] = {}
    for n, item in enumerate(data["questions"]):
        conversation = Conversation()
        turns = item.get("turns") or [item["q"]]
        out[f"{n}:{item.get('id')}"] = [answer(str(t), store, conversation).model_dump() for t in turns]
    store.close()
    return out


def main() -> None:
    target = Path(sys.argv[1])
    every = {str(p.relative_to(p.parents[2])): answers_of(p) for p in question_files()}
    target.write_text(json.dumps(every, indent=1, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    print(f"{sum(len(v) for v in every.values())} questions in {len(every)} files -> {target}")


if __name__ == "__main__":
    main()
