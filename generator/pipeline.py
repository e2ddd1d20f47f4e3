"""Spec file -> {path: text}: the whole pipeline in one call, shared by every command."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import naming
from .emit import emit_models
from .emit.models import docstring
from .emit.render import Renderer, save_statement_cache
from .errors import OasgenError
from .ir import Api
from .loader import load_spec
from .normalizer import normalize


@dataclass
class Target:
    spec: str
    package: str
    allow_remote_refs: bool = False


def check_package_name(name: str) -> str:
    if not name.isidentifier() or naming.safe_identifier(name) != name or not name.isascii():
        raise OasgenError(f"--package {name!r} is not a valid Python package name")
    return name


def build_api(target: Target) -> Api:
    return normalize(load_spec(target.spec, allow_remote=target.allow_remote_refs))


def render_package(api: Api, package: str) -> dict[str, str]:
    """Every file of the generated package, paths relative to the output folder."""
    renderer = Renderer()
    files: dict[str, str] = {}
    runtime_dir = Path(renderer.env.loader.searchpath[0]) / "client" / "runtime"  # type: ignore[union-attr]
    context = {"package": package, "title": api.title}
    for template in sorted(runtime_dir.glob("*.py.jinja")):
        files[template.name[: -len(".jinja")]] = renderer.render(f"client/runtime/{template.name}", context)
    files.update(emit_models(api, package, renderer))
    doc = docstring(f"Python SDK for {api.title} (API version {api.version}).")
    files["__init__.py"] = renderer.render("package_init.py.jinja", {"doc": doc})
    files["py.typed"] = ""
    save_statement_cache()
    return {f"{package}/{rel}": text for rel, text in files.items()}
