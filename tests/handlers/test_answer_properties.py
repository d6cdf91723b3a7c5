"""Properties of answers over every article fixture (tests/fixtures/articles/*.txt) and the seed.

For each article, ingested alone (with the `ingest_date` of its .expected.yaml when it has no date
line), the questions are: those of the eval files that ingest it (tests/fixtures/eval/*.yaml;
shared/eval/dev_questions.yaml for the seed, when shared/ is there), plus generic questions made
from the article itself (question words, paragraph openings, its figures, its names).

* every citation's quote is in the cited paragraph (store.paragraph(article, n));
* an answer mentions no figure (number token) that is absent from the article, unless its intent
  is "derived" (dates the bot resolved, such as "13 March 2024" for "on Wednesday", are allowed).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml

import knowledge
from handlers import Answer, Conversation, answer
from knowledge.article import Overrides
from knowledge.store import Store

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
SEED = Path(knowledge.__file__).parent / "data" / "seed.txt"
DEV = next((p for p in (ROOT / ".." / "shared" / "eval" / "dev_questions.yaml",
                        Path("/work/shared/eval/dev_questions.yaml")) if p.exists()), None)

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "hundred": 100,
                "thousand": 1000, "dozen": 12, "half": 2, "twice": 2, "double": 2, "triple": 3, "first": 1,
                "second": 2, "third": 3, "fourth": 4}
GENERIC = ["How much?", "How many?", "When?", "Where?", "Who?", "Why?", "What happened?", "How much did it rise?",
           "What is the date of the article?", "Who wrote this?", "What is this article about?",
           "How much in dollars?", "What was it a year earlier?", "By how much did it fall?"]

_NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)*")
_DATE = re.compile(
    r"\b\d{1,2}\s*[-–—]\s*\d{1,2}\s+(?:%(m)s)(?:\s+\d{4})?\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:%(m)s)\s+\d{4}\b|\b(?:%(m)s)\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:%(m)s)\b|\b(?:%(m)s)\s+\d{1,2}(?:st|nd|rd|th)?\b"
    % {"m": "|".join(MONTHS)},
    re.IGNORECASE,
)


def _articles() -> list[tuple[str, Path, date | None]]:
    found = [("seed", SEED, None)]
    for path in sorted((FIXTURES / "articles").glob("*.txt")):
        expected = path.with_suffix(".expected.yaml")
        day = None
        if expected.exists():
            meta = yaml.safe_load(expected.read_text(encoding="utf-8")) or {}
            if meta.get("ingest_date"):
                day = date.fromisoformat(str(meta["ingest_date"]))
        found.append((path.stem, path, day))
    return found


def _eval_items(name: str, path: Path) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    if name == "seed" and DEV is not None:
        items += yaml.safe_load(DEV.read_text(encoding="utf-8"))["questions"]
    for file in sorted((FIXTURES / "eval").glob("*.yaml")):
        data = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
        spec = data.get("ingest") or {}
        if spec.get("path") and (file.parent / spec["path"]).resolve() == path.resolve():
            items += data.get("questions") or []
    return items


def _generated(text: str, store: Store, article_id: str) -> list[list[str]]:
    questions = [[q] for q in GENERIC]
    for n in range(store.paragraph_count(article_id) + 1):
        words = (store.paragraph(article_id, n) or "").split()
        if words:
            questions.append([" ".join(words[:8])])
            questions.append(["How much " + " ".join(words[:5]) + "?"])
    for raw in sorted(set(_NUMBER.findall(text)))[:15]:
        questions.append([raw])
    names = sorted({w for w in re.findall(r"\b[A-Z][a-z]{3,}\b", text)})[:12]
    for name in names:
        questions += [[f"How much did {name} grow?"], [f"When did {name} act?"], [f"Who is {name}?"],
                      [f"What about {name}?", "When?", "How much?", "And in dollars?"]]
    return questions


def _normal(token: str) -> str:
    token = token.replace(",", "") if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", token) else token
    if "." in token:
        token = token.rstrip("0").rstrip(".") or "0"
    return token.lstrip("0") or "0"


def _article_numbers(text: str, day: date | None) -> tuple[set[str], set[int]]:
    numbers = {_normal(t) for t in _NUMBER.findall(text)}
    numbers |= {_normal(p) for t in _NUMBER.findall(text) for p in t.split(",")}
    numbers |= {str(v) for w, v in NUMBER_WORDS.items() if re.search(rf"\b{w}\b", text, re.IGNORECASE)}
    years = {int(t) for t in numbers if t.isdigit() and 1900 <= int(t) <= 2100}
    if day is not None:
        years.add(day.year)
    return numbers, years


def _stray_numbers(result: Answer, numbers: set[str], years: set[int]) -> list[str]:
    text = _DATE.sub(" ", result.text)
    stray = []
    for token in _NUMBER.findall(text):
        if _normal(token) in numbers or any(p in numbers for p in map(_normal, token.split(","))):
            continue
        if token.isdigit() and 1900 <= int(token) <= 2100 and any(abs(int(token) - y) <= 2 for y in years):
            continue  # a year resolved from "last year" and the like
        stray.append(token)
    return stray


ARTICLES = _articles()


@pytest.fixture(scope="module", params=ARTICLES, ids=[a[0] for a in ARTICLES])
def case(request: pytest.FixtureRequest) -> Any:
    name, path, day = request.param
    store = Store.memory()
    info = store.ingest_file(path, Overrides(date=day)).article
    text = path.read_text(encoding="utf-8")
    turns = [list(map(str, item.get("turns") or [item["q"]])) for item in _eval_items(name, path)]
    turns += _generated(text, store, info.id)
    results: list[tuple[list[str], Answer]] = []
    for questions in turns:
        conversation = Conversation()
        for i, q in enumerate(questions):
            results.append((questions[: i + 1], answer(q, store, conversation)))
    yield store, text, day, results
    store.close()


def test_every_quote_is_in_the_cited_paragraph(case: Any) -> None:
    store, _, _, results = case
    bad = []
    for asked, result in results:
        if result.answered and not result.citations:
            bad.append(f"{asked}: answered without citations")
        for c in result.citations:
            paragraph = store.paragraph(c.article, c.paragraph)
            if paragraph is None or not c.quote.strip() or c.quote not in paragraph:
                bad.append(f"{asked} -> ¶{c.paragraph} quote {c.quote[:80]!r}")
    assert not bad, "\n".join(bad[:20])


def test_answers_state_no_figure_absent_from_the_article(case: Any) -> None:
    _, text, day, results = case
    numbers, years = _article_numbers(text, day)
    if day is not None:
        years |= {(day - timedelta(days=400)).year}
    bad = []
    for asked, result in results:
        if result.intent == "derived" or not result.answered:
            continue
        stray = _stray_numbers(result, numbers, years)
        if stray:
            bad.append(f"{asked} [{result.intent}] -> {result.text[:140]!r}: {stray}")
    assert not bad, "\n".join(bad[:20])
