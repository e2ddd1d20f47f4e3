"""Small helpers shared by the runtime and the generated resource methods."""

from __future__ import annotations

import base64
import datetime
import enum
import fnmatch
import json
from typing import Mapping, Optional, Sequence, Tuple

import pydantic

from ._types import NotGiven

__all__ = [
    "strip_not_given",
    "to_jsonable",
    "json_dumps",
    "header_value_error",
    "check_header",
    "REQUEST_ID_HEADERS",
    "request_id",
]

#: Response headers read as the request id, in order (``*`` matches any text).
REQUEST_ID_HEADERS: Tuple[str, ...] = (
    "request-id",
    "x-request-id",
    "*-request-id",
)


def request_id(headers: Mapping[str, str]) -> Optional[str]:
    """The request id the server sent: the first of ``REQUEST_ID_HEADERS`` present."""
    items = [(name.lower(), value) for name, value in headers.items()]
    for pattern in REQUEST_ID_HEADERS:
        for name, value in items:
            if fnmatch.fnmatchcase(name, pattern):
                return value if isinstance(value, str) and value else None
    return None


def strip_not_given(mapping: Mapping[str, object] | None) -> dict[str, object]:
    """Copy ``mapping`` without its ``NOT_GIVEN`` values, recursing through dicts and lists.

    Explicit ``None`` values are kept, so they are sent as JSON ``null``. Tuples are
    left as they are (a file given as ``(filename, content, content_type)`` stays one).
    """
    if mapping is None:
        return {}
    return {
        key: _strip(value)
        for key, value in mapping.items()
        if not isinstance(value, NotGiven)
    }


def _strip(value: object) -> object:
    if isinstance(value, Mapping):
        return {
            key: _strip(item)
            for key, item in value.items()
            if not isinstance(item, NotGiven)
        }
    if isinstance(value, list):
        return [_strip(item) for item in value if not isinstance(item, NotGiven)]
    return value


def to_jsonable(value: object) -> object:
    """Convert ``value`` into plain JSON data (models, dates, enums, bytes included)."""
    if isinstance(value, pydantic.BaseModel):
        dumped: object = value.model_dump(
            mode="json", by_alias=True, exclude_unset=True, warnings=False
        )
        return dumped
    if isinstance(value, NotGiven):
        return None
    if isinstance(value, enum.Enum):
        return to_jsonable(value.value)
    if isinstance(value, Mapping):
        return {
            str(key): to_jsonable(item)
            for key, item in value.items()
            if not isinstance(item, NotGiven)
        }
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, Sequence) and not isinstance(value, (bytes, bytearray)):
        return [to_jsonable(item) for item in value if not isinstance(item, NotGiven)]
    if isinstance(value, (set, frozenset)):
        return [to_jsonable(item) for item in value]
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray)):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def json_dumps(value: object) -> bytes:
    """Encode ``value`` as compact UTF-8 JSON, converting models, dates and enums first."""
    return json.dumps(
        to_jsonable(value), separators=(",", ":"), ensure_ascii=False, default=str
    ).encode("utf-8")


def header_value_error(name: str) -> ValueError:
    """The error raised for a header value that contains CR or LF (the value is not shown)."""
    return ValueError(
        f"Header {name!r} has a value containing a CR or LF character; refusing to send it."
    )


def check_header(name: str, value: str) -> None:
    """Refuse header names or values that could split the HTTP header block."""
    if "\r" in value or "\n" in value or "\r" in name or "\n" in name:
        raise header_value_error(name.replace("\r", "\\r").replace("\n", "\\n"))
