"""The base model of every generated type, and forward-compatible parsing of responses.

Servers evolve faster than clients: a response may carry a field this package does not
know, an enum value newer than the ``Literal[...]`` in a model, or lack a field the
model marks as required. ``construct_type`` first validates normally and, only when that
fails, falls back to a lenient construction that keeps whatever it cannot type as-is, so
such a response still parses instead of raising.
"""

from __future__ import annotations

import collections.abc
import dataclasses
import enum
import inspect
import types
from typing import (
    Any,
    ClassVar,
    Dict,
    List,
    Literal,
    Mapping,
    Optional,
    Sequence,
    Tuple,
    Union,
    get_args,
    get_origin,
)

import pydantic
from pydantic import (
    ConfigDict,
    GetCoreSchemaHandler,
    SerializationInfo,
    SerializerFunctionWrapHandler,
)
from pydantic.fields import FieldInfo
from typing_extensions import Annotated

from ._types import (
    NOT_GIVEN,
    NoneType,
    NotGiven,
    Omit,
    PostParser,
    RequestFiles,
    RequestOptions,
    Scopes,
    Security,
    Timeout,
)

__all__ = [
    "BaseModel",
    "NotNull",
    "construct_type",
    "validate_type",
    "FinalRequestOptions",
]


class _NotNull:
    """``Annotated[Optional[T], NotNull]``: a field that may be left out, never null.

    Left out, the field reads ``None`` (and stays out of ``model_fields_set``), so that
    ``if model.field:`` works as in the official SDK; but the spec does not allow it to be
    ``null``, so validation refuses an explicit null as it refuses any other wrong value.
    """

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> Any:
        schema: Any = handler(source)
        if schema.get("type") != "nullable":
            return schema
        inner: Dict[str, Any] = dict(schema["schema"])
        # validate as the inner type (null refused); serialize like Optional[T], so a None
        # put there by model_construct or assignment dumps as null without a warning
        inner["serialization"] = {"type": "nullable", "schema": schema["schema"]}
        return inner

    def __repr__(self) -> str:
        return "NotNull"


NotNull = _NotNull()

_OMITTABLE: Dict[type, Tuple[Tuple[str, str], ...]] = {}


def _omittable(cls: type[pydantic.BaseModel]) -> Tuple[Tuple[str, str], ...]:
    """``(name, alias)`` of the fields that default to None: the ones a response may omit."""
    found = _OMITTABLE.get(cls)
    if found is None:
        found = tuple(
            (name, field.serialization_alias or field.alias or name)
            for name, field in cls.model_fields.items()
            if not field.is_required()
            and field.default is None
            and not _only_none(field.annotation)
        )
        _OMITTABLE[cls] = found
    return found


def _only_none(annotation: Any) -> bool:
    """A constant null (``None`` / ``Literal[None]``): a value the model always has, not an omission."""
    if annotation is None or annotation is NoneType:
        return True
    return get_origin(annotation) is Literal and get_args(annotation) == (None,)


