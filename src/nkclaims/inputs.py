"""Any ``str`` is valid input: the text the stages read, and the typed error when they fail.

The stages do not read the input as given but its *working text*, made by replacing
characters one for one, so that every offset into it is an offset into the input:

- lone surrogates (``"\\ud800"``, not valid Unicode; spaCy cannot encode them) become
  U+FFFD, the replacement character;
- NUL and the other control characters (C0, DEL, C1) except tab, line feed and
  carriage return become spaces (they separate words and are never part of one);
- the letters that Python's case-insensitive patterns match to an ASCII letter
  without lower-casing to it (``ſ`` long s, ``İ`` dotted capital I, ``ı`` dotless i,
  ``K`` Kelvin sign) become that letter (``s``, ``I``, ``i``, ``K``), so the word
  lists looked up after a case-insensitive match know them (``thouſands of
  troops``, ``half a mİllion``). A test checks this table against every code point.

Claims take their ``text`` from the input itself, so ``input[start:end] == text``.
"""

from __future__ import annotations

import re


class ExtractionError(ValueError):
    """A stage failed on a document; ``doc_id`` says which (the cause is chained)."""

    def __init__(self, message: str, doc_id: str | None = None) -> None:
        super().__init__(message)
        self.doc_id = doc_id


_CASE_FOLDS = {"\u017f": "s", "\u0130": "I", "\u0131": "i", "\u212a": "K"}
"""Letters that ``re.IGNORECASE`` matches to an ASCII letter, mapped to that letter."""

_CONTROLS = [
    chr(c) for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0))
]

_TABLE: dict[int, str] = {ord(c): " " for c in _CONTROLS}
_TABLE.update({ord(k): v for k, v in _CASE_FOLDS.items()})
_TABLE.update({c: "\ufffd" for c in range(0xD800, 0xE000)})

_SPECIAL = re.compile(
    "[" + "".join(re.escape(c) for c in (*_CONTROLS, *_CASE_FOLDS)) + "\ud800-\udfff]"
)
_SURROGATE = re.compile("[\ud800-\udfff]")


def working_text(text: str) -> str:
    """The text the stages read: ``text`` with the replacements above, same length."""
    if _SPECIAL.search(text) is None:
        return text
    out = text.translate(_TABLE)
    assert len(out) == len(text)
    return out


def valid_unicode(text: str) -> str:
    """``text`` with lone surrogates replaced by U+FFFD (so it can be written as UTF-8)."""
    if _SURROGATE.search(text) is None:
        return text
    return _SURROGATE.sub("\ufffd", text)
