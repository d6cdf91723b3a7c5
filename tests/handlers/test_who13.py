"""Who and where questions in everyday words: homes said without "-based", runners and speakers."""

from __future__ import annotations

from tests.handlers.stories import answered

_PORT = """| 3 March 2025, Monday |

Outage at Kestrel Bay gas plant delays cargoes

Marlin Energy shut one of two trains at its Kestrel Bay plant on Monday after a compressor fault, the company said.

Kestrel Bay, located near the coastal town of Dampier, supplies about 9% of the country's exports.

"We have cut our planting by 12% because costs keep rising," said Tom Avila, manager of Verde Farms, a 90-hectare grower in Tamworth.

Kalinda-based payments and small business lending firm Brightpay raised $200 million from investors, including Osaka-based Hoshi Capital and U.S. fund Redgum Partners.
"""


def test_whereabouts_asks_where() -> None:
    result = answered(_PORT, "whereabouts is kestrel bay")
    assert result.answered and "Dampier" in result.text, result.text


def test_a_body_described_as_in_a_place_is_based_there() -> None:
    result = answered(_PORT, "Where is Verde Farms based?")
    assert result.answered and result.text.startswith("Tamworth"), result.text


def test_a_long_lower_case_description_after_based_keeps_its_place() -> None:
    result = answered(_PORT, "Where is Brightpay headquartered?")
    assert result.answered and result.text.startswith("Kalinda"), result.text


_UNION = """| 3 March 2025, Monday |

Dock workers strike at Port Kembla over pay

Loading at Port Kembla stopped on Monday after dock workers walked out over wages, shipping agents said.

The strike was called by the Maritime and Dock Workers Union (MDWU), which is demanding a 20% pay rise.

"We will not load a ship until wages catch up with prices," MDWU secretary general Ana Ruiz told reporters.

"Every idle day costs us sales," said Paul Grant, president of the exporters' chamber.
"""


def test_a_secretary_general_runs_the_union() -> None:
    result = answered(_UNION, "Who's running the union behind the strike?")
    assert result.answered and result.text.startswith("Ana Ruiz"), result.text


def test_a_secretary_general_asked_is_no_president() -> None:
    story = _UNION.replace("MDWU secretary general Ana Ruiz told reporters", "a union official told reporters")
    result = answered(story, "Who is the secretary-general of the exporters' chamber?")
    assert not result.answered, result.text


def test_a_head_of_analytics_is_an_analyst() -> None:
    story = _PORT + """
"The timing could not be worse for buyers in Asia," said Mia Tan, head of gas analytics at consultancy Pacific Lens.
"""
    result = answered(story, "Which analyst said the timing couldn't be worse?")
    assert result.answered and result.text.startswith("Mia Tan"), result.text


_YARD = """| 3 March 2025, Monday |

Nordhafen Werft to shut Kiel shipyard, cutting 900 jobs

German shipbuilder Nordhafen Werft will close its Kiel yard by 2026, cutting 900 jobs, the company said on Monday.

The metalworkers' union said it would fight any compulsory redundancies. "Families here have built ships for 80 years, and now they are being sent home," said Lars Berg, chairman of Nordhafen's central works council.
"""


def test_who_is_speaking_asks_the_quotations_speaker_not_a_post() -> None:
    result = answered(_YARD, "Who is speaking for the works council?")
    assert result.answered and result.text.startswith("Lars Berg"), result.text


def test_which_backers_asks_for_names() -> None:
    story = _PORT + """
The offer includes shares sold by existing shareholders, including Seoul-based Hanbit Ventures, which is cutting its stake to 8% from 15%.
"""
    result = answered(story, "Which existing backers are selling down their shares?")
    assert result.answered and result.text.startswith("Hanbit Ventures"), result.text


def test_an_irregular_passive_names_its_agent() -> None:
    # "a transmission line linking Suswa to the Kimuka substation near Nairobi, to be built by the
    # state-owned Kenya Electricity Transmission Company": the builder, not the place nearby
    result = answered("ke_geo", "who's building the power line to kimuka")
    assert result.answered and "Kenya Electricity Transmission" in result.text, result.text


def test_mentioned_in_the_story_is_no_word_to_find() -> None:
    story = _UNION + """
The strike follows talks between Australian Prime Minister Anthony Albanese and union leaders last week.
"""
    result = answered(story, "who's the australian leader mentioned in the story")
    assert result.answered and result.text.startswith("Anthony Albanese"), result.text
