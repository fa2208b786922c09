"""Shared fixtures: named time zones, fixture files by name, and the Google fake."""
