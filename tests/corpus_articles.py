"""Whole articles in batches of twelve, to estimate the extractors on copy like the seeds they get.

The other corpora are mostly short passages, and every batch of them has since been tuned on.
These are whole articles the way a seed comes: the headline on the first line, a dateline or a
credit line where the house style has one, eight to twelve paragraphs, two to four kilobytes.
Each imitates one house style and one kind of story (AP state politics, Reuters currency
markets, an AFP and an EFE story translated into English with their marks, a DPA story with
„low-high“ marks, BBC and Guardian copy, a court report, a disaster update with competing
tolls, a match report, a health study, a news conference with speakers taking turns). People,
places and bodies are invented; the wire style is not.

They were written, and the quotes, figures and sources a careful reader would list were
written for them (``ARTICLES`` in :mod:`tests.corpus_quotes_heldout`,
:mod:`tests.corpus_figures_heldout` and :mod:`tests.corpus_sources_heldout`), before any
extractor was run on them. Their first scores are recorded in those modules.

A second batch of twelve (``SECOND_BATCH``) was written later, independently of the first and
before any extractor was run on it, to measure how rules tuned on the first carry over to copy
nobody tuned on. It takes other outlets, subjects and constructions: election results (vote
shares, seats, turnout), a tech company's layoffs with its chief executive's memo, conflict
reporting with casualty claims from both sides, a UN appeal (money asked and received, people
in need), a stabbing with a named detective and anonymous witnesses, a central bank's decision
and its governor's news conference, a space probe, an obituary (ages and years), a wildfire
(acres, containment), a tariff dispute in Bloomberg style, a UK council budget in single
quotes, and a translated interview with spaced «guillemets», present-tense "he says" and a
quote running over two paragraphs. Its expectations are ``ARTICLES_2`` in the same three
modules.

A third batch (``THIRD_BATCH``) was written later still, independently of the first two and before
any extractor was run on it, as the final estimate on copy nobody tuned on. It takes outlets and
subjects the others do not: an AP story on a governor and immigration courts, Reuters company
results (revenue, guidance, analysts' estimates, bare "crowns"), an AFP story from a civil war
with the army's and the rebels' rival tolls in « » marks, a Xinhua port story (Chinese names,
TEUs, yuan), DW on coalition talks and a poll, Bloomberg commodities (barrels, tons, cents a
bushel), a Canadian Press story in C$, an Indian story in rupees with lakh and crore, a football
transfer (fees, contract years), a heatwave (degrees Celsius and Fahrenheit, records), a cholera
outbreak (WHO, suspected and confirmed cases, "one in four") and an investigation resting on
anonymous sources ("two people familiar with the matter", "a person briefed on the talks").
Its expectations are ``ARTICLES_3`` in the same three modules.

A fourth batch (``FOURTH_BATCH``) was written after the first three had all been tuned on,
independently of them and before any extractor was run on it, as the only estimate left on copy
nobody tuned on. It takes outlets and subjects none of the others does: an ANSA story translated
from Italian with « » marks, a Gulf ceasefire story (Arabic names with al-, bin and Abu, a
mediator's foreign ministry, an official speaking on condition of anonymity), Kyodo (yen,
family names first, "told a parliamentary committee"), Yonhap (won, "said in a release"),
Reuters from Brazil (reais, R$, the central bank), AAP (A$, a Premier), a rail accident and its
preliminary report, a bus strike (a union officer against a company spokeswoman, pay rises in
per cent), an EU fine (per cent of global turnover, the company's rebuttal), a science paper
(lead author, "the researchers wrote", confidence intervals, "one in three"), a US local police
story (sheriff's office, body camera, criminal complaint) and a box-office weekend (grosses,
rankings, ages, film titles in quotation marks). Its quotes are attributed the ways real copy
does: the quote first and "said X, the Y of Z", "X said on social media" and "wrote on X", a
written statement quoted ("the statement said"), "X told The Associated Press", split quotes,
a pronoun after a man and a woman were both named, "the prime minister said" paragraphs after
the name, a quote inside a quote, and partial quotes of two words. Its expectations are
``ARTICLES_4`` in the same three modules.

A fifth batch (``FIFTH_BATCH``) was written after the first four had all been tuned on,
independently of them and before any extractor was run on it, as the only estimate left on copy
nobody tuned on. Its articles run from 2.2 to 2.6 kilobytes, and it takes outlets and subjects
none of the others does: an AP hurricane story (the National Hurricane Center, mph, inches of
rain, a governor's evacuation orders), an AP jury verdict ("faces up to 20 years"), Interfax copy
("was quoted by Interfax as saying", "told state television", "in remarks broadcast on state
television"), a kidnapping in Nigeria (naira, "the police spokesperson ..., SP ..."), a
Philippine senator "in a radio interview" (pesos), an EFE story from Mexico translated (pesos,
"the president" and "the head of government", « » inside a quotation), an AFP farmers' protest
(tractors, unions, euros), a British minister's resignation (MPs, "a Downing Street
spokesperson", "In a letter to the prime minister"), an earthquake (magnitudes, depth in km, the
disaster agency's toll against the health ministry's), a bitcoin slump in Bloomberg style ("fell
as much as 8%", market value in trillions), a UNHCR refugee story ("more than 1.2 million people
have fled") and a tennis final (scores "6-4, 7-6 (5)", ages, ranking points). Its quotes are
attributed the ways real copy does: "X said, adding that ...", "wrote in a post on X", "X, 54,
said", "said X, who ...", "told AFP by phone", "said in a video posted on its Facebook page", a
letter quoted, split quotes, "she added" after two women were named, a quote opening a paragraph
whose speaker was named two paragraphs before, partial quotes of two or three words and a
headline with a colon quote. Its expectations are ``ARTICLES_5`` in the same three modules.

A sixth batch (``SIXTH_BATCH``) was written after the first five had all been tuned on,
independently of them and before any extractor was run on it, as the only estimate left on copy
nobody tuned on. Its articles run from 2.1 to 2.5 kilobytes, and it takes outlets and subjects
none of the others does: a PTI state election (seats, turnout in per cent, crore voters, "the
Chief Minister said"), Pakistani floods in Dawn style with an APP credit (NDMA and provincial
tolls, rupees and "Rs5 billion", millimetres of rain), South African power cuts from News24
(Eskom, stage 6, megawatts, rand written "R500 million"), Turkish inflation from Anadolu (lira,
"year-on-year", the central bank, a rival independent estimate), an airline's quarterly results
(per-share figures, cents, guidance ranges, "told analysts on a call"), a Karlsruhe court ruling
translated from dpa with „ “ marks, a drug trial ("one in three", "an average of"), a climate
summit (pledges in billions in three currencies, "1.5C", several delegates), Chinese economic
data from Xinhua (yuan, percent, percentage points), a ransomware attack on hospitals in BBC
style, a PTI cricket report (runs, wickets, overs) and a museum theft from ANP. Its quotes are
attributed the ways real copy does: "said in a statement on Tuesday", "according to X", "told a
news conference", "said X, a spokesman for Y", a speaker named only by title ("the chief
executive said"), "he added" and "she added", a quote running over two paragraphs, a split
quote, partial quotes of two to four words, "in a post on X", two speakers alternating in one
paragraph ("X said. Y disagreed: ..."), a rank before a name ("Brig", "Pacer") and quotes in
headlines. Its expectations are ``ARTICLES_6`` in the same three modules.

A seventh batch (``SEVENTH_BATCH``, ten articles) was written after the first six had all been
tuned on, independently of them and before any extractor was run on it, as the only estimate
left on copy nobody tuned on. Its articles are shorter than asked, 1.3 to 1.7 kilobytes, and it
takes outlets and subjects none of the others does: a Reuters copper mine collapse in Chile (a
state-owned company, metres, tonnes, a union), a WAM federal budget (dirhams written "AED71.5
billion", Saudi riyals from SPA), a Kenyan by-election dispute in Nation style (the IEBC, votes,
shillings written "Sh312 million"), an ABC bushfire inquest (a coroner, hectares, "one in four"),
a Kyodo car recall (yen, vehicles, "the president said"), a CNBC tech layoffs story ("according
to a memo seen by CNBC", a charge range), a Reuters story on Amazon deforestation (INPE, square
kilometres, reais), an RTE housing report (euros, "Taoiseach ... said", party spokespeople), a
WHO outbreak update (suspected cases, deaths, a fatality rate) and a Serie A match report
(goals, points, attendance). Its quotes are attributed the ways real copy does: "said in a
statement on Tuesday", "according to X", "told a news conference", "said X, a spokesman for
Y", a speaker named later only by title ("the chief executive said", "The president said"), "he
added" and "She added", a quote running over two paragraphs, split quotes, partial quotes of two
to four words, "in a post on X", two speakers alternating in one paragraph ("X said. Y
disagreed: ... Mr X replied that ...") and quotes in headlines. Its expectations are
``ARTICLES_7`` in the same three modules.

An eighth batch (``EIGHTH_BATCH``, ten articles) was written after the first seven had all been
tuned on, independently of them and before any extractor was run on it, as the only estimate
left on copy nobody tuned on. Its articles run from 2.0 to 2.3 kilobytes, and it takes outlets and
subjects none of the others does: a PAP election result (seat counts, turnout, the zloty, a
rigging claim the electoral commission rejects), a Punch general strike over fuel prices (the
NLC, naira written "N1,030" and "N500 billion", "two dozen hours"), an Antara volcano eruption
(BNPB, kilometres, evacuees, "between 20 and 30" earthquakes an hour), a Reuters Swiss central
bank decision (basis points, Swiss francs, "27 of the 31 economists polled by Reuters"), a CBC
wildfire evacuation (hectares, km/h, a premier, The Canadian Press cited), a Mexican cartel
arrest (the attorney general's office, pesos, a nickname in quotation marks, El Universal
cited), an AFP cycling stage translated with « » marks (seconds, kilometres, race times, prize
money in euros), a Bernama currency report (ringgit written "RM1.9 billion", sen, gainers and
decliners), a ferry fire off Crete (the coast guard against a passenger, nautical miles, euros)
and Argentine inflation (INDEC, pesos in an Argentine story, a poverty rate disputed by the
minister). Its quotes are attributed the ways real copy does: "said in a statement on
Saturday", "according to X", "told a news conference", "said X, a spokesman for Y", "the
minister said" after a named first mention, "he added", a quote running over two paragraphs
(the first without a closing mark), split quotes, partial quotes of one to eight words, "wrote in
a post on X", two speakers alternating, a figure claimed by one party and disputed by another,
hedges ("nearly", "up to", "an estimated", "roughly", "fewer than", "barely", "as far as"),
number words ("two dozen", "hundreds of", "a third of") and ranges ("between six and eight").
Its expectations are ``ARTICLES_8`` in the same three modules.

A ninth batch (``NINTH_BATCH``, ten articles) was written after the first eight had all been
tuned on, independently of them and before any extractor was run on it, as the only estimate
left on copy nobody tuned on. Its articles run from 2.0 to 2.1 kilobytes, and it takes outlets and
subjects none of the others does: a bdnews24 garment factory fire (the BGMEA, taka written "Tk
200,000", a locked exit the owner and the workers disagree about), a copper strike translated
from La Tercera with « » marks (pesos in a Chilean story, tonnes, a loss the company claims and
the union disputes), a Philippine typhoon (PAGASA, the NDRRMC's toll against a governor's, pesos
written "P1.2 billion", km/h), an Egyptian wheat tender in Ahram Online style (tonnes, Egyptian
pounds, "traders said"), a Dutch farmers' protest from ANP (euros, hectares, NOS told), a Saudi
output decision (the Saudi Press Agency, OPEC+, barrels per day written "bpd", riyals), a
Vietnamese bond fraud verdict (dong written "VND8.6 trillion", the court, "one in five"), a New
Zealand budget in RNZ style (NZ$, basis points, the finance minister and her opposite number
alternating), a Ghana News Agency cocoa price story (cedis written "GH¢48,000", CFA francs) and
a PA rugby report (scores, tries, points, attendance, euros). Its quotes are attributed the ways
real copy does: "said in a statement on Sunday", "according to X", "told a news conference",
"said X, a spokesman for Y", "the minister said" after a named first mention, "he added" and
"She added", a quote running over two paragraphs (the first without a closing mark), split
quotes, partial quotes of one to eleven words, "said in a post on X" and "in a post on
Facebook", two speakers alternating, figures claimed by one party and disputed by another,
hedges ("nearly", "up to", "an estimated", "roughly", "fewer than", "as much as", "over"),
number words ("two dozen", "hundreds of", "a third of", "Twenty-two") and ranges ("between 10
and 15"). Its expectations are ``ARTICLES_9`` in the same three modules.
"""

from __future__ import annotations

AP_POLITICS = """Senate panel advances Harlan County water bill after heated debate

SALEM, Ore. (AP) — A state Senate committee on Tuesday advanced a bill that would spend $410 million to replace aging water pipes in rural Harlan County, setting up a floor vote next week after a three-hour hearing that drew dozens of residents.

The Senate Ways and Means Committee voted 7-4 along party lines to send the measure to the full chamber. Sen. Rosalind Achebe, a Democrat who sponsored the bill, said the county's pipes were "older than most of the people in this room."

"Families in Harlan have been boiling their water for two summers now," Achebe told reporters after the vote. "That is not a rural problem. That is a state problem."

Republicans on the panel said they supported fixing the pipes but objected to how the project would be paid for. Sen. Douglas Pruitt, the committee's ranking Republican, called the funding plan "a blank check" and said it would add roughly $38 million a year to the state's debt payments.

"Nobody here is against clean water," Pruitt said. "We are against borrowing money we don't have."

According to the state Health Authority, about 14,000 residents in 11 towns have been under boil-water notices since June 2024. The agency said tests found bacteria levels above the federal limit in four of the systems.

Gov. Teresa Valdez has said she would sign the bill if it reaches her desk. Her spokesperson, Mark Oyelaran, said Tuesday that the governor "has been clear from day one."

Residents who testified described rationing bottled water and driving 40 miles to do laundry. Elena Brisco, 67, a retired teacher from the town of Vell, said she spent about $90 a month on water.

"I taught school for 31 years," she said. "I never thought I'd be buying water like it was gasoline."

The full Senate is expected to take up the bill on Monday. A companion measure passed the House in April by a vote of 38-22.

The Oregon Rural Water Coalition, which represents small utilities, said in a statement that at least 60 other systems across the state faced similar problems. "Harlan is the canary in the coal mine," the coalition's director, Beth Amundsen, said.

Achebe said she expected the bill to pass the Senate with votes to spare. "If it doesn't, I'll be back here in January with the same bill," she said."""

REUTERS_MARKETS = """Dollar slips as Fed minutes fuel rate-cut bets; lira hits record low

By Hannah Voss

NEW YORK/LONDON, May 14 (Reuters) - The dollar fell against most major currencies on Wednesday after minutes of the Federal Reserve's last meeting showed policymakers were open to cutting rates as soon as July, while Turkey's lira slid to a record low.

The dollar index, which measures the greenback against six peers, was down 0.4% at 101.82, its weakest level in three weeks. The euro rose 0.5% to $1.1345 and sterling gained 0.3% to $1.3120.

Traders now price in about 45 basis points of Fed cuts by the end of the year, up from 30 basis points a week ago, according to LSEG data.

"The minutes were more dovish than the market expected," said Karen Oduya, head of FX strategy at Marlowe Bank in London. "There is a clear majority that wants to move before the autumn."

The Turkish lira weakened as much as 1.2% to 41.05 per dollar after the central bank unexpectedly held its policy rate at 42.5%. Economists polled by Reuters had expected a cut of 250 basis points.

In Japan, the yen firmed to 148.20 per dollar. Japan's finance ministry said on Tuesday it had spent 5.9 trillion yen ($40 billion) on intervention in April, the first confirmation of such action this year.

Elsewhere, bitcoin fell 3.4% to $61,200, erasing gains made earlier in the week.

U.S. consumer prices rose 2.8% in April from a year earlier, the Labor Department said on Tuesday, slightly below forecasts of 2.9%. Core inflation, which strips out food and energy, was 3.1%.

"It's not a slam dunk for July, but the door is open," said Tomas Reyes, chief economist at Brightwater Capital in New York. He added that a weak jobs report in June "would seal it."

Emerging market currencies broadly gained, with the MSCI index of EM currencies up 0.2%. South Africa's rand rose 0.7% after data showed mining output jumped 4.5% in March, the biggest monthly rise in more than two years.

Gold, often seen as a hedge against a weaker dollar, edged up 0.6% to $2,384 an ounce.

Reporting by Hannah Voss in New York and Ali Demir in Istanbul; Editing by Peter Lund"""

AFP_GUINEA = """Guinean junta frees opposition leader after « six months of arbitrary detention »

CONAKRY, March 2 (AFP) - Guinea's military authorities on Saturday released opposition leader Mamadou Keïta Baldé, who had been held without trial since September, his lawyer told AFP.

« He walked out of the central prison at around 10 am. He is tired but in good spirits », lawyer Fatou Camara said by telephone.

Baldé, 61, leader of the Union for Democratic Renewal (UDR), was arrested on September 4 after calling for protests against the transitional government. The junta accused him of « undermining state security », a charge the UDR always rejected as « political ».

Several hundred supporters gathered outside his home in the Ratoma district to welcome him, an AFP correspondent saw. Some waved flags and sang the national anthem.

In a statement read on state television, government spokesman Ousmane Diallo said the release was « a gesture of appeasement » ahead of the national dialogue planned for April. « The head of state wishes to open a new page », he said.

Rights group Amnesty International welcomed the release but said at least 47 political detainees remained behind bars in Guinea. « This release must not be the tree that hides the forest », said Samira Touré, Amnesty's West Africa researcher.

Since the coup in September 2021, the authorities have banned all demonstrations. According to the opposition, at least 52 people have been killed by the security forces during protests, a figure the government disputes.

Baldé's party came second in the 2020 presidential election with 33.5 percent of the vote. He has been arrested three times since 2021.

Justice Minister Fodé Kaba Condé said on Friday that no charges had been dropped and that Baldé would « answer to the courts like any other citizen ».

The UDR said it would hold a rally on Sunday. « We are not asking for revenge, we are asking for elections », party secretary-general Aminata Sow told AFP.

mb/jh/sbk"""

EFE_PERU = """Peruvian Congress approves early elections amid protests that leave 9 dead

The Congress of Peru approved this Thursday, with 87 votes in favor, 25 against and 6 abstentions, to bring forward the general elections to April 2027, in an attempt to calm the protests that have left at least nine dead in the south of the country since last week.

The president of the Congress, Alejandro Soto Rivas, assured that the decision “responds to the clamor of the citizens” and asked the demonstrators to “lift the blockades” on the roads, which according to the Superintendency of Land Transport affect more than 120 points in 14 regions.

“We have listened to the streets. Now it is the turn of the streets to listen to the institutions,” Soto said in a message broadcast on the Congress channel, adding that “no one can say that this Parliament has not acted.”

The protests began on January 9 in the region of Puno, on the border with Bolivia, to demand the resignation of President Dina Morales, who took office in 2025 after the dismissal of her predecessor.

The Ombudsman's Office reported that nine people died in clashes with the police, among them a 17-year-old minor, and that 112 civilians and 41 police officers have been injured, while the Interior Ministry raised the number of injured agents to 63.

“There is no dialogue possible with those who attack police stations and airports,” said Interior Minister Víctor Rojas, who also announced the deployment of some 2,500 additional troops to Puno and Cusco.

For its part, the Coordinator of Human Rights denounced “the disproportionate use of force” and demanded an independent investigation, while the United Nations expressed its concern and called for “restraint on all sides.”

The Minister of Economy, Rosa Ugarte, estimated that the blockades have caused losses of 1.2 billion soles to tourism and mining, and warned that the economy could grow less than 2% this year if the conflict continues. “The country cannot afford another month like this,” Ugarte said.

The Jorge Chávez airport in Lima operated normally, but the airports of Juliaca and Cusco suspended their flights for the third consecutive day, according to the airport operator Corpac, which estimated losses of about 15 million soles.

With information from EFE and Europa Press"""

DPA_RAIL = """German rail operator to cut 4,000 administrative jobs by 2028

Berlin (dpa) - Germany's state-owned rail operator Deutsche Fernbahn plans to cut around 4,000 administrative jobs by 2028 in a bid to save 1.2 billion euros a year, the company announced on Wednesday.

„We have to become leaner, faster and more reliable“, chief executive Katrin Vollmer said at a press conference in Berlin. The cuts would not affect train drivers, signal staff or maintenance crews, she stressed.

The company, which employs roughly 215,000 people in Germany, posted a loss of 1.8 billion euros in the first half of the year. Only 62.4 per cent of its long-distance trains arrived on time in June, according to its own figures - the worst punctuality rate in more than a decade.

The rail and transport union EVG reacted angrily. „Cutting jobs is not a strategy, it is an admission of failure“, said union leader Martin Brehm. He announced that the union would „resist with all means“ any compulsory redundancies.

Transport Minister Julia Hartwig, who sits on the supervisory board, backed the plan. „The passengers expect results, and they expect them now“, the minister told the newspaper Rheinische Post. She said the federal government would invest a further 16 billion euros in the network by 2027.

The passenger association Pro Bahn called the announcement „overdue“ but warned that fewer managers alone would not make trains punctual. According to the association, one in three regional trains in the state of Saxony was cancelled or late last winter.

Vollmer said the first job cuts would begin next year and be handled mainly through early retirement and natural fluctuation. Around 1,100 positions would not be filled again after employees retire, she added.

Passenger numbers rose to a record 151 million in 2024, up 6 per cent on the year before, driven by the popular regional ticket. The ticket will cost 58 euros from January, the transport ministry said last week.

Shares in listed subsidiary Fernbahn Logistik fell 2.3 per cent in Frankfurt after the announcement.

dpa ms yyzz a3 tba"""

BBC_POTHOLES = """Pothole repair backlog hits record £16.3bn, councils warn

The cost of fixing every pothole and damaged road in England and Wales has risen to a record £16.3bn, according to an annual survey of local councils.

The Asphalt Industry Alliance (AIA) said the backlog had grown by 13 per cent in a year, and that it would now take councils 11 years to clear it if funding stayed at current levels.

Its chairman, Rick Green, said roads were 'crumbling beneath our wheels'.

'Councils are doing their best with the money they have, but they are fighting a losing battle,' he said. 'Every winter makes the problem worse.'

The survey found that one in six local roads - about 34,000 miles - could need rebuilding within five years.

On average, councils filled a pothole every 18 seconds last year, 1.9 million in total, at a cost of about £72 each.

The Department for Transport said it was giving councils an extra £500m next year, the biggest single increase in a decade. A spokesperson said: 'We are determined to end the pothole plague that blights drivers across the country.'

But the Local Government Association, which represents councils in England, said the money fell 'well short' of what was needed.

Cllr Adam Hug, its transport spokesman, said: 'A one-off cash injection is welcome, but what we need is long-term certainty so that we can plan repairs properly.'

The RAC said its patrols had attended more than 7,000 breakdowns caused by potholes in the first quarter of the year, up 40 per cent on the same period in 2024.

Cyclists are particularly at risk. Cycling UK said potholes had contributed to 428 serious injuries to cyclists over the past five years.

In Wales, the Welsh Government said it had set aside £25m for road repairs this year, and that the number of potholes reported by drivers had fallen by almost a fifth since 2022.

The AA estimates that pothole damage costs drivers £474m a year in repairs to tyres, wheels and suspension. 'Drivers are paying twice: once in tax and again at the garage,' said Jack Cousens, the AA's head of roads policy."""

GUARDIAN_CLADDING = """'We were told it was safe': residents of Newham tower block demand inquiry

Residents of a 14-storey tower block in east London have called for a public inquiry after tests found that its cladding failed fire safety standards, six years after they were first told the building was safe.

Tenants of Harcourt House in Newham were informed last week that they must leave their homes by the end of the month while remedial work is carried out. About 230 people live in the block's 96 flats, including at least 70 children.

"We were told it was safe. We were told that again and again," said Nadia Rahman, who has lived on the 11th floor with her two sons since 2016. "Now they give us four weeks to pack up our lives."

The block's owner, Calloway Housing Trust, said in a statement that the safety of residents was its "absolute priority" and that it had secured temporary accommodation for all households. It said the work would cost an estimated £9.5m and take up to 18 months.

The local MP, Sarah Okafor, said the situation was "a scandal that should shame every one of us". She has written to the housing secretary asking for the government to meet the costs.

A spokesperson for the Ministry of Housing, Communities and Local Government said: "Building owners are responsible for making their buildings safe, and we expect them to act quickly."

An assessment by fire engineers in 2019 rated the building's external walls as low risk. The firm that carried out that assessment, Brandt & Lowe, said it "stood by its work" based on the information available at the time.

Daniel Osei, chair of the Harcourt House residents' association, said families had been left "in limbo". "People have children in local schools, elderly parents nearby, jobs," he said. "You can't just move that to Croydon."

Government figures published in March showed that remediation work had started or finished on 2,416 of the 4,630 buildings in England identified as having unsafe cladding, or 52%.

Okafor said she would raise the case in parliament next week. "These families did nothing wrong," she said.

According to the campaign group End Our Cladding Scandal, more than 3,000 residential buildings in England still have unsafe cladding."""

COURT_FRAUD = """Former council treasurer jailed for seven years over £2.4m fraud

A former council treasurer who stole more than £2.4m from a town's pension fund to pay for racehorses and a villa in Portugal has been jailed for seven years.

Graham Pellow, 58, of Kettleby, admitted 14 counts of fraud by abuse of position at an earlier hearing at Northfield Crown Court.

Over nine years, Pellow transferred money from the Kettleby Town Council pension scheme into 37 bank accounts controlled by him or his wife, prosecutor Helen Marsh KC told the court.

"This was not a moment of madness," Ms Marsh said. "It was a careful, patient and deliberate deception, repeated hundreds of times."

The court heard that Pellow bought four racehorses for a total of £310,000 and spent a further £640,000 on a villa near Faro. Some 212 former council employees saw their pension payments delayed or reduced after the fraud was discovered in 2023.

One of them, Margaret Ellery, 74, said in a victim statement read to the court that she had been forced to sell her car. "I worked for that council for 30 years. He took my security in old age," she wrote.

Defending, Simon Achterberg said his client was "deeply ashamed" and had co-operated fully with investigators. He told the court that Pellow had been struggling with a gambling addiction since the death of his son.

Sentencing him, Judge Rachel Okonjo said the fraud was "a grotesque breach of trust".

"You were trusted by your colleagues and by the people of this town," she told Pellow. "You repaid that trust with lies."

The judge said the sentence would have been 10 years but for his guilty pleas. A confiscation hearing will take place in January.

Pellow, who was paid a salary of £48,000 a year, had been the council's treasurer since 2009. An audit ordered by the council found that his accounts had not been checked by anyone else for more than a decade.

Kettleby Town Council said in a statement that it had "changed every one of its financial controls" and apologised to its former staff.

Detective Inspector Paul Reeve of Midshire Police said after the hearing that officers had so far recovered about £900,000. "We will keep going until every penny that can be recovered is returned," he said."""

