"""Refresh the number columns of the README's "## Accuracy" table from an eval_all.py run.

    python bench/eval_all.py --out run.tsv                    # grade every question file
    python bench/accuracy_table.py run.tsv                    # new README on stdout, changes on stderr
    python bench/accuracy_table.py run.tsv --write            # rewrite <repo>/README.md in place
    python bench/accuracy_table.py run.tsv --readme PATH --fixtures DIR --allow-missing

run.tsv has one line per question, `stem \\t id \\t P|F \\t A|- \\t question \\t answer` (A = an
abstain item).  Only the three number columns of a row (questions, answerable right, abstains
right) are rewritten; the row text is left alone.  Percentages are rounded half up to whole
numbers (448/472 -> 95%).

Rows:
  * the dev row (`../shared/eval/dev_questions.yaml`): stem `dev_questions`;
  * the own-sets row (`tests/fixtures/eval/`): every stem of <fixtures>/eval present in the run;
  * the 18-article row and every 2- or 3-article validation row: the stems in ROWS below, each
    found by a substring (its topics in parentheses) that occurs in exactly one table row.

Adding a session's rows (one row per batch of blind articles):
  1. append `("(TOPIC A, TOPIC B)", ["stem_a", "stem_b"])` to ROWS, after the last entry, under a
     `# Nth` comment; the substring must be the parenthesised topic text of the README row;
  2. print the row and paste it into the README after the last validation row:

         python -c "import sys; sys.path.insert(0, 'bench'); import accuracy_table as t; \\
             print(t.new_row('validation: 2 blind articles of the 30th session (A, B), studied', \\
                             ['stem_a', 'stem_b'], 'run.tsv'))"

  A ROWS entry whose README row is not there yet only draws a warning, so the tool keeps working
  between steps 1 and 2.

Exit status 2 if a row's stems are missing from the run (with --allow-missing such rows are left
unchanged with a warning) or if a mapping key matches more than one table row; exit status 1
with a message if the README has no accuracy table or the run has a malformed line.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

import _common as c

DEFAULT_README = c.REPO / "README.md"
DEFAULT_FIXTURES = c.REPO / "tests" / "fixtures"

DEV_KEY = "| `../shared/eval/dev_questions.yaml` (seed) |"
DEV_STEMS = ["dev_questions"]
OWN_KEY = "| our own sets (`tests/fixtures/eval/`)"

# The 18 articles of the first validation row (the earliest 18 added, up to commit b5e2c678 /
# 82ed4612): 617 questions, 448/472 and 143/145 on the 30th session's starting run.
FIRST18 = ["city_budget", "oil_opec", "carmaker_mexico", "kenya_rates", "rotterdam_strike",
           "airline_results", "steel_tariffs", "chip_exports", "rail_deal", "retail_sales",
           "wheat_harvest", "turkey_rates", "vietnam_fdi", "automaker_results", "chile_copper",
           "australia_jobs", "bank_takeover", "suez_revenue"]

# (a substring found in exactly one README row, [stems]) in README order (= order added).
ROWS: list[tuple[str, list[str]]] = [
    ("18 articles written blind to the code up to 3 December", FIRST18),
    ("(coffee prices, solar factory)", ["coffee_prices", "solar_factory"]),
    ("(wealth fund, rice exports)", ["wealth_fund", "rice_exports"]),
    ("(factory orders, drug maker)", ["factory_orders", "drug_maker"]),
    ("(South African mining, Indian car sales)", ["za_mining", "india_cars"]),
    ("(Canadian housing starts, a salmon farmer)", ["canada_housing", "salmon_farmer"]),
    ("(Indonesian nickel park, Polish inflation)", ["nickel_smelter", "pl_inflation"]),
    ("(Mexican remittances, an airport after a strike)", ["mx_remittances", "airport_traffic"]),
    # 4th session
    ("(Thai tourism, a chemical maker's profit warning)", ["thai_tourism", "chem_warning"]),
    ("(Argentine inflation, a container line's results)", ["ar_inflation", "shipping_results"]),
    # 5th
    ("(Indonesian palm oil levy, a Japanese convenience-store chain's results)", ["id_palm_oil", "jp_retailer"]),
    ("(Nigeria's central bank and the naira, a North Sea wind auction)", ["ng_naira", "wind_auction"]),
    # 6th
    ("(a Brazilian soy forecast, Egypt's IMF loan)", ["br_soy_crop", "egypt_imf"]),
    ("(a US regional bank's results, India's weak monsoon)", ["us_bank", "india_monsoon"]),
    # 7th
    ("(Ivory Coast cocoa, Omani LNG deals)", ["ci_cocoa", "lng_deal"]),
    ("(an airline's jet order, a telecom's results)", ["jet_order", "telecom_results"]),
    ("(a Chinese developer's bond extension, an EV maker's deliveries)", ["cn_property", "ev_deliveries"]),
    ("(a steel merger, Vietnam's coffee exports)", ["steel_merger", "vn_coffee"]),
    # 8th
    ("(an Indian IT firm's results, a Philippine typhoon)", ["it_services", "ph_typhoon"]),
    ("(a gold miner's quarter, Korean exports)", ["gold_miner", "kr_exports"]),
    ("(a Chilean lithium producer, UK house prices)", ["cl_lithium", "uk_house_prices"]),
    ("(Indonesian coal, a US department store's holiday quarter)", ["id_coal", "us_retailer"]),
    # 9th
    ("(a German car-parts supplier, Japan's trade)", ["de_autoparts", "jp_trade"]),
    ("(a Saudi airline's order, Brazil's cane crush)", ["sa_airline", "br_ethanol"]),
    ("(India's record power demand, Swiss watch exports)", ["in_power", "ch_watches"]),
    ("(Egypt's wheat tender, an Australian bank's half year)", ["eg_wheat", "au_bank"]),
    ("(Rotterdam's nine months, Pakistan's cement dispatches)", ["nl_port", "pk_cement"]),
    ("(a Malaysian chip plant, a potash producer in a rail strike)", ["my_chip_plant", "ca_potash"]),
    # 10th (six articles in one commit, then three, then pl_defence; paired as the row texts say)
    ("(Kazakhstan's uranium miner, a French luxury group's quarter)", ["kz_uranium", "fr_luxury"]),
    ("(Spain's olive oil harvest, Ghana's gold exports)", ["es_olive", "gh_gold"]),
    ("(a US shipyard's Navy contract, Peru's anchovy season)", ["us_shipyard", "pe_anchovy"]),
    ("(New Zealand's dairy price forecast, Poland's tank deal)", ["nz_dairy", "pl_defence"]),
    ("(an Australian iron ore miner's quarter, a Swiss drugmaker's job cuts)", ["au_iron_ore", "ch_pharma_jobs"]),
    ("(Ireland's corporate tax receipts, Korean shipbuilders' orders)", ["ie_corporate_tax", "kr_ships"]),
    # 11th
    ("(Moroccan phosphates, an Indian spectrum auction)", ["ma_phosphate", "in_spectrum"]),
    ("(a Colombian oil company's quarter, a British water utility's fine)", ["co_oil", "uk_water"]),
    ("(Japan's yen intervention, French wine exports)", ["jp_yen", "fr_wine"]),
    ("(Singapore home prices, Uruguayan beef)", ["sg_homes", "uy_beef"]),
    ("(Canadian lumber duties, India's gold imports)", ["ca_lumber", "in_gold"]),
    ("(Kenyan tea auctions, Polish coal mine closures)", ["ke_tea", "pl_coal"]),
    ("(Ukraine's grain exports, a Swedish battery maker's cuts)", ["ua_grain", "se_battery"]),
    ("(a Philippine rice import ban, South African citrus exports)", ["ph_rice", "za_citrus"]),
    # 12th
    ("(Turkish hazelnuts, a Japanese robot maker's orders)", ["tr_hazelnut", "jp_robots"]),
    ("(Bangladeshi garment exports, a Saudi bond sale)", ["bd_garments", "sa_bond"]),
    ("(a Danish turbine maker's cuts, Mexico's rate cut)", ["dk_turbines", "mx_rates"]),
    ("(a Peruvian copper strike, an Italian bank's bid)", ["pe_copper", "it_bank"]),
    ("(a Canadian rail strike, Thai sugar)", ["ca_rail", "th_sugar"]),
    ("(Czech car output, Egypt's LNG imports)", ["cz_autos", "eg_gas"]),
    # 13th
    ("(an Argentine grain port strike, Vietnamese garments under US tariffs)", ["ar_grain", "vn_textile"]),
    ("(an Australian LNG outage, the Swiss central bank)", ["au_lng", "ch_snb"]),
    ("(an Indian fintech IPO, a German chemical maker's closures)", ["in_ipo", "de_chem"]),
    ("(Colombian flowers, Kenyan geothermal finance)", ["co_flowers", "ke_geo"]),
    ("(Britain's energy price cap, Japan's reserve rice)", ["gb_energy", "jp_rice"]),
    ("(South Africa's power utility, Philippine remittances)", ["za_eskom", "ph_remit"]),
    ("(Norway's wealth fund, a US port strike)", ["no_fund", "us_strike"]),
    ("(an Indonesian nickel smelter, Turkey's rate hike)", ["id_nickel", "tr_lira"]),
    # 14th
    ("(Brazilian beef to China, a Greek ferry operator)", ["br_beef", "gr_ferry"]),
    ("(a Kazakh-Chinese investment forum, Mongolian coal by rail)", ["kz_forum", "mn_coal"]),
    ("(Chinese firms in Egypt's Suez zone, a Chinese battery plant in Hungary)", ["eg_teda", "hu_battery"]),
    ("(an Indian-Russian forum in Moscow, a Pakistani railway loan)", ["in_ru_forum", "pk_cpec"]),
    ("(Vietnamese durian through a new border gate, Indian-UAE deals in Dubai)", ["vn_durian", "ae_forum"]),
    ("(a Finnish pulp strike, Serbia's trade deal with China)", ["fi_pulp", "rs_fta"]),
    # 15th
    ("(Belarusian potash through Russian ports, Laos-China rail freight)", ["by_potash", "la_rail"]),
    ("(a Lagos free-trade zone, a Chinese EV plant in Thailand)", ["ng_zone", "th_ev"]),
    ("(Chilean cherries to China, an Indonesian alumina refinery)", ["cl_cherry", "id_bauxite"]),
    ("(Kyrgyz gold, Russian timber deals in Harbin)", ["kg_gold", "ru_timber"]),
    ("(Uzbek textile deals, a Saudi-Chinese petrochemical venture)", ["uz_textile", "sa_petchem"]),
    ("(the Middle Corridor through Azerbaijan, Ethiopian coffee)", ["az_corridor", "et_coffee"]),
    # 16th
    ("(Argentine lithium in Jujuy and Salta, Russian and Southeast Asian deals at a Haikou expo)", ["ar_lithium", "cn_hainan"]),
    ("(Kazakh wheat through Khorgos, Mongolian coal and copper at the border)", ["kz_wheat", "mn_border"]),
    ("(an Uzbek copper smelter deal, Amur soybeans over the Heihe bridge)", ["uz_copper", "ru_soy"]),
    ("(a Lao-Vietnamese railway and port, Gwadar port)", ["vn_lao_rail", "pk_gwadar"]),
    ("(Brazil's port of Itaqui, the China-ASEAN Expo in Nanning)", ["br_itaqui", "cn_asean_expo"]),
    ("(Indian-Russian deals at the Eastern Economic Forum, a Chinese EV plant in Manisa)", ["ru_eef", "tr_byd"]),
    # 17th
    ("(Kyrgyz-Chinese trade through Kashgar, a Saudi-Chinese forum in Riyadh)", ["kg_kashgar", "sa_cn_forum"]),
    ("(Tajikistan's TALCO aluminium smelter, Vietnamese pepper)", ["tj_aluminium", "vn_pepper"]),
    ("(the China-Belarus Great Stone park, Malaysian palm oil)", ["by_great_stone", "my_palm"]),
    ("(Nepal's trade through Rasuwagadhi, Russian coal through Far East ports)", ["np_trade", "ru_coal_east"]),
    ("(Australian rock lobster to China, the Ethiopia-Djibouti railway)", ["au_lobster", "et_rail"]),
    ("(Russian grain through Zabaikalsk, Turkmen gas to China)", ["ru_grain_terminal", "tm_gas"]),
    # 18th
    ("(Cambodian cassava and mangoes to China, the Tazara railway)", ["kh_cassava", "zm_tazara"]),
    ("(a Russian-Chinese expo in Harbin, Jebel Ali port)", ["ru_harbin_expo", "ae_jebel_ali"]),
    ("(the Khorgos dry port, Lao potash by rail)", ["kz_khorgos", "la_potash"]),
    ("(copper from Bor, Serbia, the Northern Sea Route)", ["rs_bor_copper", "ru_nsr"]),
    ("(Brazilian meat plants cleared for China, the Anaklia port in Georgia)", ["br_chicken", "ge_anaklia"]),
    ("(Myanmar-China trade through the Muse crossing, Russian seafood to China)", ["mm_muse", "ru_seafood"]),
    # 19th
    ("(Chilean farmed salmon exports, the Budapest-Belgrade railway's Hungarian section)", ["cl_salmon", "hu_rail"]),
    ("(Russian fertiliser exports, Tanzania's standard gauge railway)", ["ru_fertiliser", "tz_sgr"]),
    ("(Azerbaijani gas to Europe, Kenyan avocados by sea)", ["az_gas", "ke_avocado"]),
    ("(Mongolian cashmere, a Chinese tyre plant in Serbia)", ["mn_cashmere", "rs_tyres"]),
    ("(the Jakarta-Bandung high-speed railway, the Lekki port in Lagos)", ["id_whoosh", "ng_lekki"]),
    ("(the port of Chancay in Peru, Vietnamese cashews)", ["pe_chancay", "vn_cashew"]),
    # 20th
    ("(Ecuadorian shrimp exports to China, Cambodian rice for a Chinese buyer)", ["ec_shrimp", "kh_rice"]),
    ("(Aktau's containers on the Middle Corridor, Colombo Port City's investors)", ["kz_aktau", "lk_colombo"]),
    ("(Brazilian iron ore to China, Bolivian lithium contracts)", ["br_iron", "bo_lithium"]),
    ("(Philippine nickel ore and a processing plant, New Zealand kiwifruit)", ["ph_nickel", "nz_kiwi"]),
    ("(Angolan oil to China, Pakistani mangoes by air)", ["ao_oil", "pk_mango"]),
    ("(a Zambian copper mine expansion, Ethiopian flowers and an industrial park)", ["zm_copper", "et_flowers"]),
    # 21st
    ("(Mozambican coal via Nacala, Thai rubber for Chinese tyre makers)", ["mz_coal", "th_rubber"]),
    ("(Nigerian sesame under a new protocol, Chilean wine in China)", ["ng_sesame", "cl_wine"]),
    ("(Iranian crude for Shandong refiners, Mombasa's containers)", ["ir_oil", "ke_mombasa"]),
    ("(Myanmar rare earth ore, a Chinese-owned Serbian steel mill)", ["mm_rare", "rs_steel"]),
    ("(the Padma Bridge rail link, Algerian iron ore)", ["bd_padma", "dz_iron"]),
    ("(Georgian wine, Ugandan coffee by air)", ["ge_wine", "ug_coffee"]),
    # 22nd
    ("(Sri Lankan tea at the Colombo auction, Piraeus under COSCO)", ["lk_tea", "gr_piraeus"]),
    ("(Indian drug exports to Russia, Laotian hydropower)", ["in_pharma", "la_hydro"]),
    ("(Oyu Tolgoi copper, Tanzanian cashews)", ["mn_copper", "tz_cashew"]),
    ("(Peruvian blueberries via Chancay, Arctic LNG for China)", ["pe_blueberry", "ru_arctic_lng"]),
    ("(Sokhna's Chinese factories, Kazakh flour for Afghanistan)", ["eg_sokhna", "kz_flour"]),
    ("(Brazilian cotton, electric ferries from a Chinese yard)", ["br_cotton", "no_eferry"]),
    # 23rd
    ("(Malaysian durian after a new protocol, Kenyan electric motorbike plants)", ["my_durian", "ke_motorbikes"]),
    ("(Icelandic aluminium's power contract, Uzbek imports of Russian gas)", ["is_aluminium", "uz_gas"]),
    ("(Argentine beef by a new reefer line, Cambodian garments)", ["ar_beef", "kh_garments"]),
    ("(Tunisian olive oil, Georgian manganese ferroalloys)", ["tn_olive", "ge_manganese"]),
    ("(the Lobito container terminal, Vietnamese pangasius)", ["ao_lobito", "vn_pangasius"]),
    ("(Kazakhstan's first nuclear plant, Chilean grapes by an express service)", ["kz_nuclear", "cl_grapes"]),
    # 24th
    ("(Bangladeshi jute goods for Turkey and Iran, Moroccan car exports through Tanger Med)", ["bd_jute", "ma_cars"]),
    ("(Philippine coconut oil for Europe, South African wine back in China)", ["ph_coconut", "za_wine"]),
    ("(Indonesian coffee for Egypt and Italy, a Serbian-Chinese solar panel plant)", ["id_coffee", "rs_solar"]),
    ("(a Chilean copper smelter's new furnace, Thai fruit by rail through Laos)", ["cl_smelter", "th_fruit_rail"]),
    ("(Ecuadorian bananas after a drought, Mongolian meat for China)", ["ec_banana", "mn_meat"]),
    ("(Mersin port's expansion, the EACOP pipeline's Chinese loans)", ["tr_mersin", "ug_pipeline"]),
    # 25th
    ("(Kazakh camel milk powder, Vietnamese seafood stranded by a Chinese port inspection backlog)", ["kz_camel_milk", "vn_seafood_port"]),
    ("(Brazilian pulp for Chinese paper mills, a Chinese-built cement plant in Zambia)", ["br_pulp", "zm_cement"]),
    ("(Uzbek cherries by air from Samarkand, a Chinese-built Cambodian expressway's tolls)", ["uz_cherry", "kh_expressway"]),
    ("(Egyptian oranges by a direct sea route, Mexican avocados for China)", ["eg_orange", "mx_avocado"]),
    ("(Peruvian table grapes through Chancay, the TAZARA railway's Chinese-funded upgrade)", ["pe_grapes", "tz_rail_upgrade"]),
    ("(Australian barley back in China, Thai durian and a Chinese cold-chain hub)", ["au_barley", "th_durian_cold"]),
    # 26th
    ("(Argentine red shrimp for Shanghai's cold stores, Oman's Duqm zone and a Chinese methanol plant)", ["ar_shrimp", "om_duqm"]),
    ("(Senegalese groundnuts after a plant-health deal, Chinese e-buses for Santiago)", ["sn_peanut", "cl_ebus"]),
    ("(a Chinese battery-cell plant in Morocco, Rwandan chillies by air to Changsha)", ["ma_battery", "rw_chili"]),
    ("(a Chinese-owned Brunei refinery's expansion, Honiara's port upgrade)", ["bn_refinery", "sb_honiara"]),
    ("(a Chinese-built bridge in Croatia, Korean imports of Chinese cabbage)", ["hr_bridge", "kr_cabbage"]),
    ("(Ivorian rubber through San Pedro, Mongolian fluorspar by rail)", ["ci_rubber", "mn_fluorspar"]),
    # 27th
    ("(Guatemalan cardamom for Chinese spice traders, Jordanian potash through Aqaba)", ["gt_cardamom", "jo_potash"]),
    ("(a Chinese-owned Namibian uranium mine, Bulgarian rose oil for Chinese cosmetics makers)", ["na_uranium", "bg_rose"]),
    ("(a Chinese-run nickel-cobalt project in Papua New Guinea, Fijian tuna through Suva)", ["pg_nickel", "fj_tuna"]),
    ("(Moldovan wine, Lesotho mohair for Chinese mills)", ["md_wine", "ls_mohair"]),
    ("(Djibouti's Doraleh port and Ethiopian cargo, Cuban nickel and a Chinese credit line)", ["dj_doraleh", "cu_nickel"]),
    ("(Gambian fishmeal plants run by Chinese firms, Estonian timber by rail)", ["gm_fishmeal", "ee_timber"]),
    # 28th
    ("(Malawian tobacco leaf through Nacala, Beninese cotton at the Glo-Djigbe zone)", ["mw_tobacco", "bj_cotton"]),
    ("(Cameroon's Kribi port expansion, Albanian chrome ore for Chinese steelmakers)", ["cm_kribi", "al_chrome"]),
    ("(a Chinese line's service through the Lome container hub, Latvian rail freight to China)", ["tg_lome", "lv_rail"]),
    ("(Sierra Leone iron ore through Pepel, Madagascar graphite through Toamasina)", ["sl_iron", "mg_graphite"]),
    ("(the Panama Canal and a Chinese group's Colon terminal, Zimbabwean lithium for China)", ["pa_canal", "zw_lithium"]),
    # 29th
    ("(Guinean bauxite for Chinese refineries, a crude pipeline from Niger through Benin built by CNPC)", ["gn_bauxite", "ne_pipeline"]),
    ("(Congolese cobalt and copper for China, Uruguayan pulp and beef)", ["cd_cobalt", "uy_pulp"]),
    ("(Maldivian tuna for China, grain and containers through Constanta)", ["mv_tuna", "ro_port"]),
    ("(Mauritanian iron ore for Chinese mills, Armenian brandy and mineral water for China)", ["mr_iron", "am_brandy"]),
    ("(a Bosnian motorway section built by a Chinese contractor, a Congolese potash mine)", ["ba_highway", "cg_potash"]),
    # 30th
    ("(Costa Rican medical devices, Paraguayan soy by river barge at record-low water, Senegal's first LNG cargo)", ["cr_medtech", "py_soy", "sn_lng"]),
    ("(Bhutanese hydropower sold to India, Kuwait's Al-Zour refinery exports, a Chinese-run container terminal at Misrata)", ["bt_hydro", "kw_alzour", "ly_misrata"]),
    ("(a Burkinabe gold refinery built with a Russian partner, Guyanese oil from a fourth production vessel)", ["bf_gold", "gy_oil"]),
    ("(Mauritian sugar after a cyclone, Kosovo's solar park and ageing coal plant)", ["mu_sugar", "xk_power"]),
    # 31st
    ("(a Tanzanian gold refinery at Mwanza, Vietnamese rice for the Philippines and Indonesia)", ["tz_gold", "vn_rice"]),
    ("(a Chinese car-parts plant in Kragujevac, Egyptian green ammonia with a Norwegian firm)", ["rs_kragujevac", "eg_ammonia"]),
    ("(a Kazakh wind farm's Chinese turbines, Chilean fruit and containers through San Antonio, a Mongolian coal railway to the border)", ["kz_wind", "cl_port", "mn_rail"]),
    ("(Bangladesh's Matarbari deep-sea port, Brazilian orange juice after greening and drought)", ["bd_matarbari", "br_orange"]),
    ("(a Tashkent forum's Chinese deals, Namibian green hydrogen at Luderitz)", ["uz_forum", "na_hydrogen"]),
    # 32nd
    ("(Sri Lanka's Hambantota port, Armenia-Iran trade through Meghri, India's operation of Chabahar)", ["lk_hambantota", "am_meghri", "in_chabahar"]),
    # 33rd
    ("(Tunisian phosphate from Gafsa, a China-Vietnam rail freight service through Dong Dang, Bolivian Brazil nuts after a drought)",
     ["tn_phosphate", "vn_dongdang", "bo_brazil_nut"]),
    ("(Kenya's railway extension to Malaba, Ghana's Cocobod loan to buy beans)", ["ke_malaba", "gh_cocobod"]),
    # 34th
    ("(Iraq's Grand Faw port and the Development Road to Turkey, Portugal's Sines container terminal, Dangote's petrol exports to West Africa)",
     ["iq_faw", "pt_sines", "ng_dangote"]),
    ("(Ethiopia's sale of state sugar factories, Cambodia's Funan Techo canal)", ["et_sugar", "kh_funan"]),
    # 35th
    ("(Senegal's Ndayane deep-water port, the China-Kyrgyzstan-Uzbekistan railway, a Malaysian glove maker's quarterly results)",
     ["sn_ndayane", "kg_cku_rail", "my_gloves"]),
    ("(Bangladesh's LNG deal with QatarEnergy, Freeport's Indonesian copper exports and Gresik smelter)", ["bd_lng", "id_copper"]),
    # 36th
    ("(Nepal's hydropower exports, a Philippine budget airline's quarterly results, Uzbekistan's state gold miner's first bond)",
     ["np_hydro", "ph_airline", "uz_navoi_bond"]),
    ("(Paraguay and Brazil's new Itaipu dam tariff, Morocco's Tanger Med port throughput)", ["py_itaipu", "ma_tanger"]),
]

# A number row: `| text | questions | a/b (p%) | c/d (q%) |`; "0/0 (-)" is what pct() writes for none.
_SHARE = r"\d+/\d+ \((?:\d+%|-)\)"
ROW_RE = re.compile(rf"^(?P<text>\| .*?) \| (?P<q>\d[\d,]*) \| (?P<a>{_SHARE}) \| (?P<b>{_SHARE}) \|\s*$")


@dataclass
class Counts:
    """One stem's graded questions: answerable items and abstain items, and how many passed."""

    answerable: int = 0
    answerable_right: int = 0
    abstain: int = 0
    abstain_right: int = 0

    def add(self, other: Counts) -> None:
        self.answerable += other.answerable
        self.answerable_right += other.answerable_right
        self.abstain += other.abstain
        self.abstain_right += other.abstain_right


