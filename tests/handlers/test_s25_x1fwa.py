"""Figure questions the bot abstained on although the story states the figure, each a general
rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PANELS = """| 3 March 2025, Monday |

Moroccan panel maker expands

Solar exports rose 12% last year, the trade ministry said.

The factory near Tangier can make 900 megawatts of panels a year, or roughly 1.8 million modules, and around 65% of output is destined for the European Union, mainly Spain and France, the company said.
"""


def test_a_share_headed_for_a_market_is_the_share_destined_for_it() -> None:
    expect(answered(_PANELS, "what portion of production is headed for the EU"), "65%")


_DRY = """| 3 March 2025, Monday |

Drought hits Peruvian avocado growers

Avocado exports fell 8% in the first half, the growers' association said.

He said about 12,000 hectares of orchards in the provinces of Ica and Piura had gone without adequate irrigation since May.
"""


def test_proper_watering_asked_is_adequate_irrigation_told() -> None:
    expect(answered(_DRY, "how many hectares of orchards went without proper watering"), "12,000")


_MILLS = """| 3 March 2025, Monday |

Pakistani rice mills halt sales to Iran

Rice exports rose 9% in the first half, the exporters' association said.

He said 21 of the country's 140 operating mills had halted deliveries to Iran since the start of May.
"""


def test_stopped_deliveries_asked_are_halted_deliveries_told() -> None:
    expect(answered(_MILLS, "how many mills have stopped deliveries to iran"), "21")
