"""Cutting short, exact answer text out of the article's own sentences, and citing them."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from knowledge.lazy_re import lazy_compile
from knowledge.lexicon import OBJECT_OPENERS
from knowledge.store import ArticleInfo, SentenceRow, Store

from handlers.models import Answer, Citation

MAX_WINDOW = 160
# Commas end clauses, except inside numbers and lists of names ("Liaoning, Heilongjiang and Jilin").
# Also inside lists of things: "furniture, household appliances and DIY supplies".
_CLAUSE_BREAK = re.compile(r",\s+(?!\d)(?![A-Z][\w’'-]+(?:,|\s+and\b))"
                           r"(?!(?!(?:the|a|an|its|their|which|who|and|but|while|up|down|with|from|after)\b)[a-z][\w’'-]*(?:\s[\w’'-]+)?\s+and\s)"
                           r"|;\s+|\s+[–—-]\s+|:\s+")
_TRAILING_ATTRIBUTION = lazy_compile(
    # ", she said" goes whole: the pronoun is no part of the fact
    # (", Zhou said." too: a speaker named in one to three capitalised words)
    r"(?:,?\s+(?:(?:he|she|they|it)\s+(?:said|says|added)|according to|said|says|reported|the \w+ (?:said|reported))"
    r"|,\s+(?-i:[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2})\s+(?:said|says|added))\b[^.]*?(?=[.]?$)", re.IGNORECASE
)
_LEADING_LINK = re.compile(r"^(?:and|but|along with|together with|as well as|with|while|as|which|who|saying|after|so)\s+", re.IGNORECASE)


# A pure function of the sentence and the span (a figure, a date, a name): kept per span, as the
# questions that reach the same fact compose the same window (~9 us a question, made afresh).
@lru_cache(maxsize=8192)
def clause_window(text: str, start: int, end: int, max_len: int = MAX_WINDOW) -> str:
    """The part of a sentence that holds [start, end): whole when short, else the clauses around it."""
    text = text.strip()
    if len(text) <= max_len:
        return _finish(_drop_attribution(text, end))
    breaks = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(text)]
    left = max((b_end for b_start, b_end in breaks if b_end <= start), default=0)
    right = min((b_start for b_start, _ in breaks if b_start >= end), default=len(text))
    # Grow over neighbouring clauses while they fit: more context reads better than a fragment.
    while True:
        grown = False
        prev = max((b_end for b_start, b_end in breaks if b_end < left), default=0 if left else None)
        if prev is not None and left != 0 and right - prev <= max_len:
            left, grown = prev, True
        nxt = min((b_start for b_start, _ in breaks if b_start > right), default=len(text) if right != len(text) else None)
        if nxt is not None and right != len(text) and nxt - left <= max_len and not _is_attribution(text[right:nxt]):
            right, grown = nxt, True
        if not grown:
            break
    if left and _DEPENDENT_OPENING.match(text[left:right]):
        # "..., which it said would lower its capital ratio to 12.1%", "..., mainly from closing
        # 310 branches": the clause leans on the one before it; take that one too when it fits.
        prev = max((b_end for b_start, b_end in breaks if b_end < left), default=0)
        if right - prev <= max_len + 60:
            left = prev
            if left and _ASIDE_OPENING.match(text, left):
                # "exports to China, the country's biggest market, rose 6.3%": past the aside too
                before = max((b_end for b_start, b_end in breaks if b_end < left), default=0)
                if right - before <= max_len + 80:
                    left = before
    nxt = min((b_start for b_start, _ in breaks if b_start > right), default=len(text))
    last = max((b_end for _, b_end in breaks if left < b_end < right), default=None)
    # (not an aside the piece opens with: that one is the fact, not a subject's interruption)
    if right < len(text) and last is not None and _RELATIVE_ASIDE.match(text, last) and _VERB_GOES_ON.match(text, right) and nxt - left <= max_len + 60:
        # "because the railway, whose construction began last year, is not due before 2030": an
        # aside between a subject and its verb leaves the subject saying nothing without the rest.
        right = nxt
        nxt = min((b_start for b_start, _ in breaks if b_start > right), default=len(text))
    if right < len(text) and (aside := _APPOSITION_THEN_VERB.match(text, right)) and nxt - left <= max_len + 60:
        # "because the journey ... to Kunming, the capital of Yunnan, takes about 30 hours": an
        # aside after the subject's last word, and the verb it waited for after that.
        right = min((b_start for b_start, _ in breaks if b_start > aside.end()), default=len(text))
        nxt = min((b_start for b_start, _ in breaks if b_start > right), default=len(text))
    if right < len(text) and _CONDITION.match(text[right:]) and nxt - left <= max_len + 60:
        right = nxt  # "pays a subsidy ..., provided they use local components": the condition is the fact's
    piece = text[left:right]
    if len(piece) > max_len + 60:
        piece = _around(text, start, end, max_len)
    else:
        apposed = _APPOSED_SUBJECT.match(text)
        named = _NAME_BEFORE_APPOSITION.search(text, max(0, left - 60), left) if left else None
        if named and not (_APPOSITION_OPENS.match(text, left) and not _FRONTED_PHRASE.match(text[: named.start()])
                          and len(piece) + left - named.start() <= max_len + 60):
            named = None
        if apposed and 0 < left <= apposed.end() <= start and not _FRONTED_PHRASE.match(apposed.group(1) + " "):
            # "India, the world's biggest rice exporter, on Wednesday extended ...": the subject
            # without its aside, not a clause that starts with no one doing anything.
            piece = f"{apposed.group(1)} {text[apposed.end():right]}"
        elif named:
            # "..., to use Vladivostok, the biggest port in the Russian Far East, to ship goods":
            # a piece that opens on the aside keeps the name it describes, before a fronted time
            # read as a subject ("In April, the ministry said ..."). ("In Europe, the benchmark
            # price rose": a fronted place, no name described.)
            piece = text[named.start():right]
    # (a piece rebuilt round its subject above reads whole already)
    if left and piece == text[left:right] and (subject := subject_before(text, left)) is not None:
        # "..., both in the western Mangistau region, climbed to 486": a predicate with its
        # subject cut off; the sentence's subject goes back in front of it, without the aside.
        rebuilt = f"{subject} {text[subject_verb_start(text, left):right]}"
        if len(rebuilt) <= max_len + 40:
            return _finish(rebuilt)
    if left and piece == text[left:right] and len(piece) <= max_len + 60 and _hangs(text, left, start):
        return (_widen_hanging(text, left, right, start, end, max_len) or _with_placed_thing(text, left, right)
                or _finish(_LEADING_LINK.sub("", piece)))
    return _finish(_LEADING_LINK.sub("", piece))


# A sentence this short reads whole better than any fragment cut out of it.
WHOLE_SENTENCE = 160
# "business leaders, and almost 800 Chinese enterprises": the piece opens inside a list, and
# the list's "and" comes before the fact.
# (a list inside the clause, "... safeguarding national defence, food, and energy security", is
# no list the piece opens in)
_LIST_BEFORE_FACT = re.compile(r"[^,;:–—]{1,50},\s+(?:and|or)\s")
# A piece opening on a word that hangs off the clause before it: its speaker's verb ("said ...",
# "adding that ..."), a participle ("gaining new strategic significance"), an infinitive ("to ship
# goods"), or a bare starting point ("up from 2.05 million tonnes").
_HANGING_OPENING = re.compile(r"(?:said|says|told|added|adding|up\s+from|down\s+from|from|each|"
                              r"to\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|about|around|some)\b)[a-z]+|"
                              r"(?!(?:during|according|including|following|nothing|something|everything|morning|evening|"
                              r"spring|string|king|ring|thing|things|building|buildings|funding|spending|shipping|mining|"
                              r"banking|lending|pricing|trading|housing|clothing|training|processing|manufacturing|"
                              r"farming|fishing|logging|roaming|ceiling|ending|earnings|savings|holdings|findings|"
                              r"meeting|meetings|filing|filings|rating|ratings|listing|listings|opening|openings|"
                              r"offering|offerings|borrowing|borrowings|booking|bookings|closing|closings)\b)"
                              r"[a-z]{3,}ing)\b")


def _hangs(text: str, left: int, start: int) -> bool:
    """Whether the piece from `left` leaves a reader with a fragment: a list's tail or a hanging word."""
    if not text[left:left + 1].islower() or _LEADING_LINK.match(text[left:left + 20]):
        return False  # ("saying the province ought to ...": the link goes, a clause is left)
    return bool(_LIST_BEFORE_FACT.match(text, left, start) or _HANGING_OPENING.match(text, left) or _PLACE_ASIDE.match(text, left))


