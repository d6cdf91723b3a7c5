"""Where and who: the place, person or body the sentence ties to what the question asks about."""

from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Callable, Iterator
from typing import NamedTuple

from knowledge import gazetteer as gz
from knowledge.entities import DEMONYMS, canonical_place
from knowledge.lazy_re import lazy_compile
from knowledge.lexicon import ROLES, SYNONYMS, TITLE_EXACT
from knowledge.store import EntityRow, MentionRow, SentenceRow, Store, normalise_name
from knowledge.text import Token, lemma, phrase_keys

from handlers.compose import citation, clause_window, make_answer
from handlers.context import Ask
from handlers.evidence import HOME_SUFFIX, IN_PLACE, Evidence, ranked_above, role_heads, _RANKED_AFTER, _entity_keys, _first_body_of_lead, _lead_opening_body, analysed, gather, listed_together, question_anchors, span_clause, story_opening, term_spots, token_distance, topic_rank
from handlers.models import Answer
from handlers.query import Query, Term, excluded_names
from handlers.suggest import nearby_suggestions
from handlers.when import _ASKS_SAYING

_PLACE_KINDS = ("place",)
_AGENT_KINDS = ("person", "org", "other")  # "other": a name the text never typed, often a person


def handle_where(ask: Ask) -> Answer | None:
    if ask.query.intent != "where":
        return None
    # "Besides the US, which countries get cars from the plant?" asks for several places, not the
    # one home of "the Detroit-based carmaker".
    return (rank_of_named(ask) or _part_of_whole(ask) or _the_other_places(ask) or _employer(ask) or _based_in(ask) or _persons_place(ask) or _placed_against(ask) or _located_at(ask) or _gathering_held_in(ask) or _own_gathering_place(ask) or _thing_sited(ask)
            or _site_in_description(ask)
            or ahead_of_compared(ask, _PLACE_KINDS) or market_of_rank(ask) or top_ahead_of_second(ask, _PLACE_KINDS)
            or _nation_place_told_nearby(ask) or _border_country(ask) or _answer_entity(ask, "where", _PLACE_KINDS))


# "the road goes to the border with which country?", "which country's border does it reach?"
_ASKS_BORDER_COUNTRY = lazy_compile(r"\bborder\s+with\s+(?:which|what)\s+(?:country|nation)\b"
                                    r"|\b(?:which|what)\s+(?:country|nation)(?:'s|’s)\s+border\b", re.IGNORECASE)
# "to the Vietnamese border": the country by its demonym
_DEMONYM_BORDER = lazy_compile(r"\b([A-Z][a-z]+)\s+(?:border|frontier)\b")


def _border_country(ask: Ask) -> Answer | None:
    """ "The Bavet road goes to the border with which country?" over "the Phnom Penh-Bavet road to
    the Vietnamese border": the country the demonym before "border" names, in the best sentence
    holding the words asked. A demonym is no place mention, so ranking never meets it."""
    if not _ASKS_BORDER_COUNTRY.search(ask.query.text):
        return None
    for ev in ask.pool.accepted[:4]:
        for m in _DEMONYM_BORDER.finditer(ev.sentence.text):
            country = DEMONYMS.get(m.group(1).lower(), "")
            if country and country.lower() not in _ABOVE_COUNTRY:
                text = f"{country}. " + clause_window(ev.sentence.text, m.start(), m.end(), 110)
                return make_answer(ask.question, "where", text, 0.5 + 0.3 * ev.coverage, [citation(ask.store, ev.sentence)])
    return None


def _nation_place_told_nearby(ask: Ask) -> Answer | None:
    """ "What Chinese port is the leaf shipped to from Nacala?" over a paragraph "... From Nacala,
    cargo is shipped to Qingdao in Shandong province ... The line has moved 214 containers of leaf":
    when no sentence that holds the words asked names a place of the nation asked, the one place of
    that nation (by the gazetteer) a sentence names whose paragraph, with the headline, holds every
    word asked. The paragraph tells of the goods once and of the route in another sentence."""
    nation = _nation_asked(ask.query.text)
    if not nation or _PLURAL.search(ask.query.text.lower()):
        return None
    things = [t for t in ask.query.required if t.lemma not in gz.PLACE_NOUNS]
    if not things:
        return None
    in_nation = [(m, e) for ev in ask.pool.accepted[:8] for m, e in ev.mentions
                 if e.kind == "place" and gz.country_of_city(e.name) == nation]
    if in_nation:
        return None  # the sentences with the words name one: rank_entities weighs it
    headlines: dict[str, frozenset[str]] = {}
    found: list[tuple[EntityRow, MentionRow, Evidence]] = []
    for ev in ask.pool.evidence[:16]:
        if any(not c.startswith("missing") for c in ev.conflicts):
            continue  # another place, another period: not of the one asked
        places = [(m, e) for m, e in ev.mentions if e.kind == "place" and gz.country_of_city(e.name) == nation
                  and not _keys(e) & set(ask.query.entity_keys)]
        if not places:
            continue
        article, paragraph = ev.sentence.article_id, ev.sentence.paragraph
        told = phrase_keys(ask.store.paragraph(article, paragraph) or "")
        if article not in headlines:
            headlines[article] = phrase_keys(ask.store.paragraph(article, 0) or "")
        # every word asked in the paragraph or the headline, and at least one in the paragraph
        if not all(t.keys & (told | headlines[article]) for t in things) or not any(t.keys & told for t in things):
            continue
        found.extend((e, m, ev) for m, e in places)
    if len({e.id for e, _, _ in found}) != 1:
        return None  # none, or several with nothing to choose between them
    entity, mention, ev = found[0]
    text = entity_line(entity, ask.query) + " " + clause_window(ev.sentence.text, mention.start, mention.end, 110)
    return make_answer(ask.question, "where", text, 0.5 + 0.2 * ev.coverage, [citation(ask.store, ev.sentence)])


# "what part of russia is vladivostok in", "where in Russia is Vladivostok": the part of a whole
# place a named one lies in, asked of the named one.
_PART_OF_WHOLE = lazy_compile(r"^\s*(?:(?:and|so)\s+)?(?:(?:what|which)\s+(?:part|region|area|corner|end)\s+of|where\s+in)\s+(?:the\s+)?(?P<whole>[\w-]+(?:\s+[\w-]+)?)\s+"
                              r"(?:is|are|was|'s|’s)\s+(?P<part>[\w-]+(?:\s+[\w-]+)?)(?:\s+(?:located|situated))?(?:\s+(?:in|on))?\s*\??\s*$", re.IGNORECASE)


_PART_PRONOUNS = frozenset({"it", "that", "this", "they"})


def _part_of_whole(ask: Ask) -> Answer | None:
    """ "What part of Russia is Vladivostok in?" over "Vladivostok, the biggest port in the Russian
    Far East": the role the story gives the named place that names the whole asked, not another
    place its sentence names ("the landlocked province of Jilin")."""
    asked = _PART_OF_WHOLE.match(ask.query.text)
    if asked is None:
        return None
    whole_keys = set(normalise_name(asked["whole"]).split())
    part_keys = set(normalise_name(asked["part"]).split())
    whole_keys |= {k for e in ask.query.entities if whole_keys & _keys(e) for k in _keys(e)}
    # "which port can jilin use?" "Vladivostok" "and what part of russia is it in?": the pronoun is
    # the place the conversation put in the question's names, whichever is not the whole
    pronoun = asked["part"].lower().split()[0] in _PART_PRONOUNS  # ("it in": the regex's part may take the "in")
    for entity in ask.query.entities:
        if not (pronoun or part_keys & _keys(entity)) or whole_keys & _keys(entity):
            continue
        for role in entity.roles:
            words = normalise_name(role).split()
            if not whole_keys & set(words) or _whole_and_kind_only(words, whole_keys):
                continue
            ev = next((e for e in ask.pool.evidence if role.lower() in e.sentence.text.lower()
                       and any(named.id == entity.id for _, named in e.mentions)), None)
            if ev is not None:
                return make_answer(ask.question, "where", f"{entity.name}: {role}.", 0.8, [citation(ask.store, ev.sentence)])
    for entity in ask.query.entities:
        if not (pronoun or part_keys & _keys(entity)) or whole_keys & _keys(entity):
            continue
        # "Sines, about 160 kilometres south of Lisbon in the Alentejo region, handled ...": the
        # aside set right after the part's name places it within the whole.
        for ev in ask.pool.evidence:
            for m, named in ev.mentions:
                placed = _PART_PLACED.match(ev.sentence.text, m.end) if named.id == entity.id else None
                if placed is not None:
                    return make_answer(ask.question, "where", f"{entity.name}: {placed.group(1)}.", 0.7, [citation(ask.store, ev.sentence)])
    return None


# ", about 160 kilometres south of Lisbon in the Alentejo region,", ", in the Alentejo region,": where
# a place lies, told in an aside after its name.
_PART_PLACED = lazy_compile(r",\s+((?:(?:about|some|around|roughly|nearly)\s+)?[\d.,]+[\s-]*(?:km|kilomet(?:re|er)s?|miles?)\s+"
                            r"(?:(?:north|south)?(?:east|west)?(?:ern)?\s+)?(?:of|from)\s+[^,;]{2,60}"
                            r"|in\s+the\s+[^,;]{2,40}?\s+(?:region|province|state|district|county))\s*,")


def _whole_and_kind_only(words: list[str], whole_keys: set[str]) -> bool:
    """ "Portuguese port", asked "where in portugal is sines": the whole and what kind of place the
    part is, nowhere within the whole."""
    return len(words) == 2 and words[0] in whole_keys


# "which country is the top buyer ...", "the no. 2 buyer", "buys the most": the rank a market is asked at
_ASKED_NTH = lazy_compile(r"\b(?:no\.?\s*|number\s+|#)([1-5])\b|\b(second|third|2nd|3rd)\b", re.IGNORECASE)
_ASKED_TOP = lazy_compile(r"\b(?:top|biggest|largest|leading|main|most|number\s+one)\b", re.IGNORECASE)
# a supplier or source is a market seen from the buyer: "China's No. 2 source of the ores" / "with
# Laos the second-largest supplier after Myanmar"
_MARKET_NOUNS = r"buyer|destination|market|importer|customer|purchaser|supplier|source"
_ASKED_MARKET = lazy_compile(rf"\b(?:buys?|(?:{_MARKET_NOUNS})s?)\b", re.IGNORECASE)
# "which countries are the top buyers": several asked, not the one ranked first
_ASKED_SEVERAL = lazy_compile(rf"\b(?:countries|nations|places|(?:{_MARKET_NOUNS})s)\b", re.IGNORECASE)
# "Which European country is the biggest buyer": the ranking must be among the European ones
_ASKED_AMONG = lazy_compile(r"\b(?:which|what)\s+((?:[\w-]+\s+){1,2}?)(?:country|nation)\b", re.IGNORECASE)
_NTH = {"second": 2, "2nd": 2, "third": 3, "3rd": 3}
# "..., compared with 38% for the United Arab Emirates, the largest buyer", "The Netherlands remained the
# largest single destination": a place ranked as a market in an apposition or after a verb of being
# "India took 31%, making it the second-largest buyer": a share told of the place ranks it
_RANKED_MARKET = lazy_compile(r"(?:,\s+|\s+(?:is|was|remains|remained|became|has\s+become)\s+|\s+(?=the\s)"
                              r"|\s+(?:took|bought|accounted\s+for|had|held)\s+[^,.;]{1,30},\s+making\s+it\s+)(?:now\s+|still\s+)?the\s+"
                              r"(?:(second|third|2nd|3rd)[- ])?(?:largest|biggest|top|leading|main)\s+(?:single\s+)?"
                              rf"(?:[\w-]+\s+){{0,2}}?(?:{_MARKET_NOUNS})s?\b(?!\s+(?:of|for)\b)",
                              re.IGNORECASE)


# "China took 74% of Argentina's beef exports ..., with Israel a distant second at 6%": the place a
# share of the goods ranks next, no market noun told
_WITH_BEFORE = lazy_compile(r"\bwith\s+(?:the\s+)?$", re.IGNORECASE)
_A_DISTANT_NTH = lazy_compile(r"\s+(?:a\s+|the\s+)(?:distant\s+|close\s+)?(second|third|2nd|3rd)\b(?![- ](?:largest|biggest|top|leading|main))", re.IGNORECASE)


def _asked_rank(question: str) -> int:
    """The rank of the market asked: 1 for the top, 2 for "the no. 2 buyer", 0 for no market ranked."""
    if not _ASKED_MARKET.search(question) or _ASKED_SEVERAL.search(question):
        return 0
    m = _ASKED_NTH.search(question)
    if m is not None:
        return int(m[1]) if m[1] else _NTH[m[2].lower()]
    return 1 if _ASKED_TOP.search(question) else 0


def market_of_rank(ask: Ask) -> Answer | None:
    """ "Which country is the top buyer of Pakistani mangoes?" over "China took 4% of that volume,
    compared with 38% for the United Arab Emirates, the largest buyer": a place the article ranks as
    the market asked, where the goods asked are named in its paragraph or the story's lead (a
    sentence ranking markets rarely repeats them), and the place is not the seller asked."""
    rank = _asked_rank(ask.query.text)
    things = [t for t in ask.query.required if not _ASKED_MARKET.fullmatch(t.word) and not _ASKED_TOP.fullmatch(t.word)
              and not _ASKED_NTH.fullmatch(t.word) and t.lemma not in ("country", "nation", "place")]
    # "the No. 2 buyer of Thai rubber": goods the store knows as a name are asked as its keys; the
    # seller's own name ("Lao electricity") is no goods, and the lead may spell it otherwise ("Laos")
    named = [k for k in ask.query.entity_keys if canonical_place(k) is None] or ask.query.entity_keys
    goods = [t.keys for t in things] or [frozenset({k}) for k in named]
    if not rank or not goods or not ask.pool.evidence:
        return None
    sellers = set(ask.query.entity_keys)
    for sentence in _sentences_telling(ask, goods):
        answer = _ranked_market_in(ask, sentence, rank, sellers)
        if answer is not None:
            return answer
    return None


def _sentences_telling(ask: Ask, goods: list[frozenset[str]]) -> Iterator[SentenceRow]:
    """The sentences of the paragraphs that name every goods asked, the lead lending its words to
    each ("the No. 2 buyer of Thai rubber" over a paragraph that says only "the fruit")."""
    article = ask.pool.evidence[0].sentence.article_id
    lead = " ".join(ask.store.paragraph(article, n) or "" for n in (0, 1))
    for paragraph in range(ask.store.paragraph_count(article) + 1):
        sentences = ask.store.paragraph_sentences(article, paragraph)
        told = phrase_keys(" ".join(s.text for s in sentences) + " " + lead)
        if all(keys & told for keys in goods):
            yield from sentences


def _ranked_market_in(ask: Ask, sentence: SentenceRow, rank: int, sellers: set[str]) -> Answer | None:
    text = sentence.text
    among = _ASKED_AMONG.search(ask.query.text)
    entities = {e.id: e for e in ask.store.article_entities(sentence.article_id)}
    for mention in ask.store.mentions_in([sentence.id]):
        entity = entities.get(mention.entity_id)
        m = _RANKED_MARKET.match(text, mention.end)
        if m is None and _WITH_BEFORE.search(text[: mention.start]):
            m = _A_DISTANT_NTH.match(text, mention.end)
        if entity is None or entity.kind != "place" or m is None or _keys(entity) & sellers:
            continue
        if among is not None and not all(w in m.group().lower().split() for w in among[1].lower().split()):
            continue
        if (_NTH[m[1].lower()] if m[1] else 1) == rank:
            reply = entity_line(entity, ask.query) + " " + clause_window(text, 0, m.end(), 160)
            return make_answer(ask.question, ask.query.intent, reply, 0.75, [citation(ask.store, sentence)])
    return None


# "where does china rank among buyers of chilean grapes", "how does it stand": the rank the story
# gives the name asked, not a place
_ASKS_RANK_OF = lazy_compile(r"^\s*(?:where|how)\s+(?:does|do|did|is|was|will)\s+(?P<name>[\w'’. -]{2,40}?)\s+(?:rank|ranks|ranked|stand|stands)\b",
                             re.IGNORECASE)
_RANK_ORDINAL = r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|2nd|3rd|[4-9]th|10th"
_RANK_WORDS = rf"(?:(?:{_RANK_ORDINAL})[- ])?(?:largest|biggest|top|leading|main|busiest|highest|greatest)|no\.\s*\d+|number\s+(?:one|two|three|\d+)"
# "China, the second-largest market", "China is now the fifth-largest", "That made China the
# fifth-largest": the rank told right after the name
_RANK_RIGHT_AFTER = lazy_compile(r"(?:,\s+|\s+(?:is|was|remains|remained|became|has\s+become|ranks|ranked|stands|stood)\s+|\s+)"
                                 rf"(?:now\s+|still\s+)?(?:the|its|[A-Z][\w'’-]*(?:'s|’s))\s+(?P<rank>{_RANK_WORDS})\b", re.IGNORECASE)
# "China took 17% of the volume ..., making it the second-largest destination": the subject ranked
_RANK_OF_IT = lazy_compile(rf"\b(?:making|made|makes|make|leaving|left)\s+it\s+(?:now\s+)?(?:the|its)\s+(?P<rank>{_RANK_WORDS})\b", re.IGNORECASE)


def rank_of_named(ask: Ask) -> Answer | None:
    """ "Where does China rank among buyers of Chilean grapes?" over "..., making China the
    second-largest market for Chilean grapes after the United States": the rank told of the name
    asked, in a paragraph (or beside the lead) naming the goods asked; never a place the sentence
    names ("Guangzhou's Jiangnan fruit market")."""
    asked = _ASKS_RANK_OF.match(ask.query.text)
    if asked is None or not ask.pool.evidence:
        return None
    name_key = normalise_name(asked["name"])
    goods = [t.keys for t in ask.query.required if not _ASKED_MARKET.fullmatch(t.word)]
    entities = {e.id: e for e in ask.store.article_entities(ask.pool.evidence[0].sentence.article_id)}
    for sentence in _sentences_telling(ask, goods):
        rank = _rank_told_of(sentence, name_key, entities, ask)
        if rank is not None:
            told_rank, end = rank
            reply = f"{told_rank[0].upper()}{told_rank[1:]}. " + clause_window(sentence.text, 0, end, 160)
            return make_answer(ask.question, ask.query.intent, reply, 0.75, [citation(ask.store, sentence)])
    return None


def _rank_told_of(sentence: SentenceRow, name_key: str, entities: dict[int, EntityRow], ask: Ask) -> tuple[str, int] | None:
    """The rank a sentence gives the name asked and where the rank's clause ends: right after the
    name, or as "it" when the name opens the sentence's names and none comes between; the first
    when a second is told "after" it."""
    text = sentence.text
    tops = {start: end for start, _, top in ranked_above(text) if top for end in [_CLAUSE_END_AFTER.search(text, start)]}
    mentions = sorted((m for m in ask.store.mentions_in([sentence.id]) if m.entity_id in entities), key=lambda m: m.start)
    for i, mention in enumerate(mentions):
        if name_key not in _keys(entities[mention.entity_id]):
            continue
        if mention.start in tops:  # "the second-largest market ... after the United States": the first
            end = tops[mention.start]
            return "first", end.start() if end is not None else len(text)
        m = _RANK_RIGHT_AFTER.match(text, mention.end)
        if m is None and i == 0:
            it = _RANK_OF_IT.search(text, mention.end)
            m = it if it is not None and not any(o.start < it.start() for o in mentions[1:]) else None
        if m is not None:
            end = _CLAUSE_END_AFTER.search(text, m.end())
            return m["rank"], end.start() if end is not None else len(text)
    return None


_CLAUSE_END_AFTER = lazy_compile(r"[,;]\s|[.?!]\s*$|[.?!]\s")


# "China is now the second-largest buyer of Kazakh grain after Uzbekistan": the one a second
# place is "after" holds the first. Only the second: "third-largest after X and Y" ranks neither.
def top_ahead_of_second(ask: Ask, kinds: tuple[str, ...]) -> Answer | None:
    """ "Which country buys the most Kazakh grain?" over "China is now the second-largest buyer of
    Kazakh grain after Uzbekistan": a sentence with every word asked, ranking one below the top
    and naming the one above it, answers with that one."""
    for ev in _ranking_candidates(ask):
        if ev.coverage < 1.0 or ev.conflicts != ["ranks below the top"]:
            continue
        text = ev.sentence.text
        tops = {start for start, _, top in ranked_above(text) if top}
        # "after Poland's KGHM": a place owning the top name is where it is, not the firm asked
        tops |= {m.end + 3 for m, e in ev.mentions if m.start in tops and e.kind == "place" and text[m.end : m.end + 3] in ("'s ", "’s ")
                 and _WHICH_BODY.match(ask.query.text)}
        for mention, entity in sorted(ev.mentions, key=lambda p: p[0].start):
            if entity.kind in kinds and mention.start in tops and not (entity.kind == "place" and _WHICH_BODY.match(ask.query.text)):
                reply = entity_line(entity, ask.query) + " " + clause_window(text, 0, mention.end, 160)
                return make_answer(ask.question, ask.query.intent, reply, 0.5 + 0.3 * ev.coverage, [citation(ask.store, ev.sentence)])
        thing = _top_thing(text, tops) if ask.query.intent == "what" else None
        if thing is not None:
            reply = f"{thing[0].upper()}{thing[1:]}. " + clause_window(text, 0, text.index(thing) + len(thing), 160)
            return make_answer(ask.question, "what", reply, 0.5 + 0.3 * ev.coverage, [citation(ask.store, ev.sentence)])
    return None


def _ranking_candidates(ask: Ask) -> list[Evidence]:
    """The pool's first four, and any ranking sentence further down that outscored them all before
    its rank set it back ("Carajás Minerais SA, Brazil's second-largest iron ore producer after
    Vale" below sentences matching "producers" and "company" loosely)."""
    head = ask.pool.evidence[:4]
    best = max((ev.score for ev in ask.pool.evidence if not ev.conflicts), default=0.0)
    return head + [ev for ev in ask.pool.evidence[4:] if ev.conflicts == ["ranks below the top"] and ev.score > best]


# "which country mines more copper than Zambia?": the one compared, after "than"
_MORE_THAN = lazy_compile(r"\bmore\b.*?\bthan\s+(?:the\s+)?(?P<other>[\w'’-]+(?:\s+[\w'’-]+){0,3})", re.IGNORECASE)
# "Zambia, Africa's second-largest ...", "Zambia is now the second-largest ...": the name ranked
_RANKED_SUBJECT = lazy_compile(r"(?:,|\s+(?:is|was|remains|remained|became|has\s+become))(?:\s+now)?\s+"
                               r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}$")
# "making China the third-largest market ... after Russia and Ukraine": the name made the one ranked
_MADE_RANKED = lazy_compile(r"\b(?:making|made|makes|leaving|left)\s+$", re.IGNORECASE)
_MADE_RANKED_GAP = lazy_compile(r"\s+the\s+$")


def _ranked_subject(text: str, mention: MentionRow, rank_start: int) -> bool:
    """Whether the name at mention is the one the rank starting at rank_start is told of."""
    gap = text[mention.end : rank_start]
    return bool(_RANKED_SUBJECT.match(gap) or (_MADE_RANKED.search(text[: mention.start]) and _MADE_RANKED_GAP.fullmatch(gap)))


def ahead_of_compared(ask: Ask, kinds: tuple[str, ...]) -> Answer | None:
    """ "Which country mines more copper than Zambia?" over "Zambia, Africa's second-largest copper
    producer after the Democratic Republic of Congo, shipped ...": the one ranked right above the
    name compared does more of the thing asked than it."""
    m = _MORE_THAN.search(ask.query.text)
    if m is None:
        return None
    other = f" {m.group('other').lower()} "
    thing = [t for t in ask.query.required if t.lemma != "more"]
    several = _ASKED_SEVERAL.search(ask.query.text) is not None
    # a ranking of several may sit low in the pool ("Russia was the third-largest supplier after
    # Australia and Qatar" under sentences on Russian LNG shipped to China)
    for ev in ask.pool.evidence[: 20 if several else 6]:
        text = ev.sentence.text
        for rank in _RANKED_AFTER.finditer(text):
            # "third-largest after A and B": neither is the one right above, but both do more, so
            # "which countries ... more than" is told by them all
            second = rank.group(1).lower() in ("second", "2nd")
            if not (second or several) or not thing or not all(_ranks_by(t, ev, rank.group()) for t in thing):
                continue
            ranked = any(e.kind in kinds and mention.end <= rank.start() and any(f" {k} " in other for k in _keys(e))
                         and _ranked_subject(text, mention, rank.start()) for mention, e in ev.mentions)
            tops = _listed_from(ev, rank.start(2), kinds)[: 1 if second else None]
            if ranked and tops and (second or len(tops) > 1):
                reply = " ".join(entity_line(e, ask.query) for _, e in tops) + " " + clause_window(text, 0, tops[-1][0].end, 160)
                return make_answer(ask.question, ask.query.intent, reply, 0.5 + 0.3 * ev.coverage, [citation(ask.store, ev.sentence)])
    return None


def _listed_from(ev: Evidence, start: int, kinds: tuple[str, ...]) -> list[tuple[MentionRow, EntityRow]]:
    """The name at start and those listed with it ("after Australia and Qatar")."""
    mentions = sorted(((m, e) for m, e in ev.mentions if e.kind in kinds), key=lambda p: p[0].start)
    listed = [p for p in mentions if p[0].start == start][:1]
    for pair in mentions:
        if listed and pair[0].start > listed[-1][0].end and listed_together(ev.sentence.text, listed[-1][0], pair[0]):
            listed.append(pair)
    return listed


def _ranks_by(term: Term, ev: Evidence, ranking: str) -> bool:
    """Whether the sentence or its ranking says the word asked ("produces" of "copper producer")."""
    words = ranking.lower().split()
    # "mines" is a key "produce", and "copper producer" the ranking's noun of it
    stems = {k for k in term.keys if len(k) >= 5} | ({term.lemma[:5]} if len(term.lemma) >= 5 else set())
    return (term in ev.matched or bool(term.keys & phrase_keys(ranking)) or any(w.startswith(s) for s in stems for w in words)
            or any(term.keys & verbs and doers & set(words) for verbs, doers in _RANKED_DOERS))


# "which countries sell more LNG to China" / "the third-largest supplier": a market ranks its
# sellers and its buyers by the noun of what they do
_RANKED_DOERS: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (frozenset({"sell", "supply", "export", "ship"}), frozenset({"supplier", "suppliers", "exporter", "exporters", "seller", "sellers", "source"})),
    (frozenset({"buy", "import", "purchase"}), frozenset({"buyer", "buyers", "importer", "importers", "market", "markets", "destination", "customer"})),
)


# "... second-largest export earner after precious metals, accounting for": the thing ranked on
# top runs to the clause's end; a long run is a clause of its own, no thing's name.
_THING_RUN = lazy_compile(r"[^,;.()]{1,50}?(?=\s*(?:[,;.()]|$))")


def _top_thing(text: str, tops: set[int]) -> str | None:
    """ "What is Mexico's top source of foreign currency?" over "Remittances are Mexico's
    second-largest source of foreign currency after manufacturing exports": no name is ranked on
    top, a thing is, and a what-question asks for that thing."""
    for start in sorted(tops):
        m = _THING_RUN.match(text, start)
        if m is not None and len(m.group().split()) <= 5 and not m.group()[0].isdigit():
            return m.group().strip()
    return None


# "Bremer Point, located near the Pilbara town of Onslow, accounts for ...": the text says where
# the name is in a clause right after it.
_LOCATED_AFTER = lazy_compile(r",?\s+(?:which\s+is\s+)?(?:located|situated|sited|lying|set)\s+(?:in|near|at|outside|on|off|close\s+to)\s")


def _located_at(ask: Ask) -> Answer | None:
    """ "whereabouts is Bremer Point?" asks nothing but where the name is: the sentence that
    places it, not the first that names it ("shut two trains at its Bremer Point plant")."""
    if ask.query.required or not ask.query.entities:
        return None
    asked = {e.id for e in ask.query.entities}
    for ev in ask.pool.evidence[:12]:
        text = ev.sentence.text
        for mention, entity in ev.mentions:
            m = _LOCATED_AFTER.match(text, mention.end) if entity.id in asked else None
            if m is None:
                continue
            place = min(((pm, pe) for pm, pe in ev.mentions if pe.kind == "place" and pm.start >= m.end()),
                        key=lambda p: p[0].start, default=None)
            if place is not None:
                reply = f"{place[1].name}. " + clause_window(text, mention.start, place[0].end, 160)
                return make_answer(ask.question, "where", reply, 0.75, [citation(ask.store, ev.sentence)])
    return None


# The one-word names of a gathering (the lexicon's class: forum, summit, expo, fair ...).
_GATHERING_NOUNS = frozenset(w for w in SYNONYMS["conference"] if " " not in w and "-" not in w)
# "at the China-ASEAN Expo in Nanning": what joins a gathering's name to the place it is held in.
_HELD_IN_AFTER = lazy_compile(r",?\s+(?:in|at)\s+(?:the\s+)?")


def _gathering_held_in(ask: Ask) -> Answer | None:
    """ "which city hosted the china asean expo?" over "signed 186 agreements ... at the
    China-ASEAN Expo in Nanning": the place right after the gathering's name is where it is held,
    more closely than a city the story's deals are about ("the border city of Pingxiang")."""
    # (of any kind: a gathering named after places is sometimes read as one, "China-ASEAN Expo")
    asked = {e.id for e in ask.query.entities if normalise_name(e.name).rsplit(" ", 1)[-1] in _GATHERING_NOUNS}
    if not asked:
        return None
    for ev in ask.pool.accepted[:8]:
        text = ev.sentence.text
        for mention, entity in ev.mentions:
            m = _HELD_IN_AFTER.match(text, mention.end) if entity.id in asked else None
            place = next((pe for pm, pe in ev.mentions if pe.kind == "place" and m is not None and pm.start == m.end()), None)
            if place is not None:
                reply = f"{place.name}. " + clause_window(text, mention.start, m.end() + len(place.name), 160)
                return make_answer(ask.question, "where", reply, 0.75, [citation(ask.store, ev.sentence)])
    return None


# ("last week in Beijing": a place told as where, not "Russian President")
_HELD_IN_BEFORE = lazy_compile(r"\b(?:in|at)\s+(?:the\s+)?$")
# (a meeting asked by its verb or noun: "did they meet", "the leaders' meeting")
_MEETING_LEMMAS = _GATHERING_NOUNS | {"meet"}


def _own_gathering_place(ask: Ask) -> Answer | None:
    """ "in which city did the two presidents meet before the summit?" over "The summit in
    Shenyang ... follows a meeting between Russian President Vladimir Putin and Chinese President
    Xi Jinping last week in Beijing": the gathering asked, set before another (whose words are
    soft), is the one the sentence names by the question's own word; its place is the first one
    told after that word, not the other gathering's."""
    if not any(t.soft for t in ask.query.terms):
        return None
    own = {t.lemma for t in ask.query.required if not t.soft and t.lemma in _MEETING_LEMMAS}
    if not own:
        return None
    for ev in ask.pool.accepted[:3]:
        text = ev.sentence.text
        at = next((tok.end for tok in analysed(text)[0] if tok.lemma in own), None)
        place = None if at is None else min(((m, e) for m, e in ev.mentions if e.kind == "place" and m.start > at
                                             and _HELD_IN_BEFORE.search(text, 0, m.start)),
                                            key=lambda me: me[0].start, default=None)
        if place is not None:
            reply = f"{place[1].name}. " + clause_window(text, at, place[0].end, 160)
            return make_answer(ask.question, "where", reply, 0.7, [citation(ask.store, ev.sentence)])
    return None


# "where is the port relative to santiago", "in relation to the capital": a place asked against another
_AGAINST_PLACE = lazy_compile(r"\b(?:relative|in\s+relation|with\s+respect)\s+to\s+(?:the\s+)?(?P<ref>[\w -]+?)\s*\??\s*$", re.IGNORECASE)
# "about 110 km (68 miles) west of", "just north of", "outside": how a text places one spot from another
_PLACED_FROM_BEFORE = lazy_compile(r"(?:(?:about|around|some|roughly|nearly|almost|just|less\s+than|more\s+than)\s+)?(?:\d[\d,.]*\s*-?\s*(?:kilomet(?:re|er)s?|km|miles?)"
                                   r"(?:\s+\([^)]{1,30}\))?\s+)?(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ward)?\s+of\s+(?:central\s+|downtown\s+|the\s+)?$",
                                   re.IGNORECASE)


