"""When-questions met on this session's validation sets, each kept as a general rule over a small
made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_EXPO = """| 14 May 2025, Wednesday |

Lao coffee sales to Thailand climb on new bridge, Udon deals

Laos's exports of coffee to Thailand rose in the first four months of the year, helped by a new bridge over the Mekong and a trade fair in the Thai city of Udon Thani where Lao roasters signed supply deals, officials said on Tuesday.

The bridge opened to lorries in January and cut the crossing to twenty minutes.

At the Mekong Coffee Expo in Udon Thani last month, 14 Lao firms signed 9 purchase agreements worth $21 million with Thai buyers.
"""


def test_a_cause_told_after_the_lead_figure_is_dated_where_it_is_told_again() -> None:
    # "rose in the first four months, helped by ... a trade fair": the months date the rise, not the fair
    expect(answered(_EXPO, "When was the trade fair in Udon Thani held?"), "Last month")



_STRIKE = """| 23 October 2025, Thursday |

Dock strike halts grain exports from Port Aurora

Grain trader Velda Agri said on Wednesday it had cut shipments from Port Aurora by half as a dock strike entered its second week.

About 2,100 dockers represented by the Harbour Workers Union walked off the job on October 14 after labour talks with the port operator broke down.

The union is seeking a 12% wage rise over three years.

Labour Minister Maria Keller met both sides of the port dispute in Aurora on Monday and said she would decide next week whether to order arbitration.
"""


def test_a_doer_asked_by_title_dates_the_sentence_that_names_the_title() -> None:
    # the walkout names the union and the labour talks, but not the minister who met both sides
    expect(answered(_STRIKE, "when did the labour minister sit down with the union and the port"), "Monday")
