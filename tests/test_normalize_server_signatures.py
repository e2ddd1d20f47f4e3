"""`generator/normalize/server_signatures.py`: the server's handlers, decided in the IR."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator.ir import Api, ServerHandler

DISCORD = Path(__file__).parent / "fixtures" / "bodies" / "discord-messages.json"


def _api(api_of: Callable[..., Api], paths: dict[str, Any]) -> Api:
    spec = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": paths}
    return api_of(spec)


def _handler(api: Api, op_id: str) -> ServerHandler:
    return next(h for r in api.server for h in r.handlers if h.operation == op_id)


def test_discord_handlers_take_each_field_once_whichever_body_it_came_in(api_of: Callable[..., Api]) -> None:
    api = api_of(DISCORD)
    (resource,) = [r for r in api.server if any(h.operation == "create_message" for h in r.handlers)]
    assert (resource.key, resource.protocol, resource.module) == (("channels", "messages"), "ChannelsMessagesHandler", "channels_messages")
    h = _handler(api, "create_message")
    assert (h.method, h.function, h.constant, h.bodies) == ("create", "create", "_CREATE", "_CREATE_BODIES")
    assert h.path == "/channels/{channel_id}/messages" and h.needs_request
    fields = {a.name: a for a in h.arguments if a.source == "body_field"}
    assert fields["files"].files and fields["files"].many and fields["files"].type is None
    assert fields["content"].type is not None and not fields["content"].files
    # the parts read from a form get their shape here too
    multipart = next(op for op in api.operations if op.id == "create_message").request_bodies[2]
    shapes = {p.argument: (p.structured, p.many) for p in multipart.parts}
    assert shapes["content"] == (False, False) and shapes["embeds"] == (True, False)


def test_form_fields_files_lists_and_objects(api_of: Callable[..., Api]) -> None:
    api = _api(
        api_of,
        {
            "/up": {
                "post": {
                    "operationId": "upload",
                    "requestBody": {
                        "required": True,
                        "content": {
                            "multipart/form-data": {
                                "schema": {
                                    "type": "object",
                                    "required": ["file"],
                                    "properties": {
                                        "file": {"type": "string", "format": "binary"},
                                        "tags": {"type": "array", "items": {"type": "string"}},
                                        "meta": {"type": "object", "properties": {"a": {"type": "string"}}},
                                        "note": {"type": "string"},
                                    },
                                }
                            }
                        },
                    },
                    "responses": {"200": {"description": "ok", "content": {"application/zip": {"schema": {"type": "string", "format": "binary"}}}}},
                }
            }
        },
    )
    h = _handler(api, "upload")
    assert [(a.name, a.source, a.required) for a in h.arguments] == [
        ("file", "file", True),
        ("tags", "form_list", False),
        ("meta", "form_object", False),
        ("note", "form", False),
    ]
    assert (h.response, h.media_type, h.status_code) == ("binary", "application/zip", 200)


def test_the_server_answers_what_the_client_returns(api_of: Callable[..., Api]) -> None:
    """One success response for both sides: a download beside a JSON twin is bytes on both."""
    api = _api(
        api_of,
        {
            "/skills/{id}/content": {
                "get": {
                    "operationId": "content",
                    "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/zip": {"schema": {"type": "string", "format": "binary"}},
                                "application/json": {"schema": {"type": "object", "properties": {"a": {"type": "string"}}}},
                            },
                        }
                    },
                }
            }
        },
    )
    op = api.operations[0]
    h = _handler(api, "content")
    assert op.success is not None and op.success.kind == "binary"
    assert h.response == "binary" and h.response_type == op.success.type
    assert [(a.name, a.source) for a in h.arguments] == [("id", "path")]
