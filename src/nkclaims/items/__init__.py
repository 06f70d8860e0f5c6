"""What a figure counts, measures or pays: the item (CLAIMS.md section 1), and a rate's ``per``
when the text gives it outside the figure's span.

Without a tagger, a noun phrase is a run of words that are not in the stop list of
``items.json``. The rules, by the kind of figure:

- counts: the phrase right after the figure (``10,000 containers``), keeping an
  ``of`` phrase after a counting noun (``3 million rounds of artillery shells``),
  modifiers joined by ``and`` (``artillery and rocket shells``) and people named by
  a participle (``4,100 wounded``); a partitive names the whole (``About 3,000 of the
  11,000 troops``, ``600 of them deaths``); an empty one (``another 1,000 to Qatar``)
  takes the item of the sentence's previous count;
- measures and vague magnitudes: the phrase after ``of`` (``700,000 tons of rice``,
  ``thousands of soldiers``), a compound adjective's noun (``eight-day tours``,
  ``115m ship``), the noun a dimension describes (``a ship 105 meters long``), the
  dimension named before (``a speed of 5km``);
- money, shares and multipliers: ``of`` after the figure (``$10 billion of North
  Korean debt``), a share noun (``a 70% stake``), ``$2 billion in aid``, else the noun
  it is linked to before it: ``monthly wage of $2,000``, ``crude petroleum worth $2
  billion``, ``cars ($894 million)``, ``Iron $602 million``, or the clause subject
  across a linking verb (``Their average wage is thought to be about $800``). A rate or
  share noun (``an annual rate of 39.5 percent``) defers to the clause subject
  (``South Korean exports``).
- any kind, when nothing above names it: the subject of a verb of change or amount
  (``exports jumped nearly 32 percent``, ``trade came to just $34 million``, ``the
  number of wounded is approaching 1,000``), the object of a placing verb (``put the
  casualties at several hundred``), or the sentence's previous item for a comparison,
  a further amount or a conversion (``31.9 percent more``, ``against $56 million``,
  ``another $8 million``, ``(344 feet)``). A subject that points back (``the figure``)
  or names an action (``the decision to send ...``) gives no item.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from nkclaims import extensions
from nkclaims.extensions import drafts_of, text_of
from nkclaims.items.finder import ItemFinder, kind_of
from nkclaims.items.words import (
    Word,
    head_noun,
    is_people_noun,
    is_stop_word,
    item_words,
    sentence_words,
)

__all__ = [
    "ItemFinder",
    "Word",
    "head_noun",
    "is_people_noun",
    "is_stop_word",
    "item_words",
    "items_component",
    "sentence_words",
]


@Language.component("nkclaims_items")
def items_component(doc: Doc) -> Doc:
    """Fill ``item`` (and ``per`` when the rate sits outside the span) for every figure."""
    text = text_of(doc)
    sentences = doc._.nk_sentences or [(0, len(text))]
    finders: dict[int, ItemFinder] = {}
    last_item: dict[tuple[int, str], tuple[str, int, int]] = {}
    previous: tuple[int, tuple[str, int, int]] | None = None  # (sentence, item)
    drafts = drafts_of(doc)
    for k, d in enumerate(drafts):
        s, e = sentences[d.sentence_index]
        finder = finders.get(d.sentence_index)
        if finder is None:
            finder = finders[d.sentence_index] = ItemFinder(text, sentence_words(doc, s, e))
        before = previous[1] if previous is not None and previous[0] == d.sentence_index else None
        found = finder.item_for(d, before)
        kind = kind_of(d)
        # Ellipsis: "700 engineering troops ... and another 1,000 to Qatar", "about 1 million
        # tons short" after "4 million tons of grains": the sentence's last item of that unit.
        key = (d.sentence_index, d.unit)
        if found is None and kind in ("count", "vague", "measure"):
            found = last_item.get(key)
        if found is not None:
            d.item, d.item_start, d.item_end = found
            if kind in ("count", "vague", "measure"):
                last_item[key] = found
            previous = (d.sentence_index, found)
        if d.per is None:
            prev_end = s
            if k > 0 and drafts[k - 1].sentence_index == d.sentence_index:
                prev_end = drafts[k - 1].end
            next_start = e
            if k + 1 < len(drafts) and drafts[k + 1].sentence_index == d.sentence_index:
                next_start = drafts[k + 1].start
            d.per = finder.per_for(d, d.item_end, prev_end, next_start)
    return doc


extensions.register()