def _placed_against(ask: Ask) -> Answer | None:
    """ "where is san antonio port relative to santiago" over "... the country's busiest container
    port about 110 km (68 miles) west of Santiago": the distance and compass point the text sets
    before the place asked against are the answer, not a place the port is in or trades with."""
    m = _AGAINST_PLACE.search(ask.query.text)
    if m is None or len(ask.query.entity_keys) < 2:
        return None
    ref = {k for k in ask.query.entity_keys if normalise_name(m["ref"]).startswith(k)}
    if not ref:
        return None
    for ev in ask.pool.evidence[:8]:
        text = ev.sentence.text
        for mention, entity in ev.mentions:
            if ref.isdisjoint(_entity_keys(entity)):
                continue
            placed = _PLACED_FROM_BEFORE.search(text, max(0, mention.start - 70), mention.start)
            if placed is not None:
                reply = clause_window(text, placed.start(), mention.end, 160)
                return make_answer(ask.question, "where", reply, 0.75, [citation(ask.store, ev.sentence)])
    return None


# "where exactly is the new dry port?", "where is the port located": a thing asked by its noun,
# nothing asked of it but where it is.
_WHERE_THING = lazy_compile(r"^\s*where\s+(?:exactly\s+)?(?:is|are|'s|’s)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?([a-z]+)"
                            r"(?:\s+(?:located|situated|sited|based))?\s*\??\s*$", re.IGNORECASE)
# ", which sits inside the Lekki Free Trade Zone about 65 kilometres east of central Lagos,": the
# clause that places the thing, to its comma, semicolon or an "and" opening another verb.
_SITED_AFTER = lazy_compile(r"s?,\s+which\s+(?:sits|lies|stands|is\s+(?:located|situated|sited)|are\s+(?:located|situated|sited)|sit|lie)\s+"
                            r"(?P<where>(?:in|inside|on|near|at|outside|off|close\s+to|along)\s+[^,;]+?)(?=\s*[,;]|\.(?!\d)|\s+and\s+(?:can|will|is|has|was|employs)\b)")


def _thing_sited(ask: Ask) -> Answer | None:
    """ "where exactly is the new dry port?" over "inaugurated the ... Timure dry port, which sits on
    an 8.5-hectare site in Rasuwa district of Bagmati province and can handle ...": the clause a
    sentence naming the thing sets after it says where it is, more closely than a place its story
    leads with ("Kathmandu opened a new dry port")."""
    asked = _WHERE_THING.match(ask.query.text)
    if asked is None:
        return None
    noun = re.escape(asked.group(1).lower())
    for ev in ask.pool.accepted[:6]:
        if ev.coverage < 1.0:
            continue
        text = ev.sentence.text
        for m in re.finditer(rf"\b{noun}\b", text, re.IGNORECASE):
            sited = _SITED_AFTER.match(text, m.end())
            if sited is not None:
                where = sited.group("where").strip()
                reply = where[:1].upper() + where[1:] + ". " + clause_window(text, m.start(), sited.end(), 160)
                return make_answer(ask.question, "where", reply, 0.5 + 0.3 * ev.coverage, [citation(ask.store, ev.sentence)])
    return None


# "Where's Keller's farm?", "where is Ms Ortiz's shop": a thing of a person's, asked where.
_WHERE_POSSESSED = lazy_compile(r"^\s*where(?:'s|’s|s|\s+is|\s+are|\s+was|\s+were)\s+([\w-]+)['’]s\s+[\w-]+(?:\s+[\w-]+)?\s*\??\s*$", re.IGNORECASE)
_NEAR_BEFORE = lazy_compile(r"\b(?:in|at|near|outside|on)\s+(?:the\s+)?$")
_SPOKE = lazy_compile(r"\b(?:told|said|says|tells|spoke|speaking|addressed|added)\b")


def _persons_place(ask: Ask) -> Answer | None:
    """ "Where's Keller's farm?" over "said Tom Keller, who grows wheat and barley on 2,400 hectares
    near Kimba on the Eyre Peninsula": the sentence naming him puts him, and what he has, in the
    first place it gives after his name, though it never says "farm"."""
    asked = _WHERE_POSSESSED.match(ask.query.text)
    if asked is None:
        return None
    name = asked.group(1).lower()
    for ev in ask.pool.evidence[:12]:
        person = next((m for m, e in ev.mentions if e.kind == "person" and name in e.name.lower().split()), None)
        if person is None:
            continue
        text = ev.sentence.text
        for mention, entity in sorted(ev.mentions, key=lambda p: p[0].start):
            if (entity.kind == "place" and mention.start > person.end
                    and _NEAR_BEFORE.search(text[max(0, mention.start - 12) : mention.start])
                    and not _SPOKE.search(text, person.end, mention.start)):  # "Keller told reporters in Canberra": where he spoke
                reply = f"{entity.name}. " + clause_window(text, person.start, mention.end, 160)
                return make_answer(ask.question, "where", reply, 0.6, [citation(ask.store, ev.sentence)])
        return None  # the sentence that names him puts him nowhere
    return None


_BASED_PLACE = r"([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})-based"  # "Hanoi-based", "Sao Paulo-based"
# "Bengaluru-based digital payments and lending firm Kanakpay": a longer description in lower
# case still names one body; a capital word inside it would start another ("Tokyo-based Kiyomori
# Ventures and U.S. investor Bluefield").
_BASED = lazy_compile(_BASED_PLACE + r"\s+(?:(?:[\w’'-]+\s+){0,3}|(?:[a-z][\w’'-]*\s+){4,6})$")


def _based_in(ask: Ask) -> Answer | None:
    """ "Where is Red River Securities based?" over "Hanoi-based Red River Securities": the place
    the text hyphens to the body's name."""
    query = ask.query
    bodies = {e.id for e in query.entities if e.kind in ("org", "other", "person")}
    if not bodies:
        return _based_described(ask) or _role_based_in(ask)
    # "which town is losing jobs at Vautrin's case workshop" asks no home of "Geneva-based Maison Vautrin"
    asks_home = _ASKS_HOME.search(query.text) is not None or not query.required
    for ev in ask.pool.evidence[:8] if asks_home else ():
        for mention, entity in ev.mentions:
            if entity.id not in bodies:
                continue
            m = _BASED.search(ev.sentence.text[max(0, mention.start - 60) : mention.start])
            if m:
                text = f"{m.group(1)}. {clause_window(ev.sentence.text, mention.start - len(m.group(0)), mention.end, 120)}"
                return make_answer(ask.question, "where", text, 0.85, [citation(ask.store, ev.sentence)])
            home = _place_right_after(ev, mention)
            if home is not None:
                text = f"{home.name}. {clause_window(ev.sentence.text, mention.start, mention.end, 120)}"
                return make_answer(ask.question, "where", text, 0.8, [citation(ask.store, ev.sentence)])
    return _the_based_body(ask, bodies) or _employer_based_in(ask) or _home_in_role(ask, bodies)


def _place_right_after(ev: Evidence, mention: MentionRow) -> EntityRow | None:
    """ "Dutch snack maker NutriMix BV in Utrecht": the place written right after a body's name,
    "in" between, is where the body is."""
    text = ev.sentence.text
    if text[mention.end : mention.end + 4] != " in ":
        return None
    return next((e for m, e in ev.mentions if m.start == mention.end + 4 and e.kind == "place"), None)


# "Flores La Pradera, a 120-hectare grower in Facatativa": the place closing what the text calls
# the body says where it is.
_HOME_IN_ROLE = lazy_compile(r"\b(?:in|near|outside)\s+(?:the\s+)?([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})$")


def _home_in_role(ask: Ask, bodies: set[int]) -> Answer | None:
    """ "Where is Flores La Pradera based?" over "..., general manager of Flores La Pradera, a
    120-hectare grower in Facatativa": no "-based", but the body's own description places it."""
    if not _ASKS_HOME.search(ask.query.text):
        return None
    for entity in ask.query.entities:
        if entity.id not in bodies or entity.kind == "person":
            continue
        if (answer := _home_in_staff_role(ask, entity)) is not None:
            return answer
        for role in entity.roles:
            m = _HOME_IN_ROLE.search(role)
            if m is None:
                continue
            places = {normalise_name(e.name) for e in ask.store.article_entities(entity.article_id) if e.kind == "place"}
            if normalise_name(m.group(1)) not in places:
                continue
            sentences = ask.store.sentences(ask.store.sentences_mentioning([entity.id], 20)).values()
            sentence = next((s for s in sentences if role in s.text), None)
            if sentence is not None:
                text = f"{m.group(1)}. {entity.name}: {role}."
                return make_answer(ask.question, "where", text, 0.75, [citation(ask.store, sentence)])
    return None


# "a packing house in Sadat City in Menoufia governorate": the first place a description names
# is the closest one ("Menoufia" only holds "Sadat City").
_ASKS_SITE = lazy_compile(r"\b(?:located|situated|sited|based)\b", re.IGNORECASE)
_FIRST_IN_ROLE = lazy_compile(r"\b(?:in|near|outside)\s+(?:the\s+)?([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})")


def _site_in_description(ask: Ask) -> Answer | None:
    """ "Where is the Delta Citrus packing plant located?" over "Delta Citrus Packing, a packing
    house in Sadat City": a site the text names like a place (no body, so _based_in never asks)
    is placed by the description the text gives it, though that never says "plant"."""
    # "from which city ... for Vladivostok" asks where something leaves from, not where the site is
    if not _ASKS_SITE.search(ask.query.text):
        return None
    for entity in ask.query.entities:
        if entity.kind != "place":
            continue
        places = {normalise_name(e.name) for e in ask.store.article_entities(entity.article_id) if e.kind == "place" and e.id != entity.id}
        for role in entity.roles:
            m = next((m for m in _FIRST_IN_ROLE.finditer(role) if normalise_name(m.group(1)) in places), None)
            sentences = ask.store.sentences(ask.store.sentences_mentioning([entity.id], 20)).values() if m else ()
            sentence = next((s for s in sentences if role in s.text), None)
            if m is not None and sentence is not None:
                text = f"{m.group(1)}. {entity.name}: {role}."
                return make_answer(ask.question, "where", text, 0.75, [citation(ask.store, sentence)])
    return None


def _home_in_staff_role(ask: Ask, body: EntityRow) -> Answer | None:
    """ "Where is Harbour Point Research based?" over "said Rachel Okafor, senior oil analyst at
    Harbour Point Research in London": a place right after the body a person works at, closing
    the person's role, is where the body is (a place the story or its gazetteer knows). The body
    may follow its kind in lower case ("an analyst at producers' association Vinpro in Paarl")."""
    after = re.compile(r"\b(?:at|of|with)\s+(?:the\s+)?(?:[a-z][\w’'-]*\s+){0,3}" + re.escape(body.name) + r"\s+in\s+([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})$")
    entities = ask.store.article_entities(body.article_id)
    places = {normalise_name(e.name) for e in entities if e.kind == "place"}
    for person in (e for e in entities if e.kind == "person"):
        for role in person.roles:
            m = after.search(role)
            sentence = _first_naming(ask, person) if m and normalise_name(m.group(1)) in places else None
            if m and sentence is not None:
                text = f"{m.group(1)}. {person.name}: {role}."
                return make_answer(ask.question, "where", text, 0.75, [citation(ask.store, sentence)])
    return None


_THE_BASED = lazy_compile(r"\bthe\s+" + _BASED_PLACE + r"\s+([a-z]+)\b")
_ANY_BODY = frozenset("company firm group".split())


def _the_based_body(ask: Ask, bodies: set[int]) -> Answer | None:
    """ "Where is Tasman Pacific based?" over "..., the Melbourne-based bank said": the body asked,
    called by its kind ("bank", the last word of its name or of a role) in its own story."""
    # "which cities is Sahra adding?" asks no home; "What city is Lakeside Roasting in?", which
    # asks nothing of the body but where it is, does.
    if not _ASKS_HOME.search(ask.query.text) and ask.query.required:
        return None
    asked = [e for e in ask.query.entities if e.id in bodies]
    for sentence in _with_paragraph_after(ask, [ev.sentence for ev in ask.pool.evidence[:12]], bodies):
        for m in _THE_BASED.finditer(sentence.text):
            head = m.group(2)
            for entity in asked:
                kinds = {normalise_name(entity.name).split()[-1], *_role_words(tuple(entity.roles))} | _ANY_BODY
                if entity.article_id == sentence.article_id and head in kinds:
                    text = f"{m.group(1)}. {clause_window(sentence.text, m.start(), m.end(), 120)}"
                    return make_answer(ask.question, "where", text, 0.75, [citation(ask.store, sentence)])
    return _subject_based(ask, asked)


# ... and "The Nagoya-based company shipped": the story's own body opens a sentence so, too.
_SUBJECT_BASED = lazy_compile(r"\b[Tt]he\s+" + _BASED_PLACE + r"\s+([a-z]+)\b")


def _subject_based(ask: Ask, asked: list[EntityRow]) -> Answer | None:
    """ "where is tsurugi headquartered" over "The Nagoya-based company shipped 11,380 robots" in a
    story that leads with Tsurugi Robotics Corp: "the company" anywhere in it is the story's own,
    though no word of the sentence is asked."""
    if any(not _ASKS_HOME.search(t.word) for t in ask.query.required):
        return None  # "Which city is the firm Tsurugi's buying based in?" asks another body's
    subject = next((e for e in asked if e.kind in ("org", "other") and topic_rank(ask.store, e) == 2
                    and _first_body_of_lead(ask.store, e)), None)
    if subject is None:
        return None
    kinds = {normalise_name(subject.name).split()[-1], *_role_words(tuple(subject.roles))} | _ANY_BODY
    for number in range(1, ask.store.paragraph_count(subject.article_id) + 1):
        paragraph = ask.store.paragraph(subject.article_id, number) or ""
        if "-based" not in paragraph:
            continue
        for sentence in ask.store.paragraph_sentences(subject.article_id, number):
            for m in _SUBJECT_BASED.finditer(sentence.text):
                if m.group(2) in kinds:
                    text = f"{m.group(1)}. {clause_window(sentence.text, m.start(), m.end(), 120)}"
                    return make_answer(ask.question, "where", text, 0.7, [citation(ask.store, sentence)])
    return None


def _with_paragraph_after(ask: Ask, sentences: list[SentenceRow], bodies: set[int]) -> list[SentenceRow]:
    """The sentences, each followed by the rest of its paragraph: "Lakeside Roasting Co said ...
    "We have absorbed ...," the Chicago-based company said" calls it by its kind a sentence later,
    until a sentence names another body, which "the company" may then mean."""
    seen = {s.id for s in sentences}
    out: list[SentenceRow] = []
    for sentence in sentences:
        out.append(sentence)
        for after in ask.store.paragraph_sentences(sentence.article_id, sentence.paragraph):
            if after.index <= sentence.index:
                continue
            named = ask.store.entities_by_id({m.entity_id for m in ask.store.mentions_in([after.id])})
            if any(e.kind in ("org", "other") and e.id not in bodies for e in named.values()):
                break
            if after.id not in seen:
                seen.add(after.id)
                out.append(after)
    return out


_BASED_BEFORE = lazy_compile(_BASED_PLACE + r"\s+((?:[\w’'-]+\s+){0,3}[\w’'-]+)")


def _based_described(ask: Ask) -> Answer | None:
    """ "Which city is the gearbox maker from?" over "Stuttgart-based gearbox maker Kessler": the
    place hyphened to the words the question describes the body by."""
    wanted = [t for t in ask.query.required if t.lemma not in _PLACE_KIND_NAMES]
    if not wanted or _asks_several_places(ask.query):
        return None  # "which countries does it sell its lithium to?": not the one home of "the Santiago-based company"
    asks_home = _ASKS_HOME.search(ask.query.text) is not None
    for ev in ask.pool.evidence[:8]:
        for m in _BASED_BEFORE.finditer(ev.sentence.text):
            # The description ends where its verb begins: "Hamburg-based Nordwerk signed for ...".
            described = _DESCRIPTION_END.split(m.group(2), 1)[0]
            # "Javier Molina, export director at Seville-based bottler Olivares del Betis": the body
            # is also the one of the person whose post the clause gives ("the bottler whose export
            # director was quoted", "the bank of the analyst quoted").
            lead = _CLAUSE_BREAK.split(ev.sentence.text[: m.start()])[-1].split()[-4:]
            if lead and lead[-1] in ("at", "of", "for"):
                described = " ".join(lead) + " " + described
            # "Rotterdam-based Vandermeer Sweeteners, its largest customer": the apposition after
            # the name describes the same body, whose home is asked ("where did the minister meet
            # the shipbuilders?" asks no home of "Ulsan-based Hanbit, the biggest shipbuilder").
            apposed = _APPOSED_ROLE.match(ev.sentence.text, m.end()) if asks_home else None
            if apposed:
                described += " " + apposed.group(1)
            head = _head_noun(described)
            described = phrase_keys(described)
            if not asks_home and head and not any(t.keys & phrase_keys(head) for t in wanted):
                # "which city is the new terminal going in" asks where the terminal goes, not the
                # home of "Rotterdam-based terminal operator Nordhaven": the words asked must name
                # the body itself, by its head noun, when no home is asked.
                continue
            # "the activist investor" for "activist fund Marlow Bay": most of the description will do.
            if 2 * sum(1 for t in wanted if t.keys & described) >= max(2, len(wanted)):
                text = f"{m.group(1)}. {clause_window(ev.sentence.text, m.start(), m.end(), 120)}"
                return make_answer(ask.question, "where", text, 0.8, [citation(ask.store, ev.sentence)])
    return None


def _head_noun(described: str) -> str:
    """The last lower-case word of a body's description before its name: "operator" of "terminal
    operator Nordhaven Ports"; "" when it has none."""
    words = [w for w in described.split() if w[:1].islower() and len(w) > 3]  # not "del" of "Olivares del Betis"
    return words[-1] if words else ""


_APPOSED_ROLE = lazy_compile(r",\s+(?:its|their|his|her|the|a|an)\s+((?:[\w’'-]+\s+){0,3}[\w’'-]+)\s*[,;.]")
_DESCRIPTION_END = lazy_compile(r"\s(?=(?:[a-z]+ed|said|says|will|would|has|have|had|is|are|was|were|signed|won|took|paid)\b)")
_THEIR_BODY = lazy_compile(r"\b(?:his|her|their)\s+(?:firm|company|bank|employer|brokerage|group|fund|house|office)\b")
_BASED_IN_ROLE = lazy_compile(_BASED_PLACE + r"\b")


def _employer_based_in(ask: Ask) -> Answer | None:
    """ "Where's her firm based?" after "Who is Neha Bhandari?": the place hyphened to the body
    her role names ("a senior analyst at Mumbai-based Konkan Energy Research")."""
    if not _THEIR_BODY.search(ask.query.text.lower()):
        return None
    for person in (e for e in ask.query.entities if e.kind == "person"):
        for role in person.roles:
            m = _BASED_IN_ROLE.search(role)
            if not m:
                continue
            sentence = _first_naming(ask, person)
            if sentence:
                text = f"{m.group(1)}. {person.name}: {role}."
                return make_answer(ask.question, "where", text, 0.8, [citation(ask.store, sentence)])
    return None


def _role_based_in(ask: Ask) -> Answer | None:
    """ "Which city is the bank of the analyst quoted located in?" over "said Luca Bertolini, an
    analyst at Milan-based Banca Serravalle": the one person of the role asked, and the place
    hyphened to the body their role names."""
    if not _ASKS_HOME.search(ask.query.text):
        return None
    roles = [t for t in ask.query.required if t.lemma in ROLES or t.lemma in _PERSON_NOUNS]
    if not roles:
        return None
    articles = dict.fromkeys(e.sentence.article_id for e in ask.pool.evidence[:8])
    people = [e for a in articles for e in ask.store.article_entities(a) if e.kind == "person" and _holds_roles(e, roles)]
    if len(people) != 1:
        return None  # none, or several: the question does not say whose
    person = people[0]
    for role in person.roles:
        m = _BASED_IN_ROLE.search(role)
        sentence = _first_naming(ask, person) if m else None
        if m and sentence is not None:
            text = f"{m.group(1)}. {person.name}: {role}."
            return make_answer(ask.question, "where", text, 0.75, [citation(ask.store, sentence)])
    return None


def handle_who(ask: Ask) -> Answer | None:
    if ask.query.intent != "who":
        return None
    # "Who is Japan's biggest trading partner?", "who disapproved?" ("the West"): a country or
    # bloc can be the answer to "who", a little behind a person or body.
    return (_employer(ask) or _unnamed_doer_named_next(ask) or _unnamed(ask) or _speaks_for(ask) or _spokesperson_of(ask) or _data_source(ask) or _buyer_of_sale(ask) or _approver(ask) or _person_at_body(ask) or _company_executive(ask) or _bare_titled_head(ask) or _passive_agent(ask) or _source_next(ask) or _quoted_speaker(ask) or _quoted_by_role(ask)
            or _pronoun_subject(ask) or _subject_described(ask)
            or ahead_of_compared(ask, _AGENT_KINDS) or top_ahead_of_second(ask, _AGENT_KINDS + _PLACE_KINDS)
            or _answer_entity(ask, "who", _AGENT_KINDS if _asks_a_body(ask.query) else _AGENT_KINDS + _PLACE_KINDS)
            or _sole_holder(ask) or _sole_title_of_subject(ask) or _said_by_role(ask) or _nation_post(ask))


# "who is angola's transport minister?", "who's the angolan transport minister": a government post
# of a nation, which the story's sentence need not name ("Transport Minister Helder Caxito told
# the inauguration ceremony" in a story on an Angolan port).
_ASKS_NATION_POST = lazy_compile(r"^\s*who(?:'s|’s|s|\s+is|\s+was)\s+(?:the\s+)?([a-z]+)(['’]s)?\s+"
                                 r"((?:[a-z-]+\s+){0,2}(?:minister|ambassador|president|envoy))\s*\??\s*$", re.IGNORECASE)


def _names_another_nation(ask: Ask, sentence: SentenceRow, nation: str) -> bool:
    places = ask.store.entities_by_id({m.entity_id for m in ask.store.mentions_in([sentence.id])}).values()
    return any(e.kind == "place" and e.name in _NATIONS and e.name != nation for e in places)


def _post_nation(word: str, possessive: bool) -> str:
    if possessive:
        place = canonical_place(word.capitalize())
        return place if place in _NATIONS else ""
    return DEMONYMS.get(word.lower(), "")


def _nation_post(ask: Ask) -> Answer | None:
    """The story's one holder of the exact post asked whom no other nation's word claims, when the
    story names the nation asked."""
    m = _ASKS_NATION_POST.match(ask.query.text)
    nation = _post_nation(m.group(1), bool(m.group(2))) if m else ""
    if not nation:
        return None
    articles = _evidence_articles(ask)
    if len(articles) != 1:
        return None
    entities = ask.store.article_entities(articles[0])
    if not any(e.kind == "place" and e.name == nation for e in entities):
        return None  # a story that never names the nation says nothing of its posts
    post = " ".join(m.group(3).lower().split())
    people = [e for e in entities if e.kind == "person" and not _of_another_nation(e, nation)
              and any(post in r.lower() and not _lesser_post(r, ask.query) for r in e.roles)]
    if len(people) != 1:
        return None
    sentence = _first_naming(ask, people[0])
    if sentence is None or _names_another_nation(ask, sentence, nation):
        return None  # "Zambia's share ..., Finance Minister Chileshe Banda told parliament"
    return make_answer(ask.question, "who", entity_line(people[0], ask.query), 0.5, [citation(ask.store, sentence)])


# "who does she work for?", "which bank is he with?", "who's her employer?": the body a named
# person's role ties them to, which no sentence says they "work for". "where does she work?" asks
# the same of a person whose role names a body ("an analyst at Santiago brokerage Andes Capital"):
# her workplace is that body, not a town.
_ASKS_EMPLOYER = lazy_compile(
    r"^\s*where\s+(?:(?:does|did|do)\s+(?:[\w'-]+\s+){1,3}?work|(?:is|was)\s+(?:[\w'-]+\s+){1,3}?working)\s*\??\s*$|"
    r"^\s*(?:who|which\s+(?:company|firm|bank|organi[sz]ation|institution|group|body|agency|fund|house|brokerage))\s+"
    r"(?:(?:does|did|do)\s+(?:[\w'-]+\s+){1,3}?(?:work|works|working)\s+(?:for|at|with)"
    r"|(?:is|was)\s+(?:[\w'-]+\s+){1,3}?(?:with|from|employed\s+by))\s*\??\s*$"
    r"|^\s*who(?:'s|’s|\s+is|\s+was)\s+(?:his|her|their|[\w'-]+(?:'s|’s))\s+employer\b", re.IGNORECASE)


def _employer(ask: Ask) -> Answer | None:
    """ "who does she work for?" after "Rana Haddad (chief economist at Gulf Horizon Capital)": the
    one body of the story that the person's role names."""
    if not _ASKS_EMPLOYER.match(ask.query.text):
        return None
    people = [e for e in ask.query.entities if e.kind == "person" and e.roles]
    if len(people) != 1:
        return None
    person = people[0]
    sentence = _first_naming(ask, person)
    if sentence is None:
        return None
    bodies = [e for e in ask.store.article_entities(sentence.article_id)
              if e.kind in ("org", "other") and _works_at(person, e)]
    if len(bodies) > 1:
        # "an economist at Standard Lesotho Bank in Maseru": the bank by its whole name, not the
        # "Maseru Wool and Mohair Centre" by the town it is short for.
        bodies = [e for e in bodies if _role_names_whole(person, e)]
    if len(bodies) != 1:
        return None  # none, or several: the role does not say which one employs them
    text = f"{bodies[0].name}. {entity_line(person, ask.query)}"
    return make_answer(ask.question, ask.query.intent, text, 0.8, [citation(ask.store, sentence)])


# "which organisation hosted the conference?": a body asked by its kind is no place ("Liaoning").
_BODY_KINDS_ASKED = frozenset("organisation organization company firm agency institution association".split())


def _asks_a_body(query: Query) -> bool:
    return any(t.lemma in _BODY_KINDS_ASKED for t in query.terms)


# "which chinese banks are funding it": the noun the question asks for, just before its verb.
# ("which company made the trains": a past verb right after the noun ends it as an auxiliary does)
_WHICH_HEAD = lazy_compile(r"^\s*which\s+(?:[\w-]+\s+){0,2}?(?P<head>[\w-]+)\s+(?:are|is|was|were|has|have|had|did|does|do|will|would|can|could"
                           r"|[a-z]+ed|made|built|won|lent|sold|bought|paid|ran|led|took|got|gave|put|set|began|spent|sent|brought)\b",
                           re.IGNORECASE)
# A bank or a lender is a body as much as a company is.
_BODY_HEADS = _BODY_KINDS_ASKED | frozenset(SYNONYMS["firm"]) | frozenset(("bank", "lender"))


# A business asked by its kind ("which company", "which chinese banks", "which carmakers") ...
_BUSINESS_HEADS = frozenset(("company", "firm", "bank", "lender", "carmaker", "automaker", "manufacturer", "maker", "producer",
                             "contractor", "builder"))
# ... is none of the public bodies or markets these words head ("Ministry of Fisheries", "Chinese embassy").
_PUBLIC_BODY_WORDS = frozenset(("ministry", "authority", "embassy", "agency", "council", "commission", "department", "government",
                                "exchange", "association", "federation", "chamber", "bureau"))


def _asks_a_business(query: Query) -> bool:
    m = _WHICH_HEAD.match(query.text)
    return m is not None and lemma(m["head"].lower()) in _BUSINESS_HEADS


def _asks_which_body(query: Query) -> bool:
    """ "which chinese banks are funding it", "which company made the trains": a body asked for by
    name, which no person quoted can be."""
    m = _WHICH_HEAD.match(query.text)
    return m is not None and lemma(m["head"].lower()) in _BODY_HEADS


# "who's speaking for the strikers?", "who represents the residents?": the voice of a group of
# people, which the text gives as a post at their union or group ("Union secretary-general Rosa
# Quispe", "a spokeswoman for the civic group Levego Debrecennek"), never saying "speak for".
_SPEAKS_FOR = lazy_compile(r"^\s*who(?:'s|’s|s|\s+is|\s+was)?\s+(?:(?:speaking|speaks|spoke|talking|talks)\s+for|represents|representing)"
                           r"\s+(?:the\s+|those\s+)?((?:[\w-]+\s*){1,3})", re.IGNORECASE)
# The people a group speaks for: "the residents", "the striking workers".
_SPOKEN_FOR = frozenset("""resident striker worker employee protester protestor farmer grower local opponent campaigner
activist member miner driver docker pilot villager tenant people community union group""".split())
# The bodies people speak through; "group" only as a common noun ("the civic group"), not "Volkswagen Group".
_VOICE_BODIES = frozenset("union unions association campaign coalition federation alliance movement committee cooperative".split())


def _speaks_for(ask: Ask) -> Answer | None:
    """ "Who is speaking for the residents opposing the factory?" over "said Katalin Varga, a
    spokeswoman for the civic group Levego Debrecennek": the story's one person who holds a post
    at a body of people, whatever the question says they oppose."""
    m = _SPEAKS_FOR.match(ask.query.text)
    if m is None or _SPOKEN_FOR.isdisjoint(lemma(w) for w in m.group(1).lower().split()):
        return None
    articles = dict.fromkeys(e.sentence.article_id for e in ask.pool.evidence[:8])
    if len(articles) != 1:
        return None
    people = [e for e in ask.store.article_entities(next(iter(articles))) if e.kind == "person" and any(
        not _VOICE_BODIES.isdisjoint(w.lower() for w in r.split()) or " group" in r for r in e.roles)]
    if len(people) != 1:
        return None  # none, or several: the question does not say which
    sentence = _first_naming(ask, people[0])
    if sentence is None:
        return None
    return make_answer(ask.question, "who", entity_line(people[0], ask.query), 0.6, [citation(ask.store, sentence)])


# "who speaks for the regulator?", "who is the spokesperson for GNERC?": a body's voice, asked by any of its names.
_ASKS_SPOKESPERSON = lazy_compile(r"^\s*who(?:'s|’s|s|\s+is|\s+was)?\s+(?:(?:speaking|speaks|spoke|talking|talks)\s+for"
                                  r"|(?:the\s+)?spokes(?:person|man|woman)\s+(?:for|of|at))\b", re.IGNORECASE)
_SPOKESPERSON_ROLE = lazy_compile(r"\bspokes(?:person|man|woman)\b|\bpress officer\b", re.IGNORECASE)
_BARE_SPOKESPERSON = lazy_compile(r"^\s*(?:a\s+|the\s+)?spokes(?:person|man|woman)\s*$", re.IGNORECASE)


def _spokesperson_of(ask: Ask) -> Answer | None:
    """ "Which body raised the power tariff?" "the Georgian National Energy and Water Supply Regulatory
    Commission (GNERC)" "who speaks for it?" over "GNERC spokesperson Nino Gelashvili said": the one
    spokesperson whose role names the body asked, by its short name as well as its long one (whose
    words would otherwise pick the sentence that spells the name out); a bare "spokesperson" speaks
    for the body her sentence names ("Austral Reefer Lines will deploy ..., spokesperson Diego
    Salvatierra said")."""
    if not _ASKS_SPOKESPERSON.match(ask.query.text):
        return None
    bodies = [e for e in ask.query.entities if e.kind in ("org", "other")]
    if len(bodies) != 1:
        return None
    body = bodies[0]
    told = set(ask.store.sentences_mentioning([body.id]))
    people = [(e, s) for e in ask.store.article_entities(body.article_id) if e.kind == "person"
              and any(_SPOKESPERSON_ROLE.search(r) for r in e.roles) and (s := _first_naming(ask, e)) is not None
              and (_works_at(e, body) or s.id in told and all(_BARE_SPOKESPERSON.match(r) for r in e.roles))]
    if len(people) != 1:
        return None
    person, sentence = people[0]
    return make_answer(ask.question, "who", entity_line(person, ask.query), 0.8, [citation(ask.store, sentence)])


