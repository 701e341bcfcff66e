"""Which currency a sign, a code or a word of money means in a story.

:mod:`generator.numbers` reads how an amount is written ("$3.2 billion", "450 EGP", "48.90
pesos"); this module knows the currencies it may be written in, and which one a story means
when the words alone do not say:

- a bare ``$`` is read as US dollars and ``¥`` as yen, the usual meaning in English copy, and so
  is a currency word several countries use ("pesos" as Mexican) unless a country says which
  ("Argentine pesos");
- "Rs" takes the country the story names, as "rupees" does ("Rs5 billion" in a Pakistani story
  is PKR); an "R" glued to digits is South African rand ("R18.92"), read only in a story that
  names South Africa (:func:`unnamed_country`): elsewhere "R5" is a road or a form; so are an
  "N" glued to digits, naira in a story that names Nigeria ("N1,030"; elsewhere "N95" is a mask),
  and "RM", ringgit in a story that names Malaysia ("RM1.9 billion"), "P" glued to digits, pesos
  in a story that names the Philippines ("P1.2 billion"), "Tk" (glued or with a space), taka in
  one that names Bangladesh ("Tk 200,000"), and "¢" glued, cedis in one that names Ghana ("GH¢"
  and "GH₵" are cedis anywhere; "55¢", after the number, stays cents); "Sh"
  glued to digits ("Sh312 million") and "KSh" are shillings, Kenyan unless the story names
  another shilling country, as "shillings" is read;
- an ISO code before the number, glued or not ("AED71.5 billion", "QAR 3 billion"), or after it
  ("450 EGP"), is the currency; "SAR" only glued to the digits ("SAR1.2 trillion"), since apart it
  is as often a Special Administrative Region or a rescue team ("30 SAR teams"), and "PHP" only
  glued ("PHP5.7 trillion"; "PHP 8" is the language). Codes that are also words ("TRY", "COP",
  "PEN", "ALL", "RON") are left out.

Bare "pounds" are sterling unless the story names Egypt, Lebanon, Sudan or Syria and nothing
British (Britain, the UK, its nations, London, "£", "sterling"): copy about Cairo writes its money
as "pounds" once "Egyptian pounds" has said which, while a story that names both may mean either,
and sterling, the default, stays then (:data:`DEFAULT_KEPT`).

A currency word read by default as one country's ("pesos", "shillings", "rupees") is read by
:func:`country_currency` as the money of the country the article names as a noun or an adjective
("Philippine", "Colombia"), found as a capitalised stem; a story that names none keeps the default.
A name several countries give their currency ("crowns", "kroner", "dinars") is read by
:func:`named_currency` from the country the text names with it earlier ("Norwegian crowns"); the
number alone does not say which.

A bare ``$`` is read as the local dollar of the one dollar country a story is about
(:func:`story_dollar`): a story that names Canada (or Australia, New Zealand, Singapore, Hong
Kong) at least twice, names no other of them, never names the United States and writes no
prefixed dollar ("C$", "US$") means its own dollar by "$" ("a one-time payment of $500" in a
story about British Columbia is CAD); a country named once is a passing mention ("New Zealand's
Michael Hart" in a tennis report whose prize money is in US dollars), and wire copy that
writes "C$" or "A$" keeps "$" for US dollars.

Knowingly missed: currencies named by a common word ("real", "dong", "won" but after a scale),
a bare "$" in a story about Australia or Canada that names the country less than twice (only
its states and towns: read as US dollars), and codes that are also words ("TRY", "try").
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Currency signs and codes written before the number.
CURRENCY_SIGNS = {
    "$": "USD", "us$": "USD", "c$": "CAD", "a$": "AUD", "hk$": "HKD", "nz$": "NZD", "s$": "SGD",
    "r$": "BRL", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "rs": "INR", "rs.": "INR", "r": "ZAR",
    "₽": "RUB", "₩": "KRW", "₺": "TRY", "₴": "UAH", "₦": "NGN", "sh": "KES", "ksh": "KES",
    "n": "NGN", "rm": "MYR", "p": "PHP", "₱": "PHP", "tk": "BDT", "tk.": "BDT", "gh¢": "GHS", "gh₵": "GHS",
    "₵": "GHS", "¢": "GHS",
}
#: ISO codes accepted before or after the number.
CURRENCY_CODES = frozenset(
    "USD EUR GBP JPY CNY CHF RUB INR KZT CAD AUD HKD NZD SGD AED QAR KWD BHD OMR EGP NGN KES ZAR BRL MXN SEK NOK DKK PLN"
    " PKR VND IDR THB BDT GHS MYR KRW TWD CZK HUF ILS UGX TZS LKR UAH ARS CLP".split()
)
#: ISO codes read only glued before the digits ("SAR1.2 trillion"): apart, "SAR" is as often a
#: Special Administrative Region or search and rescue ("30 SAR teams").
#: "PHP" apart is as often the programming language ("PHP 8").
GLUED_CODES = frozenset({"SAR", "PHP"})
#: Currency words written after the number. A name that several countries use is read as the
#: currency wire copy most often means by it ("pesos" Mexican, "shillings" Kenyan, "francs" Swiss),
#: as a bare "$" is read as US dollars; a country written before it says otherwise
#: (:data:`COUNTRY_CURRENCIES`). Names that are also common words ("real", "won", "dong") are
#: left out, but for "won" after a scale ("1.2 trillion won").
CURRENCY_WORDS = {
    "dollars": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP", "sterling": "GBP", "yen": "JPY",
    "yuan": "CNY", "renminbi": "CNY", "rupees": "INR", "roubles": "RUB", "rubles": "RUB",
    "tenge": "KZT", "francs": "CHF", "hryvnias": "UAH", "hryvnia": "UAH", "lira": "TRY", "liras": "TRY",
    "soles": "PEN", "pesos": "MXN", "reais": "BRL", "rand": "ZAR", "naira": "NGN", "shillings": "KES",
    "krona": "SEK", "kronor": "SEK", "zloty": "PLN", "zlotys": "PLN", "forint": "HUF", "forints": "HUF",
    "rupiah": "IDR", "ringgit": "MYR", "baht": "THB", "riyals": "SAR", "dirhams": "AED", "shekels": "ILS",
    "cedis": "GHS", "kwacha": "ZMW", "birr": "ETB", "taka": "BDT", "lei": "RON",
}
#: A currency name with the country that says which one it is ("Argentine pesos", "Egyptian pounds").
COUNTRY_CURRENCIES = {
    "mexican pesos": "MXN", "argentine pesos": "ARS", "argentinian pesos": "ARS", "colombian pesos": "COP",
    "chilean pesos": "CLP", "philippine pesos": "PHP", "uruguayan pesos": "UYU", "kenyan shillings": "KES",
    "ugandan shillings": "UGX", "tanzanian shillings": "TZS", "swiss francs": "CHF", "cfa francs": "XOF",
    "swedish crowns": "SEK", "norwegian crowns": "NOK", "danish crowns": "DKK", "czech crowns": "CZK",
    "norwegian kroner": "NOK", "danish kroner": "DKK", "swedish kronor": "SEK", "indian rupees": "INR",
    "pakistani rupees": "PKR", "sri lankan rupees": "LKR", "nepalese rupees": "NPR", "egyptian pounds": "EGP",
    "lebanese pounds": "LBP", "sudanese pounds": "SDG", "iraqi dinars": "IQD", "algerian dinars": "DZD",
    "tunisian dinars": "TND", "jordanian dinars": "JOD", "kuwaiti dinars": "KWD", "moroccan dirhams": "MAD",
    "south korean won": "KRW", "brazilian reais": "BRL", "turkish lira": "TRY", "chinese yuan": "CNY",
    "peruvian soles": "PEN", "south african rand": "ZAR", "nigerian naira": "NGN",
}
#: Currency words read by default as one country's money ("pesos" Mexican), with the countries,
#: written capitalised as a noun or an adjective, whose money an article about them means instead:
#: "The Philippine Statistics Authority ... 48.90 pesos" is PHP. See :func:`country_currency`.
COUNTRY_DEFAULTS = {
    "pesos": {
        "Philippine": "PHP", "Filipino": "PHP", "Argentin": "ARS", "Colombia": "COP", "Chile": "CLP",
        "Uruguay": "UYU", "Dominican": "DOP", "Cuba": "CUP", "Mexic": "MXN",
    },
    "shillings": {"Kenya": "KES", "Uganda": "UGX", "Tanzania": "TZS", "Somali": "SOS"},
    "rupees": {"India": "INR", "Pakistan": "PKR", "Sri Lanka": "LKR", "Nepal": "NPR", "Mauriti": "MUR"},
    "pounds": {"Egypt": "EGP", "Leban": "LBP", "Sudan": "SDG", "Syria": "SYP"},
}
#: What keeps a currency word at its default in a story that also names one of its other
#: countries: "pounds" stay sterling in a story that names Britain, its nations, London or
#: sterling at all ("a British tourist in Egypt paid 40 pounds"), since only copy about the
#: other country alone writes its money as bare "pounds" ("trading at 49.6 pounds" in Cairo).
DEFAULT_KEPT = {"pounds": re.compile(r"Brit|\bU\.?K\.?\b|England|English|London|Scot|Wales|Welsh|Northern Ireland|£|sterling")}
#: The units read by default from the words of :data:`COUNTRY_DEFAULTS`: one look spares other money the search.
DEFAULTED_UNITS = frozenset(CURRENCY_WORDS[word] for word in COUNTRY_DEFAULTS)
#: Countries named before "dollars" ("Canadian dollars").
DOLLAR_COUNTRIES = {"us": "USD", "u.s.": "USD", "american": "USD", "canadian": "CAD", "australian": "AUD",
                    "hong kong": "HKD", "new zealand": "NZD", "singapore": "SGD"}
#: Currency names several countries share, read only when the article names the country earlier
#: ("1.8 billion Norwegian crowns ... 9.6 billion crowns"): see :func:`named_currency`.
SHARED_CURRENCY_WORDS = frozenset("crowns kroner kronor korun dinars".split())


#: For each shared name, the names a country may give the same money: "Norwegian kroner" says
#: which "crowns" a later bare "crowns" means.
_SHARED_VARIANTS = {word: (word, "kroner", "kronor") if word == "crowns" else (word,) for word in SHARED_CURRENCY_WORDS}


def named_currency(text: str, word: str, end: int) -> str | None:
    """The currency a bare name several countries share ("crowns") means in ``text``: the last
    one the text names with its country before ``end`` ("Norwegian crowns" -> "NOK"), else None.

    The name is looked for backwards as a plain substring (written in lower case, as copy writes
    currencies), then the words before it: an article without the name costs one search.
    """
    best, unit = -1, None
    for variant in _SHARED_VARIANTS.get(word.lower(), ()):
        stop = end
        while (at := text.rfind(variant, 0, stop)) > best:
            words = text[max(0, at - 24) : at].lower().split()
            keys = (" ".join([*words[-2:], variant]), " ".join([*words[-1:], variant]))
            named = next((COUNTRY_CURRENCIES[key] for key in keys if key in COUNTRY_CURRENCIES), None)
            if named:
                best, unit = at, named
                break
            stop = at
    return unit


def country_currency(text: str, word: str, end: int) -> str | None:
    """The money a bare currency word of :data:`COUNTRY_DEFAULTS` ("pesos") means in an article
    that names one of its countries: the country named last before ``end``, else the first named
    after it ("Philippine", "Colombia"); None when the article names none of them.

    Each country is looked for as a plain, capitalised substring (a stem, so "Philippines" and
    "Philippine" are one): a story about Manila that never names the country keeps the default.
    """
    countries = COUNTRY_DEFAULTS.get(word.lower())
    if not countries:
        return None
    before = max(countries, key=lambda name: text.rfind(name, 0, end))
    if text.rfind(before, 0, end) >= 0:
        unit: str | None = countries[before]
    else:
        found = [(at, name) for name in countries if (at := text.find(name, end)) >= 0]
        unit = countries[min(found)[1]] if found else None
    kept = DEFAULT_KEPT.get(word.lower()) if unit else None
    return None if kept and kept.search(text) else unit


#: Signs written for a currency word several countries use ("Rs" for rupees, "Sh" for shillings):
#: they mean the money the story's country calls so, as the word does (:func:`country_currency`).
SIGN_WORDS = {"rs": "rupees", "sh": "shillings"}
#: Signs read as a currency only in a story that names its country, with that currency and
#: country: "R18.92" is rand in a South African story; elsewhere "R5" is a road or a form.
COUNTRY_ONLY_SIGNS = {
    "r": ("ZAR", "South Africa"), "n": ("NGN", "Nigeria"), "rm": ("MYR", "Malaysia"), "p": ("PHP", "Philippine"),
    "tk": ("BDT", "Bangladesh"), "tk.": ("BDT", "Bangladesh"), "¢": ("GHS", "Ghana"),
}


def unnamed_country(sign: str, unit: str | None, text: str) -> bool:
    """Whether ``sign``, read as ``unit``, is one of :data:`COUNTRY_ONLY_SIGNS` in a ``text`` that
    does not name its country: then it is no money at all."""
    needed = COUNTRY_ONLY_SIGNS.get(sign.lower())
    return needed is not None and unit == needed[0] and needed[1] not in text


#: Dollar countries named in a story, as capitalised stems (the noun and the adjective alike:
#: "Canada", "Canadian"), with their currency: see :func:`story_dollar`.
LOCAL_DOLLARS = {"Canad": "CAD", "Australia": "AUD", "New Zealand": "NZD", "Singapore": "SGD", "Hong Kong": "HKD"}
#: What says a story may mean US dollars by "$": the United States named, or a dollar written
#: with its country's prefix ("C$", "US$"), after which a bare "$" is the US dollar.
_US_OR_PREFIXED = re.compile(r"\bU\.S\.|\bUS\b|United States|America|Washington|\bUSD\b|[A-Z]\$")


@lru_cache(maxsize=8)
def story_dollar(text: str) -> str:
    """The dollar a bare "$" means in ``text``: the local one of the only dollar country it names,
    at least twice, when it never names the United States nor writes a prefixed dollar; else USD.

    Each country is counted as a plain substring, which costs less than one expression over the
    text: most stories name none, and are spared the search for the United States. Cached: it
    is asked once per "$" figure, and a market story has dozens in the same body (a string
    keeps its hash, so the look-up costs no pass over the text).
    """
    named = [stem for stem in LOCAL_DOLLARS if stem in text]
    if len(named) != 1 or text.count(named[0]) < 2 or _US_OR_PREFIXED.search(text):
        return "USD"
    return LOCAL_DOLLARS[named[0]]
