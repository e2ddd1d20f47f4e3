"""Generate a client from each of several OpenAPI specs and check that every argument the spec
describes is described in the generated method's docstring.

For every spec given, this runs `oasgen generate SPEC --emit client,docs` into a scratch folder,
then reads the spec on its own (plain YAML/JSON, `$ref`s followed by hand, none of oasgen's IR)
and the generated resource modules with `ast`. For each operation it gathers the parameters
(the path item's and the operation's) and the properties of the request body the client sends
that the spec describes: a `description` on the parameter, its schema, a `$ref`'d schema, an
`allOf` part (beside parts that only annotate, such as `{nullable: true}`), the non-null member
of `anyOf`/`oneOf: [X, null]`, or failing those a `title` that says more than the name. The method is found through `api.md` (call path and route) and
the client's `cached_property` chain; an argument is documented when every `def` of the method
(overloads too) has it under `Args:`.

    python scripts/sweep_docstrings.py /tmp/specs/*.json -v
    python scripts/sweep_docstrings.py --json report.json SPEC...

Printed per spec: described arguments, documented, missing (with examples), and arguments the
spec describes that no method has (named differently or left out). Exit status: 0 when nothing
is missing, 1 otherwise.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterator

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sweep_specs import HEADING, METHODS, ROUTE, Spec, find_spec  # noqa: E402

BODILESS = ("get", "head", "trace")
#: Keywords that say something about a value without shaping it.
ANNOTATIONS = {"nullable", "description", "title", "readOnly", "writeOnly", "deprecated", "default", "example", "examples"}
LOCATIONS = ("path", "query", "header", "cookie")


@dataclass
class Result:
    spec: str
    exit_code: int = 0
    operations: int = 0
    methods_found: int = 0
    described: int = 0
    documented: int = 0
    missing: list[str] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


# -- the spec ---------------------------------------------------------------------------------


def _key(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.lower())


def description_of(spec: Spec, node: Any, base: Path, name: str) -> str | None:
    """The text a spec gives a parameter or property: a description anywhere along the chain
    (itself, its schema or content schema, what a `$ref` points at, a single `allOf` part, the
    non-null member of a nullable union, the part of an `allOf` that is not only an annotation),
    else a title there that is more than a name."""
    return _along(spec, node, base, name, "description", None, 0) or _along(spec, node, base, name, "title", None, 0)


def _along(spec: Spec, node: Any, base: Path, name: str, key: str, own: str | None, depth: int) -> str | None:
    if depth > 8 or not isinstance(node, dict):
        return None
    text = node.get(key)
    if isinstance(text, str) and text.strip():
        if key == "description" or _key(text) not in (_key(name), _key(own or "")):
            return text
    ref = node.get("$ref")
    if isinstance(ref, str):
        target, tbase = spec.deref({"$ref": ref}, base)
        last = ref.rsplit("/", 1)[-1] if "#" in ref else Path(ref.split("#")[0]).stem
        return _along(spec, target, tbase, name, key, last, depth + 1)
    nested: list[Any] = []
    if isinstance(node.get("schema"), dict) and "in" in node:
        nested.append(node["schema"])
    elif isinstance(node.get("content"), dict) and "in" in node:
        nested += [m["schema"] for m in node["content"].values() if isinstance(m, dict) and isinstance(m.get("schema"), dict)][:1]
    parts = node.get("allOf")
    if isinstance(parts, list):
        # the one part that shapes the value: `allOf: [{$ref: X}, {nullable: true}]` is X
        real = [p for p in parts if not (isinstance(p, dict) and p and set(p) <= ANNOTATIONS)]
        if len(real) == 1:
            nested.append(real[0])
    for union in ("anyOf", "oneOf"):
        members = node.get(union)
        if isinstance(members, list) and len(members) == 2:
            real = [m for m in members if not (isinstance(m, dict) and m.get("type") == "null")]
            if len(real) == 1:
                nested.append(real[0])
    for sub in nested:
        found = _along(spec, sub, base, name, key, None, depth + 1)
        if found:
            return found
    return None


def properties(spec: Spec, node: Any, base: Path, seen: set[int] | None = None) -> dict[str, tuple[Any, Path]] | None:
    """The properties of an object schema, through `$ref`s and `allOf`; None for another shape."""
    seen = seen if seen is not None else set()
    node, base = spec.deref(node, base)
    if not isinstance(node, dict) or id(node) in seen:
        return None
    seen.add(id(node))
    out: dict[str, tuple[Any, Path]] = {}
    shaped = False
    for part in node.get("allOf") or []:
        found = properties(spec, part, base, seen)
        if found is not None:
            shaped = True
            for k, v in found.items():
                out.setdefault(k, v)
    props = node.get("properties")
    if isinstance(props, dict) and props:
        shaped = True
        for k, v in props.items():
            out[k] = (v, base)
    elif node.get("type") == "object" and not node.get("allOf") and not props:
        return None
    return out if shaped else None


def _prop_descriptions(spec: Spec, node: Any, base: Path) -> dict[str, str | None]:
    """Each body property's description: from whichever `allOf` part describes it."""
    out: dict[str, str | None] = {}

    def walk(n: Any, b: Path, seen: set[int]) -> None:
        n, b = spec.deref(n, b)
        if not isinstance(n, dict) or id(n) in seen:
            return
        seen.add(id(n))
        for part in n.get("allOf") or []:
            walk(part, b, seen)
        for k, v in (n.get("properties") or {}).items():
            if isinstance(v, dict) and v.get("readOnly"):
                read_only.add(k)
                continue
            text = description_of(spec, v, b, k)
            if text or k not in out:
                out[k] = text or out.get(k)

    read_only: set[str] = set()
    walk(node, base, set())
    for k in read_only:
        out.pop(k, None)
    return out


