"""What/which questions of the 19th session's second wave, each kept as a general rule over a small
made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_DEPOT = """| 3 March 2025, Monday |

Fuel depot opens in Mombasa

A new fuel depot opened in Mombasa on Monday, officials said.

The depot is operated by Coastline Storage Holdings, in which Nairobi-based Savanna Energy Partners holds 60% and Oman's state-owned Gulf Petroleum Trading holds the remaining 40%.
"""


def test_the_one_a_relative_clause_describes_is_no_answer() -> None:
    reply = answered(_DEPOT, "Which firms own the company that runs the depot?")
    expect(reply, "Savanna Energy Partners")
    expect(reply, "Gulf Petroleum Trading")
    assert "Coastline" not in reply.text.split(".")[0]


_NICKEL = """| 3 March 2025, Monday |

Nickel exports climb

The Philippines, the world's second-largest nickel producer after Indonesia, shipped 90,000 tonnes of nickel in the first half, up 12% from a year earlier.

Karvell Mining, the country's second-biggest nickel miner after Bayside Metals, said output rose 8%.
"""


def test_the_one_ranked_above_the_name_compared_does_more() -> None:
    expect(answered(_NICKEL, "which country produces more nickel than the Philippines?"), "Indonesia")
    expect(answered(_NICKEL, "Which company mines more nickel than Karvell Mining?"), "Bayside Metals")


_PIPELINE = """| 3 March 2025, Monday |

Gas firm signs deals abroad

Caspian Gas Company signed a memorandum with Austria's Alpenwerk covering gas storage, its chief executive said.
"""


def test_an_mou_is_a_memorandum() -> None:
    expect(answered(_PIPELINE, "Which Austrian company did Caspian Gas Company sign an MoU with?"), "Alpenwerk")
