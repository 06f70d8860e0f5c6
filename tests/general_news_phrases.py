"""Row helpers for `test_general_news` and its second set of phrases (issue 13, item 7):
markets, tech, sport, science, weather and prices, written for this table in the style
of real copy (no sentence is taken from data/dev).

Rows are ``(sentence, [expected claims])``; strict xfails say what the code does instead."""

from __future__ import annotations

import pytest

Exp = tuple[str, "float | None", "float | None", "float | None", str, str, "str | None"]


def c(
    span: str, value: float, unit: str = "count", change: str | None = None, q: str = "exact"
) -> Exp:
    """An expected single-valued claim: ``(span, value, low, high, qualifier, unit, change)``."""
    return (span, value, None, None, q, unit, change)


def r(span: str, low: float, high: float, unit: str = "count", change: str | None = None) -> Exp:
    """An expected range."""
    return (span, None, low, high, "range", unit, change)


def xfail(sentence: str, expected: list[Exp], reason: str) -> object:
    """A row the code gets wrong today, kept as a strict xfail saying what it does."""
    return pytest.param(sentence, expected, marks=pytest.mark.xfail(strict=True, reason=reason))


MARKETS_MORE = [
    ("Nvidia shares jumped 7.2% after the earnings report.", [c("7.2%", 7.2, "percent", "up")]),
    (
        "The Nasdaq Composite dropped 2.1 percent on Friday.",
        [c("2.1 percent", 2.1, "percent", "down")],
    ),
    ("Oil prices slipped below $70 a barrel.", [c("below $70", 70, "USD", None, "less_than")]),
    ("The euro rose to $1.09 against the dollar.", [c("$1.09", 1.09, "USD")]),
    ("Japan's Nikkei 225 closed down 1.8%.", [c("1.8%", 1.8, "percent", "down")]),
    (
        "Apple's market value reached $3 trillion for the first time.",
        [c("$3 trillion", 3e12, "USD")],
    ),
    (
        "The company said quarterly revenue rose 12% to $24.3 billion.",
        [c("12%", 12, "percent", "up"), c("$24.3 billion", 2.43e10, "USD")],
    ),
    (
        "Net income fell to $1.1bn from $1.6bn a year earlier.",
        [c("$1.1bn", 1.1e9, "USD"), c("$1.6bn", 1.6e9, "USD")],
    ),
    (
        "The central bank raised its key rate by half a percentage point.",
        [c("half a percentage point", 0.5, "percentage point")],
    ),
    ("The yield on the 10-year Treasury note climbed to 4.6%.", [c("4.6%", 4.6, "percent")]),
    (
        "Shares in the carmaker tumbled 15 per cent in Frankfurt.",
        [c("15 per cent", 15, "percent", "down")],
    ),
    (
        "The retailer plans to close 150 stores and cut 2,500 jobs.",
        [c("150", 150), c("2,500", 2500, "count", "down")],
    ),
    (
        "The deal is valued at roughly $68.7 billion.",
        [c("roughly $68.7 billion", 6.87e10, "USD", None, "approximately")],
    ),
    ("Copper futures gained 3.4 percent in London.", [c("3.4 percent", 3.4, "percent", "up")]),
    ("The Hang Seng index lost 420 points, or 2.3%.", [c("420", 420), c("2.3%", 2.3, "percent")]),
    (
        "Inflation in the euro zone slowed to 2.4 per cent in November.",
        [c("2.4 per cent", 2.4, "percent")],
    ),
    ("The bank earned a profit of €2.1 billion in the quarter.", [c("€2.1 billion", 2.1e9, "EUR")]),
    ("Bitcoin surged past $60,000 on Monday.", [c("$60,000", 60000, "USD")]),
    (
        "Investors pulled $12.5 billion from bond funds last week.",
        [c("$12.5 billion", 1.25e10, "USD")],
    ),
    ("The pound fell 0.6% to $1.24.", [c("0.6%", 0.6, "percent", "down"), c("$1.24", 1.24, "USD")]),
    ("The Kospi rose 1.1% to 2,650.", [c("1.1%", 1.1, "percent", "up"), c("2,650", 2650)]),
    ("US retail sales increased 0.7 percent in October.", [c("0.7 percent", 0.7, "percent", "up")]),
    (
        "The firm's shares have lost nearly 40% of their value this year.",
        [c("nearly 40%", 40, "percent", None, "approximately")],
    ),
    (
        "Unemployment rose to 5.1% from 4.9%.",
        [c("5.1%", 5.1, "percent"), c("4.9%", 4.9, "percent")],
    ),
    ("The company bought back shares worth $5bn.", [c("$5bn", 5e9, "USD")]),
    (
        "Wages grew by 4.3 per cent in the year to September.",
        [c("4.3 per cent", 4.3, "percent", "up")],
    ),
    ("The government will borrow an extra £28bn next year.", [c("£28bn", 2.8e10, "GBP")]),
    ("Consumer prices rose 0.3% in the month.", [c("0.3%", 0.3, "percent", "up")]),
    ("Output at factories shrank for the third month in a row.", []),
    (
        "The index has gained about 18 per cent since January.",
        [c("about 18 per cent", 18, "percent", "up", "approximately")],
    ),
    ("The ruble weakened to 100 per dollar.", [c("100", 100)]),
    (
        "Gold rose as much as 1.5% to $2,450 an ounce.",
        [c("as much as 1.5%", 1.5, "percent", "up", "at_most"), c("$2,450", 2450, "USD")],
    ),
    ("The takeover bid values the company at A$2.4 billion.", [c("A$2.4 billion", 2.4e9, "AUD")]),
    ("Mortgage rates dropped to 6.1 percent.", [c("6.1 percent", 6.1, "percent")]),
    ("Exports to China grew 9.4% year on year.", [c("9.4%", 9.4, "percent", "up")]),
    (
        "The startup is now worth an estimated $4.5 billion.",
        [c("an estimated $4.5 billion", 4.5e9, "USD", None, "approximately")],
    ),
    ("The IMF cut its global growth forecast to 2.9%.", [c("2.9%", 2.9, "percent")]),
    ("Shares rose 4 cents to $1.36.", [c("4 cents", 0.04, "USD", "up"), c("$1.36", 1.36, "USD")]),
    ("Trading volume was 30% above average.", [c("30%", 30, "percent")]),
    ("The fund returned 11.2% last year.", [c("11.2%", 11.2, "percent")]),
]

