"""Named people, places and organisations of one article, from capitalisation and cue words.

No NLP model: the article is short, house-styled news prose, so capitalised runs plus a few
cue words ("province of", "President", "said", an appositive ", the capital of ...,") get the
entities a reader asks about. Everything is heuristic; the rules aim at few junk entities
rather than at finding every name.

Pipeline: tokens -> capitalised runs -> pieces (a run cut into names, with hints from the
words around it) -> entities (pieces merged by canonical name and alias) -> kind by vote.
"""

from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from knowledge import gazetteer as gz
from knowledge.lazy_re import LazyPattern, lazy_compile
from knowledge.lexicon import SYNONYMS
from knowledge.models import Entity, Mention
from knowledge.numbers import SPELLED_NUMBERS
from knowledge.text import is_known_word

DEMONYMS: dict[str, str] = dict(gz.DEMONYMS)

__all__ = ["DEMONYMS", "canonical_place", "find_entities"]

# "EU-U.S. tariff talks": an initialism after a hyphen belongs to the word ("EU-U", then ".S.", otherwise).
_WORD = lazy_compile(r"(?:[A-Z]\.){2,}|[^\W\d_]\w*(?:[-'’](?!(?:[A-Z]\.){2})\w+)*(?:-(?:[A-Z]\.){2,})?")
_POSSESSIVE = ("'s", "’s")
# Connectors allowed inside a name. Particles stay in person names; the rest only survive in
# organisation/state names ("Bank of England"), otherwise the run is cut there.
# ("Fondazione Cassa dei Tirreni", "Banca Popolare di Sondrio": the Italian ones too)
_PARTICLES = frozenset("de des da do dos das del van von der den du le la bin ibn al el es di dei della delle degli".split())
_SPLITTERS = frozenset("of the for and on".split())
_KEEP_CONNECTOR_HEADS = gz.ORG_WORDS | frozenset(
    "republic kingdom gulf isle sea bay cape strait straits port state states islands".split()
)
_OPEN_QUOTES = "“\"‘'(:"
_KNOWN_ORGS = {o.lower(): o for o in gz.KNOWN_ORGS}
_TITLES_ALL = gz.TITLE_WORDS | gz.HONORIFICS
_MAX_APPOSITIVE_WORDS = 10
_PLACE_SUFFIXES = ("-based", "-listed", "-headquartered", "-registered")
_PLACE_HEADS = frozenset("republic kingdom islands states emirates federation".split())
_ROLE_NOUNS = (
    "agency|consultancy|company|firm|group|regulator|bank|lender|miner|producer|maker|insurer|broker|"
    "operator|owner|developer|supplier|manufacturer|airline|shipper|exporter|importer|"
    "ministry|authority|watchdog|research centre|centre|institute|think tank|carrier|retailer|association|federation|"
    "cooperative|bottler|shipbuilder|shipyard|processor|refiner|trader|"
    "economist|analyst|spokesman|spokeswoman|spokesperson|official|minister|governor|chief executive"
)
_PERSON_NOUNS = frozenset("economist analyst spokesman spokeswoman spokesperson official minister governor".split()) | {"chief executive"}


class _EndCue:
    """A cue pattern that only matches at the end of the window before a name, after one of a few
    words ("...province of ", "...said "): `search` returns the pattern's own search, or None at
    once when the window does not end in whitespace after one of those words. The patterns scan
    the whole window and rarely match, and reading every name's cues ran each of them: the str
    check rules out nearly all windows for a fraction of a scan.

    `last_words`: every way the pattern's text can end before its closing whitespace (lowercase
    when `ignorecase`, which none of the letters of those words is special under)."""

    def __init__(self, pattern: LazyPattern | re.Pattern[str], last_words: Iterable[str], *, ignorecase: bool = False) -> None:
        self.pattern = pattern
        self.last_words = tuple(last_words)
        self.ignorecase = ignorecase

    def search(self, before: str) -> re.Match[str] | None:
        if not before[-1:].isspace():  # every one ends in \s+$, and rstrip strips what \s matches
            return None
        tail = before.rstrip()
        if not (tail.lower() if self.ignorecase else tail).endswith(self.last_words):
            return None
        return self.pattern.search(before)


# "German carmaker Brenner Automobil", "chipmaker Veltra": any maker is a body, as "maker" alone is
# (the cue's last words already cover it: "carmaker" ends in "maker").
_DESCRIBED_BEFORE = _EndCue(lazy_compile(rf"(?<![\w-])((?:[a-z][\w-]*\s){{0,2}}({_ROLE_NOUNS}|[a-z]{{2,}}maker))\s+$"), _ROLE_NOUNS.split("|"))
_PUBLIC_OFFICES = frozenset(n for n in gz.INSTITUTION_NOUNS if " " not in n)
_DESCRIBED_AFTER = lazy_compile(rf"^\s+((?:[a-z][\w-]*\s){{0,1}}({_ROLE_NOUNS}))\b")
_ACCORDING = _EndCue(lazy_compile(r"\b(?:according to|data from|figures from|estimates from|a partner at|analysts at)\s+(?:the\s+)?$"),
                    ("to", "from", "at", "the"))
_NAME_PREFIXES = frozenset("north south east west new san santa los las saint st port cape hong abu el".split())
_MAX_RUN = 12  # no real name is longer; caps the cost of "Aa Aa Aa ..." garbage
_WINDOW = 100  # cue words are looked for this many characters either side of a name

_PLACE_OF = _EndCue(lazy_compile(
    r"\b(provinces?|cit(?:y|ies)|ports?|capital|regions?|count(?:y|ies)|prefectures?|"
    r"districts?|towns?|villages?|islands?|states?|municipality|oblasts?|republic)"
    r"\s+of\s+(?:the\s+)?$"
), ("of", "the"))
# "The hardest-hit provinces were Ordu, Giresun and Samsun", "ports such as Matarani and Ilo": a
# plural place noun that introduces a list says what its members are, as "the provinces of" does.
_PLACES_LISTED = _EndCue(lazy_compile(
    r"\b(provinces|cities|ports|regions|counties|prefectures|districts|towns|villages|islands|states|oblasts)"
    r"\s+(?:were|are|include|included|including|such\s+as|like|namely)\s+$"
), ("were", "are", "include", "included", "including", "as", "like", "namely"))
# ("factories in Dong Nai, Tay Ninh and Hung Yen provinces": the plural names the list before it;
# "at Kazakhstan's Aktau and Kuryk ports": so do ports)
# ("Shanghai's Yangshan deep-water port", "Pudong airport": a kind of port after its modifiers names
# the place too; not a "dry port", a customs yard a company runs)
_PLACE_AFTER = lazy_compile(
    r"^\s+(?:(?:deep-?water|river|sea|container|bulk|cargo|international)\s+)?"
    r"(province|region|city|county|prefecture|district|oblast|municipality|port|island|airport"
    r"|provinces|regions|counties|prefectures|districts|oblasts|ports)\b"
)
# "Western state Michoacan", "the province Hubei" (no "of"), and a compass point alone:
# "Southern Chiapas posted the fastest growth".
_PLACE_KIND_BEFORE = _EndCue(lazy_compile(r"(?<![\w-])(state|province|region|prefecture|district|county|oblast)\s+$"),
                             ("state", "province", "region", "prefecture", "district", "county", "oblast"))
_COMPASS_BEFORE = _EndCue(lazy_compile(r"(?<![\w-])(?:north|south|east|west)(?:-?(?:east|west))?ern\s+$", re.IGNORECASE),
                          ("northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern",
                           "southwestern", "north-eastern", "north-western", "south-eastern", "south-western"), ignorecase=True)
_COMPASS_ADJECTIVE = r"(?:North|South|East|West)(?:-?(?:east|west))?ern"
_COMPASS_LEAD = re.compile(_COMPASS_ADJECTIVE + r"\s+(?=[A-Z])")
_COMPASS_WORD = re.compile(_COMPASS_ADJECTIVE)
# ("terminals on the Maasvlakte": "on" only with "the", never "on Monday")
_PREP_BEFORE = _EndCue(lazy_compile(r"\b(?:(?:in|at|from|to|near|across|outside|into|via|towards?|along)\s+(?:the\s+)?|on\s+the\s+)$"),
                      ("in", "at", "from", "to", "near", "across", "outside", "into", "via", "toward", "towards", "along", "the"))
_IN_COUNTRY_AFTER = lazy_compile(r"^\s+in\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\b")
_COUNTRY_NAMES = frozenset(c.lower() for c in gz.COUNTRIES)
_SAID_AFTER = lazy_compile(r"^\s+(?:" + "|".join(sorted(gz.SAID_VERBS)) + r")\b")
_SAID_BEFORE = _EndCue(re.compile(r"\b(?:said|says|told|added)\s+$"), ("said", "says", "told", "added"))
_LIST_GAP = re.compile(r"^(?:,\s*|\s+and\s+|,\s+and\s+|\s+or\s+)$")
_NOUN_ALT = "|".join(sorted(gz.INSTITUTION_NOUNS, key=len, reverse=True))
_MOD_ALT = "|".join(gz.INSTITUTION_MODIFIERS)
_INSTITUTION = lazy_compile(
    r"(?<![\w’'])(?P<owner>[A-Z][\w.-]*(?:\s[A-Z][\w-]*)?)(?P<poss>['’]s)?\s+"
    rf"(?P<mods>(?:(?:{_MOD_ALT})\s+){{0,2}})(?P<noun>{_NOUN_ALT})\b"
)
_BARE_INSTITUTION = lazy_compile(
    r"\b[Tt]he\s+(?P<name>" + "|".join(sorted(gz.BARE_INSTITUTIONS, key=len, reverse=True)) + r")\b"
)
_SINGULAR = {"provinces": "province", "cities": "city", "ports": "port", "regions": "region",
             "counties": "county", "prefectures": "prefecture", "districts": "district",
             "towns": "town", "villages": "village", "islands": "island", "states": "state",
             "oblasts": "oblast"}
_ROLE_STOP = gz.FUNCTION_WORDS | gz.SAID_VERBS | frozenset("is was are were be has have had".split())

# Hint weights for the kind vote: gazetteer and organisation words beat context cues.
_W_GAZ, _W_ORG, _W_TITLE, _W_CUE, _W_APPOS, _W_SAID, _W_NAME, _W_PREP = 10, 8, 6, 6, 5, 3, 3, 1


def canonical_place(word: str) -> str | None:
    """Country/region name for a demonym or place name ("russian" -> "Russia"), else None."""
    if not isinstance(word, str):
        return None
    return _canonical_place(word)


@lru_cache(maxsize=65536)  # asked of every question word
def _canonical_place(word: str) -> str | None:
    key = _norm(word).lower().strip(" .,;:!?")
    for suffix in _POSSESSIVE:
        if key.endswith(suffix):
            key = key[: -len(suffix)]
    return _demonym_country(key) or gz.PLACES.get(key)


# --------------------------------------------------------------------------- data shapes


@dataclass(slots=True)
class _Tok:
    start: int
    end: int  # possessive 's excluded
    raw_end: int
    text: str
    low: str
    cap: bool
    poss: bool
    initial: bool