def _widen_hanging(text: str, left: int, right: int, start: int, end: int, max_len: int) -> str | None:
    """The sentence whole when short, else back to the nearest clause that stands on its own."""
    if len(text) <= WHOLE_SENTENCE:
        return _finish(_drop_attribution(text, end))
    breaks = sorted({m.end() for m in _CLAUSE_BREAK.finditer(text) if m.end() < left}, reverse=True)
    speaker = _SPEAKER_VERB.match(text, left)
    for i, prev in enumerate([*breaks, 0]):
        if right - prev > max_len + 40:
            # no clause that stands on its own fits: keep the short piece (answers stay short)
            return None
        if prev == 0:
            return _finish(_LEADING_LINK.sub("", text[prev:right]))
        if speaker and i == 0 and len(text[prev:left].split()) <= 6:
            # "Merridale, Australia's fourth-largest gold miner, said": the clause before the
            # speaker's verb is an aside about the speaker; the subject is the one before that.
            continue
        if _stands_alone(text, prev, left, right):
            return _finish(text[prev:right])
    return None


def _with_placed_thing(text: str, left: int, right: int) -> str | None:
    """ "plant at Maputsoe, near the Ficksburg border crossing, which is expected to employ 320
    people": a piece opening on a place's whereabouts, too long to widen to the whole sentence,
    gets back the thing and the place it describes, so the relative clause has someone to be about."""
    if not _PLACE_ASIDE.match(text, left) or not (placed := _PLACED_THING.search(text, 0, left)):
        return None
    return _finish(f"{placed.group(1)}, {text[left:right]}")