Stats = dict[str, Counts]
Cells = tuple[str, str, str]


@dataclass
class Result:
    """refresh()'s outcome: the new README text, the number of rows changed, the errors."""

    text: str
    changed: int = 0
    errors: list[str] = field(default_factory=list)


def parse_line(line: str, where: str) -> tuple[str, bool, bool]:
    """(stem, passed, abstain item) of one eval_all.py --out line; SystemExit if malformed."""
    f = line.split("\t")
    if len(f) < 4 or f[2] not in ("P", "F") or f[3] not in ("A", "-"):
        raise SystemExit(f"{where}: not a `stem, id, P|F, A|-, question, answer` line: {line[:120]!r}")
    return f[0], f[2] == "P", f[3] == "A"


def load_tsv(path: str | os.PathLike[str]) -> Stats:
    """stem -> Counts over an eval_all.py --out file."""
    stats: Stats = {}
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            stem, passed, abstain = parse_line(line, f"{path}:{n}")
            s = stats.setdefault(stem, Counts())
            if abstain:
                s.abstain += 1
                s.abstain_right += passed
            else:
                s.answerable += 1
                s.answerable_right += passed
    return stats


def pct(right: int, total: int) -> str:
    """'right/total (p%)', p a whole percent rounded half up (448/472 -> '448/472 (95%)')."""
    if total == 0:
        return "0/0 (-)"
    return f"{right}/{total} ({(200 * right + total) // (2 * total)}%)"


