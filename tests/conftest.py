"""Shared fixtures: named time zones, fixture files by name, and the Google fake."""

import freezegun
import pytest  # noqa: E402

from tests.fake_google.fixture import fake_google  # noqa: F401

# Each frozen clock walks every loaded module for names bound to the real datetime and time.
# The `holidays` package is a third of those modules (a module per country) and never reads
# the clock: days_off always asks it for explicit years.
freezegun.configure(extend_ignore_list=["holidays"])


@pytest.fixture(autouse=True)
def no_desktop_session(monkeypatch: pytest.MonkeyPatch) -> None:
    """Failing cycles in tests must not pop notifications on the developer's own desktop."""
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
