"""Who the article names: people with their roles, so that "he" and "the president" resolve.

A person is a run of two or more capitalised words ("Jen Psaki", "Kassym Jomart Tokayev") that
holds no organisation word ("White House", "Interior Ministry") and does not start like a place
("New York"), or one capitalised word after a title ("Mr. Smith", "President Tokayev"). The role
is read by :mod:`generator.roles`, the gender by :mod:`generator.genders`. Titles ("Mr.", "Cllr")
are not kept in the name, nor post-nominals in capitals ("Helen Marsh KC", "Sarah Okafor MP").
Abbreviated titles and ranks with their full stop ("Arizona Gov. Maria Delgado", "Lt. Gen. Mark
Hollis", "U.S. Rep. Ann Lowe") are the role as written, like "President" before a name; so are
military and police ranks as British and South Asian copy abbreviates them, without the full
stop, when a capitalised word of two letters or more follows ("Brig Imran Shafiq", "Maj Gen Ali
Khan", "Det Supt Ann Hale"; "Gen Z" is no rank). A run
never ends with a lone letter without a full stop ("Gen Z", "Plan B"): initials carry one. A
name is written as in the text, initials and a generational suffix with their full stops
("John F. Moss", "Ramon Villareal Jr.").
Two capitalised words after a capitalised word and "of" or "for" end a body's name ("the
Superintendency of Land Transport"). A name of three words or more also answers to its word
before the last (see :mod:`generator.mentions`), so "Mr. Soto" or "Alejandro Soto" after
"Alejandro Soto Rivas" is the same person. A name's first word alone names them when no other
name opens with it: names written surname first ("Vice Governor Chen Ming" ... "Chen said") and
names referred back to by their first word ("Tedros Adhanom Ghebreyesus" ... "Tedros said"). A
hyphenated title holding a role noun is a role ("Director-General"). The pronouns ("I", "He",
"She"...) and time words opening a sentence ("Today I know", "U.S. He said") are no name words.
A role noun right after a given name the lexicon knows is a surname ("John Major", "Travis
Head"), so that "Head said" later names him. A role before a name may stand before its title
("the trust's chief executive, Dr Ann Lee") or end with "of the" and a noun ("the owner of the
shop, Ann Cole").
A portfolio after "for" belongs to the role ("Minister for Housing James Browne", "Secretary of
State for Northern Ireland Hilary Benn"): the name starts at the first given name the lexicon
knows, or is the last two words of three or more. A two-word run before lower-case words
ending with a role noun and a name qualifies that role and is no person ("Sinn Fein housing
spokesperson Eoin O Broin", "Goldman Sachs chief economist Jan Hatzius"); words that read like
verbs in between keep it a person ("Anna Reyes told reporter Ben Cole").
Two full names sharing a surname but not a given name are two people ("Travis Lee Dunham", his
mother "Linda Dunham").
A nation's adjective before two names or more ("Belgian Remco Evenepoel") and a country's
possessive before a name ("Colombia's Egan Bernal", "Britain's ...") are no part of the name, so
that the surname alone later finds the person; before a role ("Belgian Prime Minister ...") the
adjective stays in the role. The adjective is dropped only before a known given name or when the
last word is met alone elsewhere: a body is never called by its last word ("the Canadian Red
Cross" ... "the Red Cross" keeps its adjective).

The honorifics of a pilgrim ("Alhaji", "Alhaja", "Hajia"), as West African copy writes them,
are titles like "Mr". A storm's name ("Typhoon Ofel", "Tropical Storm Alberto") is no person's. A
run opening with "Le" names a place of two words ("Le Havre") but a person of three or more, as
Vietnamese names are written ("Le Thi Mai").

Knowingly missed: one-word names without a title ("Madonna"), names ending with a lone letter
("Malcolm X"), abbreviated civil titles without a full stop ("Gov", "Sen", "Rep": "Sen" is also
a surname), names written in lower case (an Arabic article joined to a name, "al-Khalidi", "el-Sayed", is
a capitalised word),
and two-word places not in the lexicon, which pass for people (harmless unless a pronoun
resolves to them: speakers come from reporting cues, never from a bare mention). A first word
two names share is kept as written. A portfolio of two words or more before an
unknown given name keeps the given name in the role ("Minister for Rural Affairs Dara Ó Cuív"
reads "Ó Cuív"); two words after "Minister for" with no other, the portfolio stays in the name.
Places and bodies of a capitalised run ("Coffs Harbour", "Inter Milan", "Moscow-based Arkada
Capital") pass for people when no word of theirs is a known organisation or place word: no
general rule tells them apart without a gazetteer.
Seventh batch (ARTICLES_7, quotes) after one round of fixes: speakers 56/56 (blind 48/56);
the batch is no longer blind. Eighth batch (ARTICLES_8): speakers 53/53 after one round of
fixes (blind 47/53); no longer blind. Ninth batch (ARTICLES_9): speakers 52/53 after one round of
fixes (blind 45/53); no longer blind.
"""