def cells(stems: list[str], stats: Stats) -> Cells:
    """(questions, 'a/b (p%)', 'c/d (q%)') summed over the stems (all present in stats)."""
    t = Counts()
    for s in stems:
        t.add(stats[s])
    return str(t.answerable + t.abstain), pct(t.answerable_right, t.answerable), pct(t.abstain_right, t.abstain)


def new_row(text: str, stems: list[str], tsv: str | os.PathLike[str] | Stats) -> str:
    """A new table row in the README's style: `| TEXT | 70 | 55/58 (95%) | 12/12 (100%) |`.

    text:  the row text, e.g. "validation: 2 blind articles of the 30th session (A, B), first run
           25/35 and 27/35, studied" (leading and trailing "|" are optional);
    stems: the validation file stems of the row, e.g. ["mu_sugar", "xk_power"];
    tsv:   an eval_all.py --out path or the dict returned by load_tsv().
    """
    stats = tsv if isinstance(tsv, dict) else load_tsv(tsv)
    missing = [s for s in stems if s not in stats]
    if missing:
        raise KeyError(f"stems not in the eval run: {', '.join(missing)}")
    text = text.strip().removeprefix("|").removesuffix("|").strip()
    q, a, b = cells(stems, stats)
    return f"| {text} | {q} | {a} | {b} |"


