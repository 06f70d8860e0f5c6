"""Whose figure it is: the actor (CLAIMS.md section 4).

A PhraseMatcher built from the gazetteer ``actors.json`` marks every mention of a
party (``doc.spans["nk_actors"]``, label = canonical name). For each figure:

1. people of a nationality belong to that country: a mention inside the item whose
   head names people (``North Korean soldiers``, ``15,000 Nepalese``);
2. otherwise the subject of the figure's clause: the first mention between the
   clause start and the figure that is not the object of a preposition
   (``Russia had sent North Korea 50,000 to 100,000 tons``);
3. otherwise, after the figure in its clause, an agent or origin (``sent to Russia
   from North Korea``), then any mention not governed by ``to``;
4. otherwise the nearest subject mention earlier in the sentence, then the
   previous figure's actor in the same paragraph (``Their average wage ...``).
"""

from __future__ import annotations

import bisect
from functools import cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, SpanGroup
from spacy.util import filter_spans

from nkclaims import extensions
from nkclaims.extensions import ACTORS, ClaimDraft, drafts_of, text_of, tokens_of
from nkclaims.items import head_noun, is_people_noun
from nkclaims.resources import load_json, word_set
from nkclaims.sentences import index_of

_PREPOSITIONS = word_set("prepositions")
_CLAUSE_END_WORDS = word_set("clause_end_words")
_PRONOUN_SUBJECTS = word_set("pronoun_subjects")
_CLAUSE_BREAKS = word_set("clause_breaks")


@cache
def _speaker_words() -> frozenset[str]:
    """Role and title words: a demonym right before one describes a person, not a party."""
    s = load_json("speakers.json")
    words = {w for ws in s["roles"].values() for w in ws if " " not in w} | set(s["titles"])
    return frozenset(
        words
        - {"report", "agency", "Agency", "ministry", "Ministry", "institute", "Institute"}
        - {"department", "Department", "military", "army", "Staff", "service", "deputy"}
        - {"newspaper", "daily", "outlet", "broadcaster", "network", "general", "General"}
    )


@cache
def gazetteer() -> dict[str, str]:
    """Alias as written -> canonical party name."""
    out: dict[str, str] = {}
    for canonical, aliases in load_json("actors.json").items():
        for alias in aliases:
            out[alias] = canonical
    for canonical, names in load_json("leaders.json").items():
        for name in names:
            out[name] = canonical
    return out


@cache
def leaders() -> frozenset[str]:
    """Names of leaders (``leaders.json``): they act for their country, but as sources
    a person is a person."""
    return frozenset(name for names in load_json("leaders.json").values() for name in names)


def canonical_actor(name: str) -> str | None:
    """The canonical party for an alias (``Pyongyang`` -> ``North Korea``), or None."""
    g = gazetteer()
    if name in g:
        return g[name]
    stripped = name.removeprefix("the ").removeprefix("The ")
    return g.get(stripped) or g.get("the " + stripped)


class ActorMatcher:
    """Marks party mentions in a Doc; built once per vocabulary."""

    def __init__(self, nlp: Language) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for alias, canonical in gazetteer().items():
            self.matcher.add(canonical, [nlp.make_doc(alias)])

    def __call__(self, doc: Doc) -> list[Span]:
        spans = []
        roles = _speaker_words()
        table = tokens_of(doc)
        text, starts, ends, n = table.text, table.starts, table.ends, len(table)
        for match_id, start, end in self.matcher(doc):
            # token strings from the offsets: a spaCy Token per look-up was most of this stage
            following = [text[starts[k] : ends[k]] for k in range(end, min(end + 3, n))]
            if any(w in roles for w in following) and any(w[:1].isupper() for w in following[1:]):
                continue  # "South Korean researcher Cho Han-beom": describes a speaker
            if (
                text[starts[start] : ends[end - 1]] in ("the North", "The North")
                and end < n
                and following[0] in ("Korea", "Korean", "Koreans", "and")
            ):
                continue
            spans.append(Span(doc, start, end, label=match_id))
        return filter_spans(spans)


class _Tokens:
    """The Doc's token strings as plain lists, read once: the rules index them many times
    and a spaCy Token object per access is costly."""

    def __init__(self, doc: Doc) -> None:
        table = tokens_of(doc)
        text = table.text
        self.text = [text[s:e] for s, e in zip(table.starts, table.ends, strict=True)]
        self.lower = [w.lower() for w in self.text]
        self.space = [w.isspace() for w in self.text]