from __future__ import annotations

import re
import sys

from generator.genders import gender_of_words, with_gender
from generator.lexicon import (
    ABBREVIATED_TITLES,
    BODY_NOUNS,
    COUNTRIES,
    DEMONYMS,
    GIVEN_NAMES,
    NAME_PARTICLES,
    NAME_STOPWORDS,
    ORG_WORDS,
    PLACE_FIRST_WORDS,
    ROLE_NOUNS,
    TITLES,
    UNDOTTED_RANKS,
)
from generator.mentions import CAPITAL, Found, is_capital, is_name_char, mentions, second_surname, surname, with_article
from generator.model import Article, Person
from generator.roles import role_after, role_before, role_head, role_of_place, role_of_portfolio

# The speakers index reads a person's names, roles and gender through these: re-exported for it.
__all__ = [
    "BODIES_ONLY",
    "TOKEN",
    "find_people",
    "gender_of_words",
    "mentions",
    "role_head",
    "second_surname",
    "surname",
    "with_article",
]

_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
TOKEN = re.compile(r"[\w'’\-]+")
#: A word's letters never hold the "." or " " that must follow them: giving letters back
#: cannot help a match, so where the regex engine knows possessive quantifiers (Python 3.11)
#: the run does not try. Most capitalised words open a sentence and fail that way.
_WHOLE = "*+" if sys.version_info >= (3, 11) else "*"
#: Two or more capitalised words spaced apart, particles allowed inside ("Ursula von der Leyen").
_RUN = re.compile(  # starts with a character class, which the regex engine scans for fast
    rf"[{CAPITAL}][\w'’\-]{_WHOLE}(?:\.? (?:(?:{'|'.join(sorted(NAME_PARTICLES))}) )*(?:[ae]l-)?[{CAPITAL}][\w'’\-]{_WHOLE})+"
)
_LEADING_STOPWORDS = NAME_STOPWORDS - TITLES  # words a name run may open with but not keep
BODIES_ONLY = BODY_NOUNS - ROLE_NOUNS  # nouns naming a body, never one person
#: How many words at the start of a run may hold the role that leads a name.
_ROLE_WORDS_READ = 6
#: Pronouns are no name words, whatever stands before them ("... 6.5 cents U.S. He said").
_PRONOUNS = frozenset("He She It We They You His Her Its Their".split())
_LINKS = ("of", "for")
_LOOK_BACK = 56
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’\-]*),? $")


def find_people(article: Article) -> tuple[Person, ...]:
    """People the article introduces, in order of first mention, fullest name kept."""
    body = article.body
    people: dict[str, Found] = {}
    for match in _RUN.finditer(body):
        start, end = match.span()
        if start and is_name_char(body[start - 1]):
            continue  # a capital inside a word ("iPhone")
        run = _run_words(match[0], start)
        runs = [(begin, stop) for begin, stop in _capital_runs(body, run) if not _names_nobody(run, begin, stop)]
        if not runs:
            continue
        words = _words_before(body, start) + run
        first = len(words) - len(run)
        for begin, stop in runs:
            person = _person_from_run(body, words, (begin + first, stop + first), people)
            if person:
                _merge(people, person)
    found = sorted(_joined_surnames(people).values(), key=lambda person: person.first_offset)
    return tuple(with_gender(body, found))


