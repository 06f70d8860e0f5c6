"""The one place the version lives: ``nkclaims.__version__``, ``nkclaims --version``,
the package metadata (``pyproject.toml`` reads it from here) and ``CITATION.cff``
(a test keeps that file in step)."""

__version__ = "0.2.0"
