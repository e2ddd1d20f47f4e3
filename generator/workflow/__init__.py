"""The regeneration workflow around the pipeline: config targets, writing, check, diff, upstream, naming from an SDK."""