@dataclass(slots=True)
class _Piece:
    """One printed name in one sentence, with what its surroundings say about it."""

    para: int
    sent: int
    start: int
    end: int
    text: str
    ntok: int
    key: str = ""  # lowercase canonical form; pieces with equal keys are one entity
    name: str = ""  # display name when this piece creates the entity
    votes: dict[str, int] = field(default_factory=dict)
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    country: str = ""  # demonym stripped off an organisation name
    initial: bool = False
    institution: str = ""  # noun of a lowercase institution phrase ("customs")
    fixed: bool = False  # gazetteer/demonym: key is canonical, no alias lookups
    demonym: bool = False
    forced: bool = False  # in a Title Case headline, where capitals prove nothing
    list_role: str = ""  # "province" from "the provinces of A, B and C", handed down the list
    list_role_back: str = ""  # "province" from "A, B and C provinces", handed back up the list
    said_alone: bool = False  # a lone word that speaks ("Tremblay said"), voted a body for it

    def vote(self, kind: str, weight: int) -> None:
        self.votes[kind] = self.votes.get(kind, 0) + weight


@dataclass(slots=True)
class _Ent:
    name: str
    key: str
    votes: dict[str, int] = field(default_factory=dict)
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    country: str = ""
    institution: str = ""
    kind: str = "other"


# --------------------------------------------------------------------------- small helpers


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").split())


def _demonym_country(low: str) -> str | None:
    if low in gz.DEMONYMS:
        return gz.DEMONYMS[low]
    # Plural demonyms ("Russians") but not country names that end in s.
    if low.endswith("s") and low[:-1] in gz.DEMONYMS:
        return gz.DEMONYMS[low[:-1]]
    return None


def _is_cap(word: str) -> bool:
    if word[:1].isupper():
        return True
    return word[:3] in ("al-", "el-") and word[3:4].isupper()


def _tokenize(text: str, force_initial: bool) -> list[_Tok]:
    toks: list[_Tok] = []
    for m in _WORD.finditer(text):
        start, end = m.span()
        core, low, cap, poss = _word_shape(m.group())
        if cap and start >= 2 and text[start - 1] == "-" and text[start - 2].isdigit():
            cap = False  # "the 1,125-MW Dorjilung plant": a unit hyphened to its number opens no name
        prev = text[:start].rstrip()
        initial = force_initial or not prev or prev[-1] in _OPEN_QUOTES or (prev[-1] in ".!?" and not _after_initial(prev))
        toks.append(_Tok(start, start + len(core), end, core, low, cap, poss, initial))
    return toks


def _after_initial(prev: str) -> bool:
    """Whether the text before a word ends in a lone capital's point ("Ramon D."): a middle
    initial, after which the surname opens no sentence."""
    return len(prev) >= 3 and prev[-1] == "." and prev[-2].isupper() and prev[-3] == " "


@lru_cache(maxsize=65536)
def _word_shape(word: str) -> tuple[str, str, bool, bool]:
    """A word as _tokenize keeps it: without a possessive 's, lowercase, capitalised?, possessive?
    Kept by the word: every sentence of every article is made of the same few thousand words."""
    poss = len(word) > 2 and word.endswith(_POSSESSIVE)
    core = word[:-2] if poss else word
    return core, core.lower(), _is_cap(core), poss


def _is_title_case_headline(toks: list[_Tok]) -> bool:
    # A Title Case Headline Capitalises Everything, so capitals carry no evidence there.
    long = [t for t in toks if len(t.text) > 3]
    return len(long) >= 3 and sum(t.cap for t in long) / len(long) > 0.6


def _span(text: str, toks: Sequence[_Tok]) -> str:
    return text[toks[0].start : toks[-1].end]


# --------------------------------------------------------------------------- runs


def _adjacent(text: str, a: _Tok, b: _Tok) -> bool:
    gap = text[a.raw_end : b.start]
    if gap[:1] in ("'", "’") and gap[1:] == " " and a.low.endswith("s") and b.low in gz.ORG_WORDS:
        # "the Mongolian Coal Truck Drivers' Association", "the Farmers' Union": a plural
        # possessive inside a body's name, whose apostrophe the word leaves out
        return True
    if gap == ". " and len(a.text) == 1 and a.cap and b.cap:
        # "Ramon D. Villafuerte", "George W. Bush": a middle initial's point ends no name
        return True
    # "Brantley's Inc", "McDonald's Corp": a possessive the company's name ends in
    return 0 < len(gap) <= 2 and gap.isspace() and "\n" not in gap and (not a.poss or b.low in _POSSESSIVE_NAME_ENDS)


_POSSESSIVE_NAME_ENDS = frozenset("inc corp co ltd plc llc limited corporation".split())


def _joinable(tok: _Tok, prev: _Tok) -> bool:
    if not tok.cap:
        return False
    if tok.low in gz.MONTHS or tok.low in gz.WEEKDAYS:
        # "Theresa May" is a name; "Putin in May" is not.
        return tok.low == "may" and prev.low in gz.FIRST_NAMES
    return True


def _startable(tok: _Tok) -> bool:
    return tok.cap and tok.low not in gz.MONTHS and tok.low not in gz.WEEKDAYS


def _runs(text: str, toks: list[_Tok]) -> list[list[_Tok]]:
    runs: list[list[_Tok]] = []
    i, n = 0, len(toks)
    while i < n:
        if not _startable(toks[i]):
            i += 1
            continue
        run = [toks[i]]
        j = i + 1
        while j < n and len(run) < _MAX_RUN and _adjacent(text, run[-1], toks[j]):
            nxt = toks[j]
            if _joinable(nxt, run[-1]):
                run.append(nxt)
                j += 1
                continue
            connector = nxt.low in _SPLITTERS or nxt.low in _PARTICLES
            if (connector and j + 1 < n and _adjacent(text, nxt, toks[j + 1])
                    and _joinable(toks[j + 1], nxt)):
                run += [nxt, toks[j + 1]]
                j += 2
                continue
            break
        if run[0].low in _LISTING_HEADS and any(t.low in ("of", "for") for t in run) and (end := _listed_end(text, toks, j)):
            run += toks[j:end]
            j = end
        elif _post_of_head(run) and (end := _listed_end(text, toks, j)):
            # "Minister of Commerce, Industry and Investment Promotion Salim bin Nasser al-Harthy": the
            # listed portfolio is one post, and the holder's name follows it
            run += toks[j:end]
            j = _name_end(text, toks, end)
            run += toks[end:j]
        if (len(run) > 1 and run[0].initial and run[0].low in _DESCRIBING
                and (_is_place_run(run[1:]) or any(t.low in gz.ORG_WORDS for t in run[1:]))):
            # "Neighbouring Vietnam, by contrast, ...", "Rival Corporacion Pacifico Sur, which ...": the
            # opening word only describes the place or the body
            run = run[1:]
        elif len(run) > 1 and run[0].initial and _is_trade_noun(run[0].low) and run[1].cap:
            # "Carmaker Tsubame Motor, based in Okazaki, ...": the opening word says what the body does
            run = run[1:]
        runs.append(run)
        i = j
    return runs


# "Japan's Ministry of Economy, Trade and Industry (METI)", "the Department for Environment, Food
# and Rural Affairs": a ministry's name lists what it is for, in words of the language, not the
# names a list of bodies would give ("the Bank of Japan, Nomura and Mizuho").
_LISTING_HEADS = frozenset("ministry department".split())


def _owning_country(before: str) -> str:
    """ "India's " right before "Minister of State for Ports ...": the country whose post it is, as
    "Russia's deputy minister for ..." keeps it, so a question asking one country's official tells
    the two apart; "" when no country's possessive comes first."""
    words = before.split()
    if not before.endswith(" ") or not words or not words[-1].endswith(_POSSESSIVE):
        return ""
    country = words[-1][:-2]
    return words[-1] + " " if _canonical_place(country) is not None and country[:1].isupper() else ""


def _post_of_head(run: list[_Tok]) -> bool:
    """ "Minister of Commerce", "Deputy Minister of Trade": a post and "of", its portfolio after."""
    lead = 0
    while lead < len(run) and run[lead].low in _POST_QUALIFIERS:
        lead += 1
    return len(run) > lead + 2 and run[lead].low in gz.TITLE_WORDS and run[lead + 1].low == "of"


def _name_end(text: str, toks: list[_Tok], j: int) -> int:
    """The token after a person's name starting at j: capitalised words and the particles inside
    ("Salim bin Nasser al-Harthy"); no "and", which would join the next person's name."""
    n = len(toks)
    while j < n and _adjacent(text, toks[j - 1], toks[j]):
        if toks[j].cap and not toks[j].poss:
            j += 1
        elif toks[j].low in _PARTICLES and j + 1 < n and _adjacent(text, toks[j], toks[j + 1]) and toks[j + 1].cap:
            j += 2
        else:
            break
    return j


def _listed_end(text: str, toks: list[_Tok], j: int) -> int:
    """Where the list after a ministry's name ends (the token after its last word), or 0."""
    prev, k, n, items = toks[j - 1], j, len(toks), 0
    while k < n:
        tok = toks[k]
        if text[prev.raw_end : tok.start] == ", " and tok.cap and not tok.poss and is_known_word(tok.low) and tok.low not in gz.PLACES:
            prev, k, items = tok, k + 1, items + 1
            continue
        if (items and tok.low == "and" and k + 1 < n and _adjacent(text, prev, tok) and _adjacent(text, tok, toks[k + 1])
                and toks[k + 1].cap and is_known_word(toks[k + 1].low) and toks[k + 1].low not in gz.PLACES):
            end = k + 2
            while end < n and _adjacent(text, toks[end - 1], toks[end]) and toks[end].cap and is_known_word(toks[end].low):
                end += 1  # "... Food and Rural Affairs"
            return end
        return 0
    return 0


# Words that open a sentence before a place without being part of its name ("Western Australia"
# and "Greater London" are names).
_DESCRIBING = frozenset("neighbouring neighboring nearby rival fellow landlocked resource-rich oil-rich cash-strapped".split())


# What a body does, said before its name at the start of a sentence: "Miner Coolibah said ...".
_TRADE_NOUNS = frozenset("""miner lender insurer retailer brewer exporter importer shipbuilder shipper refiner airline
developer supplier broker conglomerate startup start-up manufacturer producer distributor utility wholesaler""".split())


def _is_trade_noun(word: str) -> bool:
    return word in _TRADE_NOUNS or (word.endswith("maker") and len(word) > 5)


def _is_place_run(run: list[_Tok]) -> bool:
    words = " ".join(t.low for t in run)
    return words in gz.PLACES or _demonym_country(words) is not None


# --------------------------------------------------------------------------- run -> pieces


