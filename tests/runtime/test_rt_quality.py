"""The rendered runtime is black-stable, passes ``mypy --strict`` and stays self-contained."""

from __future__ import annotations

import ast
import importlib.util
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Dict, Tuple

import black
import jinja2
import jinja2.meta
import pytest

RUNTIME_TEMPLATES = (
    Path(__file__).resolve().parents[2] / "templates" / "client" / "runtime"
)

EXPECTED_FILES = {
    "_types.py",
    "_exceptions.py",
    "_models.py",
    "_qs.py",
    "_files.py",
    "_streaming.py",
    "_response.py",
    "_base_client.py",
    "pagination.py",
    "_utils.py",
}
ALLOWED_THIRD_PARTY = {"httpx2", "pydantic", "typing_extensions"}


def test_every_expected_runtime_file_is_rendered(
    rendered_package: Tuple[Path, Dict[str, str]],
) -> None:
    _, rendered = rendered_package
    assert EXPECTED_FILES <= set(rendered)


def test_rendered_runtime_is_black_stable(
    rendered_package: Tuple[Path, Dict[str, str]],
) -> None:
    _, rendered = rendered_package
    unstable = [
        name
        for name, source in rendered.items()
        if black.format_str(source, mode=black.Mode()) != source
    ]
    assert unstable == []


#: The runtime's template context: the package, the API's title, and what the target's
#: `[requests]` table decides (generator/normalize/wire.py).
RUNTIME_CONTEXT = {"package", "title", "array_format", "request_id_headers"}


def test_templates_use_only_the_runtime_context() -> None:
    env = jinja2.Environment()
    for template in RUNTIME_TEMPLATES.glob("*.py.jinja"):
        names = jinja2.meta.find_undeclared_variables(
            env.parse(template.read_text(encoding="utf-8"))
        )
        assert names <= RUNTIME_CONTEXT, (template.name, names)


def test_runtime_imports_are_relative_or_allowed(
    rendered_package: Tuple[Path, Dict[str, str]],
) -> None:
    _, rendered = rendered_package
    stdlib = set(sys.stdlib_module_names)
    for name, source in rendered.items():
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Import):
                roots = [alias.name.split(".")[0] for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    continue
                roots = [(node.module or "").split(".")[0]]
            else:
                continue
            for root in roots:
                assert (
                    root in stdlib or root in ALLOWED_THIRD_PARTY
                ), f"{name} imports {root}"


def test_user_agent_uses_package_name(
    rendered_package: Tuple[Path, Dict[str, str]],
) -> None:
    _, rendered = rendered_package
    assert '"rtpkg/python"' in rendered["_base_client.py"]


@pytest.mark.skipif(
    importlib.util.find_spec("mypy") is None, reason="mypy is not installed"
)
def test_rendered_package_passes_mypy_strict(
    rendered_package: Tuple[Path, Dict[str, str]],
) -> None:
    root, _ = rendered_package
    # A fixed cache folder keeps re-runs fast (the third-party stubs are re-used).
    cache_dir = Path(tempfile.gettempdir()) / "oasgen-runtime-mypy-cache"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-error-summary",
            "--cache-dir",
            str(cache_dir),
            "-p",
            "rtpkg",
        ],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