TECH_MORE = [
    ("The new tablet weighs just 460 grams.", [c("460 grams", 460, "gram")]),
    (
        "The battery lasts up to 22 hours on a single charge.",
        [c("up to 22 hours", 22, "hour", None, "at_most")],
    ),
    ("The company shipped 78 million smartphones in the quarter.", [c("78 million", 7.8e7)]),
    ("The chip packs 92 billion transistors.", [c("92 billion", 9.2e10)]),
    ("The update is 1.2GB in size.", [c("1.2GB", 1.2, "gigabyte")]),
    (
        "The satellite network now has more than 6,000 satellites in orbit.",
        [c("more than 6,000", 6000, "count", None, "more_than")],
    ),
    ("The charger delivers 65W of power.", [c("65W", 65, "watt")]),
    ("The smartwatch screen measures 1.9 inches.", [c("1.9 inches", 1.9, "inch")]),
    ("The server farm covers 40,000 square feet.", [c("40,000 square feet", 40000, "square foot")]),
    ("The model was trained on 15 trillion tokens.", [c("15 trillion", 1.5e13)]),
    ("Its 5,000mAh battery is larger than last year's.", [c("5,000mAh", 5000, "milliampere hour")]),
    ("The drone can fly for 45 minutes.", [c("45 minutes", 45, "minute")]),
    ("The service has 300 million monthly users.", [c("300 million", 3e8)]),
    ("The console sold 4.6 million units in its first month.", [c("4.6 million", 4.6e6)]),
    ("The laptop has a 14-inch display.", [c("14-inch", 14, "inch")]),
    (
        "Fibre broadband offers speeds of up to 900Mbps.",
        [c("up to 900Mbps", 900, "megabit per second", None, "at_most")],
    ),
    (
        "The company laid off about 10,000 workers.",
        [c("about 10,000", 10000, "count", None, "approximately")],
    ),
    (
        "The cable carries 250 terabits per second.",
        [c("250 terabits per second", 250, "terabit per second")],
    ),
    ("The startup raised $30 million in a Series B round.", [c("$30 million", 3e7, "USD")]),
    ("The electric SUV has a range of 520 km.", [c("520 km", 520, "kilometer")]),
    ("The headphones cost £299.", [c("£299", 299, "GBP")]),
    (
        "The car accelerates from zero to 60 mph in 3.1 seconds.",
        [r("from zero to 60 mph", 0, 60, "mile per hour"), c("3.1 seconds", 3.1, "second")],
    ),
    ("The memory card holds 1TB of photos.", [c("1TB", 1, "terabyte")]),
    ("The firm spent $14bn on research last year.", [c("$14bn", 1.4e10, "USD")]),
    ("Cloud revenue grew 28% in the third quarter.", [c("28%", 28, "percent", "up")]),
    ("The data breach exposed 53 million records.", [c("53 million", 5.3e7)]),
    ("The rocket stands 120 metres tall.", [c("120 metres", 120, "meter")]),
    ("The truck can tow 11,000 pounds.", [c("11,000 pounds", 11000, "pound")]),
    ("Screen time rose to 7 hours a day.", [c("7 hours a day", 7, "hour")]),
    ("The factory will produce 500,000 vehicles a year.", [c("500,000", 500000)]),
    ("The camera records video at 120 frames per second.", [c("120", 120)]),
    ("The app was downloaded 100 million times.", [c("100 million", 1e8)]),
    (
        "The phone's processor runs at up to 3.3 GHz.",
        [c("up to 3.3 GHz", 3.3, "gigahertz", None, "at_most")],
    ),
    (
        "The new fab will cost about $20 billion.",
        [c("about $20 billion", 2e10, "USD", None, "approximately")],
    ),
    ("The panel is 0.5mm thick.", [c("0.5mm", 0.5, "millimeter")]),
    ("The TV comes in a 65-inch model.", [c("65-inch", 65, "inch")]),
    ("The plant draws 50 megawatts from the grid.", [c("50 megawatts", 50, "megawatt")]),
    ("Prices for the handset start at $799.", [c("$799", 799, "USD")]),
    (
        "A 2TB drive now sells for under $100.",
        [c("2TB", 2, "terabyte"), c("under $100", 100, "USD", None, "less_than")],
    ),
    ("Smartphone sales fell 8% last year.", [c("8%", 8, "percent", "down")]),
]

