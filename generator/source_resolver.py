"""Turns the words a cue points at into a source's name, as full as the article allows.

Names are made as full as the article allows: the people list first (``Person.name``,
surname, the first word of one person with a role or gender: "Wang" for "Wang Lihua", "Tedros"
for "Tedros Adhanom Ghebreyesus"; aliases), then names already attributed ("Psaki" after "Jen Psaki", "the ministry"
after "the Interior Ministry", "the president" after "President ... Tokayev", "the fire service"
after "the Fire Service and Civil Defence": the part before "and" ending on an institution's word), then an acronym
the body spells out ("HRW" after "Human Rights Watch (HRW)"; in brackets also one kept from the
body's own language, a letter per capitalised word, three at least: "Patriotic Liberation Front
(FPL)", or written as one word after a body's name: "the National Water Commission (Conagua)",
never after a place: "Lima (Peru)"), the body the story opens on for
"the company" (the name after a possessive and a description of its kind: "Germany's rail
operator Deutsche Fernbahn"; or, when the story opens on a person, the name the lead shares
with the headline: "Ferrol City" for "... as Ferrol reach final"; a common word opening the story, written in
lower case elsewhere, is none: "Fighting for the city..."), the institution just named
for "the agency" (also one the people list took for a person, "Health Authority"), then runs
of capitalised words in the body. Pronouns resolve to the speaker of a quote around them, then ("he", "she") to the
person of that gender most recently cited, then ("it") to the named body the sentence before
opens on, cited or not ("The Centre for Volcanology (PVMBG) raised the alert. ..., it said"), else
the last body cited; otherwise the sentence stays unattributed rather than guessed.

Short forms merge into the name the body spells out: an initialism with or without dots
("U.N.", "ESA", "USGS") into the name whose capitals it is ("United Nations", "European Space
Agency", "US Geological Survey": a word in capitals gives all its letters; two letters only
for a name ending in a body's word, never "New York"), a company's first word into
the two-word name the body gives it ("Brightwell" into "Brightwell Industries", also as an
owner: "Brightwell's annual report"), and a short form the story
introduces ("the California Department of ..., known as Cal Fire"). A body's kind takes the name
the story gives it: one apposed to it ("her publisher, Edition Marlow" makes a later "her
publisher" Edition Marlow), the one body of that kind named so far ("a council spokesperson"
after "Wexford Borough Council approved..."), the body an owner's possessive opens the story on
("Moravia's central bank raised..."), and for "the group" or "the company" (also after a
nation's adjective: "the Spanish club") the body the sentence before opens on ("The Northern
Front rejected the figures. ..., the group said"). An adjective before a document ("according
to federal data") names no body.
A kind written after a name is no part of it ("the Friends of Ellesby Library group", "the Red
Bull team"), nor is a member's possessive before it ("Evenepoel's Soudal Quick-Step team"), as a
description before it is not ("the regulator Ofgem"), nor is the body a listed person is "of"
("Ursula Brenner of the Free University of Berlin" is the person), nor where it is based
("Moscow-based Arkada Capital"). A kind also takes the one name the story wrote before it in
lower case ("a trader on the Hyperion exchange ..., the exchange said"), and a U.N. body
described by its work ("the U.N. refugee agency") the one U.N. body the story names by its
initials (UNHCR), which a later "the agency" then means too.

What the story itself names (its people, acronyms, initialisms, bodies by kind, the body its
lead opens on) is read once by :mod:`generator.story_names`; this module adds what has been
cited so far. "The board", "the union" and "the tribunal" are the one body of
that kind the story named ("The National Transportation Safety Board's preliminary report ...
The board said"). A business kind ending a two-word name ("Pictures", "Buses", "Airlines") makes
its first word a short form of it ("Meridian" for "Meridian Pictures").

A role made of titles only ("the Chief Minister") is the one person who holds it, never a body
("Chief"); a body's kind after what it does or where it is based ("the power utility", "the
Dallas-based carrier") is that kind, and "the company" in a story that names one company by a
company's last word ("Calder Therapeutics", "Northwind Airways") is that company; a body's seat
is no part of it ("the court in Karlsruhe" is the court the story named); a kind written in lower
case after a name and a word of what it does takes all three ("the Westmoor health trust");
"official data" are the statistics office's once the story has cited one; a plural group
("Analysts") is never "it".

Knowingly missed: a union whose name does not end in its kind ("the Association of Flight
Attendants ... The union said"); a bare "police" named in full only later ("the Drenthe police");
"they", "we" and "I" resolve only to a quote's speaker, never to a group cited
before; a role nobody in the story holds ("a senior official") names no one, nor does one
unnamed person ("another witness", "a resident"); a bare kind stays bare when the story names
two bodies of that kind or none ("the association" after "the passenger association Pro Bahn"
stays bare); a cited name ending in a later phrase absorbs it ("Government figures" after the
"Ministry of Housing, Communities and Local Government" is the ministry); initials that the body
spells only across a possessive or a lower-case word are not matched. Also missed: a body's
name opening on a rank's word ("General Administration of Customs"), "its health ministry"
after a country, a name joined by "and" after "a spokesperson for" ("U.S. Customs and Border
Protection"), a body's name with a lower-case kind cited whole ("according to the Ifo
institute"; a later "the institute" is Ifo) and a description
standing for a body ("the Crown corporation" for Hydro-Quebec). A kind named before the body
("their union said", then "Unite members voted") stays bare; "the firm" with no body of that kind
named stays bare; a short ministry's name ("the industry ministry") is not matched to the full one
("Ministry of Trade, Industry and Energy"); an anonymous official of a body with a relative clause
between him and the verb ("A Liwa al-Fajr official who spoke on condition of anonymity ... said").
"""

