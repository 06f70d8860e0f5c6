"""The speaker-phrase reader (nkclaims.attribution.speaker) and the registry's naming
(nkclaims.attribution.registry, nkclaims.attribution.naming)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nkclaims.attribution import speaker
from nkclaims.attribution.naming import Namer
from nkclaims.attribution.registry import Registry, institution
from nkclaims.items import Word


def words_of(text: str) -> list[Word]:
    out, pos = [], 0
    for raw in text.replace(",", " ,").replace(".", " .").split():
        start = text.index(raw, pos)
        out.append(Word(raw, start, start + len(raw), raw.lower()))
        pos = start + len(raw)
    return out


@pytest.mark.parametrize(
    ("phrase", "cleaned"),
    [
        ("The South Korean Defense Ministry", "South Korean Defense Ministry"),
        ("the NIS's", "NIS"),
        ("“Yonhap,", "Yonhap"),
        ("Kim Jong Un’s", "Kim Jong Un"),
    ],
)
def test_clean_drops_article_and_possessive(phrase: str, cleaned: str) -> None:
    assert speaker.clean(phrase) == cleaned


@pytest.mark.parametrize(
    ("phrase", "person"),
    [
        ("South Korea's defense minister Shin Won-sik", ["Shin", "Won-sik"]),
        ("South Korean Defense Minister Shin Won-sik", ["Shin", "Won-sik"]),
        ("Rep. Wi Sung-lac", ["Wi", "Sung-lac"]),
        ("Ukrainian military expert Oleksandr Kovalenko", ["Oleksandr", "Kovalenko"]),
        ("the lawmaker", []),
        ("South Korea's military", []),
        ("President Putin", ["Putin"]),
    ],
)
def test_person_in_prefers_the_named_person(phrase: str, person: list[str]) -> None:
    assert speaker.person_in(phrase) == person


@pytest.mark.parametrize(
    ("text", "start", "skipped_to"),
    [
        ("said Monday .", 1, 2),
        ("said on Monday .", 1, 3),
        ("said last week .", 1, 3),
        ("said in a statement on Telegram .", 1, 6),
        ("said at a briefing that", 1, 4),
        ("said in an interview .", 1, 4),
        ("said Lee Seong-kweun", 1, 1),
    ],
)
def test_skip_setting(text: str, start: int, skipped_to: int) -> None:
    assert speaker.skip_setting(words_of(text), start) == skipped_to


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("whether the losses included only deaths", True),
        ("It was unclear", True),
        ("one two three four five six seven eight nine", True),
        ("South Korean Defense Ministry", False),
        ("Lee Seong-kweun", False),
    ],
)
def test_clause_like(text: str, clause: bool) -> None:
    assert speaker.clause_like(words_of(text)) is clause


@pytest.mark.parametrize(
    ("phrase", "canonical"),
    [
        ("Russia's defense ministry", "Russian Defense Ministry"),
        ("the Defense Ministry of Russia", "Russian Defense Ministry"),
        ("Russia’s Ministry of Defense", "Russian Defense Ministry"),
        ("Ukraine's military", "Ukrainian military"),
        ("Seoul's unification ministry", "South Korean Unification Ministry"),
        ("China's foreign ministry", "Chinese Foreign Ministry"),
        ("the Foreign Ministry", None),
    ],
)
def test_institution_canonical_form(phrase: str, canonical: str | None) -> None:
    assert institution(phrase) == canonical


@pytest.mark.parametrize(
    ("phrase", "name", "kind"),
    [
        ("the NIS", "National Intelligence Service", "org"),
        ("South Korea's spy agency", "National Intelligence Service", "org"),
        ("KCNA", "Korean Central News Agency", "org"),
        ("the U.N. sanctions monitors", "UN Panel of Experts", "org"),
        ("Seoul", "South Korea", "party"),
        ("Donald Trump", "Donald Trump", "person"),
        ("Putin", "Putin", "person"),
        ("NIS Director Cho Tae-yong", "Cho Tae-yong", "person"),
        ("Reports", "reports", "phrase"),
        ("FEC records", "FEC", "org"),
        ("the Korea Development Institute", "Korea Development Institute", "org"),
    ],
)
def test_resolve_names_canonically(phrase: str, name: str, kind: str) -> None:
    ent = Namer("").resolve(phrase, 0)
    assert ent is not None
    assert (ent.name, ent.kind) == (name, kind)


def test_role_and_pronoun_references_resolve_to_the_latest_entity() -> None:
    namer = Namer("")
    first = namer.resolve("Russia's defense ministry", 0)
    later = namer.resolve("the Foreign Ministry of Russia", 10)
    assert first is not None and later is not None
    assert namer.resolve("the ministry", 20) is later
    person = namer.resolve("Rep. Wi Sung-lac", 30)
    assert person is not None
    namer.registry.note(person)
    assert namer.resolve("he", 40) is person
    assert namer.resolve("the lawmaker", 50) is person
    assert namer.resolve("Wi", 60) is person


@given(
    st.lists(
        st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=3, max_size=8),
        min_size=1,
        max_size=50,
        unique=True,
    )
)
def test_with_role_is_the_latest_entity_with_that_role(names: list[str]) -> None:
    reg = Registry()
    ents = []
    for k, name in enumerate(names):
        ent = reg.add(name, "person", k)
        reg.add_roles(ent, {"analyst"})
        ents.append(ent)
    assert reg.with_role("analyst") is ents[-1]
    reg.touch(ents[0], len(names) + 1)
    assert reg.with_role("analyst") is ents[0]
