"""`nkclaims eval` scores ``event`` and ``counterparty`` on the gold lines that carry the keys."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nkclaims.cli import main
from nkclaims.evaluate import GoldClaim, evaluate, gold_json_line, read_gold
from nkclaims.models import EVENTS, Claim

TEXT = "Russia sent 500 tons of oil to North Korea. About 3,000 troops were killed."
OIL = TEXT.index("500 tons")
TROOPS = TEXT.index("About 3,000")


def gold_line(text: str, start: int, **extra: object) -> str:
    line: dict[str, object] = {
        "text": text,
        "start": start,
        "end": start + len(text),
        "value": 500.0 if start == OIL else 3000.0,
        "low": None,
        "high": None,
        "qualifier": "exact" if start == OIL else "approximately",
        "unit": "ton" if start == OIL else "count",
        "per": None,
        "item": "oil" if start == OIL else "troops",
        "actor": "Russia" if start == OIL else None,
        "source": None,
        "hedged": False,
    }
    line.update(extra)
    return json.dumps(line)


def pred(gold: GoldClaim, **kw: object) -> Claim:
    fields = gold.model_dump(exclude={"event", "counterparty"})
    fields.update(sentence_index=0, sentence=TEXT)
    fields.update(kw)
    return Claim(**fields)


def read_lines(tmp_path: Path, *lines: str) -> list[GoldClaim]:
    path = tmp_path / "doc.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return read_gold(path)


def test_the_taxonomy_is_the_fourteen_classes() -> None:
    assert EVENTS == (
        "deployed", "killed", "wounded", "casualties", "captured", "shipped", "received",
        "paid", "earned", "produced", "fired", "traded", "priced", "capacity",
    )  # fmt: skip


def test_a_labelled_line_is_scored_and_an_unlabelled_one_is_not(tmp_path: Path) -> None:
    oil, troops = read_lines(
        tmp_path,
        gold_line("500 tons", OIL, event="shipped", counterparty="North Korea"),
        gold_line("About 3,000", TROOPS),
    )
    assert oil.event == "shipped" and troops.model_fields_set.isdisjoint({"event", "counterparty"})
    predicted = [
        pred(oil, event="shipped", counterparty="China"),
        pred(troops, event="deployed", counterparty="Russia"),
    ]
    report = evaluate([("doc", TEXT, [oil, troops], predicted)])
    assert (report.fields["event"].correct, report.fields["event"].total) == (1, 1)
    assert (report.fields["counterparty"].correct, report.fields["counterparty"].total) == (0, 1)
    wrong = [(e.field, e.gold, e.predicted) for e in report.errors if e.kind == "field"]
    assert wrong == [("counterparty", "North Korea", "China")]
    assert report.complete == 2  # event and counterparty are not part of "complete"
    assert report.metrics()["event_accuracy"] == 1.0
    assert report.metrics()["counterparty_accuracy"] == 0.0


def test_a_labelled_null_wants_a_predicted_null(tmp_path: Path) -> None:
    (troops,) = read_lines(
        tmp_path, gold_line("About 3,000", TROOPS, event="killed", counterparty=None)
    )
    good = evaluate([("d", TEXT, [troops], [pred(troops, event="killed")])])
    bad = evaluate([("d", TEXT, [troops], [pred(troops, event="killed", counterparty="Russia")])])
    assert good.metrics()["counterparty_accuracy"] == 1.0
    assert bad.metrics()["counterparty_accuracy"] == 0.0


def test_without_labels_the_rows_say_n_a_and_there_is_no_metric(tmp_path: Path) -> None:
    (oil,) = read_lines(tmp_path, gold_line("500 tons", OIL))
    report = evaluate([("d", TEXT, [oil], [pred(oil, event="shipped")])])
    assert report.fields["event"].total == 0
    assert "event_accuracy" not in report.metrics()
    rows = {line.split()[0]: line.split()[1:] for line in report.table().splitlines()}
    assert rows["event"] == ["accuracy", "n/a", "0/0"]
    assert rows["counterparty"] == ["accuracy", "n/a", "0/0"]


def test_an_unknown_event_word_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"doc.jsonl:1:"):
        read_lines(tmp_path, gold_line("500 tons", OIL, event="sent"))


def test_a_gold_line_round_trips_with_exactly_its_keys(tmp_path: Path) -> None:
    labelled, bare = (
        gold_line("500 tons", OIL, event="shipped", counterparty=None),
        gold_line("About 3,000", TROOPS),
    )
    claims = read_lines(tmp_path, labelled, bare)
    assert [json.loads(gold_json_line(c)) for c in claims] == [
        json.loads(labelled),
        json.loads(bare),
    ]


def test_nkclaims_eval_prints_the_two_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "gold").mkdir()
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "doc.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "gold" / "doc.jsonl").write_text(
        gold_line("500 tons", OIL, event="shipped", counterparty="North Korea") + "\n",
        encoding="utf-8",
    )
    assert main(["eval", "--gold", str(tmp_path / "gold"), "--raw", str(tmp_path / "raw")]) == 0
    out = capsys.readouterr().out
    rows = [line.split()[0] for line in out.splitlines() if line.split()[1:2] == ["accuracy"]]
    assert rows[-2:] == ["event", "counterparty"]
