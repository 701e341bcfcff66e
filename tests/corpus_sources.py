"""Short articles with the sources a careful reader would list, to measure the sources step.

Written for this project in three styles (wire copy with datelines and credit lines,
broadsheet copy with long attributions, web copy with loose ones), so that every rule of
:mod:`generator.attribution` and :mod:`generator.sources` is exercised on text it has not
been tuned to, including cases that must yield no source at all.

Each case is (headline and body, expected sources as (name, kind)). A name matches when
:func:`generator.attribution.source_key` of both agree (case and a leading "the" ignored).
"""

from __future__ import annotations

from dataclasses import dataclass

A, T = "agency", "attribution"


@dataclass(frozen=True)
class Case:
    style: str
    text: str
    expected: tuple[tuple[str, str], ...]


def _case(style: str, text: str, *expected: tuple[str, str]) -> Case:
    return Case(style, text, expected)


CASES: tuple[Case, ...] = (
    # --- wire copy -----------------------------------------------------------------------
    _case(
        "wire",
        "UK inflation rises\n\nLONDON (Reuters) - British inflation rose to 4.2% in October, "
        "the Office for National Statistics said on Wednesday.\n\n"
        "Reporting by Jane Doe; Editing by John Roe",
        ("Reuters", A), ("Office for National Statistics", T),
    ),
    _case(
        "wire",
        "Senate passes bill\n\nWASHINGTON (AP) — The Senate passed the spending bill late "
        "Tuesday. Senate Majority Leader Chuck Schumer said the vote was “a victory for "
        "working families.”",
        ("AP", A), ("Chuck Schumer", T),
    ),
    _case(
        "wire",
        "Floods kill 12\n\nPARIS (AFP) - At least 12 people were killed in floods in southern "
        "France, according to the interior ministry.",
        ("AFP", A), ("Interior ministry", T),
    ),
    _case(
        "wire",
        "Quake hits Japan\n\nTOKYO, March 3 (Reuters) - A magnitude 6.1 earthquake struck off "
        "northeastern Japan on Thursday, the Japan Meteorological Agency said. There were no "
        "immediate reports of damage, public broadcaster NHK reported.\n\n"
        "Reporting by Kiyoshi Takenaka; Editing by Lincoln Feast",
        ("Reuters", A), ("Japan Meteorological Agency", T), ("NHK", T),
    ),
    _case(
        "wire",
        "Ceasefire talks\n\nCAIRO (AP) — Egyptian officials said Monday that talks on a "
        "ceasefire would resume this week. The officials spoke on condition of anonymity "
        "because they were not authorized to brief reporters.",
        ("AP", A), ("Egyptian officials", T),
    ),
    _case(
        "wire",
        "Strike halts trains\n\nBERLIN (dpa) - Rail traffic across Germany came to a halt on "
        "Friday. Deutsche Bahn said 80% of long-distance trains were cancelled.",
        ("dpa", A), ("Deutsche Bahn", T),
    ),
    _case(
        "wire",
        "Oil prices\n\nNEW YORK (Reuters) - Oil prices fell 2% on Monday. “Demand is "
        "weakening,” said Phil Flynn, an analyst at Price Futures Group.\n\n"
        "Additional reporting by Florence Tan in Singapore; Editing by David Gregorio",
        ("Reuters", A), ("Phil Flynn", T),
    ),
    _case(
        "wire",
        "Protests in Lima\n\nLIMA, Jan 10 (Reuters) - Six people died in clashes with police in "
        "southern Peru, the ombudsman's office said in a statement. The health ministry put "
        "the number of injured at 30.",
        ("Reuters", A), ("Ombudsman's office", T), ("Health ministry", T),
    ),
    _case(
        "wire",
        "Ship seized\n\nDUBAI (AP) — Iran seized a tanker in the Gulf of Oman on Thursday, state "
        "television reported. The U.S. Navy said it was monitoring the situation.",
        ("AP", A), ("State television", T), ("U.S. Navy", T),
    ),
    _case(
        "wire",
        "Election results\n\nNairobi (AFP) - Kenya's electoral commission declared William Ruto "
        "the winner on Monday. Opposition leader Raila Odinga told AFP he would challenge the "
        "result in court.",
        ("AFP", A), ("Kenya's electoral commission", T), ("Raila Odinga", T),
    ),
    _case(
        "wire",
        "Wildfires spread\n\nATHENS, July 20 (Reuters) - Wildfires forced the evacuation of "
        "villages near Athens on Wednesday. Fire brigade spokesman Yannis Artopios told "
        "reporters that 200 firefighters were deployed.\n\nReporting by Angeliki Koutantou",
        ("Reuters", A), ("Yannis Artopios", T),
    ),
    _case(
        "wire",
        "Tariffs\n\nBEIJING (Reuters) - China will raise tariffs on U.S. goods, the Commerce "
        "Ministry said on Friday. A ministry spokesman said the measures were “a necessary "
        "response”.",
        ("Reuters", A), ("Commerce Ministry", T),
    ),
    _case(
        "wire",
        "Storm warning\n\nMANILA (AP) — A typhoon slammed into the northern Philippines. The "
        "storm left at least 8 dead, the National Disaster Risk Reduction and Management "
        "Council said. — AP",
        ("AP", A), ("National Disaster Risk Reduction and Management Council", T),
    ),
    _case(
        "wire",
        "Rates held\n\nFRANKFURT (Reuters) - The European Central Bank kept rates unchanged on "
        "Thursday. ECB President Christine Lagarde said inflation remained too high.",
        ("Reuters", A), ("Christine Lagarde", T),
    ),
    _case(
        "wire",
        "Train crash\n\nThe death toll from a train crash in Odisha rose to 288, officials said on "
        "Sunday.\n\n— AFP",
        ("AFP", A), ("Officials", T),
    ),
    _case(
        "wire",
        "Mine blast\n\nBOGOTA (Reuters) - An explosion in a coal mine killed 11 workers, the "
        "National Mining Agency said. Mayor Carlos Mora told local radio that rescue teams "
        "were still searching.\n\nCompiled by Reuters",
        ("Reuters", A), ("National Mining Agency", T), ("Carlos Mora", T),
    ),
    _case(
        "wire",
        "Border reopens\n\nThe border crossing reopened on Monday after a week, the Polish "
        "border guard said. (AFP)",
        ("AFP", A), ("Polish border guard", T),
    ),
    _case(
        "wire",
        "Strike called off\n\nMADRID, 5 Ene. (EUROPA PRESS) - Los sindicatos han desconvocado "
        "la huelga.",
        ("EUROPA PRESS", A),
    ),
    _case(
        "wire",
        "Vaccines\n\nGENEVA (Reuters) - The World Health Organization said on Tuesday that "
        "2 billion doses had been shipped. Data from Johns Hopkins University show cases "
        "falling in Europe.",
        ("Reuters", A), ("World Health Organization", T), ("Johns Hopkins University", T),
    ),
    _case(
        "wire",
        "Currency slides\n\nISTANBUL (Reuters) - The lira fell 5% on Tuesday. The central bank "
        "estimates that reserves dropped by $4 billion last month, according to "
        "calculations by Reuters.",
        ("Reuters", A), ("Central bank", T),
    ),
    # --- broadsheet copy -------------------------------------------------------------------
    _case(
        "broadsheet",
        "Hospital waits grow\n\nWaiting lists in England have reached 7.6 million, according to "
        "figures released by NHS England on Thursday. The Health Secretary, Steve Barclay, "
        "said the figures showed “the scale of the challenge”.",
        ("NHS England", T), ("Steve Barclay", T),
    ),
    _case(
        "broadsheet",
        "Budget row\n\nThe chancellor, Jeremy Hunt, insisted on Sunday that taxes would fall "
        "before the election. But the Institute for Fiscal Studies estimates that the tax "
        "burden will reach its highest level since the 1940s.",
        ("Jeremy Hunt", T), ("Institute for Fiscal Studies", T),
    ),
    _case(
        "broadsheet",
        "River pollution\n\nSewage was discharged into rivers 389,000 times last year, data "
        "from the Environment Agency shows. Water UK, which represents the industry, said "
        "companies would invest £10bn.",
        ("Environment Agency", T), ("Water UK", T),
    ),
    _case(
        "broadsheet",
        "Minister resigns\n\nThe minister resigned on Tuesday evening. In a letter to the prime "
        "minister, she said she could no longer support the policy. Downing Street said the "
        "prime minister accepted the resignation “with regret”.",
        ("Downing Street", T),
    ),
    _case(
        "broadsheet",
        "Strikes ballot\n\nNurses will vote on strike action, the Royal College of Nursing "
        "announced. Pat Cullen, its general secretary, said members were “exhausted”. "
        "Cullen added that the pay offer was “an insult”.",
        ("Royal College of Nursing", T), ("Pat Cullen", T),
    ),
    _case(
        "broadsheet",
        "Housing targets\n\nThe government missed its housing target for the fifth year in a "
        "row, according to the National Audit Office. A spokesperson for the Department for "
        "Levelling Up said progress was being made.",
        ("National Audit Office", T), ("Department for Levelling Up", T),
    ),
    _case(
        "broadsheet",
        "Court ruling\n\nThe supreme court ruled the policy unlawful. Lord Reed, the court's "
        "president, said the judges were unanimous. The Home Office said it would study the "
        "judgment.",
        ("Lord Reed", T), ("Home Office", T),
    ),
    _case(
        "broadsheet",
        "Unemployment\n\nUnemployment rose to 4.3% in the three months to June, figures from the "
        "Office for National Statistics showed. Economists polled by Reuters had expected 4.2%.",
        ("Office for National Statistics", T),
    ),
    _case(
        "broadsheet",
        "Migrants rescued\n\nMore than 600 migrants were rescued off Lampedusa, the Italian coast "
        "guard said. Doctors Without Borders said its ship had taken 80 people aboard.",
        ("Italian coast guard", T), ("Doctors Without Borders", T),
    ),
    _case(
        "broadsheet",
        "Museum theft\n\nThieves stole jewels worth €1m from the museum, police said. The "
        "museum's director, Anne Martin, told Le Monde that the alarm had failed.",
        ("Police", T), ("Anne Martin", T),
    ),
    _case(
        "broadsheet",
        "Drought\n\nThe reservoirs are 30% full, according to the regional water authority. "
        "Farmers said the harvest would be the worst in decades.",
        ("Regional water authority", T), ("Farmers", T),
    ),
    _case(
        "broadsheet",
        "Pension reform\n\nThe reform will raise the pension age to 64. Prime Minister "
        "Élisabeth Borne said it was “necessary”. Unions estimate that 1.2 million people "
        "marched on Thursday, while the interior ministry put the figure at 757,000.",
        ("Élisabeth Borne", T), ("Unions", T), ("Interior ministry", T),
    ),
    _case(
        "broadsheet",
        "Troops withdraw\n\nThe last troops left the base on Sunday, always according to the "
        "official version. Residents said they had heard gunfire overnight.",
        ("Authorities", T), ("Residents", T),
    ),
    _case(
        "broadsheet",
        "Fraud trial\n\nThe former chief executive denied all charges. His lawyer, Maria "
        "Santos, said the prosecution had “no evidence”. Prosecutors said the fraud cost "
        "investors $2bn.",
        ("Maria Santos", T), ("Prosecutors", T),
    ),
    _case(
        "broadsheet",
        "Heatwave deaths\n\nThe heatwave killed 1,500 people in Spain, according to estimates "
        "from the Carlos III Health Institute. The health minister, Carolina Darias, urged "
        "people to stay indoors.",
        ("Carlos III Health Institute", T), ("Carolina Darias", T),
    ),
    _case(
        "broadsheet",
        "Talks collapse\n\nTalks collapsed on Friday, according to two people familiar with the "
        "matter. The company declined to comment.",
    ),
    _case(
        "broadsheet",
        "School meals\n\nThe scheme will be extended next year according to plan. Teachers "
        "welcomed the decision.",
    ),
    _case(
        "broadsheet",
        "Cabinet reshuffle\n\nThe reshuffle went ahead as planned. He said it would strengthen "
        "the team. It was reported that two ministers had refused new posts.",
    ),
    _case(
        "broadsheet",
        "Space launch\n\nThe rocket lifted off at 9am. Nasa said the launch was “flawless”. "
        "Bill Nelson, the Nasa administrator, said the agency would return to the moon.",
        ("Nasa", T), ("Bill Nelson", T),
    ),
    _case(
        "broadsheet",
        "Rail fares\n\nFares will rise by 5.9% in March, the Department for Transport "
        "announced. The RMT union said the rise was “a kick in the teeth”. Mick Lynch, the "
        "union's general secretary, told the BBC that strikes would continue.",
        ("Department for Transport", T), ("RMT union", T), ("Mick Lynch", T),
    ),
    _case(
        "broadsheet",
        "Energy bills\n\nTypical bills will fall to £1,923 a year, the regulator Ofgem said. "
        "Citizens Advice warned that millions were still struggling.",
        ("Ofgem", T), ("Citizens Advice", T),
    ),
    # --- web copy --------------------------------------------------------------------------
    _case(
        "web",
        "Apple beats forecasts\n\nApple reported revenue of $89.5 billion for the quarter. "
        "CEO Tim Cook said demand for the iPhone was “very strong.”",
        ("Apple", T), ("Tim Cook", T),
    ),
    _case(
        "web",
        "Outage hits users\n\nThousands of users reported problems with the app on Monday, "
        "according to Downdetector. A Meta spokesperson said the issue had been fixed.",
        ("Downdetector", T), ("Meta", T),
    ),
    _case(
        "web",
        "Star signs deal\n\nThe striker has signed a three-year contract, the club confirmed in "
        "a statement on its website.",
        ("Club", T),
    ),
    _case(
        "web",
        "Game delayed\n\nThe game has been delayed to 2025, developer Rockstar Games announced "
        "on Twitter.",
        ("Rockstar Games", T),
    ),
    _case(
        "web",
        "Layoffs\n\nThe startup is laying off 20% of its staff, TechCrunch reported. In a memo "
        "to employees, CEO Jane Park said the cuts were “painful but necessary.”",
        ("TechCrunch", T), ("Jane Park", T),
    ),
    _case(
        "web",
        "Recall\n\nFord is recalling 500,000 vehicles over a faulty camera, the National Highway "
        "Traffic Safety Administration said Friday.",
        ("National Highway Traffic Safety Administration", T),
    ),
    _case(
        "web",
        "Concert cancelled\n\nThe concert was cancelled because of the storm, organizers said. "
        "Fans will get a full refund, according to the venue's website.",
        ("Organizers", T),
    ),
    _case(
        "web",
        "Crypto slump\n\nBitcoin fell below $20,000, according to data from CoinMarketCap. "
        "Analysts at JPMorgan said the sell-off could continue.",
        ("CoinMarketCap", T), ("JPMorgan", T),
    ),
    _case(
        "web",
        "App banned\n\nThe app was banned on government devices. The ban took effect on "
        "Monday and applies to all staff.",
    ),
    _case(
        "web",
        "Box office\n\nThe film took $120 million on its opening weekend, according to studio "
        "estimates. Warner Bros said it was the best opening of the year.",
        ("Warner Bros", T),
    ),
    _case(
        "web",
        "Heat record\n\nJuly was the hottest month on record, the Copernicus Climate Change "
        "Service said. “These are not just numbers,” said Samantha Burgess, the service's "
        "deputy director.",
        ("Copernicus Climate Change Service", T), ("Samantha Burgess", T),
    ),
    _case(
        "web",
        "Rents soar\n\nAverage rents rose 9% in a year, figures from the property site "
        "Rightmove show. The figures suggest the market is cooling, it said.",
        ("Rightmove", T),
    ),
    _case(
        "web",
        "Airline strike\n\nHundreds of flights were cancelled as pilots walked out. The airline "
        "said 80,000 passengers were affected. Pilots' union spokesman Marco Weber told "
        "Reuters that talks had broken down.",
        ("Airline", T), ("Marco Weber", T),
    ),
    _case(
        "web",
        "Phone prices\n\nPrices will rise in April as planned. According to the company's "
        "annual report, profits doubled.",
        ("Company", T),
    ),
    _case(
        "web",
        "Festival returns\n\nThe festival returns in June after a two-year break. Tickets go on "
        "sale on Friday, with prices starting at £50.",
    ),
    _case(
        "web",
        "Fire at warehouse\n\nA fire broke out at a warehouse in Leeds on Tuesday. West "
        "Yorkshire Fire and Rescue Service said 40 firefighters tackled the blaze. Nobody was "
        "hurt, a spokesman for the service said.",
        ("West Yorkshire Fire and Rescue Service", T),
    ),
    _case(
        "web",
        "Vote count\n\nWith 98% of ballots counted, the ruling party had 52% of the vote, "
        "according to the electoral commission. The opposition said the vote was rigged.",
        ("Electoral commission", T), ("Opposition", T),
    ),
    _case(
        "web",
        "Aid convoy\n\nA convoy of 20 trucks entered the city, the UN's humanitarian office "
        "said. The Red Cross said more aid was needed.\n\nWith information from Reuters and AP",
        ("Reuters", A), ("AP", A), ("UN's humanitarian office", T), ("Red Cross", T),
    ),
    _case(
        "web",
        "Hurricane\n\nThe hurricane made landfall in Florida as a Category 4 storm, the National "
        "Hurricane Center said. Governor Ron DeSantis told residents to evacuate.\n\n"
        "The Associated Press contributed to this report.",
        ("AP", A), ("National Hurricane Center", T), ("Ron DeSantis", T),
    ),
    _case(
        "web",
        "Arrests made\n\nPolice arrested 14 people after the match. Chief Constable Sarah Lee "
        "said the violence was “disgraceful”. She said more arrests would follow.",
        ("Sarah Lee", T),
    ),
    _case(
        "web",
        "Plant closure\n\nThe plant will close next year, the company said on Wednesday. It said "
        "the decision affected 300 jobs.\n\nWith reporting from AFP",
        ("AFP", A), ("Company", T),
    ),
)