SPORT_MORE = [
    ("The forward scored 31 points in the win.", [c("31", 31)]),
    (
        "She finished the 400m in 49.6 seconds.",
        [c("400m", 400, "meter"), c("49.6 seconds", 49.6, "second")],
    ),
    ("The quarterback threw for 287 yards.", [c("287 yards", 287, "yard")]),
    ("The club sold its striker for €80m.", [c("€80m", 8e7, "EUR")]),
    ("The team is on a run of 12 straight wins.", [c("12", 12)]),
    xfail(
        "The golfer shot a 7-under-par 65.", [], "golf scores (7-under-par 65) are read as counts"
    ),
    ("The Yankees beat the Red Sox 5-3.", []),
    (
        "He ran the marathon in 2 hours and 5 minutes.",
        [c("2 hours", 2, "hour"), c("5 minutes", 5, "minute")],
    ),
    ("The cyclist covered 180 km in the stage.", [c("180 km", 180, "kilometer")]),
    ("The winner takes home $2.7 million.", [c("$2.7 million", 2.7e6, "USD")]),
    ("The stadium's capacity is 52,000.", [c("52,000", 52000)]),
    ("The pitcher struck out 11 batters.", [c("11", 11)]),
    (
        "The free agent signed a five-year, $150 million deal.",
        [c("five-year", 5, "year"), c("$150 million", 1.5e8, "USD")],
    ),
    ("The jump measured 8.35 metres.", [c("8.35 metres", 8.35, "meter")]),
    (
        "The arena holds about 20,000 spectators.",
        [c("about 20,000", 20000, "count", None, "approximately")],
    ),
    ("The marathon course measures 42.2 kilometres.", [c("42.2 kilometres", 42.2, "kilometer")]),
    ("The tennis star served 25 aces.", [c("25", 25)]),
    ("Season tickets went up 6% this year.", [c("6%", 6, "percent", "up")]),
    ("The team drew 1-1 with Leeds.", []),
    ("The club's wage bill rose to £190m.", [c("£190m", 1.9e8, "GBP")]),
    (
        "About 1.2 million fans attended the tournament.",
        [c("About 1.2 million", 1.2e6, "count", None, "approximately")],
    ),
    (
        "The sprinter reached a top speed of 44.7 km/h.",
        [c("44.7 km/h", 44.7, "kilometer per hour")],
    ),
    ("The boxer weighed in at 90.7kg.", [c("90.7kg", 90.7, "kilogram")]),
    ("The series was tied at 2-2.", []),
    ("He was banned for six matches.", [c("six", 6)]),
    ("The manager was fined £25,000.", [c("£25,000", 25000, "GBP")]),
    ("The swimmer won the 200m freestyle.", [c("200m", 200, "meter")]),
    ("The course is 7,500 yards long.", [c("7,500 yards", 7500, "yard")]),
    ("The skier reached 150 km/h on the downhill.", [c("150 km/h", 150, "kilometer per hour")]),
    ("They won the title by 9 points.", [c("9", 9)]),
    ("The winger joined on a four-year contract.", [c("four-year", 4, "year")]),
    xfail(
        "The broadcast deal is worth $76 billion over 11 years.",
        [c("$76 billion", 7.6e10, "USD"), c("11 years", 11, "year")],
        "'over' before the term of a deal is read as the bound more_than",
    ),
    ("The horse won by three lengths.", [c("three", 3)]),
    ("Ticket prices start at £45.", [c("£45", 45, "GBP")]),
    ("Attendance dropped by 15 percent.", [c("15 percent", 15, "percent", "down")]),
    ("The team trailed by 14 points at halftime.", [c("14", 14)]),
    ("The player earns £350,000 a week.", [c("£350,000 a week", 350000, "GBP")]),
    ("The fight lasted 12 rounds.", [c("12", 12)]),
    xfail(
        "The hammer landed at 82.3m.",
        [c("82.3m", 82.3, "meter")],
        "a glued m after a decimal with no measuring word nearby is read as million",
    ),
    (
        "More than 70,000 fans packed the stadium.",
        [c("More than 70,000", 70000, "count", None, "more_than")],
    ),
]

