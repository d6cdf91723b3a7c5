"""Dialog follow-ups met on this session's sets, each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import dialog, expect

_SUPPLY = """| 3 March 2025, Monday |

Kazakhstan to buy more Russian power

Russian power now covers about 9% of Kazakhstan's annual consumption, compared with 6% last year, making Rosenergo the country's largest external supplier, the ministry said.

The $300 million grid programme, co-financed by Rosenergo and KEGOC, covers substations and a 200-kilometre line near Aktobe.

Chief executive Nurlan Abenov said last week in Astana that KEGOC would finish the work in August.

Pavel Orlov, Rosenergo's head of Central Asian sales, said on Friday in Moscow that the company was ready to double supplies by 2030.
"""


def test_a_company_exec_is_the_person_whose_role_names_the_company() -> None:
    expect(dialog(_SUPPLY, "who is the rosenergo exec quoted in the story", "when did he say that?"), "Friday")