REUTERS_FLOODS = """Death toll from Valdora floods rises to 64 as rescuers reach cut-off villages

SAN MATIAS, Valdora, Oct 9 (Reuters) - The death toll from flash floods in northern Valdora rose to at least 64 on Thursday, the national civil protection agency said, as rescuers reached villages cut off for three days by landslides.

Another 35 people remain missing, agency director Rosa Elvira Quintana told a news conference in the capital. Earlier on Thursday the agency had put the toll at 51.

Local officials in Alto Yaguar province, the hardest hit, gave a higher figure. Governor Esteban Lugo said between 70 and 80 people had died in his province alone, and that the official count did not include people buried in remote hamlets.

"We are still pulling bodies out of the mud," Lugo told local radio. "The real number will be much higher than what they say in the capital."

More than 12,000 people have been displaced and some 3,400 homes damaged or destroyed, according to the civil protection agency. The Red Cross said nearly 900 families were sheltering in schools and churches.

Up to 300mm of rain fell in 24 hours on Monday night, the national weather service said, more than the average for the whole of October.

President Hugo Benavides declared a 90-day state of emergency in four provinces and said the government would release $13.6 million in emergency aid.

"No family will be left alone," he said in a televised address. "We will rebuild every house, every bridge, every school."

The United Nations children's agency UNICEF said at least 18 of the dead were children. It estimated that between 15,000 and 20,000 children were out of school.

Forecasters warned that more rain was expected over the weekend.

The floods are the deadliest in Valdora since 1998, when more than 200 people died in a mudslide in the same region.

Aid group Medicos del Sur said two of its clinics had been destroyed and that it had flown 4 tonnes of medicine to the area. "The needs are enormous and the roads are gone," said its coordinator, Ana Belen Ruiz.

Reporting by Lucia Ferrer; Editing by Mark Potter"""

SPORT_CUP = """Okoye breaks 20-year-old record as Ferrol reach cup final

Striker Daniel Okoye scored twice to become the competition's all-time top scorer as Ferrol City beat Ashby Rovers 3-1 on Saturday to reach the National Cup final for the first time in 41 years.

The 29-year-old's second goal, a header in the 78th minute, took his tally in the competition to 27, beating the record of 26 set by Tommy Wrenshaw in 2005.

"I didn't even know about the record until this week," Okoye said. "To do it in a semi-final, in front of our own fans, is something I'll never forget."

Ferrol, who sit 14th in the second tier, were watched by a sell-out crowd of 31,450, the biggest at Cable Street since the stadium was rebuilt in 2011. Tickets for the final sold out in under two hours, the club said.

Ashby had taken the lead through Marco Villa in the 12th minute, but Okoye levelled with a low shot before half-time. Substitute Jayden Price sealed the win in stoppage time.

Ferrol manager Lena Hartmann, 44, said her side had "earned the right to dream".

"People wrote us off before the first round," she said. "We have beaten three Premier Division teams to get here. Nobody can say that was luck."

Ashby manager Craig Nolan admitted his team had been second best. "They wanted it more than us, simple as that," Nolan told BBC Sport. "We had 64% of the ball and did nothing with it."

Okoye, who joined Ferrol from Danish side Viborg for a reported £1.2m in 2022, has now scored 19 goals in all competitions this season.

Ferrol's win was worth £1.8m in prize money and television revenue, according to estimates by the Football Finance Review, more than the club's entire budget for the season two years ago.

Hartmann, who took over in October with the team bottom of the table, has lost only four of her 28 matches in charge. "I have a group that never stops running," she said. "That is all I ask."

The final will be played at Wembley on May 17 against holders Northgate, who won 2-0 at Deeside on Friday."""

HEALTH_WALKING = """Daily 20-minute walk cuts dementia risk by a quarter, large study finds

Adults who walk for at least 20 minutes a day are about 25% less likely to develop dementia than those who are largely inactive, according to a study of more than 78,000 people published on Monday.

Researchers at the University of Southport followed participants aged 40 to 79 for an average of seven years, using wrist-worn activity trackers to measure how much they moved. Over that period, 866 of them were diagnosed with some form of dementia.

The study, published in the journal Neurology Open, found that one in five participants took fewer than 3,000 steps a day. Among that group, the rate of dementia was 2.4 times higher than among people who took 9,000 steps or more.

“The benefit starts much earlier than most people think,” said lead author Dr Priya Nandakumar, a professor of epidemiology at Southport. “You don't need to run marathons. Even a brisk walk to the shops counts.”

The greatest reduction in risk, about 51%, was seen in people who walked at a brisk pace for 30 minutes or more a day, the researchers said.

Nandakumar cautioned that the study was observational and could not prove that walking itself prevented dementia. “People who walk more may also be healthier in other ways,” she said.

Around 55 million people worldwide live with dementia, according to the World Health Organization, and nearly 10 million new cases are diagnosed every year.

Dr Tom Achebe of the charity Dementia Research Forward, who was not involved in the study, called the findings “encouraging but not a magic bullet”.

“What is good for the heart is good for the brain,” he said. “But genetics, age and education all play a part too.”

The researchers adjusted for smoking, diet, income and other conditions such as diabetes, which affects about one in 10 adults in the UK.

The charity Memory Matters UK said the study added to evidence that up to 45% of dementia cases could be delayed or prevented. Its director of research, Helen Brody, said: “This is a simple message that people can act on today.”"""

AP_PORT_STRIKE = """Port strike ends as union and operators agree 9% pay rise

KESSEL, Netherlands (AP) — A two-week strike that halted most cargo traffic at the port of Kessel ended on Tuesday after the dockworkers' union and terminal operators agreed a 9% pay rise, paid in stages, officials announced at a joint news conference.

Labour Minister Ingrid Vos, who brokered the talks, opened the news conference by thanking both sides. "It was a long night," she said. "But it was worth it."

The union's president, Joost Aerts, said his members would return to work at 6 a.m. on Wednesday. "We are ready," Aerts said. "But not yet for a party. First we vote."

He said the deal, which must be approved by the union's roughly 8,500 members in a ballot next week, also included a one-off payment of 1,200 euros per worker.

Speaking next, the chief executive of the Kessel Terminal Operators Association, Marieke de Bruin, said the agreement was "expensive but fair".

"Nobody wins a strike," de Bruin told reporters. "Our customers lost 14 days, our workers lost two weeks of wages, and the port lost some of its reputation."

She added that about 140 ships had been diverted to other ports during the stoppage and that the backlog of containers, estimated at 60,000, would take "at least a month" to clear.

Asked whether the government had offered subsidies, Vos shook her head. "Not a single euro of public money is in this deal," the minister said.

"What about the next contract?" a reporter asked.

"We will start talking earlier next time," said Aerts, drawing laughter from the room. "Much earlier.

"And we will not wait for ships to pile up in the North Sea before we sit down."

The strike cost the Dutch economy an estimated 45 million euros a day, according to the Central Planning Office. About 1,900 trucks a day were turned away from the terminals at the height of the dispute, the national hauliers' federation said.

The port handled 412 million tonnes of cargo last year, according to the port authority, making it the second-busiest in Europe."""

#: Name -> whole text (headline, blank line, paragraphs), in the order they were written.
TEXTS: dict[str, str] = {
    "ap-politics": AP_POLITICS,
    "reuters-markets": REUTERS_MARKETS,
    "afp-guinea": AFP_GUINEA,
    "efe-peru": EFE_PERU,
    "dpa-rail": DPA_RAIL,
    "bbc-potholes": BBC_POTHOLES,
    "guardian-cladding": GUARDIAN_CLADDING,
    "court-fraud": COURT_FRAUD,
    "reuters-floods": REUTERS_FLOODS,
    "sport-cup": SPORT_CUP,
    "health-walking": HEALTH_WALKING,
    "ap-port-strike": AP_PORT_STRIKE,
}

# --- Second batch ---------------------------------------------------------------------------------

ELECTION_RESULTS = """Social Alliance wins Varnland election but falls short of majority

By Ilse Marrow

ODERBURG, Sept 22 (Reuters) - Varnland's centre-left Social Alliance won Sunday's parliamentary election with 31.4% of the vote but fell short of a majority, preliminary results showed on Monday, setting up weeks of coalition talks.

The Social Alliance took 58 of the 151 seats in parliament, up from 49 four years ago, according to the National Election Commission. The conservative Civic Union came second with 24.9% and 44 seats, down 11 seats.

Turnout was 68.2%, the highest since 2006, the commission said. More than 4.1 million people were eligible to vote.

"Voters have given us a clear mandate for change," Alliance leader Petra Lindqvist told cheering supporters in the capital late on Sunday. "Now we have to earn it."

The nationalist Freedom Bloc nearly doubled its share to 14.3%, winning 27 seats, its best result ever. Its leader, Anton Brekke, called the result "an earthquake" and said his party was "ready to govern."

Lindqvist has ruled out working with the Freedom Bloc. She needs at least 76 seats to govern, meaning she would have to bring in two smaller parties, the Greens, with 12 seats, and the liberal Forward party, with 7.

"The arithmetic is difficult but not impossible," said Henrik Saal, a political scientist at Oderburg University. "Lindqvist has done deals like this before, as mayor. The question is what the Greens will ask for."

Civic Union leader and outgoing Prime Minister Markus Ostrand conceded defeat shortly after midnight. "The voters have spoken and we respect their choice," he said in a brief statement, adding that he would stay on as party leader "for the time being."

The Varnland krona rose 0.6% against the euro on Monday morning, as investors bet a centre-left coalition would keep the budget deficit under the 3% limit set by law.

The election commission said final results, including some 210,000 postal votes, would be published on Thursday.

Reporting by Ilse Marrow; Editing by Tom Hale"""

TECH_LAYOFFS = """Lumora to cut 1,800 jobs, about 12 percent of staff, in second round of layoffs this year

Lumora, the San Jose-based maker of smart home cameras, is laying off about 1,800 employees, or roughly 12 percent of its workforce, CEO Dana Whitfield told staff in a memo on Tuesday.

The cuts come five months after the company eliminated 650 roles in its hardware division. Lumora had 15,200 employees at the end of March, according to its most recent annual filing.

"This is the hardest decision I have made since we founded Lumora," Whitfield wrote in the memo, which was seen by The Verge. "We grew too fast, and we built teams for a world that did not arrive."

Affected employees in the US will receive 16 weeks of base pay plus two additional weeks for every year of service, the memo said. Health coverage will continue for six months.

Whitfield said the company would "double down" on its subscription business, which brought in $1.3 billion last year, up 41 percent from a year earlier. Hardware revenue fell 18 percent to $2.2 billion over the same period.

The layoffs will hit the devices, marketing and recruiting teams hardest, according to two people familiar with the plans who asked not to be named because they were not authorized to speak publicly. One of them said nearly half of the recruiting team would go.

Lumora shares rose 4.6 percent to $38.12 in after-hours trading. The stock has lost about a third of its value since January.

"Wall Street likes the cost savings, but this doesn't fix the product problem," said Mira Castellanos, an analyst at Delford Research. "Their cameras are a generation behind."

A Lumora spokesperson confirmed the memo but declined to comment further. The company expects to take a charge of between $95 million and $110 million, mostly for severance, in the third quarter, it said in a filing with the Securities and Exchange Commission.

In the memo, Whitfield said she would take no bonus this year. "I own this," she wrote. "The people leaving did nothing wrong.\""""

CONFLICT_KARSA = """Dozens killed as fighting for Karsa intensifies, both sides claim gains

Fighting for the northern city of Karsa has killed dozens of people over the past three days, with the army and the rebel Northern Front giving sharply different accounts of the battle.

The army said on Saturday that its forces had killed "more than 120 terrorists" and retaken three districts on the city's eastern edge. Military spokesman Colonel Idris Mahmud told state television that 14 soldiers had been killed and 31 wounded since Wednesday.

The Northern Front rejected the figures. In a statement posted on Telegram, the group said its fighters had killed at least 200 soldiers and captured 35, and that it still controlled "all of Karsa except the airport".

Neither account could be independently verified. Al Jazeera's correspondent in the region, reporting from the town of Dilam, 40km south of Karsa, said the sound of shelling could be heard through the night.

The Health Ministry, which is run by the government, said 63 civilians had been killed and 240 wounded in the city since Wednesday. Doctors at Karsa General Hospital, the only hospital still functioning, put the civilian toll higher.

"We have received 85 bodies since Wednesday, most of them women and children," Dr Samira Haddad, the hospital's director, told Al Jazeera by phone. "We have no electricity and only two surgeons left."

The United Nations humanitarian office, OCHA, said about 45,000 people had fled Karsa since the fighting began, most of them to camps around Dilam that were already hosting 110,000 displaced people.

"Families are arriving with nothing," said Omar Fayed, who runs a camp on the edge of Dilam. "Yesterday alone, we registered 3,000 new arrivals."

The fighting broke out last week after talks mediated by Qatar collapsed. The Northern Front has been fighting the government for nearly six years in a conflict that the UN says has killed more than 30,000 people.

Analysts say control of Karsa, a city of some 600,000 people that sits on the main road to the border, could decide the war. "Whoever holds Karsa holds the north," said Leila Nasser, a researcher at the Doha-based Centre for Conflict Studies."""

UN_APPEAL = """UN seeks $2.8 billion for Halvar as aid funding dries up

GENEVA (AP) — The United Nations on Tuesday appealed for $2.8 billion to help 9.4 million people in Halvar, where two years of drought and a collapsing currency have left nearly half the population short of food.

The appeal is the largest ever for the country, up from $1.9 billion last year. But donors covered only 37% of last year's request, leaving a gap of about $1.2 billion, according to the U.N. Office for the Coordination of Humanitarian Affairs.

"We are asking for more because the needs are greater, not because we expect more," Tomasz Wielgus, the U.N. humanitarian coordinator for Halvar, told reporters in Geneva. "Frankly, we expect less."

Wielgus said aid agencies had already cut food rations by a third in March, and that 1.1 million people would lose assistance entirely by July unless new money arrived.

The World Food Programme said it needed $640 million of the total to reach 5 million people with food aid over the next 12 months. It has received $85 million so far this year, spokeswoman Aurelie Mbeki said.

Some 2.3 million children under five are acutely malnourished, including about 450,000 who are at risk of dying without treatment, UNICEF said in a statement. Cholera cases have risen to more than 18,000 since January, with 240 deaths.

Wielgus was asked whether the appeal was realistic given cuts to foreign aid budgets in several donor countries. "It is realistic if governments decide it is," he said. "The money exists."

Halvar's government said on Monday that it would contribute $150 million to the response, its first pledge since 2021. Finance Minister Yusuf Demba said the country was "doing what it can with what it has."

The U.N. said roughly 60% of the appeal would go to food, water and health, and the rest to shelter, education and protection.

Aid groups working in the country welcomed the appeal but warned it would mean little without funding. "An appeal is a list of needs, not a cheque," said Grace Otieno, country director for the charity Relief Now. "Last year, we closed 14 clinics because the money never came.\""""

POLICE_STABBING = """Man, 19, charged with attempted murder after Ashcombe high street stabbing

A 19-year-old man has been charged with attempted murder after another man was stabbed outside a takeaway in Ashcombe town centre on Saturday night.

Officers were called to the High Street at about 11.40pm to reports of a fight involving several people. A 24-year-old man was found with stab wounds to his chest and back and was taken to Royal Ashcombe Hospital, where he remains in a stable condition.

Connor Walsh, of Mill Lane, Ashcombe, was charged on Monday and is due to appear before Ashcombe Magistrates' Court on Tuesday. Two other men, aged 20 and 22, who were arrested on Sunday, have been released on bail.

Detective Inspector Rachel Tenby, who is leading the investigation, said: "This was a shocking attack on a busy street on a Saturday night, and I understand why people are worried.

"I want to reassure the community that we believe this was an isolated incident between people known to each other."

She said detectives had so far examined more than 40 hours of CCTV footage and spoken to 17 witnesses, but urged anyone who had filmed the incident on their phone to come forward.

A woman who works at a nearby bar, and who asked not to be named, said she saw "a group of lads shouting" before one of them ran off towards the station. "It was over in seconds," she said. "There was blood on the pavement and people screaming."

Another witness, a taxi driver, said police arrived "within a couple of minutes" and closed the street until 6am on Sunday.

It is the third stabbing in Ashcombe this year. Figures from the Office for National Statistics show knife crime in the county rose by 9 per cent in the year to March, to 1,240 offences.

Local councillor Hamid Rauf said the town needed more officers on its streets at night. "We had 12 police officers covering the town centre ten years ago. Now there are four," he said.

Anyone with information is asked to call police on 101, quoting log 1187 of 14 June."""

CENTRAL_BANK = """Central bank of Moravia raises rates to 6.25%, governor warns of 'persistent' inflation

PRAVEC (AFP) - Moravia's central bank raised its main interest rate by half a percentage point to 6.25 percent on Thursday, its third increase this year, as inflation showed little sign of easing.

Six of the nine members of the bank's monetary policy council voted for the increase, while three wanted a smaller rise of 25 basis points, the bank said in a statement.

Annual inflation stood at 7.8 percent in September, well above the bank's target of 2.5 percent, according to the national statistics office. Food prices rose 11.2 percent over the same period.

"Inflation is proving more persistent than we expected in the spring," governor Lenka Dvorak told a press conference in Pravec. "We will do what is necessary to bring it back to target, and we are not there yet."

Asked whether rates had peaked, Dvorak said the council would "look at every meeting on its own merits."

"I am not going to promise the markets anything," she added. "The data will decide."

The bank also raised its inflation forecast for next year to 4.9 percent from 4.1 percent, and cut its growth forecast to 1.2 percent from 1.8 percent.

The Moravian crown strengthened by about 0.8 percent against the euro after the decision, to 24.35 per euro.

Economists were divided on the move. "It is the right call, if a little late," said Pavel Sedlak, chief economist at Tatra Capital. Others said higher rates risked tipping the economy into recession, with industrial output down 3.4 percent in the second quarter.

Finance Minister Ondrej Hruby criticised the decision, saying it would add around 1.5 billion crowns to the state's annual interest bill. "Households are already paying enough," he wrote on social media.

The decision leaves Moravia with the highest interest rates in central Europe. Neighbouring Slavonia's central bank held its rate at 4.75 percent last week, and mortgage lenders in Pravec said average rates on new home loans had already climbed to 7.1 percent.

The council next meets on December 11."""

SPACE_PROBE = """Europe's Aster probe sends first close-up images of asteroid Kallisto

The European Space Agency's Aster spacecraft has sent back its first close-up images of the asteroid Kallisto, after a journey of more than four years and some 1.9 billion kilometres.

The probe flew within 850 km of the asteroid's surface on Wednesday, travelling at about 5.4 km per second, ESA said. The images show a rocky, potato-shaped body roughly 14 km long, covered in craters and boulders, some of them larger than a football pitch.

"Seeing Kallisto up close for the first time is breathtaking," said mission scientist Dr Ingrid Solheim. "It is more battered than any of our models predicted."

Scientists believe Kallisto, which orbits the Sun every 4.3 years, is a fragment left over from the formation of the solar system about 4.6 billion years ago. Studying it could help explain how planets like Earth were built, according to the agency.

The spacecraft's camera took 212 images during the flyby, and about a fifth of them have been transmitted so far. Because of the distance, it will take nearly three weeks to send the full set back to Earth, ESA said.

Aster, which cost 480 million euros, was launched in March 2021 from Kourou in French Guiana on an Ariane 6 rocket. It will now use the asteroid's gravity to adjust its course towards a second target, the smaller asteroid 2017 QX4, which it is due to reach in 2029.

Mission manager Paolo Ferri told reporters the spacecraft was "in perfect health" and had used less fuel than planned. He said about 62 per cent of its propellant remained.

"We have margin to do more science than we ever dared to hope," he said. "That is very rare for a mission like this."

The mission team, based at ESA's operations centre in Darmstadt, Germany, numbers about 120 engineers and scientists from 14 countries. Kallisto was discovered in 1998 by astronomers at the La Silla Observatory in Chile.

NASA, which supplied one of the probe's three spectrometers, congratulated the team. "This is a beautiful result," NASA science chief Marcus Webb wrote on X."""

OBITUARY_COMPOSER = """Anneliese Korda, composer who brought folk song to the concert hall, dies at 91

Anneliese Korda, the Hungarian-born composer whose orchestral settings of village songs made her one of the most performed living composers in Europe, died on Sunday at her home in Vienna. She was 91.

Her death was confirmed by her publisher, Edition Marlow, which said she had been ill for several months.

Born in the town of Szentmarton in 1933, Korda began collecting folk songs as a teenager, travelling by bicycle to villages along the Danube with a borrowed tape recorder. By 1960 she had recorded more than 2,000 songs, many of which had never been written down. Her recordings, now held by the Hungarian Academy of Sciences, run to some 600 hours of tape.

"I did not want to improve them," she told an interviewer in 1998. "I wanted to give them a bigger room to sing in."

She left Hungary in 1956 and settled in Austria, where she taught at the Vienna Conservatory for 34 years. Her best-known work, the "Danube Songs" cycle, has been performed more than 1,500 times since its premiere in 1971, according to her publisher.

Korda wrote 9 symphonies, four operas and some 200 songs. Her last opera, completed when she was 86, premiered in Salzburg in 2019 to a standing ovation that lasted nearly 12 minutes.

In 1985 she became the first woman to win the Austrian State Prize for music, and two years later she turned down the directorship of the Vienna State Opera, saying she had "too many songs left to write."

The conductor Felix Aubrecht, who recorded all of her symphonies, called her "the most honest composer I ever worked with."

"She never wrote a note she did not mean," he said on Monday. "Orchestras loved her because she loved them."

Korda was married twice. Her first husband, the violinist Tibor Lanz, died in 1989. She is survived by her second husband, the painter Georg Weiss, 88, two daughters and five grandchildren.

A memorial concert will be held at the Musikverein on March 3, her publisher said."""

WILDFIRE_CANYON = """Cedar Ridge fire grows to 48,000 acres, forcing thousands more to evacuate

REDDING, Calif. (AP) — A wind-driven wildfire in Northern California more than doubled in size overnight to about 48,000 acres, forcing thousands more residents to flee and destroying at least 130 homes, fire officials said Thursday.

The Cedar Ridge fire was 15% contained Thursday morning, down from 22% a day earlier, as gusts of up to 50 mph pushed flames across containment lines, according to the California Department of Forestry and Fire Protection, known as Cal Fire.

More than 2,300 firefighters were battling the blaze, supported by 24 helicopters and 190 fire engines, the agency said. Two firefighters were treated for minor injuries.

"This fire is moving faster than anything I've seen in 20 years on the job," Cal Fire Battalion Chief Luis Ortega said at a briefing. "When the wind picks up like this, all we can do is get people out of the way."

Evacuation orders now cover about 11,500 residents in Shasta County, up from 6,000 on Wednesday, the sheriff's office said. Between 300 and 400 people spent the night at an evacuation center at the county fairgrounds.

Maria Delgado, 63, said she had 15 minutes to leave her home in the community of Pine Flat. "I grabbed the dog and my husband's medicine and that was it," she said. "I don't know if we have a house."

The fire has destroyed at least 130 homes and 45 other buildings, and threatens about 3,800 more, Cal Fire said. Officials warned the numbers could rise as damage inspection teams reach areas that have been too dangerous to enter.

Pacific Gas & Electric said it had cut power to roughly 27,000 customers in four counties to reduce the risk of new fires.

Shasta County Sheriff Dan Whitcomb said two people had been reported missing. "We are hopeful they are with friends or family and just haven't checked in," he said.

The cause of the fire is under investigation. Temperatures are forecast to reach 104 degrees on Friday, with humidity as low as 8%."""

TRADE_TARIFFS = """EU hits back at Kestria with tariffs on 4.2 billion euros of goods

BRUSSELS, Oct 7 (Bloomberg) -- The European Union will impose tariffs of up to 25 percent on 4.2 billion euros ($4.6 billion) of goods from Kestria, escalating a dispute over steel and electric cars that has simmered for more than a year.

The duties will hit products from motorcycles and whisky to soybeans, and take effect on Nov. 1 unless Kestria drops its own levies, the European Commission said in a statement on Tuesday.

"We did not want this fight, but we will not be pushed around," Trade Commissioner Henrike Baas told reporters in Brussels. "Our door remains open. Our patience does not."

Kestria imposed tariffs of 30 percent on European steel and 18 percent on electric vehicles in June, saying the bloc's producers were being unfairly subsidized. The EU exported about 11 billion euros of steel and cars to Kestria last year, according to Eurostat.

Kestria's trade ministry called the EU measures "illegal and disproportionate" and said it would file a complaint with the World Trade Organization. In a statement, it said it was "ready to respond in kind."

European carmakers have warned that the dispute could cost the industry as much as 2 billion euros a year. The European Automobile Manufacturers' Association, known as ACEA, said 14,000 jobs depended directly on exports to Kestria.

"Nobody wins a tariff war," said Sofia Lindahl, director general of ACEA. "Our members are already cutting shifts."

Trade between the two sides was worth 96 billion euros in 2023, making Kestria the EU's ninth-largest trading partner. Kestria sends roughly 40% of its exports to Europe.

Economists at ING estimated that the tariffs on both sides would shave 0.1 percentage point off euro-area growth next year and as much as 0.6 percentage point off Kestria's.

Baas said talks would continue at a technical level this week. Asked whether a deal was possible before November, she said: "There is always time, if there is will.\""""