def yaml_stems(directory: Path) -> set[str]:
    """Stems of the question files (*.yaml, *.yml) in a directory; SystemExit if it is missing."""
    if not directory.is_dir():
        raise SystemExit(f"no question directory {directory} (see --fixtures)")
    return {p.stem for p in directory.iterdir() if p.suffix in (".yaml", ".yml")}


def table_rows(lines: list[str]) -> list[int]:
    """Indexes of the number rows of the '## Accuracy' section; SystemExit if there are none."""
    start = next((i for i, line in enumerate(lines) if line.strip() == "## Accuracy"), None)
    if start is None:
        raise SystemExit("no '## Accuracy' section in the README")
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    rows = [i for i in range(start, end) if ROW_RE.match(lines[i])]
    if not rows:
        raise SystemExit("no table rows with number columns in the README's '## Accuracy' section")
    return rows


def mapping(stats: Stats, eval_stems: set[str]) -> list[tuple[str, list[str]]]:
    """Every (key, stems) to refresh: the dev row, the own-sets row, then ROWS."""
    own_stems = sorted(s for s in stats if s in eval_stems)
    return [(DEV_KEY, DEV_STEMS), (OWN_KEY, own_stems), *ROWS]


def rewrite(line: str, new: Cells) -> tuple[str, Cells]:
    """The row with its number columns replaced, and its old columns (thousands commas dropped).

    A question count written with thousands commas keeps them.
    """
    m = ROW_RE.match(line)
    assert m is not None
    q = f"{int(new[0]):,}" if "," in m["q"] else new[0]
    return f"{m['text']} | {q} | {new[1]} | {new[2]} |", (m["q"].replace(",", ""), m["a"], m["b"])


