"""Rules mended in the twenty-fifth session's review."""

from __future__ import annotations

import pytest

from handlers.evidence import _bodies_named_of


@pytest.mark.parametrize("home", ["Qingdao", "Beijing"])
def test_a_firm_based_in_a_city_of_a_nation_is_one_of_that_nations_bodies(home: str) -> None:
    text = f"The Talas plant was built by {home}-based Haiyang Mining and started processing ore in June."
    assert any("haiyang" in name for name in _bodies_named_of(text, "China"))
