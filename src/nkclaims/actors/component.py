"""The spaCy component: marks party mentions and sets ``actor`` on every figure."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, SpanGroup

from nkclaims.actors import discourse
from nkclaims.actors.context import Tokens, compared, prev_word, speaks
from nkclaims.actors.lexicon import cue_set
from nkclaims.actors.mentions import ActorMatcher, is_place
from nkclaims.actors.sieve import figure_context, run_sieve
from nkclaims.extensions import ACTORS, drafts_of, text_of


@Language.factory("nkclaims_actors")
def make_actors_component(nlp: Language, name: str) -> ActorsComponent:
    return ActorsComponent(nlp)


class ActorsComponent:
    """Marks party mentions (``doc.spans["nk_actors"]``) and sets ``actor`` on every
    figure: the sieve's answer, else the previous figure's actor in the paragraph."""

    def __init__(self, nlp: Language) -> None:
        self.matcher = ActorMatcher(nlp)

    def __call__(self, doc: Doc) -> Doc:
        mentions = self.matcher(doc)
        # places stand for their country in the sieve only: they are not parties the
        # document is about, nor parties for the later stages
        parties = [m for m in mentions if not is_place(m)]
        doc.spans[ACTORS] = SpanGroup(doc, name=ACTORS, spans=parties)
        text = text_of(doc)
        sentences = doc._.nk_sentences or [(0, len(text))]
        paragraphs = doc._.nk_paragraphs or [(0, len(text))]
        starts = [m.start for m in mentions]
        tokens = Tokens(doc)
        # the parties the document is about: mentions that are not speakers ("Seoul said")
        # nor destinations ("exported ... to the North"): a recipient is not the actor (R7)
        destinations = cue_set("destination_words")
        topical = [
            m
            for m in parties
            if not speaks(tokens, m.end, m.end + 6)
            and prev_word(tokens, m) not in destinations
            and not compared(tokens, m.end, len(tokens))
        ]
        # "between A and B": the pair's first party, for a later "the two nations" (R8)
        pairs = []
        for m in parties:
            k = tokens.prev_index(m.start, frozenset(("the",)))
            if k >= 0 and tokens.lower[k] == "between":
                pairs.append((m.start, str(m.label_)))
        drafts = drafts_of(doc)
        found: list[str | None] = []
        for n, d in enumerate(drafts):
            i = d.sentence_index
            fig = figure_context(
                doc,
                d,
                mentions,
                sentences[i],
                starts,
                tokens,
                sentences[i - 1] if i > 0 else None,
                pairs,
                n > 0 and drafts[n - 1].sentence_index == i,
            )
            found.append(run_sieve(fig)[0] if fig is not None else None)
        for d, actor in zip(
            drafts, discourse.fill(drafts, found, paragraphs, topical), strict=True
        ):
            d.actor = actor
        return doc
