"""Sieve steps that read the figure's own noun phrase."""

from __future__ import annotations

from nkclaims.actors.context import DEFER, NOBODY, Figure, prev_word
from nkclaims.actors.lexicon import cue_set
from nkclaims.actors.mentions import is_place
from nkclaims.items import head_noun, is_people_noun


def _names_people(word: str) -> bool:
    return is_people_noun(word) or word in cue_set("groups")


def nationality(fig: Figure) -> str | None:
    """People of a nationality belong to that country: a party named inside an item whose
    head names people or a group of them (``North Korean soldiers``, ``three Russian
    brigades``), or that is itself a people (``10 million North Koreans``). Without an
    item, the same read right after the figure (``dozens of Russian and North Korean
    officers``: the first named, R8)."""
    d = fig.draft
    if d.item and d.item_end is not None:
        inside = fig.in_item()
        if _names_people(head_noun(d.item)) and inside:
            return str(inside[0].label_)
        if inside and inside[-1].end_char >= d.item_end:
            return str(inside[-1].label_)  # "North Koreans", "Nepalese"
    t = fig.tokens
    end = min(fig.clause_end, fig.end + 8)
    first = None
    for k in range(fig.end, end):
        if t.space[k]:
            continue
        if _names_people(t.lower[k]):
            break
        if t.lower[k] in ("of", "and", "the") or not t.text[k][:1].islower():
            continue
        return None  # another word: the people noun is not the figure's own
    else:
        return None
    for m in fig.mentions:
        if fig.end <= m.start < k:
            first = str(m.label_)
            break
    return first


def loss(fig: Figure) -> str | None:
    """Losses belong to the side that lost them: a verb of loss at most three words before
    the figure and a party on the item (``Ukraine says it destroyed 50 Russian tanks``)."""
    losses = cue_set("loss_verbs")
    t = fig.tokens
    k = fig.start - 1
    seen = 0
    found = False
    while k >= 0 and seen < 3:
        if not t.space[k]:
            if t.lower[k] in losses:
                found = True
                break
            seen += 1
        k -= 1
    if not found:
        return None
    for m in fig.in_item():
        return str(m.label_)
    return _victims_side(fig, k)


def _victims_side(fig: Figure, verb: int) -> str | None:
    """People killed or wounded by a side's weapons are not that side's: with the
    attacker as the clause's subject (``North Korean missiles fired at Ukrainian towns
    killed 24 people``), the target the sentence names (a party after ``at``, ``on``,
    ``in``, ``against``), else a party named after the verb that is none of the
    subject's; a place is no party here (soldiers fall on foreign soil)."""
    if fig.tokens.lower[verb] in cue_set("suffer_verbs"):
        return None  # "the Russians have lost 35,000 troops": the subject lost them
    subject = [m for m in fig.in_sentence if fig.clause_start <= m.start and m.end <= verb]
    if not subject or fig.speaks(subject[0]):
        return None
    attacker = str(subject[0].label_)
    targets = cue_set("target_words")
    others = [
        m
        for m in fig.in_sentence
        if str(m.label_) != attacker and not is_place(m) and not fig.speaks(m, fig.sent_end)
    ]
    for m in others:
        if prev_word(fig.tokens, m) in targets:
            return str(m.label_)
    for m in others:
        if m.start > verb and str(m.label_) not in {str(s.label_) for s in subject}:
            return str(m.label_)
    # last, the country of the place struck: "Russian strikes killed 14 people in Kharkiv"
    for m in fig.in_sentence:
        if m.start > verb and is_place(m) and str(m.label_) != attacker:
            return str(m.label_)
    return None


def hosted_people(fig: Figure) -> str | None:
    """People a party takes in, hosts or employs (``China, which had taken in up to
    100,000 workers``) are not its own: with no nationality on them (the steps before
    read that), the clause steps may not give them the host; the discourse does."""
    d = fig.draft
    if not d.item or not _names_people(head_noun(d.item)):
        return None
    t = fig.tokens
    hosts = cue_set("host_verbs")
    k = fig.start
    for _ in range(4):
        k = t.prev_index(k)
        if k < fig.clause_start:
            return None
        if t.lower[k] in hosts:
            return _guest_party(fig, k)
        if t.lower[k] == "in" and t.lower[t.prev_index(k)] in cue_set("take_in_verbs"):
            return _guest_party(fig, k)  # "had taken in", "brought in"
    return None


def _guest_party(fig: Figure, verb: int) -> str:
    """The party of hosted people: the nearest party before the verb, in the sentence or
    the one before, that is not the host (the party nearest before the verb: its subject
    or the antecedent of ``which``), not a place and not a destination; else the
    discourse decides."""
    before = [m for m in fig.in_sentence if m.end <= verb]
    hosts = {str(before[-1].label_)} if before else set()
    for m in reversed([*fig.previous_sentence, *fig.in_sentence]):
        if m.end > verb or str(m.label_) in hosts or is_place(m):
            continue
        if prev_word(fig.tokens, m) in cue_set("destination_words"):
            continue
        return str(m.label_)
    return DEFER


