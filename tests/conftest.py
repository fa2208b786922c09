"""Shared fixtures: named time zones, fixture files by name, and the Google fake."""

from tests.fake_google.fixture import fake_google  # noqa: F401
