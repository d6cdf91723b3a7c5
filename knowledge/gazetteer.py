"""Small word tables for entity finding. Data only: no logic beyond building lookup dicts.

Keys are lowercase. Seed-article provinces and cities are deliberately absent so that the cue
rules in entities.py (not this table) are what recognise them.
"""

from __future__ import annotations

from knowledge.data.cities import CITY_COUNTRIES
from knowledge.lazy_re import lazy_compile

COUNTRIES: tuple[str, ...] = (
    "Afghanistan", "Albania", "Algeria", "Angola", "Argentina", "Armenia", "Australia", "Austria",
    "Azerbaijan", "Bahrain", "Bangladesh", "Belarus", "Belgium", "Bolivia", "Bosnia", "Botswana",
    "Brazil", "Brunei", "Bulgaria", "Cambodia", "Cameroon", "Canada", "Chad", "Chile", "China",
    "Colombia", "Congo", "Costa Rica", "Croatia", "Cuba", "Cyprus", "Czech Republic", "Denmark",
    "Ecuador", "Egypt", "El Salvador", "England", "Eritrea", "Estonia", "Ethiopia", "Finland",
    "France", "Gabon", "Georgia", "Germany", "Ghana", "Greece", "Guatemala", "Guinea", "Haiti",
    "Honduras", "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel",
    "Italy", "Ivory Coast", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kosovo",
    "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Libya", "Lithuania", "Luxembourg",
    "Madagascar", "Malaysia", "Mali", "Malta", "Mexico", "Moldova", "Mongolia", "Montenegro",
    "Morocco", "Mozambique", "Myanmar", "Namibia", "Nepal", "Netherlands", "New Zealand",
    "Nicaragua", "Niger", "Nigeria", "North Korea", "North Macedonia", "Northern Ireland",
    "Norway", "Oman", "Pakistan", "Palestine", "Panama", "Paraguay", "Peru", "Philippines",
    "Poland", "Portugal", "Qatar", "Romania", "Russia", "Rwanda", "Saudi Arabia", "Scotland",
    "Senegal", "Serbia", "Singapore", "Slovakia", "Slovenia", "Somalia", "South Africa",
    "South Korea", "South Sudan", "Spain", "Sri Lanka", "Sudan", "Sweden", "Switzerland", "Syria",
    "Taiwan", "Tajikistan", "Tanzania", "Thailand", "Tunisia", "Turkey", "Turkmenistan", "Uganda",
    "Ukraine", "United Arab Emirates", "United Kingdom", "United States", "Uruguay", "Uzbekistan",
    "Venezuela", "Vietnam", "Wales", "Yemen", "Zambia", "Zimbabwe",
    # Smaller states, named in tourism, remittance and aid stories.
    "Andorra", "Bahamas", "Barbados", "Belize", "Benin", "Bhutan", "Burundi", "Comoros", "Djibouti",
    "Dominica", "Eswatini", "Fiji", "Gambia", "Grenada", "Guyana", "Kiribati", "Lesotho", "Liberia",
    "Liechtenstein", "Malawi", "Maldives", "Mauritania", "Mauritius", "Micronesia", "Monaco", "Nauru",
    "Palau", "Samoa", "Seychelles", "Solomon Islands", "Suriname", "Togo", "Tonga", "Tuvalu", "Vanuatu", "Trinidad and Tobago",
    "Cape Verde", "Equatorial Guinea", "Sierra Leone", "Papua New Guinea", "Timor-Leste", "East Timor",
)

# Other ways articles print a country.
COUNTRY_ALIASES: dict[str, str] = {
    "us": "United States", "u.s.": "United States", "usa": "United States",
    "u.s.a.": "United States", "america": "United States",
    "united states of america": "United States",
    "uk": "United Kingdom", "u.k.": "United Kingdom", "britain": "United Kingdom",
    "great britain": "United Kingdom",
    "russian federation": "Russia", "prc": "China", "mainland china": "China",
    "people's republic of china": "China", "holland": "Netherlands",
    "the netherlands": "Netherlands", "republic of korea": "South Korea", "dprk": "North Korea",
    "korea": "South Korea", "s korea": "South Korea", "s. korea": "South Korea",  # as economic news writes it
    "czechia": "Czech Republic", "burma": "Myanmar", "uae": "United Arab Emirates",
    "türkiye": "Turkey", "turkiye": "Turkey", "côte d'ivoire": "Ivory Coast",
    "vn": "Vietnam", "viet nam": "Vietnam",  # "between laos and vn": the country's code, its own spelling
    "tz": "Tanzania",  # "did tz gold output top 60 tonnes": the country's code, as "vn" (no English word)
    "bd": "Bangladesh",  # "did bd coal imports go up": the country's code, as "tz"
    "png": "Papua New Guinea",  # "the png project": the country as its neighbours and its press write it
    # "how many rus firms": the codes Russia goes by online (not "cn": Canadian National is CN)
    "rus": "Russia", "ru": "Russia",
}

