"""Claims live in ``doc._.nk_drafts``, not in ``Span._`` data: no figure is lost or duplicated.

spaCy keys span extension data by token offsets, so several figures inside one token
(``1,234|5,678``, a table cell, a long run cut into pieces) used to overwrite each other
and came back as copies of the last one. Overlapping figures are resolved by one rule:
the earlier figure keeps the shared words (`nkclaims.figures.find_figures`).
"""

from __future__ import annotations

import itertools

import nkclaims
from nkclaims.extensions import FIGURES, drafts_of


def readings(text: str) -> list[tuple[str, int, int, float | None, str]]:
    return [(c.text, c.start, c.end, c.value, c.unit) for c in nkclaims.extract(text)]


def test_figures_glued_by_bars_are_separate_claims() -> None:
    assert readings("exports: 1,234|5,678|9,012") == [
        ("1,234", 9, 14, 1234.0, "count"),
        ("5,678", 15, 20, 5678.0, "count"),
        ("9,012", 21, 26, 9012.0, "count"),
    ]


def test_figures_in_table_cells_are_separate_claims() -> None:
    assert readings("<td>1,234</td><td>5,678</td>") == [
        ("1,234", 4, 9, 1234.0, "count"),
        ("5,678", 18, 23, 5678.0, "count"),
    ]


def test_figures_in_a_long_run_without_spaces_are_all_kept() -> None:
    cells = [f"{n},{n:03d}" for n in range(100, 160)]
    text = "|" + "|".join(cells) + "|"
    assert len(text) > 400
    claims = nkclaims.extract(text)
    assert [c.text for c in claims] == cells
    assert [c.value for c in claims] == [float(c.replace(",", "")) for c in cells]
    assert all(text[c.start : c.end] == c.text for c in claims)


def test_drafts_share_a_token_and_keep_their_own_offsets() -> None:
    doc = nkclaims.process("exports: 1,234|5,678|9,012")
    drafts = drafts_of(doc)
    assert [(d.start, d.end, d.token_start, d.token_end) for d in drafts] == [
        (9, 14, 2, 3),
        (15, 20, 2, 3),
        (21, 26, 2, 3),
    ]
    # the span group is the token cover of each draft, one per draft, in the same order
    assert [(s.start, s.end) for s in doc.spans[FIGURES]] == [(2, 3), (2, 3), (2, 3)]


def test_overlapping_figures_the_earlier_keeps_the_shared_word() -> None:
    assert readings("10,000 RUB 500") == [
        ("10,000 RUB", 0, 10, 10000.0, "RUB"),
        ("500", 11, 14, 500.0, "count"),
    ]


def test_overlap_rule_keeps_a_later_bound_word_out_of_the_earlier_figure() -> None:
    claims = nkclaims.extract("between 10 and 20 and 30 troops")
    assert [(c.text, c.qualifier.value, c.low, c.high, c.value) for c in claims] == [
        ("between 10 and 20", "range", 10.0, 20.0, None),
        ("30", "exact", None, None, 30.0),
    ]


def test_no_two_claims_overlap_on_adjacent_currencies() -> None:
    claims = nkclaims.extract("Totals: USD 500 RUB 600 KRW 700 EUR 800.")
    spans = [(c.start, c.end) for c in claims]
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    assert [c.value for c in claims] == [500.0, 600.0, 700.0, 800.0]


def test_digits_touching_hangul_or_cjk_are_whole_figures() -> None:
    # "10,000명을" was read as "10": the digits pattern backed off to the first group
    assert readings("북한은 병력 10,000명을 보냈다.") == [("10,000", 7, 13, 10000.0, "count")]
    assert readings("朝鲜派遣了10,000名士兵。") == [("10,000", 5, 11, 10000.0, "count")]
    assert readings("了1,234|5,678。") == [
        ("1,234", 1, 6, 1234.0, "count"),
        ("5,678", 7, 12, 5678.0, "count"),
    ]
    # next to Latin letters digits stay part of a word
    assert readings("The A320 and x100 flew.") == []


def test_figures_with_thousands_groups_joined_by_slashes_are_separate() -> None:
    assert readings("1,234/5,678 troops") == [
        ("1,234", 0, 5, 1234.0, "count"),
        ("5,678", 6, 11, 5678.0, "count"),
    ]
    # slashed dates, 24/7 and scores stay non-claims
    assert readings("on 10/28/2024 it ran 24/7 and scored 7.5/10") == []
