"""The credit line: the agencies a story credits for its copy and the journalists who wrote it.

Agencies are the wire services and outlets the story credits for its copy, found in the
credit line: "With information from EFE, AFP and Europa Press", a "LONDON (Reuters) -",
"NEW YORK/LONDON, May 14 (Reuters) -" or "(AFP) -" dateline opening the story ("Gazipur, Nov 23
(bdnews24.com) -" names an outlet by its web address; "Accra, Oct. 2, GNA -" a wire bare after
the date, read only after a place and a date and when it looks like an agency's name) (after any
"By Jane Doe" byline lines; "Korvalle (Mabenga) (AFP) -" with its region in brackets; South
Asian wires' "New Delhi, Dec 3 (PTI) The ..." with no dash, or "(APP):", read only after a
place and a date), the outlet a byline names after a bar ("By Jane Doe | News24"), a closing
"— AFP" or "(AP)" or a last line that is only the agency's name ("The Canadian Press"), "Compiled by Reuters", "Sources: AFP",
and the outlet a story is translated or republished from ("Translated from Le Monde", "This
article first appeared in The Conversation"; "Translated from the Spanish by Ana Ruiz" names
a language and a translator, no outlet).

Journalists named in "Reporting by Jane Doe; Editing by John Roe" or "Additional reporting by"
wrote the copy; they are not where its facts come from, so they are not sources. The line is
still the story's credit, and an agency named in it ("Additional reporting by Reuters") is one.

Knowingly missed: a dateline with no dash and no date ("SEOUL (Yonhap) The ..."), too like an
ordinary opening ("The Democratic Party (DP) said"); an outlet after a comma in a byline unless
it is a known agency ("By Jane Doe, News24": a comma also lists journalists); credits only in
front matter, and outlets named as the place a quote first
appeared ("told the BBC"), which are not where the fact comes from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.lexicon import ROLE_NOUNS
from generator.model import Article, Sentence

#: Short names of wire services and the long forms that mean them.
AGENCY_NAMES = {
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "associated press": "AP",
    "the associated press": "AP",
    "agencia efe": "EFE",
    "deutsche presse-agentur": "dpa",
    "thomson reuters": "Reuters",
    "reuters staff": "Reuters",
    "press association": "PA",
    "pa media": "PA",
    "agenzia nazionale stampa associata": "ANSA",
    "xinhua news agency": "Xinhua",
    "kyodo news": "Kyodo",
    "united press international": "UPI",
    "australian associated press": "AAP",
    "anadolu agency": "Anadolu",
    "press trust of india": "PTI",
}

#: Names that are a wire service or outlet even in a journalists' credit line.
AGENCIES = frozenset(
    """
    afp ap reuters efe dpa ansa xinhua tass interfax kyodo bloomberg upi pa anp belga apa
    yonhap pti ians ani anadolu aap lusa irna bernama antara sputnik notimex télam telam
    europa press servimedia agencies ria novosti cnn bbc ntb tt ritzau stt ctk pap mti
    """.split()
) | frozenset(AGENCY_NAMES) | frozenset({"europa press", "ria novosti", "canadian press"})

# "LONDON (Reuters) -", "WASHINGTON, Jan 5 (AP) —", "(AFP) -", "MADRID, 3 Jun (EFE).-": a short
# dateline (its region in brackets: "Korvalle (Mabenga) (AFP) -"), then a dash.
_DATELINE = re.compile(
    r"(?:[A-Z][^\n()]{0,50}?(?:\([A-Z][^()\n]{1,30}\)[^\n()]{0,20}?)?)?\((?P<who>[^()\n]{2,40})\)\.?\s*[-–—]+\s"
)
# "New Delhi, Dec 3 (PTI) The ruling ...", "ISLAMABAD, Dec 3 (APP): ...", "New Delhi [India],
# December 3 (ANI): ...": South Asian wires put no dash after the bracket (or a colon), so the
# place must be followed by a date, which an ordinary opening ("The Democratic Party (DP) said",
# "Seoul (Yonhap) reported") never has.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"
_DATED = re.compile(
    r"[A-Z][^\n()\[\],]{0,40}(?:\s?[(\[][A-Z][^()\[\]\n]{1,30}[)\]])?,\s{0,2}"
    r"(?:" + _MONTH + r"\s{1,2}\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s{1,2}" + _MONTH + r")"
    r"(?:,?\s{1,2}\d{4})?\s{0,2}\((?P<who>[^()\n]{2,40})\)(?::|\s+(?=[A-Z\"“‘']))"
)
# "Accra, Oct. 2, GNA - The ...": some wires (the Ghana News Agency) put their name bare after
# the date, no bracket; the place and the date make it a dateline, and the name must look like an
# agency's (a known one or all capitals: "Accra, Oct. 2, Mr Mensah - " is no credit).
_DATED_BARE = re.compile(
    r"[A-Z][^\n()\[\],]{0,40},\s{0,2}"
    r"(?:" + _MONTH + r"\s{1,2}\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s{1,2}" + _MONTH + r")"
    r"(?:,?\s{1,2}\d{4})?,\s{0,2}(?P<who>[A-Z][\w.&'-]{0,20}(?: [A-Z][\w.&'-]{0,20}){0,2})\s{0,2}[-–—]+\s"
)
# "Gazipur, Nov 23 (bdnews24.com) -": an outlet known by its web address.
_DOMAIN = re.compile(r"(?:www\.)?[A-Za-z0-9][A-Za-z0-9-]{0,40}(?:\.[A-Za-z0-9-]{1,40}){0,2}\.[a-z]{2,6}")
# The bracketed datelines close a bracket within their first 160 characters: a story opening without one
# is not read by either.
_DATELINE_REACH = 160
# "With information from EFE, AFP and Europa Press", "With reporting from Reuters".
_WITH = re.compile(
    r"(?:with|con) (?:additional )?(?:information|reporting|info|inputs?|información|informaciones)"
    r"(?: from| by| de)?\s+(?P<who>.+?)\.?$",
    re.IGNORECASE,
)
_CONTRIBUTED = re.compile(r"(?P<who>.+?) contributed to this (?:report|story|article)\.?$", re.IGNORECASE)
# "Translated from Le Monde", "This article first appeared in The Conversation": the outlet
# the copy comes from; "Translated from the French by Jane Doe" names a language and a translator.
_REPUBLISHED = re.compile(
    r"(?:(?:translated|adapted|republished|reprinted|excerpted)(?: and \w+)? (?:from|by)"
    r"|(?:this (?:article|story|piece|interview|column|report) )?(?:was |is )?"
    r"(?:first |originally )(?:published|appeared|ran)(?: (?:in|by|on))?)"
    r"(?: the \w+ edition of)? (?P<who>.+?)\.?$",
    re.IGNORECASE,
)
#: Languages a translation is made from: "Translated from the Spanish" names no outlet.
LANGUAGES = frozenset(
    """
    french spanish german italian portuguese arabic russian chinese mandarin japanese korean
    turkish persian farsi dutch polish ukrainian greek hebrew hindi urdu swedish catalan
    """.split()
)
_SOURCE_LINE = re.compile(r"(?:sources?|fuentes?|agencies)\s*:\s*(?P<who>.+?)\.?$", re.IGNORECASE)
# "Reporting by Jane Doe in London; Editing by John Roe", "Compiled by Reuters".
_BYLINE = re.compile(
    r"\(?(?:additional )?(?:reporting|writing|editing|compiled|compilation|research|"
    r"production|graphics|text)(?: and \w+)* by\b",
    re.IGNORECASE,
)
_BY = re.compile(r"By\s+(?P<who>[A-Z][^.!?\n]{0,80}?)\.?")
_TRAILER = re.compile(
    r"(?:^|\s)[-–—]+\s*(?P<who>[A-Z][\w.&' -]{0,30}(?:\s*/\s*[A-Z][\w.&' -]{0,30})*)\.?$"
)
_PAREN_END = re.compile(r"\((?P<who>[^()\n]{2,30})\)\.?$")
# Every credit pattern above but _CONTRIBUTED is anchored at the line's start: a paragraph opening
# with none of their first words (and not crediting contributors) is story, read no further.
_CREDIT_OPENING = re.compile(
    r"(?i:with |con |sources?\s*:|fuentes?\s*:|agencies\s*:|\(|additional |reporting|writing|editing|"
    r"compiled|compilation|research|production|graphics|text|translated|adapted|republished|"
    r"reprinted|excerpted|this (?:article|story|piece|interview|column|report) |first |originally )|By\s|[-–—]"
)
# The same test on a paragraph still in the body, its leading white space skipped as
# ``str.strip`` does: the paragraphs that cannot credit are passed over without a copy.
_CREDIT_START = re.compile(r"\s*(?:" + _CREDIT_OPENING.pattern + ")")
_CONTRIBUTED_CUE = " contributed to this "
# Finds all the cue's lower-casings find, and a few more ("thiſ"), which the cue then rules out.
_CONTRIBUTED_ANY_CASE = re.compile(_CONTRIBUTED_CUE, re.IGNORECASE)
_LIST_SPLIT = re.compile(r"\s*(?:,|;|/|\band\b|\by\b|&)\s*")
_PLACE = re.compile(r"\s+(?:in|from|at)\s+[A-Z].*$")


@dataclass(frozen=True)
class Credit:
    """A credit line: where it stands, the agencies it names and the journalists it thanks."""

    sentence: Sentence
    """The credit's text; a dateline is the slice of the first sentence before the dash."""
    agencies: tuple[str, ...]
    journalists: tuple[str, ...] = ()
    cue: str = "credit line"


