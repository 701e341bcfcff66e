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
    highlighted highlights lamented laments underlined underlines emphasised emphasises
    emphasized emphasizes reiterated reiterates regretted regrets specified specifies
    """.split()
)

#: Present participles that carry a quote on from a finite cue ("..., adding that “...”").
REPORTING_PARTICIPLES = frozenset(
    """
    adding saying explaining warning insisting noting stressing arguing claiming telling
    writing declaring announcing urging asking recalling acknowledging admitting confirming
    denying suggesting promising vowing pledging describing calling continuing concluding
    citing
    """.split()
)

#: Verbs that only introduce speech in this sense ("described them as", "urged", "called").
#: They attribute a partial quote in their sentence but never a full quote on their own.
DESCRIBING_VERBS = frozenset(
    """
    described describes called calls dubbed labelled labeled branded termed urged
    criticised criticized praised condemned blamed accused thanked considered considers
    denounced denounces rejected rejects dismissed dismisses credited credits cited cites blames
    """.split()
)

#: Phrases that attribute a sentence to their object: "According to the ministry, ...".
ACCORDING_TO = ("according to", "in the words of", "quoting")

#: Nouns for what a person does; the head of a role ("the White House spokeswoman").
ROLE_NOUNS = frozenset(
    """
    president president-elect vice-president premier minister secretary spokesman spokeswoman
    spokesperson chancellor governor mayor senator congressman congresswoman representative
    lawmaker legislator mp deputy ambassador envoy diplomat chief director ceo chairman
    chairwoman chairperson chair head leader commander general colonel major captain
    lieutenant sergeant officer official officials analyst professor economist strategist
    king queen prince princess emperor pope cardinal bishop archbishop rabbi imam cleric
    sheikh emir sultan ayatollah judge justice lawyer attorney prosecutor researcher
    scientist doctor physician nurse surgeon teacher coach manager founder owner editor
    correspondent reporter journalist expert adviser advisor consultant executive
    businessman businesswoman activist campaigner protester witness resident residents
    witnesses student farmer worker survivor victim mother father son daughter wife husband
    sister brother actor actress singer writer author novelist artist player striker
    goalkeeper candidate prime-minister inspector sheriff superintendent commissioner
    administrator regulator negotiator mediator monitor observer source sources developer
    engineer designer pilot driver entrepreneur investor trader banker broker mechanic
    soldier fighter rebel commentator historian philosopher psychologist epidemiologist
    headteacher headmaster headmistress principal spokesperson
    virologist biologist physicist chemist architect planner organiser organizer volunteer
    speaker coroner taoiseach tánaiste tanaiste
    veteran pacer paceman seamer spinner batsman opener skipper midfielder defender winger
    fullback quarterback pitcher
    """.split()
)

#: Role nouns that say the person is a woman or a man (used to resolve "she" and "he").
FEMALE_WORDS = frozenset(
    """
    spokeswoman congresswoman chairwoman businesswoman queen princess actress mother
    daughter wife sister mrs ms miss madam lady dame she her hers herself woman girl
    """.split()
)
MALE_WORDS = frozenset(
    """
    spokesman congressman chairman businessman king prince emperor pope father son husband
    brother mr sir lord he him his himself man boy
    """.split()
)

#: Titles written before a name ("Mr. Smith", "Dr Jones", "Cllr Adam Hug").
TITLES = frozenset("mr mrs ms miss dr prof sir dame lord lady mme mlle herr frau cllr councillor alhaji alhaja hajia".split())

#: Abbreviated titles and ranks written with a full stop before a name, as AP and US copy
#: writes them ("Gov. Maria Delgado", "Lt. Gen. Mark Hollis", "the Rev. Ann Lowe"), with the
#: role noun each stands for. They are roles, never names or speakers, and their full stop
#: ends no sentence. Only the dotted form counts: "Gen Z" and British "Gen Sir Nick Carter"
#: carry none.
ABBREVIATED_TITLES = {
    "gov": "governor", "sen": "senator", "rep": "representative", "gen": "general",
    "lt": "lieutenant", "maj": "major", "brig": "brigadier", "adm": "admiral", "col": "colonel",
    "capt": "captain", "sgt": "sergeant", "cpl": "corporal", "pvt": "private", "spc": "specialist",
    "cmdr": "commander", "supt": "superintendent", "insp": "inspector", "det": "detective",
    "atty": "attorney", "rev": "reverend", "fr": "father", "msgr": "monsignor", "pres": "president",
    "amb": "ambassador",
}

#: The ranks of :data:`ABBREVIATED_TITLES` that British, Irish and South Asian copy writes
#: without a full stop before a name ("Brig Imran Shafiq", "Lt Col Ann Hale", "Det Insp Ryan
#: Cole"). Civil titles are left out: "Sen" and "Rep" are also names or words.
UNDOTTED_RANKS = frozenset("gen lt maj brig adm col capt sgt cpl cmdr supt insp det".split())

#: Nouns that make a group a body that can speak ("the Interior Ministry said").
BODY_NOUNS = frozenset(
    """
    ministry government police army military navy company firm agency office department
    court council committee commission party group organization organisation union bank
    embassy administration authorities authority presidency kremlin parliament senate
    congress house cabinet board institute university foundation association federation
    service services mission coalition alliance forces force command league club team
    network newspaper channel broadcaster junta regime center centre exchange
    prosecutors prosecutor's inc corp ltd news press agency times post monitor watch
    """.split()
)

#: Capitalised words that mark a run of capitals as an organisation or place, not a person.
ORG_WORDS = frozenset(
    """
    ministry government police army navy company agency office department court council
    committee commission party group organization organisation union bank embassy
    administration house palace kremlin parliament senate congress cabinet board institute
    university college school hospital foundation association federation service mission
    coalition alliance forces force command league club team network news press times post
    journal tribune herald reuters nations states kingdom republic emirates islands street
    avenue square city province region district county state airport station church
    mosque cathedral museum stadium centre center fund program programme corporation inc
    corp ltd llc plc co treaty organisation assembly tv radio channel trust academy
    conservatory front exchange
    """.split()
)

#: First words of two-word places that look like names ("New York", "Hong Kong").
PLACE_FIRST_WORDS = frozenset(
    """
    new san santa los las hong saudi south north east west sri costa puerto el la le st
    united czech dominican ivory sierra burkina cape buenos rio tel abu sao são
    """.split()
)

#: Countries whose name may sit before a person's name ("President of Kazakhstan K. Tokayev").
COUNTRIES = frozenset(
    """
    afghanistan albania algeria angola argentina armenia australia austria azerbaijan
    bahrain bangladesh belarus belgium bolivia bosnia brazil britain bulgaria burma cambodia
    cameroon canada chad chile china colombia congo croatia cuba cyprus denmark ecuador
    egypt eritrea estonia ethiopia finland france georgia germany ghana greece guatemala
    haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica
    japan jordan kazakhstan kenya kosovo kuwait kyrgyzstan laos latvia lebanon libya
    lithuania luxembourg madagascar malawi malaysia mali malta mexico moldova mongolia
    montenegro morocco mozambique myanmar namibia nepal netherlands nicaragua niger
    nigeria norway oman pakistan palestine panama paraguay peru philippines poland
    portugal qatar romania russia rwanda senegal serbia singapore slovakia slovenia
    somalia spain sudan sweden switzerland syria taiwan tajikistan tanzania thailand
    tunisia turkey turkmenistan uganda ukraine uruguay uzbekistan venezuela vietnam yemen
    zambia zimbabwe
    """.split()
)

#: Nations' adjectives, which wire copy writes before a person's name ("Belgian Remco
#: Evenepoel", "French President ...") and which are never a given name here.
DEMONYMS = frozenset(
    """
    afghan albanian algerian american angolan argentine argentinian armenian australian
    austrian azerbaijani bahraini bangladeshi belarusian belgian bolivian bosnian brazilian
    british bulgarian burmese cambodian cameroonian canadian chadian chilean chinese
    colombian congolese croatian cuban cypriot czech danish dutch ecuadorian egyptian
    emirati english eritrean estonian ethiopian filipino finnish french georgian german
    ghanaian greek guatemalan haitian honduran hungarian icelandic indian indonesian
    iranian iraqi irish israeli italian ivorian jamaican japanese jordanian kazakh kenyan
    kosovan kuwaiti kyrgyz laotian latvian lebanese libyan lithuanian malawian malaysian
    malian maltese mexican moldovan mongolian montenegrin moroccan mozambican namibian
    nepalese nicaraguan nigerian nigerien norwegian omani pakistani palestinian panamanian
    paraguayan peruvian polish portuguese qatari romanian russian rwandan scottish
    senegalese serbian singaporean slovak slovakian slovenian somali spanish sudanese
    swedish swiss syrian taiwanese tajik tanzanian thai tunisian turkish ugandan ukrainian
    uruguayan uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean european african asian
    """.split()
)

#: Capitalised words that start sentences or name days and months, never a person.
NAME_STOPWORDS = frozenset(
    """
    the a an this that these those there their his her its our my your in on at by for
    from to with without after before during since until while when where as if but and
    or so yet also according however meanwhile although though despite in addition later
    earlier then now still even only once speaking asked last next both neither either
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december he she it they we i you
    mr mrs ms dr today yesterday tomorrow tonight
    """.split()
)

#: Lower-case words allowed inside a name ("Ursula von der Leyen", "Luiz Inácio Lula da Silva").
NAME_PARTICLES = frozenset("de da das do dos del della di du la le van von der den ter bin ibn al el y".split())

#: Nouns for works whose quoted title is not a quotation ("the film “Dune”").
WORK_NOUNS = frozenset(
    """
    book novel film movie documentary song album single show series programme program play
    opera poem essay column headline slogan hashtag podcast episode exhibition painting
    brand motto newspaper magazine anthem musical sitcom
    """.split()
)

#: Words that introduce a title or a nickname rather than speech ("a song titled “...”").
TITLE_CUES = frozenset("titled entitled dubbed nicknamed named alias aka".split())

#: Texts that speak for a body: "according to a statement from the Foreign Ministry".
DOCUMENT_NOUNS = frozenset(
    "statement report communique communiqué letter post message tweet note release".split()
)

#: Common given names that tell "she" from "he" when the article gives no other clue.
FEMALE_NAMES = frozenset(
    """
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
    margaret betty sandra ashley kimberly emily donna michelle carol amanda melissa deborah
    stephanie rebecca laura sharon cynthia kathleen amy angela anna ann anne helen emma
    olivia sophia sofia maria marie julia claire clara rachel ruth alice grace jane jen
    janet janet kamala hillary nancy ursula angela theresa jacinda giorgia marine christine
    kristalina karine liz nicola maya priya fatima aisha amina leila layla nadia olga irina
    natalia elena svetlana tatiana yulia greta ingrid astrid sanna mette ana lucia carmen
    isabel rosa paula marta camila valentina gabriela francesca giulia chiara ines mei ling
    yuki sakura hana jin-a ngozi chimamanda wangari ellen malala benazir indira sheikh-hasina
    rita linda eva ella lena lea sara hannah sophie charlotte amelia chloe zoe lucy kate
    catherine katherine kathryn diana victoria samantha heather megan lauren alexandria
    elise lise annalena liz tulsi nikki marjorie ilhan rashida ayanna karen beth carole
    """.split()
)
MALE_NAMES = frozenset(
    """
    james john robert michael william david richard joseph thomas charles christopher daniel
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george edward
    ronald timothy jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
    scott brandon benjamin samuel frank gregory raymond alexander patrick jack dennis jerry
    tyler aaron jose adam henry nathan douglas peter kyle walter ethan jeremy harold keith
    joe barack bill vladimir sergei dmitry alexei boris emmanuel olaf rishi keir justin
    xi narendra recep benjamin mohammed muhammad ahmed ali omar hassan hussein abdullah
    ibrahim yusuf mustafa khalid khaled tariq kassym nursultan volodymyr antony lloyd jake mitch
    chuck kevin ted marco rand lindsey mitt pedro carlos luis juan jorge miguel javier
    diego andres manuel francisco antonio giuseppe giovanni luca marco matteo pierre jean
    jacques francois nicolas hans klaus jurgen wolfgang friedrich lars erik sven jonas
    hiroshi kenji takeshi shinzo fumio yoon moon kim li wei jun chen raul fidel hugo nicolas
    javier gustavo lula jair cyril jacob uhuru william yoweri paul abiy bola muhammadu
    tom tim ben steve nick travis
    """.split()
)
#: Every given name the lexicon knows: a role noun after one is a surname ("Travis Head").
GIVEN_NAMES = FEMALE_NAMES | MALE_NAMES
