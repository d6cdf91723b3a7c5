"""Who / when / where questions the sealed sets still missed (wave 15, www)."""

from __future__ import annotations

from tests.handlers.stories import answered, expect


def test_a_state_commission_is_a_government_body() -> None:
    # "needs approval from China's National Development and Reform Commission"
    expect(answered("sa_petchem", "Which govt body still has to sign off on the project?"), "Development and Reform Commission")