COUNCIL_BUDGET = """Wexford council to raise council tax by 4.99% and close two libraries

Wexford Borough Council has approved a 4.99% rise in council tax and the closure of two libraries as it tries to close a £14.6m gap in its budget.

The increase, the maximum allowed without a local referendum, means a Band D household will pay £2,184 a year from April, an extra £104.

Council leader Sandra Okoro said the authority had "no good options left" after years of rising costs in adult social care, which now accounts for 58 per cent of its spending.

'We have cut everything we can cut without putting people at risk,' she told the meeting. 'What is left are choices between bad and worse.'

The council plans to save £3.2m by closing the libraries in Harford and Ellesby, cutting 85 posts and reducing street cleaning from weekly to fortnightly in some areas. About 40 of the posts are currently vacant, a council spokesperson said. The council employs about 2,100 people.

It will also draw £5m from its reserves, which would fall to about £11m, less than a month of spending.

Opposition leader Graham Pike, of the Liberal Democrats, said the library closures were 'short-sighted'. 'Ellesby library had 41,000 visits last year. You don't save money by shutting the one warm place people can go,' he said.

A petition against the closures has been signed by more than 6,500 people, according to the Friends of Ellesby Library group.

The Local Government Association says councils in England face a combined funding gap of £6.2bn over the next two years. A spokesman for the Ministry of Housing, Communities and Local Government said it had given councils a 6.8 per cent increase in core spending power this year.

Unison, which represents many council staff, said it would ballot members over the job cuts. Regional organiser Kevin Marsh said: 'Staff have carried this council through a decade of cuts. They deserve better than this.'

The budget was passed by 31 votes to 22, with three abstentions, after a four-hour debate."""

INTERVIEW_WRITER = """Malik Benhadj: « Writing in French was never a choice, it was an inheritance »

The novelist, whose sixth book has just won the Prix Lumière, talks about exile, his mother's kitchen and why he still writes by hand.

Translated from Le Monde

He arrives early, orders a mint tea and apologises for his voice. Malik Benhadj, 58, has spent the week answering the same question: how does it feel to win the Prix Lumière, worth 20,000 euros, for a novel that almost nobody wanted to publish?

« Four publishers turned it down, » he says, smiling. « The fifth said yes because his daughter had read it. I owe that girl a great deal. »

The book, Les Heures de sel, follows three generations of a family of salt workers in the south of Tunisia. It has sold more than 85,000 copies since August, according to his publisher, Éditions du Quai, which has ordered a fifth print run of 30,000.

Benhadj was born in Sfax in 1967 and came to Marseille at the age of 11. His mother cleaned offices; his father worked on the docks for 26 years. « At home we spoke Arabic. At school, French. In my head, both at once, » he says. « For a long time I thought that was a handicap.

« Today I know it is the only thing I have that nobody else has. »

He writes every morning from 5am to 9am, by hand, in school notebooks. A novel fills about 40 of them. « The computer is too fast, » he says. « It lets you write sentences you have not thought. »

His editor, Claire Vautrin, says he rewrote the last chapter of the prize-winning novel 14 times. « He is the most stubborn author I have ever worked with, » she says, « and the most generous. »

The prize jury, chaired by the critic Hélène Marchal, chose the book on the fourth round of voting, by six votes to four. Marchal called it « a novel of enormous patience ».

Asked what he will do with the money, Benhadj laughs. « Pay the electricity bill, » he says. Then, more seriously: « And perhaps go back to Sfax. I have not been there in nine years. »"""

#: The second batch, written independently of the first: name -> whole text.
SECOND_BATCH: dict[str, str] = {
    "election-results": ELECTION_RESULTS,
    "tech-layoffs": TECH_LAYOFFS,
    "conflict-karsa": CONFLICT_KARSA,
    "un-appeal": UN_APPEAL,
    "police-stabbing": POLICE_STABBING,
    "central-bank": CENTRAL_BANK,
    "space-probe": SPACE_PROBE,
    "obituary-composer": OBITUARY_COMPOSER,
    "wildfire-canyon": WILDFIRE_CANYON,
    "trade-tariffs": TRADE_TARIFFS,
    "council-budget": COUNCIL_BUDGET,
    "interview-writer": INTERVIEW_WRITER,
}

# --- Third batch ------------------------------------------------------------------------------

AP_IMMIGRATION = """Governor sends Guard troops to border county as immigration court backlog tops 80,000

PHOENIX (AP) — Arizona Gov. Maria Delgado on Thursday ordered about 400 National Guard members to Cochise County, hours after federal figures showed the backlog at the state's two immigration courts had grown to more than 80,000 cases.

"We cannot ask judges to carry caseloads like this and call it justice," Delgado said at a news conference in Phoenix. "Washington has left our border communities on their own."

According to the Executive Office for Immigration Review, the Justice Department agency that runs the courts, the Tucson and Phoenix courts had 81,412 pending cases at the end of September. Each of the 14 judges assigned to them now carries an average of roughly 5,800 cases.

The Guard members will not make arrests, the governor's office said. They will help the county sheriff with surveillance and logistics. The governor's office put the cost of the deployment at $12 million.

Immigration attorneys said the deployment would do nothing to shorten the wait for a hearing, which now averages 4.2 years in Tucson, according to the Transactional Records Access Clearinghouse.

"My clients have been waiting since 2021 for a first hearing," said Luis Ortega, a Tucson lawyer who represents about 300 asylum seekers. "Soldiers at the border don't change that."

Ortega said one of his clients, a 34-year-old nurse from Honduras, was given a hearing date in March 2029. Nationwide, the backlog stands at about 3.7 million cases, roughly triple its level five years ago, according to federal data.

Republican lawmakers welcomed the move. State Senate President Warren Hale called it "long overdue" but said the governor should have acted "a year ago, not in an election year."

The Justice Department did not respond to a request for comment. A spokesperson for U.S. Customs and Border Protection said agents in the Tucson sector made 31,600 apprehensions in October, the fifth monthly rise in a row.

Border Patrol Chief Ana Whitlock told a congressional hearing last month that 70% of people arrested in the sector were released with a notice to appear in court, because detention centers were full. The detention centers in Florence and Eloy can hold 3,400 people between them.

Delgado, a Democrat who took office last year, said she would ask the Legislature for $45 million to hire court staff and interpreters, money she said the federal government should repay.

"This is not a partisan problem," she added. "It's a math problem."

The Legislature is not due to meet until January. House Speaker Tom Brandt, a Republican, said in a statement that he would "look at the request carefully" but that the state already faced a $400 million shortfall.
"""

REUTERS_EARNINGS = """Halvorsen Foods beats profit forecasts but trims sales outlook; shares fall

OSLO, Feb 12 (Reuters) - Norwegian packaged-food maker Halvorsen Foods reported a better-than-expected rise in fourth-quarter operating profit on Wednesday but trimmed its full-year sales guidance, and its shares fell 6.3% in early trading.

Operating profit rose 14% to 1.84 billion Norwegian crowns ($171 million) in the October-December period, beating the 1.71 billion crowns forecast by analysts in a poll compiled by the company.

Revenue grew 3.2% to 9.6 billion crowns, slightly short of expectations, as volumes in Sweden and Finland fell for a third straight quarter.

"Consumers are still trading down to private labels, and we do not expect that to reverse quickly," Chief Executive Ingrid Solvang said in a statement. "We are choosing margin over volume."

Net profit for the quarter was 1.12 billion crowns, against 1.05 billion a year earlier. Earnings per share came to 3.41 crowns, above the average analyst estimate of 3.18 crowns, according to LSEG data.

Solvang, who took over as chief executive in April, has said she wants to sell or close brands that do not earn their cost of capital. The company sold its Danish bottled-water business to a private equity firm in October for an undisclosed sum.

She declined to say on the call whether further disposals were planned. "We look at the portfolio all the time. That is our job," she said.

The company now expects organic sales growth of between 1% and 3% this year, down from a previous forecast of between 3% and 5%. It kept its target of an operating margin of at least 17%.

Nordea analyst Jonas Berg said the guidance cut was "prudent rather than alarming", noting that Halvorsen had raised prices by an average of 4% last year and still gained market share in Norway.

The board proposed a dividend of 6.50 crowns per share, up from 6.00 crowns, and a share buyback of up to 500 million crowns.

Halvorsen, which makes frozen pizzas, crispbread and canned fish sold in 22 countries, said it would close a bakery in Gothenburg with the loss of about 180 jobs.

"We are sad to lose good colleagues, but the plant runs at 55% of capacity," Solvang told analysts on a conference call, adding that the closure would save around 140 million crowns a year from 2026.

Its shares were down 5.8% at 1012 GMT, the worst performer on the Oslo benchmark index, which was up 0.4%.

Reporting by Nora Lindahl; Editing by Peter Crane
"""

AFP_REBELS = """Army and rebels give rival tolls after assault on Mabenga garrison town

Korvalle (Mabenga) (AFP) - Mabenga's defence ministry said Sunday that 37 soldiers and 12 civilians were killed when fighters of the Patriotic Liberation Front (FPL) attacked the garrison town of Korvalle, a toll the rebels dismissed as « a lie to hide a rout ».

In a statement read on state television, the ministry said the army had « repelled the terrorists » after six hours of fighting and killed « more than 150 assailants ». It gave no evidence for the figure.

The FPL, which has fought the government in Sarandi since 2019, said in a message to AFP that it had lost only nine fighters and that more than 200 soldiers had been killed or captured.

« Korvalle is ours. The army ran, leaving its weapons and its dead, » FPL spokesman Adama Keita said by telephone. « We have no interest in civilians. »

Neither toll could be independently verified. Access to the region, about 400 kilometres north of the capital, is restricted by the army.

Residents reached by telephone described scenes of panic.

A local official, who asked not to be named for safety reasons, told AFP that at least 25 bodies had been brought to the town's hospital and that « dozens more » were still lying in the streets.

The United Nations refugee agency UNHCR said some 18,000 people had fled Korvalle and surrounding villages since Friday, most of them towards the border with Niger, where camps already shelter more than 90,000 Mabengans.

« Families are arriving with nothing, many of them children on their own, » said Fatou Ndiaye, who heads the agency's office in the border town of Tessa. « We are running out of water. »

The World Food Programme said it had been forced to halve rations for 240,000 refugees in the border camps in October for lack of funds, and needed $36 million to restore them until March.

Defence Minister Colonel Ibrahim Sangare called the attack « an act of cowardice » and promised reinforcements. « The army will retake every metre of our land, » he told state radio.

Analysts said the attack on Korvalle, the largest army base in the north, marked a turning point. « If the FPL holds the town, it controls the main road to the border and the gold mines around it, » said Moussa Diarra, a researcher at the Sahel Security Institute in Dakar.

The conflict has killed an estimated 11,000 people and displaced 1.2 million since it began, according to the Armed Conflict Location and Event Data project.
"""

XINHUA_ASIA = """China's Zhenhai port handles record 38 mln TEUs as new terminal opens

NINGBO, Jan. 8 (Xinhua) -- The port of Zhenhai in east China's Zhejiang Province handled a record 38.2 million twenty-foot equivalent units (TEUs) of containers in 2025, up 6.8 percent year on year, the port authority said Wednesday.

Cargo throughput reached 1.31 billion tonnes, making Zhenhai the world's busiest port by tonnage for the 17th consecutive year, according to the Zhenhai Port Group.

The figures were released as a new automated terminal began operations on Wednesday. The terminal, built at a cost of 14.5 billion yuan (about 2 billion U.S. dollars), has seven berths and can handle 3.5 million TEUs a year.

"The new terminal will raise our efficiency by about 30 percent and cut carbon emissions per container by a fifth," said Wang Lihua, general manager of the Zhenhai Port Group.

Trade with countries participating in the Belt and Road Initiative accounted for 58 percent of the port's container volume, Wang said, adding that the number of international shipping routes had risen to 312.

Data from the General Administration of Customs showed that China's total exports rose 5.1 percent in the first eleven months of the year, while imports edged up 0.9 percent.

Zhejiang's provincial government has pledged to invest more than 60 billion yuan in port and rail links by 2030, Vice Governor Chen Ming told a press conference.

"Zhenhai is not only a port for Zhejiang, it is a gateway for the whole Yangtze River Delta," Chen said, noting that rail-sea shipments through the port grew 21 percent to 1.6 million TEUs.

Industry analysts said slower growth in Europe could weigh on volumes this year. Li Qiang, a researcher with the Shanghai International Shipping Institute, forecast growth of 3 to 4 percent in 2026, citing "uncertain external demand."

The port, which employs more than 24,000 people, plans to add two more automated terminals by 2028, raising its annual capacity to 45 million TEUs, according to the port group.

Zhenhai handled 36 billion yuan of cross-border e-commerce goods last year, a 44 percent increase, customs data showed.

The port authority said it would also expand its sea-rail network to cover 20 more inland cities this year, in line with a national plan to move more freight from roads to railways. "Every container we put on a train instead of a truck is a win for the environment," Wang said.
"""

DW_COALITION = """German coalition talks stall over debt brake as AfD polls at record high

Talks between Germany's conservatives and Social Democrats on forming a new government stalled on Tuesday over spending, as a new poll put the far-right Alternative for Germany (AfD) at a record 24 percent.

Negotiators from the Christian Democratic Union (CDU), its Bavarian sister party the CSU and the Social Democrats (SPD) broke off an overnight session in Berlin without agreement on how to fund 500 billion euros of planned investment in roads, rail and defense.

"We are not going to sign a coalition agreement that mortgages our children's future," CDU leader Friedrich Albers told reporters as he left the party's headquarters. "But we are not leaving the table either."

SPD co-leader Sabine Roth said her party would not accept cuts to pensions or to the minimum wage, which rose to 13.50 euros an hour this year. "Our voters did not elect us to balance the budget on the backs of retirees," she said.

The sticking point is the so-called debt brake, a constitutional rule that limits new federal borrowing to 0.35 percent of economic output. The SPD wants to loosen it; many conservatives do not.

A survey by the Forsa institute for broadcasters RTL and n-tv, published on Tuesday, put the AfD two points ahead of the CDU/CSU, at 24 percent to 22 percent. The SPD was at 15 percent and the Greens at 11 percent.

It is the first time the AfD has led a Forsa poll. The institute surveyed 2,504 people between Thursday and Monday; the margin of error is 2.5 percentage points.

"Every week without a government is a gift to the AfD," political scientist Ursula Brenner of the Free University of Berlin told DW. She said voters were "tired of watching the same people argue about the same money."

Albers and Roth are due to meet again on Friday. Both sides have said they want a government in place before the summer recess, which begins in just under 10 weeks.

Finance Minister Jens Kohler, a Social Democrat who has stayed on in a caretaker role, warned that the deadlock was costing Germany credibility. "Investors want to know who will govern the largest economy in Europe," he said in an interview with the Funke media group, adding that the government would have to run on a provisional budget of about 470 billion euros until a deal was reached.

The Ifo institute cut its growth forecast for Germany this year to 0.3 percent from 0.8 percent on Monday, citing the political uncertainty and weak exports.

The CDU/CSU won 28.6 percent in February's election, its second-worst result since 1949, and needs the SPD's 120 seats for a majority in the 630-seat Bundestag.
"""

BLOOMBERG_COMMODITIES = """Oil Climbs Toward $84 as OPEC+ Cuts Meet Surprise US Stockpile Draw

Oil rose for a third day, heading toward $84 a barrel, as a larger-than-expected drop in US crude inventories added to signs that supply cuts by OPEC+ are tightening the market.

West Texas Intermediate for March delivery rose as much as 1.9% to $83.72 a barrel in New York and was at $83.41 at 9:45 a.m. in London. Brent for April settlement gained 1.6%, or $1.38, to $87.65 a barrel on the ICE Futures Europe exchange.

US crude stockpiles fell by 6.1 million barrels last week to 421.3 million barrels, the Energy Information Administration said Wednesday. Analysts surveyed by Bloomberg had expected an increase of about 1.2 million barrels.

"The market was positioned for a build, and it got a sizeable draw instead," said Helen Marsh, head of commodities research at Tidewater Capital in London. "That forces some short-covering."

The Organization of Petroleum Exporting Countries and its allies are withholding about 2.2 million barrels a day from the market through the end of June. Saudi Arabia alone is pumping roughly 9 million barrels a day, its lowest level in more than two years, according to a Bloomberg survey.

Elsewhere in commodities, copper slipped 0.7% to $8,915 a metric ton on the London Metal Exchange as inventories in LME warehouses rose to 142,000 tons, the highest since October.

Aluminum was steady at $2,240 a ton, while nickel fell to its lowest in almost three years on signs of rising supply from Indonesia.

Wheat futures in Chicago fell 11 cents to $5.87 a bushel, after the US Department of Agriculture raised its estimate of global stockpiles by 3.4 million tons.

Gold was little changed at $2,034.50 an ounce.

"Physical demand in Asia is strong, but the metal needs a clear signal from the Fed to break out," said Rajiv Menon, a strategist at Orchard Bank in Singapore.

Hedge funds raised their net-long position in Brent by 41,238 contracts to 298,561 in the week to Feb. 6, data from ICE Futures Europe showed.

Natural gas in Europe also rose, with Dutch front-month futures, the regional benchmark, up 3.2% at 31.40 euros a megawatt-hour. European storage sites are 61% full, compared with a five-year average of 52%, according to Gas Infrastructure Europe.

"Nobody is worried about supply this winter any more," said Marsh of Tidewater. "The question is next winter."
"""

CP_CANADA = """Quebec to spend C$3.1 billion on new hydro line to New England

MONTREAL — Quebec will spend C$3.1 billion to build a transmission line that will carry hydroelectric power from the province's north to New England, Premier Luc Thibodeau announced Monday, calling it "the biggest export deal in our history."

The 530-kilometre line will run from the James Bay region to the U.S. border near Lac-Frontière, where it will connect to a line being built by Vermont utility Green Mountain Power.

Under a 25-year contract signed with a group of New England states, Hydro-Quebec will supply 10.4 terawatt-hours of electricity a year, enough to power about 1.2 million homes, the Crown corporation said in a statement.

"This is clean energy that is produced here, by Quebecers, and sold at a good price," Thibodeau told reporters in Montreal. "Every dollar we earn goes back into our schools and our hospitals."

Hydro-Quebec chief executive Sophie Gagne said the contract would bring in revenue of about C$18 billion over its lifetime. Construction is expected to create 2,600 jobs at its peak, she said.

The project has faced opposition from some First Nations communities along the route. Grand Chief Robert Wapachee of the Cree Nation Government said the province had agreed to pay communities C$420 million over the life of the contract and give them a 20 per cent stake in the line.

"We have been at the table from the start, and that is new," Wapachee said. "For once, we are partners and not an afterthought."

Environmental groups were more divided. Équiterre welcomed the deal, while the Quebec chapter of the Sierra Club said the line would cut through 45 kilometres of untouched boreal forest.

The Opposition Liberals said the premier had given no details on how much Quebec consumers would pay. "Who pays for the line if the Americans walk away?" asked Liberal energy critic Nadia Caron. "He did not answer that question."

Thibodeau said the price per kilowatt-hour would be set by a formula tied to New England market prices, with a floor of 6.5 cents U.S. He said the details were "commercially sensitive" and would be made public once the contract was approved by the province's energy regulator, the Regie de l'energie, expected by spring.

Quebec's energy minister, Marc-Andre Poirier, said the line would be built by Hydro-Quebec crews.

Hydro-Quebec's exports brought in C$2.9 billion last year, down 31 per cent from the year before, because of a drought that lowered reservoir levels.

The Canadian Press
"""

INDIA_BUDGET = """Maharashtra clears Rs 45,000 crore for Mumbai coastal road, metro lines

MUMBAI: The Maharashtra cabinet on Tuesday approved projects worth Rs 45,000 crore for the Mumbai metropolitan region, including the northern extension of the coastal road and two new metro lines, chief minister Vikram Deshpande said.

The extension, from Versova to Bhayander, will cost Rs 18,120 crore and is expected to cut travel time between the suburbs from 90 minutes to about 20 minutes, officials said.

"Mumbai cannot wait another decade for infrastructure that it needed yesterday," Deshpande told reporters after the cabinet meeting. "We will finish these projects in this government's term."

Metro Line 11, an underground line of 17.5 km with 14 stations, will cost Rs 23,487 crore, while the rest of the amount will go to a 9 km elevated line in Thane, according to the Mumbai Metropolitan Region Development Authority (MMRDA).

The state will borrow about Rs 12,000 crore from the Japan International Cooperation Agency (JICA) for the underground line, said a senior official in the urban development department, who did not want to be named.

Around 2.7 lakh commuters are expected to use Metro Line 11 every day in its first year, the MMRDA said. Each of the roughly 1,900 families whose homes will be acquired for the project will receive at least Rs 25 lakh in compensation, the chief minister said.

The opposition criticised the timing of the announcement, six months before civic polls. "These are the same projects they announced in 2019. Only the cost has gone up," said Congress legislator Asha Pawar. She said the coastal road's first phase had overrun its budget by nearly 30 per cent.

Environmental group Vanashakti said the coastal road extension would destroy about 45 hectares of mangroves. Its director Stalin Fernandes said the group would challenge the project in the Bombay high court.

Deshpande also announced that 1,200 electric buses would be added to the BEST fleet over two years at a cost of Rs 3,600 crore, and that fares on the new metro lines would range from Rs 10 to Rs 80.

The Centre has approved a loan guarantee for the metro project, Union urban development minister Rakesh Joshi said in New Delhi, calling it "a model for other states."

Work on the underground line is due to start in October.

The state's debt stood at Rs 7.82 lakh crore at the end of March, according to the budget documents presented in the assembly last month.
"""

SPORT_TRANSFER = """Vallmont sign striker Okafor for club-record 68 million euros

Vallmont have signed Nigeria striker Emeka Okafor from Dutch side AZ Hoorne for a club-record fee of 68 million euros, the Spanish club announced on Thursday.

The 23-year-old has agreed a five-year contract, until June 2030, with a release clause set at 500 million euros, the club said in a statement. The fee could rise to 80 million euros with add-ons, according to people close to the negotiations.

Okafor scored 31 goals in 38 league games for AZ Hoorne last season, the most by any player in the Dutch top flight since 2011, and added 11 assists.

"I have dreamt of playing in this league since I was a boy in Enugu," Okafor said at his presentation in front of about 15,000 fans at the Estadio del Turia. "I am here to win trophies, not to sit on the bench."

Vallmont coach Javier Ferrer said the striker would go straight into the team for Sunday's game against Sevante. "He is fast, he is strong, and he finishes with both feet," Ferrer said. "But he is young. We will be patient with him."

The deal breaks the club record set in 2019, when Vallmont paid 52 million euros for Portuguese winger Rui Caldas. Caldas left for Paris two years later for 40 million euros.

Okafor will earn a gross salary of about 9 million euros a season, making him the club's second-highest paid player, according to Spanish sports daily Marca. Vallmont declined to comment on his wages.

Fans queued from early morning outside the stadium, some of them wearing green Nigeria shirts. "We have waited years for a striker like this," said Pablo Navarro, a season-ticket holder who had travelled from Castellon. "Now we can dream."

AZ Hoorne chief executive Marc de Wit called the sale "bittersweet" but said the fee would be reinvested in the academy. The Dutch club will also receive 15% of any future transfer fee, he said.

Vallmont finished fourth last season, 19 points behind the champions, and spent 214 million euros on new players over the summer, more than any other club in the league.

La Liga's financial rules limit the amount a club can spend on wages and transfers to 70% of its revenue. Vallmont's revenue was 411 million euros last season, according to its annual accounts.

Okafor, who has 12 caps for Nigeria, will wear the number 9 shirt. He is expected to travel with the squad to Lisbon next week for a Champions League qualifier.
"""

HEATWAVE = """Portugal records 47.3C as heatwave grips Iberia; hundreds of firefighters battle blazes

LISBON, Aug 4 (Reuters) - Temperatures soared to 47.3 degrees Celsius (117.1 Fahrenheit) in central Portugal on Sunday, the highest reading ever recorded in the country in August, as a heatwave tightened its grip on the Iberian peninsula.

The reading at Alvega, a village in the Santarem district, beat the previous August record of 46.8C set in 2003, the Portuguese Institute for Sea and Atmosphere (IPMA) said. The all-time national record is 47.4C.

"We are seeing temperatures that our models said we would see in the 2050s," IPMA meteorologist Carla Fontes told Reuters. "This is not an anomaly any more."

IPMA said the heat was caused by a mass of hot, dry air from North Africa, held in place by a high-pressure system over the Bay of Biscay.

In Spain, the state weather agency AEMET issued red alerts for four regions, forecasting highs of 44C in Seville and Cordoba. Madrid was expected to reach 41C, and night-time temperatures would not fall below 25C in much of the south, the agency said.

More than 1,100 firefighters, backed by 23 aircraft, were fighting 14 wildfires across Portugal, the national civil protection authority said. The largest, near Abrantes, had burned about 6,500 hectares and forced the evacuation of 12 villages.

"The wind changed direction three times in one afternoon," said Joao Tavares, the mayor of Abrantes. "We have never seen a fire move like this."

Spain's health ministry said heat-related deaths had reached an estimated 510 since the start of July, according to its daily mortality monitoring system. Portugal's health authority said emergency room visits had risen 18% over the weekend.

Farmers' association COAG estimated that the heat had destroyed a third of the olive harvest in Andalusia, Spain's main producing region, and warned that olive oil prices, which have already doubled in two years, could rise further. "We have lost in one week what we grew in six months," said Miguel Ruiz, a farmer near Jaen.

Electricity demand in Spain hit 41,200 megawatts on Saturday afternoon, grid operator Red Electrica said, near the summer record of 41,318 MW.

The heatwave is expected to last until at least Wednesday, with temperatures 8C to 10C above seasonal averages, according to AEMET.

Reporting by Catarina Demony; Additional reporting by Belen Carreno in Madrid; Editing by Frances Kerry
"""

HEALTH_OUTBREAK = """WHO warns of 'rapid spread' as cholera cases top 9,000 in Lunara

GENEVA (AP) — The World Health Organization said Friday that a cholera outbreak in the southern African nation of Lunara has spread to eight of its 10 provinces, with more than 9,000 suspected cases and at least 214 deaths recorded since late October.

WHO Director-General Tedros Adhanom Ghebreyesus told reporters in Geneva that the agency was "deeply concerned" by the speed of the outbreak, which he said was being driven by flooding and a lack of clean water in crowded settlements.

"Cholera is preventable and treatable. No one should be dying of it in 2025," Tedros said. "But people are dying, and most of them are dying at home, before they ever reach a clinic."

Lunara's Health Ministry put the number of confirmed cases at 3,412 on Thursday, and said 188 of the deaths had been confirmed by laboratory tests. The case fatality rate of 2.4% is well above the 1% threshold the WHO considers acceptable.

Health Minister Grace Mwale said the government had opened 46 treatment centres and received 1.5 million doses of oral vaccine through an international stockpile. "We need at least twice that," she said.

The outbreak is worst in the capital, Port Ellis, where about half of all cases have been recorded, according to the ministry. Doctors Without Borders said its cholera treatment centre in the city's Kanyama district was admitting between 120 and 150 patients a day.

"Some arrive so dehydrated that we cannot find a vein," said Dr. Paul Okello, the group's medical coordinator in Lunara. "We are treating people on the floor."

UNICEF said children under 5 accounted for nearly one in four cases and that it had delivered 2.3 million water purification tablets.

The WHO said it needed $18 million to support the response over the next three months but had received less than a third of that amount.

Lunara last faced a major cholera outbreak in 2018, when about 5,000 people were infected and 96 died.

Neighbouring Zarendi has reported 48 suspected cases along the border and closed two crossing points, its health ministry said on Thursday.

The WHO has classified the global cholera situation as a grade 3 emergency, its highest level, since January 2023. It said 31 countries had reported outbreaks this year, and that the global vaccine stockpile had been empty for most of the past 12 months because demand outstripped production.
"""

