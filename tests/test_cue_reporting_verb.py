"""Recognizer `X said/told/estimated ...` and inverted `..., said X`
(nkclaims.attribution.cues.reporting_verb)."""

from __future__ import annotations

import pytest

from .attribution_helpers import attribution

TABLE = [
    # a definite title names the person introduced with it; variant spellings are one person
    (
        "Head of State Petro Zelenskyy spoke on Monday. The president said 4,000 troops had been"
        " lost.",
        "4,000",
        ("Petro Zelenskyy", "said"),
    ),
    (
        "President Petro Zelenskyy spoke on Monday. Petro Zelensky said 4,000 troops had been"
        " lost.",
        "4,000",
        ("Petro Zelenskyy", "said"),
    ),
    # "the total count of X" is a noun, its "of" phrase what is counted
    (
        "Pat Ryder, the Pentagon press secretary, said the total count of North Korean troops"
        " might be 11,000.",
        "11,000",
        ("Pat Ryder", "said"),
    ),
    # a headline's section label after "|" does not hide its closing cue
    ("300 soldiers killed in Kursk, US official says | World\n", "300", ("US official", "says")),
    # any verb of speech or stance makes its subject the speaker: "who spoke of", "specified"
    (
        "The figures match those of the head of the council, Ivan Petrov, who spoke of 5,000"
        " workers.",
        "5,000",
        ("Ivan Petrov", "spoke"),
    ),
    (
        "President Ivan Petrenko spoke on Monday. He specified that 12,000 soldiers were sent.",
        "12,000",
        ("Ivan Petrenko", "specified"),
    ),
    (
        "Western governments have accused Iran of sending thousands of drones.",
        "thousands",
        ("Western governments", "accused"),
    ),
    # R15: a denial, or a caution against a figure, asserts it for nobody
    (
        "At the UN, Russia denied that it had sent roughly 5,000 troops.",
        "roughly 5,000",
        (None, None),
    ),
    (
        "He also cautions against the claim that 9,000 soldiers are already fighting.",
        "9,000",
        (None, None),
    ),
    # R13: unnamed sources by the fullest phrase the document gives them
    (
        "Some 300 troops died, a senior defense official said. “About 200 were wounded,” the"
        " official said.",
        "About 200",
        ("senior defense official", "said"),
    ),
    # R12: a party cited between the subject and its verb is the innermost
    (
        "Park Min-jae, citing the NIS, said about 400 had died.",
        "about 400",
        ("National Intelligence Service", "said"),
    ),
    # a member of a party is the person, not the party
    (
        "Rep. Kim Jae-won of the Democratic Party, who chairs the defense committee, told"
        " reporters that 300 troops had died.",
        "300",
        ("Kim Jae-won", "told"),
    ),
    # R13: a title in the headline names the person the body introduces with it
    (
        "Russia got 2 million shells: S. Korean minister\n\nSouth Korean Defense Minister"
        " Han Dae-ho told reporters on Monday that 2 million shells were sent.",
        "2 million",
        ("Han Dae-ho", ":"),
    ),
    # a verb before an infinitive reports nothing; the closing cue covers the headline
    (
        "5,000 Russian troops near the border expected to move soon, UK says\n",
        "5,000",
        ("United Kingdom", "says"),
    ),
    # trailing setting: a parenthesis, an interview's partner, a released report, a date
    (
        "About 700 soldiers died, a lawmaker in Seoul said on Friday (May 2), days after the"
        " vote. MP Park Ji-won briefed reporters.",
        "About 700",
        ("Park Ji-won", "said"),
    ),
    (
        "Russia fired 2 million shells, President Petro Ivanenko said in an interview with the"
        " Kyodo News agency.",
        "2 million",
        ("Petro Ivanenko", "said"),
    ),
    (
        "Some 6,000 workers left, the Russian embassy in Pyongyang said Monday in a Facebook"
        " statement.",
        "Some 6,000",
        ("Russian Embassy in Pyongyang", "said"),
    ),
    (
        "Some 5,000 troops will arrive, the Royal United Services Institute (RUSI), a"
        " London-based think tank, said in a report on March 3.",
        "Some 5,000",
        ("Royal United Services Institute", "said"),
    ),
    (
        "Trade fell by 30 percent, Presidential Aide Ivan Petrov said Tuesday.",
        "30 percent",
        ("Ivan Petrov", "said"),
    ),
    (
        "Coal shipments fell 18 percent, data showed on Tuesday. The figures come from data"
        " released by the International Trade Centre.",
        "18 percent",
        ("International Trade Centre", "showed"),
    ),
    (
        "Imports climbed 9 percent, a report said Friday. Radio Free Asia reported the figures"
        " last week.",
        "9 percent",
        ("Radio Free Asia", "said"),
    ),
    (
        "The UN Panel of Experts met in March. The panel said 40 ships had called at the port.",
        "40",
        ("UN Panel of Experts", "said"),
    ),
    (
        "The state railway operator RZD said 40 wagons crossed the border.",
        "40",
        ("Russian Railways", "said"),
    ),
    (
        "Tass reported that 12 trains left the station.",
        "12",
        ("TASS", "reported"),
    ),
    (
        "The South Korean Defense Ministry said 3,000 troops were sent.",
        "3,000",
        ("South Korean Defense Ministry", "said"),
    ),
    (
        "South Korea's defense minister Shin Won-sik said 3,000 troops were sent.",
        "3,000",
        ("Shin Won-sik", "said"),
    ),
    ("John Kirby told CNN that 3,000 troops were sent.", "3,000", ("John Kirby", "told")),
    ("Donald Trump said 3,000 troops were sent.", "3,000", ("Donald Trump", "said")),
    (
        "North Korea received 1,100 tons of fuel from Russia, the NIS told lawmakers.",
        "1,100 tons",
        ("National Intelligence Service", "told"),
    ),
    (
        "North Korea has sent 10,000 troops, said Lee Seong-kweun, a lawmaker.",
        "10,000",
        ("Lee Seong-kweun", "said"),
    ),
    (
        "In an address to the media, Shin Won-sik said 3,000 troops were sent.",
        "3,000",
        ("Shin Won-sik", "said"),
    ),
    (
        "North Korea lost 3,000 troops, Kyiv claimed on Telegram.",
        "3,000",
        ("Ukraine", "claimed"),
    ),
    (
        "Russia pays $2 billion a year, Ukrainian intelligence estimates.",
        "$2 billion a year",
        ("Ukrainian intelligence", "estimates"),
    ),
    (
        "North Korea has sent 10,000 troops, officials estimate.",
        "10,000",
        ("officials", "estimate"),
    ),
    (
        "Russia's Ministry of Defense said Monday that 200 drones were shot down.",
        "200",
        ("Russian Defense Ministry", "said"),
    ),
    (
        "FEC records show 3,000 donations were made.",
        "3,000",
        ("FEC", "show"),
    ),
    (
        "Data from the customs service show exports of 3,000 tons of coal.",
        "3,000 tons",
        ("customs service", "show"),
    ),
    (
        "The two countries moved between 20,000 and 50,000 North Korean workers for infrastructure projects.",
        "between 20,000 and 50,000",
        (None, None),
    ),
    (
        "North Korea has deployed 10,000 to 12,000 troops, South Korean and Ukrainian officials say.",
        "10,000 to 12,000",
        ("South Korean and Ukrainian officials", "say"),
    ),
    (
        "U.S. Secretary of State Antony Blinken said that more than 10,000 soldiers had been sent.",
        "more than 10,000",
        ("Antony Blinken", "said"),
    ),
    (
        "Ukrainian President Volodymyr Zelenskyy said on Telegram that 4,000 soldiers were killed.",
        "4,000",
        ("Volodymyr Zelenskyy", "said"),
    ),
    (
        "Ukraine's defense intelligence agency says roughly 100 soldiers died in December.",
        "roughly 100",
        ("Main Intelligence Directorate", "says"),
    ),
    (
        "Analysts at 38 North estimated the shipments at 6,700 containers.",
        "6,700",
        ("38 North", "estimated"),
    ),
    ("The ministry said it had confirmed 10 deaths.", "10", ("ministry", "said")),
    (
        "Kim Jong Un has sent about 11,000 troops, the Institute for the Study of War said in its daily update.",
        "about 11,000",
        ("Institute for the Study of War", "said"),
    ),
    (
        "The ISW said 11,000 troops came. Citing satellite imagery, the think tank said at least 16 ships had made the trip.",
        "at least 16",
        ("Institute for the Study of War", "said"),
    ),
    (
        "North Korea's trade with Russia rose to $34 million last year, data from Russia's customs agency showed.",
        "$34 million",
        ("Russian customs service", "showed"),
    ),
    (
        "A spokesperson for Ukraine's military intelligence, Andriy Yusov, said 200 soldiers had been killed.",
        "200",
        ("Andriy Yusov", "said"),
    ),
    (
        "South Korean media reported that 1,000 soldiers had died, citing lawmakers briefed by the NIS.",
        "1,000",
        ("lawmakers", "citing"),
    ),
    (
        "The Washington Post reported Friday that some 3,000 troops had been killed.",
        "some 3,000",
        ("Washington Post", "reported"),
    ),
    (
        "The Joint Chiefs of Staff said the troops arrived in January. They said 300 more came.",
        "300",
        ("Joint Chiefs of Staff", "said"),
    ),
    (
        "A senior U.S. official said 1,000 were killed. The official said 200 more were captured.",
        "200",
        ("senior US official", "said"),
    ),
    (
        '"We estimate that around 1,100 soldiers were killed," a JCS official told reporters on condition of anonymity.',
        "around 1,100",
        ("Joint Chiefs of Staff", "told"),
    ),
    (
        "It was unclear whether the losses included 300 deaths or also injuries, he said.",
        "300",
        (None, None),
    ),
    # a reporting clause set off by commas inside a clause covers the whole sentence
    (
        "In Primorsky Krai alone, Ambassador Ivan Sorokin says, North Korean laborers number"
        " about 9,000.",
        "about 9,000",
        ("Ivan Sorokin", "says"),
    ),
    ("North Korea, officials say, has sent 10,000 troops.", "10,000", ("officials", "say")),
    (
        "The first 1,500 troops, the NIS said Monday, arrived by ship.",
        "1,500",
        ("National Intelligence Service", "said"),
    ),
    # "X told HEARER SETTING" closing the sentence: a long hearer, a setting after it
    (
        "Containers holding some 4.8 million shells were sent, Defense Minister Han Jae-won"
        " told the Japanese daily Asahi Shimbun in an interview carried earlier in the day.",
        "some 4.8 million",
        ("Han Jae-won", "told"),
    ),
    (
        '"The casualties are estimated at around 3,900," MP Park Ji-hoon told reporters'
        " following a briefing from the spy agency.",
        "around 3,900",
        ("Park Ji-hoon", "told"),
    ),
    # "X told HEARER FIGURE ..." with no "that": the hearer stops before the figure
    ("Kirby told reporters 8,000 troops were in Kursk.", "8,000", ("Kirby", "told")),
    (
        "The NIS told lawmakers 3,000 troops had been killed or wounded.",
        "3,000",
        ("National Intelligence Service", "told"),
    ),
    # a time between the subject and its verb is no part of the speaker
    (
        "The Pentagon on Monday said 3,000 troops were sent.",
        "3,000",
        ("Pentagon", "said"),
    ),
    (
        "The ministry last week estimated that 1,200 soldiers had died.",
        "1,200",
        ("ministry", "estimated"),
    ),
    # a weekday is never the speaker: the publication before it is
    ("A poll released Friday shows 60% of South Koreans oppose it.", "60%", ("poll", "shows")),
    ("A survey published in March found 40% agree.", "40%", ("survey", "found")),
    # a clause opening after the closing comma is not the speaker's
    (
        "Russia has 3,000 drones, the ministry said, but Ukraine has 9,000.",
        "9,000",
        (None, None),
    ),
    (
        "Exports rose 12%, Yonhap reported, citing the customs office.",
        "12%",
        ("customs office", "citing"),
    ),
]


@pytest.mark.parametrize(("text", "figure", "expected"), TABLE)
def test_reporting_verb(text: str, figure: str, expected: tuple[str | None, str | None]) -> None:
    assert attribution(text, figure) == expected


def test_a_verb_of_stance_makes_its_subject_the_last_speaker() -> None:
    text = (
        "Defense Minister Kim Yong-hyun said 11,000 troops were there. "
        'Budanov disagreed. "It is 12,000," he said.'
    )
    assert attribution(text, "12,000") == ("Budanov", "said")
