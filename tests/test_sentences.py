"""Sentence and paragraph splitting on news text: abbreviations, headlines, quotes, offsets."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nkclaims.sentences import MAX_SENTENCE_CHARS, split_paragraphs, split_sentences

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
    # capitals and caseless letters of every script start a sentence
    ("He left. Éric said 500 troops left.", ["He left.", "Éric said 500 troops left."]),
    (
        "북한은 병력 10,000명을 보냈다. 러시아는 500만 달러를 지불했다.",
        ["북한은 병력 10,000명을 보냈다.", "러시아는 500만 달러를 지불했다."],
    ),
    (
        "Северная Корея отправила 10 000 солдат. Россия заплатила.",
        ["Северная Корея отправила 10 000 солдат.", "Россия заплатила."],
    ),
    ("It ended. ǅemal agreed.", ["It ended.", "ǅemal agreed."]),  # a title-case letter
    # ... but a lower-case letter of any script does not
    ("Он сказал т. е. всё.", ["Он сказал т. е. всё."]),
    # CJK stops end a sentence with or without a space
    (
        "朝鲜派遣了10,000名士兵。俄罗斯支付了500万美元！ 真的吗？是的",
        ["朝鲜派遣了10,000名士兵。", "俄罗斯支付了500万美元！", "真的吗？", "是的"],
    ),
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


@pytest.mark.parametrize("mark", [".", "!", "?", "。"])
def test_runs_of_terminal_punctuation_are_one_sentence_piece_each(mark: str) -> None:
    # "." * n used to backtrack at every position (40k characters: 19.5 s)
    text = mark * 50_000
    _, sents = split_sentences(text)
    assert sents[0][0] == 0
    assert sents[-1][1] == len(text)
    assert all(e - s <= MAX_SENTENCE_CHARS for s, e in sents)


def test_a_long_sentence_is_cut_at_the_safest_boundary() -> None:
    row = "1,234 | 5,678; "
    text = row * 400  # 6,000 characters, no sentence punctuation
    sents = sentences_of(text)
    assert all(len(x) <= MAX_SENTENCE_CHARS for x in sents)
    assert all(x.endswith(";") for x in sents[:-1])  # the semicolon beats "|" and spaces
    assert "".join(x + " " for x in sents) == text


@pytest.mark.parametrize(
    ("filler", "separator"),
    [("x" * 9 + "|", "|"), ("x" * 9 + "\t", "\t"), ("x" * 8 + "  ", "  "), ("x" * 9 + " ", " ")],
)
def test_cut_prefers_separators_in_order(filler: str, separator: str) -> None:
    text = filler * 500
    _, sents = split_sentences(text)
    assert len(sents) > 1
    for s, e in sents[:-1]:
        assert e - s <= MAX_SENTENCE_CHARS
        assert e - s >= MAX_SENTENCE_CHARS // 2 - len(filler)
        assert text[e : e + len(separator)] == separator or text[e - 1] == "|"


def test_a_run_without_any_separator_is_cut_hard_at_the_bound() -> None:
    text = "x" * (2 * MAX_SENTENCE_CHARS + 7)
    _, sents = split_sentences(text)
    assert sents == [
        (0, MAX_SENTENCE_CHARS),
        (MAX_SENTENCE_CHARS, 2 * MAX_SENTENCE_CHARS),
        (2 * MAX_SENTENCE_CHARS, len(text)),
    ]


@given(st.text(alphabet=st.sampled_from(list("ab .;|\t1,")), max_size=6000))
def test_pieces_are_bounded_and_cover_every_non_space_character(text: str) -> None:
    _, sents = split_sentences(text)
    covered = [False] * len(text)
    for s, e in sents:
        assert e - s <= MAX_SENTENCE_CHARS
        for i in range(s, e):
            covered[i] = True
    assert all(covered[i] for i, c in enumerate(text) if not c.isspace())
