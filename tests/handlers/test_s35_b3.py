"""Rules met on this session's blind articles (wave b3), each a general rule over a small made-up story."""

from __future__ import annotations

from handlers import Conversation, answer
from tests.handlers.stories import answered, dialog, expect, stored

_PIER = """| 3 March 2025, Monday |

Gabon's Korea-built Owendo terminal takes first ship

LIBREVILLE, March 3 (Reuters) - Gabon's new terminal at Owendo, built and financed by Seoul-based Hanjin Group, received its first ship on Sunday when the cargo ship Nordic Star berthed and unloaded 41,000 tonnes of clinker, officials said.

The first phase, located 12 km south of Libreville in the Estuaire province, cost 240 billion CFA francs ($410 million).

Owendo has an annual capacity of 3 million tonnes, with a 620-metre pier and a draught of 14 metres.

The operating company is owned 70% by Hanjin Group under a 30-year concession signed in 2021, with state pension fund FGIS holding the remaining 30%.

The second phase, costing an additional $300 million (about 175 billion CFA francs), is due to start next year.

The project has angered fishing villages near Owendo, who say the works have cut them off from their fishing grounds.
"""


def test_how_long_a_pier_is_asks_its_length_not_a_time() -> None:
    expect(answered(_PIER, "how long is the owendo pier"), "620-metre")


def test_what_those_upset_say_after_who_is_their_reason() -> None:
    reply = answered(_PIER, "why are the fishermen upset")
    expect(reply, "cut them off")


def test_a_built_by_modifier_is_no_part_of_the_name() -> None:
    assert not any("built" in name for name in stored(_PIER).entity_name_index)
    expect(answered(_PIER, "which province is owendo in"), "Estuaire")


def test_a_name_right_after_the_noun_asked_is_its_name() -> None:
    assert answered(_PIER, "whats the pension fund in the operating company").text.startswith("FGIS")
    assert answered(_PIER, "name of the first ship that berthed").text.startswith("Nordic Star")


_PLANT = """| 5 May 2025, Monday |

Malaysian-owned Fiji mill approves $2.4 billion expansion

SUVA, May 5 (Reuters) - Fiji Sugar Holdings and its state partner on Monday approved a $2.4 billion (F$5.4 billion) second phase for their mill at Lautoka, a project set to double the plant's output and create 1,200 new jobs.

The mill employs about 2,500 people, 61% of them Fijian, the company said.

The 40-km double-track line cost $300 million.

Trains on the electrified line to the mill can run at up to 90 km per hour.

The 65-km Nadi road, also built with Malaysian money, opened in 2023.
"""


def test_a_country_dollar_asked_is_its_own_not_the_us_one() -> None:
    # the headline's amount has no conversion; the lead restates it with one
    expect(answered(_PLANT, "how much is the expansion costing in fiji dollars"), "F$5.4 billion")


def test_how_many_of_a_whole_the_question_gives_is_no_share_of_another() -> None:
    expect(answered(_PLANT, "how many of the 1200 new jobs will go to fijians"), None)


def test_a_projects_second_phase_is_its_expansion() -> None:
    expect(answered(_PLANT, "how many jobs will the expansion create"), "1,200")


def test_trains_on_the_track_run_on_the_line() -> None:
    expect(answered(_PLANT, "max speed of trains on the new track"), "90 km")


_ROAD = """| 5 May 2025, Monday |

Toll revenue on Chinese-built Lao expressway jumps

Toll revenue on Laos's Chinese-built Vientiane-Vang Vieng Expressway rose 12% to $40 million in the first half, its operator said, as more trucks used the 110-km road.

The river port at Vientiane handled 61,200 twenty-foot equivalent units (TEUs) in the half.

The 135-km Boten expressway, also built with Chinese money, is due to open in 2026.
"""


def test_how_long_a_named_road_is_no_tonnage_nor_another_of_its_kind() -> None:
    expect(answered(_ROAD, "How long is the Vientiane-Vang Vieng expressway?"), "110-km")


_FUEL = """| 5 May 2025, Monday |

Omani refinery ramps up fuel exports

MUSCAT, May 5 (Reuters) - Oman's Duqm refinery exported about 5.2 million tonnes of diesel and naphtha in the first half, up 12% from a year earlier, the company said.

Naphtha accounted for 1.7 million tonnes of the six-month total, a 30% jump year on year, with the rest made up of diesel.
"""


def test_the_rest_of_a_total_told_before_is_the_total_less_the_part() -> None:
    expect(answered(_FUEL, "how much of the exports was diesel"), "3.5 million tonnes")


def test_a_parts_move_set_against_its_totals() -> None:
    reply = answered(_FUEL, "did naphtha exports grow faster than the overall total?")
    expect(reply, "30%")
    assert reply.text.startswith("Yes"), reply.text


def test_how_much_of_a_thing_is_no_count_of_other_things() -> None:
    story = _FUEL + "\nThe company said talks with two Indian refiners over term naphtha contracts were expected to end soon.\n"
    expect(answered(story, "how much naphtha went to india"), None)


def test_the_figure_a_cost_answer_gives_is_the_amount_not_a_distance_before_it() -> None:
    # "and in usd?" next converts the amount just given, so the turn must remember the francs
    store, conversation = stored(_PIER), Conversation()
    answer("what did phase one cost in cfa", store, conversation)
    assert conversation.last is not None and conversation.last.figure_id is not None
    told = next(f for f in store.article_figures() if f.id == conversation.last.figure_id)
    assert told.kind == "money", told.raw
    expect(dialog(_PIER, "what did phase one cost in cfa", "and in usd?"), "$410 million")
