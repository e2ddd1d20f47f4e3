"""Which response an operation returns: decided once here (`Operation.success`) for the
client, the server and the warnings about the responses left out. Every request body is
sent (see `bodies.py`)."""

from __future__ import annotations

from collections.abc import Sequence

from generator.ir import Response


def success_response(responses: Sequence[Response]) -> Response | None:
    """The response the client returns: the first 2xx that is not a stream, else the first 2xx."""
    ok = [r for r in responses if r.status.startswith("2")]
    return next((r for r in ok if r.kind != "sse"), None) or (ok[0] if ok else None)
