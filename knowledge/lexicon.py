"""The one table of words that mean the same thing in economic news.

Each key names a class of words; its values are lemmas or multi-word phrases (as lemmas) that
mean it. A word may sit in several classes ("talk": say, meet): the index and the questions both
carry every class of every word, so either reading can match. Keep opposite directions in separate
classes (export / import, rise / fall): a question about imports must not match exports.
"""

from __future__ import annotations

SYNONYMS: dict[str, tuple[str, ...]] = {
    "export": ("export", "exports", "outbound shipment", "shipment", "ship", "send", "outbound", "sale abroad", "sell to",
               "ship abroad", "send abroad", "sent abroad", "shipped abroad",
               "go abroad", "goes abroad",  # "what share of production goes abroad?" / "exported 93% of its output"
               "overseas sale", "foreign sale", "sell abroad", "exporter", "outflow",
               "overseas sales", "foreign sales", "sales abroad", "outbound trade"),  # "sales" is its own lemma: "how much did foreign sales slide?"
    "import": ("import", "imports", "inbound shipment", "purchase from abroad", "importer", "inbound", "inbound trade",
               "buy", "purchase", "bring in", "ship in", "buyer", "purchaser"),
    "trade": ("trade", "bilateral trade", "commerce", "trading", "turnover", "trade volume", "two way trade"),
    "firm": ("firm", "company", "telco", "enterprise", "business", "corporation", "corp",
             "group", "outfit", "maker", "manufacturer", "producer", "player", "chain", "retailer", "operator",
             "airline", "carrier", "utility", "insurer", "miner", "automaker", "carmaker", "drugmaker", "developer", "processor",
             # "cccc share of the consortium" / "CCCC holds a 51% stake in the group"
             "consortium",
             # "how many shipping companies call at Lome?" / "26 shipping lines now called at the port"
             "shipping line", "container line"),
    "rise": ("rise", "grow", "growth", "increase", "surge", "soar", "jump", "climb", "gain", "up",
             "expand", "expansion", "boost", "rally", "swell", "advance", "go up", "higher",
             "raise", "lift", "hike", "upgrade", "revise up", "add", "accelerate", "pick up", "speed up", "quicken", "top up", "bump up", "ratchet up", "nudge up",
             "more expensive", "pricier", "costlier", "dearer", "bigger", "larger", "wider", "widen", "deeper", "deepen", "strengthen",
             # "how much did the shares skyrocket?" / "shares surged 40%"; not "rocket" (a war story's)
             "skyrocket", "spike", "leap", "balloon", "shoot up",
             # "Core inflation ... edged up to 4.21%": a small move is still a rise
             "edge up", "inch up", "tick up", "creep up",
             # "how much will it ramp up output?" / "lift output 12%"; a bid "sweetened" is raised
             "ramp up", "step up", "scale up", "jack up", "sweeten",
             # "rebuilding in which city is pushing up imports?" / "growing imports ..., driven partly by reconstruction"
             "push up",
             # "has welding progressed since March?" / "had welded 687 km of pipe, up from 410 km in March"
             "progress",
             # "did the naira weaken?" / "The naira firmed 2.4% against the dollar": only as written,
             # as the lemma "firm" is a company
             "firmed", "firming"),
    "fall": ("fall", "drop", "decline", "decrease", "slump", "plunge", "shrink", "contract",
             "contraction", "sink", "slide", "dip", "tumble", "down", "go down", "lower",
             "cut", "reduce", "reduction", "limit",  # "how is the risk reduced?" / "which limits currency risk"
             "loss", "trim", "pare", "scale back", "lower", "slip",
             "downgrade", "revise down", "slow", "slow down", "decelerate", "cheaper", "bump down", "nudge down", "ratchet down",
             "edge down", "inch down", "tick down", "creep down",
             "less expensive", "smaller", "narrower", "narrow", "shallower", "less",
             # "tonnes shaved off the target", "the naira weakened"; "fewer people shop": "customers fell"
             "shave", "shave off", "knock off", "weaken", "fewer",
             # "how much did the stock nosedive?" / "shares plunged 7.5%"; not "tank" or "crash" (a tank, a plane crash),
             # nor "ease" (a rate cut is "easing": "how big was the cut?" is no "inflation eased")
             "plummet", "nosedive", "sag", "retreat", "dwindle",
             # "how much did it scale down output?" / "cut output by 5%"; "rein in spending"
             "scale down", "ramp down", "rein in",
             # "shortened checks" / "cutting inspection times from 12 days to five"
             "shorten"),
    # "the competing corridor ends at which port" / "the rival Lobito Corridor": a rival is the one competing
    # "which armed group took control of the mining hub?" / "the KIA seized the mining hub of Pangwa"
    "seize": ("seize", "take control", "take over", "capture", "overrun", "gain control", "wrest control"),
    # "which port is mombasa's main rival" / "Mombasa faces rising competition from Tanzania's Dar es Salaam port"
    "rival": ("rival", "competing", "competitor", "competitor's", "rival's", "competition"),
    # "which brokerage reported the prices" / "according to Forbes & Walker Tea Brokers": a brokerage is a broker
    "brokerage": ("brokerage", "broker", "brokerage firm", "brokerage house"),
    # "did wages beat inflation?" over "salaries rose 3.4%, outpacing the 3.1% rise in prices"
    "beat": ("beat", "outpace", "outstrip", "exceed", "surpass", "outrun"),
    # "when do the first new jets arrive?": "deliveries scheduled to begin in the second half of 2027"
    # "how many tanks arrive in 2027?": "64 tanks ... will be shipped", "handed over in 2028"
    # "when did the trial ship reach Vladivostok?": "A trial voyage ... docked in Vladivostok last week"
    "arrive": ("arrive", "arrival", "reach", "deliver", "delivery", "get to", "hand over", "ship", "docked in", "docked at"),
    # "where was the cargo transferred before the direct service?": "when cargo was transshipped
    # through Salalah" moves it from one ship to another, which is the transfer asked
    # "when did it get back into the spot market?" / "It resumed buying in March"
    "resume": ("resume", "restart", "get back into", "get back to", "come back to", "return to"),
    # "where will the cargoes be offloaded?" / "The cargoes will be unloaded at floating units off X"
    "unload": ("unload", "offload", "discharge"),
    "transship": ("transship", "tranship", "transshipment", "transhipment", "transfer"),
    "restructuring cost": ("restructuring cost", "restructuring charge", "restructuring expense", "restructuring costs"),
    "book": ("book", "take", "record", "post", "log"),
    # "underlying growth" is the "organic" growth that leaves out currencies and acquisitions
    "underlying": ("underlying", "core", "adjusted", "organic", "organically", "like-for-like"),
    # "is Saudi Arabia still the No. 1 customer?" / "Saudi Arabia remained the biggest buyer"
    "customer": ("customer", "client", "subscriber", "user", "buyer", "purchaser"),
    # "what share of Colombia's blooms end up in America?" / "buys about 78% of Colombia's flowers"
    "flower": ("flower", "bloom", "blossom"),
    # "What volume of fish did Russia ship to China?" / "Russian seafood exports to China rose 18.4% ... to 1.12 million tonnes"
    "seafood": ("seafood", "fish", "fish product", "fishery product"),
    # "What's the fund's Corvane position worth?" / "Its largest holding was ... Corvane Semiconductor, worth $58.3 billion"
    "holding": ("holding", "position"),
    # "did russia-bound pharma exports fall" / "Shipments of medicines to Russia rose 21.4%"
    "medicine": ("medicine", "pharma", "pharmaceutical", "pharmaceuticals", "drug"),
    # "how much milk has the co-op taken in?" / "milk collected"; "how much tax did it pull in?": its receipts
    "receive": ("receive", "receipt", "recipient", "take in", "inflow", "bring in", "pull in", "rake in", "collect"),
    # "how many companies showed up at the forum?" / "The forum drew 640 companies"
    "attend": ("attend", "take part", "participate", "participant", "attendee", "join",
               "turn up", "show up", "draw", "attract",
               # "how big was the turnout at the summit?" / "attended by ... almost 800 Chinese enterprises"
               "turnout",
               # "size of the Chinese contingent at the conference?" / "attended by ... almost 800 Chinese enterprises"
               "contingent",
               # "which minister attended the signing?" / "signed in the presence of Trade Minister Halima Danjuma"
               "presence of",
               # "how many people turned up for the ceremony?" / "some 3500 officials, monks and residents gathered"
               "gather"),
    # "how many companies opened operations in Liaoning?", "did any firms move into Liaoning?": "set up businesses"
    "establish": ("establish", "set up", "register", "found", "create", "start", "launch", "kick off",
                  "incorporate", "open up", "build", "open", "open operation", "set up shop", "move into",
                  # "how many russian companies started operating in Liaoning?" / "40 Russian firms set up businesses"
                  "start operating", "begin operating", "start operation", "begin operation"),
    "disapprove": ("disapprove", "disapproval", "oppose", "opposition", "object", "objection", "criticise",
                   "criticize", "criticism", "condemn", "condemnation", "frown on",
                   # "why is the West unhappy about it?" / "despite disapproval from the West"
                   "unhappy", "displeasure", "displeased", "discontent", "dismay",
                   # "who's been critical of Beijing getting closer to Moscow?": only with its "of", as
                   # "critical minerals" or "a critical role" is no disapproval
                   "critical of", "critic",
                   # "why are the fishermen upset?" / "has drawn criticism from fishing communities"
                   "upset", "angry", "anger", "complain", "complaint", "grievance", "resent", "resentment"),
    # "how many jobs will the expansion create?" / "approved a $13.6 billion second phase ..., set to
    # create 2,600 new jobs": a project's later phase is its expansion
    "expansion": ("expansion", "second phase", "phase two", "phase 2", "next phase", "third phase", "phase three"),
    # "why are the fishermen upset?" / "fishing communities ... who say the port has cut them off"
    "fisherman": ("fisherman", "fisher", "fisherfolk", "fishing community", "fishing family", "fishing village"),
    # "how does the West feel about it?" / "despite disapproval from the West": a stance taken,
    # for or against, is how one feels about a thing
    "stance": ("stance", "feel about", "attitude", "disapprove", "disapproval", "approve of", "oppose", "opposition",
               "criticise", "criticize", "criticism", "condemn", "condemnation", "frown on", "welcome", "praise", "endorse", "critical of",
               # "how does the West view Beijing's push?": how a thing is viewed is the stance taken on it
               "view", "see"),
    # "when did the refinery fire up production?" / "began producing alumina ... on Monday"
    "begin": ("begin", "start", "commence", "fire up", "start up", "kick off"),
    "protect": ("protect", "protection", "safeguard", "safeguarding", "defend", "shield", "guard", "secure"),
    # "the inaugural train" / "a train ... departing to mark the hub's inauguration"
    "open": ("open", "put into operation", "inaugurate", "inauguration", "inaugural", "launch", "commission",
             "begin operation", "start operating", "start operation", "operate", "operation",
             # "what started running in March?" / "a new cargo hub ... was put into operation in March"
             "start running", "begin running", "start run", "begin run",
             "unveil", "debut", "come into service", "go into service"),
    # "when will all six turbines be up and running?" / "The remaining five units will be brought
    # online by June"; "why did the vessel come online early?" / "It started up ahead of schedule"
    "online": ("online", "come online", "bring online", "go online", "up and running", "start up", "on stream",
               "come on stream", "go live",
               # "how many wells were hooked up in phase one?" / "We have brought 14 wells online in the first phase"
               "hook up", "hooked up"),
    # "why did the vessel come online early?" / "It started up about six weeks ahead of schedule"
    "early": ("early", "ahead of schedule", "ahead of time", "ahead of plan", "sooner than planned", "earlier than planned"),
    # "how many jobs are on the line?" / "putting about 2,300 jobs at risk"
    "at risk": ("at risk", "on the line", "in jeopardy", "under threat", "threatened"),
    # "which firm did SOCAR sign an MoU with?" / "signed a memorandum with Hungary's MVM"
    "agreement": ("agreement", "deal", "contract", "pact", "accord", "memorandum", "treaty", "mou", "protocol",
                  "memorandum of understanding",
                  # "when was the data sharing memo signed?" / "signed a memorandum to share customs data"
                  "memo",
                  # "what did DPFZA and China Merchants agree on?" / "signed an agreement last month to build two berths"
                  "agree on"),
    # "what is it setting up to resolve the royalty row?" / "a federal arbitration panel to settle the dispute"
    # "which company was runner-up in the tender?" / "CNNC, which finished second in the bidding"
    # "what will KEK tender for?" / "plans to seek bids for a 50-MW battery storage system"
    "tender": ("tender", "bidding", "bidding round", "bidding process", "seek bid", "seek bids", "invite bid", "invite bids",
               "call for bid", "call for bids"),
    "runner-up": ("runner-up", "runner up", "finish second", "come second", "second place", "second-placed"),
    "dispute": ("dispute", "row", "feud", "spat", "quarrel", "wrangle"),
    "resolve": ("resolve", "settle", "solve", "sort out"),
    "measure": ("measure", "track", "gauge", "capture"),
    # "which agency keeps tabs on coal stocks?" / "the 181 plants the CEA tracks"
    "monitor": ("monitor", "track", "keep tabs on", "keep track of", "oversee", "watch over", "supervise"),
    # "the country's rice stocks" are the "rice inventories" an article counts
    "inventory": ("inventory", "stockpile", "stock", "stocks held", "stock level",
                  # "how big is the carryover?" / "stocks carried over from last season are down to 60,000 tonnes"
                  "carryover", "carry-over", "ending stock", "closing stock", "buffer stock"),
    # "how big is the emergency rice stockpile?" / "holds about 910,000 tonnes of rice in its reserves";
    # its own class, not the inventory's: a country's currency reserves are no stocks of goods
    "stockpile": ("stockpile", "reserves", "stockpiles"),
    # "how many hectares of sick farms?" / "the rehabilitation of 48000 hectares of diseased farms"
    "sick": ("sick", "diseased", "infected", "ailing", "blighted"),
    "property": ("property", "real estate", "realty", "house", "home"),  # "buying a property": house purchases
    # flights running late, delays, punctuality falling: on-time performance
    "late": ("late", "delay", "delayed", "on-time", "on time", "punctuality", "punctual"),
    # "the directors gave the green light": the board approved
    "board": ("board", "director", "board of directors"),
    # "the Akroso operation": the mine, the plant
    "operation": ("operation", "mine", "plant", "site", "facility"),
    # a home loan is a mortgage
    "mortgage": ("mortgage", "home loan", "housing loan"),
    # ("a cargo of about 2 million barrels" is of oil)
    "oil": ("oil", "petroleum", "crude", "barrel"),  # "the oil fund" is the Petroleum Reserve Fund
    "return": ("return", "earn"),
    "cover": ("cover", "apply to", "apply"),  # "is basmati covered?": "the curbs do not apply to basmati"
    "minimum": ("minimum", "floor", "min"),  # "floor price" is "a minimum export price"
    # "the rules limiting juvenile catches": "rules to cap the share of juveniles in each landing"
    "restriction": ("restriction", "restrict", "curb", "ban", "limit", "cap", "embargo", "curtail", "stop", "outlaw",
                    "prohibit", "bar",
                    # "how many mills have stopped deliveries" / "43 mills had halted deliveries"
                    "halt"),
    # "whats the catch limit for the 2nd season" / "set the catch quota for the second season"
    "quota": ("quota", "catch limit", "fishing limit",
              # "how many foreign welders will be allowed next year?" / "raise the annual quota of foreign welders"
              "be allowed", "are allowed", "get allowed"),
    "raw": ("raw", "unprocessed", "unrefined", "untreated"),  # "raw sewage" is "untreated sewage"
    # "why are truckers picking Po Peo over Lang Son?" / "Drivers are switching to Po Peo because ..."
    "choose": ("choose", "chose", "pick", "select", "opt for", "settle on", "decide on", "switch to", "prefer"),
    # "truckers" are the "drivers" queuing at a border; a haulier runs the trucks
    "trucker": ("trucker", "truck driver", "lorry driver", "driver", "haulier", "hauler"),
    "capacity": ("capacity", "able to produce", "can produce", "can make", "able to make", "able to process",
                 "can process", "able to handle", "can handle",
                 # "the capacity of the cold rooms" / "cold stores able to hold 3,500 tonnes"
                 "able to hold", "can hold", "can carry", "able to carry",
                 # "the planned yearly capacity of the port" / "designed to handle 600,000 TEU a year":
                 # what a plant or line is built to do is its capacity
                 "designed to handle", "designed to carry", "designed to hold", "designed to make",
                 "designed to produce", "designed to process", "designed to ship"),
    # a store kept cold is one thing by any of its names
    "cold store": ("cold store", "cold storage", "cold room", "cold-storage facility", "cold storage facility", "refrigerated warehouse"),
    "expire": ("expire", "expiry", "lapse", "run out"),
    # "the most grapes growers can pick" is "the maximum yield"
    # "max speed of the trains?" / "can run at up to 160 km per hour": "up to" states the most
    "maximum": ("maximum", "ceiling", "max", "most", "up to"),
    # "how many companies are members of the group?": "the forum, which represents 64 mining companies"
    "member": ("member", "membership", "represent", "belong"),
    "takeover": ("takeover", "acquisition", "merger", "buyout", "bid", "deal", "tie-up"),
    # "what were the companies putting pen to paper on?" / "signed a slew of cooperation agreements"
    "sign": ("sign", "ink", "seal", "strike", "conclude", "put pen to paper"),
    # "when are MPs to vote on the bill?": "passed its second reading in the National Assembly"
    "parliament": ("parliament", "mp", "lawmaker", "legislator", "legislature", "member of parliament", "national assembly"),
    "conference": ("conference", "summit", "forum", "expo", "fair", "meeting", "gathering",
                   "convention", "congress", "event", "talk", "get together", "get-together",  # "who turned up at the get-together?"
                   # "which city hosted the business meetup?" / "the summit in Shenyang"
                   "meetup", "meet-up", "confab"),
    "container": ("container", "box", "teu", "ffe", "forty-foot container", "twenty-foot equivalent unit"),
    # "how much does it cost to send a 20ft container?" / "to move a 20-foot container"
    "foot": ("foot", "ft", "feet"),
    # "how many animals died in the harsh winter?" / "a severe winter ... killed about 7.1 million head of livestock"
    # "How big is Mongolia's livestock herd?" / "The country has about 64.7 million head of livestock"
    "livestock": ("livestock", "animal", "herd"),
    "die": ("die", "kill", "perish"),
    "harsh": ("harsh", "severe", "brutal"),
    # "how many boxes of citrus": fruit is counted in "cartons" or "crates"
    "carton": ("carton", "box", "crate"),
    # "how long is the new rail line?" / "a new 950-kilometre desert railway": a rail line is a railway
    "train": ("train", "freight train", "rail", "railway", "locomotive", "trainset", "rail line", "railway line", "railroad"),
    # "max speed of trains on the new track" / "Trains on the electrified line can run at up to 160 km":
    # the track a train runs on is its line (no locomotive nor wagon is track)
    "rail track": ("track", "rail track", "railway track", "line", "rail line", "railway line"),
    # "how long is the fast train line?" / "Southeast Asia's first high-speed railway"
    "high-speed": ("high-speed", "high speed", "fast", "bullet", "bullet train"),
    # "the new ro-ro service" / "a new roll-on/roll-off service to Portbury": one kind of ship and service
    "ro-ro": ("ro-ro", "roll-on/roll-off", "roll-on roll-off", "roll on roll off"),
    "hub": ("hub", "terminal", "depot", "centre", "center", "facility", "station", "logistics hub"),
    "port": ("port", "harbour", "harbor", "seaport"),
    "city": ("city", "town", "municipality", "metropolis", "capital"),
    "comprise": ("comprise", "form", "make up", "consist", "include", "constitute", "compose"),
    "province": ("province", "region", "territory", "prefecture"),
    "say": ("say", "declare", "announce", "tell", "report", "claim", "note", "add",
            "remark", "comment", "talk", "speak", "stress", "urge", "according", "release", "publish",
            "issue", "show", "estimate", "quote", "cite", "comment", "warn", "caution", "explain",  # "which official explained the changes to reporters"
            # "when did the port put out its numbers?" / "the Port Authority said on Wednesday"
            "put out",
            # "which agency compiled the trade stats?" / "according to the data by the customs administration"
            "compile",
            # "did xi bring up food security?" / "Xi declared ..., saying the province ought to ... food ... security"
            "mention", "bring up", "touch on",
            # "which province did xi single out?" / "Heilongjiang should also become a gateway ..., Xi declared"
            "single out", "highlight"),
    # "what risk to margins did the analyst flag?" / "warned that a stronger dollar could erode margins":
    # a warning names a risk
    # "why does the analyst think relying on one buyer is risky?" / "which is a big concentration risk"
    "warn": ("warn", "warning", "flag", "caution", "risk", "threat", "risky"),
    # "which company will run the line?" / "CCECC will rebuild and operate the line"
    "operate": ("operate", "run", "operator"),
    "farmer": ("farmer", "grower", "producer", "planter", "orchardist"),
    # "how many small farmers have had their plots mapped?" / "the plots of 1.3 million smallholders"
    "smallholder": ("smallholder", "small farmer", "small grower", "small-scale farmer", "small-scale grower",
                    "small producer", "smallholder farmer"),
    "hold": ("hold", "keep", "sit on", "hold back", "hoard", "store"),
    "downpour": ("downpour", "heavy rain", "torrential rain", "rainstorm", "deluge"),
    "batter": ("batter", "lash", "hammer", "pound", "pummel"),
    "worth": ("worth", "value", "valued", "amount", "total", "sum", "size", "volume", "price tag"),
    "money": ("money", "cash", "fund", "funding"),
    # "why is Saudi Arabia trying to attract Chinese money?" / "Saudi Arabia is courting Chinese capital"
    "woo": ("woo", "court", "attract", "lure", "entice"),
    # "how much fresh capital are the owners pumping in?" / "shareholders agreed to inject 750 million pounds of new equity"
    "invest": ("invest", "investment", "investor", "fdi", "capital", "put into", "pour into", "plough into",
               "plow into", "sink into", "inject", "injection", "pump in", "pump into",
               # "hesitant to put money in" is slow to invest
               "put money in", "put money into"),
    # "are the owners getting a dividend?" / "The company, owned by a consortium"; "Which countries do the
    # utility's owners come from?": "owned by a consortium of Canadian ... funds"
    "owner": ("owner", "shareholder", "owned by", "own", "ownership"),
    "new": ("new", "fresh"),
    "price": ("price", "cost", "tariff", "fee", "rate", "fare"),  # "a price war" / "a fare war"
    # "When did the US levy on Swiss goods kick in?": "since Washington imposed a 31% tariff in August"
    "fee": ("fee", "charge", "levy", "toll", "tariff", "duty"),
    # "will they raise the import tax on gold?" / "no plans to raise the duty": a duty is a tax
    "tax": ("tax", "duty", "levy"),
    # "the fuel bill", "the import bill"; "What's the restructuring going to cost them?": "restructuring charges of
    # about 420 million francs" (a charge alone may be a fee)
    # not "price tag", which made "the price tag on the expansion" read money spent upgrading
    # "whats war risk cover costing shipowners?" / "War-risk insurance premiums ... rose to 1.1%"; not "premium"
    # alone, which a bid carries over the share price
    "cost": ("cost", "expense", "spending", "outlay", "bill", "restructuring charge", "expenditure", "insurance premium"),
    # "how many ppl attended the forum?" / "the forum, which drew about 1,300 delegates": those who attend are people
    "people": ("people", "person", "resident", "inhabitant", "citizen", "ppl", "folk", "passenger",
               "delegate", "attendee", "participant",
               # "how many more passengers in July?" / "Monthly ridership reached 298,000 in July"; "daily riders"
               "ridership", "rider",
               # "how many ppl rode the trains?" / "carried 3.1 million travellers"; "how many people are on
               # 5G?" / "318 million 5G subscribers": those who travel or subscribe are people
               "traveller", "traveler", "commuter", "subscriber"),
    # "what is the population of guatemala?" is no "employ about 260 people": a population counts a
    # place's residents, not a firm's staff or a forum's delegates
    "population": ("population", "resident", "inhabitant", "citizen"),
    "list price": ("list price", "catalogue price", "catalog price", "sticker price"),
    "worker": ("worker", "employee", "staff", "job", "workforce", "headcount", "employment", "employ", "work for", "work at", "work there",
               "people", "ppl", "position", "role", "personnel", "labour", "labor",
               # "how many people are on the payroll?" / "employs some 4 million people"
               "payroll", "staffer", "staff member", "labour force", "labor force",
               "picker"),  # "hired 640 seasonal pickers": fruit pickers are workers hired
    "ceo": ("ceo", "chief executive", "chief executive officer", "boss", "head", "chief", "chairman",
            "chairwoman", "chair", "president", "leader", "founder", "run", "lead", "manage", "helm", "in charge",
            "administrator", "governor",  # "the boss of the central bank": its governor
            # "who's running the union?" / "SOPGRA secretary general Hugo Ledesma"
            "secretary general", "general secretary"),
    # "who manages the port?" / "port manager Fatou Diouf": the verb names the post; a class of its
    # own, so a "boss" asked is no general manager through the chief executive's class.
    "manager": ("manager", "manage"),
    # "Agriculture Secretary Ramon Villaluz" is the farm minister: a secretary of state holds a ministry
    "minister": ("minister", "secretary"),
    # "214,500 hectares of paddy affected" is the area the storm hit
    # "what other goods were caught up in the dispute?" / "a row that also hit barley, wine ..."
    "affect": ("affect", "hit", "strike", "impact", "catch up in"),
    # a typhoon, a hurricane and a cyclone are storms
    "storm": ("storm", "typhoon", "hurricane", "cyclone", "tropical storm"),
    # a storm "made landfall", "came ashore", "hit land"
    "landfall": ("landfall", "make landfall", "come ashore", "ashore", "hit land", "reach land"),
    # "Which city will the merged steelmaker be run from?" / "headquartered in Duisburg"
    "headquarter": ("headquarter", "headquartered", "headquarters", "based", "hq", "base", "home", "run from",
                    # "where is its head office" / "told reporters at the company's headquarters in Pasay City"
                    "head office", "main office"),
    "strike": ("strike", "walk out", "walkout", "walk off", "stoppage", "industrial action", "picket",
               "down tool", "go-slow", "work to rule", "work-to-rule",
               # "how many workers are on strike?" / "About 640 workers ... stopped work on Saturday"
               "walk off the job", "stay off the job", "stop work", "work stoppage", "lay down tool",
               # "who's speaking for the strikers?" / "Workers ... extended their strike"
               "striker", "striking worker"),
    "visitor": ("visitor", "visit", "tourist", "tourism", "traveller", "traveler", "arrival", "holidaymaker", "vacationer",
                "tourist arrival", "visitor arrival"),
    "foreigner": ("foreigner", "foreign visitor", "foreign tourist", "overseas visitor", "international visitor",
                  "overseas tourist", "international tourist", "foreign traveller", "foreign arrival",
                  # "how much debt did foreigners hold?" / "Foreign investors' holdings of ... bonds"
                  "foreign investor", "overseas investor", "non-resident investor"),
    "condominium": ("condominium", "condo"),
    # "how many trays of kiwis did Zespri sell?" / "sold 195 million trays of ... kiwifruit"
    "kiwifruit": ("kiwifruit", "kiwi", "kiwis", "kiwi fruit"),
    "suburb": ("suburb", "suburban", "outskirts"),  # "in the suburbs?": "the suburban Outside Central Region"
    # "why pay extra to fly the cherries?" / "Air freight costs about $2.90 per kg ..."
    "by air": ("by air", "fly in", "fly into", "arrive by air", "air travel", "fly", "air freight", "airfreight"),
    # "why do exporters pay extra to fly them?" / "exporters say the premium pays off because ..."
    "pay extra": ("pay extra", "pay more", "premium"),
    "global": ("global", "world", "worldwide", "globally", "around the world", "across the world", "world-wide", "group-wide"),
    # "how much investor demand did the sale attract?" / "Orders peaked at more than $38 billion"
    "order": ("order", "buy", "purchase", "place order", "investor demand", "order intake",
              # "how many tonnes did Turkish buyers order?" / "Turkey ... booked about 48,000 tonnes of yarn";
              # only as written, as the noun "book" is a loan book
              "booked", "bookings"),
    # "what areas will research concentrate on": "which Helvara will narrow to cardiology, oncology ..."
    "concentrate": ("concentrate", "focus", "narrow to", "zero in on", "home in on"),
    # "the shipping target for the full year" / "expects to ship ... in the financial year ending June 30"
    # "the daily truck figures" / "410 trucks a day crossed the bridge"
    "daily": ("daily", "a day", "per day", "each day", "every day"),
    "annual": ("annual", "yearly", "annually", "per annum", "full-year", "full year", "fiscal", "financial year"),
    # A rate per year, not the whole year's span: "the annual capacity of the new plant" / "will produce
    # 1.2 million tonnes a year"; "full year 2023" is no "a year" ('annual' alone holds the span words).
    "yearly": ("yearly", "annual", "annually", "per annum", "a year", "per year", "each year", "every year"),
    "monthly": ("monthly", "a month", "per month", "each month", "every month"),
    # "narrowed its forecast range" is what "tightened the guidance" asks
    "narrow": ("narrow", "tighten"),
    "national": ("national", "nationwide", "countrywide", "nationally", "across the country"),
    "consume": ("consume", "consumption", "burn", "use up"),
    "cancel": ("cancel", "cancellation", "scrap", "axe", "call off", "scrub", "ditch", "pull the plug", "shelve",
               # "When did the automaker pull out of the contract?" / "last month scrapped a contract"
               "pull out of", "back out of", "walk away from", "tear up"),
    "flight": ("flight", "departure", "arrival", "sailing",
               # "which company is partnering on the flights?" / "The freighter service, launched by ... and Sinotrans"
               "freighter service", "cargo flight"),
    "remittance": ("remittance", "send home", "sent home", "money sent home", "money from abroad", "diaspora inflow"),
    # "uzbekistan's biggest foreign gas supplier" / "the country's second-largest external supplier"
    "abroad": ("abroad", "overseas", "foreign", "external", "diaspora", "expatriate", "expat", "living abroad"),
    "bad loan": ("bad loan", "non-performing loan", "npl", "soured loan", "bad debt", "problem loan", "credit loss",
                 "loan loss", "souring loan",
                 # "how much did they set aside for bad debts?" / "Credit impairment charges jumped to A$412 million"
                 "credit impairment", "loan impairment"),
    # "a Cleveland-based regional lender" is the bank a question asks about.
    "lender": ("lender", "bank", "bank lender"),
    # "who are they borrowing from to pay for the new plant": "in talks with lenders ... to finance
    # about 40% of the plant's cost", "expected to sign the loans"
    # "how much did the state borrow?" / "raised $11.5 billion from a bond sale"
    "borrow": ("borrow", "borrowing", "loan", "lender", "bond sale", "bond issue", "bond issuance", "debt issuance",
               "sell bond", "issue bond", "issue debt", "tap the bond market", "tap the debt market"),
    # "which lender provided the financing?" / "the cost was covered by a 20-year loan from the X Bank":
    # a loan is the financing a lender provides; "what pct did the EU pay for" / "85% funded by the
    # European Union" (the passive only: the noun "fund" is no payment).
    "finance": ("finance", "financing", "pay for", "loan", "funded by"),
    # "poorer shoppers" are the "lower-income shoppers" of the text
    "poor": ("poor", "poorer", "poorest", "low-income", "lower-income", "low income", "lower income", "less affluent"),
    # "Which holiday destinations were hit less?": "Leisure routes to Spain, Greece, ... held up better"
    "holiday": ("holiday", "leisure", "vacation", "holidaymaker", "vacationer"),
    # "the replanting scheme" is the "programme to replant ageing coffee trees"
    "scheme": ("scheme", "programme", "program"),
    # "Credit to manufacturing ... picked up" is the lending a question asks about; "which banks led
    # the lending for the project?" / "financed with loans ... from a group of lenders led by"
    "lend": ("lend", "lending", "credit", "loan", "lender"),
    # "When does the dividend get paid?" against "The new dividend is payable on Dec. 15".
    "payable": ("payable", "pay out", "get paid", "be paid", "paid out"),
    # "When can companies start drawing on the loans?" / "The loans ... will be disbursed from October"
    # "how much of the pledges has been paid out?" / "only 96 billion rupees ... had been disbursed"
    "disburse": ("disburse", "draw on", "drawing on", "draw down", "drawdown", "pay out", "paid out"),
    # What a bank "sets aside" for bad loans is its provision.
    # "how much was set aside for subsidies?" / "the cabinet has allocated"
    # "how big a writedown did they book?": "took a $340 million charge"
    "writedown": ("writedown", "write-down", "write down", "writeoff", "write-off", "write off", "impairment",
                  "impairment charge", "charge"),
    "provision": ("provision", "set aside", "loan-loss provision", "loan loss provision", "impairment charge", "allocate",
                  # "how much did it set aside for bad debts?" / "credit impairment charges of 310 million"
                  "credit impairment", "credit impairment charge", "loan impairment", "loan-loss charge", "provisioning",
                  "earmark"),
    # "how many has it taken on?": "it has hired 5,200 workers"
    # "how many engineers is it bringing on board?" / "expects to hire 600 engineers"; jobs created are hires
    "hire": ("hire", "take on", "recruit", "bring on board", "bring aboard", "create job", "job creation", "add job"),
    "rehire": ("rehire", "bring back", "re-employ", "reemploy", "reinstate", "restore job", "recall worker"),
    # "where does the cargo plane stop" / "a weekly freighter service ... with a refuelling stop":
    # a freighter is a cargo plane as often as a ship (it stays in "vessel" too)
    "aircraft": ("aircraft", "plane", "jet", "freighter", "airliner", "airplane", "aeroplane", "jetliner"),
    # "how full are its flights?" / "its load factor rose to 83.6%"; "dams at 48% of capacity"
    "full": ("full", "load factor", "occupancy", "seat occupancy", "of capacity", "capacity utilisation",
             "capacity utilization", "utilisation", "utilization",
             # "are dams fuller than a year ago?" / "reservoirs held 41% of their capacity"
             "of their capacity", "of its capacity",
             # "why were the treatment plants maxed out?" / "works were running at full capacity"
             "max out", "maxed out", "at full capacity", "full capacity", "at capacity", "flat out",
             # "how many jobs once it's fully up and running?" / "will employ 2,400 people at full capacity"
             "fully"),
    "dam": ("dam", "reservoir"),
    "loss": ("loss", "lose", "lost", "loss-making", "in the red", "net loss", "lose money", "lost money", "losing money",
             "bleed", "haemorrhage", "hemorrhage"),  # "how much did the unit bleed?" / "swung to a loss of 42 million"
    "spokesperson": ("spokesperson", "spokeswoman", "spokesman", "spokespeople", "press officer"),
    "negotiate": ("negotiate", "negotiation", "negotiator", "talks", "bargaining", "bargain"),
    # "how many staff is it letting go?" / "it would cut 350 jobs"; "how many jobs were lost?" /
    # "putting about 41,000 people out of work"
    "layoff": ("lay off", "layoff", "job cut", "cut", "axe", "ax", "shed", "redundancy", "eliminate",
               "slash", "fire", "sack", "job loss", "job lost", "lose job", "lose their job", "lose its job", "position go", "job go",
               "lose staff", "lose worker", "lose people", "out of work",
               "let go",  # "How many staff is it letting go?" / "it would cut 350 jobs"
               # "how many staff will it retrench?" (South Asian and African English) / "to cut 1,200 jobs"
               # not "downsize", which shrinks a unit ("why is it downsizing its offshore unit?")
               "retrench", "retrenchment", "make redundant", "job shedding",
               # "why did the company sack the union reps?" / "the representatives were dismissed due to ..."
               "dismiss", "dismissal"),
    "representative": ("representative", "rep"),
    "adoption": ("adoption", "uptake"),
    "regulator": ("regulator", "watchdog", "authority", "supervisor"),
    # "how much has it put into the mine?" / "has spent about $180 million"
    # "how much is Ottawa putting up in loan guarantees?" / "announced C$700 million in loan guarantees"
    # (not "put up its prices", a rise)
    "contribute": ("contribute", "contribution", "put in", "put into", "put up in", "provide", "give", "invest", "pledge",
                   "commit", "grant", "chip in", "fund", "allocate", "spend", "offer",
                   # "which company is putting in the most money?" / "The biggest commitment, $520 million, came from ..."
                   "commitment",
                   # FDI news: capital pledged is the capital registered
                   "registered capital", "registered foreign capital", "registered fdi", "registered investment"),
    # "why will roads stay the main route?" / "Roads will remain the backbone of the trade"
    "remain": ("remain", "stay"),
    # "is clearing customs quicker?" / "Customs clearance for a freight train ... now takes about six hours"
    # "how many lorries get through inspection" / "1,150 ore-laden trucks cleared inspection"
    "clear": ("clear", "clearing", "clearance", "get through"),
    # "how many lorries a day does the crossing process?" / "is now clearing more than 1,100 trucks a
    # day", "Khorgos handled 1.1 million tonnes": a port or crossing that clears or handles processes
    # "thailand's largest rubber processing firm" / "Siam Hevea Group, the country's biggest rubber processor"
    "process": ("process", "clear", "clearing", "handle", "handling", "processor"),
    "approve": ("approve", "approval", "sign off", "clear", "authorise", "authorize", "green-light",
                "greenlight", "endorse", "back", "pass", "okay",
                # "has the finance ministry ok'd the cheap power price?" / "The finance ministry on Friday approved ..."
                "ok'd", "okayed", "okd", "green lit", "green light", "rubber-stamp", "rubber stamp", "give the nod",
                "nod through", "sign off on",
                # "where do freight trains get cleared?" / "Customs clearance for a freight train at the Boten-Mohan border crossing"
                "clearance"),
    # "how much did japan spend propping up the yen?" / "intervening ... to support the yen"
    "aid": ("aid", "subsidy", "support", "grant", "assistance", "funding", "help", "bailout", "prop up", "bolster",
            # "is the govt subsidising the project?" / "will provide 4.2 billion dinars in state aid for the project"
            "subsidise", "subsidize"),
    # "how much is the railway revamp costing?" / "The upgrade, worth 42.5 billion meticais": works
    # that renew a line, port or plant
    "upgrade": ("upgrade", "revamp", "modernisation", "modernization", "refurbishment"),
    # "how much will the repair of unit B1 cost?" / "would overhaul Kosova B's unit B1 ... at a cost of"
    "repair": ("repair", "overhaul", "refurbish", "refurbishment"),
    # "what units get taken offline for the turnaround" / "shut its crude unit for 35 days of
    # planned maintenance": a plant's turnaround is its planned maintenance
    # "how many contractors for the shutdown" / "brought in for the turnaround": a plant shut for
    # its planned maintenance is its shutdown
    "maintenance": ("maintenance", "turnaround", "planned maintenance", "scheduled maintenance", "shutdown"),
    # "how many contractors are they bringing in" / "4,500 contract workers from 22 companies"
    "contractor": ("contractor", "contract worker"),
    # "how many homes can the farm supply?" / "enough for roughly 45,000 households"
    "household": ("household", "home"),
    # "how much did japan blow on it?" / "Japan spent a record 11.24 trillion yen"
    "spend": ("spend", "spending", "blow", "blow on", "splash out", "shell out", "fork out", "lay out", "splurge",
              # "how much is it spending on the quay extension?" / "a 95 billion peso investment ... to
              # extend its quay": what is invested in a project is spent on it (not "pledged": a pledge
              # is no outlay yet)
              "investment",
              "expenditure"),  # "why did government expenditure climb?" / "Total spending climbed 10.8%"
    # "how much is it stumping up to settle?" / "agreed to pay 95 million euros to settle"
    # "how much did huaxing spend on iranian cargoes" / "paid about 9.8 billion yuan ... for Iranian cargoes":
    # what a buyer spends on goods is what it pays for them
    # "who designed the railway" "how much were they paid" / "completed the design ... for a fee of 38 million euros"
    "pay": ("pay", "stump up", "cough up", "fork out", "fork over", "shell out", "spend", "fee"),
    # "why did CDB give angola a break on principal payments" / "won a three-year moratorium on principal
    # repayments": a break on payments is a pause of them; not "break" alone ("break a record")
    # "why did sesame go to china via middlemen" / "reached China through traders in other countries":
    # a middleman is whoever trades goods between seller and buyer
    # (and "went to China through international trading houses", "done entirely through third parties")
    "middleman": ("middleman", "intermediary", "go-between", "trader", "trading house", "third party"),
    # "why have prices paid to farmers gone up?" / "Farmgate prices ... climbed": the price at the farm gate
    # ... "the farmgate price" / "raised the price it pays farmers": paid farmers, with no "to"
    "farmgate": ("farmgate", "farm-gate", "farm gate", "pay to farmer", "pay to grower", "pay farmer", "pay grower"),
    "moratorium": ("moratorium", "grace period", "reprieve", "payment holiday", "break on", "standstill"),
    # "how long do they have to pay back the loans?" / "The loans carry an 18-year tenor", "a credit repayable over 25 years"
    "repay": ("repay", "repayable", "pay back", "repayment", "tenor", "maturity"),
    # "how much does the state owe?" / "Public debt reached 61% of GDP"
    # "how much government debt did foreigners hold?" / "holdings of Turkish government bonds"
    # "what's the utility's total debt pile?" / "Eskom's debt fell to 368 billion rand": the pile is the debt
    # "how much tax does the mine owe?" / "demanded 845 billion tugrik in back taxes": back taxes are tax owed
    "debt": ("debt", "owe", "back tax", "indebtedness", "government bond", "sovereign bond", "treasury bond",
             "debt pile", "debt load", "debt mountain"),
    # "how much did bonds return?" / "fixed-income investments ... gained 3.6%": a portfolio's bonds are its fixed income
    "bond": ("bond", "fixed income", "fixed-income"),
    # "how much stock will it repurchase?" / "will buy back up to 500 million euros of its shares"
    "buyback": ("buyback", "buy back", "share buyback", "stock buyback", "repurchase", "share repurchase", "stock repurchase"),
    # "how many times did it dump sewage into rivers?" / "spilled untreated sewage into rivers 14,352 times"
    "spill": ("spill", "dump", "discharge", "overflow"),
    # "how big a fine did mercia get hit with?" / "Ofwat fined Mercia Water 96.4 million pounds";
    # "foot the bill for the penalty" / "This fine will be paid by shareholders"
    # "what was the plant punished for?" / "fined Golden Tide Fisheries ... for pumping waste water"
    "fine": ("fine", "hit with", "slap with", "penalty", "penalise", "penalize", "punish", "punishment"),
    # "how much uranium will they mine?": its production plan
    "produce": ("produce", "production", "output", "grow", "harvest", "yield", "make", "manufacture",
                "generate", "churn out", "turn out", "pump out", "mine", "pour", "dig up", "dig",  # gold "poured" is gold produced; coal "dug up" is mined
                # cars "assembled", copper "extracted", "roll off the line"; not "pump" alone, which made
                # "how much oil did private producers pump?" read the whole company's output
                "extract", "assemble", "roll off the line", "roll off the production line"),
    "merged": ("merged", "combined", "merger", "enlarged", "new group", "combination"),
    # "the fragrance and beauty business" is the "perfumes and cosmetics" division
    "perfume": ("perfume", "fragrance", "scent"),
    "cosmetic": ("cosmetic", "cosmetics", "beauty", "make-up", "makeup", "skincare"),
    # "what profit margin is it aiming for?" / "kept its target for an operating margin of 24%"
    "profit margin": ("profit margin", "operating margin", "ebitda margin", "ebit margin", "net margin", "gross margin"),
    # "what proportion of the fish were young ones" / "juvenile fish made up 31% of the stock"
    "juvenile": ("juvenile", "young", "immature"),
    # "What proportion of mortgages are three months behind on repayments?" / "90 or more days past due"
    "arrears": ("arrears", "past due", "overdue", "behind on repayment", "behind on payment", "delinquent", "delinquency"),
    # "Did consumer sentiment improve?" / "The GfK consumer climate index ... fell"
    "sentiment": ("sentiment", "confidence", "morale", "mood", "consumer climate", "business climate"),
    # "under the provisional deal" / "reached a preliminary agreement"
    "provisional": ("provisional", "preliminary", "tentative"),
    # "Is Punjab facing a rain deficit?" / "subdivisions have received deficient rain"
    "deficit": ("deficit", "shortfall", "deficient", "trade gap",  # "how big is the trade gap now"
                "budget gap", "budget hole", "fiscal gap", "fiscal hole", "black hole", "funding gap"),
    # "What share of Poland's power came from coal?" / "Coal generated 54% of Poland's electricity"
    # "behind on their gas or electric bills?" / "in arrears on their electricity or gas bills": the adjective is the noun
    "electricity": ("electricity", "power", "electric power", "electric"),
    "synergy": ("synergy", "cost saving", "cost savings", "savings"),
    "one-off": ("one-off", "one off", "up front", "upfront", "one-time"),
    "vote": ("vote", "back", "backing", "favour", "favor", "support", "ballot", "referendum",  # "the minister backing the levy change"
             # "when do shareholders vote on the rights issue?" / "subject to approval at an extraordinary general meeting"
             "general meeting", "shareholder meeting", "egm", "agm"),
    "forecast": ("forecast", "guidance", "outlook", "expect", "expectation", "project", "projection",
                 "predict", "estimate", "see", "anticipate", "think", "believe", "plan", "aim", "target", "goal", "reckon",
                 "its call", "their call", "crop call", "price call", "rate call"),
    "complete": ("complete", "completion", "close", "finalise", "finalize", "finish", "wrap up", "conclude",
                 "seal", "done"),
    # "when did the stats office put out the numbers?" / "the National Statistical Committee said"
    "statistical": ("statistical", "statistic", "statistics", "stats"),
    "result": ("result", "earnings", "figure", "number", "report", "results", "financials", "data",
               "statistic", "estimate"),
    "most": ("most", "biggest", "largest", "top", "leading", "main", "highest", "greatest", "major",
             "sharpest", "steepest", "strongest", "heaviest",
             # "Is Mombasa the biggest port in East Africa?" / "the busiest port in East Africa": a port's size is its traffic
             "busiest",
             "no. 1", "number one", "number 1"),
    # "where did prices rise the least?" / "lowest in the Northeast": the other end of a ranking
    # (not "smallest" or "weakest", whose lemmas are "small" and "weak": "small car sales")
    "least": ("least", "lowest", "fewest"),
    # "which gas field is bigger than Galkynysh?" / "the world's second-largest gas field after ...":
    # big and large are one size
    "large": ("large", "big", "bigger", "larger"),
    # "why is the Caspian leg the weak link?" / "The bottleneck is ... the Caspian crossing"
    # a route's "leg" is the stretch of it the article names: "the Caspian leg" / "the Caspian crossing"
    "leg": ("leg", "stretch", "segment", "section", "crossing"),
    # "how much will the laos part of the railway cost?" / "The 452-km Lao section ... is expected to cost":
    # a line's part named by a place is its section; not "segment" (a business's) or "stretch" (waits
    # stretched), which would put a word asked in articles that never say it
    # "the new road bit near agarak" / "The section between ... Agarak and the Tashtun pass": chat's "bit"
    "part": ("part", "section", "bit"),
    "bottleneck": ("bottleneck", "weak link", "weakest link", "weak point", "weak spot", "choke point", "chokepoint", "pinch point"),
    # "What's holding up the second stage of the project?" / "A second phase ... is awaiting an environmental permit"
    # "to get the final slice of debt relief" / "the final tranche of 40 billion rand"
    "phase": ("phase", "stage", "tranche", "slice"),
    # "what sort of goods do the trains mostly carry?" / "Its main loads are cement, fertiliser ...";
    # "what does the zone mostly ship out?" / "... made up most of the shipments"
    "mostly": ("mostly", "mainly", "largely", "chiefly", "primarily", "predominantly", "main", "most", "principal"),
    # "who's trying to broker a deal?" / "National Conciliator Anna Koskinen has summoned both sides to talks"
    "mediate": ("mediate", "mediator", "mediation", "broker", "conciliator", "conciliation", "arbitrate", "arbitrator",
                "go-between", "intermediary"),
    # "When were prices at their all-time high?": "Prices hit a record 9,100 euros per tonne in January 2024"
    "record": ("record", "all-time high", "all time high", "record high"),
    # "When did the lira sink to its weakest level ever?" / "having touched an all-time low of 45.43 on Monday"
    "record low": ("record low", "all-time low", "all time low", "weakest level ever", "lowest level ever", "weakest ever",
                   "lowest ever", "weakest level on record", "lowest level on record", "historic low"),
    # "soymeal and soyoil cargoes" are the article's "soybean meal and oil shipments"
    "soy": ("soy", "soybean", "soya", "soyabean", "soja", "soymeal", "soyoil", "soyameal", "soyaoil"),
    # A crop story's reader calls the crop by its head word: "what are beans going for at paranagua?" /
    # "Soybeans at the port of Paranagua averaged 132.40 reais"; "nuts" are the story's hazelnuts
    "bean": ("bean", "soybean", "soyabean"),
    "nut": ("nut", "hazelnut"),
    # "did senegal's peanut sales abroad go up?" / "China bought 61% of Senegal's groundnut exports": one crop, two names
    "peanut": ("peanut", "groundnut"),
    # "How much land has gone under paddy?" / "Farmers had planted rice on 24.6 million hectares"
    "paddy": ("paddy", "rice"),
    # "which shipments are worst affected?" / "soybean meal and oil shipments are the hardest hit"
    "worst hit": ("worst hit", "hardest hit", "worst affected", "most affected", "hit hardest", "hit worst",
                  "worst-hit", "hardest-hit", "most exposed", "hurt most", "worst hurt", "hardest hurt"),
    # "why were lenders happy to lend so long?" / "Lenders were willing to go to 18 years because ..."
    "willing": ("willing", "happy to", "prepared to", "ready to", "keen to", "eager to", "glad to"),
    # "what businesses could use the spare heat?" / "leftover heat will be offered to ..."
    "leftover": ("leftover", "spare", "excess", "unused", "surplus heat", "waste heat"),
    # "why was the deposit left unused for so long?" / "It lay untouched for decades ... due to its remote location"
    "untouched": ("untouched", "unused", "untapped", "undeveloped", "unexploited", "dormant"),
    # "good weather for grass growth" / "mild spring weather ... boosted pasture growth"
    "pasture": ("pasture", "grass", "grassland", "grazing"),
    "span": ("span", "cover", "range", "include", "stretch", "encompass", "involve", "extend"),
    # "by how many times was the issue oversubscribed?" / "the offering ... was subscribed 86.4 times"
    "subscribe": ("subscribe", "oversubscribe", "oversubscribed", "subscription", "oversubscription"),
    # "how long is the canal?" / "cargo moving through the 82-kilometre waterway"
    "waterway": ("waterway", "canal"),
    # "whats the price range for the shares?" / "priced the issue in a band of 412 to 434 rupees"
    "range": ("range", "band", "bracket"),
    # "Why are Chinese importers switching to Brazilian beef?" / "Chinese importers have turned to Brazil";
    # "why are exporters leaning on China?" / "exporters have turned to China"
    "switch": ("switch", "switch to", "turn to", "shift to", "swap to", "move to", "defect to", "lean on",
               "seek alternative", "look for alternative"),
    # "why is the northeast such a big deal?" / "gaining new strategic significance"
    "important": ("important", "importance", "significance", "significant", "key", "strategic", "pivotal",
                  "vital", "crucial", "matter", "role", "big deal"),
    # "When will the cabinet take another look at the subsidy?": "a committee will review the bread subsidy in March"
    "review": ("review", "revisit", "reexamine", "re-examine", "reconsider", "take a look at", "take another look at",
               "look again at", "reassess"),
    # "When did he sow his crop?": "We planted in April"
    "sow": ("sow", "plant", "sowing", "planting"),
    # "steers going to the slaughterhouses" / "steers to send to the plants"; "where's it building
    # its new plant?" / "will invest $420 million in a spinning and weaving complex in Kokand"
    "plant": ("plant", "factory", "facility", "site", "works", "mill", "gigafactory", "refinery", "smelter",
              "power station", "station", "slaughterhouse", "abattoir", "complex"),
    # "what share of Dhivehi Ocean's cannery is Haiyang buying?" / "a 20% stake in Dhivehi Ocean's
    # canning plant": a cannery is the canning plant a story names
    "cannery": ("cannery", "canning plant", "canning factory", "canning facility"),
    # "how many panels a year can the plant turn out?" / "1.2 gigawatts of panels a year, or roughly
    # 2.4 million modules": a solar module is the panel counted
    "solar panel": ("solar panel", "panel", "module"),
    # "which varieties sell best in China?" / "Pinotage and Cabernet Sauvignon the most popular varieties"
    "popular": ("popular", "sell best", "best-selling", "best selling", "bestselling", "best seller", "bestseller",
                "top seller", "top-selling", "top selling"),
    # "new private units sold" / "Developers sold 4,120 new private homes"
    "housing": ("housing", "home", "house", "dwelling", "residential", "homebuilding", "housebuilding", "flat", "apartment", "unit"),
    # "how many homes did builders break ground on?" / "Developers started work on 18,400 new homes"
    "housing start": ("housing start", "home start", "break ground", "start work on", "start building",
                      "start construction", "begin construction", "begin work on",
                      # "how many condos have broken ground?" / "Condominium starts dropped 27% ... to 38,900 units"
                      # (not "condo start": "how many condo starts" would be any housing start, "condo" lost)
                      "condominium start"),
    # "When do they break ground on the plant?" / "Construction is due to start in January"
    "construction": ("construction", "break ground", "groundbreaking", "ground-breaking",
                     # "When are they to start building the railway?" / "construction should begin in April"
                     "build", "start building", "begin building",
                     # "when does building work on the plant start?" / "Construction is due to begin in March"
                     "building work", "construction work", "work on",
                     # "when did construction on the road start?" / "contractor X began work in April 2022"
                     "begin work",
                     # "when will they begin constructing the warehouse?" / "would start building ... next year"
                     "construct"),
    # "the new grain warehouse" / "a 300,000-tonne grain storage facility"
    "warehouse": ("warehouse", "storage facility", "storehouse", "storage depot", "storage site"),
    # "how much compensation must it pay?" / "ordered to pay 40 million crowns in damages"; not "damage"
    # alone, which a storm does
    "compensation": ("compensation", "compensate", "in damages", "pay damages", "award damages", "damages award"),
    "fault": ("fault", "glitch", "problem", "defect", "bug", "flaw", "malfunction",
              "snag", "technical problem", "technical issue", "technical glitch", "technical fault"),
    # "when was the compressor problem first picked up?" / "the fault was detected during routine monitoring"
    "detect": ("detect", "detection", "spot", "pick up", "discover", "uncover", "identify", "find", "come to light"),
    # "when did filling stations run short of fuel?" / "Shortages hit 140 filling stations on Sunday";
    # "is WA going to run short of gas?" / "did not expect any domestic gas shortages"
    "shortage": ("shortage", "run short", "scarcity", "scarce", "tight supply", "short supply", "in short supply",
                 "supply crunch", "supply squeeze", "run out", "run low", "run dry"),
    "injure": ("injure", "injury", "hurt", "harm", "wound", "casualty"),
    "unfinished": ("unfinished", "half-built", "half built", "incomplete", "uncompleted", "stalled"),
    "combined": ("combined", "put together", "together", "in all", "altogether", "total", "totalling", "totaling"),
    "recovery": ("recovery", "recover", "turnaround", "rebound", "upturn", "revival", "pick up", "bounce back",
                 "claw back", "recoup", "regain"),  # "how much of the fall has it clawed back?" / "recovered 3%"
    # "why was the project stuck for so many years?" / "has been delayed since then due to disputes"
    "postpone": ("postpone", "delay", "push back", "put off", "defer", "hold off", "stuck", "stall", "bog down", "in limbo",
                 # "why was construction held up?" / "The project was delayed by about two years because ..."
                 "hold up", "held up",
                 # "what did Xinfeng put on hold?" / "Xinfeng postponed a planned lithium sulphate plant"
                 "put on hold", "on hold"),
    "consumption": ("consumption", "consumer spending", "household spending", "private consumption"),
    "impetus": ("impetus", "boost", "stimulus", "tailwind"),
    # "the boost it had hoped for" / "the impetus we had expected"; "hope to save" / "seeks to save"
    "hope": ("hope", "expect", "anticipate", "count on", "seek", "aim", "look to"),
    # "firms looking to break into Russia" / "enterprises hoping to enter the Russian market"
    # "how much came in through the crossing?" / "Goods worth ... entered Nepal through the checkpoint"
    "enter": ("enter", "break into", "get into", "expand into", "crack", "come in"),
    # "when did the grace period run out?" / "The grace period ended last year": a term runs out as it ends
    "end": ("end", "wrap up", "finish", "conclude", "draw to a close", "come to an end", "run out"),
    "take effect": ("take effect", "kick in", "come into force", "come into effect", "enter into force",
                    "become effective", "start apply", "start to apply", "apply from",
                    # "when does the new duty kick in?" / "raising the duty ... to 35%, with effect from 1 January"
                    "with effect from"),
    # "what share of sales did SUVs have?" against "SUVs accounted for 58.3% of sales"; not "share"
    # alone, which is also stock and which every percentage answers as a proportion.
    "account for": ("account for", "make up", "share of", "proportion of", "portion of", "slice of"),
    "steep": ("steep", "sharp", "severe", "bad", "deep", "heavy"),  # of a fall: "as bad as expected" / "much steeper"
    "submarine": ("submarine", "sub"),  # "attack subs" are attack submarines
    # "by how much is the military budget rising?" / "200.1 billion zlotys for defence"
    "military": ("military", "defence", "defense", "armed forces"),
    # "when did Russian troops go into Ukraine?" / "after Russian forces invaded Ukraine last year"
    "troop": ("troop", "soldier", "army", "force"),
    # "How many timepieces left Switzerland?" / "Swiss watch exports"
    "watch": ("watch", "timepiece", "wristwatch"),
    # "11 bulk carriers were waiting at anchor" counts the ships asked
    "vessel": ("vessel", "ship", "boat", "tanker", "freighter", "bulker", "fleet", "bulk carrier", "car carrier", "gas carrier"),
    # "which hydro plant will power the smelter?" / "the Rogun hydropower plant"
    "hydro": ("hydro", "hydropower", "hydroelectric", "hydroelectricity"),
    # "which Bishkek market resells the goods?" / "resold at Bishkek's Dordoi bazaar"
    "bazaar": ("bazaar", "market", "marketplace"),
    # Where a ship is kept at work: "where will the 5th fsru be stationed?" / "due to start operating at Damietta"
    # "how much cash did the anchor round bring in?" / "raised 19.9 billion rupees from 58 anchor investors"
    "anchor investor": ("anchor investor", "anchor round", "anchor book", "anchor portion", "anchor allocation",
                        "anchor tranche"),
    # "whats the size of the govt support loan package?" / "approved a 3.96 trillion dong credit package"
    "support package": ("support package", "credit package", "relief package", "aid package", "rescue package",
                        "loan package", "stimulus package", "bailout package", "financing package", "support scheme",
                        "relief scheme",
                        # "the cheap loan package for the clusters?" / "approved 3.06 trillion soums in subsidised loans"
                        "cheap loan", "soft loan", "subsidised loan", "subsidized loan", "concessional loan",
                        "low-interest loan"),
    "moor": ("moor", "berth", "station", "deploy", "operate at", "operating at", "anchor at", "dock at"),
    # "how many dockers walked out?" / "About 2,000 dock workers walked off the job"
    "docker": ("docker", "dockworker", "dock worker", "port worker", "longshoreman", "longshore worker", "stevedore", "wharfie"),
    # "how much did shipping costs drop?" / "Freight rates on the Asia-Europe route fell 12%"
    "freight rate": ("freight rate", "shipping rate", "shipping cost", "freight cost", "container rate",
                     "shipping price", "freight price", "box rate"),
    # "how big is its backlog?" / "Kestrel's order book stood at 14 billion euros"
    "backlog": ("backlog", "order book", "orderbook", "order backlog", "orders on hand"),
    # "how many hours a day are power cuts?" / "load shedding of up to six hours a day"
    "power cut": ("power cut", "blackout", "load shedding", "load-shedding", "power outage", "rolling blackout",
                  "electricity cut"),
    # "who is suing the bank?" / "filed a lawsuit against the bank"; "took it to court"
    "sue": ("sue", "lawsuit", "legal action", "take to court", "file suit", "litigation", "class action"),
    # "how many firms is the regulator probing?" / "opened an investigation into 12 companies"
    "investigate": ("investigate", "investigation", "probe", "inquiry", "enquiry", "look into"),
    # "how many companies went bust?" / "Corporate insolvencies rose 14%"; not "go under" (under the hammer)
    "bankrupt": ("bankrupt", "bankruptcy", "insolvency", "insolvent", "go bust", "went bust", "receivership",
                 "chapter 11", "file for bankruptcy"),
    # "how many new cars were sold?" / "new car registrations rose 4.1%"
    "car sales": ("car sales", "car registration", "new car registration", "vehicle registration", "vehicle sales",
                  "auto sales"),
    # "how much have rents gone up?" / "Rental prices rose 6.1%"; not "letting", which a "let go" would read
    "rent": ("rent", "rental", "rental price", "lease"),
    # "how many terminal concessions will be auctioned?" / "plans to auction 12 port terminal leases":
    # a state's right to run a port, mine or road, let for years, is its lease
    "lease": ("lease", "concession"),
    # "how much is petrol now?" / "raised gasoline prices to 1.92 dollars a litre"
    "petrol": ("petrol", "gasoline", "motor fuel"),
    # "who called Bor the motor of Serbia's exports?" / "the engine of Serbian exports"
    "engine": ("engine", "motor"),
    # "what are pump prices now?" / "fuel prices rose 9%"
    "pump price": ("pump price", "fuel price", "petrol price", "gasoline price", "price at the pump"),
    # One measure of earnings under its several names, each kept apart from the others (and from net profit):
    # "what was operating income?" / "operating profit rose 9% to 2.1 billion"
    "operating profit": ("operating profit", "operating income", "ebit", "earnings before interest and tax",
                         "earnings before interest and taxes"),
    "pretax profit": ("pretax profit", "pre-tax profit", "profit before tax", "profit before taxes", "pretax income",
                      "pre-tax income", "earnings before tax", "pbt"),
    # "how many overnight stays?" / "nights spent at hotels rose to 4.2 million"
    "overnight stay": ("overnight stay", "night spent", "bed night", "guest night", "overnight"),
    # "how big is the solar farm?" / "a 300-megawatt solar park"
    "solar farm": ("solar farm", "solar park", "solar plant", "solar power plant", "solar project"),
    "wind farm": ("wind farm", "wind park", "wind power plant", "wind project"),
    # "how much did clothing exports bring in?" / "garment exports fell 4% to $3.12 billion"
    "clothing": ("clothing", "clothes", "garment", "apparel", "readymade garment", "ready-made garment", "rmg"),
    # "how much did clothing and shoe exports grow?" / "exports of garments, footwear and travel goods rose 14.6%"
    "footwear": ("footwear", "shoe"),
    # "how many union members at the mine?" / "the mine's 3,100 unionised workers"
    "union member": ("union member", "unionised worker", "unionized worker", "unionised", "unionized",
                     "trade unionist", "unionist", "union membership"),
    # "which markets are buyers steering clear of?" / "buyers avoided Turkish nuts"
    "avoid": ("avoid", "steer clear of", "shun", "stay away from", "sidestep", "keep away from",
              # "why were shipping lines avoiding Chabahar?" / "had long been wary of calling at Chabahar"
              "wary of", "shy away from"),
    # garment and retail news call the clothing labels that place orders its "buyers": "Why are foreign
    # brands moving orders?" / "Buyers are also shifting some orders to Vietnam"
    "buyer": ("buyer", "brand", "fashion brand", "retail client"),
    # "how many cities does it fly to?" / "serves 42 destinations"
    "serve": ("serve", "fly to", "destination"),
    # "what goods are heading west on the route?" / "Most of the westbound cargo is Chinese cars"
    "westbound": ("westbound", "heading west", "headed west", "going west", "moving west", "travelling west", "traveling west"),
    "eastbound": ("eastbound", "heading east", "headed east", "going east", "moving east", "travelling east", "traveling east"),
    "northbound": ("northbound", "heading north", "headed north", "going north", "moving north", "travelling north", "traveling north"),
    "southbound": ("southbound", "heading south", "headed south", "going south", "moving south", "travelling south", "traveling south"),
    # "which province are the destination cities in?" / "to ship goods to Zhoushan ... cargo bound for eastern China"
    # "how many reefer ships have left Chile?" / "41 refrigerated ships have sailed from the ports"
    "refrigerated": ("refrigerated", "refrigerate", "refrigeration", "reefer"),
    "depart": ("depart", "leave", "left", "sail", "set sail", "set off"),
    # "what group did Angola leave?" / "The country quit the Organization of the Petroleum Exporting Countries"
    "quit": ("quit", "leave", "left", "exit", "withdraw from", "pull out of", "drop out of"),
    # "when did the chinese bidders pull out?" / "two Chinese groups withdrew last month"
    "withdraw": ("withdraw", "pull out", "drop out", "bow out"),
    # "the train sent to Russia" / "a train ... departing for Russia": where a thing sent goes
    "destination": ("destination", "bound for", "headed for", "heading for", "departing for",
                    # "where was the train headed?" / "a train ... leaving for Uganda"
                    "departed for", "leaving for", "left for",
                    # "which port is the shipment headed to?" / "The 52,000-tonne shipment ... is bound for Lianyungang"
                    "headed to", "heading to", "ship to", "shipped to", "send to",
                    # "what portion of production is headed for the EU" / "70% of output is destined for the
                    # European Union"; the lemma, not "destined", so "descibed" is not read as it
                    "destine"),
    # "sent to celebrate the hub opening" / "departing for Russia to mark the hub's inauguration"
    "celebrate": ("celebrate", "celebration", "mark", "commemorate", "commemoration"),
    # "what is TMO's purchase price?" / "TMO would pay growers 210 lira per kilogram"
    "purchase price": ("purchase price", "buying price", "procurement price", "pay grower", "pay farmer",
                       "pay producer"),
    # "whats war risk cover costing?" / "war risk insurance premiums"; not "cover" alone (a story's cover)
    "insurance": ("insurance", "insure", "insurance cover", "insurance coverage", "war risk cover", "war-risk cover",
                  "risk cover",
                  # "the analyst who talked about insurance costs" / "insurers charge premiums up to 2.5 times higher"
                  "insurer"),
    # "what share of Nepal's land trade goes through the pass?" / "61% of Nepal's overland trade"
    "overland": ("overland", "land"),
    # "how much land is under paddy?" / "paddy was sown on 28.4 million hectares"
    "land area": ("land", "area", "hectare", "acre", "acreage", "planted area", "sown area"),
    # "why were runs so much lower a year ago?" / "A year earlier throughput averaged only 472,000
    # bpd": the plural noun only, as written (not "run"), and only to throughput ("who runs the
    # ports authority" is no port's cargo handled)
    "runs": ("runs", "throughput"),
    # "what were crude runs?" / "Throughput at its refineries rose 2.4% to 398,000 bpd"
    "refinery throughput": ("refinery throughput", "throughput", "refinery run", "crude run", "process crude",
                            "crude processing", "refine crude", "crude processed", "refining throughput",
                            # "the port's throughput" / "the port handled 27.8 million tonnes of cargo"; not
                            # through 'process', whose fish processed are no port's throughput
                            "handle"),
    # "which areas were hit by the dry weather?" / "a dry spell in the main growing counties"
    "drought": ("drought", "dry spell", "dry weather", "dry condition", "lack of rain", "lack of rainfall",
                "poor rain", "scant rain", "rain shortfall"),
    # "how much company tax came in?" / "Corporate tax receipts ... reached 33.91 billion euros"; kept apart from
    # all tax revenue, or a question on one reads the total
    "corporate tax": ("corporate tax", "corporation tax", "company tax", "corporate income tax", "business tax"),
    "sukuk": ("sukuk", "islamic bond", "sharia-compliant bond", "islamic debt"),
    # "how big is its cash pile?" / "cash and cash equivalents of 4.1 billion"
    "cash pile": ("cash pile", "cash reserve", "cash on hand", "cash and equivalent", "cash and cash equivalent",
                  "cash position", "war chest", "cash hoard"),
    "gold": ("gold", "bullion"),
    # "how many lorries were stuck in line at the crossings?" / "1,240 trucks ... were queuing at the gates"
    "wait": ("wait", "queue", "line up", "stick in line", "wait in line", "stand in line",
             # "have loading delays at Santos got longer?" / "average waiting times for loading stretched to 21 days"
             "delay"),
    # "what's still waiting for a government green light?" / "A proposed battery cell factory is
    # still awaiting approval"; a wait for something, not a queue
    "await": ("await", "wait for", "wait on", "pending"),
    "truck": ("truck", "lorry"),
    # "did motorbike registrations go up" / "Kenya registered 246,000 new motorcycles": one machine
    "motorcycle": ("motorcycle", "motorbike", "motor bike", "motor-bike"),
    # "where does the line reach the frontier?" / "to Luau on the Congolese border"
    "border": ("border", "frontier"),
    "border gate": ("border gate", "gate", "crossing", "border crossing", "checkpoint", "border checkpoint", "border post"),
    # "the rich investors' quota" / "the quota for wealthy individuals"
    "wealthy": ("wealthy", "rich", "affluent", "well-off", "high-net-worth", "high net worth"),
    # a share sale's buyers are its investors: "the quota for wealthy individuals", "retail individuals"
    "individual investor": ("individual investor", "individual", "investor"),
    # "how much grain was stuck at elevators?" / "2.3 million tonnes of grain were sitting in country elevators"
    # ... and vehicles stuck at a crossing wait in line there: "why were trucks stuck at the border?" /
    # "trucks queued for up to three days at the gates"
    "stranded": ("stranded", "strand", "stuck", "sit", "sit idle", "held up", "hold up", "pile up", "back up", "queue"),
    # "Why are owners turning back to Korean builders?" / "Owners are coming back to Korean yards"
    "shipyard": ("shipyard", "yard", "shipbuilder", "builder", "dockyard"),
    "breakdown": ("breakdown", "break down", "outage", "failure"),
    "share": ("share", "stock", "equity", "shareholder", "share price", "stock price"),
    "acquire": ("acquire", "acquisition", "buy", "purchase", "takeover", "take over", "snap up", "scoop up", "bid", "procure",
                "procurement"),  # "how many dollars did the central bank scoop up?" / "the bank bought $1.2 billion"
    "sell": ("sell", "sale", "sales", "sold", "divest", "offload", "dispose", "vendor", "seller", "flog"),
    # "how much tea was put up for sale at the auction?" / "Brokers offered 6.42 million kg at the sale"
    "offer for sale": ("offer", "put up for sale", "put on sale", "put up for auction", "on offer", "auction off"),
    # "when was the record-breaking sale held" / "record prices at the weekly Colombo auction on Tuesday":
    # an auction is a sale held on a day
    "auction": ("auction", "sale"),
    # "which districts were hit by the bad weather?" / "heavy rains in May ... followed by a dry spell in August"
    "weather": ("weather", "rain", "rainfall", "dry spell", "drought", "monsoon"),
    # "how many hectares went without proper watering" / "had gone without adequate irrigation"
    "irrigation": ("irrigation", "irrigate", "watering"),
    "adequate": ("adequate", "proper", "sufficient"),
    # "and the rest?" after a first part: "with the remaining 60,000 tonnes to be offered in April"
    "remainder": ("remainder", "remaining", "rest"),
    "approximately": ("approximately", "about", "roughly", "around", "nearly", "almost"),
    "war": ("war", "invasion", "invade", "roll into", "conflict", "fighting", "offensive", "hostility"),
    # "export earnings" are what exports bring in, before costs: "How much revenue did the citrus exports earn?"
    # "oil income" is oil revenue, "export income" export earnings; not "income" alone (net income is profit)
    "revenue": ("revenue", "sale", "sales", "turnover", "takings", "top line", "earn", "bring in", "export earnings",
                "export income", "oil income", "tax income", "state income", "government income", "fee income",
                "rake in", "pull in",
                # "ticket and cargo earnings" are what tickets and freight bring in: "Ticket and freight
                # revenue reached ..."; a company's bare "earnings" is its profit, which that class keeps
                "ticket earnings", "freight earnings", "cargo earnings", "toll earnings", "fare earnings"),  # "how much did it rake in last year?" / "Revenue climbed 6% to 21.3 billion"
    "profit": ("profit", "earnings", "net income", "surplus", "bottom line", "net profit", "make money", "made money", "making money",
               "earn", "profitable", "in the black", "turn a profit", "turn profit"),
    # "How big a crop does Brazil's government see?" / "Brazil's national food supply agency Conab"
    "government": ("government", "authority", "official", "administration", "ministry", "agency",
                   # "which govt body still has to sign off?" / "needs approval from China's National
                   # Development and Reform Commission": a state commission is a government body
                   "commission",
                   # "When is the govt expected to sign off?" / "approval ... by Egypt's cabinet": the ministers in council
                   "cabinet",
                   # "What share does the Congolese govt own?" / "the Congolese state owns the remaining 15%":
                   # a nation's state as an owner is its government (not the bare "state": US states, "state of";
                   # the verb with its object's article, not the adjective "state-owned Huajian Bridge Group")
                   "state own the", "state own a",
                   # "whats the govt stake in X" / "The state holds a 24% stake in X": holding a stake is owning it
                   "state hold the", "state hold a"),
    # "the government reference price": the benchmark the ministry sets
    "benchmark": ("benchmark", "reference"),
    # "partnering with" / "a service run jointly with Emirati carrier Gulf Horizon Lines"
    "cooperation": ("cooperation", "co-operation", "collaboration", "partnership", "tie", "partner", "jointly",
                    # "which guatemalan company is huaxiang partnering with" / "a joint venture with Guatemalan
                    # exporter Agroexportadora Verapaz": a venture's other party is a partner (not the bare
                    # "joint venture": "who is the ceo of the joint venture" asks for no partner)
                    "joint venture with", "venture with",
                    # "which state company is partnering with Jinhua" / "Jinhua will hold a 70% stake,
                    # with state miner Gecamines holding the remaining 30%": the other holder of a
                    # split stake is a partner
                    "hold the remain", "hold the rest", "own the remain", "own the rest",
                    # "the West frowned on Beijing getting closer to Moscow" / "urged ... deeper economic
                    # cooperation with Russia": one country drawing nearer another deepens their ties
                    "get closer", "grow closer", "draw closer", "move closer", "closer tie", "cozy up", "cosy up",
                    "get cozy", "get cosy"),
    # "paraguay has ties with which govt" / "has no diplomatic relations with Beijing": a
    # country's ties are its relations
    "tie": ("tie", "relation", "relationship"),
    # "how many firms are in the mining industry lobby?" / "the Kyrgyz Mining Association, which
    # represents 46 companies": an industry's lobby is its association (not "industry body": "who
    # at the industry body explained it?" asks a person at the body, named by its name)
    "association": ("association", "industry association", "trade association", "industry group", "trade group",
                    "industry lobby", "business lobby", "lobby group"),
    # "what % of the project did china exim bank finance" / "The Export-Import Bank of China financed
    # 85%": Exim is the short name of every export-import bank
    "exim": ("exim", "export-import", "export import"),
    # "How many co-ops belong to the association?": "its 870 member cooperatives"
    "cooperative": ("cooperative", "co-operative", "co-op", "coop"),
    # "How many Chilean winemakers are exhibiting?" / "More than 140 Chilean wineries are exhibiting":
    # a winery is the firm that makes wine, as a brewery or distillery is for beer or spirits
    "winemaker": ("winemaker", "winery", "wine producer", "wine maker", "vintner",
                  # "how many wine estates joined the mission?" / "took 46 wineries": an estate that makes wine
                  "wine estate", "wine farm"),
    "brewer": ("brewer", "brewery", "beer maker", "brewmaker"),
    "distiller": ("distiller", "distillery"),
    "security": ("security", "safety", "defence", "defense", "safeguard"),
    "agriculture": ("agriculture", "farming", "farm", "agricultural", "agri"),
    "manufacturing": ("manufacturing", "manufacture", "industry", "industrial", "factory"),
    "sector": ("sector", "industry", "field", "area", "domain", "branch", "segment", "category"),
    # "Which industries were told to use less gas?": "plants were asked to lower their consumption"
    # "how many farmers rely on coconuts to make a living?" / "3.5 million farmers who depend on coconuts for their livelihood"
    # "what will adoption depend on?" / "uptake will hinge on credit"
    # "why is uzbekistan relying on russian gas" / "has turned to Russian supplies because ..."
    "depend": ("depend", "depend on", "hinge", "hinge on", "rely", "rely on", "reliant", "dependent", "turn to"),
    "livelihood": ("livelihood", "living", "make a living", "earn a living"),
    "use": ("use", "utilise", "utilize", "rely on", "make use of", "access", "employ", "consumption",
            # "how does routing through the Russian Far East help Jilin?" / "would be able to use Vladivostok ... to ship goods"
            "route through", "route via",
            # "what will the govt use the levy money for?" / "with the money earmarked for roads":
            # money earmarked for a thing is to be used for it
            "earmark"),
    # "when did Putin and Xi sit down together?": "a meeting between Putin and Xi"
    "meet": ("meet", "meeting", "talk", "hold talk", "sit down", "sit down with", "sit down together", "get together", "visit", "summit"),
    # "what did Xi say the province should turn into?" / "Heilongjiang should also become a gateway"
    # "what is the northeast turning into?" / "gaining new strategic significance as a zone of trade":
    # the standing a thing gains as a role is what it becomes
    "become": ("become", "turn into", "grow into", "transform into", "evolve into", "emerge as",
               "significance as", "importance as", "status as"),
    # "how much can the line move when it starts out?" / "an initial capacity of 15 million tonnes"
    "first": ("first", "inaugural", "maiden", "initial", "opening", "debut", "beginning", "start out"),
    # "which crossing carries the most containers?" / "Khorgos now handles 34% of all containers"
    # "lorries loaded with ore" are "ore-laden trucks"
    # "by what pct did october flows rise?" / "The pipeline carried 98,000 bpd in October, up 22.5%": what a line
    # carries is what flows through it
    # ("the gas brought onshore" / "gas will also be piped ashore": gas is carried by pipe)
    "carry": ("carry", "haul", "transport", "load", "ship", "bring", "move", "deliver", "fly", "handle", "laden", "flow", "pipe",
              "on board", "aboard"),
    # "how many railcars of flour did KTZ send" / "it had moved 38,400 wagons of flour": goods sent somewhere are
    # moved there; not sending as carrying, which let 'received 3,420 containers ..., most of them carrying
    # electronics' answer 'how many containers did Nepal send out'
    "dispatch": ("dispatch", "send", "move", "send out"),
    "wagon": ("wagon", "railcar", "rail car", "railway car", "freight car", "boxcar"),
    "car": ("car", "vehicle", "automobile", "auto", "automotive", "carmaker", "automaker", "saloon", "sedan",
            "hatchback", "suv", "coupe", "pickup"),
    "deliver": ("deliver", "delivery", "hand over", "hand over to customer", "go out the door", "roll out the door"),
    "small": ("small", "little", "mini", "tiny"),
    # "a bag in the north" / "in the northern region"; "opening up northward": "opening up in the north"
    "north": ("north", "northern", "northward", "northwards"),
    "south": ("south", "southern", "southward", "southwards"),
    "east": ("east", "eastern", "eastward", "eastwards"),
    "west": ("west", "western", "westward", "westwards"),
    # "did land-based turbine orders increase?" / "Onshore orders rose 6%"
    # "what's the gas brought onshore for?" / "gas will also be piped ashore ... to feed a power plant"
    "onshore": ("onshore", "land-based", "on land", "ashore"),
    # "is the subsidised bread price going up?" / "no plan to raise the price of a subsidised loaf"
    "bread": ("bread", "loaf"),
    "domestic": ("domestic", "local", "inside", "internal", "onshore", "at home", "home market", "locally",
                 "inside the country", "within the country"),
    "euro zone": ("euro zone", "eurozone", "euro area", "euro country", "currency bloc", "single currency area"),
    "ev": ("ev", "evs", "electric vehicle", "electric car", "battery-powered vehicle", "battery electric vehicle"),
    # "what is the cost of living running at?" / "Annual inflation slowed to 3.1%"
    "inflation": ("inflation", "cpi", "consumer price", "price growth", "price inflation", "price rise", "rising price", "cost of living", "living cost"),
    # "how much did store sales rise?" / "Retail sales rose 2.7%", not the sale of a stake
    "retail sales": ("retail sales", "retail sale", "store sales", "shop sales", "high street sales", "retail spending"),
    # "did the bank stand pat?" / "kept its key interest rate unchanged"
    "unchanged": ("unchanged", "steady", "on hold", "stand pat", "hold steady"),
    # "how many people are out of work?" / "Unemployment rose to 5.4%"
    "unemployment": ("unemployment", "jobless", "joblessness", "unemployed", "out of work", "out of a job", "without work"),
    "interest rate": ("interest rate", "bank rate", "policy rate", "borrowing cost", "base rate", "key rate",
                      "benchmark rate", "repo rate", "main rate", "lending rate", "reference rate", "refinancing rate",
                      "cash rate", "selic", "main interest rate", "key interest rate", "benchmark interest rate",
                      "policy interest rate"),
    "tonne": ("tonne", "ton", "metric ton", "mt", "tonnage"),  # "how much tonnage did they win?" / "8.42 million gross tons"
    "kilogram": ("kilogram", "kg", "kilo"),
    # "when did it start mass-producing the Iris?" / "began series production of its Iris"
    "mass production": ("mass production", "mass produce", "mass-production", "mass-produce", "series production",
                        "serial production", "volume production"),
    "crop": ("crop", "harvest", "output", "production", "yield", "produce", "reap"),  # "how much wheat will they reap?"
    "gateway": ("gateway", "hub", "corridor", "gate", "entry point", "door", "doorway"),  # "a key door for opening up"
    "reason": ("reason", "why", "cause", "because", "purpose", "motive", "aim"),
    "percent": ("percent", "per cent", "percentage", "pct"),
    "dollar": ("dollar", "usd", "buck"),
    "reporter": ("reporter", "journalist", "medium", "media", "press", "newsman"),
    # "what day did state tv put out the number?" / "China's national broadcaster reported on Monday"
    "broadcaster": ("broadcaster", "tv", "television", "state tv", "state television", "national broadcaster",
                    "state broadcaster", "tv channel", "television channel",
                    # "which media outlet reported the number?" / "China's national broadcaster reported"
                    "media outlet", "news outlet"),
    # "where did the boss give his interview?" / "told Reuters in Casablanca": an interview is a telling
    "brief": ("brief", "briefing", "tell", "inform", "news conference", "press conference", "interview",
              # "when did the minister address parliament?" / "told parliament on Tuesday"
              "address"),
    # "when did test production get going?" / "Trial production started in March"
    "trial": ("trial", "test", "trial run", "test run"),
    # "has the trip got any quicker?" / "The average crossing time ... fell to 2 hours"
    "journey": ("journey", "trip", "voyage", "ride", "transit time", "travel time", "crossing time", "sailing time",
                # "how has the bridge changed delivery times?" / "the bridge has cut transit times"
                "delivery time", "shipping time", "transport time", "transportation time",
                # "how long does the voyage to Shanghai take?" / "Ships now sail direct to Shanghai in 23 days"
                "sail"),
    "benefit": ("benefit", "profit from", "gain from", "cash in on", "beneficiary"),
    "boom": ("boom", "spree", "frenzy", "craze", "bonanza"),
    # "which analyst said ...?" / "head of LNG analytics at consultancy Tidemark Energy"
    "analyst": ("analyst", "economist", "strategist", "forecaster", "economics", "research", "researcher", "wall street", "analytics"),
    "license": ("license", "licence", "licensing", "permit"),
    # "has the protocol shortened checks at Chinese ports?" / "cutting inspection times at Chinese ports"
    "inspect": ("inspect", "inspection", "check", "inspector"),
    "cfo": ("cfo", "chief financial officer", "finance chief", "finance director", "financial officer", "finance head"),
    # "which port is on the new route?" / "a weekly direct service ... linking Jebel Ali with Mombasa":
    # a scheduled service is a route; not "service" or "line" alone (the services sector, a pipeline's)
    "route": ("route", "direct service", "weekly service", "fortnightly service", "daily service", "monthly service", "shipping service", "liner service", "container service",
              "ferry service", "rail service", "train service", "freight service", "corridor"),
    # "where do the ships stop on the way back?" / "will call at Berbera in Somaliland on the return leg"
    "call at": ("call at", "stop", "stop at", "stop in", "stop over", "stopover", "port call", "call in at"),
    "return leg": ("return leg", "way back", "return journey", "return voyage", "return trip", "trip back", "journey back"),
    # "who is the coo of dp world uae?" / "Khalid Al Suwaidi, chief operating officer of DP World UAE"
    "coo": ("coo", "chief operating officer", "operating officer", "operations chief", "head of operations"),
    "chip": ("chip", "semiconductor", "microchip", "integrated circuit"),
    # "how many outlets does the chain operate?" / "which runs 1,240 beef bowl restaurants"; "a bag of rice
    # in the shops" / "at supermarkets"
    "shop": ("shop", "store", "outlet", "retail outlet", "branch", "restaurant", "eatery", "supermarket",
             "boutique"),  # "how many shops has the group got?" / "its network of 612 boutiques"
    # "how many motorbikes were registered?" / "new registrations": the deed and its noun
    "register": ("register", "registration"),
    # "how much cocoa did processors grind?" / "grindings fell 3.9%": cocoa grinders grind beans
    "grind": ("grind", "grinding", "grinder"),
    # "how many tonnes of rebar went into it?" / "used 42,000 tonnes of reinforcing steel"
    "rebar": ("rebar", "reinforcing steel", "reinforcing bar", "reinforcement bar", "steel reinforcement"),
    # "what have EU carbon permits cost?" / "paid 9.7 million euros for emissions allowances"
    "carbon permit": ("carbon permit", "emission permit", "emissions permit", "emission allowance", "emissions allowance",
                      "carbon allowance", "pollution permit"),
    # "how many lashing workers walked off?" / "About 1,400 lashers ... walked out"
    "lasher": ("lasher", "lashing worker", "lashing crew"),
    # "how many ships has the carrier rerouted?" / "it had diverted 14 vessels"
    "divert": ("divert", "reroute", "redirect"),
    # "how many economists were surveyed?" / "All 14 economists in a Reuters poll"
    "poll": ("poll", "survey", "canvass"),
    "shut": ("shut", "close", "closure", "shutter", "shut down", "close down", "shutdown", "halt", "idle", "closing",
             "shutting", "closing down", "mothball", "wind down",  # "when was the plant mothballed?" / "shut it in 2023"
             # "How many plants have ... shut lines?" / "74 factories have ... suspended lines"
             "suspend",
             # "why did they take two trains offline?" / "has shut two of the three liquefaction trains"
             "offline",
             # "how many barges has it parked up?" / "has idled 60 of them": vessels laid up stand idle
             "park up", "lay up"),
    "yuan": ("yuan", "renminbi", "rmb", "cny"),
    "wage": ("wage", "salary", "pay", "earn", "paycheck", "pay packet"),
    "publish": ("publish", "release", "come out", "put out", "be out", "unveil", "issue", "present", "table"),
    "average": ("average", "typical", "mean", "normal", "usual"),
    # "workers the industry will be missing" / "short of 14,000 workers"; a miss comes in below forecasts
    "below": ("below", "short of", "shy of", "beneath", "missing"),
    # Commodity news calls its futures "contracts": "the most-active January soybean contract settled at".
    "futures": ("futures", "future", "futures contract", "contract"),
    # "How many companies does the fund own shares in?" against "held stakes in 8,612 companies".
    # "are the owners getting a dividend?" / "The company, owned by a consortium of ..."
    "own": ("own", "hold", "possess", "owner"),
    # "why can't they go it alone?" / "Neither of us can fund the shift to green steel on our own"
    "alone": ("alone", "on our own", "on its own", "on their own", "on my own", "by itself", "by ourselves",
              "single-handedly", "single-handed"),
    # "which company did Zijin buy into?" / "took a 63% stake in the loss-making RTB Bor"
    "stake": ("stake", "shareholding", "share in", "equity stake", "buy into", "bought into"),
    "dividend": ("dividend", "payout", "dividend payment", "dividend payout"),
    "deposit": ("deposit", "deposit base", "money park", "park money", "park cash", "cash park", "fund park", "park fund"),
    "delegation": ("delegation", "mission", "team", "envoy"),
    # "where was the chinese envoy when he gave the forecast?" / "Chinese Ambassador Li Wenhua said"
    "envoy": ("envoy", "ambassador", "emissary", "diplomat"),
    "original": ("original", "originally", "initial", "initially", "first"),
    # "What was the original production target?" / "had previously planned to produce 27,950 tonnes";
    # not "first", which is no previous
    "previous": ("previous", "previously", "original", "originally"),
    # "how many LNG shipments has Egypt committed to buy?" / "160 LNG cargoes"
    "cargo": ("cargo", "freight", "air freight", "air cargo", "shipment", "consignment"),
    # "did traffic through the crossing go up?" / "The gate handled 1.38 million vehicle crossings"
    "traffic": ("traffic", "vehicle crossing", "vehicle movement", "vehicle trip", "truck crossing", "lorry crossing"),
    # "did container traffic at the port go up?" / "Container throughput at Sokhna rose 14.5%"
    "container traffic": ("container traffic", "container throughput"),
    # "why does the tax office say the mine owes more?" / "The Mongolian Tax Authority ... demanded ..."
    "tax authority": ("tax authority", "tax office", "tax agency", "tax service", "tax administration",
                      "tax department", "revenue authority", "revenue service", "taxman"),
    "decision": ("decision", "rate call", "call", "ruling", "announcement", "verdict"),
    "fx": ("fx", "foreign exchange", "forex", "foreign currency"),
    # One stock under its several names: "foreign currency reserves" are the "net international reserves".
    "fx reserve": ("foreign reserve", "fx reserve", "forex reserve", "foreign currency reserve",
                "foreign exchange reserve", "international reserve", "net international reserve", "currency reserve"),
    "parallel market": ("parallel market", "black market", "street market", "unofficial market", "informal market"),
    "gdp": ("gdp", "gross domestic product", "economy", "economic output", "economic growth"),  # "the economy shrank 1.2%"
    # A state's fund is named for investing: "the Saudi wealth fund" is its Public Investment Fund.
    "wealth fund": ("wealth fund", "sovereign wealth fund", "sovereign fund", "investment fund", "state fund"),
    "budget": ("budget", "pot", "funding pot", "kitty", "allocation", "spending plan", "allocate", "earmark"),
    # Acronyms of economic news, written out in the article or asked for short.
    "gst": ("gst", "goods and services tax"),
    "vat": ("vat", "value-added tax", "value added tax"),
    "pmi": ("pmi", "purchasing managers' index", "purchasing managers index", "purchasing managers’ index"),
    "ipo": ("ipo", "initial public offering", "flotation", "stock market listing"),
    "eps": ("eps", "earnings per share"),
    # "valpadana's cet1 ratio" / "its core tier 1 capital ratio would fall to 13.1%"
    "cet": ("cet", "core tier", "common equity tier"),
    "capex": ("capex", "capital expenditure", "capital spending", "capital investment"),
    "lng": ("lng", "liquefied natural gas"),
    # "how much extra gas will BOTAS buy?" / "agreed to buy an extra 2.4 bcm a year": billions of cubic metres are of gas
    # "what volume of gas did the ships bring?" / "delivered 1.48 million tonnes of LNG": LNG is gas shipped cold
    "gas": ("gas", "bcm", "lng"),
    # "the fifth floating regas ship" / "floating storage and regasification units": the trade's clipping
    "regasification": ("regasification", "regas", "regasify", "regassification"),
    # "how many gas tankers did the yards land?" / "Korean yards won 38 LNG carriers"
    "lng carrier": ("lng carrier", "lng tanker", "gas tanker", "gas carrier", "lng vessel", "lng ship"),
    "gdr": ("gdr", "global depositary receipt"),  # "How much did the GDRs fall in London?"
    "adr": ("adr", "american depositary receipt"),
    "ecb": ("ecb", "european central bank"),
    "imf": ("imf", "international monetary fund"),
    "opec": ("opec", "organization of the petroleum exporting countries"),
    # "shipments to ASEAN" / "exports to the Association of Southeast Asian Nations" ("Southeast" gives two
    # of its letters; a phrase is matched over four words at most)
    "asean": ("asean", "southeast asian nations"),
    "yoy": ("yoy", "year-on-year", "year on year", "from a year earlier", "year over year"),
    # "what do the workers want?": what they demand ("is demanding a pay rise ... and the right to retire").
    # "stop hunting for oil": "every peso Petrocol spends looking for new oil", "exploration contracts"
    # "what are the partners thinking of adding?" / "are also studying a second phase that would add ..."
    "consider": ("consider", "think of", "think about", "study", "weigh", "mull", "mull over"),
    "explore": ("explore", "exploration", "exploratory", "hunt", "hunting", "hunt for", "search for", "look for"),
    "demand": ("demand", "want", "seek", "call for", "push for", "ask for", "insist on"),
    # "who is lobbying for a further cut?": "the Federation ... has asked the finance ministry to lower it further"
    "lobby": ("lobby", "lobbying", "lobbyist", "ask", "urge", "press", "petition", "call on", "call for", "push for",
              "campaign for", "request"),
    # "what has Beijing been pushing with Moscow?" / "China has urged increased cross-border connectivity
    # with Russia": pushing a cause is urging it ("push up", "push back" are their own phrases)
    "advocate": ("advocate", "champion", "push", "push for", "urge", "press for", "call for", "promote"),
    # "why were investors hesitant?" / "Some Chinese investors had held back due to the naira's slide"
    "cautious": ("cautious", "wary", "careful", "prudent", "caution", "hesitant", "hold back", "hold off", "reluctant"),
    # "what is the cheapest fare?" / "the lowest fare": cheap and dear are levels, not moves
    # (their comparatives "cheaper", "dearer" still move), as "lowest" is no cut
    "low": ("low", "cheap"),
    # "When can companies start drawing on the cheap loans?" / "The loans, carrying interest 2
    # percentage points below market rates, will be disbursed from October"; "the govt's cheap
    # industrial power price" / "a subsidised industrial power price"; "the cheap ration-card bread" / "the bread subsidy programme"
    # "why is its petrol cheaper than european cargoes?" / "$18 a tonne below the cost of comparable cargoes"
    "cheap": ("cheap", "below market", "subsidised", "subsidized", "subsidy", "below the cost", "below the price"),
    "high": ("high", "dear"),
    "expensive": ("expensive", "pricier", "costlier", "dearer", "pricey"),
    # British and American spellings of the same word.
    "sulphate": ("sulphate", "sulfate"),
    "sulphur": ("sulphur", "sulfur"),
    "sulphuric": ("sulphuric", "sulfuric"),
    "aluminium": ("aluminium", "aluminum"),
    "programme": ("programme", "program"),
    "tyre": ("tyre", "tire"),
    "fibre": ("fibre", "fiber"),
    "labour": ("labour", "labor"),
    "favour": ("favour", "favor"),
    "jewellery": ("jewellery", "jewelry"),
    "litre": ("litre", "liter"),
    "metre": ("metre", "meter"),
    "kilometre": ("kilometre", "kilometer", "km"),
    # Units as the text abbreviates them: "2.6 GW", "162 pounds per MWh".
    "gigawatt": ("gigawatt", "gw"),
    "megawatt": ("megawatt", "mw"),
    # "the total generating capacity of the plant" / "two reactors with a combined capacity of 2.4
    # gigawatts": a plant's power in gigawatts is what it generates. Not "megawatt": units sharing
    # a class count as one unit in derived shares, so "2.6 GW ÷ 400 megawatts" came out as 0.7%.
    "generate": ("generate", "generation", "gigawatt", "gw"),
    "megawatt-hour": ("megawatt-hour", "megawatt hour", "mwh"),
    "kilowatt-hour": ("kilowatt-hour", "kilowatt hour", "kwh"),
    "terawatt-hour": ("terawatt-hour", "terawatt hour", "twh"),
    "gigawatt-hour": ("gigawatt-hour", "gigawatt hour", "gwh"),
    "barrels per day": ("barrels per day", "barrels a day", "bpd", "b/d"),
    "defence": ("defence", "defense"),
    "joint venture": ("joint venture", "jv", "venture"),
    # "which chinese company is in the mining jv" / "The mine is run by a joint venture": the crude
    # stem leaves a four-letter word whole, so "mine" never met "mining" ("min")
    "mine": ("mine", "mining"),
    # "How much water has Kedah promised to pipe to the site?" / "agreed to supply 12 million litres"
    "promise": ("promise", "pledge", "agree to", "vow", "undertake"),
    # "rebuilding in which city ...?" / "driven partly by reconstruction in the eastern city of Derna"
    "rebuild": ("rebuild", "rebuilding", "reconstruction", "reconstruct"),
    # "when do the Severneft crude deliveries begin?" / "agreed to supply 120,000 barrels per day ... from January";
    # "how many barrels a day is Severneft sending Konkan?" / "agreed to supply 120,000 barrels per day"
    "supply": ("supply", "pipe", "provide", "deliver", "delivery", "send"),
    # "freight train top speed?" / "freight trains will reach 120 km per hour": a pace per hour is a speed
    "speed": ("speed", "km per hour", "kilometre per hour", "kilometer per hour", "km an hour", "kilometre an hour",
              "mile per hour", "mile an hour", "mph", "kph", "km/h", "knot"),
    # "what is the gas price tied to?" / "Prices under the contracts are linked to Brent crude"
    "link": ("link", "tie", "peg", "index to", "linked to"),
    # "Which town does the new line connect to?" / "the line linking Shiveekhuren ... with Sekhe";
    # "which line will the route hook up with?" / "would connect at Vientiane with the Laos-China Railway"
    "connect": ("connect", "connection", "link", "join", "hook up"),
    # "in what year did employment hit its high?" / "far below the 2014 peak"
    "peak": ("peak", "high", "all-time high", "high point"),
    # "how much spectrum did operators buy?" / "bought 14,100 megahertz of airwaves"; "which frequency
    # bands did airwaves get sold in?" / "Spectrum was sold in the 800 MHz, ... bands"
    "spectrum": ("spectrum", "airwave", "airwaves", "frequency", "frequencies", "radio frequency"),
    "prosecute": ("prosecute", "prosecution", "prosecutor"),
    # "waste water plants" are the "wastewater treatment works", also the sewage works
    "wastewater": ("wastewater", "waste water", "waste-water", "sewage"),
    # "how much fresh capital are the owners pumping in?" / "agreed to inject 750 million pounds"
    "inject": ("inject", "injection", "pump in", "pump into", "infuse", "infusion", "capital injection"),
    # "the extra stamp duty" is the "additional buyer's stamp duty"
    "additional": ("additional", "extra", "further"),
    # "what will the govt do with some of the extra money?" / "would use part of the new income to retire debt"
    "extra money": ("extra money", "extra cash", "extra income", "additional income", "new income", "extra revenue",
                    "additional revenue", "windfall"),
    # "why did Tokyo step in?" / "intervening in the currency market"
    "intervene": ("intervene", "intervention", "step in", "wade in"),
    # "why the hurry to buy this kit?" / "We are buying quickly because ..."
    "quick": ("quick", "quickly", "hurry", "rush", "swift", "swiftly", "rapid", "rapidly", "fast"),
    # "this kit" is the tanks and guns bought, the equipment
    "equipment": ("equipment", "kit", "gear", "machinery", "machine", "hardware"),
    # "buffer stock requirement" / "the government is required to hold as a buffer"
    "requirement": ("requirement", "require", "need"),
    # "what will the pellet plant use as feedstock?" / "turn sawmill waste into 200,000 tonnes of pellets"
    "feedstock": ("feedstock", "raw material", "waste", "residue", "offcut", "by-product"),
    # "did tax still go up if you strip out the one-off?" / "Excluding that payment"
    # "why was it blacklisted?" / "decided to exclude five companies" from a fund
    "exclude": ("exclude", "excluding", "strip out", "leave out", "exclusion", "blacklist"),
    # "how many tankers did the us blacklist" / "Washington ... sanctioned ... 14 tankers";
    # "when did the us put sanctions on the terminal" is when it sanctioned it
    "sanction": ("sanction", "blacklist", "put sanctions on", "impose sanctions on", "imposed sanctions on", "slap sanctions on", "slapped sanctions on"),
    # "corvista us scrips growth?" / "U.S. prescriptions rose 38%"
    "prescription": ("prescription", "scrip", "script"),
    # "how many wildcat wells" are the "exploration wells"; "hunting for oil"
    "exploration": ("exploration", "explore", "exploratory", "wildcat", "hunt for", "hunting for", "search for"),
    # "what else would the new mining law force on companies?" / "The bill would also oblige producers to sell"
    "law": ("law", "bill", "legislation", "statute"),
    "oblige": ("oblige", "obligate", "force", "compel", "require", "mandate", "make mandatory"),
}

