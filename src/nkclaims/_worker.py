"""``python -m nkclaims._worker``: one spawned worker of ``extract_many``.

Jobs arrive on standard input and replies leave on the original standard output (see
`nkclaims.parallel`); anything printed while working goes to standard error instead,
so it can never corrupt a reply. The caller's ``__main__`` is never imported.
"""

from __future__ import annotations

import os
import signal

from nkclaims.parallel import serve


def main() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and closes us
    replies = os.fdopen(os.dup(1), "wb")
    jobs = os.fdopen(os.dup(0), "rb")
    os.dup2(2, 1)
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.close(devnull)
    with jobs, replies:
        serve(jobs, replies)


if __name__ == "__main__":
    main()
