#!/usr/bin/env python3
"""Report what each spec's security schemes become in the generated client.

    scripts/auth_sweep.py SPEC[=PACKAGE] ... [--markdown]

For each spec: its schemes (kind, where sent), the default requirements, the constructor
arguments with their environment variables, how many operations send no credentials, and the
security warnings. PACKAGE (default: the file's stem) gives the variables' prefix.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.ir import Api, SecurityScheme
from generator.pipeline import Target, build_api


def _sent(s: SecurityScheme) -> str:
    if s.kind == "other":
        return "nothing (warned)"
    if s.kind == "apiKey":
        return f"{s.location} `{s.param_name}`"
    if s.kind == "basic":
        return "`Authorization: Basic`"
    flow = f", token from {s.token_url}" if s.token_url else ""
    return f"`Authorization: Bearer`{flow}"


def _requirements(reqs: list[list[str]]) -> str:
    return " or ".join(" + ".join(r) or "none" for r in reqs) or "none"


def report(spec: str, package: str) -> dict[str, str]:
    api: Api = build_api(Target(spec, package))
    schemes = "; ".join(f"{s.name} ({s.kind}): {_sent(s)}" for s in api.security_schemes)
    args = ", ".join(f"`{c.name}` ({c.env})" for c in api.credentials)
    anonymous = sum(1 for op in api.operations if not any(op.requirements))
    marks = ("security scheme", "security requirement", "`security`")
    warnings = [w for w in api.warnings if any(m in w for m in marks)]
    return {
        "spec": Path(spec).name,
        "schemes": schemes or "none",
        "default": _requirements(api.requirements),
        "arguments": args or "none",
        "no credentials": f"{anonymous} of {len(api.operations)}",
        "warnings": str(len(warnings)),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("specs", nargs="+", help="SPEC or SPEC=PACKAGE")
    parser.add_argument("--markdown", action="store_true", help="a Markdown table")
    args = parser.parse_args()
    rows = []
    for item in args.specs:
        spec, _, package = item.partition("=")
        rows.append(report(spec, package or Path(spec).stem.split(".")[0].replace("-", "_")))
    keys = list(rows[0])
    if args.markdown:
        print("| " + " | ".join(keys) + " |")
        print("|" + "---|" * len(keys))
        for row in rows:
            print("| " + " | ".join(row[k] for k in keys) + " |")
    else:
        for row in rows:
            for k in keys:
                print(f"{k:>15}: {row[k]}")
            print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
