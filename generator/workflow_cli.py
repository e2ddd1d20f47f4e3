"""Subcommands of the regeneration workflow (config targets, check, diff, upstream)."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any) -> None:
    """Add the workflow subcommands to the `oasgen` parser."""
    del sub  # no workflow commands yet
