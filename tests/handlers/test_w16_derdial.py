"""Derived figures, follow-ups and shorthand met on this session's blind sets, each kept as a
general rule over a small story."""

from __future__ import annotations

from tests.handlers.stories import answered, dialog, expect

_DEAL = """| 4 March 2025, Tuesday |

Uzbek, Chinese firms sign Termez cotton mill deal

Uzbek and Chinese companies signed a deal on Monday to build a cotton mill able to spin 40,000 tonnes of yarn a year at the Termez free zone on the Afghan border.

The agreement between Uzbek state trader Paxta Savdo Company and Shanghai-based Jinlong Textile Group is worth 2.5 trillion soums ($195 million), the trade minister told reporters.

Uzbekistan aims to export 300,000 tonnes of yarn to China a year by 2028, and the minister said the Termez mill alone could take 30% of that volume.
"""


def test_the_parties_to_a_deal_do_not_own_its_worth_against_the_deal_asked() -> None:
    expect(answered(_DEAL, "how much is the termez cotton mill deal worth"), "2.5 trillion soums")


def test_a_currency_asked_after_an_amount_still_asks_money() -> None:
    # not "the Termez mill alone could take 30%", which names the mill too
    expect(dialog(_DEAL, "how much is the termez mill deal worth", "and in usd?"), "$195 million")


_RAIL = """| 4 March 2025, Tuesday |

Lao, Thai firms sign $2.1 billion deal for Pakse-Ubon rail and road link

Lao and Thai state-owned companies signed an agreement in Vientiane on Monday to build a railway linking the Lao city of Pakse with the Thai city of Ubon, a project estimated to cost about $2.1 billion, the companies said.

The deal between Lao Railways, Thai Railways and road builder Pamir Construction covers railway construction, road works, customs clearance and warehousing, according to a joint statement.

The 210-km Lao section, running south from Vientiane through Thakhek in Khammouane province to the Vang Tao border pass, is expected to cost 16.2 trillion kip ($940 million). The 160-km Thai section from Chong Mek to Ubon will cost 37.8 billion baht ($1.16 billion), the statement said.
"""


def test_a_participle_between_the_subject_and_its_verb_is_an_aside() -> None:
    # ", running south from Vientiane ... to the Vang Tao border pass, is expected to cost": the
    # Lao section's cost, not the whole project's $2.1 billion the lead gives
    expect(answered(_RAIL, "how much is the lao stretch gonna cost"), "16.2 trillion kip")


_PLANT = """| 4 March 2025, Tuesday |

Chinese firm to build soybean crusher on the Amur

On Monday, Suihua-based Beidahuang Jinhe Grain Oils signed an agreement with Russian farm group Amur Agro to build a soybean crushing plant in Heihe.

Construction is due to begin in May, Jinhe chairman Li Guoqiang said.
"""


def test_a_company_is_called_by_a_middle_word_of_its_name() -> None:
    # "Jinhe chairman Li Guoqiang" after "Beidahuang Jinhe Grain Oils": the same company, named short
    expect(dialog(_PLANT, "Which Chinese firm is building the crushing plant in Heihe?", "who chairs it"), "Li Guoqiang")
