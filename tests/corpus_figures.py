"""Short news passages with the figures a careful reader would list, written for the figures tests.

Each case is a passage in wire, broadsheet or web style and the figures expected from it, in
reading order, as ``F(text, value, qualifier, unit, label)``. ``label=None`` means the label is
not checked (what is counted is unclear even to a person). Passages with no figures are the
"should find nothing" cases: years, dates, times, ages, names and pronouns written with numbers.
"""

from __future__ import annotations

from typing import NamedTuple


class F(NamedTuple):
    text: str
    value: float
    qualifier: str | None = None
    unit: str | None = None
    label: str | None = None


class Case(NamedTuple):
    passage: str
    figures: tuple[F, ...]


def case(passage: str, *figures: F) -> Case:
    return Case(passage, figures)


CASES: tuple[Case, ...] = (
    # Counts with digits and separators
    case("Police said 3,000 people gathered in the main square.", F("3,000", 3000, None, None, "people")),
    case("Organisers put the crowd at 12 000 marchers.", F("12 000", 12000, None, None, "marchers")),
    case("Inflation rose to 12.5 per cent in May.", F("12.5 per cent", 12.5, None, "%", "Inflation")),
    case("Some 1,200 soldiers were deployed overnight.", F("Some 1,200", 1200, "Some", None, "soldiers deployed")),
    case("The agency said 47 migrants drowned off the coast.", F("47", 47, None, None, "migrants drowned")),
    # Number words
    case("Two journalists were detained at the border.", F("Two", 2, None, None, "journalists detained")),
    case("The court heard from eighteen witnesses.", F("eighteen", 18, None, None, "witnesses")),
    case("Rescuers pulled twenty-five survivors from the rubble.", F("twenty-five", 25, None, None, "survivors")),
    case("A dozen protesters chained themselves to the gates.", F("A dozen", 12, None, None, "protesters")),
    case("Hundreds of residents fled the fighting.", F("Hundreds", 200, "Hundreds", None, "residents")),
    case("Tens of thousands of people marched through the capital on Sunday.",
         F("Tens of thousands", 20000, "Tens of thousands", None, "people")),
    case("Several hundred families have been left without power.",
         F("Several hundred", 300, "Several", None, "families left")),
    case("Dozens of flights were cancelled.", F("Dozens", 24, "Dozens", None, "flights cancelled")),
    # Scales and money
    case("The programme will cost 1.5 million euros.", F("1.5 million euros", 1.5e6, None, "EUR", "programme")),
    case("The country has 2bn people online.", F("2bn", 2e9, None, None, "people")),
    case("Apple agreed a $3.2 billion settlement with regulators.",
         F("$3.2 billion", 3.2e9, None, "USD", "settlement")),
    case("The club paid £40m for the striker.", F("£40m", 4e7, None, "GBP", None)),
    case("The bank set aside €5 mln for legal costs.", F("€5 mln", 5e6, None, "EUR", None)),
    case("Turnout was 45 pct, the commission said.", F("45 pct", 45, None, "%", "Turnout")),
    case("Inflation hit 45% in March.", F("45%", 45, None, "%", "Inflation")),
    case("Unemployment fell to 4.2 per cent last month.", F("4.2 per cent", 4.2, None, "%", "Unemployment")),
    case("The fund is worth US$1.2bn.", F("US$1.2bn", 1.2e9, None, "USD", "fund")),
    case("Shares jumped 7 percent in early trading.", F("7 percent", 7, None, "%", "Shares")),
    case("The company posted a loss of $250,000.", F("$250,000", 250000, None, "USD", "loss")),
    case("Half a million people signed the petition.", F("Half a million", 5e5, None, None, "people")),
    case("The deal is valued at 2 trillion yen.", F("2 trillion yen", 2e12, None, "JPY", None)),
    # Ranges
    case("Between 20 and 30 people were hurt.", F("Between 20 and 30", 20, "Between", None, "people hurt")),
    case("Officials expect 20-30 centimetres of snow.", F("20-30", 20, None, None, "centimetres")),
    case("Prices are expected to rise 5 to 10 per cent.", F("5 to 10 per cent", 5, None, "%", None)),
    case("The project will cost $20-30 million.", F("$20-30 million", 2e7, None, "USD", None)),
    case("Two or three gunmen opened fire.", F("Two or three", 2, None, None, "gunmen")),
    # Fractions
    case("Nearly half of the population lives abroad.", F("Nearly half", 50, "Nearly", "%", "population")),
    case("A third of the budget goes to defence.", F("A third", 33.33, None, "%", "budget")),
    case("Two-thirds of voters backed the plan.", F("Two-thirds", 66.67, None, "%", "voters")),
    # Hedges
    case("More than 3,000 “criminals” have been arrested, the ministry said.",
         F("More than 3,000", 3000, "More than", None, "criminals arrested")),
    case("At least 18 officers died in the clashes.", F("At least 18", 18, "At least", None, "officers died")),
    case("About 200 homes were destroyed.", F("About 200", 200, "About", None, "homes destroyed")),
    case("Around 40 schools remain closed.", F("Around 40", 40, "Around", None, "schools")),
    case("Nearly 90 flights were grounded.", F("Nearly 90", 90, "Nearly", None, "flights grounded")),
    case("Almost 70% of households lack clean water.", F("Almost 70%", 70, "Almost", "%", "households")),
    case("Up to 500 jobs could go.", F("Up to 500", 500, "Up to", None, "jobs")),
    case("Fewer than 100 tickets remain.", F("Fewer than 100", 100, "Fewer than", None, "tickets")),
    case("The vaccine costs less than $10 a dose.", F("less than $10", 10, "less than", "USD", None)),
    case("An estimated 1.2 million children are out of school.",
         F("An estimated 1.2 million", 1.2e6, "An estimated", None, "children")),
    case("Roughly 300 delegates attended.", F("Roughly 300", 300, "Roughly", None, "delegates")),
    case("The storm left approximately 15,000 customers without power.",
         F("approximately 15,000", 15000, "approximately", None, "customers")),
    case("As many as 60 boats joined the search.", F("As many as 60", 60, "As many as", None, "boats")),
    case("At most 12 patients can be treated at once.", F("At most 12", 12, "At most", None, "patients")),
    case("The rebels hold close to 40 villages.", F("close to 40", 40, "close to", None, "villages")),
    case("Over 5,000 runners took part.", F("Over 5,000", 5000, "Over", None, "runners")),
    case("Just over 2,000 votes separated the candidates.", F("Just over 2,000", 2000, "Just over", None, "votes")),
    case("The march drew 10,000 or more people.", F("10,000 or more", 10000, "or more", None, "people")),
    # Predicate position and partitives
    case("The death toll rose to 50 on Tuesday.", F("50", 50, None, None, "death toll")),
    case("The number of confirmed cases reached 1,024.", F("1,024", 1024, None, None, "confirmed cases")),
    case("Eleven people were injured, three of whom are in a critical condition.",
         F("Eleven", 11, None, None, "people injured"), F("three", 3, None, None, None)),
    case("The authorities confirmed at least 18 deaths, two of whom were found beheaded.",
         F("at least 18", 18, "at least", None, "deaths"), F("two", 2, None, None, "found beheaded")),
    case("The alliance is made up of five other former Soviet republics.",
         F("five", 5, None, None, "other former Soviet republics")),
    case("One person was killed and four were wounded.",
         F("One", 1, None, None, "person killed"), F("four", 4, None, None, "wounded")),
    # Should find nothing: years, dates, times
    case("The regime has ruled with a heavy hand since 1990.",),
    case("He has governed since 2019 after the resignation of his predecessor.",),
    case("A state of emergency will remain in force until January 19.",),
    case("The summit opens on 19 January 2022 in Geneva.",),
    case("The talks resume on March 3, 2023, officials said.",),
    case("The curfew starts at 10 p.m. and ends at 6:30 in the morning.",),
    case("Trading was halted at 1400 GMT.",),
    case("The 2014-2015 season was cancelled.",),
    # Should find nothing: ordinals, ages, names, phone and street numbers
    case("It was the 19th protest this year and the first in the capital.",),
    case("The driver, aged 34, was arrested at the scene.",),
    case("A 34-year-old man has been charged.",),
    case("Maria Lopez, 52, said she had lost everything.",),
    case("Leaders of the G7 met in Cornwall.",),
    case("Covid-19 restrictions were lifted.",),
    case("The airline grounded its Boeing 737 fleet.",),
    case("Call the hotline on 555-0134 for advice.",),
    case("Protesters gathered outside 10 Downing Street.",),
    case("He is one of the most powerful men in the country.",),
    case("No one was hurt in the blast.",),
    case("The minister left for a two-day visit to Paris.",),
    case("Article 5 of the treaty has been invoked once.",),
    # Mixed: figures next to things that are not
    case("In 2019, 1,500 people were evacuated.", F("1,500", 1500, None, None, "people evacuated")),
    case("On January 19, 2022, police detained 164 people.", F("164", 164, None, None, "people")),
    case("The 45-year-old paid $1,000 in fines.", F("$1,000", 1000, None, "USD", None)),
    case("“We lost 200 homes,” the mayor said on Friday.", F("200", 200, None, None, "homes")),
    # Wire, markets and sport copy
    case("The U.S. economy added 263,000 jobs in November, beating forecasts of 200,000.",
         F("263,000", 263000, None, None, "jobs"), F("200,000", 200000, None, None, "forecasts")),
    case("The unemployment rate held at 3.7%, while average hourly earnings rose 0.6%.",
         F("3.7%", 3.7, None, "%", "unemployment rate"), F("0.6%", 0.6, None, "%", "average hourly earnings")),
    case("The pound slipped to $1.19, its lowest level in two weeks.",
         F("$1.19", 1.19, None, "USD", "pound"), F("two", 2, None, None, "weeks")),
    case("Apple shares rose 3 percent to $150.72, valuing the company at about $2.4 trillion.",
         F("3 percent", 3, None, "%", "Apple shares"), F("$150.72", 150.72, None, "USD", None),
         F("about $2.4 trillion", 2.4e12, "about", "USD", None)),
    case("The Supreme Court ruled 6-3 in favour of the plaintiffs.",),
    case("The 49ers beat the Rams 24-10 on Sunday.",),
    case("The bill passed on a 4-3 vote.",),
    case("The attacks of 9/11 killed nearly 3,000 people. The store is open 24/7.",
         F("nearly 3,000", 3000, "nearly", None, "people")),
    case("The firm raised 500 million yuan ($70 million) in its latest round.",
         F("500 million yuan", 5e8, None, "CNY", None), F("$70 million", 7e7, None, "USD", None)),
    case("COP26 ended with a deal to keep 1.5C within reach.", F("1.5C", 1.5, None, "°C", None)),
    case("Under Title 42, agents expelled migrants more than 2.5 million times.",
         F("more than 2.5 million", 2.5e6, "more than", None, "times")),
    case("Traffic on Interstate 95 was backed up for 10 miles.", F("10", 10, None, None, "miles")),
    case("The suspect, 22, was taken into custody by two patrons.", F("two", 2, None, None, "patrons")),
    case("The men, aged between 18 and 30, were charged with first-degree murder.",),
    case("One of them is in his 60s. The two leaders met for one-on-one talks.",
         F("two", 2, None, None, "leaders")),
    case("In the 1980s, the city had a population of 1.2 million.", F("1.2 million", 1.2e6, None, None, "population")),
    case("The firm reported Q3 profit of €812m, down 15% year on year.",
         F("€812m", 8.12e8, None, "EUR", "Q3 profit"), F("15%", 15, None, "%", "")),
    case("Critics say one in three new homes is unaffordable.", F("one in three", 33.33, None, "%", "new homes")),
    case("The earthquake struck at 4:17 a.m. local time at a depth of 17.9 km.",
         F("17.9 km", 17.9, None, "km", "depth")),
    case("Anyone with information is asked to call 101.",),
    case("Pfizer expects to produce up to 50 million doses in 2020 and 1.3 billion in 2021.",
         F("up to 50 million", 5e7, "up to", None, "doses"), F("1.3 billion", 1.3e9, None, None, None)),
    case("Ukraine said Russia launched 70 missiles overnight, of which 60 were shot down.",
         F("70", 70, None, None, "missiles"), F("60", 60, None, None, "shot")),
    case("The 27-member bloc agreed a price cap of $60 per barrel.", F("$60", 60, None, "USD", "price cap")),
    # Time frames, compounds, markers
    case("The plant closed two years ago after the past five years of losses.",),
    case("The talks collapsed three days later.",),
    case("Over the next 10 years, the state will hire 4,000 teachers.", F("4,000", 4000, None, None, "teachers")),
    case("He was sentenced to 10 years in prison.", F("10", 10, None, None, "years")),
    case("The city deployed a 5,000-strong force.", F("5,000", 5000, None, None, None)),
    case("The club signed a £1.5bn-a-year sponsorship deal.", F("£1.5bn", 1.5e9, None, "GBP", None)),
    case("It is a 50-50 chance, and the match ended in a 3-3 draw.",),
    case("Half were children, the agency said.", F("Half", 50, None, "%", None)),
    case("For help, call 0800 123 456.",),
    case("The university is ranked in the top 10 nationally.",),
    # Conflict, weather, politics, health
    case("Aid agencies say only 15 of the 36 hospitals are partially functioning.",
         F("15", 15, None, None, "hospitals"), F("36", 36, None, None, "hospitals")),
    case("The storm hit as a Category 3 hurricane with winds of 125mph (205km/h).",
         F("125mph", 125, None, "mph", "winds"), F("205km/h", 205, None, "km/h", None)),
    case("Contributions will rise from 13.8% to 15% from April.",
         F("13.8%", 13.8, None, "%", None), F("15%", 15, None, "%", None)),
    case("The recall affects about 1.3 million vehicles built between 2017 and 2021.",
         F("about 1.3 million", 1.3e6, "about", None, "vehicles")),
    case("The Fed cut rates by half a percentage point to a range of 4.75%-5%.",
         F("half a percentage point", 0.5, None, "percentage points", None),
         F("4.75%-5%", 4.75, None, "%", "range")),
    case("The ceasefire took effect at 4am local time (0200 GMT).",),
    case("The victim, named locally as Daniel Anjorin, 14, died at the scene.",),
    case("About 1,000 firefighters were battling the blaze, and 7,500 residents had been ordered to evacuate.",
         F("About 1,000", 1000, "About", None, "firefighters"), F("7,500", 7500, None, None, "residents ordered")),
    case("Nearly a third of adults are obese, while one in four children leaves school overweight.",
         F("Nearly a third", 33.33, "Nearly", "%", "adults"), F("one in four", 25, None, "%", "children")),
    # Technology and business copy
    case("The iPhone 16 starts at $799.", F("$799", 799, None, "USD", None)),
    case("One person familiar with the deal said Microsoft would invest again.",),
    case("One of the investors plans to put in $1 billion.", F("$1 billion", 1e9, None, "USD", None)),
    case("The bill would give 1 in 4 workers a raise.", F("1 in 4", 25, None, "%", "workers")),
    case("Police killed 3 in 2019 and 5 in 2020.", F("3", 3, None, None, None), F("5", 5, None, None, None)),
    case("Tesla delivered 435,059 vehicles in the third quarter.", F("435,059", 435059, None, None, "vehicles")),
    case("The layoffs affect roughly 10% of the workforce, or about 1,800 people.",
         F("roughly 10%", 10, "roughly", "%", "workforce"), F("about 1,800", 1800, "about", None, "people")),
    case("Thousands gathered in Tbilisi, and police detained at least 30 people.",
         F("Thousands", 2000, "Thousands", None, None), F("at least 30", 30, "at least", None, "people")),
    case("Apple's 3,000 engineers and Kazakhstan's 17 regions were affected.",
         F("3,000", 3000, None, None, "engineers"), F("17", 17, None, None, "regions affected")),
    case("Test scores fell. Scores of people were hurt, and 3 plus 4 is not a figure of speech.",
         F("Scores", 40, "Scores", None, "people hurt"), F("3", 3, None, None, None), F("4", 4, None, None, None)),
    # Subjects past their prepositional phrases, sources, ratios in words
    case("The death toll from a train crash in Odisha rose to 288, officials said.",
         F("288", 288, None, None, "death toll")),
    case("Revenue for the third quarter was $4.1bn.", F("$4.1bn", 4.1e9, None, "USD", "Revenue")),
    case("Thieves stole jewels worth €1m from the museum.", F("€1m", 1e6, None, "EUR", "jewels")),
    case("A magnitude 6.1 earthquake struck off northeastern Japan.", F("6.1", 6.1, None, None, "earthquake")),
    case("Talks collapsed, according to two people familiar with the matter.",),
    case("Three witnesses told Reuters the convoy was hit, and 3,000 protesters said they would stay.",
         F("3,000", 3000, None, None, "protesters")),
    case("Seven in ten adults use AI tools at work.", F("Seven in ten", 70, None, "%", "adults")),
    # UK scale letters, quarters of a million, "out of"
    case("Nine out of 10 voters said the economy was their top concern.",
         F("Nine out of 10", 90, None, "%", "voters")),
    case("More than 1m meals were served, and the startup raised 3.5m euros.",
         F("More than 1m", 1e6, "More than", None, "meals served"), F("3.5m euros", 3.5e6, None, "EUR", None)),
    case("The sprinter won the 100m final and the council built a 2m wall.",),
    case("About a quarter of a million people live in the district.",
         F("About a quarter of a million", 250000, "About", None, "people")),
    case("The airport handled 80.9 million passengers, 2.1m more than a year before.",
         F("80.9 million", 8.09e7, None, None, "passengers"), F("2.1m", 2.1e6, None, None, None)),
)
