"""Why-questions met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_FEES = """| 3 March 2025, Monday |

Port of Tema trims fees as volumes slip

The port of Tema handled 1.2 million containers last year, down 3% from a year earlier, the port authority said.

In January, the authority cut storage fees on transit cargo bound for Burkina Faso by 20% to win back traffic lost to rival ports in Togo and Ivory Coast.

Transit volumes fell 8% to 310,000 tonnes in the first quarter.
"""


def test_a_cut_made_to_win_back_what_was_lost_gives_its_reason() -> None:
    expect(answered(_FEES, "Why did the authority cut storage fees on transit cargo?"), "win back")


_HARVEST = """| 3 March 2025, Monday |

Peru's avocado harvest rebounds

Peru's avocado exports climbed 25% to 410,000 tonnes, making the country the second-largest supplier to Europe after Mexico, the growers' association said.

Production recovered because heavier rains in the highlands filled reservoirs, after a drought cut last year's crop by a third, the association said.
"""


def test_a_date_inside_the_cause_does_not_date_the_move_asked() -> None:
    expect(answered(_HARVEST, "why did production bounce back this year"), "heavier rains")
