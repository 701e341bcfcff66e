"""A second batch of passages, written after the rules and scored before any tuning.

Its first score is the honest estimate of how the figures step does on unseen copy: precision
0.966, recall 1.000, F1 0.982 on the text spans; value, qualifier and unit all right, labels
0.88. The figures expected are what a careful reader would list, written before running the
extractor. Then "day three" was added to the naming words, and "one person was taken to
hospital" corrected to the documented rule ("person taken"). Same format as
:mod:`tests.corpus_figures`.
"""

from __future__ import annotations

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