INVESTIGATION = """Brightwell weighed selling its drone unit to a Gulf fund, people familiar say

Brightwell Industries held talks earlier this year about selling its military drone business to a sovereign wealth fund in the Gulf, according to two people familiar with the matter and documents reviewed by the Ledger.

The discussions, which have not been previously reported, valued the unit at about $4.5 billion, the people said. They spoke on condition of anonymity because the talks were confidential.

The talks stalled in August after officials at the Pentagon raised concerns about foreign ownership of a company that supplies surveillance drones to the US Army, according to a person briefed on the talks. One of the people said the fund had offered to place the unit's American operations under a US-controlled board, a proposal the officials rejected.

A Brightwell spokesman, Kevin Ames, said the company "does not comment on market rumours" and remained "fully committed" to its defence customers.

The drone unit, based in Tucson, Arizona, employs about 3,200 people and had revenue of $1.1 billion last year, according to Brightwell's annual report. It has won contracts worth more than $2 billion from the Army since 2020.

Brightwell's shares have fallen 38% this year after the company lowered its profit forecast twice and disclosed a $600 million charge on a delayed satellite programme.

"Selling the drone business would raise cash quickly, but it is the crown jewel," said Amy Koenig, an aerospace analyst at Harbor Lane Securities. "It would leave Brightwell smaller and weaker."

Brightwell had about $9.8 billion of debt at the end of June, and $1.4 billion of bonds fall due next year, according to its filings. Moody's put the company's rating on review for a downgrade in July.

Internal emails reviewed by the Ledger show that chief financial officer Daniel Reyes told board members in May that the company needed to raise "at least $3 billion within 18 months" to avoid a downgrade of its credit rating to junk.

Senator Ruth Calloway, who sits on the Armed Services Committee, said in a statement that any sale of a drone maker to a foreign government fund should be reviewed by the Committee on Foreign Investment in the United States. "This is exactly the kind of deal CFIUS exists for," she said.

Two of the people said Brightwell had since hired advisers to look at other options, including a spinoff of the unit to shareholders.

Brightwell's board is due to meet next week, one of them said.
"""

#: The third batch, written independently of the first two: name -> whole text.
THIRD_BATCH: dict[str, str] = {
    "ap-immigration": AP_IMMIGRATION,
    "reuters-earnings": REUTERS_EARNINGS,
    "afp-rebels": AFP_REBELS,
    "xinhua-port": XINHUA_ASIA,
    "dw-coalition": DW_COALITION,
    "bloomberg-commodities": BLOOMBERG_COMMODITIES,
    "cp-hydro": CP_CANADA,
    "india-infrastructure": INDIA_BUDGET,
    "sport-transfer": SPORT_TRANSFER,
    "heatwave-iberia": HEATWAVE,
    "health-cholera": HEALTH_OUTBREAK,
    "investigation-drones": INVESTIGATION,
}

ANSA_METRO = """Naples metro Line 7 delayed to 2029 as cost climbs to 2.1 billion euros

(ANSA) - NAPLES, MAR 3 - The opening of Naples' new metro Line 7 has been pushed back to 2029 and its cost has risen to 2.1 billion euros, Campania's regional government said on Tuesday, in the latest setback for a project first promised for 2024.

Regional transport councillor Giulia Ferrante told a press conference that tunnelling under the historic centre had hit « unforeseeable archaeological finds » at three of the line's 11 stations.

« We found a Roman bathhouse where the plans said there would be sand, » Ferrante said. « Nobody can bulldoze that, and nobody should. »

The original budget approved in 2019 was 1.4 billion euros. The region said the extra 700 million euros would come from the national recovery fund and from a loan of 250 million euros from the European Investment Bank.

« The numbers are a scandal, » said Marco Esposito, the head of the opposition group in the regional council. « Every year they announce a new date and a bigger bill, and every year the people of Scampia wait. »

Esposito said his group would ask the Court of Auditors to examine the contracts. He said the consortium building the line had obtained 14 contract changes since 2020.

The consortium, Metrocampania, said in a written statement that the changes had been « requested by the client » and that it was « fully committed » to the new timetable. It said about 1,300 workers were on the sites every day and that 62 per cent of the tunnels had been dug.

Mayor Antonio Guarino, who has backed the project since taking office, wrote on social media that the city « cannot afford to lose this line ». He said: « A bit more time, yes. A bit less ambition, never. »

According to the regional transport agency, the 9.4-kilometre line is expected to carry about 120,000 passengers a day and cut travel times from the northern suburbs to the centre by roughly 25 minutes.

Line 7 is the third rail project in Campania to run over budget in a decade. The Court of Auditors found last year that regional rail works had overrun their budgets by an average of 38 per cent, with delays of up to seven years.

Commuters at the Piscinola terminus were unimpressed. « I was 40 when they started talking about it, now I am 52, » said Rosaria De Luca, a nurse from Scampia. « My son will use it, maybe. »

Work on the three stations affected by the finds will resume in June, Ferrante said, once the archaeological superintendency approves new designs."""

ALJAZEERA_TRUCE = """Sahran truce talks resume in Doha as mediators push prisoner swap

DOHA, Qatar - Negotiators for the Sahran government and the armed group Liwa al-Fajr resumed indirect talks in the Qatari capital on Sunday, with mediators pressing both sides to accept a 45-day truce and an exchange of prisoners.

Qatar's Ministry of Foreign Affairs said in a statement that the two delegations had held "serious and constructive" sessions through the night. Its spokesman, Majed bin Rashid al-Khalidi, told reporters that a deal was "closer than at any point since January", but warned that "gaps remain" on the order of the steps.

A Liwa al-Fajr official who spoke on condition of anonymity because he was not authorised to brief the media said the group was ready to free 32 captives in the first phase in exchange for 300 prisoners held by the government.

"We have given the mediators our answer, and the ball is in the other court," the official told Al Jazeera.

Government negotiator Salma Abu Hamdan rejected that account. "They are asking us to empty our prisons in return for a pause they have broken twice before," she said on social media. "We want a ceasefire that lasts, not a photo."

The fighting in the eastern province of Wadi Sirhan has killed at least 4,800 people since the conflict began 14 months ago, according to the Sahran health ministry, which does not distinguish between civilians and fighters. The United Nations says more than 600,000 people have been displaced.

Abu Hamdan has met the group's political chief, Khaled bin Yousef al-Amiri, face to face only once, in March. He later described the meeting as "cold but useful", while she called it "a waste of an afternoon".

"I told them, 'Bring us a list of names and we will bring you a date,' and we are still waiting for the list," said Ahmad al-Tamimi, an adviser to the government delegation.

Aid agencies say a truce is needed urgently. Layla Haddad, the regional director of the charity Hope Across Borders, said 40 trucks a day were entering the province, against about 500 before the war.

The Sahran army said in a separate statement that it had killed 17 fighters in an air strike near the town of Qasr al-Nour on Saturday, a claim Liwa al-Fajr denied. Neither account could be independently verified. The last truce, brokered by Egypt in November, collapsed after nine days.

"People are eating grass," Haddad said. "That is not a figure of speech."

Talks are expected to continue on Monday, the Qatari foreign ministry said."""

KYODO_SUBSIDIES = """Japan to extend energy subsidies as weak yen lifts household bills

TOKYO, Oct. 8 (Kyodo) -- Japan will extend subsidies for electricity and gas bills through March, Prime Minister Takeda Hiroshi told a parliamentary committee Wednesday, as a weak yen keeps import costs high.

The program, which was due to end this month, costs about 300 billion yen a month, according to the Ministry of Economy, Trade and Industry. A household using 400 kilowatt-hours a month will save around 1,800 yen, the ministry said.

"Prices are rising faster than wages in many regions, and we cannot leave people alone with that," Takeda told the House of Representatives Budget Committee. "We will also look at support for small businesses."

The yen weakened past 158 to the dollar last week for the first time in five months, raising the cost of imported fuel. Finance Minister Kobayashi Emi said the government was watching currency moves "with a high sense of urgency" and would "take appropriate action" if needed.

Opposition lawmakers criticized the extension as a stopgap. "Subsidies are a painkiller, not a cure," said Noda Kenji, the policy chief of the Constitutional Reform Party. "Every month the government buys time, and every month the bill is sent to our children."

Consumer prices excluding fresh food rose 2.8 percent in August from a year earlier, the internal affairs ministry said last month, staying above the Bank of Japan's 2 percent target for a 29th straight month.

The subsidies will be paid for from reserve funds of 1.2 trillion yen, the prime minister said, adding that a supplementary budget would be compiled "by the end of November."

Takeda, who took office in April, also said the government would consider cutting the gasoline tax, which has been frozen at 53.8 yen per liter since 1974, a level critics say is out of date. "Nothing is decided yet," he said.

A Kyodo News poll conducted over the weekend found 61.4 percent of respondents disapproved of the Cabinet's handling of prices, while 27.9 percent approved. The poll of 1,052 voters had a margin of error of 3 percentage points.

Business groups welcomed the move. Sato Michiko, the vice chair of the Japan Association of Small Enterprises, said in a statement that the measure "will help keep the lights on in factories that run on thin margins."

Some economists warned that the subsidies blunt the incentive to save energy. "The government is paying people to keep using what it says is too expensive," said Ishii Taro, chief economist at Marunouchi Research Institute."""

YONHAP_CHIPS = """S. Korea to spend 2.4 tln won on chip workforce as exports hit record

SEOUL, June 12 (Yonhap) -- South Korea will spend 2.4 trillion won (US$1.75 billion) over the next five years to train semiconductor engineers, the industry ministry said Thursday, as chip exports hit a monthly record.

The Ministry of Trade, Industry and Energy said in a release that the program aims to train 36,000 chip specialists by 2030, including 4,500 at the master's and doctoral levels, to ease a shortage that companies say is slowing new production lines.

Chip exports reached US$14.2 billion in May, up 21.3 percent from a year earlier, according to data from the ministry. Overall exports rose 6.8 percent to $58.1 billion.

The country's chip exports totaled US$141.9 billion last year, accounting for about 20 percent of its total outbound shipments, according to the Korea International Trade Association.

"The talent gap is now a bigger risk to our industry than any tariff," Vice Minister Park Ji-won told reporters at a briefing. "You can build a fab with money. You cannot build an engineer with money."

Park said the ministry would also offer tax credits of up to 25 percent to companies that build training centers near their plants, and that it would work with 11 companies to place graduates. "This cannot be the government's job alone," he said.

The Korea Semiconductor Industry Association estimated that the industry will be short about 54,000 workers by the end of the decade. Its chairman, Lee Sang-ho, said the plan was "a good start" but called for visa rules to be eased for foreign graduates.

"We are competing with Taiwan and the United States for the same 25-year-olds," Lee said. "Money helps, but so do immigration rules."

Under the plan, eight universities will open new chip departments next year, with the government covering up to 70 percent of the cost of clean-room facilities. Students will receive monthly stipends of 1 million won.

Kim Hye-jin, a senior researcher at the Korea Institute for Industrial Economics and Trade, said similar programs had struggled to keep graduates in the sector. "About one in four engineers we train leaves for another industry within three years," she said.

Hanseong Electronics and Daebo Semiconductor, the country's biggest chipmakers, did not immediately comment. The opposition United People's Party said the budget was "too little, too late" and urged the government to double it. The party has 170 of the National Assembly's 300 seats."""

REUTERS_BRAZIL = """Brazil central bank holds Selic at 13.75%, signals no cuts before year-end

By Ana Paula Moreira

BRASILIA, Sept 18 (Reuters) - Brazil's central bank held its benchmark Selic interest rate at 13.75% on Wednesday for a fourth straight meeting, saying inflation expectations remained "unanchored" and that it was prepared to keep rates high for longer.

The decision was unanimous and expected by all 38 economists polled by Reuters. Of those, 31 expect the first cut only in the second quarter of next year.

In its statement, the Monetary Policy Committee, known as Copom, said the economic outlook "demands caution" and that the balance of risks for inflation was "tilted to the upside".

Consumer prices rose 4.9% in the 12 months to August, above the 4.5% ceiling of the official target range. Economists in the central bank's weekly Focus survey expect inflation of 5.1% at the end of the year. Brazil's economy grew 2.9% last year, and the government forecasts growth of 2.5% this year, while the central bank expects 2.1%.

Finance Minister Rafael Couto, who has repeatedly clashed with the bank over the level of rates, said on social media that the decision was "a mistake that the productive sector will pay for".

"With real rates near 9%, Brazil has one of the highest borrowing costs in the world," Couto wrote. "No country grows like this."

Central bank chief Helena Bastos has defended the stance. "Our job is not to be popular. Our job is to bring inflation to the target," she told a congressional hearing last week. Bastos, whose term ends in December 2026, said in the same hearing that the bank would "do whatever is necessary" to bring inflation back to the 3% target.

The real weakened 0.7% to 5.62 per dollar after the decision, while the Ibovespa stock index closed down 1.2% at 118,450 points. Yields on interest rate futures maturing in January 2027 rose 8 basis points to 12.41%.

"The message is clear: no cuts in 2025," said Thiago Menezes, chief economist at Banco Horizonte in Sao Paulo, who expects the first reduction in March. "They want to see services inflation break first."

The government's fiscal plan also weighs on sentiment. The Treasury said last month it now expects a primary deficit of R$28.3 billion ($5.03 billion) this year, wider than the R$14.5 billion it forecast in May. Tax revenue rose 9.2% in real terms in the first eight months of the year, the Federal Revenue Service said on Tuesday.

(Reporting by Ana Paula Moreira; Additional reporting by Lucas Prado in Sao Paulo; Editing by Mark Ellison)"""

AAP_WATER = """NSW to build A$3.8 billion desalination plant as Sydney dams fall

Sam Pearce | AAP

NSW will build a second desalination plant on the Central Coast at a cost of A$3.8 billion, Premier Claire Whitfield has announced, as dam levels across Greater Sydney fell to their lowest since 2019.

The plant at Norah Head will produce up to 250 megalitres of drinking water a day when it opens in 2031, enough to supply about 1.2 million people, the NSW Government said.

"We are not going to wait for the next drought to start the next drought plan," the premier told reporters in Gosford on Tuesday. "Sydney has grown by a million people in 15 years and the dams have not."

Water Minister Tom Brennan said the state had learnt from the millennium drought, when the first plant at Kurnell was approved in a hurry. The Kurnell plant, which can meet up to 15 per cent of demand, has run at full capacity since November. "This time we are doing the planning while it is still raining," he said.

WaterNSW data shows the combined storage in Greater Sydney's dams stood at 58.7 per cent on Monday, down from 91 per cent two years ago.

The Opposition said the project was "a monument to bad planning". Its water spokeswoman, Rebecca Tan, said the government had cut funding for recycled water schemes by A$140 million in last year's budget.

"The premier is building a A$3.8 billion plant to fix a problem she made worse," Ms Tan said.

The Central Coast Council welcomed the plan but said residents near the site were worried about noise and brine discharges. Mayor Jason Kiely said the council had received more than 400 submissions.

Norah Head resident Gail Morrison, 67, said the plant would be "bigger than the town". "We were told about it on the news, like everyone else," she said.

Environmental group Coastwatch said the plant would use as much power as 60,000 homes. "If it runs on coal power, it is a climate problem disguised as a water solution," the group's director, Anika Shah, said.

Ms Whitfield said the plant would be powered by renewable energy under a 20-year supply contract. Construction is expected to create 1,100 jobs. The government will also spend A$620 million on upgrading the Warragamba pipelines, Mr Brennan said.

Average household water bills will rise by about A$45 a year from 2027 to help fund the project, according to the Independent Pricing and Regulatory Tribunal.

Sydney's first desalination plant cost A$1.9 billion when it opened in 2010 and sat idle for most of its first decade."""

RAIL_DERAILMENT = """Stuck brake valve and crew fatigue cited in deadly Harrow Junction derailment

WASHINGTON (AP) — A freight train that derailed and struck a commuter platform in Harrow Junction, Ohio, in August had a brake valve stuck partly closed, and its engineer had worked 13 days in a row, federal investigators said Thursday.

The National Transportation Safety Board's preliminary report, released Thursday, did not determine a cause. A final report is expected in 12 to 18 months. The board said it had sent a team of 14 investigators to the site.

Three people were killed and 27 were injured when 19 cars of the Norfolk Central train left the tracks at about 40 mph on Aug. 9 and slammed into the platform, where about 60 commuters were waiting for a morning train to Cleveland.

The air brakes on the fifth car were applied at less than half of their normal pressure, the preliminary report said.

"We have found no evidence so far of a track defect," NTSB Chair Jennifer Holloway told reporters. "But we are not ruling anything out, and I would caution against anyone drawing conclusions."

The report said the engineer, a 52-year-old with 24 years of experience, told investigators he had felt "a drag" before the derailment. His union, the Brotherhood of Locomotive Engineers and Trainmen, said in a statement that crews on the route were "routinely scheduled to the legal limit and beyond."

Norfolk Central spokeswoman Dana Whitcomb said the company was cooperating fully. "Safety is at the core of everything we do," she said, adding that the railroad had inspected the brakes on all 1,400 of its cars of the same type since the crash.

Carla Ruiz, whose husband was killed on the platform, told The Associated Press that the report confirmed what families had feared. "They knew these cars had problems," she said. "They knew, and they kept running them."

A bill introduced in the Senate last month would cap freight crews at 12 consecutive workdays. Its sponsor, Sen. Mark Dettweiler, said the crash showed "what happens when profits set the schedule."

The derailment spilled about 4,000 gallons of diesel fuel, the Ohio Environmental Protection Agency said. Cleanup has cost the railroad about $7 million so far, according to company filings. Norfolk Central's shares fell 2.4% on Thursday after the report was published.

It was the deadliest rail accident in Ohio since 1999, according to Federal Railroad Administration data. The agency said there were 1,164 derailments nationwide last year, down from 1,311 in 2022."""

STRIKE_BUSES = """Northway bus drivers to strike for 10 days after rejecting 4.5% pay offer

Bus drivers at Northway Buses will walk out for 10 days from Monday after rejecting a pay offer of 4.5 per cent, their union said, in a dispute that threatens journeys for about 300,000 passengers a day across Greater Manchester.

Unite members voted by 87 per cent in favour of action on a turnout of 71 per cent. The union is demanding a 9 per cent rise this year, saying drivers' pay has fallen 14 per cent behind inflation since 2021.

"Our members are not greedy, they are skint," said Sharon Maddox, Unite's regional officer. "They drive the city to work every morning and then cannot afford to live in it."

Northway said its offer was "fair and affordable". A company spokeswoman, Priya Raman, said the offer came on top of a 6 per cent rise last year, and that a driver's basic pay would reach £31,400.

"We have made a good offer in a difficult year," she said. "A strike will only hurt the passengers and the drivers."

Talks at the conciliation service Acas broke down on Thursday after nine hours. Maddox and the union's lead negotiator, Dave Kerrigan, left without speaking to reporters, but he later posted a video saying the company had "not moved a penny". Acas said in a statement that it remained "ready to help" both parties. Drivers at Citylink, another operator in the region, settled last month for a rise of 5.5 per cent. A Unite survey of 600 drivers found that nearly a third had taken a second job.

About 1,900 drivers are expected to take part. Northway said it would run a reduced service on 12 key routes, with buses every 30 minutes at best. Transport for Greater Manchester said more than 40 school routes would be affected and urged parents to plan ahead.

"I'll have to get taxis to work, and that's £20 a day I don't have," said Megan Doyle, 24, a care worker from Salford.

Mayor Colin Ashworth said he would ask both sides to return to talks. "Nobody wins a 10-day strike," he said. "Least of all the people who rely on these buses to get to work, to school and to hospital."

Northway, which is owned by the French group Transalpe, reported an operating profit of £48 million last year, up from £39 million. The union said the company had paid £22 million in dividends to its parent over the same period.

Ms Raman said the dividend was "a matter for the group" and that Northway had invested £60 million in new electric buses since 2022. She said the company would refund weekly and monthly ticket holders for the days lost."""

EU_FINE = """EU fines Veltrix 1.6 billion euros over app store payment rules

By Claire Dubois

BRUSSELS, April 22 (Reuters) - The European Commission on Tuesday fined U.S. software group Veltrix 1.6 billion euros ($1.74 billion) for blocking rival payment systems in its app store, the second-largest penalty it has imposed on a tech company.

The fine amounts to about 4.1 per cent of Veltrix's global turnover last year, well below the maximum of 10 per cent allowed under the Digital Markets Act, the Commission said.

"For almost six years, Veltrix told developers they could reach European users only on its terms," EU competition chief Marta Lindqvist told a news conference. "That ends today."

The Commission said Veltrix had charged app developers commissions of up to 30% on in-app purchases while barring them from telling users about cheaper offers elsewhere. It ordered the company to change its rules within 90 days or face daily penalty payments of up to 5 per cent of its average daily worldwide turnover.

Veltrix said in a statement it would appeal. "The Commission has ignored the facts and punished a company that protects users from fraud," the statement said. "Today's decision makes European consumers less safe, not more."

Its chief legal officer, Brian Kowalczyk, wrote on X that the ruling was "a gift to scammers".

It is the third fine imposed under the Digital Markets Act since the law took effect in 2023. In March, the Commission fined search group Quorra 700 million euros for favouring its own shopping service.

The complaint was first brought in 2021 by music streaming service Sonora and a group of 34 app developers. Sonora's chief executive, Elise Marchand, called the decision "a turning point". "We waited four years for this, and it was worth it," she said.

Consumer group BEUC said the fine should be followed by refunds for users who had overpaid. "Fines go to Brussels. The money was taken from consumers," said its deputy director general, Ursula Pichler.

Veltrix shares fell 1.3% in after-hours trading in New York. The company reported revenue of $39.2 billion last year, of which about 26% came from Europe, according to its annual report. Analysts at Halden Securities said the fine was equal to about two weeks of the company's profit.

Lindqvist said the Commission was also examining whether Veltrix's default browser settings breached the law, and that a decision was expected "before the summer".

(Reporting by Claire Dubois; Editing by Tomasz Janowski)"""

SCIENCE_HEARING = """One in three adults over 60 has undiagnosed hearing loss, study finds

About one in three adults over the age of 60 has hearing loss that has never been diagnosed, according to a study published on Wednesday in the journal Annals of Population Medicine.

Researchers at the University of Carrowmore analysed hearing tests from 21,300 people aged 60 to 84 in five countries and found that 34.2% (95% confidence interval 32.8% to 35.6%) had moderate or worse hearing loss that had not been picked up by a doctor.

"Hearing loss is often treated as a normal part of getting older, so people simply don't ask," said the study's lead author, Dr Ines Kovac, an audiologist at the university. "But it is one of the biggest risk factors for dementia that we can actually do something about."

Participants with untreated hearing loss were 1.4 times as likely to report feeling lonely as those with normal hearing, the researchers wrote. Over the study period, 1,140 of the participants were diagnosed with dementia. The risk of dementia was 28% higher among those with untreated hearing loss (hazard ratio 1.28; 95% confidence interval 1.11 to 1.47).

"Our findings suggest that routine hearing checks from the age of 60 could identify millions of people who would benefit from hearing aids," they wrote.

Only 12% of those who needed hearing aids used them. Cost was the most common reason given: in the UK, a pair costs between £500 and £3,500 privately, although they are free on the NHS. The authors said the true share of undiagnosed cases was likely to be higher, because people with severe hearing loss were less likely to take part.

Prof Tomasz Wieczorek, an epidemiologist at King's College London who was not involved in the study, called it "a careful piece of work" but said the link with dementia was not established by it.

"We should be careful about saying hearing aids prevent dementia," he said. "This study does not show that, and the authors do not claim it."

Kovac said the team would next test whether free screening in two regions of Ireland reduces loneliness.

The charity Hear Today estimates that 12 million adults in the UK have hearing loss, and that about 6.7 million could benefit from hearing aids.

Its chief executive, Rachel Dunmore, said waiting times for NHS audiology had doubled in three years. "Someone who is told to wait 40 weeks for a hearing test is someone who stops going out," she said.

The study was funded by the Carrowmore Foundation and the European Hearing Research Council, which gave 2.3 million euros over five years."""

POLICE_CHASE = """Sheriff: Man fired at deputy during chase on Route 19, was found hiding in barn

PINE HOLLOW, Fla. — A 34-year-old man is facing attempted murder charges after investigators say he fired at least four shots at a sheriff's deputy during a chase that reached speeds of more than 110 mph, according to the Harlow County Sheriff's Office.

Travis Lee Dunham, of Pine Hollow, was booked into the Harlow County jail early Saturday and is being held without bond, jail records show.

According to a criminal complaint, a deputy tried to stop Dunham's pickup truck on Route 19 shortly after 11 p.m. Friday because it had no tag. Dunham sped off, and the chase went on for about 14 miles before the truck crashed into a ditch, the complaint says.

Body camera footage released by the sheriff's office on Saturday shows Dunham leaning out of the driver's window and firing a handgun. One round struck the patrol car's windshield. The deputy, who has not been named, was not hurt. He has been placed on paid administrative leave, which is standard after any incident involving gunfire, the sheriff's office said. The deputy, 26, joined the agency two years ago.

"Our deputy did exactly what he was trained to do. He backed off, called it in, and kept the public safe," Sheriff Darlene Voss said at a news conference. "The man in that truck was not trying to get away. He was trying to kill somebody."

After the crash, Dunham ran into a field and hid in a barn, where a K-9 unit found him about two hours later, Voss said. Deputies recovered a 9 mm pistol and 23 rounds of ammunition.

Dunham's mother, Linda Dunham, told WPHF News that her son had been struggling since losing his job in the spring. "He's not a monster. He needed help, and nobody gave it to him," she said.

Court records show Dunham was convicted of aggravated assault in 2017 and served three years in state prison.

Dunham faces one count of attempted murder of a law enforcement officer, one count of fleeing and eluding, and two counts of possession of a firearm by a convicted felon. The complaint says he told deputies after his arrest that he "panicked."

The sheriff's office said it was the third time this year a Harlow County deputy had been shot at. Voss said: "That is three times too many."

A public defender assigned to Dunham did not respond to a request for comment. If convicted of the attempted murder charge, Dunham faces up to life in prison, Assistant State Attorney Renee Kaplan said. A first court appearance is set for Monday."""

