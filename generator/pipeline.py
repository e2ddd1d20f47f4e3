"""Spec file -> {path: text}: the whole pipeline in one call, shared by every command."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator import naming
from generator.emit import DEFAULT_EMIT, emit_client, emit_models
from generator.emit.distribution import emit_distribution
from generator.emit.formatter import format_files
from generator.emit.models import docstring
from generator.emit.render import Renderer
from generator.emit.server import emit_server, scaffold_handlers
from generator.emit.webhooks import SCHEMES, Signing
from generator.emit.webhooks import runtime_files as webhook_runtime
from generator.emit.webhooks import server_files as webhook_server
from generator.errors import OasgenError
from generator.ir import Api
from generator.load.loader import Spec, load_spec
from generator.normalize import naming_file
from generator.normalize.naming_file import NamingEntry
from generator.normalize.normalizer import normalize
from generator.normalize.schemas import DEFAULT_ALIAS_THRESHOLD
from generator.normalize.security import AuthConfig, env_prefix, use_env_api_key
from generator.normalize.wire import RequestSettings
from generator.workflow.config import Distribution


@dataclass
class Target:
    spec: str
    package: str
    allow_remote_refs: bool = False
    naming: str | None = None  # YAML file: operationId -> call path
    streaming: dict[str, dict[str, Any]] | None = None  # operationId -> {event_type, mode, param}
    pagination: dict[str, Any] | None = None  # operationId -> "none" or {kind, items, ...}
    docs_url: str | None = None  # base URL the descriptions' root-relative links are joined to
    alias_threshold: int = DEFAULT_ALIAS_THRESHOLD  # inline enums longer than this get a name
    auth: AuthConfig | None = None  # the target's `auth` table (declared schemes, names)
    requests: RequestSettings | None = None  # array format, idempotency and request-id headers


#: What generated packages import besides the standard library: a package named so would hide it.
_DEPENDENCIES = frozenset(
    {
        "httpx2",
        "pydantic",
        "pydantic_core",
        "typing_extensions",
        "anyio",
        "fastapi",
        "starlette",
        "uvicorn",
    }
)


def check_package_name(name: str) -> str:
    if not name.isidentifier() or naming.safe_identifier(name) != name or not name.isascii():
        raise OasgenError(f"--package {name!r} is not a valid Python package name")
    if name in sys.stdlib_module_names or name in _DEPENDENCIES:
        # `import json` in the generated runtime would import the package itself
        kind = "standard-library" if name in sys.stdlib_module_names else "dependency"
        raise OasgenError(
            f"--package {name!r} would hide the {kind} module of that name; choose another name"
        )
    return name


def build_api(target: Target, spec: str | os.PathLike[str] | Spec | None = None) -> Api:
    """The target's IR: of its spec, or of `spec` (the same spec already loaded, or another
    version of it, as the drift check reads upstream's) with the target's settings."""
    naming = naming_file.load_naming(target.naming) if target.naming else None
    return spec_to_api(
        target.spec if spec is None else spec,
        allow_remote=target.allow_remote_refs,
        naming=naming,
        streaming=target.streaming,
        pagination=target.pagination,
        docs_url=target.docs_url,
        alias_threshold=target.alias_threshold,
        env_prefix=env_prefix(target.package),
        auth=target.auth,
        requests=target.requests,
    )


def spec_to_api(
    spec: str | os.PathLike[str] | Spec,
    *,
    allow_remote: bool = False,
    naming: Mapping[str, NamingEntry] | None = None,
    streaming: Mapping[str, Mapping[str, Any]] | None = None,
    pagination: Mapping[str, Any] | None = None,
    docs_url: str | None = None,
    alias_threshold: int = DEFAULT_ALIAS_THRESHOLD,
    env_prefix: str | None = None,
    auth: AuthConfig | None = None,
    requests: RequestSettings | None = None,
) -> Api:
    """The one way from a spec (a file, or one already loaded) to its IR, for every command.

    `env_prefix` starts the credentials' environment variables (`OPENAI`: see
    `security.env_prefix`), `auth` is the target's auth table."""
    loaded = spec if isinstance(spec, Spec) else load_spec(spec, allow_remote=allow_remote)
    return normalize(
        loaded,
        naming_overrides=naming,
        streaming_overrides=streaming,
        pagination_overrides=pagination,
        docs_base_url=docs_url,
        alias_threshold=alias_threshold,
        env_prefix=env_prefix,
        auth=auth,
        requests=requests,
    )