# "Who compiles the soybean price data?", "Whose data were used for the consensus?": the source
# the text cites for the figures, which it seldom says compiles or collects them.
# ("which firm compiled the market share numbers?": the past tense too)
_ASKS_SOURCE = lazy_compile(r"^\s*(?:who|which\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:compil(?:es?|ed)|collect(?:s|ed)?|gather(?:s|ed)?|publish(?:es|ed)?|puts?\s+out"
                            r"|releas(?:es?|ed)|provid(?:es?|ed)|suppl(?:y|ies|ied)|track(?:s|ed)?|produc(?:es?|ed)|keeps?|kept|calculat(?:es?|ed))\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?"
                            r"(?:data|figures|statistics|numbers|index|survey|estimates?)\b|^\s*whose\s+(?:data|figures|statistics|numbers"
                            r"|index|survey|estimates?)\b", re.IGNORECASE)
_SOURCE_WORDS = frozenset("compile collect gather publish put release provide supply track produce keep calculate use data figure statistic number".split())
# ("according to Peru's tax and customs agency Sunat": a nation's body named with its nation's possessive)
_CITED_BEFORE = lazy_compile(r"\b(?:according to|compiled by|collected by|published by|(?:data|figures|statistics|index|survey)\s+(?:from|by|of))"
                             r"\s+(?:the\s+)?(?:[\w’'-]+\s+){0,5}?(?:(?:data|figures|statistics)\s+(?:from|by|of)\s+)?(?:the\s+)?$", re.IGNORECASE)
# "..., the National Fisheries Society (SNP) said last week": a body giving the figures is their source.
# "..., Heihe customs spokesperson Zhang Lihua said last week": a person may give the figures too,
# when the sentence is hers; a body's data named earlier in it come first.
_SAID_AFTER = lazy_compile(r"^\s+(?:said|says|told)\b")
_CITED_AFTER = lazy_compile(r"^\s+(?:data|figures|statistics)\b|^\)?\s+(?:said|says|reported|showed)\b", re.IGNORECASE)


def _data_source(ask: Ask) -> Answer | None:
    """ "Who collects the retail price data for cement bags?" over "according to weekly price data
    from the Pakistan Bureau of Statistics": the body cited for the figures asked about."""
    if not _ASKS_SOURCE.search(ask.query.text):
        return None
    subject = [t for t in ask.query.required if t.lemma not in _SOURCE_WORDS]
    for ev in ask.pool.evidence[:4]:
        missing = [t for t in ev.missing if t.lemma not in _SOURCE_WORDS]
        # "retail" may be what the text leaves out; more than one word is another subject
        if len(missing) > 1 or len(missing) >= len(subject) or any(not c.startswith(("missing: ", "never names ")) for c in ev.conflicts):
            continue
        text = ev.sentence.text
        for mention, entity in sorted(ev.mentions, key=lambda p: p[0].start):
            # "..., the National Fisheries Society (SNP) said last week": the body that said the
            # figures put them out, as much as one they are "according to".
            if entity.kind in ("org", "other") and _cites_body(text, mention) \
                    or entity.kind == "person" and _SAID_AFTER.match(text[mention.end : mention.end + 12]):
                reply = entity_line(entity, ask.query) + " " + clause_window(text, mention.start, mention.end, 110)
                return make_answer(ask.question, "who", reply, 0.5 + 0.3 * ev.coverage, [citation(ask.store, ev.sentence)])
        if _UNNAMED_SOURCE.search(text) and (named := _source_named_next(ask, ev)) is not None:
            return named
    return None


def _cites_body(text: str, mention: MentionRow) -> bool:
    return bool(_CITED_BEFORE.search(text[max(0, mention.start - 70) : mention.start])
                or _CITED_AFTER.match(text[mention.end : mention.end + 12])
                or _SOURCE_AFTER.match(text[mention.end : mention.end + 40]))


# "..., industry figures showed on Wednesday": figures whose source the sentence only describes;
# the story names it where it goes on ("..., the Western Rock Lobster Council said").
_UNNAMED_SOURCE = lazy_compile(r"\b(?:industry|official|government|customs|trade|ministry|preliminary)\s+"
                               r"(?:data|figures|statistics|numbers)\s+(?:showed|show|shows)\b")


def _source_named_next(ask: Ask, ev: Evidence) -> Answer | None:
    """The body the sentence right after names as its source, in the same or the next paragraph."""
    sid = ev.sentence.id + 1  # ids run in text order
    nxt = ask.store.sentences([sid]).get(sid)
    if nxt is None or nxt.article_id != ev.sentence.article_id or nxt.paragraph > ev.sentence.paragraph + 1:
        return None
    mentions = sorted(ask.store.mentions_in([nxt.id]), key=lambda m: m.start)
    entities = ask.store.entities_by_id({m.entity_id for m in mentions})
    bodies = [(m, entities[m.entity_id]) for m in mentions if m.entity_id in entities
              and entities[m.entity_id].kind in ("org", "other") and _cites_body(nxt.text, m)]
    if len(bodies) != 1:
        return None  # none, or several: which gave the figures is not told
    mention, entity = bodies[0]
    reply = entity_line(entity, ask.query) + " " + clause_window(nxt.text, mention.start, mention.end, 110)
    return make_answer(ask.question, "who", reply, 0.45 + 0.3 * ev.coverage,
                       [citation(ask.store, ev.sentence), citation(ask.store, nxt)])


# "Who is buying the stake?" over "agreed to sell its stake ... to its partner, Grupo Altavista":
# the sale told from the seller's side; the buyer is the name after "to".
_BUY_KEYS = frozenset({"buy", "acquire", "purchas"})
_ASKS_BUYER = lazy_compile(r"^\s*(?:who|which\s+[\w-]+)\b", re.IGNORECASE)
_SALE_VERB = lazy_compile(r"\b(?:sell|sells|sold|selling)\b")
_SOLD_TO = lazy_compile(r"\bto\s+(?:(?:its|their|the|a)\s+[\w-]+\s*,\s*)?(?:[A-Z][\w.-]*-based\s+)?(?:the\s+)?$")


def _buyer_of_sale(ask: Ask) -> Answer | None:
    """ "Who is buying the Canadian equipment-finance book?" over "agreed to sell its Canadian
    equipment-finance portfolio ... to Montreal-based Laurentide Capital Partners": the buyer
    is the one it is sold to, though the sentence never says "buy"."""
    verb = next((t for t in ask.query.required if t.keys & _BUY_KEYS), None)
    if verb is None or not _ASKS_BUYER.match(ask.query.text):
        return None
    subject = [t for t in ask.query.required if t is not verb and not t.keys & _ANY_FIRM]  # not "which company"
    for ev in ask.pool.evidence[:3]:
        # the thing sold must be the one asked about: of three words or more, one may be worded
        # otherwise ("book" for "portfolio"), no more
        missing = [t for t in ev.missing if t is not verb]
        if verb not in ev.missing or not subject or len(missing) > (1 if len(subject) >= 3 else 0) \
                or any(not c.startswith("missing: ") for c in ev.conflicts):
            continue
        text = ev.sentence.text
        sale = _SALE_VERB.search(text)
        if sale is None:
            continue
        for mention, entity in sorted(ev.mentions, key=lambda p: p[0].start):
            if entity.kind in _AGENT_KINDS and mention.start > sale.end() and _SOLD_TO.search(text[max(sale.end(), mention.start - 60) : mention.start]):
                reply = entity_line(entity, ask.query) + " " + clause_window(text, sale.start(), mention.end, 150)
                return make_answer(ask.question, "who", reply, 0.5 + 0.3 * ev.coverage, [citation(ask.store, ev.sentence)])
    return None


# "Who has to sign off on the takeover?" over "The offer requires approval from the European Central
# Bank and Spain's competition authority, the CNMC": whoever the approval is from, named or not
# ("Italy's competition authority"), up to the clause's end.
_APPROVE_KEYS = frozenset({"approve", "approval"})
_APPROVAL_FROM = lazy_compile(r"\b(?:approval|approvals|clearance|sign-off|consent|go-ahead|green light|permission|authori[sz]ation)"
                              r"\s+(?:from|of|by)\s+(?P<who>[^\s,.;:()]+(?:\s+(?!(?:for|which|who|while|that|to|before|after|by|in|on)\b)[^\s,.;:()]+)*)")


def _approver(ask: Ask) -> Answer | None:
    """ "Who still has to sign off on the Bellandi takeover?" over "The group is still awaiting
    clearance from Italy's competition authority for its ... purchase of ... Bellandi": the one
    the approval is from."""
    verb = next((t for t in ask.query.required if t.keys & _APPROVE_KEYS), None)
    if verb is None or not _ASKS_WHO.match(ask.query.text):
        return None
    for ev in ask.pool.evidence[:3]:
        # the deal asked about, whatever the sentence calls the approving
        if any(t is not verb for t in ev.missing) or any(not c.startswith("missing: ") for c in ev.conflicts):
            continue
        m = _APPROVAL_FROM.search(ev.sentence.text)
        if m is None:
            continue
        who = m.group("who").strip()
        reply = who[:1].upper() + who[1:] + ". " + clause_window(ev.sentence.text, m.start(), m.end(), 150)
        return make_answer(ask.question, "who", reply, 0.5 + 0.3 * ev.coverage, [citation(ask.store, ev.sentence)])
    return None


# "said", "according to": a sentence that gives its own source.
_ATTRIBUTED = lazy_compile(r"\b(?:said|says|told|according\s+to|reported|reports|showed|shows|announced|estimated|wrote|added)\b")


def _source_next(ask: Ask) -> Answer | None:
    """ "Who reported the delays on the earlier ships?" over "The contract comes as Atlantic Keel
    struggles with delays on earlier ships. The lead frigate ... is running 26 months behind
    schedule ..., the Government Accountability Office said in a report": a sentence that names
    no source leaves it to the next of its paragraph, which tells the details and whose they are."""
    if not any(t.keys & {"say", "report"} for t in ask.query.terms) or not _ASKS_WHO.match(ask.query.text):
        return None
    best = ask.pool.best()
    if best is None or best.coverage < 1.0 or best.conflicts or _ATTRIBUTED.search(best.sentence.text):
        return None
    nxt = ask.store.sentences([best.sentence.id + 1]).get(best.sentence.id + 1)  # ids run in text order
    if nxt is None or nxt.article_id != best.sentence.article_id or nxt.paragraph != best.sentence.paragraph:
        return None
    mentions = sorted(ask.store.mentions_in([nxt.id]), key=lambda m: -m.start)
    entities = ask.store.entities_by_id({m.entity_id for m in mentions})
    for mention in mentions:  # the source closes the sentence: the last one named
        entity = entities.get(mention.entity_id)
        if entity is None or entity.kind not in ("person", "org"):
            continue
        if _SOURCE_AFTER.match(nxt.text[mention.end : mention.end + 40]) or _SOURCE_BEFORE.search(nxt.text[max(0, mention.start - 60) : mention.start]):
            reply = entity_line(entity, ask.query) + " " + clause_window(nxt.text, 0, len(nxt.text), 200)
            return make_answer(ask.question, "who", reply, 0.45 + 0.3 * best.coverage, [citation(ask.store, nxt), citation(ask.store, best.sentence)])
    return None


def _person_at_body(ask: Ask) -> Answer | None:
    """ "Who is the lender's top economist?" over "Priya Dhillon, chief economist at Harwell", where
    "mortgage lender Harwell Building Society" said the figures; "who at the industry body explained
    ...?" over "Luciana Ferraz, technical director at Anacana" ("industry association Anacana"):
    the body the question describes, then the person whose role ties them to it."""
    query = ask.query
    if not _ASKS_WHO.match(query.text):
        return None  # "which analyst ...?" is the ranking's, by the role
    if not any(t.lemma in _BODY_NOUNS for t in query.terms):
        return None  # "who explained the rental surge?" names no body
    roles = [t for t in query.required if t.lemma in ROLES or t.lemma in _PERSON_NOUNS or t.keys & ROLES]
    described = [t for t in query.terms if t not in roles]
    articles = list(dict.fromkeys(e.sentence.article_id for e in ask.pool.evidence[:8]))
    if len(articles) != 1:
        return None
    entities = ask.store.article_entities(articles[0])
    bodies = [e for e in entities if e.kind in ("org", "other")]
    # "who heads the port authority aps": a body the question names is the one it describes,
    # whatever words the text sets around its name ("the port authority, Administracao ... (APS)").
    # (only one with a person of its own: "the coconut authority" may be named by a body's full
    # name while its head's role names it by its initials, another body of the story)
    named = {e.id for e in query.entities if e.kind in ("org", "other")}
    workers = [e for e in entities if e.kind == "person" and e.roles] if named else []
    named = {b for b in named if any(_works_at(p, body) for body in bodies if body.id == b for p in workers)}
    fits = {body.id: _described_fit(ask, body, described) + (len(described) + 1 if body.id in named else 0) for body in bodies}
    most = max(fits.values(), default=0)
    if most < 1:
        return None
    # "the lender" fits the Bank of England as well as "mortgage lender Harwell": the one of
    # those bodies whose person the question can mean.
    people = [e for e in entities if e.kind == "person" and e.roles
              and any(fits[body.id] == most and _works_at(e, body) for body in bodies)]
    if roles:
        people = [e for e in people if _holds_roles(e, roles) and not _lesser_post(_best_role(e, query), query)]
    if len(people) != 1:
        return None
    sentence = _first_naming(ask, people[0])
    if sentence is None:
        return None
    text = entity_line(people[0], query) + ("" if roles else " " + sentence.text.strip())
    return make_answer(ask.question, "who", text, 0.75, [citation(ask.store, sentence)])


# "the gazprom exec", "an executive": a company's person, whatever their title.
_EXECUTIVE_WORDS = frozenset("executive executives".split())


def _company_executive(ask: Ask) -> Answer | None:
    """ "who is the gazprom exec quoted in the story" over "Oleg Belyaev, Gazprom's head of Central
    Asian exports, said ...": an executive asked of a company the question names is the story's one
    person whose role names that company ("Gazprom's head of ...", "head of exports at Gazprom"),
    though the role never says "executive"."""
    query = ask.query
    if not _ASKS_WHO.match(query.text) or query.required:
        return None  # "who is the gazprom exec in charge of exports?" asks more than the company
    if not any(t.lemma in _EXECUTIVE_WORDS or t.word.lower() in _EXECUTIVE_WORDS for t in query.terms):
        return None
    bodies = [e for e in query.entities if e.kind in ("org", "other")]
    if len(bodies) != 1 or len(query.entities) != 1:
        return None
    articles = _evidence_articles(ask)
    if len(articles) != 1:
        return None
    people = [e for e in ask.store.article_entities(articles[0]) if e.kind == "person" and e.roles and _works_at(e, bodies[0])]
    if len(people) != 1:
        return None  # none, or several: the question does not say which
    sentence = _first_naming(ask, people[0])
    if sentence is None:
        return None
    return make_answer(ask.question, "who", entity_line(people[0], query), 0.6, [citation(ask.store, sentence)])


# The words asking who heads a body: "who heads / runs / leads / is the boss of ...".
_HEADING_WORDS = frozenset("head boss run lead leader helm".split())
# A title written alone, its body left to the story: "Governor Levent Kiraz", "President Director
# Hendra Wijayakusuma", "its president Claudio Montes", "company president Takeshi Anzai".
_BARE_TITLE_WORDS = frozenset("""president director chief executive officer chairman chairwoman chair governor head
managing general manager ceo founder leader company its the group firm bank association""".split())


def _bare_titled_head(ask: Ask) -> Answer | None:
    """ "Who heads the central bank?" over '"We acted decisively ...," Governor Levent Kiraz told a
    news conference', "who heads the growers and exporters association" over "The association will
    spend ..., its president Claudio Montes said": a head's title without its body ties the person to
    the body named last before them in their paragraph, else the one their sentence calls by the
    asked noun ("The association"), else the body the story leads with."""
    query = ask.query
    if not _ASKS_WHO.match(query.text):
        return None
    # Only the generic words for heading: "who chairs the board?", "the chief financial officer"
    # and "the deputy governor" ask a post of their own, no "Chief Executive" answers.
    roles = [t for t in query.required if t.lemma in _HEADING_WORDS]
    if not roles or any(t.lemma in ROLES and t not in roles for t in query.terms) or _LESSER_POST.search(query.text):
        return None
    articles = _evidence_articles(ask)
    if len(articles) != 1:
        return None
    entities = ask.store.article_entities(articles[0])
    bodies = [e for e in entities if e.kind in ("org", "other")]
    keys = [k for k in query.entity_keys if k]
    # "the beef bowl chain": a word the lexicon counts a firm names a body as well
    nouns = {t.lemma for t in query.terms if t.lemma in _BODY_NOUNS or t.keys & _ANY_FIRM}
    if keys:
        # every name asked is the body's, and nothing else is: "who runs Veltra's Mexican business?"
        # or "who runs marbach's works council?" asks no chief of Veltra or Marbach
        # ... but "who heads the constanta port administration?" names a place, which with the
        # other words asked is the body's own name ("Maritime Ports Administration Constanta")
        others = [t for t in query.required if t not in roles]
        if others and not all(e.kind == "place" for e in query.entities):
            return None
        asked = {b.id for b in bodies if all(any(f" {k} " in f" {normalise_name(n)} " for n in (b.name, *b.aliases)) for k in keys)
                 and all(not t.keys.isdisjoint(phrase_keys(b.name)) for t in others)}
    elif nouns:
        described = [t for t in query.terms if t not in roles]
        fits = {b.id: _described_fit(ask, b, described) for b in bodies}
        if max(fits.values(), default=0) < 2:
            # a company's legal form says it is one only when no body's words say what is asked:
            # "the railway company" is the "Railway Share Company", not "China Railway Group Ltd"
            fits = {b.id: _described_fit(ask, b, described, legal_form=True) for b in bodies}
        most = max(fits.values(), default=0)
        asked = {i for i, fit in fits.items() if fit == most} if most >= 2 else set()
    else:
        return None
    if not asked:
        return None
    people = [e for e in entities if e.kind == "person" and e.roles and _holds_roles(e, roles)
              and all(set(r.lower().replace("'s", "").split()) <= _BARE_TITLE_WORDS for r in e.roles)
              and not _lesser_post(_best_role(e, query), query) and not _heads_government(ask, e)]
    subject = _story_subject(ask, articles[0], asked) - asked
    held = [p for p in people if _bare_title_body(ask, p, nouns, asked) and not _speaks_for_subject(ask, p, asked, subject)]
    # "the authority's chairman Saeed Ahmed Baloch" for "who heads the Gwadar Port Authority?": a
    # title that names the body asked, by its name or the noun it ends with, though no sentence of
    # his names the body in full.
    held += [e for e in entities if e.kind == "person" and e not in held and _holds_roles(e, roles)
             and any(_works_at(e, b) for b in bodies if b.id in asked) and not _lesser_post(_best_role(e, query), query)]
    if len(held) != 1:
        return None
    sentence = _first_naming(ask, held[0])
    if sentence is None:
        return None
    return make_answer(ask.question, "who", entity_line(held[0], query), 0.6, [citation(ask.store, sentence)])


# "as President Luis Arce's government struggles with shortages": a bare "President" whose
# government the story names heads the state, not the state lithium company.
_GOVERNMENT_OWNED = lazy_compile(r"^['’]s\s+(?:government|administration|cabinet)\b")


def _heads_government(ask: Ask, person: EntityRow) -> bool:
    """Whether the story names the person's government (administration, cabinet)."""
    sentences = ask.store.sentences(ask.store.sentences_mentioning([person.id], 12))
    return any(_GOVERNMENT_OWNED.match(sentences[m.sentence_id].text[m.end :])
               for m in ask.store.mentions_in(list(sentences)) if m.entity_id == person.id)


def _evidence_articles(ask: Ask) -> list[str]:
    """The articles of the best evidence; with none, the store's one article: "who's the boss at the
    beef bowl chain?" finds no sentence with "boss", but a one-article store has one story to ask."""
    articles = list(dict.fromkeys(e.sentence.article_id for e in ask.pool.evidence[:8]))
    if not articles and ask.store.article_count() == 1:
        return [info.id for info in ask.store.articles()]
    return articles


def _bare_title_body(ask: Ask, person: EntityRow, nouns: set[str], asked: set[int]) -> bool:
    """Whether the body a bare-titled person heads is one asked (_bare_titled_head)."""
    sentence = _first_naming(ask, person)
    if sentence is None:
        return False
    paragraph = [s for s in ask.store.paragraph_sentences(sentence.article_id, sentence.paragraph) if s.index <= sentence.index]
    mentions = ask.store.mentions_in([s.id for s in paragraph])
    at = min((m.start for m in mentions if m.entity_id == person.id and m.sentence_id == sentence.id), default=len(sentence.text))
    order = {s.id: s.index for s in paragraph}
    kinds = ask.store.entities_by_id({m.entity_id for m in mentions})
    before = [m for m in mentions if m.entity_id in kinds and kinds[m.entity_id].kind in ("org", "other")
              and (m.sentence_id != sentence.id or m.start < at)]
    opening = story_opening(sentence.text)
    # (the first body, set only behind words with no comma: "Tianjin-based Haixin Port Holdings")
    first = min((m for m in before if m.sentence_id == sentence.id), key=lambda m: m.start, default=None)
    subject = first if first is not None and kinds[first.entity_id].kind == "org" and first.start - opening <= 40 \
        and "," not in sentence.text[opening : first.start] else None
    if subject is not None and _TOLD_AFTER.match(sentence.text, _mention_end(mentions, person.id, sentence.id, at)):
        # "Haixin Port Holdings invested ... under a concession agreed with the Misrata Free Zone,
        # chairman Zhou Wenbin told reporters": the teller heads the body the sentence opens on,
        # not the one last named in its telling
        return subject.entity_id in asked
    if before:
        last = max(before, key=lambda m: (order.get(m.sentence_id, -1), m.start))
        return last.entity_id in asked
    words = {lemma(w) for w in re.findall(r"[a-z]+", sentence.text.lower())}
    if nouns & words:
        return True  # "The association will spend ..., its president Claudio Montes said"
    called = _body_called_by_noun(ask, [s.text if s.id != sentence.id else s.text[:at] for s in paragraph], sentence.article_id)
    if called is not None:
        return called in asked
    told = _body_told_before(ask, sentence)
    if told is not None:
        return told.id in asked
    opener = _lead_opening_body(ask.store, sentence.article_id)
    if opener is None:
        # "Hvalfjordur Aluminium, Iceland's second-largest aluminium smelter, has signed ...": a lead
        # opening on the very body asked by name, though the extractor could not tell it a firm
        return _opens_paragraph(ask, sentence.article_id, 1) & asked != set()
    return opener.id in asked or any(
        f" {normalise_name(a.name)} " in f" {normalise_name(opener.name)} " for a in ask.store.entities_by_id(asked).values())


# "chairman Zhou Wenbin told reporters": the person tells the sentence.
_TOLD_AFTER = lazy_compile(r"\s+(?:said|says|told|added)\b")


def _mention_end(mentions: list[MentionRow], entity_id: int, sentence_id: int, start: int) -> int:
    return next((m.end for m in mentions if m.entity_id == entity_id and m.sentence_id == sentence_id and m.start == start), start)


# "the co-operative", "the state-owned company": up to three words after "the", hyphens kept.
_THE_WORDS = lazy_compile(r"\bthe\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")


def _body_called_by_noun(ask: Ask, texts: list[str], article_id: str) -> int | None:
    """ "... where the co-operative is spending A$86 million. Chief executive Graham Pollard told
    Reuters ...": the paragraph calls a body by the noun its name ends with ("Western Grain
    Co-operative"), the one body of the story so named; the last such noun before the head."""
    for text in reversed(texts):
        for words in reversed([m.group(1).split() for m in _THE_WORDS.finditer(text)]):
            # (the gazetteer's words that make a name a body's: "co-operative", "group", "bank")
            noun = next((w for w in words if w in _BODY_NOUNS or w in gz.ORG_WORDS), "")
            if not noun:
                continue
            named = [b.id for b in ask.store.article_entities(article_id)
                     if b.kind in ("org", "other") and b.name.split()[-1].lower() == noun]
            return named[0] if len(named) == 1 else None
    return None


def _opens_paragraph(ask: Ask, article_id: str, paragraph: int) -> set[int]:
    """The bodies (no places or people) that open a sentence of the paragraph as its subject."""
    sentences = ask.store.paragraph_sentences(article_id, paragraph)
    mentions = ask.store.mentions_in([s.id for s in sentences])
    kinds = ask.store.entities_by_id({m.entity_id for m in mentions})
    text = {s.id: s.text for s in sentences}
    return {m.entity_id for m in mentions if _OPENING_WORDS.match(text[m.sentence_id][story_opening(text[m.sentence_id]) : m.start])
            and m.entity_id in kinds and kinds[m.entity_id].kind in ("org", "other")}


# What a sentence's subject may follow: nothing, "The", or one capitalised word the name was
# stored without ("Georgian Manganese" kept as "Manganese", the demonym its role), or a nation's
# possessive with a hyphened modifier ("Tunisia's state-run Compagnie des Phosphates de Gafsa").
_OPENING_WORDS = lazy_compile(r"^(?:[A-Z][\w'’-]*\s+|[A-Z][a-z]+['’]s\s+(?:[a-z]+-[a-z]+\s+)?)?$")


# "said the Colchagua Valley-based company would open ...": a body the sentence calls by its kind
# after "the", as one already told of.
_THE_BODY_NOUN = lazy_compile(r"\bthe\s+(?:[\w-]+\s+){0,2}?([a-z]+)\b")


def _body_told_before(ask: Ask, sentence: SentenceRow) -> EntityRow | None:
    """ "Chief executive Carolina Vial said the Colchagua Valley-based company would open ..." after
    a paragraph opening "Vina Los Robles, one of the country's three largest producers, said ...":
    a paragraph naming no body, whose sentence calls one "the company", goes on of the body the
    paragraph before it opens with, not of the one the lead opens with. ('"... every tonne we sell
    to China earns us less," chief executive Giorgi Tsiklauri told Reuters. He said the company had
    idled two of its seven furnaces': the sentence after his may call it so; a paragraph before
    opening on no name, "The gains came despite a row. Georgian Manganese ... says ...", is of the
    one body that opens a sentence of it.)"""
    rest = [s for s in ask.store.paragraph_sentences(sentence.article_id, sentence.paragraph) if s.index >= sentence.index]
    if not any(lemma(m.group(1)) in _BODY_NOUNS for s in rest or [sentence] for m in _THE_BODY_NOUN.finditer(s.text)):
        return None
    before = ask.store.paragraph_sentences(sentence.article_id, sentence.paragraph - 1)
    if not before:
        return None
    # (its subject: the first name it opens with, a body the extractor may not have told a firm)
    first = min(ask.store.mentions_in([before[0].id]), key=lambda m: m.start, default=None)
    if first is None and len(openers := _opens_paragraph(ask, sentence.article_id, sentence.paragraph - 1)) == 1:
        return ask.store.entities_by_id(openers).get(next(iter(openers)))
    if first is None or first.start > 0:
        return None
    body = ask.store.entities_by_id([first.entity_id]).get(first.entity_id)
    return body if body is not None and body.kind in ("org", "other") else None


_CLAUSE_BREAK = re.compile(r"[,.;:\"“”()]")


def _described_fit(ask: Ask, body: EntityRow, described: list[Term], legal_form: bool = False) -> int:
    """How many of the question's words describe the body: its name, the roles stored for it,
    and the words the text sets before its name ("industry association Anacana")."""
    words = " ".join((body.name, *body.aliases, *body.roles))
    sentences = ask.store.sentences(ask.store.sentences_mentioning([body.id], 12))
    for mention in ask.store.mentions_in(list(sentences)):
        if mention.entity_id == body.id:
            before = sentences[mention.sentence_id].text[max(0, mention.start - 50) : mention.start]
            words += " " + " ".join(_CLAUSE_BREAK.split(before)[-1].split()[-4:])
            words += " " + _described_after(sentences[mention.sentence_id].text[mention.end :])
    keys = phrase_keys(words)
    if legal_form and _COMPANY_SUFFIX.search(body.name):
        keys |= _A_COMPANY  # "Lanxang Potash Mining Co" is "the mining company"
    # "miner", "maker" and "company" share the key "firm", which any body's words may hold: the
    # "Coal Producers Forum" is no "state coal miner".
    return sum(1 for t in described if (t.keys - _ANY_FIRM if t.lemma not in _ANY_FIRM else t.keys) & keys)


_ANY_FIRM = frozenset({"firm"})
# ", which runs 1,240 beef bowl restaurants," / ", the Chinese-owned operator of ...": what the
# clause set right after a body's name says it is.
_APPOSITIVE = lazy_compile(r"^,\s+(?:which|that|the|a|an)\s+((?:[^,;:\"“”()]|(?<=\d),(?=\d)){3,80})")


def _described_after(after: str) -> str:
    """The words of the clause that describes a body right after its name, else nothing."""
    found = _APPOSITIVE.match(after)
    return " ".join(found.group(1).split()[:6]) if found else ""


_A_COMPANY = frozenset({"company"})
# The legal form a company's name ends with; left out of the lexicon, since "co" also opens "co-op"
# and "co-operation".
_COMPANY_SUFFIX = lazy_compile(r"\b(?:Co|Corp|Ltd|Inc|Plc|PLC|LLC|AG|SA|NV|PJSC|JSC|OJSC|GmbH|Bhd|Tbk)\.?$")
_ASKS_WHO = re.compile(r"\s*who\b", re.IGNORECASE)
_LINKING = frozenset("of and the for de du la".split())


def _works_at(person: EntityRow, body: EntityRow) -> bool:
    """ "chief economist at Harwell", "Bara Nusa President Director": a role that names the body,
    by any of its names or the first two words of a long one."""
    names = {normalise_name(n) for n in (body.name, *body.aliases)}
    # "bank of" is no name: "Bank of England" is not "Bank of Canada"
    names |= {" ".join(n.split()[:2]) for n in list(names) if len(n.split()) > 2 and not set(n.split()[:2]) & _LINKING}
    roles = [f" {normalise_name(r)} " for r in person.roles]
    if any(f" {n} " in r for n in names if n for r in roles):
        return True
    # "said Aoife Brennan, the council's chair" of the Irish Fiscal Advisory Council: the body by
    # the noun its name ends with.
    # The role may be stored without its "the": "the authority's chairman" as "authority's chairman".
    head = body.name.split()[-1].lower()
    if any(_of_the_head(r, body) for r in person.roles):
        return True  # "director general of the port" of the Nouadhibou Autonomous Port
    return head in _BODY_NOUNS and any(f" {head}'s " in " " + r.lower().replace("’", "'") for r in person.roles)


def _role_names_whole(person: EntityRow, body: EntityRow) -> bool:
    """ "economist at Standard Lesotho Bank": a role spelling the body's full name, not an alias."""
    name = f" {normalise_name(body.name)} "
    return any(name in f" {normalise_name(r)} " for r in person.roles)


_PRONOUN_SUBJECT = lazy_compile(r"^\s*(?:He|She)\s+(?:also\s+|now\s+)?[a-z]+\b")
# "He said 23 sawmills had signed up ..., and the company planned to run two trains": a pronoun
# that only reports says nothing of who did the act asked, unless the question asks the telling.
_PRONOUN_REPORTS = lazy_compile(r"^\s*(?:He|She)\s+(?:also\s+)?(?:said|says|told)\b")
# "who's the official explaining why output went up?": explaining is telling, so the teller is asked.
_ASKS_TELLING = _ASKS_SAYING | frozenset({"explain"})


def _pronoun_subject(ask: Ask) -> Answer | None:
    """ "who's the analyst calling a cocoa surplus" over "She forecast a global surplus of 142,000
    tonnes", after '"The market is caught ...," said Sarah Lindqvist, soft commodities analyst': the
    sentence says it of the person named last before it in its paragraph."""
    best = ask.pool.best()
    if best is None or best.coverage < 0.5 or not _PRONOUN_SUBJECT.match(best.sentence.text) or _WHICH_BODY.match(ask.query.text):
        return None  # (a firm asked is never the "he" of a sentence)
    if _PRONOUN_REPORTS.match(best.sentence.text) and not any(t.lemma in _ASKS_TELLING for t in ask.query.terms):
        return None  # the reported clause has its own doer
    earlier = [s for s in reversed(ask.store.paragraph_sentences(best.sentence.article_id, best.sentence.paragraph))
               if s.index < best.sentence.index]
    for s in earlier:
        people = _people_in(ask, s)
        if not people:
            continue
        speaker = people[-1]
        if not _holds_roles(speaker, [t for t in ask.query.required if t.lemma in ROLES]):
            return None  # "which economist": she is someone else
        text = entity_line(speaker, ask.query) + " " + best.sentence.text.strip()
        return make_answer(ask.question, "who", text, 0.5 + 0.3 * best.coverage,
                           [citation(ask.store, best.sentence), citation(ask.store, s)])
    return None


