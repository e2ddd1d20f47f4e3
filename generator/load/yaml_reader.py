"""YAML (and JSON) read with JSON semantics, positions kept, aliases bounded.

PyYAML resolves YAML 1.1 scalars (`on` -> True, `2024-01-01` -> date, `0777` -> int)
that an OpenAPI document means as strings, so only the JSON-compatible plain forms
are resolved here (null, true/false, integers, floats); everything else is a string.

The document is built straight from the parser's event stream (libyaml's C parser
when present), iteratively: each mapping remembers where it and its keys were, and
each sequence where its items were. Aliases stay shared (one Python object per
anchored node) and are bounded while reading: the expanded size and depth of the
document are counted as it is built, so an alias bomb, a recursive alias or a
pathologically deep document is refused before anything walks it.

The depth limit is ours, whatever the YAML library: libyaml refuses 1,000 levels on its
own, and can do so before the first event reaches us (it scans `[[[[...` ahead for a
possible key), so its refusal is handed to the pure-Python reader, which streams the
same events and stops at our limit with a position and a JSON pointer. JSON read by
the `json` module (text YAML rejects) is measured by `json_nesting_error` the same way.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any, cast

import yaml

from generator.errors import Location, SpecError

try:  # libyaml parses the 3 MB OpenAI spec several times faster
    from yaml import CSafeLoader as EventSource
except ImportError:  # pragma: no cover - depends on the platform build
    from yaml import SafeLoader as EventSource  # type: ignore[assignment]

#: libyaml's own nesting limit, reported in its ScannerError/ParserError problem text.
_LIBRARY_DEPTH_PROBLEM = "exceeded maximum nesting depth"

#: Refuse documents whose aliases expand to more nodes than this.
MAX_EXPANDED_NODES = 5_000_000
#: Refuse documents nested deeper than this (Python recursion stays safe downstream).
MAX_DEPTH = 400

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_CORE_PREFIX = "tag:yaml.org,2002:"
#: The explicit tags a JSON-compatible document may carry, by node kind.
_SCALAR_TAGS = frozenset({_STR, _INT, _FLOAT, _BOOL, _NULL})
_MAP_TAGS = frozenset({_CORE_PREFIX + "map"})
_SEQ_TAGS = frozenset({_CORE_PREFIX + "seq"})

_MISSING = object()
_MERGE_KEY = object()
#: Plain scalars that JSON has words for.
_WORDS: dict[str, Any] = {
    "": None, "~": None, "null": None, "Null": None, "NULL": None,
    "true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False,
}  # fmt: skip
_NUMBER_START = frozenset("-0123456789.")
_INT_RE = re.compile(r"-?(?:0|[1-9][0-9]*)")
_FLOAT_RE = re.compile(
    r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|-?\.[0-9]+(?:[eE][-+]?[0-9]+)?"
)


class YamlSyntaxError(SpecError):
    """The text is not well-formed YAML (JSON input may still be read as JSON)."""


class YMap(dict):  # type: ignore[type-arg]
    """A mapping that remembers its own position and each key's position (1-based)."""

    __slots__ = ("column", "key_pos", "line")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # copies (dataclasses.asdict, copy.deepcopy) pass contents; positions are not copied
        super().__init__(*args, **kwargs)
        self.line = 0
        self.column = 0
        self.key_pos: dict[str, tuple[int, int]] = {}


class YList(list):  # type: ignore[type-arg]
    """A sequence that remembers its position and each item's position (1-based)."""

    __slots__ = ("column", "item_pos", "line")

    def __init__(self, *args: Any) -> None:
        # copies (dataclasses.asdict, copy.deepcopy) pass contents; positions are not copied
        super().__init__(*args)
        self.line = 0
        self.column = 0
        self.item_pos: list[tuple[int, int]] = []


def plain_scalar(text: str) -> Any:
    """A plain (unquoted) scalar with JSON semantics: `on`, `0777`, `2024-01-01` stay strings."""
    value = _WORDS.get(text, _MISSING)
    if value is not _MISSING:
        return value
    if text[0] in _NUMBER_START:
        if _INT_RE.fullmatch(text):
            return int(text)
        if _FLOAT_RE.fullmatch(text):
            return float(text)
    return text


class _Frame:
    """A mapping or sequence being built."""

    __slots__ = (
        "anchor",
        "column",
        "height",
        "is_map",
        "key",
        "key_pos",
        "line",
        "merges",
        "obj",
        "start",
    )

    def __init__(
        self, obj: Any, is_map: bool, anchor: str | None, start: int, line: int, column: int
    ) -> None:
        self.obj = obj
        self.is_map = is_map
        self.anchor = anchor
        self.start = start  # expanded-node count when the collection opened
        self.line = line
        self.column = column
        self.key: Any = _MISSING  # mappings: the key waiting for its value
        self.key_pos: tuple[int, int] = (0, 0)
        self.merges: list[tuple[Any, tuple[int, int]]] = []
        self.height = 0  # levels of nesting below this collection