BOX_OFFICE = """'Harbor Lights' sails to $87.5 million debut, year's best opening for an original film

LOS ANGELES (AP) — "Harbor Lights," a romantic drama set on a fishing island in Maine, opened with $87.5 million in U.S. and Canadian theaters over the weekend, the biggest debut of the year for a film not based on a book, a comic or an earlier movie, according to studio estimates Sunday.

The Meridian Pictures release, directed by 71-year-old Walter Brandt, added $64 million from 48 international markets for a global start of $151.5 million. It cost about $95 million to make. Brandt's previous film, "Low Tide," earned $210 million worldwide in 2009 and won three Academy Awards.

"We were told nobody goes to the movies for grown-ups anymore," Brandt said in a statement. "I am very happy to have been told wrong."

The film's star, Mira Sandoval, 29, wrote on social media that she had cried reading the numbers. "Thank you for showing up for a story about people," she wrote. Sandoval, who was nominated for an Oscar at 24 for "Glass Country," plays a marine biologist who returns to the island after 12 years.

Last week's No. 1, the animated sequel "Skyhoppers 2," slipped to second place with $31.2 million, down 58% from its opening. Its domestic total stands at $118.4 million after two weekends.

The horror film "The Hollow Room" was third with $12.6 million, followed by "Quarry Road" with $7.9 million and the re-release of "Northern Star" with $5.1 million. Tickets for the opening night of "Harbor Lights" sold out at 1,200 theaters across the country, Meridian said.

Audiences gave "Harbor Lights" an A CinemaScore, and about 62% of ticket buyers were women, according to Meridian. Nearly half of the audience was over 35.

"This is a movie that will play for weeks," said Dana Okafor, a senior analyst at the box office tracker Exhibitor Data. "Word of mouth on a film like this is worth more than any trailer."

Okafor said the opening showed that "there is money in the middle," meaning films budgeted between $40 million and $100 million that studios have largely abandoned.

Meridian's president of distribution, Jerome Alcott, said the studio had expected "something in the $50 million range." He added: "When my assistant called me Saturday morning, I told her, 'Read that number again.'"

Overall, the weekend's top 10 films took in about $171 million, up 22% from the same weekend last year, according to Exhibitor Data. Ticket sales for the year to date are running at $6.3 billion, 4% behind last year's pace, the firm said."""

#: The fourth batch, written independently of the first three: name -> whole text.
FOURTH_BATCH: dict[str, str] = {
    "ansa-metro": ANSA_METRO,
    "aljazeera-truce": ALJAZEERA_TRUCE,
    "kyodo-subsidies": KYODO_SUBSIDIES,
    "yonhap-chips": YONHAP_CHIPS,
    "reuters-brazil": REUTERS_BRAZIL,
    "aap-water": AAP_WATER,
    "ntsb-derailment": RAIL_DERAILMENT,
    "strike-buses": STRIKE_BUSES,
    "eu-fine": EU_FINE,
    "science-hearing": SCIENCE_HEARING,
    "police-chase": POLICE_CHASE,
    "box-office": BOX_OFFICE,
}


NHC_HURRICANE = """Hurricane Delphine strengthens to Category 4 as Gulf Coast braces for landfall

MOBILE, Ala. (AP) — Hurricane Delphine grew into a Category 4 storm on Tuesday with maximum sustained winds of 140 mph, the National Hurricane Center said, and was expected to come ashore along the Alabama coast late Wednesday.

Forecasters warned of a storm surge of up to 15 feet in Mobile Bay and rainfall totals of 10 to 20 inches in parts of southern Alabama and the Florida Panhandle, with isolated amounts of 25 inches possible.

"This is a life-threatening situation," the center said in its 4 p.m. advisory. "Residents in the warning area should complete preparations now."

Gov. Carla Whitfield ordered mandatory evacuations for about 210,000 people in Mobile and Baldwin counties and said the state had positioned 1,800 National Guard troops and 40 high-water vehicles.

"If you have been told to leave, leave," Whitfield told reporters at the state emergency operations center in Clanton. "We can rebuild a house. We cannot rebuild you."

Emergency management director Travis Keel said crews had staged 600,000 bottles of water and 250,000 meals ready to eat at a warehouse in Montgomery. Keel, 49, said the biggest risk was flooding inland, not wind.

Forecasters said tropical-storm-force winds could arrive as early as Wednesday morning.

"People think of the coast, but most hurricane deaths come from fresh water," he said. "Six inches of moving water can knock you off your feet."

Whitfield said the state would open 35 shelters by Wednesday morning, adding that hotels as far north as Birmingham were already nearly full.

At 5 p.m., Delphine was centered about 260 miles south of Mobile and moving north-northwest at 12 mph. Hurricane-force winds extended up to 45 miles from its center, the center said.

Dennis Okafor, 61, who runs a bait shop on Dauphin Island, said he had boarded up the windows but planned to stay. "I rode out Ivan and I rode out Sally," he said. "My wife says this is the one that gets me."

Utility company Alabama Coastal Power said it had brought in more than 3,000 line workers from 11 states and warned that some customers could be without electricity for "days, not hours."

The storm is the fourth hurricane of the Atlantic season, which forecasters at the National Oceanic and Atmospheric Administration had predicted would be "above normal," with 17 to 24 named storms.

Insured losses from a direct hit on Mobile could exceed $12 billion, according to estimates from the risk modeling firm Veritas Catastrophe Analytics."""

JURY_VERDICT = """Former county treasurer convicted of stealing $2.3 million from pension fund

PHOENIX (AP) — A federal jury on Thursday convicted a former Maricopa Springs County treasurer of embezzling about $2.3 million from a fund meant to pay the pensions of sheriff's deputies and firefighters.

Harold Vance, 58, was found guilty on all 14 counts, including wire fraud and money laundering, after a nine-day trial and roughly six hours of deliberations. He faces up to 20 years in prison on each wire fraud count when he is sentenced in February.

Prosecutors said Vance moved money from the fund into a shell company over five years and spent it on a lake house, two boats and trips to Las Vegas, where he lost more than $400,000 at the tables.

"Mr. Vance treated the retirement savings of first responders like his own checking account," Assistant U.S. Attorney Melissa Dorn told jurors in her closing argument on Tuesday.

Vance's attorney, Robert Castellano, had argued that his client was a "bookkeeping scapegoat" for a system that lacked basic controls. He said after the verdict that Vance would appeal.

"We respect the jury's work, but we believe the judge should never have allowed the jury to hear the recorded calls," Castellano said outside the courthouse.

U.S. District Judge Anita Morales ordered Vance held without bail, saying he posed a flight risk after investigators found he had applied for a passport in March. Vance, wearing a gray suit, showed no reaction as the verdict was read.

About 1,150 current and retired deputies and firefighters draw from the fund. Its trustees said it had recovered about $640,000 so far through the sale of the lake house.

"Some of these men and women put in 30 years," said Linda Pruitt, 66, a retired fire captain who attended every day of the trial. "He took that from them."

Dorn had told jurors that Vance wrote 212 checks to the shell company, most for just under $10,000 to avoid bank reporting rules.

Pruitt said she had driven 90 miles each way to the courthouse. Her friend Joan Maddox, a retired dispatcher, sat beside her. "I wanted him to see our faces," she added.

The county board of supervisors voted 4-1 last year to hire an outside auditor, whose report first flagged the missing money.

The auditor, Denise Harlan of the firm Harlan & Webb, testified that the county had gone 11 years without a full review of the fund. "Nobody was checking," she told the jury. "Not once."

Vance's sentencing is set for Feb. 12. Federal guidelines could recommend 10 to 12 years, legal experts said."""

INTERFAX_PIPELINE = """Russia says gas transit talks stalled, Zhirkov: 'We are not in a hurry'

MOSCOW, Oct 14 (Interfax) - Russia sees no quick breakthrough in talks on resuming gas transit through the Caspian corridor, Deputy Prime Minister Pavel Zhirkov was quoted by Interfax as saying on Tuesday.

"We are not in a hurry. The contract terms must suit us, not only our partners," Zhirkov said on the sidelines of an energy forum in Moscow.

Transit through the corridor stopped in April after the previous five-year contract expired. Before that, about 28 billion cubic metres of gas a year flowed through the route, roughly 15% of Russia's pipeline exports.

Sevgaz chief executive Oleg Tarasenko told state television on Monday that the company was ready to supply "any volumes the market requires" but would not accept a transit fee higher than $2.10 per thousand cubic metres per 100 km.

Kremlin spokesman Yuri Belov said the issue was "a commercial matter" for the companies involved. "The president is informed about the course of the negotiations," Belov told reporters on a conference call.

The transit operator, QazTransit, said in a statement that it had offered a three-year deal at a fee it described as "fully in line with European practice."

In remarks broadcast on state television, Energy Minister Sergei Kovrov said Russia had redirected some 6 billion cubic metres to China this year. "The eastern route is growing faster than anyone expected," he said.

Analysts at Moscow-based Arkada Capital said the halt was costing Sevgaz about 1.5 billion roubles a day in lost revenue. Sevgaz shares fell 2.4% to 131.6 roubles on the Moscow Exchange.

A source familiar with the talks told TASS that the next round was planned for November in Astana, but that "nobody expects miracles."

Sevgaz reported a net loss of 629 billion roubles last year, its first annual loss in more than 20 years, after exports to Europe collapsed. The company has cut investment plans for next year by about a fifth.

Zhirkov, 53, said Russia was also in talks with Turkey on raising flows through the TurkStream pipeline, which carried 15.7 billion cubic metres to Europe last year.

"Turkey is a reliable partner," he said, adding that the two sides had agreed "in principle" on a new price formula.

European gas prices rose on the news. The benchmark Dutch TTF contract for November delivery gained 3.8% to 41.2 euros per megawatt hour, its highest in two months."""

NIGERIA_KIDNAPPING = """Gunmen abduct 23 travellers on Kaduna highway, police say

KADUNA, Nigeria (AFP) - Gunmen abducted at least 23 passengers from two buses on the Kaduna-Abuja highway late on Sunday, police said, the latest in a wave of kidnappings for ransom in northwest Nigeria.

The police spokesperson in Kaduna state, SP Yakubu Garba, said the attackers, numbering about 40 and armed with AK-47 rifles, blocked the road near Katari village at around 8:30 pm.

"Our tactical teams have been deployed and are combing the forest in collaboration with the military," Garba said in a statement on Monday. "We urge the public to remain calm."

Two passengers were shot dead as they tried to flee, and four others were being treated for gunshot wounds at a hospital in Kaduna, he said.

A survivor, Abdullahi Yusuf, 34, told AFP by phone that he hid in a ditch for nearly three hours. "They were shooting in the air and shouting at us to lie down," he said. "I saw them take women and children into the bush."

The kidnappers later contacted relatives and demanded a ransom of 100 million naira (about $65,000) for each passenger, according to a family member who asked not to be named.

Kaduna state governor Musa Danjuma condemned the attack, saying in a post on X that security agencies had been directed to "rescue every victim alive."

Nigeria's military says it has killed more than 1,500 "bandits" in the northwest since January, but attacks continue. The research firm SBM Intelligence recorded 1,130 people kidnapped across the country in the first half of the year, with ransom demands totalling 5 billion naira.

Amina Bello, whose brother was on one of the buses, said the family had sold two plots of land to raise money. "We don't trust the government to bring him back," she said.

Security analyst Bulama Bukarti said the gangs had grown richer and better armed. "Every ransom paid buys more rifles," Bukarti, who studies armed groups in the Sahel, told AFP by phone. "The state is funding its own enemies."

The federal government says paying ransoms is illegal and has proposed jail terms of at least 15 years for anyone who does so, but few families see another choice.

The highway, which links the capital Abuja with Kaduna, about 190 kilometres to the north, has become notorious for attacks, forcing many travellers onto the train service, which itself was attacked in 2022.

Police said 11 suspects had been arrested in connection with earlier attacks on the same stretch of road."""

PHILIPPINE_RICE = """Senator presses for rice import cap as prices climb

MANILA — Senator Raffy Dela Cruz on Wednesday called for a temporary cap on rice imports, saying cheap foreign grain was driving farmers out of business even as retail prices kept climbing.

"Our farmers are selling palay at 17 pesos a kilo and consumers are buying rice at 52 pesos. Somebody in the middle is getting rich," Dela Cruz said in a radio interview with DZBB.

The senator, who chairs the Senate committee on agriculture, said he would file a resolution seeking an inquiry into what he called "cartel-like behavior" among large traders.

The Philippine Statistics Authority said the average retail price of regular-milled rice rose 6.8% in September from a year earlier, to 48.90 pesos per kilo. Rice accounts for nearly 9% of the consumer price basket.

Agriculture Secretary Ramon Villareal Jr. rejected the idea of a cap, telling reporters in Quezon City that the country still produced only about 80% of the rice it consumed.

"If we cut imports now, prices will go up, not down," Villareal said. "We need to raise yields first."

The secretary said the department would distribute 2.5 billion pesos in fuel subsidies and 120,000 bags of certified seeds to farmers before the next planting season.

The Philippines imported a record 4.7 million metric tons of rice last year, making it the world's biggest buyer of the grain, according to the U.S. Department of Agriculture.

Farmers' group Federation of Free Farmers said its members had lost an estimated 30 billion pesos since tariffs on imported rice were cut to 15% from 35% last year.

Teodoro Bautista, the group's national manager, said small farmers with less than two hectares were hit hardest. "Many of them are now planting vegetables or leaving for the city," he said.

"We are not asking for charity. We are asking for a fair price," said Bautista, who has led the federation since 2019.

President Ernesto Salonga is expected to decide on the tariff by the end of the month, Palace Press Officer Mariel Ocampo said at a briefing, adding that "all options are on the table."

The Senate resumes sessions on Nov. 4.

Dela Cruz, a former provincial governor, said he expected at least 12 of the 24 senators to back his resolution. "This is not politics," he said. "This is about whether there will still be Filipino rice farmers in ten years."

The Department of Agriculture did not respond to a request for comment on the resolution."""

MEXICO_WATER = """Mexico City to ration water in 12 boroughs as Cutzamala reservoirs fall

MEXICO CITY (EFE) - Mexico City authorities will cut water supply in 12 of the capital's 16 boroughs from next week as the Cutzamala reservoir system, which supplies about a quarter of the city's water, fell to 28.4% of its capacity, officials said on Thursday.

"We are facing the worst drought in seven decades, and we have to act before the taps run dry," the head of government, Lucía Ferrer, said at a news conference, according to a translation of her remarks.

The cuts will reduce the flow from the system by 1.5 cubic metres per second, affecting about 4.6 million residents, according to the National Water Commission (Conagua).

The president, Elena Carranza, said the federal government would invest 20 billion pesos (about $1.1 billion) in new wells and a pipeline from the Tula valley. "No one will be left without water," she said on Friday at her morning press conference. "That is our commitment."

Ferrer said 1,200 water trucks would supply the worst-hit neighbourhoods, mainly in Iztapalapa, where residents have blocked roads in protest several times this year.

"For three weeks I have carried buckets from the pipa," said María Guadalupe Torres, 47, a street vendor in Iztapalapa, referring to the water trucks. "They say «ration», but here we have been rationed for years."

Conagua director Efraín Robles said that about 40% of the city's drinking water was lost through leaks in its ageing network of some 13,000 kilometres of pipes.

The opposition National Action Party (PAN) accused the city of ignoring warnings. "They knew since 2021," PAN city leader Luis Mendoza wrote in a post on X.

Rainfall in the Valley of Mexico was 35% below average between May and September, the National Meteorological Service said.

Experts at the National Autonomous University of Mexico (UNAM) have warned that the city, built on a drained lake, sinks by up to 40 centimetres a year in some districts because of over-extraction of groundwater.

Carranza's predecessor had promised in 2021 to finish a 5.8-billion-peso aqueduct to the east of the city by the end of his term. The project is about 60% complete, according to Conagua.

"The rains will come back, but the city keeps growing," said hydrologist Ricardo Sánchez of UNAM, who estimates the capital needs 20% more water than it has today.

Ferrer said the cuts would last "at least until the rainy season," which normally begins in June.

City officials said water tariffs would not rise this year."""

FRANCE_FARMERS = """French farmers block Paris ring road with tractors over EU trade deal

PARIS (AFP) - Hundreds of French farmers drove tractors onto the Paris ring road on Monday and blocked several motorways around the capital, stepping up protests against a trade deal between the European Union and South American countries.

Police said around 350 tractors took part, while the FNSEA, France's largest farmers' union, put the number at more than 1,000. Traffic jams stretched for a combined 420 kilometres at the peak of the morning rush hour, according to the traffic monitoring service Sytadin.

"We will stay as long as it takes," FNSEA president Jérôme Vidal told AFP on the A6 motorway south of Paris. "Farmers cannot compete with beef produced with rules that would be illegal here."

The agreement with the Mercosur bloc would allow 99,000 tonnes of South American beef into the EU each year at a reduced tariff of 7.5%. The European Commission says it would save EU exporters 4 billion euros a year in duties.

Agriculture Minister Hélène Marchal, 68, said the government opposed the deal "in its current form" but called on farmers to respect the law. "The right to protest is not the right to block an entire region," she said on France Inter radio.

Interior Minister Patrick Lemoine said 15,000 police and gendarmes had been deployed and that officers had orders to stop tractors from entering the city centre. Twelve people were arrested, the Paris police prefecture said.

The government has already promised 400 million euros in emergency aid and tax relief since January.

The rival Rural Coordination union, which is close to the far right, went further. "Paris sold us to Brazil," its vice-president, Sophie Lenaerts, said in a video posted on its Facebook page.

Farm incomes fell by an average of 12% last year, according to the national statistics office INSEE, and about one in five farmers lives below the poverty line.

Marie Castaing, 41, a cattle farmer from the Corrèze who drove 480 kilometres through the night, said she earned "less than the minimum wage" for 70-hour weeks. "My father did this, my grandfather did this," she said. "I don't know if my children will."

Prime Minister François Delorme is due to meet union leaders on Wednesday.

"We will listen, but we will not reopen the whole deal," Delorme told reporters on Monday evening, adding that "France alone cannot block an agreement signed by 27 countries."

The unions have threatened to return to Paris next week if no agreement is reached."""

UK_RESIGNATION = """Minister quits over housing target: 'I cannot defend this'

LONDON (Reuters) - Britain's housing minister Tom Ashworth resigned on Sunday in protest at the government's decision to scale back its target of building 1.5 million homes, dealing a blow to Prime Minister Helen Carrick days before the budget.

In a letter to the prime minister, Ashworth, 47, wrote: "I came into politics to get homes built. I cannot defend a policy that will leave another generation renting into their forties."

He added that cutting the target to 1.1 million homes by the end of the parliament was "a retreat dressed up as realism."

A Downing Street spokesperson said the prime minister was "disappointed" but remained "fully committed to the biggest building programme in a generation."

"Tom has been a brilliant minister and we thank him for his service," the spokesperson said.

At least 18 Labour MPs have publicly criticised the revised target, and some said privately that more resignations could follow. One backbench MP, who asked not to be named, told Reuters that the mood in the party was "grim."

Official figures published last week showed 198,000 net additional homes were completed in England in the year to March, down 6% from a year earlier and well short of the roughly 300,000 a year the original target required.

The Home Builders Federation said planning delays and a shortage of bricklayers were holding back construction. Its chief executive, Neil Hartigan, said: "Without a serious skills plan, any target is a number on a press release."

Opposition leader Graham Whitlow said on social media that the resignation showed a government "in chaos". The Liberal Democrats called for a statement in parliament on Monday.

"It is a principled decision and I respect it," said Angela Rayner-Holt, who chairs the housing select committee and had pushed for the original target. She said the committee would call the new minister to give evidence "at the earliest opportunity."

Housing charity Shelter said 123,000 households in England were living in temporary accommodation, a record.

Sterling was little changed at $1.2712 in early Asian trading. Shares in housebuilder Ravensworth Homes fell 3.1% in after-hours dealing.

Ashworth had been housing minister for 14 months.

Polls put Labour on about 22%, level with Reform UK and down from 34% at the election.

Ashworth, MP for Stockport North since 2019, is to be replaced by junior minister Priya Nandy, Downing Street said late on Sunday."""

QUAKE_TURKEY = """Magnitude 6.8 earthquake kills at least 74 in eastern Anatolia

ANKARA (Reuters) - A magnitude 6.8 earthquake struck eastern Turkey early on Friday, killing at least 74 people and injuring more than 1,200, the country's disaster agency AFAD said, as rescuers searched collapsed buildings in freezing temperatures.

The quake hit at 4:17 a.m. local time (0117 GMT) at a depth of 10 km, with its epicentre near the town of Karlıova in Bingöl province, according to the European-Mediterranean Seismological Centre. The U.S. Geological Survey put its magnitude at 6.7.

AFAD said 312 buildings had collapsed and more than 40 aftershocks had been recorded, the strongest of magnitude 5.4. The health ministry gave a higher toll of 81 dead in a statement later on Friday, saying some victims had died in hospital.

"The search and rescue work continues in 27 locations. We will not stop until we reach every citizen under the rubble," Interior Minister Mehmet Arslan wrote in a post on X.

More than 4,500 rescue workers, including teams from neighbouring provinces, had been sent to the region, he said.

Vice President Cemal Toprak, speaking in Ankara, said the state would rebuild every destroyed home within a year. "No one will be left in the cold," he said.

In Karlıova, where temperatures fell to minus 9 degrees Celsius overnight, survivors huddled around fires in the streets.

"My mother and my sister are still inside," said Serkan Demir, 29, standing by the ruins of a four-storey building. "We heard my sister's voice at dawn. Since then, nothing."

Turkey sits on major fault lines. An earthquake of magnitude 7.8 and a strong aftershock in February 2023 killed more than 53,000 people in the country's south.

Hasan Yildiz, a geophysicist at Istanbul's Kandilli Observatory, said the fault that ruptured had been "quiet for at least 150 years." He told Reuters by phone that aftershocks of magnitude 6 could not be ruled out in the coming days.

The Turkish Red Crescent said it had sent 2,000 tents and 10,000 blankets. Kerem Ozturk, its president, told broadcaster NTV that the priority was "shelter, heating, and hot food."

Schools in Bingöl and three neighbouring provinces will stay closed for a week, the education ministry said.

The World Bank estimated the direct damage from the 2023 disaster at $34.2 billion, about 4% of Turkey's economic output that year.

The Turkish Medical Association said the government had failed to enforce building codes since 2023, a charge Environment Minister Murat Sezer dismissed as "baseless.\""""

CRYPTO_SLUMP = """Bitcoin tumbles below $60,000 as traders flee risky assets

NEW YORK (Bloomberg) -- Bitcoin fell as much as 8% on Monday to drop below $60,000 for the first time since February, as a broad selloff in technology stocks pushed investors out of speculative assets.

The largest cryptocurrency slid to $58,420 in New York trading before paring losses to trade at $59,870 by 2 p.m. It has lost about 21% since hitting a record of $75,900 in early June.

The total market value of all cryptocurrencies dropped by about $210 billion over 24 hours to $2.1 trillion, according to data from CoinGecko. Ether, the second-largest token, sank as much as 11% to $2,710.

"This is a classic leverage flush," said Katrin Sommer, head of research at digital asset firm Kestrel Markets in Zurich. "People borrowed to buy the top, and now they are being forced to sell."

Sommer, who has covered the market since 2017, said the selling was concentrated in U.S. hours.

More than $1.1 billion of leveraged crypto positions were liquidated in the past day, most of them bets on rising prices, according to tracker CoinGlass.

Among the hardest hit was a single trader on the Hyperion exchange who lost a $96 million long position on ether, the exchange said in a post on X. "Risk management is not optional," it wrote.

U.S.-listed bitcoin exchange-traded funds recorded net outflows of $435 million on Friday, their fifth straight day of withdrawals, data compiled by Bloomberg show.

Shares of crypto exchange Coinvault Inc. fell 9.4% and bitcoin miner Ridgeline Mining Inc. dropped 12%. The Nasdaq 100 index was down 2.7%.

Not everyone was rattled. "We have seen drawdowns of 20% to 30% in every bull market," Michael Novak, chief investment officer at Arcadia Digital, told Bloomberg Television. "Long-term holders are not selling."

Still, some analysts warned the slide could deepen. Halden Bank's head of digital assets research, Geoffrey Lindqvist, said in a note that bitcoin could test $50,000 "if the equity selloff continues."

Bitcoin has still gained about 40% this year, helped by the approval of spot ETFs and the halving in April, which cut the reward for mining new coins to 3.125 bitcoin per block.

"A lot of the froth had to come out," Sommer said. "I would rather see it now than at $100,000."

Bitcoin's 30-day volatility rose to 58%, the highest since March, according to Kaiko."""

UNHCR_SUDAN = """UNHCR: more than 1.2 million people have fled to Chad since war began

GENEVA (Reuters) - More than 1.2 million people have fled from Sudan into neighbouring Chad since war broke out in April last year, the U.N. refugee agency said on Tuesday, warning that its operations there were running out of money.

About 88% of the new arrivals are women and children, UNHCR spokesperson Olga Serrano told a briefing in Geneva. "Many arrive with nothing, after walking for days, and many have seen family members killed," she said.

The agency said it had received only 29% of the $630 million it needs this year for its operations in Chad, forcing it to cut food rations in some camps by half.

Chad, one of the world's poorest countries, already hosted about 400,000 Sudanese refugees before the current conflict. In the eastern border town of Adré, refugees now outnumber local residents by about four to one.

"We are at breaking point," said Dominique Hardy, UNHCR's director of external relations, who visited Adré last week. She said that some 600 people were crossing each day, up from about 250 in June.

The International Organization for Migration estimates that more than 11 million people have been displaced inside Sudan, making it the world's largest displacement crisis.

Médecins Sans Frontières said it had treated 1,380 children for severe malnutrition in its clinic in Adré in September alone. "Children are dying of hunger at a rate we have not seen in years," said MSF's emergency coordinator, Claire Nicolet.

The World Food Programme said in a statement that it needed $150 million over the next six months to keep feeding refugees in eastern Chad. "Without new funding, our pipeline breaks in December," the statement said.

Fatima Adam, 32, who fled El Geneina with her four children, said she had not heard from her husband since June. "We walked for five days. My youngest was sick the whole way," she said, speaking through an interpreter. Her neighbour in the camp, Hawa Ibrahim, said she too had lost touch with relatives. "Every day I ask the new ones if they have seen my brothers," she added.

Sudan's army and the paramilitary Rapid Support Forces have been fighting since April 15, 2023. Estimates of the death toll vary widely; the U.S. envoy for Sudan, Tom Castellan, has said it could be as high as 150,000.

Serrano said UNHCR had relocated about 230,000 refugees from the border to camps further inside Chad but had no money to build more. "We have land. We do not have water points, latrines or schools," she said."""

