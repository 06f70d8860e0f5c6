"""Recognizer: a source labelling a headline or line (nkclaims.attribution.cues.headline_source):
after a closing colon or spaced dash, or before an opening colon."""

from __future__ import annotations

import pytest

from .attribution_helpers import attribution

TABLE = [
    ("N. Korea sends 3,000 more troops to Russia: JCS\n", "3,000", ("Joint Chiefs of Staff", ":")),
    (
        "N. Korea earned $5 billion from arms sales: Seoul's spy agency\n",
        "$5 billion",
        ("National Intelligence Service", ":"),
    ),
    ("Russia lost 1,200 soldiers in a day: Zelensky\n", "1,200", ("Zelensky", ":")),
    # a label before figures, or a colon with no speaker after it, is no source
    ("Exports: 1,234 tons of coal\n", "1,234 tons", (None, None)),
    # R11/R14: evidence named in a headline is its owner in the body, else the noun
    ("Russia lost 500 tanks: report\n", "500", ("report", ":")),
    (
        "Exports to China rise 7 percent: data\n\nExports rose 7 percent, according to figures"
        " compiled by the International Trade Centre.",
        "7 percent",
        ("International Trade Centre", ":"),
    ),
    # a lower-case role label names the one person the body gives that role
    (
        "North shipped over 9,000 containers to Russia: lawmaker\n\nThe figure came from"
        " a defense report submitted to Rep. Yu Yong-won, a member of the ruling party.",
        "over 9,000",
        ("Yu Yong-won", ":"),
    ),
    # a lower-case word after a colon that is no role is no label
    ("Russia bought 2 million shells: sources say otherwise\n", "2 million", (None, None)),
    # a spaced dash before a speaker ends a headline (Ukrainian wire style)
    (
        "Russia has lost 40,000 troops near Kursk - Syrskyi\n\nUkraine's top commander"
        " Oleksandr Syrskyi said so on Monday.",
        "40,000",
        ("Oleksandr Syrskyi", "-"),
    ),
    (
        "North Korea has sent 50 tanks to Russia \u2014 Budanov\n",
        "50",
        ("Budanov", "\u2014"),
    ),
    # a country after a dash is a topic, a hyphen inside a word no label
    ("Exports climb 12% - Ukraine\n", "12%", (None, None)),
    ("The 2-3 shipments a week arrived at Rajin-Sonbong\n", "2-3", (None, None)),
    # a label opening a line, before a colon, covers what follows it
    (
        "Zelensky: Kyiv holds two North Korean soldiers\n\nUkrainian President Volodymyr"
        " Zelensky said they were wounded.",
        "two",
        ("Volodymyr Zelensky", ":"),
    ),
    (
        "Officials: about 1,000 North Koreans have died in Kursk\n\nWestern officials"
        " say the toll is rising.",
        "about 1,000",
        ("Western officials", ":"),
    ),
    (
        "Pentagon: 8,000 North Korean troops are now in Kursk\n",
        "8,000",
        ("Pentagon", ":"),
    ),
    # a name before a colon and a quotation is the quotation's speaker
    ('Zelensky: "We see 12,000 North Korean soldiers."\n', "12,000", ("Zelensky", ":")),
    # a topic, a country or a rubric before the colon is no speaker
    ("Ukraine war: 3,000 North Korean troops are in Kursk\n", "3,000", (None, None)),
    ("Exclusive: North Korea shipped 5,000 containers\n", "5,000", (None, None)),
    ("Russia: 1,500 workers arrived in Vladivostok\n", "1,500", (None, None)),
    # one capitalised word is a person only when the document names them in full
    ("Kursk: 200 soldiers were captured\n", "200", (None, None)),
    # inside a paragraph, a colon after a name is no headline label
    (
        "The message was plain. Kim: we need 4,000 more men, it said.\n",
        "4,000",
        (None, None),
    ),
]


@pytest.mark.parametrize(("text", "figure", "expected"), TABLE)
def test_headline_source(text: str, figure: str, expected: tuple[str | None, str | None]) -> None:
    assert attribution(text, figure) == expected