# Question words and filler that carry no content of their own.
# Verb forms the lemmatiser reads as other words: "exports rose" is a rise, not a flower. "at least
# three months behind" is no fall, as "less" would read it.
# Variants matched only as written, never by their lemma: "opening" in "first" ("an opening
# capacity") is not the verb "open" ("what year did the port open" is no "first 10 months").
AS_WRITTEN = frozenset({"opening", "firmed", "firming", "booked", "bookings"})
LEMMA_OVERRIDES: dict[str, str] = {"rose": "rise", "saw": "see", "broke": "break", "gone": "go", "buying": "buy", "selling": "sell",
                                   "growing": "grow", "closing": "close", "sitting": "sit", "setting": "set",
                                   # "thinking of selling" is thinking, no "thinke" (the lemmatiser's guess)
                                   "thinking": "think",
                                   "least": "least",
                                   # "according to the data" reports; it is no accord (agreement)
                                   "according": "according"}

STOPWORDS = frozenset(
    """a an the of to in on at by for from with about as into onto over under than then and or but
    nor so yet if is are was were be been being am do does did doing have has had having will
    would shall should can could may might must ought it its it's this that these those there here
    their they them he him his she her we us our you your i me my what which who whom whose when
    where why how much many whats what's wheres who's hows one ones some any all each every
    also just only very too really please me know about around out
    off again still even ever not no yes did didnt doesnt dont isnt arent wasnt werent hey hi
    hello ok okay thanks thank pls plz u ur r y ya get got go went isn't aren't wasn't weren't doesn't
    don't didn't hasn't haven't hadn't won't can't couldn't wouldn't shouldn't cannot cant wont couldnt
    wouldnt shouldnt hasnt havent hadnt they're we're you're i'm he's she's they've we've i've
    article story text piece news through via across within without between among against
    during before after since until till while because need needs like likes vs versus per re
    towards toward""".split()  # "pushing its energy towards asia": the way, no word to find
)

