"""Figure questions the bot abstained on although the article states the figure, each a general
rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect, stored

_PIPELINE = """| 3 March 2025, Monday |

Kenya's KTGP gas pipeline passes halfway mark as Chinese banks line up $1.2 billion

Construction of the Kenya Tanzania Gas Pipeline (KTGP) is now 48% complete, the project's developer said on Tuesday.

The 860-kilometre buried pipeline will carry gas from the Mtwara fields to a power plant near Mombasa.

KTGP Ltd chief executive John Mwangi told reporters in Nairobi that contractors had welded 410 km of pipe, up from 250 km in March.

About 520 km of the route runs through Tanzania, which expects to earn roughly $0.8 billion in transit fees over the pipeline's 25-year life.

The line will ship 300 million cubic feet of gas a day at full capacity.
"""


def test_an_acronym_spelt_out_is_the_body_spelt_not_a_company_named_after_it() -> None:

    names = {a: e.name for e in stored(_PIPELINE).article_entities(None) for a in e.aliases}
    assert names.get("KTGP") == "Kenya Tanzania Gas Pipeline"


def test_how_long_is_the_whole_not_its_stretch_in_one_country() -> None:
    expect(answered(_PIPELINE, "How long is the KTGP line in km?"), "860")
