"""When, where and who: a post "of" a portfolio before a name of three words, and a speaker found
by what they said rather than by the words of their own title."""

from __future__ import annotations

from knowledge.entities import find_entities
from tests.handlers.stories import answered, expect

_CASHEW = """| 3 November 2025, Monday |

Vietnam seeks cashew deal with Ivory Coast

Vietnam imported 2.1 million tonnes of raw cashew nuts in the first nine months of the year.

Deputy Minister of Industry and Trade Phan Thi Lan said Hanoi was negotiating an agreement with Ivory Coast covering processing ventures.
"""


def test_a_deputys_post_of_a_portfolio_is_no_part_of_her_name() -> None:
    people = [e for e in find_entities([(1, 0, "Deputy Minister of Industry and Trade Phan Thi Lan said Hanoi was negotiating.")])
              if e.kind == "person"]
    assert [(e.name, e.roles) for e in people] == [("Phan Thi Lan", ["Deputy Minister of Industry and Trade"])]


def test_the_minister_is_not_the_deputy_minister() -> None:
    expect(answered(_CASHEW, "who is the minister of industry and trade"), None)
    expect(answered(_CASHEW, "who is the deputy minister of industry and trade"), "Phan Thi Lan")


_FAIR = """| 25 September 2025, Thursday |

Guangxi border trade booms as expo opens

"Demand for our fruit is growing faster than we can build capacity," Vietnam's Deputy Minister of Industry and Trade Pham Quoc Vinh said at a forum on Tuesday.

Guangxi's border trade rose 21.3% year on year to 182.4 billion yuan in the January-August period, making it China's second-largest border trading region, Huang Lijuan, a spokesperson for the provincial commerce department, said on Monday.
"""


def test_who_gave_out_figures_is_who_said_them_not_whose_title_shares_a_word() -> None:
    expect(answered(_FAIR, "Who gave out the Guangxi border trade numbers?"), "Huang Lijuan")