# Words that say what kind of answer is wanted but are not the topic.
GENERIC = frozenset(
    """happen happened occur occurred thing things something number count figure amount total value kind
    type sort lot time date day year month week place location city country someone anybody
    somebody name say report up down season period currently current now today recently back again
    get getting expected new latest recent right tell next upcoming make made roughly approximately
    approx ballpark nearly almost exactly precisely stat goods products items same behind overall altogether actually actual really
    originally initially supposed suppose scheduled come coming other moment presently want wants wanted done
    handle handled handling log logged stretch ahead point points well nobody anybody anyone instead
    else everything anything stuff lately nowadays rank ranks ranked areas aspects topics including
    equal equally""".split()  # "who else attended?": someone more, no word "else" to find
    # ("do X and Y have equal stakes?": the same stake, as "each own 24.5%" tells it, no word "equal")
    # ("the total value of everything they signed", "the stuff Liaoning sold": whatever it was)
    # ("put out the stat on russian firms": a stat, like a figure or number, is the figure told)
    # ("what areas does the deal cover": the kinds of thing it covers, told as "transmission lines, grid interconnection")
    # ("total staff once fully running including current workers": the parts a total adds, no word "including")
)

# "what's the situation at the crossing?": words asking what the article says of a thing in general,
# however it puts it; no word of theirs is to be found.
OVERVIEW_WORDS = frozenset(
    "situation status state story news picture latest update background context gist upshot overview summary".split()
)

