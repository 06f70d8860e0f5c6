"""``X said/says/told/estimated/claims ... (that)`` and the inverted ``..., said X``.

The verb lexicon (``reporting_verbs.json``, about 60 lemmas) holds verbs of speech,
estimate and stance; any of them makes its subject the last speaker, so a later ``he
said`` or quotation points to it (``Budanov disagreed. “It is 12,000,” he said.``).

- ``X said (that) ...`` covers what follows the verb;
- a cue closing its sentence (``..., the lawmaker said Monday.``, ``..., the NIS told
  lawmakers.``) covers the clause before it; set off by commas inside a clause
  (``North Korea, officials say, has sent ...``) it covers the whole sentence;
- in a relative clause on a figure (``4 million tons ... that North Korea says it
  produces``) it covers the clause up to its verb, at most a bounded window;
- right after a closing quotation mark any short subject speaks (``“...,” the operator
  says``);
- ``X told Y``: X speaks, Y hears; an inverted speaker (``..., said Lee Seong-kweun, a
  lawmaker``) is taken only when it is a name, a known entity or a role phrase.
"""

from __future__ import annotations

import re

from nkclaims.attribution import speaker
from nkclaims.attribution.cues.base import Cue, Sentence
from nkclaims.attribution.lexicon import lexicon
from nkclaims.attribution.phrases import source_counts
from nkclaims.attribution.registry import org_in
from nkclaims.resources import word_set

_BE = word_set("be_forms")
_DETS = frozenset(("the", "a", "an", "its", "their", "this", "that"))
_NOUN_ADJECTIVES = frozenset(
    ("total", "overall", "final", "latest", "initial", "previous", "earlier")
)
_PREP_TAIL = re.compile(r"(?:at|of|in|from|with|for)\s+(?:the\s+|a\s+|an\s+)?[A-Za-z’' -]{1,40}")
_HEARER_WORDS = 6  # "the Japanese daily Yomiuri Shimbun"
_RELATIVE_WINDOW = 40  # words a relative clause's scope may run: long sentences stay linear
_RELATIVE_STOPS = frozenset(("is", "are", "was", "were", "has", "have", "had", "will", "would"))
_TRAILING = re.compile(
    r"(?:in|on|at|to|during|last|this|with|Friday|Monday|Tuesday|Wednesday|Thursday|Saturday"
    r"|Sunday|The|the|a|an|its|their|his|her|[A-Z][\w.’'-]*|\s)+"
)