def _pointer(tokens: list[str | int]) -> str:
    """A JSON pointer (RFC 6901) from its tokens."""
    return "".join("/" + str(t).replace("~", "~0").replace("/", "~1") for t in tokens)


def depth_error(
    file: str, pos: tuple[int, int], tokens: list[str | int], through_aliases: bool = False
) -> SpecError:
    """The one message for a document nested deeper than MAX_DEPTH, wherever it was measured."""
    how = " (through aliases)" if through_aliases else ""
    return SpecError(
        f"document nested deeper than {MAX_DEPTH} levels{how}",
        Location(file, pos[0], pos[1], _pointer(tokens)),
    )


class _Builder:
    """Build plain Python data (YMap/YList/scalars) from a YAML event stream."""

    def __init__(self, file: str) -> None:
        self.file = file

    def error(self, pos: tuple[int, int], message: str) -> SpecError:
        return SpecError(message, Location(self.file, pos[0], pos[1]))

    @staticmethod
    def path(stack: list[_Frame]) -> list[str | int]:
        """Pointer tokens of the node about to be added to the innermost open collection."""
        tokens: list[str | int] = []
        for frame in stack:
            if not frame.is_map:
                tokens.append(len(frame.obj))
            elif frame.key is _MERGE_KEY:
                tokens.append("<<")
            elif frame.key is _MISSING:  # the node is a key: a pointer cannot name it
                break
            else:
                tokens.append(frame.key)
        return tokens

    def scalar(self, ev: yaml.ScalarEvent, pos: tuple[int, int]) -> Any:
        tag = ev.tag
        if tag is None or tag == "!":
            return plain_scalar(ev.value) if ev.implicit[0] else ev.value
        text = ev.value
        if tag == _STR or ev.style in ("'", '"', "|", ">"):
            return text
        if tag in (_INT, _FLOAT, _BOOL, _NULL):
            value = plain_scalar(text) if text else None
            ok = {
                _INT: isinstance(value, int) and not isinstance(value, bool),
                _FLOAT: isinstance(value, (int, float)) and not isinstance(value, bool),
                _BOOL: isinstance(value, bool),
                _NULL: value is None,
            }[tag]
            if not ok:
                raise self.error(
                    pos, f"{text!r} is not a JSON value of type !!{tag[len(_CORE_PREFIX) :]}"
                )
            return float(cast(float, value)) if tag == _FLOAT else value
        raise self.error(pos, f"unsupported YAML tag {tag}")  # pragma: no cover (checked above)

    def check_tag(
        self, tag: str | None, pos: tuple[int, int], allowed: frozenset[str], stack: list[_Frame]
    ) -> None:
        """Refuse a tag outside JSON's types: `!!python/...`, `!!binary`, `!!set`, `!local`...

        OpenAPI YAML must be JSON-compatible; such a tag is never executed here, but a document
        carrying one is wrong or hostile, and the user hears about it where it is.
        """
        if tag is None or tag == "!" or tag in allowed:
            return
        shown = "!!" + tag[len(_CORE_PREFIX) :] if tag.startswith(_CORE_PREFIX) else tag
        raise SpecError(
            f"YAML tag {shown} has no JSON meaning; an OpenAPI document in YAML may use only "
            "JSON's types (strings, numbers, booleans, null, mappings, sequences)",
            Location(self.file, pos[0], pos[1], _pointer(self.path(stack))),
        )

    def build(self, get_event: Callable[[], Any]) -> Any:
        ScalarEvent, AliasEvent = yaml.ScalarEvent, yaml.AliasEvent
        MappingStartEvent, SequenceStartEvent = yaml.MappingStartEvent, yaml.SequenceStartEvent
        MappingEndEvent, SequenceEndEvent = yaml.MappingEndEvent, yaml.SequenceEndEvent
        anchors: dict[
            str, tuple[Any, int | None, int, str | None]
        ] = {}  # value, size, height, text
        stack: list[_Frame] = []
        count = 0  # nodes so far, aliases counted at their full size
        root: Any = _MISSING
        documents = 0
        while True:
            ev = get_event()
            cls = ev.__class__
            text: str | None = None
            if cls is ScalarEvent:
                mark = ev.start_mark
                pos = (mark.line + 1, mark.column + 1)
                text = ev.value
                if ev.tag is None:
                    value = plain_scalar(text) if ev.implicit[0] else text
                else:
                    self.check_tag(ev.tag, pos, _SCALAR_TAGS, stack)
                    value = self.scalar(ev, pos)
                height = 0
                count += 1
                if ev.anchor is not None:
                    anchors[ev.anchor] = (value, 1, 0, text)
            elif cls is MappingStartEvent or cls is SequenceStartEvent:
                mark = ev.start_mark
                line, column = mark.line + 1, mark.column + 1
                if len(stack) >= MAX_DEPTH:
                    raise depth_error(self.file, (line, column), self.path(stack))
                is_map = cls is MappingStartEvent
                if ev.tag is not None:
                    allowed = _MAP_TAGS if is_map else _SEQ_TAGS
                    self.check_tag(ev.tag, (line, column), allowed, stack)
                obj: Any = YMap() if is_map else YList()
                obj.line, obj.column = line, column
                count += 1
                stack.append(_Frame(obj, is_map, ev.anchor, count, line, column))
                if ev.anchor is not None:
                    anchors[ev.anchor] = (obj, None, 0, None)  # open: an alias to it is recursive
                continue
            elif cls is MappingEndEvent or cls is SequenceEndEvent:
                frame = stack.pop()
                value = frame.obj
                if frame.merges:
                    self.merge(value, frame.merges)
                pos = (frame.line, frame.column)
                height = frame.height
                if frame.anchor is not None:
                    anchors[frame.anchor] = (value, count - frame.start + 1, height, None)
            elif cls is AliasEvent:
                mark = ev.start_mark
                pos = (mark.line + 1, mark.column + 1)
                entry = anchors.get(ev.anchor)
                if entry is None:
                    raise self.error(
                        pos, f"alias *{ev.anchor} refers to no anchor defined before it"
                    )
                value, asize, height, text = entry
                if asize is None:
                    raise self.error(
                        pos, f"recursive YAML alias: *{ev.anchor} is used inside its own anchor"
                    )
                count += asize
                if len(stack) + height > MAX_DEPTH:
                    raise depth_error(self.file, pos, self.path(stack), through_aliases=True)
            elif cls is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    mark = ev.start_mark
                    raise self.error(
                        (mark.line + 1, mark.column + 1),
                        "a second YAML document (`---`) in the file; a spec is one document",
                    )
                continue
            elif cls is yaml.StreamEndEvent:
                break
            else:  # stream start, document end
                continue
            if count > MAX_EXPANDED_NODES:
                raise self.error(
                    pos,
                    f"YAML aliases expand to more than {MAX_EXPANDED_NODES:,} nodes "
                    "(an alias bomb?); refusing to read it",
                )
            if not stack:
                root = value
                continue
            parent = stack[-1]
            if height >= parent.height:
                parent.height = height + 1
            if not parent.is_map:
                parent.obj.append(value)
                parent.obj.item_pos.append(pos)
            elif parent.key is _MISSING:  # this node is a key
                if isinstance(value, (YMap, YList)):
                    raise self.error(pos, "a mapping key must be a scalar")
                parent.key_pos = pos
                if text == "<<" and cls is ScalarEvent and ev.tag is None and ev.implicit[0]:
                    parent.key = _MERGE_KEY
                    continue
                # JSON object keys are strings: `200:` is the response code "200".
                key = (
                    value if isinstance(value, str) else (text if text is not None else str(value))
                )
                mapping = parent.obj
                if key in mapping:
                    first = mapping.key_pos[key]
                    raise self.error(
                        pos, f"duplicate key {key!r} (first defined at line {first[0]})"
                    )
                parent.key = key
            else:  # this node is the value of the waiting key
                key = parent.key
                parent.key = _MISSING
                if key is _MERGE_KEY:
                    parent.merges.append((value, pos))
                else:
                    parent.obj[key] = value
                    parent.obj.key_pos[key] = parent.key_pos
        if root is _MISSING:
            raise SpecError("the file is empty", Location(self.file))
        return root

    def merge(self, mapping: YMap, merges: list[tuple[Any, tuple[int, int]]]) -> None:
        """YAML merge keys (`<<: *base`): keys written in the mapping win, then earlier sources."""
        for source, pos in merges:
            sources = source if isinstance(source, YList) else [source]
            for src in sources:
                if not isinstance(src, YMap):
                    raise self.error(
                        pos, "a merge key (<<) must refer to a mapping or a list of mappings"
                    )
                for k, v in src.items():
                    if k not in mapping:
                        mapping[k] = v
                        mapping.key_pos[k] = src.key_pos.get(k, (src.line, src.column))


