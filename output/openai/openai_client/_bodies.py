"""Request bodies of operations that accept several: which one a call sends, and the parts a
multipart body holds besides plain fields (JSON parts, typed parts, indexed files)."""

from __future__ import annotations

import base64
import json
import os
import pathlib
from typing import Dict, Iterable, Mapping, Sequence, Tuple, Union

from ._types import FileTypes, NotGiven
from ._utils import to_jsonable

__all__ = ["base64_file", "indexed_files", "json_part", "pick_body", "typed_part"]

#: (media type, the arguments it takes, those it requires, those it sends as files)
BodyChoice = Tuple[str, Sequence[str], Sequence[str], Sequence[str]]


def _bytes_of(content: object) -> bytes:
    if isinstance(content, os.PathLike):
        return pathlib.Path(content).read_bytes()
    if isinstance(content, str):
        return content.encode("utf-8")
    read = getattr(content, "read", None)
    data = read() if callable(read) else content
    if isinstance(data, str):
        return data.encode("utf-8")
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise TypeError(
        f"Expected bytes, text, a binary file object or a path; got {type(content).__name__}"
    )


def pick_body(
    chosen: Union[str, NotGiven],
    given: Mapping[str, object],
    choices: Sequence[BodyChoice],
) -> str:
    """The media type of the body to send: `chosen` when given, else the first body that
    takes every argument given and gets its required ones (one sending a file given as a
    file before the others)."""
    media_types = [choice[0] for choice in choices]
    if not isinstance(chosen, NotGiven):
        if chosen not in media_types:
            raise TypeError(
                f"content_type must be one of {', '.join(map(repr, media_types))}; got {chosen!r}"
            )
        return chosen
    present = {name for name, value in given.items() if not isinstance(value, NotGiven)}
    fitting = [
        choice
        for choice in choices
        if not present - set(choice[1]) and not set(choice[2]) - present
    ]
    for media, _, _, files in fitting:
        if present & set(files):
            return media
    if fitting:
        return fitting[0][0]
    raise TypeError(
        "no request body takes these arguments together ("
        + ", ".join(sorted(present))
        + "); each body takes: "
        + "; ".join(f"{c[0]}: {', '.join(c[1]) or 'nothing'}" for c in choices)
    )


def indexed_files(
    stem: str, files: Union[Iterable[FileTypes], NotGiven, None]
) -> Dict[str, FileTypes]:
    """Files sent as the parts `stem[0]`, `stem[1]`, ..."""
    if files is None or isinstance(files, NotGiven):
        return {}
    return {f"{stem}[{i}]": file for i, file in enumerate(files)}


def json_part(value: object) -> object:
    """A multipart part holding `value` as JSON (`encoding` contentType application/json)."""
    if isinstance(value, NotGiven):
        return value
    text = json.dumps(to_jsonable(value), separators=(",", ":"))
    return (None, text.encode("utf-8"), "application/json")


def typed_part(value: object, media_type: str) -> object:
    """A multipart part of its own media type (`encoding` contentType): text or bytes."""
    if isinstance(value, NotGiven) or value is None:
        return value
    return (None, _bytes_of(value), media_type)


def base64_file(value: object) -> object:
    """A file part whose content is sent base64-encoded (`contentEncoding: base64`)."""
    if isinstance(value, NotGiven) or value is None:
        return value
    name, content, media = None, value, None
    if isinstance(value, tuple):
        name, content = value[0], value[1]
        media = value[2] if len(value) > 2 else None
    data = base64.b64encode(_bytes_of(content))
    return (name, data, media, {"Content-Transfer-Encoding": "base64"})
