"""Multipart/form-data helpers: file values into ``httpx2`` ``files=``, other fields into ``data=``."""

from __future__ import annotations

import datetime
import enum
import io
import json
import os
import pathlib
from typing import IO, Dict, List, Mapping, Optional, Sequence, Tuple, Union, cast

import pydantic
from typing_extensions import TypeAlias, TypeGuard

from ._types import FileContent, FileTypes, NotGiven, RequestFiles
from ._utils import to_jsonable

__all__ = [
    "HttpxFileContent",
    "HttpxFileTypes",
    "is_file_content",
    "to_httpx_files",
    "to_form_fields",
]

HttpxFileContent: TypeAlias = Union[IO[bytes], bytes]
HttpxFileTypes: TypeAlias = Union[
    HttpxFileContent,
    Tuple[Optional[str], HttpxFileContent],
    Tuple[Optional[str], HttpxFileContent, Optional[str]],
    Tuple[Optional[str], HttpxFileContent, Optional[str], Mapping[str, str]],
]


def is_file_content(value: object) -> TypeGuard[FileContent]:
    """True for bytes, binary file objects and filesystem paths."""
    return isinstance(value, (bytes, bytearray, io.IOBase, os.PathLike)) or (
        hasattr(value, "read") and not isinstance(value, str)
    )


def _read_content(content: FileContent) -> HttpxFileContent:
    if isinstance(content, os.PathLike):
        return pathlib.Path(content).read_bytes()
    if isinstance(content, bytearray):
        return bytes(content)
    return content


def _to_httpx_file(value: FileTypes) -> HttpxFileTypes:
    if isinstance(value, tuple):
        if len(value) == 2:
            return (value[0], _read_content(value[1]))
        if len(value) == 3:
            return (value[0], _read_content(value[1]), value[2])
        if len(value) == 4:
            return (value[0], _read_content(value[1]), value[2], value[3])
        raise TypeError(
            "A file tuple must be (filename, content), (filename, content, "
            f"content_type) or (filename, content, content_type, headers); got {len(value)} items"
        )
    if isinstance(value, os.PathLike):
        path = pathlib.Path(value)
        return (path.name, path.read_bytes())
    if is_file_content(value):
        return _read_content(value)
    raise TypeError(
        f"Expected a file as bytes, a binary file object, a path or a tuple; got {type(value).__name__}"
    )


def to_httpx_files(
    files: Union[RequestFiles, Sequence[Tuple[str, Sequence[FileTypes]]], None],
) -> Optional[List[Tuple[str, HttpxFileTypes]]]:
    """Turn ``FileTypes`` values into ``httpx2`` ``files=`` entries.

    ``files`` is a mapping or a sequence of ``(field name, file)`` pairs; a list of files
    under one name becomes one entry per file. Paths are read from disk here.
    """
    if files is None:
        return None
    pairs = files.items() if isinstance(files, Mapping) else files
    result: List[Tuple[str, HttpxFileTypes]] = []
    for name, value in pairs:
        if isinstance(value, list):
            result.extend((name, _to_httpx_file(item)) for item in value)
        else:
            result.append((name, _to_httpx_file(cast(FileTypes, value))))
    return result


def _form_value(value: object) -> Optional[str]:
    if value is None or isinstance(value, NotGiven):
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return _form_value(value.value)
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, (dict, list, tuple, Mapping, pydantic.BaseModel)):
        return json.dumps(to_jsonable(value), separators=(",", ":"))
    return str(value)


def to_form_fields(body: object) -> Dict[str, Union[str, List[str]]]:
    """The non-file fields of a multipart body as strings, the way form APIs read them.

    Arrays become repeated ``name[]`` fields and objects ``name[key]`` fields (nested
    likewise); booleans are ``true``/``false``, other scalars use ``str()``; ``None`` and
    ``NOT_GIVEN`` fields are left out.
    """
    if body is None:
        return {}
    if isinstance(body, pydantic.BaseModel):
        body = body.model_dump(by_alias=True, exclude_unset=True)
    if not isinstance(body, Mapping):
        raise TypeError(
            f"A multipart body must be a mapping of field names to values; got {type(body).__name__}"
        )
    fields: Dict[str, Union[str, List[str]]] = {}
    for key, value in body.items():
        _flatten(str(key), value, fields)
    return fields


def _flatten(
    name: str, value: object, fields: Dict[str, Union[str, List[str]]]
) -> None:
    if isinstance(value, pydantic.BaseModel):
        value = value.model_dump(by_alias=True, exclude_unset=True)
    if isinstance(value, Mapping):
        for key, item in value.items():
            _flatten(f"{name}[{key}]", item, fields)
        return
    if isinstance(value, (list, tuple)):
        items = [_form_value(item) for item in value]
        fields[f"{name}[]"] = [item for item in items if item is not None]
        return
    encoded = _form_value(value)
    if encoded is not None:
        fields[name] = encoded
