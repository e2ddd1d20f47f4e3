"""Validation with openapi-spec-validator, findings located, results cached by content hash.

The validator takes ~10 s on the 3 MB OpenAI spec, so its findings are cached
under the user's cache folder keyed by the documents' content and the validator's
version; an unchanged spec validates instantly the second time.
"""

from __future__ import annotations

import hashlib
import json
import os
from importlib import metadata
from pathlib import Path
from typing import Any

from .errors import Location, Problem
from .loader import Spec, join_pointer


def cache_dir() -> Path | None:
    if os.environ.get("OASGEN_NO_CACHE"):
        return None
    base = os.environ.get("OASGEN_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "oasgen"
    )
    return Path(base)


def _fingerprint(spec: Spec) -> str:
    h = hashlib.sha256()
    try:
        h.update(metadata.version("openapi-spec-validator").encode())
    except metadata.PackageNotFoundError:  # pragma: no cover
        pass
    for doc in sorted(spec.documents):
        h.update(doc.encode() + b"\0")
        h.update(json.dumps(spec.documents[doc], sort_keys=True, default=str).encode())
    return h.hexdigest()


def validate_spec(spec: Spec) -> list[Problem]:
    """Schema violations of the root document (external refs are checked by the loader)."""
    key = _fingerprint(spec)
    folder = cache_dir()
    cached = folder / f"validate-{key}.json" if folder else None
    raw: list[tuple[str, list[Any]]]
    if cached is not None and cached.is_file():
        try:
            raw = [(m, p) for m, p in json.loads(cached.read_text())]
        except (OSError, ValueError):
            raw = _run_validator(spec)
    else:
        raw = _run_validator(spec)
        if cached is not None:
            try:
                cached.parent.mkdir(parents=True, exist_ok=True)
                tmp = cached.with_suffix(".tmp")
                tmp.write_text(json.dumps(raw))
                tmp.replace(cached)
            except OSError:
                pass
    problems = []
    for message, path in raw:
        pointer = join_pointer("", *path)
        loc = spec.locate(spec.root_doc, pointer)
        problems.append(Problem(message, loc, severity="error", source="openapi-spec-validator"))
    return problems


def _run_validator(spec: Spec) -> list[tuple[str, list[Any]]]:
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    validator_cls = OpenAPIV31SpecValidator if spec.is_31 else OpenAPIV30SpecValidator
    base_uri = (spec.root_dir / spec.root_doc).as_uri()
    out: list[tuple[str, list[Any]]] = []
    try:
        errors = validator_cls(spec.root, base_uri=base_uri).iter_errors()
        for err in errors:
            message = str(getattr(err, "message", err)).splitlines()[0]
            if len(message) > 300:
                message = message[:297] + "..."
            out.append((message, [str(p) for p in getattr(err, "path", [])]))
    except RecursionError:
        out.append(("the validator gave up: the spec is nested too deeply", []))
    except Exception as exc:  # the validator's own failures are findings, not crashes
        out.append((f"the validator failed: {type(exc).__name__}: {exc}"[:300], []))
    out.sort()
    return out
