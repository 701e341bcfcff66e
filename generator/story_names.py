"""What the story itself names, read once per article: the lookups a source's name is made from.

The people list as lookups (full name, surname, the first word of one person with a role or
gender: "Wang" for "Wang Lihua"; aliases); the acronyms the body spells out ("HRW" after "Human
Rights Watch (HRW)"; in brackets also one kept from the body's own language, a letter per
capitalised word, three at least: "Patriotic Liberation Front (FPL)", or written as one word
after a body's name: "the National Water Commission (Conagua)", never after a place: "Lima
(Peru)"; or cut from a body's name, its letters in order: "the Ghana Cocoa Board (COCOBOD)";
and a short form the story introduces: "the California Department of ..., known as Cal Fire"); the initialisms its names spell ("United Nations" for "U.N.", "US Geological
Survey" for "USGS": a word in capitals gives all its letters; two letters only for a name
ending in a body's word, never "New York"); the bodies it names by their kind ("council" ->
"Wexford Borough Council"); the one U.N. body it names by its initials (UNHCR); and the body
the story opens on (the name after a possessive and a description of its kind: "Germany's rail
operator Deutsche Fernbahn"; the body an owner's possessive opens it on: "Moravia's central
bank raised..."; or, when the story opens on a person, the name the lead shares with the
headline: "Ferrol City" for "... as Ferrol reach final"; a common word opening the story,
written in lower case elsewhere, is none: "Fighting for the city...").

The story's lead is its first sentence with a lower-case word: a byline ("By Jane Doe", "Sam
Pearce | AAP") is passed over. Each lookup is computed on first use, as a dict, so that a long
article costs linear time.

A short form in brackets written as one word may have a capital inside it ("Turkish Statistical
Institute (TurkStat)"); a name in the people list that ends on a company's word ("Northwind
Airways") is a body, not a person, and the names the body gives by a company's last word are
kept for "the company", as are those wire copy describes as companies whatever their last word
("state-owned Codelco", "Nasdaq-listed Nvidia", "shares of Glencore", "Equinor's chief
executive", "Aramco, the Saudi oil giant,", and apposed to a company's kind: "The owner, Minoan
Lines, said").

Knowingly missed: initials that the body spells only across a possessive or a lower-case word
are not matched; a body's name opening on a rank's word ("General Administration of Customs");
a company described only by what it does ("the miner", "the producer") is not one "the company"
means, and with two companies named "the company" means neither, not the nearest.
"""

from __future__ import annotations

import re
from functools import cached_property

from generator.model import Article, Person, Sentence
from generator.source_names import (
    COMPANY_WORDS, ORG_HEADS, STOP_CAPS, TITLE_WORDS, full_names_in, source_key, untitled, without_possessive,
)
from generator.source_phrases import DOCUMENTS, MODIFIERS, SOURCE_NOUNS, TOKEN, Words, phrase_before

#: Bodies a story names once, then calls by their kind: "the company said".
GENERIC_BODIES = frozenset(
    """
    company firm bank group airline carrier club utility airport startup retailer insurer
    operator manufacturer carmaker automaker publisher developer network broadcaster team
    drugmaker lender
    """.split()
)

#: What a description says a name is a body: "the rail operator Deutsche Fernbahn".
BODY_KINDS = GENERIC_BODIES | (SOURCE_NOUNS - TITLE_WORDS)

#: Kinds a story calls a body it has just named: "the agency said" after naming it.
REFERRING_BODIES = frozenset(
    """
    agency regulator department commission authority ministry office organisation
    organization service council committee institute watchdog body board union tribunal
    exchange trust court
    """.split()
)

#: The last word of an institution's name: "National Highway Traffic Safety Administration".
INSTITUTIONS = REFERRING_BODIES | frozenset("administration bureau board survey centre center".split())

#: Capitalised words a story opens on that are not a name: "More than 200 homes...".
COMMON_OPENERS = frozenset("More Most Nearly About Almost Over Up Just Around Roughly Only Every".split())

#: Lower-case words that make a capitalised word before them a place or owner, not a subject:
#: "New York prosecutors", "Berlin police".
NOUN_AFTER_NAME = SOURCE_NOUNS | MODIFIERS | DOCUMENTS