class _RunReader:
    """Cuts one capitalised run into pieces and reads the hints inside it."""

    def __init__(self, para: int, sent: int, text: str, known: set[str] | None) -> None:
        self.para, self.sent, self.text = para, sent, text
        self.known = known  # set only for a Title Case headline: words the body capitalises
        self.forced = known is not None
        self.out: list[_Piece] = []

    def piece(self, toks: Sequence[_Tok], start: int | None = None, end: int | None = None) -> _Piece:
        s = toks[0].start if start is None else start
        e = toks[-1].end if end is None else end
        name = _norm(self.text[s:e])
        p = _Piece(self.para, self.sent, s, e, name, len(toks), key=name.lower(), name=name,
                   initial=toks[0].initial, forced=self.forced)
        self.out.append(p)
        return p

    def place(self, toks: Sequence[_Tok], canonical: str, start: int | None = None,
              end: int | None = None) -> _Piece:
        p = self.piece(toks, start, end)
        p.key, p.name, p.fixed = canonical.lower(), canonical, True
        p.vote("place", _W_GAZ)
        if _norm(p.text).lower() != p.key:
            p.aliases.append(p.text)
        return p

    def read(self, run: list[_Tok]) -> None:
        # Sentence-initial "In", "The", "According" are never part of a name.
        while run and (run[0].low == "the" or (run[0].initial and run[0].low in gz.FUNCTION_WORDS)):
            run = run[1:]
            while run and (run[0].low in _SPLITTERS or run[0].low in _PARTICLES):
                run = run[1:]
        # "Twelve Latvian exporters booked space": a count spelled out to open a sentence is no
        # part of the nation's or place's word after it ("Three Gorges" still names a dam).
        if len(run) > 1 and run[0].initial and run[0].low in SPELLED_NUMBERS and canonical_place(run[1].low):
            run = run[1:]
        if self.known is None:
            if run:
                self.read_name(run)
            return
        part: list[_Tok] = []
        for t in run + [None]:  # type: ignore[list-item]
            if t is not None and _known_word(t.low, self.known):
                part.append(t)
                continue
            while part and part[-1].low in _SPLITTERS | _PARTICLES:
                part.pop()
            if part:
                self.read_name(part)
            part = []

    def read_name(self, run: list[_Tok]) -> None:
        # "Minister of Industry and Commerce Somphone Keovilay": the post's connectors split no name
        if self.gazetteer(run) or _post_of_index(run) >= 0 and self.titled(run) or self.split_connectors(run) or self.titled(run):
            return
        if self.demonym_head(run) or self.hyphen_places(run):
            return
        self.generic(run)

    def gazetteer(self, run: list[_Tok]) -> bool:
        full = _span(self.text, run)
        low = _norm(full).lower()
        if len(run) == 1 and run[0].low == "west" and self.text[: run[0].start].endswith(("the ", "The ")):
            self.place(run, gz.WEST, run[0].start - 4)
            return True
        canonical = gz.PLACES.get(low)
        if canonical is None and run[0].low in gz.COMPASS and len(run) > 1:
            inner = gz.PLACES.get(_norm(_span(self.text, run[1:])).lower())
            if inner:  # "Northeast China"
                p = self.piece(run)
                p.key = f"{gz.COMPASS[run[0].low]} {inner.lower()}"
                p.vote("place", _W_GAZ)
                self.place(run[1:], inner)
                return True
        if canonical is None:
            return False
        p = self.place(run, canonical)
        head = _demonym_country(run[0].low)
        if head and len(run) > 1:  # "Russian Far East" is also a mention of Russia
            p.aliases.append(_norm(_span(self.text, run[1:])))
            self.place(run[:1], head).demonym = True
        return True

    def titled(self, run: list[_Tok]) -> bool:
        """'Russian President Vladimir Putin' -> person Vladimir Putin, role Russian President."""
        k = _title_index(run)
        post_of = k < 0
        if post_of:
            k = _post_of_index(run)
        if k < 0:
            return False
        person = self.piece(run[k + 1 :])
        person.vote("person", _W_TITLE)
        role_toks = run[: k + 1]
        if not all(t.low in gz.HONORIFICS for t in role_toks):
            owner = _owning_country(self.text[: run[0].start]) if post_of else ""
            person.roles.append(owner + _norm(_span(self.text, role_toks)))
        prefix = [] if post_of else _title_prefix(role_toks)  # "Minister of Energy" names no body
        if prefix:
            self.read_name(prefix)  # "Bank of England Governor": the bank is named too
        return True

    def demonym_head(self, run: list[_Tok]) -> bool:
        for width in (2, 1):
            if len(run) < width:
                continue
            country = _demonym_country(" ".join(t.low for t in run[:width]))
            if country is None:
                continue
            self.place(run[:width], country).demonym = True
            rest = run[width:]
            if rest and (rest[0].low in _SPLITTERS or rest[0].low in _PARTICLES):
                if len(rest) > 1:  # "Chinese and Russian": a list, not one name
                    self.read_name(rest[1:])
                return True
            if rest and any(t.low in gz.ORG_WORDS for t in rest) and len(rest) < 3:
                self.generic(run)  # "European Commission", "Russian Foreign Ministry": one name
                return True
            if rest and not all(t.low in _TITLES_ALL | gz.TITLE_MODIFIERS for t in rest):
                before = len(self.out)
                self.read_name(rest)
                for p in self.out[before:]:
                    if not p.fixed:
                        p.country = country
                        p.roles.append(_norm(_span(self.text, run[:width])))
                        p.aliases.append(_norm(_span(self.text, run)))
            return True
        return False

    def split_connectors(self, run: list[_Tok]) -> bool:
        if not any(t.low in _SPLITTERS for t in run):
            return False
        if self.split_listed_bodies(run):
            return True
        if (len(run) > 2 and run[0].initial and run[1].low == "of" and run[0].low not in _KEEP_CONNECTOR_HEADS
                and run[0].low not in _TITLES_ALL and is_known_word(run[0].low) and run[2].low not in _SPLITTERS):
            # "Shares of Pesquera Costa Azul rose": a common word opening the sentence is no part of
            # the body's name after it ("Bank of Ghana", "Governor of the Bank of Japan" are names).
            self.read_name(run[2:])
            return True
        if any(self.binds_connector(run, i) for i, t in enumerate(run) if t.cap):
            return False
        parts: list[list[_Tok]] = [[]]
        for t in run:
            if t.low in _SPLITTERS:
                parts.append([])
            else:
                parts[-1].append(t)
        parts = [p for p in parts if p]
        for i, part in enumerate(parts):
            if not (i + 1 < len(parts) and _portfolio_of(part, parts[i + 1])):
                self.read_name(part)
        return True

    @staticmethod
    def binds_connector(run: list[_Tok], i: int) -> bool:
        """Whether the word at `i` makes the run one name across its connectors: a body's word
        anywhere ("Ministry of Trade and Industry"), a place's head unless it opens the name after an
        "and" ("Port of Spain", "Gulf of Aden"; "Ningbo and Port Klang" is two ports)."""
        low = run[i].low
        if low in gz.ORG_WORDS:
            return True
        if low not in _KEEP_CONNECTOR_HEADS:
            return False
        return not (i > 0 and run[i - 1].low == "and")

    def split_listed_bodies(self, run: list[_Tok]) -> bool:
        """ "China Railway Construction Corp and Kazakhstan", "KazMunayGas and China National
        Petroleum Corp": two names listed, when a side ends a company's name or is a place.
        ("Bureau of Agricultural and Resource Economics" has neither and stays one.)"""
        for i, t in enumerate(run):
            if t.low != "and" or i == 0 or i == len(run) - 1:
                continue
            left, right = run[:i], run[i + 1 :]
            if (left[-1].low not in gz.CORP_SUFFIXES and not _is_place_run(left) and not _is_place_run(right)
                    and is_known_word(left[-1].low) and is_known_word(right[0].low)):
                continue  # "Canada Mortgage and Housing Corporation": common words on both sides, one body
            if (left[-1].low in gz.CORP_SUFFIXES or (len(right) >= 2 and right[-1].low in gz.CORP_SUFFIXES)
                    or _is_place_run(left) or _is_place_run(right)):
                self.read_name(left)
                self.read_name(right)
                return True
        return False

    def hyphen_places(self, run: list[_Tok]) -> bool:
        """'China-Europe freight trains' mentions China and Europe, not a 'China-Europe'."""
        if len(run) != 1 or "-" not in run[0].text:
            return False
        tok = run[0]
        parts = tok.text.split("-")
        found = [_demonym_country(p.lower()) or gz.PLACES.get(p.lower()) for p in parts]
        if not all(found):
            # "EU-U.S. tariff talks", "EU-China ties": a body's short name and a place are each read
            # as written alone.
            if len(parts) > 1 and all(f or p.lower() in gz.ORG_ALIASES for p, f in zip(parts, found)):
                pos = tok.start
                for part in parts:
                    self.read_name([_Tok(pos, pos + len(part), pos + len(part), part, part.lower(), True, False, tok.initial)])
                    pos += len(part) + 1
                return True
            return False
        pos = tok.start
        for part, canonical in zip(parts, found):
            self.place([tok], canonical or "", pos, pos + len(part)).demonym = (
                _demonym_country(part.lower()) is not None
            )
            pos += len(part) + 1
        return True

    def generic(self, run: list[_Tok]) -> None:
        low = _norm(_span(self.text, run)).lower()
        for suffix in _PLACE_SUFFIXES:
            if low.endswith(suffix) and len(low) > len(suffix):
                self.based(run, len(low) - len(suffix))
                return
        if len(run) == 1 and (low in gz.NOT_NAMES or low in _TITLES_ALL or low in gz.FUNCTION_WORDS):
            return
        if len(run) == 1 and len(low) == 1:
            return
        p = self.piece(run)
        p.key, p.name = low, p.text
        if low in _KNOWN_ORGS or (len(run) > 1 and any(t.cap and t.low in gz.ORG_WORDS for t in run)):
            p.vote("org", _W_ORG)
        elif len(run) > 1 and run[0].low in gz.LEGAL_PREFIXES and run[0].text.isupper():
            p.vote("org", _W_ORG)
        elif len(run) == 1 and run[0].text.isupper() and len(run[0].text) >= 2:
            p.vote("org", _W_NAME)  # unknown acronym: NATO-like body more often than not
        elif len(run) == 1 and low in gz.ORG_WORDS:
            p.vote("org", _W_SAID + 1)  # "the Treasury said": an institution, not a person
        if low in gz.ORG_ALIASES:
            p.key, p.name = gz.ORG_ALIASES[low].lower(), gz.ORG_ALIASES[low]
            p.aliases.append(p.text)
        if len(run) >= 2 and run[0].low in gz.FIRST_NAMES:
            p.vote("person", _W_NAME)
        elif len(run) >= 2 and not p.votes and _is_feature(run):
            p.vote("place", _W_CUE)
            if len(run) >= 3 and run[0].low == "port":
                # "the Port of Dakar" is Dakar, the town asked by "dakar port", not a place of its own
                town = _norm(self.text[run[2].start : run[-1].end])
                p.key, p.name = town.lower(), town
                p.aliases.append(p.text)
        if len(run) == 2 and run[0].low in gz.FAMILY_FIRST_SURNAMES and run[1].low not in gz.FIRST_NAMES:
            p.vote("person", _W_NAME - 1)


    def based(self, run: list[_Tok], length: int) -> None:
        """ "Texas-based company": Texas is a place; "-based" is not part of any name."""
        start = run[0].start
        p = self.piece(run, start, start + length)
        p.text = self.text[start : start + length]
        p.key, p.name = p.text.lower(), p.text
        p.vote("place", _W_CUE)


# "the Cape of Good Hope", "Eyre Peninsula", "Lake Victoria": a name a geographic feature's word
# heads or ends is a place, though no gazetteer lists it.
_FEATURE_ENDS = frozenset("""sea canal peninsula ocean strait straits gulf bay channel lake river island islands
mountains range desert coast basin delta valley highlands lowlands plateau lagoon
street road avenue boulevard highway region province district county prefecture territory""".split())
# and streets: "Dunearn Road", "Avenida Constitución"; and parts of a country: "Western Region"
_FEATURE_OF = frozenset("cape gulf strait straits bay sea isle lake port".split())  # "Gulf of Aden", "Strait of Hormuz", "Port of Tauranga"
_FEATURE_HEADS = frozenset("cape lake mount avenida calle rua".split())  # "Cape Horn", "Mount Kenya"


def _is_feature(run: list[_Tok]) -> bool:
    first, second = run[0].low, run[1].low
    return run[-1].low in _FEATURE_ENDS or (first in _FEATURE_OF and second == "of") or (first in _FEATURE_HEADS and run[1].cap)


def _known_word(low: str, known: set[str]) -> bool:
    return (low in known or low in gz.PLACES or low in _KNOWN_ORGS
            or _demonym_country(low) is not None or low in _SPLITTERS or low in _PARTICLES)