SCIENCE_MORE = [
    (
        "The comet passes within 40 million kilometres of Earth.",
        [c("40 million kilometres", 4e7, "kilometer")],
    ),
    xfail(
        "The volcano rises 3,350 metres above sea level.",
        [c("3,350 metres", 3350, "meter")],
        "'rises' before a height is read as a rise",
    ),
    ("The drug cut the risk of death by 20%.", [c("20%", 20, "percent", "down")]),
    (
        "The study followed 1,200 patients for five years.",
        [c("1,200", 1200), c("five years", 5, "year")],
    ),
    (
        "The black hole is 6.5 billion times as massive as the sun.",
        [c("6.5 billion times", 6.5e9, "times")],
    ),
    (
        "The core reaches temperatures of 15 million degrees Celsius.",
        [c("15 million degrees Celsius", 1.5e7, "degree Celsius")],
    ),
    (
        "Sea levels have risen about 20 centimetres since 1900.",
        [c("about 20 centimetres", 20, "centimeter", "up", "approximately")],
    ),
    (
        "The virus has infected more than 3,000 people.",
        [c("more than 3,000", 3000, "count", None, "more_than")],
    ),
    xfail(
        "The fossil is roughly 300 million years old.",
        [c("roughly 300 million years", 3e8, "year", None, "approximately")],
        "'old' after a duration is read as an age that places in time",
    ),
    (
        "The spacecraft travelled 6.4 billion kilometres.",
        [c("6.4 billion kilometres", 6.4e9, "kilometer")],
    ),
    ("The trial enrolled 30,000 volunteers.", [c("30,000", 30000)]),
    ("The glacier loses 12 billion tonnes of ice a year.", [c("12 billion tonnes", 1.2e10, "ton")]),
    ("The quake had a magnitude of 6.8.", [c("6.8", 6.8)]),
    ("The planet orbits its star every 3.5 days.", []),
    ("The new telescope's mirror is 6.5 metres across.", [c("6.5 metres", 6.5, "meter")]),
    ("Life expectancy rose to 73.4 years.", [c("73.4 years", 73.4, "year")]),
    (
        "The bacteria can survive at minus 20 Celsius.",
        [c("minus 20 Celsius", -20, "degree Celsius")],
    ),
    ("Researchers sequenced 10,000 genomes.", [c("10,000", 10000)]),
    (
        "The moon is about 384,400 km from Earth.",
        [c("about 384,400 km", 384400, "kilometer", None, "approximately")],
    ),
    ("The patient lost 15kg in six months.", [c("15kg", 15, "kilogram")]),
    (
        "The Arctic warmed nearly four times faster than the rest of the globe.",
        [c("nearly four times", 4, "times", None, "approximately")],
    ),
    ("The cells divide every 24 hours.", []),
    (
        "About 8% of adults have the condition.",
        [c("About 8%", 8, "percent", None, "approximately")],
    ),
    (
        "The sample contained 2.5 micrograms of the compound.",
        [c("2.5 micrograms", 2.5, "microgram")],
    ),
    (
        "The reef covers 344,400 square kilometres.",
        [c("344,400 square kilometres", 344400, "square kilometer")],
    ),
    ("The mission cost $10 billion.", [c("$10 billion", 1e10, "USD")]),
    (
        "Carbon dioxide levels reached 421 parts per million.",
        [c("421 parts per million", 421, "part per million")],
    ),
    ("Each dose contains 50mg of the drug.", [c("50mg", 50, "milligram")]),
    ("The new species measures just 8 millimetres.", [c("8 millimetres", 8, "millimeter")]),
    (
        "The asteroid weighs an estimated 60 million tonnes.",
        [c("an estimated 60 million tonnes", 6e7, "ton", None, "approximately")],
    ),
    ("The light took 13.1 billion years to reach us.", [c("13.1 billion years", 1.31e10, "year")]),
    ("Obesity rates have tripled since 1975.", [c("tripled", 3, "times", "up")]),
    ("The experiment ran at 1.5 kelvin.", [c("1.5 kelvin", 1.5, "kelvin")]),
    ("The wave traveled at 700 km/h across the ocean.", [c("700 km/h", 700, "kilometer per hour")]),
    (
        "Infections fell by a third in the vaccinated group.",
        [c("a third", 33.33, "percent", "down")],
    ),
    ("Two-thirds of the coral has bleached.", [c("Two-thirds", 66.67, "percent")]),
    (
        "The probe reached a speed of 692,000 km/h.",
        [c("692,000 km/h", 692000, "kilometer per hour")],
    ),
    ("The ice sheet is 3 km thick.", [c("3 km", 3, "kilometer")]),
    ("Ozone levels fell by 5 percent.", [c("5 percent", 5, "percent", "down")]),
    ("The treatment worked in 45 of the 60 patients.", [c("45", 45), c("60", 60)]),
]

