"""Sieve steps that read the figure's clause and sentence: who does the thing."""

from __future__ import annotations

from spacy.tokens import Span

from nkclaims.actors.context import WINDOW, Figure, compared, prev_word
from nkclaims.actors.lexicon import PREPOSITIONS, PRONOUN_SUBJECTS, cue_set, reporting_verbs
from nkclaims.actors.mentions import is_place
from nkclaims.items import is_people_noun


def agent_or_origin(fig: Figure) -> str | None:
    """A sender named in the figure's clause beats its subject: the agent of a verb of
    sending (``wheat sent by Russia``) and an origin (``shells from North Korea``,
    ``carried ... to Russia from the North``), unless the clause's verb is one of
    buying (R7: ``Russia imported 1.2 million barrels from North Korea`` -> Russia)."""
    t = fig.tokens
    lo, hi = fig.clause_start, fig.clause_end
    agents = cue_set("agent_verbs")
    for m in fig.in_sentence:
        if not (lo <= m.start and m.end <= hi):
            continue
        k = t.prev_index(m.start, frozenset(("the",)))
        if k < 0 or t.lower[k] != "by" or m.start < fig.end:
            continue
        j = t.prev_index(k)
        if j >= 0 and t.lower[j] in agents:
            return str(m.label_)
    buying = cue_set("import_verbs")
    if any(t.lower[k] in buying for k in range(lo, hi)):
        return None
    owned = fig.in_item()
    for m in fig.in_sentence:
        if lo <= m.start and m.end <= hi and _origin(fig, m):
            # the figure's own party beats an origin: "North Korean tankers pulling out
            # of Vostochny" are North Korea's
            return str((owned or [m])[0].label_)
    return None


def _origin(fig: Figure, m: Span) -> bool:
    """Is the mention an origin (``from North Korea``), not a distance's reference point
    (``110 miles from North Korea``)?"""
    t = fig.tokens
    k = t.prev_index(m.start, frozenset(("the",)))
    if k >= 1 and t.lower[k] == "of" and t.lower[t.prev_index(k)] == "out":
        return True  # "oil shipped out of Vostochny", "flights out of Pyongyang"
    if k < 0 or t.lower[k] != "from":
        return prev_word(t, m) == "from"  # "from Kuwait and the UAE"
    return t.prev_index(k) != fig.end - 1


def _np_words(fig: Figure, prep: int) -> list[str] | None:
    """The words of the noun phrase before the preposition at token ``prep``, when that
    phrase opens the clause (after a reporting verb or ``that`` at most): ``the total
    count`` in ``said the total count of North Korean service members ...``."""
    t = fig.tokens
    verbs = reporting_verbs()
    words: list[str] = []
    k = prep - 1
    while k >= fig.clause_start:
        if not t.space[k]:
            low = t.lower[k]
            if low in verbs or low == "that":
                break
            if low in PREPOSITIONS or not t.text[k][:1].isalpha() or len(words) >= 5:
                return None
            words.append(low)
        k -= 1
    return words[::-1] if words else None


def subject_owner(fig: Figure) -> str | None:
    """The owner inside the subject noun phrase: ``the total count of North Korean
    service members``, ``The regime in Pyongyang``, ``gross domestic product in North
    Korea`` (``in`` only when the head is not people: ``soldiers in Russia`` are not
    Russia's)."""
    t = fig.tokens
    for m in fig.in_sentence:
        if not (fig.clause_start <= m.start and m.end <= fig.start):
            continue
        k = t.prev_index(m.start, frozenset(("the",)))
        if k < 0 or t.lower[k] not in ("of", "in"):
            continue
        words = _np_words(fig, k)
        if words is None:
            continue
        if t.lower[k] == "in" and is_people_noun(words[-1]):
            continue
        return str(m.label_)
    return None


def clause_subject(fig: Figure) -> str | None:
    """The clause's subject before the figure: the first mention between the clause start
    and the figure that is not the object of a preposition or verb and not the speaker
    of a reporting verb (``Seoul said Pyongyang sent 10,000 troops``). A pronoun subject
    (``that it is sending``) points to the nearest such subject before the clause, or,
    opening a sentence that names none, to the previous sentence's subject."""
    for m in fig.in_sentence:
        if fig.clause_start <= m.start and m.end <= fig.start and fig.free(m) and not fig.speaks(m):
            return str(m.label_)
    t = fig.tokens
    first = t.next_index(fig.clause_start)
    if first < fig.start and t.lower[first] in PRONOUN_SUBJECTS - {"this", "these"}:
        # the speaker may be the referent: "North Korea has announced that it is sending"
        earlier = [m for m in fig.in_sentence if m.end <= fig.start and fig.free(m)]
        if earlier:
            return str(earlier[-1].label_)
        if first == t.next_index(fig.sent_start):
            for m in fig.previous_sentence:
                if fig.free(m) and not fig.speaks(m, fig.sent_start):
                    return str(m.label_)
    return None