def _title_index(run: list[_Tok]) -> int:
    """Index of the last title word that is followed only by plain name words, else -1."""
    for k in range(len(run) - 2, -1, -1):
        if run[k].low not in _TITLES_ALL:
            continue
        rest = run[k + 1 :]
        if rest[0].low in _SPLITTERS or rest[0].low in _PARTICLES:
            return -1
        if any(t.low in gz.ORG_WORDS or t.low in _TITLES_ALL or t.low in _SPLITTERS for t in rest):
            return -1
        if any(_demonym_country(t.low) or t.low in gz.PLACES for t in rest):
            return -1
        return k
    return -1


def _post_of_index(run: list[_Tok]) -> int:
    """ "Minister of Energy and Mines Khamphet Vongsavanh": a title, "of" and a portfolio of plain
    words, then a two-word name; the index of the portfolio's last word, else -1."""
    lead = 0
    while lead < len(run) and run[lead].low in _POST_QUALIFIERS:
        lead += 1  # "Deputy Minister of Industry and Trade Phan Thi Lan": the post is still one
    if len(run) - lead < 5 or run[lead].low not in gz.TITLE_WORDS or run[lead + 1].low != "of":
        return -1
    cut = _name_start(run, lead + 2)
    portfolio, name = run[lead + 2 : cut], run[cut:]
    if not portfolio:
        return -1
    if not all(t.low in _SPLITTERS or is_known_word(t.low) for t in portfolio) or portfolio[-1].low in _SPLITTERS:
        return -1
    inner = name[1:-1]  # "Salim bin Nasser al-Harthy": particles only inside the name
    if not all((t.cap or t in inner and t.low in _PARTICLES) and not t.poss and t.low not in gz.ORG_WORDS
               and t.low not in _TITLES_ALL and t.low not in gz.PLACES and t.low not in _SPLITTERS for t in name):
        return -1
    return cut - 1


def _name_start(run: list[_Tok], start: int) -> int:
    """Where the name after a portfolio begins: at its first word no dictionary knows ("Phan Thi
    Lan", whose "Lan" is a word too) when two to four words remain, else the last two words."""
    for i in range(start, len(run)):
        if run[i].low not in _SPLITTERS and not is_known_word(run[i].low):
            return i if 2 <= len(run) - i <= 4 else len(run) - 2
    return len(run) - 2


def _title_prefix(role: list[_Tok]) -> list[_Tok]:
    """The name in front of the title words: 'Bank of England' in 'Bank of England Governor'."""
    cut = len(role)
    while cut > 0 and role[cut - 1].low in _TITLES_ALL | gz.TITLE_MODIFIERS:
        cut -= 1
    if cut < len(role) and role[-1].low == "minister":
        cut = _before_portfolio(role, cut)
    prefix = role[:cut]
    while prefix and (prefix[-1].low in _SPLITTERS or prefix[-1].low in _PARTICLES):
        prefix = prefix[:-1]
    while prefix and prefix[0].low in _POST_QUALIFIERS:
        prefix = prefix[1:]  # "Deputy Energy Minister": the ministry is Energy's, no body "Deputy Energy"
    return prefix


def _plain_words(run: list[_Tok]) -> bool:
    """Words every dictionary knows, no place, people or possessive among them ("Industry")."""
    return bool(run) and all(not t.poss and is_known_word(t.low) and not _demonym_country(t.low)
                             and t.low not in gz.PLACES for t in run)


def _portfolio_of(part: list[_Tok], following: list[_Tok]) -> bool:
    """ "Industry and Trade Minister Helena Caldas Monteiro": plain words listed before a post
    whose own portfolio is plain words are one more portfolio of it, no body "Industry"."""
    k = _title_index(following)
    return k > 0 and _plain_words(part) and _plain_words(following[:k])


def _before_portfolio(role: list[_Tok], cut: int) -> int:
    """ "Serbian Construction Minister": a portfolio of one plain word is no body (a question's
    "why was construction held up?" names none); "Energy and Mineral Resources Minister" joins
    several, as the ministry's own name does, and is kept."""
    k = cut
    while k > 0 and not role[k - 1].poss and is_known_word(role[k - 1].low) and not _demonym_country(role[k - 1].low) \
            and role[k - 1].low not in gz.PLACES and role[k - 1].low not in _SPLITTERS | _PARTICLES:
        k -= 1
    return k if cut - k == 1 else cut


# Words that qualify a post and never open a body's name ("First Quantum", "State Bank" do).
_POST_QUALIFIERS = frozenset("deputy vice acting former".split())


# --------------------------------------------------------------------------- context cues


def _words_before(text: str, end: int, limit: int) -> list[str]:
    """Up to `limit` modifier words right before `end`, stopping at function words."""
    words = text[max(0, end - _WINDOW) : end].split()
    out: list[str] = []
    for w in reversed(words):
        clean = w.strip(",;:()“”\"")
        if clean != w or not clean or len(out) >= limit:
            break
        low = clean.lower()
        if low in _ROLE_STOP or (clean[0].isupper() and not _demonym_country(low)
                                 and low not in gz.TITLE_MODIFIERS):
            break
        out.append(clean)
    return list(reversed(out))


def _cue_place_of(p: _Piece, text: str, before: str) -> None:
    m = _PLACE_OF.search(before) or _PLACES_LISTED.search(before)
    if not m:
        return
    p.vote("place", _W_CUE)
    noun = _SINGULAR.get(m.group(1), m.group(1))
    if noun == "capital":  # "the capital of X": the role belongs to the appositive's subject
        return
    abs_noun = p.start - len(before) + m.start(1)
    role = " ".join(_words_before(text, abs_noun, 3) + [noun])
    p.roles.append(role)
    if m.group(1) != noun:  # plural: the following list members share it
        p.list_role = role


def _cue_title_before(p: _Piece, text: str, before: str) -> None:
    words = before.split()
    if not words or before[-1:] != " " or words[-1] != words[-1].lower():
        return
    last = words[-1].strip(",;:(")
    if (last not in gz.TITLE_WORDS and last not in _HYPHEN_TITLES) or last != words[-1]:
        if p.ntok >= 2 and (" for " in before or " of " in before):
            _cue_portfolio_before(p, before)
        return
    end = len(before.rstrip())
    mods = _words_before(before, end - len(last), 3)
    p.vote("person", _W_TITLE)
    start = end - len(" ".join(mods + [last]))
    p.roles.append(" ".join(_body_before(before[:start]) + mods + [last]))


# "state minister for power, energy and mineral resources Tahmid Hossain Chowdhury": a post whose
# portfolio, listed in lower case, runs up to the holder's name.
_PORTFOLIO_BEFORE = lazy_compile(r"\b([a-z]+)\s+(?:for|of)\s+((?:[a-z][a-z-]*,?\s+){1,7})$")
_PORTFOLIO_POSTS = frozenset("minister secretary commissioner director head chief".split())


def _cue_portfolio_before(p: _Piece, before: str) -> None:
    """A full name right after "<post> for <portfolio>" in lower case is the post's holder."""
    m = _PORTFOLIO_BEFORE.search(before)
    if m is None or m.group(1) not in _PORTFOLIO_POSTS:
        return
    portfolio = m.group(2).replace(",", " ").split()
    if portfolio[-1] == "and" or any(w in gz.FUNCTION_WORDS and w != "and" or w in gz.SAID_VERBS for w in portfolio):
        return  # "the head of the team said": no portfolio, a clause
    start = m.start(1)
    mods = _words_before(before, start, 3)
    p.vote("person", _W_TITLE)
    p.roles.append(" ".join(_body_before(before[: start - len(" ".join(mods))]) + mods + [before[start:].strip()]))


# "Kedah's executive councillor for investment, Haslinda Mohd Yusof, said", "said its chairwoman,
# Nomvula Dlamini": a post set before the name with a comma is the person's.
_POSTS = gz.PERSON_NOUNS | frozenset("councillor councilor member chairwoman spokeswoman".split())
_POST_LINKS = frozenset("of for at in on".split())


def _post_before_comma(before: str) -> str:
    """The post phrase ending right before ', ' ("Conab's director of agricultural policy"), or ''."""
    words = before[:-2].split()[-8:]
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w != w.strip(",;:()“”\"") or w.lower() in gz.SAID_VERBS:
            return ""  # the clause ends before any post
        if w in _POSTS:
            tail = words[i + 1 :]
            # "director of agricultural policy": only an "of"/"for" phrase may follow the post
            if tail and tail[0] not in _POST_LINKS:
                return ""
            head = i
            while head > 0 and words[head - 1] == words[head - 1].lower() and words[head - 1] not in gz.FUNCTION_WORDS \
                    and words[head - 1].lower() not in gz.SAID_VERBS and words[head - 1].isalpha():
                head -= 1  # "executive councillor", "external member" (not "its")
            if head > 0 and words[head - 1].endswith(_POSSESSIVE):
                head -= 1  # "Kedah's"
            return " ".join(words[head:])
    return ""


# "Union secretary-general Rosa Quispe", "UN secretary-general": posts written as one hyphenated word.
_HYPHEN_TITLES = frozenset("""secretary-general director-general attorney-general solicitor-general governor-general
editor-in-chief commander-in-chief""".split())
_BODY_LINKS = frozenset("of and de del for".split())


def _body_before(before: str) -> list[str]:
    """The capitalised name right before a lowercase post: "Hoshida Metals" in "Hoshida Metals chief
    executive Ken Aoki", "Union" in "Union secretary-general Rosa Quispe": the body the post is of."""
    if not before.endswith(" ") or before.endswith("  "):
        return []
    out: list[str] = []
    for w in reversed(before.split()[-6:]):
        low = w.lower()
        if not (w[:1].isupper() and w.isalpha() or (out and low in _BODY_LINKS)) or low in gz.MONTHS or low in gz.WEEKDAYS:
            break
        out.append(w)
    while out and (out[-1].lower() in _BODY_LINKS or out[-1].lower() in gz.FUNCTION_WORDS):
        out.pop()  # "The", "In": no part of the name
    return list(reversed(out))


_MODALS = frozenset("will would can could should must shall".split())


def _appositive(after: str) -> str:
    """', the capital of Liaoning province,' -> 'the capital of Liaoning province' or ''."""
    if not after.startswith(", "):
        return ""
    rest = after[2:]
    m = re.search(r"[,;()“”\"]|\s[–—]\s", rest)
    phrase = rest[: m.start()] if m else rest
    if not m and len(after) >= _WINDOW:
        # The window cut it: keep its first words ("a farm economist at the ...").
        phrase = " ".join(phrase.split()[: _MAX_APPOSITIVE_WORDS - 2])
    phrase = phrase.strip().rstrip(".")
    words = phrase.split()
    if any(w.lower().strip(".,") in gz.SAID_VERBS for w in words):
        return ""  # ", the company said on Wednesday" attributes a statement; it says nothing of the name
    if any(w in _MODALS for w in words):
        return ""  # "signed in Dushanbe, the Chinese company will replace ...": the next clause's subject, no description
    if len(words) > _MAX_APPOSITIVE_WORDS + 4:
        words = words[: _MAX_APPOSITIVE_WORDS + 4]  # a long description: its head says who it is
        phrase = " ".join(words)
    if not words:
        return ""
    first = words[0]
    if first.lower() in ("the", "a", "an"):
        # "a Balkans analyst at ...": a capitalised field or region before a lower-case title is
        # still a description of the name, not another name ("the Ministry of ...").
        fielded = len(words) > 2 and words[2] in gz.PERSON_NOUNS
        if len(words) < 2 or (words[1][0].isupper() and not _demonym_country(words[1].lower()) and not fielded):
            return ""
        return phrase
    if first == first.lower() and (first in gz.PERSON_NOUNS or first in gz.TITLE_MODIFIERS):
        return phrase
    # "Hengtai's president director for Indonesia", "metals analyst at Mandala Sekuritas": a title
    # within the first words, after an owner or a field.
    head = [w.lower().strip(".,") for w in words[1:4]]
    owner = first.endswith(("'s", "’s")) or first == first.lower()
    if owner and any(w in gz.PERSON_NOUNS for w in head) and all(w == w.lower() for w in words[1:3]):
        return phrase
    # "Pacific economist at Coral Sea Capital": a capitalised field or region just before a
    # lower-case title, as "metals analyst" is a field before one.
    if len(words) > 2 and words[1] in gz.PERSON_NOUNS and words[2] in ("at", "with", "for"):
        return phrase
    return ""


