"""The speaker-phrase reader every cue shares.

A cue (``said``, ``according to``, ``a report by``) marks where a speaker phrase
starts or ends; the reader grows the phrase from there over determiners, capitalised
words, possessives, titles and role nouns, and cleans it:

- `before` reads the phrase ending right before a cue (``The NIS said``, ``Kim, an
  economics professor, said``); `after` the phrase starting after it (``according to
  South Korean intelligence and military officials``, ``said Lee Seong-kweun``);
- `skip_setting` steps over time and setting words between a cue and an inverted
  speaker or the end of its clause (``said Monday``, ``in a statement``, ``told
  reporters at a briefing on Telegram``);
- `clean` drops surrounding punctuation, a leading article and a trailing ``'s``;
- `person_in` prefers the person named inside a titled phrase (``South Korea's defense
  minister Shin Won-sik`` -> ``Shin Won-sik``);
- `clause_like` rejects candidates that read as a clause (``whether the losses
  included``) or run longer than the lexicon's bound.
"""

from __future__ import annotations

import re
from functools import cache

from nkclaims.actors import canonical_actor, leaders
from nkclaims.attribution.lexicon import lexicon
from nkclaims.items import Word
from nkclaims.resources import load_json, word_set

BREAK_PUNCT = word_set("break_punctuation")
RELATIVE = word_set("relative_words")
ADVERBS_BEFORE_CUE = word_set("adverbs_before_cue")
DETERMINERS = tuple(
    form
    for w in load_json("grammar.json")["determiners"]
    for form in (f"{w} ", f"{w.capitalize()} ")
)
_AFTER_STOPS = frozenset(
    (
        "in",
        "on",
        "with",
        "after",
        "before",
        "as",
        "last",
        "this",
        "earlier",
        "later",
        "when",
        "while",
        "since",
        "during",
        "at",
        "to",
        "that",
        "than",
        "if",
        "whether",
        "because",
    )
)
_BEFORE_STOPS = frozenset(
    (
        "and",
        "but",
        "while",
        "if",
        "with",
        "namely",
        "because",
        "since",
        "although",
        "whether",
        "when",
        "as",
        "citing",
        "quoting",
        "according",
    )
)
_NOUN_MARKERS = frozenset(("the", "a", "an", "its", "their", "his", "her", "this", "that", "new"))
_JOINERS = frozenset(("’s", "'s", "the", "a", "an", "of", "for", "by"))
_POSSESSIVE = ("’s", "'s")
_NAME_TOKEN = re.compile(r"[A-Z][a-zA-Z’'-]*\.?$")
MAX_AFTER = 12
_CAPITAL_FUNCTION_WORDS = frozenset(
    ("The", "A", "An", "This", "That", "These", "Those", "Its", "Their", "His", "Her", "Our")
)


def after(words: list[Word], k: int) -> int:
    """End (exclusive) of the speaker phrase starting at word ``k``: up to punctuation, a
    clause word or a verb of speech; ``and`` joins (intelligence and military officials)."""
    lex = lexicon()
    n = len(words)
    j = k
    while j < n and j - k < MAX_AFTER:
        w = words[j]
        if j > k and (c := complement_at(words, j)):
            j += c  # "people familiar with the matter"
            continue
        if w.text in BREAK_PUNCT or w.lower in RELATIVE or w.lower in _AFTER_STOPS:
            break
        if (
            j > k
            and w.lower in lex.verbs
            and w.text.islower()
            and words[j - 1].lower not in _NOUN_MARKERS
            and not (j + 1 >= n or words[j + 1].text in BREAK_PUNCT)
        ):
            break  # a verb ends the phrase, but "the report", "its estimate" are nouns
        if j > k and w.text in lex.time_words and w.text[:1].isupper() and w.lower != "this":
            break  # "according to the NIS Monday"
        j += 1
    return j


