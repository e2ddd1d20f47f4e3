"""What requests carry and responses are read for beyond the spec's own words: a target's
`[requests]` settings (array format of query strings and form bodies, the idempotency header,
the request-id headers), and which operations send an idempotency key."""

from __future__ import annotations

from dataclasses import dataclass

from generator.ir import Api, Operation

ARRAY_FORMATS = ("indices", "brackets", "repeat", "comma")
#: The header an operation declaring it gets a generated key in, whatever the config says.
IDEMPOTENCY_HEADER = "Idempotency-Key"
#: Methods that are not idempotent (RFC 9110): the ones a configured idempotency header is sent on.
DEFAULT_IDEMPOTENT_METHODS = ("post", "patch")
#: Response headers holding the request id, in order; `*` matches any text
#: (Stripe `Request-Id`, GitHub `X-GitHub-Request-Id`, Twilio `Twilio-Request-Id`).
DEFAULT_REQUEST_ID_HEADERS = ("request-id", "x-request-id", "*-request-id")


@dataclass(frozen=True)
class RequestSettings:
    """A target's `[requests]` table (`config.py`), with its defaults."""

    array_format: str = "indices"
    idempotency_header: str | None = None  # sent on `idempotency_methods` of every operation
    idempotency_methods: tuple[str, ...] = DEFAULT_IDEMPOTENT_METHODS
    request_id_headers: tuple[str, ...] = DEFAULT_REQUEST_ID_HEADERS

    def as_dict(self) -> dict[str, object]:
        return {
            "array_format": self.array_format,
            "idempotency_header": self.idempotency_header,
            "idempotency_methods": list(self.idempotency_methods),
            "request_id_headers": list(self.request_id_headers),
        }


def apply_request_settings(api: Api, settings: RequestSettings | None) -> None:
    """The API's array format and request-id headers, and each operation's idempotency header
    (before its arguments are built: the key's argument is one of them)."""
    settings = settings or RequestSettings()
    api.array_format = settings.array_format
    api.request_id_headers = [h.lower() for h in settings.request_id_headers]
    for op in api.operations:
        op.idempotency_header = idempotency_header(op, settings)


def idempotency_header(op: Operation, settings: RequestSettings) -> str | None:
    """The header parameter the operation declares for it, else the configured header on the
    configured methods."""
    wanted = {IDEMPOTENCY_HEADER.lower()}
    if settings.idempotency_header:
        wanted.add(settings.idempotency_header.lower())
    for p in op.parameters:
        if p.location == "header" and p.name.lower() in wanted:
            return p.name
    if settings.idempotency_header and op.method in settings.idempotency_methods:
        return settings.idempotency_header
    return None
