"""What a clone must hold for a user to read, cite and license it, all in step."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import tomllib

import nkclaims
from nkclaims.cli import main

ROOT = Path(__file__).resolve().parent.parent


def test_license_is_mit_as_the_metadata_says() -> None:
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License\n")
    assert "Permission is hereby granted, free of charge" in text
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert meta["license"] == {"text": "MIT"}


def test_version_comes_from_one_place(capsys: pytest.CaptureFixture[str]) -> None:
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in meta["project"]
    assert meta["project"]["dynamic"] == ["version"]
    attr = meta["tool"]["setuptools"]["dynamic"]["version"]["attr"]
    assert attr == "nkclaims._version.__version__"
    from nkclaims import _version

    assert nkclaims.__version__ == _version.__version__
    assert re.fullmatch(r"\d+\.\d+\.\d+", nkclaims.__version__)
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out == f"nkclaims {nkclaims.__version__}\n"


def test_citation_names_the_version_and_licence() -> None:
    text = (ROOT / "CITATION.cff").read_text(encoding="utf-8")
    fields = dict(
        line.split(": ", 1) for line in text.splitlines() if re.match(r"^[a-z-]+: \S", line)
    )
    assert fields["cff-version"] == "1.2.0"
    assert fields["version"] == nkclaims.__version__
    assert fields["license"] == "MIT"
    assert fields["type"] == "software"
    assert "title" in fields and "authors:" in text


def test_changelog_has_a_section_for_this_version() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    headings = re.findall(r"^## (\d+\.\d+\.\d+)", text, flags=re.M)
    assert headings[0] == nkclaims.__version__
