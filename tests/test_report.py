"""The HTML views: figures highlighted by offset, everything escaped, one section per document."""

from __future__ import annotations

import html
import json
import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from nkclaims.models import Claim, Qualifier
from nkclaims.report import (
    format_amount,
    format_number,
    render_document_html,
    render_report_html,
    tooltip,
    write_report_html,
)
from nkclaims.report.assets import TABLE_SCRIPT
from nkclaims.results import Claims

DATA = Path(__file__).resolve().parent.parent / "data"
DOC_000 = "000_72dce47520b3db1e"
DOC_003 = "003_4562ce3b92ba1bea"
MARK = re.compile(r'<mark class="nkc-fig[^"]*"[^>]*>(.*?)</mark>', re.S)


def read_raw(stem: str) -> str:
    with open(DATA / "raw" / f"{stem}.txt", encoding="utf-8", newline="") as fh:
        return fh.read()


def claim_for(text: str, figure: str, context: str, doc_id: str | None, **labels: Any) -> Claim:
    """A claim for ``figure`` inside the unique snippet ``context`` of ``text``."""
    at = text.find(context)
    assert at >= 0 and text.find(context, at + 1) < 0, context
    start = at + context.index(figure)
    fields: dict[str, Any] = {"qualifier": Qualifier.EXACT, "unit": "count", **labels}
    return Claim(
        doc_id=doc_id,
        text=figure,
        start=start,
        end=start + len(figure),
        sentence_index=fields.pop("sentence_index", 0),
        sentence=fields.pop("sentence", context),
        **fields,
    )


TEXT_000 = read_raw(DOC_000)
TEXT_003 = read_raw(DOC_003)


def wage_claim() -> Claim:
    return claim_for(
        TEXT_000,
        "around $2,000",
        "a monthly wage of around $2,000.",
        DOC_000,
        value=2000.0,
        qualifier=Qualifier.APPROXIMATELY,
        unit="USD",
        per="month",
        item="monthly wage",
        actor="North Korea",
        source="National Intelligence Service",
        event="paid",
        counterparty="Russia",
        sentence_index=14,
    )


def claims_000() -> list[Claim]:
    return [
        claim_for(TEXT_000, "$200m a year", "$200m a year, 700,000", DOC_000,
                  value=2e8, unit="USD", per="year", actor="North Korea", sentence_index=1),
        wage_claim(),
        claim_for(TEXT_000, "At least 10,000", "At least 10,000 North Korean soldiers", DOC_000,
                  value=1e4, qualifier=Qualifier.AT_LEAST, item="North Korean soldiers",
                  actor="North Korea", source="Wi Sung-lac", hedged=True,
                  hedge_cue="are believed to", sentence_index=15),
    ]  # fmt: skip


def claims_003() -> list[Claim]:
    return [
        claim_for(TEXT_003, "approximately 11,000", "approximately 11,000 North Korean troops",
                  DOC_003, value=11000.0, qualifier=Qualifier.APPROXIMATELY,
                  item="North Korean troops", actor="North Korea",
                  source="National Intelligence Service"),
        claim_for(TEXT_003, "between $320 million and $1.3 billion annually",
                  "receive between $320 million and $1.3 billion annually from", DOC_003,
                  low=3.2e8, high=1.3e9, qualifier=Qualifier.RANGE, unit="USD", per="year",
                  actor="North Korea", source="Lim Soo-ho", hedged=True),
    ]  # fmt: skip


