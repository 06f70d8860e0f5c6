"""Reading a number core: what the matched digits or words are worth, and a scale word after."""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass

from nkclaims.figures.context import half_a_unit
from nkclaims.figures.lexicon import VULGAR, Lexicon, round2
from nkclaims.numbers import NumberParseError, is_dot_thousands, parse_digits, parse_words
from nkclaims.units import measure_unit


@dataclass
class Core:
    """The number itself before extension: where it is and what it reads."""

    start: int
    end: int
    kind: str  # digits | words | frac | mult | vague
    value: float | None
    low: float | None = None
    high: float | None = None
    scaled: bool = False
    unit: str | None = None
    bare_int: bool = False  # digits only, no separators: a candidate year
    base: float | None = None  # the value before a scale word multiplied it


def read_core(text: str, m: re.Match[str], lex: Lexicon) -> Core | None:
    """Turn a core match into a value, or None when it is not a number after all."""
    s, e = m.span()
    kind = m.lastgroup or ""
    if kind == "glued":
        kind = "digits"
    raw = m.group(0)
    if m.group("halfscale"):
        word = re.split(r"[ \u00a0-]+", raw.lower())[-1]
        factor = 12.0 if word == "dozen" else 100.0 if word == "hundred" else lex.words.scales[word]
        return Core(s, e, "words", 0.5 * factor, scaled=True)
    if m.group("vague"):
        low, high = lex.vague[re.sub(r"\s+", " ", raw.lower())]
        return Core(s, e, "vague", None, low, high, scaled=True)
    if m.group("frac"):
        parts = re.split(r"[ \u00a0-]+", raw.lower())
        if parts == ["half"]:
            unit_end = half_a_unit(text, e, lex)
            if unit_end:  # half a percentage point, half a mile
                return Core(s, unit_end[0], "digits", 0.5, unit=unit_end[1])
        den = lex.words.fractions[parts[-1]]
        num = 1.0
        if len(parts) == 2 and parts[0] != "a":
            num = float(lex.words.units[parts[0]])
        return Core(s, e, "frac", round2(100.0 * num / den), unit="percent")
    if m.group("mult"):
        return Core(s, e, "mult", float(lex.words.multipliers[raw.lower()]), unit="times")
    if m.group("words"):
        try:
            value = parse_words(raw)
        except NumberParseError:
            return None
        lowered = raw.lower()
        scaled = any(w in lowered for w in ("thousand", "million", "billion", "trillion"))
        core = Core(s, e, "words", value, scaled=scaled)
        head, _, last = lowered.rpartition(" ")
        if scaled and head and last in lex.words.scales:
            # five thousand: base 5, for a range sharing the scale (four to five thousand)
            with contextlib.suppress(NumberParseError):
                core.base = parse_words(head)
        return core
    if m.group("vulgar") or m.group("slash"):
        return _read_fraction(text, m, lex)
    digits = m.group("digits")
    glued = m.group("glued")
    if sum(c.isdigit() for c in digits) > 18:
        return None  # an identifier or a run of digits, not an amount
    number = m.group("num")
    exp = m.group("exp")
    core = Core(s, e, "digits", None)
    if exp:
        power = exponent(exp)
        if power is None or (power[1] and number != "10"):
            return None  # a superscript on anything but 10 is a footnote mark or a unit
        mantissa = 1.0 if power[1] else parse_digits(number, decimal_dot=True)
        core.value = mantissa * 10.0 ** power[0]
        core.scaled = True
        if glued:
            if glued == "%":
                core.unit = "percent"
            else:
                core.unit = measure_unit(glued)
                if core.unit is None:
                    return None
        return core
    if glued in lex.words.no_scale_after_groups and re.search(r"\d[,\u00a0 ]\d{3}\Z", number):
        # 10,000b: the digits are the whole number; the letter is no scale (and no unit)
        core.end = m.end("num")
        core.value = parse_digits(number)
        return core
    if glued:
        g = glued
        if g in lex.words.suffixes or g.lower() in ("bn", "mn", "mln", "bln", "tn", "trn"):
            if g == "m" and is_meter(text, s, e, lex):
                core.value = parse_digits(number)
                core.unit = "meter"
                return core
            factor = lex.words.suffixes.get(g) or lex.words.scales[g.lower()]
            core.base = parse_digits(number, decimal_dot=True)
            core.value = core.base * factor
            core.scaled = True
            return core
        if g == "%":
            core.value = parse_digits(number)
            core.unit = "percent"
            return core
        if g in lex.glued_fractions:
            code, factor = lex.glued_fractions[g]  # 118.5p: pence
            core.value = round(parse_digits(number, decimal_dot=True) * factor, 6)
            core.unit = code
            return core
        unit = measure_unit(g)
        if unit is None:
            return None  # ordinals (19th), decades (1990s), codes (3D)
        core.value = parse_digits(number, decimal_dot=True)
        core.unit = unit
        return core
    scale_m = lex.scale_after.match(text, e)
    core.value = parse_digits(number, decimal_dot=bool(scale_m) and is_dot_thousands(number))
    core.bare_int = number.isdigit()
    return core