# "Environmental groups", "Some analysts", "Local farmers": who the sentence says did it, unnamed.
# ("Chinese and Russian companies": two peoples' words joined)
_DESCRIBED_SUBJECT = lazy_compile(r"^(?:[A-Z][a-z]+\s+(?:and\s+[A-Z][a-z]+\s+)?)?"
                                r"(?:[a-z-]+\s+){0,2}(?:groups?|analysts?|economists?|investors?|traders?|farmers?|workers?"
                                r"|unions?|officials?|residents?|critics?|campaigners?|activists?|lawmakers?|companies|firms"
                                r"|banks?|producers?|exporters?|importers?|buyers?|consumers?|shoppers?|executives?|experts?)\b")


def _subject_described(ask: Ask) -> Answer | None:
    """ "Who criticised it?" over "Environmental groups criticised the plan.": the text names no
    one, but says who; that description is the answer, not "the article does not say"."""
    ev = ask.pool.best()
    if ev is None or ev.coverage < 1.0 or not ev.matched or ev.conflicts:
        return None
    if _WHICH_PHRASE.match(ask.query.text):
        return None  # "which companies signed?" asks their names
    if any(e.kind in _AGENT_KINDS and not (e.kind != "person" and _only_reports_deed(ask.query, ev, m)) for m, e in ev.mentions):
        return None  # a named one is the answer (not one only telling of it: "according to state media")
    m = _DESCRIBED_SUBJECT.match(ev.sentence.text)
    spots = [a for a, _ in term_spots(ev.sentence.text, [t for t in ev.matched if t.required])]
    if not m or not spots or min(spots) < m.end():
        return None  # the asked verb must follow the subject: "Environmental groups criticised"
    text = clause_window(ev.sentence.text, 0, min(spots), 120)  # "Environmental groups criticised the plan."
    return make_answer(ask.question, "who", text, 0.55, [citation(ask.store, ev.sentence)])


_WHICH_PHRASE = lazy_compile(r"^\s*which\s+((?:(?!(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could)\b)[\w-]+\s*){1,3})", re.IGNORECASE)
# "a Canadian pension investor", "four companies": a determiner, then up to four words that are no
# linking words (so "2026 as memory makers" is no such phrase).
_NP_WORD = r"(?!(?:as|in|on|of|to|and|or|at|by|for|from|with|that|which|who|the)\b)[\w-]+"
_INDEFINITE = lazy_compile(rf"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|some|\d{{1,3}}(?![\d,.]))\s+((?:{_NP_WORD}\s+){{0,3}}{_NP_WORD})",
                         re.IGNORECASE)


_NAME_AFTER = lazy_compile(r"\s*,?\s*(?:[A-Z][\w’'-]+)")


# "A Chinese state-owned contractor broke ground ...": a sentence (after any dateline) opening on an
# unnamed business as the one doing the deed.
_UNNAMED_DOER = lazy_compile(r"(?:[A-Z][A-Za-z .'’-]{1,30},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+\([^()]{1,40}\)\s*[-–—]\s*)?"
                             r"(?:A|An)\s+(?:[\w-]+\s+){0,3}?(?P<head>company|firm|contractor|builder|developer|manufacturer|maker|consortium)\s+"
                             r"(?!(?:said|says|told|which|that|who)\b)[a-z]+")


def _unnamed_doer_named_next(ask: Ask) -> Answer | None:
    """ "Which company is doing the port upgrade?" over "A Chinese state-owned contractor broke
    ground on Tuesday on a $142 million upgrade of the port ...", whose next paragraph opens on
    "Guangzhou Nanhai Port Engineering Co will lengthen the ... wharf": the business that opens
    the next sentence names the one the best sentence left unnamed."""
    best = ask.pool.best()
    if best is None or not _asks_a_business(ask.query) or _UNNAMED_DOER.match(best.sentence.text) is None:
        return None
    sid = best.sentence.id + 1  # ids run in text order
    nxt = ask.store.sentences([sid]).get(sid)
    if nxt is None or nxt.article_id != best.sentence.article_id or nxt.paragraph > best.sentence.paragraph + 1:
        return None
    opening = [m for m in ask.store.mentions_in([nxt.id]) if m.start == 0]
    entity = ask.store.entities_by_id({m.entity_id for m in opening}).get(opening[0].entity_id) if opening else None
    if entity is None or entity.kind != "org" or _SAYS_AFTER.match(nxt.text, opening[0].end):
        return None
    reply = entity_line(entity, ask.query) + " " + clause_window(nxt.text, opening[0].start, opening[0].end, 110)
    return make_answer(ask.question, "who", reply, 0.45 + 0.3 * best.coverage,
                       [citation(ask.store, nxt), citation(ask.store, best.sentence)])


# "Xinhua said ...", "Its chief executive told ...": a name opening a telling, not a doing.
_SAYS_AFTER = lazy_compile(r"\s+(?:said|says|told|reported|announced|added|noted)\b")


def _unnamed(ask: Ask) -> Answer | None:
    """ "Which Canadian pension fund bought the office block?" over "sold it to a Canadian pension
    investor", "which four companies?" over "recommended excluding four companies": the text
    tells of them without naming them, so there is no name to give."""
    asked = _WHICH_PHRASE.match(ask.query.text)
    best = ask.pool.best()
    if not asked or best is None:
        return None
    words = {w.lower() for w in asked.group(1).split()}
    text = best.sentence.text
    for m in _INDEFINITE.finditer(text):
        phrase = (m.group(0).split(" ", 1)[0] + " " + m.group(1)).lower().split()
        shared = {w for w in words if any(p.rstrip("s") == w.rstrip("s") for p in phrase)}  # "fund" or "funds"
        named_after = _NAME_AFTER.match(text[m.end():])
        if len(shared) >= 2 and not named_after:
            reply = make_answer(ask.question, "who", f"The article does not give the name; it says: {clause_window(text, m.start(), m.end(), 130)}",
                                0.0, [citation(ask.store, best.sentence)])
            reply.answered = False
            return reply
    return None


# A rise or a fall is in every other sentence of the news: "contracts" (to shrink) is no tie to
# "a business that is in decline".
_MOVES = frozenset({"rise", "fall"})


# "who's the analyst saying ...", "who's the govt minister backing ...": the post, then what its
# holder does. A post "of" or "at" a body is no description of its holder: "Who is the chairman
# of COSCO Shipping?" names the body, whose last word only looks like a doing.
_ROLE_WORD = r"(?!(?:of|at)\b)[\w-]+"
_WHO_THE_ROLE = lazy_compile(rf"^\s*who(?:'s|’s|s|\s+is|\s+was)\s+the\s+((?:{_ROLE_WORD}\s+){{0,2}}?{_ROLE_WORD})\s+(?:[a-z]+ing|that|who)\b",
                             re.IGNORECASE)


def _sole_holder(ask: Ask) -> Answer | None:
    """ "Which minister wants the company to stop hunting for oil?" over "Mines and Energy Minister
    Laura Cifuentes said ... the company should instead put its money into solar", the story's one
    minister: the question words what she wants otherwise, but some of it is in a sentence naming
    her ("Every peso Petrocol spends looking for new oil ...," Cifuentes told reporters)."""
    which = _WHICH_PHRASE.match(ask.query.text)
    asked = which or _WHO_THE_ROLE.match(ask.query.text)
    if not asked:
        return None
    described = which is None
    words = {w.lower() for w in asked.group(1).split()}
    # "who's the analyst ...": the role is no required word of the question
    roles = [t for t in (ask.query.terms if described else ask.query.required) if t.word.lower() in words and t.lemma in ROLES]
    if not roles:
        return None
    articles = dict.fromkeys(e.sentence.article_id for e in ask.pool.evidence[:8])
    if len(articles) != 1:
        return None
    entities = [e for e in ask.store.article_entities(next(iter(articles))) if e.kind == "person"]
    # The post itself, not a synonym: "FEVS president" is no "boss" here.
    people = [e for e in entities if all(
        any(t.lemma in r.lower() or any(p in r.lower() for p in TITLE_EXACT.get(t.lemma, ())) for r in e.roles) for t in roles)]
    if not people and described:
        # "who's the analyst saying the kingdom is borrowing early?": whoever gives the story's
        # view is its analyst, "head of sovereign research at Dubai-based Halcyon Capital" too.
        people = [e for e in entities if _holds_roles(e, roles)]
    if len(people) != 1:
        return None  # none, or several: the question's other words must tell which
    person = people[0]
    others = [t for t in ask.query.required if t not in roles]
    # "who's the analyst saying chinese slots are full": the role's one holder, named with one of
    # its words ("Chinese berths are booked until 2029"), since the question says what she says
    # in its own words; "which minister ...?" asks two of them.
    needed = min(1 if described else 2, len(others))
    for ev in ask.pool.evidence[:12]:
        # Her own words, or the sentence naming her, must hold two of the question's other words
        # (or its only one), not the headline: "Which minister approved the oil contracts?" is not
        # hers for "oil".
        if (all(c.startswith(("missing: ", "never names ", "names no ")) for c in ev.conflicts)
                and any(e.id == person.id for _, e in ev.mentions)
                and sum(1 for t in others if not (t.keys - _MOVES).isdisjoint(ev.sentence.terms))
                    + (1 if described and ev.entity_hits else 0) >= needed):
            sentence = _first_naming(ask, person)
            if sentence is None:
                return None
            return make_answer(ask.question, "who", entity_line(person, ask.query), 0.45,
                               [citation(ask.store, sentence), citation(ask.store, ev.sentence)])
    return None


# "Who is the CEO of the consortium?", "who's the CEO of the terminal": a post at the story's own
# body, asked by the one common noun the story gives it ("the Chinese buyer": with the word before
# it that the story puts before it too).
_TITLE_OF_THE = lazy_compile(r"^\s*who(?:'s|’s|s|\s+is|\s+was)\s+the\s+([\w-]+(?:\s+[\w-]+)?)\s+(?:of|at)\s+the\s+(?:([a-z-]+)\s+)?([a-z-]+)\s*\??\s*$",
                             re.IGNORECASE)


def _sole_title_of_subject(ask: Ask) -> Answer | None:
    """ "Who is the CEO of the consortium?" over "Wang Jianping, chief executive of Anaklia Gateway
    Partners", the body the story calls "the group": when its headline or lead names the body by the
    noun asked, the story's one holder of the exact title holds it there, though no sentence of
    theirs says the noun."""
    m = _TITLE_OF_THE.match(ask.query.text)
    if m is None:
        return None
    modifier = (m.group(2) or "").lower()
    if any(k != modifier for k in ask.query.entity_keys):
        return None  # a body the question names is no body the story only calls by a noun
    title = m.group(1).lower()
    exact = TITLE_EXACT.get(lemma(title), TITLE_EXACT.get(title, ()))
    if not exact or len(exact) > 2:
        return None  # "boss" stands for many posts: the story's one of them says no post asked
    articles = _evidence_articles(ask)
    if len(articles) != 1:
        return None
    noun = lemma(m.group(3).lower())
    opening = ask.store.paragraph_sentences(articles[0], 0) + ask.store.paragraph_sentences(articles[0], 1)
    if not any(_names_by_noun(s.text, modifier, noun) for s in opening):
        return None  # a body the story does not open on may be another one's
    people = [e for e in ask.store.article_entities(articles[0])
              if e.kind == "person" and any(p in r.lower() for r in e.roles for p in exact)]
    if len(people) != 1:
        return None
    sentence = _first_naming(ask, people[0])
    if sentence is None:
        return None
    return make_answer(ask.question, "who", entity_line(people[0], ask.query), 0.5, [citation(ask.store, sentence)])


def _names_by_noun(text: str, modifier: str, noun: str) -> bool:
    """The sentence calls a body by the noun asked, right after the word asked before it, if any."""
    words = [lemma(w) for w in re.findall(r"[a-z-]+", text.lower())]
    if not modifier:
        return noun in words
    return any(a == modifier and b == noun for a, b in zip(words, words[1:]))


_QUOTED = re.compile(r"\b(?:quoted|cited|interviewed)\b")
# "Which analyst warned the boom might fade?": a role asked of a telling, whose words the question
# paraphrases ('the rally may not last'); the story's one person of that role said them.
_WHICH_ROLE_SAID = re.compile(r"^\s*which\b", re.IGNORECASE)


def _asks_quoted(query: Query, said: bool) -> bool:
    if not said:
        return bool(_QUOTED.search(query.text.lower()))
    return bool(_WHICH_ROLE_SAID.match(query.text)) and any("say" in t.keys for t in query.terms)


def _said_by_role(ask: Ask) -> Answer | None:
    """The last resort for a role asked of a telling no sentence matches closely enough."""
    return _quoted_by_role(ask, said=True)


# Nouns that say only that it is a person; the words before them say which.
_GENERIC_PERSON = frozenset("guy bloke fellow fella chap lady gal dude person man woman".split())


def _quoted_by_role(ask: Ask, said: bool = False) -> Answer | None:
    """ "Which analyst was quoted?": the one person of that role the story names; what they said
    is in the sentence that names them."""
    if not _asks_quoted(ask.query, said):
        return None
    roles = [t for t in ask.query.required if t.lemma in ROLES or t.lemma in _PERSON_NOUNS]
    if not roles:
        # "the union guy quoted": a person the words before "guy" describe ("head of ... the Solidarity union")
        roles = [t for t in ask.query.required if any(g.lemma in _GENERIC_PERSON and g.position - t.position in (1, 2)
                                                      for g in ask.query.required)]
    if not roles:
        return None
    # The articles the question is about, not every article of a large store.
    articles = dict.fromkeys(e.sentence.article_id for e in ask.pool.evidence[:8])
    people = [e for a in articles for e in ask.store.article_entities(a) if e.kind == "person"
              and _holds_roles(e, roles)]
    if len({e.id for e in people}) != 1:
        return None  # none, or several: the question does not say which
    person = people[0]
    sentence = _first_naming(ask, person)
    if sentence is None:
        return None
    return make_answer(ask.question, "who", entity_line(person, ask.query), 0.75, [citation(ask.store, sentence)])


_OPENS_QUOTE = re.compile(r'^\s*["“]')
_PRONOUN_CLOSE = lazy_compile(r'[,.!?]["”]\s*,?\s*(?:he|she)\s+(?:said|says|added|told)\b', re.IGNORECASE)
_CLOSES_QUOTE = lazy_compile(r'[,.!?]?["”]\s*,?\s*(?:\w+\s+){0,3}?(?:said|says|added|told|wrote|according to)\b|'
                           # ('," State Minister of Finance Semereab Alemu said': a title with its "of")
                           # ('," managing director Lim Wei Keong said': a title in lower case before the name)
                           r'[,.!?]["”]\s*,?\s*(?:[a-z]+\s+){0,3}(?:[A-Z][\w.-]*\s+)(?:(?:[A-Z][\w.-]*|of|for|and)\s+){0,7}(?:said|says|added)\b')


_OF_BODY = lazy_compile(r"\b(?:of|at)\s+(.+)$")


def _title_of_another_body(speaker: EntityRow, query: Query, best: Evidence) -> bool:
    """ "Who chairs Fjallcell's board?": "said Anders Nystrom, chairman of the union's Vasteras
    branch" holds the title asked at another body, which names neither the company asked nor the
    board the sentence lacks."""
    for role in speaker.roles:
        of = _OF_BODY.search(role)
        if of is None or not any(t.keys & phrase_keys(role[: of.start()]) for t in query.required):
            continue
        body, words = normalise_name(of.group(1)), phrase_keys(of.group(1))
        if not any(k in body for k in query.entity_keys) and not any(t.keys & words for t in best.missing):
            return True
    return False


def _quoted_speaker(ask: Ask) -> Answer | None:
    """ "Which analyst says Cantabrico will need to pay more?": the best sentence is a quotation
    whose speaker another sentence of its paragraph names: the one that closes it ('... the
    price," said Marta Villanueva'), or, when it ends with "she said" or carries on a quotation,
    the person named before it in the paragraph."""
    # The role asked ("analyst") is named with the speaker, not in the quoted sentence.
    fit = [e for e in ask.pool.evidence[:2] if e.coverage >= 0.5
           and all(c.startswith(("names no ", "missing: ")) for c in e.conflicts)]
    best = fit[0] if fit else None
    if len(fit) == 2 and fit[1].coverage >= fit[0].coverage and fit[0].score - fit[1].score < 0.5 \
            and _WHO_SAID.match(ask.query.text) and _OPENS_QUOTE.match(fit[1].sentence.text) and not _OPENS_QUOTE.match(fit[0].sentence.text):
        best = fit[1]  # "who said its not a fire sale?": the quotation '"These are not fire-sale prices.', not the lead's sale
    if best is None or _asks_which_body(ask.query):
        return None
    by_pronoun = bool(_PRONOUN_CLOSE.search(best.sentence.text))
    if not _OPENS_QUOTE.match(best.sentence.text) and not (by_pronoun and _carries_on_quote(best.sentence.text)):
        return None
    closes = _CLOSES_QUOTE.search(best.sentence.text)
    if closes and not by_pronoun:
        if any(c.startswith("names no ") for c in best.conflicts) or _WHO_IS.match(ask.query.text):
            # "names no chief executive": the speaker holds another post; "who is the head of the
            # IMD?" asks for a post, which a quotation's speaker need not hold. Words merely missing
            # are no other post: "flagged bad debts as the main concern" for "the bad debt line is the worry".
            return None
        # '"We expect house price growth to slow ...," said Oliver Grant, senior UK economist at
        # Cardew Capital': the speaker the sentence names, not the firm in his title.
        mentions = sorted(ask.store.mentions_in([best.sentence.id]), key=lambda m: m.start)
        people = ask.store.entities_by_id({m.entity_id for m in mentions if m.start >= closes.start()})
        speaker = next((people[m.entity_id] for m in mentions if m.entity_id in people and people[m.entity_id].kind == "person"), None)
        roles = [t for t in ask.query.required if t.lemma in ROLES]
        # ('..." said Bakyt Osmonaliev, deputy chairman of the State Committee' for "who chairs
        # the State Committee?": the deputy holds no post asked)
        if speaker is None or not _holds_roles(speaker, roles) or _title_of_another_body(speaker, ask.query, best) \
                or _lesser_post_asked(speaker, ask.query):
            return None
        return make_answer(ask.question, "who", entity_line(speaker, ask.query), 0.5 + 0.3 * best.coverage,
                           [citation(ask.store, best.sentence)])
    sentences = ask.store.paragraph_sentences(best.sentence.article_id, best.sentence.paragraph)
    later = [s for s in sentences if s.index > best.sentence.index and _CLOSES_QUOTE.search(s.text)]
    earlier = [s for s in reversed(sentences) if s.index < best.sentence.index]
    roles = [t for t in ask.query.required if t.lemma in ROLES]
    for s in ([] if by_pronoun else later[:1]) + earlier:
        people = _people_in(ask, s)
        if not people:
            continue
        speaker = people[-1] if s.index < best.sentence.index else people[0]
        if not _holds_roles(speaker, roles) or _lesser_post_asked(speaker, ask.query):
            return None
        text = entity_line(speaker, ask.query) + " " + best.sentence.text.strip()
        return make_answer(ask.question, "who", text, 0.5 + 0.3 * best.coverage,
                           [citation(ask.store, best.sentence), citation(ask.store, s)])
    return None


# '... the base is tiny. One weekly flight is not yet a supply chain," she said.': the sentence
# splitter cuts a quotation into sentences, so its last one closes a quote it never opened.
_QUOTE_MARKS = lazy_compile(r'["“”]')


def _carries_on_quote(text: str) -> bool:
    """The sentence's first quotation mark closes a quote an earlier sentence opened."""
    first = _QUOTE_MARKS.search(text)
    return first is not None and _PRONOUN_CLOSE.match(text, max(first.start() - 1, 0)) is not None


# ... but "who is speaking for the works council?" asks who speaks, as a quotation's close says;
# "who is heading the union?" still asks for a post.
_WHO_IS = re.compile(r"\s*who(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\b(?!\s+(?!(?:head|run|lead|chair|manag|direct|steer|helm)ing\b)\w+ing\b)",
                     re.IGNORECASE)


def _holds_roles(entity: EntityRow, roles: list[Term]) -> bool:
    """Every asked role ("analyst") is in what the text calls the entity."""
    # "the boss of the cognac trade body": "director general of the BNIC", a title the asked one
    # stands for though no word of it is a synonym of "boss".
    return all(any(t.keys & phrase_keys(r) or any(p in r.lower() for p in TITLE_EXACT.get(t.lemma, ())) for r in entity.roles)
               for t in roles)


def _stating_role(ask: Ask, entity: EntityRow, query: Query, sentence: SentenceRow) -> SentenceRow:
    """The sentence that gives the person the role answered: "who runs the company?" is told by
    "Chief executive Zhang Jianhua said ...", not by a later quote that calls him "Zhang" (one
    stating the post asked in its own words, "Vossberg will be chief executive of the combined
    group", tells it already)."""
    role = _best_role(entity, query).lower()
    words = phrase_keys(sentence.text)
    if not role or role in sentence.text.lower() or any(t.keys & words for t in query.required if t.lemma in ROLES or t.keys & ROLES):
        return sentence
    naming = ask.store.sentences(ask.store.sentences_mentioning([entity.id], 60)).values()
    stating = next((s for s in naming if s.article_id == sentence.article_id and role in s.text.lower()), sentence)
    return sentence if _tells_more_asked(query, sentence, stating) else stating


def _tells_more_asked(query: Query, sentence: SentenceRow, stating: SentenceRow) -> bool:
    """ "which leader called Heilongjiang pivotal?" asks more than the post: the sentence telling the
    deed ("Heilongjiang should become a pivotal gateway, Xi declared") answers it, not the one that
    only gives "Chinese President Xi Jinping" his title."""
    if not any(t.lemma in ROLES for t in query.required):
        return False  # "who runs the Bor copper company?": a verb of heading, whose other words name the body run
    told, titled = phrase_keys(sentence.text), phrase_keys(stating.text)
    deed = [t for t in query.required if not (t.lemma in ROLES or t.keys & ROLES)]
    # (a title sentence sharing any of those words, "Chief executive Zhang of the Bor company",
    # already places the post where asked)
    return any(t.keys & told for t in deed) and not any(t.keys & titled for t in deed)


def _first_naming(ask: Ask, entity: EntityRow) -> SentenceRow | None:
    sentences = ask.store.sentences(ask.store.sentences_mentioning([entity.id], 1))
    return next(iter(sentences.values()), None)


def _people_in(ask: Ask, sentence: SentenceRow) -> list[EntityRow]:
    mentions = sorted(ask.store.mentions_in([sentence.id]), key=lambda m: m.start)
    entities = ask.store.entities_by_id({m.entity_id for m in mentions})
    return [entities[m.entity_id] for m in mentions if m.entity_id in entities and entities[m.entity_id].kind == "person"]


# "was announced by": the verb's passive "be" just before it. Compiled with the module's other
# patterns (compile_all at start-up), not by re at the first question that reads it, as were the
# two below when written inline.
_PASSIVE_BE_BEFORE = lazy_compile(r"\b(?:was|were|is|are|been|be|being)\s+(?:\w+\s+)?$")
_BY_AGENT = lazy_compile(r"\s+by\s+(?P<agent>[^.;:]+?)(?=\s*(?:[.;:]|,\s+(?:according|said|says|the\s+\w+\s+said)|$))")
# "The rail link between Gashuunsukhait and Ganqimaodu, built jointly by Erdenes Mongol and China
# Inner Mongolia Railway Group, carried its first cargo": a participle set off by commas is as
# passive as "was built by", its agent closed by the comma that ends the aside.
# "The 1,219-km SGR, being built in phases by Turkey's Yapi Merkezi and China Civil Engineering
# Construction Corporation at a total cost of about $10.04 billion, will ...": "being" after the
# comma opens the same aside; a manner ("in phases") may stand before "by", and a cost or price
# after the agent ("at a cost of", "for $2 billion") closes it as its comma does.
# "A new berth, financed by a loan from X and built by China Harbour Engineering Co, opened": a
# second participle joined by "and" goes on the same aside.
_ASIDE_OPENS = lazy_compile(r"(?:,|\band)\s*(?:being\s+)?$")
_ASIDE_BY_AGENT = lazy_compile(r"(?:\s+\w+ly|\s+in\s+[\w-]+)?\s+by\s+(?P<agent>[^,.;:()]+?)"
                               r"(?:\s*,|\s+(?=(?:at|for)\s+(?:a|an|about|around|some|[$€£¥]|\d)))")


# "a transmission line ..., to be built by the state-owned Kenya Electricity Transmission Company":
# participles that end in neither "-ed" nor "-en".
_IRREGULAR_PARTICIPLES = frozenset("""built made sent paid held led bought sold won set put cut hit brought kept left lost met
    sought told found run spent lent struck caught taught""".split())


# "the firm that built the park", "the bank which has lent": a verb of a relative clause after a
# noun (not "and who built it?"; nor "firms who came to the summit", which asks them).
_RELATIVE_VERB = lazy_compile(r"\b(?!(?:and|or|but|so)\b)[a-z]+\s+(?:that|which)\s+(?:(?:has|have|had|is|are|was|were)\s+)?([a-z]+)")


# "which company made the trains" / "11 trainsets built by CRRC": making a thing and building it
# are one deed when a maker is asked (the lexicon keeps "make" with output, "build" with construction).
_MAKING_VERBS = frozenset("make build manufacture produce assemble".split())


# Verbs of doing building work, whose doer "carried out" the work: "Which company is building the
# rail upgrade?" over "The upgrade ... is being carried out by China Railway Construction Corporation".
_WORK_VERBS = frozenset("build construct do carry execute implement undertake".split())


def _work_carried_out(text: str, token: Token, verbs: list[Term]) -> int:
    """The length of " out" when `token` is "carried" of "carried out" and the question asks a
    building deed; else 0 ("coal carried by rail" is freight, no work done)."""
    if token.lower != "carried" or text[token.end : token.end + 4] != " out":
        return 0
    return 4 if any(t.keys & _WORK_VERBS for t in verbs) else 0


def _same_deed(term: Term, token: Token, keys: frozenset[str]) -> bool:
    return bool(term.keys & keys) or (term.lemma in _MAKING_VERBS and token.lemma in _MAKING_VERBS)


def _names_thing(word: str, term: Term) -> bool:
    """ "trainsets" names the trains asked: the word or a compound it opens."""
    return lemma(word) == term.lemma or (len(term.lemma) >= 4 and word.startswith(term.lemma) and word[len(term.lemma):] in ("sets", "set"))


def _passive_agent(ask: Ask) -> Answer | None:
    """ "Who attended the conference?" against "The conference was attended by Russian local
    government officials, business leaders, and almost 800 Chinese enterprises": the agent after
    "by" is the answer, names or not."""
    # ("Who chairs the firm that built the park?": the builder is the firm, not whom it asks)
    related = {m.group(1) for m in _RELATIVE_VERB.finditer(ask.query.text.lower())}
    # (a making verb counts though the question left it optional: "which company made the trains")
    verbs = [t for t in ask.query.terms if (t.required or t.lemma in _MAKING_VERBS) and t.lemma not in ROLES and t.word.lower() not in related]
    people = [t for t in ask.query.required if t.lemma in _PERSON_NOUNS and t.lemma not in _BODY_ABLE]
    # (sentences as well covered tie: "using 11 trainsets built by CRRC" may come fifth)
    for rank, ev in enumerate(ask.pool.accepted[:6]):
        text = ev.sentence.text
        tokens, token_keys = analysed(text)  # the sentence's words, tokenised once per text
        for i, (token, keys) in enumerate(zip(tokens, token_keys)):
            carried = _work_carried_out(text, token, verbs)
            if not carried and (not (token.lower.endswith(("ed", "en")) or token.lower in _IRREGULAR_PARTICIPLES)
                                or not any(_same_deed(t, token, keys) for t in verbs)):
                continue
            # (work "carried out" ranks lower among sentences that tell of the thing: "The upgrade,
            # worth ..., is financed by ... and is being carried out by CRCC")
            m = _agent_after(text, token.start, token.end + carried) if rank < 2 or (
                carried and any(t.keys & k for t in verbs if not t.keys & _WORK_VERBS for k in token_keys[:i])) else None
            if m is None and rank < 2 and i > 0 and tokens[i - 1].end + 1 == token.start and any(
                    _names_thing(tokens[i - 1].lower, t) for t in verbs if not _same_deed(t, token, keys)):
                # "a dedicated line built by the Egyptian Electricity Transmission Company": the thing
                # asked of, then its participle, is as passive as "a line that will be built by"
                # (a person so named, "a delegation led by Liu Wei, vice-chairman of ...", the
                # ranking of names answers with his role)
                m = _ASIDE_BY_AGENT.match(text, token.end) or _BY_AGENT.match(text, token.end)
                # "shares sold by existing shareholders, including Hanbit Ventures": an agent with no
                # name in it is a kind, not the one asked for
                if m and (_names_person(ask, ev.sentence, m) or not any(w[:1].isupper() for w in m.group("agent").split())):
                    m = None
            if m is None and i and (_asked_noun(verbs, token_keys[i - 1], keys) or any(_names_thing(tokens[i - 1].lower, t) for t in verbs)) \
                    and any(t.lemma == token.lemma or {t.lemma, token.lemma} <= _MAKING_VERBS for t in verbs):
                m = _REDUCED_BY_AGENT.match(text, token.end)
                if m and _names_person(ask, ev.sentence, m):
                    m = None  # "a delegation led by Liu Wei, vice-chairman of ...": the readers of names answer with the post
            if m and len(m.group("agent").split()) >= 2 and _agent_fits_person(ask, ev.sentence, m, people):
                agent = m.group("agent").strip()
                reply = agent[:1].upper() + agent[1:].rstrip(".") + "."  # "... Construction Corp." ends once
                return make_answer(ask.question, "who", reply, 0.5 + 0.3 * ev.coverage, [citation(ask.store, ev.sentence)])
    return None


# "Four ... gantry cranes built by China's Shanghai Zhenhua Heavy Industries (ZPMC) arrived": a
# participle right after the noun asked is a reduced relative clause, as passive as "were built by";
# its agent is the run of capitalised words after "by" (with a bracketed short name), since the
# clause has no comma to close it and the sentence's own verb follows.
_REDUCED_NAME = r"(?:[A-Z][\w.&-]*(?:['’]s)?\s+){1,6}[A-Z][\w.&-]*(?:\s+\([^()]{1,16}\))?"
_REDUCED_BY_AGENT = lazy_compile(r"\s+by\s+(?P<agent>" + _REDUCED_NAME + r"(?:\s+and\s+" + _REDUCED_NAME + r")?)")


def _names_person(ask: Ask, sentence: SentenceRow, m: re.Match[str]) -> bool:
    """Whether the "by" agent holds the name of a person."""
    inside = {x.entity_id for x in ask.store.mentions_in([sentence.id]) if m.start("agent") <= x.start < m.end("agent")}
    return any(e.kind == "person" for e in ask.store.entities_by_id(inside).values())


def _asked_noun(terms: list[Term], before: frozenset[str], participle: frozenset[str]) -> bool:
    """Whether the word before a participle is a noun the question asks about besides the verb."""
    return any(t.keys & before and not t.keys & participle for t in terms)


# Posts a body may hold as well as a person ("the owner", "an investor"): no sign the agent is a person.
_BODY_ABLE = frozenset("owner investor head leader chief executive manager trader".split())


def _agent_fits_person(ask: Ask, sentence: SentenceRow, m: re.Match[str], people: list[Term]) -> bool:
    """ "Which analyst commented on the financing?" over "will be financed by loans from Chinese
    state banks ..., said Murat Ozturk, a transport analyst": an agent holding no person and no
    post asked is not the one a person's post asks for."""
    if not people:
        return True
    agent = m.group("agent")
    if any(t.keys & phrase_keys(agent) for t in people):
        return True
    inside = {x.entity_id for x in ask.store.mentions_in([sentence.id]) if m.start("agent") <= x.start < m.end("agent")}
    return any(e.kind == "person" for e in ask.store.entities_by_id(inside).values())


