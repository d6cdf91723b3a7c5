"""How an answer quotes its sentence: the clause of the fact, with its subject."""

from __future__ import annotations

import pytest

from handlers.compose import clause_window


@pytest.mark.parametrize(
    ("sentence", "fact", "opening"),
    [
        # a clause that opens on its verb takes its subject, past the aside between them
        ("By destination, exports to China, the country's biggest market, rose 6.3% to $11.94 billion, their highest "
         "level since 2022, while shipments to the United States fell 3.2% to $10.27 billion.", "fell 3.2%", "Exports to China"),
        ("Taiwan's exports of electronic components, mostly semiconductors, jumped 31.4% in September from a year earlier "
         "to a record $18.62 billion, the Ministry of Finance said on Tuesday.", "31.4%", "Taiwan's exports"),
        # a subject set apart by a participle's aside ("based in ...") keeps its name
        ("Carmaker Tsubame Motor, based in Okazaki in Aichi prefecture, on Wednesday raised its full-year operating "
         "profit forecast by 8.5% to 2.45 trillion yen, citing the weaker currency and strong sales in the United States.",
         "8.5%", "Carmaker Tsubame Motor on Wednesday"),
        # an aside of worth or route between the subject and its verb: the subject, not "Was signed ..."
        ("The agreement, worth 2.8 billion reais ($485 million), was signed with Qingdao Haitong Port Logistics at the "
         "Brazil-China Business Forum in Sao Paulo, which drew about 600 executives from both countries, according to "
         "state port authority EMAP.", "600 executives", "The agreement was signed"),
        ("The 452-km Lao section, running from Vientiane through Khammouane province to the Mu Gia pass, is expected to "
         "cost 61.4 trillion kip ($2.8 billion), with the Vietnamese stretch to Vung Ang costing less.", "61.4 trillion kip",
         "The 452-km Lao section is expected"),
        # a relative clause after a place's whereabouts keeps the thing and place it is about
        ("The Chinese group will also take a 40% stake in a new 72 million rand washing and spinning mill at Kolonyama, "
         "near the Maseru Bridge border post, which is expected to employ 410 people when it opens in 2027.", "410 people",
         "Mill at Kolonyama, near the Maseru Bridge border post, which"),
    ],
)
def test_a_quoted_clause_keeps_its_subject(sentence: str, fact: str, opening: str) -> None:
    start = sentence.index(fact)
    assert clause_window(sentence, start, start + len(fact), 130).startswith(opening)


def test_a_trailing_she_said_goes_whole() -> None:
    sentence = "About 28% of the merchandise Brantley's sells is made in China, down from 41% in 2019, she said."
    start = sentence.index("28%")
    assert clause_window(sentence, start, start + 3, 130).endswith("in 2019.")