def _words_before(body: str, start: int) -> list[tuple[str, int, int]]:
    """The words of the look-back before a name, when the word just before may be part of a role.

    A role may lead to the name ("the Interior Minister, Ana López", "President of Chile
    Sofia Ramírez", "the chief executive of the trust, Ann Lee"), an organisation's name may hold
    the run ("the Superintendency of Land Transport"): read the words before only after a role
    noun, "of", "for", a capital or "of the" and a noun.
    """
    word = _word_before(body, start)
    if word.lower() in ROLE_NOUNS or word in _LINKS or word[:1].isupper() or _of_the(body, start, word):
        return [(m[0], m.start(), m.end()) for m in _WORD.finditer(body, max(0, start - _LOOK_BACK), start)]
    return []


def _of_the(body: str, start: int, word: str) -> bool:
    """ "the chief executive of the trust, Ann Lee": a role may end with "of the" and a noun."""
    return bool(word) and body.find(f" of the {word}", max(0, start - _LOOK_BACK), start) != -1


def _word_before(body: str, start: int) -> str:
    """The word just before ``start`` behind a space, a comma and a space, or " \\n" ("" if none).

    Most names follow a full stop or open a paragraph: two character tests tell so before
    any regex runs.
    """
    space = start - 2 if body[start - 1 : start] == "\n" else start - 1
    if space < 1 or body[space] != " " or not (body[space - 1] == "," or is_name_char(body[space - 1])):
        return ""
    begin = _last_space(body, start)
    word = body[begin : space - 1 if body[space - 1] == "," else space]
    if word.isalpha():
        return word  # letters only, from a space: what the regex would find
    before = _WORD_BEFORE.search(body, begin, start)
    return before.group(1) if before else ""


def _last_space(body: str, start: int) -> int:
    """Where the word before ``start`` can begin at the earliest, within the look-back.

    No word holds a space, so the search for the word before a name may start after the
    last space that precedes the ", " or " " (or " \n") before ``start``: searching the
    whole look-back tried every one of its positions.
    """
    look_back = max(0, start - _LOOK_BACK)
    return body.rfind(" ", look_back, max(look_back, start - 2)) + 1 or look_back


def _run_words(text: str, start: int) -> list[tuple[str, int, int]]:
    """The words of a name run found at ``start``, as ``_WORD`` would find them there.

    A run's words are spaced by " " or ". " and hold no full stop themselves: a split reads
    them without a match object per word."""
    words = []
    for token in text.split(" "):
        word = token[:-1] if token[-1] == "." else token
        words.append((word, start, start + len(word)))
        start += len(token) + 1
    return words


def _names_nobody(words: list[tuple[str, int, int]], start: int, stop: int) -> bool:
    """Whether a capital run surely names nobody, as :func:`_person_from_run` would find.

    A run ending with an organisation word ("Interior Ministry", "White House") keeps it in
    the name, which refuses it; one ending with a role noun within its first words ("The
    President", "Foreign Minister") leaves no name after the role. Both are common, and
    telling so before the words around the run are read saves all the rest.
    """
    last = words[stop - 1][0].lower()
    return last in ORG_WORDS or (
        last in ROLE_NOUNS and stop - start <= _ROLE_WORDS_READ and not _given_name_before(words, stop - 1, start)
    )


def _given_name_before(words: list[tuple[str, int, int]], index: int, start: int) -> bool:
    """A role noun right after a given name is a surname ("John Major", "Travis Head")."""
    return index > start and words[index - 1][0].lower() in GIVEN_NAMES


