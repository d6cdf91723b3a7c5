"""Who holds a post, the day of an event, and how many people: read from small stories."""

from __future__ import annotations

import pytest

from handlers import Answer, answer
from knowledge.store import Store
from tests.handlers.stories import answered, expect, stored

_STORM = """| 28 October 2025, Tuesday |

Typhoon flattens Philippine rice crops as food prices climb

Typhoon Kaluma damaged crops worth 8.6 billion pesos ($148 million) across the northern Philippines, the Department of Agriculture said on Monday.

The storm made landfall in Aurora province late on Saturday with winds of 185 km per hour.

"The grain is either flattened or rotting," Agriculture Secretary Ramon Villaluz told reporters on Monday. The Office of the President declared a state of calamity in six provinces on Sunday, allowing local governments to tap emergency funds.

The National Food Authority (NFA) will start selling rice at 20 pesos per kg to typhoon-hit households from next week, NFA Administrator Lorna Bautista said.
"""


def _answered(question: str) -> Answer:
    return answered(_STORM, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who's the farm minister?", "Ramon Villaluz"),  # a secretary holds a ministry
        ("who runs the nfa", "Lorna Bautista (NFA Administrator)"),  # an administrator heads a body
        ("When did the typhoon come ashore?", "Saturday"),  # came ashore = made landfall
        ("When was the state of calamity declared?", "Sunday"),  # its own day, not the lead's Monday
    ],
)
def test_posts_and_days_in_other_words(question: str, expected: str) -> None:
    result = _answered(question)
    assert result.answered and expected in result.text, result.text


def test_the_day_of_the_asked_verb_beats_the_day_the_news_was_told() -> None:
    # "declared" names the event; the lead's "said on Monday" is only when the ministry told it
    assert "Monday" not in _answered("when was the calamity declared").text


_STAFF = """| 16 October 2025, Thursday |

Veltrix beats profit forecasts, headcount shrinks again

Veltrix's headcount fell by 1,845 in the quarter to 231,460, the second straight quarterly decline, while attrition over the last twelve months rose to 13.6% from 12.9%.

Veltrix also plans to open a delivery centre in Guadalajara, Mexico, next year with about 2,000 staff.
"""


def test_how_many_work_there_now_is_the_workforce_reached_not_a_plan_or_the_cut() -> None:
    result = answered(_STAFF, "How many people work at Veltrix now?")
    assert result.answered and result.text.startswith("Veltrix's headcount fell by 1,845 in the quarter to 231,460"), result.text
    assert "2024" not in result.text  # the twelve months are attrition's, not the headcount's


@pytest.mark.parametrize("question", ["attritoin rate this qtr?", "what's the attrition rate this quarter"])
def test_a_twelve_month_rate_is_read_as_of_the_quarter_it_ends_in(question: str) -> None:
    result = answered(_STAFF, question)
    assert result.answered and "13.6%" in result.text and "231,460" not in result.text, result.text


def test_a_year_earlier_rate_of_one_measure_is_not_worked_from_another() -> None:
    store = Store.memory()
    store.ingest_text(_STAFF)
    # the headcount beside it fell by 1,845; that says nothing of attrition a year ago
    assert not answer("What was Veltrix's attrition rate a year ago?", store).answered


_GUIDANCE = """| 16 October 2025, Thursday |

Veltrix narrows outlook

Veltrix narrowed its revenue growth forecast for fiscal 2026 to 2.5%-3.5% in constant currency from 2%-4% earlier, due to uncertainty over discretionary spending in the United States, and kept its operating margin target of 20.5%-21.5%.

Veltrix's headcount fell by 1,845 in the quarter to 231,460, the second straight quarterly decline.

The results come weeks after Washington imposed a fee on work visas, which analysts said would push Indian IT firms to hire more staff locally in the United States.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a growth outlook names a forecast, which a narrowed range does not move down; fiscal is full-year
        ("What's the new full-year sales growth outlook?", "2.5%-3.5%"),
        ("why did they tighten the revenue guidance range", "uncertainty over discretionary spending"),  # tighten = narrow
        ("Is the company adding staff?", "No. Veltrix's headcount fell"),  # a name before a measure is whose
    ],
)
def test_guidance_and_staff_in_other_words(question: str, expected: str) -> None:
    result = answered(_GUIDANCE, question)
    assert result.answered and expected in result.text, result.text


def test_the_reason_for_a_cut_forecast_follows_its_down_from() -> None:
    store = Store.memory()
    store.ingest_text("""| 13 August 2025, Wednesday |

Kenya cuts rates again

The Central Bank of Kenya cut its benchmark lending rate by 50 basis points to 9.25% on Tuesday to revive sluggish lending to businesses.

