"""Spec prose made fit for an editor: absolute links and deprecation reasons.

Descriptions are written for the vendor's web site, where `[thread](/docs/api-reference/threads)`
resolves; in a docstring, on PyPI or in api.md it leads nowhere. With the target's docs base URL
every root-relative link in every description of the IR becomes absolute, once, so each emitter
writes the same text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from generator.ir import Api

#: `[text](/path)`, `[ref]: /path` and `href="/path"`: the link forms of markdown and HTML.
_LINK = re.compile(
    r"(?P<head>\]\(\s*<?|^\s*\[[^\]\n]+\]:\s*<?|\bhref=[\"'])(?P<path>/(?!/)[^\s)\"'>]*)",
    re.MULTILINE,
)

#: Extension keys vendors use for the reason an operation or property is deprecated.
_REASON_KEYS = (
    "x-deprecation-reason", "x-deprecated-reason", "x-deprecation-message", "x-deprecated-message",
    "x-deprecation", "x-deprecated",
)  # fmt: skip

_SENTENCE = re.compile(
    r"[^.!?\n]*\bdeprecated\b[^\n]*?(?:[.!?](?=\s|$)|$)", re.IGNORECASE | re.MULTILINE
)


def absolute_links(text: str, base: str) -> str:
    """`text` with its root-relative links (`/docs/...`) joined to `base` (`https://host`)."""
    root = base.rstrip("/")
    return _LINK.sub(lambda m: m.group("head") + root + m.group("path"), text)


def deprecation_reason(node: Any, description: str | None) -> str | None:
    """Why something is deprecated, in the spec's words: a vendor extension holding the
    reason, else the first sentence of its description that says "deprecated"."""
    if isinstance(node, dict):
        for key in _REASON_KEYS:
            value = node.get(key)
            if isinstance(value, str) and value.strip():
                return " ".join(value.split())
    if description:
        found = _SENTENCE.search(description)
        if found:
            sentence = " ".join(found.group(0).replace("**", "").split()).strip(" *_")
            if len(sentence) <= 300:
                return sentence
    return None


def _texts(api: Api) -> Iterator[tuple[Any, str]]:
    """(object, attribute) of every piece of prose the IR holds."""
    yield api, "description"
    for s in api.security_schemes:
        yield s, "description"
    for t in api.types:
        yield t, "description"
        for f in t.fields:
            yield f, "description"
    for op in api.operations:
        yield op, "summary"
        yield op, "description"
        yield op, "deprecation"
        for p in op.parameters:
            yield p, "description"
        for b in op.request_bodies:
            yield b, "description"
        for r in op.responses:
            yield r, "description"
        for a in op.arguments:
            yield a, "description"
    for hook in [*api.webhooks, *api.callbacks]:
        yield hook, "summary"
        yield hook, "description"
        if hook.payload is not None:
            yield hook.payload, "description"
        for r in hook.responses:
            yield r, "description"


def make_links_absolute(api: Api, base: str | None) -> None:
    """Rewrite every description in the IR with `absolute_links` (nothing without a base)."""
    if not base:
        return
    for obj, attr in _texts(api):
        value = getattr(obj, attr)
        if isinstance(value, str):
            setattr(obj, attr, absolute_links(value, base))
