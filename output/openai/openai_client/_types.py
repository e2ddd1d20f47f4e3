"""Shared type aliases and sentinels used by the client runtime and the generated code."""

from __future__ import annotations

import os
from typing import (
    IO,
    Any,
    Callable,
    ClassVar,
    Dict,
    Literal,
    Mapping,
    Optional,
    Sequence,
    Tuple,
    TypeVar,
    Union,
)

import httpx2
from typing_extensions import TypeAlias, TypedDict, TypeGuard

__all__ = [
    "NotGiven",
    "NOT_GIVEN",
    "Omit",
    "Headers",
    "Query",
    "Body",
    "Timeout",
    "FileContent",
    "FileTypes",
    "RequestFiles",
    "RequestOptions",
    "Security",
    "Scopes",
    "PostParser",
    "ResponseT",
    "NoneType",
    "StreamMode",
    "is_given",
]

_T = TypeVar("_T")


class NotGiven:
    """Marks an argument the caller did not pass, as distinct from an explicit ``None``.

    ``None`` is a real value (it is sent as JSON ``null``); ``NOT_GIVEN`` means "leave it
    out of the request entirely".
    """

    _instance: ClassVar[NotGiven | None] = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __copy__(self) -> NotGiven:
        return self

    def __deepcopy__(self, memo: Dict[int, Any]) -> NotGiven:
        return self

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()


class Omit:
    """Used as a header value to remove a header the client would otherwise send.

    ``client.get(..., options={"headers": {"Accept": Omit()}})`` sends no ``Accept``.
    """

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "Omit()"


def is_given(value: Union[_T, NotGiven]) -> TypeGuard[_T]:
    """True unless ``value`` is the ``NOT_GIVEN`` sentinel."""
    return not isinstance(value, NotGiven)


NoneType: type[None] = type(None)

Headers: TypeAlias = Mapping[str, Union[str, Omit]]
Query: TypeAlias = Mapping[str, object]
Body: TypeAlias = object
Timeout: TypeAlias = Union[float, httpx2.Timeout, None]
StreamMode: TypeAlias = Literal["data", "event"]

FileContent: TypeAlias = Union[IO[bytes], bytes, os.PathLike[str]]
FileTypes: TypeAlias = Union[
    FileContent,
    Tuple[Optional[str], FileContent],
    Tuple[Optional[str], FileContent, Optional[str]],
    Tuple[Optional[str], FileContent, Optional[str], Mapping[str, str]],
]
RequestFiles: TypeAlias = Union[
    Mapping[str, FileTypes], Sequence[Tuple[str, FileTypes]]
]

PostParser: TypeAlias = Callable[[Any], Any]


#: An operation's security requirements: alternatives, each the schemes sent together.
Security = Tuple[Tuple[str, ...], ...]
#: The OAuth2 scopes an operation's requirements name, by scheme (asked for with its token).
Scopes = Mapping[str, Tuple[str, ...]]


class RequestOptions(TypedDict, total=False):
    """Per-call options accepted by every request method of the client."""

    headers: Headers
    max_retries: int
    timeout: Timeout
    params: Query
    extra_json: Mapping[str, object]
    idempotency_key: str
    idempotency_header: str
    post_parser: PostParser
    security: Security
    scopes: Scopes


ResponseT = TypeVar("ResponseT")
