"""What / which / who questions: the thing of a kind, the one who said or did it, and lists."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_SALMON = """| 12 March 2025, Wednesday |

Norway salmon sales to Japan recover

Norwegian salmon exports to Japan rose to 2,300 tonnes in February, seafood council data showed on Wednesday.

Fjordline Markets analyst Ingrid Holm said exports to Japan could reach 31,000 tonnes this year, though a stronger krone could squeeze exporters' margins.

Exporters sent most of the fish by air from Oslo to Tokyo.
"""


def test_who_predicted_a_level_hit_in_shorthand() -> None:
    # "cld" is "could", "31000t" is tonnes, and "hit" before the amount only says the level got there
    expect(answered(_SALMON, "who predicted japan volumes cld hit 31000t this yr"), "Ingrid Holm")
