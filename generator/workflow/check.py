"""Generate configured targets, and check that what is on disk is what they would generate.

`oasgen generate [TARGET...]` writes each target through `writer.write` and then records
a fingerprint (`.oasgen-fingerprint`, next to `.oasgen-manifest.json`) of everything the
output depends on: the spec and every file its `$ref`s reach, the naming file and the
target's settings, every template, the generator's own sources, its version and the
versions of the tools that shape the text (ruff, Jinja). The fingerprint file also
holds the sha256 of every file written.

`oasgen check [TARGET...]` first recomputes that fingerprint and the hash of every
generated file: when both match, the output is in sync and nothing is regenerated. Any
difference (or no fingerprint) falls back to generating in memory and comparing text,
so a stale fingerprint can cost time but never gives a wrong answer.
"""

from __future__ import annotations

import difflib
import hashlib
import inspect
import json
import posixpath
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from generator.report import Options
from generator.workflow.config import Config, TargetConfig, load_config
from generator.workflow.writer import atomic_write, read_manifest

FINGERPRINT = ".oasgen-fingerprint"
DIFF_FILES = 5  # unified diffs shown by check
DIFF_LINES = 20  # lines shown of each


# -- building -----------------------------------------------------------------------------


class Progress:
    """One status line on stderr, rewritten in place; silent unless stderr is a terminal."""

    def __init__(self, stream: IO[str] | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = bool(getattr(self.stream, "isatty", lambda: False)())
        self.shown = False

    def __call__(self, text: str) -> None:
        if self.enabled:
            self.stream.write("\r\x1b[K" + text)
            self.stream.flush()
            self.shown = True

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False


@dataclass
class Built:
    files: dict[str, str]
    inputs: list[Path]  # spec documents and the naming file, for the fingerprint
    api: Any = None


def build_target(target: TargetConfig, progress: Progress | None = None) -> Built:
    """Load, normalise and render one target in memory."""
    from generator.load.loader import load_spec
    from generator.pipeline import build_api, check_package_name

    say = progress or (lambda _text: None)
    check_package_name(target.package)
    say(f"{target.name}: loading {target.rel(target.spec)}")
    spec = load_spec(target.spec)
    # warnings name files relative to the config folder: the same on every machine (they are
    # recorded in the fingerprint) and as the user sees them in the config
    spec.display_dir = posixpath.dirname(target.rel(target.spec))
    say(f"{target.name}: building the model")
    api = build_api(target.pipeline_target(), spec)
    say(f"{target.name}: rendering {len(api.operations)} operations, {len(api.types)} types")
    files = render_target(target, api)
    inputs = [target.spec]
    for doc in sorted(spec.documents):
        if doc != spec.root_doc and not doc.startswith(("http://", "https://")):
            inputs.append(spec.root_dir / doc)
    if target.naming is not None:
        inputs.append(target.naming)
    return Built(files, inputs, api)


def render_target(target: TargetConfig, api: Any) -> dict[str, str]:
    """`pipeline.render_package`, passing the target's emit/env settings when it takes them."""
    from generator.pipeline import render_package

    accepted = inspect.signature(render_package).parameters
    extra: dict[str, Any] = {}
    for name, value in (
        ("emit", target.emit),
        ("env_api_key", target.env_api_key),
        ("env_base_url", target.env_base_url),
        ("webhook_signature", target.webhook_signature),
        ("env_webhook_secret", target.env_webhook_secret),
        ("distribution", target.dist),
    ):
        if name in accepted:
            extra[name] = value
    return render_package(api, target.package, **extra)


# -- fingerprint ----------------------------------------------------------------------------


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _tool_files() -> list[tuple[str, Path]]:
    """The generator's sources and templates: (label, path), sorted."""
    from generator import __file__ as package_file
    from generator.emit.render import templates_dir

    pkg = Path(package_file).resolve().parent
    out = [("generator/" + p.relative_to(pkg).as_posix(), p) for p in pkg.rglob("*.py")]
    tdir = templates_dir()
    out += [
        ("templates/" + p.relative_to(tdir).as_posix(), p) for p in tdir.rglob("*") if p.is_file()
    ]
    return sorted(out)


def _library_versions() -> dict[str, str]:
    from importlib import metadata

    versions = {}
    for name in ("ruff", "jinja2"):
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "-"
    return versions


def fingerprint(target: TargetConfig, inputs: list[str]) -> str:
    """sha256 over the inputs (paths relative to the config folder), settings and generator."""
    from generator import __version__

    h = hashlib.sha256()

    def add(label: str, data: bytes) -> None:
        h.update(label.encode() + b"\0" + str(len(data)).encode() + b"\0" + data)

    add("version", __version__.encode())
    add("libraries", json.dumps(_library_versions(), sort_keys=True).encode())
    add("settings", json.dumps(target.settings(), sort_keys=True).encode())
    for rel in inputs:
        try:
            add("input:" + rel, (target.root / rel).read_bytes())
        except OSError:
            add("input:" + rel, b"<missing>")
    for label, path in _tool_files():
        add(label, path.read_bytes())
    return h.hexdigest()


def write_fingerprint(target: TargetConfig, built: Built) -> None:
    inputs = [target.rel(p) for p in built.inputs]
    record = {
        "generator": "oasgen",
        "fingerprint": fingerprint(target, inputs),
        "inputs": inputs,
        "files": {rel: _sha(text.encode("utf-8")) for rel, text in sorted(built.files.items())},
        "warnings": list(built.api.warnings) if built.api is not None else [],
    }
    atomic_write(target.output / FINGERPRINT, json.dumps(record, indent=1, sort_keys=True) + "\n")


def fast_in_sync(target: TargetConfig) -> list[str] | None:
    """The warnings recorded with the output when the recorded fingerprint and every recorded
    file hash still match (the spec's warnings cannot have changed either); else None."""
    try:
        record = json.loads((target.output / FINGERPRINT).read_text(encoding="utf-8"))
        inputs = record["inputs"]
        files = record["files"]
        recorded = record["fingerprint"]
        warnings = record["warnings"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if (
        not isinstance(inputs, list)
        or not isinstance(files, dict)
        or not all(isinstance(i, str) for i in inputs)
    ):
        return None
    if not isinstance(warnings, list) or not all(isinstance(w, str) for w in warnings):
        return None
    if read_manifest(target.output) != set(files):
        return None
    for rel, digest in files.items():
        try:
            data = (target.output / rel).read_bytes()
        except OSError:
            return None
        if _sha(data) != digest:
            return None
    return warnings if fingerprint(target, inputs) == recorded else None


# -- comparing --------------------------------------------------------------------------------


@dataclass
class Drift:
    added: list[str] = field(default_factory=list)  # generate would create these
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # generate would delete these (stale)
    diffs: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)


def compare(target: TargetConfig, files: dict[str, str]) -> Drift:
    drift = Drift()
    out = target.output
    for rel in sorted(files):
        try:
            current = (out / rel).read_text(encoding="utf-8")
        except FileNotFoundError:
            drift.added.append(rel)
            continue
        except (OSError, UnicodeDecodeError):
            current = None
        if current != files[rel]:
            drift.changed.append(rel)
            if len(drift.diffs) < DIFF_FILES:
                drift.diffs.append(_diff(target, rel, current or "", files[rel]))
    drift.removed = sorted(p for p in read_manifest(out) - set(files) if (out / p).is_file())
    return drift


def _diff(target: TargetConfig, rel: str, old: str, new: str) -> str:
    name = target.rel(target.output / rel)
    lines = list(
        difflib.unified_diff(
            old.splitlines(),
            new.splitlines(),
            f"{name} (on disk)",
            f"{name} (generated)",
            n=2,
            lineterm="",
        )
    )
    shown = lines[:DIFF_LINES]
    if len(lines) > DIFF_LINES:
        shown.append(f"... {len(lines) - DIFF_LINES} more diff lines")
    return "\n".join(shown)


# -- the commands -------------------------------------------------------------------------------


def _config(config: Config | str | Path | None) -> Config:
    return config if isinstance(config, Config) else load_config(config)


def generate_targets(
    names: list[str],
    *,
    config: Config | str | Path | None = None,
    out: IO[str] | None = None,
    err: IO[str] | None = None,
    warnings: Options | None = None,
) -> int:
    """`oasgen generate [TARGET...]`: write each target (all of them when none is named)."""
    from generator.workflow.writer import write

    out = out or sys.stdout
    err = err or sys.stderr
    cfg = _config(config)
    targets = cfg.select(names)
    progress = Progress()
    try:
        for target in targets:
            start = time.perf_counter()
            built = build_target(target, progress)
            progress(f"{target.name}: writing {len(built.files)} files")
            result = write(target.output, built.files)
            write_fingerprint(target, built)
            if "stubs" in target.emit:
                from generator.pipeline import render_scaffold
                from generator.workflow.writer import write_scaffold

                for rel in write_scaffold(
                    target.output, render_scaffold(built.api, target.package)
                ):
                    print(
                        f"{target.name}: scaffolded {rel} (yours to edit: never overwritten)",
                        file=out,
                    )
            progress.clear()
            (warnings or Options()).report(target.name, built.api.warnings, err)
            elapsed = time.perf_counter() - start
            print(
                f"{target.name}: {target.rel(target.output)}: {len(result.written)} written, "
                f"{len(result.unchanged)} unchanged, {len(result.removed)} removed ({elapsed:.2f} s)",
                file=out,
            )
    finally:
        progress.clear()
    return 0


def check_targets(
    names: list[str],
    *,
    config: Config | str | Path | None = None,
    full: bool = False,
    out: IO[str] | None = None,
    err: IO[str] | None = None,
    warnings: Options | None = None,
) -> int:
    """`oasgen check [TARGET...]`: 0 when every target's output is in sync, 1 when not.
    The spec's warnings are printed either way (from the fingerprint when nothing changed)."""

    out = out or sys.stdout
    err = err or sys.stderr
    cfg = _config(config)
    targets = cfg.select(names)
    progress = Progress()
    stale: list[str] = []
    try:
        for target in targets:
            start = time.perf_counter()
            recorded = None if full else fast_in_sync(target)
            if recorded is not None:
                (warnings or Options()).report(target.name, recorded, err)
                print(
                    f"{target.name}: in sync ({time.perf_counter() - start:.2f} s, fingerprint)",
                    file=out,
                )
                continue
            built = build_target(target, progress)
            drift = compare(target, built.files)
            progress.clear()
            (warnings or Options()).report(target.name, built.api.warnings, err)
            elapsed = time.perf_counter() - start
            if not drift:
                print(f"{target.name}: in sync ({elapsed:.2f} s, compared)", file=out)
                continue
            stale.append(target.name)
            _report(target, drift, elapsed, out)
    finally:
        progress.clear()
    if stale:
        print(f"run `oasgen generate {' '.join(stale)}` to update the generated code", file=out)
        return 1
    return 0


def _report(target: TargetConfig, drift: Drift, elapsed: float, out: IO[str]) -> None:
    print(
        f"{target.name}: out of date: {target.rel(target.output)}: {len(drift.added)} to add, "
        f"{len(drift.changed)} changed, {len(drift.removed)} to remove ({elapsed:.2f} s)",
        file=out,
    )
    for label, items in (
        ("added", drift.added),
        ("changed", drift.changed),
        ("removed", drift.removed),
    ):
        for rel in items[:10]:
            print(f"  {label}: {rel}", file=out)
        if len(items) > 10:
            print(f"  ... and {len(items) - 10} more {label}", file=out)
    for text in drift.diffs:
        print(text, file=out)