def _relative_referents(ask: Ask, picks: list[Pick]) -> list[Pick]:
    """ "Which firms own the company that operates the terminal?" over "The terminal is run by
    Transbaikal Agro Logistics, in which Baikal Capital Partners holds 75% and ...": the agent of
    the relative clause's verb is the company described, not one of its owners asked."""
    related = {m.group(1) for m in _RELATIVE_VERB.finditer(ask.query.text.lower())}
    verbs = [t for t in ask.query.required if t.word.lower() in related]
    if not verbs or len(picks) < 2:
        return picks
    spans: list[tuple[int, int, int]] = []  # (sentence id, start, end) of each agent of such a verb
    for ev in {id(p[3]): p[3] for p in picks}.values():
        text = ev.sentence.text
        for token, keys in zip(*analysed(text)):
            if any(t.keys & keys for t in verbs):
                m = _agent_after(text, token.start, token.end)
                if m:  # (a plain passive's agent runs to the full stop: its own name ends at a comma)
                    comma = text.find(",", m.start("agent"), m.end("agent"))
                    spans.append((ev.sentence.id, m.start("agent"), comma if comma >= 0 else m.end("agent")))
    # (the sentence that told of both stays the one answering: its other names are the ones asked)
    kept = [p for p in picks if p[3] is picks[0][3]
            and not any(sid == p[3].sentence.id and a <= p[2].start < b for sid, a, b in spans)]
    return kept + [p for p in picks if p[3] is not picks[0][3]] if kept else picks


def _agent_after(text: str, start: int, end: int) -> re.Match[str] | None:
    """The "by" agent of the participle at text[start:end], if a passive "be" or an aside's comma
    comes before it."""
    before = text[max(0, start - 16) : start]
    aside = _ASIDE_BY_AGENT.match(text, end) if _ASIDE_OPENS.search(before) else None
    if aside is None and _PASSIVE_BE_BEFORE.search(before):
        return _BY_AGENT.match(text, end)
    return aside


_BARE_INSTEAD = lazy_compile(r"\binstead\b(?!\s+of\b)", re.IGNORECASE)
_IS_QUESTION = lazy_compile(r"^\s*(?:who|where|what)(?:'s|s\b|\s+(?:is|are|was|were)\b)")


# "what is the capital of Russia?": a city the story calls the capital of another place
# ("Shenyang, the capital of Liaoning province") is not it, however well its sentence matches,
# nor a province beside it, nor a city the story never calls a capital (its own "Beijing" is
# China's by the gazetteer, not Russia's).
# ("Shenyang is the capital of which province?" asks the other way round: the place it heads)
_ASKED_CAPITAL_OF = lazy_compile(r"\bcapital\s+(?:city\s+)?of\s+(?!(?:which|what)\b)\w", re.IGNORECASE)
_CAPITAL_ROLE = lazy_compile(r"\bcapital\b(?:\s+(?:city\s+)?of\s+(.+))?", re.IGNORECASE)


def _capital_of_asked(query: Query, entity: EntityRow) -> bool:
    """The entity is a place the story or the gazetteer makes the capital of a place asked."""
    if entity.kind != "place":
        return False
    told = [m for m in map(_CAPITAL_ROLE.search, entity.roles) if m is not None]
    country = gz.CAPITALS.get(entity.name.lower())
    ofs = [(m[1] or "").lower() for m in told] + ([country.lower()] if country else [])
    # ("the Kazakh capital": a role naming no place of its own is left to the match)
    return any(m[1] is None for m in told) or any(key in of for of in ofs for key in query.entity_keys)


# "which part of china is becoming a big deal strategically?": a part of the whole asked, which a
# place named by it is ("northeast China ... gaining new strategic significance"); "the West" or
# "Ukraine", named in the same sentence, are none.
_PART_OF_ASKED = lazy_compile(r"^\s*(?:what|which)\s+(?:part|region|area|corner)s?\s+of\s+(?:the\s+)?(?P<whole>[a-z][\w-]*)\b", re.IGNORECASE)


def _parts_named_by_whole(picks: list[tuple[float, EntityRow, MentionRow, Evidence]], whole: str) -> list[tuple[float, EntityRow, MentionRow, Evidence]]:
    """The picks whose name holds the whole's as a word, less the whole itself."""
    return [p for p in picks if whole in (name := normalise_name(p[1].name)).split() and name != whole]


def _answer_entity(ask: Ask, intent: str, kinds: tuple[str, ...]) -> Answer | None:
    query = ask.query
    if query.entities and not query.required and _IS_QUESTION.match(query.text.lower()):
        described = _describe_named(ask, intent)  # "Who is Joseph Chanda?", "Where is Jilin?"
        if described:
            return described
    if intent == "where" and _PLURAL.search(query.text.lower()):
        listed = _place_list(ask)
        if listed is not None:
            return listed
    picks = rank_entities(query, ask.pool.accepted[:8], kinds)
    if intent == "who" and picks and _asks_a_business(query):
        # "which bank is lending the money?": "the Freeport of Riga Authority approved the upgrade"
        # names a public body, which no bank, company or carmaker is; nor is "China" one.
        picks = [p for p in picks if p[1].kind != "place" and not _PUBLIC_BODY_WORDS.intersection(p[1].name.lower().split())]
        if not picks:
            return None
    if intent == "where" and picks and query.entity_keys and _ASKED_CAPITAL_OF.search(query.text):
        picks = [p for p in picks if _capital_of_asked(query, p[1])]
        if not picks:
            return None
    if intent == "who" and any(t.lemma in ROLES for t in query.required):
        picks = _without_lesser_posts(query, picks)
        picks = _without_posts_elsewhere(ask, picks)
        picks = _without_other_titles(query, picks)
        picks = _secretary_where_ministers(ask, picks)
    elif intent == "who" and any(t.lemma in _POSTS_ASKED for t in query.required):
        picks = _without_lesser_posts(query, picks)  # "who chairs the committee?": no deputy chairman
    if intent == "who" and picks and any(t.keys & _HEADING for t in query.required):
        picks = _bare_titles_of_the_story(ask, picks)
    if not picks and intent == "where" and query.entities:
        # "Where did he speak?": where the text puts the one asked about, in any sentence naming him.
        named = [e for e in ask.pool.evidence[:12] if e.entity_hits >= 1 and e.matched
                 and (not query.required or any(t.required for t in e.matched))  # "shares close": none of it here
                 # "which city was the first train from the Shenyang hub headed to?": a "president" for
                 # "headed" is not the train's trip, most of the words asked missing
                 and e.coverage >= 0.5
                 and not any(c.startswith(("about ", "does not name", "never names")) for c in e.conflicts)]
        # "which Russian city was the first train headed to?" over "a new hub ... put into operation
        # in Shenyang, with a train ... departing for Russia": where it stood is not where it went.
        routed = route_asked(query)
        picks = [p for p in rank_entities(query, named, kinds) if _preposition_fit(p[3].sentence.text, p[2]) > 0
                 and _route_fit(query, p[3].sentence.text, p[2], routed) >= 0]
    if picks and intent == "where" and " of " in query.text.lower() and (whole := _PART_OF_ASKED.match(query.text)):
        picks = _parts_named_by_whole(picks, whole["whole"].lower()) or picks
    if picks and intent == "where" and (kind_named := _kind_named_in_best(ask)) is not None and picks[0][3] is not kind_named[3]:
        # "Which port shipped most of the fruit?" / "Most of the fruit left through the Port of
        # Tauranga": the port the best sentence names by the kind asked, not a country named lower
        picks = [kind_named]
    if not picks and intent == "where":
        # "at its Newcastle plant": a name the text never typed is a place where a plant or a
        # mine is said to be.
        # ... and "which port ...?" a name the text ends with the kind asked ("Doraleh Multipurpose Port").
        # ... and "where do the mines sit?" a name right after the asked thing and "in", "near" or
        # "around" ("for leaching at mines around Calama"): the place the thing is at.
        things = {t.lemma for t in query.required if t.lemma not in gz.PLACE_NOUNS}
        picks = [p for p in rank_entities(query, ask.pool.accepted[:8], ("other",))
                 if _place_frame(p[3].sentence.text, p[2]) or _named_by_kind_asked(query, p[1])
                 or _thing_at(p[3].sentence.text, p[2], things)]
    if picks and intent == "where" and _BARE_INSTEAD.search(query.text):
        # "where did ships go instead while the lashers were out?": instead of the story's own place
        # (the headline's Rotterdam), so not there: "skipped Rotterdam for Antwerp-Bruges, Hamburg ..."
        picks = [p for p in picks if (topic_rank(ask.store, p[1]) or 0) < 2] or picks
    if picks and intent == "who":
        picks = _relative_referents(ask, picks)
    nation = _nation_asked(query.text) if intent == "where" else ""
    if nation:
        picks = [p for p in picks if not _story_places_in_another_nation(ask.store, p[1], nation)]
        if not picks:
            return None  # "which Russian regions ...?" and only China's named: not what Russia is
    if picks and _PLURAL.search(query.text.lower()):
        return _several_named(ask, intent, picks)
    if picks and intent == "where":
        picks = _not_the_place_just_told(ask, picks)
    refined: tuple[Pick, Evidence] | None = None
    if picks and intent == "where" and picks[0][1].kind == "place" and _specificity(picks[0][1]) == 0:
        # "where was the regional conference held?": "The summit in Shenyang" places it closely but
        # lacks "regional", which the sentence placing it widely holds, so the answer stands on both.
        closer = _named_more_closely(ask, picks)
        refined = (closer[0], picks[0][3]) if closer is not picks else None
        picks = closer
    if picks and intent == "where" and (not _route_fit(query, picks[0][3].sentence.text, picks[0][2]) > 0
                                        or len(picks) > 1 and _route_fit(query, picks[1][3].sentence.text, picks[1][2]) > 0):
        # (the place a train departed for is where it went, however wide another place named is;
        # but of two places both gone to, "ship goods to Zhoushan" says more than "cargo bound for
        # eastern China")
        picks = _most_specific_first(picks, home=bool(_ASKS_HOME.search(query.text)))
    if picks:
        score, entity, mention, ev = picks[0]
        margin = score - picks[1][0] if len(picks) > 1 else 3.0
        coverage = max(ev.coverage, refined[1].coverage) if refined and refined[0] is picks[0] else ev.coverage
        joined = _joined(picks[0], picks[1:])
        if len(joined) > 1:  # "to Zhoushan and Jiaxing": the answer is both
            names = ", ".join(p[1].name for p in joined[:-1]) + " and " + joined[-1][1].name
            text = f"{names}. " + clause_window(ev.sentence.text, joined[0][2].start, joined[-1][2].end, 130)
            return make_answer(ask.question, intent, text, 0.5 + 0.3 * ev.coverage, [citation(ask.store, ev.sentence)])
        text = entity_line(entity, query)
        cited = ev.sentence
        if not (intent == "who" and _role_answers(entity, query)):
            # The role already says what was asked ("who heads X?": "Zhou, X's president"); else
            # the clause shows why this is the one.
            text += " " + clause_window(ev.sentence.text, mention.start, mention.end, 110)
        else:
            cited = _stating_role(ask, entity, query, ev.sentence)
        return make_answer(ask.question, intent, text, 0.5 + 0.3 * coverage + 0.1 * min(margin, 2.0),
                           [citation(ask.store, cited)])
    if query.member_of:
        return None  # "Which EU countries ...?" and none of them named: not what the body is
    if intent == "where" and _within_asked(query, ask.pool.evidence[:8]) is not None:
        return None  # "where are they from in Russia?" and no place in it named: not where Russia is
    if _nation_asked(query.text):
        return None  # "which Russian cities did the firms come from?" and none named: not what Russia is
    return _describe_named(ask, intent)


Pick = tuple[float, EntityRow, MentionRow, Evidence]

# "a regional conference in northeastern China": the thing said to be at a place
_THING_IN_BEFORE = lazy_compile(r"\b([a-z][\w-]*)\s+in\s+(?:the\s+)?$")
# "The summit in Shenyang": the thing again, named as one already told of
_THE_THING_IN_BEFORE = lazy_compile(r"\bthe\s+(?:[\w-]+\s+){0,2}?([a-z][\w-]*)\s+in\s+$", re.IGNORECASE)


def _named_more_closely(ask: Ask, picks: list[Pick]) -> list[Pick]:
    """ "which city hosted the regional business meet?" over "a regional conference in northeastern
    China ...", then "The summit in Shenyang": the thing placed in a stretch of a country is placed
    more closely where another sentence names it again, "the" one already told of."""
    top = picks[0]
    text = top[3].sentence.text
    thing = _THING_IN_BEFORE.search(text, max(0, top[2].start - 40), top[2].start)
    if thing is None:
        return picks
    keys = phrase_keys(thing.group(1))
    for ev in ask.pool.evidence[:12]:
        if ev is top[3]:
            continue
        for mention, entity in ev.mentions:
            if entity.kind != "place" or _specificity(entity) == 0:
                continue
            again = _THE_THING_IN_BEFORE.search(ev.sentence.text, max(0, mention.start - 40), mention.start)
            if again is not None and keys & phrase_keys(again.group(1)):
                return [(top[0], entity, mention, ev), *picks]
    return picks


def _not_the_place_just_told(ask: Ask, picks: list[Pick]) -> list[Pick]:
    """ "which landlocked province got to use a russian port" "Jilin" "and those goods end up in
    which province": a follow-up asking where things go asks past the place just answered, which
    is where they set out (Jilin's goods), not where they end up; the words it inherits from the
    last question still point at that place, so it is set aside when another place is gone to."""
    last = ask.conversation.last
    if last is None or last.focus_entity is None or not _asks_destination(ask.query):
        return picks
    told = last.focus_entity
    if normalise_name(told.name) in ask.query.entity_keys:
        return picks  # the question names it again itself: it may be asked of
    if any(p[1].id == told.id and p[3].sentence.id == last.sentence_id and _route_fit(ask.query, p[3].sentence.text, p[2]) > 0
           for p in picks):
        # "how many boxes did the first train carry?" "55 ... departing for Russia" "where was it
        # headed?": the answer's own sentence tells the place as gone to, so it is no setting out.
        return picks
    rest = [p for p in picks if p[1].id != told.id]
    # only when a place left is one the text says is gone to ("to Zhoushan", "bound for ...")
    if rest and any(_route_fit(ask.query, p[3].sentence.text, p[2]) > 0 for p in rest):
        return rest
    return picks


def _most_specific_first(picks: list[Pick], home: bool = False) -> list[Pick]:
    """ "Where is the conference?" between "in northeastern China" and "the summit in Shenyang"
    scored alike: the city says more than the region around it."""
    if len(picks) < 2 or picks[0][0] - picks[1][0] > 0.5:
        return picks
    # "transshipped through Salalah in Oman": the place the text puts inside the best says more
    # than it, even when another place scored between them ("from Mombasa to Qingdao").
    inner = next((p for p in picks[2:] if picks[0][0] - p[0] <= 0.5 and _placed_inside(p, picks[0])), None)
    if inner is not None:
        return [inner, *[p for p in picks if p is not inner]]
    # A body's home ("the Kuala Lumpur-based airline") says where it is, not where its news was.
    # Nor does a place in a person's post: "a spokesperson for Vietnam's trade office in Guangzhou".
    if (_specificity(picks[1][1]) > _specificity(picks[0][1]) or _placed_inside(picks[1], picks[0])) \
            and (home or not _based_here(picks[1][3].sentence.text, picks[1][2])) and not _in_persons_role(picks[1][3], picks[1][2], picks[1][1]) \
            and not _measured_from(picks[1][3].sentence.text, picks[1][2]):  # "Blitta, 270 km north of Lome": Lome only measures
        return [picks[1], picks[0], *picks[2:]]
    return picks


_IN_BETWEEN = lazy_compile(r",?\s+in\s+(?:the\s+)?")


def _placed_inside(inner: Pick, outer: Pick) -> bool:
    """ "call at Berbera in Somaliland": the text itself puts one place inside the other, though
    the gazetteer knows neither."""
    return inner[3] is outer[3] and _IN_BETWEEN.fullmatch(inner[3].sentence.text, inner[2].end, outer[2].start) is not None


_CITY_NAMES = frozenset(c.lower() for c in gz.CITIES)
_CITY_KINDS = frozenset({"city", "town"})
# Lower case: "northeast China" is a stretch of a country; "Southeast Sulawesi" is a province's name.
_COMPASS = re.compile(r"^(?:north|south|east|west|central|northern|southern|eastern|western)")
# "northeast China", "Southern Russia": the words of a part of a country before its name.
_COMPASS_PART = lazy_compile(r"^(?:(?:north|south)?(?:east|west)(?:ern)?|(?:north|south)(?:ern)?|central|far)[\s-]+(?:(?:far|central)\s+)?",
                             re.IGNORECASE)


_REGION_ROLE = lazy_compile(r"\b(?:region|province|state|county|district|prefecture)\b")
_CITY_ROLE = lazy_compile(r"\b(?:city|capital|port|town|village|municipality)\b")
_CITY_HEADS = frozenset("city capital port town village municipality".split())


def _specificity(entity: EntityRow) -> int:
    """0 a compass region ("northeast China"), 1 a country, 2 a province or state, 3 a city or port."""
    return _specificity_of(entity.name, tuple(entity.roles))


# A pure function of the name and roles, asked of each place several times a ranking (_kind_fit,
# the list and most-specific orderings) and again question after question: kept per name and roles.
@lru_cache(maxsize=8192)
def _specificity_of(entity_name: str, entity_roles: tuple[str, ...]) -> int:
    name = entity_name.lower()
    roles = " ".join(entity_roles).lower()
    if _COMPASS.match(entity_name):
        return 0
    if name in gz.COUNTRY_SET:
        return 1
    # "the southern Kyrgyz city of Jalal-Abad" and "Naryn and Jalal-Abad provinces": a role ending
    # on a city word makes it the city, the province of its name being the wider place
    if any(r.rsplit(" ", 1)[-1].lower() in _CITY_HEADS for r in entity_roles):
        return 3
    if _REGION_ROLE.search(roles):
        return 2
    if _CITY_ROLE.search(roles) or name in gz.CAPITALS or name in _CITY_NAMES:
        return 3
    return 2


def _list_level(entity: EntityRow) -> int:
    """How specific a place is as an item of a list asked for: a city the gazetteer places in its
    country is a city ("ports of ... for Dalian in Liaoning province"), whatever role the text gives it."""
    return 3 if gz.country_of_city(entity.name) else _specificity(entity)


def _joined(best: Pick, others: list[Pick], linked: Callable[[str, MentionRow, MentionRow], bool] = listed_together) -> list[Pick]:
    """The best name and those listed with it in the same sentence: "X and Y", "X, Y and Z"."""
    same = sorted([best] + [p for p in others if p[3] is best[3] and p[1].kind == best[1].kind], key=lambda p: p[2].start)
    text = best[3].sentence.text
    i = next(k for k, p in enumerate(same) if p is best)
    lo = hi = i
    def link(a: Pick, b: Pick) -> bool:
        return linked(text, a[2], b[2])

    while lo > 0 and link(same[lo - 1], same[lo]):
        lo -= 1
    while hi + 1 < len(same) and link(same[hi], same[hi + 1]):
        hi += 1
    return same[lo : hi + 1]


_PLURAL = lazy_compile(
    r"\b(?:which|what)\s+(?:\w+\s+)?(?:countries|provinces|cities|states|regions|ports|companies|firms|"
    r"banks|people|members|officials|ministers|nations|groups|agencies|towns|districts|places)\b"
)


def _asks_countries(query: Query) -> bool:
    return any(t.lemma in ("country", "nation") for t in query.terms)


def _several_named(ask: Ask, intent: str, picks: list[tuple[float, EntityRow, MentionRow, Evidence]]) -> Answer:
    """ "Which countries share the cuts?": every one the best sentence names, in its order."""
    best = picks[0][3]
    same = sorted((p for p in picks if p[3] is best), key=lambda p: p[2].start)
    if _asks_countries(ask.query) and any(_specificity(p[1]) == 1 for p in same):
        same = [p for p in same if _specificity(p[1]) == 1]  # "which countries": Kuwait, not "Cairo has asked"
    if _asks_destination(ask.query) and any(_route_fit(ask.query, best.sentence.text, p[2]) > 0 for p in same):
        # "which ports do the containers go to?": "from the port of San Antonio to Shanghai and
        # Qingdao" sends them to the two, not from where they left
        same = [p for p in same if not _FROM_PLACE_BEFORE.search(best.sentence.text, max(0, p[2].start - 30), p[2].start)] or same
        same = _gone_to(ask.query, same)
    names = list(dict.fromkeys(p[1].name for p in same))
    start, end = same[0][2].start, same[-1][2].end
    text = f"{', '.join(names)}. {clause_window(best.sentence.text, start, end, 140)}"
    cited = [citation(ask.store, best.sentence)]
    referent = _it_referent(ask, best.sentence, {p[1].kind for p in same})
    if referent is not None and referent[0].name not in names:
        # "CNPC has spent $6 billion ... It holds 85% of WAPCO, with the remaining 15% owned by
        # Sonidep": "it" is one of those asked too, named as the sentence before opens.
        text = f"{referent[0].name}, {text}"
        cited.append(citation(ask.store, referent[1]))
    return make_answer(ask.question, intent, text, 0.5 + 0.3 * best.coverage, cited)


# A sentence whose subject is "It" or "They": the one the sentence before opens with.
_IT_SUBJECT = lazy_compile(r"^\s*(?:It|They)\s+(?:also\s+|now\s+|still\s+)?[a-z]+\b")


def _it_referent(ask: Ask, sentence: SentenceRow, kinds: set[str]) -> tuple[EntityRow, SentenceRow] | None:
    """The name opening the sentence right before `sentence` in its paragraph, when `sentence`
    opens with "It"/"They" and the name is of a kind the others listed are (a company, not a
    minister)."""
    if not _IT_SUBJECT.match(sentence.text):
        return None
    before = ask.store.sentences([sentence.id - 1]).get(sentence.id - 1)
    if before is None or before.article_id != sentence.article_id or before.paragraph != sentence.paragraph:
        return None
    opening = [m for m in ask.store.mentions_in([before.id]) if m.start == 0]
    if not opening:
        return None
    entity = ask.store.entities_by_id([opening[0].entity_id]).get(opening[0].entity_id)
    return (entity, before) if entity is not None and entity.kind in kinds else None


def _gone_to(query: Query, same: list[Pick]) -> list[Pick]:
    """ "left the port of Buenos Aires ... bound for Shanghai and Qingdao": the places gone to and
    those listed with them, not where the ship left nor its carrier's home."""
    goers = [p for p in same if _route_fit(query, p[3].sentence.text, p[2]) > 0]
    kept: list[Pick] = []
    for goer in goers:
        kept += [p for p in _joined(goer, [o for o in same if o is not goer]) if p not in kept]
    return sorted(kept, key=lambda p: p[2].start) or same


# The conflicts that rule a sentence out of a list of places: it is about another subject.
_OFF_SUBJECT = ("about ", "does not name", "never names", "period:", "says the opposite")
# Place nouns a question asks several of ("which countries", "what provinces").
_PLACES_ASKED = frozenset("country nation province state region city town destination market place port".split())
# How specific each of them is (_specificity): "which provinces" lists Quebec and Alberta, not Toronto.
_LIST_LEVEL = {"country": 1, "nation": 1, "province": 2, "state": 2, "region": 2, "city": 3, "town": 3, "port": 3}


def _the_other_places(ask: Ask) -> Answer | None:
    """ "Besides China and India, which countries bought Indonesian coal?": the places left out are
    named where the others are, in the same sentence ("shipped to the United States, with the rest
    going to Canada, Brazil, Chile and Colombia") or the next ("Japan, South Korea, the Philippines,
    Vietnam and Malaysia together took 9.8 million tonnes"), which need not repeat the question's words."""
    query = ask.query
    left_out = _left_out(query)
    if not left_out or not ask.pool.evidence:
        return None
    level = next((_LIST_LEVEL[t.lemma] for t in query.terms if t.lemma in _LIST_LEVEL and t.word.lower().endswith("s")), 0)
    if not level and query.wh != "where" and not _asks_markets(query):
        return None
    article = ask.pool.evidence[0].sentence.article_id
    named_places = [e for e in ask.store.article_entities(article)
                    if e.kind == "place" and (e.name.lower() in left_out or _keys(e) & left_out)]
    if not named_places:
        return None
    named = [e.id for e in named_places]
    if not level:
        # "Apart from Egypt, Spain and China, where else is the grain going?": places like those
        # left out, countries here.
        levels = {_specificity(e) for e in named_places}
        if len(levels) != 1:
            return None
        level = levels.pop()
    naming = ask.store.sentences_mentioning(named, 12)
    # "Besides China, which countries will the alumina be sold to?" / "Hengtai will buy 70% ... for
    # its smelters in Guangxi and Yunnan, and the rest will be sold to buyers in Malaysia, India,
    # ...": the share left out may go by a place inside it, so the sentences that best say what
    # was asked are read too.
    said = [e.sentence.id for e in ask.pool.evidence[:3] if not e.missing]
    sentences = ask.store.sentences({i + k for i in naming for k in (0, 1, 2)} | set(said))
    mentions = ask.store.mentions_in(list(sentences))
    entities = ask.store.entities_by_id({m.entity_id for m in mentions})
    wanted = [t for t in query.required if t.lemma not in _PLACES_ASKED]
    best: tuple[float, SentenceRow, list[tuple[MentionRow, EntityRow]]] | None = None
    for sid in sorted(sentences):
        sentence = sentences[sid]
        if sentence.article_id != article:
            continue
        places = [(m, entities[m.entity_id]) for m in sorted((m for m in mentions if m.sentence_id == sid), key=lambda m: m.start)
                  if m.entity_id in entities and entities[m.entity_id].kind == "place"]
        spans = [(m.start, m.end) for m, _ in places]
        fitting = [(m, e) for m, e in places if _specificity(e) == level and e.id not in named and not _inside_longer(m, spans)
                   and not (e.name.lower() in left_out or _keys(e) & left_out) and not _demonym_use(sentence.text, m)]
        groups: list[list[tuple[MentionRow, EntityRow]]] = []
        for pair in fitting:
            if groups and listed_together(sentence.text, groups[-1][-1][0], pair[0]):
                groups[-1].append(pair)
            else:
                groups.append([pair])
        group = max(groups, key=len, default=[])
        if len({e.id for _, e in group}) < 2:
            continue
        # The sentence that says what was asked ("took", "sales ... increased") is no surer a guide
        # than the longer list; its words only break a tie.
        score = min(len(group), 5) + 0.5 * sum(1 for t in wanted if t.keys & sentence.terms)
        if best is None or score > best[0]:
            best = (score, sentence, group)
    if best is None:
        return None
    _, sentence, group = best
    names = list(dict.fromkeys(e.name for _, e in group))
    text = f"{', '.join(names)}. {clause_window(sentence.text, group[0][0].start, group[-1][0].end, 140)}"
    return make_answer(ask.question, "where", text, 0.6, [citation(ask.store, sentence)])


# The rivals a conflict names: "about Italy, not spanish" (not "... (named just before), not ...").
_LED_BY = re.compile(r"about ([^()]+), not [^,]+$")
# A ranking lists its items with their figures and "followed by": "Italy remained the biggest buyer
# at 248,000 tonnes, followed by the United States with 176,000 tonnes, Portugal, France and Japan".
_RANK_LINK = lazy_compile(r"[^;:()\"“”]{0,90}?,\s+followed\s+by\s+(?:the\s+)?"
                          r"|\s+(?:with|at)\s+[\w.,$€£%-]+(?:\s+[\w%-]+){0,2}\s*(?:,|,?\s+and)\s+(?:the\s+)?")


# Each item placed in its own province: "for Dalian in Liaoning province and Qingdao in Shandong
# province" lists two ports (the provinces between are of another level than the list's).
_PLACED_LINK = lazy_compile(r"\s+in\s+(?:[A-Z][\w-]*\s+){1,2}(?:province|region|state|prefecture)\s*(?:,|,?\s+and)\s+")


def _ranked_together(text: str, first: MentionRow, second: MentionRow) -> bool:
    return (listed_together(text, first, second) or _RANK_LINK.fullmatch(text, first.end, second.start) is not None
            or _PLACED_LINK.fullmatch(text, first.end, second.start) is not None)


# "Which markets will the cars be exported to?", "what other destinations ...": places, though
# the question is no "where" (a market is sold to, not stood in).
_MARKET_WORDS = frozenset({"market", "destination"})


def _asks_markets(query: Query) -> bool:
    return any(t.lemma in _MARKET_WORDS and t.word.lower().endswith("s") for t in query.terms)


def market_list(ask: Ask) -> Answer | None:
    """ "Which markets will the Thai-made cars be exported to?": "to Australia, New Zealand,
    Malaysia, Indonesia and Britain", the places listed, as for "which countries"; "besides China,
    what are the main export markets?" the ones listed beside it."""
    if not _asks_markets(ask.query):
        return None
    return _the_other_places(ask) or _place_list(ask)


def _asks_several_places(query: Query) -> bool:
    return any(t.lemma in _PLACES_ASKED and t.word.lower().endswith("s") for t in query.terms)


def _place_list(ask: Ask) -> Answer | None:
    """ "Which countries will the park supply?": the sentence that lists several of them ("battery
    makers in China, South Korea, Japan and Germany") before one that names a single place,
    even when it words the verb otherwise ("on sale in", "supply" for "buy", "sell to")."""
    query = ask.query
    if not _asks_several_places(query):
        return None
    level = next((_LIST_LEVEL[t.lemma] for t in query.terms if t.lemma in _LIST_LEVEL), 0)
    # Deep in the pool: "which provinces saw starts fall?" meets a dozen sentences about starts
    # falling before "... while Quebec, Alberta and Manitoba posted declines".
    best = _best_place_list(query, ask.pool.evidence[:24], level, 2)
    if best is None and level and ask.pool.evidence:
        # "which countries does it sell its lithium to?": "China remained its biggest market, ...
        # followed by South Korea, Japan, the United States and Belgium" has none of the question's
        # words to be found by; the story's sentences naming its places are, when they list three.
        article = ask.pool.evidence[0].sentence.article_id
        places = [e.id for e in ask.store.article_entities(article) if e.kind == "place" and _specificity(e) == level]
        naming = set(ask.store.sentences_mentioning(places, 40)) - {e.sentence.id for e in ask.pool.evidence}
        if naming:
            extra = [e for e in gather(query, ask.store, naming).evidence if e.sentence.id in naming]
            best = _best_place_list(query, extra, level, 3)
    if best is None:
        return None
    return _several_named(ask, "where", sorted(best, key=lambda p: -p[0]))


# "which chinese cities did the delegation visit?": a question of what was done ...
_ASKS_DONE = lazy_compile(r"\bdid\b", re.IGNORECASE)
# ... which a trip still planned does not answer
_PLANNED = lazy_compile(r"\bplan(?:s|ned)?\s+(?:a|an|to)\b|\bnext\s+(?:year|month|week)\b")


def _best_place_list(query: Query, evidence: list[Evidence], level: int, fewest: int) -> list[Pick] | None:
    """The picks of the best list of at least `fewest` places of the `level` asked among `evidence`."""
    candidates: list[Evidence] = []
    leaders: dict[int, set[str]] = {}
    for e in evidence:
        if not (e.matched or e.entity_hits):
            continue
        off = [c for c in e.conflicts if c.startswith(_OFF_SUBJECT)]
        led = [m for c in off if (m := _LED_BY.match(c))]
        if off and len(led) < len(off):
            continue
        # "which countries are the top buyers of Spanish olive oil?" over "Italy remained the
        # biggest buyer ..., followed by the United States ...": the place the sentence is about
        # is no other subject when it heads the list of answers.
        if led:
            leaders[e.sentence.id] = {name for m in led for name in m.group(1).split(", ")}
        candidates.append(e)
    by_sentence: dict[int, list[Pick]] = {}
    for pick in rank_entities(query, candidates, _PLACE_KINDS, unmatched=True):
        by_sentence.setdefault(pick[3].sentence.id, []).append(pick)
    best: tuple[float, list[Pick]] | None = None
    past = _ASKS_DONE.search(query.text) is not None
    for group in by_sentence.values():
        if past and _PLANNED.search(group[0][3].sentence.text):
            continue  # "which cities did the delegation visit?": not "plans a second mission, to Chengdu and Beijing, next year"
        fitting = sorted((p for p in group if not level or _list_level(p[1]) == level), key=lambda p: -p[0])
        # A list is names joined as items ("Japan, South Korea and Malaysia"), not places a
        # sentence names apart ("a terminal at Panjang ..., linked to its mines in South Sumatra").
        listed = max((_joined(p, fitting, _ranked_together) for p in fitting), key=len, default=[])
        if len({p[1].id for p in listed}) < fewest:
            continue  # one place is no list; the ranking of single places answers that
        if not leaders.get(group[0][3].sentence.id, set()) <= {p[1].name for p in listed}:
            continue
        score = max(p[0] for p in listed) + 0.8 * min(len(listed) - 1, 4)
        if best is None or score > best[0]:
            best = (score, listed)
    return best[1] if best is not None else None


