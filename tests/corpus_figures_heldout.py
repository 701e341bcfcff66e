"""A second batch of passages, written after the rules and scored before any tuning.

Its first score is the honest estimate of how the figures step does on unseen copy: precision
0.966, recall 1.000, F1 0.982 on the text spans; value, qualifier and unit all right, labels
0.88. The figures expected are what a careful reader would list, written before running the
extractor. Then "day three" was added to the naming words, and "one person was taken to
hospital" corrected to the documented rule ("person taken"). Same format as
:mod:`tests.corpus_figures`.

``ARTICLES`` holds the figures of the twelve whole articles of :mod:`tests.corpus_articles`
(163 figures), written before the extractor was run on them and scored once before any tuning:
precision 0.945, recall 0.945, F1 0.945; value 0.987, qualifier 1.000, unit 1.000, label 0.876.
Then three labels were corrected where they broke the corpus's own conventions: "one in three"
and "one in six" are written 33.33 and 16.67, as the other fractions are, and "nearly 10 million
new cases are diagnosed" is labelled "new cases diagnosed" by the documented passive rule
(value 1.000, label 0.886 after that). After one round of fixes (basis points and currency
words as units, a change then a level read as two figures, parts after "by", "another"
before a count, time frames, subjects of change verbs read further): precision 1.000, recall
1.000, F1 1.000; value, qualifier, unit and label 1.000. The batch is no longer blind.
"""

from __future__ import annotations

from tests.corpus_articles import TEXTS
from tests.corpus_figures import Case, F, case

HELD_OUT: tuple[Case, ...] = (
    case("BEIRUT (Reuters) - Israeli air strikes killed at least 52 people in eastern Lebanon on Monday, "
         "the health ministry said, bringing the toll since October to more than 3,100.",
         F("at least 52", 52, "at least", None, "people"), F("more than 3,100", 3100, "more than", None, "toll")),
    case("The company said it would invest £2.3bn over the next five years and create 1,200 jobs.",
         F("£2.3bn", 2.3e9, None, "GBP", None), F("1,200", 1200, None, None, "jobs")),
    case("Nearly 40 per cent of nurses said they planned to leave within a year, a survey of 9,000 staff found.",
         F("Nearly 40 per cent", 40, "Nearly", "%", "nurses"), F("9,000", 9000, None, None, "staff")),
    case("The Dow Jones Industrial Average fell 1.1%, or 400 points, to 35,000 on Friday.",
         F("1.1%", 1.1, None, "%", None), F("400", 400, None, None, "points"), F("35,000", 35000, None, None, None)),
    case("Officials said 14 people, including four children, were rescued from the collapsed building on "
         "Rue de la Paix at around 3 a.m.",
         F("14", 14, None, None, "people"), F("four", 4, None, None, "children")),
    case("The minister, 58, has served in three governments since 2010.",
         F("three", 3, None, None, "governments")),
    case("Some 250 firms employing a combined 80,000 workers signed the pledge, up from 120 last year.",
         F("Some 250", 250, "Some", None, "firms"), F("80,000", 80000, None, None, "workers"),
         F("120", 120, None, None, None)),
    case("The F-35 programme is expected to cost more than $1.7 trillion over its lifetime.",
         F("more than $1.7 trillion", 1.7e12, "more than", "USD", None)),
    case("Two of the 12 jurors asked to be excused, the judge said on day three of the trial.",
         F("Two", 2, None, None, None), F("12", 12, None, None, "jurors")),
    case("Up to 70mm of rain could fall in parts of Wales, and gusts of 60mph are possible.",
         F("Up to 70mm", 70, "Up to", "mm", None), F("60mph", 60, None, "mph", None)),
    case("A total of 1.4 million visitors came to the museum in 2023, a record.",
         F("1.4 million", 1.4e6, None, None, "visitors")),
    case("Her 2019 memoir sold 300,000 copies in its first month.",
         F("300,000", 300000, None, None, "copies")),
    case("The UN says about half of Sudan's 48 million people need aid, and 10 million have fled their homes.",
         F("about half", 50, "about", "%", None), F("48 million", 4.8e7, None, None, "people"),
         F("10 million", 1e7, None, None, None)),
    case("He was the first person to be charged under Section 44 of the act.",),
    case("Interest rates were held at 5.25% for a sixth consecutive meeting.",
         F("5.25%", 5.25, None, "%", None)),
    case("Dozens of homes were damaged and one person was taken to hospital.",
         F("Dozens", 24, "Dozens", None, "homes damaged"), F("one", 1, None, None, "person taken")),
)

