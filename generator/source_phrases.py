"""The noun phrases that can name a source, read from one sentence's tokens.

A sentence is cut into tokens once (:data:`TOKEN`, :class:`Words`); a phrase is a ``range`` of
token indexes, found forward from a cue (:func:`phrase_at`: "according to | the Interior
Ministry") or backward from a verb (:func:`phrase_before`: "police | said"). A phrase is made of
capitalised words and the listed lower-case words of a source (determiners, modifiers, source
nouns, titles, documents), joined by "of", "for"... only between two parts of a name, and must
end on a head: a capitalised word, a source noun or a document (or be owned by a noun, as
"the ministry of health" is). Each look goes no further than
:data:`~generator.source_names.MAX_PHRASE` words, so a sentence costs time in proportion to its
length.

A name may hold a list ("Ministry of Housing, Communities and Local Government": commas only
in a list closed by "and" and hung on "of"/"for"), a capitalised stop word between two of its
words ("End Our Cladding Scandal") and a plural possessive ("the hauliers' federation"). A
plural group speaks for itself, the place after it only says which ("mortgage lenders in
Pravec said" -> "mortgage lenders", as "Residents of Viña del Mar"), and may take one unlisted
word opening its clause ("..., and mortgage lenders said", "Local business groups say"); a word in "-ed" after a source noun
is its verb, not a description of a name ("the ministry called the EU measures"), as it is
after a capitalised word ("Judge Anita Morales ordered Vance held"). One member of a body does
not speak for it: "according to a family member" cites no one.

Read backward, a determiner opens the phrase unless a connector holds it inside a name ("Ministry
of the Interior"): "told The Associated Press that the report confirmed" reads "the report". A
capitalised "Today", "Now" or "Here" after a name's word ends the name ("Hear Today").

A nation's adjective alone before a noun no list knows ("two European traders") is no source.
A nation's adjective may open such a phrase ("the Romanian culture ministry"), and a body's
initials one naming a body of members ("the ANWB motoring association": the resolver keeps ANWB).

Knowingly missed: a lower-case descriptor no list knows after a place's name ("the Punjab farm
department"), except one adjective (two after a
determiner: "the internal affairs ministry") before a listed noun after a determiner and listed modifiers ("the royal palace", "the national civil
protection agency", "according to the port authority"); a phrase cut inside a longer one
("the official | version") is dropped rather than guessed; names longer than the bound.
"""

from __future__ import annotations

import re
import sys

from generator.lexicon import DEMONYMS
from generator.source_names import (
    CONNECTORS,
    DETERMINERS,
    LEADING_WORDS,
    MAX_PHRASE,
    QUANTIFIERS,
    STOP_CAPS,
    TITLE_WORDS,
)

#: Documents a source issues: "figures from X", "a statement by X", "according to data from X".
DOCUMENTS = frozenset(
    """
    figures data statistics statement statements report reports estimates estimate survey poll
    sources
    study tally count census analysis document documents records numbers communique
    calculations projections assessment
    communiqué release bulletin update
    """.split()
)

#: Nouns that can head a source phrase without a capital letter ("police said").
SOURCE_NOUNS = frozenset(
    """
    police authorities officials official ministry government army military company firm
    spokesman spokeswoman spokesperson spokespeople witnesses witness residents prosecutors
    prosecutor court agency department office council commission committee organisation
    organization embassy mission union group analysts analyst experts expert doctors hospital
    media television tv newspaper broadcaster channel cabinet presidency parliament regulator
    bank authority service services institute observatory monitor officers officer
    investigators researchers scientists activists organisers organizers protesters
    demonstrators rebels militants lawmakers diplomats aides campaigners lawyers lawyer family
    relatives president minister secretary governor mayor leader chief director ambassador
    premier chancellor king queen prince pope commander coroner medics rescuers firefighters
    forces troops kremlin palace junta regime administration diplomat activist resident
    researcher scientist investigator organiser organizer protester demonstrator medic
    volunteer utility airport publisher developer network force club team league charity
    foundation party campaign startup operator insurer retailer manufacturer carmaker
    automaker producer guard guards coastguard ombudsman airline carrier opposition farmers
    unions panel federation association alliance coalition confederation
    workers teachers villagers survivors neighbours neighbors brigade
    groups agencies lenders carmakers automakers manufacturers economists insurers charities
    regulators board tribunal trustees prefecture exchange forecasters meteorologists pollsters trust
    district secretariat
    """.split()
)

