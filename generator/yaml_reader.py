"""YAML (and JSON) read with JSON semantics, positions kept, aliases bounded.

PyYAML resolves YAML 1.1 scalars (`on` -> True, `2024-01-01` -> date, `0777` -> int)
that an OpenAPI document means as strings, so the resolvers below accept only the
JSON-compatible forms. Nodes are composed by libyaml's C parser when present; the
Python objects are built here so each mapping remembers where it and its keys were.
Aliases stay shared (one Python object per anchored node): the expanded size of the
document is measured first, so an alias bomb is refused before anything walks it.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from .errors import Location, SpecError

try:  # libyaml parses the 3 MB OpenAI spec about 6x faster
    from yaml import CSafeLoader as _BaseLoader

    HAVE_LIBYAML = True
except ImportError:  # pragma: no cover - depends on the platform build
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

    HAVE_LIBYAML = False

#: Refuse documents whose aliases expand to more nodes than this.
MAX_EXPANDED_NODES = 5_000_000
#: Refuse documents nested deeper than this (Python recursion stays safe).
MAX_DEPTH = 400

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_MERGE = "tag:yaml.org,2002:merge"


class JsonResolver(yaml.resolver.Resolver):
    """Only JSON's implicit types: null, true/false, integers and floats."""


JsonResolver.yaml_implicit_resolvers = {}
JsonResolver.add_implicit_resolver(_NULL, re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""])
JsonResolver.add_implicit_resolver(_BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
JsonResolver.add_implicit_resolver(_INT, re.compile(r"^-?(?:0|[1-9][0-9]*)$"), list("-0123456789"))
JsonResolver.add_implicit_resolver(
    _FLOAT,
    re.compile(r"^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$|^-?\.[0-9]+(?:[eE][-+]?[0-9]+)?$"),
    list("-0123456789."),
)
JsonResolver.add_implicit_resolver(_MERGE, re.compile(r"^(?:<<)$"), ["<"])


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    pass


# CSafeLoader mixes in the Python Resolver; swap in ours for implicit resolution.
_Loader.yaml_implicit_resolvers = JsonResolver.yaml_implicit_resolvers


class YMap(dict):  # type: ignore[type-arg]
    """A mapping that remembers its own position and each key's position (1-based)."""

    __slots__ = ("line", "column", "key_pos")

    def __init__(self) -> None:
        super().__init__()
        self.line = 0
        self.column = 0
        self.key_pos: dict[str, tuple[int, int]] = {}


class YList(list):  # type: ignore[type-arg]
    """A sequence that remembers its position and each item's position (1-based)."""

    __slots__ = ("line", "column", "item_pos")

    def __init__(self) -> None:
        super().__init__()
        self.line = 0
        self.column = 0
        self.item_pos: list[tuple[int, int]] = []


def _mark(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


class _Builder:
    """Build plain Python data from composed nodes, sharing anchored nodes."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.built: dict[int, Any] = {}

    def error(self, node: yaml.Node, message: str) -> SpecError:
        line, col = _mark(node)
        return SpecError(message, Location(self.file, line, col))

    def check_size(self, root: yaml.Node) -> None:
        """Expanded node count with aliases counted at each use; iterative, memoised."""
        sizes: dict[int, int] = {}
        on_path: set[int] = set()
        stack: list[tuple[yaml.Node, int, bool]] = [(root, 0, False)]
        while stack:
            node, depth, done = stack.pop()
            key = id(node)
            if done:
                on_path.discard(key)
                total = 1
                if isinstance(node, yaml.MappingNode):
                    for k, v in node.value:
                        total += sizes[id(k)] + sizes[id(v)]
                elif isinstance(node, yaml.SequenceNode):
                    for v in node.value:
                        total += sizes[id(v)]
                if total > MAX_EXPANDED_NODES:
                    raise self.error(
                        node,
                        f"YAML aliases expand to more than {MAX_EXPANDED_NODES:,} nodes "
                        "(an alias bomb?); refusing to read it",
                    )
                sizes[key] = total
                continue
            if key in sizes:
                continue
            if key in on_path:
                raise self.error(node, "recursive YAML alias: a node contains an alias to itself")
            if depth > MAX_DEPTH:
                raise self.error(node, f"document nested deeper than {MAX_DEPTH} levels")
            on_path.add(key)
            stack.append((node, depth, True))
            if isinstance(node, yaml.MappingNode):
                for k, v in node.value:
                    stack.append((k, depth + 1, False))
                    stack.append((v, depth + 1, False))
            elif isinstance(node, yaml.SequenceNode):
                for v in node.value:
                    stack.append((v, depth + 1, False))

    def build(self, node: yaml.Node) -> Any:
        key = id(node)
        if key in self.built:
            return self.built[key]
        if isinstance(node, yaml.ScalarNode):
            value = self.scalar(node)
            self.built[key] = value
            return value
        if isinstance(node, yaml.SequenceNode):
            seq = YList()
            seq.line, seq.column = _mark(node)
            self.built[key] = seq
            for item in node.value:
                seq.append(self.build(item))
                seq.item_pos.append(_mark(item))
            return seq
        if isinstance(node, yaml.MappingNode):
            mapping = YMap()
            mapping.line, mapping.column = _mark(node)
            self.built[key] = mapping
            merges: list[yaml.Node] = []
            for k_node, v_node in node.value:
                if k_node.tag == _MERGE:
                    merges.append(v_node)
                    continue
                k = self.build(k_node)
                if isinstance(k, (YMap, YList)):
                    raise self.error(k_node, "a mapping key must be a scalar")
                if not isinstance(k, str):
                    # JSON object keys are strings: `200:` is the response code "200".
                    k = _scalar_text(k_node)
                if k in mapping.key_pos:
                    line, col = mapping.key_pos[k]
                    raise self.error(k_node, f"duplicate key {k!r} (first defined at line {line})")
                mapping[k] = self.build(v_node)
                mapping.key_pos[k] = _mark(k_node)
            for m in merges:  # YAML merge keys: explicit keys win
                sources = m.value if isinstance(m, yaml.SequenceNode) else [m]
                for src_node in sources:
                    src = self.build(src_node)
                    if not isinstance(src, YMap):
                        raise self.error(src_node, "a merge key (<<) must refer to a mapping")
                    for k, v in src.items():
                        if k not in mapping:
                            mapping[k] = v
                            mapping.key_pos[k] = src.key_pos.get(k, (src.line, src.column))
            return mapping
        raise self.error(node, f"unsupported YAML node {type(node).__name__}")  # pragma: no cover

    def scalar(self, node: yaml.ScalarNode) -> Any:
        tag, text = node.tag, node.value
        if tag == _STR or node.style in ("'", '"', "|", ">"):
            return text
        if tag == _NULL:
            return None
        if tag == _BOOL:
            return text.lower() == "true"
        if tag == _INT:
            return int(text)
        if tag == _FLOAT:
            return float(text)
        if tag in ("tag:yaml.org,2002:binary", "tag:yaml.org,2002:timestamp"):
            return text
        if tag.startswith("tag:yaml.org,2002:") or tag == "!":
            return text
        raise self.error(node, f"unsupported YAML tag {tag}")


def _scalar_text(node: yaml.Node) -> str:
    return str(node.value)


def parse_yaml(text: str, file: str) -> Any:
    """Parse one YAML or JSON document into dicts/lists/scalars with positions."""
    try:
        loader = _Loader(text)
        try:
            root = loader.get_single_node()
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = " ".join(p for p in (exc.context, exc.problem) if p)
        loc = Location(file, mark.line + 1, mark.column + 1) if mark else Location(file)
        raise SpecError(f"malformed YAML/JSON: {problem}", loc) from None
    except yaml.YAMLError as exc:
        raise SpecError(f"malformed YAML/JSON: {exc}", Location(file)) from None
    except RecursionError:
        raise SpecError("document nested too deeply to parse", Location(file)) from None
    if root is None:
        raise SpecError("the file is empty", Location(file))
    builder = _Builder(file)
    builder.check_size(root)
    return builder.build(root)


def position_of(container: Any, key: str | int) -> tuple[int, int] | None:
    """Line/column of `container[key]` (of the key for mappings) when known."""
    if isinstance(container, YMap):
        return container.key_pos.get(str(key))
    if isinstance(container, YList) and isinstance(key, int) and 0 <= key < len(container.item_pos):
        return container.item_pos[key]
    return None