def _appositive_kind(phrase: str) -> str:
    for w in phrase.lower().split():
        w = w.strip(".,'’")
        w = _SINGULAR.get(w, w)
        if w in gz.PLACE_NOUNS:
            return "place"
        if w in gz.ORG_NOUNS:
            return "org"
        if w in gz.PERSON_NOUNS:
            return "person"
    return ""


# "said Tom Keller, who grows wheat and barley near Kimba": what the person does is the post a
# question names ("Which farmer is quoted?").
_DOERS = {"grows": "farmer", "farms": "farmer", "raises": "farmer", "breeds": "farmer", "runs": "owner",
          "owns": "owner", "co-owns": "owner", "manages": "manager", "heads": "head", "leads": "head",
          "chairs": "chair", "founded": "founder", "co-founded": "founder"}
_CLAUSE_STOP = frozenset("on in at near for from with since to by who which that".split())


def _who_role(after: str) -> str:
    """', who grows wheat and barley on 2,400 hectares' -> 'farmer who grows wheat and barley', or ''."""
    words = after[6:].split(maxsplit=6)
    noun = _DOERS.get(words[0], "") if words else ""
    if not noun:
        return ""
    kept = [words[0]]
    for w in words[1:6]:
        clean = w.rstrip(",.;:")
        if clean.lower() in _CLAUSE_STOP or not clean:
            break
        kept.append(clean)
        if clean != w:
            break
    return f"{noun} who {' '.join(kept)}"


_IS_A_PLACE = lazy_compile(
    r"^\s+(?:is|was|remained|remains|became|becomes|has become|will become|will remain)\s+"
    r"((?:the|a|an)\s+(?:[\w-]+\s+){0,4}?(?:state|province|country|city|region|port|town|nation|district|territory|county|island))\b"
)


def _read_cues(p: _Piece, text: str) -> None:
    before = text[max(0, p.start - _WINDOW) : p.start]
    end = p.end + 2 if text[p.end : p.end + 2] in _POSSESSIVE else p.end
    after = text[end : end + _WINDOW]
    _cue_place_of(p, text, before)
    kind_before = _PLACE_KIND_BEFORE.search(before)
    if kind_before:
        p.vote("place", _W_CUE)
        p.roles.append(" ".join(_words_before(text, p.start - len(before) + kind_before.start(1), 2) + [kind_before.group(1)]))
    elif _COMPASS_BEFORE.search(before):
        p.vote("place", _W_NAME)

    m = _PLACE_AFTER.match(after)
    if m:
        p.vote("place", _W_CUE)
        p.roles.append(_SINGULAR.get(m.group(1), m.group(1)))
        if m.group(1) in _SINGULAR:
            p.list_role_back = _SINGULAR[m.group(1)]
    _cue_title_before(p, text, before)
    if p.ntok >= 2 and before.endswith(", ") and not p.fixed and (post := _post_before_comma(before)):
        p.vote("person", _W_TITLE)
        p.roles.append(post)
    copula = _IS_A_PLACE.match(after)
    if copula:  # "Uttar Pradesh remained the biggest wheat-growing state"
        p.vote("place", _W_APPOS)
        p.roles.append(copula.group(1))
    phrase = _appositive(after)
    if phrase:
        p.roles.append(phrase)
        kind = _appositive_kind(phrase)
        if kind:
            p.vote(kind, _W_APPOS)
    elif after.startswith(", who ") and (role := _who_role(after)):
        p.roles.append(role)
        p.vote("person", _W_APPOS)
    if _SAID_AFTER.match(after) or _SAID_BEFORE.search(before):
        # A full name that speaks is a person; a lone word that speaks ("Conab said", "Ofgem
        # said") is far more often an agency or a company: people come with a first name.
        p.vote("person" if p.ntok >= 2 else "org", _W_SAID)
        p.said_alone = p.ntok < 2
    described = _DESCRIBED_BEFORE.search(before)
    if not described and end == p.end and not p.fixed:
        # "Italy's competition authority" is not Italy: what follows an owner is something it owns;
        # nor is "the U.S. retailer" the United States: a known place before a noun says where it is.
        described = _DESCRIBED_AFTER.match(after)
        if described and after[described.end() :][:1] == " " and after[described.end() + 1 :][:1].isupper():
            # "GoldBod chief executive Efua Sarpong-Addo": the post is the person's, the name before it
            # the body she heads.
            # ("Heihe customs spokesperson Zhang Lihua": a public office between says the name
            # is the place whose office it is, no body.)
            if described.group(2) in _PERSON_NOUNS and described.group(1).split()[0] not in _PUBLIC_OFFICES:
                p.vote("org", _W_APPOS)
            described = None
    if described:
        # "government agency Conab", "the Cepea research centre": what the text says it is
        # ("forcing operator Andes Pacific" is an operator: the verb before it is no part of that,
        # nor is a function word: "according to customs agency Sunat").
        words = described.group(1).split()
        # ("general manager of importer Blue Tide Trading": an "of" ends the holder's post, and the
        # name is the importer.)
        # ('," said chief executive Sari Wulandari': the speaking verb is none of the post either)
        verbs = [i for i, w in enumerate(words[:-1])
                 if w.endswith(("ing", "ed")) or w in gz.FUNCTION_WORDS or w in gz.SAID_VERBS or w == "of"]
        p.roles.append(" ".join(words[verbs[-1] + 1 :] if verbs else words))
        p.vote("person" if described.group(2) in _PERSON_NOUNS else "org", _W_APPOS)
    if _ACCORDING.search(before):
        p.vote("org", _W_SAID)  # "according to Cepea": a source, so a body
    if any(w in before for w in _HOME_WORDS) and _HOME_BEFORE.search(before):
        p.vote("org", _W_CUE)
    if len(p.text.split()) > 1 and any(w.lower() in _PLACE_HEADS for w in p.text.split()[:-1]):
        p.vote("place", _W_CUE)  # "Democratic Republic of Congo"
    if _SUPPLIER_TO.search(before) or _ANALYST_AT.search(before):
        # "suppliers to Nvidia", "adviser to Kestrel": a customer, not a place; "an analyst at Fitch
        # Solutions": the firm a researcher works for, never a town
        p.vote("org", _W_CUE)
    elif _PREP_BEFORE.search(before) or _bound_for_city(p, before) or _passed_in_country(before, after):
        p.vote("place", _W_PREP)


def _passed_in_country(before: str, after: str) -> bool:
    """ "transshipped through Salalah in Oman": what a route passes through, and the text puts in a
    country, is a place ("through" alone also leads to bodies: "through its unit Halvern")."""
    if not before.endswith("through "):
        return False
    country = _IN_COUNTRY_AFTER.match(after)
    return country is not None and country.group(1).lower() in _COUNTRY_NAMES


def _bound_for_city(p: _Piece, before: str) -> bool:
    """ "left Lagos for Qingdao": a ship or cargo "for" a city the gazetteer places in its country
    is bound for a place (a trade's end), though "for" alone also leads to bodies ("for Nvidia")."""
    return before.endswith(" for ") and bool(gz.country_of_city(p.text))


# "Milan-based Banca Serravalle", "Seville-based bottler Olivares del Betis": what has a home
# there is a body.
_HOME_BEFORE = lazy_compile(r"\b[A-Z][\w.'’]*-(?:based|listed|headquartered|registered)\s+(?:[a-z][\w-]*\s+){0,2}$")
_HOME_WORDS = ("-based ", "-listed ", "-headquartered ", "-registered ")


# "an analyst at Fitch Solutions", "economist with Sika Capital": researchers work at firms.
_ANALYST_AT = _EndCue(lazy_compile(r"\b(?:analyst|economist)s?\s+(?:at|with)\s+$", re.IGNORECASE), ("at", "with"), ignorecase=True)
_SUPPLIER_TO = _EndCue(lazy_compile(r"\b(?:suppliers?|vendors?|sellers?|lenders?|advisers?|advisors?|partners?|contractors?|"
                                   r"subsidiar(?:y|ies)|units?|customers?|clients?) (?:to|of)\s+$", re.IGNORECASE),
                      ("to", "of"), ignorecase=True)


def _propagate_lists(pieces: list[_Piece], text: str) -> None:
    """'the provinces of Liaoning, Heilongjiang and Jilin': each list member gets the role."""
    ordered = sorted(pieces, key=lambda q: q.start)
    for a, b in zip(ordered, ordered[1:]):
        if a.fixed or b.fixed or not a.list_role or not _LIST_GAP.match(text[a.end : b.start]):
            continue
        b.list_role = a.list_role
        _extend(b.roles, [a.list_role])
        b.vote("place", _W_CUE)
    for a, b in zip(reversed(ordered[:-1]), reversed(ordered[1:])):
        if a.fixed or b.fixed or not b.list_role_back or not _LIST_GAP.match(text[a.end : b.start]):
            continue
        a.list_role_back = b.list_role_back
        _extend(a.roles, [b.list_role_back])
        a.vote("place", _W_CUE)


# --------------------------------------------------------------------------- phrase pieces


def _institutions(para: int, sent: int, text: str) -> list[_Piece]:
    """Lowercase institutions: 'Chinese state media', "China's national broadcaster"."""
    out: list[_Piece] = []
    # Each pattern matches one of its nouns as written: most sentences have none, and a few str
    # searches for them cost far less than a scan of the sentence with the pattern.
    if any(noun in text for noun in gz.INSTITUTION_NOUNS):
        out += _owned_institutions(para, sent, text)
    if any(name in text for name in gz.BARE_INSTITUTIONS):
        _add_bare_institutions(para, sent, text, out)
    return out


def _owned_institutions(para: int, sent: int, text: str) -> list[_Piece]:
    """ "Chinese state media", "China's national broadcaster": a country's institution."""
    out: list[_Piece] = []
    for m in _INSTITUTION.finditer(text):
        owner, start = m.group("owner"), m.start()
        country = _owner_country(owner, bool(m.group("poss")))
        if not country and " " in owner:  # "The Chinese government": the owner is the last word
            start += owner.index(" ") + 1
            country = _owner_country(owner.split(" ", 1)[1], bool(m.group("poss")))
        if not country:
            continue
        name = _norm(text[start : m.end()])
        p = _Piece(para, sent, start, m.end(), name, 3, key=name.lower(), name=name,
                   country=country, institution=m.group("noun"))
        p.vote("org", _W_ORG)
        out.append(p)
    return out


def _add_bare_institutions(para: int, sent: int, text: str, out: list[_Piece]) -> None:
    """ "the central bank", "the finance ministry", added to `out` unless one there covers it."""
    for m in _BARE_INSTITUTION.finditer(text):
        if any(q.start <= m.start("name") < q.end for q in out):
            continue
        name = m.group("name")
        p = _Piece(para, sent, m.start("name"), m.end(), name, 2, key=name, name=name,
                   institution=name.split()[-1])
        p.vote("org", _W_ORG)
        out.append(p)


def _owner_country(owner: str, possessive: bool) -> str | None:
    low = _norm(owner).lower()
    if possessive:
        return gz.PLACES.get(low) or _demonym_country(low)
    return _demonym_country(low)


