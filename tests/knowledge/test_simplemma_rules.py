"""knowledge.text imports simplemma with its English suffix rules only: lemmas must be simplemma's own."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from knowledge.lexicon import SYNONYMS

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "knowledge" / "data" / "seed.txt"

# Words that only the suffix rules lemmatise (no dictionary entry), and some that the dictionary does.
RULE_WORDS = ["zorbifications", "blorpments", "plonkisms", "snarfists", "flibberships", "quoxidized",
              "tronkerves", "wibblecracies", "gloobdoms", "containers", "companies", "exports", "inaugurated"]

_LEMMATISE = """
import json, sys
{setup}
from simplemma.strategies import DefaultStrategy
from simplemma.strategies.dictionaries.trie_dictionary_factory import TrieDictionaryFactory
import simplemma
lemmatizer = simplemma.Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=TrieDictionaryFactory()))
words = json.load(sys.stdin)
print(json.dumps({{"lemmas": [lemmatizer.lemmatize(w, "en") for w in words],
                  "rule_modules": sorted(m for m in sys.modules if m.startswith("simplemma.strategies.defaultrules."))}}))
"""


def _lemmatise(words: list[str], setup: str) -> dict[str, list[str]]:
    out = subprocess.run([sys.executable, "-c", _LEMMATISE.format(setup=setup)], input=json.dumps(words),
                         capture_output=True, text=True, check=True, cwd=REPO, timeout=120)
    return json.loads(out.stdout)


def test_english_lemmas_are_those_of_a_plain_simplemma_import() -> None:
    words = sorted({w.lower() for w in SEED.read_text(encoding="utf-8").split() if w.isalpha()}
                   | {w for name, variants in SYNONYMS.items() for v in (name, *variants) for w in v.split() if w.isalpha()}
                   | set(RULE_WORDS))
    plain = _lemmatise(words, "")
    ours = _lemmatise(words, "import knowledge.text")
    assert ours["lemmas"] == plain["lemmas"]
    # And the saving is real: only English's rule module was imported.
    assert ours["rule_modules"] == ["simplemma.strategies.defaultrules.en"]
    assert "simplemma.strategies.defaultrules.fi" in plain["rule_modules"]