# Topic words that ask for a value: "what was X's revenue" wants the figure, not a clause.
MEASURES = frozenset(
    """trade export import revenue profit price cost inflation worth population rate growth share
    margin crop sale budget deficit debt gdp unemployment wage pay investment invest value spending
    output production income tariff volume amount total valuation salary capacity loss earnings
    turnover ebitda dividend stake ratio remittance reserve throughput shipment deliveries delivery
    subsidy fine fdi return order buyback repurchase ebit charge writedown impairment provision levy
    harvest acreage deposit premium employment devaluation""".split()
)

# Works whose goods a "what will the plant make" question asks ("a printed circuit board plant"),
# and the words before such a noun that say how, how new or how big it is, not what it makes
# ("a high-pressure acid leach plant", "a new assembly plant").
WORKS = frozenset("plant plants factory factories mill mills facility facilities works".split())
NOT_GOODS = frozenset(
    """new first second third planned proposed existing pilot main largest biggest big small giant huge
    processing assembly manufacturing production treatment recycling leach leaching refining
    pressure high-pressure state-of-the-art modern flagship local domestic overseas foreign joint
    million billion tonne tonnes a an the its their this that his her our which""".split()
)

# Words that ask for "the number" without naming what is measured.
# Words that open a verb's object ("exported 580 tonnes", "reported a 4.6% rise", "cut its
# forecast"): after a past tense they mark it a verb with its object, not a participle's phrase.
OBJECT_OPENERS = frozenset("the a an its their his her some about nearly almost around roughly over more just".split())
# A price by its name, as the noun only ("renting" is a deed; "duty", whose keys hold "fee", a rate).
PRICE_NOUNS = frozenset("rent rents rental rentals fee fees fare fares".split())
VALUE_WORDS = frozenset("worth value amount total volume size number figure sum level".split())

