"""Recognizer `according to X` / `as reported by X` / `citing X` (nkclaims.attribution.cues.according_to)."""

from __future__ import annotations

import pytest

from .attribution_helpers import attribution

TABLE = [
    (
        "President Ivan Petrenko spoke on Monday. According to him, around 12,000 soldiers were"
        " sent.",
        "around 12,000",
        ("Ivan Petrenko", "According to"),
    ),
    # an unnamed source placed by its party reads as that party's
    (
        "North Korea has sent 2,000 more troops, according to a senior military official from"
        " the US.",
        "2,000",
        ("senior US military official", "according to"),
    ),
    (
        "About 900 soldiers died, according to officials from Britain and Japan.",
        "About 900",
        ("British and Japanese officials", "according to"),
    ),
    (
        "The Korea Development Institute released its annual report on Monday. About 2,000"
        " workers left, according to the report.",
        "About 2,000",
        ("Korea Development Institute", "according to"),
    ),
    (
        "About 300 soldiers died, a lawmaker said, citing the country's spy agency. The NIS gave"
        " no details.",
        "About 300",
        ("National Intelligence Service", "citing"),
    ),
    (
        "About 4,000 North Korean workers are in Russia, according to the NIS.",
        "About 4,000",
        ("National Intelligence Service", "according to"),
    ),
    (
        "According to South Korea's spy agency, North Korea has sent 12,000 troops to Russia.",
        "12,000",
        ("National Intelligence Service", "According to"),
    ),
    (
        "North Korea has shipped more than 13,000 containers, according to Ukraine's military intelligence.",
        "more than 13,000",
        ("Main Intelligence Directorate", "according to"),
    ),
    (
        "Some 1,500 troops arrived in Vladivostok, as reported by Yonhap.",
        "Some 1,500",
        ("Yonhap News Agency", "as reported by"),
    ),
    (
        "North Korea sent 3,000 more troops, Yonhap reported, citing the Joint Chiefs of Staff.",
        "3,000",
        ("Joint Chiefs of Staff", "citing"),
    ),
    (
        "Russia delivered 1 million barrels of oil, according to the Institute for the Study of War.",
        "1 million barrels",
        ("Institute for the Study of War", "according to"),
    ),
    (
        "Pyongyang has sent about 8 million shells, according to Russia's defense ministry.",
        "about 8 million",
        ("Russian Defense Ministry", "according to"),
    ),
    (
        "Roughly 40 percent were casualties, according to analysts.",
        "Roughly 40 percent",
        ("analysts", "according to"),
    ),
    # set off by commas inside a clause: the whole sentence
    (
        "Each year, according to Ambassador Ivan Sorokin, Russia issues between 9,000 and"
        " 11,000 work visas to North Koreans.",
        "between 9,000 and 11,000",
        ("Ivan Sorokin", "according to"),
    ),
    (
        "The first 2,500 soldiers, according to the NIS, reached Vladivostok by ship.",
        "2,500",
        ("National Intelligence Service", "according to"),
    ),
    # a new clause after the closing comma is the article's own
    (
        "About 4,000 workers are in Russia, according to the NIS, and another 2,000 are in China.",
        "2,000",
        (None, None),
    ),
    (
        "Some 600 shells a day, according to analysts, while Ukraine fires 200.",
        "200",
        (None, None),
    ),
]


@pytest.mark.parametrize(("text", "figure", "expected"), TABLE)
def test_according_to(text: str, figure: str, expected: tuple[str, str]) -> None:
    assert attribution(text, figure) == expected