# "Human Rights Watch (HRW)"; "the California Department of ..., known as Cal Fire".
# Two patterns, not one with two branches: each opens on a literal the engine searches fast.
_ACRONYM = re.compile(r"\(([A-Z]{2,8})\)")
# "the National Water Commission (Conagua)", "the energy regulator (Ofgem)": a short name in
# the body's own language, written as a word
_SHORT_WORD = re.compile(r"\(([A-Z][a-z]{3,11}(?:[A-Z][a-z]{2,8})?)\)")  # "(Conagua)", "(TurkStat)"
_KNOWN_AS = re.compile(r"known as ((?:(?:[A-Z]\.){2,}|[A-Z][\w&'’-]*)(?: [A-Z][\w&'’-]*){0,3})")
#: Words between a name and its "known as": "Cal Fire, also known as ...".
KNOWN_AS_GLUE = frozenset(", also better commonly".split())
# A name with its small words, whose capitals may spell an initialism: "United Nations".
_CAPITAL = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w’'&-]*)"  # "U.S." or "Geological"
_SPELLED = re.compile(rf"{_CAPITAL}(?:(?: (?:of|for|and|the|on|de|du|des|la|le))* {_CAPITAL})+")
# The capitalised name a story opens on, before a verb or a possessive: "HSBC's profit rose".
LEAD_SUBJECT = re.compile(
    r"(?:[A-Z][^()\n]{0,50}?\([^()\n]{2,40}\)\s*[-–—]+\s*)?"  # a dateline, "LONDON (Reuters) -"
    r"((?:[A-Z][\w.&-]*)(?: [A-Z][\w.&-]*){0,3})(?:['’]s)?\s+[a-z]"
)
# After the owner's possessive, a description and the body's name: "Germany's state-owned rail
# operator Deutsche Fernbahn plans..."; the description's last word says what the name is.
_DESCRIBED = re.compile(r"(?:[a-z][\w-]* ){0,3}([a-z]+) ((?:[A-Z][\w.&-]*)(?: [A-Z][\w.&-]*){0,3})\s+[a-z]")
# "UNHCR", "UNICEF": a U.N. body by its initials
_UN_INITIALS = re.compile(r"\bUN[A-Z]{2,6}\b")
_NAME_RUN = re.compile(r"[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*)*")

#: What wire copy calls a company after its name: "Codelco, the world's largest copper producer".
COMPANY_KINDS = frozenset(
    """
    company firm miner producer carmaker automaker utility major maker conglomerate supplier
    refiner retailer insurer lender manufacturer drugmaker chipmaker exporter airline carrier
    operator developer startup giant
    """.split()
)
_COMPANY_NAME = r"([A-Z][\w&-]*(?: [A-Z][\w&-]*){0,3})"  # no possessive: "Codelco's" is Codelco
# How wire copy tells a reader a name is a company: "state-owned Codelco", "Nasdaq-listed Nvidia",
# "shares of Glencore", "Equinor's chief executive", "Aramco, the Saudi oil giant". Four patterns,
# not one with four branches: each opens on a literal or a capital the engine searches fast.
_OWNED_COMPANY = re.compile(
    r"(?:\b(?:state|family|privately|publicly)[- ](?:owned|run|controlled|held|traded|listed)"
    rf"|\b[A-Z][\w]*-(?:based|listed|headquartered)|\blisted) {_COMPANY_NAME}"
)
_SHARES_OF = re.compile(rf"\b[Ss]hares of {_COMPANY_NAME}")
_COMPANY_OWNS = re.compile(
    rf"{_COMPANY_NAME}['’]s (?:chief executive|CEO|chief financial officer|CFO|shareholders|shares|share price|board of directors)\b"
)
_COMPANY_APPOSED = re.compile(
    rf"{_COMPANY_NAME}, (?:the|a) (?:[\w-]+['’]s )?(?:[\w-]+ ){{0,3}}?(?:{'|'.join(sorted(COMPANY_KINDS))})(?=[,.;:)]|$)"
)

#: What wire copy calls a company before the name it apposes: "The owner, Minoan Lines, said".
OWNER_KINDS = COMPANY_KINDS | frozenset("owner operator parent".split())
_KIND_APPOSED = re.compile(
    rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir) (?:[\w-]+ ){{0,2}}?(?:{'|'.join(sorted(OWNER_KINDS))}), {_COMPANY_NAME},"
)


