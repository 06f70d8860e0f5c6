"""nkclaims: every figure in news about North Korea-Russia cooperation as a typed claim.

>>> import nkclaims
>>> claims = nkclaims.extract("About 4,000 North Korean workers are in Russia, according to the NIS.")
>>> c = claims[0]
>>> (c.text, c.value, c.unit, c.item, c.actor, c.source)
('About 4,000', 4000.0, 'count', 'North Korean workers', 'North Korea', 'National Intelligence Service')
"""

from nkclaims._version import __version__
from nkclaims.api import (
    AmbiguousDateError,
    InputTooLongError,
    extract,
    extract_many,
    process,
    read_published,
)
from nkclaims.inputs import ExtractionError
from nkclaims.ledger import Group, Ledger, ledger
from nkclaims.models import Claim, Qualifier
from nkclaims.results import Claims, DocumentError, read_csv, read_jsonl, to_frame

__all__ = [
    "AmbiguousDateError",
    "Claim",
    "Claims",
    "DocumentError",
    "ExtractionError",
    "Group",
    "InputTooLongError",
    "Ledger",
    "Qualifier",
    "__version__",
    "extract",
    "extract_many",
    "ledger",
    "process",
    "read_csv",
    "read_jsonl",
    "read_published",
    "to_frame",
]
