"""Finding figures in text and normalising them (CLAIMS.md sections 2 and 3).

The scan has three steps, each small, each in its own module:

1. `lexicon`: one compiled pattern finds number *cores* (digits with separators,
   number words, fractions, multipliers, vague magnitudes); it runs in C over the text;
   `core` reads what each core is worth;
2. `scan`: each core is *extended* outward with anchored patterns built from the data
   files: currency marks and bound words on the left, scale words, range partners, unit
   words, trailing bounds and attached rates on the right;
3. `nonclaims`: numbers that are not claims are dropped: dates, years, clock times,
   durations, calibres naming weapons, numbers inside names, ``one`` as a pronoun, ranks.

`find_figures` is a pure function over a string; the spaCy component
``nkclaims_figures`` (`component`) runs it per sentence and stores one `ClaimDraft` per
figure in ``doc._.nk_drafts``.
"""

from __future__ import annotations

from nkclaims import extensions
from nkclaims.figures.component import figures_component
from nkclaims.figures.lexicon import Lexicon, lexicon
from nkclaims.figures.scan import Figure, candidate_starts, find_figures

__all__ = ["Figure", "Lexicon", "candidate_starts", "figures_component", "find_figures", "lexicon"]

extensions.register()
