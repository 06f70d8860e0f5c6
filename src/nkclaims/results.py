"""`Claims`: what `extract()` returns, a ``list[Claim]`` that also exports and displays itself.

A `Claims` is a plain list subclass, so everything that works on ``list[Claim]`` keeps
working (iteration, ``len``, indexing, ``==`` against a list). On top of that it keeps the
document's text and id, and adds:

- `Claims.to_frame` - a pandas DataFrame, one row per claim, one typed column per `Claim`
  field (pandas is the optional extra ``nkclaims[frames]``);
- `Claims.to_jsonl` / `Claims.to_csv` - files that `read_jsonl` / `read_csv` read back;
- `Claims._repr_html_` - the document with every figure highlighted, for notebooks;
- `Claims.filter`, slicing, ``+`` and `Claims.concat` - all return `Claims`, so a
  selection or a whole corpus keeps every export; `to_frame` builds one table from any
  iterable of claims or of `Claims` (what `extract_many` yields).

A document that `extract_many` could not process comes back as an empty `Claims` whose
``error`` is a `DocumentError` naming the document.

The module-level writers (`write_jsonl`, `write_csv`, `claims_to_jsonl_lines`,
`claim_to_csv_row`) take any iterable of claims, so a command line can stream a corpus
without building one list for it.
"""

from __future__ import annotations

import csv
import datetime as dt
import enum
import json
import os
import types
import typing
from collections.abc import Callable, Iterable, Iterator
from typing import IO, TYPE_CHECKING, Any, SupportsIndex, overload

from nkclaims.models import Claim

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "CSV_FIELDS",
    "Claims",
    "DocumentError",
    "claim_json_schema",
    "claim_to_csv_row",
    "claim_to_json_line",
    "claims_to_jsonl_lines",
    "field_kinds",
    "frame_dtypes",
    "read_csv",
    "read_jsonl",
    "to_frame",
    "write_csv",
    "write_jsonl",
]

PathLike = str | os.PathLike[str]

#: Every `Claim` field, in model order: the CSV header and the DataFrame columns.
CSV_FIELDS: tuple[str, ...] = tuple(Claim.model_fields)

#: Shown by `Claims.to_frame` when pandas cannot be imported.
FRAMES_EXTRA_MESSAGE = (
    "Claims.to_frame() needs pandas, which is the optional extra 'nkclaims[frames]'; "
    "install it with: pip install 'nkclaims[frames]'"
)

#: `Claims._repr_html_` shows at most this many claims; use `to_frame()` for more.
REPR_HTML_MAX_CLAIMS = 1000