The central bank now expects the economy to grow 5.2% this year, down from an earlier forecast of 5.4%, due to weaker-than-expected tea and horticulture exports.
""")
    result = answer("Why was the growth forecast cut?", store)
    assert result.answered and "tea and horticulture" in result.text, result.text


def test_a_plural_acronym_names_the_thing_asked_and_an_area_hit_is_one_affected() -> None:
    store = Store.memory()
    store.ingest_text("""| 4 November 2025, Tuesday |

India's car sales hit record as SUV boom outpaces small cars

Utility vehicles, including SUVs, accounted for 58.3% of October sales, up from 51.6% a year earlier.

Sales of electric cars rose 63% to 17,450 units in October, lifting their share of the overall market to 4.2% from 2.9% a year earlier.
""")
    result = answer("By how many percentage points did the SUV share of sales rise from a year ago?", store)
    assert result.answered and "58.3% − 51.6%" in result.text, result.text
    storm = Store.memory()
    storm.ingest_text("""| 28 October 2025, Tuesday |

Typhoon Kaluma flattens Philippine rice crops

Typhoon Kaluma damaged crops worth 8.6 billion pesos across the northern Philippines.

The storm made landfall in Aurora province late on Saturday.

Rice accounted for 5.9 billion pesos of the farm losses, with 214,500 hectares of paddy affected.

The typhoon was the costliest for farms since 2022.
""")
    result = answer("How big an area of rice paddies got hit by the storm?", storm)
    assert result.answered and "214,500 hectares" in result.text, result.text


def test_a_title_written_out_is_that_title_not_another_chief() -> None:
    store = Store.memory()
    store.ingest_text("""| 2 October 2025, Thursday |

UK house prices rise more than expected, Harwell says

"Affordability is improving gradually," said Priya Dhillon, chief economist at Harwell.

Harwell Chief Executive Tom Reyes said lending was picking up.
""")
    assert "Tom Reyes" in answer("Who is the chief executive of Harwell?", store).text
    bare = Store.memory()
    bare.ingest_text("""| 2 October 2025, Thursday |

UK house prices rise more than expected, Harwell says

"Affordability is improving gradually," said Priya Dhillon, chief economist at Harwell.
""")
    assert not answer("Who is the chief executive of Harwell?", bare).answered  # a chief economist is no chief executive


_QUOTED = """| 2 October 2025, Thursday |

UK house prices rise more than expected, Harwell says

"We expect house price growth to slow to around 2% next year due to still-high borrowing costs," said Oliver Grant, senior UK economist at Cardew Capital in London.

"Affordability is improving gradually," said Priya Dhillon, deputy chief economist at Harwell.
"""


def test_who_says_so_is_the_speaker_not_the_firm_in_his_title() -> None:
    store = stored(_QUOTED)
    result = answer("who reckons price growth will cool to about 2% next yr", store)
    assert result.answered and result.text.startswith("Oliver Grant"), result.text
    # a post asked is not a quotation's speaker in another post
    assert not answer("Who is Harwell's chief economist?", store).answered


def test_the_new_thing_opening_a_sentence_is_what_the_sentence_before_made() -> None:
    whole = stored("id_coal")
    result = answer("when do the new royalty rates kick in", whole)  # the whole story: "signed in March" is near too
    assert result.answered and "January 1, 2026" in result.text, result.text
    store = Store.memory()
    store.ingest_text("""| 15 October 2025, Wednesday |

Indonesia's coal exports slide, royalty hike looms

Under a regulation signed in March, royalties on coal will rise to 14% from 10.5% whenever the benchmark price is above $100 a tonne. The new tiers take effect on January 1, 2026, but the finance ministry has yet to issue the rules.
""")
    result = answer("when do the new royalty rates kick in", store)
    assert result.answered and "January 1, 2026" in result.text, result.text


_SUPPLIER = """| 6 November 2025, Thursday |

German supplier Marbach to cut 3,800 jobs as it slashes outlook

Marbach Automotive said on Thursday it would cut 3,800 jobs worldwide by the end of 2027.

Marbach now expects 2025 sales of 19.5 billion to 20 billion euros, down from a previous forecast of 20.5 billion to 21.5 billion euros.

"We cannot keep paying for capacity we will not need," Chief Executive Katrin Vogelsang told reporters.

Stefan Albers, head of Marbach's central works council, said employees would fight the closure of the plant in Homburg.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how many jobs is marbach axing altogether", "3,800"),  # "axing" cuts jobs
        ("What's the revised revenue guidance for 2025?", "19.5 billion to 20 billion euros"),  # "revised" is no kind of revenue
        # a company's boss is its chief executive, not the head of a council of its own
        ("who's the boss at marbach", "Katrin Vogelsang"),
        ("who runs marbach", "Katrin Vogelsang"),
        ("who runs marbach's works council?", "Stefan Albers"),  # asked for the part, its head
    ],
)
def test_axing_a_revised_guidance_and_the_boss(question: str, expected: str) -> None:
    result = answered(_SUPPLIER, question)
    assert result.answered and expected in result.text, result.text