class ReportingVerb:
    name = "reporting_verb"

    def __init__(self) -> None:
        lex = lexicon()
        self.triggers = lex.verbs | frozenset(lex.verb_phrases)

    def recognize(self, s: Sentence, i: int) -> list[Cue]:
        lex = lexicon()
        words = s.words
        verb = words[i]
        if not verb.text.islower():
            return []
        if i + 1 < len(words) and f"{verb.lower} {words[i + 1].lower}" in lex.roles:
            return []  # "a think tank": a role, not a verb
        last = i
        if verb.lower in lex.verb_phrases:
            second = lex.verb_phrases[verb.lower].split()[1]
            if i + 1 < len(words) and words[i + 1].lower == second:
                last = i + 1
            elif verb.lower not in lex.verbs:
                return []
        if _passive(s, i) or (last + 1 < len(words) and words[last + 1].lower == "by"):
            return []  # "is estimated", "lawmakers briefed by the NIS"
        if i >= 2 and words[i - 1].lower in _NOUN_ADJECTIVES and words[i - 2].lower in _DETS:
            return []  # "the total count of", "an overall estimate": a noun
        if _raising(s, last):
            return []  # "troops expected to see combat", "workers thought to have been sent"
        subject = speaker.before(words, i)
        inverted = False
        if subject is None:
            subject = _inverted_subject(s, last + 1)
            inverted = subject is not None
        if subject is None:
            return []
        a, b = subject
        if speaker.clause_like(words[a:b]):
            return []
        after_quote = a > 0 and words[a - 1].text in ("”", '"')
        if not inverted and not after_quote and not _can_speak(s, a, b):
            return []  # "North Korean workers for infrastructure projects": a noun, not a verb
        cited = _cited_between(s, b, i)
        ent = s.resolve(*cited) if cited is not None else s.resolve(a, b)
        if ent is None:
            return []
        s.appositive_roles(b, ent)
        if s.reporty:
            s.namer.registry.add_roles(ent, {"report"})
        s.namer.registry.note(ent)
        if verb.lower in lex.denial_forms or (
            last + 1 < len(words) and words[last + 1].lower == "against"
        ):
            return []  # R15: "denied that it had sent 12,000"; "cautions against the claim"
        cue_text = s.text[verb.start : words[last].end]
        after_end = max(b, last + 1) if inverted else last + 1
        if verb.lower in lex.hearer_forms and not inverted:
            after_end = _skip_hearer(s, after_end)
        closes = _closes(s, after_end)
        first = min(a, i)
        if a > 0 and words[a - 1].lower in ("that", "which") and not closes:
            # a relative clause on the figure's noun: "... that North Korea says it produces"
            start = s.scope_start_before(a - 1)
            return [Cue(ent.name, start, _relative_end(s, last + 1), cue_text, verb.start)]
        if closes:
            k = speaker.skip_setting(words, after_end)
            as_opener = first >= 1 and words[first - 1].lower == "as" and _opens(s, first - 1)
            if as_opener and k < len(words) and words[k].text == ",":
                # "As Budanov noted, 3,000 troops arrived": the clause after the comma
                return [Cue(ent.name, words[k].end, s.end, cue_text, verb.start)]
            that = _that_after_citing(s, k)
            if that is not None:
                # "TASS reported, citing the ministry, that ...": what follows "that"
                return [Cue(ent.name, words[that].end, s.end, cue_text, verb.start)]
            start = s.scope_start_before(first, ent.name)
            end = s.end if s.parenthetical(first, k) else words[first].start
            return [Cue(ent.name, start, end, cue_text, verb.start)]
        return [Cue(ent.name, words[last].end, s.end, cue_text, verb.start)]


def _cited_between(s: Sentence, b: int, i: int) -> tuple[int, int] | None:
    """``Lee, citing the NIS, said``: the party cited between the subject and the verb
    is the innermost (R12)."""
    words = s.words
    if b + 2 < i and words[b].text == "," and words[b + 1].lower in ("citing", "quoting"):
        end = speaker.after(words, b + 2)
        if end > b + 2 and end < len(words) and words[end].text == "," and end + 1 == i:
            return (b + 2, end)
    return None


def _can_speak(s: Sentence, a: int, b: int) -> bool:
    """Is the phrase's head a party that can speak: a name, a role or communication noun,
    a generic source, a pronoun or a name already known?"""
    lex = lexicon()
    b -= speaker.complement_before(s.words, b - 1)  # "officials familiar with the matter"
    head = s.words[b - 1]
    low = head.lower
    if b - a == 1 and speaker.adjective_like(head.text):
        return s.namer.registry.lookup(head.text, head.start) is not None
    if head.text[:1].isupper() or low in ("’s", "'s") or low in lex.person_pronouns:
        return True
    return (
        low in lex.role_nouns
        or low in lex.generic
        or low in lex.communication_nouns
        or low in lex.org_pronouns
        or s.namer.registry.lookup(head.text, head.start) is not None
    )


def _raising(s: Sentence, last: int) -> bool:
    """``expected to see``, ``believed to have reached``, ``agreed to dispatch``: a verb
    before an infinitive reports no speech of its subject."""
    words = s.words
    if last + 2 >= len(words) or words[last + 1].lower != "to":
        return False
    nxt = words[last + 2]
    lex = lexicon()
    return (
        nxt.text.islower()
        and nxt.lower not in ("the", "a", "an", "its", "their", "his", "her", "this", "these")
        and nxt.lower not in lex.setting_nouns
        and nxt.lower not in lex.role_nouns
    )


def _passive(s: Sentence, i: int) -> bool:
    """``is estimated``, ``are believed``, ``was reported``, ``an estimate``: no attribution."""
    words = s.words
    j = i - 1
    while j >= 0 and words[j].lower in (
        "also",
        "widely",
        "not",
        "still",
        "now",
        "already",
        "being",
    ):
        j -= 1
    return j >= 0 and words[j].lower in _BE | {"a", "an", "the"}


