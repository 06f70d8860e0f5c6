"""``X put the number at 3,000``, ``X raised its estimate to 3,000``: a verb that states
a figure through an estimate noun.

The subject (``Seoul's spy agency``, ``a U.S. military official who``) is the source of
what follows the preposition; the verb, the object noun and the preposition are data
(``reporting_verbs.json``: ``estimate_phrases``). Without an estimate noun the verb is
no cue (``Russia put 3,000 troops on the border``).
"""

from __future__ import annotations

from functools import cache

from nkclaims.attribution import speaker
from nkclaims.attribution.cues.base import Cue, Sentence
from nkclaims.resources import load_json

_DETERMINERS = frozenset(
    ("the", "its", "their", "his", "her", "this", "that", "a", "an", "our", "official")
)
_AUXILIARIES = frozenset(
    ("has", "have", "had", "since", "also", "now", "again", "later", "then", "recently")
)
_MODIFIERS = 3  # words between the determiner and the estimate noun: "its latest casualty"


@cache
def _table() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    t = load_json("reporting_verbs.json")["estimate_phrases"]
    return frozenset(t["verbs"]), frozenset(t["nouns"]), frozenset(t["prepositions"])


class EstimatePhrase:
    name = "estimate_phrase"

    def __init__(self) -> None:
        self.triggers = _table()[0]

    def recognize(self, s: Sentence, i: int) -> list[Cue]:
        _, nouns, preps = _table()
        words = s.words
        if not words[i].text.islower():
            return []
        k = i + 1
        if k < len(words) and words[k].lower in _DETERMINERS:
            k += 1
        head = -1
        for j in range(k, min(len(words), k + _MODIFIERS + 2)):
            pair = f"{words[j - 1].lower} {words[j].lower}" if j > k else ""
            if words[j].lower in nouns or pair in nouns:
                head = j
            elif words[j].lower in preps and head >= 0:
                break
            elif not words[j].text.islower() and not words[j].text[:1].isdigit():
                return []
        else:
            return []
        if head < 0 or head + 1 >= len(words):
            return []
        prep = head + 1
        while prep < len(words) and words[prep].lower not in preps and prep - head <= 3:
            prep += 1  # "puts it higher still, at up to 12,000"
        if prep >= len(words) or words[prep].lower not in preps:
            return []
        j = i
        while j > 0 and words[j - 1].lower in _AUXILIARIES:
            j -= 1  # "The NIS has since raised"
        subject = speaker.before(words, j)
        if subject is None or speaker.clause_like(words[subject[0] : subject[1]]):
            return []
        ent = s.resolve(*subject)
        if ent is None:
            return []
        s.namer.registry.note(ent)
        verb = words[i]
        return [Cue(ent.name, words[prep].start, s.end, verb.text, verb.start)]
