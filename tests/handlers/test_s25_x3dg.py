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


_ORDERS = """| 3 March 2025, Monday |

Italian machinery orders slump

Italian machinery orders fell 2.1% in January from December, the industry association said on Monday.

Orders from the European Union dropped 6.3%, while those from outside the bloc slipped 1.8%. Domestic orders, by contrast, rose 0.7%, helped by public contracts.
"""


def test_inside_it_after_outside_an_area_asks_that_area_itself() -> None:
    expect(dialog(_ORDERS, "How much did orders from outside the European Union fall?", "And from inside it?"), "6.3%")
