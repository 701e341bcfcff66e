"""Word lists the extractors share, kept as data apart from the rules that use them.

Extend the lists here rather than inside an extractor, so that quotes, figures and sources
agree on what a reporting verb or a hedge is.
"""

from __future__ import annotations

#: Verbs that introduce speech or a claim ("said", "told", "added"...), in their past forms.
REPORTING_VERBS = frozenset(
    """
    said says say told tells added adds explained explains warned warns insisted insists
    wrote writes stated states declared declares announced announces noted notes argued argues
    claimed claims asked asks replied replies answered answers urged urges stressed stresses
    tweeted tweets posted posts commented comments continued continues concluded concludes
    acknowledged acknowledges admitted admits confirmed confirms denied denies recalled recalls
    reported reports observed observes remarked remarks suggested suggests cautioned cautions
    predicted predicts promised promises vowed vows pledged pledges demanded demands shouted
    shouts told estimated estimates indicated indicates affirmed affirms assured assures
    maintained maintains contended contends countered counters conceded concedes mused muses
    """.split()
)