#: Whole articles (:mod:`tests.corpus_articles`): the passage is the whole text, headline first,
#: and the figures are those of the paragraphs after the headline. Dates, years, ages, scores,
#: votes written "7-4", compound modifiers ("a 90-day state of emergency") and time frames
#: ("within five years", "over nine years", "two years ago") are left out, as the rules say.
#: "Basis points" is read as a unit, like "percentage points"; soles are PEN.
_USD, _GBP, _EUR, _PCT, _BP = "USD", "GBP", "EUR", "%", "basis points"
ARTICLES: tuple[Case, ...] = (
    case(TEXTS["ap-politics"],
         F("$410 million", 4.1e8, None, _USD, None), F("dozens", 24, "dozens", None, "residents"),
         F("two", 2, None, None, "summers"), F("roughly $38 million", 3.8e7, "roughly", _USD, None),
         F("about 14,000", 14000, "about", None, "residents"), F("11", 11, None, None, "towns"),
         F("four", 4, None, None, "systems"), F("40", 40, None, None, "miles"),
         F("about $90", 90, "about", _USD, None), F("31", 31, None, None, "years"),
         F("at least 60", 60, "at least", None, "other systems")),
    case(TEXTS["reuters-markets"],
         F("six", 6, None, None, "peers"), F("0.4%", 0.4, None, _PCT, None), F("101.82", 101.82),
         F("three", 3, None, None, "weeks"), F("0.5%", 0.5, None, _PCT, "euro"),
         F("$1.1345", 1.1345, None, _USD, None), F("0.3%", 0.3, None, _PCT, "sterling"),
         F("$1.3120", 1.312, None, _USD, None), F("about 45 basis points", 45, "about", _BP, None),
         F("30 basis points", 30, None, _BP, None), F("as much as 1.2%", 1.2, "as much as", _PCT, None),
         F("41.05", 41.05), F("42.5%", 42.5, None, _PCT, None), F("250 basis points", 250, None, _BP, "cut"),
         F("148.20", 148.2), F("5.9 trillion yen", 5.9e12, None, "JPY", None),
         F("$40 billion", 4e10, None, _USD, None), F("3.4%", 3.4, None, _PCT, "bitcoin"),
         F("$61,200", 61200, None, _USD, None), F("2.8%", 2.8, None, _PCT, "U.S. consumer prices"),
         F("2.9%", 2.9, None, _PCT, "forecasts"), F("3.1%", 3.1, None, _PCT, "Core inflation"),
         F("0.2%", 0.2, None, _PCT, None), F("0.7%", 0.7, None, _PCT, None),
         F("4.5%", 4.5, None, _PCT, "mining output"), F("more than two", 2, "more than", None, "years"),
         F("0.6%", 0.6, None, _PCT, None), F("$2,384", 2384, None, _USD, None)),
    case(TEXTS["afp-guinea"],
         F("Several hundred", 300, "Several", None, "supporters"),
         F("at least 47", 47, "at least", None, "political detainees"),
         F("at least 52", 52, "at least", None, "people killed"), F("33.5 percent", 33.5, None, _PCT, "vote"),
         F("three", 3, None, None, "times")),
    case(TEXTS["efe-peru"],
         F("87", 87, None, None, "votes"), F("25", 25), F("6", 6, None, None, "abstentions"),
         F("at least nine", 9, "at least", None, "dead"), F("more than 120", 120, "more than", None, "points"),
         F("14", 14, None, None, "regions"), F("nine", 9, None, None, "people died"), F("112", 112),
         F("41", 41, None, None, "police officers injured"), F("63", 63, None, None, "injured agents"),
         F("some 2,500", 2500, "some", None, "additional troops"),
         F("1.2 billion soles", 1.2e9, None, "PEN", "losses"), F("less than 2%", 2, "less than", _PCT, None),
         F("about 15 million soles", 1.5e7, "about", "PEN", "losses")),
    case(TEXTS["dpa-rail"],
         F("around 4,000", 4000, "around", None, "administrative jobs"),
         F("1.2 billion euros", 1.2e9, None, _EUR, None), F("roughly 215,000", 215000, "roughly", None, "people"),
         F("1.8 billion euros", 1.8e9, None, _EUR, "loss"),
         F("62.4 per cent", 62.4, None, _PCT, "long-distance trains"),
         F("16 billion euros", 1.6e10, None, _EUR, None), F("one in three", 33.33, None, _PCT, "regional trains"),
         F("Around 1,100", 1100, "Around", None, "positions"), F("151 million", 1.51e8, None, None, "Passenger numbers"),
         F("6 per cent", 6, None, _PCT, None), F("58 euros", 58, None, _EUR, None),
         F("2.3 per cent", 2.3, None, _PCT, "Shares")),
    case(TEXTS["bbc-potholes"],
         F("£16.3bn", 1.63e10, None, _GBP, "cost"), F("13 per cent", 13, None, _PCT, "backlog"),
         F("11", 11, None, None, "years"), F("one in six", 16.67, None, _PCT, "local roads"),
         F("about 34,000", 34000, "about", None, "miles"), F("18", 18, None, None, "seconds"),
         F("1.9 million", 1.9e6), F("about £72", 72, "about", _GBP, None), F("£500m", 5e8, None, _GBP, None),
         F("more than 7,000", 7000, "more than", None, "breakdowns"), F("40 per cent", 40, None, _PCT, None),
         F("428", 428, None, None, "serious injuries"), F("£25m", 2.5e7, None, _GBP, None),
         F("almost a fifth", 20, "almost", _PCT, None), F("£474m", 4.74e8, None, _GBP, None)),
    case(TEXTS["guardian-cladding"],
         F("About 230", 230, "About", None, "people"), F("96", 96, None, None, "flats"),
         F("at least 70", 70, "at least", None, "children"), F("two", 2, None, None, "sons"),
         F("four", 4, None, None, "weeks"), F("an estimated £9.5m", 9.5e6, "an estimated", _GBP, None),
         F("up to 18", 18, "up to", None, "months"),
         F("more than 3,000", 3000, "more than", None, "residential buildings"),
         F("2,416", 2416, None, None, "buildings"), F("4,630", 4630, None, None, "buildings"),
         F("52%", 52, None, _PCT, None)),
    case(TEXTS["court-fraud"],
         F("more than £2.4m", 2.4e6, "more than", _GBP, None), F("seven", 7, None, None, "years"),
         F("14", 14, None, None, "counts"), F("37", 37, None, None, "bank accounts"),
         F("hundreds", 200, "hundreds", None, "times"), F("four", 4, None, None, "racehorses"),
         F("£310,000", 310000, None, _GBP, None), F("£640,000", 640000, None, _GBP, None),
         F("Some 212", 212, "Some", None, "former council employees"), F("30", 30, None, None, "years"),
         F("10", 10, None, None, "years"), F("£48,000", 48000, None, _GBP, "salary"),
         F("about £900,000", 900000, "about", _GBP, None)),
    case(TEXTS["reuters-floods"],
         F("at least 64", 64, "at least", None, "death toll"), F("three", 3, None, None, "days"),
         F("35", 35, None, None, "people"), F("51", 51),
         F("between 70 and 80", 70, "between", None, "people died"),
         F("More than 12,000", 12000, "More than", None, "people displaced"),
         F("some 3,400", 3400, "some", None, "homes damaged"), F("nearly 900", 900, "nearly", None, "families"),
         F("Up to 300mm", 300, "Up to", "mm", None), F("24", 24, None, None, "hours"),
         F("four", 4, None, None, "provinces"), F("$13.6 million", 1.36e7, None, _USD, None),
         F("at least 18", 18, "at least", None, "dead"),
         F("between 15,000 and 20,000", 15000, "between", None, "children"),
         F("more than 200", 200, "more than", None, "people died"), F("two", 2), F("4", 4, None, None, "tonnes")),
    case(TEXTS["sport-cup"],
         F("41", 41, None, None, "years"), F("27", 27), F("26", 26, None, None, "record"), F("31,450", 31450),
         F("under two", 2, "under", None, "hours"), F("three", 3, None, None, "Premier Division teams"),
         F("64%", 64, None, _PCT, "ball"), F("£1.2m", 1.2e6, None, _GBP, None), F("19", 19, None, None, "goals"),
         F("£1.8m", 1.8e6, None, _GBP, None), F("four", 4, None, None, "matches"),
         F("28", 28, None, None, "matches")),
    case(TEXTS["health-walking"],
         F("at least 20", 20, "at least", None, "minutes"), F("about 25%", 25, "about", _PCT, None),
         F("more than 78,000", 78000, "more than", None, "people"),
         F("an average of seven", 7, "an average of", None, "years"), F("866", 866, None, None, "diagnosed"),
         F("one in five", 20, None, _PCT, "participants"), F("fewer than 3,000", 3000, "fewer than", None, "steps"),
         F("2.4", 2.4), F("9,000", 9000, None, None, "steps"), F("about 51%", 51, "about", _PCT, None),
         F("30", 30, None, None, "minutes"), F("Around 55 million", 5.5e7, "Around", None, "people"),
         F("nearly 10 million", 1e7, "nearly", None, "new cases diagnosed"),
         F("about one in 10", 10, "about", _PCT, "adults"), F("up to 45%", 45, "up to", _PCT, "dementia cases")),
    case(TEXTS["ap-port-strike"],
         F("9%", 9, None, _PCT, "pay rise"), F("roughly 8,500", 8500, "roughly", None, "members"),
         F("1,200 euros", 1200, None, _EUR, None), F("14", 14, None, None, "days"), F("two", 2, None, None, "weeks"),
         F("about 140", 140, "about", None, "ships diverted"), F("60,000", 60000),
         F("412 million", 4.12e8, None, None, "tonnes"),
         F("an estimated 45 million euros", 4.5e7, "an estimated", _EUR, None),
         F("About 1,900", 1900, "About", None, "trucks")),
)