_PLANTS = """| 6 November 2025, Thursday |

German supplier Marbach to cut 3,800 jobs, close Homburg plant

Marbach Automotive said on Thursday it would cut 3,800 jobs worldwide by the end of 2027 and close its brake plant in Homburg, after swinging to a third-quarter loss.

Revenue fell 6.4% to 4.87 billion euros in the July-September quarter. It posted a net loss of 182 million euros, compared with a net profit of 64 million euros a year earlier.

Of the job cuts, 2,450 will fall in Germany. The Homburg plant, which employs 920 people, will close by the end of 2026, while 530 posts will go at the factory in Zwickau and 1,000 at the plant in Bamberg.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the time ends the cut's clause; the closing comes after its "and"
        ("by when will the homburg site be shut", "end of 2026"),
        ("how many people work at the homburg plant", "920"),
        # "make money" asks for a profit, and a net loss answers no
        ("Did Marbach make money this quarter?", "No."),
        ("did marbach turn a profit?", "No."),
    ],
)
def test_plant_closures_and_losses(question: str, expected: str) -> None:
    result = answered(_PLANTS, question)
    assert result.answered and expected in result.text, result.text


@pytest.mark.parametrize("question", ["How many people work at the Zwickau plant?", "how many staff work at bamberg"])
def test_posts_that_will_go_are_no_workforce(question: str) -> None:
    # "530 posts will go at Zwickau and 1,000 at Bamberg", "Of the job cuts, 2,450 ...": leaving
    assert not answered(_PLANTS, question).answered


_CARRIER = """| 19 November 2025, Wednesday |

Saudi carrier Sahra Airlines orders 40 Airbus jets

"Demand has outstripped our seat capacity," Chief Executive Faisal al-Otaibi told reporters in Dubai.

Sahra plans to finance about 60% of the order through sale-and-leaseback deals, Chief Financial Officer Omar Bakheet said.
"""


@pytest.mark.parametrize("question", ["Who is in charge of the airline's finances?", "who looks after the company's money"])
def test_who_runs_the_finances_is_the_chief_financial_officer(question: str) -> None:
    expect(answered(_CARRIER, question), "Omar Bakheet")


_GRID = """| 11 June 2025, Wednesday |

India's power demand hits record in heatwave as coal stocks dip

India's peak electricity demand rose to a record 256.4 gigawatts on Tuesday, state-run Grid Controller of India (Grid-India) said on Wednesday.

"The grid held steady, but evening hours are tight," said Anand Prakash Varma, chairman and managing director of Grid-India.

Coal stocks at power plants stood at 41.3 million tonnes on Monday, according to the Central Electricity Authority (CEA). Of the 181 coal-fired plants the CEA tracks, 27 had stocks below a quarter of the required level.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who's the boss at grid-india", "Anand Prakash Varma"),  # a state body's boss: its chairman and MD
        ("Which agency keeps tabs on coal inventories at plants?", "Central Electricity Authority"),  # tracks
        ("how many coal plants are critically low on stocks", "27"),  # "critically" says how much, not what
    ],
)
def test_a_state_bodys_boss_and_who_keeps_tabs(question: str, expected: str) -> None:
    result = answered(_GRID, question)
    assert result.answered and expected in result.text, result.text


def test_when_figures_came_out_is_when_they_were_released() -> None:
    text = """| 20 November 2025, Thursday |

Japan's exports beat forecasts

Japan's exports rose 4.1% in October, finance ministry data showed on Thursday.

Data released on Monday showed Japan's economy shrank an annualised 1.2% in the third quarter.
"""
    expect(answered(text, "when did the gdp figures come out"), "Monday")


_KESTREL = """| 23 October 2025, Thursday |

Kestrel Mining shares rise

Kestrel Mining shares rose 2%, CEO Anna Price said.
"""


@pytest.mark.parametrize(
    ("article", "question", "expected"),
    [
        ("ca_potash", "Who runs Prairie Crest?", "Martin Halvorsen"),  # "CRWU President" heads another body
        (_KESTREL, "Who runs Kestrel?", "Anna Price"),  # "CEO" is a title, no other body's name
    ],
)
def test_who_runs_a_firm_is_no_head_of_another_body_its_story_quotes(article: str, question: str, expected: str) -> None:
    result = answered(article, question)
    assert result.answered and expected in result.text, result.text
