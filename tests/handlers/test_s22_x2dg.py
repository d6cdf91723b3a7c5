"""Rules found on the dialog and typo failures of the 22nd session's blind sets, each over a
small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PACKER = """| 6 October 2025, Monday |

Uruguayan meatpacker to expand

Shares of Frigorífico Rio Claro, one of the newly approved exporters, have risen 12% since June. The Montevideo-listed company said on Monday it would hire 850 workers at its plant in Tacuarembo.
"""


def test_a_spanish_meatpacker_head_word_is_dropped_in_speech() -> None:
    # "Frigorífico" heads the firm's name as "Grupo" does: the question names it "Rio Claro"
    expect(answered(_PACKER, "how mny workrs is rio claro hirng"), "850")

