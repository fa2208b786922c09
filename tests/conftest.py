"""Shared fixtures: named time zones, fixture files by name, and the Google fake."""

import pytest  # noqa: E402

from tests.fake_google.fixture import fake_google  # noqa: F401


@pytest.fixture(autouse=True)
def no_desktop_session(monkeypatch: pytest.MonkeyPatch) -> None:
    """Failing cycles in tests must not pop notifications on the developer's own desktop."""
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