# Regions, blocs and big cities: places that need no cue word.
REGIONS: tuple[str, ...] = (
    "Europe", "Asia", "Africa", "Latin America", "South America", "North America",
    "Central America", "Middle East", "Far East", "Russian Far East", "Central Asia",
    "Southeast Asia", "East Asia", "South Asia", "Eastern Europe", "Western Europe",
    "Central Europe", "Scandinavia", "Balkans", "Caucasus", "Arctic", "Antarctica", "Siberia",
    "Crimea", "Donbas", "Gaza", "West Bank", "Kashmir", "Tibet", "Xinjiang", "Hong Kong", "Macau",
    "Pacific", "Atlantic", "Mediterranean", "Baltic", "Sahel", "Indo-Pacific", "Eurasia",
)
CITIES: tuple[str, ...] = (
    "Beijing", "Shanghai", "Shenzhen", "Guangzhou", "Moscow", "St Petersburg", "London", "Paris",
    "Berlin", "Washington", "New York", "Tokyo", "Kyiv", "Kiev", "Brussels", "Geneva", "Delhi",
    "New Delhi", "Mumbai", "Seoul", "Pyongyang", "Tehran", "Riyadh", "Dubai", "Istanbul",
    "Ankara", "Cairo", "Jerusalem", "Tel Aviv", "Frankfurt", "Madrid", "Rome", "Milan", "Vienna",
    "Warsaw", "Stockholm", "Oslo", "Helsinki", "Copenhagen", "Amsterdam", "Zurich", "Sydney",
    "Toronto", "Ottawa", "Mexico City", "Sao Paulo", "Buenos Aires", "Lagos", "Nairobi",
    "Johannesburg", "Minsk", "Tbilisi", "Astana", "Tashkent", "Hanoi", "Bangkok", "Jakarta",
    "Manila", "Taipei", "Canberra", "Los Angeles", "Chicago", "San Francisco", "Davos",
    # Commercial centres and ports that business news names without a cue word ("its Chennai plant").
    "Hamburg", "Munich", "Cologne", "Stuttgart", "Dusseldorf", "Duesseldorf", "Bremen", "Leipzig", "Dresden",
    "Lyon", "Marseille", "Toulouse", "Barcelona", "Valencia", "Seville", "Bilbao", "Lisbon", "Porto", "Naples",
    "Turin", "Genoa", "Venice", "Athens", "Piraeus", "Rotterdam", "Antwerp", "The Hague", "Prague", "Budapest",
    "Bucharest", "Sofia", "Belgrade", "Zagreb", "Bratislava", "Ljubljana", "Vilnius", "Riga", "Tallinn",
    "Gothenburg", "Malmo", "Bergen", "Stavanger", "Aarhus", "Dublin", "Edinburgh", "Glasgow", "Manchester",
    "Birmingham", "Liverpool", "Leeds", "Cardiff", "Belfast", "Basel", "Lausanne", "Bern", "Krakow", "Gdansk",
    "Odesa", "Odessa", "Kharkiv", "Lviv", "Houston", "Dallas", "Seattle", "Boston", "Atlanta", "Miami",
    "Detroit", "Denver", "Phoenix", "Philadelphia", "Pittsburgh", "Cleveland", "Minneapolis", "Nashville",
    "San Diego", "San Jose", "Las Vegas", "Montreal", "Vancouver", "Calgary", "Edmonton", "Winnipeg", "Halifax",
    "Monterrey", "Guadalajara", "Tijuana", "Bogota", "Medellin", "Lima", "Santiago", "Valparaiso",
    "Rio de Janeiro", "Brasilia", "Belo Horizonte", "Porto Alegre", "Curitiba", "Caracas", "Quito",
    "Montevideo", "Asuncion", "Havana", "Panama City", "Cape Town", "Durban", "Pretoria", "Casablanca",
    "Tunis", "Algiers", "Accra", "Abidjan", "Dakar", "Addis Ababa", "Dar es Salaam", "Kampala", "Kigali",
    "Lusaka", "Harare", "Luanda", "Kinshasa", "Mombasa", "Alexandria", "Port Said", "Doha", "Abu Dhabi",
    "Muscat", "Kuwait City", "Manama", "Jeddah", "Amman", "Beirut", "Baghdad", "Basra", "Damascus",
    "Chennai", "Kolkata", "Bengaluru", "Bangalore", "Hyderabad", "Pune", "Ahmedabad", "Surat", "Jaipur",
    "Lucknow", "Kochi", "Karachi", "Lahore", "Islamabad", "Dhaka", "Chittagong", "Colombo", "Kathmandu",
    "Kuala Lumpur", "Penang", "Ho Chi Minh City", "Haiphong", "Da Nang", "Phnom Penh", "Yangon", "Vientiane",
    "Surabaya", "Bandung", "Cebu", "Osaka", "Nagoya", "Yokohama", "Kobe", "Fukuoka", "Sapporo", "Busan",
    "Incheon", "Ulsan", "Kaohsiung", "Taichung", "Hsinchu", "Almaty", "Bishkek", "Baku", "Yerevan",
    "Ulaanbaatar", "Melbourne", "Brisbane", "Perth", "Adelaide", "Auckland", "Wellington",
    # Capitals of CAPITALS no line above names: "Under the agreement, signed in Dushanbe, the Chinese
    # company will ..." is a city, not a body the aside after it describes.
    "Abuja", "Tripoli", "Naypyidaw", "Rabat", "Maputo", "Windhoek", "Dushanbe", "Ashgabat",
)
# States and provinces of federations that economic news reports figure by figure ("Victoria's
# unemployment rate", "Queensland's eased"): places that need no cue word either. China's
# provinces stay out, see the module docstring.
STATES: tuple[str, ...] = (
    # Australia
    "New South Wales", "Victoria", "Queensland", "South Australia", "Western Australia", "Tasmania",
    "Northern Territory", "Australian Capital Territory",
    # Canada
    "Ontario", "Quebec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia",
    "New Brunswick", "Newfoundland and Labrador", "Prince Edward Island",
    # United States
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
    "Florida", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana",
    "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana",
    "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "North Carolina", "North Dakota",
    "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota",
    "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "West Virginia", "Wisconsin", "Wyoming",
    # Germany
    "Bavaria", "Baden-Wuerttemberg", "Baden-Württemberg", "North Rhine-Westphalia", "Lower Saxony", "Hesse",
    "Saxony", "Thuringia", "Brandenburg", "Schleswig-Holstein", "Rhineland-Palatinate", "Saarland",
    "Mecklenburg-Western Pomerania", "Saxony-Anhalt",
    # India
    "Uttar Pradesh", "Maharashtra", "Punjab", "Haryana", "Gujarat", "Rajasthan", "Madhya Pradesh",
    "Bihar", "West Bengal", "Tamil Nadu", "Karnataka", "Kerala", "Andhra Pradesh", "Telangana", "Odisha",
    "Assam",
    # Brazil
    "Mato Grosso", "Mato Grosso do Sul", "Parana", "Paraná", "Rio Grande do Sul", "Goias", "Goiás",
    "Minas Gerais", "Bahia", "Santa Catarina",
    # Mexico (not Guerrero, Hidalgo or Morelos, which are also surnames)
    "Aguascalientes", "Baja California", "Baja California Sur", "Campeche", "Chiapas", "Chihuahua", "Coahuila",
    "Colima", "Durango", "Guanajuato", "Jalisco", "Michoacan", "Michoacán", "Nayarit", "Nuevo Leon", "Nuevo León",
    "Oaxaca", "Puebla", "Queretaro", "Querétaro", "Quintana Roo", "San Luis Potosi", "Sinaloa", "Sonora", "Tabasco",
    "Tamaulipas", "Tlaxcala", "Veracruz", "Yucatan", "Yucatán", "Zacatecas",
    # Spain and Italy
    "Andalusia", "Catalonia", "Galicia", "Castilla-La Mancha", "Castile and Leon", "Extremadura", "Aragon",
    "Basque Country", "Murcia", "Asturias", "Lombardy", "Piedmont", "Veneto", "Tuscany", "Emilia-Romagna",
    "Sicily", "Sardinia", "Puglia", "Apulia", "Calabria", "Campania", "Liguria",
    # South Africa, Pakistan, Nigeria, Indonesia, the Philippines
    "Gauteng", "Western Cape", "Eastern Cape", "Northern Cape", "KwaZulu-Natal", "Limpopo", "Mpumalanga",
    "Sindh", "Khyber Pakhtunkhwa", "Balochistan", "Kano", "Rivers State", "East Java", "West Java", "Central Java",
    "Kalimantan", "Sumatra", "Sulawesi", "Papua", "Luzon", "Mindanao", "Visayas",
    # Britain's regions and counties that economic news reports figure by figure
    "East Anglia", "Yorkshire", "Lincolnshire", "Aberdeenshire", "Cornwall", "Essex",
)
# "the West" is printed with its article; a bare "West" would be a surname or street.
WEST = "the West"