WEATHER_MORE = [
    (
        "Winds of up to 90mph are forecast.",
        [c("up to 90mph", 90, "mile per hour", None, "at_most")],
    ),
    (
        "More than 200mm of rain fell in 24 hours.",
        [c("More than 200mm", 200, "millimeter", None, "more_than")],
    ),
    ("The heatwave pushed temperatures to 40C.", [c("40C", 40, "degree Celsius")]),
    ("Overnight lows will drop to minus 12C.", [c("minus 12C", -12, "degree Celsius")]),
    ("Snow depths reached 1.2 metres in the Alps.", [c("1.2 metres", 1.2, "meter")]),
    ("The hurricane's sustained winds hit 155 mph.", [c("155 mph", 155, "mile per hour")]),
    ("Rainfall was 30% below average this spring.", [c("30%", 30, "percent")]),
    ("The typhoon forced 500,000 people to evacuate.", [c("500,000", 500000)]),
    (
        "Temperatures are expected to rise to 35 degrees Celsius.",
        [c("35 degrees Celsius", 35, "degree Celsius")],
    ),
    ("Hail the size of golf balls fell across 50 miles.", [c("50 miles", 50, "mile")]),
    ("The drought has lasted 18 months.", [c("18 months", 18, "month")]),
    ("The flood waters rose 2 metres overnight.", [c("2 metres", 2, "meter", "up")]),
    (
        "Some 4,000 firefighters battled the blaze.",
        [c("Some 4,000", 4000, "count", None, "approximately")],
    ),
    ("The fire has burned through 45,000 hectares.", [c("45,000 hectares", 45000, "hectare")]),
    ("The storm left 1.3 million customers without power.", [c("1.3 million", 1.3e6)]),
    ("A gust of 124 km/h was recorded at the airport.", [c("124 km/h", 124, "kilometer per hour")]),
    xfail(
        "Temperatures were 3 degrees above normal.",
        [c("3 degrees", 3, "degree")],
        "a bare 'degrees' is left out of the units (angles, university degrees)",
    ),
    ("The city recorded 12 inches of snow.", [c("12 inches", 12, "inch")]),
    ("The wildfire was 40% contained by Sunday.", [c("40%", 40, "percent")]),
    ("The cold snap brought temperatures of -30F.", [c("-30F", -30, "degree Fahrenheit")]),
    ("Up to 8 inches of rain could fall.", [c("Up to 8 inches", 8, "inch", None, "at_most")]),
    ("The river peaked at 9.6 metres.", [c("9.6 metres", 9.6, "meter")]),
    (
        "Humidity stayed above 90 percent.",
        [c("above 90 percent", 90, "percent", None, "more_than")],
    ),
    ("The tornado was on the ground for 22 miles.", [c("22 miles", 22, "mile")]),
    (
        "The monsoon killed at least 120 people.",
        [c("at least 120", 120, "count", None, "at_least")],
    ),
    ("Sea surface temperatures hit 31C.", [c("31C", 31, "degree Celsius")]),
    ("Average temperatures rose 1.1C over the century.", [c("1.1C", 1.1, "degree Celsius", "up")]),
    ("The blizzard dumped 2 feet of snow.", [c("2 feet", 2, "foot")]),
    ("Winds eased to 30 km/h by the evening.", [c("30 km/h", 30, "kilometer per hour")]),
    (
        "The storm caused an estimated $3 billion in damage.",
        [c("an estimated $3 billion", 3e9, "USD", None, "approximately")],
    ),
]

