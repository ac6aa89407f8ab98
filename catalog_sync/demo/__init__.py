"""The demo catalog generator: the fair's feed, realistic and deterministic, for demos,
tests and benchmarks before the organizer's catalog service exists.

Kept apart from the sync job it feeds, which reads its files like any other feed (the
sync command only writes one on first use when no feed is configured).
"""
