"""Benchmarks: run with `make bench-*`; each prints ratios against a baseline of the same run."""