def _capital_runs(body: str, words: list[tuple[str, int, int]]) -> list[tuple[int, int]]:
    """Index ranges of words that are capitalised (or name particles) and only spaced apart:
    a space, or a full stop and a space after an initial or a title ("J. R. Smith", "Dr. Ng").

    The pronoun "I" is no name word (« Today I know... »); an "I." is an initial. The test of
    :func:`is_capital` is written out here: this loop reads every word of every run."""
    runs: list[tuple[int, int]] = []
    start = None
    for index, (word, begin, end) in enumerate(words):
        capital = (
            word[0].isupper()
            and not (word.isupper() and (len(word) > 1 or (word == "I" and body[end : end + 1] != ".")))
            and word not in _PRONOUNS
        ) or with_article(word)
        if start is not None:
            previous, _, previous_end = words[index - 1]
            gap = body[previous_end:begin]
            if (gap == " " or (gap == ". " and _stops_short(previous.lower()))) and (
                capital or word.lower() in NAME_PARTICLES
            ):
                continue
            runs.append(_trim_particles(words, start, index))
        start = index if capital else None
    if start is not None:
        runs.append(_trim_particles(words, start, len(words)))
    return runs


def _stops_short(lower: str) -> bool:
    """An initial or a title, whose full stop does not end the name ("J. R. Smith")."""
    return len(lower) == 1 or lower in TITLES or lower in ABBREVIATED_TITLES


def _trim_particles(words: list[tuple[str, int, int]], start: int, stop: int) -> tuple[int, int]:
    while stop > start and not is_capital(words[stop - 1][0]):
        stop -= 1
    return start, stop


def _person_from_run(
    body: str, words: list[tuple[str, int, int]], run: tuple[int, int], known: dict[str, Found]
) -> Found | None:
    """The person a capital run names, if any; ``known``: the people found so far, by surname.

    A person met again whose role is known keeps it (see :func:`_merge`): the words around
    the name are not read for one again.
    """
    start, stop = run
    while start < stop and words[start][0].lower() in _LEADING_STOPWORDS:
        start += 1
    if start < stop - 2 and _is_country_possessive(words[start][0]):
        start += 1  # "Colombia's Egan Bernal": the country is no part of the name
    role = None
    roles = [
        i for i in range(start, min(stop, start + _ROLE_WORDS_READ))
        if _is_role(body, words[i]) and not _given_name_before(words, i, start)
    ]
    if roles:  # "Foreign Minister Sergei Lavrov", "Arizona Gov. Maria Delgado": the role leads the run
        last = words[roles[-1]]
        role = body[_acronym_start(body, words[start][1]) : last[2] + _is_abbreviated(body, last)]
        start = roles[-1] + 1
    titled = start < stop and words[start][0].lower() in TITLES
    start += titled
    if stop - start > 1 and len(words[stop - 1][0]) == 1 and body[words[stop - 1][2] : words[stop - 1][2] + 1] != ".":
        stop -= 1  # "Gen Z voters", "Plan B": an initial carries a full stop, a name ends with no lone letter
    names = [w for w, _, _ in words[start:stop]]
    spaced = " ".join(names) + " "  # one lowering, one look-up for every word
    if not names or not ORG_WORDS.isdisjoint(spaced.lower().split()) or "'s " in spaced or "’s " in spaced:
        return None
    if not role and not titled and len(names) > 2 and _nation_before_a_name(body, names):
        names = names[1:]  # "Belgian Remco Evenepoel": the nation's adjective is no given name
    if not role:
        role, names = role_of_place(body, words, start, names)
        if not role:
            role, names = role_of_portfolio(body, words, start, names)
        if not role and not titled and _qualifies_role(body, words[stop - 1][2]):
            return None
        if not role and not titled and _ends_organisation(body, words, start, stop):
            return None
    if len(names) < 2 and not (titled or role):
        return None
    opening = names[0].lower()
    if (opening in PLACE_FIRST_WORDS and not (opening in _FAMILY_NAMES and len(names) > 2)) or opening in COUNTRIES:
        return None
    if opening in _STORM_WORDS:
        return None  # "Typhoon Ofel", "Hurricane Milton": a storm's name
    first = words[stop - len(names)][1]
    end = words[stop - 1][2]
    met = known.get(names[-1])  # their surname
    if not role and not (met and met.role):
        # "the trust's chief executive, Dr Fiona Gallagher": the role stands before the title
        role = role_before(body, words, stop - len(names) - titled) or role_after(body, end)
    if names[-1] in _GENERATIONS and body[end : end + 1] == ".":
        end += 1  # "Ramon Villareal Jr.": the suffix's full stop is the name's, as written
    return Found(body[first:end], role, first)


