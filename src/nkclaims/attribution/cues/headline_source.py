"""A source after a colon at the end of a headline or sentence: ``N. Korea sends 3,000
more troops to Russia: JCS``, ``... to Russia: Seoul's spy agency``.

The phrase after the colon must run to the end of the sentence, be short, and read as a
speaker (a name, a known organisation or party, a role phrase); it covers the text
before the colon.
"""

from __future__ import annotations

from nkclaims.attribution import speaker
from nkclaims.attribution.cues.base import Cue, Sentence
from nkclaims.attribution.lexicon import lexicon
from nkclaims.attribution.registry import org_in

_MAX_WORDS = 5


class HeadlineSource:
    name = "headline_source"
    triggers = frozenset((":",))

    def recognize(self, s: Sentence, i: int) -> list[Cue]:
        words = s.words
        if i == 0:
            return []
        end = len(words)
        while end > i + 1 and words[end - 1].text in (".", "!", "?", "”", '"', "’", ")"):
            end -= 1
        if end <= i + 1 or end - (i + 1) > _MAX_WORDS or speaker.after(words, i + 1) < end:
            return []
        first = words[i + 1]
        evidence = first.lower in lexicon().evidence_kind
        if not (first.text[:1].isupper() or first.lower in ("the", "a", "an") or evidence):
            return []
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
        if ent is None:
            return []
        s.namer.registry.note(ent)
        colon = words[i]
        return [Cue(ent.name, s.start, colon.start, colon.text, colon.start)]
