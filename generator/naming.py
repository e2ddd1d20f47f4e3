"""Python names from spec names: valid, not keywords, not shadowing, collision-free."""

from __future__ import annotations

import hashlib
import keyword
import re
import unicodedata

#: Names that generated modules import; a class or field with one of them would shadow it.
RESERVED_CLASS_NAMES = frozenset(
    {
        "Any", "Annotated", "BaseModel", "Dict", "Field", "FieldInfo", "Iterable", "List",
        "Literal", "Mapping", "NotRequired", "Optional", "Required", "Sequence", "TypeAlias",
        "TypedDict", "Union", "TYPE_CHECKING", "NotGiven", "NOT_GIVEN", "Stream", "AsyncStream",
        "Client", "AsyncClient", "APIResponse", "PropertyInfo", "None", "True", "False",
        "SyncAPIClient", "AsyncAPIClient", "SyncAPIResource", "AsyncAPIResource", "MISSING",
        "TypeAliasType", "TypeGuard", "AsyncAPIResponse", "BinaryAPIResponse", "AsyncBinaryAPIResponse",
        "AsyncPaginator", "SyncPage", "AsyncPage", "SyncCursorPage", "AsyncCursorPage", "Body", "Query",
        "SyncListPage", "AsyncListPage", "AsyncListPaginator",
        "Headers", "Timeout", "FileTypes", "NotNull",
    }
)  # fmt: skip

#: Field names that would shadow a type used in annotations or a pydantic BaseModel attribute.
RESERVED_FIELD_NAMES = frozenset(
    {
        "str", "int", "float", "bool", "bytes", "datetime", "date", "MISSING", "Field", "NotNull",
        "Optional", "Union", "List", "Dict", "Literal", "Annotated", "Any",
        "model_config", "model_fields", "model_computed_fields", "model_extra",
        "model_fields_set", "model_construct", "model_copy", "model_dump", "model_dump_json",
        "model_json_schema", "model_parametrized_name", "model_post_init", "model_rebuild",
        "model_validate", "model_validate_json", "model_validate_strings", "copy", "dict",
        "json", "parse_obj", "parse_raw", "parse_file", "from_orm", "construct", "schema",
        "schema_json", "validate", "update_forward_refs", "to_dict", "to_json", "self",
    }
)  # fmt: skip

_WORD_BOUNDARY = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