def refresh(readme_text: str, stats: Stats, eval_stems: set[str], allow_missing: bool = False,
            log: TextIO | None = None) -> Result:
    """Rewrite the number columns of every mapped row; changes and warnings go to log (stderr)."""
    log = log or sys.stderr
    lines = readme_text.split("\n")
    table = table_rows(lines)
    result = Result(readme_text)
    done: set[int] = set()
    for key, stems in mapping(stats, eval_stems):
        hits = [i for i in table if key in lines[i]]
        if not hits:
            log.write(f"warning: no README row contains {key!r} (not pasted yet?); skipped\n")
            continue
        if len(hits) > 1:
            result.errors.append(f"{len(hits)} rows match {key!r} (need exactly 1)")
            continue
        i = hits[0]
        done.add(i)
        missing = [s for s in stems if s not in stats]
        if missing or not stems:
            msg = f"row {key!r}: stems missing from the eval run: {', '.join(missing) or '(none at all)'}"
            if allow_missing:
                log.write(f"warning: {msg}; row left unchanged\n")
            else:
                result.errors.append(msg)
            continue
        new = cells(stems, stats)
        lines[i], old = rewrite(lines[i], new)
        if old != new:
            result.changed += 1
            log.write(f"changed: {key}\n    {' | '.join(old)}  ->  {' | '.join(new)}\n")
    for i in table:
        if i not in done:
            log.write(f"warning: table row not covered by the mapping, left unchanged: {lines[i][:100]}\n")
    result.text = "\n".join(lines)
    return result