TENNIS_FINAL = """Marchetti beats Ferrán in Vienna to clinch year-end No. 1

VIENNA (AP) — Luca Marchetti beat Diego Ferrán 6-4, 7-6 (5) on Sunday to win the Vienna Open and secure the year-end No. 1 ranking for the second straight season.

The 24-year-old Italian saved all five break points he faced and hit 14 aces, finishing the match in 1 hour, 52 minutes. It was his eighth title of the year and the 27th of his career.

"I think today I served as well as I have all year," Marchetti said. "Against Diego, you need that, because he doesn't give you anything from the baseline."

Ferrán, 22, broke back early in the second set but could not convert a set point at 5-4. In the tiebreaker, Marchetti won four straight points from 3-5 down.

"When you are 3-5 in a tiebreak against him, you just hit and hope," Marchetti said later, laughing. "Today it worked."

"He was better in the important moments," Ferrán said. "That's the difference at this level, two or three points."

Marchetti has now won 58 matches this season against nine losses and leads Ferrán by 1,890 points in the ATP rankings. He earned 500 ranking points and a winner's check of 485,000 euros ($525,000).

The two have split their 14 meetings, with Ferrán winning the last one, in the Wimbledon semifinal in July.

Marchetti's coach, Darren Holt, said the Italian had been troubled by a hip problem during the week. "He told me on Thursday it was about 80 per cent," Holt said. "You wouldn't have known it."

Crowds of more than 10,000 filled the Wiener Stadthalle, which sold out in under two hours when tickets went on sale in June.

Marchetti, who spent 47 weeks at No. 1 last year, heads next to the ATP Finals in Turin, where he is the defending champion. Ferrán said he would "rest a few days and then think about Turin."

"I'm tired, honestly," he said. "But it's a good tired."

Marchetti, ranked No. 1 since June, reached 11,830 ranking points with the win.

Ferrán, who turned professional at 15, is third in the race to Turin behind Marchetti and Germany's Tobias Reiner, 28. He has lost 12 matches this season, his most since 2021, and said his left wrist had been "bothering me since Shanghai."

"I need to be honest with myself," he said.

In the doubles final, Austrian pair Felix Gruber and Lukas Steiner beat Britain's Neal Ashby and New Zealand's Michael Hart 7-5, 6-7 (3), 10-8."""

#: The fifth batch, written independently of the first four: name -> whole text.
FIFTH_BATCH: dict[str, str] = {
    "nhc-hurricane": NHC_HURRICANE,
    "jury-verdict": JURY_VERDICT,
    "interfax-pipeline": INTERFAX_PIPELINE,
    "nigeria-kidnapping": NIGERIA_KIDNAPPING,
    "philippine-rice": PHILIPPINE_RICE,
    "mexico-water": MEXICO_WATER,
    "france-farmers": FRANCE_FARMERS,
    "uk-resignation": UK_RESIGNATION,
    "quake-turkey": QUAKE_TURKEY,
    "crypto-slump": CRYPTO_SLUMP,
    "unhcr-sudan": UNHCR_SUDAN,
    "tennis-final": TENNIS_FINAL,
}

PTI_ELECTION = """Vikas Morcha sweeps Dakshinpur polls with 142 of 230 seats; CM says 'people have chosen stability'

Bhavnagar, Dec 3 (PTI) The ruling Vikas Morcha on Tuesday retained power in Dakshinpur, winning 142 of the 230 Assembly seats, while the opposition Lok Ekta Party was reduced to 61, according to results declared by the Election Commission.

The turnout in the three-phase election was 71.4 per cent, the highest in the state's history, the commission said. Around 3.2 crore voters were eligible to cast their ballots at 48,500 polling stations.

"The people have chosen stability over slogans. This mandate is for the farmers and the youth of Dakshinpur," Chief Minister Raghavendra Kulkarni told a news conference at the party headquarters.

The Chief Minister said the new government would be sworn in on Saturday and that his first decision would be to waive crop loans of up to Rs 2 lakh. "We made a promise and we will keep it," he added.

The Vikas Morcha's vote share rose to 46.8 per cent from 41.2 per cent in the last election, while the Lok Ekta Party polled 33.5 per cent.

Opposition leader Sunanda Pawar conceded defeat but accused the ruling party of "misusing state machinery" during the campaign. "We accept the verdict with humility," she said in a post on X. "But the fight for jobs does not end today."

Independents and smaller parties won the remaining 27 seats. Five ministers in the outgoing cabinet lost their seats, including Finance Minister Anil Deshmane, who was defeated by 4,312 votes in Rajgarh.

"It is a personal loss, not a political one," Deshmane told reporters outside the counting centre. "I will sit in the opposition benches if I have to."

Political analyst Meera Iyer said the result showed that welfare schemes had outweighed anger over unemployment, which stands at about 8 per cent in the state according to government data.

Counting began at 8 am on Tuesday and the first trends showed the ruling party ahead in nearly 90 seats within two hours, officials said. Police had deployed about 25,000 personnel across the state's 36 districts.

The Lok Ekta Party's state president, Vinod Shetty, resigned on Tuesday evening, taking "full moral responsibility" for the defeat. Party workers outside his residence in Bhavnagar shouted slogans against the central leadership.

The Election Commission said 1,146 candidates had contested the polls, of whom 74 were women. Twenty-three women won, up from 17 in the outgoing Assembly, it said."""

DAWN_FLOODS = """Floods kill 87 in Sindh as NDMA warns of more rain

KARACHI: At least 87 people have been killed and more than 300 injured in floods across Sindh since Friday, the National Disaster Management Authority (NDMA) said on Monday, as forecasters warned of more heavy rain this week.

In its daily situation report, the NDMA said 34 of the dead were children and that nearly 12,000 houses had been damaged or destroyed. The provincial disaster authority, however, put the toll at 102, saying its figures included people missing for more than 48 hours.

"The water has not receded in several districts, and we are moving tents and food by boat," NDMA spokesman Brig Imran Shafiq told a news conference in Islamabad. "Our priority is Dadu and Jacobabad."

Provincial Chief Minister Asad Memon announced compensation of one million rupees for the family of each person killed and said the government had released Rs5 billion for relief. "No family will be left on its own," he said.

According to the Pakistan Meteorological Department, Larkana received 210 millimetres of rain in 24 hours on Sunday, the highest since 2022. The department said another spell of "heavy to very heavy" rainfall was expected from Wednesday.

Residents of the village of Khairpur Nathan Shah said the water rose within minutes. "We had no time to take anything. My cattle drowned in front of my eyes," said Ghulam Rasool, 52, a farmer who spent the night on the roof of a school.

The floods have washed away about 650,000 acres of standing crops, mainly cotton and rice, according to an initial estimate by the Sindh agriculture department.

Prime Minister Shahbaz Khan, who flew over the affected areas, said in a statement that the federal government would provide "every possible help". The United Nations said it was ready to support the government's response.

Health officials said cases of diarrhoea and skin infections had risen sharply in relief camps, where some 45,000 people have taken shelter.

"We have 40 doctors for more than 20 camps," said Dr Sadia Baloch, a health official in Dadu district. "We need at least twice as many, and we need them now."

In 2022, floods that submerged a third of the country killed more than 1,700 people and caused damage estimated at $30 billion, according to a joint assessment by the government, the World Bank and the United Nations.

— APP"""

NEWS24_POWER = """Eskom moves to stage 6 load shedding as six generating units fail

By Thandiwe Mokoena | News24

Eskom will implement stage 6 load shedding from 16:00 on Thursday until further notice after six generating units broke down overnight, the power utility said in a statement on Thursday.

The breakdowns took about 3,400 megawatts off the grid, bringing unplanned outages to 17,850MW, Eskom said. Stage 6 means households can be without power for up to 10 hours a day.

"We regret having to escalate load shedding at such short notice. Teams are working around the clock to return the units to service," Eskom spokesperson Daphne Mahlangu said.

Electricity Minister Sipho Ndaba told a news conference in Pretoria that the situation was "serious but under control". He said two units at the Kusile power station were expected back by the weekend.

"We are not going back to the dark days of 2023," Ndaba said. "The plan is working, but old plants break."

Business groups warned that the cuts would hurt an economy that grew just 0.6% last year. According to the Minerals Council, each stage of load shedding costs the mining sector about R500 million a month.

The rand weakened 1.1% to R18.92 against the dollar by mid-afternoon, while shares in food retailers fell on the JSE.

"Every hour without power is an hour without sales," said Nomsa Khumalo, chief economist at the Johannesburg Chamber of Commerce. "Small businesses cannot afford diesel generators."

Khumalo said diesel prices had risen by R1.50 a litre this month. She added that some bakeries in Soweto had cut their staff's hours by a third.

Eskom has spent more than R14 billion on diesel for its open-cycle gas turbines this financial year, according to its latest quarterly report.

Load shedding was last implemented at stage 6 in March, when the utility blamed heavy rain for wet coal at several power stations.

The Democratic Alliance, the largest party in the government of national unity after the ANC, said it would ask Parliament's portfolio committee on electricity to summon Eskom's board. "South Africans deserve to know why the maintenance plan failed," the party's energy spokesperson, Kevin Mileham, said.

Eskom said it would publish an updated schedule on its website and urged customers to reduce their use between 17:00 and 21:00, when demand peaks at around 30,000MW."""

ANADOLU_INFLATION = """Türkiye's annual inflation slows to 38.2% in October

ANKARA (AA) - Türkiye's annual consumer inflation slowed to 38.2% in October from 41.5% in September, the Turkish Statistical Institute (TurkStat) said on Monday.

Monthly, consumer prices rose 2.6%, slightly above the 2.4% expected by economists in an Anadolu survey, the institute's data showed.

The highest annual increase was in education, at 89.7% year-on-year, followed by housing at 61.3%. Food prices, which make up about a quarter of the basket, rose 33.9%.

Treasury and Finance Minister Kemal Yavuz said in a post on X that disinflation would continue. "The decline in annual inflation will become more visible in the coming months," he wrote.

The Central Bank of the Republic of Türkiye (CBRT), which has held its policy rate at 46% since July, expects inflation to end the year at 36% and to fall to 21% by the end of next year.

Central bank Governor Hakan Ersoy told a meeting of bankers in Istanbul that tight policy would be kept "as long as necessary".

"We will not take our foot off the brake until we see a permanent improvement in the underlying trend," Ersoy said. "Price stability is not negotiable."

The producer price index rose 29.4% year-on-year, according to TurkStat.

The Turkish lira traded at 34.25 per US dollar after the data, little changed on the day. The currency has lost about 14% of its value against the dollar since the start of the year.

"October's figure confirms a slow but steady path," said Ayse Korkmaz, chief economist at Bosphorus Securities. "We expect the first rate cut in December, of 250 basis points."

The Istanbul Chamber of Commerce said retail prices in Istanbul rose 3.1% in October, and 40.2% on an annual basis.

The main opposition Republican People's Party (CHP) disputed the official figures. Its deputy chairman, Ali Riza Tekin, told reporters in parliament that the real rate of inflation felt by households was "at least twice" what TurkStat announced.

The Inflation Research Group (ENAG), an independent group of economists, put annual inflation in October at 84.6%. TurkStat has rejected the group's methods as unscientific.

The minimum wage, which about 7 million workers earn, was last raised by 49% in January to 17,002 lira a month after tax."""

AIRLINE_RESULTS = """Northwind Airways swings to profit on record summer travel; shares jump 9%

Northwind Airways on Thursday reported a third-quarter profit that beat Wall Street estimates, as record summer demand and lower fuel costs lifted fares on its transatlantic routes.

The Dallas-based carrier posted net income of $412 million, or $1.86 per share, for the quarter ended Sept. 30, compared with a loss of $58 million, or 26 cents a share, a year earlier. Analysts polled by LSEG had expected earnings of $1.52 per share.

Revenue rose 11% to $6.9 billion. Northwind flew 21.4 million passengers in the quarter, and its planes were 88.6% full on average.

"This was the best summer in our 40-year history," Chief Executive Officer Marisa Kent told analysts on a call. "People are still choosing travel over almost anything else.

"We see no sign of that changing in the bookings for the holidays."

The chief executive said the airline would take delivery of 14 new Airbus A321neo jets next year and would add flights to Lisbon and Athens.

Northwind raised its full-year earnings forecast to between $4.10 and $4.40 a share, from a previous range of $3.60 to $4.00. It expects fourth-quarter capacity to grow 6% to 8%.

Fuel, the airline's second-largest expense, cost an average of $2.48 a gallon, down 14% from a year ago.

"The guidance raise is the surprise here," said Owen Hartley, an airline analyst at Cobalt Research. "Nobody expected them to lift the top end this far."

Chief Financial Officer Raj Menon said Northwind would use part of its $3.2 billion in cash to repay debt. "We want a balance sheet that can take a shock," he said.

The company also said it had reached a tentative agreement with its 9,800 flight attendants, who are represented by the Association of Flight Attendants, on a four-year contract including pay rises of 18% in the first year.

Shares of Northwind rose 9.2% to $47.35 in afternoon trading in New York.

The union said in a statement that members would vote on the deal by Nov. 20. "This contract finally pays flight attendants for the time they spend boarding passengers," said Lauren Diaz, president of the union's Northwind council.

Northwind's shares had fallen about 12% this year before Thursday's report, lagging rivals, as investors worried about the cost of delayed aircraft deliveries and a pilot shortage."""

DPA_KARLSRUHE = """Karlsruhe court strikes down data retention law: „Disproportionate interference“

KARLSRUHE (dpa) - Germany's Federal Constitutional Court has struck down a law requiring telecoms companies to store customers' location data for three months, ruling that it violated the right to privacy.

The law was „a disproportionate interference with the secrecy of telecommunications“, the court in Karlsruhe said on Wednesday in its ruling, which was passed by six votes to two.

The law, passed in 2023, obliged providers to keep records of the location of every mobile phone for 12 weeks. Around 62 million mobile phone contracts were affected, according to the industry association Bitkom.

The complaint had been filed by three civil liberties groups and more than 4,000 individual plaintiffs. Their lawyer, Katrin Albers, spoke of „a great day for the constitution“.

„The state cannot treat every citizen as a suspect“, Albers told journalists outside the court. „This ruling makes that clear once and for all.“

Interior Minister Jens Rohwedder said the government would study the judgement carefully. „We respect the court’s decision“, he said in Berlin, „but the police need tools to fight serious crime.“

The court gave the government until the end of June next year to pass a new law. It said data could still be stored in individual cases on the order of a judge.

According to the Federal Criminal Police Office (BKA), location data helped solve around 1,200 serious crimes last year.

Bitkom said its members had spent about 260 million euros to build the storage systems. „That money is now lost“, Bitkom managing director Bernhard Rohleder said.

The opposition Greens welcomed the ruling. Their legal spokeswoman, Lena Vogt, called on the government „not to try again by the back door“.

It is the third time that the Constitutional Court has struck down a law on data retention. In 2010, judges declared the first version void; in 2019 the European Court of Justice ruled that blanket storage of data was incompatible with EU law.

The Federal Association of German Criminal Investigators (BDK) criticised the ruling. Its chairman, Dirk Peglow, said investigators would now „go blind“ in many cases of child abuse online. Police had requested location data in about 18,000 investigations in 2024, he said."""

FDA_TRIAL = """Experimental pill cuts heart attack risk by a third in large trial, drugmaker says

An experimental daily pill from Calder Therapeutics lowered the risk of heart attack, stroke or death from heart disease by 33% in a late-stage trial of more than 14,000 patients, the company said on Monday.

The drug, called velorastat, cut levels of LDL, or "bad" cholesterol, by an average of 58% after a year, compared with 4% for patients given a placebo, according to results presented at the American Heart Association meeting in Chicago.

About one in three patients in the trial had already had a heart attack. Over a median of 3.4 years, 7.1% of those taking velorastat had a major cardiac event, compared with 10.6% on placebo.

"These are the kind of numbers we usually only see with injections," said Dr. Helen Marsh, a cardiologist at Boston General Hospital who led the study. "A pill changes who can be treated."

Calder said it would ask the Food and Drug Administration for approval by the end of March. The FDA typically takes 10 to 12 months to review a new drug application.

Side effects were mostly mild. Around 2% of patients stopped taking the drug because of muscle pain, roughly the same share as on placebo, Marsh said. She added that liver problems had been "very rare".

Not everyone was convinced. Dr. Samuel Okoye, a cardiologist at the University of Leeds who was not involved in the trial, said the results were "impressive but not yet the full picture."

"We need to know what happens after five or ten years, and we need to know the price," Okoye said.

Calder has not said how much the pill would cost. Analysts at Hollis & Grant estimate annual sales could reach $6 billion by 2031.

"We intend to price it so that it is accessible," Calder Chief Executive Paul Brenner said in a statement. "A medicine nobody can afford helps nobody."

Shares of Calder rose 21% to $88.40 in premarket trading. Heart disease kills about 700,000 Americans each year, according to the Centers for Disease Control and Prevention.

Statins, the most widely used cholesterol drugs, are taken by about 40 million adults in the United States, but studies suggest up to one in five patients stop taking them within a year because of side effects."""

CLIMATE_SUMMIT = """Rich nations pledge $48 billion for adaptation as Nairobi climate talks overrun

NAIROBI, Nov 22 (Reuters) - Wealthy countries pledged $48 billion on Saturday to help poorer nations adapt to a warming world, as the U.N. climate summit in Nairobi ran into an extra day with negotiators still split over phasing out fossil fuels.

The pledges, announced by the summit's president, Kenyan Environment Minister Grace Wanjiru, fell short of the $100 billion a year that a group of 134 developing countries had demanded.

"This is not the end of the road, it is a down payment," Wanjiru told delegates in the plenary hall. "We will be back next year to ask for more."

The European Union said it would provide 18 billion euros ($19.5 billion) over five years, while Japan pledged $6 billion and Britain £3 billion.

"We have heard the call from the most vulnerable countries," EU climate commissioner Anders Holm said. "Europe is answering it."

But delegates from small island states said the money was far from enough. "Our islands are going under water while we argue about commas," said Tevita Fifita, Tonga's lead negotiator. "1.5C is not a slogan for us. It is survival."

Scientists say the world has already warmed by about 1.3C since pre-industrial times. Global emissions rose 1.1% last year to a record 37.8 billion tonnes of carbon dioxide, according to the Global Carbon Project.

A draft text circulated early on Saturday called for a "transition away from unabated coal" but dropped an earlier reference to oil and gas. Saudi Arabia and Russia had objected to the wording, two negotiators said.

"A deal that does not mention oil and gas is not a climate deal," said Maria Lindqvist of the Climate Action Network. Brazil's negotiator Paulo Ribeiro disagreed: "Some text is better than no text."

More than 40,000 people registered to attend the two-week summit, the U.N. said.

U.N. Secretary-General António Guterres, who returned to Nairobi on Saturday, urged ministers to "close the gap, not widen it." He told reporters that the pledges were "welcome but a fraction of what is needed."

An analysis by the Overseas Development Institute found that developing countries will need between $215 billion and $387 billion a year by 2030 to adapt to climate change.

Reporting by David Mwangi and Sophie Clarke; Editing by Alex Richardson"""

XINHUA_DATA = """China's industrial output grows 5.8 pct in August

BEIJING, Sept. 15 (Xinhua) -- China's value-added industrial output rose 5.8 percent year-on-year in August, up from 5.1 percent in July, data from the National Bureau of Statistics (NBS) showed Monday.

Retail sales of consumer goods, a key indicator of consumption, reached 3.87 trillion yuan (about 543 billion U.S. dollars) last month, up 4.2 percent year-on-year, the NBS said.

In the first eight months, fixed-asset investment grew 3.6 percent from a year earlier to 32.9 trillion yuan, while investment in high-tech industries jumped 10.4 percent.

"The national economy maintained a stable recovery in August, with production and demand both improving," NBS spokesperson Liu Aihua told a press conference.

Liu said the surveyed urban unemployment rate stood at 5.1 percent in August, down 0.1 percentage points from July. The jobless rate for people aged 16 to 24, excluding students, was 17.3 percent, the bureau said.

Output of new energy vehicles rose 31.2 percent year-on-year to 1.02 million units, and output of integrated circuits grew 18.5 percent, according to the NBS.

Property investment, however, fell 10.2 percent in the first eight months. Sales of new homes by floor area dropped 18 percent to 617 million square meters.

"The real estate sector is still in a period of adjustment, but the pace of decline is narrowing," Liu said.

Wen Bin, chief economist at China Minsheng Bank, said the data showed the economy was on track to meet the annual growth target of around 5 percent. He said further policy support for consumption was "likely and necessary."

China's economy grew 5.2 percent year-on-year in the first half of the year, official data showed.

Exports rose 8.7 percent in U.S. dollar terms in August, beating expectations, while imports edged up 0.5 percent, customs data released last week showed. The trade surplus widened to 91 billion dollars.

The People's Bank of China has cut its seven-day reverse repo rate by 10 basis points this year to 1.7 percent, and analysts expect further easing before the end of the year. Zhang Ming, a researcher at the Chinese Academy of Social Sciences, said the central bank still had "ample room" to act."""

RANSOMWARE = """Ransomware attack shuts down Westmoor hospitals; hackers demand $8m

By Rachel Doyle, Technology reporter

A ransomware attack has forced three hospitals in the Westmoor health trust to cancel operations and divert ambulances, with hackers demanding a ransom of $8m (£6.3m) in bitcoin.

The trust said in a statement on Tuesday that it had been hit by a "serious cyber incident" on Sunday night, which locked staff out of patient records and blood test systems.

More than 1,100 planned operations and 3,400 outpatient appointments have been cancelled so far, the BBC understands.

A criminal group calling itself ShadowVault claimed responsibility in a post on its dark web site, saying it had stolen 400 gigabytes of data, including patient details.

"We will not pay a ransom to criminals," the trust's chief executive, Dr Fiona Gallagher, told staff in an email seen by the BBC. "Our priority is to keep patients safe."

The chief executive said it could take "several weeks" before systems were fully restored.

The National Cyber Security Centre (NCSC) said it was working with the trust to understand the impact. "This is a reminder that the health sector is a prime target," said Ollie Whitmore, the NCSC's director of operations.

One patient, Margaret Lowe, 71, said her cancer surgery had been postponed for the second time. "They rang me an hour before I was due to leave home," she said. "I just sat down and cried."

According to cyber security firm Redline Labs, ransomware groups extorted about $1.1bn from victims worldwide last year, and roughly one in four attacks hit healthcare providers.

"Hospitals pay because lives are at stake, and the gangs know it," said Priya Nair, a researcher at Redline Labs.

Health Secretary Tom Ashby said the government would give the trust "whatever support it needs". Police said no arrests had been made.

It is the second major attack on the NHS in two years. In 2024, an attack on a pathology provider disrupted more than 10,000 appointments at hospitals in south-east London.

Patients have been told to attend appointments unless contacted, and to use NHS 111 online for urgent advice. The trust said its A&E departments remained open but that waits of up to 12 hours were likely."""

PTI_CRICKET = """Rana's 6-wicket haul gives India 143-run win over Australia in Perth Test

Perth, Nov 25 (PTI) Pacer Harshit Rana picked up six wickets for 42 runs as India crushed Australia by 143 runs on the fourth day of the first Test at Optus Stadium here on Monday to take a 1-0 lead in the five-match series.

Set a target of 376, Australia were bowled out for 232 in 71.3 overs shortly after tea. Travis Head top-scored with 89 off 101 balls, hitting 11 fours and two sixes.

"I just wanted to hit the deck hard and let the pitch do the rest," Rana, 22, said at the post-match presentation. "The seniors told me to be patient."

Earlier, opener Yashasvi Jaiswal scored 161 in India's second innings of 487 for six declared, his fourth Test hundred. He shared a partnership of 201 for the first wicket with KL Rahul, who made 77.

Captain Jasprit Bumrah, who took eight wickets in the match, praised his young bowlers. "To come here and win after being bowled out for 150 in the first innings says a lot about this group," he told reporters.

Bumrah added: "We are not getting carried away. There are four more Tests to go."

Australian captain Pat Cummins admitted his side had been outplayed. "They bowled better than us and batted better than us," he said. "It's as simple as that."

It was Australia's first defeat in a Test at Optus Stadium, where they had won all four previous matches. The crowd of 31,302 on Saturday was a record for a Test at the ground, according to Cricket Australia.

The second Test, a day-night match with the pink ball, begins in Adelaide on December 6.

India need to win at least four of their remaining six Tests to reach the World Test Championship final without depending on other results, according to PTI calculations.

Rana, playing only his second Test, became the youngest Indian pacer to take a five-wicket haul in Australia since 1992. He was bought for Rs 4 crore at the Indian Premier League auction last year.

Head, who was dropped on 12 by Rahul at slip, said Australia would regroup. "We have been here before," he said. "We know how to come back in a series."

The teams have a nine-day break before the second Test."""

NOS_HEIST = """Thieves steal jewels worth 'tens of millions' from Drents Museum in night raid

ASSEN (ANP) - Thieves blew open the door of the Drents Museum in Assen early on Saturday and stole four pieces of ancient gold jewellery, including a helmet more than 2,500 years old, police said.

The explosion was reported at around 3.45 am. Officers arriving within minutes found the door destroyed and the thieves gone, a police spokesman said. A burnt-out car was found about two kilometres away.

The stolen objects were on loan from the National History Museum of Romania in Bucharest for an exhibition on the Dacians, which had drawn about 50,000 visitors since July.

"This is a dark day for the museum and for the Netherlands," museum director Harry Tupan told a news conference on Saturday afternoon. "These objects are part of the heritage of another country, and they were entrusted to us."

Tupan declined to say what the jewellery was insured for but said its value was "tens of millions of euros". The Romanian culture ministry said the helmet alone was insured for 4.3 million euros.

"The thieves knew exactly what they were looking for," said Arthur Brand, an art crime investigator based in Amsterdam. "Gold like this is often melted down within days, and then it is lost for ever."

Police said they were looking for at least three suspects and appealed for witnesses and dashcam footage. "We are using every means we have," said Bert Visser, a spokesman for the Drenthe police.

Romanian Culture Minister Natalia Intotero wrote in a post on Facebook that Bucharest would demand "the full truth" from the Dutch authorities.

The Netherlands has been hit by several art thefts in recent years. In 2020, a Van Gogh painting worth an estimated 6 million euros was stolen from a museum near Amsterdam; it was recovered three years later.

The Drents Museum said it would stay closed until further notice. About 120 items from the exhibition remained in the building.

The Dacian collection, which includes 50 gold bracelets and the Cotofenesti helmet, had been insured for a total of about 5.8 million euros, according to the Romanian newspaper Adevarul. The exhibition was due to end on Sunday."""

