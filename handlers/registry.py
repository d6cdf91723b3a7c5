"""Every intent handler, in the order they are tried. The first to return an Answer wins; the
fallback always answers ("the article does not say")."""

from __future__ import annotations

from collections.abc import Callable

from handlers import about, compared, derived, figures, keyword, places, topic, what, when, yesno
from handlers.context import Ask
from handlers.models import Answer

Handler = Callable[[Ask], Answer | None]

REGISTRY: tuple[Handler, ...] = (
    figures.handle_compared_to_last,  # "How does that compare with a year earlier?" after a figure
    figures.handle_level_before_last,  # "And in September?" after "edged up to 4.21% (in October) from 4.17%"
    figures.handle_level_named_after_from,  # "and last season?" after "23 days, down from 28 days last season"
    figures.handle_old_of_last,  # "and the old one?" after "850 million euros, up from a target of 500 million euros"
    figures.handle_share_of_last,  # "what share?" after "Djibouti handles about 95% of Ethiopia's foreign trade"
    topic.handle,  # "what does it say re Jilin?": the sentences about a topic
    places.handle_post,  # "what is X's job?": the role the article gives X, or none
    about.handle,
    compared.handle,  # "how many times bigger", "for every", "which is more, X or Y", months between, a month on average
    derived.handle,
    derived.handle_before_bid,  # "What was it trading at before the bid?": the offer less its premium
    derived.handle_gain_since,  # "how many km were welded since March?" over "687 km, up from 410 km in March"
    derived.handle_change_in_units,  # "by how many euros did revenue go up?": the levels' gap, not the rate
    derived.handle_moved_to_level_before,  # "by how much will capacity go up?" over "capacity of 1.2 million ... Capacity is set to rise to 3 million"
    derived.handle_rest,  # "how many were binding contracts?" over "25 of the 42 ..., with the rest binding contracts"
    derived.handle_not_part,  # "how many weren't Chinese?" over "4,200 workers, 1,300 of them Chinese nationals"
    derived.handle_share_of_which,  # "what % of the debt is owed to X?" over "debt of $6.4 billion, of which $2.1 billion is owed to X"
    derived.handle_part_of_them,  # "how many kyrgyz workers?" over "4500 workers ..., 70% of them Kyrgyz citizens"
    derived.handle_added_on_top,  # "total headcount after the expansion?" over "1,800 jobs on top of ... 2,400"
    derived.handle_sources_added,  # "in total ... thru imports plus the reserve release": each source's amount, added
    derived.handle_units_sized,  # "total capacity of kosova b" over "whose two 339-MW units": count times size
    derived.handle_kinds_counted,  # "jobs in total, counting direct and indirect ones" over "directly employs 1,850 ... 8,000 indirect jobs"
    figures.handle,
    derived.handle_trade_balance,  # "Turkey's trade gap with China": imports from it less exports to it
    derived.handle_year_before,
    derived.handle_named_base,  # "how much in April?" over "48,000 tons in May, up 35% from April": worked back
    derived.handle_further_added,  # "in total, counting the ones to come" over "340 arrived" and "A further 520 ... expected"
    derived.handle_parts,  # "how many stores will it have left once the closures are done?", stated nowhere
    when.handle,
    places.handle_where,
    places.handle_who,
    what.handle_why,
    yesno.handle,
    keyword.handle,
    what.handle_what,
)