def parse_yaml(text: str, file: str, source_class: Any = None) -> Any:
    """Parse one YAML or JSON document into dicts/lists/scalars with positions.

    `source_class` is the PyYAML loader that supplies events (libyaml's when installed).
    """
    cls = source_class or EventSource
    try:
        return _read(cls, text, file)
    except YamlSyntaxError as exc:
        if cls is yaml.SafeLoader or _LIBRARY_DEPTH_PROBLEM not in exc.message:
            raise
    # libyaml's depth limit (1,000) is above ours: the pure reader meets ours first, with its place
    return _read(yaml.SafeLoader, text, file)


#: Characters the YAML 1.1 readers (PyYAML, libyaml) mishandle but that are text in JSON and
#: in YAML 1.2 strings (which OpenAPI names): NEL, LS and PS they fold like line breaks, and
#: DEL, the C1 controls, U+FFFE and U+FFFF they refuse anywhere in the file.
_MISREAD = "".join(map(chr, range(0x7F, 0xA0))) + "\u2028\u2029\ufffe\uffff"


_ESCAPE = re.compile(r"\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8}))")


def _stand_ins(text: str) -> dict[str, str]:
    """A private-use character the text does not hold for each misread character it holds."""
    if text.isascii() and "\x7f" not in text:
        return {}
    wanted = [c for c in _MISREAD if c in text]
    if not wanted:
        return {}
    used = set(text)  # and what double-quoted escapes (`\ue000`) would make
    for m in _ESCAPE.finditer(text):
        code = int(m.group(m.lastindex or 0), 16)
        if code < 0x110000:
            used.add(chr(code))
    free = (
        chr(c) for c in (*range(0xE000, 0xF900), *range(0xF0000, 0xFFFFE)) if chr(c) not in used
    )
    return {c: next(free) for c in wanted}