DEMONYMS: dict[str, str] = {
    "afghan": "Afghanistan", "albanian": "Albania", "algerian": "Algeria", "angolan": "Angola",
    "argentine": "Argentina", "argentinian": "Argentina", "armenian": "Armenia",
    "australian": "Australia", "aussie": "Australia", "austrian": "Austria", "azerbaijani": "Azerbaijan",
    "bangladeshi": "Bangladesh", "belarusian": "Belarus", "belgian": "Belgium",
    "bolivian": "Bolivia", "brazilian": "Brazil", "british": "United Kingdom",
    "bulgarian": "Bulgaria", "cambodian": "Cambodia", "canadian": "Canada", "chilean": "Chile",
    "chinese": "China", "sino": "China", "colombian": "Colombia", "croatian": "Croatia",
    "cuban": "Cuba", "cypriot": "Cyprus", "czech": "Czech Republic", "danish": "Denmark",
    "dutch": "Netherlands", "ecuadorian": "Ecuador", "egyptian": "Egypt", "english": "England",
    "estonian": "Estonia", "ethiopian": "Ethiopia", "finnish": "Finland", "french": "France",
    "georgian": "Georgia", "german": "Germany", "ghanaian": "Ghana", "greek": "Greece",
    "hungarian": "Hungary", "icelandic": "Iceland", "indian": "India",
    "indonesian": "Indonesia", "iranian": "Iran", "iraqi": "Iraq", "irish": "Ireland",
    "israeli": "Israel", "italian": "Italy", "japanese": "Japan", "jordanian": "Jordan",
    "kazakh": "Kazakhstan", "kenyan": "Kenya", "korean": "South Korea", "kuwaiti": "Kuwait",
    "latvian": "Latvia", "lebanese": "Lebanon", "libyan": "Libya", "lithuanian": "Lithuania",
    "malaysian": "Malaysia", "mexican": "Mexico", "moldovan": "Moldova", "mongolian": "Mongolia",
    "moroccan": "Morocco", "nepali": "Nepal", "nigerian": "Nigeria",
    "north korean": "North Korea", "norwegian": "Norway", "pakistani": "Pakistan",
    "palestinian": "Palestine", "peruvian": "Peru", "philippine": "Philippines",
    "filipino": "Philippines", "polish": "Poland", "portuguese": "Portugal", "qatari": "Qatar",
    "romanian": "Romania", "russian": "Russia", "saudi": "Saudi Arabia", "scottish": "Scotland",
    "serbian": "Serbia", "singaporean": "Singapore", "slovak": "Slovakia",
    "slovenian": "Slovenia", "somali": "Somalia", "south african": "South Africa",
    "south korean": "South Korea", "spanish": "Spain", "sri lankan": "Sri Lanka",
    "sudanese": "Sudan", "swedish": "Sweden", "swiss": "Switzerland", "syrian": "Syria",
    "taiwanese": "Taiwan", "thai": "Thailand", "tunisian": "Tunisia", "turkish": "Turkey",
    "ukrainian": "Ukraine", "emirati": "United Arab Emirates", "american": "United States",
    "uzbek": "Uzbekistan", "venezuelan": "Venezuela", "vietnamese": "Vietnam",
    "welsh": "Wales", "yemeni": "Yemen", "zimbabwean": "Zimbabwe", "soviet": "Soviet Union",
    "maldivian": "Maldives", "mauritian": "Mauritius", "fijian": "Fiji", "malawian": "Malawi",
    "liberian": "Liberia", "guyanese": "Guyana", "bahamian": "Bahamas", "barbadian": "Barbados",
    "bhutanese": "Bhutan", "togolese": "Togo", "gambian": "Gambia", "samoan": "Samoa", "tongan": "Tonga",
    "beninese": "Benin", "burundian": "Burundi", "mauritanian": "Mauritania", "surinamese": "Suriname",
    "sierra leonean": "Sierra Leone", "papua new guinean": "Papua New Guinea",
    # "Uruguayan beef" is Uruguay's: the rest of the countries above, by the adjective
    "uruguayan": "Uruguay", "paraguayan": "Paraguay", "guatemalan": "Guatemala", "honduran": "Honduras",
    "nicaraguan": "Nicaragua", "salvadoran": "El Salvador", "costa rican": "Costa Rica", "panamanian": "Panama",
    "jamaican": "Jamaica", "senegalese": "Senegal", "ivorian": "Ivory Coast", "cameroonian": "Cameroon",
    "ugandan": "Uganda", "tanzanian": "Tanzania", "rwandan": "Rwanda", "zambian": "Zambia",
    "mozambican": "Mozambique", "namibian": "Namibia", "congolese": "Congo", "omani": "Oman",
    "bahraini": "Bahrain", "kyrgyz": "Kyrgyzstan", "tajik": "Tajikistan", "maltese": "Malta",
    "turkmen": "Turkmenistan", "azeri": "Azerbaijan", "nepalese": "Nepal",
    "bosnian": "Bosnia", "laotian": "Laos", "lao": "Laos", "montenegrin": "Montenegro", "macedonian": "North Macedonia",
    "haitian": "Haiti", "nigerien": "Niger", "djiboutian": "Djibouti", "timorese": "Timor-Leste", "burmese": "Myanmar", "bruneian": "Brunei",
    "gabonese": "Gabon", "malian": "Mali", "chadian": "Chad", "eritrean": "Eritrea", "malagasy": "Madagascar",
    # "2.58 trillion Guinean francs": a currency is read as the country's own money by its adjective,
    # so the countries above lacking one have it here too
    "guinean": "Guinea", "equatorial guinean": "Equatorial Guinea", "south sudanese": "South Sudan",
    "cape verdean": "Cape Verde", "seychellois": "Seychelles", "comorian": "Comoros", "kosovar": "Kosovo",
    "trinidadian": "Trinidad and Tobago", "luxembourgish": "Luxembourg", "motswana": "Botswana",
    # regions
    "european": "Europe", "asian": "Asia", "african": "Africa", "latin american": "Latin America",
    "middle eastern": "Middle East", "siberian": "Siberia", "arctic": "Arctic",
    # Tasmania by its adjective and its everyday clipping ("Tassie fishers"); the other states'
    # adjectives ("Victorian", "Queenslander") are left out, "Victorian" being mostly the era
    "tasmanian": "Tasmania", "tassie": "Tasmania",
}

