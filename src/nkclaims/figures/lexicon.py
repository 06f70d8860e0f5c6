"""Every pattern the figure scan needs, compiled once from the data files (`lexicon`)."""

from __future__ import annotations

import re
from functools import cache

import numpy
from spacy.strings import get_string_id

from nkclaims.models import Qualifier
from nkclaims.numbers import DIGITS, number_words
from nkclaims.resources import alternation, lines, load_json, table, word_set
from nkclaims.units import currency_prefixes, unit_after_pattern

SP = r"[ \u00a0]"  # a space inside a figure (never a line break)
WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.'’-]*)[ \u00a0]*\Z")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_WORD_CHARS = _ASCII_LETTERS | frozenset(".'’-")


def word_before(text: str, lo: int, pos: int) -> str:
    """What ``WORD_BEFORE.search(text, lo, pos)`` captures, or ``""`` when it finds
    nothing: the word (ASCII letters, then letters and ``.'’-``) that ends right before
    ``pos`` and the spaces after it. A string scan: the regex search tried every start in
    the window and was the most called pattern of the figure scan."""
    j = pos
    while j > lo and text[j - 1] in " \u00a0":
        j -= 1
    i = j
    while i > lo and text[i - 1] in _WORD_CHARS:
        i -= 1
    while i < j and text[i] not in _ASCII_LETTERS:
        i += 1
    return text[i:j]


WORD_AFTER = re.compile(r"[ \u00a0]*([A-Za-z][A-Za-z'’-]*)")
DATE_WORD_AFTER = re.compile(r"\.?[ \u00a0]*([A-Za-zäöüÄÖÜ]+)")
# Digits touch the letters of scripts written without spaces (``10,000명을``,
# ``派遣了10,000名士兵``): Hangul, CJK ideographs, kana. Any other word character
# next to digits makes them part of a word (``A320``, ``x100``).
_CJK = "\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_NOT_CJK = rf"(?![{_CJK}])"


# An exponent after a number: 1.99E-29, 2.998×10^8, 3.2 x 10⁶, and 10^8 / 10⁶ on 10 itself.
EXPONENT = (
    r"[eE][-+−]?\d{1,3}(?=[^\w]|\Z)"
    rf"|{SP}?[×xX*]{SP}?10(?:\^[-+−]?\d{{1,3}}|[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)"
    r"|\^[-+−]?\d{1,3}|[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+"
)


# A word number may end at a hyphen only before a time unit: a three-year contract.
_TIME_HYPHEN = r"(?:year|month|week|day|hour|minute|second|decade|century)s?(?![\w])"


# Vulgar fraction characters and their values.
VULGAR = {
    "½": 1 / 2,
    "⅓": 1 / 3,
    "⅔": 2 / 3,
    "¼": 1 / 4,
    "¾": 3 / 4,
    "⅕": 1 / 5,
    "⅖": 2 / 5,
    "⅗": 3 / 5,
    "⅘": 4 / 5,
    "⅙": 1 / 6,
    "⅚": 5 / 6,
    "⅛": 1 / 8,
    "⅜": 3 / 8,
    "⅝": 5 / 8,
    "⅞": 7 / 8,
}
_VULGAR = "".join(VULGAR)


def _glued_marks() -> str:
    """Lookbehinds admitting a currency mark that ends in a letter glued to the digits
    (``USD1,700``, ``RM79``, ``$A82.6``): one per mark length, as lookbehinds need."""
    by_len: dict[int, list[str]] = {}
    for mark in currency_prefixes():
        if mark[-1:].isalpha():
            by_len.setdefault(len(mark), []).append(mark)
    return "".join(
        f"|(?<=(?<![A-Za-z])(?:{alternation(marks)}))" for _, marks in sorted(by_len.items())
    )


