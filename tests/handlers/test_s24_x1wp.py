"""When / where / who rules of this session, each over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_WINE = """| 14 November 2024, Thursday |

Namibian grape exports climb

Namibia's table grape exports rose 9% to 41,000 tonnes in the season, said Pieter Mouton, an analyst at growers' association Grapenam in Aussenkehr.

Shipments to Europe made up most of the gain.
"""


def test_a_body_after_its_kind_in_a_staff_role_is_where_the_place_closing_the_role_is() -> None:
    expect(answered(_WINE, "where is grapenam headquartered"), "Aussenkehr")


_MISSION = """| 14 November 2024, Thursday |

Namibian beef exporters court Chinese buyers

Namibia's beef exports to China rose 12% to 9,000 tonnes in the first nine months.

The June trade mission, led by Deputy Agriculture Minister Anna Shiweda, took 20 meat packers to tasting events in Beijing.
"""


def test_who_headed_a_thing_done_is_whoever_led_it_deputy_or_not() -> None:
    expect(answered(_MISSION, "Who headed the trade mission?"), "Anna Shiweda")


_PLANT = """| 18 November 2025, Tuesday |

Uzbekistan picks site for first solar glass plant

The plant near the village of Karabulak in Tashkent province will make 200,000 tonnes of glass a year, Energy Minister Jurabek Mirzamakhmudov told reporters.

A Chinese glassmaker is in talks to build a second plant near Angren in the same province, he said.
"""


def test_which_village_asks_a_place() -> None:
    expect(answered(_PLANT, "which village is the plant going to be built near"), "Karabulak")
