"""``X quoted Y as saying ...`` and ``Y was quoted as saying ...``: Y is the source.

The outlet that quotes is not the party asserting the figure; the quoted party is,
over what follows ``as saying``.
"""

from __future__ import annotations

from nkclaims.attribution import speaker
from nkclaims.attribution.cues.base import Cue, Sentence
from nkclaims.attribution.lexicon import lexicon

_AS_VERBS = frozenset(("saying", "telling", "stating", "claiming", "estimating", "warning"))
_REACH = 14  # words between the verb and "as saying"


class QuotedAsSaying:
    name = "quoted_as_saying"

    def __init__(self) -> None:
        self.triggers = lexicon().quote_forms

    def recognize(self, s: Sentence, i: int) -> list[Cue]:
        words = s.words
        n = len(words)
        k = i + 1
        while k + 1 < n and k - i <= _REACH:
            if words[k].lower == "as" and words[k + 1].lower in _AS_VERBS:
                break
            if words[k].text in (".", ";", "“", '"'):
                return []
            k += 1
        else:
            return []
        if k == i + 1:
            # "Y was quoted as saying": the subject before the verb
            j = i - 1
            while j >= 0 and words[j].lower in ("was", "were", "is", "been", "being", "also"):
                j -= 1
            subject = speaker.before(words, j + 1)
        else:
            end = speaker.after(words, i + 1)
            subject = (i + 1, min(end, k)) if end > i + 1 else None
        if subject is None:
            return []
        ent = s.resolve(*subject)
        if ent is None:
            return []
        s.appositive_roles(subject[1], ent)
        s.namer.registry.note(ent)
        said = words[k + 1]
        return [Cue(ent.name, said.end, s.end, s.text[words[k].start : said.end], said.start)]