def find_credit(article: Article) -> Sentence | None:
    """The credit line ("With information from EFE, AFP and Europa Press"), if the article has one.

    An article may credit twice (a dateline and a closing line); the first one naming an agency
    is the credit, else the first naming journalists.
    """
    credits = find_credits(article)
    ranked = [c for c in credits if c.agencies] + [c for c in credits if not c.agencies]
    return ranked[0].sentence if ranked else None


def find_credits(article: Article) -> tuple[Credit, ...]:
    """Every credit line of the article, in reading order.

    The pipeline asks twice per article (the credit, then the sources): the last answer is
    kept, keyed on the article object itself (articles are frozen).
    """
    global _last_credits
    last = _last_credits
    if last[0] is article:
        return last[1]
    credits = _read_credits(article)
    _last_credits = (article, credits)
    return credits


_last_credits: tuple[Article | None, tuple[Credit, ...]] = (None, ())


def _read_credits(article: Article) -> tuple[Credit, ...]:
    credits: list[Credit] = []
    body = article.body
    # a paragraph may credit contributors anywhere in it: one search of the whole body says
    # whether any does (the lower case of a paragraph is a slice of the body's); the search
    # ignoring case skips lower-casing a whole body of curly quotes, slow, when none does
    contributed = bool(_CONTRIBUTED_ANY_CASE.search(body)) and _CONTRIBUTED_CUE in body.lower()
    story = False  # the dateline opens the story: the first paragraph after any byline lines
    for paragraph in article.paragraphs:
        credit = None
        # a credit is one short line opening on a credit's word; a long paragraph is story
        if paragraph.end - paragraph.start <= 300 and (
            _CREDIT_START.match(body, paragraph.start, paragraph.end)
            or (contributed and _CONTRIBUTED_CUE in body[paragraph.start : paragraph.end].lower())
        ):
            first = article.sentence_at(paragraph.start)
            text = body[paragraph.start : paragraph.end]
            credit = _credit_line(Sentence(first.id, paragraph.number, text, paragraph.start, paragraph.end))
        if not story and not credit:
            story = True
            credit = _dateline(body, article.sentence_at(paragraph.start))
        if credit:
            credits.append(credit)
    if article.sentences and not any(c.sentence.end == len(article.body.rstrip()) for c in credits):
        trailer = _trailer(article.sentences[-1])
        if trailer:
            credits.append(trailer)
    return tuple(credits)