def _ascii(text: str) -> str:
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text)
    return "".join(c if c.isascii() else "_" for c in text if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    """Split `getUserByID`, `foo-bar`, `Foo_Bar2` into lower-case words."""
    out: list[str] = []
    for chunk in re.split(r"[^A-Za-z0-9]+", _ascii(text)):
        out.extend(w.lower() for w in _WORD_BOUNDARY.findall(chunk))
    return out


def snake(text: str) -> str:
    """snake_case identifier (may still be a keyword: see `safe_identifier`)."""
    name = "_".join(words(text))
    return name or "_"


def extend(base: str, suffix: str) -> str:
    """`base` + `suffix` without the words they repeat at the seam (`SessionTracing` +
    `TracingConfiguration` is `SessionTracingConfiguration`); the suffix keeps a word of its own."""
    tail = words(base)
    parts = [
        w
        for chunk in re.split(r"[^A-Za-z0-9]+", _ascii(suffix))
        for w in _WORD_BOUNDARY.findall(chunk)
    ]
    lower = [w.lower() for w in parts]
    for k in range(min(len(tail), len(parts) - 1), 0, -1):
        if tail[-k:] == lower[:k]:
            return base + "".join(parts[k:])
    return base + suffix


def pascal(text: str) -> str:
    """PascalCase identifier, keeping existing capitals (`CreateThreadAndRunRequest` stays)."""
    parts = re.split(r"[^A-Za-z0-9]+", _ascii(text))
    name = "".join(p[:1].upper() + p[1:] for p in parts if p)
    return name


def safe_identifier(name: str, reserved: frozenset[str] = frozenset()) -> str:
    """Make `name` a valid identifier that is no keyword, soft keyword clash or reserved name."""
    name = re.sub(r"\W", "_", _ascii(name))
    if not name:
        name = "_"
    if name[0].isdigit():
        name = "_" + name
    if name.startswith("__") and name.endswith("__") and len(name) > 4:
        name = name.strip("_") + "_"  # never define dunders
    elif name.startswith("__") and name.strip("_"):
        name = "_" + name.lstrip("_")  # `__x` in a class body would be name-mangled to `_Class__x`
    # soft keywords (`match`, `type` since 3.12) are valid names: they stay, on every Python
    while keyword.iskeyword(name) or name == "_" or name in reserved:
        name += "_"
    return name


def field_name(wire: str) -> str:
    """Python attribute for a wire property name: kept when valid, else snake-cased.

    Never starts with `_`: pydantic treats such names as private attributes.
    """
    if wire.isidentifier() and wire.isascii():
        base = wire
    else:
        base = snake(wire)
    base = base.lstrip("_")
    if not base or base[0].isdigit():
        base = "field_" + base if base else "field"
    return safe_identifier(base, RESERVED_FIELD_NAMES)


def class_name(text: str) -> str:
    name = pascal(text) or "Model"
    if name[0].isdigit():
        name = "Model" + name
    name = safe_identifier(name)
    if name in RESERVED_CLASS_NAMES:
        name += "Model"
    return name


def method_name(text: str) -> str:
    """snake_case method or attribute name; text without a letter or digit (`..`, `名前`) is `method`."""
    return safe_identifier(snake(text) if words(text) else "method", RESERVED_FIELD_NAMES)


def member_name(text: str, reserved: frozenset[str] = frozenset()) -> str:
    """A name on the client's call tree (`client.fine_tuning.alpha.graders.validate`).

    Resources are plain classes, so only Python keywords and the few attributes every
    resource has (`reserved`) are changed, with a trailing `_` (`client.import_`).
    """
    return safe_identifier(python_snake(text) if words(text) else "method", reserved)


def given_member_name(text: str, reserved: frozenset[str] = frozenset()) -> str:
    """A name of a call path someone wrote (a naming file): kept when it is already a
    lower-case identifier (`get_def_`, `com1`), else as `member_name` makes it. Leading
    underscores go (`_client` would be the resource's own) and dunders are snake-cased."""
    dunder = text.startswith("__") and text.endswith("__")
    if text.isascii() and text.isidentifier() and text == text.lower() and not dunder:
        return safe_identifier(text.lstrip("_") or "method", reserved)
    return member_name(text, reserved)


#: Comparison operators some APIs end a parameter's name with (`DateSent<`), spelled out.
_COMPARISONS = (("<=", "lte"), (">=", "gte"), ("!=", "not"), ("<", "before"), (">", "after"))


def spell_comparison(wire: str) -> str:
    """`DateSent<` -> `DateSent_before`, `>` -> `_after`, `<=`/`>=` -> `_lte`/`_gte`, `!=` ->
    `_not`: the operator is the only thing telling such parameters apart."""
    text = wire.rstrip()
    for operator, word in _COMPARISONS:
        if text.endswith(operator) and text[: -len(operator)].strip():
            return f"{text[: -len(operator)].rstrip()}_{word}"
    return wire


def python_snake(text: str) -> str:
    """snake_case as Python SDKs write a wire name: `AccountSid` -> `account_sid`, `userID` ->
    `user_id`, `X-Request-Id` -> `x_request_id`; digits stay with their word (`address_line1`,
    `content-md5` -> `content_md5`)."""
    text = _ascii(text)
    text = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", text)
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
    return "_".join(p for p in re.split(r"[^A-Za-z0-9]+", text) if p).lower() or "_"


def argument_name(wire: str, reserved: frozenset[str] | set[str] = frozenset()) -> str:
    """A method argument for a wire name, snake_case as in the official SDKs: a lower-case
    identifier stays as it is (`top_logprobs`), others are snake-cased (`AccountSid` ->
    `account_sid`, `OpenAI-Beta` -> `open_ai_beta`, `DateSent<` -> `date_sent_before`).
    Builtins such as `bytes` or `type` stay (the method's annotations are strings): only
    keywords and the names a method body uses (`reserved`) get a `_` (`From` -> `from_`)."""
    wire = spell_comparison(wire)
    lower = wire.isidentifier() and wire.isascii() and wire == wire.lower()
    base = wire if lower else python_snake(wire)
    base = base.lstrip("_")  # `__x` would be name-mangled inside the resource class
    if not base or base[0].isdigit():
        base = "field_" + base if base else "field"  # as the model's attribute is named
    return safe_identifier(base, frozenset(reserved))


def module_name(text: str) -> str:
    return file_stem(safe_identifier(snake(text)))


#: File names Windows reserves whatever their extension (`con.py` cannot be created there).
_WINDOWS_DEVICES = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
)
#: Longest module name: file systems allow 255 bytes, and `_param2.py` may still follow.
MAX_MODULE_NAME = 200


def file_stem(name: str) -> str:
    """A module or package name that is also a portable file name: short, no Windows device name.

    A long name keeps its start and gets a hash of the whole, so long names stay distinct.
    """
    if len(name) > MAX_MODULE_NAME:
        digest = hashlib.sha1(name.encode()).hexdigest()[:8]
        name = name[: MAX_MODULE_NAME - 9].rstrip("_") + "_" + digest
    if name.lower() in _WINDOWS_DEVICES:
        name += "_"
    return name


def singular(word: str) -> str:
    """Good-enough English singular for item names (`messages` -> `message`)."""
    lower = word.lower()
    if lower.endswith("ies") and len(word) > 4:
        return word[:-3] + ("Y" if word[-3].isupper() else "y")
    if lower.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if lower.endswith("s") and not lower.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


class NameRegistry:
    """Hands out unique names in call order; a clash gets a numeric suffix (`Foo2`)."""

    def __init__(self, taken: set[str] | None = None, casefold: bool = False) -> None:
        self.casefold = casefold
        self.taken: set[str] = (
            {name.lower() for name in taken or ()} if casefold else set(taken or ())
        )

    def _key(self, name: str) -> str:
        return name.lower() if self.casefold else name

    def __contains__(self, name: str) -> bool:
        return self._key(name) in self.taken

    def claim(self, name: str) -> str:
        candidate = name
        n = 2
        while self._key(candidate) in self.taken:
            candidate = f"{name}{n}" if not name.endswith(tuple("0123456789")) else f"{name}_{n}"
            n += 1
        self.taken.add(self._key(candidate))
        return candidate