class StoryNames:
    """The names the article gives, as lookups: the people list, acronyms, initialisms, bodies
    by kind and the body the story opens on; :class:`~generator.source_resolver.Resolver`
    builds on it, adding who has been cited so far."""

    def __init__(self, article: Article, people: tuple[Person, ...]):
        self.people = _PeopleIndex(people)
        self.body = article.body
        lead = _lead(article.sentences)
        self.lead = lead.text if lead else ""
        self.lead_end = lead.end if lead else 0
        self.sentences = article.sentences
        self.headline = set(article.title.split())

    @cached_property
    def lead_subject(self) -> str | None:
        """The body the story opens on ("HSBC's profit rose..."), unless it is a person."""
        match = LEAD_SUBJECT.match(self.lead)
        if not match or match.group(1).split()[0] in STOP_CAPS:
            return self.headline_subject
        name = match.group(1)
        if match.group().count("'s") or match.group().count("’s"):
            described = _DESCRIBED.match(self.lead, match.end() - 1)
            if described and described.group(1) in BODY_KINDS:
                return described.group(2)  # "Germany's ... rail operator Deutsche Fernbahn"
            owned = _owned_body(self.lead[match.end() - 1 :].split()[:3])
            if owned:  # "Moravia's central bank raised...": no name, the owner's body
                return f"{match.group(1)}'s {owned}"
        elif self.lead[match.end() - 1 :].split(None, 1)[0] in NOUN_AFTER_NAME:
            return None  # "New York prosecutors charged...": a place before its noun
        if self.is_person(name):
            return self.headline_subject
        # a proper name, not "More than...", "Prices rose": it looks like one or recurs as one
        looks = " " in name or match.group().count("'s") or name[1:] != name[1:].lower()
        single = not name.endswith("s") and name not in COMMON_OPENERS  # "Tesla", not "Prices"
        if not looks and self.written_lower(name):
            return None  # "Fighting for the city...", and "the fighting" later: a common word
        return name if looks or single or f" {name}" in self.body[self.lead_end :] else None

    def written_lower(self, word: str) -> bool:
        """Whether the headline or body also writes the word in lower case: not a name."""
        lower = word.lower()
        return re.search(rf"\b{re.escape(lower)}\b", f"{' '.join(self.headline)} {self.body}") is not None

    def is_person(self, name: str) -> bool:
        return name.lower() in self.people.names or name.split()[-1].lower() in self.people.surnames

    @cached_property
    def headline_subject(self) -> str | None:
        """The body a story opening on a person is about: the name the lead shares with the
        headline ("Okoye breaks record as Ferrol reach final" / "... as Ferrol City beat ...")."""
        for match in _NAME_RUN.finditer(self.lead):
            words = [w for w in match.group().split() if w not in STOP_CAPS]
            name = " ".join(words)
            if words and words[0] in self.headline and not self.is_person(name):
                return name
        return None

    @cached_property
    def acronyms(self) -> dict[str, str]:
        """"HRW" -> "Human Rights Watch", from "Human Rights Watch (HRW)" in the body; "Cal Fire"
        -> the name before ", known as Cal Fire"."""
        found: dict[str, str] = {}
        for match in _ACRONYM.finditer(self.body):
            name, short = self.name_before(match.start()), match.group(1)
            initials = "".join(w[0] for w in name if w[:1].isupper())
            if initials == short or initials.endswith(short) or _translated(initials, short):
                found.setdefault(short, " ".join(name[-2 * len(short) :]))
            elif _contracted(name, short):  # "the Ghana Cocoa Board (COCOBOD)"
                found.setdefault(short, " ".join(name))
        for match in _SHORT_WORD.finditer(self.body):  # only after a body's name: "Lima (Peru)" is a place
            name = self.name_before(match.start())
            head = name[-1].lower() if len(name) > 1 and name[0][:1].isupper() else ""
            if head in INSTITUTIONS or head in ORG_HEADS or head in BODY_KINDS:
                found.setdefault(match.group(1), " ".join(name))
        if "known as" in self.body:  # the short form the story goes on to use
            for match in _KNOWN_AS.finditer(self.body):
                name = self.name_before(match.start())
                if name and name[-1][:1].isupper():
                    found.setdefault(match.group(1), " ".join(name))
        return found

    def name_before(self, offset: int) -> list[str]:
        """The words of the name ending just before ``offset`` (and any ", also")."""
        window = TOKEN.findall(self.body[max(0, offset - 80) : offset])
        while window and window[-1] in KNOWN_AS_GLUE:
            window.pop()
        tokens = Words(window, list(map(str.lower, window)), "", 0)
        return tokens.words(phrase_before(tokens, len(tokens.text)))

    @cached_property
    def spelled(self) -> dict[str, str]:
        """Initials -> the body's name they spell: "UN" -> "United Nations", "ESA" -> "European
        Space Agency". Two letters only for a body's name ("United Nations", not "New York")."""
        found: dict[str, str] = {}
        for match in _SPELLED.finditer(self.body):
            words = match.group().split()
            while words and words[0] in STOP_CAPS:
                words.pop(0)
            caps = [i for i, w in enumerate(words) if w[:1].isupper()]
            for a, first in enumerate(caps):
                initials = ""
                for last in caps[a : a + 8]:
                    word = words[last]
                    initials += initialism(word) or word[0]  # "US Geological Survey": USGS
                    head = without_possessive(word.lower())
                    if last == first:
                        continue  # a name of one word spells nothing: "USGS" is no name for "USGS"
                    if len(initials) > 2 or head in ORG_HEADS or head in INSTITUTIONS:
                        name = " ".join(words[first : last + 1])
                        found.setdefault(initials, without_possessive(name))
        return found

    @cached_property
    def named_kinds(self) -> dict[str, list[tuple[int, str]]]:
        """A body's kind -> (offset, name) of the body names ending in it: "council" ->
        "Wexford Borough Council"."""
        found: dict[str, list[tuple[int, str]]] = {}
        for match in _NAME_RUN.finditer(self.body):
            words = match.group().split()
            end = next((k for k, w in enumerate(words) if w.endswith(".") and w[-2:-1].islower()), None)
            if end is not None:  # "... Workers Union. The union said": the sentence ends the name
                words = [*words[:end], words[end][:-1]]
            while words and words[0] in STOP_CAPS:
                words.pop(0)
            if len(words) > 2 and words[0].endswith(("'s", "’s")):  # "Germany's Federal Constitutional Court"
                words.pop(0)
            kind = without_possessive(words[-1].lower()) if len(words) > 1 else ""
            if kind in REFERRING_BODIES or kind in GENERIC_BODIES:
                name = without_possessive(" ".join(words))  # "... Board's report"
                found.setdefault(kind, []).append((match.start(), name))
        return found

    @cached_property
    def companies(self) -> list[tuple[int, str]]:
        """(offset, name) of the companies the body names by a company's last word: "Calder
        Therapeutics", "Northwind Airways" (which "the company" may mean)."""
        found = []
        for match in _NAME_RUN.finditer(self.body):
            words = [w for w in match.group().split() if w not in STOP_CAPS]
            if len(words) > 1 and without_possessive(words[-1].lower()).rstrip(".") in COMPANY_WORDS:
                found.append((match.start(), without_possessive(" ".join(words)).rstrip(".")))
        return sorted(found + self.described_companies)

    @cached_property
    def described_companies(self) -> list[tuple[int, str]]:
        """(offset, name) of the names wire copy describes as companies, whatever their last
        word: "state-owned Codelco", "Paris-based Vantor", "shares of Glencore", "Equinor's chief
        executive", "Aramco, the Saudi oil major,", "the ship's owner, Minoan Lines," (not "Ana Ruiz, the company's founder", nor
        "in Chile, the company said"); a person of the people list never."""
        found = []
        for pattern in (_OWNED_COMPANY, _SHARES_OF, _COMPANY_OWNS, _COMPANY_APPOSED, _KIND_APPOSED):
            for match in pattern.finditer(self.body):
                words = [w for w in match.group(1).split() if w not in STOP_CAPS]
                if words and not self.is_person(" ".join(words)):
                    found.append((match.start(1), " ".join(words)))
        return found

    @cached_property
    def full_names(self) -> dict[str, str]:
        """Read from the body only when a lone surname needs it."""
        return full_names_in(self.body)

    @cached_property
    def un_body(self) -> str | None:
        """The one U.N. body the story names by its initials ("UNHCR", "UNICEF"), which "the
        U.N. refugee agency" then means; none when it names several."""
        found = set(_UN_INITIALS.findall(f"{' '.join(self.headline)} {self.body}"))
        return found.pop() if len(found) == 1 else None


