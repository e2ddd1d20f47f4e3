"""Which of an operation's request bodies the client sends and which response it returns:
decided once here for the argument builder, the client emitter and the warnings about the
bodies and responses left out."""

from __future__ import annotations

from collections.abc import Sequence

from generator.ir import RequestBody, Response


def chosen_body(bodies: Sequence[RequestBody]) -> RequestBody | None:
    """The request body the client sends: a multipart body that carries files (even where
    JSON is offered too), else the first JSON, multipart or form body, else the first."""
    body = next((b for b in bodies if b.kind == "multipart" and b.file_fields), None)
    body = body or next((b for b in bodies if b.kind in ("json", "multipart", "form")), None)
    return body or (bodies[0] if bodies else None)


def success_response(responses: Sequence[Response]) -> Response | None:
    """The response the client returns: the first 2xx that is not a stream, else the first 2xx."""
    ok = [r for r in responses if r.status.startswith("2")]
    return next((r for r in ok if r.kind != "sse"), None) or (ok[0] if ok else None)