def _compass_places(toks: list[_Tok], pieces: list[_Piece], para: int, sent: int,
                    text: str) -> list[_Piece]:
    """'northeast China', 'northeastern China': a region of a gazetteer place."""
    out: list[_Piece] = []
    by_start = {p.start: p for p in pieces if p.fixed and not p.demonym}
    for a, b in zip(toks, toks[1:]):
        place = by_start.get(b.start)
        if place is None or a.cap or a.low not in gz.COMPASS or text[a.raw_end : b.start] != " ":
            continue
        name = _norm(text[a.start : place.end])
        p = _Piece(para, sent, a.start, place.end, name, 2, key=f"{gz.COMPASS[a.low]} {place.key}",
                   name=name, fixed=True)
        p.vote("place", _W_GAZ)
        out.append(p)
    return out


# --------------------------------------------------------------------------- sentence -> pieces


def _sentence_pieces(para: int, sent: int, text: str, toks: list[_Tok],
                     known: set[str] | None) -> list[_Piece]:
    reader = _RunReader(para, sent, text, known)
    for run in _runs(text, toks):
        reader.read(run)
    # ("Chinese-financed" alone, "the second-largest Chinese-financed project": a modifier, no name)
    pieces = [_trim_modifier(p) for p in reader.out if p.fixed or not _MODIFIER_ONLY.match(p.text)]
    for p in pieces:
        if not p.fixed:
            _read_cues(p, text)
        elif not p.demonym:
            # A known place's kind is settled, but what the text calls it is still read: "Mato
            # Grosso, the biggest producing state" answers "which state grows the most?".
            votes = dict(p.votes)
            _read_cues(p, text)
            p.votes = votes
    _propagate_lists(pieces, text)
    pieces += _compass_places(toks, pieces, para, sent, text)
    pieces += _institutions(para, sent, text)
    return pieces


_MODIFIER_WORD = lazy_compile(r"^(?:[A-Z][\w.]*\s+)?[A-Z][\w.]*-(?:listed|based|owned|run|backed|headquartered|registered|born|made|built|funded|financed|operated|controlled|led)\s+", re.IGNORECASE)


_MODIFIER_ONLY = lazy_compile(r"^[A-Z][\w.]*-(?:built|funded|financed|operated|controlled|led)$")


def _trim_modifier(p: _Piece) -> _Piece:
    """ "London-listed Kestrel Minerals" is Kestrel Minerals: the modifier says where it trades."""
    m = _MODIFIER_WORD.match(p.text)
    if not m or p.fixed or len(p.text.split()) < 2:
        return p
    cut = m.end()
    p.text, p.start, p.ntok = p.text[cut:], p.start + cut, max(1, len(p.text[cut:].split()))
    p.name = _MODIFIER_WORD.sub("", p.name)
    p.key = _MODIFIER_WORD.sub("", p.key)
    return p


def _trim_compass(p: _Piece, bare_caps: set[str]) -> _Piece:
    """ "Southern Chiapas posted the fastest growth", where the story names Chiapas bare elsewhere
    (`bare_caps`: the capitalised words it writes mid-sentence after no compass word): the place
    Chiapas, the compass word opening the sentence no part of its name ("Southern Copper", named
    whole throughout, keeps it)."""
    m = _COMPASS_LEAD.match(p.text)
    if not m or p.fixed or not p.initial or len(p.text.split()) < 2 or p.text[m.end() :].split()[0].lower() not in bare_caps:
        return p
    cut = m.end()
    p.text, p.start, p.ntok = p.text[cut:], p.start + cut, max(1, len(p.text[cut:].split()))
    p.name = _COMPASS_LEAD.sub("", p.name)
    p.key = p.key.split(" ", 1)[1] if " " in p.key else p.key
    p.vote("place", _W_NAME)
    return p


def _common_noun(p: _Piece, lower_words: set[str]) -> bool:
    """ "Steel imports jumped" opening a sentence, in a story that writes "steel" in lower case
    elsewhere: a common noun, not a company named Steel."""
    return p.initial and not p.fixed and p.ntok == 1 and p.text.lower() in lower_words


_ADJECTIVE_END = re.compile(r"(?:al|ic|ive|ous|ful|ary|ible|able)$")


def _keep(p: _Piece, mid_caps: set[str]) -> bool:
    """A capitalised first word of a sentence is a name only with other evidence."""
    if p.fixed or p.institution or not p.initial:
        return True
    words = [w.lower() for w in p.text.split()]
    if p.forced:  # Title Case headline: only words the body also capitalises
        return all(w in mid_caps or w in _SPLITTERS or w in _PARTICLES for w in words)
    if len(words) > 1:
        # "Uttar Pradesh remained", "West Bengal was": a name whose first word is no English word,
        # or a compass or place-name prefix, needs no other evidence.
        # "Julian Ashcroft, an analyst at ...": what the text says of it is evidence too.
        return (words[0] in mid_caps or words[0] in gz.FIRST_NAMES or p.votes.get("org", 0) > 0
                or p.votes.get("person", 0) > 0 or words[0] in _NAME_PREFIXES or not is_known_word(words[0]))
    # "Environmental groups criticised the plan": an English adjective opening a sentence, even if
    # "Sulawesi Environmental Watch" capitalises it elsewhere.
    if _ADJECTIVE_END.search(words[0]) and is_known_word(words[0]) and p.text.lower() not in _KNOWN_ORGS:
        return False
    # "ABARES forecast ...": a word in capitals is an acronym, a name wherever it stands.
    return p.key in mid_caps or p.text.lower() in _KNOWN_ORGS or (len(p.text) >= 3 and p.text.isalpha() and p.text.isupper())


# --------------------------------------------------------------------------- pieces -> entities


def _surname_alias(name: str) -> str:
    words = name.split()
    if len(words) < 2:
        return ""
    if len(words) == 2 and words[0].lower() in gz.FAMILY_FIRST_SURNAMES:
        return words[0]
    return words[-1]


def _short_org_alias(name: str) -> str:
    words = name.split()
    if len(words) > 1 and words[0].isupper() and words[0].lower() in gz.LEGAL_PREFIXES:
        words = words[1:]
    elif (len(words) > 1 and words[0].lower() in gz.ORG_HEAD_WORDS and words[1].lower() not in _PARTICLES | _SPLITTERS
          and " ".join(words[1:]).lower() not in gz.PLACES):
        words = words[1:]  # "Corporacion Pacifico Sur" is "Pacifico Sur"; "Grupo Mexico" is no "Mexico"
    while len(words) > 1 and words[-1].lower().strip(".") in gz.CORP_SUFFIXES:
        words = words[:-1]
    if len(words) < len(name.split()) and words[-1].endswith(_POSSESSIVE):
        words[-1] = words[-1][:-2]  # "Brantley's Inc" is "Brantley's also said", a mention of "Brantley"
    return " ".join(words) if len(words) < len(name.split()) else ""


# What a company does, said after its name and dropped in speech: "Bumi Kolaka Resources" is
# "Bumi Kolaka".
_TRADE_WORDS = frozenset("resources minerals mining metals materials energy steel chemicals industries".split())


def _trade_word_alias(name: str) -> str:
    """Two or more distinctive words before one trade word; never a place ("China Steel")."""
    words = name.split()
    if len(words) < 3 or words[-1].lower() not in _TRADE_WORDS:
        return ""
    rest = " ".join(words[:-1])
    return "" if rest.lower() in gz.PLACES or any(w.lower() in gz.ORG_WORDS for w in words[:-1]) else rest


def _placed_name_alias(name: str) -> str:
    """ "Haibin" of "Qingdao Haibin Malting Co": a company whose name opens with the city it is
    from goes by the coined word after it ("Haibin is spending ..."); never a dictionary word
    ("Shanghai Electric Power" is no "Electric") nor a place."""
    words = name.split()
    if len(words) < 3 or not (words[0].lower() in gz.PLACES or gz.country_of_city(words[0])):
        return ""
    word = words[1]
    low = word.lower()
    if (not word[:1].isupper() or len(word) < 4 or is_known_word(low) or low in gz.ORG_WORDS or low in gz.CORP_SUFFIXES
            or low in gz.PLACES or gz.country_of_city(low) or low in _PARTICLES | _SPLITTERS):
        return ""
    return word


class _Registry:
    def __init__(self) -> None:
        self.ents: list[_Ent] = []
        self.index: dict[str, _Ent] = {}

    def add(self, p: _Piece) -> None:
        ent = self.index.get(p.key)
        if ent is None:
            ent = _Ent(p.name or p.text, p.key, country=p.country, institution=p.institution)
            self.ents.append(ent)
            self.index[p.key] = ent
        self.attach(ent, p)

    def attach(self, ent: _Ent, p: _Piece) -> None:
        ent.mentions.append(Mention(p.para, p.sent, p.start, p.end))
        votes = p.votes
        if p.said_alone and p.key != ent.key and _leads(ent.votes, "person"):
            # "Industry Minister Marie-Claude Tremblay ... Tremblay told reporters": the surname of
            # a person named in full speaks as that person, not as a body.
            votes = {**votes, "org": votes.get("org", 0) - _W_SAID, "person": votes.get("person", 0) + _W_SAID}
        for kind, w in votes.items():
            ent.votes[kind] = ent.votes.get(kind, 0) + w
        _extend(ent.roles, p.roles)
        _extend(ent.aliases, [a for a in p.aliases + [p.text] if a.lower() != ent.name.lower()])
        ent.country = ent.country or p.country
        if p.votes.get("person") and not p.fixed and _leads(ent.votes, "person"):
            self.alias(ent, _surname_alias(ent.name))
        if p.votes.get("org") and not _spells_another(_short_org_alias(ent.name), ent, self.ents):
            self.alias(ent, _short_org_alias(ent.name))
            self.alias(ent, _trade_word_alias(_short_org_alias(ent.name) or ent.name))
            self.alias(ent, _placed_name_alias(ent.name))
        for a in p.aliases:
            self.index.setdefault(a.lower(), ent)

    def alias(self, ent: _Ent, alias: str) -> None:
        if alias and alias.lower() not in self.index:
            self.index[alias.lower()] = ent
            _extend(ent.aliases, [alias])


def _leads(votes: dict[str, int], kind: str) -> bool:
    return all(votes.get(kind, 0) > w for k, w in votes.items() if k != kind)


def _extend(target: list[str], items: Sequence[str]) -> None:
    seen = {t.lower() for t in target}
    for item in items:
        if item and item.lower() not in seen:
            target.append(item)
            seen.add(item.lower())


def _decide_kind(ent: _Ent) -> str:
    order = ("place", "org", "person")
    best = max(order, key=lambda k: (ent.votes.get(k, 0), -order.index(k)))
    return best if ent.votes.get(best, 0) > 0 else "other"


def _link_institutions(reg: _Registry) -> None:
    """'Chinese customs' is the 'General Administration of Customs' when that is the only one."""
    for inst in [e for e in reg.ents if e.institution]:
        noun = inst.institution.split()[-1].lower()
        named = [e for e in reg.ents if not e.institution and e.kind == "org"
                 and noun in e.name.lower().split() and (not e.country or e.country == inst.country)]
        if len(named) > 1:
            # "The central bank said it bought foreign currency" in a story whose headline and
            # lead name the Swiss National Bank, and the European Central Bank only later: the
            # story's own bank.
            named = [e for e in named if min(m.paragraph for m in e.mentions) <= 1]
        if len(named) != 1:
            continue
        target = named[0]
        target.mentions += inst.mentions
        _extend(target.aliases, [inst.name] + inst.aliases)
        reg.ents.remove(inst)


