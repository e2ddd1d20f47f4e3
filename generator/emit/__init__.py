"""IR -> files. Each emitter returns {relative path: text}; nothing touches the disk here."""

from __future__ import annotations

from generator.emit.models import ModelEmitter
from generator.emit.render import Renderer
from generator.emit.webhooks import Signing
from generator.ir import Api

#: The parts of a package `generate` writes when none are named.
DEFAULT_EMIT = ("models", "client")


def emit_models(api: Api, package: str, renderer: Renderer | None = None) -> dict[str, str]:
    return ModelEmitter(api, renderer or Renderer(), package).emit()


def emit_client(
    api: Api,
    package: str,
    renderer: Renderer | None = None,
    *,
    env_base_url: str,
    signing: Signing | None = None,
) -> dict[str, str]:
    from generator.emit.client import ClientEmitter

    emitter = ClientEmitter(api, renderer or Renderer(), package, env_base_url, signing)
    return emitter.emit()
