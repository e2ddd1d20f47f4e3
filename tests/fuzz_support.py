"""The generation property that fuzzing checks, shared by the test suite and scripts/fuzz_specs.py.

For one drawn spec (`spec_strategies.GeneratedSpec`):

1. generation in-process (`build_api` + `render_package`, server stubs and the scaffold
   included) raises nothing for a valid spec, and for a rejected one exactly the
   documented error it must (an `OasgenError` subclass: those are what the command
   reports as input errors, exit code 2; anything else is an internal error);
2. every emitted `.py` and `.pyi` file compiles;
3. the package imports: every module of it, served from memory by an import hook under
   one package name (the runtime modules, identical in every package, are compiled once);
   then every model is complete (its annotations resolve), every param TypedDict's and
   every client method's annotations resolve, the client's resource tree is reachable
   (sync and async), and the scaffolded server module builds the FastAPI app;
4. one instance per object component, built from the schema by `example_instance` (an
   oracle independent of the generator), validates and dumps back to itself.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.abc
import importlib.machinery
import logging
import shutil
import sys
import typing
import warnings
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import CodeType, ModuleType
from typing import Any, Callable

from generator.emit.render import Renderer
from generator.errors import OasgenError
from generator.ir import Api
from generator.pipeline import Target, build_api, render_package, render_scaffold

from spec_strategies import GeneratedSpec

#: What generation may raise: the errors the command reports as input errors (exit 2).
#: `OasgenError` is the documented base; `SpecError`, `UnsupportedSpecError` and `RefError`
#: (and `ValidationFailed`, which only `validate --strict` raises) are its subclasses.
DOCUMENTED_ERRORS: tuple[type[BaseException], ...] = (OasgenError,)

PACKAGE = "oasgen_fuzz_pkg"
EMIT_ALL = ("models", "client", "docs", "stubs")


class PropertyFailed(AssertionError):
    """The generator broke the property; `stage` says where."""

    def __init__(self, stage: str, message: str) -> None:
        super().__init__(f"[{stage}] {message}")
        self.stage = stage


@dataclass
class Outcome:
    kind: str  # "valid" or "rejected:<defect>"
    error: str | None = None  # the documented error raised, by class name
    operations: int = 0
    types: int = 0
    files: int = 0
    modules: int = 0  # modules imported
    instances: int = 0  # instances validated and round-tripped
    warnings: int = 0
    features: Counter[str] = field(
        default_factory=Counter
    )  # what the IR holds, by construct


def ir_features(api: Api) -> Counter[str]:
    """How many of each construct a spec's IR holds (the figures of scripts/fuzz_specs.py)."""
    from generator.normalize.normalizer import named_dependencies

    out: Counter[str] = Counter()
    for op in api.operations:
        out[f"{op.method} operations"] += 1
        out["streaming operations"] += op.streaming is not None
        out["paginated operations"] += op.pagination is not None
        out["multipart bodies"] += op.body_kind == "multipart"
        out["binary responses"] += any(r.kind == "binary" for r in op.responses)
        out["path/query/header/cookie parameters"] += len(op.parameters)
    for t in api.types:
        alias = t.alias_of
        out["object models"] += t.kind == "object"
        out["unions"] += alias is not None and alias.kind == "union"
        out["discriminated unions"] += (
            alias is not None and alias.discriminator is not None
        )
        out["enums"] += alias is not None and alias.kind == "literal"
        out["self-referencing types"] += t.id in named_dependencies(t)
    return +out


# -- in-memory import ---------------------------------------------------------------------