#: Lower-case words that may modify a source noun ("local media", "two senior officials").
MODIFIERS = frozenset(
    """
    local state national federal regional provincial municipal city health interior foreign
    defence defense security senior top military police government official independent
    opposition rights human humanitarian public private western international emergency
    justice economy finance education transport energy environment agriculture trade labour
    labor news press medical hospital rescue fire border coast customs tax election electoral
    central supreme high district county prison army navy air water gas electricity weather
    meteorological statistics statistical planning housing immigration consumer competition
    food drug safety highway civil fire
    """.split()
)

#: Phrases after "according to" that are not sources ("according to media reports"). A lone
#: word needs no entry: one with no head ("according to plan") makes no phrase, and a lone
#: document ("according to figures") names no body when it is resolved.
NOT_SOURCES = frozenset(
    {"media reports", "local reports", "some reports", "press reports", "unconfirmed reports"}
)

#: Words that may follow a complete source phrase ("police | said", "the army | in Almaty").
FOLLOWERS = frozenset(
    """
    that who which whose in on at as and or but with was were is are has have had to for of
    from by than would will could may might also after before while when since during over
    about there says said say told reported added while whom until if because not
    """.split()
)

#: One person of a body, who does not speak for it: "a family member", "a union friend".
MEMBERS = frozenset("member members friend friends".split())

#: Modifiers that cannot end a source phrase: "the official | version" is not "official".
CUT_WORDS = (MODIFIERS - SOURCE_NOUNS) | {"official"}

#: People who speak as a group, named by where they are: "residents of X", "Republicans on
#: the panel".
GROUPS = frozenset(
    """
    residents witnesses villagers survivors protesters demonstrators farmers workers families
    relatives neighbours neighbors citizens people locals republicans democrats senators
    lawmakers legislators
    """.split()
)
#: What ties a group to the place that says which: "residents of X", "Democrats in the Senate".
GROUP_PLACES = frozenset("of in from on".split())
#: Words that open a clause, before which a plural group may take one unlisted adjective.
CLAUSE_JOINS = frozenset(", ; and but while whereas".split())
# Unions of the lists above, made once: the rules test every word of a phrase against them.
PHRASE_WORDS = DETERMINERS | QUANTIFIERS | MODIFIERS | SOURCE_NOUNS | TITLE_WORDS | DOCUMENTS
TRAILING_WORDS = CONNECTORS | DETERMINERS | {"and"}
HEAD_NOUNS = SOURCE_NOUNS | DOCUMENTS

# Every non-space character starts a token, so leading white space is all a match skips: the
# group is the token, and matching the space inside the pattern spares a failed try per space.
# The first two branches take most tokens at once: words that cannot open an initialism or a
# title, and punctuation. Nothing follows the group, so giving characters back never helps a
# match: where the regex engine knows possessive quantifiers (Python 3.11) it does not try.
_P = "+" if sys.version_info >= (3, 11) else ""
# Initialisms and the titles written with a full stop, each kept one token with it ("Gen. Mark
# Hollis"). A list of its own: the lexicon's ``ABBREVIATED_TITLES`` holds ranks this reader
# has never kept whole ("Maj.", "Rev.") and not "Mr", "Dr", "St" or "Jr".
_DOTTED = r"(?:[A-Z]\.){2,}|(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Prof|St|Jr)\."


def _token(after_word: str) -> re.Pattern[str]:
    """The token pattern, ``after_word`` allowed at the end of a word.

    A word opening on an ASCII lower-case letter or a digit is taken by the first branch with
    one test of its first character; a capital is tried for an initialism or a title only
    then, and any other word (accented, other scripts) is read by the last branch.
    """
    return re.compile(
        rf"\s*{_P}([a-z0-9_]\w*{_P}(?:['’&.-]\w+)*{_P}{after_word}|[^\w\s]"
        rf"|(?=[A-Z])(?:{_DOTTED})|\w+(?:['’&.-]\w+)*{after_word})"
    )


TOKEN = _token("")
# The same, a plural possessive keeping its apostrophe ("the hauliers' federation"). Few
# sentences have one, and the longer pattern costs every word a try: see :func:`tokens_of`.
_POSSESSIVE_TOKEN = _token(r"(?:['’](?<=s['’])(?=[ \t]\w))?")


def tokens_of(text: str) -> list[str]:
    """The tokens of a sentence with a plural possessive ("hauliers'" as one token where a
    word follows it); none for a sentence without one, which :data:`TOKEN` reads alike."""
    if "s' " in text or "s’ " in text:
        return _POSSESSIVE_TOKEN.findall(text)
    return []