from __future__ import annotations

import re
from bisect import bisect_right

from generator.model import Article, Person, Quote, Sentence
from generator.source_names import (
    CONNECTORS,
    DETERMINERS,
    ORG_HEADS,
    POST_NOMINALS,
    QUANTIFIERS,
    STOP_CAPS,
    TITLE_WORDS,
    display_name,
    is_title,
    name_suffixes,
    source_key,
    untitled,
    without_possessive,
)
from generator.sentence_tokens import sentence_tokens
from generator.source_phrases import (
    DOCUMENTS,
    FOLLOWERS,
    MEMBER_BODIES,
    MODIFIERS,
    SOURCE_NOUNS,
    TRAILING_WORDS,
    Words,
    is_initials,
    phrase_at,
    possessive,
)
from generator.story_names import (
    BODY_KINDS,
    GENERIC_BODIES,
    INSTITUTIONS,
    LEAD_SUBJECT,
    NOUN_AFTER_NAME,
    REFERRING_BODIES,
    StoryNames,
    initialism,
)

#: Words that join a body's name, never a person's: "Centre for Volcanology and Geology".
BODY_JOINS = frozenset("of for and".split())

#: What "the official version" and its kin are credited to.
AUTHORITIES = "Authorities"
OFFICIAL_ACCOUNTS = frozenset(
    "version figures data count toll tally statistics account sources numbers estimates".split()
)

#: Titles whose holder speaks for a body: "a spokesman for X" cites X.
BODY_TITLES = frozenset("spokesman spokeswoman spokesperson official officer representative".split())

#: What kind of source each pronoun stands for ("org": a body; None: no kind of its own).
PRONOUNS = {"he": "m", "she": "f", "it": "org", "they": None, "we": None, "i": None}
#: One unnamed person ("a witness", "another resident"): a role nobody in the story holds.
UNNAMED_PEOPLE = frozenset(
    """
    witness resident villager survivor neighbour neighbor passenger driver diplomat activist
    researcher scientist investigator organiser organizer protester demonstrator medic
    volunteer worker
    """.split()
)
#: Words of a group before "at": "analysts at JPMorgan" cites JPMorgan.
GROUP_WORDS = SOURCE_NOUNS | MODIFIERS | QUANTIFIERS

# "the U.N. refugee agency", "the UN's children's agency": a U.N. body described by its work
_UN_KIND = re.compile(r"\b(?:U\.N\.|UN|United Nations)(?:['’]s)? (?:[\w'’-]+ ){0,2}(?:agency|body|office|organi[sz]ation|programme|program|fund)\b")


