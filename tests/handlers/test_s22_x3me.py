"""Rules of session x3me: sales named by a buyer that is no story's home, and what is expected
to happen is no purpose before the reason given for it."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_TEA = """| 3 March 2025, Monday |

Kenyan tea shipments to Egypt climb after new shipping line

Kenya's tea exports to Egypt rose 22% in the first nine months of the year to 48,000 tonnes, the tea board said on Monday.

The shipments were worth 31 billion Kenyan shillings ($240 million), up from 24 billion shillings a year earlier.

Tea sales at home fell 4% over the period.
"""


def test_sales_named_by_a_place_that_is_no_home_are_shipments_there() -> None:
    expect(answered(_TEA, "how many bn shillings were the egypt tea sales worth"), "31 billion")


_BEEF = """| 3 March 2025, Monday |

Argentina's beef exports to Japan surge after Tokyo clears more plants

Argentina's beef exports to Japan rose 18% in February to 9,400 tonnes, customs data showed on Monday.

"The new plants are only now reaching full export capacity, and we expect shipments to Japan to keep growing in the second quarter because Japanese herds are shrinking and local beef prices have gone up," said Martina Ruiz, president of the Argentine Beef Exporters Chamber.

Agriculture Minister Pablo Sosa said on Monday that a Japanese inspection team would audit another six plants in May. "We have a very good chance of getting most of them listed because our sanitary controls have been recognised by the Japanese authorities," he said.
"""


def test_what_is_expected_to_happen_is_no_purpose_before_its_reason() -> None:
    expect(answered(_BEEF, "why do exporters expect shipments to japan to keep growing?"), "herds are shrinking")

