"""Who a cue's subject names, as the story is read: "he", "the president", "Psaki", "it".

The people found in the article (``generator.people``) are indexed by surname, by a name's
first word and by the head of their role; the reporting cues, read in order, tell who spoke
last and which body was cited last. A cue's subject is read once ("he", "the Brazilian
president", "a woman who works at a nearby bar", "the ministry") and resolved against what
the story has said up to that point, so a pronoun follows the last speaker or sentence
subject of its gender, and "it said" the body cited last.

A group at a named body ("Analysts at consultancy EcoGo", "Officials at the Pentagon") is the
body, its description dropped; "officials at a hospital in Gaza City" names none.

Knowingly missed: "it" meaning a document or a country not cited as a speaker; a "she"
meaning a woman named before an unnamed one spoke; a body the people list takes for a person
("Economists at Moscow-based Arkada Capital") resolves to that "person" as written.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from typing import NamedTuple, cast

from generator.lexicon import BODY_NOUNS, DOCUMENT_NOUNS, NAME_PARTICLES, NAME_STOPWORDS, ORG_WORDS
from generator.model import Article, Gender, Person
from generator.people import (
    BODIES_ONLY,
    TOKEN,
    gender_of_words,
    mentions,
    role_head,
    second_surname,
    surname,
    with_article,
)


class SpeakerIndex:
    """Turns the subject of a reporting cue into a speaker, following the story as it is read.

    Names and surnames resolve to the person with the fullest name; "he"/"she" to the last
    speaker or sentence subject of a matching gender; "the president" to the person holding
    that role (the latest one mentioned if several do), else to the name in apposition ("the
    block's owner, Calloway Housing Trust"). In a chain of body, title and name ("Cal Fire
    Battalion Chief Luis Ortega") the name closes the phrase and is tried first. "A police
    spokesman" or "officials" name nobody: speaker ``None``, role as written; one person so
    described ("a woman who works at a nearby bar") is who a following "she" means, until
    someone is named again. Bodies ("the Interior Ministry", "police", "Reuters") are speakers
    as written, without a leading "the"; "it said" and "the group said" name the body cited
    last, nearby (a generic noun like "group" any body, "the ministry" only a ministry); "the
    statement said" names whoever was cited next to "a statement" just before; with no body
    of that noun cited, "the exchange said" names the one written before the noun ("the
    Hyperion exchange"). A body with a
    named apposition is the name ("His union, the Brotherhood of ..."), a description before
    a body's name is dropped ("the opposition United People's Party"), and a body's name holds
    no one's surname ("The Korea Semiconductor Industry Association" is not "Daebo
    Semiconductor"). A "person" whose name stands in another's role ("Norfolk Central
    spokeswoman Dana Whitcomb") is a body and no "he" or "she"; a subject of unknown gender
    gives way to a person of the pronoun's gender introduced with a role since. Relatives
    sharing a surname are told apart by their full names; the bare surname means the one
    introduced first.

    Knowingly missed: "it" meaning a document or a country not cited as a speaker; a "she"
    meaning a woman named before an unnamed one spoke; "the company said" meaning a company
    named only as a clause's subject ("while Minera Andina has offered"), when an outlet was
    cited since ("documents seen by La Tercera"): the outlet is the body cited last.
    """

    def __init__(self, article: Article, people: tuple[Person, ...]) -> None:
        self._people = people
        # the one introduced first is who a bare surname means: relatives come later, named in full
        self._by_surname: dict[str, Person] = {}
        for person in people:
            self._by_surname.setdefault(surname(person).lower(), person)
        kin = [p for p in people if self._by_surname[surname(p).lower()] is not p]
        self._kin = tuple(kin + [self._by_surname[surname(p).lower()] for p in kin])
        for person in people:
            second = second_surname(person.name)
            if second:
                self._by_surname.setdefault(second.lower(), person)
        # "Tedros Adhanom Ghebreyesus" ... "Tedros said", "Vice Governor Chen Ming" ... "Chen said":
        # a name's first word, when no one else's name opens with it and no one's surname is it
        firsts: dict[str, list[Person]] = {}
        for person in people:
            words = person.name.split()
            if len(words) > 1:
                firsts.setdefault(words[0].lower(), []).append(person)
        self._by_first = {word: holders[0] for word, holders in firsts.items() if len(holders) == 1}
        self._by_role: dict[str, list[Person]] = {}
        for person in people:
            head = role_head(person.role)
            if head:
                self._by_role.setdefault(head, []).append(person)
        self._by_name = {p.name: p for p in people}
        self._events: list[tuple[int, Person | _Unnamed]] = []
        self._bodies: list[tuple[int, str]] = []
        self._event_offsets: list[int] = []
        self._article = article
        self._mentions: list[tuple[int, Person, bool]] = []
        self._mention_offsets: list[int] | None = None
        self._deferred: list[Callable[[], None]] = []
        self._in_roles: frozenset[str] | None = None

    def defer(self, note: Callable[[], None]) -> None:
        """Make a note only when a look-up reads the notes, in the order notes were deferred.

        Noting a paragraph's reported speech means reading all its cues, yet most quotes name
        their speaker and resolve without any note: deferred, that work is done only for the
        stories where a "he" or an "it said" asks who spoke last, and the answer is the same.
        """
        self._deferred.append(note)

    def _settle(self) -> None:
        """Make the deferred notes; a note that itself reads the notes sees those made before it."""
        deferred, self._deferred = self._deferred, []
        for note in deferred:
            note()

    def note(self, speaker: str, offset: int) -> None:
        """Remember who spoke where, so that a later "he said" can follow."""
        person = self._by_name.get(speaker)
        if person:
            self._add_event(offset, person)

    def note_unnamed(self, subject: str, offset: int) -> None:
        """Remember that someone described but not named spoke here ("A woman who works at a
        nearby bar said", "one witness told"): a "she" that follows means her, not the last
        woman named. Only one person, introduced as such: "officials" or "the ministry" are no
        "he" or "she"."""
        head = subject.strip().partition(",")[0]
        words = head.lower().split()
        if len(words) < 2 or words[0] not in _ONE_PERSON:
            return
        if role_head(head) or gender_of_words(head):
            self._add_event(offset, _Unnamed(_without_article(head), gender_of_words(head)))

    def note_body(self, speaker: str, offset: int) -> None:
        """Remember that a named body spoke here ("Kestria's trade ministry called ..."), so
        that a later "it said" or "the group said" can follow."""
        if speaker not in self._by_name and speaker[:1].isupper():
            bisect.insort(self._bodies, (offset, speaker))

    def _add_event(self, offset: int, person: Person | _Unnamed) -> None:
        index = bisect.bisect_right(self._event_offsets, offset)
        self._event_offsets.insert(index, offset)
        self._events.insert(index, (offset, person))

    def resolve(self, subject: str, offset: int, *, continuing: bool = False) -> tuple[str | None, str | None]:
        """(speaker, role) for a cue's subject as written, at ``offset`` in the body.

        ``continuing``: the cue says the speaker goes on ("she added"), so a pronoun means
        the last one who spoke, not a person merely named since."""
        surnames, kind, value = _read_subject(subject)
        person = next((p for p in self._kin if p.name in subject), None) if self._kin else None
        person = person or self._named(surnames)
        if person:
            return person.name, person.role
        if kind == _PRONOUN_SUBJECT:
            meant = self._pronoun(cast(str, value), offset, continuing)
            if isinstance(meant, _Unnamed):
                return None, meant.role
            return (meant.name, meant.role) if meant else (None, None)
        if kind == _ROLE_SUBJECT:
            role, head, as_written, apposition = cast("tuple[str, str, str | None, str]", value)
            person = self._holder(role, head, offset)
            if person:
                return person.name, person.role
            if apposition[:1].isupper():  # "The block's owner, Calloway Housing Trust": the name says who
                return self.resolve(apposition, offset)
            return None, as_written
        if kind == _APPOSITION_SUBJECT:
            return self.resolve(cast(str, value), offset)
        if kind == _DOCUMENT_SUBJECT:
            return self._issuer(cast(str, value), offset)
        if kind == _BODY_SUBJECT:
            noun, written = cast("tuple[str | None, tuple[str | None, str | None]]", value)
            body = self._last_body(offset, noun) or (self._name_before_noun(offset, noun) if noun else None)
            return (body, None) if body else written
        return cast("tuple[str | None, str | None]", value)

    def _last_body(self, offset: int, noun: str | None) -> str | None:
        """The body named last before ``offset``, within reach, that "it" (``noun`` None) or
        "the <noun>" can mean: a body whose name ends with that noun ("the ministry": "Interior
        Ministry"), or, for a generic noun ("the group", "the company"), one whose name ends
        with no body noun ("Northern Front", "Amnesty International")."""
        self._settle()
        index = bisect.bisect_left(self._bodies, (offset, ""))
        for at, name in reversed(self._bodies[max(0, index - _LOOK_BEHIND) : index]):
            if offset - at > _BODY_REACH:
                break
            last = name.split()[-1].lower()
            if noun is None or last == noun or (noun in _GENERIC_BODIES and last not in BODY_NOUNS):
                return name
        return None

    def _name_before_noun(self, offset: int, noun: str) -> str | None:
        """The name written before the noun, in lower case, last within reach: "the Hyperion
        exchange ... the exchange said" is Hyperion, "the Wagner group ... the group said"
        Wagner. A person's name is no body's ("the Biden administration")."""
        body = self._article.body
        found = None
        for found in _named_noun(noun).finditer(body, max(0, offset - _BODY_REACH), offset):
            pass
        if found is None:
            return None
        name = found.group(1)
        if any(word.lower() in self._by_surname or word in self._by_name for word in name.split()):
            return None
        return name

    def _issuer(self, noun: str, offset: int) -> tuple[str | None, str | None]:
        """Who issued the text "the statement said" quotes: the speaker or person cited next to the last
        "statement" before it ("Police said in a statement ...", "In a statement, the ministry
        said"), within the sentence's reach; nobody when no issuer is cited there. The text must
        be introduced as one ("in a statement", "issued a statement"): "the preliminary report
        said" quotes a document no cue says anyone wrote."""
        self._settle()
        body = self._article.body
        at = body.rfind(f"a {noun}", max(0, offset - _BODY_REACH), offset)
        if at < 0 or (at and body[at - 1].isalnum()):
            return None, None
        near: list[tuple[int, int, str, str | None]] = [
            (abs(where - at), where, name, None) for where, name in self._bodies if where < offset
        ]
        near += [
            (abs(where - at), where, person.name, person.role)
            for where, person in self._events
            if where < offset and isinstance(person, Person)
        ]
        self._mentions_read()  # "Mayor Ann Cole issued a statement": a person named by it
        near += [(abs(where - at), where, person.name, person.role) for where, person, _ in self._mentions if where < offset]
        near = [found for found in near if found[0] <= _ISSUER_REACH]
        if not near:
            return None, None
        _, _, name, role = min(near)
        return name, role

    def _role_bodies(self) -> frozenset[str]:
        """The "people" whose name stands in another's role ("Norfolk Central spokeswoman Dana
        Whitcomb"): bodies that passed for names, which no "he" or "she" means."""
        if self._in_roles is None:
            roles = "\n".join(p.role for p in self._people if p.role)
            self._in_roles = frozenset(p.name for p in self._people if p.name in roles and p.name not in (p.role or ""))
        return self._in_roles

    def _mentions_read(self) -> list[int]:
        """The offsets of the people's mentions, read on first use: many stories never ask
        (a name or a body resolves without them)."""
        if self._mention_offsets is None:
            article = self._article
            self._mentions = _subject_mentions([s.start for s in article.sentences], mentions(article.body, self._people))
            self._mention_offsets = [offset for offset, _, _ in self._mentions]
        return self._mention_offsets

    def first_person(self, start: int, end: int) -> Person | None:
        """The first person mentioned between two offsets."""
        found = self.first_mention(start, end)
        return found[1] if found else None

    def first_mention(self, start: int, end: int) -> tuple[int, Person] | None:
        """Where the first person mentioned between two offsets is mentioned, and who."""
        index = bisect.bisect_left(self._mentions_read(), start)
        if index < len(self._mentions) and self._mentions[index][0] < end:
            return self._mentions[index][:2]
        return None

    def _named(self, surnames: tuple[str, ...]) -> Person | None:
        for word in surnames:
            if word in self._by_surname:
                return self._by_surname[word]
        if len(surnames) == 1:  # a lone word may be the first of a name written surname first
            return self._by_first.get(surnames[0])
        return None

    def _holder(self, role: str, phrase: str, offset: int) -> Person | None:
        """Who holds the role: "the Brazilian president" must match "Brazilian President"."""
        holders = [p for p in self._by_role.get(role, []) if _qualifiers_match(phrase, p.role or "")]
        if len(holders) <= 1:
            return holders[0] if holders else None
        recent = self._recent(offset, lambda p, subject: p in holders)
        return recent

    def _pronoun(self, gender: str, offset: int, continuing: bool = False) -> Person | _Unnamed | None:
        """The last speaker or sentence subject whose gender fits, known genders first; for a
        speaker going on ("she added"), the last speaker whose gender fits, when there is one:
        "Pruitt said ... Her friend Joan Maddox sat beside her. “...,” she added" is Pruitt's."""
        bodies = self._role_bodies()
        fits = lambda p: p.gender == gender or (p.gender is None and not (isinstance(p, Person) and p.name in bodies))  # noqa: E731
        if continuing:
            speaker = self._last_speaker(offset, fits)
            if speaker:
                return speaker
        subject = self._last_subject(offset, fits, _PRONOUN_REACH)
        if subject and subject[1].gender == gender:
            return subject[1]
        # "She said" after a subject of unknown gender: a woman named nearby is likelier, and
        # one introduced with her role since that subject is likelier still ("Northway said ...
        # Maddox and the union's negotiator, Dave Kerrigan, left, but he"): a subject of unknown
        # gender is often a body that passed for a name.
        named = self._last_subject(offset, lambda p: p.gender == gender, _STRICT_REACH, anywhere=True)
        if subject and named and named[0] > subject[0] and getattr(named[1], "role", None):
            return named[1]
        return subject[1] if subject else named[1] if named else None

    def _last_speaker(self, offset: int, fits) -> Person | _Unnamed | None:
        """The last speaker noted before ``offset`` that ``fits``, within a pronoun's strict reach."""
        self._settle()
        index = bisect.bisect_left(self._event_offsets, offset)
        for at, person in reversed(self._events[max(0, index - _LOOK_BEHIND) : index]):
            if offset - at > _STRICT_REACH:
                break
            if fits(person):
                return person
        return None

    def _last_subject(
        self, offset: int, fits, reach: int, *, anywhere: bool = False
    ) -> tuple[int, Person | _Unnamed] | None:
        """The last speaker or sentence subject before ``offset`` that ``fits``, and where."""
        self._settle()
        index = bisect.bisect_left(self._event_offsets, offset)
        event = None
        for at, person in reversed(self._events[max(0, index - _LOOK_BEHIND) : index]):
            if offset - at > reach:
                break
            if fits(person):
                event = (at, person)
                break
        mention = self._recent_mention(offset, lambda p, subject: (subject or anywhere) and fits(p), reach)
        if event and (not mention or mention[0] <= event[0]):
            return event
        return mention

    def _recent(self, offset: int, fits) -> Person | None:
        found = self._recent_mention(offset, fits)
        return found[1] if found else None

    def _recent_mention(self, offset: int, fits, reach: int = 0) -> tuple[int, Person] | None:
        index = bisect.bisect_left(self._mentions_read(), offset)
        for position in range(index - 1, max(-1, index - _LOOK_BEHIND), -1):
            at, person, subject = self._mentions[position]
            if offset - at > (reach or _PRONOUN_REACH):
                break
            if fits(person, subject):
                return at, person
        return None


@functools.lru_cache(maxsize=64)
def _named_noun(noun: str) -> re.Pattern[str]:
    """ "the Hyperion exchange", "the Wagner group": capitalised words between "the" and the noun."""
    return re.compile(rf"\b[Tt]he ([A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){{0,2}}) {re.escape(noun)}\b")


class _Unnamed(NamedTuple):
    """Someone a cue describes but does not name ("a woman who works at a nearby bar")."""

    role: str
    gender: Gender | None


_ONE_PERSON = frozenset(("a", "an", "one", "another"))

_PRONOUN_SUBJECT, _ROLE_SUBJECT, _APPOSITION_SUBJECT, _AS_WRITTEN = "pronoun", "role", "apposition", "as written"
_BODY_SUBJECT, _DOCUMENT_SUBJECT = "body", "document"
_DETERMINERS = frozenset("the its his her their our".split())
#: Lower-case words inside a body's name ("Ministry of Trade, Industry and Energy").
_NAME_LINKS = frozenset("of and for on the".split())


@functools.lru_cache(maxsize=4096)
def _read_subject(subject: str) -> tuple[tuple[str, ...], str, object]:
    """What a cue's subject says before the story tells who that is, as (surnames, kind, value).

    ``surnames``: its capitalised words, lowered, to try as surnames first. Then the kind:
    a pronoun (value: its gender), a role to find the holder of (value: role noun, phrase,
    role as written when nobody holds it), an apposition to read instead (value: its
    text) or the answer as written (value: speaker, role). Subjects repeat ("he", "the
    president", "police"): reading each once saves the tokenising.
    """
    text = subject.strip().rstrip(",")
    document = _DOCUMENT_OF.match(text)
    if document and document.group(1).lower() in DOCUMENT_NOUNS:
        return _read_subject(document.group(2))
    head, _, apposition = text.partition(",")
    words = TOKEN.findall(head)
    if not words:
        return (), _AS_WRITTEN, (None, None)
    # The name closes its noun phrase ("Cal Fire Battalion Chief Luis Ortega"): the words up to
    # a preposition are tried last first, then those after it ("Dr Tom Achebe of the charity
    # Dementia Research Forward") and those of an apposition.
    core = next((i for i, word in enumerate(words) if word in _PHRASE_ENDS), len(words))
    # A body's name ("The Korea Semiconductor Industry Association") holds no one's surname.
    named_body = core > 0 and words[core - 1][0].isupper() and words[core - 1].lower() in ORG_WORDS
    surnames = tuple(
        word.lower()
        for word in ([] if named_body else words[core - 1 :: -1] + words[core:]) + TOKEN.findall(apposition)
        if word[0].isupper() or with_article(word)
    )
    first = words[0].lower()
    if first in _GROUPS_AT and len(words) > 2 and words[1] == "at":
        body = _body_at(head)
        if body:  # "Analysts at consultancy EcoGo": the body they work at speaks through them
            return surnames, _AS_WRITTEN, (body, None)
    if first in _INDEFINITE:
        return surnames, _AS_WRITTEN, (None, _without_article(head))
    if first in ("he", "she") or (first in ("his", "her", "him") and len(words) == 1):
        return surnames, _PRONOUN_SUBJECT, "f" if first in ("she", "her") else "m"
    if first == "it" and len(words) == 1:
        return surnames, _BODY_SUBJECT, (None, (None, None))  # "it said": the body last cited
    if len(words) == 2 and first == "the" and words[1].lower() in DOCUMENT_NOUNS:  # "the statement said"
        return surnames, _DOCUMENT_SUBJECT, words[1].lower()
    if words[-1] in BODY_NOUNS and first in _DETERMINERS and _names_something(apposition):
        return surnames, _APPOSITION_SUBJECT, apposition  # "His union, the Brotherhood of ..."
    if len(words) == 2 and first == "the" and words[1] in BODY_NOUNS:  # "the group said"
        return surnames, _BODY_SUBJECT, (words[1], (words[1], None))
    if first in _UNRESOLVED_PRONOUNS or words[-1].lower() in DOCUMENT_NOUNS:
        return surnames, _AS_WRITTEN, (None, None)  # "this report says": the text, not who wrote it
    role = role_head(head)
    if role and words[-1].lower() not in BODIES_ONLY:
        if not words[-1][0].islower() and first not in ("the",):  # indefinite subjects returned above
            return surnames, _AS_WRITTEN, (None, _without_article(head))
        return surnames, _ROLE_SUBJECT, (role, head, _without_article(head), apposition.strip())
    if any(w[0].isupper() for w in words[1:]) or words[0][0].isupper() and first not in NAME_STOPWORDS:
        return surnames, _AS_WRITTEN, (_body_name(_without_article(head)), None)
    if words[-1].lower() in BODY_NOUNS:
        return surnames, _AS_WRITTEN, (_without_article(head), None)
    if apposition:
        return surnames, _APPOSITION_SUBJECT, apposition
    return surnames, _AS_WRITTEN, (None, None)


def _subject_mentions(
    starts: list[int], found: list[tuple[int, Person]]
) -> list[tuple[int, Person, bool]]:
    """Mentions, each flagged when it is the first of its sentence and near its start."""
    flagged = []
    last_sentence = -1
    for offset, person in found:
        sentence = bisect.bisect_right(starts, offset) - 1
        first = sentence != last_sentence and sentence >= 0 and offset - starts[sentence] < _SUBJECT_REACH
        flagged.append((offset, person, first))
        last_sentence = sentence
    return flagged


@functools.lru_cache(maxsize=1024)
def _qualifiers_match(phrase: str, role: str) -> bool:
    """Every word qualifying the role noun in ``phrase`` appears in ``role`` (Kazakh ~ Kazakhstan)."""
    role_words = _PLAIN_WORD.findall(role.lower())
    head = role_head(phrase)
    for word in _PLAIN_WORD.findall(phrase.lower()):
        if word in ("the", "a", "an", "of", "his", "her", "its", "their", head) or word in role_words:
            continue
        if len(word) < 5 or not any(w.startswith(word[:5]) for w in role_words):
            return False
    return True


def _names_something(apposition: str) -> bool:
    """An apposition that names ("the Brotherhood of ...", "Unite"), not one that describes."""
    words = apposition.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return bool(words) and words[0][0].isupper()


def _body_name(text: str) -> str:
    """A body's name without the description before it: "opposition United People's Party" is
    the "United People's Party". Only plain lower-case words go, before a name all in capitals
    and particles; "state-run Xinhua news agency", "country's Interior Ministry" and "data from
    ICE Futures Europe" (a document and its source) stay whole."""
    words = text.split()
    first = next((i for i, word in enumerate(words) if word[0].isupper()), 0)
    if not first or any(not word.isalpha() or word in _PHRASE_ENDS for word in words[:first]):
        return text
    if all(word[0].isupper() or word in NAME_PARTICLES or word in _NAME_LINKS for word in words[first:]):
        return " ".join(words[first:])
    return text


def _body_at(head: str) -> str | None:
    """The named body after "<group> at": its description ("consultancy", "the Moscow-based")
    dropped; None unless what is left is a name (capitalised words, "of", "and", "&")."""
    words = head.split(" at ", 1)[1].split()
    while words and (words[0].islower() or words[0].endswith("-based")):
        if words[0] in _PHRASE_ENDS or words[0] in NAME_STOPWORDS - _DESCRIBING_WORDS:
            return None  # "officials at a hospital in Gaza City": a place, not the body
        words = words[1:]
    if not words or not all(w[:1].isupper() or w in _NAME_LINKS or w in NAME_PARTICLES or w == "&" for w in words):
        return None
    return " ".join(words)


def _without_article(text: str) -> str:
    words = text.strip().split(" ", 1)
    if len(words) == 2 and words[0].lower() in ("the", "a", "an", "one"):
        return words[1]
    return text.strip()


_PLAIN_WORD = re.compile(r"\w+")
_PHRASE_ENDS = frozenset("of for at from in with".split())
_DOCUMENT_OF = re.compile(r"(?:(?:a|an|the|its|his|her|their)\s+)?(\w+)\s+(?:from|by|of)\s+(.+)", re.IGNORECASE)
_SUBJECT_REACH = 60
_BODY_REACH = 400
#: How far from "statement" its issuer is cited ("Veltrix said in a statement": 17 characters).
_ISSUER_REACH = 80
#: Nouns that "the <noun>" uses for any body, whatever its name says it is.
_GENERIC_BODIES = frozenset("group organisation organization company firm movement body".split())
_LOOK_BEHIND = 40
_PRONOUN_REACH = 2500
_STRICT_REACH = 1000
#: Groups whose members speak for the body they work at: "analysts at EcoGo" cite EcoGo.
_GROUPS_AT = frozenset(
    """
    analysts economists strategists researchers scientists experts officials doctors engineers
    lawyers investigators academics forecasters traders staff
    """.split()
)
_DESCRIBING_WORDS = frozenset("the a an".split())
_INDEFINITE = frozenset("a an one another some several two three many".split())
_UNRESOLVED_PRONOUNS = frozenset("it they we i you this that".split())