def _prev_word(tokens: _Tokens, span: Span) -> str:
    """The word governing a mention: skips determiners and walks back over a coordination
    (``to Kuwait and the United Arab Emirates`` -> ``to``)."""
    i = span.start - 1
    steps = 0
    lower, text = tokens.lower, tokens.text
    while i >= 0 and steps < 10:
        steps += 1
        low = lower[i]
        if tokens.space[i] or low in ("the", "a", "an"):
            i -= 1
            continue
        if low in ("and", "or"):
            # walk back over the previous conjunct
            j = i - 1
            while (
                j >= 0 and (text[j][:1].isupper() or lower[j] in ("the", "’s", "'s")) and i - j < 6
            ):
                j -= 1
            if j < i - 1 and j >= 0 and lower[j] in _PREPOSITIONS:
                return lower[j]
            return low
        if text[i] in ("-", "\u2010") and i >= 1 and lower[i - 1] in ("non", "anti", "pro", "ex"):
            return "non"  # non-Russian clients: not the party itself
        return low
    return ""


_WINDOW = 80  # tokens around a figure that the rules look at; keeps long sentences linear


def _clause_start(tokens: _Tokens, token_index: int, sent_start: int) -> int:
    i = token_index - 1
    floor = max(sent_start, token_index - _WINDOW)
    while i >= floor:
        if tokens.text[i] in _CLAUSE_BREAKS or tokens.lower[i] in _CLAUSE_BREAKS:
            return i + 1
        i -= 1
    return floor


def _clause_end(tokens: _Tokens, token_index: int, sent_end: int) -> int:
    i = token_index
    sent_end = min(sent_end, token_index + _WINDOW)
    while i < sent_end:
        if tokens.text[i] in (",", ";", ":", "—", "–", ")") or tokens.lower[i] in _CLAUSE_END_WORDS:
            return i
        i += 1
    return sent_end


def _after_loss_verb(tokens: _Tokens, d: ClaimDraft) -> bool:
    """Is the figure the object of a verb of loss (``destroyed``, ``killed``, ``shot
    down``), at most three words before it?"""
    losses = _loss_verbs()
    k = d.token_start - 1
    seen = 0
    while k >= 0 and seen < 3:
        if not tokens.space[k]:
            if tokens.lower[k] in losses:
                return True
            seen += 1
        k -= 1
    return False


@cache
def _loss_verbs() -> frozenset[str]:
    return frozenset(load_json("actor_cues.json")["loss_verbs"])


def _attributes_quote(tokens: _Tokens, start: int, end: int) -> bool:
    """Does a quotation close between the figure and the mention (``“... 600,” a South
    Korean official said``)? The mention then names the speaker, not the actor."""
    return any(tokens.text[k] in ("”", '"') for k in range(start, min(end, start + _WINDOW)))


_SPEAKER_GAP = frozenset(("has", "have", "had", "also", "previously", "earlier", "publicly"))


def _speaks(tokens: _Tokens, end: int, limit: int) -> bool:
    """Is the mention ending at token ``end`` the subject of a reporting verb before token
    ``limit`` (``Seoul said``, ``Kyiv has claimed``)? The speaker is not the actor."""
    verbs = reporting_verbs()
    k = end
    gap = 0
    while k < limit and gap <= 3:
        low = tokens.lower[k]
        if tokens.space[k]:
            k += 1
            continue
        if low in verbs:
            return True
        if low not in _SPEAKER_GAP and low not in _role_nouns():
            return False  # "Seoul said", "a U.S. official said", "Kyiv has claimed"
        gap += 1
        k += 1
    return False


@cache
def _role_nouns() -> frozenset[str]:
    return frozenset(load_json("speakers.json")["role_nouns"]) | {"military", "intelligence"}


@cache
def reporting_verbs() -> frozenset[str]:
    """Single-word forms of the verbs of speech and estimate (``reporting_verbs.json``)."""
    forms = load_json("reporting_verbs.json")["verbs"].values()
    return frozenset(f for fs in forms for f in fs if " " not in f)