def _inverted_subject(s: Sentence, j: int) -> tuple[int, int] | None:
    """``said Wi``, ``said the lawmaker``, ``said Monday Lee Seong-kweun, a lawmaker``:
    only a name, a known entity or a role phrase."""
    words = s.words
    j = speaker.skip_setting(words, j)
    end = speaker.after(words, j)
    if end <= j:
        return None
    first = words[j]
    if not (first.text[:1].isupper() or first.lower in ("the", "a", "an") or _counted(s, j)):
        return None
    phrase = speaker.clean(s.phrase(j, end))
    if not phrase:
        return None
    phrase = speaker.split_complement(phrase)[0]  # "three people familiar with the plans"
    known = s.namer.registry.lookup(phrase, first.start) is not None
    if speaker.is_name(phrase) or known or speaker.role_phrase(phrase) or org_in(phrase):
        return (j, end)
    if phrase.lower() in lexicon().generic:
        return (j, end)
    return None


def _opens(s: Sentence, j: int) -> bool:
    """Does word ``j`` open its sentence (or a quotation in it)?"""
    return j == 0 or s.words[j - 1].text in ("“", '"', "(")


def _that_after_citing(s: Sentence, k: int) -> int | None:
    """Index of ``that`` in ``, citing X, that`` right after a cue, or None."""
    words = s.words
    if (
        k + 2 >= len(words)
        or words[k].text != ","
        or words[k + 1].lower not in ("citing", "quoting")
    ):
        return None
    end = speaker.after(words, k + 2)
    if end + 1 < len(words) and words[end].text == "," and words[end + 1].lower == "that":
        return end + 1
    return None


def _counted(s: Sentence, j: int) -> bool:
    """``said three people familiar with the plans``: a count before an unnamed source."""
    words = s.words
    if j + 1 >= len(words) or words[j].lower not in source_counts():
        return False
    lex = lexicon()
    k = j + 1
    while k < len(words) - 1 and k - j < 4 and words[k].text[:1].isupper():
        k += 1  # "two U.S. officials"
    return words[k].lower in lex.role_nouns | lex.generic


def _skip_hearer(s: Sentence, j: int) -> int:
    """After ``told``/``informed``: the hearer (``CNN``, ``lawmakers``, ``reporters``)."""
    words = s.words
    end = speaker.after(words, j)
    lex = lexicon()
    if j < end and words[j].text in lex.setting_nouns and words[j].text.islower():
        end = j + 1  # "told reporters 8,000 troops ...": the audience is one word
    for k in range(j + 1, end):
        if words[k].lower in lex.setting_prepositions or words[k].text[:1].isdigit():
            end = k  # "reporters following a briefing": the setting is no part of the hearer
            break
    if end > j and end - j <= _HEARER_WORDS:
        return end
    return j


def _closes(s: Sentence, j: int) -> bool:
    """Is what follows the cue (from word ``j``) only trailing matter (``Monday.``, ``in a
    statement on Telegram.``, ``, adding ...``)?"""
    words = s.words
    k = speaker.skip_setting(words, j)
    if k >= len(words) or words[k].text in (".", "!", "?", ",", ";", "|", "–", "—"):
        return True
    start = words[j].start if j < len(words) else s.end
    rest = s.text[start : min(s.end, start + 240)].strip()
    if s.end > start + 240:
        return False
    if not rest or rest in (".", "!", "?"):
        return True
    if rest.startswith(("that", "what", "“", '"')):
        return False
    if rest[0] in ".!?,":
        return True
    m = _TRAILING.match(rest)
    if m and m.end() >= len(rest.rstrip(".")) - 1 and "that" not in rest.split():
        return True
    # "..., said an official at the ministry.": a short prepositional tail, no clause
    tail = _PREP_TAIL.fullmatch(rest.rstrip(". "))
    verbs = lexicon().verbs
    return bool(tail) and not any(w in verbs or w == "that" for w in rest.lower().split())


def _relative_end(s: Sentence, j: int) -> int:
    words = s.words
    stop = min(len(words), j + _RELATIVE_WINDOW)
    while j < stop:
        if words[j].lower in _RELATIVE_STOPS or words[j].text in (",", ";"):
            return words[j].start
        j += 1
    return words[stop - 1].end if stop < len(words) else s.end
