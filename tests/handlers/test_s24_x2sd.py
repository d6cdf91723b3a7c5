"""Rules met on the bundled article's failures, each kept as a general rule over a small story."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_FAIR = """| 3 March 2025, Monday |

Kazakh firms sign deals with German partners

Kazakh and German companies attending a trade fair in Almaty signed a string of supply agreements, according to Kazakh state media.

The fair in Almaty, the largest city of Kazakhstan, follows a visit by German Chancellor Olaf Brandt to Astana last month. The fair was attended by German regional government officials, bank chiefs, and almost 600 Kazakh companies hoping to enter the German market.
"""


@pytest.mark.parametrize("question", [
    "what sort of germans came to the fair",
    "what kind of germans attended the fair",
])
def test_a_kind_of_a_nations_people_asks_which_of_them(question: str) -> None:
    expect(answered(_FAIR, question), "officials")


_PORT = """| 3 March 2025, Monday |

Kazakh grain finds a new way to the sea

In May, officials said the landlocked region of Akmola would be able to use Aktau, the biggest port on the Caspian Sea, to ship grain to Baku and Poti in Georgia from June, cutting costs for Akmola farmers.
"""


def test_a_describing_verb_misspelt_still_asks_what_the_thing_is() -> None:
    expect(answered(_PORT, "how is aktau descibed"), "biggest port")


def test_a_particle_of_direction_still_asks_the_way() -> None:
    expect(answered(_PORT, "how will akmola get its grain down to georgia"), "use Aktau")


@pytest.mark.parametrize("question", [
    "whos the source on the deals being signed",
    "how did word of the deals get out",
])
def test_who_made_a_thing_known_is_its_teller(question: str) -> None:
    expect(answered(_FAIR, question), "state media")
