"""Stage 1: read a spec file and everything its `$ref`s reach, with positions, and validate it."""