class Lexicon:
    """Every pattern the scan needs, compiled once from the data files."""

    def __init__(self) -> None:
        w = number_words()
        self.words = w
        vague = load_json("vague.json")["magnitudes"]
        self.vague: dict[str, tuple[float, float]] = {
            k.lower(): (float(v[0]), float(v[1])) for k, v in vague.items()
        }
        cardinal = alternation(w.cardinal_words, fold_case=True)
        scale_words = alternation(w.scale_words | set(w.hundred), fold_case=True)
        numerator = alternation(set(w.units) | {"a"}, fold_case=True)
        self.core = re.compile(
            # the branches that start with a digit, a dot or a fraction sign come first,
            # behind one lookahead: most tries are at digits, where no word branch can
            # match, and a word start fails them at once (the sets' order is free)
            rf"(?=[\d.{_VULGAR}])(?:(?P<vulgar>(?<![\w.,/])(?P<vwhole>\d{{1,3}})?(?P<vchar>[{_VULGAR}])(?![\w]))"
            rf"|(?P<slash>(?<![\w.,/])(?P<snum>\d{{1,2}})/(?P<sden>\d{{1,3}})(?={SP}+of{SP}))"
            rf"|(?P<digits>(?:(?<![.,:])(?:(?<!/)|(?=\d{{1,3}}(?:,\d{{3}})+))(?<!{_NOT_CJK}\w)"
            rf"{_glued_marks()})(?:(?<![A-Za-z]-)|(?<=sub-))(?P<num>{DIGITS})"
            rf"(?P<exp>{EXPONENT})?(?P<glued>%|[A-Za-z°µμ][A-Za-z°µμ/²³]{{0,6}})?(?!{_NOT_CJK}\w)))"
            rf"|(?P<halfscale>(?<![\w-])half[ \u00a0-]an?[ \u00a0-](?:{scale_words}|dozen)(?![\w-]))"
            rf"|(?P<vague>(?<![\w-])(?:{alternation(self.vague, fold_case=True)})(?![\w-]))"
            rf"|(?P<frac>(?<![\w-])(?:(?:{numerator})[ \u00a0-])?(?:{alternation(w.fractions, fold_case=True)})(?![\w-]))"
            rf"|(?P<mult>(?<![\w-])(?:{alternation(w.multipliers, fold_case=True)})(?![\w-]))"
            rf"|(?P<words>(?<![\w-])(?:{cardinal}|{scale_words})"
            rf"(?:(?:{SP}|-)(?:{cardinal}|{scale_words})|{SP}+and{SP}+(?:an?{SP}+(?:half|quarter|third)|three{SP}+quarters|{cardinal}))*"
            rf"(?![\w])(?!-(?!{_TIME_HYPHEN})))",
            re.IGNORECASE,
        )
        # Every word a word-type core can begin with (see `candidate_starts`).
        starters = (
            set(w.cardinal_words)
            | set(w.scale_words)
            | set(w.hundred)
            | set(w.units)
            | set(w.fractions)
            | set(w.multipliers)
            | set(self.vague)
            | {"a", "half"}
        )
        self.first_words = frozenset(re.split(r"[ \u00a0-]", x.lower())[0] for x in starters)
        self.first_hashes = numpy.array(
            sorted(get_string_id(x) for x in self.first_words), dtype=numpy.uint64
        )
        self.scale_after = re.compile(
            rf"{SP}*(?:-{SP}*)?(?P<scale>{alternation(w.scale_words | set(w.hundred) | set(w.scales), fold_case=True)})(?![\w])",
            re.IGNORECASE,
        )
        quals = {row[0].lower(): Qualifier(row[1]) for row in table("qualifiers.tsv")}
        self.qualifiers = quals
        self.qual_before = re.compile(
            rf"(?<![\w])(?P<q>{alternation(quals, fold_case=True)}){SP}+\Z", re.IGNORECASE
        )
        self.range_start = re.compile(rf"(?<![\w])(?P<w>between|from){SP}+\Z", re.IGNORECASE)
        self.article_before = re.compile(rf"(?<![\w])(?P<a>an?){SP}+\Z", re.IGNORECASE)
        post = {row[0].lower(): Qualifier(row[1]) for row in table("post_qualifiers.tsv")}
        self.post_qualifiers = post
        self.post_qual = re.compile(
            rf"{SP}+(?P<q>{alternation(post, fold_case=True)})(?![\w])", re.IGNORECASE
        )
        self.range_conn = re.compile(rf"{SP}*(?P<c>-|–|—|to|and|or){SP}*(?=\S)", re.IGNORECASE)
        self.currency_before = re.compile(
            rf"(?:(?<![A-Za-z])(?P<code>{alternation([p for p in currency_prefixes() if p.isalpha()])}){SP}?"
            rf"|(?P<sym>{alternation([p for p in currency_prefixes() if not p.isalpha()])}){SP}?)\Z"
        )
        self.currency_at = re.compile(
            rf"(?:(?<![A-Za-z])(?P<code>{alternation([p for p in currency_prefixes() if p.isalpha()])}){SP}?"
            rf"|(?P<sym>{alternation([p for p in currency_prefixes() if not p.isalpha()])}){SP}?)"
        )
        self.unit_after = unit_after_pattern()
        self.mark_last_chars = frozenset(p[-1] for p in currency_prefixes())
        self.of_unit = re.compile(rf"{SP}+of(?={SP})")
        periods = "day|week|month|year|quarter|annum|hour"
        self.rate_adverbs: dict[str, str | None] = load_json("grammar.json")["rate_adverbs"]
        adverbs = "|".join(
            re.escape(a).replace(r"\ ", f"{SP}+")
            for a in sorted(self.rate_adverbs, key=len, reverse=True)
        )
        self.rate = re.compile(
            rf"{SP}+(?:(?:a|an|per|each|every){SP}+(?P<period>{periods})"
            rf"|(?P<adv>{adverbs}))"
            rf"(?![\w-])(?!{SP}+(?:ago|earlier|later|before|after|prior)\b)",
            re.IGNORECASE,
        )
        self.per_noun = re.compile(
            rf"{SP}+per{SP}+(?P<noun>[A-Za-z][\w-]*(?:{SP}+[A-Za-z][\w-]*){{0,3}})"
        )
        self.months = frozenset(m.lower().rstrip(".") for m in lines("months.txt"))
        self.time_units = frozenset(t.lower() for t in lines("time_units.txt"))
        self.time_singulars = frozenset(singular(t) for t in self.time_units)
        cal = load_json("calibre.json")
        self.mm = tuple(cal["mm_suffixes"])
        self.calibres = frozenset(float(c) for c in cal["calibres"])
        self.weapon_nouns = frozenset(cal["weapon_nouns"])
        self.calibre_counted = frozenset(cal["counted_after"])
        self.mass_weapons = frozenset(cal["mass_nouns"])
        self.designations = frozenset(lines("designations.txt"))
        self.minus_before = re.compile(rf"(?<![\w-])(?:minus|negative){SP}+\Z", re.IGNORECASE)
        timing = load_json("durations.json")["placement"]
        self.time_after = re.compile(
            rf"(?:{SP}+|-)(?:{alternation(timing['after'], fold_case=True)})(?![\w])", re.IGNORECASE
        )
        self.time_before = re.compile(
            rf"(?<![\w-])(?:{alternation(timing['before'], fold_case=True)}){SP}+\Z", re.IGNORECASE
        )
        self.time_before_bare = re.compile(
            rf"(?<![\w-])(?:{alternation(timing['before_bare'], fold_case=True)}){SP}+\Z",
            re.IGNORECASE,
        )
        self.time_word_after = re.compile(r"(?:[ \u00a0]+|-)([A-Za-z]+)")
        self.sub_before = re.compile(r"(?<![\w-])sub-\Z", re.IGNORECASE)
        self.determiner_after = re.compile(
            rf"{SP}+(?:the|its|their|his|her|our|that|this|what|those|these)(?![\w])", re.IGNORECASE
        )
        self.of_a_unit = re.compile(rf"{SP}+of{SP}+an?(?={SP})")
        self.meter_words = frozenset(w.lower() for w in lines("meter_words.txt"))
        self.glued_fractions: dict[str, tuple[str, float]] = {
            row[1]: (row[2], float(row[3])) for row in table("currencies.tsv") if row[0] == "glued"
        }
        self.change_words = frozenset(w.lower() for w in lines("change_words.txt"))
        self.verb_bounds = {row[0].lower(): Qualifier(row[1]) for row in table("verb_bounds.tsv")}
        self.clock_after = re.compile(
            r"[ \u00a0]*(?:[ap]\.m\.|[ap]m(?![\w])|o[’']clock|GMT|UTC|KST)", re.IGNORECASE
        )
        self.year_tail = re.compile(r"(?:[-–/]\d{1,4}){1,2}(?![\w])")
        self.definite = word_set("definite_words")


@cache
def lexicon() -> Lexicon:
    return Lexicon()


def singular(word: str) -> str:
    """``years`` -> ``year``, ``days'`` -> ``day`` (enough for time words)."""
    word = word.rstrip("'’")
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def round2(x: float) -> float:
    return round(x, 2)
