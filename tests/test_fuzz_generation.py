"""Property-based fuzzing of the whole generator with hypothesis (strategies: spec_strategies).

For each of 1,000 drawn specs (about a tenth with one defect oasgen must refuse), in-process
and without a subprocess: generation (models, client, docs, FastAPI stubs and the scaffold)
raises nothing for a valid spec and exactly the documented `OasgenError` subclass for a
rejected one; every emitted `.py`/`.pyi` file compiles; and the package imports, every
module of it (all 1,000 are imported, not a subset): they are served from memory under one
package name by an import hook, and the runtime modules, the same text in every package,
are compiled once and kept loaded while their text does not change. Models must be
complete, param TypedDicts and client methods must have annotations that resolve, the
client's resource tree must be reachable, the scaffolded server module builds the FastAPI
app, and one instance per object component (built from its schema) validates and dumps
back unchanged. See fuzz_support for the details.

The run is derandomized (the same 1,000 specs every time, no example database), so CI is
reproducible; `scripts/fuzz_specs.py` runs the same property for as long as one wants, with
other seeds, and keeps the smallest failing spec it finds.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Iterator

import pytest
from hypothesis import HealthCheck, given, settings

from fuzz_support import Checker
from spec_strategies import GeneratedSpec, specs

EXAMPLES = 1000


@pytest.fixture(scope="module")
def checker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Checker]:
    # whatever a thousand throwaway specs would cache stays out of the user's cache
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("OASGEN_CACHE_DIR", str(tmp_path_factory.mktemp("fuzz-cache")))
        checker = Checker(Path(tmp_path_factory.mktemp("fuzz")))
        # once before hypothesis runs: the templates compile, and the generator raises the
        # recursion limit now rather than during an example (hypothesis would warn)
        checker.run(
            GeneratedSpec(
                {
                    "openapi": "3.1.0",
                    "info": {"title": "t", "version": "1"},
                    "paths": {},
                }
            )
        )
        yield checker


def test_generation_never_breaks_on_random_specs(checker: Checker) -> None:
    seen: Counter[str] = Counter()

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        print_blob=True,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.large_base_example,
        ],
    )
    @given(specs())
    def generation_property(spec: GeneratedSpec) -> None:
        outcome = checker.run(spec)
        seen["examples"] += 1
        seen[outcome.kind.split(":")[0]] += 1
        seen["operations"] += outcome.operations
        seen["types"] += outcome.types
        seen["instances"] += outcome.instances
        seen["imported"] += outcome.modules > 0

    generation_property()
    # the strategies reach what they should: mostly valid specs, all of them imported
    assert seen["examples"] >= EXAMPLES
    assert (
        seen["valid"] >= 0.8 * seen["examples"]
        and seen["rejected"] >= 0.03 * seen["examples"]
    )
    assert seen["imported"] == seen["valid"]
    assert (
        seen["operations"] >= seen["examples"] and seen["types"] >= 2 * seen["examples"]
    )
    assert seen["instances"] >= seen["examples"] // 2
