"""Who heads the body the question describes: a bare title ("chief executive Ana Ruiz") over the
story's company, described by its legal form or by the clause after its name."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_MINE = """| 4 March 2025, Tuesday |

Andean zinc miner lifts output

Cordillera Zinc Mining SA, the largest operator in the Huari valley, raised zinc output 14% in 2024 to 310,000 tonnes, the firm said on Tuesday.

Recovery rates at the plant improved to 91%, chief executive Ana Ruiz told reporters in Lima.

Grupo Ferreo Andino, a rival group, kept output flat, according to Peru's Ministry of Energy and Mines.

"Smelters in China are short of concentrate," said Jorge Vidal, an analyst at Lima-based consultancy Minerva Research.
"""


@pytest.mark.parametrize("question", [
    "who runs the mining company",
    "who heads the mining company",
])
def test_a_legal_form_tells_a_company(question: str) -> None:
    expect(answered(_MINE, question), "Ana Ruiz")


_CHAIN = """| 4 March 2025, Tuesday |

Noodle prices climb

Wheat flour prices rose 18% in February, Farm Minister Jiro Sato told reporters in Tokyo on Tuesday.

Hanamura Holdings, which runs 1,820 ramen noodle restaurants across Japan, raised the price of its basic bowl by 40 yen to 620 yen last week, its third increase since 2022, citing the higher cost of flour. "We cannot absorb the cost of flour any more," company president Kenta Ono said.

"Food makers will keep passing on costs," said Mika Endo, senior economist at Tokyo-based Sora Research Institute.
"""


def test_the_clause_after_a_name_describes_the_body() -> None:
    expect(answered(_CHAIN, "who's the boss at the ramen noodle chain"), "Kenta Ono")


_MINISTER = """| 4 March 2025, Tuesday |

Potash mine to expand

The mine will raise output to 3 million tonnes by 2027, the company said on Tuesday.

"This project will create jobs for our people," Minister of Industry and Commerce Somphone Keovilay said at the ceremony, which was also attended by China's ambassador, Li Wenhua.
"""


@pytest.mark.parametrize("question", [
    "who is the industry and commerce minister?",
    "who is the commerce minister",
])
def test_a_minister_of_a_portfolio_is_the_person_named_after_it(question: str) -> None:
    reply = answered(_MINISTER, question)
    # the person alone, no "Commerce Somphone Keovilay" taken for a body
    assert reply.answered and reply.text.startswith("Somphone Keovilay ("), reply.text


_ROUTE = """| 4 March 2025, Tuesday |

Arctic shipping grows

Cargo on the northern route rose 12% to 38 million tonnes in 2024, the port authority said on Tuesday.

Farm Minister Olav Berg said the route would carry more grain next year.

Most vessels can only sail from July to November, and insurers charge premiums up to 2.5 times higher than on southern routes, said Ingrid Dahl, a senior analyst at Polar Freight Research.

"The route has gone from an experiment to the engine of our exports," Transport Minister Knut Lie told reporters.
"""


@pytest.mark.parametrize(("question", "expected"), [
    # "analist" is the article's "analyst", not the English "annalist" a doubled letter makes
    ("which polar freight research analist was quoted", "Ingrid Dahl"),
    # an insurer's premiums are insurance costs
    ("Which analyst talked about the insurance costs?", "Ingrid Dahl"),
    # a motor of exports is their engine
    ("which minister called it the motor of exports", "Knut Lie"),
])
def test_who_by_words_the_article_puts_otherwise(question: str, expected: str) -> None:
    expect(answered(_ROUTE, question), expected)
