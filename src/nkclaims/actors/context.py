"""What every sieve step reads about one figure: the Doc's token strings, the party
mentions near the figure, and the bounds of its sentence and clause."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from nkclaims.actors.lexicon import (
    CLAUSE_BREAKS,
    CLAUSE_END_WORDS,
    PREPOSITIONS,
    cue_set,
    reporting_verbs,
    role_nouns,
)
from nkclaims.actors.mentions import is_place
from nkclaims.extensions import ClaimDraft, tokens_of

WINDOW = 80  # tokens around a figure that the rules look at; keeps long sentences linear


class Tokens:
    """The Doc's token strings as plain lists, read once: the rules index them many times
    and a spaCy Token object per access is costly."""

    def __init__(self, doc: Doc) -> None:
        table = tokens_of(doc)
        text = table.text
        self.text = [text[s:e] for s, e in zip(table.starts, table.ends, strict=True)]
        self.lower = [w.lower() for w in self.text]
        self.space = [w.isspace() for w in self.text]

    def __len__(self) -> int:
        return len(self.text)

    def prev_index(self, i: int, skip: frozenset[str] = frozenset()) -> int:
        """The index of the nearest non-space token before ``i`` whose lower form is not
        in ``skip``, or -1."""
        k = i - 1
        while k >= 0 and (self.space[k] or self.lower[k] in skip):
            k -= 1
        return k

    def next_index(self, i: int, skip: frozenset[str] = frozenset()) -> int:
        """The index of the nearest non-space token at or after ``i`` not in ``skip``, or
        ``len(self)``."""
        n = len(self.text)
        k = i
        while k < n and (self.space[k] or self.lower[k] in skip):
            k += 1
        return k


_DETERMINERS = frozenset(("the", "a", "an"))


def compared(tokens: Tokens, end: int, limit: int) -> bool:
    """Is the mention ending at token ``end`` the standard of a comparison, a possessive
    with its noun left out (``only one-sixtieth of South Korea's.``, ``twice Japan's``,
    ``than China's,``)? It names the party the figure is measured against, not the
    figure's, nor a party the document is about."""
    k = tokens.next_index(end)
    if k >= limit or tokens.lower[k] not in ("'s", "’s", "'", "’"):
        return False
    j = tokens.next_index(k + 1)
    return j >= limit or not tokens.text[j][:1].isalnum()


def prev_word(tokens: Tokens, span: Span) -> str:
    """The word governing a mention: skips determiners and walks back over a coordination
    (``to Kuwait and the United Arab Emirates`` -> ``to``)."""
    i = span.start - 1
    steps = 0
    lower, text = tokens.lower, tokens.text
    while i >= 0 and steps < 10:
        steps += 1
        low = lower[i]
        if tokens.space[i] or low in _DETERMINERS:
            i -= 1
            continue
        if low in ("and", "or"):
            # walk back over the previous conjunct
            j = i - 1
            while (
                j >= 0 and (text[j][:1].isupper() or lower[j] in ("the", "’s", "'s")) and i - j < 6
            ):
                j -= 1
            if j < i - 1 and j >= 0 and lower[j] in PREPOSITIONS:
                return lower[j]
            return low
        if text[i] in ("-", "\u2010") and i >= 1 and lower[i - 1] in ("non", "anti", "pro", "ex"):
            return "non"  # non-Russian clients: not the party itself
        return low
    return ""


def speaks(tokens: Tokens, end: int, limit: int) -> bool:
    """Is the mention ending at token ``end`` the subject of a reporting verb before token
    ``limit`` (``Seoul said``, ``Kyiv has claimed``)? The speaker is not the actor."""
    verbs = reporting_verbs()
    roles = role_nouns()
    gap_words = cue_set("speaker_gap")
    k = end
    gap = 0
    limit = min(limit, len(tokens.lower))
    while k < limit and gap <= 4:
        low = tokens.lower[k]
        if tokens.space[k]:
            k += 1
            continue
        if low in verbs:
            # "Moscow wrote off 90 percent of the debt": a phrasal verb, not speech
            nxt = tokens.next_index(k + 1)
            return nxt >= len(tokens) or tokens.lower[nxt] != "off"
        if low in ("put", "puts") and k + 2 < limit:
            # "Ukraine puts it higher", "a member state put the value at": an estimate
            j = tokens.next_index(k + 1)
            return j < len(tokens) and tokens.lower[j] in (
                "it",
                "the",
                "its",
                "their",
                "losses",
                "casualties",
            )
        if low not in gap_words and low not in roles:
            return False  # "Seoul said", "a U.S. official said", "Kyiv has claimed"
        gap += 1
        k += 1
    return False


def clause_start(tokens: Tokens, token_index: int, sent_start: int) -> int:
    i = token_index - 1
    floor = max(sent_start, token_index - WINDOW)
    while i >= floor:
        if tokens.text[i] in CLAUSE_BREAKS or tokens.lower[i] in CLAUSE_BREAKS:
            return i + 1
        if tokens.text[i] == ")":
            return i + 1  # after a parenthesis: "(... Russia fires each day) and over 100"
        i -= 1
    return floor


def clause_end(tokens: Tokens, token_index: int, sent_end: int) -> int:
    i = token_index
    sent_end = min(sent_end, token_index + WINDOW)
    while i < sent_end:
        if tokens.text[i] in (",", ";", ":", "—", "–", ")") or tokens.lower[i] in CLAUSE_END_WORDS:
            return i
        i += 1
    return sent_end


@dataclass
class Figure:
    """One figure and its surroundings, as the sieve steps see it."""

    draft: ClaimDraft
    tokens: Tokens
    mentions: list[Span]  # party mentions near the figure, in text order
    sent_start: int  # token bounds of the sentence
    sent_end: int
    clause_start: int
    clause_end: int
    in_sentence: list[Span] = field(default_factory=list)
    previous_sentence: list[Span] = field(default_factory=list)
    pair_before: str | None = None  # first party of the last pair named before the sentence
    follows_figure: bool = False  # an earlier figure stands in the same sentence

    @property
    def start(self) -> int:
        return self.draft.token_start

    @property
    def end(self) -> int:
        return self.draft.token_end

    def in_item(self) -> list[Span]:
        """Mentions inside the figure's item (character offsets from the item stage)."""
        d = self.draft
        if d.item_start is None or d.item_end is None or not d.item:
            return []
        lo, hi = d.item_start, d.item_end
        # a place in the item says where, not whose: "tanks near Pokrovsk"
        return [m for m in self.mentions if lo <= m.start_char < hi and not is_place(m)]

    def governed(self, m: Span) -> bool:
        """Is the mention the object of a preposition?"""
        return prev_word(self.tokens, m) in PREPOSITIONS

    def speaks(self, m: Span, limit: int | None = None) -> bool:
        return speaks(self.tokens, m.end, self.start if limit is None else limit)

    def is_object(self, m: Span) -> bool:
        """Is the mention the object of a verb (``sold Russia``, ``fighting Ukrainian
        forces``) or a modifier (``Moscow-backed``)? Then it is not the subject."""
        return is_object(self.tokens, m)

    def free(self, m: Span) -> bool:
        """A subject candidate: governed by no preposition and no verb."""
        return not self.governed(m) and not self.is_object(m)


def is_object(tokens: Tokens, m: Span) -> bool:
    """Is the mention the object of a verb, or a hyphenated modifier (``Seoul-led``)?"""
    nxt = m.end
    if (
        nxt + 1 < len(tokens)
        and tokens.text[nxt] in ("-", "\u2010")
        and tokens.lower[nxt + 1] in (cue_set("modifier_participles"))
    ):
        return True
    if nxt < len(tokens) and tokens.lower[nxt] in ("'s", "’s"):
        return False  # "joining Russia's war": the possessor is not the verb's object
    word = prev_word(tokens, m)
    if not word or not word.isalpha() or not word.islower():
        return False
    after = tokens.next_index(nxt)
    if after < len(tokens) and tokens.lower[after] == "of":
        g = tokens.next_index(after + 1)
        if g < len(tokens) and tokens.lower[g].endswith("ing"):
            return False  # "accused North Korea of sending": the gerund's subject
    if word in cue_set("object_verbs"):
        return True
    if word in cue_set("not_verbs") or len(word) < 5:
        return False
    return word.endswith(("ed", "ing"))


# Sieve answers that are not parties: the figure has the previous figure's actor
# (a partitive, ``Of these, 1,500 ...``), or has none and the discourse may not fill it.
CARRY = "\x00carry"
NOBODY = "\x00nobody"
# the sieve's later steps may not answer; the discourse fallback decides
DEFER = "\x00defer"
