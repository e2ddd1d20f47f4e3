"""Paths and a generate helper shared by the test modules (imported as `gen_support`)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED000 = ROOT / "specs" / "seed000-create-thread-and-run.yaml"
SEED001 = ROOT / "tests" / "fixtures" / "seed001-resolved.yaml"
OPENAI_2026 = ROOT / "specs" / "openai-2026-08-21.yaml"


SEED000_NAMING = ROOT / "specs" / "seed000.naming.yaml"
ALL_PARTS = ("models", "client", "docs", "stubs")


def generate_into(
    spec: Path, out: Path, package: str, *, naming: Path | None = None, emit: tuple[str, ...] = ("models", "client")
) -> dict[str, str]:
    from generator.pipeline import Target, build_api, render_package
    from generator.workflow.writer import write

    api = build_api(Target(str(spec), package, naming=str(naming) if naming else None))
    files = render_package(api, package, emit=emit)
    write(out, files)
    return files