SHORT_SENTENCE = 600
"""Characters of a sentence :meth:`Words.start` may count for each word it is asked for."""


class Words:
    """One sentence's tokens as parallel lists of texts and lower-case forms.

    Every sentence is tokenised, so no object is made per word: the lists come from C-speed
    calls, and the offsets are found only up to the last cue word that needs one.
    A phrase is a ``range`` of token indexes.
    """

    __slots__ = ("text", "lower", "_source", "_base", "_found", "_end")

    def __init__(self, text: list[str], lower: list[str], source: str, base: int):
        self.text = text
        self.lower = lower
        self._source = source
        self._base = base
        self._found = 0  # how many tokens have been found in ``_source``; the last ends at ``_end``
        self._end = 0

    def start(self, i: int) -> int:
        """Offset of token ``i`` in the body; asked in reading order, so each token is found once.

        Only white space lies between two tokens, so a token starts at the first occurrence of
        its text after the end of the one before. In a short sentence, a word is found at once
        when the sentence holds it only as a token: then its n-th occurrence is the n-th token
        written so. That counts the whole sentence for each word asked, so a long one is
        walked instead, each token once (linear time on a sentence of megabytes).
        """
        word, source = self.text[i], self._source
        if len(source) <= SHORT_SENTENCE and word.isalnum() and source.count(word) == self.text.count(word):
            offset = -1
            for _ in range(self.text[:i].count(word) + 1):
                offset = source.find(word, offset + 1)
            return self._base + offset
        if i < self._found:
            self._found = self._end = 0
        text, find, end = self.text, self._source.find, self._end
        for k in range(self._found, i + 1):
            end = find(text[k], end) + len(text[k])
        self._found, self._end = i + 1, end
        return self._base + end - len(text[i])

    def words(self, phrase: range) -> list[str]:
        return self.text[phrase.start : phrase.stop]


NO_PHRASE = range(0)
"""The empty phrase."""


def _span(tokens: Words, i: int) -> int:
    """How many tokens the phrase at ``i`` covers, determiners included."""
    lower = tokens.lower
    n = 0
    while i + n < len(lower) and n < MAX_PHRASE:
        if _phrase_word(tokens, i + n, forward=True):
            n += 1
        elif lower[i + n] == "," and _owned(tokens, i, i + n) and _listed_end(tokens, i + n) > i + n:
            n = min(MAX_PHRASE, _listed_end(tokens, i + n) - i)  # "Ministry of Housing, ..."
        else:
            break
    while n and lower[i + n - 1] in TRAILING_WORDS:
        n -= 1
    return n


def phrase_at(tokens: Words, i: int) -> tuple[range, int]:
    """The noun phrase starting at ``i`` ("the Interior Ministry", "police", "Jane Doe"), and
    the end of its span (determiners and all), which the callers read on from.

    A phrase that ends on a lower-case word followed by another content word was cut inside a
    longer phrase ("the official | version") and is not a source.
    """
    text = tokens.text
    end = i + _span(tokens, i)
    if end > i and end < len(text) and text[end].lower() in MEMBERS and tokens.lower[end - 1] in SOURCE_NOUNS:
        return NO_PHRASE, end  # "a family member", "a party member": one person, not the body
    if end > i and end < len(text) and text[end - 1] in CUT_WORDS:
        after = text[end]
        if after.isalpha() and after.islower() and after not in FOLLOWERS:
            return NO_PHRASE, end
    phrase = _clean(tokens, i, end)
    if len(phrase) == 1 and end < len(text) and text[end].isalpha() and text[end].islower():
        if tokens.lower[phrase.start] in DEMONYMS:
            return NO_PHRASE, end  # "two European traders": a nation's adjective of a noun nobody listed
    return phrase, end


