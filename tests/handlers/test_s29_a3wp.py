"""Where- and who-questions met on this session's sets (places, people, bodies), each a general
rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_DRY_PORT = """| 3 March 2025, Monday |

Chinese line opens direct route to Ghana's Tema

A Chinese shipping line launched a direct weekly container service between China and Ghana's port of Tema on Tuesday.

The port authority said it would spend 40 million cedis on a new container yard in Tema.

Last month, the finance ministry and a Chinese lender signed a deal to finance a dry port at Boankra, about 250 kilometres north of Tema, said Kwame Mensah, a ministry official.
"""


def test_a_place_a_distance_is_measured_from_is_not_the_site() -> None:
    expect(answered(_DRY_PORT, "where is the dry port going to be built"), "Boankra")


_PORT_HEAD = """| 3 March 2025, Monday |

Chinese firms expand at Black Sea port of Varna

Container traffic between Varna and Chinese ports rose 12% to 80,000 TEUs in the first half, the Port Infrastructure Company Varna (PI KV) said in a statement.

Li Ming, chief executive of Haixin Logistics, told Reuters the company would build two warehouses at the port.

Six Chinese logistics companies now have offices at the port, Elena Petrova, director general of PI KV, said on Tuesday.
"""


def test_a_place_and_a_bodys_words_asked_name_the_body_its_head_runs() -> None:
    expect(answered(_PORT_HEAD, "who heads the varna port infrastructure company"), "Elena Petrova")
