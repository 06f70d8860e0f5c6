"""``X's report/analysis/revelation``, ``a report/statement by X``, ``data/records/figures
from X``, ``a poll by X found``: the owner of what is published is the source.

Each covers the rest of its sentence from the noun on (``Washington's revelation that
Pyongyang had sent more than 1,000 containers``); a verb after the noun (``shows``,
``found``) makes its own, narrower cue through `ReportingVerb` and the same owner.
"""

from __future__ import annotations

from nkclaims.attribution import speaker
from nkclaims.attribution.cues.base import Cue, Sentence
from nkclaims.attribution.lexicon import lexicon
from nkclaims.attribution.registry import Entity
from nkclaims.resources import word_set

_BREAK_PUNCT = word_set("break_punctuation")
_OWNER_PREPOSITIONS = ("by", "from", "of")


class CommunicationNoun:
    name = "communication_noun"

    def __init__(self) -> None:
        self.triggers = lexicon().owner_cue_nouns

    def recognize(self, s: Sentence, i: int) -> list[Cue]:
        words = s.words
        noun = words[i]
        ent: Entity | None = None
        p = i - 1
        while (
            p > 0 and p >= i - 2 and words[p].text.islower() and words[p].lower not in ("’s", "'s")
        ):
            p -= 1  # "the ISW's latest report"
        if p >= 1 and words[p].lower in ("’s", "'s"):
            k = p - 1
            while (
                k > 0
                and words[k - 1].text not in _BREAK_PUNCT
                and (
                    words[k - 1].text[:1].isupper()
                    or (
                        words[k - 1].lower in speaker.NAME_JOINERS
                        and k > 1
                        and words[k - 2].text[:1].isupper()
                    )
                )
            ):
                k -= 1  # "the Bank of Korea's estimate", "the Institute for the Study of War's"
            ent = s.resolve(k, p)
        elif (
            i + 2 < len(words)
            and words[i + 1].lower in _OWNER_PREPOSITIONS
            and (words[i + 2].text[:1].isupper() or words[i + 2].lower in ("the", "a", "an"))
            and (words[i + 1].lower != "of" or words[i + 2].text[:1].isupper())
        ):
            end = speaker.after(words, i + 2)
            if end > i + 2:
                ent = s.resolve(i + 2, end)
                if ent is not None and words[i + 1].lower == "of" and ent.kind == "phrase":
                    ent = None  # "the total count of North Korean service members": counted
                if ent is not None:
                    s.appositive_roles(end, ent)
        if ent is None:
            return []
        s.namer.registry.note(ent)
        return [Cue(ent.name, noun.end, s.end, noun.text, noun.start)]
