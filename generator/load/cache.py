"""Where oasgen keeps results worth reusing (validation findings)."""

from __future__ import annotations

import os
from pathlib import Path


def cache_root() -> Path | None:
    """`$OASGEN_CACHE_DIR`, else `$XDG_CACHE_HOME/oasgen` or `~/.cache/oasgen`; None when `OASGEN_NO_CACHE` is set."""
    if os.environ.get("OASGEN_NO_CACHE"):
        return None
    base = os.environ.get("OASGEN_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"),
        "oasgen",
    )
    return Path(base)
