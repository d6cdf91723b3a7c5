"""What / which / how / why questions of the 21st session: a small story for each general rule."""

from __future__ import annotations

import pytest

from tests.handlers.stories import answered, expect

_DOCK = """| 3 March 2025, Monday |

Ghana opens Chinese-built dock at Tema

Container volumes at Ghana's Tema port rose 8.1% last year to 1.3 million TEUs, the port authority said, boosted by a new Chinese-built dock.

The new Dock 7 at Tema, built by China Harbour Engineering at a cost of $310 million, began operating in May.

The Bank of Ningxia funded 70% of the project through a soft loan, with Ghana's government paying the rest, the ports minister said.

Ship waiting times at Tema fell to two days because the dock can take larger vessels, the minister said.

Three shipping lines have added calls since the dock opened, a port spokesman said.
"""


@pytest.mark.parametrize("question", ["How was the dock paid for?", "How was Dock 7 paid for?"])
def test_an_undertaking_named_by_its_kind_is_the_one_the_paragraph_before_told_of(question: str) -> None:
    expect(answered(_DOCK, question), "Bank of Ningxia")
