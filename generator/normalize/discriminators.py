"""Discriminators: the property whose literal value tells a union's object members apart.

Declared (`discriminator.propertyName`) or inferred from a required literal property every
member has; kept only where pydantic can use it (every member an object model, each value
distinct).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from generator.ir import Discriminator, NamedType, TypeRef

#: Properties tried first when no discriminator is declared.
DISCRIMINATOR_PREFERENCE = ("type", "event", "object", "kind", "role")


def discriminator(
    types: Mapping[str, NamedType],
    declared: Any,
    refs: list[TypeRef],
    warn: Callable[[str], None] | None = None,
) -> Discriminator | None:
    """A discriminator pydantic can use: every member an object with a literal property.

    `warn`, when given, hears why a declared discriminator (or an inferred one that clashes) is
    not kept; without it nothing is said (a nested union tried first, say)."""
    members = [types.get(r.name or "") if r.kind == "named" else None for r in refs]
    if any(m is None or m.kind != "object" for m in members) or any(r.nullable for r in refs):
        if isinstance(declared, dict) and warn is not None:
            warn("discriminator ignored: a member is not an object model")
        return None
    consts: list[dict[str, tuple[Any, ...]]] = []
    for m in members:
        assert m is not None
        consts.append(
            {
                f.name: f.type.values
                for f in m.fields
                if f.type.kind == "literal" and not f.type.open and f.required and f.type.values
            }
        )
    if isinstance(declared, dict) and isinstance(declared.get("propertyName"), str):
        candidates = [declared["propertyName"]]
        inferred = False
    else:
        common = set(consts[0]).intersection(*consts[1:]) if consts else set()
        candidates = [p for p in DISCRIMINATOR_PREFERENCE if p in common] + sorted(
            common - set(DISCRIMINATOR_PREFERENCE)
        )
        inferred = True
    for prop in candidates:
        if not all(prop in c for c in consts):
            continue
        mapping: list[tuple[str, str]] = []
        seen: set[Any] = set()
        ok = True
        for c, r in zip(consts, refs, strict=False):
            for v in c[prop]:
                if v in seen or not isinstance(v, str):
                    ok = False
                seen.add(v)
                mapping.append((v, r.name or ""))
        if ok:
            first = members[0]
            assert first is not None
            py = next(f.py_name for f in first.fields if f.name == prop)
            if all(next(f.py_name for f in m.fields if f.name == prop) == py for m in members if m):
                return Discriminator(prop, py, tuple(mapping), inferred)
    if not inferred and warn is not None:
        warn(f"discriminator {candidates[0]!r} ignored: not a distinct literal in every member")
    return None