def _is_binary(spec: Spec, node: Any, base: Path, depth: int = 0) -> bool:
    node, base = spec.deref(node, base)
    if not isinstance(node, dict) or depth > 4:
        return False
    if node.get("type") == "string" and (node.get("format") == "binary" or "contentMediaType" in node):
        return True
    subs = [node.get("items")] + [m for k in ("oneOf", "anyOf") for m in node.get(k) or []]
    return any(_is_binary(spec, s, base, depth + 1) for s in subs if isinstance(s, dict))


def _kind(content_type: str) -> str:
    ct = content_type.split(";", 1)[0].strip().lower()
    if ct == "application/json" or ct.endswith("+json"):
        return "json"
    return {"multipart/form-data": "multipart", "application/x-www-form-urlencoded": "form"}.get(ct, "other")


def body_arguments(spec: Spec, op: dict[str, Any], base: Path) -> dict[str, tuple[str | None, str]]:
    """wire name -> (description, where) of each body property the client takes as an argument:
    the multipart body with a file if there is one, else the first JSON, multipart or form body,
    else the first; a body that is not an object with properties is one argument, `body`."""
    body, bbase = spec.deref(op.get("requestBody"), base)
    content = body.get("content") if isinstance(body, dict) else None
    if not isinstance(content, dict) or not content:
        return {}
    schemas = [(ct, (m or {}).get("schema")) for ct, m in content.items() if isinstance(m, dict) or m is None]
    chosen: tuple[str, Any] | None = None
    for ct, schema in schemas:
        if _kind(ct) == "multipart" and isinstance(schema, dict):
            props = properties(spec, schema, bbase) or {}
            if any(_is_binary(spec, v, b) for v, b in props.values()):
                chosen = (ct, schema)
                break
    chosen = chosen or next(((ct, s) for ct, s in schemas if _kind(ct) != "other"), None)
    chosen = chosen or (schemas[0] if schemas else None)
    if chosen is None:
        return {}
    ct, schema = chosen
    if not isinstance(schema, dict) or properties(spec, schema, bbase) is None:
        # one `body` argument: described by the request body, or else by its schema
        text = body.get("description") if isinstance(body.get("description"), str) and body["description"].strip() else None
        if text is None and isinstance(schema, dict):
            text = description_of(spec, schema, bbase, "body")
        return {"body": (text, f"raw body {ct}")}
    return {k: (v, f"body {_kind(ct)}") for k, v in _prop_descriptions(spec, schema, bbase).items()}


def operation_arguments(spec: Spec, item: dict[str, Any], ibase: Path, op: dict[str, Any], obase: Path, method: str) -> dict[tuple[str, str], str | None]:
    """(where, wire name) -> description of every argument the spec gives the operation."""
    params: dict[tuple[str, str], tuple[Any, Path]] = {}
    for owner, base in ((item, ibase), (op, obase)):
        for p in owner.get("parameters") or []:
            node, pbase = spec.deref(p, base)
            if isinstance(node, dict) and isinstance(node.get("name"), str) and node.get("in") in LOCATIONS:
                # a `$ref` with a description beside it describes the parameter too
                local = p if isinstance(p, dict) and isinstance(p.get("description"), str) else node
                params[(node["in"], node["name"])] = ({**node, "description": local.get("description")} if local is not node else node, pbase)
    out: dict[tuple[str, str], str | None] = {}
    for (loc, name), (node, pbase) in params.items():
        # the argument name a spec written for SDKs asks for, on the parameter or its schema
        schema = spec.deref(node.get("schema"), pbase)[0] if isinstance(node.get("schema"), dict) else {}
        alias = node.get("x-stainless-param") or (schema or {}).get("x-stainless-param")
        out[(loc, alias if isinstance(alias, str) else name)] = description_of(spec, node, pbase, name)
    if method not in BODILESS:
        for name, (text, where) in body_arguments(spec, op, obase).items():
            out.setdefault((where, name), text)
    return out