class _MemoryFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Serves `PACKAGE` and its submodules from a {relative path: code} table."""

    def __init__(self, package: str, codes: dict[str, CodeType]) -> None:
        self.package = package
        self.codes = codes

    def find_spec(
        self, fullname: str, path: Any = None, target: Any = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname != self.package and not fullname.startswith(self.package + "."):
            return None
        rel = fullname.replace(".", "/")
        if f"{rel}/__init__.py" in self.codes:
            spec = importlib.machinery.ModuleSpec(
                fullname, self, origin=f"<fuzz>/{rel}/__init__.py", is_package=True
            )
            spec.submodule_search_locations = []
            return spec
        if f"{rel}.py" in self.codes:
            return importlib.machinery.ModuleSpec(
                fullname, self, origin=f"<fuzz>/{rel}.py"
            )
        return None

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return None

    def exec_module(self, module: ModuleType) -> None:
        rel = module.__name__.replace(".", "/")
        code = self.codes.get(f"{rel}/__init__.py") or self.codes[f"{rel}.py"]
        module.__file__ = code.co_filename
        module.__oasgen_fuzz_code__ = code  # type: ignore[attr-defined]
        exec(code, module.__dict__)


def _purge(package: str, keep: dict[str, CodeType] | None = None) -> None:
    """Unload the package (but the modules in `keep` that run that very code), and forget what
    typing cached about it.

    Every example is imported under the same package name, and typing keeps things by
    module name: generic aliases cached by their arguments (forward references among them
    compare by text and module) and `@overload`s by module and qualified name. A later
    package would be handed those of an earlier one.
    """
    keep = keep or {}
    for name in [n for n in sys.modules if n == package or n.startswith(package + ".")]:
        module = sys.modules[name]
        if name in keep and getattr(module, "__oasgen_fuzz_code__", None) is keep[name]:
            adapters = getattr(
                module, "_ADAPTERS", None
            )  # type adapters of the last package's types
            if isinstance(adapters, dict):
                adapters.clear()
            continue
        del sys.modules[name]
    for clear in getattr(typing, "_cleanups", ()):
        clear()
    # Python 3.11+ registers overloads by module and qualified name, so they would carry over;
    # 3.10's typing.overload keeps no registry
    if hasattr(typing, "clear_overloads"):
        typing.clear_overloads()


def _overloads(fn: Any) -> list[Any]:
    """The `@overload`s of `fn` (Python 3.11+ registers them; 3.10 keeps none, so none are checked)."""
    get = getattr(typing, "get_overloads", None)
    return list(get(fn)) if get is not None else []


def _runtime_files() -> frozenset[str]:
    """Modules every package holds with the same text (for one package name): the runtime."""
    from generator.emit.render import templates_dir

    names = {
        p.name[: -len(".jinja")]
        for p in (templates_dir() / "client" / "runtime").glob("*.py.jinja")
    }
    return frozenset(names | {"server/_runtime.py"})


# -- the oracle: an instance of a schema ----------------------------------------------------


class NoInstance(Exception):
    """No cheap instance for this schema (recursion, other files, odd combinations)."""


_FORMATS = {"date-time": "2024-01-02T03:04:05Z", "date": "2024-01-02"}


def _resolve(doc: dict[str, Any], ref: str) -> Any:
    if not ref.startswith("#/"):
        raise NoInstance("ref into another file")
    value: Any = doc
    for token in ref[2:].split("/"):
        token = token.replace("~1", "/").replace("~0", "~")
        if not isinstance(value, dict) or token not in value:
            raise NoInstance(f"unresolved {ref}")
        value = value[token]
    return value


def example_instance(
    schema: Any, doc: dict[str, Any], depth: int = 0, top: bool = True
) -> Any:
    """A JSON value the schema accepts: every property at the top, required ones below it."""
    if depth > 8:
        raise NoInstance("too deep")
    if schema is True or schema == {} or not isinstance(schema, dict):
        return "anything"
    if isinstance(schema.get("$ref"), str):
        return example_instance(_resolve(doc, schema["$ref"]), doc, depth + 1, top)
    if "const" in schema:
        return schema["const"]
    if isinstance(schema.get("enum"), list):
        values = [v for v in schema["enum"] if v is not None]
        if not values:
            return None
        return values[0]
    if isinstance(schema.get("allOf"), list):
        return _all_of_instance(schema, doc, depth, top)
    for key in ("oneOf", "anyOf"):
        members = schema.get(key)
        if (
            isinstance(members, list)
            and members
            and not all(_only_required(m) for m in members)
        ):
            for m in members:
                if isinstance(m, dict) and (
                    m.get("type") == "null" or m == {"nullable": True}
                ):
                    continue
                try:
                    return example_instance(m, doc, depth + 1, top)
                except NoInstance:
                    continue
            raise NoInstance("no member has an instance")
    t = schema.get("type")
    if isinstance(t, list):
        real = [x for x in t if x != "null"]
        if not real:
            return None
        return example_instance({**schema, "type": real[0]}, doc, depth, top)
    if t is None and ("properties" in schema or "additionalProperties" in schema):
        t = "object"
    if t is None and "items" in schema:
        t = "array"
    if t == "string":
        fmt = schema.get("format")
        if fmt in _FORMATS:
            return _FORMATS[fmt]
        return "x" * int(schema.get("minLength") or 0)
    if t in ("integer", "number"):
        from spec_strategies import _lowest

        value = _lowest(schema)
        high = schema.get("maximum", schema.get("exclusiveMaximum"))
        if value in (0, 1) and (not isinstance(high, (int, float)) or high > value + 2):
            # not 0 or 1: pydantic takes them for False/True when a bool literal shares the union
            # (`Union[float, Literal[False]]` turns 0 into False), a pydantic quirk, not oasgen's
            value += 2
        return value
    if t == "boolean":
        return False
    if t == "null":
        return None
    if t == "array":
        count = int(schema.get("minItems") or 0)
        if not count:
            return []
        item = example_instance(schema.get("items", {}), doc, depth + 1, False)
        if schema.get("uniqueItems") and count > 1:
            raise NoInstance("unique items")
        return [item] * count
    if t == "object":
        return _object_instance(
            schema.get("properties") or {},
            schema.get("required") or [],
            doc,
            depth,
            top,
        )
    return "anything"


def _only_required(member: Any) -> bool:
    return (
        isinstance(member, dict)
        and bool(member)
        and set(member) <= {"required", "description", "title"}
        and "required" in member
    )


def _object_instance(
    props: dict[str, Any],
    required: list[Any],
    doc: dict[str, Any],
    depth: int,
    top: bool,
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, prop in props.items():
        if name in required:
            out[name] = example_instance(prop, doc, depth + 1, False)
        elif top or _is_literal(prop, doc):
            try:
                out[name] = example_instance(prop, doc, depth + 1, False)
            except NoInstance:
                pass
    return out


def _is_literal(prop: Any, doc: dict[str, Any]) -> bool:
    """A const-like property: the model gives it a default, so dumps always include it."""
    return isinstance(prop, dict) and (
        "const" in prop or isinstance(prop.get("enum"), list) and len(prop["enum"]) == 1
    )


def _all_of_instance(
    schema: dict[str, Any], doc: dict[str, Any], depth: int, top: bool
) -> Any:
    props: dict[str, Any] = {}
    required: list[Any] = []
    others: list[Any] = []

    def add(s: Any, hops: int) -> None:
        if hops > 10:
            raise NoInstance("allOf too deep")
        if isinstance(s, dict) and isinstance(s.get("$ref"), str):
            s = _resolve(doc, s["$ref"])
        if not isinstance(s, dict):
            return
        for m in s.get("allOf") or []:
            add(m, hops + 1)
        if "properties" in s or s.get("type") == "object":
            props.update(s.get("properties") or {})
            required.extend(s.get("required") or [])
            objects.append(s)
        elif set(s) - {"allOf", "description", "title", "nullable", "deprecated"}:
            others.append(s)

    objects: list[Any] = []
    for m in schema["allOf"]:
        add(m, 0)
    if others and objects:
        raise NoInstance("allOf of objects and other types")
    if others:
        if len(others) > 1:
            raise NoInstance("allOf of several non-objects")
        return example_instance(others[0], doc, depth + 1, top)
    return _object_instance(props, required, doc, depth, top)


def _json_equal(a: Any, b: Any) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_json_equal(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_json_equal(x, y) for x, y in zip(a, b))
    return a == b


# -- the property ------------------------------------------------------------------------------


@dataclass
class Checker:
    """Runs the property on one spec after another, reusing templates and compiled runtime code."""

    workdir: Path
    emit: tuple[str, ...] = EMIT_ALL
    import_package: bool = True
    round_trip: bool = True
    package: str = PACKAGE
    renderer: Renderer = field(default_factory=Renderer)
    share_runtime: bool = (
        True  # keep the runtime modules loaded while their text is the same
    )
    _codes: dict[str, CodeType] = field(default_factory=dict)
    _http: Any = (
        None  # one httpx2 client pair for every generated client (no TLS setup each time)
    )

    def __post_init__(self) -> None:
        # the server runtime logs what it cannot check (a pattern pydantic cannot compile): expected here
        logging.getLogger(self.package).setLevel(logging.ERROR)

    def run(
        self,
        spec: GeneratedSpec,
        inspect: Callable[[ModuleType, Api], None] | None = None,
    ) -> Outcome:
        """The property on one spec; `inspect` sees the imported package before it is unloaded."""
        outcome = Outcome(spec.kind)
        folder = self.workdir / "spec"
        if folder.exists():
            shutil.rmtree(folder)
        spec_path, naming_path = spec.write(folder)
        try:
            api = build_api(
                Target(
                    str(spec_path),
                    self.package,
                    naming=str(naming_path) if naming_path else None,
                )
            )
            files = render_package(
                api, self.package, emit=self.emit, renderer=self.renderer
            )
            if "stubs" in self.emit:
                files.update(render_scaffold(api, self.package, renderer=self.renderer))
        except DOCUMENTED_ERRORS as exc:
            outcome.error = type(exc).__name__
            if spec.valid:
                raise PropertyFailed(
                    "generate", f"a valid spec was refused: {type(exc).__name__}: {exc}"
                ) from exc
            assert spec.expected_error is not None
            if not isinstance(exc, spec.expected_error):
                raise PropertyFailed(
                    "generate",
                    f"{spec.kind}: expected {spec.expected_error.__name__}, got {type(exc).__name__}: {exc}",
                ) from exc
            if not str(exc).strip():
                raise PropertyFailed(
                    "generate", f"{spec.kind}: {type(exc).__name__} without a message"
                ) from exc
            return outcome
        if not spec.valid:
            raise PropertyFailed(
                "generate",
                f"{spec.kind}: accepted, expected {spec.expected_error.__name__ if spec.expected_error else '?'}",
            )
        outcome.operations = len(api.operations)
        outcome.types = len(api.types)
        outcome.features = ir_features(api)
        outcome.files = len(files)
        outcome.warnings = len(api.warnings)
        codes = self._compile(files)
        if self.import_package:
            self._import(api, files, codes, spec, outcome, inspect)
        return outcome

    def _compile(self, files: dict[str, str]) -> dict[str, CodeType]:
        codes: dict[str, CodeType] = {}
        if len(self._codes) > 5000:
            self._codes.clear()
        for rel, text in files.items():
            if not rel.endswith((".py", ".pyi")):
                continue
            key = hashlib.sha1(
                f"{rel}\0{text}".encode("utf-8", "surrogatepass")
            ).hexdigest()
            code = self._codes.get(key)
            if code is None:
                try:
                    code = compile(text, f"<fuzz>/{rel}", "exec", dont_inherit=True)
                except (SyntaxError, ValueError) as exc:
                    raise PropertyFailed(
                        "compile", f"{rel}: {type(exc).__name__}: {exc}"
                    ) from exc
                if rel.endswith(".py"):  # stubs are compiled, never run
                    self._codes[key] = code
            if rel.endswith(".py"):
                codes[rel] = code
        return codes

    def _import(
        self,
        api: Api,
        files: dict[str, str],
        codes: dict[str, CodeType],
        spec: GeneratedSpec,
        outcome: Outcome,
        inspect: Callable[[ModuleType, Api], None] | None,
    ) -> None:
        pkg = self.package
        finder = _MemoryFinder(pkg, codes)
        runtime = _runtime_files() if self.share_runtime else frozenset()
        keep = {
            f"{pkg}.{rel[: -len('.py')].replace('/', '.')}": codes[f"{pkg}/{rel}"]
            for rel in runtime
            if f"{pkg}/{rel}" in codes
        }
        _purge(pkg, keep)
        sys.meta_path.insert(0, finder)
        try:
            modules = sorted(
                rel[: -len(".py")].replace("/", ".").removesuffix(".__init__")
                for rel in codes
            )
            for name in modules:
                try:
                    with warnings.catch_warnings():
                        # FastAPI's own models of form fields named model_... warn about pydantic's namespace
                        warnings.filterwarnings(
                            "ignore",
                            r"Field .* (has conflict|conflicts) with protected namespace",
                        )
                        importlib.import_module(name)
                except Exception as exc:
                    raise PropertyFailed(
                        "import", f"{name}: {type(exc).__name__}: {exc}"
                    ) from exc
            outcome.modules = len(modules)
            self._check_types(pkg, api)
            if "client" in self.emit:
                self._check_client(pkg, api)
            if self.round_trip and isinstance(spec.document, dict):
                outcome.instances = self._round_trip(pkg, api, spec.document)
            if inspect is not None:
                inspect(sys.modules[pkg], api)
        finally:
            sys.meta_path.remove(finder)
            _purge(pkg, keep)

    def _check_types(self, pkg: str, api: Api) -> None:
        types = sys.modules[f"{pkg}.types"]
        names = set(types.__all__)
        for t in api.types:
            for name in (t.name, t.param_name):
                if name is None:
                    continue
                if name not in names:
                    raise PropertyFailed(
                        "types", f"{name} ({t.id}) is not in types.__all__"
                    )
                obj = getattr(types, name)
                try:
                    if isinstance(obj, type) and hasattr(obj, "__pydantic_complete__"):
                        if not obj.__pydantic_complete__:
                            obj.model_rebuild(raise_errors=True)
                    elif typing.is_typeddict(obj):
                        typing.get_type_hints(obj, include_extras=True)
                except Exception as exc:
                    raise PropertyFailed(
                        "types", f"{name}: {type(exc).__name__}: {exc}"
                    ) from exc

    def _check_client(self, pkg: str, api: Api) -> None:
        import httpx2

        package = sys.modules[pkg]
        if self._http is None:
            unreachable = httpx2.MockTransport(lambda request: httpx2.Response(599))
            self._http = {
                "Client": httpx2.Client(transport=unreachable, trust_env=False),
                "AsyncClient": httpx2.AsyncClient(
                    transport=unreachable, trust_env=False
                ),
            }
        for cls_name in ("Client", "AsyncClient"):
            client = getattr(package, cls_name)(
                **{c.name: "k" for c in api.credentials},
                base_url="http://127.0.0.1:9",
                http_client=self._http[cls_name],
            )
            for op in api.operations:
                obj: Any = client
                for part in op.resource:
                    try:
                        obj = getattr(obj, part)
                    except Exception as exc:
                        raise PropertyFailed(
                            "client",
                            f"{cls_name}.{'.'.join(op.resource)} ({part}): {type(exc).__name__}: {exc}",
                        ) from exc
                method = getattr(obj, op.py_name, None)
                if not callable(method):
                    raise PropertyFailed(
                        "client",
                        f"{cls_name}.{'.'.join((*op.resource, op.py_name))} is not a method (operation {op.id!r})",
                    )
                for fn in [method, *_overloads(getattr(type(obj), op.py_name))]:
                    try:
                        typing.get_type_hints(fn)
                    except Exception as exc:
                        raise PropertyFailed(
                            "client",
                            f"{op.id}: annotations of {'.'.join((*op.resource, op.py_name))}: {type(exc).__name__}: {exc}",
                        ) from exc
                raw = getattr(getattr(obj, "with_raw_response"), op.py_name, None)
                if not callable(raw):
                    raise PropertyFailed(
                        "client", f"{op.id}: no with_raw_response.{op.py_name}"
                    )

    def _round_trip(self, pkg: str, api: Api, doc: dict[str, Any]) -> int:
        types = sys.modules[f"{pkg}.types"]
        by_id = api.type_by_id()
        schemas = (doc.get("components") or {}).get("schemas") or {}
        done = 0
        for name, schema in schemas.items():
            t = by_id.get(
                "#/components/schemas/" + name.replace("~", "~0").replace("/", "~1")
            )
            if t is None or t.kind != "object":
                continue
            try:
                instance = example_instance(schema, doc)
            except NoInstance:
                continue
            model = getattr(types, t.name)
            try:
                obj = model.model_validate(instance)
            except Exception as exc:
                raise PropertyFailed(
                    "round-trip", f"{t.name} ({name}) refused {instance!r}: {exc}"
                ) from exc
            dumped = obj.to_dict(mode="json")
            if not _json_equal(dumped, instance):
                raise PropertyFailed(
                    "round-trip",
                    f"{t.name} ({name}): {instance!r} dumped as {dumped!r}",
                )
            done += 1
        return done
