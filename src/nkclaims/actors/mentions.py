"""Party mentions: the gazetteer (``actors.json``, ``leaders.json``) and its matcher."""

from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from nkclaims.actors.lexicon import currency_words, speaker_words
from nkclaims.extensions import tokens_of
from nkclaims.resources import load_json


@cache
def gazetteer() -> dict[str, str]:
    """Alias as written -> canonical party name."""
    out: dict[str, str] = {}
    for canonical, aliases in load_json("actors.json").items():
        if canonical.startswith("_"):
            continue
        for alias in aliases:
            out[alias] = canonical
    for canonical, names in load_json("leaders.json").items():
        for name in names:
            out[name] = canonical
    return out


@cache
def places() -> dict[str, str]:
    """Place name -> the country it is in (``places.json``): a place is a mention of its
    country for the sieve, never a party name for attribution (``canonical_actor``)."""
    return {
        place: country
        for country, names in load_json("places.json").items()
        if not country.startswith("_")
        for place in names
    }


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
        for alias, canonical in (places() | gazetteer()).items():
            self.matcher.add(canonical, [nlp.make_doc(alias)])

    def __call__(self, doc: Doc) -> list[Span]:
        spans = []
        roles = speaker_words()
        money = currency_words()
        table = tokens_of(doc)
        text, starts, ends, n = table.text, table.starts, table.ends, len(table)
        for match_id, start, end in self.matcher(doc):
            # token strings from the offsets: a spaCy Token per look-up was most of this stage
            following = [text[starts[k] : ends[k]] for k in range(end, min(end + 3, n))]
            if any(w in roles for w in following) and any(w[:1].isupper() for w in following[1:]):
                continue  # "South Korean researcher Cho Han-beom": describes a speaker
            if following and following[0].lower() in money:
                continue  # "US dollars", "South Korean won": a currency, not a party
            if (
                text[starts[start] : ends[end - 1]] in ("the North", "The North")
                and end < n
                and following[0] in ("Korea", "Korean", "Koreans", "and")
            ):
                continue
            spans.append(Span(doc, start, end, label=match_id))
        return filter_spans(spans)


def is_place(span: Span) -> bool:
    """Is the mention a place standing for its country (``places.json``)?"""
    return span.text in places() and span.text not in gazetteer()
