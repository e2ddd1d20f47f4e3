"""Paths and the generate helpers shared by the test modules (imported as `gen_support`).

Module-scoped fixtures generate with these; a test generating its own package takes the
`package_of` fixture (conftest.py), which cleans up after it."""

from __future__ import annotations

import contextlib
import importlib
import sys
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEED000 = ROOT / "specs" / "seed000-create-thread-and-run.yaml"
SEED001 = ROOT / "tests" / "fixtures" / "seed001-resolved.yaml"
OPENAI_2026 = ROOT / "specs" / "openai-2026-08-21.yaml"


SEED000_NAMING = ROOT / "specs" / "seed000.naming.yaml"
ALL_PARTS = ("models", "client", "docs", "stubs")


def generate_into(
    spec: Path,
    out: Path,
    package: str,
    *,
    naming: Path | None = None,
    emit: tuple[str, ...] = ("models", "client"),
    **settings: Any,
) -> dict[str, str]:
    """Generate `spec` as `package` into `out` (the folder holding the package). `settings` are
    the target's (`pipeline.Target`: auth, requests, pagination...)."""
    from generator.pipeline import Target, build_api, render_package
    from generator.workflow.writer import write

    api = build_api(Target(str(spec), package, naming=str(naming) if naming else None, **settings))
    files = render_package(api, package, emit=emit)
    write(out, files)
    return files


def import_generated(out: Path, package: str, *, keep_on_path: bool = True) -> ModuleType:
    """Import a package generated into `out`; `keep_on_path`: leave `out` on sys.path for its
    modules imported later (the caller removes it)."""
    sys.path.insert(0, str(out))
    try:
        return importlib.import_module(package)
    finally:
        if not keep_on_path:
            sys.path.remove(str(out))


@contextlib.contextmanager
def loopback(handler: Callable[..., BaseHTTPRequestHandler]) -> Iterator[str]:
    """A test HTTP server for `handler` on 127.0.0.1 (a free port) while the block runs; yields
    its root URL. It notices the stop within 50 ms, so a fixture's teardown is quick."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