# "... combing plant at Maputsoe, ": the thing and the named place it stands at, just before an aside.
_PLACED_THING = re.compile(r"\b([a-z]+\s+(?:at|in)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}),\s+$")
_SPEAKER_VERB = re.compile(r"(?:said|says|told|added)\b")


def _stands_alone(text: str, prev: int, left: int, right: int) -> bool:
    """Whether a clause from `prev` opens like a sentence: a capital (a name, a fronted phrase), no
    aside, no speaker ("..., Agriculture Secretary Leandro Bautista said on Monday, prolonging"), and
    no quote closed that it never opened ("Palm lost its discount," said ...)."""
    piece = text[prev:right]
    if not piece[:1].isupper() or _is_attribution(text[prev:left]):
        return False
    return piece.count('"') % 2 == 0 and piece.count("”") <= piece.count("“")


# ("In April, the ministry said ...", "On Monday, the company said ...": a time, no name)
_NO_TIME = (r"(?!(?:In|On|At|By|For|From|Since|After|Before|During|Last|This|Next|Early|Late)\b)"
            r"(?![\w\s]*\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
            r"|August|September|October|November|December)\b)")
# "Vladivostok, " just before a piece that opens "the biggest port in ...": the name an aside describes.
# ("the company said" after it is no aside but a speaker)
_NAME_BEFORE_APPOSITION = re.compile(r"(?<![\w’'-])" + _NO_TIME + r"[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,3},\s+$")
# "In Europe, ...", "In April, ...": a place or time put before the sentence's subject.
_FRONTED_PHRASE = re.compile(r"\s*(?:In|At|On|By|Since|Across|Outside|Inside|Within|Throughout)\s+(?:\S+\s+)?$")
_APPOSITION_OPENS = re.compile(r"(?:the|a|an)\s+[a-z](?![^,;]*\b(?:said|says|told|reported|added)\b)")


# "Platinum group metals (PGMs), the biggest drag on the index, slumped 9.8%": the subject may
# run on in lower case and carry its acronym. "Tsubame Motor, based in Okazaki, on Wednesday
# raised ...": a participle's aside too.
# "The agreement, worth 2.8 billion reais ($485 million), was signed": an aside of worth or
# route ("running from Vientiane ... to the Mu Gia pass") too.
_APPOSED_SUBJECT = re.compile(r"([A-Z][\w.’'&-]*(?:\s+(?:[A-Z][\w.’'&-]*|of|de|and|[a-z0-9][\w-]*|\([A-Z]{2,6}s?\))){0,5})"
                              r",\s+(?:the|a|an|which|who|whose|based|headquartered|owned|controlled|founded|listed|"
                              r"worth|valued|priced|running|stretching|linking)\b[^,;:]*,\s+(?=[a-z])")


