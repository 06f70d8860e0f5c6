"""`Claims`: a ``list[Claim]`` with typed frames, JSONL and CSV exports, and an HTML view."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import pickle
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nkclaims.models import Claim, Qualifier
from nkclaims.results import (
    CSV_FIELDS,
    Claims,
    claim_to_csv_row,
    claims_to_jsonl_lines,
    frame_dtypes,
    read_csv,
    read_jsonl,
    write_csv,
    write_jsonl,
)

RAW = Path(__file__).resolve().parent.parent / "data" / "raw"
DOC_ID = "000_72dce47520b3db1e"


def read_raw(stem: str) -> str:
    with open(RAW / f"{stem}.txt", encoding="utf-8", newline="") as fh:
        return fh.read()


TEXT = read_raw(DOC_ID)


def claim_at(text: str, figure: str, sentence: str, index: int, **labels: Any) -> Claim:
    """A claim for the only occurrence of ``figure`` inside ``sentence`` of ``text``."""
    at = text.find(sentence)
    assert at >= 0 and text.find(sentence, at + 1) < 0, sentence
    local = sentence.find(figure)
    assert local >= 0 and sentence.find(figure, local + 1) < 0, figure
    start = at + local
    return Claim(
        doc_id=DOC_ID,
        text=figure,
        start=start,
        end=start + len(figure),
        sentence_index=index,
        sentence=sentence,
        **labels,
    )


WAGE_SENTENCE = (
    "The NIS reported to the Assembly last week that each North Korean soldier sent to "
    "fight for Russia would be paid a monthly wage of around $2,000."
)
SOLDIERS_SENTENCE = (
    "At least 10,000 North Korean soldiers are believed to be headed for Ukraine, "
    "translating to yearly revenue of well over $200 million, the lawmaker said."
)
RICE_SENTENCE = "If Russia is offering 600,000 to 700,000 tons of rice"
DISPATCH_SENTENCE = "North Korea is believed to have dispatched thousands of soldiers"


@pytest.fixture
def claims() -> Claims:
    wage = claim_at(
        TEXT,
        "around $2,000",
        WAGE_SENTENCE,
        14,
        value=2000.0,
        qualifier=Qualifier.APPROXIMATELY,
        unit="USD",
        per="month",
        item="monthly wage",
        actor="North Korea",
        source="National Intelligence Service",
        hedged=False,
        source_cue="reported",
        date_text="last week",
        date_start=dt.date(2024, 10, 21),
        date_end=dt.date(2024, 10, 27),
    )
    soldiers = claim_at(
        TEXT,
        "At least 10,000",
        SOLDIERS_SENTENCE,
        15,
        value=10000.0,
        qualifier=Qualifier.AT_LEAST,
        unit="count",
        item="North Korean soldiers",
        actor="North Korea",
        source="Wi Sung-lac",
        hedged=True,
        hedge_cue="are believed to",
    )
    rice = claim_at(
        TEXT,
        "600,000 to 700,000 tons",
        RICE_SENTENCE,
        22,
        low=600000.0,
        high=700000.0,
        qualifier=Qualifier.RANGE,
        unit="ton",
        item="rice",
        actor="Russia",
        source="Wi Sung-lac",
    )
    thousands = claim_at(
        TEXT,
        "thousands",
        DISPATCH_SENTENCE,
        3,
        low=1000.0,
        high=9999.0,
        qualifier=Qualifier.VAGUE,
        unit="count",
        item="soldiers",
        actor="North Korea",
        source="South Korean intelligence and military officials",
        hedged=True,
    )
    return Claims([thousands, wage, soldiers, rice], text=TEXT, doc_id=DOC_ID)


# --------------------------------------------------------------------------- the list


def test_the_fixture_offsets_reproduce_the_figures(claims: Claims) -> None:
    for claim in claims:
        assert TEXT[claim.start : claim.end] == claim.text


def test_claims_is_a_list_of_claims(claims: Claims) -> None:
    assert isinstance(claims, list)
    assert len(claims) == 4
    assert claims[1].text == "around $2,000"
    assert claims[-1].qualifier is Qualifier.RANGE
    assert claims == list(claims)
    assert [c.text for c in claims] == [
        "thousands",
        "around $2,000",
        "At least 10,000",
        "600,000 to 700,000 tons",
    ]
    assert claims.text is TEXT and claims.doc_id == DOC_ID


def test_slicing_keeps_text_and_doc_id(claims: Claims) -> None:
    head = claims[:2]
    assert isinstance(head, Claims)
    assert head == [claims[0], claims[1]]
    assert head.text is TEXT and head.doc_id == DOC_ID
    assert claims[::-1][0] is claims[3]
    assert claims.copy() == claims and claims.copy().text is TEXT


def test_list_operations_still_work(claims: Claims) -> None:
    extra = claims[0].model_copy(update={"start": 0})
    claims.append(extra)
    assert len(claims) == 5
    assert sorted(claims, key=lambda c: c.start)[0] is extra
    assert claims.pop() is extra
    assert [*claims, extra][:-1] == list(claims)


def test_constructor_refuses_non_claims() -> None:
    five = Claim(
        text="5", start=0, end=1, sentence_index=0, sentence="5",
        qualifier=Qualifier.EXACT, unit="count",
    )  # fmt: skip
    with pytest.raises(TypeError, match="item 1 is dict"):
        Claims([five, {"text": "5"}])  # type: ignore[list-item]


def test_doc_id_defaults_to_the_claims_common_id(claims: Claims) -> None:
    assert Claims(list(claims)).doc_id == DOC_ID
    mixed = [claims[0], claims[1].model_copy(update={"doc_id": "other"})]
    assert Claims(mixed).doc_id is None
    assert Claims(mixed, doc_id="given").doc_id == "given"
    assert Claims().doc_id is None and Claims().text is None


def test_pickle_keeps_text_and_doc_id(claims: Claims) -> None:
    back = pickle.loads(pickle.dumps(claims))
    assert isinstance(back, Claims)
    assert back == claims and back.text == TEXT and back.doc_id == DOC_ID


def test_summary_names_every_figure(claims: Claims) -> None:
    summary = claims.summary()
    assert summary.splitlines()[0] == f"4 claims in {DOC_ID}"
    assert "'around $2,000'  2,000  USD/month  monthly wage" in summary
    assert "600,000–700,000" in summary
    assert "source=Wi Sung-lac  hedged" in summary


# --------------------------------------------------------------------------- frames

EXPECTED_DTYPES = {
    "doc_id": "string",
    "text": "string",
    "start": "Int64",
    "end": "Int64",
    "sentence_index": "Int64",
    "sentence": "string",
    "sentence_start": "Int64",
    "sentence_end": "Int64",
    "value": "Float64",
    "low": "Float64",
    "high": "Float64",
    "qualifier": "category",
    "unit": "string",
    "per": "string",
    "change": "string",
    "item": "string",
    "event": "string",
    "actor": "string",
    "counterparty": "string",
    "source": "string",
    "hedged": "boolean",
    "source_cue": "string",
    "hedge_cue": "string",
    "date_text": "string",
    "date_start": "datetime64[ns]",
    "date_end": "datetime64[ns]",
    "published": "datetime64[ns]",
    "mention_of": "Int64",
}


def test_frame_dtypes_cover_every_field_in_order() -> None:
    assert list(frame_dtypes()) == list(Claim.model_fields) == list(CSV_FIELDS)
    assert frame_dtypes() == EXPECTED_DTYPES


def test_to_frame_columns_and_dtypes(claims: Claims) -> None:
    pd = pytest.importorskip("pandas")
    frame = claims.to_frame()
    assert list(frame.columns) == list(Claim.model_fields)
    assert {name: str(dtype) for name, dtype in frame.dtypes.items()} == EXPECTED_DTYPES
    assert isinstance(frame.index, pd.RangeIndex) and len(frame) == 4
    assert frame["qualifier"].cat.categories.tolist() == [q.value for q in Qualifier]
    assert isinstance(frame["text"].dtype, pd.StringDtype)


def test_to_frame_values(claims: Claims) -> None:
    pd = pytest.importorskip("pandas")
    frame = claims.to_frame()
    wage = frame.iloc[1]
    assert wage["text"] == "around $2,000"
    assert wage["start"] == TEXT.find("around $2,000")
    assert wage["end"] == wage["start"] + len("around $2,000")
    assert wage["value"] == 2000.0
    assert wage["qualifier"] == "approximately"
    assert wage["unit"] == "USD" and wage["per"] == "month"
    assert wage["item"] == "monthly wage"
    assert wage["actor"] == "North Korea"
    assert wage["source"] == "National Intelligence Service"
    assert bool(wage["hedged"]) is False
    assert wage["date_start"] == pd.Timestamp("2024-10-21")
    assert wage["date_end"] == pd.Timestamp("2024-10-27")

    assert frame["value"].isna().tolist() == [True, False, False, True]
    assert frame["low"].tolist()[3] == 600000.0 and frame["high"].tolist()[3] == 700000.0
    assert frame["qualifier"].tolist() == ["vague", "approximately", "at_least", "range"]
    assert frame["hedged"].tolist() == [True, False, True, False]
    assert frame["per"].isna().tolist() == [True, False, True, True]
    assert frame["date_start"].isna().tolist() == [True, False, True, True]
    assert frame["hedge_cue"].tolist()[2] == "are believed to"
    assert (frame["doc_id"] == DOC_ID).all()
    # Typed columns work as numbers and dates, not objects.
    assert frame["value"].sum() == 12000.0
    assert frame["date_start"].dt.year.dropna().tolist() == [2024]
    assert frame.loc[frame["hedged"], "text"].tolist() == ["thousands", "At least 10,000"]


def test_to_frame_of_nothing_has_every_column() -> None:
    pytest.importorskip("pandas")
    frame = Claims().to_frame()
    assert len(frame) == 0
    assert list(frame.columns) == list(Claim.model_fields)
    assert {name: str(dtype) for name, dtype in frame.dtypes.items()} == EXPECTED_DTYPES


def test_to_frame_without_pandas_names_the_extra(
    claims: Claims, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"nkclaims\[frames\]") as info:
        claims.to_frame()
    assert info.value.name == "pandas"


def test_exports_and_html_need_no_pandas(
    claims: Claims, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    assert claims.to_csv(tmp_path / "c.csv") == 4
    assert claims.to_jsonl(tmp_path / "c.jsonl") == 4
    assert "<mark" in claims._repr_html_()
    assert read_csv(tmp_path / "c.csv") == claims


# --------------------------------------------------------------------------- JSONL


def test_to_jsonl_writes_one_model_dump_per_line(claims: Claims, tmp_path: Path) -> None:
    path = tmp_path / "claims.jsonl"
    assert claims.to_jsonl(path) == 4
    raw = path.read_bytes()
    assert raw.endswith(b"\n") and b"\r" not in raw
    lines = raw.decode("utf-8").splitlines()
    assert len(lines) == 4
    for line, claim in zip(lines, claims, strict=True):
        record = json.loads(line)
        assert record == claim.model_dump(mode="json")
        assert list(record) == list(Claim.model_fields)
        assert Claim.model_validate(record) == claim
    wage = json.loads(lines[1])
    assert wage["qualifier"] == "approximately"
    assert wage["date_start"] == "2024-10-21"
    assert wage["low"] is None and wage["hedged"] is False


def test_to_jsonl_is_utf8_not_ascii_escaped(tmp_path: Path) -> None:
    sentence = "Wi said North Korea’s “rice production” is 1 million tons\u2028next"
    claim = Claim(
        text="1 million tons",
        start=43,
        end=57,
        sentence_index=0,
        sentence=sentence,
        value=1e6,
        qualifier=Qualifier.EXACT,
        unit="ton",
    )
    path = tmp_path / "u.jsonl"
    Claims([claim]).to_jsonl(path)
    text = path.read_text(encoding="utf-8")
    assert "Korea’s “rice production”" in text
    # A raw U+2028 would split the record for str.splitlines(); it is escaped instead.
    assert "\u2028" not in text and "\\u2028" in text
    assert len(text.splitlines()) == 1
    assert read_jsonl(path) == [claim]


def test_jsonl_round_trip(claims: Claims, tmp_path: Path) -> None:
    path = tmp_path / "claims.jsonl"
    claims.to_jsonl(path)
    back = read_jsonl(path)
    assert isinstance(back, Claims)
    assert back == claims
    assert back.doc_id == DOC_ID and back.text is None


def test_streaming_writers_take_any_iterable(claims: Claims) -> None:
    lines = list(claims_to_jsonl_lines(iter(claims)))
    assert len(lines) == 4 and all(line.endswith("}\n") for line in lines)
    out = io.StringIO()
    assert write_jsonl((c for c in claims), out) == 4
    assert out.getvalue() == "".join(lines)

    buffer = io.StringIO(newline="")
    write_csv(claims[:2], buffer)
    write_csv(claims[2:], buffer, header=False)
    rows = list(csv.reader(io.StringIO(buffer.getvalue(), newline="")))
    assert rows[0] == list(CSV_FIELDS) and len(rows) == 5
    assert rows[1:] == [claim_to_csv_row(c) for c in claims]


# --------------------------------------------------------------------------- CSV


def test_to_csv_header_and_cells(claims: Claims, tmp_path: Path) -> None:
    path = tmp_path / "claims.csv"
    assert claims.to_csv(path) == 4
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == list(Claim.model_fields)
    wage = rows[1]
    assert wage["text"] == "around $2,000"
    assert wage["start"] == str(TEXT.find("around $2,000"))
    assert wage["value"] == "2000.0" and wage["low"] == ""
    assert wage["qualifier"] == "approximately"
    assert wage["hedged"] == "false" and rows[2]["hedged"] == "true"
    assert wage["date_start"] == "2024-10-21" and wage["date_end"] == "2024-10-27"
    assert wage["sentence"] == WAGE_SENTENCE
    assert rows[3]["low"] == "600000.0" and rows[3]["value"] == ""


def test_csv_round_trip(claims: Claims, tmp_path: Path) -> None:
    path = tmp_path / "claims.csv"
    claims.to_csv(path)
    back = read_csv(path)
    assert isinstance(back, Claims)
    assert back == claims
    for before, after in zip(claims, back, strict=True):
        assert after.model_dump() == before.model_dump()
        assert type(after.qualifier) is Qualifier


def test_csv_reads_into_pandas(claims: Claims, tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    path = tmp_path / "claims.csv"
    claims.to_csv(path)
    frame = pd.read_csv(path)
    assert frame["text"].tolist() == [c.text for c in claims]
    assert frame["hedged"].tolist() == [True, False, True, False]
    assert frame["start"].tolist() == [c.start for c in claims]


def test_csv_keeps_newlines_quotes_and_commas(tmp_path: Path) -> None:
    sentence = 'He said, "about 4,000\nworkers"; that\'s it'
    claim = Claim(
        text="about 4,000",
        start=10,
        end=21,
        sentence_index=2,
        sentence=sentence,
        value=4000.0,
        qualifier=Qualifier.APPROXIMATELY,
        unit="count",
        item='workers, "North Korean"',
    )
    path = tmp_path / "q.csv"
    Claims([claim]).to_csv(path)
    assert read_csv(path) == [claim]


def test_empty_claims_write_header_only(tmp_path: Path) -> None:
    Claims().to_csv(tmp_path / "e.csv")
    Claims().to_jsonl(tmp_path / "e.jsonl")
    assert (tmp_path / "e.csv").read_bytes() == (",".join(CSV_FIELDS) + "\r\n").encode()
    assert (tmp_path / "e.jsonl").read_text(encoding="utf-8") == ""
    assert read_csv(tmp_path / "e.csv") == [] and read_jsonl(tmp_path / "e.jsonl") == []


# --------------------------------------------------------------------------- property

optional_text = st.none() | st.text(min_size=1, max_size=20)
finite = st.floats(allow_nan=False, allow_infinity=False)


@st.composite
def any_claim(draw: st.DrawFn) -> Claim:
    start = draw(st.integers(0, 10**6))
    return Claim(
        doc_id=draw(optional_text),
        text=draw(st.text(min_size=1, max_size=20)),
        start=start,
        end=start + draw(st.integers(0, 100)),
        sentence_index=draw(st.integers(0, 10**4)),
        sentence=draw(st.text(max_size=60)),
        value=draw(st.none() | finite),
        low=draw(st.none() | finite),
        high=draw(st.none() | finite),
        qualifier=draw(st.sampled_from(Qualifier)),
        unit=draw(st.text(min_size=1, max_size=10)),
        per=draw(optional_text),
        item=draw(optional_text),
        actor=draw(optional_text),
        source=draw(optional_text),
        hedged=draw(st.booleans()),
        hedge_cue=draw(optional_text),
        date_start=draw(st.none() | st.dates()),
    )


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(any_claim(), max_size=5))
def test_jsonl_and_csv_round_trip_any_claims(tmp_path: Path, items: list[Claim]) -> None:
    claims = Claims(items)
    claims.to_jsonl(tmp_path / "p.jsonl")
    claims.to_csv(tmp_path / "p.csv")
    assert read_jsonl(tmp_path / "p.jsonl") == items
    assert read_csv(tmp_path / "p.csv") == items
    assert len((tmp_path / "p.jsonl").read_text(encoding="utf-8").split("\n")) == len(items) + 1


# --------------------------------------------------------------------------- HTML


def test_repr_html_highlights_the_figures_in_the_text(claims: Claims) -> None:
    page = claims._repr_html_()
    assert page.startswith('<div class="nkc">') and "<style>" in page
    assert ">around $2,000</mark>" in page
    assert ">600,000 to 700,000 tons</mark>" in page
    assert "Back To Top" in page  # the whole document, not only the figures' sentences
    assert page.count('<mark class="nkc-fig') == 4


def test_repr_html_without_text_shows_the_sentences(claims: Claims) -> None:
    page = Claims(list(claims))._repr_html_()
    assert "Back To Top" not in page
    assert ">S14</span>" in page and ">around $2,000</mark>" in page
    assert page.count('<mark class="nkc-fig') == 4


def test_repr_html_caps_huge_lists(claims: Claims, monkeypatch: pytest.MonkeyPatch) -> None:
    import nkclaims.results as results

    monkeypatch.setattr(results, "REPR_HTML_MAX_CLAIMS", 2)
    page = claims._repr_html_()
    assert "Showing the first 2 of 4 claims" in page
    assert page.count('<mark class="nkc-fig') == 2