# Characters that `str.splitlines` and some JSONL readers treat as line breaks but that
# `json.dumps(..., ensure_ascii=False)` leaves raw; escaping them keeps one claim a line.
_JSONL_LINE_BREAKS = {"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


# --------------------------------------------------------------------------- field types


def _field_kind(annotation: Any) -> tuple[str, bool]:
    """The column kind of a field annotation and whether it admits None."""
    nullable = False
    origin = typing.get_origin(annotation)
    if origin is typing.Union or origin is types.UnionType:
        args = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        nullable = len(args) < len(typing.get_args(annotation))
        annotation = args[0] if len(args) == 1 else object
    if annotation is bool:
        return "bool", nullable
    if annotation is int:
        return "int", nullable
    if annotation is float:
        return "float", nullable
    if annotation is str or (
        typing.get_origin(annotation) is typing.Literal
        and all(isinstance(arg, str) for arg in typing.get_args(annotation))
    ):
        return "str", nullable  # a Literal of words (``change``) is a text column
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return "enum", nullable
    if annotation is dt.date or annotation is dt.datetime:
        return "date", nullable
    return "object", nullable


_FIELD_KINDS: dict[str, tuple[str, bool]] = {
    name: _field_kind(info.annotation) for name, info in Claim.model_fields.items()
}

_KIND_DTYPES = {
    "bool": "boolean",
    "int": "Int64",
    "float": "Float64",
    "str": "string",
    "enum": "category",
    "date": "datetime64[ns]",
    "object": "object",
}


def field_kinds() -> dict[str, tuple[str, bool]]:
    """Every `Claim` field's column kind and whether it admits None, in model field order.

    The kinds are ``bool``, ``int``, ``float``, ``str``, ``enum``, ``date`` and ``object``;
    every columnar view of the record (DataFrame, Arrow, CSV) is derived from this table,
    so a field added to `Claim` reaches all of them."""
    return dict(_FIELD_KINDS)


def frame_dtypes() -> dict[str, str]:
    """The dtype of every `Claims.to_frame` column, by field name, in model field order.

    Integers are ``Int64``, floats ``Float64``, booleans ``boolean`` (all nullable, with
    ``pd.NA``), text ``string``, the qualifier ``category`` (its categories are every
    `Qualifier` word, in declaration order) and dates ``datetime64[ns]`` (``NaT`` when
    unresolved).
    """
    return {name: _KIND_DTYPES[kind] for name, (kind, _) in _FIELD_KINDS.items()}


# --------------------------------------------------------------------------- JSON Schema


def claim_json_schema() -> str:
    """The JSON Schema of `Claim` as ``nkclaims schema`` prints it and ``docs/`` keeps it.

    Two-space indent, sorted keys, ASCII, one trailing newline - byte-for-byte the text of
    ``docs/claim.schema.json``.
    """
    return json.dumps(Claim.model_json_schema(), indent=2, sort_keys=True) + "\n"


# --------------------------------------------------------------------------- JSONL / CSV


def claim_to_json_line(claim: Claim) -> str:
    """One claim as one line of JSON (no trailing newline): ``model_dump(mode="json")``."""
    line = json.dumps(claim.model_dump(mode="json"), ensure_ascii=False)
    for char, escape in _JSONL_LINE_BREAKS.items():
        line = line.replace(char, escape)
    return line


def claims_to_jsonl_lines(claims: Iterable[Claim]) -> Iterator[str]:
    """Lazily yield one JSON line per claim, each ending in ``"\\n"``."""
    for claim in claims:
        yield claim_to_json_line(claim) + "\n"


def write_jsonl(claims: Iterable[Claim], fp: IO[str]) -> int:
    """Write one JSON line per claim to an open text stream; return how many were written."""
    count = 0
    for line in claims_to_jsonl_lines(claims):
        fp.write(line)
        count += 1
    return count


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def claim_to_csv_row(claim: Claim) -> list[str]:
    """One claim as CSV cells in `CSV_FIELDS` order.

    Cells are the JSON form of each field: ``None`` is the empty cell, booleans are
    ``true`` / ``false``, floats their shortest round-tripping repr, dates ISO 8601 and the
    qualifier its word.
    """
    data = claim.model_dump(mode="json")
    return [_csv_cell(data[name]) for name in CSV_FIELDS]


def write_csv(claims: Iterable[Claim], fp: IO[str], *, header: bool = True) -> int:
    """Write claims as CSV to a text stream opened with ``newline=""``; return the row count.

    With ``header=False`` the header row is left out, for appending documents to a corpus
    file one at a time.
    """
    writer = csv.writer(fp)
    if header:
        writer.writerow(CSV_FIELDS)
    count = 0
    for claim in claims:
        writer.writerow(claim_to_csv_row(claim))
        count += 1
    return count


def read_jsonl(path: PathLike) -> Claims:
    """Read claims written by `Claims.to_jsonl` (blank lines are skipped)."""
    with open(path, encoding="utf-8") as fp:
        claims = [Claim.model_validate_json(line) for line in fp if line.strip()]
    return Claims(claims)


def read_csv(path: PathLike) -> Claims:
    """Read claims written by `Claims.to_csv`.

    An empty cell is ``None`` in every field that admits ``None``, so an empty string in an
    optional text field does not survive the round trip (the extractor never emits one).
    """
    claims: list[Claim] = []
    with open(path, encoding="utf-8", newline="") as fp:
        for row in csv.DictReader(fp):
            data: dict[str, str | None] = {}
            for name, cell in row.items():
                if name is None:  # more cells than header fields: let validation refuse it
                    raise ValueError(f"{path}: row {len(claims) + 1} has extra cells")
                nullable = _FIELD_KINDS.get(name, ("object", True))[1]
                data[name] = None if cell == "" and nullable else cell
            claims.append(Claim.model_validate(data))
    return Claims(claims)


# --------------------------------------------------------------------------- Claims


class DocumentError(Exception):
    """A document of a batch that produced no claims because processing it failed.

    ``index`` is its 0-based position in the input, ``doc_id`` its id (or None) and
    ``reason`` one line saying what went wrong (the exception, or how a worker process
    died). `extract_many` puts it on the document's (empty) `Claims` as ``error``, or
    raises it with ``errors="raise"``.
    """

    def __init__(self, index: int, doc_id: str | None, reason: str) -> None:
        self.index = index
        self.doc_id = doc_id
        self.reason = reason
        name = "" if doc_id is None else f" ({doc_id!r})"
        super().__init__(f"document {index}{name}: {reason}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (DocumentError, (self.index, self.doc_id, self.reason))


_FILTER_FIELDS = frozenset(Claim.model_fields)


def _matches(claim: Claim, wanted: dict[str, Any]) -> bool:
    for name, expected in wanted.items():
        value = getattr(claim, name)
        if isinstance(expected, (set, frozenset, list, tuple)):
            if value not in expected:
                return False
        elif value != expected:
            return False
    return True


def _common_doc_id(claims: Iterable[Claim]) -> str | None:
    ids = {claim.doc_id for claim in claims}
    if len(ids) == 1:
        return ids.pop()
    return None


class Claims(list[Claim]):
    """The claims of one document (or of many): a ``list[Claim]`` with exports and a view.

    ``text`` is the document the claims index into (their ``start`` / ``end`` offsets);
    it is kept for highlighting and may be ``None`` (claims read back from a file), in
    which case the HTML view shows each claim's sentence instead. ``doc_id`` defaults to
    the claims' common ``doc_id`` when they share one.
    """

    text: str | None
    doc_id: str | None
    error: DocumentError | None

    def __init__(
        self,
        claims: Iterable[Claim] = (),
        *,
        text: str | None = None,
        doc_id: str | None = None,
        error: DocumentError | None = None,
    ) -> None:
        items = list(claims)
        for position, claim in enumerate(items):
            if not isinstance(claim, Claim):
                raise TypeError(
                    f"Claims holds Claim objects; item {position} is {type(claim).__name__}"
                )
        super().__init__(items)
        self.text = text
        self.doc_id = doc_id if doc_id is not None else _common_doc_id(items)
        self.error = error

    # Slices keep the text and id, so ``claims[:5]`` still renders with highlighting.
    @overload
    def __getitem__(self, index: SupportsIndex, /) -> Claim: ...
    @overload
    def __getitem__(self, index: slice, /) -> Claims: ...
    def __getitem__(self, index: SupportsIndex | slice, /) -> Claim | Claims:
        if isinstance(index, slice):
            return Claims(super().__getitem__(index), text=self.text, doc_id=self.doc_id)
        return super().__getitem__(index)

    def copy(self) -> Claims:
        """A shallow copy that keeps ``text`` and ``doc_id``."""
        return Claims(self, text=self.text, doc_id=self.doc_id)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_claims, (list(self), self.text, self.doc_id, self.error))

    # ----------------------------------------------------------------------- composing

    def filter(self, predicate: Callable[[Claim], bool] | None = None, /, **fields: Any) -> Claims:
        """The claims that pass ``predicate`` and match every ``field=value``, as `Claims`.

        Any `Claim` field can be named (``source=``, ``actor=``, ``unit=``, ``hedged=``,
        ``doc_id=``, ...); a value matches by equality (``None`` matches a missing field)
        and a set, list or tuple matches any of its members
        (``unit={"USD", "RUB"}``). An unknown field name raises `TypeError`. The text and
        id are kept, so the selection still renders with highlighting.
        """
        unknown = sorted(set(fields) - _FILTER_FIELDS)
        if unknown:
            raise TypeError(f"Claims.filter() got unknown Claim fields: {', '.join(unknown)}")
        if predicate is not None and not callable(predicate):
            raise TypeError(
                f"Claims.filter() takes a callable predicate, got {type(predicate).__name__}"
            )
        kept = (
            claim
            for claim in self
            if _matches(claim, fields) and (predicate is None or predicate(claim))
        )
        return Claims(kept, text=self.text, doc_id=self.doc_id)

    @classmethod
    def concat(cls, parts: Iterable[Claim | Iterable[Claim]]) -> Claims:
        """One `Claims` from many: claims and iterables of claims (a corpus), in order.

        ``Claims.concat(nkclaims.extract_many(docs))`` is a whole corpus in one table,
        each row carrying its ``doc_id``. The text is kept only when every part is the
        same document; otherwise the HTML view shows each claim's sentence.
        """
        items: list[Claim] = []
        texts: set[str | None] = set()
        for part in parts:
            if isinstance(part, Claim):
                items.append(part)
                texts.add(None)
            else:
                items.extend(part)
                texts.add(part.text if isinstance(part, Claims) else None)
        text = texts.pop() if len(texts) == 1 else None
        doc_id = _common_doc_id(items)
        return cls(items, text=text if doc_id is not None else None, doc_id=doc_id)

    def __add__(self, other: Iterable[Claim]) -> Claims:  # type: ignore[override]
        return Claims.concat([self, other])

    # ----------------------------------------------------------------------- exports

    def to_frame(self) -> pd.DataFrame:
        """A pandas DataFrame: one row per claim, one typed column per `Claim` field.

        Columns follow the model's field order; dtypes are those of `frame_dtypes`
        (``Int64`` offsets, ``Float64`` value/low/high, ``category`` qualifier holding its
        word, ``boolean`` hedged, ``string`` text fields, ``datetime64[ns]`` dates). An
        empty `Claims` gives an empty frame with the same columns and dtypes.

        Raises:
            ImportError: pandas is not installed (``pip install 'nkclaims[frames]'``).
        """
        try:
            import pandas as pd
        except ImportError as exc:
            raise ImportError(FRAMES_EXTRA_MESSAGE, name="pandas") from exc

        from nkclaims.models import Qualifier

        columns: dict[str, Any] = {}
        for name, (kind, _) in _FIELD_KINDS.items():
            raw = [getattr(claim, name) for claim in self]
            if kind == "enum":
                annotation = Claim.model_fields[name].annotation
                enum_type = _enum_type(annotation) or Qualifier
                words = [None if v is None else v.value for v in raw]
                categories = [member.value for member in enum_type]
                columns[name] = pd.Categorical(words, categories=categories)
            elif kind == "date":
                stamps = [None if v is None else pd.Timestamp(v) for v in raw]
                columns[name] = pd.array(stamps, dtype="datetime64[ns]")
            elif kind == "object":
                columns[name] = pd.array(raw, dtype=object)
            else:
                dtype: Any = _KIND_DTYPES[kind]
                columns[name] = pd.array(raw, dtype=dtype)
        frame: pd.DataFrame = pd.DataFrame(columns, index=pd.RangeIndex(len(self)))
        return frame

    def to_jsonl(self, path: PathLike) -> int:
        """Write one ``Claim.model_dump(mode="json")`` per line (UTF-8); return the count."""
        with open(path, "w", encoding="utf-8", newline="\n") as fp:
            return write_jsonl(self, fp)

    def to_csv(self, path: PathLike) -> int:
        """Write a CSV file (UTF-8, header = `CSV_FIELDS`); return the row count.

        Needs only the standard library; see `claim_to_csv_row` for how cells are written.
        """
        with open(path, "w", encoding="utf-8", newline="") as fp:
            return write_csv(self, fp)

    # ----------------------------------------------------------------------- display

    def summary(self) -> str:
        """A short plain-text table of the claims: number, figure, unit, item, actor, source."""
        head = f"{len(self)} claim{'s' if len(self) != 1 else ''}"
        if self.doc_id is not None:
            head += f" in {self.doc_id}"
        from nkclaims.report import format_amount

        lines = [head]
        for number, claim in enumerate(self, 1):
            parts = [f"{number:>3}. {claim.text!r}", format_amount(claim), claim.unit]
            if claim.per:
                parts[-1] += f"/{claim.per}"
            parts.append(claim.item or "-")
            parts.append(f"actor={claim.actor or '-'}")
            parts.append(f"source={claim.source or '-'}")
            if claim.hedged:
                parts.append("hedged")
            lines.append("  ".join(parts))
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        from nkclaims.report import render_claims_html

        return render_claims_html(
            self, text=self.text, doc_id=self.doc_id, max_claims=REPR_HTML_MAX_CLAIMS
        )


def _enum_type(annotation: Any) -> type[enum.Enum] | None:
    candidates = typing.get_args(annotation) or (annotation,)
    for candidate in candidates:
        if isinstance(candidate, type) and issubclass(candidate, enum.Enum):
            return candidate
    return None


def _rebuild_claims(
    items: list[Claim],
    text: str | None,
    doc_id: str | None,
    error: DocumentError | None = None,
) -> Claims:
    return Claims(items, text=text, doc_id=doc_id, error=error)


def to_frame(claims: Iterable[Claim | Iterable[Claim]]) -> pd.DataFrame:
    """One DataFrame for a corpus: every claim of every part, with its ``doc_id``.

    ``claims`` is any iterable of `Claim` objects or of iterables of them, for example
    the generator `extract_many` returns; the frame is `Claims.to_frame` of
    `Claims.concat` of it (same columns and dtypes).
    """
    return Claims.concat(claims).to_frame()