# Sources and bodies that carry no organisation word in their name.
KNOWN_ORGS: tuple[str, ...] = (
    "Reuters", "Bloomberg", "Xinhua", "TASS", "Interfax", "AFP", "CCTV", "BBC", "CNN", "RIA",
    "Kremlin", "White House", "Pentagon", "Downing Street", "NATO", "OPEC", "IMF", "UN", "EU",
    "WTO", "WHO", "Nasdaq", "Google", "Apple", "Amazon", "Microsoft", "Tesla", "Gazprom",
    "Rosneft", "Huawei", "Alibaba", "Tencent",
)
ORG_ALIASES: dict[str, str] = {
    "eu": "European Union", "un": "United Nations", "imf": "International Monetary Fund",
}

# Company forms that end a name ("Fjordlaks ASA"): the name is a body's. Not "SA" or "AB",
# which are also South Africa and a province's initials.
LEGAL_FORMS: frozenset[str] = frozenset("ag nv gmbh asa oyj spa bv pte bhd sarl srl tbk pjsc jsc ojsc".split())
# Company forms written in capitals before a name ("PT Bumi Kolaka Resources", "PJSC Rosneft").
LEGAL_PREFIXES: frozenset[str] = frozenset("pt pjsc jsc ojsc oao pao ooo zao".split())
# Company words written before the name in Spanish, Portuguese, Italian and French ("Grupo
# Altavista", "Banca Serravalle", "Maison Orsenne"): the name is a body's, also called without them.
ORG_HEAD_WORDS: frozenset[str] = frozenset("""
grupo gruppo groupe corporacion corporación compania compañía companhia empresa empresas sociedad
banco banca banque maison pesquera minera naviera frigorifico frigorífico inversiones industrias grupa spolka spółka
""".split())
# A capitalised word from this set makes the whole name an organisation.
ORG_WORDS: frozenset[str] = frozenset("""
minerals resources mining metals steel chemicals pharmaceuticals foods brands logistics shipping
consultancy consulting research airline ventures investments equity bancorp financial
administration ministry bank company corp corporation inc ltd plc llc group agency council
committee commission union organisation organization bureau university association fund
office department customs exchange party institute court parliament news reuters bloomberg
xinhua holdings airlines airways motors industries authority federation foundation board
assembly congress senate cabinet service services railway railways reserve treasury police
army navy force forces guard club school college hospital centre center network media
times post journal press television radio partners capital securities insurance energy oil
gas petroleum telecom communications systems technologies technology labs co
lines line container containers shipping carriers automotive auto motor semiconductor semiconductors electronics
watch watchdog alliance coalition initiative society trust confederation analytics cooperative co-operative coop co-op
ceramics cement textiles apparel chamber aluminium aluminum shipbuilding shipbuilders shipyard shipyards
""".split()) | LEGAL_FORMS | ORG_HEAD_WORDS
# Suffixes dropped to get a short alias: "Acme Corp" is also "Acme".
CORP_SUFFIXES: frozenset[str] = frozenset(
    "corp corporation inc ltd plc llc group holding holdings co company sa se ab kk limited".split()
) | LEGAL_FORMS