# A dateline's agency: "ASUNCION, Oct 17 (Reuters) - ", the parenthesis before the dash that opens
# a story's first sentence.
_DATELINE_BEFORE = lazy_compile(r"^[A-Z][^()\n]{0,80}\(\s*$")
_DATELINE_AFTER = lazy_compile(r"^\s*\)\s*[-–—]")
# "which barge company gave the figures?": a business asked, which a news agency filing is not.
_WHICH_FIRM = lazy_compile(r"\s*(?:which|what)\s+(?:[\w-]+\s+){0,2}?(?:firms?|compan(?:y|ies)|banks?|lenders?|insurers?|carriers?"
                           r"|operators?|traders?|businesses|business)\b", re.IGNORECASE)


def _dateline_town_told_again(ev: Evidence, mention: MentionRow, entity: EntityRow) -> bool:
    """The dateline's town (the mention opening the sentence, before "(Reuters) -") named again in
    the story's own words: only that later mention says what happened there, so it is the one scored."""
    return (any(e.id == entity.id and m.start > mention.end for m, e in ev.mentions)
            and story_opening(ev.sentence.text) > mention.end)


def _dateline_agency(text: str, mention: MentionRow) -> bool:
    return mention.start < 90 and _DATELINE_BEFORE.match(text[: mention.start]) is not None \
        and _DATELINE_AFTER.match(text[mention.end :]) is not None


def rank_entities(query: Query, evidence: list[Evidence], kinds: tuple[str, ...],
                  unmatched: bool = False) -> list[tuple[float, EntityRow, MentionRow, Evidence]]:
    """Names of `kinds` in the evidence, best first; `unmatched`: in sentences that match only a
    name the question asks about, too."""
    asked = set(query.entity_keys)
    left_out = _left_out(query)
    home_asked = _ASKS_HOME.search(query.text) is not None
    kind_asked = _KindAsked.of(query)
    body_named = kind_asked.body and _WHICH_BODY.match(query.text) is not None
    posts = [t for t in query.required if t.lemma in ROLES or t.keys & ROLES]
    source_asked = not posts and _asks_source(query)
    business_asked = _WHICH_FIRM.match(query.text) is not None
    # "Which countries do the utility's owners come from?": "owned by a consortium of Canadian,
    # Australian and Kuwaiti ... funds", whose nationality is the country asked.
    origin_asked = _asks_countries(query) and _asks_origin(query.text)
    # A port or a city asked is a place of its own: "Vladivostok, the biggest port in the Russian
    # Far East" is where that port is.
    things = {t.lemma for t in query.required if t.lemma not in gz.PLACE_NOUNS} if "person" not in kinds else set()
    # "which city gets the next forum?": "a business forum in Moscow" is this one, not the next;
    # the thing asked is at a place only where the sentence says which one it is.
    which_one = [t for t in query.terms if t.lemma in _WHICH_ONE]
    asked_keys = frozenset(k for t in query.required for k in t.keys) if "person" in kinds else frozenset()
    extreme = _extreme_asked(query)
    passive_asked = bool(query.entities) or _ASKED_PASSIVE.search(query.text) is not None
    routed = route_asked(query)  # asked of every name below: once, not once a name
    # (_asks_destination(query) is routed[1])
    destination_asked = "person" not in kinds and not home_asked and routed[1]
    # "where will the cargo end up after going via the Russian port?": the port passed through is
    # on the way, not where the cargo ends up.
    waypoints = _waypoints(query.text) if destination_asked else frozenset()
    nation = _nation_asked(query.text)
    within = _within_asked(query, evidence) if "person" not in kinds else None
    origin = "person" not in kinds and _ASKS_ORIGIN.search(query.text) is not None
    people = {e.id for e in query.entities if e.kind == "person"} if "person" not in kinds else set()
    # "where did the two presidents meet?": the people asked by their title, each sentence's own
    # holders of it ("Russian President Vladimir Putin and Chinese President Xi Jinping").
    titles = [t.lemma for t in query.required if t.lemma in gz.TITLE_WORDS] if "person" not in kinds and not people else []
    # "who is the general manager of the operator?" asks a post: the post's holder, not a body
    # the same sentence names ("Zhang Hao, general manager of the operator, told Reuters").
    posts_asked = [t for t in query.required if t.lemma in gz.TITLE_WORDS] if "person" in kinds else []
    border_asked = "person" not in kinds and any("border" in t.keys for t in query.required)
    acts_asked = "person" not in kinds and _act_asked(query)  # else _act_placed is 0.0 for every name
    picks: list[tuple[float, EntityRow, MentionRow, Evidence]] = []
    seen: set[tuple[int, int]] = set()
    for ev in evidence:
        if not ev.matched and not (unmatched and ev.entity_hits >= 1):
            continue
        anchors = question_anchors(query, ev)
        spans = [(m.start, m.end) for m, _ in ev.mentions]
        asides: list[tuple[int, int]] | None = None  # the sentence's relative asides, found when a place asks
        persons: list[tuple[MentionRow, EntityRow]] | None = None  # its _titled_persons, found when a place asks
        role_holders: list[EntityRow] | None = None  # its _asked_role_holders, found when a place asks
        titled = {e.id for _, e in ev.mentions if e.kind == "person" and any(t in r.lower() for t in titles for r in e.roles)} if titles else people
        holder_here = bool(posts_asked) and any(e.kind == "person" and e.roles and _holds_roles(e, posts_asked) for _, e in ev.mentions)
        for mention, entity in ev.mentions:
            if entity.kind not in kinds or _keys(entity) & asked or (entity.id, ev.sentence.id) in seen:
                continue
            if mention.start == 0 and _dateline_town_told_again(ev, mention, entity):
                continue  # "JALAL-ABAD, Kyrgyzstan, Dec 27 (Reuters) - ... at a ceremony in ... Jalal-Abad": the later one is placed
            if left_out and (entity.name.lower() in left_out or _keys(entity) & left_out):
                continue  # "Besides the US, which countries ...?"
            if query.member_of and entity.kind == "place" and not _member(entity, query.member_of):
                continue  # "which Gulf states ...?": Kuwait, not Cairo or Egypt
            if _inside_longer(mention, spans) or (_demonym_use(ev.sentence.text, mention) and not origin_asked):
                continue  # "Russian" in "Russian Far East" or "Chinese President" is no place here
            if (not source_asked or business_asked) and _dateline_agency(ev.sentence.text, mention):
                # "KUWAIT CITY, Oct 15 (Reuters) - ...": the agency filed the story and did nothing in
                # it; nor is it "which barge company gave the figures"
                continue
            if origin and entity.kind == "place" and _SETTLED_BEFORE.search(ev.sentence.text, max(0, mention.start - 50), mention.start):
                continue  # "where are the firms from?": "40 Russian firms set up businesses in Liaoning" is where they went
            if within is not None and entity.kind == "place" and _outside(entity, ev.sentence.text, mention, within):
                continue  # "which city in Jilin?": not "the Russian Far East", nor Zhoushan "in the province of Zhejiang"
            if nation and (_of_another_nation(entity, nation) or (entity.kind == "place" and _placed_in_another_nation(ev.sentence.text, mention, nation))
                           # "which Russian city ...?": never Europe, a region wider than the nation
                           or (entity.kind == "place" and entity.name.lower() in _ABOVE_COUNTRY)
                           # "which Chinese ports ...?": not Mombasa, a city the gazetteer puts in Kenya
                           or (entity.kind == "place" and gz.country_of_city(entity.name) not in ("", nation))
                           # "which Chinese company is in the venture?": not "Indonesian miner PT Sinar Bauksit"
                           or (entity.kind != "place" and nation_before(ev.sentence.text, mention.start) not in ("", nation))):
                continue  # "which Russian official spoke?": not the "Chinese General Administration of Customs", nor China
            seen.add((entity.id, ev.sentence.id))
            score = ev.score - 0.15 * token_distance(ev, mention.start, mention.end, anchors,
                                                      _own_title(ev.sentence.text, mention, entity) if source_asked else ())
            if entity.kind == "place" and (nation or within) and _placed_in_nation_asked(ev.sentence.text, mention, nation, within):
                score += 1.5
            elif entity.kind == "place" and nation and gz.country_of_city(entity.name) == nation:
                # "which Chinese port ...?": Tianjin, a city the gazetteer puts in China, before a
                # place the text leaves unplaced ("the northern port of Pepel")
                score += 1.5
            if nation and entity.kind != "place" and nation in (nation_before(ev.sentence.text, mention.start), _named_nation(entity)):
                score += 1.5  # ... but "China's Guangxi Hengtai Aluminium Group", the one the text calls Chinese
            elif nation and entity.kind != "place" and _in_city_of(ev.sentence.text, mention, nation):
                score += 1.0  # "importer Misr Coffee Trading in Alexandria": a body placed in one of the nation's cities
            if border_asked and entity.kind == "place" and _ON_BORDER_AFTER.match(ev.sentence.text, mention.end):
                # "where does the line reach the Congolese frontier?": "to Luau on the Congolese
                # border", the place the border is at, not "Kolwezi in Congo" beyond it
                score += 2.0
            if titled and entity.kind == "place" and _just_after_person(ev, mention, titled):
                # "which city did Putin and Xi meet in?": "a meeting between ... Putin and ... Xi
                # Jinping last week in Beijing" puts them there, not "The summit in Shenyang"
                score += 1.0
            if extreme and entity.kind == "place":
                score += _extreme_fit(ev.sentence.text, mention, extreme)
            score += _kind_fit(query, entity, kind_asked) + _preposition_fit(ev.sentence.text, mention)
            if acts_asked:
                score += _act_placed(query, ev.sentence.text, mention)
            if entity.kind == "place" and asked and role_holders is None:
                role_holders = _asked_role_holders(ev, asked)
            if entity.kind == "place" and asked and _in_asked_role(entity, ev, asked, kind_asked, role_holders):
                score += 2.0  # "Vladivostok is the largest port in what region?": "Vladivostok, the biggest port in the Russian Far East"
            if entity.kind == "place" and asked and kind_asked.asked_kinds and _CONTAINER_ASKED.search(query.text) \
                    and _placed_by_asked_role(entity, ev, asked, query.text.lower()):
                score += 3.0  # "what region is Vladivostok in?": its own role "the biggest port in the Russian Far East", not Jilin beside it
            if entity.kind == "place" and "person" not in kinds and _based_here(ev.sentence.text, mention) and not home_asked:
                score -= 2.0  # "the Kuala Lumpur-based airline said": its home, not where the deal was signed
            if entity.kind == "place" and "person" not in kinds:
                if asides is None:
                    asides = _relative_asides(ev)
                if persons is None:
                    persons = _titled_persons(ev)
                if any(a <= mention.start < b for a, b in asides) or not home_asked and _in_persons_role(ev, mention, entity, persons):
                    score -= 1.0  # "Cosmar, which runs 14 mills in Sao Paulo, said it would stop crushing near Ribeirao Preto": who it is, not where it acts
            if entity.kind == "place" and "person" not in kinds and _another_of_kind(query, ev, entity):
                score -= 1.2  # "where is the dry port?": "Togo's port of Lome" is a port, not the dry one asked
            if entity.kind == "place" and "person" not in kinds and _measured_from(ev.sentence.text, mention):
                score -= 1.0  # "a dry port at Blitta, about 270 kilometres north of Lome": Lome only measures where Blitta is
            if entity.kind == "place" and anchors and _anchors_elsewhere(ev.sentence.text, mention, anchors):
                score -= 1.0  # "Rheinmark ... at plants in Duisburg, while Valmeuse made ... at its sites in Liege": Valmeuse's are Liege
            route = _route_fit(query, ev.sentence.text, mention, routed)
            if entity.kind == "place" and _in_place_pair(ev.sentence.text, mention):
                # "a hub for China-Europe freight trains": a route's name, neither where it is nor,
                # for "where was the train headed?", where it goes
                if destination_asked:
                    continue
                score -= 1.0
            if route < 0 and destination_asked and any(
                    e.kind == "place" and _BOUND_FOR_BEFORE.search(ev.sentence.text[max(0, m.start - 14) : m.start].lower())
                    # ("to build the line to the Chinese standard": a demonym is no place gone to)
                    and not _demonym_use(ev.sentence.text, m) for m, e in ev.mentions):
                # "which Russian city was the train headed to?" of "put into operation in Shenyang, with a
                # train departing for Russia": where it went is told, and Shenyang is only where it stood.
                continue
            if "person" in kinds and entity.kind not in ("place", "person") and _only_reports_deed(query, ev, mention):
                continue  # "who signed the deals?" over "companies ... signed agreements, according to state media": not the media
            score += _source_fit(query, ev.sentence.text, mention) + route
            if entity.kind == "place" and not destination_asked and _does_asked_verb(query, ev.sentence.text, mention):
                score += 1.0  # "which province gets to use Vladivostok?": "Jilin would be able to use", not the goods' Zhejiang
            if waypoints and entity.kind == "place" and (entity.name.lower() in waypoints or not waypoints.isdisjoint(_role_words(entity.roles))):
                score -= 2.0
            if "person" in kinds and entity.kind != "place" and _does_deed_asked(query, ev, mention):
                score += 1.0  # "who opened the park?": "Minister Tsegaye Woldemariam inaugurated a ... park", not a later sayer
            if "person" in kinds and not passive_asked and _ADDRESSEE.search(ev.sentence.text[max(0, mention.start - 24) : mention.start]):
                score -= 1.0  # "The Federation ... has asked the finance ministry to lower it": the ministry is asked, the federation asks
            if (entity.kind == "place" and things and _thing_at(ev.sentence.text, mention, things) and _specificity(entity) > 0
                    and all(t in ev.matched for t in which_one)):
                score += 1.5  # ... but "a conference in northeastern China" is vaguer than "the summit in Shenyang"
            if entity.kind == "place" and "person" in kinds and (IN_PLACE.search(ev.sentence.text[max(0, mention.start - 8) : mention.start].lower())
                                                                 or _based_here(ev.sentence.text, mention)):
                continue  # "talks in Berlin", "Florence-based shoemaker": where something is, never who does it
            if ("person" in kinds and entity.kind != "person" and ev.sentence.text[mention.end : mention.end + 2] in ("'s", "’s")
                    and _POST_OF.match(ev.sentence.text, mention.end + 2) and any(e.kind == "person" for _, e in ev.mentions)):
                continue  # "Daniel Okafor, the Navy's program executive officer, said": the Navy's man, not the Navy, said it
            if holder_here and entity.kind != "person" and not body_named:
                continue
            if entity.kind == "person" and body_named:
                continue  # "which firm will run the plant?": the body it is run by, never a chief executive
            head_fit = _head_of_fit(query, entity)
            # ... and "who is the environment minister?" asks a person's post, which no body holds
            heading = "person" in kinds and entity.kind != "person" and not body_named and any(t.keys & _HEADING or t.lemma in TITLE_EXACT
                                                                           for t in query.required)
            if head_fit < 0 or heading or _other_title(query, entity):
                continue  # "head of the IMD": not the president of another body; "chief risk officer": not the CFO
            score += head_fit + _described_as_asked(query, entity)
            if posts and entity.kind == "person":
                score += _takes_post(posts, ev.sentence.text, mention)
            if "person" in kinds and entity.kind != "place" and _thing_by(ev.sentence.text, mention, asked_keys):
                score += 1.5  # "who's building the glass fibre factory?": "a $420 million plant by Zhejiang-based Hengtai"
            if "person" in kinds and entity.kind != "place" and _made_thing_by(query, ev.sentence.text, mention):
                score += 1.0  # "which company will make the wagons?": "760 wagons made by CRRC Zhuzhou", not the contractor supplying them
            if entity.kind == "other" and not ("person" in kinds and _PERSON_BEFORE.search(ev.sentence.text, max(0, mention.start - 24), mention.start)):
                score -= 0.5  # ... but "external member Swati Dhingra voted for a cut" names a person
            score -= 0.8 if entity.kind == "place" and "person" in kinds else 0.0
            if entity.kind != "place" and not ev.missing and len(query.required) >= 2:
                # "which chinese company is in the mining jv": "The mine is run by a joint venture in
                # which ... China Metallurgical Engineering Group (CMEG) holds 49%" tells all asked,
                # however far its name stands from them; the lead's railway builder misses the venture (a place
                # asked keeps its own fits: where a plant is built is seldom in the sentence telling all)
                score += 0.5
            picks.append((score, entity, mention, ev))
    picks.sort(key=lambda p: -p[0])
    if "person" in kinds and _WHO_SAID.match(query.text):
        picks = _without_places_beside_speaker(query, picks)
    return _unmarked_beside_marked(picks, nation) if nation else picks


# The two ends of a ranking: "where did prices rise the least?" over "inflation was highest in
# Patagonia, at 2.9%, and lowest in the Northeast, at 1.9%".
_LOW_END = frozenset("least lowest smallest weakest fewest slowest".split())
_HIGH_END = frozenset("most highest biggest largest strongest fastest steepest sharpest".split())
# "lowest in the Northeast", "highest for Patagonia": the end word just before a place.
_END_BEFORE_PLACE = lazy_compile(r"\b([a-z]+)\s+(?:in|at|for|on)\s+(?:the\s+)?$")


def _extreme_asked(query: Query) -> frozenset[str]:
    """The end of a ranking a where-question asks ("the least", "the highest"), as the words of
    that end; empty when it asks none, or both."""
    words = {t.word.lower() for t in query.terms}
    low, high = bool(words & _LOW_END), bool(words & _HIGH_END)
    return _LOW_END if low and not high else _HIGH_END if high and not low else frozenset()


def _extreme_fit(text: str, mention: MentionRow, extreme: frozenset[str]) -> float:
    """+1 for a place the sentence puts at the end asked ("lowest in the Northeast"), -2 for one
    at the other end ("highest in Patagonia"), 0 for one it ranks at neither."""
    m = _END_BEFORE_PLACE.search(text, max(0, mention.start - 30), mention.start)
    if m is None:
        return 0.0
    word = m.group(1).lower()
    return 1.0 if word in extreme else -2.0 if word in (_LOW_END | _HIGH_END) else 0.0


def _without_places_beside_speaker(query: Query, picks: list[tuple[float, EntityRow, MentionRow, Evidence]]
                                   ) -> list[tuple[float, EntityRow, MentionRow, Evidence]]:
    """ "Who warned of tougher competition?" over "Competition is likely to intensify due to India's
    return ..., said Le Thanh Tung": a sentence that gives its speaker says the words are his; the
    places it names are what he speaks of, not who speaks."""
    speaking = {p[3].sentence.id for p in picks if p[1].kind != "place" and _source_fit(query, p[3].sentence.text, p[2]) > 0}
    return [p for p in picks if p[1].kind != "place" or p[3].sentence.id not in speaking]


def _of_nation_asked(pick: tuple[float, EntityRow, MentionRow, Evidence], nation: str) -> bool:
    _, entity, mention, ev = pick
    return entity.kind != "place" and nation in (nation_before(ev.sentence.text, mention.start), _named_nation(entity))


def _unmarked_beside_marked(picks: list[tuple[float, EntityRow, MentionRow, Evidence]],
                            nation: str) -> list[tuple[float, EntityRow, MentionRow, Evidence]]:
    """ "which Chinese company is in the venture?" over "a joint venture in which Sonarem
    subsidiary Feraal holds 51% and China Metallurgical Engineering Group holds 49%": where a
    sentence marks one body as the nation's, the bodies beside it it leaves unmarked are the others."""
    marked = [p for p in picks if _of_nation_asked(p, nation)]
    return [p for p in picks if p[1].kind == "place" or _of_nation_asked(p, nation)
            or not any(m[3].sentence.id == p[3].sentence.id and not _listed_after(m, p) for m in marked)]


# "Chinese carmaker BYD and battery maker CATL": a body listed right after the marked one shares its nation.
_LISTED_NEXT = lazy_compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|or\s+)(?:[a-z][\w-]*\s+){0,3}")


def _listed_after(marked: tuple[float, EntityRow, MentionRow, Evidence], other: tuple[float, EntityRow, MentionRow, Evidence]) -> bool:
    text = marked[3].sentence.text
    return _LISTED_NEXT.fullmatch(text, marked[2].end, other[2].start) is not None


def _own_title(text: str, mention: MentionRow, entity: EntityRow) -> tuple[tuple[int, int], ...]:
    """ "Deputy Minister of Industry and Trade Pham Quoc Vinh": a question asking who gave out or
    said something ("who gave out the border trade numbers?") looks for those words in what was
    said, not in the speaker's own title (but "who is in charge of the airline's finances?" asks
    the "Chief Financial Officer")."""
    if entity.kind != "person":
        return ()
    before = text[: mention.start].rstrip()
    for role in entity.roles:
        if role and before.endswith(role):
            return ((len(before) - len(role), len(before)),)
    return ()


# ", a spokesperson for Vietnam's trade office in Guangzhou,": the rest of an aside after a name.
_ASIDE_SO_FAR = lazy_compile(r"\s*,\s*[^,;.()]*$")


def _in_persons_role(ev: Evidence, mention: MentionRow, place: EntityRow,
                     persons: list[tuple[MentionRow, EntityRow]] | None = None) -> bool:
    """ "Nguyen Thi Lan, a spokesperson for Vietnam's trade office in Guangzhou, said Vietnamese
    exhibitors had signed 31 deals at the fair": a place in the post the text gives a person right
    after her name says who she is, not where the fair was. `persons`: the sentence's _titled_persons,
    when the caller keeps them."""
    text = ev.sentence.text
    return any(m.end <= mention.start and _ASIDE_SO_FAR.match(text, m.end, mention.start)
               and any(place.name in r for r in e.roles) for m, e in (_titled_persons(ev) if persons is None else persons))


def _titled_persons(ev: Evidence) -> list[tuple[MentionRow, EntityRow]]:
    """The sentence's mentions of people the text gives a post (only those can put a place in
    one), in order: rank_entities finds them once a sentence for each place's _in_persons_role."""
    return [(m, e) for m, e in ev.mentions if e.kind == "person" and e.roles]


# "external member Swati Dhingra", "farmer Tom Keller": a person noun written just before a name.
_PERSON_WORDS_BEFORE = gz.PERSON_NOUNS | frozenset("member farmer grower trader worker".split())
_PERSON_BEFORE = lazy_compile(r"\b(?:" + "|".join(sorted(_PERSON_WORDS_BEFORE, key=len, reverse=True)) + r")\s+$")

# The one a request is made of: "has asked the finance ministry to", "urged Ottawa to".
_ADDRESSEE = lazy_compile(r"\b(?:ask(?:s|ed|ing)?|urg(?:es?|ed|ing)|press(?:es|ed|ing)?|lobb(?:y|ies|ied|ying)|petition(?:s|ed|ing)?"
                          r"|call(?:s|ed|ing)?\s+on|request(?:s|ed|ing)?)\s+(?:the\s+)?$", re.IGNORECASE)
# "who was asked to ...", "who are they lobbying?": the one asked is the answer.
_ASKED_PASSIVE = lazy_compile(r"\b(?:was|were|been|being|is|are|get|got)\s+(?:\w+\s+)?(?:asked|urged|pressed|lobbied|petitioned|requested)\b"
                              r"|\b(?:ask|urg|press|lobb|petition|request)\w*\s+by\b", re.IGNORECASE)


# "Vossberg will be chief executive of the combined group, while Valmeuse CEO Philippe Delcourt
# will become her deputy": the post asked is the one a person is to take, not the one a title
# before a name says they hold now.
_TAKES_POST = lazy_compile(r"\s+(?:(?:will|would|is\s+to|is\s+set\s+to|was|has\s+been|to)\s+)?(?:be|become|becomes|became|remain|remains"
                           r"|serve\s+as|take\s+over\s+as|takes\s+over\s+as|named|appointed)\s+(?:as\s+)?(?:(?:the|its|their|his|her|new|next)\s+)*"
                           r"([\w-]+(?:\s+[\w-]+)?)")


def _takes_post(posts: list[Term], text: str, mention: MentionRow) -> float:
    m = _TAKES_POST.match(text, mention.end)
    if m is None:
        return 0.0
    keys = phrase_keys(m.group(1))
    return 1.5 if all(t.keys & keys for t in posts) else 0.0


# A post a body's possessive owns: "the Navy's program executive officer", "Kestrel's chief executive".
_POST_OF = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}?(?:" + "|".join(sorted(gz.PERSON_NOUNS, key=len, reverse=True)) + r")\b")


def _member(entity: EntityRow, group: str) -> bool:
    members = gz.GROUPS[group]
    return any((canonical_place(n.lower()) or n).lower() in members for n in (entity.name, *entity.aliases))


def _left_out(query: Query) -> set[str]:
    """The names a question leaves out ("apart from the US"): as written and as the place it is."""
    out: set[str] = set()
    for name in excluded_names(query.excluded):  # "Besides China and the EU": both
        place = canonical_place(name)
        out |= {name, place.lower()} if place else {name}
    return out


_AT_OF_FOR = lazy_compile(r"\b(?:at|of|for)\b")


def _head_of_fit(query: Query, entity: EntityRow) -> float:
    """ "Who runs the central bank?": the person whose title is that bank's ("NBP Governor"), not
    a chief economist at another bank."""
    if entity.kind != "person" or not entity.roles or not any(t.keys & _HEADING for t in query.terms):
        return 0.0
    names = {k for e in query.entities if e.kind == "org" for k in _keys(e)}
    if not names:
        return 0.0
    roles = [normalise_name(r) for r in entity.roles]
    if any(f" {k} " in f" {r} " for r in roles for k in names):
        # "head of Marbach's central works council" heads a body of Marbach's, not Marbach; asked
        # for a part ("who runs Veltra's Mexican business"), "president of Veltra's Mexican unit" is.
        part_asked = _POSSESSIVE.search(query.text) is not None
        return -1.0 if not part_asked and any(_OF_ITS_PART.search(r) for r in entity.roles) else 1.5
    if any(_of_the_head(r, e) for r in entity.roles for e in query.entities if e.kind == "org"):
        # "who runs the nouadhibou port?" / "Ahmed Salem Ould Brahim, director general of the port":
        # the body asked, "Nouadhibou Autonomous Port", called by its head noun
        return 1.0
    # "CRWU President": a title another body's name goes with, not the asked body's.
    another = any(m.group(0) not in _TITLE_ACRONYMS for r in entity.roles for m in _ACRONYM.finditer(r))
    return -1.0 if another or any(_AT_OF_FOR.search(r) for r in roles) else 0.0


def _of_the_head(role: str, body: EntityRow) -> bool:
    """Whether the role ends "of the <kind of the body>": the last word of its name ("director
    general of the port" for "Nouadhibou Autonomous Port") or the kind its own role gives ("general
    manager of the joint venture" for "Sinopec Hambantota Energy, a joint venture between ...");
    plain suffix tests, no pattern per name."""
    lower = role.lower()
    if " of the " not in lower:
        return False
    head = body.name.rsplit(" ", 1)[-1].lower()
    if " " in body.name and head.isalpha() and lower.endswith(f" of the {head}"):
        return True
    return any(lower.endswith(f" of the {kind}") for r in body.roles for kind in role_heads(r))


def _bare_titles_of_the_story(ask: Ask, picks: list[Pick]) -> list[Pick]:
    """ "Who heads IMARPE?" is not "Production Minister Ricardo Salazar", nor "Who is the CEO of
    Dominion Northern Railway?" the "Chief Executive Martin Halvorsen" of the potash miner the story
    is about: a title that names no body is the post at the body its paragraph names before the
    person ("Karoo Steel Works welcomed ... said Chief Executive Pieter van Wyk"), else at the
    story's own subject, the one body it ranks first."""
    query = ask.query
    bodies = [e for e in query.entities if e.kind in ("org", "other") and _keys(e) & set(query.entity_keys)]
    if not bodies:
        return picks
    ids = {b.id for b in bodies}
    subject = _story_subject(ask, bodies[0].article_id, ids)
    if ids & subject and not subject - ids:
        return _bare_titles_of_the_lead_opener(ask, picks, ids)  # "Who is Fjordlaks' boss?": a bare "Chief Executive" in a story about Fjordlaks
    subject -= ids
    kept: list[Pick] = []
    for pick in picks:
        person, mention, ev = pick[1], pick[2], pick[3]
        if person.kind != "person" or not person.roles or any(_works_at(person, b) for b in bodies):
            kept.append(pick)
            continue
        if _bodies_named_before(ask, ev.sentence, mention.start) & ids and not _speaks_for_subject(ask, person, ids, subject) \
                and _opening_body(ask, ev.sentence, mention.start) in ids | {None}:
            kept.append(pick)
    return kept


def _bare_titles_of_the_lead_opener(ask: Ask, picks: list[Pick], asked: set[int]) -> list[Pick]:
    """ "Who is Landsvirkjun's CEO?" of "Hvalfjordur Aluminium ... has signed a ... contract with
    ... Landsvirkjun", then a quote by "Chief Executive Einar Magnusson": the headline may rank the
    asked body first, but when the lead opens with another body the asked one is only the deal's
    other party, and a bare title in a paragraph naming no body before it is the opener's post."""
    opener = _lead_opening_body(ask.store, next(iter(ask.store.entities_by_id(asked).values())).article_id)
    if opener is None or opener.id in asked:
        return picks
    return [p for p in picks if p[1].kind != "person" or not p[1].roles or any(_works_at(p[1], b) for b in ask.store.entities_by_id(asked).values())
            or _bodies_named_before(ask, p[3].sentence, p[2].start)]


def _opening_body(ask: Ask, sentence: SentenceRow, at: int) -> int | None:
    """The first body a sentence names before a point: "Damascena Trakia signed a deal to supply
    ... Jiali Beauty Co, chief executive Desislava Koleva told Reuters" gives the post of the
    deal's maker, the sentence's subject, not of the other party named after it."""
    mentions = sorted((m for m in ask.store.mentions_in([sentence.id]) if m.start < at), key=lambda m: m.start)
    kinds = ask.store.entities_by_id({m.entity_id for m in mentions})
    opener = next((m.entity_id for m in mentions if kinds[m.entity_id].kind in ("org", "other")), None)
    if opener is None and sentence.index > 0:
        # "Pacific Blue Fisheries ... signed an agreement with Haixin Seafood Group ... / Chief
        # executive Ravin Prasad said": a sentence naming no body before the title goes on about
        # the body its paragraph opens with, the deal's maker, not the partner named after it.
        body = _lead_opening_body(ask.store, sentence.article_id, sentence.paragraph)
        return body.id if body is not None else None
    return opener


def _story_subject(ask: Ask, article_id: str, asked: set[int]) -> set[int]:
    """The story's subject: the body it ranks first, then names in the most paragraphs (a headline
    that shortens "Atlantic Keel Shipbuilding Corp" to "Atlantic Keel" ranks it with the Navy)."""
    entities = [e for e in ask.store.article_entities(article_id) if e.kind == "org" or e.id in asked]  # ("Fjordlaks Q2" is no body)
    paragraphs = ask.store.entity_paragraphs([e.id for e in entities])
    # ... and of a bidder and its target, both in the headline, the one the lead opens with
    # ("Banca Valpadana ... launched a ... offer for ... Credito Tirrenico"), however often the
    # story names the target.
    standing = {e.id: (rank, _first_body_of_lead(ask.store, e), len(paragraphs.get(e.id, ()))) for e in entities
                if (rank := topic_rank(ask.store, e)) is not None}
    top = max(standing.values(), default=None)
    return {i for i, v in standing.items() if v == top}


