"""Read the names oasgen gives each of several specs' calls and arguments, and count the ones
that read unlike a hand-written SDK.

For every spec given (with `SPEC=NAMING` a naming file applies), this builds oasgen's IR and
counts, over all operations:

- numbered: a method name, a name on the call path or an argument name ending in a number
  that its spec name (operationId, path segment, wire name) does not end in (`date_sent2`);
- list of one: a method called `list` whose success response is one object, not many;
- HTTP verb: a method name holding an HTTP method as a word (`get_new`, `put_sub`), besides
  the plain `delete`;
- version or extension: a call path starting with a version or date segment (`_2010_04_01`,
  `v_2`) or holding a file extension (`messages_json`).

    python scripts/sweep_names.py specs-elsewhere/github.json specs/openai.yaml=specs/openai.naming.yaml
    python scripts/sweep_names.py --dump names.json SPEC...   # every call and its arguments
    python scripts/sweep_names.py -v SPEC...                  # list each name counted

Exit status: 0.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.ir import Api
from generator.load.loader import load_spec
from generator.naming import python_snake
from generator.normalize.call_paths import returns_many
from generator.normalize.naming_file import load_naming
from generator.normalize.normalizer import normalize

VERBS = {"get", "put", "post", "patch", "head", "options", "trace"}
_LEADING_VERSION = re.compile(r"^(v_?\d+|_?\d{4}(_\d\d){1,2})$")
_EXTENSION = re.compile(r"_(json|xml|csv|yaml)$")


def _numbered(name: str, source: str) -> bool:
    return bool(re.search(r"\d$", name)) and not re.search(r"\d\W*$", source)


def sweep(api: Api) -> dict[str, list[str]]:
    types = {t.id: t for t in api.types}
    found: dict[str, list[str]] = {
        "numbered": [],
        "list of one": [],
        "HTTP verb": [],
        "version or extension": [],
    }
    for op in api.operations:
        call = ".".join([*op.resource, op.py_name])
        where = f"{op.method.upper()} {op.path}"
        segments = [s for s in op.path.split("/") if s and not s.startswith("{")]
        if _numbered(op.py_name, op.id + (segments[-1] if segments else "")):
            found["numbered"].append(f"{call}  ({where})")
        spelt = {python_snake(s) for s in segments}
        if (op.resource and _LEADING_VERSION.match(op.resource[0])) or any(
            _EXTENSION.search(p) for p in op.resource + (op.py_name,)
        ):
            found["version or extension"].append(f"{call}  ({where})")
        elif any(re.search(r"\d$", p) and p.rstrip("_") not in spelt for p in op.resource):
            found["numbered"].append(f"{call}  ({where})")
        for arg in op.arguments:
            if _numbered(arg.py_name, arg.wire_name or "body"):
                found["numbered"].append(f"{call}({arg.py_name}=)  [{arg.wire_name}]")
        if op.py_name.rstrip("_") == "list" and returns_many(op, types) is False:
            found["list of one"].append(f"{call}  ({where})")
        words = set(op.py_name.split("_"))
        if words & VERBS or ("delete" in words and op.py_name != "delete"):
            found["HTTP verb"].append(f"{call}  ({where}, {op.id})")
    return found


def dump(api: Api) -> dict[str, dict[str, object]]:
    return {
        op.id: {
            "call": ".".join([*op.resource, op.py_name]),
            "route": f"{op.method.upper()} {op.path}",
            "arguments": [a.py_name for a in op.arguments],
        }
        for op in api.operations
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("specs", nargs="+", help="SPEC or SPEC=NAMING_FILE")
    parser.add_argument("--dump", help="write every spec's calls and arguments to this JSON file")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    dumped: dict[str, object] = {}
    print(
        f"{'spec':<28}{'operations':>11}{'numbered':>10}{'list of one':>13}{'HTTP verb':>11}{'version/ext':>13}"
    )
    for given in args.specs:
        path, _, naming = given.partition("=")
        spec = load_spec(path)
        api = normalize(spec, naming_overrides=load_naming(naming) if naming else None, problems=[])
        found = sweep(api)
        counts = [len(v) for v in found.values()]
        print(
            f"{Path(path).name:<28}{len(api.operations):>11}"
            + "".join(f"{c:>{w}}" for c, w in zip(counts, (10, 13, 11, 13), strict=True))
        )
        if args.verbose:
            for kind, names in found.items():
                for name in names:
                    print(f"    {kind}: {name}")
        dumped[Path(path).name] = dump(api)
    if args.dump:
        Path(args.dump).write_text(json.dumps(dumped, indent=1, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