def _read(cls: Any, text: str, file: str) -> Any:
    """Build the document from `cls`'s events; every character comes through as the text it is.

    The YAML 1.1 readers fold NEL, LS and PS like line breaks (a value starting with NEL would
    start with a space) and refuse DEL or a C1 control, so each such character stands in as a
    private-use one while parsing and is put back in every scalar: one character for one, so
    lines and columns are those of YAML 1.2 and JSON.
    """
    stand_ins = _stand_ins(text)
    if stand_ins:
        text = text.translate({ord(c): s for c, s in stand_ins.items()})
    source = cls(text)
    get_event = source.get_event
    if stand_ins:
        back = {ord(s): c for c, s in stand_ins.items()}
        marks = frozenset(stand_ins.values())
        scalar = yaml.ScalarEvent

        def get_event() -> Any:
            ev = source.get_event()
            if ev.__class__ is scalar and not marks.isdisjoint(ev.value):
                ev.value = ev.value.translate(back)
            return ev

    try:
        return _Builder(file).build(get_event)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = " ".join(p for p in (exc.context, exc.problem) if p)
        loc = Location(file, mark.line + 1, mark.column + 1) if mark else Location(file)
        raise YamlSyntaxError(f"malformed YAML/JSON: {problem}", loc) from None
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(f"malformed YAML/JSON: {exc}", Location(file)) from None
    finally:
        source.dispose()


_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[][{},]', re.DOTALL)


def json_nesting_error(text: str, file: str) -> SpecError | None:
    """The depth error for JSON text nested deeper than MAX_DEPTH (as the YAML reader words it).

    For text the `json` module reads: it recurses once per level (deep input ends in
    RecursionError), and a document it does read must still keep to the reader's limit.
    """
    stack: list[list[Any]] = []  # per open collection: [is_object, key or index, expecting a key]
    for match in _JSON_TOKEN.finditer(text):
        token = match.group()
        first = token[0]
        if first == '"':
            if stack and stack[-1][0] and stack[-1][2]:
                try:
                    stack[-1][1] = json.loads(token)
                except ValueError:
                    stack[-1][1] = token[1:-1]
                stack[-1][2] = False
        elif first == ",":
            if stack:
                if stack[-1][0]:
                    stack[-1][2] = True
                else:
                    stack[-1][1] += 1
        elif first in "[{":
            if len(stack) >= MAX_DEPTH:
                at = match.start()
                line = text.count("\n", 0, at) + 1
                column = at - (text.rfind("\n", 0, at) + 1) + 1
                tokens: list[str | int] = []
                for is_object, key, expecting in stack:
                    if is_object and (expecting or key is None):
                        break
                    tokens.append(key)
                return depth_error(file, (line, column), tokens)
            stack.append([True, None, True] if first == "{" else [False, 0, False])
        elif stack:
            stack.pop()
    return None


def position_of(container: Any, key: str | int) -> tuple[int, int] | None:
    """Line/column of `container[key]` (of the key for mappings) when known."""
    if isinstance(container, YMap):
        return container.key_pos.get(str(key))
    if isinstance(container, YList) and isinstance(key, int) and 0 <= key < len(container.item_pos):
        return container.item_pos[key]
    return None
