"""Rules met on the bundled article's failures, each kept as a general rule over a small story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_FAIR = """| 3 March 2025, Monday |

Kazakh firms sign deals with German partners

Kazakh and German companies attending a trade fair in Almaty signed a string of supply agreements, according to local media.

The fair in Almaty, the largest city of Kazakhstan, follows a visit by German Chancellor Olaf Brandt to Astana last month. The fair was attended by German regional government officials, bank chiefs, and almost 600 Kazakh companies hoping to enter the German market.
"""


@pytest.mark.parametrize("question", [
    "what sort of germans came to the fair",
    "what kind of germans attended the fair",
])
def test_a_kind_of_a_nations_people_asks_which_of_them(question: str) -> None:
    expect(answered(_FAIR, question), "officials")