class Resolver(StoryNames):
    """Turns a cue's phrase into a source's name, remembering who has been cited so far."""

    def __init__(self, article: Article, quotes: tuple[Quote, ...], people: tuple[Person, ...]):
        # every lookup is a dict or a bisect, so that a long article costs linear time
        super().__init__(article, people)
        self.quotes = sorted((q for q in quotes if q.end > q.start), key=lambda q: q.start)
        self.quote_starts = [q.start for q in self.quotes]
        self.quotes_opening: dict[str, list[Quote]] = {}
        for quote in quotes:
            self.quotes_opening.setdefault(quote.sentence, []).append(quote)
        self.sentence: Sentence | None = None  # the sentence being resolved
        self._places: dict[str, int] | None = None  # sentence id -> index, made when first asked
        self.kinds: dict[str, str] = {}  # "publisher" -> "Edition Marlow", named in apposition
        self.roles: dict[str, str] = {}
        self.by_suffix: dict[str, str] = {}  # every word-suffix of a cited name -> that name
        self.last_of_kind: dict[str, str] = {}  # "m", "f", "org" -> the last cited of that kind
        self.statistics: str | None = None  # the statistics office cited, whose data are "official data"

    def in_quote(self, offset: int) -> bool:
        i = bisect_right(self.quote_starts, offset) - 1
        return i >= 0 and self.quotes[i].start < offset < self.quotes[i].end

    def cited(self, name: str, offset: int) -> None:
        if "Statistic" in name:  # "the National Bureau of Statistics", "the Turkish Statistical Institute"
            self.statistics = name
        suffixes = name_suffixes(name)
        for suffix in suffixes:
            self.by_suffix[suffix] = name
        if " and " in suffixes[0]:  # "the fire service" after "the Fire Service and Civil Defence"
            first = suffixes[0].partition(" and ")[0]
            if " " in first and "," not in first and first.rsplit(" ", 1)[-1] in INSTITUTIONS:
                self.by_suffix.setdefault(first, name)
        genders = self.people.genders
        if not name.endswith("s") or name in genders or source_key(name) not in SOURCE_NOUNS:
            # a plural group ("Analysts") is no "it"
            self.last_of_kind[genders.get(name) or ("person" if name in genders else "org")] = name
        if name not in genders and len(suffixes) > 1 and not INSTITUTIONS.isdisjoint(suffixes[0].split()):
            self.last_of_kind["institution"] = name  # "the agency" may now mean it

    def resolve(self, words: list[str], sentence: Sentence, offset: int) -> str | None:
        self.sentence = sentence
        if len(words) > 2 and words[-1] in POST_NOMINALS:  # "prosecutor Helen Marsh KC"
            words = words[:-1]
        if len(words) > 2 and words[-2] == "in" and words[-3] in SOURCE_NOUNS:  # "the court in Karlsruhe"
            words = words[:-2]  # where a body sits is no part of it
        lower = [w.lower() for w in words]
        if len(words) == 1 and lower[0] in PRONOUNS:
            return self.pronoun(lower[0], sentence, offset)
        if words == [AUTHORITIES] or (len(lower) >= 2 and lower[-2] == "official" and lower[-1] in OFFICIAL_ACCOUNTS):
            return self.statistics or AUTHORITIES  # "official data showed", once the statistics office is cited
        if "," in words and lower[words.index(",") - 1] in BODY_KINDS:
            return self.apposed(words, lower)
        if words[0][:1].isupper() and " ".join(words) in self.acronyms:  # "Cal Fire", not a person
            return self.expand(words)
        person = self.person(words, lower) or ("of" in lower and self.affiliated(words, lower))
        if person:
            return person
        # a listed title, or one with a prefix ("co-ceo"): ``is_title`` only where a hyphen is
        titles = [i for i, w in enumerate(lower) if w in TITLE_WORDS or ("-" in w and is_title(w))]
        if titles:
            return self.titled(words, titles[-1])
        if lower[-1] in UNNAMED_PEOPLE and all(w.islower() for w in words):
            return None  # "another witness": a person nobody in the story names
        stripped = words[-1] in DOCUMENTS
        while len(words) > 1 and words[-1] in DOCUMENTS:  # "a Reuters tally" -> Reuters
            words, lower = words[:-1], lower[:-1]
        if words[-1] in DOCUMENTS or (stripped and _adjective_only(words)):
            return None  # "according to federal data": an adjective names no body
        if "at" in lower and set(lower[: lower.index("at")]) <= GROUP_WORDS:
            words = words[lower.index("at") + 1 :]  # "analysts at JPMorgan" -> JPMorgan
        unkinded = _unkinded(words)  # "Evenepoel's Soudal Quick-Step team": the team, its kind dropped
        return self.expand(_undescribed(_unpossessed(unkinded, body=len(unkinded) < len(words))))

    def apposed(self, words: list[str], lower: list[str]) -> str:
        """"her publisher, Edition Marlow": the name, which "her publisher" now means."""
        comma = words.index(",")
        name = self.person(words[comma + 1 :], lower[comma + 1 :]) or self.expand(words[comma + 1 :])
        self.kinds[lower[comma - 1]] = name
        return name

    def speaker(self, speaker: str, sentence: Sentence, offset: int) -> str | None:
        """A quote's speaker as a source: "agency" or "the president" resolved like a cue's."""
        if speaker in self.acronyms:  # "Cal Fire" after "..., known as Cal Fire"
            return self.expand(self.acronyms[speaker].split())
        if speaker[:1].isupper():
            kind = source_key(speaker)  # "His union" after "His union, the Brotherhood of ..."
            return self.kinds[kind] if kind in self.kinds else untitled(speaker)
        return self.resolve(speaker.split(), sentence, offset) or speaker

    def person(self, words: list[str], lower: list[str]) -> str | None:
        """The person of the people list the phrase names (by name, surname or alias)."""
        for i in range(max(0, len(lower) - 5), len(lower) - 1):
            # the name must end the phrase, and not follow "of": "Office for National Statistics"
            if i and lower[i - 1] in TRAILING_WORDS:
                continue
            name = self.people.names.get(" ".join(lower[i:]))
            if name:
                return name
        if len(words) == 1 and words[0][:1].isupper():
            name = self.people.surnames.get(lower[0]) or self.people.first_words.get(lower[0])
            if name:
                return name
        aliases = self.people.aliases
        if not aliases:
            return None
        text = " ".join(lower)
        return aliases.get(text) or aliases.get(source_key(text))

    def affiliated(self, words: list[str], lower: list[str]) -> str | None:
        """The person named before an "of" that gives where they work: "Ursula Brenner of the Free
        University of Berlin", "Marsh of Tidewater" (not "President of Kazakhstan ...")."""
        of = lower.index("of")
        return self.person(words[:of], lower[:of]) if of and words[of - 1][:1].isupper() else None

    def titled(self, words: list[str], title: int) -> str | None:
        lower = [w.lower() for w in words]
        """"President of Kazakhstan Kassym Jomart Tokayev", "White House spokeswoman", "Mr. Smith"."""
        rest = words[title + 1 :]
        run = rest
        if rest and rest[0].lower() in CONNECTORS:
            last = max(i for i, w in enumerate(rest) if w.lower() in CONNECTORS)
            run = rest[last + 1 :]
            if len(run) >= 3 and run[-1].lower() not in ORG_HEADS and "," not in run:
                run = run[1:][-3:]  # "of Kazakhstan Kassym Jomart Tokayev": the place comes first
            elif words[title].lower() in BODY_TITLES:
                return self.expand(rest[1:])  # "a spokesman for the Interior Ministry"
            else:
                run = []
        if run and all(w[:1].isupper() for w in run):
            name = self.expand(run)
            for word in words[: title + 1]:
                if is_title(word):
                    self.roles[word.lower()] = name
            return name
        role = words[title].lower()
        held = [w for w in lower if w not in DETERMINERS]
        if len(held) > 1 and all(is_title(w) for w in held):  # "the Chief Minister": a role, not a body
            return self.people.roles.get(" ".join(held))
        if role in self.roles:
            return self.roles[role]
        body = [
            i for i, w in enumerate(words[:title]) if w[:1].isupper() or w.lower() in SOURCE_NOUNS
        ]
        if role in BODY_TITLES and body:  # "a White House spokeswoman", "a ministry spokesman"
            return self.expand(words[body[0] : title])
        if body and words[title - 1].lower() in SOURCE_NOUNS:  # "the police chief"
            return self.expand(words[body[0] : title])
        return None  # a role nobody in the story holds: unattributed, not guessed

    def expand(self, words: list[str]) -> str:
        """The fullest name for a phrase: a cited name or a body name it ends, else itself."""
        name = " ".join(words).replace(" , ", ", ")  # "Ministry of Housing, Communities and ..."
        key = source_key(name)
        if not key:
            return name
        if key in self.by_suffix:  # "Psaki" after "Jen Psaki", "the ministry" after "Interior Ministry"
            return self.by_suffix[key]
        if len(words) == 1 and words[0][:1].isupper() and key in self.people.surnames:
            return self.people.surnames[key]
        if key in self.kinds:  # "her publisher" after "her publisher, Edition Marlow"
            return self.kinds[key]
        short = " ".join(words)
        if short in self.acronyms:  # "HRW" after "Human Rights Watch (HRW)"
            return self.expand(self.acronyms[short].split())
        initials = initialism(words[0]) if len(words) == 1 else ""
        if initials and initials in self.spelled:  # "U.N." after "United Nations"
            return self.expand(self.spelled[initials].split())
        key = _demonym_kind(key, words)  # "the Spanish club": the club the story named
        if key in GENERIC_BODIES and self.lead_subject:  # "the company" in a story about Netflix
            return self.lead_subject
        if key in REFERRING_BODIES or key in GENERIC_BODIES:
            named = self.named_kind(key)  # "a council spokesperson": the council the story named
            if named:
                return named
        if key in REFERRING_BODIES and "institution" in self.last_of_kind:  # "the agency said"
            return self.last_of_kind["institution"]
        if key in REFERRING_BODIES and self.un_body and _UN_KIND.search(self.sentence.text if self.sentence else ""):
            self.kinds[key] = self.un_body  # "the agency" now means it too
            return self.un_body  # "the U.N. refugee agency" in a story that names UNHCR
        if key in GENERIC_BODIES:  # "the company" in a story that names one: "Calder Therapeutics"
            end = self.sentence.end if self.sentence else len(self.body)
            companies = {name for start, name in self.companies if start < end}
            companies -= {name for name in companies for full in companies if full.startswith(f"{name} ")}
            if len(companies) == 1:
                return companies.pop()
        if key in GENERIC_BODIES:
            previous = self.previous_subject()  # "The Northern Front rejected ... the group said"
            if previous:
                return previous
        bare = without_possessive(words[0])  # "according to Brightwell's report"
        if len(words) == 1 and bare[:1].isupper() and bare in self.full_names:
            return self.full_names[bare]
        return display_name(name)

    def named_kind(self, kind: str) -> str | None:
        """The one body of that kind the story has named so far ("Wexford Borough Council")."""
        end = self.sentence.end if self.sentence else len(self.body)
        names = {name for start, name in self.named_kinds.get(kind, ()) if start < end}
        if not names:  # "a trader on the Hyperion exchange ..., the exchange said": the kind in lower case
            # (with a word of what it does, the name and kind together: "the Westmoor health trust")
            pattern = rf"\b(?:the|a|an) ([A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){{0,3}})( [a-z]+)? {kind}\b"
            names = {
                f"{m.group(1)}{m.group(2)} {kind}" if m.group(2) else m.group(1)
                for m in re.finditer(pattern, self.body[:end])
                if not self.is_person(m.group(1))
            }
        return names.pop() if len(names) == 1 else None

    def _sentence_before(self) -> Sentence | None:
        """The sentence before the one being resolved (``None`` for the first): found through a
        place-by-id table made once, so that a story of many "it said" stays linear."""
        if self.sentence is None:
            return None
        if self._places is None:
            self._places = {s.id: i for i, s in enumerate(self.sentences)}
        index = self._places.get(self.sentence.id, 0)
        return self.sentences[index - 1] if index else None

    def previous_subject(self) -> str | None:
        """The body the sentence before opens on, if it opens on one: "The Northern Front
        rejected the figures. ..., the group said"."""
        previous = self._sentence_before()
        if previous is None:
            return None
        text = previous.text
        match = LEAD_SUBJECT.match(text)
        if not match or text[match.end() - 1 :].split(None, 1)[0] in NOUN_AFTER_NAME:
            return None  # "New York prosecutors charged...": a place before its noun
        words = match.group(1).split()
        while words and words[0] in STOP_CAPS:
            words.pop(0)
        name = " ".join(words)
        looks = len(words) > 1 or (len(name) > 1 and name.isupper())
        return name if looks and not self.is_person(name) else None

    def pronoun(self, word: str, sentence: Sentence, offset: int) -> str | None:
        """The speaker of a quote around the pronoun, else the last cited of that kind."""
        if word != "it":
            first = bisect_right(self.quote_starts, sentence.end - 1)
            around = [
                q for q in self.quotes[max(0, first - 8) : first]
                if q.speaker and q.end >= sentence.start - 2
            ]
            if around:
                return min(around, key=lambda q: abs(q.end - offset)).speaker
        if word == "it":
            body = self.previous_body()
            if body:
                return body
        kind = PRONOUNS[word]
        return self.last_of_kind.get(kind) if kind else None

    def previous_body(self) -> str | None:
        """The named body the sentence before opens on, before its verb: "The Centre for
        Volcanology (PVMBG) raised the alert. ..., it said." ("it" is the subject just named,
        cited or not); none when it opens on a person, a kind or a verb of no subject."""
        previous = self._sentence_before()
        if previous is None:
            return None
        text = sentence_tokens(previous.text)
        lower = [w.lower() for w in text]
        phrase, end = phrase_at(Words(text, lower, previous.text, previous.start), 0)
        if not phrase or not text[phrase[-1]][:1].isupper():
            return None
        if end + 2 < len(text) and text[end] == "(" and text[end + 2] == ")":
            end += 3  # its short form: "(PVMBG)"
        if end >= len(text) or not text[end].isalpha() or not text[end].islower() or lower[end] in FOLLOWERS:
            return None
        words = text[phrase.start : phrase.stop]
        if len(words) < 2 and not words[0].isupper():
            return None
        if BODY_JOINS.isdisjoint(lower[phrase.start : phrase.stop]) and self.is_person(" ".join(words)):
            return None  # a person's name holds no "of", "for" or "and": "Centre for Volcanology"
        return self.expand(words)