def choose_actor(
    doc: Doc,
    d: ClaimDraft,
    mentions: list[Span],
    sent: tuple[int, int],
    starts: list[int] | None = None,
    tokens: _Tokens | None = None,
) -> str | None:
    """The actor of one figure (its draft), by the rules in the module docstring.

    ``starts`` (the mentions' token starts, sorted) lets the search look only at the
    mentions near the figure."""
    if starts is not None:
        lo = bisect.bisect_left(starts, d.token_start - _WINDOW)
        hi = bisect.bisect_right(starts, d.token_end + _WINDOW)
        mentions = mentions[lo:hi]
    if tokens is None:
        tokens = _Tokens(doc)
    # 1. People of a nationality.
    if (
        d.item_start is not None
        and d.item_end is not None
        and d.item
        and is_people_noun(head_noun(d.item))
    ):
        for m in mentions:
            if d.item_start <= m.start_char < d.item_end:
                return str(m.label_)
    # 1b. Losses belong to the side that lost them: "Ukraine says it destroyed 50
    #     Russian tanks" (a verb of loss right before the figure, a party on the item).
    if d.item_start is not None and d.item_end is not None and _after_loss_verb(tokens, d):
        for m in mentions:
            if d.item_start <= m.start_char < d.item_end:
                return str(m.label_)
    sent_span = doc.char_span(sent[0], sent[1], alignment_mode="expand")
    if sent_span is None:
        return None
    s_tok, e_tok = sent_span.start, sent_span.end
    c_start = _clause_start(tokens, d.token_start, s_tok)
    c_end = _clause_end(tokens, d.token_end, e_tok)
    in_sentence = [m for m in mentions if s_tok <= m.start and m.end <= e_tok]
    earlier = [
        m
        for m in in_sentence
        if m.end <= d.token_start and _prev_word(tokens, m) not in _PREPOSITIONS
    ]
    # 2. The clause subject before the figure, unless it is the speaker of a reporting
    #    verb (``Seoul said Pyongyang sent 10,000 troops``); a pronoun subject (``that it
    #    is sending``) points to the nearest subject before the clause.
    for m in in_sentence:
        if (
            c_start <= m.start
            and m.end <= d.token_start
            and _prev_word(tokens, m) not in _PREPOSITIONS
            and not _speaks(tokens, m.end, d.token_start)
        ):
            return str(m.label_)
    if c_start < len(tokens.lower) and tokens.lower[c_start] in _PRONOUN_SUBJECTS and earlier:
        return str(earlier[-1].label_)
    earlier = [m for m in earlier if not _speaks(tokens, m.end, d.token_start)]
    # 3. After the figure in its clause: an agent or origin, then a mention governed by no
    #    preposition.
    after = [m for m in in_sentence if d.token_end <= m.start and m.end <= c_end]
    for m in after:
        if _prev_word(tokens, m) in ("from", "by"):
            return str(m.label_)
    for m in after:
        if _prev_word(tokens, m) not in _PREPOSITIONS:
            return str(m.label_)
    # People-nationality as a weaker signal when the item is not people.
    if d.item_start is not None and d.item_end is not None:
        for m in mentions:
            if d.item_start <= m.start_char < d.item_end:
                return str(m.label_)
    # 4. The nearest subject mention earlier in the sentence.
    if earlier:
        return str(earlier[-1].label_)
    # 5. A party named later in the sentence and governed by no preposition.
    for m in in_sentence:
        if (
            m.start >= d.token_end
            and _prev_word(tokens, m) not in _PREPOSITIONS
            and not _attributes_quote(tokens, d.token_end, m.start)
        ):
            return str(m.label_)
    # 6. A beneficiary or possessor: "revenue ... for North Korea", "fighting for Russia".
    for m in in_sentence:
        if _prev_word(tokens, m) in ("for", "of", "by"):
            return str(m.label_)
    return None


@Language.factory("nkclaims_actors")
def make_actors_component(nlp: Language, name: str) -> ActorsComponent:
    return ActorsComponent(nlp)


class ActorsComponent:
    """Marks party mentions and sets ``actor`` on every figure."""

    def __init__(self, nlp: Language) -> None:
        self.matcher = ActorMatcher(nlp)

    def __call__(self, doc: Doc) -> Doc:
        mentions = self.matcher(doc)
        doc.spans[ACTORS] = SpanGroup(doc, name=ACTORS, spans=mentions)
        text = text_of(doc)
        sentences = doc._.nk_sentences or [(0, len(text))]
        paragraphs = doc._.nk_paragraphs or [(0, len(text))]
        starts = [m.start for m in mentions]
        tokens = _Tokens(doc)
        last_actor: dict[int, str] = {}
        for d in drafts_of(doc):
            para = index_of(paragraphs, d.start)
            actor = choose_actor(doc, d, mentions, sentences[d.sentence_index], starts, tokens)
            if actor is None:
                actor = last_actor.get(para)
            d.actor = actor
            if actor is not None:
                last_actor[para] = actor
        return doc


extensions.register()