# Words that head a title before a person's name ("President", "chief executive").
TITLE_WORDS: frozenset[str] = frozenset("""
president premier minister chancellor governor mayor ceo cfo chairman chairwoman chair
executive spokesperson spokesman spokeswoman ambassador secretary senator king queen prince
princess general director founder commissioner envoy judge pope sheikh emir sultan
congressman congresswoman lawmaker officer economist analyst leader head chief
administrator manager treasurer superintendent chairperson ombudsman
admiral colonel commander lieutenant representative
conciliator mediator arbitrator negotiator
""".split())
HONORIFICS: frozenset[str] = frozenset("mr mrs ms miss dr sir dame lord lady prof professor".split())
# Capitalised words that qualify a title: "Foreign Minister", "Vice Premier".
TITLE_MODIFIERS: frozenset[str] = frozenset("""
prime foreign finance deputy vice chief executive defence defense trade economy interior
health state first former acting senior general supreme commerce economic home justice
financial operating technology information marketing investment managing
""".split())

# Heads of an appositive that say what kind of thing the name is.
PLACE_NOUNS: frozenset[str] = frozenset("""
capital city port province region town village county district state country island
municipality prefecture oblast hub area territory peninsula republic nation
""".split())
ORG_NOUNS: frozenset[str] = frozenset("""
company firm bank group maker carmaker retailer lender insurer agency ministry regulator
operator producer manufacturer broadcaster newspaper unit subsidiary developer exporter
importer supplier miner startup conglomerate airline
""".split())
PERSON_NOUNS: frozenset[str] = TITLE_WORDS | frozenset(
    "official spokesperson economist analyst investor founder owner professor expert".split()
)

