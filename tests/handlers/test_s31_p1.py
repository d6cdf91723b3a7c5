"""What questions met on the p1 wave's failures, each a general rule over a small made-up story."""

from __future__ import annotations

from handlers.query import parse_query
from tests.handlers.stories import answered, expect, stored

_CIDER = """| 3 March 2025, Monday |

Normandy cider makers find thirsty buyers in Japan

Cider exports from Normandy to Japan rose 14% last year to 9 million euros, the growers' union said.

Sparkling cider accounted for 60% of the value, with Bittersweet and Kermerrien the most popular varieties. Japan's sales of French brandy fell 3% over the same period, the union said.

Growers planted 400 hectares of new orchards, it said.
"""


def test_the_crop_before_a_variety_word_need_not_be_written() -> None:
    query = parse_query("which apple varieties sell best in japan", stored(_CIDER))
    assert not any(t.required for t in query.terms if t.word == "apple")
    expect(answered(_CIDER, "which apple varieties sell best in japan"), "Bittersweet")


def test_selling_best_is_being_most_popular() -> None:
    expect(answered(_CIDER, "which varieties sell best in japan"), "Bittersweet")


_METRO = """| 3 March 2025, Monday |

Lagos metro carries record riders but debts weigh

Lagos's Blue Line metro carried 4.1 million passengers in the first half, up 22% from a year earlier, operator LAMATA said on Monday.

The line lost 3.2 billion naira last year because of interest payments on its loans, Transport Commissioner Tunde Bakare said.

"We will not use the state budget to repay this debt, but we need a deal that makes the trains pay their way," Bakare said.

Trains run every 10 minutes, up from 15 at launch, and weekend trains are often full.

Trains carried 30,000 riders a day in June, and night trains will start in May.

The line now runs 120 trips a day using 14 trainsets built by Harbin Rail Works.
"""


def test_which_company_made_a_thing_is_the_agent_of_its_building() -> None:
    reply = answered(_METRO, "which company made the trains")
    expect(reply, "Harbin Rail Works")
    assert "Bakare" not in reply.text


def test_an_adjective_before_a_variety_word_stays_asked() -> None:
    query = parse_query("which sparkling varieties sell best in japan", stored(_CIDER))
    assert any(t.required for t in query.terms if t.word == "sparkling")