def unmapped(stats: Stats, validation_stems: set[str]) -> list[str]:
    """Validation stems in the run that no ROWS entry names (rows still to add with new_row)."""
    mapped = {s for _, stems in ROWS for s in stems}
    return sorted(s for s in stats if s in validation_stems and s not in mapped)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("tsv", type=Path, help="eval run (bench/eval_all.py --out): stem, id, P|F, A|-, question, answer")
    ap.add_argument("--readme", type=Path, default=DEFAULT_README,
                    help="README to read (and write with --write); default <repo>/README.md")
    ap.add_argument("--fixtures", type=Path, default=DEFAULT_FIXTURES,
                    help="directory holding eval/ and validation/; default <repo>/tests/fixtures")
    ap.add_argument("--write", action="store_true", help="rewrite the README in place instead of printing it")
    ap.add_argument("--allow-missing", action="store_true",
                    help="leave rows whose stems are absent from the run unchanged instead of failing")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    stats = load_tsv(args.tsv)
    text = args.readme.read_text(encoding="utf-8")
    result = refresh(text, stats, yaml_stems(args.fixtures / "eval"), args.allow_missing)
    todo = unmapped(stats, yaml_stems(args.fixtures / "validation"))
    if todo:
        sys.stderr.write(f"note: validation stems in the run but in no ROWS entry (add with new_row): {', '.join(todo)}\n")
    sys.stderr.write(f"{result.changed} row(s) changed\n")
    if result.errors:
        for e in result.errors:
            sys.stderr.write(f"error: {e}\n")
        return 2
    if args.write:
        if result.text != text:
            args.readme.write_text(result.text, encoding="utf-8")
        sys.stderr.write(f"{'wrote' if result.text != text else 'unchanged'}: {args.readme}\n")
    else:
        sys.stdout.write(result.text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