def spec_operations(spec: Spec) -> Iterator[tuple[str, str, dict[tuple[str, str], str | None]]]:
    doc = spec.load(spec.root)
    for key, item in (doc.get("paths") or {}).items():
        item, ibase = spec.deref(item, spec.root)
        if not isinstance(item, dict):
            continue
        for method in METHODS:
            if not isinstance(item.get(method), dict):
                continue
            op, obase = spec.deref(item[method], ibase)
            yield method, key, operation_arguments(spec, item, ibase, op, obase, method)


# -- the generated package --------------------------------------------------------------------


def operation_ids(spec: Spec) -> dict[tuple[str, str], str | None]:
    doc = spec.load(spec.root)
    out: dict[tuple[str, str], str | None] = {}
    for key, item in (doc.get("paths") or {}).items():
        item, ibase = spec.deref(item, spec.root)
        for method in METHODS:
            op = spec.deref(item.get(method), ibase)[0] if isinstance(item, dict) else None
            if isinstance(op, dict):
                op_id = op.get("operationId")
                out[(method, key)] = op_id if isinstance(op_id, str) else None
    return out


def assign_calls(calls: dict[tuple[str, str], list[str]], ids: dict[tuple[str, str], str | None]) -> dict[tuple[str, str], str]:
    """(method, path key) -> call path. Where several path keys share a route (they differ
    after `#`), each takes the method named after its operation id, and one left over takes
    the method left over."""
    out: dict[tuple[str, str], str] = {}
    by_route: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for method, key in ids:
        by_route.setdefault((method, key.split("#")[0]), []).append((method, key))
    for route, ops in by_route.items():
        left = list(calls.get(route, []))
        for op in ops:
            named = [c for c in left if _key(c.rsplit(".", 1)[-1]) == _key(ids[op] or "")]
            if named:
                out[op] = named[0]
                left.remove(named[0])
        rest = [op for op in ops if op not in out]
        if len(rest) == 1 and len(left) == 1:
            out[rest[0]] = left[0]
    return out


def api_md_calls(text: str) -> dict[tuple[str, str], list[str]]:
    """(method, path) -> call path (`client.a.b.list`) of each method api.md documents; api.md
    shows the route sent, so path keys that differ only after `#` share one."""
    out: dict[tuple[str, str], list[str]] = {}
    pending: str | None = None
    for line in text.splitlines():
        if line.startswith("## Webhooks"):
            break
        head = HEADING.match(line)
        if head:
            pending = head.group("call")
            continue
        route = ROUTE.match(line)
        if route and pending is not None:
            out.setdefault((route.group("method").lower(), route.group("path").split("#")[0]), []).append(pending)
            pending = None
    return out


class Package:
    """The generated package's modules, parsed once, and the classes its call paths reach."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.trees: dict[str, ast.Module] = {}

    def tree(self, module: str) -> ast.Module:
        if module not in self.trees:
            self.trees[module] = ast.parse((self.root / (module.replace(".", "/") + ".py")).read_text(encoding="utf-8"))
        return self.trees[module]

    def cls(self, module: str, name: str) -> ast.ClassDef | None:
        return next((n for n in self.tree(module).body if isinstance(n, ast.ClassDef) and n.name == name), None)

    def defs(self, call: str) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
        """Every `def` of the method a call path names, in the sync client."""
        parts = call.removeprefix("client.").split(".")
        module, cls = "_client", self.cls("_client", "Client")
        for attr in parts[:-1]:
            if cls is None:
                return []
            hop = next((n for n in cls.body if isinstance(n, ast.FunctionDef) and n.name == attr), None)
            if hop is None:
                return []
            imp = next((n for n in ast.walk(hop) if isinstance(n, ast.ImportFrom)), None)
            if imp is None or imp.module is None:
                return []
            package = module.split(".")[: -imp.level] if imp.level else []
            module = ".".join(package + imp.module.split("."))
            cls = self.cls(module, imp.names[0].name)
        if cls is None:
            return []
        return [n for n in cls.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.name == parts[-1]]


def _args_section(doc: str | None) -> str:
    return doc.split("\nArgs:\n", 1)[1] if doc and "\nArgs:\n" in doc else ""


def _param_names(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> list[str]:
    a = fn.args
    return [x.arg for x in a.posonlyargs + a.args + a.kwonlyargs if x.arg != "self"]


#: Comparisons some APIs end a parameter's name with, as SDKs spell them (`DateSent<`).
COMPARISONS = (("<=", "lte"), (">=", "gte"), ("!=", "not"), ("<", "before"), (">", "after"))
#: Where an argument goes, as a prefix telling two arguments of one name apart (`body_id`).
PLACES = ("body", "query", "header", "cookie", "path")


def wire_key(name: str) -> str:
    """A wire name's letters and digits, a comparison it ends with spelled out."""
    for operator, word in COMPARISONS:
        if name.rstrip().endswith(operator) and name.rstrip()[: -len(operator)].strip():
            return _key(name.rstrip()[: -len(operator)]) + word
    return _key(name)


