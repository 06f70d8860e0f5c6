"""Sentence and paragraph splitting on news text: abbreviations, headlines, quotes, offsets."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nkclaims.sentences import split_paragraphs, split_sentences

from .conftest import read_article


def sentences_of(text: str) -> list[str]:
    _, sents = split_sentences(text)
    return [text[s:e] for s, e in sents]


CASES = [
    # abbreviations that never end a sentence
    (
        "Police officers stand guard in Seoul on Oct. 28 as veterans protest. (Yonhap)",
        ["Police officers stand guard in Seoul on Oct. 28 as veterans protest.", "(Yonhap)"],
    ),
    (
        "Rep. Wi Sung-lac, who was Seoul’s ambassador to Russia, told The Korea Herald so. He left.",
        [
            "Rep. Wi Sung-lac, who was Seoul’s ambassador to Russia, told The Korea Herald so.",
            "He left.",
        ],
    ),
    ("Mr. Kim met Gen. Park. No. 1 won.", ["Mr. Kim met Gen. Park.", "No. 1 won."]),
    ("Impact of N. Korea-Russia cooperation", ["Impact of N. Korea-Russia cooperation"]),
    # U.S. ends a sentence only before a common opener
    (
        "It can reach the continental U.S. This development matters.",
        ["It can reach the continental U.S.", "This development matters."],
    ),
    ("The U.S. State Department said so.", ["The U.S. State Department said so."]),
    # quotes: the closing quote belongs to the sentence
    (
        "“In the long run, North Korea stands to lose more,” the report said. Rep. Wi agreed.",
        ["“In the long run, North Korea stands to lose more,” the report said.", "Rep. Wi agreed."],
    ),
    (
        "“North Korea is on record as having fought for Russia. If there ever is a war, it helps,” Wi said.",
        [
            "“North Korea is on record as having fought for Russia.",
            "If there ever is a war, it helps,” Wi said.",
        ],
    ),
    # decimals and a German dateline are not boundaries
    ("Exports grew 39.5 percent. Imports fell.", ["Exports grew 39.5 percent.", "Imports fell."]),
    ("Montag, 12. Februar 2024", ["Montag, 12. Februar 2024"]),
    # headlines and bylines are lines of their own
    (
        "$200m a year, 700,000 tons of rice: The deal\n\nNorth Korea is believed to have sent troops.",
        [
            "$200m a year, 700,000 tons of rice: The deal",
            "North Korea is believed to have sent troops.",
        ],
    ),
    (
        "By Kim Arin (arin@heraldcorp.com)\nMOST POPULAR",
        ["By Kim Arin (arin@heraldcorp.com)", "MOST POPULAR"],
    ),
    ("Is it true? Yes! It is.", ["Is it true?", "Yes!", "It is."]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sentence_table(text: str, expected: list[str]) -> None:
    assert sentences_of(text) == expected


def test_paragraphs_are_lines() -> None:
    text = "First line.\n\n  Second para, one line. Still it.\r\nThird"
    paras = [text[s:e] for s, e in split_paragraphs(text)]
    assert paras == ["First line.", "Second para, one line. Still it.", "Third"]


def test_real_article_headline_caption_and_body() -> None:
    text = read_article("000_72dce47520b3db1e")
    sents = sentences_of(text)
    assert sents[0] == "Back To Top"
    assert (
        sents[1]
        == "$200m a year, 700,000 tons of rice, space tech: The deal for North Korea in joining Russia’s war"
    )
    assert (
        "The NIS reported to the Assembly last week that each North Korean soldier sent to fight for "
        "Russia would be paid a monthly wage of around $2,000."
    ) in sents
    assert "Their average wage is thought to be about $800 a month." in sents


@given(st.text(max_size=400))
def test_offsets_reproduce_and_are_ordered(text: str) -> None:
    paras, sents = split_sentences(text)
    last = 0
    for s, e in sents:
        assert 0 <= s < e <= len(text)
        assert s >= last
        assert text[s:e] == text[s:e].strip()
        last = e
    for s, e in paras:
        assert "\n" not in text[s:e]