# "Hvalfjordur Aluminium, Iceland's second-largest aluminium smelter": a place owning what follows
# the comma begins a description of the name before it, no list of places.
_DESCRIBED_BY_OWNER = lazy_compile(r"^,\s*[^,]*['’]s\s+((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\b")


def _owned_description(text: str, a: _Piece, b: _Piece) -> bool:
    """Whether b, after a comma, owns a description of a that is no place ("Port of Colombo,
    South Asia's busiest transhipment hub" is one)."""
    m = _DESCRIBED_BY_OWNER.match(text[a.end :]) if text[b.end : b.end + 2] in _POSSESSIVE else None
    return m is not None and _SINGULAR.get(w := m.group(1).split()[-1], w) not in gz.PLACE_NOUNS


def _propagate_kinds(reg: _Registry, pieces: list[_Piece], texts: dict[tuple[int, int], str]) -> None:
    """'to Zhoushan and Jiaxing': an unknown name listed with a place is a place."""
    by_mention = {(m.paragraph, m.sentence, m.start): e for e in reg.ents for m in e.mentions}
    for _ in range(2):
        for a, b in zip(pieces, pieces[1:]):
            if (a.para, a.sent) != (b.para, b.sent):
                continue
            ea, eb = by_mention.get((a.para, a.sent, a.start)), by_mention.get((b.para, b.sent, b.start))
            if not ea or not eb or ea is eb:
                continue
            text = texts[(a.para, a.sent)]
            if not _LIST_GAP.match(text[a.end : b.start]) or _owned_description(text, a, b):
                continue
            for x, y in ((ea, eb), (eb, ea)):
                if x.kind == "place" and y.kind == "other":
                    y.kind = "place"


def find_entities(sentences: Sequence[tuple[int, int, str]]) -> list[Entity]:
    """Entities of one article, one per real-world thing, ordered by first mention."""
    try:
        return _find_entities(sentences)
    except Exception:  # noqa: BLE001 - ingest must never fail on odd text
        return []