_MOVE_VERBS = r"(?:rose|fell|grew|climbed|jumped|dropped|slipped|edged|surged|declined|increased|decreased|slumped|soared)\b"
# "the country's biggest market, rose", "mostly semiconductors, jumped": an aside between a
# subject and its verb.
_ASIDE_OPENING = re.compile(rf"[^,;]{{1,60}},\s+{_MOVE_VERBS}", re.IGNORECASE)
# "a plant at Maputsoe, near the Ficksburg border crossing, which is expected to employ 320 people":
# a place's whereabouts set between it and its relative clause say nothing without the place.
_PLACE_ASIDE = re.compile(r"(?:near|outside|close\s+to|next\s+to|(?:north|south|east|west)\s+of)\s[^,;]{1,60},\s+(?:which|that|where)\b",
                          re.IGNORECASE)
# "Algeria's steel mills, including the Tosyali plant ..., still depend on imported ore": a list
# of instances is an aside between a subject and its verb as a relative clause is.
_RELATIVE_ASIDE = re.compile(r"\s*(?:which|whose|who|including|such as)\b", re.IGNORECASE)
# ", is not due ...", ", will open ...": the verb the subject before the aside waited for.
# a finite verb that needs a subject before it
_AUXILIARY = r"is|are|was|were|has|have|had|will|would|can|could|may|might|should|must|remains?|remained"
# (", still depend on ...": an adverb that only stands before a verb marks any word after it as one)
_VERB_GOES_ON = re.compile(rf",\s+(?:(?:{_AUXILIARY})\b|(?:still|also|now|already)\s+[a-z]{{3,}}\b)")
_APPOSITION_THEN_VERB = re.compile(rf",\s+(?:the|a|an)\s+[^,;]{{1,60}},\s+(?:{_AUXILIARY}|(?!says\b)[a-z]{{3,}}[^s\W]s)\b")
_CONDITION = re.compile(r"[,;]?\s*(?:provided|unless|as long as|on condition|only if|so long as)\b", re.IGNORECASE)
_DEPENDENT_OPENING = lazy_compile(r"(?:which|who|whose|where|mainly|mostly|largely|partly|chiefly|including|such as|"
                                r"led by|driven by|helped by|thanks to|recovering|bringing|taking|leaving|lifting|pushing|"
                                r"making|compared|up|down|"
                                # "exports to China, the country's biggest market, rose 6.3%": a
                                # clause that opens on its verb has its subject before the aside
                                + _MOVE_VERBS + r")\b")


_FINITE = (rf"(?:{_AUXILIARY}|covers|covered|includes|included|spans|comprises|handled|reached|totalled|totaled|accounted|"
           r"plans|planned|expects|expected|aims|signed|agreed|announced|" + _MOVE_VERBS[3:])
# a predicate, after an aside or none: "both in the Mangistau region, climbed", "is due to"
# (a past tense taking its object, "reported a 4.6% rise", "cut its forecast", is a predicate
# too; "compared with", "led by" are no predicates but a participle's phrase)
_DEED = (r"(?:(?!(?:need|seed|speed|feed|hundred|shed)\b)[a-z]{3,}ed|cut|set|put)\s+"
         rf"(?=(?:{'|'.join(sorted(OBJECT_OPENERS))})\b|[$€£¥]|\d)")
_PREDICATE_OPENING = re.compile(rf"(?:(?:and|but)\s+)?(?:[^,;:()]{{1,60}},\s+)?(?={_FINITE}|{_DEED})")
# the sentence's subject: a capitalised noun phrase up to the first comma, with no verb of its own
_SUBJECT = re.compile(r"[A-Z][^,;:()\"“”]{2,100}?(?=,\s)")
# or, for a predicate joined on by "and", the words that open the sentence up to its first verb
# ("Havborg said it was in talks ..., and would decide": Havborg would decide)
_FIRST_SUBJECT = re.compile(r"[A-Z][\w.’'&-]*(?:\s+[\w.’'&$-]+){0,7}?"
                            rf"(?=\s+(?:{_FINITE}|said|says|told|{_DEED}))")
