"""Validation with openapi-spec-validator, findings located, results cached by content hash.

The validator takes ~10 s on the 3 MB OpenAI spec, so its findings are cached
under the user's cache folder keyed by the documents' content and the validator's
version; an unchanged spec validates instantly the second time.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from importlib import metadata
from pathlib import Path
from typing import Any

from generator.errors import Location, Problem
from generator.load.bundle import Bundle, bundle
from generator.load.cache import cache_root
from generator.load.loader import Spec

#: Bumped when cached findings change meaning (v2: paths from the document root; v3: paths
#: in the bundle of a multi-file spec).
_CACHE_FORMAT = b"oasgen-validate-3\0"


def cache_dir() -> Path | None:
    return cache_root()


def _fingerprint(spec: Spec) -> str:
    h = hashlib.sha256()
    h.update(_CACHE_FORMAT)
    with contextlib.suppress(metadata.PackageNotFoundError):
        h.update(metadata.version("openapi-spec-validator").encode())
    for doc in sorted(spec.documents):
        h.update(doc.encode() + b"\0")
        h.update(json.dumps(spec.documents[doc], sort_keys=True, default=str).encode())
    return h.hexdigest()


def validate_spec(spec: Spec) -> list[Problem]:
    """Schema violations of the whole spec, each located in the file where it is.

    A spec in many files is validated as one bundled document (every ref into another
    file inlined), so that what sits behind the refs is checked too.
    """
    key = _fingerprint(spec)
    try:
        bundled: Bundle | None = bundle(spec)
    except RecursionError:
        bundled = None
    folder = cache_dir()
    cached = folder / f"validate-{key}.json" if folder else None
    raw: list[tuple[str, list[Any]]]
    if cached is not None and cached.is_file():
        try:
            raw = [(m, p) for m, p in json.loads(cached.read_text())]
        except (OSError, ValueError):
            raw = _run_validator(spec, bundled)
    else:
        raw = _run_validator(spec, bundled)
        if cached is not None:
            try:
                cached.parent.mkdir(parents=True, exist_ok=True)
                tmp = cached.with_suffix(".tmp")
                tmp.write_text(json.dumps(raw))
                tmp.replace(cached)
            except OSError:
                pass
    located = [
        (
            message,
            path,
            bundled.locate(path) if bundled is not None else Location(spec.display(spec.root_doc)),
        )
        for message, path in raw
    ]
    return [
        Problem(message, loc, severity="error", source="openapi-spec-validator")
        for message, loc in _in_their_files(located)
    ]


def _in_their_files(located: list[tuple[str, list[Any], Location]]) -> list[tuple[str, Location]]:
    """Findings once each: a file inlined in several places comes back once per place."""
    return list(dict.fromkeys((message, loc) for message, _path, loc in located))


def _run_validator(spec: Spec, bundled: Bundle | None) -> list[tuple[str, list[Any]]]:
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    if bundled is None:
        return [("the validator gave up: the spec's files refer to each other too deeply", [])]
    validator_cls = _rooted(OpenAPIV31SpecValidator if spec.is_31 else OpenAPIV30SpecValidator)
    base_uri = (spec.root_dir / spec.root_doc).as_uri()
    out: list[tuple[str, list[Any]]] = []
    try:
        errors = validator_cls(bundled.document, base_uri=base_uri).iter_errors()
        for err in errors:
            out.append((_message(err), [str(p) for p in getattr(err, "path", [])]))
    except RecursionError:
        out.append(("the validator gave up: the spec is nested too deeply", []))
    except Exception as exc:  # the validator's own failures are findings, not crashes
        out.append((f"the validator failed: {type(exc).__name__}: {exc}"[:300], []))
    out.sort()
    return out


def _message(err: Any) -> str:
    """The first line of a validator message, without a dump of a whole object in it."""
    from jsonschema.exceptions import best_match

    message = (str(getattr(err, "message", err)).splitlines() or [""])[0]
    instance = getattr(err, "instance", None)
    cut = message.find(" is not ")
    if isinstance(instance, (dict, list)) and cut > 40:
        message = ("this object" if isinstance(instance, dict) else "this list") + message[cut:]
    context = getattr(err, "context", None)
    if context:
        best = best_match(context)
        if best is not None:
            message += f" (closest: {(best.message.splitlines() or [''])[0][:150]})"
    return message if len(message) <= 300 else message[:297] + "..."


def _rooted(validator_cls: Any) -> Any:
    """The validator with paths from the document root in every error.

    The validator checks the document against the OpenAPI schema (paths from the root),
    then runs keyword validators on parts of it: a Schema Object checked against the
    JSON Schema meta-schema, a `default` checked against its schema. Their errors have
    paths relative to that part, so each keyword validator here prefixes the path of
    the part it was given (the innermost one wins).
    """
    from jsonschema.exceptions import ValidationError
    from jsonschema_path import SchemaPath

    def rooted_keyword(name: str, keyword_cls: Any) -> Any:
        def __call__(self: Any, *args: Any, **kwargs: Any) -> Any:
            part = next((a for a in args if isinstance(a, SchemaPath)), None)
            base = tuple(part.parts) if part is not None else None
            if base is not None and name == "default":
                base += ("default",)  # errors are relative to the default value
            for err in keyword_cls.__call__(self, *args, **kwargs):
                if (
                    base is not None
                    and isinstance(err, ValidationError)
                    and not getattr(err, "_rooted", False)
                ):
                    err.path.extendleft(reversed(base))
                    err._rooted = True
                yield err

        return type(keyword_cls.__name__, (keyword_cls,), {"__call__": __call__})

    keywords = {
        name: rooted_keyword(name, cls) for name, cls in validator_cls.keyword_validators.items()
    }
    return type(validator_cls.__name__, (validator_cls,), {"keyword_validators": keywords})