def _bodies_named_before(ask: Ask, sentence: SentenceRow, at: int) -> set[int]:
    """The bodies named before a point of a sentence, in its paragraph."""
    earlier = [s.id for s in ask.store.paragraph_sentences(sentence.article_id, sentence.paragraph) if s.index <= sentence.index]
    mentions = [m for m in ask.store.mentions_in(earlier) if m.sentence_id != sentence.id or m.start < at]
    kinds = ask.store.entities_by_id({m.entity_id for m in mentions})
    return {i for i, e in kinds.items() if e.kind in ("org", "other")}


def _speaks_for_subject(ask: Ask, person: EntityRow, asked: set[int], subject: set[int]) -> bool:
    """ "Jinhe Metals Trading will buy ..., chief executive Bakhtiyor Yusupov told reporters", then
    "KMMC produced ..., Yusupov said": a bare title told after the asked body once, and again
    where the story's subject is named and the asked body is not, is the subject's post."""
    if not subject:
        return False
    sentences = ask.store.sentences(ask.store.sentences_mentioning([person.id], 12))
    before = [_bodies_named_before(ask, sentences[m.sentence_id], m.start) for m in ask.store.mentions_in(list(sentences))
              if m.entity_id == person.id and m.sentence_id in sentences]
    return any(b & subject and not b & asked for b in before) and sum(1 for b in before if b & asked) == 1



_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")
_TITLE_ACRONYMS = frozenset("CEO CFO COO CTO CIO MD VP EVP SVP".split())
_HEADING = frozenset({"ceo"})
_POSSESSIVE = re.compile(r"\b(?!(?:who|what|where|when|how|it|that|there|here|he|she)['’]s)\w+['’]s\s", re.IGNORECASE)
_OF_ITS_PART = lazy_compile(r"^\s*(?:head|chief|chair(?:man|woman)?|president|leader|director)\s+of\s+[\w.&-]+(?:\s+[\w.&-]+)?['’]s\s", re.IGNORECASE)

# "chief risk officer", "chief operating officer": the word between names the post.
_CHIEF_OF = lazy_compile(r"\bchief\s+([a-z]+)\s+officer\b", re.IGNORECASE)


def _other_title(query: Query, entity: EntityRow) -> bool:
    if entity.kind != "person" or not entity.roles:
        return False
    # "Who is WA's environment minister?" is not the chief executive who said the minister would
    # sign off: a person the story gives titles, none of them the one asked.
    asked = [TITLE_EXACT[t.lemma] for t in query.terms if t.lemma in TITLE_EXACT]
    if asked and not any(p in role.lower() for role in entity.roles for phrases in asked for p in phrases):
        return True
    m = _CHIEF_OF.search(query.text)
    if not m:
        return False
    word = m.group(1).lower()
    return not any(re.search(rf"\b{re.escape(word)}", role, re.IGNORECASE) for role in entity.roles)


# "which Russian official ...?", "who is the Chinese president?": the answer's nationality, asked.
# ("the 55 container train - which russian city was it going to?": after a topic put first)
# ("who's the chinese partner" as "who is the chinese partner")
_NATION_ASKED = lazy_compile(r"^\s*(?:[^?]*?\s[-\u2013\u2014]\s+)?(?:which|what|who(?:\s+(?:is|was|are|were)|'s|’s)\s+the)\s+([a-z]+)\b", re.IGNORECASE)


def _nation_asked(text: str) -> str:
    # "jilin cargo shipped via the russian port ends up in which chinese province": the kind of
    # place asked, with its nation, asked late in the question
    m = _NATION_ASKED.match(text) or _NATION_PLACE_ASKED.search(text)
    nation = DEMONYMS.get(m.group(1).lower(), "") if m else ""
    # "which African countries ...?" asks places inside a continent, not of one nation
    return "" if nation.lower() in _ABOVE_COUNTRY else nation



def _just_after_person(ev: Evidence, mention: MentionRow, people: set[int]) -> bool:
    """The place follows a person the question names within a few words, by "in" or "at"."""
    text = ev.sentence.text
    return any(e.id in people and 0 <= mention.start - m.end <= 30 and _AT_PLACE_AFTER.fullmatch(text, m.end, mention.start)
               for m, e in ev.mentions)


_AT_PLACE_AFTER = lazy_compile(r"(?:\s+(?:last|this|next|earlier|later)\s+(?:week|month|year))?(?:,\s*)?\s+(?:in|at)\s+(?:the\s+)?")


def _in_asked_role(entity: EntityRow, ev: Evidence, asked: set[str], kind_asked: _KindAsked,
                   holders: list[EntityRow]) -> bool:
    """The place is named in the role the text gives a name the question asks about, and the
    question's words meet that role ("the largest port": "the biggest port in the Russian Far East").
    `holders`: the sentence's _asked_role_holders, worked out once per sentence by the caller."""
    names = (entity.name.lower(), *(a.lower() for a in entity.aliases))
    for other in holders:
        if other.id == entity.id:
            continue
        for role in other.roles:
            low = role.lower()
            if any(n in low for n in names) and not kind_asked.wanted.isdisjoint(phrase_keys(role)):
                return True
    return False


def _asked_role_holders(ev: Evidence, asked: set[str]) -> list[EntityRow]:
    """The entities of the sentence's mentions that have roles and are asked about, in mention
    order: the only ones _in_asked_role reads, found once a sentence rather than once a place."""
    return [other for _, other in ev.mentions if other.roles and _keys(other) & asked]


# "what region is X in?", "which province is X located in": the question asks what holds X.
_CONTAINER_ASKED = lazy_compile(r"\b(?:located\s+|situated\s+)?in\s*\??\s*$")


def _placed_by_asked_role(entity: EntityRow, ev: Evidence, asked: set[str], question: str) -> bool:
    """The role the text gives a name the question asks about puts that name in this place
    ("Vladivostok, the biggest port in the Russian Far East"): the text's own word on what holds
    it, whatever kind of thing the role calls it. The name must be written in the question: "which
    province are those in?" after "which ports get cargo via Vladivostok" asks of the ports."""
    names = (entity.name.lower(), *(a.lower() for a in entity.aliases))
    for _, other in ev.mentions:
        if other.id == entity.id or not other.roles or not _keys(other) & asked:
            continue
        if not any(n.lower() in question for n in (other.name, *other.aliases)):
            continue
        for role in other.roles:
            low = f" {role.lower()}"
            if any(f" in {n}" in low or f" in the {n}" in low for n in names):
                return True
    return False


# "Indonesian miner PT Sinar Bauksit", "China's Guangxi Hengtai": the nation written just before a
# name, by its demonym or its possessive, with at most three words of what the body is between
# ("India's foreign ministry spokesperson Vikram Sethi").
_NATION_BEFORE = lazy_compile(r"\b([A-Z][a-z]+)(['’]s)?\s+(?:[a-z][\w-]*\s+){0,3}$")


def nation_before(text: str, start: int) -> str:
    """The nation the words just before `start` give the name there, or ""."""
    m = _NATION_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return ""
    word = m.group(1)
    if m.group(2):
        place = canonical_place(word)
        return place if place in _NATIONS else ""
    return DEMONYMS.get(word.lower(), "")


def _of_another_nation(entity: EntityRow, nation: str) -> bool:
    """A body or person the text gives another country's demonym ("Chinese customs", "Chinese
    President Xi") is no answer to a question asking one of `nation`'s."""
    if entity.kind == "place":
        # "which Russian cities ...?": not "northeast China", a part of another nation
        country = _COMPASS_PART.sub("", entity.name) if _COMPASS.match(entity.name.lower()) else entity.name
        return country != nation and country in _NATIONS
    for name in (entity.name, *entity.aliases, *entity.roles):
        first = name.split(" ", 1)[0].lower()
        if first in DEMONYMS and DEMONYMS[first] != nation:
            return True
        if first.endswith(("'s", "’s")) and _another_nation(first, nation):
            return True  # "India's Minister of State for Ports" is no Russian official
    return _named_nation(entity) not in ("", nation)


def _another_nation(word: str, nation: str) -> bool:
    country = canonical_place(word)
    return country is not None and country != nation and country in _NATIONS


# "Misr Coffee Trading in Alexandria": a place right after a body's name, where it is.
_IN_CITY_AFTER = lazy_compile(r"\s+in\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\b")


def _in_city_of(text: str, mention: MentionRow, nation: str) -> bool:
    m = _IN_CITY_AFTER.match(text, mention.end)
    return m is not None and gz.country_of_city(m.group(1)) == nation


def _named_nation(entity: EntityRow) -> str:
    """The nation a body's name opens or ends with ("China Railway Construction Corporation",
    "Export-Import Bank of China"), which makes it that nation's as a demonym before it would; ""
    for none."""
    first, _, rest = entity.name.partition(" ")
    head, of, last = entity.name.rpartition(" of ")
    word = first if rest else ""
    word = last if of and head and " " not in last else word
    place = canonical_place(word) if word[:1].isupper() else None
    return place if place in _NATIONS and word.lower() not in DEMONYMS else ""


# "to Zhoushan and Jiaxing in the eastern Chinese province of Zhejiang", "Hefei in China's Anhui
# province": the nation the text puts a place in, by its demonym or its name.
_IN_NATION_AFTER = lazy_compile(r"(?:\s*(?:,|and|or)\s*[A-Z][\w-]*)*,?\s+in\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}([A-Z][\w-]*)(?:['’]s\b)?")


# "northeast China – comprising the provinces of Liaoning, Heilongjiang and", "China's": the
# nation the text puts the names that follow in.
_NATION_OF_BEFORE = lazy_compile(r"\b([A-Z][\w-]*)(?:['’]s)?\s*[-–—,(]?\s*(?:[a-z]+\s+){0,3}(?:provinces?|states?|regions?|prefectures?|cit(?:y|ies)"
                                 r"|towns?|ports?|districts?|count(?:y|ies))\s+of\s+(?:[A-Z][\w-]*\s*(?:,|and|or)\s*)*$|\b([A-Z][\w-]*)['’]s\s+$")


def _placed_in_another_nation(text: str, mention: MentionRow, nation: str) -> bool:
    """ "which Russian regions sent officials?": not Zhoushan, which the text puts "in the eastern
    Chinese province of Zhejiang", nor "northeast China – comprising the provinces of Liaoning,
    Heilongjiang and Jilin"."""
    return _nation_placed_in(text, mention, nation) is not None


def _nation_placed_in(text: str, mention: MentionRow, nation: str) -> str | None:
    """The nation other than `nation` the text puts the mentioned place in, if any."""
    after = _IN_NATION_AFTER.match(text, mention.end)
    before = _NATION_OF_BEFORE.search(text, max(0, mention.start - 120), mention.start)
    for word in (after.group(1) if after else None, before.group(1) or before.group(2) if before else None):
        country = canonical_place(word) if word else None
        if country is not None and country != nation and country in _NATIONS:
            return country
    return None


def story_places_elsewhere(store: Store, entity: EntityRow, nation: str) -> tuple[str, SentenceRow] | None:
    """The other nation the story puts a place in, and the sentence that does: Jilin, named once
    only as a landlocked province, is China's by "northeast China – comprising the provinces of
    Liaoning, Heilongjiang and Jilin": where a place is, the story tells once for all its mentions."""
    if entity.kind != "place":
        return None
    ids = store.sentences_mentioning([entity.id], 20)
    sentences = store.sentences(ids)
    for m in store.mentions_in(ids):
        if m.entity_id == entity.id and m.sentence_id in sentences:
            country = _nation_placed_in(sentences[m.sentence_id].text, m, nation)
            if country is not None:
                return country, sentences[m.sentence_id]
    return None


def _story_places_in_another_nation(store: Store, entity: EntityRow, nation: str) -> bool:
    """ "which Russian regions sent officials?": not Jilin (see story_places_elsewhere)."""
    return story_places_elsewhere(store, entity, nation) is not None


def _placed_in_nation_asked(text: str, mention: MentionRow, nation: str, within: _Within | None) -> bool:
    """ "Which Tanzanian port ...?", "which port in Tanzania ...?": "Dar es Salaam in Tanzania", a
    place the text itself puts in the nation asked, by its name, before one it says nothing of
    ("Jebel Ali"). Not by a demonym: "in the eastern Chinese province of Zhejiang" is where goods
    go, no more Chinese than the province the question is about."""
    after = _IN_NATION_AFTER.match(text, mention.end)
    if after is None:
        return False
    names = {nation.lower()} if nation else set()
    names |= within.names if within is not None else set()
    return after.group(1).lower() in names


# "where are the firms from?", "where did it come from?": where one started out.
_ASKS_ORIGIN = lazy_compile(r"\bwhere\b.*\bfrom\b|\bfrom\s+where\b|\bcom(?:es?|ing)\s+from\b|\bcame\s+from\b", re.IGNORECASE)
# "set up businesses in", "opened a plant in", "moved to": where one went, not where one is from.
_SETTLED_BEFORE = lazy_compile(r"\b(?:set\s+up|sets\s+up|setting\s+up|open(?:s|ed|ing)?|establish(?:es|ed|ing)?|mov(?:es|ed|ing)|relocat(?:es|ed|ing)"
                               r"|expand(?:s|ed|ing)?|arriv(?:es|ed|ing))\b(?:\s+[\w-]+){0,3}?\s+(?:in|to|into)\s+(?:the\s+)?$", re.IGNORECASE)


# "which city in Jilin ...?", "where in the US ...?", "where are they from in Russia?": a place
# asked inside another one.
_WITHIN_ASKED = lazy_compile(r"\b(?:where|from|cit(?:y|ies)|towns?|ports?|provinces?|regions?|states?|count(?:y|ies)|districts?)"
                             r"\s+in\s+(?:the\s+)?([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})", re.IGNORECASE)
# "to Zhoushan and Jiaxing in the eastern Chinese province of Zhejiang": inside Zhejiang.
_IN_PROVINCE_OF = lazy_compile(r"(?:\s*(?:,|and|or)\s*[A-Z][\w-]*)*\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                               r"(?:province|state|region|county|prefecture|district)\s+of\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)")


class _Within(NamedTuple):
    """The place a question asks inside: its names, lower case, and how specific it is."""
    names: frozenset[str]
    level: int


def _within_asked(query: Query, evidence: list[Evidence]) -> _Within | None:
    m = _WITHIN_ASKED.search(query.text)
    if not m:
        return None
    words = m.group(1).lower().split()
    asked = set(query.entity_keys)
    for size in range(len(words), 0, -1):
        name = " ".join(words[:size])
        if name not in asked and not canonical_place(name):
            continue
        for ev in evidence:
            for _, entity in ev.mentions:
                if entity.kind == "place" and name in _keys(entity):
                    names = {entity.name.lower(), *(a.lower() for a in entity.aliases)}
                    return _Within(frozenset(names), _specificity(entity))
        place = canonical_place(name)
        if place:
            return _Within(frozenset({name, place.lower()}), _place_level(place))
    return None


def _outside(entity: EntityRow, text: str, mention: MentionRow, within: _Within) -> bool:
    """The text puts this place outside the one asked: as wide as it or wider ("the Russian Far East"
    for a city in Jilin), in another province ("Zhoushan ... in the province of Zhejiang"), or
    described as another's ("the biggest port in the Russian Far East")."""
    name = entity.name.lower()
    if any(n in name for n in within.names) or any(n in role.lower() for role in entity.roles for n in within.names):
        return False  # "northeast China" is in China, "Shenyang, the capital of Liaoning province" in Liaoning
    m = _IN_PROVINCE_OF.match(text, mention.end)
    if m and m.group(1).lower() in within.names:
        return False  # "Zhoushan and Jiaxing in the province of Zhejiang": towns the gazetteer may not know are in it
    if _specificity(entity) <= within.level:
        return True
    # "where in China?": Zhoushan "in the eastern Chinese province of Zhejiang" is in a province of
    # China, and only a province asked ("which city in Jilin?") is left by another province's town.
    if m and m.group(1).lower() not in within.names and not (within.level <= 1 and _names_nation(m.group(0), within)):
        return True
    for role in entity.roles:
        other = _ROLE_PLACE.search(role)
        if other and _place_level(other.group(1)) <= within.level:
            return True
    return False


def _waypoints(question: str) -> frozenset[str]:
    """The last word of each place a question passes through ("via the Russian port": port)."""
    lower = question.lower()
    if not _PASSING.search(lower):
        return frozenset()
    return frozenset(m.group(1).split()[-1] for m in _PASSED_THROUGH.finditer(lower))


def _names_nation(words: str, within: _Within) -> bool:
    """The words name the country asked, by name or demonym ("the eastern Chinese province" of China)."""
    return any(DEMONYMS.get(w, w).lower() in within.names for w in re.findall(r"[a-z]+", words.lower()))


# "the biggest port in the Russian Far East", "the capital of Liaoning province": the place a role puts one in.
_ROLE_PLACE = lazy_compile(r"\b(?:in|of)\s+(?:the\s+)?(?:(?:north|south|east|west)\w*\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)")


def _place_level(name: str) -> int:
    """As _specificity, for a name the gazetteer may know: 1 a country, 3 a city, else 2."""
    low = (canonical_place(name) or name).lower()
    return 1 if low in gz.COUNTRY_SET else 3 if low in _CITY_NAMES else 2


def _demonym_use(text: str, mention: MentionRow) -> bool:
    word = text[mention.start : mention.end].lower()
    return word in DEMONYMS


def _inside_longer(mention: MentionRow, spans: list[tuple[int, int]]) -> bool:
    return any(s <= mention.start and mention.end <= e and (e - s) > (mention.end - mention.start) for s, e in spans)


def _keys(entity: EntityRow) -> frozenset[str]:
    # The same keys as evidence's _entity_keys, kept per name there: asked of every mention of
    # every candidate, each of its names normalised afresh cost more than the ranking around it.
    return _entity_keys(entity)


# Kind words in place names and questions, by what they mean: a town is a city, a state a region.
_PLACE_KIND_NAMES = {"city": "city", "town": "city", "region": "region", "province": "region", "state": "region",
                     "county": "region", "district": "region", "prefecture": "region", "country": "country",
                     "sea": "water", "ocean": "water", "river": "water", "lake": "water", "gulf": "water", "bay": "water",
                     "port": "port", "island": "island", "peninsula": "land"}

# The kinds of place inside a country: a country answers none of them.
_BELOW_COUNTRY = frozenset("city town province state region county district prefecture port".split())
# "... end up in which Chinese province?": a nation's kind of place asked anywhere in the question
_NATION_PLACE_ASKED = lazy_compile(r"\b(?:which|what)\s+([a-z]+)\s+(?:%s)(?:s|es)?\b" % "|".join(sorted(_BELOW_COUNTRY)), re.IGNORECASE)

# The gazetteer's regions that hold several countries: no port, city or province.
_ABOVE_COUNTRY = frozenset(("europe", "asia", "africa", "latin america", "south america", "north america", "central america",
                            "middle east", "far east", "central asia", "southeast asia", "east asia", "south asia",
                            "eastern europe", "western europe", "central europe", "scandinavia", "balkans", "caucasus",
                            "sahel", "eurasia", "indo-pacific"))

# The countries demonyms name: "Chinese customs" is of another one than "which Russian official".
_NATIONS = frozenset(v for v in DEMONYMS.values() if v.lower() not in _ABOVE_COUNTRY)

# The nouns a "which ..." question names its answer's kind by: the gazetteer's, plus a few.
_PERSON_NOUNS = gz.PERSON_NOUNS | frozenset("person man woman farmer worker trader strategist leader".split())

# "who heads the rice federation?", "the boss of the marketing body" over "the syndicate's chief
# executive": a federation, chamber or syndicate is a body whose head is asked, as an association is.
_BODY_NOUNS = gz.ORG_NOUNS | frozenset("""body organisation organization department bureau office authority
institution institute association union council committee watchdog federation confederation chamber
syndicate cooperative consortium""".split())


# The kind of body asked that trades for profit, and the one-word institution nouns a state body's name holds.
_FIRM_KEYS = frozenset("company firm".split())
_STATE_BODY_WORDS = frozenset(n for n in gz.INSTITUTION_NOUNS if " " not in n) | frozenset({"department", "commission"})

_PASSING = lazy_compile(r"\b(?:through|thru|via)\b")
# (not "go out thru which foreign port": the place passed through is then the one asked)
_PASSED_THROUGH = lazy_compile(r"\b(?:through|thru|via)\s+(?!(?:which|what)\b)(?:the|a|an|its|their)?\s*((?:[\w'-]+\s*){1,3}?)(?=[?.,!]|\s*$|\s+(?:to|and|on|in|before|after)\b)")


class _KindAsked(NamedTuple):
    """What _kind_fit reads of the question, the same for every entity ranked: read once per
    ranking, where it was read again for each of the sentences' names."""

    wanted: frozenset[str]  # every key of every question word
    exact: tuple[str, ...]  # the exact titles its words stand for (TITLE_EXACT)
    asked_kinds: frozenset[str]  # the place kinds it names ("province")
    countries: bool  # _asks_countries
    body: bool  # it names a kind of body ("which agency")
    person: bool  # it names a kind of person ("which official")
    named: frozenset[str]  # the words of the names it asks about
    body_keys: frozenset[str] = frozenset()  # the keys of the kind of body it names ("lender": bank)

    @classmethod
    def of(cls, query: Query) -> _KindAsked:
        # "where will the goods end up after going through the Russian port?": the port is passed
        # through, no kind of place asked
        passed = {w for m in _PASSED_THROUGH.finditer(query.text.lower()) for w in m.group(1).split()} if _PASSING.search(query.text.lower()) else set()
        terms = [t for t in query.terms if t.word.lower() not in passed] if passed else query.terms
        lemmas = {t.lemma for t in terms}
        return cls(frozenset(k for t in terms for k in t.keys), tuple(p for t in terms for p in TITLE_EXACT.get(t.lemma, ())),
                   frozenset(lemmas & _PLACE_KIND_NAMES.keys()), _asks_countries(query), any(t.lemma in _BODY_NOUNS for t in terms),
                   any(t.lemma in _PERSON_NOUNS for t in terms), frozenset(w for key in query.entity_keys for w in key.split()),
                   frozenset(k for t in terms if t.lemma in _BODY_NOUNS for k in t.keys))


@lru_cache(maxsize=8192)
def _role_keys(roles: tuple[str, ...]) -> frozenset[str]:
    """The keys of all an entity's roles: a question word meets one role's keys if it meets these."""
    return frozenset().union(*(phrase_keys(role) for role in roles))


def _described_as_asked(query: Query, entity: EntityRow) -> float:
    """A body the text describes by two or more of the question's own words: "which company is
    Peru's biggest blueberry grower?" is "Frutales del Norte, the country's largest grower", not
    the growers' association the lead quotes nearer the asked words."""
    if entity.kind == "place" or not entity.roles:
        return 0.0
    keys = _role_keys(entity.roles)
    met = sum(1 for t in query.required if not t.keys.isdisjoint(keys))
    return 1.0 if met >= 2 else 0.0


@lru_cache(maxsize=8192)
def _role_words(roles: tuple[str, ...]) -> frozenset[str]:
    """The words of all an entity's roles, normalised as names are."""
    return frozenset(w for role in roles for w in normalise_name(role).split())


# "which firm", "what state-owned company": the question's first words name the kind of body it wants.
_WHICH_BODY = re.compile(r"\s*(?:which|what)\s+(?:[\w-]+\s+){0,2}?(?:firms?|compan(?:y|ies)|bod(?:y|ies)|agenc(?:y|ies)|banks?"
                         r"|organi[sz]ations?|institutions?|businesses|business|groups?|lenders?|insurers?|carriers?)\b", re.IGNORECASE)


def _kind_fit(query: Query, entity: EntityRow, asked: _KindAsked | None = None) -> float:
    """ "which port" prefers the entity the text calls a port; "which province", a province.
    `asked`: _KindAsked.of(query), when the caller ranks several entities."""
    asked = asked or _KindAsked.of(query)
    # A word meets some role's keys (words) when it meets the union of them: one test per entity.
    score = 1.2 if entity.roles and not asked.wanted.isdisjoint(_role_keys(entity.roles)) else 0.0
    if not score and entity.kind == "place" and asked.asked_kinds & _CITY_KINDS and _specificity(entity) == 3:
        score = 1.2  # "which city": Beijing is one, though the text gives it no role to say so
    if not score and entity.kind == "org" and not asked.body_keys.isdisjoint(entity.name.lower().split()):
        score = 1.2  # "which bank": "the Export-Import Bank of China" is one by its name, though given no role
    if any(p in role.lower() for p in asked.exact for role in entity.roles):
        score += 2.0  # "CEO": the chief executive before a president of a unit
    # "which city": "Xinjiang Uygur Autonomous Region" says by its name that it is no city.
    asked_kinds = asked.asked_kinds
    named_kind = entity.name.split()[-1].lower() if entity.kind == "place" else ""
    if asked_kinds and named_kind in _PLACE_KIND_NAMES and not any(
            _PLACE_KIND_NAMES[named_kind] == _PLACE_KIND_NAMES[k] or (_PLACE_KIND_NAMES[named_kind], k) == ("city", "port")
            for k in asked_kinds):  # "which ports": "Cape Town" is a town by its name, and a port
        score -= 2.0
    if entity.kind == "place" and _role_kind_unlike_asked(query.text, entity.roles):
        score -= 2.0  # "which province gets to use a Russian port?": not "Vladivostok, the biggest port in ..."
    # "which countries": Thailand, not Sorriso or Mato Grosso.
    if entity.kind == "place" and asked.countries and _specificity(entity) != 1:
        score -= 3.0
    # "which Polish city will build the tanks": Gliwice, not South Korea they are shipped from.
    if entity.kind == "place" and asked_kinds & _BELOW_COUNTRY and (_specificity(entity) == 1 or entity.name.lower() in _ABOVE_COUNTRY):
        score -= 2.0  # ... nor "which ports": "consignments to Europe"
    # "which agency", "which company": a body, not the place in the same sentence.
    if asked.body:
        score += {"org": 1.5, "place": -1.5, "person": -1.0}.get(entity.kind, 0.0)
    elif asked.person:
        score += {"person": 1.5, "place": -1.5, "org": -1.0}.get(entity.kind, 0.0)  # "which official"
    # "which egyptian firm signed a supply deal?": "Egypt's Ministry of Supply" is a government
    # body by its name, no firm (but "which agency" asks one).
    if entity.kind == "org" and asked.body_keys & _FIRM_KEYS and not asked.body_keys & _STATE_BODY_WORDS \
            and not _STATE_BODY_WORDS.isdisjoint(entity.name.lower().split()):
        score -= 2.0
    # "the Chinese president": the role that names the asked country fits best.
    if entity.roles and not asked.named.isdisjoint(_role_words(entity.roles)):
        score += 1.0
    return score


# "which province ...?", "in what province": the kind of place the question opens its ask with
_WHICH_PLACE_KIND = lazy_compile(r"\b(?:which|what)\s+(?:[a-z]+\s+)?(%s)\b" % "|".join(sorted(_PLACE_KIND_NAMES)), re.IGNORECASE)
# "the biggest port in the Russian Far East": the words naming what a role says a place is, before where
_ROLE_HEAD = lazy_compile(r"^(.*?)(?:\s+(?:in|of|on|at|near)\b|$)")


def _role_kind_unlike_asked(question: str, roles: tuple[str, ...]) -> bool:
    """The roles call the place only another kind than the one asked: asked "which province",
    "Vladivostok, the biggest port in the Russian Far East" is a port, and the "landlocked
    province of Jilin" one."""
    m = _WHICH_PLACE_KIND.search(question)
    if m is None or not roles:
        return False
    wanted = _PLACE_KIND_NAMES[m.group(1).lower()]
    kinds = {_PLACE_KIND_NAMES[w] for role in roles for w in _ROLE_HEAD.match(role.lower()).group(1).split() if w in _PLACE_KIND_NAMES}
    # (a port is a town on the water: "which port town" is met by a port, "which port" by a city)
    return bool(kinds) and wanted not in kinds and not ({wanted} | kinds) <= {"port", "city"}


_SOURCE_BEFORE = lazy_compile(r"\b(?:according to|data (?:by|from)|figures (?:by|from)|reported by|published by)\b[^,.;]{0,40}$"
                            r"|[\"”’]\s*(?:said|says|told|added|wrote)\s+$"  # '"... once again," said Carsten Voigt'
                            # "Competition is likely to intensify ..., said Le Thanh Tung": the reported words' speaker
                            r"|,\s+(?:said|says|added|warned)\s+$")

# "Huang Lijuan, a spokesperson for the provincial commerce department, said": an appositive
# between the name and the verb is who she is, and she is still the one who said it.
_SOURCE_AFTER = lazy_compile(r"^(?:,\s+(?:a|an|the|its|their)\s[^,.;]{1,80},\s+)?[^,.;]{0,30}?"
                             r"\b(?:said|says|reported|reports|announced|published|showed|told|declared|stated)\b")

# "who called Heilongjiang pivotal?", "who described the deal as historic?": calling a thing
# something is saying it, of whoever the sentence gives as saying it ("..., Xi declared").
_NAMING_VERBS = frozenset("call describe dub label term".split())


def _source_fit(query: Query, text: str, mention: MentionRow) -> float:
    """ "Who reported / published / said ...": the one the text gives as the source."""
    if not _asks_source(query):
        return 0.0
    before, after = text[max(0, mention.start - 60) : mention.start], text[mention.end : mention.end + 140]
    if not (_SOURCE_BEFORE.search(before) or _SOURCE_AFTER.match(after)):
        return 0.0
    # "Who said consumer spending isn't giving the boost it hoped for?" asks whose words those
    # are: the speaker of a quotation before the source of some data.
    quoted = text[:1] in "\"“‘'" and _WHO_SAID.match(query.text)
    if quoted:
        return 3.0
    # "Who said the route only makes money if ships return loaded?" quotes a claim, no figure: one
    # who "told a panel" a cargo figure ("Cargo ... jumped 38% ..., the minister told") is the
    # source of data, less likely the claim's speaker.
    return 1.0 if _WHO_SAID.match(query.text) and not _DIGIT.search(query.text) and _DIGIT.search(text[: mention.start]) else 1.5


def _asks_source(query: Query) -> bool:
    return any(t.keys & {"say", "result"} or t.lemma in _NAMING_VERBS for t in query.terms)


_DIGIT = lazy_compile(r"\d")
_WHO_SAID = lazy_compile(r"^\s*who\s+(?:said|says|told|warned|argued|thinks|believes|reckons|complained|noted)\b", re.IGNORECASE)


_RELATIVE_ASIDE = lazy_compile(r",\s+(?:which|who|whose)\s[^,;]{1,120}?,")


def _relative_asides(ev: Evidence) -> list[tuple[int, int]]:
    """The ", which ...," asides of the sentence that hold none of the words asked."""
    text = ev.sentence.text
    found = [(m.start(), m.end()) for m in _RELATIVE_ASIDE.finditer(text)] if ", wh" in text else []
    if not found:
        return found
    asked = term_spots(text, [t for t in ev.matched if t.required])
    return [(a, b) for a, b in found if not any(a <= s < b for s, _ in asked)]


def _anchors_elsewhere(text: str, mention: MentionRow, anchors: list[tuple[int, int]]) -> bool:
    """The names asked stand in this sentence, but none in the clause of this place."""
    spans = span_clause(text, mention.start, mention.end)
    left, right = spans[0][0], spans[-1][1]
    return not any(left <= a and b <= right for a, b in anchors)


# "the province of Jilin would be able to use Vladivostok": the place that does the verb after it.
_MODAL_VERB_AFTER = lazy_compile(r"\s+(?:would|will|could|can|may|might)\s+(?:be\s+able\s+to\s+|get\s+to\s+)?([a-z]+)\b")


def _does_asked_verb(query: Query, text: str, mention: MentionRow) -> bool:
    """The place is the subject of a verb the question asks ("X would be able to use")."""
    m = _MODAL_VERB_AFTER.match(text, mention.end)
    return m is not None and any(t.required and t.keys & phrase_keys(m.group(1)) for t in query.terms)


