"""The claims ledger: claims grouped by the quantity they state, with who says how many, when.

>>> from nkclaims import Claim, ledger
>>> nis = dict(doc_id="a", text="about 3,000", start=0, end=11, sentence_index=0, sentence="",
...            value=3000, qualifier="approximately", unit="count", item="North Korean troops",
...            actor="North Korea", source="National Intelligence Service",
...            published="2024-12-19")
>>> hur = dict(nis, doc_id="b", text="12,000", end=6, value=12000, qualifier="exact",
...            item="soldiers", source="Main Intelligence Directorate", published="2024-12-23")
>>> a, b = Claim(**nis), Claim(**hur)
>>> group = ledger([a, b]).groups[0]
>>> (group.item, group.status, group.sources)
('troops', 'disagree', ['National Intelligence Service', 'Main Intelligence Directorate'])
>>> group.note
'National Intelligence Service: about 3,000 (2024-12-19) vs Main Intelligence Directorate: 12,000 (2024-12-23)'

Keys and periods: `nkclaims.ledger.grouping`; statuses and tolerance:
`nkclaims.ledger.status`; plots (matplotlib, ``pip install nkclaims[plot]``):
`nkclaims.ledger.plot`.
"""

from nkclaims.ledger.grouping import WINDOW_DAYS, item_head
from nkclaims.ledger.models import Group, Ledger, ledger
from nkclaims.ledger.status import Status

__all__ = ["WINDOW_DAYS", "Group", "Ledger", "Status", "item_head", "ledger"]