_JOINED = re.compile(r"(?:and|but)\s")
# a word taking an object inside what would be the subject ("The cuts extend a programme") is a verb
_TAKES_OBJECT = re.compile(r"\b(?!(?:of|in|for|at|on|from|with|to|by|and|or|via|into|over)\b)[a-z][\w-]*\s+(?:a|an|the|its|their|his|her)\b")
_HAS_VERB = re.compile(rf"\b(?:{_FINITE}|said|says|told|{_DEED})", re.IGNORECASE)


def subject_before(text: str, left: int) -> str | None:
    """The sentence's subject when the piece from `left` opens on its predicate, else None."""
    if not text[left:left + 1].islower() or not _PREDICATE_OPENING.match(text, left):
        return None
    subject = _SUBJECT.match(text)
    if not subject or subject.end() > left or len(subject.group().split()) > 18 or _HAS_VERB.search(subject.group()):
        subject = _FIRST_SUBJECT.match(text) if _JOINED.match(text, left) else None
        if not subject or subject.end() > left or _TAKES_OBJECT.search(subject.group()):
            return None
    if _FRONTED_PHRASE.match(subject.group() + " ") or re.match(_NO_TIME, subject.group()) is None:
        return None  # "In April, ...": a fronted time or place is no subject
    return subject.group()


def subject_verb_start(text: str, left: int) -> int:
    """Where the predicate starts, past any aside it opens on."""
    match = _PREDICATE_OPENING.match(text, left)
    return match.end() if match else left


