"""Spec file -> {path: text}: the whole pipeline in one call, shared by every command."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import naming
from .emit import emit_client, emit_models
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
    naming: str | None = None  # YAML file: operationId -> call path


def load_naming(path: str | None) -> dict[str, str]:
    """The naming config: a flat YAML mapping of operationId to a dotted call path."""
    if not path:
        return {}
    from .loader import parse_document

    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise OasgenError(f"{path}: cannot read the naming file: {exc.strerror}") from None
    data = parse_document(text, path)
    if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
        raise OasgenError(f"{path}: the naming file must map operationIds to call paths (strings)")
    return dict(data)


def check_package_name(name: str) -> str:
    if not name.isidentifier() or naming.safe_identifier(name) != name or not name.isascii():
        raise OasgenError(f"--package {name!r} is not a valid Python package name")
    return name


def build_api(target: Target) -> Api:
    naming_overrides = load_naming(target.naming)
    return normalize(load_spec(target.spec, allow_remote=target.allow_remote_refs), naming_overrides=naming_overrides)


def render_package(
    api: Api, package: str, *, env_api_key: str | None = None, env_base_url: str | None = None
) -> dict[str, str]:
    """Every file of the generated package, paths relative to the output folder."""
    renderer = Renderer()
    files: dict[str, str] = {}
    prefix = naming.snake(package.removesuffix("_client")).upper()
    env_api_key = env_api_key or f"{prefix}_API_KEY"
    env_base_url = env_base_url or f"{prefix}_BASE_URL"
    runtime_dir = Path(renderer.env.loader.searchpath[0]) / "client" / "runtime"  # type: ignore[union-attr]
    context = {"package": package, "title": api.title}
    for template in sorted(runtime_dir.glob("*.py.jinja")):
        files[template.name[: -len(".jinja")]] = renderer.render(f"client/runtime/{template.name}", context)
    files.update(emit_models(api, package, renderer))
    files.update(emit_client(api, package, renderer, env_api_key=env_api_key, env_base_url=env_base_url))
    doc = docstring(f"Python SDK for {api.title} (API version {api.version}).")
    files["__init__.py"] = renderer.render("package_init.py.jinja", {"doc": doc})
    files["py.typed"] = ""
    save_statement_cache()
    return {f"{package}/{rel}": text for rel, text in files.items()}