def render_package(
    api: Api,
    package: str,
    *,
    env_api_key: str | None = None,
    env_base_url: str | None = None,
    emit: Sequence[str] = DEFAULT_EMIT,
    renderer: Renderer | None = None,
    webhook_signature: str | None = None,
    env_webhook_secret: str | None = None,
    distribution: Distribution | None = None,
) -> dict[str, str]:
    """Every file oasgen owns in the output folder, paths relative to it, its Python laid
    out by ruff (`formatter`).

    `emit` picks the parts: "models" (always: everything else uses them), "client",
    "docs" (api.md and a README, with the client) and "stubs" (FastAPI server). With a
    `distribution`, the folder also gets the `pyproject.toml` and `README.md` that make it
    an installable project.
    A `renderer` passed in is reused, with the templates it has already compiled
    (many packages in one process); by default each call compiles them afresh.
    """
    renderer = renderer or Renderer()
    prefix = env_prefix(package)
    use_env_api_key(api, env_api_key)
    env_base_url = env_base_url or f"{prefix}_BASE_URL"
    signing = Signing(
        webhook_signature or SCHEMES[0], env_webhook_secret or f"{prefix}_WEBHOOK_SECRET"
    )
    with_client = "client" in emit

    def models() -> dict[str, str]:
        return emit_models(api, package, renderer)

    def the_rest() -> dict[str, str]:
        files: dict[str, str] = {}
        runtime_dir = Path(renderer.env.loader.searchpath[0]) / "client" / "runtime"  # type: ignore[union-attr]
        context = {
            "package": package,
            "title": api.title,
            "array_format": api.array_format,
            "request_id_headers": api.request_id_headers,
        }
        for template in sorted(runtime_dir.glob("*.py.jinja")):
            files[template.name[: -len(".jinja")]] = renderer.render(
                f"client/runtime/{template.name}", context
            )
        if with_client:
            files.update(webhook_runtime(api, renderer, signing))
            client_files = emit_client(
                api,
                package,
                renderer,
                env_base_url=env_base_url,
                signing=signing,
            )
            if "docs" not in emit:
                client_files = {k: v for k, v in client_files.items() if not k.endswith(".md")}
            files.update(client_files)
        if "stubs" in emit:
            files.update(webhook_runtime(api, renderer, signing))
            files.update(webhook_server(api, renderer, signing))
            files.update(emit_server(api, package, renderer))
        doc = docstring(f"Python SDK for {api.title} (API version {api.version}).")
        files["__init__.py"] = renderer.render(
            "package_init.py.jinja", {"doc": doc, "client": with_client}
        )
        files["py.typed"] = ""
        return files

    large = len(api.operations) + len(api.types) > 400
    # a large package is laid out in two halves, each while the other half renders
    lay_out = format_files if large else dict
    rest, model_files = in_parallel(
        lambda: lay_out(the_rest()), lambda: lay_out(models()), worth_it=large
    )
    files = {**rest, **model_files}
    if not large:
        files = format_files(files)
    out = {f"{package}/{rel}": files[rel] for rel in sorted(files)}
    if distribution is not None:
        out.update(
            emit_distribution(
                api,
                package,
                renderer,
                distribution,
                emit=emit,
                env_base_url=env_base_url,
            )
        )
    return dict(sorted(out.items()))


def in_parallel(
    first: Callable[[], dict[str, str]], second: Callable[[], dict[str, str]], *, worth_it: bool
) -> tuple[dict[str, str], dict[str, str]]:
    """`first()` in a forked child while this process runs `second()`: rendering is pure CPU
    work over a read-only IR, and a large spec renders in about half the time on two cores.
    Serial where fork is missing, for small specs, with OASGEN_JOBS=1, or if the child fails."""
    import os

    if (
        not worth_it
        or not hasattr(os, "fork")
        or os.environ.get("OASGEN_JOBS") == "1"
        or (os.cpu_count() or 1) < 2
    ):
        return first(), second()
    import pickle

    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: render, send, and leave without running any cleanup of the parent's
        status = 0
        try:
            os.close(read_end)
            payload = pickle.dumps(first(), protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write_end, "wb") as sink:
                sink.write(payload)
        except BaseException:
            status = 1
        finally:
            os._exit(status)
    os.close(write_end)
    try:
        second_result = second()
    finally:
        with os.fdopen(read_end, "rb") as source:
            data = source.read()
        _, status = os.waitpid(pid, 0)
    if status != 0 or not data:
        return first(), second_result
    return pickle.loads(data), second_result


def render_scaffold(api: Api, package: str, renderer: Renderer | None = None) -> dict[str, str]:
    """The user's server module: written once if missing, never replaced (not in the manifest)."""
    files = scaffold_handlers(api, package, renderer or Renderer())
    return format_files({f"{package}/{rel}": text for rel, text in files.items()})
