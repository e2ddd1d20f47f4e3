"""Query-string and form-body encoding.

* arrays of scalars at the top: repeated keys (``a=1&a=2``, OpenAPI ``style=form,
  explode=true``), or one comma-joined value (``a=1,2``) when wrapped with
  ``comma_separated(...)`` (``explode=false``);
* objects: ``deepObject`` style (``filter[a]=1&filter[b][c]=2``);
* arrays inside objects, arrays of objects, and arrays wrapped with ``deep_object(...)``
  (``style=deepObject``): in the encoder's ``array_format``: ``"indices"``
  (``a[0][b]=1``, as Rails, PHP and the ``qs`` library read them), ``"brackets"``
  (``a[][b]=1``), ``"repeat"`` (``a[b]=1``) or ``"comma"`` (``a=1,2``, arrays of scalars
  only; others fall back to indices). The default is the API's: ``indices``;
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
    "DeepObject",
    "Querystring",
    "comma_separated",
    "deep_object",
    "cookie_header",
    "stringify",
    "stringify_items",
]

ArrayFormat = Literal["indices", "brackets", "repeat", "comma"]
DEFAULT_ARRAY_FORMAT: ArrayFormat = "indices"


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


class DeepObject:
    """An array written in the encoder's array format (``style=deepObject``: ``a[0]=x``)."""

    __slots__ = ("values",)

    def __init__(self, values: Iterable[object]) -> None:
        self.values: List[object] = list(values)

    def __repr__(self) -> str:
        return f"DeepObject({self.values!r})"


def deep_object(
    value: Union[Iterable[object], None, NotGiven],
) -> Union[DeepObject, None, NotGiven]:
    """Wrap an array so it is written as ``a[0]=x`` (the array format); passes None/NOT_GIVEN through."""
    if value is None or isinstance(value, NotGiven):
        return value
    return DeepObject(value)


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

    def __init__(self, *, array_format: ArrayFormat = DEFAULT_ARRAY_FORMAT) -> None:
        self.array_format: ArrayFormat = array_format

    def stringify(self, params: Mapping[str, object]) -> str:
        """The encoded query string (without the leading ``?``)."""
        return urlencode(self.stringify_items(params))

    def stringify_items(self, params: Mapping[str, object]) -> List[Tuple[str, str]]:
        """The encoded ``(key, value)`` pairs, in order, ready for ``httpx2`` ``params``."""
        items: List[Tuple[str, str]] = []
        for key, value in params.items():
            self._encode(key, value, items, nested=False)
        return items

    def _encode(
        self, key: str, value: object, out: List[Tuple[str, str]], *, nested: bool
    ) -> None:
        if value is None or isinstance(value, NotGiven):
            return
        if isinstance(value, pydantic.BaseModel):
            value = value.model_dump(mode="json", by_alias=True, exclude_unset=True)
        if isinstance(value, CommaSeparated):
            self._encode_comma(key, value.values, out)
            return
        if isinstance(value, DeepObject):
            self._encode_array(key, value.values, out)
            return
        if isinstance(value, Mapping):
            for sub_key, sub_value in value.items():
                self._encode(f"{key}[{sub_key}]", sub_value, out, nested=True)
            return
        if isinstance(value, (list, tuple, set, frozenset)):
            items = list(value)
            if nested or any(_structured(item) for item in items):
                self._encode_array(key, items, out)
                return
            for item in items:  # style form, exploded: the OpenAPI default
                self._encode(key, item, out, nested=False)
            return
        out.append((key, _primitive(value)))

    def _encode_array(
        self, key: str, values: List[object], out: List[Tuple[str, str]]
    ) -> None:
        """An array in the array format; its items' own arrays and objects nest below it."""
        fmt = self.array_format
        if fmt == "comma" and any(_structured(item) for item in values):
            fmt = "indices"  # objects cannot be comma-joined
        if fmt == "comma":
            self._encode_comma(key, values, out)
            return
        for index, item in enumerate(values):
            if fmt == "indices":
                self._encode(f"{key}[{index}]", item, out, nested=True)
            elif fmt == "brackets":
                self._encode(f"{key}[]", item, out, nested=True)
            else:
                self._encode(key, item, out, nested=True)

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


def _structured(value: object) -> bool:
    return isinstance(
        value, (Mapping, list, tuple, set, frozenset, pydantic.BaseModel, DeepObject)
    )


_DEFAULT = Querystring()


def stringify(params: Mapping[str, object]) -> str:
    """Encode ``params`` with the default rules."""
    return _DEFAULT.stringify(params)


def stringify_items(params: Mapping[str, object]) -> List[Tuple[str, str]]:
    """Encode ``params`` into pairs with the default rules."""
    return _DEFAULT.stringify_items(params)
