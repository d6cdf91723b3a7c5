"""The string caches of _named_in_words give what the substitutions they replace gave."""

import re

from handlers import evidence
from handlers.evidence import _period_said, _spaced_words


def _old_words(text: str) -> str:
    return " " + re.sub(r"[^a-z0-9]+", " ", text.lower()) + " "


def test_spaced_words_matches_the_substitution() -> None:
    for text in ("Third-quarter revenue rose 4.1%.", "", "  São Paulo's port ", "Q3 2024"):
        assert _spaced_words(text) == _old_words(text)


def test_spaced_key_strips_alike() -> None:
    for key in ("south africa", "port of rotterdam", "côte d'ivoire", "-x-"):
        assert _spaced_words(key).strip() == re.sub(r"[^a-z0-9]+", " ", key.lower()).strip()


def test_period_said_drops_leading_prepositions() -> None:
    assert _period_said("in the third quarter") == "third quarter"
    assert _period_said("For 2024") == "2024"


def test_named_in_words_reads_the_cached_words() -> None:
    class _Asked:
        text = "in the third quarter"

    assert evidence._named_in_words([_Asked()], ["acme"], "Acme's third-quarter revenue rose.")  # type: ignore[list-item]
    assert not evidence._named_in_words([_Asked()], ["zenith"], "Acme's third-quarter revenue rose.")  # type: ignore[list-item]


def test_ends_written_finds_only_goods_ends() -> None:
    from handlers.evidence import _ends_written

    text = "Exports to Canada rose, according to Statistics Norway, and it opened Japan to Norwegian salmon."
    starts = (text.index("Canada"), text.index("Statistics"), text.index("Japan"), text.index("Norwegian"))
    assert _ends_written(text, starts, "to") == (0,)
    assert _ends_written(text, starts, "from") == ()
