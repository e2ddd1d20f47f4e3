"""Query-string encoding.

* arrays: repeated keys (``a=1&a=2``, OpenAPI ``style=form, explode=true``) by default,
  or one comma-joined value (``a=1,2``, ``explode=false``) when wrapped with
  ``comma_separated(...)`` or when the encoder is built with ``array_format="comma"``;
* objects: ``deepObject`` style (``filter[a]=1&filter[b][c]=2``);
* booleans: ``true`` / ``false``;
* ``None`` and ``NOT_GIVEN`` values are left out.
"""

from __future__ import annotations

import datetime
import enum
from typing import Iterable, List, Literal, Mapping, Tuple, Union
from urllib.parse import quote, urlencode

import pydantic

from ._types import NOT_GIVEN, NotGiven

__all__ = [
    "ArrayFormat",
    "CommaSeparated",
    "Querystring",
    "comma_separated",
    "cookie_header",
    "stringify",
    "stringify_items",
]

ArrayFormat = Literal["repeat", "comma"]


class CommaSeparated:
    """An array query parameter sent as one comma-joined value (``explode=false``)."""

    __slots__ = ("values",)

    def __init__(self, values: Iterable[object]) -> None:
        self.values: List[object] = list(values)

    def __repr__(self) -> str:
        return f"CommaSeparated({self.values!r})"

    def __str__(self) -> str:
        """The header form of an array (``style=simple``): ``a,b``."""
        return ",".join(_primitive(v) for v in self.values if v is not None)


def comma_separated(
    value: Union[Iterable[object], None, NotGiven],
) -> Union[CommaSeparated, None, NotGiven]:
    """Wrap an array parameter so it is encoded as ``a=1,2``; passes None/NOT_GIVEN through."""
    if value is None or isinstance(value, NotGiven):
        return value
    return CommaSeparated(value)


def cookie_header(values: Mapping[str, object]) -> Union[str, NotGiven]:
    """A ``Cookie`` header from the given cookie parameters (``a=1; b=x%3By``).

    None and NOT_GIVEN are left out, arrays are comma-joined, and values are percent-encoded
    so a ``;``, ``=`` or CR/LF in a value cannot add a cookie or a header. NOT_GIVEN when no
    cookie is set, so the header is not sent at all."""
    pairs = []
    for name, value in values.items():
        if value is None or isinstance(value, NotGiven):
            continue
        if isinstance(value, (list, tuple)):
            text = ",".join(_primitive(v) for v in value)
        else:
            text = _primitive(value)
        pairs.append(f"{name}={quote(text, safe='')}")
    return "; ".join(pairs) if pairs else NOT_GIVEN


def _primitive(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return _primitive(value.value)
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("utf-8")
    return str(value)


class Querystring:
    """Encodes a mapping of query parameters into ``(key, value)`` string pairs."""

    def __init__(self, *, array_format: ArrayFormat = "repeat") -> None:
        self.array_format: ArrayFormat = array_format

    def stringify(self, params: Mapping[str, object]) -> str:
        """The encoded query string (without the leading ``?``)."""
        return urlencode(self.stringify_items(params))

    def stringify_items(self, params: Mapping[str, object]) -> List[Tuple[str, str]]:
        """The encoded ``(key, value)`` pairs, in order, ready for ``httpx`` ``params``."""
        items: List[Tuple[str, str]] = []
        for key, value in params.items():
            self._encode(key, value, items)
        return items

    def _encode(self, key: str, value: object, out: List[Tuple[str, str]]) -> None:
        if value is None or isinstance(value, NotGiven):
            return
        if isinstance(value, pydantic.BaseModel):
            value = value.model_dump(mode="json", by_alias=True, exclude_unset=True)
        if isinstance(value, CommaSeparated):
            self._encode_comma(key, value.values, out)
            return
        if isinstance(value, Mapping):
            for sub_key, sub_value in value.items():
                self._encode(f"{key}[{sub_key}]", sub_value, out)
            return
        if isinstance(value, (list, tuple, set, frozenset)):
            if self.array_format == "comma":
                self._encode_comma(key, value, out)
                return
            for item in value:
                self._encode(key, item, out)
            return
        out.append((key, _primitive(value)))

    @staticmethod
    def _encode_comma(
        key: str, values: Iterable[object], out: List[Tuple[str, str]]
    ) -> None:
        present = [
            _primitive(item)
            for item in values
            if item is not None and not isinstance(item, NotGiven)
        ]
        if present:
            out.append((key, ",".join(present)))


_DEFAULT = Querystring()


def stringify(params: Mapping[str, object]) -> str:
    """Encode ``params`` with the default rules (repeated keys for arrays)."""
    return _DEFAULT.stringify(params)


def stringify_items(params: Mapping[str, object]) -> List[Tuple[str, str]]:
    """Encode ``params`` into pairs with the default rules (repeated keys for arrays)."""
    return _DEFAULT.stringify_items(params)
