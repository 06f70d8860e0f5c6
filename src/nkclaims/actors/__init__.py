"""Whose figure it is: the actor (CLAIMS.md section 4).

A PhraseMatcher built from the gazetteer ``actors.json`` marks every mention of a
party (``doc.spans["nk_actors"]``, label = canonical name; ``mentions.py``). Each
figure then goes through an ordered sieve (``sieve.py``), one small function per
step: the figure's own noun phrase (``noun_phrase.py``), its clause and sentence
(``subject.py``), then the discourse (``component.py``).
"""

from __future__ import annotations

from nkclaims import extensions
from nkclaims.actors.component import ActorsComponent, make_actors_component
from nkclaims.actors.lexicon import reporting_verbs
from nkclaims.actors.mentions import ActorMatcher, canonical_actor, gazetteer, leaders

__all__ = [
    "ActorMatcher",
    "ActorsComponent",
    "canonical_actor",
    "gazetteer",
    "leaders",
    "make_actors_component",
    "reporting_verbs",
]

extensions.register()
