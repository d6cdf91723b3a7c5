"""Fresh phrasings of questions like the bundled article's, each over a small story of its own:
an answer of another nation than the one asked, ..."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_FAIR = """| 3 March 2025, Monday |

Finnish and Estonian firms sign deals in Tartu

Finnish and Estonian companies attending a regional fair in southern Estonia signed a slew of cooperation agreements, according to Estonian state media.

The fair in Tartu follows a meeting between Finnish President Alexander Stubb and Estonian President Alar Karis last week in Tallinn. The fair was attended by Finnish local government officials and about 300 Estonian companies.

In February, trade between Finland and Estonia rose to 1.2 billion euros, according to data from the Estonian Statistics Office.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # no Finnish official is named: the Estonian media are of another nation
    ("which finnish official spoke at the fair?", None),
    ("which estonian body published the trade data?", "Estonian Statistics Office"),
    ("who is the finnish president?", "Alexander Stubb"),
])
def test_the_nation_asked(question: str, expected: str | None) -> None:
    expect(answered(_FAIR, question), expected)