def before(words: list[Word], i: int) -> tuple[int, int] | None:
    """The speaker phrase right before a cue at word ``i`` (its subject), skipping an
    appositive between commas or a parenthesis (``Kim, an economics professor, said``)."""
    lex = lexicon()
    j = i - 1
    while j >= 0 and words[j].lower in ADVERBS_BEFORE_CUE:
        j -= 1
    j = _skip_time_back(words, j)
    if j < 0:
        return None
    if words[j].text == ")":
        j = _before_parenthesis(words, j, 25)
    elif words[j].text == ",":
        k = j - 1
        while k >= 0 and words[k].text not in (",", "“", "”", '"') and j - k < 25:
            k -= 1
        if k >= 0 and words[k].text == ",":
            if 1 <= j - k - 1 <= 4 and is_name(" ".join(w.text for w in words[k + 1 : j])):
                return (k + 1, j)  # "A spokesperson for the agency, Andriy Yusov, said"
            j = k - 1
            if j >= 0 and words[j].text == ")":
                j = _before_parenthesis(words, j)  # "the ... (ISW), a think tank, said"
        else:
            return None
    if j >= 0 and words[j].lower in ("who", "which"):
        j -= 1
        if j >= 0 and words[j].text == ",":
            j -= 1  # "Sergei Shoigu, who spoke of 5,000 workers"
        if j >= 0 and words[j].text == ")":
            j = _before_parenthesis(words, j)  # "the ... (ISW), which estimates"
    if j < 0:
        return None
    end = j + 1
    j -= complement_before(words, j)  # "Officials familiar with the matter said"
    k = j
    placed = False  # a place after the role noun was read: "a lawmaker in Seoul"
    while k >= 0 and (
        j - k < lex.max_speaker_words
        or (j - k < _MAX_NAME_WORDS and _formal_name(words[k + 1 : j + 1]))
    ):
        w = words[k]
        if w.lower == "and" and 0 < k < j and words[k - 1].text[:1].isupper():
            k -= 1  # "South Korean and Ukrainian officials"
            continue
        if w.text[:1].isdigit() and k < j and words[k + 1].text[:1].isupper():
            k -= 1  # "38 North"
            continue
        if (
            w.lower in ("in", "from")
            and k > 0
            and (words[k - 1].lower in lex.role_nouns or words[k - 1].lower in lex.generic)
            and all(x.text[:1].isupper() or x.lower == "the" for x in words[k + 1 : j + 1])
        ):
            k -= 1  # "a lawmaker in Seoul", "the Russian embassy in Pyongyang"
            placed = True
            continue
        if w.text in BREAK_PUNCT or w.lower in RELATIVE or w.lower in _BEFORE_STOPS:
            break
        if w.lower in ("said", "says"):
            break
        if (
            w.lower in lex.verbs
            and w.text.islower()
            and k < j
            and f"{w.lower} {words[k + 1].lower}" not in lex.roles
        ):
            break  # a verb ends the phrase, but "think tank" is a role
        if (
            not placed
            and not w.text[:1].isupper()
            and w.lower not in _JOINERS
            and not _inside_name(words, k)
            and not _joins_formal_name(words, k)
            and w.lower not in RANK_WORDS
            and any(x.text[:1].isupper() for x in words[k + 1 : j + 1])
        ):
            break  # a lower-case word before a name ends it: "researcher Cho Han-beom"
        k -= 1
    start = k + 1
    by = start if start < end and words[start].lower in ("by", "with") else start - 1
    if (
        by >= 2
        and words[by].lower in ("by", "with")
        and words[by - 1].lower in SEEN_VERBS
        and words[by - 2].lower in lex.communication_nouns
    ):
        # "A UN report seen by AFP said": the whole phrase, so its owner can be read
        inner = before(words, by - 1)
        if inner is not None:
            return (inner[0], end)
    while start < end and words[start].lower in ("of", "for", "by", "on", "in"):
        start += 1
    return (start, end) if start < end else None


# Shared with the cue recognizers and naming: verbs of access to evidence ("a UN report
# seen by AFP"), rank words of an unnamed source, joiners inside a formal name.
SEEN_VERBS = frozenset(("seen", "obtained", "reviewed", "viewed", "examined", "acquired", "shared"))
RANK_WORDS = frozenset(("senior", "top", "high-ranking", "junior", "former", "unnamed"))
_MAX_NAME_WORDS = 12  # "the Main Intelligence Directorate of the Ministry of Defense of Ukraine"
NAME_JOINERS = frozenset(("of", "the", "for", "and"))


def _formal_name(run: list[Word]) -> bool:
    """Is the run a formal name of capitalised words and joiners (longer than a speaker
    phrase may otherwise run)?"""
    return all(w.text[:1].isupper() or w.lower in NAME_JOINERS for w in run)


@cache
def _complements() -> tuple[tuple[str, ...], ...]:
    """``familiar with the matter`` and the like, as word tuples, longest first."""
    found = load_json("speakers.json")["source_complements"]
    return tuple(sorted((tuple(c.lower().split()) for c in found), key=len, reverse=True))


def complement_at(words: list[Word], j: int) -> int:
    """Length in words of a source complement starting at word ``j`` (0 if none)."""
    for c in _complements():
        if tuple(w.lower for w in words[j : j + len(c)]) == c:
            return len(c)
    return 0


def complement_before(words: list[Word], j: int) -> int:
    """Length in words of a source complement ending at word ``j`` (0 if none)."""
    for c in _complements():
        a = j - len(c) + 1
        if a > 0 and tuple(w.lower for w in words[a : j + 1]) == c:
            return len(c)
    return 0


