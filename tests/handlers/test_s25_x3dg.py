"""Dialog follow-ups met on this session's sets, each a general rule over a small made-up
story."""

from __future__ import annotations

from tests.handlers.stories import dialog, expect

_PORT = """| 3 March 2025, Monday |

Greek builder wins Chinese-backed port deal

A consortium of Greece's Aegean Harbour Works and China Delta Marine Group has won a 900 million euro ($1 billion) contract to expand the port of Volos, the ports authority said on Monday.

Li Mingzhe, vice president of China Delta, said the deal was the first under a framework agreement signed in Athens.

Chief executive Nikos Pappas said the Greek firm would hire 400 workers for the project.
"""


def test_vp_is_the_vice_president_asked_for() -> None:
    expect(dialog(_PORT, "Which Chinese firm is part of the consortium?", "who's its vp"), "Li Mingzhe")