def phrase_before(tokens: Words, end: int) -> range:
    """The noun phrase ending just before ``end``."""
    text, lower = tokens.text, tokens.lower
    i = _start(tokens, end, end)
    first = _listed_start(tokens, i, end)  # "Ministry of Housing, Communities and ..."
    if first < i:
        i = _start(tokens, first, end)
    # one adjective nobody listed before a listed noun, after a determiner and any listed
    # modifiers ("the royal palace", "the national civil protection agency"), or opening a
    # clause before a group ("..., and mortgage lenders in Pravec said")
    if 1 < i < end and lower[i] in SOURCE_NOUNS and text[i - 1].isalpha() and text[i - 1].islower():
        k = i - 2
        if k > 1 and _adjective(lower[k]) and text[k].isalpha() and text[k].islower() and lower[k - 1] in DETERMINERS:
            k -= 1  # two unlisted words: "the internal affairs ministry"
        while k > 0 and lower[k] in MODIFIERS and end - k < MAX_PHRASE:
            k -= 1
        if k > 0 and text[k][:1].isupper() and text[k][1:].islower() and text[k] not in STOP_CAPS and lower[k - 1] in DETERMINERS:
            k -= 1  # a nation's adjective before them: "the Romanian culture ministry"
        elif k > 0 and lower[i] in MEMBER_BODIES and is_initials(text[k]) and lower[k - 1] in DETERMINERS:
            k -= 1  # a body's initials before what it does: "the ANWB motoring association"
        if lower[k] in DETERMINERS or possessive(lower[k]):
            i = k + 1
        elif k == i - 2 and lower[k] in CLAUSE_JOINS and lower[i].endswith("s") and _adjective(lower[i - 1]):
            i = k + 1
        elif k == 0 and lower[0] in MODIFIERS and lower[i].endswith("s") and _adjective(lower[i - 1]):
            i = 0  # opening the sentence: "Local business groups say"
    phrase = _clean(tokens, i, end)
    # "Residents of Viña del Mar said", "mortgage lenders in Pravec said": the group speaks,
    # the place only says which
    for k in range(phrase.start + 1, phrase.stop - 1):
        if lower[k] in GROUP_PLACES:
            group = lower[k - 1]
            plural = group in SOURCE_NOUNS and group.endswith("s")
            # lower case, or opening the sentence: "Rescuers in Bavaria said", not a name's word
            if group in GROUPS or (plural and (text[k - 1].islower() or k - 1 == 0)):
                return range(phrase.start, k)
            break
    return phrase


#: Bodies of members that wire copy describes after their initials: "the ANWB motoring
#: association", "the KNVB football federation".
MEMBER_BODIES = frozenset("association union federation club confederation alliance lobby".split())


def is_initials(word: str) -> bool:
    """A body's initials of three letters at least ("ANWB"; "US" and "UK" are places)."""
    return 3 <= len(word) <= 6 and word.isupper() and word.isalpha()


def _adjective(word: str) -> bool:
    """Whether an unlisted word may describe the noun after it: not a verb ("said firms")."""
    return word not in FOLLOWERS and not word.endswith("ed")


def _start(tokens: Words, i: int, end: int) -> int:
    """Where the phrase ending at ``end`` starts, read back from ``i``: a determiner opens it,
    unless a connector holds it inside a name ("Ministry of the Interior"), so that "told The
    Associated Press that the report confirmed" reads "the report"."""
    lower = tokens.lower
    while i > 0 and end - i < MAX_PHRASE and _phrase_word(tokens, i - 1, forward=False):
        i -= 1
        if lower[i] in DETERMINERS and i > 0 and lower[i - 1] not in CONNECTORS:
            break
    return i


def possessive(word: str) -> bool:
    """Whether a word is an owner's possessive, singular or plural: "Moravia's", "hauliers'"."""
    return word.endswith(("'s", "’s", "s'", "s’"))


def _listed_start(tokens: Words, i: int, end: int) -> int:
    """Where a name with a list in it starts, if the phrase at ``i`` ends one.

    "the Ministry of Housing, Communities and Local Government": a comma joins capitalised
    words inside a name only in a list closed by "and", hung on "of" or "for" after a
    capitalised head. Otherwise ``i`` itself: "In Paris, Police Chief Jean Roux said".
    """
    text, lower = tokens.text, tokens.lower
    if i < 2 or text[i - 1] != "," or not text[i][:1].isupper() or "and" not in lower[i:end]:
        return i
    k = i
    while k > 1 and text[k - 1] == "," and text[k - 2][:1].isupper() and end - k < MAX_PHRASE:
        k -= 2
        while k > 0 and text[k - 1][:1].isupper() and text[k - 1] not in STOP_CAPS:
            k -= 1
    if k > 1 and lower[k - 1] in ("of", "for") and text[k - 2][:1].isupper():
        return k
    return i


def _owned(tokens: Words, i: int, comma: int) -> bool:
    """Whether the phrase read forward from ``i`` to a comma hangs a name on "of" or "for"."""
    text, lower = tokens.text, tokens.lower
    k = comma - 1
    while k > i and text[k][:1].isupper():
        k -= 1
    return k < comma - 1 and lower[k] in ("of", "for") and k > i and text[k - 1][:1].isupper()


