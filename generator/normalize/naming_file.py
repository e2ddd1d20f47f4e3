"""The naming file: how operations appear on the generated client.

A YAML (or JSON) mapping keyed by operationId. The short form names the call path only; the
long form can also give more call paths for the same operation, rename arguments and say which
arguments are positional. The key `"*"` holds argument renames for every operation, and class
names for types, keyed by the JSON pointer of their schema (which does not move when names do):

```yaml
"*":
  params: {OpenAI-Beta: betas}          # wire name -> Python name, wherever it occurs
  types: {"#/components/schemas/VoiceIdsOrCustomVoice/anyOf/1": CustomVoice}
createThreadAndRun: beta.threads.create_and_run
downloadFile:
  call: files.content
  also: [files.retrieve_content]        # the same operation under another name
  params: {file_id: id}
  positional: [id]                       # instead of the convention (the last path parameter)
listMessages:
  pagination: {kind: token, next_token: paging.older, cursor_param: before}  # or "none"
```

`pagination` declares how a list call pages where inference cannot tell (the fields of
`normalize/pagination.py`'s declarations); under `"*"` it is a list of rules, each declaring a
scheme for every operation of the shape it names (the parameters and fields it mentions,
optionally `paths` globs).
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Union

from generator.errors import Location, OasgenError
from generator.normalize.pagination import Rule, entry_problem

#: `beta.threads.create_and_run`: names (keywords allowed: they are made safe) joined by dots.
CALL_PATH = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*")
#: The entry whose settings apply to every operation.
DEFAULTS_KEY = "*"
_KEYS = ("call", "also", "params", "positional", "pagination")
_DEFAULT_KEYS = ("params", "types", "pagination")


class NamingError(OasgenError):
    """The naming file is missing or malformed."""


@dataclass(frozen=True)
class OperationNaming:
    """What the naming file says about one operation (or, under `"*"`, about all of them)."""

    call: str | None = None  # dotted call path
    also: tuple[str, ...] = ()  # more call paths reaching the same operation
    params: tuple[tuple[str, str], ...] = ()  # (wire name, Python name)
    positional: tuple[str, ...] | None = (
        None  # argument names taken positionally; None: the convention
    )
    types: tuple[
        tuple[str, str, Location], ...
    ] = ()  # `"*"` only: (schema pointer, class name, where)
    pagination: str | Mapping[str, Any] | None = None  # "none" or a scheme's fields
    pagination_rules: tuple[Rule, ...] = ()  # `"*"` only: schemes for operations of a shape
    where: Location | None = None  # the entry in the naming file, for warnings


#: A naming file's entry as the normalizer takes it: a call path, or the long form.
NamingEntry = Union[str, OperationNaming]  # noqa: UP007 (a runtime alias, read on Python 3.10)


def entry_of(value: NamingEntry) -> OperationNaming:
    return value if isinstance(value, OperationNaming) else OperationNaming(call=value)


def load_naming(path: str | Path) -> dict[str, NamingEntry]:
    """operationId -> OperationNaming (either form, with its place in the file), read like specs are."""
    from generator.load.loader import parse_document

    path = Path(path)
    display = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise NamingError("naming file not found", Location(display)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise NamingError(f"cannot read naming file: {exc}", Location(display)) from None
    if not text.strip() or all(
        not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()
    ):
        return {}
    data = parse_document(text, display)
    if not isinstance(data, dict):
        raise NamingError(
            "naming file must map operationId to a call path like beta.threads.create",
            Location(display),
        )
    return parse_naming(data, display)


def parse_naming(data: Mapping[Any, Any], display: str) -> dict[str, NamingEntry]:
    out: dict[str, NamingEntry] = {}
    for op_id, value in data.items():
        where = _where(data, op_id, display)
        if not isinstance(op_id, str):
            raise NamingError(f"naming file: {op_id!r} is not an operationId", where)
        if isinstance(value, str):
            if op_id == DEFAULTS_KEY:
                raise NamingError(f"naming file: {op_id!r} takes a mapping with `params`", where)
            out[op_id] = OperationNaming(call=_call_path(value, op_id, where), where=where)
        elif isinstance(value, dict):
            out[op_id] = _long_form(op_id, value, where, display)
        else:
            raise NamingError(
                f"naming file: {op_id!r}: {value!r} is not a call path like beta.threads.create",
                where,
            )
    return out


def _where(container: Any, key: Any, display: str, parent: str = "") -> Location:
    from generator.load.yaml_reader import position_of

    line, column = position_of(container, key) or (None, None)
    pointer = parent + "/" + str(key).replace("~", "~0").replace("/", "~1")
    return Location(display, line, column, pointer)


def _call_path(value: Any, op_id: str, where: Location) -> str:
    if not isinstance(value, str) or not CALL_PATH.fullmatch(value):
        raise NamingError(
            f"naming file: {op_id!r}: {value!r} is not a call path like beta.threads.create", where
        )
    return value


def _long_form(op_id: str, value: dict[Any, Any], where: Location, display: str) -> OperationNaming:
    allowed = _DEFAULT_KEYS if op_id == DEFAULTS_KEY else _KEYS
    for key in value:
        if key not in allowed:
            raise NamingError(
                f"naming file: {op_id!r}: unknown key {key!r} (expected {', '.join(allowed)})",
                _where(value, key, display, where.pointer or ""),
            )
    inner = where.pointer or ""
    call = (
        _call_path(value["call"], op_id, _where(value, "call", display, inner))
        if "call" in value
        else None
    )
    also = value.get("also", [])
    if isinstance(also, str):
        also = [also]
    if not isinstance(also, list):
        raise NamingError(
            f"naming file: {op_id!r}: `also` must be a list of call paths",
            _where(value, "also", display, inner),
        )
    also_paths = tuple(_call_path(a, op_id, _where(value, "also", display, inner)) for a in also)
    params = value.get("params", {})
    if not isinstance(params, dict):
        raise NamingError(
            f"naming file: {op_id!r}: `params` must map wire names to Python names",
            _where(value, "params", display, inner),
        )
    pairs = []
    for wire, name in params.items():
        if not isinstance(wire, str) or not is_name(name):
            raise NamingError(
                f"naming file: {op_id!r}: parameter {wire!r}: {name!r} is not a Python name",
                _where(params, wire, display, inner + "/params"),
            )
        pairs.append((wire, name))
    positional = value.get("positional")
    if positional is not None and (
        not isinstance(positional, list) or not all(is_name(p) for p in positional)
    ):
        raise NamingError(
            f"naming file: {op_id!r}: `positional` must be a list of argument names",
            _where(value, "positional", display, inner),
        )
    types = value.get("types", {})
    if not isinstance(types, dict):
        raise NamingError(
            f"naming file: {op_id!r}: `types` must map schema pointers (#/components/...) to class names",
            _where(value, "types", display, inner),
        )
    renames = []
    for pointer, name in types.items():
        at = _where(types, pointer, display, inner + "/types")
        if not isinstance(pointer, str) or not re.fullmatch(r"[^#]*#/.*", pointer):
            raise NamingError(
                f"naming file: type {pointer!r}: not a JSON pointer like #/components/schemas/Foo",
                at,
            )
        if not is_name(name) or not name[0].isupper():
            raise NamingError(
                f"naming file: type {pointer!r}: {name!r} is not a class name like CustomVoice", at
            )
        renames.append((pointer, name, at))
    return OperationNaming(
        call=call,
        also=also_paths,
        params=tuple(pairs),
        positional=tuple(positional) if positional is not None else None,
        types=tuple(renames),
        pagination=_pagination(op_id, value, display, inner) if op_id != DEFAULTS_KEY else None,
        pagination_rules=_rules(value, display, inner) if op_id == DEFAULTS_KEY else (),
        where=where,
    )


def _pagination(
    op_id: str, value: dict[Any, Any], display: str, inner: str
) -> str | dict[str, Any] | None:
    """An operation's declared paging: "none", a scheme's fields, or None (not declared)."""
    if "pagination" not in value:
        return None
    entry = value["pagination"]
    _check_declaration(entry, value, "pagination", display, inner, rule=False)
    return entry if isinstance(entry, str) else dict(entry)


def _rules(value: dict[Any, Any], display: str, inner: str) -> tuple[Rule, ...]:
    """`"*"`'s `pagination`: a list of rules, each a scheme's fields (and `paths`)."""
    rules = value.get("pagination", [])
    if not isinstance(rules, list):
        raise NamingError(
            'naming file: "*": `pagination` must be a list of rules, each a table of a '
            "scheme's fields",
            _where(value, "pagination", display, inner),
        )
    out = []
    for n, rule in enumerate(rules):
        _check_declaration(rule, rules, n, display, inner + "/pagination", rule=True)
        out.append(Rule(dict(rule), _where(rules, n, display, inner + "/pagination")))
    return tuple(out)


def _check_declaration(
    entry: Any, container: Any, key: Any, display: str, inner: str, *, rule: bool
) -> None:
    problem = entry_problem(entry, rule=rule)
    if problem is None:
        return
    sub, what = problem
    at = _where(container, key, display, inner)
    if sub:
        at = _where(entry, sub, display, at.pointer or "")
    named = f"`{sub}`" if sub else ("the rule" if rule else "`pagination`")
    raise NamingError(f"naming file: pagination: {named} {what}", at)


def is_name(value: Any) -> bool:
    """A name the naming file accepts for an argument: an ASCII identifier, not a keyword."""
    return (
        isinstance(value, str)
        and value.isidentifier()
        and value.isascii()
        and not keyword.iskeyword(value)
    )