def participle_subject(fig: Figure) -> str | None:
    """A participle clause after a comma (``China remained ..., accounting for 96
    percent``; ``North Korea backed Russia ..., sending in 18,000 troops``) shares the
    subject of the sentence: its first free mention that does not speak."""
    t = fig.tokens
    first = t.next_index(fig.clause_start)
    if first >= fig.start or fig.clause_start <= fig.sent_start:
        return None
    if t.text[fig.clause_start - 1] != "," or not t.text[first].islower():
        return None
    if not t.lower[first].endswith("ing") or t.lower[first] in cue_set("not_verbs"):
        return None
    for m in fig.in_sentence:
        if is_place(m):
            continue  # a place is not the subject a participle shares
        if m.end <= fig.clause_start and fig.free(m) and not fig.speaks(m, fig.sent_end):
            return str(m.label_)
    return None


def after_figure(fig: Figure) -> str | None:
    """After the figure in its clause: an agent or origin (``sent to Russia from North
    Korea``), then a mention governed by no preposition or verb."""
    after = [m for m in fig.in_sentence if fig.end <= m.start and m.end <= fig.clause_end]
    for m in after:
        if prev_word(fig.tokens, m) == "by" or _origin(fig, m):
            return str(m.label_)
    for m in after:
        if fig.free(m) and not fig.speaks(m, fig.sent_end) and not _compared(fig, m):
            return str(m.label_)
    return None


def _in_counted_phrase(fig: Figure, m: Span) -> bool:
    """Is the mention an adjective inside a counted noun phrase (``three Russian
    brigades``, ``8,000 North Korean workers``)? Then it is not a subject."""
    t = fig.tokens
    k = t.prev_index(m.start)
    return k >= 0 and (t.text[k][:1].isdigit() or t.lower[k] in cue_set("number_words"))


def _in_closed_parenthesis(fig: Figure, m: Span) -> bool:
    """Is the mention inside a parenthesis that closes before the figure (``(... the
    munitions Russia fires each day) and over 100 missiles``)?"""
    t = fig.tokens
    closes = any(t.text[k] == ")" for k in range(m.end, min(fig.start, m.end + WINDOW)))
    if not closes:
        return False
    for k in range(m.start - 1, max(fig.sent_start, m.start - WINDOW) - 1, -1):
        if t.text[k] == ")":
            return False
        if t.text[k] == "(":
            return True
    return False


def earlier_subject(fig: Figure) -> str | None:
    """The nearest subject mention earlier in the sentence; an adjective inside a counted
    phrase (``supplied ... three Russian brigades and sent 8,000 workers``) only when the
    sentence has no other (``At least 10,000 North Korean soldiers ..., translating to
    yearly revenue of $200 million``)."""
    candidates = [
        m
        for m in fig.in_sentence
        if m.end <= fig.start
        and fig.free(m)
        and not fig.speaks(m)
        and not is_place(m)
        and not _in_closed_parenthesis(fig, m)
    ]
    for m in reversed(candidates):
        if not _in_counted_phrase(fig, m):
            return str(m.label_)
    return str(candidates[-1].label_) if candidates else None


def _attributes_quote(fig: Figure, start: int, end: int) -> bool:
    """Does a quotation close between the figure and the mention (``“... 600,” a South
    Korean official said``)? The mention then names the speaker, not the actor."""
    text = fig.tokens.text
    return any(text[k] in ("”", '"') for k in range(start, min(end, start + WINDOW)))


def later_subject(fig: Figure) -> str | None:
    """A party named later in the sentence, governed by no preposition or verb and not
    speaking (``..., Ukrainian President Volodymyr Zelensky said``)."""
    for m in fig.in_sentence:
        if (
            m.start >= fig.end
            and not is_place(m)
            and not _compared(fig, m)
            and fig.free(m)
            and not fig.speaks(m, fig.sent_end)
            and not _attributes_quote(fig, fig.end, m.start)
        ):
            return str(m.label_)
    return None


def beneficiary(fig: Figure) -> str | None:
    """A beneficiary or possessor: ``revenue ... for North Korea``, ``fighting for Russia``."""
    for m in fig.in_sentence:
        if _compared(fig, m):
            continue
        if not is_place(m) and prev_word(fig.tokens, m) in ("for", "of", "by"):
            return str(m.label_)
    return None


def _compared(fig: Figure, m: Span) -> bool:
    return compared(fig.tokens, m.end, fig.sent_end)