def split_complement(phrase: str) -> tuple[str, str]:
    """``people familiar with the matter`` -> (``people``, ``familiar with the matter``)."""
    low = phrase.lower()
    for c in _complements():
        tail = " ".join(c)
        if low.endswith(" " + tail):
            return phrase[: -len(tail) - 1], phrase[-len(tail) :]
    return phrase, ""


_PUBLISHED = frozenset(("released", "published", "issued", "conducted", "carried", "aired"))


def _skip_time_back(words: list[Word], j: int) -> int:
    """Step back over a time between a subject and its cue: ``The Pentagon on Monday
    said``, ``a poll released Friday shows``, ``the ministry last week said``; a weekday
    is never the speaker."""
    lex = lexicon()
    k = j
    while k > 0 and words[k].text in lex.time_words and words[k].lower not in ("this", "that"):
        if words[k].text[:1].islower() and words[k].lower not in lex.time_words:
            break
        k -= 1
    if k == j:
        return j
    if words[k].lower in lex.setting_prepositions and k > 0:
        k -= 1  # "on Monday", "in March"
    if words[k].lower in _PUBLISHED and k > 0:
        k -= 1  # "a poll released Friday"
    return k if k >= 0 and (words[k].text[:1].isalpha()) else j


def _before_parenthesis(words: list[Word], j: int, limit: int = 10) -> int:
    """Index of the word before the ``(`` that opens the parenthesis closing at ``j``,
    looking back at most ``limit`` words."""
    k = j
    while k >= 0 and words[k].text != "(" and j - k < limit:
        k -= 1
    return k - 1


def _joins_formal_name(words: list[Word], k: int) -> bool:
    """Is word ``k`` a joiner inside a formal name (``for`` and ``the`` in ``the Institute
    for the Study of War``)?"""
    if words[k].lower not in NAME_JOINERS or k == 0 or k + 1 >= len(words):
        return False
    before, after = words[k - 1], words[k + 1]
    return (before.text[:1].isupper() or before.lower in NAME_JOINERS) and (
        after.text[:1].isupper() or after.lower in NAME_JOINERS
    )


def _inside_name(words: list[Word], k: int) -> bool:
    return (
        k > 0 and words[k - 1].text[:1].isupper() and words[k + 1].text[:1].isupper()
        if k + 1 < len(words)
        else False
    )


def skip_setting(words: list[Word], j: int, limit: int = 12) -> int:
    """Index of the first word at or after ``j`` that is not a time or setting word
    (``Monday``, ``on Monday``, ``last week``, ``in a statement``, ``at a briefing``,
    ``on Telegram``, ``to reporters``). Looks at most ``limit`` words ahead."""
    lex = lexicon()
    n = len(words)
    stop = min(n, j + limit)
    after_setting = False  # a setting noun was just read: its complement may follow
    while j < stop:
        w = words[j]
        if w.text in lex.time_words and (w.text[:1].isupper() or w.lower in lex.time_words):
            j += 1
            continue
        if w.text.isdigit() and j > 0 and words[j - 1].text in lex.time_words:
            j += 1  # "on January 16", "in March 2024"
            continue
        if w.lower in lex.setting_prepositions and j + 1 < stop:
            nxt = words[j + 1]
            if nxt.text in lex.time_words and nxt.text[:1].isupper():
                j += 2  # "on Monday", "on January 16"
                continue
        if w.text == "(":
            k = _paren_end(words, j)
            if k is not None:
                j = k + 1  # "said on Wednesday (Apr 30)", "told the Associated Press (AP)"
                continue
        if w.lower in lex.setting_prepositions:
            k = j + 1
            while k < stop and k - j <= 4 and words[k].text not in BREAK_PUNCT:
                if _setting_noun(words[k]):
                    break
                k += 1
            if k < stop and words[k].text not in BREAK_PUNCT and _setting_noun(words[k]):
                while k + 1 < stop and _setting_noun(words[k + 1]):
                    k += 1  # "in a Facebook statement", "on state television"
                j = k + 1
                after_setting = True
                continue
        if after_setting and w.lower in _SETTING_COMPLEMENTS:
            k = _capitalised_phrase_end(words, j + 1, stop)
            if k > j + 1:
                j = k  # "in an interview with the Kyodo News agency"
                continue
        if after_setting and w.lower in lex.verbs | _PARTICIPLES and w.text.islower():
            j += 1  # "in a report released Thursday", "in an interview carried ..."
            continue
        return j
    return j


_SETTING_COMPLEMENTS = frozenset(("with", "to", "by", "for", "from", "of"))
_PARTICIPLES = frozenset(("released", "published", "carried", "aired", "broadcast", "issued"))