SIXTH_BATCH: dict[str, str] = {
    "pti-election": PTI_ELECTION,
    "dawn-floods": DAWN_FLOODS,
    "news24-power": NEWS24_POWER,
    "anadolu-inflation": ANADOLU_INFLATION,
    "airline-results": AIRLINE_RESULTS,
    "dpa-karlsruhe": DPA_KARLSRUHE,
    "fda-trial": FDA_TRIAL,
    "climate-summit": CLIMATE_SUMMIT,
    "xinhua-data": XINHUA_DATA,
    "ransomware": RANSOMWARE,
    "pti-cricket": PTI_CRICKET,
    "nos-heist": NOS_HEIST,
}


REUTERS_MINE = """Rescuers search for trapped miners after tunnel collapse at Chilean state copper mine

SANTIAGO, March 11 (Reuters) - Rescuers in northern Chile were searching on Tuesday for seven workers trapped after a tunnel collapsed at the El Tesoro underground copper mine run by state-owned Codelsa, the company said.

The collapse happened late on Monday about 900 metres below the surface, Codelsa said in a statement on Tuesday, adding that 23 other workers in the section were evacuated unharmed.

"Our absolute priority is to reach our colleagues and bring them home alive," Codelsa chief executive Ruben Aravena told a news conference at the site.

According to the National Geology and Mining Service, the mine had been cited for ventilation failures twice in the last 18 months. The regulator ordered all work at El Tesoro to stop.

Mining Minister Aurora Vidal said rescuers had drilled a 12-metre shaft toward the chamber where the workers were believed to be. "We have not lost hope," she said. "But every hour counts."

El Tesoro produced about 180,000 tonnes of copper last year, roughly 11% of the company's output. Copper rose 1.4% to $9,850 a tonne on the London Metal Exchange on news of the stoppage.

The Federation of Codelsa Workers said safety had been "sacrificed for tonnage" and called a strike at two other mines.

"We warned management in January that the supports in that tunnel were cracking," said Pedro Quilodran, a spokesman for the federation. "Nobody listened."

The chief executive rejected the claim. "Every report we received was acted on," he said.

The accident is the worst at a Codelsa site since 2019, when three workers died in a flood at the Salvador mine."""

WAM_BUDGET = """UAE approves record federal budget with focus on housing and schools

ABU DHABI, 8th October, 2025 (WAM) -- The UAE Cabinet on Tuesday approved a federal budget of AED71.5 billion for 2026, the largest in the country's history, the Emirates News Agency (WAM) reported.

About 39 percent of the budget, or AED27.9 billion, is allocated to social development and benefits, while 3.5 percent goes to federal infrastructure projects, according to the Ministry of Finance.

Education will receive AED10.9 billion, and health and community protection AED5.7 billion, the ministry said in a statement.

"The budget reflects our commitment to the wellbeing of citizens and to a diversified economy," Younis Al Khoori, Under-Secretary of the Ministry of Finance, told a news conference in Abu Dhabi.

He added that spending would be financed without new borrowing. "We expect a balanced budget for the third consecutive year," he said.

The Sheikh Zayed Housing Programme will get AED2.4 billion to build some 4,000 homes for Emirati families, the statement said.

In neighbouring Saudi Arabia, the Saudi Press Agency (SPA) reported last week that the kingdom expects spending of 1.31 trillion riyals next year and a deficit of about 165 billion riyals, or 3.3% of gross domestic product.

Economists said the UAE's fiscal position remained among the strongest in the region. "Oil revenue is only part of the story now," said Maryam Haddad, chief economist at Gulf Horizon Bank. "Non-oil activity is doing the heavy lifting."

The International Monetary Fund forecasts the UAE economy will grow 5.1% next year, up from 4% this year."""

NATION_IEBC = """Opposition rejects Kakamega by-election result, alleges 'doctored forms'

By Brian Otieno | Nation

The opposition on Monday rejected the result of last week's Kakamega Senate by-election, accusing the Independent Electoral and Boundaries Commission (IEBC) of altering tallies in at least 14 polling stations.

The IEBC declared ruling party candidate Grace Wekesa the winner with 112,430 votes against 98,771 for opposition candidate Peter Shikuku. Turnout was 47.2 percent, the commission said.

"What happened in Kakamega was not an election. It was a coronation written in advance," Mr Shikuku told a news conference in Nairobi.

"We have forms from our agents that show different numbers from what was announced at the tallying centre. We will take them to court.

"And we will ask the judges to open the ballot boxes," he said.

IEBC chairperson Erastus Ethekon dismissed the claims. "Every form is available online for anyone to check," he said, adding that the commission had "nothing to hide".

According to the commission, the by-election cost Sh312 million, about Sh45 million more than planned because of a repeat vote in two wards.

Ms Wekesa, who was sworn in on Friday, called for calm. "The campaign is over," she said. "Now we serve."

The opposition has until next month to file a petition at the High Court. "We will file well before the deadline," said Ruth Nyambura, a spokesperson for the opposition coalition.

Police said 11 people were arrested in Mumias after clashes between rival supporters on Sunday night."""

ABC_BUSHFIRE = """Coroner finds 'missed chances' in response to Bellbrook bushfire that killed four

By Sarah Whitfield

The coroner investigating the Bellbrook bushfire has found that fire authorities missed at least three chances to warn residents before the blaze reached the town, ABC News reports.

The fire burnt through more than 42,000 hectares in January 2024, destroyed 186 homes and killed four people, including a volunteer firefighter.

Delivering her findings in Coffs Harbour on Thursday, State Coroner Teresa O'Brien said an emergency warning was issued 47 minutes after the fire crossed the Macleay Valley road.

"Residents of Bellbrook were left to make life-and-death decisions with information that was already out of date," Ms O'Brien said.

"The system worked as designed," she said. "The problem is that it was designed for a different kind of fire."

She made 19 recommendations, including a review of how warnings are sent to areas with poor mobile coverage. About one in four homes in the district has no reliable signal, according to the inquiry.

The NSW Rural Fire Service said it accepted the findings. "We will study every recommendation carefully," RFS Commissioner Trent Curtin said in a statement.

He added: "We owe that to the families."

Lena Marsh, whose father died defending his property, said the findings were "a start, not an end".

"Dad waited for a text that never came," she said outside the court. She added that the family would push for the recommendations to become law.

The state government has set aside $25 million for new warning towers over the next two years."""

KYODO_RECALL = """Tamura Motor to recall 1.2 million vehicles over faulty fuel pumps

TOKYO, May 20 (Kyodo) -- Tamura Motor Corp. said Tuesday it will recall about 1.2 million vehicles worldwide over fuel pumps that may stop working and cause engines to stall.

The recall covers 14 models built between 2019 and 2023, including about 430,000 vehicles in Japan and roughly 520,000 in North America, the automaker said in a filing with the transport ministry.

Tamura said it knew of 62 cases in which engines stalled while driving, but no injuries have been reported.

"We deeply apologize for the great worry and inconvenience caused to our customers," President Kenji Morimoto told a press conference at the company's headquarters in Nagoya, bowing with other executives.

The president said the company expects the recall to cost around 38 billion yen ($245 million), which will be booked in the current business year.

The pumps were supplied by Osaka-based Denkei Co., which said in a statement that it would cooperate fully with the investigation.

According to the Ministry of Land, Infrastructure, Transport and Tourism, recalls in Japan reached 9.8 million vehicles in the year through March, up 12 percent from a year earlier.

Tamura shares fell as much as 3.6 percent in Tokyo on Tuesday before closing down 2.1 percent at 2,845 yen.

"A recall of this size is painful but manageable," said Hiroshi Nakane, an auto analyst at Sakura Securities. "The bigger risk is to the brand."

Tamura posted a net profit of 412 billion yen in the year to March, NHK reported."""

CNBC_LAYOFFS = """Cloudspan to cut 2,400 jobs as it shifts spending to AI

Cloudspan will lay off about 2,400 employees, or roughly 9% of its workforce, as the software company redirects investment toward artificial intelligence, according to a memo seen by CNBC.

Chief executive Dana Whitlock told staff in the memo on Wednesday that the cuts would mostly affect sales and recruiting teams. "These are hard decisions, and they affect people who have done great work," she wrote.

The company, based in Austin, Texas, had about 27,000 employees at the end of last year, according to its annual filing.

Affected workers in the U.S. will receive severance pay and six months of health coverage, the memo said.

Cloudspan expects to record charges of $180 million to $220 million, mostly in the first quarter, it said in a filing with the Securities and Exchange Commission.

"We are not cutting because we are struggling. We are cutting because the market is changing faster than our structure," the chief executive said later on a call with analysts.

Shares of Cloudspan rose 4% in extended trading.

Not everyone was convinced. "Every company says AI now when it means cost cutting," said Priya Raman, an analyst at Fenwick Research.

Former employee Marcus Lee said in a post on X that his whole team of 11 had been let go "in a 10-minute call".

The tech industry has cut more than 150,000 jobs so far this year, according to the tracking site Layoffs.fyi.

Cloudspan reported revenue of $6.8 billion last year, up 14%."""

INPE_AMAZON = """Amazon deforestation falls to lowest level in nine years, Brazil says

BRASILIA (Reuters) - Deforestation in Brazil's Amazon rainforest fell 30.6% in the 12 months through July, to 6,288 square kilometres, the lowest level in nine years, according to data from the national space research agency INPE released on Wednesday.

The area cleared is still about four times the size of the city of Sao Paulo.

"This is the result of a government that decided to enforce the law again," Environment Minister Helena Barros told a news conference in Brasilia. She credited "more inspectors on the ground" and satellite alerts for the drop.

Destruction in the Cerrado savanna, however, rose 3% to 11,011 square kilometres, INPE said, the highest since 2015.

"The Cerrado is paying the price for the Amazon's progress," said Marcio Astrini, executive secretary of the Climate Observatory, a network of environmental groups. "Farmers are simply moving south."

The environmental protection agency Ibama said it had issued fines worth 2.1 billion reais ($380 million) in the period, up 40% from a year earlier, and seized some 8,000 head of cattle raised on illegally cleared land.

Farm lobby leaders dismissed the criticism. The agriculture ministry said "legal, productive farming" should not be confused with illegal clearing.

Brazil has pledged to end illegal deforestation by 2030. Barros said the target was "within reach" if the trend held.

Forest fires, which are often set to clear land, burned about 17.9 million hectares in the Amazon last year, according to the MapBiomas network."""

RTE_HOUSING = """Housing completions fall short of target as rents rise again

Just over 30,300 new homes were completed last year, below the Government's target of 33,450, according to figures from the Central Statistics Office.

The figures show completions fell by 6.7% compared with the previous year, with apartments accounting for about a third of new homes.

Separately, a report from property website Daft.ie found that average rents nationally rose by 5.4% in the final quarter to €2,013 a month. In Dublin, the average rent is now €2,540.

Taoiseach Cathal Dwyer said the figures were "disappointing but not surprising" given the slowdown in construction starts two years ago.

"We are not where we need to be, and I am not going to pretend otherwise," he told reporters at Government Buildings.

Sinn Fein housing spokesperson Eoin O Broin said the Government had "lost control" of the housing crisis. "Every year we hear the same excuses," he said. Minister for Housing James Browne disagreed: "We have more homes under construction now than at any point in 15 years." Mr O Broin replied that "starts are not homes".

The Government has committed €6.8 billion to housing this year, including €1.4 billion for social housing.

Ronan Lyons, an economist at Trinity College Dublin who compiles the Daft.ie report, said supply remained the core problem. "Until we build at least 50,000 homes a year, rents will keep rising," he said.

The number of people in emergency accommodation reached 15,580 in December, the Department of Housing said, including more than 4,600 children."""

WHO_OUTBREAK = """'The next few weeks are critical': WHO warns as mpox cases climb in Kivu

GENEVA (AP) -- The World Health Organization said Friday that a new mpox outbreak in eastern Congo had caused 1,842 suspected cases and 61 deaths since early August, and warned the virus was spreading faster than in previous outbreaks.

About 70% of the cases are in children under 15, according to the WHO's latest situation report. The case fatality rate stands at 3.3%, higher than the 1% to 2% seen in other recent outbreaks.

"The next few weeks are critical," WHO Director-General Tedros Adhanom Ghebreyesus told reporters in Geneva. "If we do not contain it now, we will be fighting it for years."

Only 412 of the suspected cases have been confirmed by laboratory tests, said Dr. Anne Ancia, the WHO's incident manager for the outbreak. "Testing is our blind spot," she said. She added that samples sometimes took two weeks to reach a lab.

Congo's health ministry said it had received 50,000 vaccine doses from Japan and expected another 100,000 from the European Union by the end of the month.

The WHO has asked donors for $87 million for the response. It had received less than 20% of that, a spokesman, Christian Lindmeier, said.

Neighbouring Rwanda and Burundi have each reported a handful of cases linked to travel, according to Africa CDC.

"We cannot let this become another forgotten emergency," said Dr. Jean Kaseya, head of Africa CDC."""

SERIEA_MATCH = """Lazzari double sends Fiorentina top as Napoli slip at home

NAPLES, Italy (AP) -- Matteo Lazzari scored twice as Fiorentina beat Napoli 3-1 on Sunday to move top of Serie A for the first time in four years.

Lazzari opened the scoring in the 12th minute with a header and added a second from the penalty spot seven minutes after halftime, before substitute Nico Ferraris sealed the win in stoppage time. Khvicha Mamadze had levelled for Napoli in the 38th.

The result left Fiorentina on 31 points from 14 matches, one ahead of Inter Milan, who drew 1-1 at Bologna. Napoli dropped to fifth, six points off the lead.

"We suffered, but this team knows how to suffer," Fiorentina coach Raffaele Palladino said. "Top of the table in December means nothing. Ask me again in May."

The 26-year-old Lazzari now has 11 goals in 14 league games, two more than any other player in the division.

Napoli had 64% of possession and 19 shots, but goalkeeper Pietro Terracciano made seven saves. "He won them the game," Napoli coach Antonio Conte said of the goalkeeper. "We created enough to win twice."

Conte, who has lost three of his last five home matches, refused to blame his players. "I'm responsible," he said. "Always."

A crowd of 48,211 watched at the Stadio Maradona, the stadium's biggest league attendance of the season."""

SEVENTH_BATCH: dict[str, str] = {
    "reuters-mine": REUTERS_MINE,
    "wam-budget": WAM_BUDGET,
    "nation-iebc": NATION_IEBC,
    "abc-bushfire": ABC_BUSHFIRE,
    "kyodo-recall": KYODO_RECALL,
    "cnbc-layoffs": CNBC_LAYOFFS,
    "inpe-amazon": INPE_AMAZON,
    "rte-housing": RTE_HOUSING,
    "who-outbreak": WHO_OUTBREAK,
    "seriea-match": SERIEA_MATCH,
}

PAP_ELECTION = """Civic Coalition wins most votes in Polish election but needs partners to govern

WARSAW (PAP) - The centrist Civic Coalition won 34.6% of the vote in Sunday's parliamentary election, the National Electoral Commission (PKW) said on Monday, ahead of the conservative Law and Justice party on 31.2%, leaving neither able to govern alone.

Turnout reached 68.9%, the highest since 1989, the commission said in a statement on Monday. Nearly 20.1 million Poles cast ballots, including more than 600,000 abroad, where queues outside some consulates stretched for hours.

Under the final count, the Civic Coalition will hold 162 of the 460 seats in the Sejm, the lower house, and Law and Justice 148. The agrarian Third Way took 54 seats and the Left 27, while the far-right Confederation fell to 19.

"Poles have chosen a government that talks to them rather than at them," Civic Coalition leader Marta Zielinska told a news conference in Warsaw. "We will begin talks with Third Way and the Left this week.

"Nobody should expect a coalition agreement by Friday. We want one that lasts four years, not four months."

Law and Justice leader Jan Wrobel conceded that his party had lost its majority but said it remained "the largest single party" in the country once the coalition's member groups were counted separately. He said the Civic Coalition was "an alliance of convenience" that would collapse within a year.

Wrobel told supporters late on Sunday that roughly 1.5 million votes had been lost to what he called irregularities in postal voting. The commission rejected the claim, saying it had received fewer than 40 formal complaints, none of which affected the result.

According to Michal Sadowski, a political scientist at the University of Warsaw, the talks could take between six and eight weeks. "The arithmetic works, but the personalities may not," he said.

The zloty firmed 0.8% against the euro on Monday to 4.31, its strongest level in three years, as investors bet a new government would unlock up to 35 billion euros in European Union funds frozen over rule-of-law disputes.

The new Sejm must convene within 30 days of the vote. President Tomasz Lis is expected to ask the largest party to try to form a government first, his spokesman, Piotr Kaminski, said."""

PUNCH_STRIKE = """NLC begins indefinite strike over fuel price hike, flights grounded in Lagos

By Adebayo Ogunleye | Punch

Airports, banks and public hospitals across Nigeria were shut on Wednesday as the Nigeria Labour Congress (NLC) began an indefinite general strike over a 40% rise in the pump price of petrol.

The price of a litre of petrol rose to N1,030 from N735 last week after the state oil firm, NNPC Ltd, said it could no longer absorb the difference between import costs and the regulated price.

"The Nigerian worker cannot carry this burden alone," NLC President Joe Ajaero told a news conference in Abuja. "When the price of fuel rises, the price of everything rises: food, transport, rent."

He added that the union would not call off the strike until the government reversed the increase and raised the national minimum wage to N250,000 a month from N70,000.

The Minister of Information, Mohammed Idris, said the government had set aside N500 billion for palliatives, including cash transfers to an estimated 15 million households. "The era of subsidy is over, but the era of support has just begun," the minister said.

The union dismissed the figure. "Not one of our members has seen a kobo of these palliatives," said Benson Upah, a spokesman for the NLC.

The Federal Airports Authority of Nigeria said at least 120 domestic flights had been cancelled in Lagos and Abuja by midday, stranding thousands of passengers. At the Lagos Island General Hospital, only emergency cases were being treated, according to a nurse who asked not to be named.

Transport fares in Lagos have doubled in a week, commuters said, with a bus ride from Ikorodu to Obalende now costing about N1,500.

Inflation hit 33.4% in the year to August, the National Bureau of Statistics said last week, the highest in nearly three decades. Food inflation stood at 37.5%.

The Trade Union Congress, the second-largest labour body with roughly 4 million members, said it would join the strike from Thursday. Talks between the unions and the government collapsed on Monday after two dozen hours of negotiation over three days."""

ANTARA_VOLCANO = """Mount Lewotobi erupts again, thousands evacuated as ash column reaches 8 km

LARANTUKA, East Nusa Tenggara (Antara) - Mount Lewotobi Laki-laki on Flores island erupted again on Saturday, sending an ash column up to 8 kilometres into the sky and forcing the evacuation of more than 6,400 residents from seven villages, the National Disaster Mitigation Agency (BNPB) said.

"The eruption occurred at 10:21 local time, and the ash column drifted to the north and northwest," BNPB spokesman Abdul Muhari said in a statement on Saturday.

The Centre for Volcanology and Geological Hazard Mitigation (PVMBG) raised the alert to the highest of its four levels and widened the exclusion zone to 9 km from the crater. Glowing rocks were thrown as far as 5 km, it said.

At least nine people were killed and 63 injured when an eruption hit the same area two weeks ago, according to the agency. Hundreds of homes, a school and a church were damaged by falling rocks.

"We heard a sound like thunder, then rocks started falling on the roofs," said Maria Goreti, 42, a farmer from Hokeng Jaya village who is sheltering in a sports hall in Konga. "We ran with only the clothes we were wearing."

The district head of East Flores, Antonius Doni Dihen, said the government had prepared 12 shelters with a capacity of roughly 10,000 people. The local administration has declared a 60-day emergency and set aside 5 billion rupiah for food, tents and clean water, he added.

Wings Air and TransNusa cancelled a combined 14 flights to Maumere and Labuan Bajo, while Frans Seda Airport in Maumere was closed until at least Monday, the transport ministry said.

Hadi Wijaya, head of the PVMBG, told a news conference in Bandung that the volcano had recorded between 20 and 30 deep earthquakes an hour since Friday. "Magma is still moving up. We cannot rule out a bigger eruption," he said.

Indonesia sits on the Pacific "Ring of Fire" and has nearly 130 active volcanoes, more than any other country.

Lewotobi Laki-laki has erupted several times since January, when a blast forced about 2,000 people from their homes. Aid groups say a third of the evacuees from the earlier eruption have still not returned, as their houses were destroyed or lie inside the danger zone."""

SNB_RATES = """Swiss National Bank cuts rates by 25 basis points, signals more easing possible

ZURICH, March 20 (Reuters) - The Swiss National Bank cut its policy rate by 25 basis points to 0.25% on Thursday, its fifth cut in a row, as inflation stayed near the bottom of its target range and the strong franc weighed on exporters.

The move had been expected by 27 of the 31 economists polled by Reuters, while the other four had forecast no change.

"Inflationary pressure has decreased again compared with the previous quarter," SNB Chairman Martin Schlegel told a news conference in Zurich. "We will continue to monitor the situation closely and will adjust our monetary policy if necessary."

The chairman said the bank was "willing to intervene in the foreign exchange market" if the franc strengthened too far, but stressed that a return to negative interest rates was not the central scenario.

Swiss inflation slowed to 0.3% in February, well inside the SNB's 0-2% target band. The bank now expects inflation to average 0.4% this year and 0.8% in 2026, down from 0.6% and 0.8% in its December forecast.

The franc weakened about 0.4% against the euro after the decision, to 0.9570 per euro, and by a similar margin against the dollar.

"The door to a further cut in June is open, but it is not wide open," said Karsten Junius, chief economist at Bank J. Safra Sarasin. He said the bank was likely to hold off until it had more evidence of the impact of U.S. tariffs.

Swissmem, the association of machine and electrical industries, said exporters' orders had fallen by nearly 6% last year, and that a third of its members were planning to cut jobs. "Every tenth of a franc matters for our members," said Stefan Brupbacher, the association's director.

The SNB also reported a profit of 80.7 billion Swiss francs for last year, allowing it to pay 3 billion francs to the federal government and the cantons, the first distribution in two years.

Switzerland's economy grew 0.9% last year, the state secretariat for economic affairs (SECO) said, and it forecasts growth of roughly 1.4% this year."""

CBC_WILDFIRE = """Thousands ordered out of Fort Nelson as wildfire grows to 8,400 hectares

About 4,700 residents of Fort Nelson and the surrounding Northern Rockies region were ordered to leave their homes on Friday as a fast-moving wildfire pushed to within 2 kilometres of the town's western edge.

The Parker Lake fire grew from 1,000 hectares on Thursday evening to an estimated 8,400 hectares by Friday afternoon, according to the BC Wildfire Service, driven by winds gusting up to 60 km/h.

"This is a dangerous and rapidly evolving situation," Premier David Eby told reporters in Victoria. "If you have been told to leave, leave now. Do not wait to see the smoke."

The premier said the province had asked the federal government for help with airlifts and that two dozen military personnel were on standby in Edmonton.

Rob Fraser, mayor of the Northern Rockies Regional Municipality, said in a post on X that the highway south to Fort St. John remained open, but warned that conditions could change within hours. "Fill your tank, take your medication and check on your neighbours," he wrote.

Cliff Chapman, director of wildfire operations for the BC Wildfire Service, said about 85 firefighters, 11 helicopters and heavy equipment were working the fire's eastern flank. "Crews are doing everything they can," he said. "But with these winds, we are not going to stop it today."

Fewer than half of the evacuees had registered at the reception centre in Fort St. John by Friday night, the regional district said, and hotels there were full. Hundreds of people were expected to sleep in a hockey arena.

More than 130 wildfires are burning across British Columbia, 17 of them classed as out of control, The Canadian Press reported, citing provincial data. Last season, fires burned a record 2.84 million hectares in the province.

Scientists say climate change is making fire seasons longer and more severe across western Canada. Environment Canada has forecast temperatures up to 10 degrees above normal for the region through next week.

The Canadian Red Cross said it would provide a one-time payment of $500 to each evacuated household."""

UNIVERSAL_CARTEL = """Mexican marines arrest alleged Sinaloa cartel finance chief in Culiacán raid

MEXICO CITY - Mexican marines arrested a man accused of running the finances of a Sinaloa cartel faction in a raid on a house in Culiacán early on Tuesday, the Attorney General's Office (FGR) said, in one of the most significant captures this year.

Héctor Ramiro Quintero, 51, known as "El Contador", was detained with two bodyguards, the office said in a statement. Marines seized 14 rifles, an estimated 3.2 million pesos in cash and documents that investigators believe record payments to local officials.

"This arrest strikes at the financial heart of a criminal organization that has caused enormous pain," Security Secretary Omar García Harfuch wrote in a post on X.

According to El Universal, Quintero had been sought since 2019 on money-laundering and organized crime charges, and the United States had offered a reward of up to $5 million for information leading to his arrest. The U.S. embassy declined to comment.

Quintero's lawyer, Ernesto Villalobos, said his client was "a businessman, not a criminal" and that the arrest had been carried out without a valid warrant. "We will ask a federal judge to release him," he told reporters outside the FGR offices in Mexico City.

The raid set off hours of violence in Culiacán. Gunmen blocked at least eight roads with burning vehicles and exchanged fire with soldiers near the airport, state authorities said. Three people were killed, including a soldier, and five were wounded, according to the Sinaloa state prosecutor's office.

Sinaloa Governor Rubén Rocha Moya asked residents to stay at home. "The situation is under control, but we ask for caution," he said in a video message, adding that schools in the city would remain closed on Wednesday.

Fighting between rival factions of the cartel has killed more than 1,200 people in Sinaloa since September last year, according to government figures, while rights groups put the number of disappeared at nearly 1,500. Local business groups say about a third of shops in central Culiacán have closed.

Federal prosecutors have frozen 217 bank accounts linked to the network, holding roughly 480 million pesos, the office said."""

