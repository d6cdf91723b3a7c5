"""Questions met on this session's new articles (wave d2new), each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_DAM = """| 4 May 2025, Sunday |

Andean dam starts selling power

LIMA, May 4 (Reuters) - A new hydropower dam in the Andes began selling power to the grid on Friday, its operator said.

Running at full capacity, the plant is expected to generate about 2,150 gigawatt hours a year, the operator said.
"""


def test_an_abbreviated_energy_unit_counts_the_unit_spelled_out() -> None:
    reply = answered(_DAM, "how many gwh will the dam produce a year")
    expect(reply, "2,150")


_FUEL = """| 4 May 2025, Sunday |

Gulf refinery lifts diesel exports

DUBAI, May 4 (Reuters) - A Gulf refinery exported about 3.2 million tonnes of diesel in the first quarter, its operator said.

Indian buyers took 41% of the refinery's diesel and jet fuel exports in the quarter, up from 30% a year earlier.
"""


def test_a_share_taken_of_exports_named_after_a_long_owner_answers_a_buy_question() -> None:
    reply = answered(_FUEL, "what pct of the exports did india buy")
    expect(reply, "41%")


_PORT = """| 4 May 2025, Sunday |

Baltic port widens channel

RIGA, May 4 (Reuters) - A Baltic port has started dredging its main channel, Transport Minister Janis Ozols said on Friday.

Dredging costs have risen to about $12 per cubic metre from $8 last year, said Nordic Dredging Ltd, which operates 14 dredgers.

The biggest customers were Hamburg-based Nordfracht and Gdansk's Vistula Shipping, which ship grain through the port.
"""


def test_a_post_asked_by_name_of_is_asked_as_who() -> None:
    reply = answered(_PORT, "name of the transport minister?")
    expect(reply, "Janis Ozols")


_DREDGING = """| 4 May 2025, Sunday |

Baltic port dredging costs climb as customers look elsewhere

RIGA, May 4 (Reuters) - Dredging costs at a Baltic port have doubled this year and its biggest customers are buying elsewhere, companies said on Friday.

Dredging costs have risen to about $12 per cubic metre from $6 last year, said Nordic Dredging Ltd, which operates 14 dredgers.
"""


def test_the_agency_of_a_dateline_is_no_business_that_gave_figures() -> None:
    expect(answered(_DREDGING, "which dredging company gave the cost figures"), "Nordic Dredging")


_TERMINAL = """| 4 May 2025, Sunday |

Adriatic port opens new container terminal

SPLIT, May 4 (Reuters) - A Turkish port company opened a new container terminal at the port of Split on Friday after installing four cranes, a project officials said would lift the city's annual handling capacity to 1.2 million twenty-foot equivalent units (TEUs) from about 700,000 TEUs.
"""


def test_extra_capacity_a_thing_adds_is_the_rise_however_far_the_verb() -> None:
    expect(answered(_TERMINAL, "how much extra capacity does the new terminal add in teu"), "500,000")