# Sentence-initial capitalised function words that never start a name.
FUNCTION_WORDS: frozenset[str] = frozenset("""
the a an in on at by for from to with as after before but and or if when while since although
though it its this that these those there their they he she we i you his her our some many
most more all both each other such according meanwhile however also last next earlier later
still yet so despite under over among during between amid against without within what who why
how where which once now then here not no yes until following while whether even only just
because about around than into through
""".split())

MONTHS: frozenset[str] = frozenset("""
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
""".split())
WEEKDAYS: frozenset[str] = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
# Capitalised tokens that are not names: acronyms of measures, currencies, pronoun I.
NOT_NAMES: frozenset[str] = frozenset("""
gdp cpi pmi ai ipo ceo cfo coo etf vat lng ev evs usd eur gbp cny rmb rub jpy yoy q1 q2 q3 q4
h1 h2 covid covid-19 i ok tv pm am bc ad fdi ppi dram hbm gdp bpd mom qoq ebitda capex esg
mw gw kw kwh mwh gwh twh mt bcm lng
""".split())

FIRST_NAMES: frozenset[str] = frozenset("""
john james robert michael william david richard joseph thomas charles christopher daniel
matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald
edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon
benjamin samuel frank gregory raymond alexander patrick jack dennis jerry tyler aaron jose adam
henry nathan peter zachary kyle walter harold jeremy ethan carl keith roger gerald christian
terry sean arthur austin noah lawrence jesse joe bryan billy jordan albert dylan bruce willie
gabriel alan juan logan wayne ralph roy eugene randy vincent russell louis philip bobby johnny
bradley mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa
deborah stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda
pamela nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria
heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith
megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice
jean alice madison doris abigail julia judy grace denise amber marilyn beverly danielle
theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla vladimir
sergei sergey dmitry dmitri alexei alexey ivan mikhail nikolai olaf emmanuel angela ursula
rishi boris keir jeremy liz giorgia pedro recep narendra joe kamala antony janet jerome
christine elon jeff tim satya sundar jensen mario olena volodymyr viktor andrzej mette
""".split())
# Family name comes first in these ("Xi Jinping" is "Xi"); only used for two-word names.
FAMILY_FIRST_SURNAMES: frozenset[str] = frozenset("""
xi li wang zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo liang
song zheng xie han tang feng yu dong xiao cheng cao yuan deng fu shen zeng peng lu su jiang
cai jia ding wei ye pan du dai xia zhong tian ren fan fang shi yao tan liao zou xiong jin mao
kim park lee choi yoon moon nguyen
""".split())

COMPASS: dict[str, str] = {
    "north": "north", "south": "south", "east": "east", "west": "west",
    "northeast": "northeast", "northwest": "northwest", "southeast": "southeast",
    "southwest": "southwest", "central": "central",
    "northern": "north", "southern": "south", "eastern": "east", "western": "west",
    "northeastern": "northeast", "northwestern": "northwest", "southeastern": "southeast",
    "southwestern": "southwest",
    "north-east": "northeast", "north-west": "northwest", "south-east": "southeast",
    "south-west": "southwest", "north-eastern": "northeast", "north-western": "northwest",
    "south-eastern": "southeast", "south-western": "southwest",
}

