"""The output folder is a Python distribution: `python -m build` makes a wheel of it and
`pip install ./output/NAME` works in a clean virtual environment.

The build runs in this environment (`--no-isolation`, with the locked hatchling). The clean
install runs `pip install --no-index --find-links WHEELS FOLDER` in a new venv: the wheels
(the build backend and the runtime dependencies, at the versions installed here) come from
`pip download`; without a reachable index that one test is skipped, saying so.
"""

from __future__ import annotations

import email.parser
import importlib.metadata
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from generator.workflow.config import load_config, parse_config, ConfigError

ROOT = Path(__file__).resolve().parent.parent
OPENAI = ROOT / "output" / "openai"


def _run(*args: str | Path, cwd: Path | None = None, timeout: int = 600) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


def test_configured_targets_carry_their_distribution() -> None:
    config = load_config(ROOT / "pyproject.toml")
    for target in config.targets.values():
        text = (target.output / "pyproject.toml").read_text(encoding="utf-8")
        assert f'name = "{target.dist.name}"' in text and f'version = "{target.dist.version}"' in text
        assert f'packages = ["{target.package}"]' in text
        assert (target.output / "README.md").is_file()
        assert (target.output / target.package / "py.typed").is_file()
        manifest = (target.output / ".oasgen-manifest.json").read_text(encoding="utf-8")
        assert '"pyproject.toml"' in manifest and '"README.md"' in manifest


def test_distribution_name_and_version_are_checked(tmp_path: Path) -> None:
    base = {"spec": "s.yaml", "package": "pkg", "output": "out"}
    target = parse_config({"targets": {"t": {**base, "distribution": {"name": "my-pkg", "version": "2.0.1rc1"}}}}, tmp_path / "oasgen.toml", "").targets["t"]
    assert (target.dist.name, target.dist.version) == ("my-pkg", "2.0.1rc1")
    default = parse_config({"targets": {"t": base}}, tmp_path / "oasgen.toml", "").targets["t"]
    assert (default.dist.name, default.dist.version) == ("pkg", "0.1.0")
    for bad, word in (({"version": "v1"}, "version"), ({"name": "-x"}, "name"), ({"nme": "x"}, "unknown key")):
        with pytest.raises(ConfigError, match=word):
            parse_config({"targets": {"t": {**base, "distribution": bad}}}, tmp_path / "oasgen.toml", "")


def test_build_makes_a_wheel_with_the_package_and_its_dependencies(tmp_path: Path) -> None:
    source = tmp_path / "src"
    shutil.copytree(OPENAI, source, ignore=shutil.ignore_patterns(".oasgen-*", "__pycache__"))
    result = _run(sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", tmp_path / "dist", source)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    (wheel,) = (tmp_path / "dist").glob("*.whl")
    assert wheel.name.startswith("openai_client-0.1.0-py3-none-any")
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        metadata = email.parser.Parser().parsestr(zf.read("openai_client-0.1.0.dist-info/METADATA").decode())
    assert {"openai_client/py.typed", "openai_client/_client.py", "openai_client/types/__init__.pyi"} <= names
    assert not any(n.startswith(".oasgen") for n in names)
    assert metadata["Name"] == "openai-client" and metadata["Requires-Python"] == ">=3.10"
    requires = metadata.get_all("Requires-Dist")
    assert {"httpx2<3,>=2.14", "pydantic<3,>=2.14", "typing-extensions<5,>=4.10"} <= set(requires), requires


def _wheelhouse(tmp_path: Path) -> Path:
    """Wheels of the build backend and the runtime dependencies, at the versions installed here."""
    pins = [f"{name}=={importlib.metadata.version(name)}" for name in ("hatchling", "httpx2", "pydantic", "typing_extensions")]
    wheels = tmp_path / "wheels"
    result = _run(sys.executable, "-m", "pip", "download", "--quiet", "--only-binary=:all:", "--dest", wheels, *pins, timeout=900)
    if result.returncode != 0:
        pytest.skip(f"no package index reachable to fetch the dependency wheels: {result.stderr.strip()[-300:]}")
    return wheels


def test_pip_install_of_the_output_folder_works_in_a_clean_venv(tmp_path: Path) -> None:
    wheels = _wheelhouse(tmp_path)
    source = tmp_path / "openai"
    shutil.copytree(OPENAI, source, ignore=shutil.ignore_patterns("__pycache__"))
    venv = tmp_path / "venv"
    assert _run(sys.executable, "-m", "venv", venv).returncode == 0
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    result = _run(python, "-m", "pip", "install", "--quiet", "--no-index", "--find-links", wheels, source, timeout=900)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    probe = (
        "import openai_client, openai_client.types as t\n"
        "from openai_client import Client\n"
        "print(openai_client.__file__)\n"
        "u = t.CreateCompletionResponse.model_validate({'id': 'x', 'choices': [], 'created': 1, 'model': 'm'})\n"
        "print(u.usage is None, repr(Client(api_key='k').files.with_streaming_response.retrieve)[:1])\n"
    )
    ran = _run(python, "-c", probe, cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr[-2000:]
    where, checks = ran.stdout.splitlines()
    assert Path(where).is_relative_to(venv) and checks == "True <"
