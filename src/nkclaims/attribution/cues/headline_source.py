"""A source given as a label on a headline or line: after a colon at the end
(``N. Korea sends 3,000 more troops to Russia: JCS``, ``... to Russia: lawmaker``), after a
spaced dash at the end (``Russia has lost 30,000 troops in Kursk - Zelensky``), or before
a colon at the start of a line (``Zelensky: Ukrainian forces have taken two soldiers``,
``Officials: around 1,000 North Koreans have died``).

A trailing label must run to the end of the sentence, be short, and read as a speaker
(a name, a known organisation or party, a role phrase); it covers the text before it. A
leading label must open a line, be at most four words, and name a person, an
organisation or an unnamed source (``Officials``), never a country or a topic
(``Ukraine war:``, ``Exclusive:``); it covers the text after the colon. A dash label
is never a country either (``... up 5% - Ukraine`` reads as a topic).
"""

from __future__ import annotations

import re

from nkclaims.attribution import speaker
from nkclaims.attribution.cues.base import Cue, Sentence
from nkclaims.attribution.lexicon import lexicon
from nkclaims.attribution.registry import Entity, org_in

_MAX_WORDS = 5
_MAX_LEAD_WORDS = 4
DASHES = ("-", "\u2013", "\u2014")
_CLOSERS = (".", "!", "?", "”", '"', "’", ")")


class HeadlineSource:
    name = "headline_source"
    triggers = frozenset((":", *DASHES))

    def recognize(self, s: Sentence, i: int) -> list[Cue]:
        if i == 0:
            return []
        trailing = self._trailing(s, i)
        if trailing or s.words[i].text != ":":
            return trailing
        return self._leading(s, i)

    def _trailing(self, s: Sentence, i: int) -> list[Cue]:
        words = s.words
        end = len(words)
        while end > i + 1 and words[end - 1].text in _CLOSERS:
            end -= 1
        if end <= i + 1 or end - (i + 1) > _MAX_WORDS or speaker.after(words, i + 1) < end:
            return []
        first = words[i + 1]
        evidence = first.lower in lexicon().evidence_kind
        dash = words[i].text in DASHES
        if dash and first.start - words[i].end < 1:
            return []  # "-" glued to a word is a hyphen or minus, not a label
        lower = not (first.text[:1].isupper() or first.lower in ("the", "a", "an") or evidence)
        if lower and (dash or not speaker.role_phrase(s.phrase(i + 1, end))):
            return []  # a lower-case label must be a role: "...: lawmaker"
        phrase = speaker.clean(s.phrase(i + 1, end))
        if not (
            speaker.is_name(phrase)
            or speaker.role_phrase(phrase)
            or org_in(phrase) is not None
            or phrase.lower() in lexicon().evidence_kind
            or s.namer.registry.lookup(phrase, first.start) is not None
        ):
            return []
        ent = s.resolve(i + 1, end)
        if ent is None or (dash and ent.kind == "party"):
            return []
        s.namer.registry.note(ent)
        mark = words[i]
        return [Cue(ent.name, s.start, mark.start, mark.text, mark.start)]

    def _leading(self, s: Sentence, i: int) -> list[Cue]:
        words = s.words
        if i > _MAX_LEAD_WORDS or not words[0].text[:1].isupper():
            return []
        if s.start > 0 and s.text[s.start - 1] != "\n":
            return []  # a label opens a line
        if any(not (w.text[:1].isupper() or w.text in (".", "'s", "’s")) for w in words[:i]):
            return []
        ent = s.resolve(0, i)
        quoted = i + 1 < len(words) and words[i + 1].text in ("“", '"')
        if ent is None or not (
            self._label(s, ent, s.phrase(0, i)) or (quoted and ent.kind == "person")
        ):
            return []  # a quotation after the colon makes a name its speaker's label
        s.namer.registry.note(ent)
        colon = words[i]
        return [Cue(ent.name, colon.end, s.end, colon.text, colon.start)]

    @staticmethod
    def _label(s: Sentence, ent: Entity, phrase: str) -> bool:
        """Does a line's leading label name a speaker?"""
        if ent.kind == "org":
            return True
        if ent.kind == "phrase":
            return phrase.split()[-1].lower() in lexicon().generic
        if ent.kind != "person":
            return False
        name = ent.name.split()
        if len(name) >= 2:
            return True
        # one capitalised word is a speaker only when the document names the person in
        # full elsewhere ("Zelensky" and "President Volodymyr Zelensky")
        full = re.compile(rf"[A-Z][\w’'-]+[ \u00a0]{re.escape(name[0])}(?![\w’'-])")
        return full.search(s.text, s.end) is not None or full.search(s.text, 0, s.start) is not None