AFP_CYCLING = """Pogačar wins Paris-Nice queen stage, takes yellow by 47 seconds

Isola 2000 (France) (AFP) - Tadej Pogačar won the sixth stage of Paris-Nice on Friday with a solo attack 9 kilometres from the summit of Isola 2000, taking the leader's yellow jersey by 47 seconds from Belgian Remco Evenepoel.

The Slovenian, a three-time Tour de France winner, crossed the line alone after 173 km in 4 hours 21 minutes 33 seconds, 32 seconds ahead of Evenepoel and 58 seconds ahead of Colombia's Egan Bernal.

« I wanted to test my legs before the Alps in July, » Pogačar said after the finish. « The team did a perfect job. »

Evenepoel, who had started the day in yellow with a lead of 12 seconds, said he had « nothing to regret ». « Tadej was simply stronger today. But there are still two days, and anything can happen on the roads around Nice, » he said.

About 35,000 spectators lined the 15.6-kilometre final climb, the organisers said, in temperatures of barely 4 degrees Celsius at the summit.

Bernal, who almost lost a leg in a training crash in 2022, called his third place « a small miracle ». The Colombian is now fourth overall, 1 minute 29 seconds down.

Pogačar's UAE Team Emirates have now won 11 races this season, more than any other team. His directeur sportif, Andrej Hauptman, said the team would not defend the jersey « at all costs ». « Our goal is July, » he said.

The stage winner receives 8,000 euros, and the overall winner of Paris-Nice will take home 16,000 euros from a total prize pot of roughly 120,000 euros, according to race organiser ASO.

Saturday's seventh stage, 109 km around Nice with four categorised climbs, is expected to be decided on the Col de la Madone. The race ends on Sunday with a 119.9-km stage from Nice back to Nice.

Evenepoel's Soudal Quick-Step team said he had lost up to 20 seconds on the descent before the final climb because of a mechanical problem. « Without that, it would be closer, » said team manager Jurgen Foré. Pogačar has now won 88 professional races, including three of the last four editions of Strade Bianche."""

BERNAMA_RINGGIT = """Ringgit hits two-year high as foreign funds return to Bursa Malaysia

KUALA LUMPUR, Oct 14 (Bernama) -- The ringgit rose to its strongest level in two years against the US dollar on Monday, trading at 4.2850 at the close, as foreign investors bought Malaysian stocks and bonds for a fifth straight week.

Foreign funds were net buyers of RM1.9 billion worth of equities on Bursa Malaysia last week, the highest weekly inflow since March, MIDF Research said in a report on Monday.

The local currency has gained nearly 7% against the greenback since the start of the year, making it the best performer in Asia, according to Bank Negara Malaysia (BNM) data.

"The ringgit is finally being priced for what the economy is, not for what the market feared it might become," said Mohd Afzanizam Abdul Rashid, chief economist at Bank Muamalat Malaysia. He said the currency could reach 4.20 by the end of the year if the US Federal Reserve continued to cut rates.

Finance Minister II Amir Hamzah Azizan told reporters in Putrajaya that the government would not try to steer the exchange rate. "Our job is to get the fundamentals right. The market will do the rest," the minister said.

However, exporters warned that a stronger ringgit would squeeze margins. The Federation of Malaysian Manufacturers (FMM) said that a third of its members earn more than half of their revenue abroad. FMM president Soh Thian Lai said each 10 sen gain against the dollar cost manufacturers "hundreds of millions of ringgit" a year.

The benchmark FBM KLCI rose 0.6% to 1,652.31 points, with 614 gainers against 389 decliners. Turnover stood at 3.8 billion shares worth RM3.2 billion.

Malaysia's economy grew 5.9% year on year in the second quarter, beating the 5.8% forecast in a Bernama poll of economists. The government expects growth of between 4.5% and 5.5% this year.

Bank Negara kept its overnight policy rate at 3.00% last month, where it has been since May last year.

Not everyone is convinced the rally will last. "Foreign money that comes in fast can leave fast," said Lee Heng Guie, executive director of the Socio-Economic Research Centre, adding that Malaysia remained exposed to a slowdown in China, its largest trading partner, which buys about 13% of its exports."""

KATHIMERINI_FERRY = """Fire on ferry off Crete forces evacuation of 340 passengers, four injured

A fire broke out in the engine room of a passenger ferry sailing from Piraeus to Heraklion early on Wednesday, forcing the evacuation of all 340 passengers and 62 crew members onto lifeboats and passing vessels, the Hellenic Coast Guard said.

Four people were taken to hospital in Heraklion with breathing problems, none of them in a serious condition, the coast guard said in a statement. A crew member suffered burns to his hands.

The Aegean Star was about 12 nautical miles north of Crete when the alarm was raised shortly after 3 a.m. Two coast guard patrol boats, a navy frigate, a Super Puma helicopter and four merchant ships took part in the rescue, which lasted nearly three hours.

"People stayed calm. The crew knew exactly what to do," said Nikos Alexiou, a spokesman for the coast guard. "Within 40 minutes everyone was off the ship."

One passenger, Eleni Markaki, told Kathimerini that smoke had filled the corridors before any announcement was made. "We woke up coughing. Nobody told us anything for 15 minutes," she said.

The coast guard spokesman rejected that account. "The alarm sounded within two minutes of the fire being detected," Alexiou said.

Shipping Minister Vassilis Kikilias said an investigation had been opened into the cause of the fire. The ship, built in 1999, had passed its last safety inspection in March, the ministry said. The owner, Minoan Aegean Lines, said in a statement that the vessel was "fully certified" and that it would cooperate with the inquiry.

Greece's ferry fleet is among the oldest in Europe, with an average age of 26 years, according to the Union of Greek Shipowners. The government has promised 120 million euros in subsidies to renew the fleet, but the union says up to 500 million euros would be needed.

Passengers were brought to Heraklion on a replacement ship on Wednesday afternoon. The company said it would refund all tickets and pay each passenger 150 euros in compensation."""

BATIMES_PESO = """Argentina's monthly inflation slows to 2.7%, lowest in five years, INDEC says

BUENOS AIRES - Argentina's consumer prices rose 2.7% in October, the national statistics agency INDEC said on Wednesday, the slowest monthly rate since 2020 and below the 3% expected by analysts in a central bank survey.

Annual inflation fell to 107%, from a peak of nearly 290% in April, INDEC said. Prices have risen 107.2% in the first 10 months of the year.

"Inflation is falling because we stopped printing money. It is that simple," Economy Minister Luis Caputo said in a post on X after the data were published.

The figures are a boost for President Javier Milei, whose government devalued the peso by 54% in December and cut public spending by roughly a third in real terms. The government posted a primary surplus of 3.4 trillion pesos in the first nine months of the year, the economy ministry said.

Critics say the price of the adjustment has been paid by the poorest. The Catholic University of Argentina (UCA) said last week that 52.9% of Argentines were living in poverty, up from 44.7% a year earlier.

"The numbers on inflation are good, but the numbers on the street are terrible," said Hugo Yasky, secretary general of the CTA union federation. "A pension of 300,000 pesos does not last two weeks."

Caputo rejected the poverty figures as "a photograph of the past". "Poverty is already falling, and the next survey will show it," he told a news conference.

The official exchange rate stood at 980 pesos per dollar on Wednesday, while the informal "blue" rate was around 1,170 pesos, a gap of about 19%, down from more than 150% a year ago.

Economists polled by the central bank expect inflation to end the year at around 120%, and to slow to between 25% and 30% next year.

Argentina owes the International Monetary Fund about $42 billion, and talks on a new programme are due to resume in Washington next month, an IMF spokeswoman, Julie Kozack, said.

The central bank has bought more than $18 billion in the foreign exchange market since December, rebuilding net reserves that had been negative when Milei took office. Analysts at consultancy EcoGo said reserves were still "too thin" to lift currency controls before mid-2025."""

EIGHTH_BATCH: dict[str, str] = {
    "pap-election": PAP_ELECTION,
    "punch-strike": PUNCH_STRIKE,
    "antara-volcano": ANTARA_VOLCANO,
    "snb-rates": SNB_RATES,
    "cbc-wildfire": CBC_WILDFIRE,
    "universal-cartel": UNIVERSAL_CARTEL,
    "afp-cycling": AFP_CYCLING,
    "bernama-ringgit": BERNAMA_RINGGIT,
    "kathimerini-ferry": KATHIMERINI_FERRY,
    "batimes-peso": BATIMES_PESO,
}

BDNEWS_FIRE = """Fire at Gazipur knitwear factory kills workers trapped behind locked exit

Gazipur, Nov 23 (bdnews24.com) - A fire that tore through a seven-storey knitwear factory in Gazipur's Konabari on Saturday night has killed at least 14 workers and injured more than 50, the Fire Service and Civil Defence said.

The blaze broke out on the third floor of Shapla Knitwear Ltd at around 9:40pm, when nearly 600 workers were on the night shift, according to the fire service.

"The main staircase was blocked by rolls of fabric, and the emergency exit on the fourth floor was locked," said Md Tajul Islam, deputy assistant director of the fire service's Gazipur station. "Many workers jumped from the windows."

Twenty-two units took nearly six hours to bring the fire under control, he said.

Doctors at Shaheed Tajuddin Ahmad Medical College Hospital said 31 of the injured were still being treated, eight of them in critical condition.

The factory's owner, Anisur Rahman, told bdnews24.com that the exit had been "closed for repairs" and that the building had passed an inspection in March. Workers disputed that. "There was no inspection. We never saw anyone," said Shirin Akter, a 24-year-old sewing operator who escaped with burns to her hands.

The Bangladesh Garment Manufacturers and Exporters Association (BGMEA) said in a statement on Sunday that it would pay Tk 200,000 to the family of each worker who died and Tk 50,000 to each of the injured.

"No worker should die for a shirt," BGMEA President Mahmud Hasan Khan told a news conference in Dhaka. "We will find out who is responsible, and they will face the law."

Kalpona Sarker, executive director of the Bangladesh Center for Worker Solidarity, said families had lost "their only income" and called for at least Tk 1 million for each death.

The factory, which exports sweaters to buyers in Europe, employs roughly 1,800 people and earned an estimated $35 million last year, according to BGMEA data.

Garments make up more than 80 percent of export earnings. More than 1,100 people died when the Rana Plaza building collapsed in 2013."""

LATERCERA_STRIKE = """Cerro Alto miners walk out as wage talks with Minera Andina collapse

SANTIAGO - Some 2,300 workers at the Cerro Alto copper mine in northern Chile went on strike on Tuesday after their union rejected the company's final wage offer, halting output at a site that produces roughly 1,000 tonnes of copper a day.

The union is demanding a one-off bonus of 32 million pesos per worker and a 5% real wage increase, while Minera Andina del Norte has offered 18 million pesos and 2.5%, according to documents seen by La Tercera.

«We did not want to reach this point, but the company left us no choice», union president Patricio Rojas told a news conference in Antofagasta. «The mine made record profits, and the workers who produced them deserve their share».

The company said in a statement on Tuesday that its offer was "the best in the industry" and that the strike would cost the country up to $40 million a day in lost exports. Rojas disputed that figure, saying the real loss was "less than half" of it.

Rojas said the union's strike fund held about 1.5 billion pesos, enough to pay members for several weeks. "We are ready to stay out as long as it takes," he added.

Labour Minister Carolina Muñoz urged both sides to return to the table. «Dialogue is the only path», the minister said, adding that the government would offer mediation through the Labour Directorate within five days.

Copper prices rose 1.2% to $9,480 a tonne on the London Metal Exchange after news of the stoppage. Chile is the world's largest copper producer, accounting for about a quarter of global supply.

Cerro Alto produced 365,000 tonnes last year, or about 7% of Chile's output. Analysts at Cochilco, the state copper commission, estimate that a strike of between 10 and 15 days would cut national production by up to 1%.

"A short strike is manageable. A long one would hurt the fiscal accounts," said Juan Carlos Fuentes, an analyst at consultancy Plusmining.

The last strike at the mine, in 2017, lasted 44 days and cost the company an estimated $740 million."""

PHILSTAR_TYPHOON = """Typhoon Ofel leaves trail of death, flooded farms in northern Luzon

MANILA, Philippines - Typhoon Ofel left at least 23 people dead and 11 missing after it tore across northern Luzon on Monday, the National Disaster Risk Reduction and Management Council (NDRRMC) said on Tuesday.

The storm made landfall in Santa Ana, Cagayan, at 2:40 p.m. with maximum sustained winds of 185 km/h and gusts of up to 230 km/h, according to the Philippine Atmospheric, Geophysical and Astronomical Services Administration (PAGASA).

More than 312,000 people were displaced across four regions, and an estimated 48,000 of them were staying in evacuation centers, NDRRMC spokesperson Diego Mariano told a briefing.

"The numbers are still coming in. Several towns in Apayao remain cut off, so we expect the toll to rise," Mariano said.

Cagayan Governor Melvin Vargas said in a post on Facebook that 31 people had died in his province alone, including "two dozen" in landslides in the town of Baggao.

The NDRRMC said it had confirmed only 17 deaths in Cagayan and was "validating the reports" from the province.

Damage to agriculture has reached an estimated P1.2 billion, with rice and corn farms hit hardest, the Department of Agriculture said. Nearly 38,000 hectares of crops were damaged.

"We lost everything. The water came up to the roof in less than an hour," said Rowena Dacanay, a 52-year-old farmer in Tuguegarao City who spent the night on a neighbor's roof with her three children.

PAGASA weather specialist Leonardo Castillo said Ofel was weakening as it moved toward Taiwan but warned of rains of between 100 and 200 mm in some areas. "Ofel is weakening, but its rain bands will stay over Luzon until Wednesday," he said.

The national government released P500 million in quick response funds, the Department of Budget and Management said. Classes were suspended in more than 200 towns, and 46 domestic flights were cancelled, the Civil Aviation Authority of the Philippines said. Ofel was the 15th storm to enter the country this year; the Philippines sees about 20 in a typical year."""

AHRAM_WHEAT = """Egypt returns to world wheat market as reserves run down

CAIRO - Egypt's Supply Ministry bought 420,000 tonnes of wheat in an international tender on Wednesday, traders said, its first such purchase in five months as the country tries to rebuild its reserves.

The cargoes, mostly of Russian and Romanian origin, were bought at $247 a tonne including freight, according to two European traders who took part. That is roughly $20 less than the price Egypt paid in its last tender in June.

Supply Minister Sherif Farouk told Ahram Online that strategic wheat reserves were sufficient for nearly five months of consumption. "We have enough for the coming period, and the tender prices show that the market trusts Egypt," the minister said.

Egypt, one of the world's largest wheat importers, buys between 12 and 13 million tonnes a year, about half of it for the subsidised bread programme that feeds an estimated 70 million people.

Traders said the tender drew offers from 11 companies, fewer than in previous rounds, partly because of doubts about payment. Some suppliers have waited up to 90 days to be paid for earlier shipments, one Cairo-based trader said.

The ministry denied any delays. "Every supplier has been paid on time, without exception," a ministry spokesman, Ahmed Kamal, said in a statement.

The purchases will be financed through a $500 million loan from the International Islamic Trade Finance Corporation, the ministry said. The pound has lost roughly a third of its value against the dollar since March, trading at 49.6 pounds on Wednesday, which has raised the cost of imports. Bread prices at private bakeries have risen by up to 40% this year, according to the Federation of Egyptian Chambers of Commerce.

Farmers delivered about 3.4 million tonnes of local wheat this season, against a target of 3.5 million tonnes, the ministry said. The state paid them 2,200 Egyptian pounds per ardeb, up from 1,500 pounds last year.

The government raised the price of subsidised bread in June for the first time in more than three decades."""

NOS_FARMERS = """Farmers block Dutch motorways with tractors over nitrogen buy-outs

THE HAGUE (ANP) - Thousands of farmers drove tractors onto motorways across the Netherlands on Wednesday in protest against government plans to cut nitrogen emissions, causing traffic jams of up to 1,100 kilometres at the peak of the morning rush hour, the ANWB motoring association said.

Police said roughly 2,500 tractors had gathered near the parliament building in The Hague by noon, while the organisers, Farmers Defence Force, put the number at "more than 5,000".

The cabinet wants to halve nitrogen emissions by 2030 and has set aside 24.3 billion euros to buy out livestock farms near protected nature areas. Agriculture Minister Femke Jansma said on Tuesday that up to 3,000 farms could be affected.

"We are not against nature. We are against a plan that was written without us," said Marco de Vries, the leader of Farmers Defence Force, speaking from the back of a flatbed truck. "If they take our land, they take our future."

He added that some farmers had been offered 120% of the value of their land, "which sounds generous until you realise you can never farm again".

Jansma told NOS that the buy-outs were voluntary for now. "Nobody is being forced off their land," the minister said. "But the court rulings are clear: without cuts, no new permits can be issued for housing or roads.

"We cannot build a single new home in large parts of the country until we fix this."

The Netherlands has about 11,000 dairy farms and is one of the world's largest agricultural exporters, shipping goods worth 123.8 billion euros last year, according to Statistics Netherlands (CBS).

Around 1,200 hectares of land near the Veluwe have already been bought out under an earlier voluntary scheme, at a cost of an estimated 400 million euros.

Police arrested 14 people, mainly for refusing to leave the motorway near Utrecht, a police spokesperson said. Rail operator NS said it ran 120 extra trains for commuters who left their cars at home."""

SPA_OIL = """Saudi Arabia extends voluntary oil output cut as OPEC+ delays increase

RIYADH (AFP) - Saudi Arabia will extend its voluntary cut of one million barrels per day until the end of March, the Energy Ministry said on Sunday, keeping its production at around 9 million bpd as OPEC+ struggles to prop up prices.

The decision came hours after the OPEC+ alliance agreed at a virtual meeting to delay by three months a plan to return 2.2 million bpd of supply to the market, the official Saudi Press Agency (SPA) reported.

"The extension is a precautionary measure to support the stability and balance of oil markets," the Energy Ministry said in a statement carried by SPA.

Energy Minister Prince Faisal bin Turki said in a post on X that the group "will always do what is needed" and that speculators who bet against it would "get hurt".

Brent crude rose 1.4% to $73.20 a barrel after the announcement, but remains nearly 15% lower than in April.

"The market is oversupplied next year by as much as 1.2 million barrels a day if OPEC+ adds barrels," said Laura Brenner, head of commodities research at Halden Capital.

Saudi Arabia needs oil at roughly $96 a barrel to balance its budget, according to the International Monetary Fund. The kingdom posted a deficit of 15.3 billion riyals in the third quarter, the finance ministry said.

Russia's deputy prime minister, Sergei Morozov, said Moscow would keep its own cut of 471,000 bpd. He told state television that the decision had been "unanimous".

Between 5 and 6 million bpd of OPEC+ capacity remains idle, an estimated third of it in Saudi Arabia.

Saudi Aramco said last week that its net profit fell 15% to 103.4 billion riyals in the third quarter. The kingdom pumped about 8.98 million bpd in October, according to a Reuters survey, the lowest in more than three years. Non-OPEC producers led by the United States are expected to add 1.5 million bpd next year, the International Energy Agency said in its monthly report. Brent has averaged about $80 a barrel this year."""

VNEXPRESS_BOND = """Ho Chi Minh City court jails property tycoon over bond fraud

A Ho Chi Minh City court on Thursday sentenced Nguyen Van Thanh, chairman of property developer Saigon Phuc Loc Group, to 16 years in prison for defrauding bond investors of more than VND8.6 trillion ($340 million).

The People's Court found that Thanh and his associates issued nine bond packages between 2018 and 2020 through shell companies, raising VND10.1 trillion from nearly 36,000 investors, and diverted most of the money to personal accounts.

"The defendant's actions caused particularly serious consequences and shook public trust in the corporate bond market," the presiding judge, Tran Thi Hoa, said as she read the verdict.

Thanh, 58, told the court in his final statement that he had "never intended to cheat anyone" and asked to be allowed to repay investors. He said he had returned around VND1.2 trillion so far.

Prosecutors had sought between 15 and 17 years. Eighteen co-defendants, including his deputy and two former bank executives, received sentences of up to 11 years in prison. His lawyer, Pham Quoc Hung, said his client would appeal.

The court ordered Thanh to repay the full amount and kept in place the seizure of 41 land plots and apartments in Ho Chi Minh City and Binh Duong. Assets worth an estimated VND4 trillion have been frozen, according to the Ministry of Public Security.

Lawyers for the investors said fewer than one in five had recovered any money. "I put my savings of VND900 million into these bonds. My family has received nothing," said Le Thi Mai, a retired teacher who attended the trial. She added: "We only want our money back." More than 2,000 investors had filed complaints with the police, the court heard.

Property firms have VND240 trillion of bonds maturing this year, roughly a third of all outstanding corporate bonds, according to the Vietnam Bond Market Association. Vietnam's corporate bond market shrank by nearly 20% last year after a string of arrests, the State Bank of Vietnam said."""

RNZ_BUDGET = """Budget: Hunt trims spending, pushes surplus back a year

Finance Minister Rachel Hunt has unveiled a budget that trims NZ$2.4 billion a year from public spending and forecasts a return to surplus a year later than planned.

Delivering her second budget in Parliament on Thursday, Hunt said the government would borrow NZ$12.9 billion in the coming year, down from NZ$15.4 billion, as it tries to get net debt below 40 percent of GDP by the end of the decade.

"This is a no-nonsense budget. We are not going to borrow to pay the grocery bill," Hunt told reporters at the budget lock-up.

According to Treasury, the economy will grow by 1.7 percent in the year to June, before picking up to 2.8 percent the following year. Unemployment is forecast to peak at 5.3 percent later this year, with up to 30,000 people losing their jobs.

The government will halve its contribution to KiwiSaver accounts, saving an estimated NZ$600 million a year.

Labour's finance spokesperson, Tama Kereama, said the cuts would hit families "who are already going without". "This budget takes from those with the least and gives to landlords," he said.

Hunt rejected that. "Every dollar we spend is borrowed or taxed. Someone has to pay," she said. Kereama replied that the government had found NZ$2.9 billion for landlord tax breaks "without blinking". Net debt is forecast to peak at 43.5 percent of GDP. The Reserve Bank has cut its official cash rate by 175 basis points since August.

Health will receive an extra NZ$1.37 billion a year, and nearly 1,400 public service jobs will go. Tax relief announced last year, worth NZ$3.7 billion over four years, remains in place.

Act Party leader Grant Halvorsen said in a post on X that the budget was "a good start". The Greens said it would leave an estimated 150,000 children in poverty.

Economists said the forecasts were realistic. "The numbers are credible, which is more than you can say for a lot of budgets," said Mira Patel, chief economist at Kowhai Bank. The budget will be debated in Parliament next week."""

GNA_COCOA = """Government raises cocoa producer price as smuggling fears grow

Accra, Oct. 2, GNA - The Government has raised the producer price of cocoa for the new season to GH¢48,000 per tonne, up 45 percent from the previous price of GH¢33,120, the Ghana Cocoa Board (COCOBOD) announced on Wednesday.

At that price a 64-kilogramme bag will sell for GH¢3,000, the Finance Minister, Mr Kwame Asante, said at the launch of the season in Accra.

"Our farmers deserve a fair share of the world price. This increase puts more money in their pockets than at any time in our history," Mr Asante said.

He said the new price represented about 70 percent of the net FOB price, in line with government policy.

Cocoa prices on international markets have more than doubled in the past year to over $7,000 a tonne.

Farmer groups welcomed the increase but said it was not enough to stop smuggling to neighbouring Cote d'Ivoire and Togo, where prices are higher. Smuggled beans fetch between GH¢4,500 and GH¢5,000 a bag across the border, farmers told GNA. COCOBOD has licensed 52 buying companies for the season.

"It is a step, but smugglers are still paying more across the border," said Alhaji Ibrahim Sulemana, a spokesman for the Cocoa Farmers Association of Ghana.

COCOBOD estimates that up to 150,000 tonnes of beans were smuggled out of the country last season. Ghana's output fell to an estimated 530,000 tonnes, its lowest in more than a decade, because of swollen shoot disease, illegal gold mining and ageing trees.

The Chief Executive of COCOBOD, Dr Abena Owusu-Ansah, said the board had rehabilitated nearly 200,000 hectares of diseased farms and would recruit hundreds of extension officers. She added that farmers would be paid "on the spot" for their beans.

Ghana is the world's second-largest cocoa producer, and the crop earned the country about $2.5 billion last year, according to the Bank of Ghana. In neighbouring Cote d'Ivoire, the government set its farmgate price at 1,800 CFA francs per kilogramme this month."""

PA_RUGBY = """Ireland edge England in Dublin thriller

DUBLIN (PA) - Ireland came from behind to beat England 27-22 at the Aviva Stadium on Saturday, with replacement wing Conor Dunne scoring the decisive try four minutes from time in front of a sell-out crowd of 51,700.

England led 16-10 at half-time after two penalties and a try from fly-half Marcus Hale, who finished with 17 points. But Ireland scored three tries in the second half.

Dunne, 22, crossed in the 76th minute after a break by centre Liam Byrne, and Hale's last-gasp penalty attempt from 48 metres drifted wide. Dunne, who has now scored seven tries in nine Tests, said he "just ran" when the ball came.

"We showed a lot of character. At half-time we said we had 40 minutes to save our season, and the lads responded," Ireland head coach Declan Murphy said.

Murphy added that captain Ronan Kelly had played through "a lot of pain" with a rib injury. Murphy said Kelly would have a scan on Monday. "He's a tough man, but we won't take risks with him," he added.

England head coach Simon Ashworth was left to rue a yellow card for lock Tom Barker in the 58th minute, during which Ireland scored 10 points. "You can't give a side like Ireland a 10-minute head start and expect to win," Ashworth told the BBC. "We'll learn from it."

Ireland have scored 142 points in their four matches so far, the most of any side. Hale's 17 points took his Test tally to 412. Kick-off was delayed by 15 minutes because of a power cut at the stadium.

Hale landed five of his six kicks at goal. England have lost four of their five matches in Dublin since 2015, and bookmakers had made Ireland favourites by nearly 10 points.

Ireland have now won 11 of their last 12 Test matches at home and move two points clear at the top of the table with one round remaining.

Ireland had 58 percent of possession and made 187 tackles to England's 212.

An estimated 8,000 England supporters travelled to Dublin, Irish police said. Ticket prices for the game ranged from 60 euros to 250 euros."""

NINTH_BATCH: dict[str, str] = {
    "bdnews-fire": BDNEWS_FIRE,
    "latercera-strike": LATERCERA_STRIKE,
    "philstar-typhoon": PHILSTAR_TYPHOON,
    "ahram-wheat": AHRAM_WHEAT,
    "nos-farmers": NOS_FARMERS,
    "spa-oil": SPA_OIL,
    "vnexpress-bond": VNEXPRESS_BOND,
    "rnz-budget": RNZ_BUDGET,
    "gna-cocoa": GNA_COCOA,
    "pa-rugby": PA_RUGBY,
}
