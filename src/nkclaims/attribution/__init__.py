"""Attribution: who asserts a figure (CLAIMS.md section 5).

- `lexicon`: the word lists (reporting verbs, titles, roles, time and setting words,
  communication nouns, the organisation gazetteer), read once from ``nkclaims/data``;
- `speaker`: the speaker-phrase reader every cue shares;
- `registry` and `naming`: people and organisations with canonical names and aliases,
  and the resolution of a phrase as written to one of them;
- `cues`: one recognizer module per cue family, and the registry that runs them;
- `select`: the innermost asserting party, and the continuation rule;
- `component`: the ``nkclaims_sources`` spaCy component.
"""

from nkclaims.attribution.component import sources_component

__all__ = ["sources_component"]