# Flows of goods whose size "volumes" or "value" alone measures: "timber exports fell 6.8% ...;
# in the third quarter alone volumes were down 11.5%" gives the exports' volume.
GOODS_FLOWS = frozenset("export import shipment trade throughput delivery deliveries".split())

# Titles a "who is the X of Y" question asks for; the text must name that very role.
ROLES = frozenset(
    """minister president governor mayor ceo chief chairman chairwoman director secretary premier
    chancellor ambassador spokesman spokeswoman spokesperson head founder economist analyst
    treasurer commissioner king queen prince general leader boss owner""".split()
)

# A yes/no question's word whose opposite the article states: "Did the West approve?" against
# "despite disapproval from the West" is a no, with the evidence. Lemmas.
OPPOSITES: dict[str, tuple[str, ...]] = {
    "approve": ("disapproval", "disapprove", "oppose", "opposition", "reject", "rejection", "criticise", "criticize"),
    # "was the West happy about it?" / "despite disapproval from the West"
    "happy": ("unhappy", "disapproval", "disapprove", "oppose", "opposition", "criticise", "criticize", "displeasure"),
    "support": ("oppose", "opposition", "reject", "against"),
    "agree": ("disagree", "refuse", "reject", "dispute"),
    "coast": ("landlocked",),
    "coastal": ("landlocked",),  # "is jilin a coastal province?" / "the landlocked province of Jilin"
    "coastline": ("landlocked",),
    "sea": ("landlocked",),
    "seaport": ("landlocked",),  # "jilin has its own seaport right?" / "the landlocked province of Jilin"
    "allow": ("ban", "bar", "prohibit", "forbid", "block"),
    "win": ("lose", "defeat"),
    "accept": ("reject", "refuse", "decline"),
    "unanimous": ("split",),
    "unanimously": ("split",),
    "private": ("state", "public"),
    "profit": ("loss",),
    "profitable": ("loss", "loss-making", "in the red"),
    "beat": ("trail", "lag", "underperform", "miss", "fall short"),
    "outperform": ("trail", "lag", "underperform", "fall short"),
    "surplus": ("deficit",),
    "deficit": ("surplus",),  # "Is Ireland running a budget deficit?" / "has run a budget surplus every year"
    "onshore": ("offshore",),
    "offshore": ("onshore",),
    # "how much will Kenya borrow from foreign lenders?" / "635.5 billion shillings ... from the domestic market"
    "foreign": ("domestic",),
    "black": ("official",),
    "parallel": ("official",),
    "unofficial": ("official",),
    "official": ("parallel", "black market", "unofficial"),
    # "Is the new service weekly?" / "launched a fortnightly service": one rhythm rules out another
    "daily": ("weekly", "fortnightly", "biweekly", "monthly"),
    "weekly": ("daily", "fortnightly", "biweekly", "monthly"),
    "fortnightly": ("daily", "weekly", "monthly"),
    "biweekly": ("daily", "weekly", "monthly"),
    "monthly": ("daily", "weekly", "fortnightly", "biweekly"),
    # "how much coal went westbound?" / "carried 39.6 million tonnes of coal east": one way rules out the other
    "westbound": ("eastbound", "east", "eastward"),
    "eastbound": ("westbound", "west", "westward"),
    "northbound": ("southbound", "south", "southward"),
    "southbound": ("northbound", "north", "northward"),
    # "how wide is the canal at the bottom?" / "100 metres wide at the top": one end rules out the other
    "bottom": ("top",),
}