def _nation_before_a_name(body: str, names: list[str]) -> bool:
    """Whether a run opening with a nation's adjective names a person after it ("Belgian Remco
    Evenepoel") rather than a body ("Canadian Red Cross", "German Criminal Investigators").

    A person is called by their surname alone later on, a body never by its last word; a known
    given name after the adjective settles it at once.
    """
    if names[0].lower() not in DEMONYMS:
        return False
    return names[1].lower() in GIVEN_NAMES or body.count(names[-1]) > body.count(f"{names[-2]} {names[-1]}")


def _is_country_possessive(word: str) -> bool:
    """ "Colombia's", "Britain’s": a country's possessive, which wire copy writes before a name."""
    return word[-2:] in ("'s", "’s") and word[:-2].lower() in COUNTRIES


#: A body or place before a role noun and a name: "Sinn Fein housing spokesperson Eoin O Broin",
#: "Goldman Sachs chief economist Jan Hatzius". At most two lower-case words lead to the role noun.
_ROLE_AFTER_RUN = re.compile(r" ((?:[a-z][a-z\-]* ){0,2})([a-z][a-z\-]*) [A-Z]")


def _qualifies_role(body: str, end: int) -> bool:
    """Whether the run ending at ``end`` qualifies the role noun and name that follow it.

    The words between may not be stopwords or read like verbs ("Tom Cruise stars as pilot
    Pete Mitchell", "John Smith told reporter Ann Lee", "Ann Lee thanked coach Bob Hay")."""
    match = _ROLE_AFTER_RUN.match(body, end, end + 60)
    if not match or match[2] not in ROLE_NOUNS:
        return False
    return all(
        word not in NAME_STOPWORDS and word not in _VERB_LIKE and not word.endswith(("ed", "s"))
        for word in match[1].split()
    )


#: Words opening a two-word place ("Le Havre") that are also family names: Vietnamese "Le" opens a
#: name of three words ("Le Thi Mai"), which no such place has.
_FAMILY_NAMES = frozenset(("le",))
#: Words before a storm's name, which is no person's ("Typhoon Ofel", "Tropical Storm Alberto").
_STORM_WORDS = frozenset("typhoon hurricane cyclone storm tropical".split())

_VERB_LIKE = frozenset("told said met beat hit saw won lost became become becomes named as was is".split())

#: Generational suffixes, abbreviated with a full stop that belongs to the name.
_GENERATIONS = frozenset(("Jr", "Sr"))


def _is_role(body: str, word: tuple[str, int, int]) -> bool:
    """A role word or an abbreviated title with its full stop: one lowered look-up for both."""
    lower = word[0].lower()
    if lower in ROLE_NOUNS:
        return True
    if lower in ABBREVIATED_TITLES:
        return (
            body[word[2] : word[2] + 1] == "."
            or (lower in UNDOTTED_RANKS and _name_follows(body, word[2]))
            or ("-" in lower and _is_role_word(lower))
        )
    return "-" in lower and _is_role_word(lower)


def _name_follows(body: str, end: int) -> bool:
    """A capitalised word of two letters or more after a space: what makes British "Brig Imran
    Shafiq" or "Lt Col Ann Hale" a rank before a name, and "Gen Z" no rank."""
    return body[end : end + 1] == " " and body[end + 1 : end + 2].isupper() and body[end + 2 : end + 3].isalpha()


