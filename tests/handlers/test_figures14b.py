"""Figure questions of the fourteenth pass's second hour: everyday words for a supply and a
speed, and a clause that only says when the work is done."""

from __future__ import annotations

from tests.handlers.stories import answered, dialog, expect

_OIL = """| 3 March 2025, Monday |

Kazakh and Turkish firms sign oil deals in Ankara

Kazakh and Turkish companies signed 12 agreements worth $2.1 billion at a business forum in Ankara on Monday.

In the largest deal, Kazakh producer Steppe Oil agreed to supply 45,000 barrels per day of crude to Turkish refiner Marmara Rafineri for two years.

Turkey imported 1.1 million barrels per day of crude last year, mostly from Russia and Iraq.
"""


def test_sending_a_buyer_oil_is_supplying_it() -> None:
    # "is sending" a buyer is what "agreed to supply" it says
    expect(answered(_OIL, "how many barrels a day is steppe oil sending marmara"), "45,000")


_RAIL = """| 3 March 2025, Monday |

Kenya signs loan to upgrade main rail line

Kenya on Monday signed a $1.8 billion loan to upgrade the 480-km line from Mombasa to Nairobi, the transport ministry said.

Passenger trains will be able to run at up to 140 km per hour, up from 90 km per hour now, while freight trains will reach 100 km per hour from 50 km per hour.

Kenya Railways carried 6.2 million tonnes of freight last year, up 9% from a year earlier.

The upgrade will double the line's freight load to 12 million tonnes a year, and the railway expects passenger numbers to rise 40% once the work is finished.
"""


def test_a_pace_per_hour_is_a_speed() -> None:
    # "top speed" against "will reach 100 km per hour": no word "speed" in the article
    expect(answered(_RAIL, "freight train top speed after the upgrade"), "100 km per hour")


def test_how_fast_a_train_goes_is_its_speed_not_a_growth_rate() -> None:
    # "how fast will trains go" asks km per hour, not "up 9%"; "once its done" only says when
    expect(answered(_RAIL, "how fast will passenger trains go once its done?"), "140 km per hour")
    expect(dialog(_RAIL, "how fast will passenger trains go once its done?", "and freight trains?"), "100 km per hour")


_PLANT = """| 3 March 2025, Monday |

Korean tyre maker opens plant in Serbia

South Korean tyre maker Daesan Tire began production at its new plant in the Serbian city of Nis on Monday, the company said.

The Seoul-based company has invested 640 million euros in the first phase of the factory, which will make 8 million tyres a year.

The plant employs 1,200 people, and the workforce will rise to 2,000 by 2027.

Residents say groundwater levels near the factory have fallen by 1.5 metres since work began.
"""


def test_money_sunk_into_a_factory_is_invested() -> None:
    # "sinking into" is investing, no fall ("levels ... have fallen by 1.5 metres"); and "The
    # Seoul-based company" leads with the firm, whose home is no rival to "the korean firm"
    expect(answered(_PLANT, "how much is the korean firm sinking into the nis factory"), "640 million")


_FAIR = """| 3 March 2025, Monday |

Vietnamese firms flock to Seoul trade fair

Vietnamese and Korean companies signed 31 agreements worth $1.2 billion at a trade fair in Seoul on Monday.

More than 260 Vietnamese companies and about 400 Korean firms attended the three-day Korea-Vietnam Trade Fair at the COEX convention centre, organisers said, up from 190 Vietnamese firms at last year's edition in Hanoi.
"""


def test_last_years_words_after_the_level_risen_from_are_its_own() -> None:
    # "up from 190 Vietnamese firms at last year's edition": 190 is last year's, 260 this year's
    expect(answered(_FAIR, "how many vietnamese companies showed up at the seoul fair"), "260")


_PORTS = """| 3 March 2025, Monday |

Dock strike shuts Baltic ports

A strike by dockworkers shut the ports of Gdansk and Gdynia for a second day on Monday.

The number of cargo ships waiting at anchor outside the ports rose to 27 on Monday from 9 on Sunday, according to ship-tracking firm SeaWatch, and carriers said another 30 vessels were due to arrive by the end of the week.
"""


def test_the_number_of_things_counts_them() -> None:
    # "The number of cargo ships waiting ... rose to 27": a count of ships, though the figure
    # itself names no unit (not the "30 vessels" still to come)
    expect(answered(_PORTS, "how many ships waiting at anchor"), "27")