# A general word asked covers the kinds the article names, one way only: "how many tonnes of fish?" /
# "24,000 tonnes of frozen pollock", "fruit exports" / "cherry shipments"; a question about salmon
# must not take the crab. Keys are a question word's lemma; the kinds are lemmas.
KINDS: dict[str, tuple[str, ...]] = {
    "fish": ("salmon", "pollock", "cod", "tuna", "trout", "mackerel", "sardine", "anchovy", "herring", "tilapia",
             "hake", "haddock", "catfish", "pangasius", "carp"),
    "seafood": ("salmon", "pollock", "cod", "tuna", "trout", "mackerel", "sardine", "anchovy", "herring", "tilapia",
                "hake", "haddock", "catfish", "pangasius", "shrimp", "prawn", "crab", "lobster", "squid", "octopus",
                "oyster", "mussel", "scallop", "clam"),
    "shellfish": ("shrimp", "prawn", "crab", "lobster", "oyster", "mussel", "scallop", "clam"),
    "fruit": ("cherry", "grape", "durian", "mango", "mangosteen", "banana", "apple", "orange", "citrus", "avocado",
              "kiwifruit", "pear", "peach", "blueberry", "lemon", "pineapple", "lychee", "longan", "plum", "melon",
              "watermelon", "mandarin", "tangerine"),
    "grain": ("wheat", "maize", "corn", "barley", "rice", "sorghum", "oat", "rye", "millet"),
    "cereal": ("wheat", "maize", "corn", "barley", "rice", "sorghum", "oat", "rye", "millet"),
    "vehicle": ("car", "truck", "lorry", "bus", "van", "motorcycle", "motorbike", "suv"),
    "bike": ("motorbike", "motorcycle", "bicycle", "e-bike"),
    "meat": ("beef", "pork", "mutton", "lamb", "poultry", "chicken"),
    "livestock": ("cattle", "sheep", "goat", "pig", "camel"),
    # "how many rail workers are on strike?" / "Some 9,300 engineers and conductors ... went on strike";
    # not "miner", "operator": as often a company; not "seafarer": "land-based workers" are none
    "worker": ("engineer", "conductor", "driver", "nurse", "doctor", "teacher", "pilot", "welder", "mechanic", "technician",
               "electrician", "labourer", "laborer"),
    # "when will all six turbines be running?" / "the plant's six 170-MW units" (one way: a company's
    # "offshore unit" is no turbine)
    "turbine": ("unit", "generator"),
    # "which city is the oil going to be refined in?" / "ship it to its refinery in the port city of
    # Ningbo" (one way: "how big will the refinery be?" asks no "refining and petrochemical complex")
    "refine": ("refinery", "refiner"),
    "fertiliser": ("urea", "potash"),  # not "phosphate", "ammonia": a rock, a chemical as often
    "fertilizer": ("urea", "potash"),
}