def _lead(sentences: tuple[Sentence, ...]) -> Sentence | None:
    """The sentence the story opens on: the first with a lower-case word, so that a byline
    ("By Jane Doe", "Sam Pearce | AAP") is passed over."""
    return next((s for s in sentences[:4] if _LOWER_WORD.search(s.text)), sentences[0] if sentences else None)


_LOWER_WORD = re.compile(r"(?<![\w.])(?!(?:and|in|of|for)\b)[a-z]{2,}")


class _PeopleIndex:
    """The people list as lookups: full name, surname and alias (lower case) -> full name."""

    def __init__(self, people: tuple[Person, ...]):
        self.names: dict[str, str] = {}
        self.surnames: dict[str, str] = {}
        self.aliases: dict[str, str] = {}
        self.first_words: dict[str, str | None] = {}  # None: two people open on the word
        self.genders: dict[str, str | None] = {}
        self.roles: dict[str, str | None] = {}  # "chief minister" -> its holder (None: two hold it)
        for person in people:
            if not person.name[:1].isupper():  # not a person's name ("del Mar")
                continue
            last = person.name.split()[-1].lower()
            if last in ORG_HEADS or last in COMPANY_WORDS:  # a body ("Health Authority", "Northwind Airways")
                continue
            name = untitled(person.name)  # "Constable Sarah Lee" -> "Sarah Lee"
            words = name.split()
            self.names.setdefault(name.lower(), name)
            self.surnames.setdefault(words[-1].lower(), name)
            if len(words) > 1 and (person.role or person.gender):  # "Wang" for "Wang Lihua"
                first = words[0].lower()
                self.first_words[first] = None if first in self.first_words else name
            self.genders[name] = person.gender
            if person.role:
                role = person.role.lower()
                self.roles[role] = None if role in self.roles else name
            for alias in person.aliases:
                self.aliases.setdefault(source_key(alias), name)


