"""A hand-written corpus of short news passages with the quotations a reader would mark.

Each case imitates a house style (wire copy from Reuters, AP, AFP or EFE in English, a
broadsheet, web copy) and one pattern the extractor must handle. Expected quotes give the
text as it should be extracted (verbatim, without marks or the reporter's trailing comma),
the kind and the speaker's fullest name (``None`` when the passage does not say who spoke).
Bodies are written without a leading "the" ("Interior Ministry").
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Expected:
    text: str
    kind: str
    speaker: str | None


@dataclass(frozen=True)
class Case:
    name: str
    body: str
    quotes: tuple[Expected, ...]


def full(text: str, speaker: str | None) -> Expected:
    return Expected(text, "full", speaker)


def partial(text: str, speaker: str | None) -> Expected:
    return Expected(text, "partial", speaker)


CASES: tuple[Case, ...] = (
    # --- Attribution after the quote (AP/Reuters) ---------------------------------------------
    Case(
        "reuters-after-said",
        "Oil Minister Tariq Hassan said on Monday output would rise.\n\n"
        "“We are ready to pump more if the market needs it,” Hassan told reporters in Vienna.",
        (full("We are ready to pump more if the market needs it", "Tariq Hassan"),),
    ),
    Case(
        "ap-straight-after",
        'Mayor Linda Cho defended the budget on Tuesday.\n\n'
        '"This is the most responsible plan we could write," Cho said. "Nobody likes cuts."',
        (
            full("This is the most responsible plan we could write", "Linda Cho"),
            full("Nobody likes cuts.", "Linda Cho"),
        ),
    ),
    Case(
        "after-pronoun-she",
        "Judge Ellen Marsh rejected the request.\n\n"
        "“The law is clear on this point,” she wrote in her ruling.",
        (full("The law is clear on this point", "Ellen Marsh"),),
    ),
    Case(
        "after-name-appositive",
        "“We will not back down,” Carlos Mendes, the union’s leader, told a rally in Lisbon.",
        (full("We will not back down", "Carlos Mendes"),),
    ),
    Case(
        "after-role-president",
        "President Amadou Diallo addressed parliament on Thursday.\n\n"
        "“Our country has paid too high a price,” the president said.",
        (full("Our country has paid too high a price", "Amadou Diallo"),),
    ),
    Case(
        "after-no-comma",
        "“I have given the order to hold the line” Diallo said in a televised address.\n\n"
        "President Amadou Diallo spoke from the capital.",
        (full("I have given the order to hold the line", "Amadou Diallo"),),
    ),
    # --- Inverted attribution ------------------------------------------------------------------
    Case(
        "inverted-said-name",
        "“The ceasefire is holding, for now,” said Farah Nouri, a spokeswoman for the mission.",
        (full("The ceasefire is holding, for now", "Farah Nouri"),),
    ),
    Case(
        "inverted-added-role",
        "Prime Minister Jonas Berg faced questions over the deal.\n\n"
        "“Nothing has been signed yet. We will consult everyone,” added the prime minister.",
        (full("Nothing has been signed yet. We will consult everyone", "Jonas Berg"),),
    ),
    Case(
        "inverted-says-web",
        "Web developer Priya Natarajan has tried every framework going.\n\n"
        "'Most of them solve problems you do not have,' says Natarajan.",
        (full("Most of them solve problems you do not have", "Priya Natarajan"),),
    ),
    # --- Attribution before the quote ----------------------------------------------------------
    Case(
        "before-colon",
        "Interior Minister Pavel Novak told parliament: “Order will be restored within days.”",
        (full("Order will be restored within days.", "Pavel Novak"),),
    ),
    Case(
        "before-comma-statement",
        "In a statement, the Health Ministry said, “The situation is under control.”",
        (full("The situation is under control.", "Health Ministry"),),
    ),
    Case(
        "before-tweeted",
        "Senator Rosa Vidal reacted within minutes. She tweeted: “This vote is a disgrace.”",
        (full("This vote is a disgrace.", "Rosa Vidal"),),
    ),
    Case(
        "before-wrote",
        "Economist Henrik Lund wrote in a note to clients: “Inflation has peaked, but slowly.”",
        (full("Inflation has peaked, but slowly.", "Henrik Lund"),),
    ),
    Case(
        "before-according-to",
        "According to police spokesman Omar Haddad, “the suspect was known to the services.”",
        (full("the suspect was known to the services.", "Omar Haddad"),),
    ),
    # --- Interrupted quotes --------------------------------------------------------------------
    Case(
        "interrupted-he-said",
        "Coach Marco Ricci was upbeat after the match.\n\n"
        "“We played with heart,” he said, “and the result will come.”",
        (
            full("We played with heart", "Marco Ricci"),
            full("and the result will come.", "Marco Ricci"),
        ),
    ),
    Case(
        "interrupted-inverted",
        '"Prices will keep rising," warned analyst Sofia Brandt, "unless supply improves."',
        (
            full("Prices will keep rising", "Sofia Brandt"),
            full("unless supply improves.", "Sofia Brandt"),
        ),
    ),
    Case(
        "interrupted-single-marks",
        "‘We did everything we could,’ said Dr Helen Park, ‘but the fire spread too fast.’",
        (
            full("We did everything we could", "Helen Park"),
            full("but the fire spread too fast.", "Helen Park"),
        ),
    ),
    # --- Attribution in the next or previous sentence -------------------------------------------
    Case(
        "previous-sentence-indirect",
        "Defence Minister Ana Ruiz said the troops would stay until spring. "
        "“We will not leave our allies alone.”",
        (full("We will not leave our allies alone.", "Ana Ruiz"),),
    ),
    Case(
        "previous-paragraph-speaker",
        "“The vaccine works,” said Professor Ian Cole, who led the trial.\n\n"
        "“Our data show a strong response in every age group.”",
        (
            full("The vaccine works", "Ian Cole"),
            full("Our data show a strong response in every age group.", "Ian Cole"),
        ),
    ),
    Case(
        "next-quote-in-paragraph",
        "Fire chief Dan Moore was blunt. “It could have been much worse.” “We got lucky,” Moore said.",
        (
            full("It could have been much worse.", "Dan Moore"),
            full("We got lucky", "Dan Moore"),
        ),
    ),
    Case(
        "colon-previous-sentence",
        "Foreign Minister Lena Vogel had a message for Moscow:\n\n"
        "“Our patience is not endless.”",
        (full("Our patience is not endless.", "Lena Vogel"),),
    ),
    # --- Verbs beyond said ----------------------------------------------------------------------
    Case(
        "verb-warned",
        "“Markets are underestimating the risk,” central bank governor Ravi Menon warned.",
        (full("Markets are underestimating the risk", "Ravi Menon"),),
    ),
    Case(
        "verb-insisted",
        "Club owner Viktor Sallai insisted: “The coach keeps his job.”",
        (full("The coach keeps his job.", "Viktor Sallai"),),
    ),
    Case(
        "verb-explained",
        "“The bridge was never designed for this traffic,” engineer Maya Levin explained.",
        (full("The bridge was never designed for this traffic", "Maya Levin"),),
    ),
    Case(
        "verb-told-agency",
        "“We have lost everything,” farmer Jean Baptiste told AFP by telephone.",
        (full("We have lost everything", "Jean Baptiste"),),
    ),
    Case(
        "verb-according-to-after",
        "“The talks ended without agreement,” according to a statement from the Foreign Ministry.",
        (full("The talks ended without agreement", "Foreign Ministry"),),
    ),
    # --- Pronouns and roles ---------------------------------------------------------------------
    Case(
        "pronoun-he-after-other-mention",
        "President Kassym Tokayev thanked the leaders of China and Russia, and especially "
        "Vladimir Putin.\n\n"
        "Tokayev spoke on state television. “The enemy has not given up,” he explained.",
        (full("The enemy has not given up", "Kassym Tokayev"),),
    ),
    Case(
        "pronoun-two-people-genders",
        "Housing minister Clara Jensen met developer Tom Fisher on Friday. Fisher said his firm "
        "would build 500 homes.\n\n"
        "“It is a start, not a solution,” she said afterwards.",
        (full("It is a start, not a solution", "Clara Jensen"),),
    ),
    Case(
        "role-spokeswoman",
        "The White House spokeswoman, Jen Psaki, took questions on the deployment.\n\n"
        "“We are watching this very closely,” the spokeswoman said.",
        (full("We are watching this very closely", "Jen Psaki"),),
    ),
    Case(
        "role-two-presidents",
        "French President Emmanuel Macron met Brazilian President Luiz Lula on Tuesday.\n\n"
        "“We share the same goals,” Lula said. “The Amazon is our priority,” the Brazilian president added.",
        (
            full("We share the same goals", "Luiz Lula"),
            full("The Amazon is our priority", "Luiz Lula"),
        ),
    ),
    Case(
        "anonymous-spokesman",
        "“Two suspects were arrested overnight,” a police spokesman said.",
        (full("Two suspects were arrested overnight", None),),
    ),
    Case(
        "anonymous-officials",
        "“There is no sign of foul play,” one official told Reuters, asking not to be named.",
        (full("There is no sign of foul play", None),),
    ),
    Case(
        "body-speaker",
        "“Exports fell for a third month,” the Statistics Office said in its report.",
        (full("Exports fell for a third month", "Statistics Office"),),
    ),
    Case(
        "body-police",
        "“The area has been sealed off,” police said in a statement on Sunday.",
        (full("The area has been sealed off", "police"),),
    ),
    # --- Unattributed: speaker None --------------------------------------------------------------
    Case(
        "unattributed-sign",
        "Protesters filled the square on Saturday night.\n\n"
        "“Freedom now!” The chant echoed through the old town until dawn.",
        (full("Freedom now!", None),),
    ),
    Case(
        "unattributed-no-cue",
        "The hospital is short of staff and beds.\n\n"
        "“We cannot go on like this much longer. Something has to change.”",
        (full("We cannot go on like this much longer. Something has to change.", None),),
    ),
    # --- Marks -----------------------------------------------------------------------------------
    Case(
        "guillemets",
        "«We will not give in», Labour Minister Jean Dupont said on Radio France.",
        (full("We will not give in", "Jean Dupont"),),
    ),
    Case(
        "guillemets-spaced",
        "Opposition leader Marie Lefèvre said: « We will take this to the courts. »",
        (full("We will take this to the courts.", "Marie Lefèvre"),),
    ),
    Case(
        "low-high-marks",
        "Chancellor Klaus Weber said: „We stand by Ukraine.“ He repeated it twice.",
        (full("We stand by Ukraine.", "Klaus Weber"),),
    ),
    Case(
        "nested-single-in-double",
        "“He told me ‘go home and stay there’, so I did,” said resident Olga Petrova.",
        (full("He told me ‘go home and stay there’, so I did", "Olga Petrova"),),
    ),
    Case(
        "nested-double-in-single",
        "'The officer shouted \"get down\" and then fired,' witness Sam Okoro told the BBC.",
        (full('The officer shouted "get down" and then fired', "Sam Okoro"),),
    ),
    Case(
        "multi-paragraph",
        "Governor Rita Alvarez laid out her plan on Monday.\n\n"
        "“First, we rebuild the schools. That is not negotiable.\n\n"
        "“Second, we rebuild the roads. Then we talk about taxes,” Alvarez said.",
        (
            full("First, we rebuild the schools. That is not negotiable.", "Rita Alvarez"),
            full("Second, we rebuild the roads. Then we talk about taxes", "Rita Alvarez"),
        ),
    ),
    Case(
        "wrong-closing-mark",
        "President Amadou Diallo spoke late on Friday.\n\n"
        "“We are dealing with armed bandits. We will do it shortly, “added the president.",
        (full("We are dealing with armed bandits. We will do it shortly", "Amadou Diallo"),),
    ),
    Case(
        "space-before-closer",
        "Interior Minister Pavel Novak visited the border.\n\n"
        "“The fight must continue until the end ”, he explained.",
        (full("The fight must continue until the end", "Pavel Novak"),),
    ),
    Case(
        "missing-closer",
        "“The strike will go on, union leader Ben Carter said on Friday.\n\n"
        "Talks are set to resume next week. “We are ready,” Carter said.",
        (
            full("The strike will go on", "Ben Carter"),
            full("We are ready", "Ben Carter"),
        ),
    ),
    Case(
        "missing-opener",
        "Nobody expected the verdict.\n\n"
        "We will appeal,” lawyer Nadia Haddad told reporters outside the court.",
        (full("We will appeal", "Nadia Haddad"),),
    ),
    Case(
        "missing-closer-before-next-quote",
        "Fire chief Dan Moore was blunt. “It could have been much worse. “We got lucky,” Moore said.",
        (
            full("It could have been much worse.", "Dan Moore"),
            full("We got lucky", "Dan Moore"),
        ),
    ),
    Case(
        "apostrophes-not-marks",
        "The ministers' plan didn't survive the night, and Rock 'n' roll fans weren't happy. "
        "“It's over,” said Lena Horvat, the party's chairwoman.",
        (full("It's over", "Lena Horvat"),),
    ),
    Case(
        "apostrophe-curly-possessive",
        "The farmers’ union rejected the offer. ‘The growers’ costs have doubled,’ union chief Ade Bello said.",
        (full("The growers’ costs have doubled", "Ade Bello"),),
    ),
    Case(
        "straight-single-british",
        "Chancellor Rachel Moss said the figures were 'disappointing'.\n\n"
        "'We will not change course,' she told the BBC.",
        (
            partial("disappointing", "Rachel Moss"),
            full("We will not change course", "Rachel Moss"),
        ),
    ),
    Case(
        "unbalanced-recovers-later-quotes",
        "He called it a “disaster. Later the mayor spoke.\n\n"
        "“We will rebuild,” said Mayor Tom Reyes.",
        (partial("disaster. Later the mayor spoke.", None), full("We will rebuild", "Tom Reyes")),
    ),
    # --- Full versus partial ---------------------------------------------------------------------
    Case(
        "partial-scare-quotes",
        "According to the Interior Ministry, more than 3,000 “criminals” have been arrested and "
        "18 “armed” people have been injured.",
        (partial("criminals", "Interior Ministry"), partial("armed", "Interior Ministry")),
    ),
    Case(
        "partial-described-as",
        "Prime Minister Jonas Berg described the protesters as “a violent minority” and promised "
        "a “firm response”.",
        (partial("a violent minority", "Jonas Berg"), partial("firm response", "Jonas Berg")),
    ),
    Case(
        "partial-what-he-called",
        "Senator Tom Walsh denounced what he called a “witch hunt” by prosecutors.",
        (partial("witch hunt", "Tom Walsh"),),
    ),
    Case(
        "partial-unattributed-scare",
        "The so-called “reform” has been in the works for years.",
        (partial("reform", None),),
    ),
    Case(
        "that-clause-full",
        "Tokayev spoke for ten minutes, adding that “terrorists continue to damage property and "
        "use weapons against citizens.”\n\nPresident Kassym Tokayev left.",
        (full("terrorists continue to damage property and use weapons against citizens.", "Kassym Tokayev"),),
    ),
    Case(
        "that-clause-partial-short",
        "Finance Minister Eva Lind said that the deficit was “manageable” for now.",
        (partial("manageable", "Eva Lind"),),
    ),
    Case(
        "partial-end-of-sentence",
        "Police chief Arjun Rao said officers had shown “remarkable restraint.”",
        (partial("remarkable restraint.", "Arjun Rao"),),
    ),
    # --- Not quotes: titles and nicknames --------------------------------------------------------
    Case(
        "title-film",
        "The director’s new film “The Long Night” opens on Friday.",
        (),
    ),
    Case(
        "title-titled",
        "The agency published a report titled “Fragile Recovery” on Tuesday.",
        (),
    ),
    Case(
        "title-song-and-quote",
        "The band played its hit song “Summer Rain” twice. “We love this city,” singer Mia Holt said.",
        (full("We love this city", "Mia Holt"),),
    ),
    Case(
        "nickname",
        "Joaquín “El Chapo” Guzmán was extradited in 2017, prosecutor Ana Gil said.",
        (),
    ),
    Case(
        "nickname-straight",
        'Boxer Mike "Iron" Tyson arrived late.',
        (),
    ),
    # --- Mixed styles ----------------------------------------------------------------------------
    Case(
        "efe-translation-style",
        "The President of Kazakhstan Kassym Jomart Tokayev announced that forces may fire "
        "“without prior notice”.\n\n"
        "“I have given the order to shoot to kill without warning” Tokayev said in a speech.",
        (
            partial("without prior notice", "Kassym Jomart Tokayev"),
            full("I have given the order to shoot to kill without warning", "Kassym Jomart Tokayev"),
        ),
    ),
    Case(
        "afp-told",
        "“The water came up to the roof in minutes,” Fatima Zahra, 52, told AFP from a "
        "shelter in the city.",
        (full("The water came up to the roof in minutes", "Fatima Zahra"),),
    ),
    Case(
        "broadsheet-long-intro",
        "Sir Keir Malden, the former ambassador to Washington, put it more bluntly in an "
        "interview with this newspaper: “Diplomacy has been replaced by theatre.”",
        (full("Diplomacy has been replaced by theatre.", "Keir Malden"),),
    ),
    Case(
        "web-blog-straight",
        'Developer Sam Lee put it simply: "Ship small, ship often." Most teams agree.',
        (full("Ship small, ship often.", "Sam Lee"),),
    ),
    Case(
        "two-speakers",
        "“We are open to talks,” said Economy Minister Irina Volkova. “They are not serious,” "
        "opposition leader Pyotr Sokolov replied.",
        (
            full("We are open to talks", "Irina Volkova"),
            full("They are not serious", "Pyotr Sokolov"),
        ),
    ),
    Case(
        "question-exclamation",
        "“Why should we pay for their mistakes?” asked Greta Holm, a teacher. “Enough!” she added.",
        (
            full("Why should we pay for their mistakes?", "Greta Holm"),
            full("Enough!", "Greta Holm"),
        ),
    ),
    Case(
        "in-a-statement-inverted",
        "“We regret the decision,” the company said in a statement.",
        (full("We regret the decision", "company"),),
    ),
    Case(
        "partial-and-full-same-sentence",
        "Governor Rita Alvarez called the storm “historic” and said: “We need federal help now.”",
        (partial("historic", "Rita Alvarez"), full("We need federal help now.", "Rita Alvarez")),
    ),
    Case(
        "quote-after-dash",
        "Opposition leader Pyotr Sokolov had one word for the plan — “theft.”",
        (partial("theft.", "Pyotr Sokolov"),),
    ),
    # --- Longer passages in house styles ----------------------------------------------------------
    Case(
        "ap-washington-story",
        "WASHINGTON (AP) — President Joe Biden on Tuesday urged Congress to pass the bill, saying "
        'it would "lower costs for families."\n\n'
        '"This is about fairness," Biden said at the White House. "Working people deserve a break."\n\n'
        'Senate Minority Leader Mitch McConnell, R-Ky., called the plan "a reckless tax-and-spend spree."\n\n'
        '"We\'re not going to support it," McConnell told reporters. He added that Republicans would '
        "offer their own proposal.\n\n"
        "The White House press secretary, Karine Jean-Pierre, said the president was \"confident\" the "
        'bill would pass. "He\'s been talking to members all week," she said.',
        (
            partial("lower costs for families.", "Joe Biden"),
            full("This is about fairness", "Joe Biden"),
            full("Working people deserve a break.", "Joe Biden"),
            partial("a reckless tax-and-spend spree.", "Mitch McConnell"),
            full("We're not going to support it", "Mitch McConnell"),
            partial("confident", "Karine Jean-Pierre"),
            full("He's been talking to members all week", "Karine Jean-Pierre"),
        ),
    ),
    Case(
        "ap-economists",
        'Economists were divided. "The inflation effect is likely small," said Mark Zandi, chief '
        "economist at Moody's Analytics. But Jason Furman, a Harvard professor who served in the "
        'Obama administration, warned: "Timing matters a great deal here."',
        (
            full("The inflation effect is likely small", "Mark Zandi"),
            full("Timing matters a great deal here.", "Jason Furman"),
        ),
    ),
    Case(
        "ap-voter-age-apposition",
        '"I don\'t know," said Mary Smith, 64, a retired teacher from Ohio, when asked about the bill. '
        '"I just want my bills to go down."',
        (
            full("I don't know", "Mary Smith"),
            full("I just want my bills to go down.", "Mary Smith"),
        ),
    ),
    Case(
        "reuters-dateline-military",
        "KYIV, March 3 (Reuters) - Ukraine's military said on Friday it had repelled more than 20 "
        "attacks.\n\n"
        '"The situation is difficult but under control," Colonel Serhiy Cherevatyi, spokesperson for '
        "the eastern military command, told Reuters by phone.",
        (full("The situation is difficult but under control", "Serhiy Cherevatyi"),),
    ),
    Case(
        "reuters-anonymous-soldier",
        "Kremlin spokesman Dmitry Peskov told reporters the operation would continue.\n\n"
        '"It\'s a meat grinder," one Ukrainian soldier, who gave only his first name, Oleh, told '
        'Reuters. "Every day we lose friends."',
        (
            full("It's a meat grinder", None),
            full("Every day we lose friends.", None),
        ),
    ),
    Case(
        "reuters-what-he-called",
        "Ukrainian President Volodymyr Zelenskiy, in his nightly video address, said: \"We are doing "
        "everything to make sure the enemy does not achieve its goals.\" He thanked soldiers for what "
        'he called their "heroic resistance".',
        (
            full("We are doing everything to make sure the enemy does not achieve its goals.", "Volodymyr Zelenskiy"),
            partial("heroic resistance", "Volodymyr Zelenskiy"),
        ),
    ),
    Case(
        "guardian-single-quotes",
        "Teachers have voted to strike, in a move the education secretary described as "
        "'deeply disappointing'.\n\n"
        "Mary Bousted, joint general secretary of the National Education Union (NEU), said: "
        "'Teachers have had enough. They have been patient for too long.'\n\n"
        "She added: 'This is not a decision anyone takes lightly.'\n\n"
        "Gillian Keegan said the government had made a 'fair and reasonable' offer. 'I urge the union "
        "to come back to the table,' she told the BBC.",
        (
            partial("deeply disappointing", None),
            full("Teachers have had enough. They have been patient for too long.", "Mary Bousted"),
            full("This is not a decision anyone takes lightly.", "Mary Bousted"),
            partial("fair and reasonable", "Gillian Keegan"),
            full("I urge the union to come back to the table", "Gillian Keegan"),
        ),
    ),
    Case(
        "guardian-anonymous-head",
        "One headteacher, who asked not to be named, said: 'We're losing good people every week.' "
        "Downing Street said the prime minister was 'disappointed' by the result.",
        (
            full("We're losing good people every week.", None),
            partial("disappointed", "Downing Street"),
        ),
    ),
    Case(
        "mr-title-cue",
        "“We have done nothing wrong,” Mr. Okafor said on Tuesday. Chinedu Okafor runs the firm.",
        (full("We have done nothing wrong", "Chinedu Okafor"),),
    ),
    Case(
        "afp-single-name",
        "In the camp, families queue for water. \"We are afraid every night,\" said Amina, 34, a "
        "mother of three.",
        (full("We are afraid every night", "Amina"),),
    ),
    Case(
        "dash-interruption",
        "“We will — and I mean this — win the next election,” opposition leader Ruth Adeyemi said.",
        (full("We will — and I mean this — win the next election", "Ruth Adeyemi"),),
    ),
    Case(
        "according-to-after-partial",
        "Those detained were “foreign agents”, according to police.",
        (partial("foreign agents", "police"),),
    ),
    Case(
        "source-close-to-talks",
        "“No deal is close,” a source close to the negotiations said.",
        (full("No deal is close", None),),
    ),
    Case(
        "statement-body-before",
        "In a statement, Amnesty International said: “These killings must be investigated.”",
        (full("These killings must be investigated.", "Amnesty International"),),
    ),
    Case(
        "efe-pointed-out",
        "The Minister of Health, Carolina Darias, pointed out that “the vaccination campaign is a "
        "success of the whole country.”",
        (full("the vaccination campaign is a success of the whole country.", "Carolina Darias"),),
    ),
    Case(
        "three-paragraph-quote",
        "Fire chief Dan Moore described the night:\n\n"
        "“The wind changed at midnight.\n\n"
        "“We lost two trucks in an hour.\n\n"
        "“Nobody was hurt, and that is a miracle.”",
        (
            full("The wind changed at midnight.", "Dan Moore"),
            full("We lost two trucks in an hour.", "Dan Moore"),
            full("Nobody was hurt, and that is a miracle.", "Dan Moore"),
        ),
    ),
    Case(
        "two-men-pronoun",
        "Coach Marco Ricci praised striker Leo Santos after the match. “He was the difference,” "
        "Ricci said. Santos was more modest. “I just did my job,” he said.",
        (
            full("He was the difference", "Marco Ricci"),
            full("I just did my job", "Leo Santos"),
        ),
    ),
    Case(
        "bbc-numbered-apposition",
        "Sarah Mitchell, 42, whose home was destroyed, said: 'We were told the defences would hold. "
        "They didn't.'",
        (full("We were told the defences would hold. They didn't.", "Sarah Mitchell"),),
    ),
    Case(
        "bbc-asked-whether",
        "Council leader Peter Hughes said lessons would be learned. Asked whether he would resign, "
        'he said: "No. My job is to get this town back on its feet."',
        (full("No. My job is to get this town back on its feet.", "Peter Hughes"),),
    ),
    Case(
        "afp-sport-role-cue",
        "Coach Christophe Galtier praised his captain. \"Leo is Leo. What more can I say?\" the coach "
        "said, smiling.",
        (full("Leo is Leo. What more can I say?", "Christophe Galtier"),),
    ),
    Case(
        "statement-said-names-nobody",
        '"We are in a good position," the statement said.',
        (full("We are in a good position", None),),
    ),
    Case(
        "chant-partial",
        'Fans chanted "Messi, Messi" long after the final whistle.',
        (partial("Messi, Messi", None),),
    ),
    Case(
        "missing-closer-before-cue-and-next-quote",
        "Mayor Ann Lee was angry. “We will fight, she said. “We will win,” she added.",
        (full("We will fight", "Ann Lee"), full("We will win", "Ann Lee")),
    ),
    Case(
        "efe-minister-of-translation-verbs",
        "The Spanish Minister of Transport, Raquel Sánchez, highlighted this Tuesday that the law is "
        '"a historic step" for young people.\n\n'
        '"Housing is a right, not a business," the minister stated at a press conference.\n\n'
        'Government spokesperson Isabel Rodríguez lamented that the opposition had "blocked" the law. '
        '"They have always been against the majority," she assured.',
        (
            partial("a historic step", "Raquel Sánchez"),
            full("Housing is a right, not a business", "Raquel Sánchez"),
            partial("blocked", "Isabel Rodríguez"),
            full("They have always been against the majority", "Isabel Rodríguez"),
        ),
    ),
    Case(
        "empty-article",
        "Markets were closed for the holiday and no trading took place.",
        (),
    ),
)
