"""Dialog follow-ups and derived figures of the fourteenth session's blind articles."""

from __future__ import annotations

from tests.handlers.stories import dialog, expect

_RALLY = """| 3 March 2025, Monday |

Residents rally against mine expansion

About 900 people marched to the town hall on Sunday to protest against the quarry, the fourth such rally since the spring. The quarry will pump up to 3,000 cubic metres of groundwater a day, at a time when the valley is suffering its second dry summer in a row.

The company said the expansion would add 120 jobs.
"""


def test_why_after_a_rally_reads_the_setting_not_since_when() -> None:
    # "since the spring" says when the rallies began, no cause; "at a time when" gives the setting
    reply = dialog(_RALLY, "how many people marched on sunday?", "why are they against it?")
    expect(reply, "dry summer")


_PORK = """| 3 March 2025, Monday |

Hungary clears pork for Japan

Hungary's pork exports rose 12% last year to 410 million euros, the farm ministry said.

Hungary's first pork shipments to Japan are due in the third quarter of 2025, once Japanese vets approve two abattoirs in Bacs-Kiskun county.
"""


def test_what_is_holding_it_up_reads_the_condition_it_waits_on() -> None:
    # "once Japanese vets approve two abattoirs" is what the shipments wait for
    reply = dialog(_PORK, "When are the first pork shipments to Japan due?", "whats holding it up?")
    # the condition itself, not the whole sentence of when they are due
    assert reply.answered and reply.text.startswith("Once Japanese vets approve"), reply.text


_STRIKE = """| 3 March 2025, Monday |

Dockers strike at Polish ports

About 3,100 dockers walked off the job at Gdansk and Gdynia on Monday, the Solidarity union said.

The union said it will extend the strike to another four terminals and to 9 warehouses from March 20 if no deal is reached, which would raise the number of dockers involved to about 5,200.
"""


def test_and_if_follow_up_still_counts_what_was_counted() -> None:
    # "how many dockers": the follow-up still counts dockers, not the 4 terminals or 9 warehouses
    reply = dialog(_STRIKE, "how many dockers are out right now?", "and if it gets extended?")
    expect(reply, "5,200")