# Lowercase nouns naming an institution after a demonym or possessive ("Chinese customs").
INSTITUTION_NOUNS: tuple[str, ...] = (
    "news agency", "central bank", "media", "broadcaster", "customs", "government", "ministry",
    "regulator", "cabinet", "parliament", "embassy", "military", "army", "navy", "police",
    "authorities", "legislature", "bureau", "agency", "watchdog", "statistics bureau",
    "authority",  # "Italy's competition authority"
)
INSTITUTION_MODIFIERS: tuple[str, ...] = (
    "state", "national", "central", "foreign", "finance", "commerce", "defence", "defense",
    "trade", "economy", "federal", "official", "statistics", "securities", "banking",
    "competition", "financial",
)
# Institution phrases recognisable without a demonym: "the central bank".
BARE_INSTITUTIONS: tuple[str, ...] = (
    "central bank", "foreign ministry", "finance ministry", "commerce ministry",
    "defence ministry", "defense ministry", "trade ministry", "economy ministry",
    "state media", "national broadcaster", "statistics bureau", "state news agency",
)

SAID_VERBS: frozenset[str] = frozenset("""
said says told added declared stated noted warned wrote argued insisted explained recalled
admitted tweeted
""".split())


def _build_places() -> dict[str, str]:
    table = {c.lower(): c for c in COUNTRIES}
    table.update(COUNTRY_ALIASES)
    table.update({r.lower(): r for r in REGIONS})
    table.update({c.lower(): c for c in CITIES})
    table.update({p.lower(): p for p in STATES})
    table["kiev"] = "Kyiv"
    table["the west"] = WEST
    return table


# lowercase name -> canonical place name, for every gazetteer place.
PLACES: dict[str, str] = _build_places()
COUNTRY_SET: frozenset[str] = frozenset(c.lower() for c in COUNTRIES) | frozenset(
    COUNTRY_ALIASES
)


# Names of central banks, lower case: "the central bank" in a question is the one the story names.
CENTRAL_BANK = lazy_compile(
    r"central bank|^(?:national|reserve|people's|peoples) bank of |^federal reserve|^the fed$|^fed$|bundesbank|riksbank"
    r"|norges bank|^swiss national bank|^banco (?:central|de mexico|de españa|de espana)|^banxico$|^banque de france"
    r"|^banca d'italia|^bank of (?:england|japan|canada|korea|israel|thailand|russia|italy|spain|mexico|ghana|uganda"
    r"|tanzania|zambia|jamaica|botswana|namibia|mauritius|portugal|greece|finland|albania|algeria|lithuania|latvia"
    r"|estonia|slovenia|slovakia|papua new guinea)$|^monetary authority of |^european central bank$|^ecb$|^boe$|^boj$"
    r"|^rbi$|^pboc$|^nbp$|^snb$|^cbr$|^rba$|^rbnz$|^sarb$|^cbk$|^cbn$"
    # in the country's own tongue, or named for it alone: not "State Bank of India", a lender
    r"|^bangko sentral|^banque centrale|zentralbank|^bank indonesia$|^bank negara|^state bank of (?:pakistan|vietnam)$"
    r"|^bangladesh bank$|^bank al-maghrib$"
)


# Capitals that stand for their country's government in news ("Seoul's trade ministry").
CAPITALS: dict[str, str] = {
    "seoul": "South Korea", "beijing": "China", "moscow": "Russia", "tokyo": "Japan", "washington": "United States",
    "paris": "France", "berlin": "Germany", "new delhi": "India", "taipei": "Taiwan", "canberra": "Australia",
    "ottawa": "Canada", "brasilia": "Brazil", "mexico city": "Mexico", "riyadh": "Saudi Arabia", "ankara": "Turkey",
    "tehran": "Iran", "kyiv": "Ukraine", "kiev": "Ukraine", "astana": "Kazakhstan", "nairobi": "Kenya",
    "pretoria": "South Africa", "buenos aires": "Argentina", "jakarta": "Indonesia", "hanoi": "Vietnam",
    "bangkok": "Thailand", "manila": "Philippines", "cairo": "Egypt", "abuja": "Nigeria", "rome": "Italy",
    "madrid": "Spain", "the hague": "Netherlands", "stockholm": "Sweden", "oslo": "Norway", "warsaw": "Poland",
    "lisbon": "Portugal", "islamabad": "Pakistan", "dhaka": "Bangladesh", "santiago": "Chile", "lima": "Peru",
    "bogota": "Colombia", "london": "Britain", "dublin": "Ireland", "athens": "Greece", "vienna": "Austria",
    "bern": "Switzerland", "copenhagen": "Denmark", "helsinki": "Finland", "budapest": "Hungary", "prague": "Czech Republic",
    "wellington": "New Zealand", "kuala lumpur": "Malaysia", "abu dhabi": "United Arab Emirates", "doha": "Qatar",
    "baghdad": "Iraq", "kuwait city": "Kuwait", "muscat": "Oman", "algiers": "Algeria", "tripoli": "Libya",
    "addis ababa": "Ethiopia", "addis": "Ethiopia", "accra": "Ghana", "lusaka": "Zambia", "harare": "Zimbabwe", "kinshasa": "Democratic Republic of Congo",
    # "the Vientiane forum" of a story about Laos
    "vientiane": "Laos", "phnom penh": "Cambodia", "bishkek": "Kyrgyzstan", "tashkent": "Uzbekistan", "ulaanbaatar": "Mongolia",
    "colombo": "Sri Lanka", "kathmandu": "Nepal", "naypyidaw": "Myanmar", "baku": "Azerbaijan", "tbilisi": "Georgia",
    "yerevan": "Armenia", "minsk": "Belarus", "belgrade": "Serbia", "bucharest": "Romania", "sofia": "Bulgaria",
    "brussels": "Belgium", "zagreb": "Croatia", "bratislava": "Slovakia", "ljubljana": "Slovenia", "vilnius": "Lithuania",
    "riga": "Latvia", "tallinn": "Estonia", "amman": "Jordan", "beirut": "Lebanon", "rabat": "Morocco", "tunis": "Tunisia",
    "dakar": "Senegal", "kampala": "Uganda", "luanda": "Angola", "maputo": "Mozambique", "windhoek": "Namibia",
    "montevideo": "Uruguay", "asuncion": "Paraguay", "caracas": "Venezuela", "quito": "Ecuador", "havana": "Cuba",
    "dushanbe": "Tajikistan", "ashgabat": "Turkmenistan",
}


