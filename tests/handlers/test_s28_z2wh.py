"""What- and how-questions met on this session's sets (which companies, what is being built,
what a thing is for), each a general rule over a small made-up story."""

from __future__ import annotations

from tests.handlers.stories import answered, expect

_DEPOT = """| 3 March 2025, Monday |

Finnish grain trader expands in Estonia

Kornia Trading shipped 300,000 tonnes of barley through Estonian ports last year, the company said.

Kornia will invest 8 million euros in a new grain silo at Paldiski with room for 60,000 tonnes, due to open in 2026, chief executive Mikko Rantanen said.

Rival Baltic Agro said it would expand its warehouse in Tartu.
"""


def test_what_a_named_subject_is_doing_at_a_place_is_its_deed_there() -> None:
    expect(answered(_DEPOT, "what is kornia building at paldiski"), "silo")



# (a story as long as a wire report: its other paragraphs on the plant rank the lead above the use)
_METHANOL = """| 3 March 2025, Monday |

Oman's Sohar zone lands Chinese methanol plant and port berth deal as industrial park revives

A Chinese-led consortium signed agreements on Tuesday to build a 1.2 billion rial ($3.12 billion) methanol plant in Oman's Sohar Special Economic Zone and to run a dedicated container berth at Sohar port, giving new life to a Chinese industrial park on the Arabian Sea coast that had stalled for years.

The deals were signed in Muscat by Oman's Minister of Commerce, Industry and Investment Promotion Said al-Harthi and Li Wen, chairman of Shaanxi-based Jinlong Energy Group, according to the Public Authority for Special Economic Zones and Free Zones (OPAZ).

The plant will have capacity of 1.8 million tonnes of methanol a year and is due to start production by 2027. About 70% of its output will be shipped to China, where it will be used to make fibres and resins. Jinlong will hold a 65% stake, with the remaining 35% held by Omani state-owned Al Wusta Energy Investment Co.

Gas for the plant will come through a new 230-kilometre pipeline from the Lekhwair field in Al Wusta governorate, which Oman's Ministry of Energy and Minerals approved last month.

Under the port agreement, Xiamen Haiyun Terminals will operate Berth 7 at Sohar port under a 25-year concession and invest 48 million rials ($124.8 million) to extend the quay by 600 metres. The upgrade will lift the port's container capacity to 1.2 million twenty-foot equivalent units (TEUs) a year from 500,000, OPAZ said.

The Sino-Oman Sohar Industrial Park, launched in 2017 on 11.7 square kilometres of land, had attracted only nine tenant companies by the end of last year because financing dried up and the COVID-19 pandemic halted construction for almost two years. Since March, 14 more Chinese companies, including makers of solar panels, steel pipes and tyres, have signed lease contracts there.
"""


def test_what_a_thing_is_used_for_is_the_sentence_saying_its_use() -> None:
    expect(answered(_METHANOL, "what will china use the methanol for"), "fibres")


_DRUG = """| 3 March 2025, Monday |

Basel drugmaker Rhenova to cut 900 jobs after trial failure

Rhenova will cut 900 jobs, chief executive Anna Keller said on Monday.

"We are making these hard choices because the failure of lumidrex and cheaper copies of Ostavia have cost us a fifth of our planned revenue," Keller said.

In May, Rhenova said lumidrex, an experimental pill for severe asthma, had failed to cut hospital visits in a trial of 3,100 patients, wiping 15% off its shares in a day.
"""


def test_what_a_thing_was_meant_to_do_is_the_aside_saying_what_it_is_for() -> None:
    expect(answered(_DRUG, "What was lumidrex supposed to treat?"), "asthma")