def _dateline(body: str, first: Sentence) -> Credit | None:
    """"LONDON (Reuters) -" opening the story (read on the body: "5 Ene." may end a sentence)."""
    if body.find(")", first.start, first.start + _DATELINE_REACH) < 0:
        match = _DATED_BARE.match(body, first.start)
    else:
        match = _DATELINE.match(body, first.start) or _DATED.match(body, first.start)
    if not match:
        return None
    who = match.group("who")
    names = _names(who)
    if not names or len(names) != len(_LIST_SPLIT.split(who.strip())):
        return None
    if not all(_looks_like_agency(n) for n in names):
        return None
    text = match.group().rstrip()
    span = Sentence(first.id, first.paragraph, text, first.start, first.start + len(text))
    return Credit(span, tuple(_agency_name(n) for n in names), cue="dateline")


def _credit_line(line: Sentence) -> Credit | None:
    text = line.text.strip()
    if not _CREDIT_OPENING.match(text) and _CONTRIBUTED_CUE not in text.lower():
        return None
    for pattern in (_WITH, _SOURCE_LINE, _CONTRIBUTED):
        match = pattern.fullmatch(text)
        if match:
            names = _names(match.group("who"))
            if pattern is _CONTRIBUTED:  # "Jane Doe contributed to this report" is a journalist
                return _split_credit(line, names)
            return Credit(line, tuple(_agency_name(n) for n in names)) if names else None
    republished = _REPUBLISHED.fullmatch(text)
    if republished:
        return _republished(line, republished.group("who"), text)
    byline = _BY.fullmatch(text)
    if byline:  # "By Jane Doe, Associated Press": every part a short name, or it is story
        who, _, outlet = byline.group("who").partition("|")
        parts = _LIST_SPLIT.split(who.strip(" ."))
        names = _names(who)
        if names and len(names) == len([p for p in parts if p]):
            return _split_credit(line, names, _outlet(outlet))
    if _BYLINE.match(text):
        parts = re.split(r"[;|]|\.\s", text)
        names = [n for p in parts for n in _names(_BYLINE.sub("", p.strip(" ()."), count=1))]
        return _split_credit(line, names)
    for pattern in (_TRAILER, _PAREN_END):
        match = pattern.fullmatch(text) if pattern is _PAREN_END else pattern.match(text)
        if match and match.start("who") <= 4:
            names = _names(match.group("who"))
            if names and all(_looks_like_agency(n) for n in names):
                return Credit(line, tuple(_agency_name(n) for n in names))
    return None


