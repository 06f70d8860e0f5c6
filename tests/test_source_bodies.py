"""Sources that are bodies, their offices and their informants (CLAIMS.md section 5, R13,
R16): a speaking office is its body, an outlet's unnamed source keeps its phrase, a formal
name longer than a speaker phrase is read whole."""

from __future__ import annotations

import pytest

from .attribution_helpers import attribution

TABLE = [
    # a press service speaks for the body that owns it
    (
        "The ministry's press service told TASS that 3,000 tourists visited.",
        "3,000",
        ("ministry", "told"),
    ),
    (
        "According to the Russian Foreign Ministry's press service, 1,500 tourists visited.",
        "1,500",
        ("Russian Foreign Ministry", "According to"),
    ),
    # an outlet's informant is an unnamed source with its own phrase
    (
        "A Daily NK source in Russia said 3,000 workers left.",
        "3,000",
        ("Daily NK source in Russia", "said"),
    ),
    (
        "RFA's sources reported that about 2,000 workers left.",
        "about 2,000",
        ("RFA's sources", "reported"),
    ),
    # a formal name of nine words, before a relative "which said"
    (
        "This was reported by the Main Intelligence Directorate of the Ministry of Defense of"
        " Ukraine, which said 3,000 troops arrived.",
        "3,000",
        ("Main Intelligence Directorate", "said"),
    ),
    (
        "The UN Security Council's panel of experts said 3,000 workers remain.",
        "3,000",
        ("UN Panel of Experts", "said"),
    ),
    # a country's customs data are its customs service's, however written
    (
        "Russian customs data showed exports of 67,300 barrels.",
        "67,300 barrels",
        ("Russian customs service", "showed"),
    ),
    (
        "Data from Russia's customs service showed exports of $3 million.",
        "$3 million",
        ("Russian customs service", "showed"),
    ),
    # an owner joined by "of" before a possessive is read whole
    (
        "The Bank of Korea's estimate put growth at 3.1%.",
        "3.1%",
        ("Bank of Korea", "estimate"),
    ),
    # a possessive owner in lower case is the owner: the panel named before
    (
        "The UN Panel of Experts met in May. The panel's report said 3,000 workers remain.",
        "3,000",
        ("UN Panel of Experts", "said"),
    ),
    # evidence seen by an outlet is its owner's when it has one, else the outlet's
    ("A UN report seen by AFP said 3,000 workers remain.", "3,000", ("United Nations", "said")),
    (
        "According to documents seen by Reuters, 40 tankers docked.",
        "40",
        ("Reuters", "According to"),
    ),
    # an office of a body, either way round, and media by their country
    (
        "The press service of the Russian Foreign Ministry said 1,500 tourists visited.",
        "1,500",
        ("Russian Foreign Ministry", "said"),
    ),
    (
        "According to Russian media reports, 3,000 troops arrived.",
        "3,000",
        ("Russian media", "According to"),
    ),
    # a formal name with lower-case joiners, before a parenthesis and "which"
    (
        "This is stated in a report by the Institute for the Study of War (ISW), which"
        " estimates that 3,000 troops arrived.",
        "3,000",
        ("Institute for the Study of War", "estimates"),
    ),
    # a person named in apposition to the role after "according to"
    (
        "According to the head of the HUR, Kyrylo Budanov, 3,000 troops arrived.",
        "3,000",
        ("Kyrylo Budanov", "According to"),
    ),
    ("As noted by the agency, 3,000 troops arrived.", "3,000", ("agency", "As noted by")),
    # "As X noted," opening a sentence covers the clause after its comma
    ("As Budanov noted, 3,000 troops arrived.", "3,000", ("Budanov", "noted")),
    (
        "As the NIS reported earlier, about 1,500 soldiers had landed.",
        "about 1,500",
        ("National Intelligence Service", "reported"),
    ),
    # "X reported, citing Y, that ...": Y, over what follows "that"
    (
        "TASS reported, citing the ministry, that 3,000 tourists visited.",
        "3,000",
        ("ministry", "citing"),
    ),
]


@pytest.mark.parametrize(("text", "figure", "expected"), TABLE)
def test_source_body(text: str, figure: str, expected: tuple[str, str]) -> None:
    assert attribution(text, figure) == expected