class BaseModel(pydantic.BaseModel):
    """Base class of every generated model.

    Unknown fields in a response are kept (``extra="allow"``) and reachable as
    attributes and through ``model_extra``; fields can be set by name or alias. A field
    the data left out reads ``None``; ``model_fields_set`` tells it from an explicit
    ``null``, and dumps leave it out (they hold what was set, never invented nulls).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
        protected_namespaces=(),
        arbitrary_types_allowed=True,
    )

    # No return annotation on purpose: pydantic would take it as the serialized schema
    # (JSON schemas in serialization mode, e.g. FastAPI's, would lose the model's fields).
    @pydantic.model_serializer(mode="wrap")
    def _leave_out_omitted(  # type: ignore[no-untyped-def]
        self, handler: SerializerFunctionWrapHandler, info: SerializationInfo
    ):
        data = handler(self)
        omittable = _omittable(type(self))
        if omittable and isinstance(data, dict):
            fields_set = self.model_fields_set
            by_alias = bool(info.by_alias)
            for name, alias in omittable:
                if name not in fields_set:
                    data.pop(alias if by_alias else name, None)
        return data

    def to_dict(
        self,
        *,
        mode: Literal["json", "python"] = "python",
        by_alias: bool = True,
        exclude_unset: bool = True,
        exclude_none: bool = False,
        warnings: bool = False,
    ) -> Dict[str, object]:
        """This model as a dict, keyed by the wire (alias) names, unset fields left out."""
        return self.model_dump(
            mode=mode,
            by_alias=by_alias,
            exclude_unset=exclude_unset,
            exclude_none=exclude_none,
            warnings=warnings,
        )

    def to_json(
        self,
        *,
        indent: Optional[int] = 2,
        by_alias: bool = True,
        exclude_unset: bool = True,
        exclude_none: bool = False,
        warnings: bool = False,
    ) -> str:
        """This model as a JSON string, keyed by the wire (alias) names."""
        return self.model_dump_json(
            indent=indent,
            by_alias=by_alias,
            exclude_unset=exclude_unset,
            exclude_none=exclude_none,
            warnings=warnings,
        )


_ADAPTERS: Dict[Any, pydantic.TypeAdapter[Any]] = {}
_MAX_ADAPTERS = 4096
_BUILD_ERRORS = (pydantic.PydanticUserError, pydantic.PydanticUndefinedAnnotation)


def _adapter(type_: Any) -> pydantic.TypeAdapter[Any]:
    try:
        cached = _ADAPTERS.get(type_)
    except TypeError:
        return pydantic.TypeAdapter(type_)
    if cached is not None:
        return cached
    adapter: pydantic.TypeAdapter[Any] = pydantic.TypeAdapter(type_)
    if len(_ADAPTERS) >= _MAX_ADAPTERS:
        _ADAPTERS.clear()
    _ADAPTERS[type_] = adapter
    return adapter


def validate_type(type_: Any, value: object) -> Any:
    """Validate ``value`` against ``type_``; raises ``pydantic.ValidationError``."""
    return _adapter(type_).validate_python(value)


def construct_type(type_: Any, value: object) -> Any:
    """Turn JSON data into ``type_``, never failing on data newer than the model.

    Validation is tried first; if it fails, the value is built leniently: models with
    ``model_construct`` (each field built the same way from its annotation, unknown
    fields kept as extras), unions by discriminator or best match, anything that still
    does not fit is kept as the raw value.
    """
    try:
        return _adapter(type_).validate_python(value)
    except pydantic.ValidationError:
        pass
    except _BUILD_ERRORS:
        pass
    return _construct_lenient(type_, value)


def _try_validate(type_: Any, value: object) -> Tuple[bool, Any]:
    try:
        return True, _adapter(type_).validate_python(value)
    except pydantic.ValidationError:
        return False, None
    except _BUILD_ERRORS:
        return False, None


_SEQUENCE_ORIGINS: Tuple[Any, ...] = (
    list,
    set,
    frozenset,
    collections.abc.Sequence,
    collections.abc.MutableSequence,
    collections.abc.Iterable,
    collections.abc.Collection,
    collections.abc.Set,
    collections.abc.MutableSet,
)
_MAPPING_ORIGINS: Tuple[Any, ...] = (
    dict,
    collections.abc.Mapping,
    collections.abc.MutableMapping,
)


def _construct_lenient(type_: Any, value: object) -> Any:
    if value is None or type_ is Any or type_ is object:
        return value
    origin = get_origin(type_)
    if origin is Annotated:
        inner, *metadata = get_args(type_)
        return _construct_union_or_type(inner, value, _discriminator_of(metadata))
    if origin is Union or origin is types.UnionType:
        return _construct_union(get_args(type_), value, None)
    if origin is Literal:
        return value
    if origin in _SEQUENCE_ORIGINS:
        args = get_args(type_)
        if isinstance(value, list) and args:
            return [construct_type(args[0], item) for item in value]
        return value
    if origin is tuple:
        args = get_args(type_)
        if not isinstance(value, list) or not args:
            return value
        if len(args) == 2 and args[1] is Ellipsis:
            return [construct_type(args[0], item) for item in value]
        if len(args) == len(value):
            return [construct_type(arg, item) for arg, item in zip(args, value)]
        return value
    if origin in _MAPPING_ORIGINS:
        args = get_args(type_)
        if isinstance(value, dict) and len(args) == 2:
            return {key: construct_type(args[1], item) for key, item in value.items()}
        return value
    if inspect.isclass(type_):
        if issubclass(type_, pydantic.BaseModel):
            if isinstance(value, type_):
                return value
            if isinstance(value, Mapping):
                return _construct_model(type_, value)
            return value
        if issubclass(type_, enum.Enum):
            try:
                return type_(value)
            except ValueError:
                return value
    return value


def _construct_model(cls: type[pydantic.BaseModel], data: Mapping[Any, Any]) -> Any:
    if not cls.__pydantic_complete__:
        cls.model_rebuild(raise_errors=False)
    values: Dict[str, Any] = {}
    fields_set: set[str] = set()
    used: set[object] = set()
    for name, field in cls.model_fields.items():
        key = _key_for(field, name, data)
        if key is _MISSING_KEY:
            if field.is_required():
                values[name] = None  # readable as None, but left out of dumps
            continue
        used.add(key)
        fields_set.add(name)
        values[name] = _construct_field(field, data[key])
    for key, raw in data.items():
        name = str(key)
        if key in used or name in values or name == "_fields_set":
            continue
        values[name] = raw
        fields_set.add(name)
    return cls.model_construct(_fields_set=fields_set, **values)


_MISSING_KEY = object()


def _key_for(field: FieldInfo, name: str, data: Mapping[Any, Any]) -> object:
    candidates: List[str] = []
    if field.alias:
        candidates.append(field.alias)
    if isinstance(field.validation_alias, str):
        candidates.append(field.validation_alias)
    candidates.append(name)
    for candidate in candidates:
        if candidate in data:
            return candidate
    return _MISSING_KEY


def _construct_field(field: FieldInfo, value: object) -> Any:
    discriminator = field.discriminator
    if isinstance(discriminator, str):
        return _construct_union_or_type(field.annotation, value, discriminator)
    discriminator_name = getattr(discriminator, "discriminator", None)
    if isinstance(discriminator_name, str):
        return _construct_union_or_type(field.annotation, value, discriminator_name)
    return construct_type(field.annotation, value)


def _discriminator_of(metadata: Sequence[object]) -> Optional[str]:
    for item in metadata:
        discriminator = getattr(item, "discriminator", None)
        if isinstance(discriminator, str):
            return discriminator
        inner = getattr(discriminator, "discriminator", None)
        if isinstance(inner, str):
            return inner
    return None


def _construct_union_or_type(
    type_: Any, value: object, discriminator: Optional[str]
) -> Any:
    origin = get_origin(type_)
    if origin is Union or origin is types.UnionType:
        ok, result = _try_validate(type_, value)
        if ok:
            return result
        return _construct_union(get_args(type_), value, discriminator)
    return construct_type(type_, value)


def _unwrap(type_: Any) -> Any:
    while get_origin(type_) is Annotated:
        type_ = get_args(type_)[0]
    return type_


def _flatten_union(members: Sequence[Any]) -> List[Any]:
    flat: List[Any] = []
    for member in members:
        inner = _unwrap(member)
        origin = get_origin(inner)
        if origin is Union or origin is types.UnionType:
            flat.extend(_flatten_union(get_args(inner)))
        elif inner is not NoneType:
            flat.append(member)
    return flat


def _is_model(type_: Any) -> bool:
    return inspect.isclass(type_) and issubclass(type_, pydantic.BaseModel)


def _construct_union(
    members: Sequence[Any], value: object, discriminator: Optional[str]
) -> Any:
    if value is None:
        return None
    candidates = _flatten_union(members)
    if isinstance(value, Mapping):
        if discriminator is not None:
            chosen = _pick_by_discriminator(candidates, value, discriminator)
            if chosen is not None:
                return construct_type(chosen, value)
            return value
    for member in candidates:
        ok, result = _try_validate(member, value)
        if ok:
            return result
    if isinstance(value, Mapping):
        best = _best_model(candidates, value)
        if best is not None:
            return construct_type(best, value)
        return value
    for member in candidates:
        origin = get_origin(_unwrap(member))
        if isinstance(value, list) and origin in _SEQUENCE_ORIGINS + (tuple,):
            return construct_type(member, value)
        if isinstance(value, dict) and origin in _MAPPING_ORIGINS:
            return construct_type(member, value)
    return value


def _literal_values(annotation: Any) -> Optional[List[object]]:
    annotation = _unwrap(annotation)
    origin = get_origin(annotation)
    if origin is Literal:
        return [
            item.value if isinstance(item, enum.Enum) else item
            for item in get_args(annotation)
        ]
    if origin is Union or origin is types.UnionType:
        collected: List[object] = []
        for member in get_args(annotation):
            if _unwrap(member) is NoneType:
                continue
            values = _literal_values(member)
            if values is None:
                return None
            collected.extend(values)
        return collected
    if inspect.isclass(annotation) and issubclass(annotation, enum.Enum):
        return [item.value for item in annotation]
    return None


def _field_by_name_or_alias(
    model: type[pydantic.BaseModel], name: str
) -> Optional[Tuple[str, FieldInfo]]:
    fields = model.model_fields
    if name in fields:
        field = fields[name]
        return (field.alias or name), field
    for field_name, field in fields.items():
        if field.alias == name:
            return name, field
    return None


def _pick_by_discriminator(
    members: Sequence[Any], value: Mapping[Any, Any], discriminator: str
) -> Any:
    for member in members:
        model = _unwrap(member)
        if not _is_model(model):
            continue
        found = _field_by_name_or_alias(model, discriminator)
        if found is None:
            continue
        key, field = found
        if key not in value and discriminator in value:
            key = discriminator
        allowed = _literal_values(field.annotation)
        if allowed is not None and key in value and value[key] in allowed:
            return member
    return None


def _best_model(members: Sequence[Any], value: Mapping[Any, Any]) -> Any:
    """The model member of a union that ``value`` most likely is, or ``None``.

    ``Literal`` fields that match count strongly for a member, ones that do not match
    strongly against it. A lone model member is always chosen (``Optional[Model]``); a
    best member whose ``Literal`` fields all disagree is not (the data is of a kind this
    client does not know, and is kept raw).
    """
    models = [member for member in members if _is_model(_unwrap(member))]
    if len(models) == 1:
        return models[0]
    best: Any = None
    best_score = 0
    best_plausible = False
    for member in models:
        model = _unwrap(member)
        present = matches = mismatches = 0
        for name, field in model.model_fields.items():
            key = _key_for(field, name, value)
            if key is _MISSING_KEY:
                continue
            present += 1
            if get_origin(_unwrap(field.annotation)) is Literal:
                allowed = _literal_values(field.annotation) or []
                if value[key] in allowed:
                    matches += 1
                else:
                    mismatches += 1
        score = present + 100 * matches - 1000 * mismatches
        if best is None or score > best_score:
            best, best_score = member, score
            best_plausible = matches > 0 or mismatches == 0
    return best if best_plausible else None


@dataclasses.dataclass
class FinalRequestOptions:
    """Everything needed to send one request, assembled from a call's arguments."""

    method: str
    url: str
    params: Mapping[str, object] = dataclasses.field(default_factory=dict)
    headers: Mapping[str, str | Omit] = dataclasses.field(default_factory=dict)
    max_retries: int | NotGiven = NOT_GIVEN
    timeout: Timeout | NotGiven = NOT_GIVEN
    files: Optional[RequestFiles] = None
    idempotency_key: Optional[str] = None
    idempotency_header: str = "Idempotency-Key"
    post_parser: PostParser | NotGiven = NOT_GIVEN
    json_data: object = None
    extra_json: Optional[Mapping[str, object]] = None
    security: Optional[Security] = None  # None: the client's default requirements
    scopes: Optional[Scopes] = None  # OAuth2 scopes to ask tokens for, by scheme

    def get_max_retries(self, default: int) -> int:
        if isinstance(self.max_retries, NotGiven):
            return default
        return self.max_retries

    @classmethod
    def build(
        cls,
        *,
        method: str,
        url: str,
        options: RequestOptions,
        body: object = None,
        files: Optional[RequestFiles] = None,
    ) -> FinalRequestOptions:
        built = cls(
            method=method,
            url=url,
            params=dict(options.get("params") or {}),
            headers=dict(options.get("headers") or {}),
            json_data=body,
            files=files,
            extra_json=options.get("extra_json"),
            idempotency_key=options.get("idempotency_key"),
            security=options.get("security"),
            scopes=options.get("scopes"),
            idempotency_header=options.get("idempotency_header", "Idempotency-Key"),
        )
        if "max_retries" in options:
            built.max_retries = options["max_retries"]
        if "timeout" in options:
            built.timeout = options["timeout"]
        if "post_parser" in options:
            built.post_parser = options["post_parser"]
        return built