# What a title asked for is called when the text gives exactly that title: "CEO" is the chief
# executive, while "president" is only in its synonym class.
TITLE_EXACT: dict[str, tuple[str, ...]] = {
    "ceo": ("chief executive", "ceo"),
    # A company's boss, in news, is its chief executive; a state body's, its chairman or director.
    "boss": ("chief executive", "ceo", "managing director", "chairman", "chairwoman", "director general", "governor",
             # "President Director Hendra Wijayakusuma" (an Indonesian firm's chief), "company president
             # Takeshi Anzai", "general manager of Xinjiang Tianrui's Kyrgyz unit"
             "president", "general manager"),
    "cfo": ("chief financial officer", "finance chief", "cfo"),
    "coo": ("chief operating officer", "coo"),
    "chairman": ("chairman", "chairwoman", "chair"),
    "chair": ("chairman", "chairwoman", "chairperson", "chair"),  # "who chairs the board?" is no chief executive
    "president": ("president",),
    "governor": ("governor",),
    "minister": ("minister", "secretary"),
    # "who is the secretary-general of the OCSB?" asks that title, though a leader's class has it
    "secretary general": ("secretary general", "secretary-general", "general secretary"),
    "spokesperson": ("spokesperson", "spokesman", "spokeswoman"),
    "spokesman": ("spokesperson", "spokesman", "spokeswoman"),
    "spokeswoman": ("spokesperson", "spokesman", "spokeswoman"),
}
