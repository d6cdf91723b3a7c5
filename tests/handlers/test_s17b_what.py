"""What / which / how questions and questions about the article itself: the attribution a source
question asks, the description the article gives a thing, a person of a kind it mentions."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PORT = """| 14 May 2025, Wednesday |

Mongolian coal trucks switch to Tianjin route

Mongolian miners signed contracts to ship coal through Tianjin, the biggest port in northern China, according to Mongolian state media.

The deals follow a meeting between Mongolian President Ukhnaagiin Khurelsukh and Chinese Premier Li Qiang in Ulaanbaatar last month.

Coal exports from the landlocked country reached a record 38.5 million tonnes last year, according to data from the General Customs Administration of Mongolia.

  • Reuters
"""


def test_bare_source_for_asks_who_reported_it() -> None:
    expect(answered(_PORT, "source for the contracts being signed?"), "state media")


def test_who_is_the_source_for_a_story_of_a_thing_asks_its_reporter() -> None:
    expect(answered(_PORT, "whos the source for the contracts story"), "state media")


def test_the_article_source_is_still_the_agency() -> None:
    expect(answered(_PORT, "who is the source?"), "Reuters")


def test_whose_figures_show_asks_who_reported_them() -> None:
    expect(answered(_PORT, "whose stats show the record coal exports"), "Customs Administration")


def test_how_is_a_thing_described_is_what_the_article_says_it_is() -> None:
    expect(answered(_PORT, "how is tianjin described"), "biggest port")


def test_how_does_the_article_describe_a_thing() -> None:
    expect(answered(_PORT, "how does the article describe tianjin?"), "biggest port")


def test_a_person_of_a_kind_mentioned_is_that_person() -> None:
    expect(answered(_PORT, "who is the chinese premier mentioned"), "Li Qiang")


_TRADE = """| 10 October 2025, Friday |

Kazakh grain exports hit record

Kazakhstan's wheat exports to China rose to 1.2 million tonnes in August, the highest since the country began keeping records in 2010, the agriculture ministry said.

Flour exports fell 4% to 310,000 tonnes.
"""


def test_whats_notable_about_a_figure_is_its_whole_sentence() -> None:
    expect(answered(_TRADE, "whats notable abt the aug wheat export number"), "highest since")


def test_notable_about_what_the_story_never_tells_abstains() -> None:
    expect(answered(_TRADE, "what was notable about the barley export figure?"), None)


_ROUTE = """| 2 June 2025, Monday |

Tuva ore to reach China by sea

In April, the Russian transport ministry said the landlocked region of Tuva would be able to use Nakhodka, the second-largest container port on the Pacific coast, to ship ore to Ningbo and Taizhou in the eastern Chinese province of Zhejiang from July, cutting costs and transit time for Tuva cargo bound for eastern China.

Tuva's mines produced 2.1 million tonnes of coal last year.
"""


def test_a_clause_opening_on_an_aside_keeps_the_name_it_describes() -> None:
    expect(answered(_ROUTE, "how will tuva get its ore down to eastern china"), "Nakhodka")


_ASIDES = """| 5 March 2025, Wednesday |

Copper output slips

Copper production in Chile, the world's biggest producer of the metal, fell 4.3% in June from a year earlier to 412,560 tonnes, the statistics institute said on Friday, as a strike at a large northern mine and a water shortage in the centre of the country curbed output.

Stocks of gas held by the region's utilities stood at 2.21 million tonnes, up from 2.05 million tonnes a week earlier. In Europe, the benchmark Dutch TTF gas price rose 3.1% to 34.20 euros per megawatt hour on Monday on concern that Asian buyers would outbid Europe for U.S. cargoes.
"""


def test_a_subject_with_its_aside_keeps_its_head() -> None:
    expect(answered(_ASIDES, "how much copper did chile produce in june"), "Copper production in Chile fell")


def test_a_fronted_place_is_no_name_an_aside_describes() -> None:
    reply = answered(_ASIDES, "34.20 euros")
    assert reply.answered and not reply.text.startswith("Europe,"), reply.text