#: Lower-case words that say what a body of a kind does: "the power utility", "the budget airline".
KIND_MODIFIERS = frozenset("power state state-owned state-run budget national flag low-cost".split())

#: How a nation's adjective ends: "Spanish", "German", "Chinese", "Dutch", "Israeli".
DEMONYM_ENDINGS = ("ish", "an", "ese", "ch", "i")


def _demonym_kind(key: str, words: list[str]) -> str:
    """"spanish club" -> "club": a body's kind after a nation's adjective (capitalised) means the
    body of that kind the story names; any other key is kept ("tech company", "Football Club")."""
    adjective, _, kind = key.partition(" ")
    if kind in GENERIC_BODIES and adjective.endswith(DEMONYM_ENDINGS) and words[-2][:1].isupper():
        return kind
    if kind in GENERIC_BODIES and (adjective.endswith("-based") or adjective in KIND_MODIFIERS):
        return kind  # "the Dallas-based carrier", "the power utility"
    return key


def _adjective_only(words: list[str]) -> bool:
    """What is left of "federal data" once the document is cut: a lower-case word no body's kind."""
    return len(words) == 1 and words[0].islower() and words[0] not in BODY_KINDS


def _unpossessed(words: list[str], *, body: bool = False) -> list[str]:
    """The person named after a body's possessive: "Amnesty International's Agnès Callamard";
    or the ``body`` (its kind already dropped) after its member's: "Hamilton's Mercedes team"."""
    for owner in range(len(words) - 1, -1, -1):
        if words[owner].endswith(("'s", "’s")):
            rest = words[owner + 1 :]
            return rest if len(rest) >= (1 if body else 2) and all(w[:1].isupper() for w in rest) else words
    return words