PRICES_MORE = [
    ("A litre of petrol now costs £1.45.", [c("£1.45", 1.45, "GBP")]),
    ("The average house price rose to £285,000.", [c("£285,000", 285000, "GBP")]),
    ("A pint of beer costs $8 in the city.", [c("$8", 8, "USD")]),
    ("Rents have risen by 9 percent in a year.", [c("9 percent", 9, "percent", "up")]),
    ("A loaf of bread costs about 90p.", [c("about 90p", 0.9, "GBP", None, "approximately")]),
    ("Electricity bills will go up by £150 a year.", [c("£150 a year", 150, "GBP", "up")]),
    ("The monthly pass costs €49.", [c("€49", 49, "EUR")]),
    ("A cup of coffee now costs Rs 250.", [c("Rs 250", 250, "INR")]),
    ("Fuel prices rose 4 cents a gallon.", [c("4 cents", 0.04, "USD", "up")]),
    ("Diesel costs 1.72 euros a litre.", [c("1.72 euros", 1.72, "EUR")]),
    ("Tuition fees are capped at £9,250 a year.", [c("£9,250 a year", 9250, "GBP")]),
    ("A tank of gas costs around $60.", [c("around $60", 60, "USD", None, "approximately")]),
    ("Butter prices jumped 20% in a month.", [c("20%", 20, "percent", "up")]),
    ("The average rent is $1,950 a month.", [c("$1,950 a month", 1950, "USD")]),
    ("A dozen roses cost $40 before Valentine's Day.", [c("A dozen", 12), c("$40", 40, "USD")]),
    ("Train fares will rise by 5.9 per cent.", [c("5.9 per cent", 5.9, "percent", "up")]),
    ("Eggs cost 30 cents more than last year.", [c("30 cents", 0.3, "USD")]),
    ("Food prices rose 10.4% in the year to March.", [c("10.4%", 10.4, "percent", "up")]),
    ("A night at an Osaka hotel costs ¥25,000.", [c("¥25,000", 25000, "JPY")]),
    ("Parking costs $4 per hour downtown.", [c("$4 per hour", 4, "USD")]),
    ("The fee rose from $25 to $35.", [c("$25", 25, "USD"), c("$35", 35, "USD")]),
    ("Prices of new cars rose 2 percent.", [c("2 percent", 2, "percent", "up")]),
    ("A bowl of noodles costs RM8.", [c("RM8", 8, "MYR")]),
    ("Groceries cost 25% more than two years ago.", [c("25%", 25, "percent")]),
    ("Water bills will rise 7 percent in April.", [c("7 percent", 7, "percent", "up")]),
    ("Cinema tickets cost £12.50 on average.", [c("£12.50", 12.5, "GBP")]),
    ("The subscription price went up to $15.49 a month.", [c("$15.49 a month", 15.49, "USD")]),
    ("Used car prices fell 5% from a year earlier.", [c("5%", 5, "percent", "down")]),
    ("A kilo of beef now costs 18 dollars.", [c("18 dollars", 18, "USD")]),
    ("Energy costs account for a third of the budget.", [c("a third", 33.33, "percent")]),
]