def _paren_end(words: list[Word], j: int) -> int | None:
    """Index of the ``)`` closing a short parenthesis opened at ``j``."""
    for k in range(j + 1, min(len(words), j + 8)):
        if words[k].text == ")":
            return k
        if words[k].text in (".", ";", "(", "“", '"'):
            return None
    return None


def _capitalised_phrase_end(words: list[Word], k: int, stop: int) -> int:
    """End of a short named phrase at ``k`` (``the Kyodo News agency``, ``Polish media``)."""
    j = k
    if j < stop and words[j].lower in ("the", "a", "an"):
        j += 1
    named = j
    lex = lexicon()
    while (
        j < stop
        and j - k < 6
        and words[j].text not in BREAK_PUNCT
        and (words[j].text[:1].isupper() or words[j].lower not in lex.verbs | RELATIVE)
        and words[j].lower not in _AFTER_STOPS
    ):
        j += 1  # "the Kyodo News agency", "Polish media outlets", "the spy agency"
    return j if j > named else k


def _setting_noun(w: Word) -> bool:
    lex = lexicon()
    return (
        w.text in lex.setting_nouns
        or w.lower in lex.setting_nouns
        or w.lower in lex.communication_nouns
    )


def clean(phrase: str) -> str:
    """The phrase without surrounding punctuation, a leading article or a trailing ``'s``."""
    phrase = phrase.strip(" ,.;:“”\"'’‘()")
    for det in DETERMINERS:
        if phrase.startswith(det):
            phrase = phrase[len(det) :]
            break
    for pos in _POSSESSIVE:
        if phrase.endswith(pos):
            phrase = phrase[: -len(pos)].rstrip()
    return phrase


def clause_like(words: list[Word]) -> bool:
    """Does a candidate read as a clause rather than a speaker? (``whether the losses
    included``, ``It was unclear``, more than the lexicon's bound of words)."""
    lex = lexicon()
    if not words:
        return True
    if len(words) > lex.max_speaker_words:
        named = words[1:] if words[0].lower in ("the", "a", "an") else words
        if len(words) > _MAX_NAME_WORDS or not _formal_name(named):
            return True
    return any(w.lower in lex.clause_words for w in words)


def person_in(phrase: str) -> list[str]:
    """The person's name at the end of a phrase, titles and nationality words removed
    (``South Korean Defense Minister Shin Won-sik`` -> ``Shin Won-sik``); [] if none."""
    lex = lexicon()
    tokens = re.findall(r"[A-Z][\w.’'-]*|[a-z][\w.’'-]*|\S", phrase)
    run: list[str] = []
    for tok in reversed(tokens):
        if tok in _CAPITAL_FUNCTION_WORDS:
            break
        if tok[:1].isupper() and tok not in lex.titles and tok not in _POSSESSIVE:
            if tok.endswith(_POSSESSIVE):
                return []  # an owner, not the speaker: "South Korea's military"
            run.append(tok)
        elif run or (tok[:1].islower() and tok not in lex.titles):
            break  # the name must end the phrase
    run.reverse()
    changed = True
    while run and changed:
        changed = False
        while run and (run[0] in lex.titles or _party_word(run[0])):
            run = run[1:]
            changed = True
        if len(run) >= 2 and _party_word(" ".join(run[:2])):
            run = run[2:]
            changed = True
    if not run or any(not _NAME_TOKEN.match(t) for t in run):
        return []
    return run


def _party_word(words: str) -> bool:
    """A country, capital or demonym, not a leader's name (``President Putin``)."""
    return canonical_actor(words) is not None and words not in leaders()


def is_name(phrase: str) -> bool:
    """Is the phrase a person's name (capitalised words, at most one title)?"""
    words = phrase.split()
    return bool(words) and len(words) <= 5 and all(_NAME_TOKEN.match(w) for w in words)


def role_phrase(phrase: str) -> bool:
    """Does the phrase end in a role noun (``a senior official``, ``the lawmaker``)?"""
    words = phrase.split()
    return bool(words) and words[-1].lower() in lexicon().role_nouns


_ADJECTIVE_ENDINGS = ("ed", "ern", "al", "ive", "ous", "ent", "ic", "ary", "ible", "able")


def adjective_like(word: str) -> bool:
    """A capitalised word that reads as an adjective opening a sentence (``Unconfirmed``,
    ``Western``, ``Official``), not a name, unless it names a party (``Ukrainian``)."""
    return (
        word[:1].isupper()
        and word[1:].islower()
        and word.lower().endswith(_ADJECTIVE_ENDINGS)
        and canonical_actor(word) is None
    )