class Tags(HTMLParser):
    """Every start tag and attribute of a page, and its text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(page: str) -> Tags:
    parser = Tags()
    parser.feed(page)
    parser.close()
    return parser


def figure_marks(page: str) -> list[dict[str, str | None]]:
    """The attributes of the figures' marks (not the legend's)."""
    return [
        attrs
        for tag, attrs in parse(page).tags
        if tag == "mark" and (attrs.get("class") or "").startswith("nkc-fig")
    ]


SAFE_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "main", "footer", "nav",
    "ol", "li", "div", "section", "h1", "h2", "p", "span", "mark", "a", "strong", "table",
    "thead", "tbody", "tr", "th", "td", "input", "script",
}  # fmt: skip


def scripts(page: str) -> list[str]:
    """The bodies of every ``<script>`` element of ``page``."""
    return re.findall(r"<script>\n(.*?)\n</script>", page, re.DOTALL)


def without_own_script(page: str) -> str:
    """``page`` with our table script removed (it must be the only script)."""
    assert scripts(page) == [TABLE_SCRIPT]
    return page.replace(f"<script>\n{TABLE_SCRIPT}\n</script>", "")


# --------------------------------------------------------------------------- formatting


def test_format_number() -> None:
    assert format_number(2000.0) == "2,000"
    assert format_number(1.3e9) == "1,300,000,000"
    assert format_number(39.5) == "39.5"
    assert format_number(33.33) == "33.33"
    assert format_number(0.1 + 0.2) == "0.3"


def test_format_amount_and_tooltip() -> None:
    wage = wage_claim()
    assert format_amount(wage) == "2,000"
    assert tooltip(wage).splitlines()[0] == (
        "≈2,000 · USD per month · monthly wage · North Korea · National Intelligence Service"
    )
    assert tooltip(wage).splitlines()[1] == "approximately; paid (Russia); sentence 14"
    ranged = claims_003()[1]
    assert format_amount(ranged) == "320,000,000–1,300,000,000"
    assert tooltip(ranged).startswith("320,000,000–1,300,000,000 · USD per year · — · North Korea")
    bounded_vague = ranged.model_copy(
        update={"value": 1e5, "low": 1e5, "high": 999999.0, "qualifier": Qualifier.MORE_THAN}
    )
    assert format_amount(bounded_vague) == "100,000 (100,000–999,999)"


# --------------------------------------------------------------------------- one document


def test_mark_wraps_exactly_each_figure_in_text_order() -> None:
    claims = claims_000()
    fragment = render_document_html(TEXT_000, list(reversed(claims)), DOC_000)
    assert MARK.findall(fragment) == [html.escape(c.text) for c in claims]
    assert "monthly wage of <mark" in fragment
    assert '>around $2,000</mark><a class="nkc-badge"' in fragment


def test_mark_title_carries_value_unit_item_actor_source() -> None:
    fragment = render_document_html(TEXT_000, claims_000(), DOC_000)
    marks = figure_marks(fragment)
    titles = [attrs["title"] or "" for attrs in marks]
    assert titles[1].startswith(
        "#2: ≈2,000 · USD per month · monthly wage · North Korea · National Intelligence Service"
    )
    assert titles[2].startswith(
        "#3: ≥10,000 · count · North Korean soldiers · North Korea · Wi Sung-lac"
    )
    assert "hedged (are believed to)" in titles[2]
    assert marks[2]["class"] == "nkc-fig nkc-hedged" and marks[1]["class"] == "nkc-fig"


def test_badges_and_table_rows_are_numbered_and_linked() -> None:
    fragment = render_document_html(TEXT_000, claims_000(), DOC_000, anchor_prefix="x")
    tags = parse(fragment).tags
    badges = [a for t, a in tags if t == "a" and a.get("class") == "nkc-badge"]
    assert [b["href"] for b in badges] == ["#x-r1", "#x-r2", "#x-r3"]
    rows = [a["id"] for t, a in tags if t == "tr" and a.get("id")]
    assert rows == ["x-r1", "x-r2", "x-r3"]
    assert [a["id"] for a in figure_marks(fragment)] == ["x-f1", "x-f2", "x-f3"]


def test_summary_table_lists_every_field() -> None:
    fragment = render_document_html(TEXT_000, claims_000(), DOC_000)
    heads = re.findall(r'<th title="sort by [^"]*">(.*?)</th>', fragment)
    assert heads == [
        "#", "text", "value", "qualifier", "unit", "per", "item", "event", "actor",
        "counterparty", "source", "source cue", "hedged", "hedge cue", "date",
    ]  # fmt: skip
    boxes = re.findall(
        r'<input class="nkc-filter" type="search" aria-label="filter by ([^"]*)">', fragment
    )
    assert boxes == heads
    row = re.search(r'<tr id="[^"]*-r2">(.*?)</tr>', fragment)
    assert row is not None
    cells = [re.sub(r"<[^>]+>", "", c) for c in re.findall(r"<td[^>]*>(.*?)</td>", row.group(1))]
    assert cells == [
        "2", "around $2,000", "2,000", "approximately", "USD", "month", "monthly wage",
        "paid", "North Korea", "Russia", "National Intelligence Service", "\u2014", "no",
        "\u2014", "\u2014",
    ]  # fmt: skip


def test_table_shows_cues_dates_and_sort_keys() -> None:
    claim = claims_000()[2].model_copy(
        update={
            "source_cue": "according to",
            "date_text": "last year",
            "date_start": date(2023, 1, 1),
            "date_end": date(2023, 12, 31),
        }
    )
    fragment = render_document_html(TEXT_000, [claim], DOC_000, anchor_prefix="x")
    row = re.search(r'<tr id="x-r1">(.*?)</tr>', fragment)
    assert row is not None
    cells = re.findall(r"<td([^>]*)>(.*?)</td>", row.group(1))
    texts = [re.sub(r"<[^>]+>", "", c) for _, c in cells]
    assert texts[11:] == [
        "according to",
        "yes",
        "are believed to",
        "2023-01-01\u2009\u2013\u20092023-12-31",
    ]
    assert cells[14][0] == ' class="nkc-date" data-sort="2023-01-01" title="last year"'
    assert cells[2][0].startswith(f' data-sort="{claim.value or claim.low!r}"')
    assert scripts(fragment) == [TABLE_SCRIPT]


def test_report_title_is_the_document_or_its_headline() -> None:
    def title(page: str) -> str:
        found = re.search(r"<title>(.*?)</title>", page)
        assert found is not None
        return found.group(1)

    assert title(render_report_html([(DOC_000, TEXT_000, claims_000())])) == DOC_000
    assert (
        title(render_report_html([(None, "\n  Kim & Putin meet \nbody", [])]))
        == "Kim &amp; Putin meet"
    )
    corpus = [(DOC_000, TEXT_000, claims_000()), (DOC_003, TEXT_003, claims_003())]
    assert title(render_report_html(corpus)) == "nkclaims report: 2 documents"
    assert title(render_report_html(corpus, "mine")) == "mine"


def test_corpus_index_counts_each_document() -> None:
    corpus = [(DOC_000, TEXT_000, claims_000()), (DOC_003, TEXT_003, claims_003()), (None, "x", [])]
    page = render_report_html(corpus)
    index = re.search(r'<table class="nkc-index">(.*?)</table>', page)
    assert index is not None and page.index("nkc-index") < page.index("<main>")
    rows = re.findall(r"<tr>(.*?)</tr>", index.group(1))
    cells = [
        [re.sub(r"<[^>]+>", "", c) for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", r)]
        for r in rows
    ]
    counts = [
        [str(len(c)), str(sum(x.hedged for x in c)), str(sum(bool(x.source) for x in c))]
        for c in (claims_000(), claims_003(), [])
    ]
    assert cells == [
        ["document", "figures", "hedged", "with a source"],
        [DOC_000, *counts[0]],
        [DOC_003, *counts[1]],
        ["document 3", "0", "0", "0"],
    ]
    assert re.findall(r'<tr><td><a href="(#nkc-d\d)">', index.group(1)) == [
        "#nkc-d1",
        "#nkc-d2",
        "#nkc-d3",
    ]


def test_fragment_is_scoped_and_has_its_heading() -> None:
    fragment = render_document_html(TEXT_000, claims_000(), DOC_000)
    assert fragment.startswith('<div class="nkc">\n<style>')
    assert f'<h2 class="nkc-doc-id">{DOC_000}</h2>' in fragment
    assert "3 figures · 1 hedged · 2 with a source" in fragment
    bare = render_document_html(TEXT_000, claims_000(), DOC_000, include_style=False)
    assert bare.startswith('<section class="nkc-doc"') and "<style>" not in bare


def test_hostile_text_is_escaped() -> None:
    text = '<script>alert(1)</script> 5 tons & "x"'
    start = text.index("5 tons")
    claim = Claim(
        doc_id='<img src=x onerror="alert(2)">',
        text="5 tons",
        start=start,
        end=start + 6,
        sentence_index=0,
        sentence=text,
        value=5.0,
        qualifier=Qualifier.EXACT,
        unit="ton",
        item='"><script>alert(3)</script>',
        actor="A & B",
        source="<b>bold</b>",
    )
    fragment = render_document_html(text, [claim], claim.doc_id)
    assert "<script" not in without_own_script(fragment)
    assert (
        "<script" not in without_own_script(fragment)
        and "<img" not in fragment
        and "<b>" not in fragment
    )
    assert "&lt;script&gt;alert(1)&lt;/script&gt; <mark" in fragment
    assert '>5 tons</mark><a class="nkc-badge"' in fragment
    assert "&amp; &quot;x&quot;" in fragment
    assert "&lt;img src=x onerror=&quot;alert(2)&quot;&gt;" in fragment
    parsed = parse(fragment)
    assert {tag for tag, _ in parsed.tags} <= SAFE_TAGS
    title = figure_marks(fragment)[0]["title"]
    assert title is not None and '"><script>alert(3)</script>' in title
    assert "A & B" in title and "<b>bold</b>" in title
    # The reader sees the article's characters, not markup.
    seen = "".join(parsed.text)
    assert "<script>alert(1)</script> 5 tons" in seen and ' & "x"' in seen

    page = render_report_html([(claim.doc_id, text, [claim])], title="<i>t</i> & co")
    assert "<script" not in without_own_script(page)
    assert "<img" not in page and "<i>" not in page
    assert "<title>&lt;i&gt;t&lt;/i&gt; &amp; co</title>" in page
    assert {tag for tag, _ in parse(page).tags} <= SAFE_TAGS


def test_offsets_that_miss_fall_back_to_the_nearest_occurrence() -> None:
    wage = wage_claim()
    shifted = wage.model_copy(update={"start": wage.start + 3, "end": wage.end + 3})
    fragment = render_document_html(TEXT_000, [shifted], DOC_000)
    assert MARK.findall(fragment) == ["around $2,000"]
    assert "monthly wage of <mark" in fragment


def test_a_claim_not_in_the_text_is_listed_not_highlighted() -> None:
    ghost = wage_claim().model_copy(update={"text": "17 zebras"})
    fragment = render_document_html(TEXT_000, [ghost, claims_000()[0]], DOC_000)
    assert MARK.findall(fragment) == ["$200m a year"]
    assert 'class="nkc-unlocated"' in fragment and ">17 zebras</td>" in fragment


def test_overlapping_figures_share_one_highlight() -> None:
    text = "They paid well over $200 million a year."
    outer = Claim(text="well over $200 million a year", start=10, end=39, sentence_index=0,
                  sentence=text, value=2e8, qualifier=Qualifier.MORE_THAN, unit="USD",
                  per="year")  # fmt: skip
    inner = Claim(text="$200 million", start=20, end=32, sentence_index=0, sentence=text,
                  value=2e8, qualifier=Qualifier.EXACT, unit="USD")  # fmt: skip
    assert text[outer.start : outer.end] == outer.text
    assert text[inner.start : inner.end] == inner.text
    fragment = render_document_html(text, [inner, outer], None, anchor_prefix="o")
    assert MARK.findall(fragment) == ["well over $200 million a year"]
    assert fragment.count('class="nkc-badge"') == 2
    title = figure_marks(fragment)[0]["title"] or ""
    assert title.startswith("#1: >200,000,000 · USD per year")
    assert "\n\n#2: 200,000,000 · USD · —" in title
    assert fragment.count("<tr id=") == 2


def test_a_figure_across_a_line_break_is_marked_on_both_lines() -> None:
    text = "They got 5\ntons of rice.\n\nNext 7 tons."
    first = Claim(text="5\ntons", start=9, end=15, sentence_index=0, sentence="They got 5 tons",
                  value=5.0, qualifier=Qualifier.EXACT, unit="ton")  # fmt: skip
    second = Claim(text="7 tons", start=31, end=37, sentence_index=1, sentence="Next 7 tons.",
                   value=7.0, qualifier=Qualifier.EXACT, unit="ton")  # fmt: skip
    fragment = render_document_html(text, [first, second], "d", anchor_prefix="l")
    assert MARK.findall(fragment) == ["5", "tons", "7 tons"]
    assert fragment.count('class="nkc-badge"') == 2
    assert fragment.count('id="l-f1"') == 1
    paragraphs = re.findall(r"<p>(.*?)</p>", fragment, re.S)
    assert len(paragraphs) == 3  # the blank line is no paragraph
    assert paragraphs[0].startswith("They got <mark") and paragraphs[0].endswith(">5</mark>")
    assert paragraphs[1].startswith("<mark") and ">tons</mark><a" in paragraphs[1]


def test_sentences_view_without_text() -> None:
    claims = claims_000()
    fragment = render_document_html(None, claims, DOC_000)
    assert MARK.findall(fragment) == [html.escape(c.text) for c in claims]
    assert ">S14</span>" in fragment
    assert "Back To Top" not in fragment
    with pytest.raises(ValueError, match="needs the document"):
        render_document_html(None, claims, DOC_000, context="document")


def test_sentences_view_with_text_uses_offsets_for_repeated_figures() -> None:
    sentence = "It sent thousands of soldiers, with thousands more anticipated."
    text = "Intro.\n" + sentence
    second_at = text.index("thousands", text.index("thousands") + 1)
    claim = Claim(text="thousands", start=second_at, end=second_at + 9, sentence_index=1,
                  sentence=sentence, low=1000.0, high=9999.0, qualifier=Qualifier.VAGUE,
                  unit="count")  # fmt: skip
    fragment = render_document_html(text, [claim], None, context="sentences")
    assert "with <mark" in fragment and "sent <mark" not in fragment


def test_real_gold_claims_are_all_highlighted() -> None:
    for stem in (DOC_000, "001_6058a03b7cfd326a"):
        text = read_raw(stem)
        claims = []
        for line in (DATA / "gold" / f"{stem}.jsonl").read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            claims.append(Claim(sentence_index=0, sentence="", doc_id=stem, **record))
        fragment = render_document_html(text, claims, stem)
        assert MARK.findall(fragment) == [html.escape(c.text) for c in claims]
        assert 'class="nkc-unlocated"' not in fragment
        assert {tag for tag, _ in parse(fragment).tags} <= SAFE_TAGS


def test_no_claims_still_shows_the_document() -> None:
    fragment = render_document_html(TEXT_003, [], DOC_003)
    assert "No figures in this document." in fragment and '<mark class="nkc-fig' not in fragment
    assert "SEOUL, South Korea" in fragment


# --------------------------------------------------------------------------- report


def test_report_has_one_section_per_document_headed_by_its_id() -> None:
    page = render_report_html(
        [(DOC_000, TEXT_000, claims_000()), (DOC_003, TEXT_003, claims_003()), (None, "x", [])]
    )
    sections = re.findall(r'<section class="nkc-doc" id="([^"]+)">\s*<h2[^>]*>(.*?)</h2>', page)
    assert sections == [
        ("nkc-d1", DOC_000),
        ("nkc-d2", DOC_003),
        ("nkc-d3", '<span class="nkc-none">(no id)</span>'),
    ]
    assert page.count("<section") == 3 and page.count('<table class="nkc-table">') == 2
    assert MARK.findall(page) == [html.escape(c.text) for c in claims_000() + claims_003()]
    assert '<nav class="nkc-toc">' in page
    assert f'<a href="#nkc-d2">{DOC_003}</a>' in page
    assert "3 documents · 5 figures" in page
    # Anchors are unique across documents.
    ids = [a["id"] for _, a in parse(page).tags if a.get("id")]
    assert len(ids) == len(set(ids))


def test_report_is_self_contained() -> None:
    page = render_report_html([(DOC_000, TEXT_000, claims_000())])
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert '<meta charset="utf-8">' in page and page.endswith("</html>\n")
    lowered = without_own_script(page).lower()
    assert "http" not in TABLE_SCRIPT and "src" not in TABLE_SCRIPT
    assert "innerHTML" not in TABLE_SCRIPT and "eval" not in TABLE_SCRIPT
    for forbidden in ("<script", "<link", "<img", "<iframe", "src=", "@import", "url(", "http"):
        assert forbidden not in lowered, forbidden
    assert "<nav" not in page  # one document needs no table of contents
    assert {tag for tag, _ in parse(page).tags} <= SAFE_TAGS


def test_report_accepts_any_iterable_and_writes_utf8(tmp_path: Path) -> None:
    documents = ((d, t, c) for d, t, c in [(DOC_003, TEXT_003, claims_003())])
    path = tmp_path / "report.html"
    write_report_html(documents, path, title="Bericht – ü")
    page = path.read_text(encoding="utf-8")
    assert "<title>Bericht – ü</title>" in page and "Russia’s Kursk region" in page
    assert b"\r\n" not in path.read_bytes()


def test_empty_report() -> None:
    page = render_report_html([])
    assert "0 documents · 0 figures" in page and "No documents." in page


def test_claims_repr_html_is_the_document_fragment() -> None:
    claims = Claims(claims_000(), text=TEXT_000, doc_id=DOC_000)
    page = claims._repr_html_()
    assert MARK.findall(page) == [html.escape(c.text) for c in claims_000()]
    assert f'<h2 class="nkc-doc-id">{DOC_000}</h2>' in page
    assert 'class="nkc-text nkc-scroll"' in page


def test_claims_repr_html_groups_a_corpus_by_doc_id() -> None:
    corpus = Claims(claims_000() + claims_003())
    page = corpus._repr_html_()
    headings = re.findall(r'<h2 class="nkc-doc-id">(.*?)</h2>', page)
    assert headings == [DOC_000, DOC_003]
    assert page.count("<style>") == 1
