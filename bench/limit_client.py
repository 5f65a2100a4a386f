"""The header-fetch limit as a process of its own, so that its peak memory can be read.

python bench/limit_client.py PORT USER FOLDER...   (the password in the environment,
                                                    as for watcher: PASSWORD_ENV)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from imapclient import IMAPClient

from bench.measure import measure_limit
from bench.watcher_runs import PASSWORD_ENV


def main() -> int:
    port, user, *folders = sys.argv[1:]
    password = os.environ[PASSWORD_ENV]

    def connect() -> IMAPClient:
        client = IMAPClient("127.0.0.1", port=int(port), ssl=False, timeout=300)
        client.login(user, password)
        return client

    measure_limit(connect, folders)
    return 0


if __name__ == "__main__":
    sys.exit(main())