def match_argument(key: str, names: list[str]) -> str | None:
    """The method argument a wire name (`wire_key`) became: the same letters and digits, or
    those after the place it goes (`body_id`) or before a number taken to avoid a clash."""
    if not key:
        return None
    exact = [n for n in names if _key(n) == key]
    if exact:
        return exact[0]
    placed = [n for n in names if any(_key(n) == place + key for place in PLACES)]
    if placed:
        return placed[0]
    suffixed = [n for n in names if _key(n).startswith(key) and _key(n)[len(key) :].isdigit()]
    return suffixed[0] if suffixed else None


# -- one spec ----------------------------------------------------------------------------------


def sweep(spec_path: Path, out: Path, package: str, verbose: bool) -> Result:
    result = Result(spec=str(spec_path))
    target = out / package
    shutil.rmtree(target, ignore_errors=True)
    cmd = ["oasgen", "generate", str(spec_path), "-o", str(target), "--package", package, "--emit", "client,docs"]
    run = subprocess.run(cmd, capture_output=True, text=True)
    result.exit_code = run.returncode
    if run.returncode != 0:
        result.problems.append(f"generate exited {run.returncode}: {run.stderr.strip()[-400:]}")
        return result
    pkg = Package(target / package)
    calls = api_md_calls((target / package / "api.md").read_text(encoding="utf-8"))
    spec = Spec(spec_path.resolve())
    assigned = assign_calls(calls, operation_ids(spec))
    for method, key, args in spec_operations(spec):
        result.operations += 1
        call = assigned.get((method, key))
        defs = pkg.defs(call) if call else []
        if not defs:
            result.problems.append(f"{method.upper()} {key}: no generated method found ({call})")
            continue
        result.methods_found += 1
        # arguments whose names differ only in case or punctuation (a body field and a query
        # parameter both `uris`) become `uris` and `query_uris`: counted together
        groups: dict[str, list[tuple[str, str, str]]] = {}
        for (where, name), text in args.items():
            if text:
                groups.setdefault(wire_key(name), []).append((where, name, text))
        for key, described in groups.items():
            result.described += len(described)
            names = {n for fn in defs for n in _param_names(fn) if match_argument(key, [n])}
            documented = [
                n
                for n in names
                if all(
                    re.search(rf"^    {re.escape(n)}:( |$)", _args_section(ast.get_docstring(fn)), re.M)
                    for fn in defs
                    if n in _param_names(fn)
                )
            ]
            for i, (where, name, text) in enumerate(described):
                label = f"{call}: {name} ({where})"
                if not names:
                    result.unmatched.append(label)
                elif i < len(documented):
                    result.documented += 1
                else:
                    result.missing.append(f"{label}: {' '.join(text.split())[:60]!r}")
    return result


def shorten(items: list[str], verbose: bool, n: int = 5) -> str:
    if verbose or len(items) <= n:
        return "\n      ".join(items)
    return "\n      ".join(items[:n]) + f"\n      ... ({len(items) - n} more)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("specs", nargs="+", type=Path, metavar="SPEC")
    parser.add_argument("--out", type=Path, help="where to generate (default: a temporary folder)")
    parser.add_argument("--json", type=Path, help="write the results as JSON")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every argument missing")
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="oasgen-docsweep-"))
    results = []
    for spec_path in args.specs:
        spec_path = find_spec(spec_path)
        stem = spec_path.stem if spec_path.stem != "openapi" else spec_path.parent.name
        package = "docsweep_" + re.sub(r"\W", "_", stem).lower()
        res = sweep(spec_path, out, package, args.verbose)
        results.append(res)
        print(
            f"{spec_path.name}: exit {res.exit_code}, operations {res.methods_found}/{res.operations}, "
            f"described {res.described}, documented {res.documented}, missing {len(res.missing)}, "
            f"not an argument {len(res.unmatched)}",
            flush=True,
        )
        if res.missing:
            print(f"  missing:\n      {shorten(res.missing, args.verbose)}", flush=True)
        if res.unmatched:
            print(f"  not an argument:\n      {shorten(res.unmatched, args.verbose, 3)}", flush=True)
        for problem in res.problems[:5] if not args.verbose else res.problems:
            print(f"  - {problem}", flush=True)
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in results], indent=2) + "\n", encoding="utf-8")
    return 1 if any(r.missing or r.problems for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
