"""Fuzz properties of `nkclaims.extract` on any text (issue 11).

Each property is a plain ``check_*`` function plus its strategies, so the robustness
benchmark (``benchmarks/bench_robust.py --fuzz 20000``) runs the same properties with
many more examples; CI runs `CI_EXAMPLES` of each.

- offsets always reproduce the text, claims are ordered and never overlap;
- no claim is lost when figures are glued by punctuation (``|``, ``;``, ``/``, tags);
- any string, with any publication date, gives claims, never an exception.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import nkclaims
from nkclaims.inputs import valid_unicode

CI_EXAMPLES = 60

PUBLISHED = st.one_of(st.none(), st.dates())

_WORDS = [
    "500", "1,234", "10,000", "2020", "3.5", "troops", "$", "million", "billion", "half",
    "a", "about", "more than", "last", "week", "in", "said", "Kim", "reportedly",
    "North Korea", "Russia", ".", ",", "\n", " ", "-", "to", "between", "and", "ſ", "İ",
    "\ud800", "\x00", "%", "per", "year", "RUB", "according to", "the", "“", "”", "Friday",
    "next", "decade", "|", ";", "/", "<td>", "</td>", "。", "명을", "Éric", "Россия", "ago",
    "three", "thousands of", "tons", "percent", "since", "August", "Oct.", "U.S.", "!", "?",
]  # fmt: skip

TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(_WORDS), max_size=60).map(" ".join),
    st.lists(st.sampled_from(_WORDS), max_size=60).map("".join),
)


def check_offsets_reproduce_the_text(text: str, published: dt.date | None) -> None:
    claims = nkclaims.extract(text, published=published)
    for c in claims:
        assert text[c.start : c.end] == c.text
        assert c.sentence_start is not None and c.sentence_end is not None
        assert c.sentence_start <= c.start < c.end <= c.sentence_end
        assert c.sentence == valid_unicode(text[c.sentence_start : c.sentence_end])
    for a, b in itertools.pairwise(claims):
        assert a.end <= b.start


def check_any_string_never_raises(text: str, published: dt.date | None) -> None:
    claims = nkclaims.extract(text, published=published)
    for c in claims:
        c.model_dump_json()  # every record can be written
        for day in (c.date_start, c.date_end):
            assert day is None or isinstance(day, dt.date)


_SEPARATORS = ["|", ";", "/", " | ", "; ", "</td><td>", "<br>", "\t", " / "]

FIGURE_LISTS = (
    st.lists(st.integers(min_value=1_000, max_value=999_999_999), min_size=1, max_size=40),
    st.sampled_from(_SEPARATORS),
    st.sampled_from(["", "exports: ", "<td>", "|"]),
)


def check_no_figure_lost_when_glued(numbers: list[int], separator: str, prefix: str) -> None:
    cells = [f"{n:,}" for n in numbers]
    text = prefix + separator.join(cells)
    claims = nkclaims.extract(text)
    assert [c.text for c in claims] == cells
    assert [c.value for c in claims] == [float(n) for n in numbers]
    starts = list(itertools.accumulate((len(x) + len(separator) for x in cells), initial=0))
    assert [c.start for c in claims] == [len(prefix) + s for s in starts[:-1]]


Check = Callable[..., None]
PROPERTIES: tuple[tuple[Check, tuple[st.SearchStrategy[Any], ...]], ...] = (
    (check_offsets_reproduce_the_text, (TEXTS, PUBLISHED)),
    (check_any_string_never_raises, (st.text(max_size=500), PUBLISHED)),
    (check_no_figure_lost_when_glued, FIGURE_LISTS),
)


def property_test(check: Check, strategies: tuple[Any, ...], examples: int) -> Callable[[], None]:
    """``check`` as a hypothesis test of ``examples`` examples."""
    return settings(  # type: ignore[no-any-return]
        max_examples=examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )(given(*strategies)(check))


test_offsets_reproduce_the_text = property_test(*PROPERTIES[0], CI_EXAMPLES)
test_any_string_never_raises = property_test(*PROPERTIES[1], CI_EXAMPLES)
test_no_figure_lost_when_glued = property_test(*PROPERTIES[2], CI_EXAMPLES)