def _listed_end(tokens: Words, comma: int) -> int:
    """The end of "Communities and Local Government" after the comma of a name, else the comma."""
    text, lower = tokens.text, tokens.lower
    k = comma
    while k < len(text) and text[k] == "," and k + 1 < len(text) and text[k + 1][:1].isupper():
        k += 1
        while k < len(text) and text[k][:1].isupper() and text[k] not in STOP_CAPS:
            k += 1
    if k + 1 < len(text) and lower[k] == "and" and text[k + 1][:1].isupper():
        k += 1
        while k < len(text) and text[k][:1].isupper() and text[k] not in STOP_CAPS:
            k += 1
        return k
    return comma


def _phrase_word(tokens: Words, i: int, *, forward: bool) -> bool:
    texts = tokens.text
    text = texts[i]
    if text[:1].isupper():
        return text not in STOP_CAPS or text in ("The", "A", "An") or _inside_name(texts, i) or name_end(texts, i)
    word = tokens.lower[i].removesuffix("'s").removesuffix("’s")
    if word in CONNECTORS and word != "the":
        return _joins(tokens, i)
    if word == "and":  # inside a name only between capitals: "Fire and Rescue Service"
        return 0 < i < len(texts) - 1 and texts[i - 1][:1].isupper() and texts[i + 1][:1].isupper()
    if word in PHRASE_WORDS:
        return True
    if forward and word.isalpha():  # a descriptor before a name: "the property site Rightmove"
        if word.endswith("ed") and i and (tokens.lower[i - 1] in HEAD_NOUNS or texts[i - 1][:1].isupper()):
            return False  # a verb after its subject: "the ministry called the EU measures"
        if any(t[:1].isupper() and t not in STOP_CAPS for t in texts[i + 1 : i + 4]):
            return True
        # one adjective nobody listed before a listed noun: "the port authority"
        lower = tokens.lower
        return 0 < i < len(texts) - 1 and lower[i + 1] in SOURCE_NOUNS and (
            lower[i - 1] in DETERMINERS or lower[i - 1] in MODIFIERS or possessive(lower[i - 1])
        )
    if word.endswith(("s'", "s’")):  # a plural possessive: "the hauliers' federation"
        return True
    return word.isdigit() and not forward


#: Capitalised stop words that end a name after another of its words: "Hear Today", "USA Today".
NAME_ENDINGS = frozenset({"Today", "Now", "Here"})


def name_end(texts: list[str], i: int) -> bool:
    """A stop word ending a name ("The charity Hear Today estimates"): never lower case inside a
    sentence, so capitalised after a name's word it is part of the name."""
    return i > 0 and texts[i] in NAME_ENDINGS and texts[i - 1][:1].isupper() and texts[i - 1] not in STOP_CAPS


def _inside_name(texts: list[str], i: int) -> bool:
    """A capitalised stop word between two words of a name: "End Our Cladding Scandal"."""
    return (
        0 < i < len(texts) - 1
        and not texts[i].endswith("day")
        and all(t[:1].isupper() and t not in STOP_CAPS for t in (texts[i - 1], texts[i + 1]))
    )


def _joins(tokens: Words, i: int) -> bool:
    """Whether the connector at ``i`` joins two parts of one name: "Ministry of Health",
    "spokesman for the army", but not "officials in the state"."""
    text, lower = tokens.text, tokens.lower
    j = i + 1
    if j < len(lower) and lower[j] in DETERMINERS:
        j += 1
    return (
        i > 0
        and j < len(lower)
        and (text[i - 1][:1].isupper() or lower[i - 1] in SOURCE_NOUNS)
        and (text[j][:1].isupper() or lower[j] in SOURCE_NOUNS or lower[j] in MODIFIERS)
    )


def _clean(tokens: Words, i: int, end: int) -> range:
    """Drop leading determiners, counts and connectors; keep only a phrase with a real head."""
    text, lower = tokens.text, tokens.lower
    while i < end and (lower[i] in LEADING_WORDS or text[i] in STOP_CAPS or text[i].isdigit()):
        i += 1
    while i < end and lower[end - 1] in TRAILING_WORDS:
        end -= 1
    if i == end:
        return NO_PHRASE
    head = end - 1
    owned = end - i > 2 and lower[head - 1] in ("of", "for") and lower[head - 2] in SOURCE_NOUNS
    if not (text[head][:1].isupper() or lower[head].removesuffix("'s") in HEAD_NOUNS or owned):
        return NO_PHRASE  # "the ministry of health" is owned by its noun; "the state" heads nothing
    if " ".join(lower[i:end]) in NOT_SOURCES:
        return NO_PHRASE
    return range(i, end)
