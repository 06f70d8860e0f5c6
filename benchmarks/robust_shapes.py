"""The input shapes of issue 11, each a function of a target length in characters.

Shared by ``benchmarks/bench_robust.py`` (100k and 800k characters, one subprocess per
shape) and ``tests/test_complexity.py`` (a CI-sized version). Only the standard library
and nkclaims are imported, and nkclaims only inside `run_shape`.

Every shape is a text built by repeating a unit (or a generated sequence of units) up
to ``n`` characters, and a *job*: what is timed on it (``extract``, or ``extract`` plus
the HTML report or the JSONL export).
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

_SYLLABLES = ("ka", "mi", "so", "ren", "do", "vu", "lin", "pa", "zho", "te", "bar", "qui")


def _name(i: int) -> str:
    """A distinct, capitalised, made-up surname for every ``i``."""
    parts = []
    while True:
        i, r = divmod(i, len(_SYLLABLES))
        parts.append(_SYLLABLES[r])
        if i == 0:
            break
        i -= 1
    return "".join(parts).capitalize()


def _repeat(unit: str) -> Callable[[int], str]:
    def build(n: int) -> str:
        return (unit * (n // len(unit) + 1))[:n]

    return build


def _sequence(units: Callable[[], Iterator[str]]) -> Callable[[int], str]:
    def build(n: int) -> str:
        parts: list[str] = []
        size = 0
        for unit in units():
            if size >= n:
                break
            parts.append(unit)
            size += len(unit)
        return "".join(parts)[:n]

    return build


def _people() -> Iterator[str]:
    """Many distinct people, then role references to them."""
    for i in itertools.count():
        yield f"{_name(i)} {_name(i + 7)}, an analyst at the institute, said 500 troops left. "
        if i % 4 == 3:
            yield "The analyst said 30 more would follow. "


def _table_rows() -> Iterator[str]:
    for i in itertools.count(1000):
        yield f"| {i:,} | {7 * i:,} | {i % 97}.5% |\n"


def _prose(n: int) -> str:
    """The benchmark corpus of ``bench_extract.py``: the articles' paragraphs, dealt."""
    import sys

    sys.path.insert(0, str(REPO / "benchmarks"))
    from bench_extract import build_corpus

    corpus = build_corpus(REPO / "data" / "raw", n + 20_000, seed=4)
    return "\n\n".join(t.strip("\n") for _, t in corpus.docs)[:n]


@dataclass(frozen=True)
class Shape:
    name: str
    build: Callable[[int], str]
    job: str = "extract"  # extract | report | jsonl
    published: dt.date | None = None
    owner: str = "engine"  # engine | attribution: who makes it linear


SHAPES: tuple[Shape, ...] = (
    Shape("dense_figures", _repeat("1,234,567 ")),
    Shape("figures_with_years", _repeat("500 troops in 2020 ")),
    Shape("dots", _repeat(".")),
    Shape("bangs", _repeat("!")),
    Shape("questions", _repeat("?")),
    Shape("hedges", _repeat("reportedly 500 troops "), owner="attribution"),
    Shape("relative_sources", _repeat("500 troops that Kim says "), owner="attribution"),
    Shape("people_then_role", _sequence(_people), owner="attribution"),
    Shape("korean", _repeat("북한은 러시아에 병력 10,000명을 보냈다고 국정원이 밝혔다. ")),
    Shape(
        "cyrillic", _repeat("Северная Корея отправила в Россию 10 000 солдат, сообщила разведка. ")
    ),
    Shape("accented", _repeat("Éric Dupont said 500 troops left in 2024. ")),
    Shape("cjk", _repeat("据报道，朝鲜向俄罗斯派遣了10,000名士兵。")),
    Shape("table_report", _sequence(_table_rows), job="report"),
    Shape("dense_jsonl", _repeat("1,234,567 "), job="jsonl"),
    Shape("glued_bars", _repeat("1,234|5,678|9,012|")),
    Shape("table_cells", _repeat("<td>1,234</td><td>5,678</td>")),
    Shape("long_runs", _repeat("x" * 230 + " 1,234;5,678/9,012 ")),
    Shape("case_folding", _repeat("half a mİllion, thouſands of troops, ſome 500 laſt week. ")),
    Shape("surrogates_controls", _repeat("500 troops\ud800 left\x00 in 2020.\x07 ")),
    Shape("overlaps", _repeat("10,000 RUB 500 ")),
    Shape(
        "published_max",
        _repeat("On Friday 500 troops left; this week 20 more, next decade 1,000. "),
        published=dt.date.max,
    ),
    Shape("prose", _prose),
)

BY_NAME = {s.name: s for s in SHAPES}


class _ByteCounter(io.StringIO):
    """A text sink that keeps only the number of UTF-8 bytes written to it."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def write(self, s: str, /) -> int:
        self.count += len(s.encode("utf-8"))
        return len(s)


def run_shape(shape: Shape, text: str) -> tuple[int, int]:
    """Run the shape's job on ``text``; return (claims, output bytes or 0)."""
    import nkclaims
    from nkclaims.report import render_document_html
    from nkclaims.results import write_jsonl

    claims = nkclaims.extract(text, published=shape.published)
    if shape.job == "report":
        return len(claims), len(render_document_html(text, claims))
    if shape.job == "jsonl":
        out = _ByteCounter()
        write_jsonl(claims, out)
        return len(claims), out.count
    return len(claims), 0