# "who opened the park?": the question's own verb, right after "who" (or "who has", "who will").
_WHO_DID = lazy_compile(r"^\s*who\s+(?:(?:has|have|had|will|would|is|was|did)\s+)?([a-z]+)\b", re.IGNORECASE)
_DEED_AFTER = lazy_compile(r"\s+(?:(?:has|have|had|will|would)\s+)?([a-z]+)\b")


_ACCORDING_BEFORE = lazy_compile(r"\baccording to\b[^,.;]{0,40}$")
_ADVERB_AFTER_WHO = lazy_compile(r"^\s*who\s+(?:[a-z]+ly|just|then|in fact)\s+", re.IGNORECASE)


def _only_reports_deed(query: Query, ev: Evidence, mention: MentionRow) -> bool:
    """The name is only the source ("according to Chinese state media", "..., Xinhua said") of a
    sentence whose deed asked ("who signed ...?") is told before it, done by someone else."""
    # ("who actually signed": the adverb is no verb)
    if _asks_source(query) or (asked := _WHO_DID.match(_ADVERB_AFTER_WHO.sub("who ", query.text, count=1))) is None:
        return False
    verb = [t for t in query.required if t.word.lower() == asked.group(1).lower() and "say" not in t.keys]
    text = ev.sentence.text
    # (only a body "according to" which the text goes: a person saying it may hold the post asked)
    lead = max(0, mention.start - 60)
    if not verb or (according := _ACCORDING_BEFORE.search(text[lead : mention.start])) is None:
        return False
    # The deed told before "according to", by a doer before it (a verb opening the sentence has
    # none; "according to operator X" names X's post, no deed of another's)
    return any(0 < start < lead + according.start() for start, _ in term_spots(text, verb))


def _does_deed_asked(query: Query, ev: Evidence, mention: MentionRow) -> bool:
    """The name is the subject of the deed a "who" question asks ("Tsegaye Woldemariam inaugurated"
    for "who opened"); saying is the source's, which _source_fit weighs."""
    text = ev.sentence.text
    asked = _WHO_DID.match(query.text)
    done = _DEED_AFTER.match(text, mention.end)
    if asked is None or done is None:
        return False
    verb = [t for t in query.required if t.word.lower() == asked.group(1).lower() and "say" not in t.keys]
    if not verb or not verb[0].keys & phrase_keys(lemma(done.group(1))):
        return False
    # "Caledon Offshore won 1.8 GW for its Firth Array project ..., while Rheinmark Energie secured
    # 1.5 GW for its Silver Pit scheme": "who won the silver pit contract?" is not the first clause's
    clause = span_clause(text, mention.start, mention.end)
    rest = [t for t in query.required if t is not verb[0]]
    spots = [term_spots(text, [t]) for t in rest] + [[(m.start, m.end)] for m, e in ev.mentions if _keys(e) & set(query.entity_keys)]
    return all(any(a <= s < b for s, _ in found for a, b in clause) for found in spots if found)


# ... and "bound for ports in Spain": the country of the ports gone to
_BOUND_FOR_BEFORE = lazy_compile(r"\b(?:to|for|towards|into|bound for)\s+(?:the\s+)?(?:ports\s+in\s+(?:the\s+)?)?$")
_TO_WHERE = lazy_compile(r"\b(?:head(?:ed|ing|s)?|bound|destin\w*|going|go|sent|send|ship(?:ped|ping|s)?|export(?:ed|ing|s)?"
                       r"|deliver\w*|travel\w*|sail\w*|redirect\w*|rerout\w*|divert\w*|move[ds]?|moving"
                       # "where do the feeder ships take the boxes?": where they carry them ("take place" is no going)
                       r"|(?:take[sn]?|taking|took|carr(?:y|ies|ied|ying))(?!\s+place\b)"
                       # "where do the goods end up?": where they are shipped to
                       r"|end(?:s|ed|ing)?\s+up|wind(?:s|ing)?\s+up|wound\s+up|arriv\w*)\b|\bto\s*\??\s*$"
                       # "where does the cargo plane land?": where a flight arrives (the verb ends the
                       # question: "where is the land ...?" asks no going)
                       # ("where did the storm first hit land?": land there is a noun)
                       r"|(?<!\bhit )(?<!\bmake )(?<!\bmade )(?<!\breach )(?<!\bthe )\b(?:land(?:s|ed)?|touch(?:es|ed)?\s+down)\s*\??\s*$")
# "which countries could it bring in extra acid from": a question that ends on "from" asks the origin.
_TO_SITE_IN = lazy_compile(r"\bto\s+(?:its|their|the|a|an|[\w.-]+['’]s)\s+(?:[\w-]+\s+){1,2}(?:in|at)\s+(?:the\s+)?$")
# ... and "which countries' fruit competes ...?": the countries the fruit is of, its origin
# ("Chilean and Italian fruit").
_FROM_WHERE = lazy_compile(r"\b(?:from where|where\b.*\bfrom|origin\w*|come[s]? from|came from|import(?:ed|ing|s)?)\b|\bfrom\s*\??\s*$"
                           r"|\b(?i:which|what)\s+(?:countries|nations)['’](?=\s)|\b(?i:which|what)\s+(?:country|nation)['’]s\b")


# "where do the goods go from there?": a start already known ("there", the one just answered), so
# the question asks where they go, not where they come from.
_FROM_KNOWN = lazy_compile(r"\bfrom\s+(?:there|here|it|them)\b(?=\s*\W*$)")


def _asks_origin(text: str) -> bool:
    """ "where did the train set off from?" asks where it started; "where was the train from the
    hub headed?" asks where it went, "from the hub" only saying which train."""
    found = _FROM_WHERE.search(_FROM_KNOWN.sub(" ", text))
    if found is None:
        return False
    return not (found.group().lower().startswith("where") and _TO_WHERE.search(text, found.end()))


_FROM_THE_BEFORE = lazy_compile(r"\bfrom\s+(?:the\s+)?$")
# "from the port of San Antonio", "from Santiago": where a route starts.
_FROM_PLACE_BEFORE = lazy_compile(r"\bfrom\s+(?:the\s+)?(?:(?:port|city|town|province|region|state)\s+of\s+)?$", re.IGNORECASE)


def _in_place_pair(text: str, mention: MentionRow) -> bool:
    """One end of a hyphened pair of places ("China-Europe", "Poland-Asia")."""
    return bool(_PLACE_PAIR_AFTER.match(text, mention.end) or _PLACE_PAIR_BEFORE.search(text, max(0, mention.start - 3), mention.start))


_PLACE_PAIR_AFTER = lazy_compile(r"-[A-Z]")
_PLACE_PAIR_BEFORE = lazy_compile(r"[a-z]-$")


# "before heading to Shanghai": the motion's end the question itself names
# (a compass word is the place's part named: "headed for east china" ends in China)
_TOLD_END_AFTER = lazy_compile(r"\s+(?:to|for|towards|into)\s+(?:the\s+)?"
                               r"(?:(?:north-?east|north-?west|south-?east|south-?west|north|south|east|west)(?:ern)?\s+|central\s+)?([\w-]+)")
# "will go out through which port": the going asks the place passed on the way, not its end.
_WAY_THROUGH_AFTER = lazy_compile(r"(?:\s+(?:out|off|in|back|over))?\s+(?:through|thru|via)\s+(?:which|what)\b")


# "onto ocean ships", "aboard the ships": a word of going after a preposition of boarding is the noun.
_VESSEL_BEFORE = lazy_compile(r"\b(?:onto|into|aboard|on board|on|by)\s+(?:the\s+|their\s+|its\s+)?(?:[a-z-]+\s+)?$")


def _going_asked(query: Query) -> bool:
    """A word of going the question leaves open: "where is the cargo headed?", "shipped to?", not
    "where is it transshipped before heading to Shanghai?", whose going ends at a place the
    question names (and so asks where something else happens)."""
    lower = query.text.lower()
    asked = set(query.entity_keys)
    for found in _TO_WHERE.finditer(lower):
        if _WAY_THROUGH_AFTER.match(lower, found.end()):
            continue
        if lower[found.start() - 1 : found.start()] == "-" or _VESSEL_BEFORE.search(lower, max(0, found.start() - 24), found.start()):
            # "the china-bound cargoes": a going told, the cargoes named by it; "loaded onto ocean
            # ships": the vessels, a noun, no going
            continue
        told = _TOLD_END_AFTER.match(lower, found.end())
        if told is None or normalise_name(told.group(1)) not in asked:
            return True
    return False


def _asks_destination(query: Query) -> bool:
    return route_asked(query)[1]


def route_asked(query: Query) -> tuple[bool, bool]:
    """The question's side of _route_fit: (it asks where from, it asks where to). The same for
    every name ranked, so a ranking works it out once, not once a name (three patterns each)."""
    origin = _asks_origin(query.text.lower())
    return origin, not origin and query.wh == "where" and _going_asked(query)


def _route_fit(query: Query, text: str, mention: MentionRow, asked: tuple[bool, bool] | None = None) -> float:
    """ "Where was the train heading?" wants the place after "to"/"for", not where it stood.
    `asked`: route_asked(query), when the caller has it already."""
    origin, going = asked if asked is not None else route_asked(query)
    before = text[max(0, mention.start - 14) : mention.start].lower()
    if origin:
        return 1.0 if _FROM_THE_BEFORE.search(before) else 0.0
    if going:
        if _BOUND_FOR_BEFORE.search(before):
            return 1.0  # (a route's name, "for China-Europe freight trains", is left out by _in_place_pair)
        if _TO_SITE_IN.search(text, max(0, mention.start - 45), mention.start):
            return 1.0  # "its production moving to Helvara's sites in Pratteln": the place of the sites moved to
        if _FROM_PLACE_BEFORE.search(before):
            return -1.0  # "a new line from Buenos Aires began carrying cargo to Chinese ports": where it starts, not goes
        return -0.5 if IN_PLACE.search(before) else 0.0
    return 0.0


_ASKS_HOME = lazy_compile(r"\b(?:based|headquarter\w*|hq|home|located|from|come from)\b", re.IGNORECASE)


def _based_here(text: str, mention: MentionRow) -> bool:
    return HOME_SUFFIX.match(text, mention.end) is not None


# Compiled once: asked of every name ranked, where re.search looked the pattern up in re's cache.
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|to|from|via|of)\s+(?:the\s+)?$")


_FACILITY_BEFORE = lazy_compile(r"\b(?:in|at|near|to|from)\s+(?:its|their|the|a|his|her)\s+$", re.IGNORECASE)
_FACILITY_AFTER = lazy_compile(r"^\s+(?:plant|plants|mine|mines|mill|mills|factory|factories|refinery|smelter|works|site|terminal"
                               r"|facility|complex|field|hub|yard|shipyard|warehouse|depot|operations?)\b", re.IGNORECASE)


# The kinds of place a name can end with: "Doraleh Multipurpose Port", "Khorgos Gateway".
_PLACE_KIND_ENDS = frozenset("port terminal gate gateway crossing hub".split())


# "which port ...", "what border crossing ...": the kind of place a question opens by asking.
_WHICH_KIND_ASKED = lazy_compile(r"^\s*(?:which|what)\s+(?:[\w-]+\s+)?(port|terminal|gate|gateway|crossing|hub)s?\b", re.IGNORECASE)


def _kind_named_in_best(ask: Ask) -> Pick | None:
    """The name of no place the best sentence gives by the kind the question asks ("the Port of
    Tauranga", "Doraleh Multipurpose Port"), as a pick, or None."""
    asked = _WHICH_KIND_ASKED.match(ask.query.text) if ask.query.text[:1] in "wW" else None
    best = ask.pool.accepted[0] if asked is not None and ask.pool.accepted else None
    if best is None:
        return None
    kind = asked.group(1).lower()
    for mention, entity in best.mentions:
        name = entity.name.lower()
        if entity.kind in ("other", "org") and (name.startswith(kind + " of ") or name.endswith(" " + kind)):
            return (best.score, entity, mention, best)
    return None


def _named_by_kind_asked(query: Query, entity: EntityRow) -> bool:
    last = entity.name.rsplit(" ", 1)[-1].lower()
    return " " in entity.name and last in _PLACE_KIND_ENDS and any(t.lemma == last for t in query.terms)


def _place_frame(text: str, mention: MentionRow) -> bool:
    return bool(_FACILITY_BEFORE.search(text[max(0, mention.start - 20): mention.start])
                and _FACILITY_AFTER.match(text[mention.end: mention.end + 20]))


# "Where's the new plant going to be built?" over "a new fertilizer plant at the Jorf Lasfar
# industrial complex", not "a late start to soybean planting in Mato Grosso": the asked thing
# itself, by its word, right before the place, or with only a plain "is" between ("a brand whose
# factory is in Gemlik", "its headquarters are located in Lyon").
_THING_AT = lazy_compile(r"\b([a-z][\w-]*?)s?\s+(?:(?:is|are|sits|lies|stands)\s+(?:located\s+|situated\s+|based\s+)?)?"
                         r"(?:at|in|near|outside|around)\s+(?:the\s+)?$")


# The words that pick one of a series: "the next forum", "the previous auction".
_WHICH_ONE = frozenset("next previous upcoming following".split())


# "a $420 million plant by Zhejiang-based Hengtai", "an offer by the Abu Dhabi fund": the asked
# thing's maker, written as the agent of the noun itself.
_THING_BY = lazy_compile(r"\b([a-z][\w-]*?)s?\s+by\s+(?:(?:the|[\w-]+-based)\s+)*$")


def _thing_by(text: str, mention: MentionRow, keys: frozenset[str]) -> bool:
    if not keys:
        return False
    m = _THING_BY.search(text, max(0, mention.start - 50), mention.start)
    if m is None:
        return False
    word = m.group(1)
    # "was hit by", "been bought by": a passive's agent is not the thing's
    return word in keys and not word.endswith(("ed", "en")) and word not in _IRREGULAR_PARTICIPLES


# "760 wagons made by CRRC Zhuzhou": a thing, the participle of what was done to it, then its agent.
_THING_DONE_BY = lazy_compile(r"\b([a-z][\w-]*)\s+([a-z]+)\s+by\s+(?:(?:the|[\w-]+-based)\s+)*$")
_ASKS_BY = lazy_compile(r"\bby\b", re.IGNORECASE)


def _made_thing_by(query: Query, text: str, mention: MentionRow) -> bool:
    """The name is the agent of the deed asked, done to the thing asked ("which company will make
    the locomotives?" over "supply 34 locomotives ... made by CRRC Zhuzhou"): whoever else the
    sentence names (the contractor supplying them) does another deed. A question asking "by whom"
    itself is left to the passive readers."""
    if _ASKS_BY.search(query.text):
        return False
    m = _THING_DONE_BY.search(text, max(0, mention.start - 60), mention.start)
    if m is None:
        return False
    thing, done = m.group(1).lower(), m.group(2).lower()
    if not (done.endswith(("ed", "en")) or done in _IRREGULAR_PARTICIPLES):
        return False
    done_keys, thing_keys = phrase_keys(lemma(done)), phrase_keys(lemma(thing))
    # (the verb is seldom required: "make" is soft, the thing made is not)
    verbs = [t for t in query.terms if t.keys & done_keys]
    return bool(verbs) and any(t.keys & thing_keys for t in query.required if t not in verbs)


def _thing_at(text: str, mention: MentionRow, things: set[str]) -> bool:
    m = _THING_AT.search(text, max(0, mention.start - 40), mention.start)
    return m is not None and m.group(1) in things


def _another_of_kind(query: Query, ev: Evidence, entity: EntityRow) -> bool:
    """A place the text calls by an asked noun ("port") in a sentence lacking the word the question
    sets right before that noun ("dry port"): another thing of that kind, not the one asked."""
    if not entity.roles or not ev.missing:
        return False
    missing_at = {t.position for t in ev.missing}
    keys = _role_keys(entity.roles)
    return any(t.position - 1 in missing_at and not t.keys.isdisjoint(keys) for t in query.required)


# "about 270 kilometres north of", "65 km east of central": a place a distance is measured from.
_MEASURED_FROM_BEFORE = lazy_compile(r"\d[\d,.]*\s*-?\s*(?:kilomet(?:re|er)s?|km|miles?)\s+(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ward)?\s+of\s+(?:central\s+|downtown\s+|the\s+)?$",
                                     re.IGNORECASE)


def _measured_from(text: str, mention: MentionRow) -> bool:
    """A place after a distance and a compass point is the landmark the site is measured from, not the site."""
    return _MEASURED_FROM_BEFORE.search(text, max(0, mention.start - 50), mention.start) is not None


# "Luau on the Congolese border", "Kelebia, on the Serbian border": a place the border is at
_ON_BORDER_AFTER = lazy_compile(r",?\s+(?:on|at|near)\s+the\s+(?:[A-Z][\w-]*\s+)?(?:border|frontier)\b")


def _preposition_fit(text: str, mention: MentionRow) -> float:
    before = text[max(0, mention.start - 8): mention.start].lower()
    return 0.6 if _PREPOSITION_BEFORE.search(before) else 0.0


# "where was the fluorspar loaded?": "The cargo was loaded at Bor-Undur in Khentii province" places
# the asked act itself, where another sentence only names the country whose exports it speaks of.
# A participle only: "its plant in Salamanca" or "a forum in Moscow" names a thing's site, not the act.
_ACT_AT_BEFORE = lazy_compile(r"\b(?P<verb>[a-z]+ed)\s+(?:at|in|from)\s+(?:the\s+)?$")


# "where did the first train set off from?": "The first train ... left the Kwala dry port" takes
# the place it set off from as the verb's object, in the past the question asks of; "cargo leaving
# Dar es Salaam port" (a participle) or "every train that leaves Kwala" only describe.
_LEFT_BEFORE = lazy_compile(r"\b(?P<verb>[a-z]+)\s+(?:the\s+)?$")


def _departed_from(query: Query, before: str) -> bool:
    found = _LEFT_BEFORE.search(before)
    if found is None or found["verb"].endswith(("ing", "s")) or "depart" not in phrase_keys(found["verb"]):
        return False
    return any("depart" in t.keys for t in query.required)


def _act_asked(query: Query) -> bool:
    """Whether _act_placed can score any place for this question: it needs a required word in
    "-ed" (the verb before "at", "in" or "from") or one meaning to depart; most questions have
    neither, and then no mention need be read."""
    return any(t.word.lower().endswith("ed") or "depart" in t.keys for t in query.required)


def _act_placed(query: Query, text: str, mention: MentionRow) -> float:
    """A place right after the question's own verb and "at", "in" or "from" is where that act happened."""
    found = _ACT_AT_BEFORE.search(text[max(0, mention.start - 30): mention.start].lower())
    if found is None:
        return 1.0 if _departed_from(query, text[max(0, mention.start - 30): mention.start].lower()) else 0.0
    verb = lemma(found["verb"])
    return 1.0 if any(t.lemma == verb and t.word.lower() == found["verb"] for t in query.required) else 0.0


def entity_line(entity: EntityRow, query: Query) -> str:
    role = _best_role(entity, query)
    name = entity.name[:1].upper() + entity.name[1:]  # "the West" opens the reply as "The West"
    return f"{name} ({role})." if role else f"{name}."


def _role_answers(entity: EntityRow, query: Query) -> bool:
    """Whether the role the text gives the person names the post the question asks about."""
    role = _best_role(entity, query)
    posts = [t for t in query.required if t.lemma in ROLES or t.keys & ROLES]
    words = phrase_keys(role) if role else frozenset()
    return bool(posts) and all(t.keys & words for t in posts) and not _lesser_post(role, query)


# "Who headed the trade delegation?" asks who led a thing done, not a post: "The March mission,
# led by Deputy Trade Minister Sipho Ndlovu" answers it, deputy or not.
_LED_ASKED = frozenset("headed led".split())
_LED_BY_BEFORE = lazy_compile(r"\b(?:led|headed)\s+by\s+(?:[A-Z][\w.’'-]*\s+){0,4}$")


def _led_by(query: Query, pick: Pick) -> bool:
    if not any(t.word.lower() in _LED_ASKED for t in query.required):
        return False
    text, mention = pick[3].sentence.text, pick[2]
    return _LED_BY_BEFORE.search(text, max(0, mention.start - 60), mention.start) is not None


def _without_lesser_posts(query: Query, picks: list[Pick]) -> list[Pick]:
    """ "Who is CMHC's chief economist?" is not answered by its deputy chief economist, nor, when the
    article names only the deputy, by anyone else: no one holds the post asked about."""
    lesser = [p for p in picks if p[1].kind == "person" and p[1].roles and _lesser_post(_best_role(p[1], query), query)
              and not _led_by(query, p)]
    if not lesser:
        return picks
    rest = [p for p in picks if p not in lesser]
    return rest if any(_role_answers(p[1], query) for p in rest) else []


def _without_posts_elsewhere(ask: Ask, picks: list[Pick]) -> list[Pick]:
    """ "Who is the CEO of Tianshan Green Power?" is not answered by "Steppe Energy chief executive
    Aigerim Nurlanova", though the deal's paragraph names both firms: a person whose post the text
    ties to another body the story names holds it there, not at the body asked."""
    asked = [e for e in ask.query.entities if e.kind == "org"]
    if not asked:
        return picks
    # By its whole name, which holds no word asked: a "Chief Human Resources" the extractor took
    # for a body is no other employer of a "Chief Executive Officer".
    words = {k for t in ask.query.terms for k in t.keys}
    # Or by its short name: "Mekong Harvest chief executive Sok Vannarith" of Mekong Harvest Group.
    others = {f" {normalise_name(name)} " for p in picks[:1] for e in ask.store.article_entities(p[3].sentence.article_id)
              if e.kind == "org" and all(e.id != a.id for a in asked)
              for name in (e.name, *e.aliases) if words.isdisjoint(phrase_keys(name))}
    return [p for p in picks if p[1].kind != "person" or (any(_works_at(p[1], a) for a in asked) and not _within_other_name(p[1], asked, others))
            or not any(n in f" {normalise_name(r)} " for n in others for r in p[1].roles)]


def _within_other_name(person: EntityRow, asked: list[EntityRow], others: set[str]) -> bool:
    """ "PSA Sines chief executive" names PSA International ("PSA") only inside the name of its
    local unit, another body: the post is the unit's, not the group's asked."""
    names = {f" {normalise_name(n)} " for a in asked for n in (a.name, *a.aliases)}
    for r in person.roles:
        role = f" {normalise_name(r)} "
        for other in others:
            if other in role and any(n in other and n != other for n in names) and not any(n in role.replace(other, " ") for n in names):
                return True
    return False


def _without_other_titles(query: Query, picks: list[Pick]) -> list[Pick]:
    """ "Who is China's ambassador to Hungary?" is not answered by "Chief Executive Zhou Wenbo said
    at a ceremony attended by ... the Chinese ambassador", nor "India's power minister" by its Power
    Secretary: a person the text gives a title of another post does not hold the one asked."""
    posts = [t for t in query.required if t.lemma in ROLES and t.lemma not in _LOOSE_POSTS]
    if not posts:
        return picks
    return [p for p in picks if p[1].kind != "person" or not p[1].roles or _holds_roles(p[1], posts)
            or not any(w in ROLES for r in p[1].roles for w in normalise_name(r).split())]


def _secretary_where_ministers(ask: Ask, picks: list[Pick]) -> list[Pick]:
    """ "India's power minister" is not its "Power Secretary" in a story that calls others
    ministers ("state energy ministers"): there a secretary is the ministry's official. Where no
    one is called a minister, "Agriculture Secretary Ramon Villaluz" holds the ministry."""
    if not picks or not any(t.lemma == "minister" for t in ask.query.required):
        return picks
    aid = picks[0][3].sentence.article_id
    texts = (ask.store.paragraph(aid, n) for n in range(ask.store.paragraph_count(aid) + 2))
    if not any(_MINISTER_WORD.search(t) for t in texts if t):
        return picks
    return [p for p in picks if p[1].kind != "person" or not p[1].roles
            or any(_MINISTER_WORD.search(r) for r in p[1].roles) or not any(_SECRETARY_WORD.search(r) for r in p[1].roles)]


_MINISTER_WORD = lazy_compile(r"\bministers?\b", re.IGNORECASE)
_SECRETARY_WORD = lazy_compile(r"\bsecretary\b", re.IGNORECASE)


# Words asked of any post: "the head of", "the boss", "the leader", "chief" alone.
_LOOSE_POSTS = frozenset("head boss leader chief owner general".split())


# A post asked, by its holder's title or by its verb ("Who chairs the State Committee?").
_POSTS_ASKED = ROLES | frozenset(TITLE_EXACT)


def _lesser_post_asked(speaker: EntityRow, query: Query) -> bool:
    """ '..." said Bakyt Osmonaliev, deputy chairman of the State Committee' for "who chairs the
    State Committee?": a quotation's speaker whose title is a lesser form of the post asked."""
    return any(t.lemma in _POSTS_ASKED for t in query.required) and _lesser_post(_best_role(speaker, query), query)


def _lesser_post(role: str, query: Query) -> bool:
    """ "deputy chief economist" is not the chief economist asked about."""
    lesser = _LESSER_POST.search(role)
    return bool(lesser) and lesser.group().lower() not in query.text.lower()


_LESSER_POST = re.compile(r"\b(?:deputy|vice|assistant|associate|acting|interim|former|ex)\b", re.IGNORECASE)


def _best_role(entity: EntityRow, query: Query) -> str:
    roles = [r for r in entity.roles if len(r.split()) > 1 or r.lower() not in ("province", "city")]
    if not roles:
        return ""
    wanted = {k for t in query.terms for k in t.keys}
    return max(roles, key=lambda r: (len(wanted & set(normalise_name(r).split())), len(r)))


# "what is Davit Kiknadze's job?", "what's her title": the post a person holds, which only a role
# the article gives them answers; a sentence that merely names them (or says "3,500 jobs") does not.
_ASKS_POST = lazy_compile(r"\s*(?:what(?:['’]s|\s+is|\s+was)|whats)\s+(?:(?P<name>.+?)['’]s?|(?P<pronoun>his|her))\s+"
                          r"(?:(?:govt|government|official|current|formal|public)\s+)?"
                          r"(?P<post>job|role|title|position|occupation|post|profession)\s*\??\s*$", re.IGNORECASE)
# Posts only a person holds: the name asked with one is a person's, though the article's names
# tell it no kind ("Speaking alongside Davit Kiknadze"); a body too has a "role" or "position".
_PERSONS_POSTS = frozenset("job occupation profession".split())


def _pronoun_person(ask: Ask) -> list[EntityRow]:
    """ "Who led the trade mission?" "Deputy Trade Minister Sipho Ndlovu." "whats his govt job":
    "his" is the person the last answer named, whom the follow-up took over as its referent."""
    last = ask.conversation.last
    focus = last.focus_person if last is not None else None
    return [e for e in ask.query.entities if focus is not None and e.id == focus.id]


# "what was pornthip's job before she became minister": a post held before the one the story
# gives, which only a role the story calls former tells.
_ASKS_EARLIER_POST = lazy_compile(r"\s*(?:what(?:['’]s|\s+is|\s+was)|whats)\s+(?P<name>.+?)['’]s?\s+"
                                  r"(?:job|role|title|position|occupation|post|profession)\s+before\s+"
                                  r"(?:she|he|they)\s+(?:became|joined|took|was|ran|led|headed|started|got)\b[^?]*\??\s*$", re.IGNORECASE)  # ("before he ran ett")
_FORMER_ROLE = lazy_compile(r"\b(?:former|ex-|previously|onetime|one-time)", re.IGNORECASE)


def _earlier_post(ask: Ask) -> Answer | None:
    """The role the story calls former of the person named, else a plain "not given"."""
    m = _ASKS_EARLIER_POST.match(ask.query.text) if " before " in ask.query.text else None
    if m is None:
        return None
    wanted = normalise_name(m.group("name"))
    people = [e for e in ask.query.entities if e.kind == "person" and any(wanted in k.split() or wanted == k for k in _keys(e))]
    if len(people) != 1:
        return None
    former = [r for r in people[0].roles if _FORMER_ROLE.search(r)]
    if not former:
        return Answer(question=ask.question, answered=False, intent="who", confidence=0.0, citations=[],
                      text=f"The article does not give {people[0].name}'s earlier job.", suggestions=nearby_suggestions(ask))
    sentence = _first_naming(ask, people[0])
    if sentence is None:
        return None
    return make_answer(ask.question, "who", f"{people[0].name}: {former[0]}.", 0.7, [citation(ask.store, sentence)])


def handle_post(ask: Ask) -> Answer | None:
    """The role of the person named, or a plain "not given" when the article gives none."""
    m = _ASKS_POST.match(ask.query.text)
    if m is None:
        return _earlier_post(ask)
    kinds = ("person", "other") if m.group("post").lower() in _PERSONS_POSTS else ("person",)
    if m.group("pronoun"):
        people = _pronoun_person(ask)
    else:
        wanted = normalise_name(m.group("name"))
        people = [e for e in ask.query.entities if e.kind in kinds and wanted in _keys(e)]
    if len(people) != 1:
        return None
    person = people[0]
    roles = [r for r in person.roles if not r[:1].isdigit()]
    if not roles:
        return Answer(question=ask.question, answered=False, intent="who", confidence=0.0, citations=[],
                      text=f"The article does not give {person.name}'s job.", suggestions=nearby_suggestions(ask))
    role = max(roles, key=len)
    sentence = next((e.sentence for e in ask.pool.evidence if role.lower() in e.sentence.text.lower()
                     and any(named.id == person.id for _, named in e.mentions)), None)
    if sentence is None:
        return None
    return make_answer(ask.question, "who", f"{person.name}: {role}.", 0.8, [citation(ask.store, sentence)])


def describe_named(ask: Ask, intent: str) -> Answer | None:
    """ "What's Vladivostok?": the role the text gives the one thing named, when it gives one."""
    query = ask.query
    # "which port can Jilin use?" "Vladivostok" "what is it?": a pronoun standing for the one thing
    # just answered, and nothing else named, asks what that is as its name would.
    one_meant = not query.pronoun or len(query.entities) == 1
    entity = _focus_entity(query) if query.entities and query.entity_keys and not query.required and one_meant else None
    if entity is None or not any(len(r.split()) > 1 for r in entity.roles):
        return None  # "Liaoning: province." says less than the sentence that names it
    return _describe_named(ask, intent)


def _describe_named(ask: Ask, intent: str) -> Answer | None:
    """ "Where is Vladivostok?" / "Who is Xi?": what the text says the named thing is."""
    query = ask.query
    if not query.entities or len(query.required) > 2:
        return None
    if any(t.lemma in _POSTS_ASKED for t in query.required):
        # "Who is the governor of Zhambyl region?" asks for a governor, not about Zhambyl ("who
        # chairs the State Committee?" for a chair, not what "deputy chairman of" says of it)
        return None
    entity = _focus_entity(query)
    if intent == "who" and entity is not None and entity.kind == "place":
        # "who's serbia's economy minister?": the person the post names, not the nation it qualifies
        entity = next((e for e in query.entities if e.kind == "person"), entity)
    if entity is None:
        return None
    if not entity.roles:
        return _mentioned(ask, intent, entity)
    role = _best_role(entity, query) or entity.roles[0]
    if query.required and not any(t.keys & set(normalise_name(role).split()) for t in query.required):
        return None
    ev = next((e for e in ask.pool.evidence if any(m_ent.id == entity.id for _, m_ent in e.mentions)
               and role.lower() in e.sentence.text.lower()), None)
    if ev is None:
        return None
    text = f"{entity.name}: {role}."
    return make_answer(ask.question, intent, text, 0.8, [citation(ask.store, ev.sentence)])


_DONE_BY = lazy_compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)


def _mentioned(ask: Ask, intent: str, entity: EntityRow) -> Answer | None:
    """No role recorded: the words around its first mention say who or where it is."""
    for ev in ask.pool.accepted:
        for mention, named in ev.mentions:
            if named.id == entity.id:
                if ask.query.required and _DONE_BY.search(ev.sentence.text, max(0, mention.start - 8), mention.start):
                    # "Who runs the NTMA?" is not "the wealth fund managed by the NTMA": there it
                    # does what is asked, and the words around it say to what, not by whom.
                    continue
                text = clause_window(ev.sentence.text, mention.start, mention.end, 130)
                return make_answer(ask.question, intent, text, 0.6, [citation(ask.store, ev.sentence)])
    return None


def _focus_entity(query: Query) -> EntityRow | None:
    for key in query.entity_keys:
        for entity in query.entities:
            if key in _keys(entity):
                return entity
    return None