def _republished(line: Sentence, who: str, text: str) -> Credit | None:
    """The outlet a translated or republished story comes from; a translator is a journalist."""
    outlet, _, translator = who.partition(" by ")
    outlet = outlet.split(",")[0]  # "Adapted from The Conversation, a news site"
    if text.lower().startswith(("translated by", "adapted by")):
        outlet, translator = "", who
    words = outlet.lower().split()
    if words[-1:] and words[-1] in LANGUAGES and len(words) <= 2:
        outlet = ""  # "from the French": a language, not an outlet
    names = [n for n in _names(outlet) if n[:1].isupper()] if outlet else []
    journalists = _names(translator) if translator else []
    if not names and not journalists:
        return None
    agencies = tuple(_agency_name(n) for n in names)
    return Credit(line, agencies, tuple(journalists))


def _split_credit(line: Sentence, names: list[str], outlets: tuple[str, ...] = ()) -> Credit | None:
    """A journalists' credit: the agencies it names are sources, the people are not."""
    if not names:
        return None
    agencies = tuple(_agency_name(n) for n in names if n.lower() in AGENCIES)
    return Credit(line, agencies + outlets, tuple(n for n in names if n.lower() not in AGENCIES))


#: Words that make the part of a byline after a bar something other than an outlet:
#: "By Jane Doe | Staff Writer", "By Jane Doe | Updated Dec 3".
NOT_OUTLET_WORDS = ROLE_NOUNS | frozenset(
    """
    writer staff columnist contributor updated published posted min read
    monday tuesday wednesday thursday friday saturday sunday
    """.split()
)


def _outlet(text: str) -> tuple[str, ...]:
    """The outlet a byline names after a bar ("By Jane Doe | News24"): one short capitalised
    name, not a role, a date or a time ("| Staff Writer", "| Updated 14:05")."""
    name = text.strip(" .")
    words = name.split()
    if not name[:1].isupper() or len(words) > 4 or "|" in name or ":" in name:
        return ()
    if any(w.isdigit() or w.lower() in NOT_OUTLET_WORDS for w in words):
        return ()
    return (_agency_name(name),)


def _trailer(last: Sentence) -> Credit | None:
    """A credit closing the last sentence: "... on Friday. — AFP" or "... (AP)", or a closing line
    that is only an agency's name: "The Canadian Press", "Associated Press"."""
    alone = last.text.strip(" .")
    if alone.lower().removeprefix("the ") in AGENCIES and alone[:1].isupper():
        return Credit(last, (_agency_name(alone.removeprefix("The ")),))
    for pattern in (_TRAILER, _PAREN_END):
        match = pattern.search(last.text)
        if match:
            names = _names(match.group("who"))
            if names and all(n.lower() in AGENCIES for n in names):
                start = last.start + match.start() + len(match.group()) - len(match.group().lstrip())
                span = Sentence(last.id, last.paragraph, last.text[start - last.start :], start, last.end)
                return Credit(span, tuple(_agency_name(n) for n in names))
    return None


def _names(text: str) -> list[str]:
    """The names of a credit list, places and trailing words dropped ("Jane Doe in London")."""
    names = []
    for part in _LIST_SPLIT.split(text.strip(" .")):
        part = _PLACE.sub("", part.strip(" .()")).strip()
        named = part[:1].isupper() or part.lower() in AGENCIES or _DOMAIN.fullmatch(part)
        if part and named and len(part.split()) <= 5:
            names.append(part)
    return names


def _looks_like_agency(name: str) -> bool:
    """A known agency, a short all-capitals name ("ANP", "EUROPA PRESS") or a web address
    ("bdnews24.com")."""
    return (
        name.lower() in AGENCIES
        or (name.replace(" ", "").isupper() and len(name) <= 20)
        or bool(_DOMAIN.fullmatch(name))
    )


def _agency_name(name: str) -> str:
    """The usual short name of an agency: "Agence France-Presse" -> "AFP"; "EUROPA PRESS" kept."""
    return AGENCY_NAMES.get(name.lower(), name)