def item_party(fig: Figure) -> str | None:
    """A party named on an item that is not people (``Russian oil``): a weaker signal
    than the clause's subject."""
    for m in fig.in_item():
        return str(m.label_)
    return None


def people_of(fig: Figure) -> str | None:
    """People named with their country after them: ``citizens of North Korea``,
    ``troops from North Korea``, ``soldiers from the DPRK``, in the figure's item or
    right after the figure."""
    t = fig.tokens
    for m in fig.mentions:
        if not (fig.clause_start <= m.start < fig.clause_end):
            continue
        k = t.prev_index(m.start, frozenset(("the",)))
        if k < 0 or t.lower[k] not in ("of", "from"):
            continue
        j = t.prev_index(k)
        if j < 0 or not is_people_noun(t.lower[j]):
            continue
        # the people noun is the figure's own: right after it, or its item's head
        if fig.end <= j <= fig.end + 3 or (
            fig.draft.item and head_noun(fig.draft.item) == t.lower[j]
        ):
            return str(m.label_)
    return None


def _near_words(fig: Figure, n: int) -> list[str]:
    """Up to ``n`` words on each side of the figure, within its sentence."""
    t = fig.tokens
    out: list[str] = []
    k = fig.start
    for _ in range(n):
        k = t.prev_index(k)
        if k < fig.sent_start:
            break
        out.append(t.lower[k])
    k = fig.end
    for _ in range(n):
        k = t.next_index(k)
        if k >= fig.sent_end:
            break
        out.append(t.lower[k])
        k += 1
    return out


def ownerless(fig: Figure) -> str | None:
    """Things with no stated owner (R9: ships of unknown flag, member countries of a
    body) belong to the party their own noun phrase names, else to nobody. A size with
    no item counts when such a noun stands next to it (``a ship about 105 meters``,
    ``a 115m ship``)."""
    d = fig.draft
    words = cue_set("ownerless")
    if d.item:
        if head_noun(d.item) not in words:
            return None
    elif fig.draft.unit in ("count", "percent") or not any(w in words for w in _near_words(fig, 2)):
        return None
    if _part_of_noun(fig):
        return None
    for m in fig.in_item():
        return str(m.label_)
    return NOBODY


def _part_of_noun(fig: Figure) -> bool:
    """Is the figure the ``of`` complement of a noun (``two trains of 65 wagons``, ``a
    convoy of 40 trucks``)? The things then make up that noun's whole, whose owner the
    later steps find; ``of the`` and ``of these`` are partitives, not this."""
    t = fig.tokens
    k = t.prev_index(fig.start)
    if k <= fig.sent_start or t.lower[k] != "of":
        return False
    j = t.prev_index(k)
    return j >= fig.sent_start and t.text[j].isalpha() and t.text[j].islower()


def counted_parties(fig: Figure) -> str | None:
    """A count of countries or nations (``joined by 11 countries``, ``the US and another
    fifty countries``) has no owner (R9): the counted are parties themselves, so the
    clause's subject or an origin does not own them. Not when the count describes
    other people (``mercenaries from 40 countries``, ``troops of 12 nations``), and a
    party on the item still names it."""
    d = fig.draft
    nouns = cue_set("party_nouns")
    # the item's first word too: "countries in all", "countries firmly"
    if not d.item or not (head_noun(d.item) in nouns or d.item.split()[0].lower() in nouns):
        return None
    t = fig.tokens
    k = t.prev_index(fig.start)
    if k >= fig.sent_start and t.lower[k] in ("from", "of"):
        return None
    ahead = [j for j in range(fig.end, min(fig.end + 6, fig.sent_end)) if t.lower[j] in nouns]
    if ahead and ahead[0] + 1 < fig.sent_end and t.lower[ahead[0] + 1] in ("'", "’"):
        return None  # "40 different countries' fighters": the fighters are counted
    for m in fig.in_item():
        return str(m.label_)
    return NOBODY


def carrier(fig: Figure) -> str | None:
    """What a vehicle carries or pulls belongs to the party on the vehicle: a figure right
    after a participle of carrying (``a Russian train pulling more than 30 cargo
    compartments``, ``a Chinese freighter carrying 3,000 tonnes``, ``a North Korean
    vessel laden with 2,000 tonnes``) takes a nationality on the noun before it."""
    t = fig.tokens
    carry = cue_set("carry_words")
    k = t.prev_index(fig.start)
    if k > fig.sent_start and t.lower[k] == "with":
        k = t.prev_index(k)  # "laden with", "loaded with"
    if k <= fig.sent_start or t.lower[k] not in carry:
        return None
    noun = t.prev_index(k)
    if noun < fig.sent_start or not t.text[noun].islower():
        return None
    for m in fig.in_sentence:
        if noun - 3 <= m.start and m.end <= noun and not is_place(m):
            return str(m.label_)
    return None
