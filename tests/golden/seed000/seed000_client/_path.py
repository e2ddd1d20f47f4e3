"""Path parameters: every value percent-encoded, so an id can never change the path."""

from __future__ import annotations

from urllib.parse import quote

__all__ = ["path_param"]


def path_param(name: str, value: object) -> str:
    """`value` as one path segment; `/`, `?`, `#`, `..` and friends are encoded."""
    if isinstance(value, bool):
        text = "true" if value else "false"
    else:
        text = str(value)
    if text == "":
        raise ValueError(f"path parameter {name!r} must not be empty")
    encoded = quote(text, safe="")
    if encoded in (".", ".."):
        encoded = encoded.replace(".", "%2E")
    return encoded
