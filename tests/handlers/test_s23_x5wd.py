"""When / where / who questions and follow-ups, each kept as a general rule over a small story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_PORT = """| 16 October 2025, Thursday |

Chinese-built terminal opens in Angolan port

A Chinese-financed container terminal opened in the Angolan port of Namibe on Wednesday, the operator said.

Namibe handled 90000 TEUs last year, and Transport Minister Joao Mbala told the ceremony that traffic would grow by 20% next year.

Zambian Mines Minister Peter Banda said his country would ship more copper through Namibe.
"""


def test_a_nation_post_asked_is_the_one_holder_no_other_nation_claims() -> None:
    expect(answered(_PORT, "who is angola's transport minister"), "Mbala")


def test_a_nation_post_is_not_a_deputy_or_another_nations() -> None:
    story = _PORT.replace("Zambian Mines Minister Peter Banda said his country", "Zambia's share will be paid next year, Finance Minister Peter Banda said. Deputy Mines Minister Ana Silva said the country")
    expect(answered(story, "who is angola's finance minister"), None)
    expect(answered(story, "who is angola's mines minister"), None)
