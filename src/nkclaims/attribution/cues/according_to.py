"""``according to X``, ``as reported by X``, ``citing X``.

It covers the clause before it (``About 4,000 workers are in Russia, according to the
NIS.``), the rest of the sentence when it opens it (``According to the NIS, ...``), or
the whole sentence when commas set it off inside a clause (``Each year, according to
the envoy, Russia hands out 12,000 visas``); a ``, with ...`` phrase right after it
continues the clause it closes.
"""

from __future__ import annotations

import re

from nkclaims.attribution import speaker
from nkclaims.attribution.cues.base import Cue, Sentence
from nkclaims.attribution.lexicon import lexicon
from nkclaims.attribution.registry import roles_in

_WITH = re.compile(r",\s*with(?![\w])")


class AccordingTo:
    name = "according_to"

    def __init__(self) -> None:
        self.preps = tuple(p.split() for p in lexicon().prepositions)
        self.triggers = frozenset(p[0] for p in self.preps)

    def recognize(self, s: Sentence, i: int) -> list[Cue]:
        words = s.words
        for parts in self.preps:
            if [w.lower for w in words[i : i + len(parts)]] == parts:
                break
        else:
            return []
        k = i + len(parts)
        end = speaker.after(words, k)
        if end <= k:
            return []
        named = _appositive_name(s, end)
        if named is not None:
            # "According to the head of the HUR, Kyrylo Budanov, ...": the person named
            ent = s.resolve(end + 1, named)
            if ent is not None:
                s.namer.registry.add_roles(ent, roles_in(s.phrase(k, end)))
            end = named
        else:
            ent = s.resolve(k, end)
        if ent is None:
            return []
        s.appositive_roles(end, ent)
        w = words[i]
        cue = s.text[w.start : words[i + len(parts) - 1].end]
        outer = _cited_by(s, i)
        if outer is not None:
            # "..., Yonhap reported, citing the JCS": the cited party is the innermost
            out = [Cue(ent.name, outer.scope_start, outer.scope_end, cue, w.start)]
        elif _opens_clause(s, i):
            out = [Cue(ent.name, words[end - 1].end, s.end, cue, w.start)]
        elif s.parenthetical(i, end):
            out = [Cue(ent.name, s.scope_start_before(i), s.end, cue, w.start)]
        else:
            out = [Cue(ent.name, s.scope_start_before(i), w.start, cue, w.start)]
            if _WITH.match(s.text, words[end - 1].end, words[end - 1].end + 8):
                out.append(Cue(ent.name, words[end - 1].end, s.end, cue, w.start))
        s.namer.registry.note(ent)
        s.resume = end
        return out


def _appositive_name(s: Sentence, end: int) -> int | None:
    """End of a person's name set off by commas right after a role phrase (``the head of
    the HUR, Kyrylo Budanov,``), or None."""
    words = s.words
    if end >= len(words) or words[end].text != ",":
        return None
    k = end + 1
    while k < len(words) and k - end <= 4 and words[k].text != ",":
        k += 1
    if k >= len(words) or words[k].text != "," or k - end < 3:
        return None
    name = s.phrase(end + 1, k)
    return k if speaker.is_name(name) and len(speaker.person_in(name)) >= 2 else None


def _cited_by(s: Sentence, i: int) -> Cue | None:
    """The closing cue a ``, citing X`` right after it refers to (``Yonhap reported,``)."""
    if s.words[i].lower not in ("citing", "quoting") or not s.found or i == 0:
        return None
    last = s.found[-1]
    closing = last.scope_end <= last.position
    reading_on = last.scope_start > last.position  # "X reported, citing Y, that ..."
    if s.words[i - 1].text != "," or not (closing or reading_on):
        return None
    between = s.text[last.position + len(last.cue) : s.words[i - 1].start]
    return last if len(between) <= 40 and "," not in between else None


def _opens_clause(s: Sentence, i: int) -> bool:
    words = s.words
    return (
        i == 0
        or words[i - 1].text in ("“", '"', "(")
        or (i == 1 and words[0].lower in ("but", "and", "so", "yet"))
    )