#: Kinds written after a body's name, not part of it: "the Friends of Ellesby Library group".
TRAILING_KINDS = frozenset(
    "group campaign charity organisation organization network movement collective initiative team".split()
)


def _unkinded(words: list[str]) -> list[str]:
    """A name without the kind written after it: "Friends of Ellesby Library group" -> "Friends
    of Ellesby Library"; only after two capitalised words ("the Wagner group" stays); a body's
    initials without what it does: "the ANWB motoring association" -> "ANWB"."""
    if len(words) >= 3 and words[-1] in MEMBER_BODIES and is_initials(words[-3]) and words[-2].islower():
        return words[-3:-2]
    if len(words) < 3 or words[-1] not in TRAILING_KINDS or not words[-2][:1].isupper():
        return words
    if possessive(words[-2]) or sum(w[:1].isupper() for w in words[:-1]) < 2:
        return words
    return words[:-1]


NAME_GLUE = TRAILING_WORDS | {","}
"""Lower-case words and marks inside a name: "Ministry of Housing, Communities and ..."."""


def _undescribed(words: list[str]) -> list[str]:
    """A name without the description before it: "the regulator Ofgem" -> "Ofgem", "the
    Moscow-based Arkada Capital" -> "Arkada Capital" (where a body is based is no part of its name)."""
    if not words[-1][:1].isupper():
        return words
    start = len(words)
    while start > 0 and (words[start - 1][:1].isupper() or words[start - 1].lower() in NAME_GLUE):
        start -= 1
    if 0 < start and words[start - 1].lower() not in DETERMINERS:
        words = words[start:]
    while len(words) > 1 and words[0].lower().endswith("-based"):  # "Moscow-based Arkada Capital"
        words = words[1:]
    return words
