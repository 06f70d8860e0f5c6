"""Any ``str`` is valid input: surrogates, controls, case-folding letters, extreme dates."""

from __future__ import annotations

import datetime as dt
import re
import sys

import pytest

import nkclaims
from nkclaims import inputs
from nkclaims.inputs import ExtractionError, valid_unicode, working_text


def test_case_fold_table_covers_every_letter_ignorecase_maps_to_ascii() -> None:
    letter = re.compile("[a-z]", re.IGNORECASE)
    found = {
        chr(cp): chr(cp).lower()
        for cp in range(0x80, sys.maxunicode + 1)
        if not 0xD800 <= cp < 0xE000 and letter.fullmatch(chr(cp))
    }
    assert sorted(found) == sorted(inputs._CASE_FOLDS)
    for char, replacement in inputs._CASE_FOLDS.items():
        assert replacement.isascii() and letter.fullmatch(replacement)
        assert re.fullmatch(replacement, char, re.IGNORECASE)


def test_working_text_replaces_one_for_one() -> None:
    text = "a\ud800b\x00c\x1fd\x7fe\x85fſİıK\t\n\r"
    work = working_text(text)
    assert work == "a\ufffdb c d e fsIiK\t\n\r"
    assert len(work) == len(text)
    plain = "North Korea sent 10,000 troops."
    assert working_text(plain) is plain


def test_valid_unicode_only_touches_surrogates() -> None:
    assert valid_unicode("x\udc80y\x00") == "x\ufffdy\x00"


def readings(text: str) -> list[tuple[str, int, int, float | None, float | None, str | None]]:
    return [(c.text, c.start, c.end, c.value, c.low, c.item) for c in nkclaims.extract(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("half a mİllion troops", [("half a mİllion", 0, 14, 500000.0, None, "troops")]),
        ("thouſands of troops", [("thouſands", 0, 9, None, 1000.0, "troops")]),
        ("ſome 500 troops", [("ſome 500", 0, 8, 500.0, None, "troops")]),
        ("ſeven hundred", [("ſeven hundred", 0, 13, 700.0, None, None)]),
    ],
)
def test_case_folding_letters_give_a_result(
    text: str, expected: list[tuple[str, int, int, float | None, float | None, str | None]]
) -> None:
    assert readings(text) == expected


def test_case_folding_letters_in_a_time_expression() -> None:
    (claim,) = nkclaims.extract("500 troops laſt week", published=dt.date(2024, 10, 31))
    assert (claim.text, claim.date_text) == ("500", "last week")
    assert (claim.date_start, claim.date_end) == (dt.date(2024, 10, 21), dt.date(2024, 10, 27))


def test_a_lone_surrogate_alone_gives_no_claims() -> None:
    assert list(nkclaims.extract("\ud800")) == []


def test_surrogates_and_controls_keep_offsets_into_the_input() -> None:
    text = "North Korea sent \ud800 10,000 troops\x00 last week."
    (claim,) = nkclaims.extract(text, published=dt.date(2024, 10, 31))
    assert (claim.text, claim.start, claim.end, claim.item) == ("10,000", 19, 25, "troops")
    assert text[claim.start : claim.end] == claim.text
    # the record's sentence can be written as UTF-8: the surrogate is U+FFFD
    assert claim.sentence == "North Korea sent \ufffd 10,000 troops\x00 last week."
    assert '"sentence":"North Korea sent \ufffd' in claim.model_dump_json()


def test_nul_and_controls_separate_words() -> None:
    assert readings("x\x00\x01\x7f 5 km") == [("5 km", 5, 9, 5.0, None, None)]
    assert readings("500\x00troops") == [("500", 0, 3, 500.0, None, "troops")]


@pytest.mark.parametrize("published", [dt.date.max, dt.date.min])
@pytest.mark.parametrize(
    "text",
    [
        "On Friday 500 troops left.",
        "500 troops this week",
        "next decade 500 troops",
        "next week 500 troops",
        "500 troops three years ago",
        "by next year 500 troops",
        "late next month 500 troops",
        "next September 500 troops",
    ],
)
def test_extreme_publication_dates_never_raise(published: dt.date, text: str) -> None:
    (claim,) = nkclaims.extract(text, published=published)
    assert claim.text == "500"
    assert claim.date_text is not None
    for day in (claim.date_start, claim.date_end):
        assert day is None or dt.date.min <= day <= dt.date.max


def test_unresolvable_period_beyond_date_max_is_none() -> None:
    (claim,) = nkclaims.extract("500 troops this week", published=dt.date.max)
    assert (claim.date_text, claim.date_start, claim.date_end) == ("this week", None, None)
    (claim,) = nkclaims.extract("500 troops last year", published=dt.date.max)
    assert (claim.date_start, claim.date_end) == (dt.date(9998, 1, 1), dt.date(9998, 12, 31))


def test_a_failing_stage_is_a_typed_error_carrying_the_doc_id(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from nkclaims import api

    def broken(doc: object, doc_id: str | None = None) -> list[object]:
        raise KeyError("boom")

    monkeypatch.setattr(api, "claims_from_doc", broken)
    with pytest.raises(ExtractionError) as info:
        nkclaims.extract("North Korea sent 10,000 troops.", doc_id="d7")
    assert info.value.doc_id == "d7"
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value.__cause__, KeyError)
    assert str(info.value) == "extraction failed in document 'd7': KeyError: 'boom'"
    assert nkclaims.ExtractionError is ExtractionError