def _is_role_word(word: str) -> bool:
    """A role noun, or a hyphenated title holding one ("Director-General", "Secretary-General")."""
    lower = word.lower()
    return lower in ROLE_NOUNS or ("-" in lower and any(part in ROLE_NOUNS for part in lower.split("-")))


def _is_abbreviated(body: str, word: tuple[str, int, int]) -> bool:
    """An abbreviated title with its full stop ("Gov.", "Lt."), which is a role, not a name."""
    return word[0].lower() in ABBREVIATED_TITLES and body[word[2] : word[2] + 1] == "."


def _acronym_start(body: str, offset: int) -> int:
    """Where the initials before a role's first letter begin: "U.S. Rep." is read from "S",
    the run of capitals the name search finds starting after "U."."""
    while offset >= 2 and body[offset - 1] == "." and body[offset - 2].isupper() and not (
        offset > 2 and is_name_char(body[offset - 3])
    ):
        offset -= 2
    return offset


def _ends_organisation(body: str, words: list[tuple[str, int, int]], start: int, stop: int) -> bool:
    """ "the Superintendency of Land Transport", "Union for Democratic Renewal": two capitalised
    words after a capitalised word and "of" or "for" end the name of a body, not a person's.

    Longer runs may be a place and a name ("the Bank of England Andrew Bailey" is rare, but
    "Bank of England Governor Andrew Bailey" holds a role and never gets here).
    """
    if stop - start != 2 or start < 2 or words[start - 1][0] not in _LINKS:
        return False
    before = words[start - 2]
    return before[0][:1].isupper() and body[before[2] : words[start][1]] == f" {words[start - 1][0]} "


def _merge(people: dict[str, Found], new: Found) -> None:
    """One person per surname: keep the fullest name, the first role and the first offset.
    Two full names that share a surname but open with different given names are two people
    when the later one comes with a role, as a relative is introduced ("Travis Lee Dunham" ...
    "his mother, Linda Dunham"); it is kept under its full name. Without one, two runs ending
    alike are more often one body's names ("Gas Infrastructure Europe" ... "Futures Europe")."""
    key = surname(new)
    known = people.get(key)
    if known is not None and new.role and _relatives(known.name, new.name):
        key = new.name
        known = people.get(key)
    if known is None:
        people[key] = new
        return
    name = new.name if len(new.name) > len(known.name) else known.name
    role = known.role or new.role
    if name != known.name or role != known.role:
        people[key] = Found(name, role, known.first_offset)


def _relatives(known: str, new: str) -> bool:
    """Two names for two people of one family: both full, their given names different, and
    neither holding all the other's words ("Lee Dunham" is "Travis Lee Dunham"); an initial
    ("T. Dunham") may stand for any given name."""
    old, fresh = known.split(), new.split()
    if len(old) < 2 or len(fresh) < 2 or old[0] == fresh[0] or len(old[0]) < 3 or len(fresh[0]) < 3:
        return False
    return not (set(fresh) <= set(old) or set(old) <= set(fresh))


def _joined_surnames(people: dict[str, Found]) -> dict[str, Found]:
    """ "Alejandro Soto Rivas" and a later "Mr. Soto" or "Alejandro Soto" are one person: a name
    ending with another's first surname, and holding no word that other name lacks, joins it."""
    seconds: dict[str, str] = {}
    for key, person in people.items():
        second = second_surname(person.name)
        if second:
            seconds.setdefault(second, key)
    joined = [s for s in seconds if s in people and s != seconds[s]]
    if not joined:
        return people
    people = dict(people)
    for second in joined:
        part, whole = people[second], people[seconds[second]]
        if set(part.name.split()) <= set(whole.name.split()):
            del people[second]
            people[seconds[second]] = Found(whole.name, whole.role or part.role, min(whole.first_offset, part.first_offset))
    return people
