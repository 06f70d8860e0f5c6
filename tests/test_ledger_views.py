"""The ledger's views: frame, table, CSV, HTML, plots, and the ``nkclaims ledger`` command."""

from __future__ import annotations

import csv
import io
import struct
from pathlib import Path

import pytest

from nkclaims import ledger
from nkclaims.cli import main
from nkclaims.ledger import Ledger
from nkclaims.ledger.plot import inline_plot, render_plot, save_plot
from nkclaims.ledger.render import FRAME_COLUMNS, write_ledger_csv
from tests.ledger_helpers import doc

NK = "North Korea"


def _corpus() -> Ledger:
    deployed = {"actor": NK, "event": "deployed", "counterparty": "Russia"}
    return ledger(
        doc("seoul", "2024-12-19", [
            ("About 3,000 North Korean soldiers <arrived>, the NIS said.", "About 3,000",
             {**deployed, "item": "North Korean soldiers", "value": 3000,
              "qualifier": "approximately", "source": "National Intelligence Service"}),
            ("Thousands of workers & engineers followed.", "Thousands",
             {"actor": NK, "event": "deployed", "item": "workers", "qualifier": "vague",
              "low": 1000, "high": 9999}),
        ])
        + doc("kyiv", "2024-12-23", [
            ("Kyiv's military intelligence counted 12,000 troops.", "12,000",
             {**deployed, "item": "troops", "value": 12000,
              "source": "Main Intelligence Directorate"}),
        ])
    )  # fmt: skip


def test_frame_has_one_row_per_member() -> None:
    frame = _corpus().to_frame()
    assert list(frame.columns) == list(FRAME_COLUMNS)
    assert frame[["group", "status", "item_head", "doc_id", "text", "date"]].values.tolist() == [
        [0, "disagree", "troops", "seoul", "About 3,000", "2024-12-19"],
        [0, "disagree", "troops", "kyiv", "12,000", "2024-12-23"],
        [1, "single", "workers", "seoul", "Thousands", "2024-12-19"],
    ]
    assert frame["low"].tolist()[2] == 1000


def test_table_lists_each_group_once() -> None:
    lines = _corpus().table().splitlines()
    assert lines[0].split() == list(("#", "status", "event", "actor", "item", "unit", "n",
                                     "figures", "sources", "note"))  # fmt: skip
    assert lines[2].startswith(
        "0  disagree  deployed  North Korea  troops   count  2  About 3,000 … 12,000  "
        "National Intelligence Service; Main Int…  National Intelligence Service: About 3,000"
    )
    assert lines[3].split()[:6] == ["1", "single", "deployed", "North", "Korea", "workers"]
    assert len(lines) == 4


def test_csv_round_trips_the_rows() -> None:
    buf = io.StringIO()
    assert write_ledger_csv(_corpus(), buf) == 3
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert [r["text"] for r in rows] == ["About 3,000", "12,000", "Thousands"]
    assert rows[0]["note"].startswith("National Intelligence Service: About 3,000 (2024-12-19) vs")
    assert rows[2]["value"] == "" and rows[2]["high"] == "9999.0"


def test_html_escapes_text_and_inlines_plots() -> None:
    result = _corpus()
    fragment = result._repr_html_()
    assert "&lt;arrived&gt;" in fragment and "<arrived>" not in fragment
    assert "workers &amp; engineers" in fragment
    assert fragment.count("<section") == 2 and "data:image" not in fragment
    from nkclaims.ledger.render import ledger_html

    page = ledger_html(result, plots="png", title="corpus <1>")
    assert page.startswith("<!DOCTYPE html>") and "<title>corpus &lt;1&gt;</title>" in page
    assert page.count('src="data:image/png;base64,') == 2
    svg = ledger_html(result, plots="svg")
    assert svg.count('src="data:image/svg+xml;base64,') == 2


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_a_plot_is_a_valid_non_empty_png(tmp_path: Path) -> None:
    group = _corpus().groups[0]
    data = render_plot(group, "png")
    assert _png_size(data) == (800, 400)
    assert len(data) > 5000 and data.endswith(b"IEND\xaeB`\x82")
    path = save_plot(group, tmp_path / "g.png")
    assert _png_size(path.read_bytes()) == (800, 400)
    svg = save_plot(_corpus().groups[1], tmp_path / "g.svg").read_text("utf-8")
    assert "<svg" in svg and "Thousands" in svg
    assert inline_plot(group).startswith('<img alt="plot of group 0" src="data:image/png;base64,')


def test_plot_formats_are_checked(tmp_path: Path) -> None:
    group = _corpus().groups[0]
    with pytest.raises(ValueError, match=r"\.png or \.svg"):
        save_plot(group, tmp_path / "g.pdf")
    with pytest.raises(ValueError, match="png or svg"):
        render_plot(group, "gif")  # type: ignore[arg-type]


def _write_corpus(tmp_path: Path) -> Path:
    d = tmp_path / "corpus"
    d.mkdir()
    (d / "first.txt").write_text(
        "About 11,000 North Korean troops are in Russia, according to the NIS.\n", "utf-8"
    )
    (d / "second.txt").write_text(
        "About 11,000 North Korean soldiers are in Russia, according to the Pentagon.\n", "utf-8"
    )
    (tmp_path / "dates.tsv").write_text("first\t2024-11-04\nsecond\t2024-11-06\n", "utf-8")
    return d


def test_cli_ledger_table_csv_and_html(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = _write_corpus(tmp_path)
    manifest = str(tmp_path / "dates.tsv")
    assert main(["ledger", str(corpus), "--published-from", manifest]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[2].split()[:2] == ["0", "agree"] and "troops" in out[2]
    assert len(out) == 3
    target = tmp_path / "ledger.csv"
    code = main(["ledger", str(corpus), "--published-from", manifest, "--format", "csv",
                 "--out", str(target)])  # fmt: skip
    assert code == 0
    rows = list(csv.DictReader(target.open(encoding="utf-8", newline="")))
    assert [(r["doc_id"], r["date"], r["source"], r["group"]) for r in rows] == [
        ("first", "2024-11-04", "National Intelligence Service", "0"),
        ("second", "2024-11-06", "Pentagon", "0"),
    ]
    page = tmp_path / "ledger.html"
    assert main(["ledger", str(corpus), "--published", "2024-11-05", "--format", "html",
                 "--out", str(page), "--plots", "svg"]) == 0  # fmt: skip
    html = page.read_text("utf-8")
    assert "<title>nkclaims ledger</title>" in html and "image/svg+xml;base64," in html


def test_cli_ledger_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ledger", str(tmp_path / "missing")]) == 2
    assert "no such file or directory" in capsys.readouterr().err
    corpus = _write_corpus(tmp_path)
    assert main(["ledger", str(corpus), "--window-days", "-3"]) == 2
    assert "--window-days must not be negative" in capsys.readouterr().err