def _read_fraction(text: str, m: re.Match[str], lex: Lexicon) -> Core | None:
    """``1/16 of a pint`` (0.0625 pint), ``⅓ of the budget`` (33.33 percent), ``2½``."""
    s, e = m.span()
    if m.group("vulgar"):
        part = VULGAR[m.group("vchar")]
        whole = float(m.group("vwhole") or 0)
    else:
        den = int(m.group("sden"))
        if den == 0:
            return None
        part, whole = int(m.group("snum")) / den, 0.0
    of_a = lex.of_a_unit.match(text, e)
    if of_a and not whole:
        u = lex.unit_after.match(text, of_a.end())
        unit = measure_unit(u.group("u")) if u else None
        if u and unit:
            return Core(s, u.end(), "digits", round(part, 6), unit=unit)
    if re.match(r"[ \u00a0]+of[ \u00a0]", text[e : e + 4]) and not whole:
        return Core(s, e, "digits", round2(100.0 * part), unit="percent")
    if m.group("slash"):
        return None
    return Core(s, e, "digits", round(whole + part, 6))


_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")


def exponent(exp: str) -> tuple[int, bool] | None:
    """The power of ten an exponent writes (``e-29``, ``×10^8``, ``x 10⁶``, ``⁶`` after 10),
    and whether it was a bare superscript or caret on the number itself (``10⁶``, ``10^8``)."""
    text = exp.translate(_SUPERSCRIPTS).replace("−", "-")
    m = re.search(r"(?:\^|[eE]|10(?=[-+]?\d)|\A)([-+]?\d+)\Z", text)
    if not m:
        return None
    bare = not re.match(r"[ \u00a0]*[eE×xX*]", text)
    power = int(m.group(1))
    return (power, bare) if -400 < power < 400 else None


def is_meter(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Is the ``m`` glued to the number at ``text[start:end]`` meters rather than million?

    Million after a currency mark (``$200m``) and before a counted plural (``37m people``);
    meters before a conversion in brackets (``37m (121ft)``), a measuring word (``37m
    long``, ``100m sprint``) or a singular noun after an article (``the 37m skeleton``)."""
    if lex.currency_before.search(text, max(0, start - 8), start):
        return False
    after = text[end : end + 40]
    if re.match(r"[ \u00a0]*\([ \u00a0]*[\d.,]+[ \u00a0]*[A-Za-z]", after):
        return True
    nxt = re.match(r"[ \u00a0-]*([A-Za-z]+)", after)
    word = nxt.group(1).lower() if nxt else ""
    if word in lex.meter_words:
        return True
    before = text[max(0, start - 6) : start].lower()
    article = re.search(r"(?:^|[^a-z])(?:the|a|an)[ \u00a0]+\Z", before) is not None
    return article and not (word.endswith("s") and not word.endswith("ss"))


def apply_scale(text: str, core: Core, lex: Lexicon) -> None:
    """Multiply by a scale word that follows (``200 million``, ``27-hundred``)."""
    if core.scaled or core.kind not in ("digits", "words") or core.value is None:
        return
    m = lex.scale_after.match(text, core.end)
    if not m:
        return
    word = m.group("scale")
    factor = (
        100.0
        if word.lower() in lex.words.hundred
        else lex.words.scales.get(word.lower(), lex.words.suffixes.get(word, 0.0))
    )
    if not factor:
        return
    if core.kind == "words" and word.lower() in lex.words.hundred:
        return  # "two hundred" is already read by parse_words
    core.base = core.value
    core.value *= factor
    core.end = m.end()
    core.scaled = True
    # a scale word on a scale word: 4 hundred million, 2 thousand billion
    while (nxt := lex.scale_after.match(text, core.end)) is not None:
        more = lex.words.scales.get(nxt.group("scale").lower(), 0.0)
        if more <= factor:
            break
        core.value *= more
        core.end = nxt.end()
        factor = more


def core_at(text: str, pos: int, limit: int, lex: Lexicon) -> tuple[Core, int] | None:
    """A second core starting at ``pos`` (for a range), with an optional currency mark."""
    cur = lex.currency_at.match(text, pos, limit)
    start = cur.end() if cur else pos
    m = lex.core.match(text, start, limit)
    if not m or not (m.group("digits") or m.group("words")):
        return None
    core = read_core(text, m, lex)
    if core is None:
        return None
    apply_scale(text, core, lex)
    return core, (cur.start() if cur else start)