def country_of_city(name: str) -> str:
    """The country a city or port is in ("Shanghai" -> "China"), as COUNTRIES spells it, or "":
    "shipped to Shanghai" is a shipment to China, a city the story never places in its country."""
    lower = name.lower()
    return CITY_COUNTRIES.get(lower) or PLACES.get(CAPITALS.get(lower, "").lower(), "")


def _members(names: str) -> frozenset[str]:
    return frozenset(n.strip().lower() for n in names.split(","))


_GULF = _members("Saudi Arabia, United Arab Emirates, Kuwait, Qatar, Bahrain, Oman")
_EU = _members("Austria, Belgium, Bulgaria, Croatia, Cyprus, Czech Republic, Denmark, Estonia, Finland, France, Germany,"
               " Greece, Hungary, Ireland, Italy, Latvia, Lithuania, Luxembourg, Malta, Netherlands, Poland, Portugal,"
               " Romania, Slovakia, Slovenia, Spain, Sweden")
_ASEAN = _members("Brunei, Cambodia, Indonesia, Laos, Malaysia, Myanmar, Philippines, Singapore, Thailand, Vietnam")
# Groups of countries a question may name for its members ("which Gulf states ...?"): the name as
# asked, lower case, to the countries' names as COUNTRIES spells them, lower case.
GROUPS: dict[str, frozenset[str]] = {
    "gulf": _GULF, "gcc": _GULF, "arab gulf": _GULF, "persian gulf": _GULF,
    "eu": _EU, "european union": _EU, "euro zone": _EU, "eurozone": _EU, "euro area": _EU,
    "asean": _ASEAN, "southeast asian": _ASEAN,
    "brics": _members("Brazil, Russia, India, China, South Africa, Egypt, Ethiopia, Iran, United Arab Emirates, Indonesia"),
    "g7": _members("United States, Japan, Germany, United Kingdom, France, Italy, Canada"),
    "g-7": _members("United States, Japan, Germany, United Kingdom, France, Italy, Canada"),
    "opec": _members("Algeria, Congo, Equatorial Guinea, Gabon, Iran, Iraq, Kuwait, Libya, Nigeria, Saudi Arabia,"
                     " United Arab Emirates, Venezuela"),
    "nordic": _members("Denmark, Finland, Iceland, Norway, Sweden"),
}


# Sea marks a ship rounds or passes, by the continent or country they belong to: "going round
# Africa" is sailing around the Cape of Good Hope (lower case, as entity names are normalised).
LANDMARK_PLACES: dict[str, str] = {
    "cape of good hope": "Africa", "cape agulhas": "Africa", "cape horn": "South America",
    "strait of magellan": "South America", "drake passage": "South America",
}


def cities_of(country: str) -> frozenset[str]:
    """The major cities and the capital of a country, lowercase ("Beijing-based": a Chinese firm)."""
    return _CITIES_OF.get(country, frozenset())


def _cities_by_country() -> dict[str, frozenset[str]]:
    # through country_of_city, so a capital filed under another spelling ("london": "Britain")
    # lands under the country's own name ("United Kingdom")
    grouped: dict[str, set[str]] = {}
    for city in {*CITY_COUNTRIES, *CAPITALS}:
        if country := country_of_city(city):
            grouped.setdefault(country, set()).add(city)
    return {country: frozenset(cities) for country, cities in grouped.items()}


_CITIES_OF = _cities_by_country()