def _clean_input(sentences: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for item in sentences or ():
        try:
            para, sent, text = item
        except (TypeError, ValueError):
            continue
        if isinstance(text, str) and isinstance(para, int) and isinstance(sent, int):
            out.append((para, sent, text.replace("\x00", " ")))
    return out


def _find_entities(sentences: Sequence[tuple[int, int, str]]) -> list[Entity]:
    rows = _clean_input(sentences)
    tokenized: list[tuple[int, int, str, list[_Tok], bool]] = []
    for para, sent, text in rows:
        toks = _tokenize(text, False)
        forced = para == 0 and _is_title_case_headline(toks)
        tokenized.append((para, sent, text, _tokenize(text, True) if forced else toks, forced))
    mid_caps = {t.low for *_, toks, _f in tokenized for t in toks if t.cap and not t.initial}
    lower_words = {t.low for *_, toks, _f in tokenized for t in toks if not t.cap}
    bare_caps = {t.low for *_, toks, _f in tokenized for before, t in zip(toks, toks[1:])
                 if t.cap and not t.initial and not _COMPASS_WORD.fullmatch(before.text)}

    pieces: list[_Piece] = []
    unsure: list[_Piece] = []
    for para, sent, text, toks, forced in tokenized:
        found = _sentence_pieces(para, sent, text, toks, mid_caps if forced else None)
        found = [_trim_compass(p, bare_caps) for p in found]
        # "NZ$10.40", "HK$2 billion": a currency's prefix, no name.
        found = [p for p in found if not _common_noun(p, lower_words) and not _is_period(p.text) and text[p.end : p.end + 1] != "$"]
        pieces += [p for p in found if _keep(p, mid_caps)]
        unsure += [p for p in found if p.initial and not p.forced and p.ntok >= 2 and not _keep(p, mid_caps)]
    # "Indus Mobile's average revenue per user rose" opening a sentence: the first words of a name
    # the story gives whole ("Indus Mobile Networks") are that name, though "Indus" is a word.
    if unsure:
        longer = {tuple(p.text.split()) for p in pieces if p.ntok >= 3}
        pieces += [p for p in unsure if any(n[: p.ntok] == tuple(p.text.split()) for n in longer)]

    reg = _Registry()
    # Fullest names first, so a later bare "Xi" or "Putin" finds its person by alias.
    for p in sorted(pieces, key=lambda q: (not q.fixed, -q.ntok)):
        reg.add(p)
    for ent in reg.ents:
        ent.kind = _decide_kind(ent)
    texts = {(para, sent): text for para, sent, text in rows}
    _propagate_kinds(reg, sorted(pieces, key=lambda q: (q.para, q.sent, q.start)), texts)
    _link_institutions(reg)
    _city_state(reg, texts)
    _merge_short_names(reg, lower_words)
    _merge_placed_names(reg)
    _merge_acronyms(reg)
    _merge_bracketed(reg, texts)
    _merge_inverted_bodies(reg)
    _link_posts(reg)
    _short_org_mentions(reg, texts, lower_words)
    _drop_nested_mentions(reg, texts)
    _drop_term_acronyms(reg, texts)
    return [_to_entity(e) for e in sorted(reg.ents, key=_first_mention)]


_CALENDAR = frozenset("""january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday""".split())


def _is_period(text: str) -> bool:
    """ "July-September", "October-March": a span of months, not a name."""
    words = [w for w in re.split(r"[-–\s]+|\bto\b", text.lower()) if w]
    return bool(words) and all(w in _CALENDAR for w in words)


def _drop_nested_mentions(reg: _Registry, texts: dict[tuple[int, int], str]) -> None:
    """ "Australia" inside "South Australia" is part of another place's name, not a mention of the
    country ("southern Russia", in lower case, is still Russia; a body named after a place, such
    as "Saudi Aramco", still names it); an entity named only inside longer names is no entity of
    the story."""
    spans: dict[tuple[int, int], list[tuple[int, int, _Ent]]] = {}
    for ent in reg.ents:
        for m in ent.mentions:
            spans.setdefault((m.paragraph, m.sentence), []).append((m.start, m.end, ent))
    for ent in list(reg.ents):
        ent.mentions = [m for m in ent.mentions if not any(
            other is not ent and other.kind in ("place", "other") and a <= m.start and m.end <= b and (b - a) > (m.end - m.start)
            and _capitalised(texts.get((m.paragraph, m.sentence), "")[a:m.start] + texts.get((m.paragraph, m.sentence), "")[m.end:b])
            for a, b, other in spans[(m.paragraph, m.sentence)])]
        if not ent.mentions:
            reg.ents.remove(ent)


def _drop_term_acronyms(reg: _Registry, texts: dict[tuple[int, int], str]) -> None:
    """ "mixed hydroxide precipitate (MHP)": an acronym spelt out in lower case is a product or a
    process, not a body; as a body it would own the figures near it."""
    for ent in list(reg.ents):
        if ent.kind not in ("org", "other") or not ent.name.isupper() or not 2 <= len(ent.name) <= 6:
            continue
        for m in ent.mentions:
            before = texts.get((m.paragraph, m.sentence), "")[: m.start]
            if not before.endswith("("):
                continue
            words = re.findall(r"[A-Za-z]+", before[-80:])[-len(ent.name):]
            if len(words) == len(ent.name) and all(w.islower() for w in words) and _initials(" ".join(words)) == ent.name:
                reg.ents.remove(ent)
                break


def _capitalised(words: str) -> bool:
    return any(w[:1].isupper() for w in words.split())


_INVERTED_HEADS = "ministry|department|office|bureau|commission|agency|committee"


def _merge_inverted_bodies(reg: _Registry) -> None:
    """ "the finance ministry" in a story that also names the Ministry of Finance is that ministry,
    and either way "Ministry of Trade" is also called "trade ministry"."""
    for ent in reg.ents:
        m = re.match(rf"({_INVERTED_HEADS}) of (?:the )?(\w+)", ent.name, re.IGNORECASE)
        if m and ent.kind in ("org", "other"):
            _extend(ent.aliases, [f"{m.group(2).lower()} {m.group(1).lower()}"])
    for short in [e for e in reg.ents if e.kind in ("org", "other")]:
        m = re.fullmatch(rf"(\w+) ({_INVERTED_HEADS})", short.name, re.IGNORECASE)
        if not m:
            continue
        word, head = m.group(1).lower(), m.group(2).lower()
        owner = next((e for e in reg.ents if e is not short and re.match(
            rf"{head} of (?:the )?{re.escape(word)}\b", e.name, re.IGNORECASE)), None)
        if owner is None:
            continue
        _merge_into(reg, owner, short)


# What a body's foreign head word is in English: the "Sindicato Unico de Trabajadores" is a union.
_FOREIGN_HEADS = {"sindicato": "union", "sindicat": "union", "syndicat": "union", "sindacato": "union",
                  "gewerkschaft": "union", "federacion": "federation", "federación": "federation",
                  "asociacion": "association", "asociación": "association", "associazione": "association",
                  "ministerio": "ministry", "ministero": "ministry", "ministere": "ministry", "ministère": "ministry"}
_POST_BODIES = frozenset("union federation association ministry council board exchange chamber".split())


def _link_posts(reg: _Registry) -> None:
    """ "Union secretary-general Rosa Quispe", "Union president Dana Whitford": the post is of the
    story's one union (the "Sindicato Unico de Trabajadores de Minera Huancarani", the "Interior
    Forest Workers Union"), which the text also calls "Union" (and a "Union" entity is that body)."""
    for person in [e for e in reg.ents if e.kind == "person"]:
        for role in person.roles:
            words = role.split()
            if len(words) < 2 or not words[0][:1].isupper() or words[0].lower() not in _POST_BODIES or words[1] != words[1].lower():
                continue
            head = words[0].lower()
            bodies = [e for e in reg.ents if e.kind == "org" and len(e.name.split()) > 1
                      and (e.name.split()[-1].lower() == head or _FOREIGN_HEADS.get(e.name.split()[0].lower()) == head)]
            if len(bodies) != 1:
                continue
            body = bodies[0]
            lone = reg.index.get(head)
            if lone is not None and lone is not body and lone in reg.ents and lone.name.lower() == head:
                _merge_into(reg, body, lone, roles=False)
            reg.alias(body, words[0])
            break


def _merge_acronyms(reg: _Registry) -> None:
    """ "MPC" in a story that also names the Monetary Policy Committee is that committee."""
    longs = [e for e in reg.ents if e.kind in ("org", "other") and len(e.name.split()) >= 2]
    for short in [e for e in reg.ents if re.fullmatch(r"[A-Z]{2,6}", e.name)]:
        # "BOJ" for the Bank of Japan, "PBOC" for the People's Bank of China: some keep the "of".
        owner = next((e for e in longs if e is not short and short.name in {i for n in (e.name, *e.aliases)
                                                                             for i in (_initials(n), _initials(n, ("and", "the", "for", "&")))}), None)
        if owner is None:
            continue
        _merge_into(reg, owner, short, roles=False)


def _spells_another(acronym: str | None, ent: _Ent, others: list[_Ent]) -> bool:
    """Whether an acronym is the initials of another body of several words, whose name does not begin
    with it: "EACOP" beside "EACOP Ltd" and the "East African Crude Oil Pipeline" is the pipeline,
    which the text spelt out, not the company merely named after it (_merge_acronyms joins them)."""
    if not acronym or not re.fullmatch(r"[A-Z]{2,6}", acronym):
        return False
    return any(e is not ent and len(e.name.split()) >= 2 and not e.name.startswith(acronym + " ")
               and acronym in {_initials(e.name), _initials(e.name, ("and", "the", "for", "&"))} for e in others)


_ACRONYM_WORDS = lazy_compile(r"[A-Z]{2,6}(?:\s[A-Z]{2,6}){1,2}")


def _merge_bracketed(reg: _Registry, texts: dict[tuple[int, int], str]) -> None:
    """ "the Sea Institute of Peru (IMARPE)", "The Ghana Gold Board (GoldBod)": a one-word name in
    brackets right after a body's name is what the text calls that body from then on, whether or
    not its letters are the body's initials."""
    ends = {(m.paragraph, m.sentence, m.end): e for e in reg.ents if e.kind in ("org", "other") and len(e.name.split()) >= 2
            for m in e.mentions}
    # A "place" no gazetteer knows ("sell to GoldBod") may be that body too.
    # "the National Company Maritime Ports Administration Constanta (CN APM)": several words in
    # capitals are one acronym too.
    for short in [e for e in reg.ents if (len(e.name.split()) == 1 or _ACRONYM_WORDS.fullmatch(e.name))
                  and (e.kind != "place" or canonical_place(e.name) is None)]:
        for m in short.mentions:
            text = texts.get((m.paragraph, m.sentence), "")
            owner = ends.get((m.paragraph, m.sentence, m.start - 2))
            if owner is not None and owner is not short and text[m.start - 2 : m.start] == " (" and text[m.end : m.end + 1] == ")":
                _merge_into(reg, owner, short, roles=False)
                break


def _initials(name: str, skipped: tuple[str, ...] = ("of", "and", "the", "for", "&")) -> str:
    return "".join(w[0] for w in name.split() if w.lower() not in skipped and w[:1].isalpha()).upper()


def _short_org_mentions(reg: _Registry, texts: dict[tuple[int, int], str], lower_words: set[str]) -> None:
    """ "Kestrel shares closed higher" after "Kestrel Mining agreed": the company named by its
    first word, which a sentence-initial capital hides from the name finder."""
    taken = {(m.paragraph, m.sentence, m.start) for e in reg.ents for m in e.mentions}
    # "Sulawesi Environmental Watch" beside "Southeast Sulawesi": the bare word is the place's.
    place_words = {w.lower() for e in reg.ents if e.kind == "place" for w in e.name.split()}
    for ent in [e for e in reg.ents if e.kind == "org" and len(e.name.split()) >= 3]:
        # "Indus Mobile Chief Executive Kavita Raman", "Indus Mobile's average revenue" after
        # "Indus Mobile Networks": its first two words, when both are capitalised.
        first, second, third = ent.name.split()[:3]
        if not (first[:1].isupper() and second[:1].isupper()) or f"{first} {second}".lower() in reg.index:
            continue
        pattern = re.compile(rf"\b{re.escape(first)}\s+{re.escape(second)}\b(?!\s+{re.escape(third)})")
        found = [Mention(para, sent, m.start(), m.end())
                 for (para, sent), text in texts.items() for m in pattern.finditer(text) if (para, sent, m.start()) not in taken]
        if found:
            # no alias: "Indus" must stay the first word of one name for the questions that write it so
            ent.mentions.extend(found)
            taken |= {(m.paragraph, m.sentence, m.start) for m in found}
    for ent in [e for e in reg.ents if e.kind == "org" and len(e.name.split()) >= 2]:
        first, second = ent.name.split()[:2]
        # "Electricity exports reached ..." beside "Electricity Generating Authority of Thailand": a
        # first word that names a class of the lexicon is that thing opening a sentence.
        if (len(first) < 4 or not first[0].isupper() or first.lower() in gz.FUNCTION_WORDS or first.lower() in reg.index
                or first.lower() in place_words or first.lower() in gz.PLACES or first.lower() in SYNONYMS
                # "Coal is Mongolia's largest export" beside the "Coal Truck Drivers' Association":
                # a body named for the people of a trade ("citrus growers'") opens on the trade's
                # goods, a common noun where the story writes it in lower case too
                or (("' " in ent.name or "’ " in ent.name) and first.lower() in lower_words)):
            continue
        pattern = re.compile(rf"\b{re.escape(first)}\b(?!\s+{re.escape(second)})(?:['’]s\b)?")
        found = [Mention(para, sent, m.start(), m.start() + len(first))
                 for (para, sent), text in texts.items() for m in pattern.finditer(text) if (para, sent, m.start()) not in taken]
        if found:
            ent.mentions.extend(found)
            reg.alias(ent, first)


def _city_state(reg: _Registry, texts: dict[tuple[int, int], str]) -> None:
    """ "Austin, Texas": a name followed by a comma and a place is a place within it."""
    places = {e.name: e for e in reg.ents if e.kind == "place"}
    for ent in reg.ents:
        if ent.kind != "other":
            continue
        for m in ent.mentions:
            after = texts.get((m.paragraph, m.sentence), "")[m.end : m.end + 40]
            match = re.match(r",\s+([A-Z][\w-]*(?:\s[A-Z][\w-]*)?)(?!['’]s\b|[\w-])", after)  # not "X, Iceland's ..."
            name = match.group(1).removesuffix("-based") if match else ""
            if name in places:
                ent.kind = "place"
                _extend(ent.roles, [f"in {name}"])
                break


def _unsure_place(ent: _Ent) -> bool:
    """A "place" only a weak cue made one ("In Qingdao, Haibin is spending"), which no gazetteer
    knows, not even as a city ("Qingdao" of "Qingdao Haibin Malting Co" stays the city)."""
    low = ent.name.lower()
    return (ent.kind == "place" and canonical_place(low) is None and not gz.country_of_city(low)
            and ent.votes.get("place", 0) < _W_CUE)


def _merge_short_names(reg: _Registry, lower_words: set[str]) -> None:
    """ "Corvana" after "Corvana Systems" is the same company, named short."""
    # "Mercia" said alone is a body ("Mercia must return 31 million pounds"); "Mercia Water", which
    # nothing else marks as one, is that body named in full.
    longs = [e for e in reg.ents if e.kind in ("org", "other") and len(e.name.split()) >= 2]
    # A "place" no gazetteer knows ("Veltra's plants", "Tasman Pacific's capital ratio") is the
    # company too; so is a name of two words that begins a longer one ("Tasman Pacific Bank").
    # Not a place the text says is one: "the province of Jaen" is no "Jaen Olive Oil Exchange".
    for short in [e for e in reg.ents if len(e.name.split()) <= 2 and (e.kind in ("other", "org", "person") or _unsure_place(e))]:
        words = short.name.split()
        if len(words) == 1 and short.kind != "org" and words[0].lower() in lower_words:
            continue  # "the Tea (Amendment) Bill" in a story of "Kenyan tea" is no "Tea Board of Kenya"
        if _spells_another(short.name, short, longs):
            continue  # "EACOP" beside "EACOP Ltd" and the "East African Crude Oil Pipeline": _merge_acronyms' to join
        owner = next((e for e in longs if e.name.split()[: len(words)] == words and len(e.name.split()) > len(words)
                      and e is not short and (e.kind == "org" or short.kind == "org")), None)
        if owner is None:
            continue
        owner.kind = "org"
        _merge_into(reg, owner, short)
    _merge_last_words(reg, lower_words)


def _merge_placed_names(reg: _Registry) -> None:
    """ "the Port City" after "Colombo Port City": a name of two or more words that is a longer
    name less the place it opens with is that thing, named short. Only when one name fits; never
    a one-word name ("Sudan" is no "South Sudan") nor a place the gazetteer knows."""
    by_name: dict[str, list[_Ent]] = {}
    for e in reg.ents:
        words = e.name.split()
        for i in range(1, len(words) - 1):
            lead = " ".join(words[:i]).lower()
            if lead in gz.PLACES or gz.country_of_city(lead):
                by_name.setdefault(" ".join(words[i:]).lower(), []).append(e)
    if not by_name:
        return
    for short in [e for e in reg.ents if e.kind != "person" and len(e.name.split()) >= 2 and e.name.lower() in by_name]:
        owners = [e for e in by_name[short.name.lower()] if e is not short]
        if len(owners) == 1 and short.name.lower() not in gz.PLACES and owners[0] in reg.ents:
            _merge_into(reg, owners[0], short)


def _merge_last_words(reg: _Registry, lower_words: set[str]) -> None:
    """ "Tirrenico's shares had rallied" after "Credito Tirrenico": a company of two words called
    by its last, when that word is no place, no company word ("Bank"), not written in lower case
    and ends no other name. So is a longer one by a word after its first: "Hengfeng chairman Sun
    Weidong" after "Longjiang Hengfeng Oils", whose first word is where it is based and whose last
    is its trade (a bare "Brokers" opening a sentence is no "Lakeview Tea Brokers")."""
    longs = [e for e in reg.ents if e.kind == "org" and len(e.name.split()) >= 2]
    ends: dict[str, list[_Ent]] = {}
    for e in longs:
        words = e.name.split()
        for word in dict.fromkeys(words[1:] if len(words) == 2 else words[1:-1]):
            ends.setdefault(word, []).append(e)
    # "In Qingdao, Haibin is spending" after "Qingdao Haibin Malting Co": the list cue that made a
    # place of "Haibin" is weaker than the company name it is a word of.
    for short in [e for e in reg.ents if (e.kind in ("other", "org") or _unsure_place(e))
                  and len(e.name.split()) == 1 and e.name in ends]:
        owners = ends[short.name]
        low = short.name.lower()
        if (len(owners) != 1 or owners[0] is short or low in lower_words or low in gz.ORG_WORDS or low in gz.CORP_SUFFIXES
                or low in gz.PLACES or canonical_place(low) is not None):
            continue
        _merge_into(reg, owners[0], short)
    _merge_unplaced_names(reg)


def _merge_unplaced_names(reg: _Registry) -> None:
    """ "Xiangla Food plans to build ..." after "Hunan Xiangla Food Co": a company named without the
    place it is from, which opens its full name, and without its legal suffix ("Co"), is that
    company, not a thing of its own (a name of two words or more; one word is _merge_last_words')."""
    places = {e.name.lower() for e in reg.ents if e.kind == "place"}
    unplaced: dict[str, list[_Ent]] = {}
    for e in reg.ents:
        words = e.name.split()
        if e.kind != "org" or len(words) < 3 or (words[0].lower() not in places and words[0].lower() not in gz.PLACES):
            continue
        while len(words) > 2 and words[-1].lower().strip(".") in gz.CORP_SUFFIXES:
            words = words[:-1]
        unplaced.setdefault(" ".join(words[1:]), []).append(e)
    for short in [e for e in reg.ents if e.kind in ("other", "org") and len(e.name.split()) >= 2 and e.name in unplaced]:
        owners = unplaced[short.name]
        if len(owners) == 1 and owners[0] is not short:
            _merge_into(reg, owners[0], short)


def _merge_into(reg: _Registry, owner: _Ent, short: _Ent, roles: bool = True) -> None:
    """One thing named two ways: the short form's mentions, names (and roles) join the owner's."""
    owner.mentions.extend(short.mentions)
    _extend(owner.aliases, [short.name, *short.aliases])
    if roles:
        _extend(owner.roles, short.roles)
    reg.ents.remove(short)


def _first_mention(ent: _Ent) -> tuple[int, int, int]:
    m = min(ent.mentions, key=lambda m: (m.paragraph, m.sentence, m.start))
    return (m.paragraph, m.sentence, m.start)


def _to_entity(ent: _Ent) -> Entity:
    mentions = sorted({(m.paragraph, m.sentence, m.start, m.end) for m in ent.mentions})
    aliases = [a for a in ent.aliases if a.lower() != ent.name.lower()]
    return Entity(ent.name, ent.kind, aliases, list(ent.roles), [Mention(*m) for m in mentions])