def _translated(initials: str, short: str) -> bool:
    """A short form kept from the body's own language: "Patriotic Liberation Front (FPL)",
    "Portuguese Institute for Sea and Atmosphere (IPMA)": one letter per capitalised word, three
    at least ("Los Angeles (AP)" is a dateline, not a name and its initials)."""
    return len(initials) == len(short) >= 3


def _contracted(name: list[str], short: str) -> bool:
    """A short form in capitals cut from a body's name rather than spelled by its initials:
    "Ghana Cocoa Board (COCOBOD)", "Ministry of Health (MINSA)": the name has a body's word
    and holds the short form's letters in order, the first opening one of its capitalised words
    ("Interior Ministry (AFP)" holds no "a" after its "f": a credit, not a short form)."""
    if len(short) < 3 or len(name) < 2 or not name[0][:1].isupper():
        return False
    words = [w.lower() for w in name]
    if not any(w in INSTITUTIONS or w in ORG_HEADS or w in BODY_KINDS for w in words):
        return False
    letters = short.lower()
    start = next((k for k, w in enumerate(words) if w[:1] == letters[0] and name[k][:1].isupper()), None)
    if start is None:
        return False
    rest = iter("".join(words[start:]))
    return all(letter in rest for letter in letters)


def initialism(word: str) -> str:
    """ "U.N." -> "UN", "ESA" -> "ESA"; "" for a word that is no initialism."""
    letters = word.replace(".", "")
    return letters if 2 <= len(letters) <= 8 and letters.isupper() and letters.isalpha() else ""


def _owned_body(words: list[str]) -> str:
    """The body after an owner's possessive, with no name: "central bank" in "Moravia's central
    bank raised"; "" when a name or no body's kind follows."""
    for k, word in enumerate(words):
        if not word.isalpha() or not word.islower():
            return ""
        if word in BODY_KINDS:
            return " ".join(words[: k + 1])
    return ""