def _around(text: str, start: int, end: int, max_len: int) -> str:
    half = max(20, (max_len - (end - start)) // 2)
    left = max(0, start - half)
    right = min(len(text), end + half)
    left = text.rfind(" ", 0, left) + 1 if left > 0 else 0
    space = text.find(" ", right)
    right = space if space != -1 else len(text)
    return ("…" if left > 0 else "") + text[left:right] + ("…" if right < len(text) else "")


# '..., a ministry spokesman said.', '... in the Himalayas," said Anand Prakash, ...': who told it,
# after the last comma of the reason.
_SAID_AFTER = lazy_compile(r"[\"”]?,[\"”]?\s+(?:(?:[\w’'.-]+\s+){0,6}?(?:said|says|told|added|reported|showed|shows|noted)|according\s+to)\b[^\"“”]*$")

# "due to higher flour, fuel and labour costs, but that the government had no plan ...": what
# is set against the reason is no part of it.
_CONTRAST_AFTER = lazy_compile(r",\s+(?:but|while|whereas|although|though|even as|even though)\b|;\s"
                               # "due to a shortage of sulphuric acid, sending its shares tumbling": what
                               # followed from it ("due to the tax, adding that ..." goes on with the reason)
                               r"|,\s+(?:sending|prompting|pushing|leaving|causing|forcing)\b")


# ", sending its shares tumbling", ", halting most freight traffic": a participle after a comma tells
# what a move or a deed led to, no part of it nor its cause (a name in "-ing", ", Beijing", is none).
PARTICIPLE_AFTER = lazy_compile(r",\s+[a-z]+ing\b")


def from_cue(text: str, start: int, max_len: int) -> str | None:
    """The sentence from a cue ("because ...") to its end, when that reads whole within `max_len`:
    a reason cut mid-clause ("...were increasingly routing cargo…") leaves out its point."""
    tail = text[start:].lstrip(" ,;:–—-")
    contrast = _CONTRAST_AFTER.search(tail)
    tail = tail[: contrast.start()] if contrast else tail
    said = _SAID_AFTER.search(tail)
    tail = (tail[: said.start()] if said else tail).rstrip(" ,\"”")
    if not tail or len(tail) > max_len:
        return None
    return _finish(tail)


# "because its trade agreements ... allow goods in duty-free, while the pound's devaluation lowered
# local wage and land costs": a "while" clause with no figure whose subject acts on something
# is a second cause, not a contrast ("while exports to Europe fell 3%" moves a figure).
_SECOND_CAUSE = lazy_compile(r",\s+while\s+(?:[^\W\d]+[’'-]?\w*\s+){1,8}?(?:lowered|cut|reduced|eased|raised|lifted|boosted|drove|pushed|"
                             r"made|helped|hurt|squeezed|eroded|fuell?ed|spurred|dented|curbed)\s+[a-z]")


# "because shipping lines moved calls from nearby Valparaiso, where ..., and due to stronger
# shipments of copper": a second cue joined by "and" gives a second cause of the same move.
_AND_CAUSE = lazy_compile(r",\s+and\s+(?:also\s+)?(?:because|due\s+to|owing\s+to|thanks\s+to|as\s+a\s+result\s+of)\s", re.IGNORECASE)


def with_second_cause(text: str, start: int, max_len: int) -> str | None:
    """The reason from its cue through a ", while ..." clause giving a second cause, when the
    first clause break after the cue is that one and the whole reads within `max_len`; or through
    a second cue joined by "and"."""
    tail = text[start:].lstrip(" ,;:–—-")
    joined = _AND_CAUSE.search(tail)
    if joined is not None:
        rest = _CONTRAST_AFTER.search(tail, joined.end())
        said = _SAID_AFTER.search(tail, joined.end())
        cut = min([len(tail)] + [m.start() for m in (rest, said) if m is not None])
        whole = tail[:cut].rstrip(" ,\"”")
        if not _CONTRAST_AFTER.search(tail, 0, joined.start()) and len(whole) <= max_len:
            return _finish(whole)
    second = _SECOND_CAUSE.search(tail)
    contrast = _CONTRAST_AFTER.search(tail)
    if second is None or contrast is None or contrast.start() != second.start():
        return None
    rest = _CONTRAST_AFTER.search(tail, second.end())
    tail = tail[: rest.start()] if rest else tail
    said = _SAID_AFTER.search(tail)
    tail = (tail[: said.start()] if said else tail).rstrip(" ,\"”")
    return _finish(tail) if len(tail) <= max_len else None


_ATTRIBUTION_FOLLOWS = lazy_compile(r"[,;]?\s*(?:according to|\w+(?:\s\w+){0,5}\s(?:said|reported|says))", re.IGNORECASE)


def _is_attribution(piece: str) -> bool:
    return bool(_ATTRIBUTION_FOLLOWS.match(piece))


def _drop_attribution(text: str, end: int) -> str:
    match = _TRAILING_ATTRIBUTION.search(text)
    if match and match.start() >= end and match.start() > 40:
        return text[: match.start()]
    return text


# A clause cut from mid-sentence may open on the link that tied it to the clause before ("..., or
# about 63% of the total"); the answer starts at what the link led to ("About 63% of the total.").
_CUT_LINK = lazy_compile(r"^(?:or|and|but)\s+(?=[\w$€£¥(])")


def _finish(piece: str) -> str:
    piece = _CUT_LINK.sub("", piece.strip().rstrip(",;:–—-").strip())
    if not piece:
        return piece
    if piece[0].islower():
        piece = piece[0].upper() + piece[1:]
    if piece[-1] not in ".!?…\"”’)":
        piece += "."
    return piece


def citation(store: Store, sentence: SentenceRow, quote: str | None = None) -> Citation:
    info = store.article(sentence.article_id)
    return cite(info, sentence.article_id, sentence.paragraph, quote if quote is not None else sentence.text)


def cite(info: ArticleInfo | None, article_id: str, paragraph: int, quote: str) -> Citation:
    return Citation(
        article=article_id,
        paragraph=paragraph,
        quote=quote,
        title=info.title if info else "",
        date=info.date if info else "",
        source=info.source if info else "",
    )


def make_answer(question: str, intent: str, text: str, confidence: float, citations: list[Citation],
                suggestions: list[str] | None = None, alternatives: list[str] | None = None) -> Answer:
    return Answer(
        question=question,
        answered=True,
        intent=intent,
        text=text,
        confidence=round(max(0.0, min(1.0, confidence)), 2),
        citations=citations,
        suggestions=(suggestions or [])[:3],
        alternatives=(alternatives or [])[:3],
    )


def long_date(iso: str) -> str:
    if not iso:
        return ""
    d = date.fromisoformat(iso)
    return f"{d.day} {d.strftime('%B %Y')}"
