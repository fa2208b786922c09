"""Desktop notifications through a real D-Bus session bus, with a small Notifications service.

The service implements the two methods of the freedesktop Desktop Notifications
Specification (specifications.freedesktop.org/notification-spec) that a client
calls to show one notification. Skipped where `dbus-daemon` is not installed.
"""

# No `from __future__ import annotations`: dbus-fast reads the D-Bus signatures from them.
import asyncio
import shutil
import subprocess
import threading
from collections.abc import Iterator
from datetime import timedelta

import pytest

pytest.importorskip("desktop_notifier")
from dbus_fast.aio import MessageBus  # noqa: E402 - installed with desktop_notifier
from dbus_fast.service import ServiceInterface, method, signal  # noqa: E402

from agent import notify  # noqa: E402

pytestmark = pytest.mark.skipif(not shutil.which("dbus-daemon"), reason="no dbus-daemon")


class Notifications(ServiceInterface):
    def __init__(self) -> None:
        super().__init__("org.freedesktop.Notifications")
        self.shown: list[tuple[str, str, str]] = []

    @method()
    def Notify(  # noqa: N802 - the specification's names
        self,
        app_name: "s",  # noqa: F821 - D-Bus signatures, as dbus-fast reads them
        replaces_id: "u",  # noqa: F821
        app_icon: "s",  # noqa: F821
        summary: "s",  # noqa: F821
        body: "s",  # noqa: F821
        actions: "as",  # noqa: F722
        hints: "a{sv}",  # noqa: F722
        expire_timeout: "i",  # noqa: F821
    ) -> "u":  # noqa: F821
        self.shown.append((app_name, summary, body))
        return len(self.shown)

    @method()
    def GetCapabilities(self) -> "as":  # noqa: F722, N802
        return ["body"]

    @method()
    def GetServerInformation(self) -> "ssss":  # noqa: F821, N802
        return ["test", "followup tests", "1", "1.2"]

    @method()
    def CloseNotification(self, id: "u"):  # noqa: A002, F821, N802 - returns nothing
        pass

    @signal()
    def NotificationClosed(self) -> "uu":  # noqa: F821, N802
        return [0, 0]

    @signal()
    def ActionInvoked(self) -> "us":  # noqa: F821, N802
        return [0, ""]


@pytest.fixture
def session_bus(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--print-address", "--nofork", "--nopidfile"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    try:
        yield address
    finally:
        daemon.terminate()
        daemon.wait(timeout=5)


def serve(address: str) -> Notifications:
    service = Notifications()
    ready = threading.Event()

    async def main() -> None:
        bus = await MessageBus(bus_address=address).connect()
        bus.export("/org/freedesktop/Notifications", service)
        await bus.request_name("org.freedesktop.Notifications")
        ready.set()
        await asyncio.Event().wait()

    threading.Thread(target=asyncio.run, args=(main(),), daemon=True).start()
    assert ready.wait(5)
    return service


def test_with_nothing_configured_the_desktop_is_told(session_bus: str) -> None:
    service = serve(session_bus)

    assert notify.desktop_available()
    assert notify.desktop("followup: Google no longer accepts the stored authorisation.")

    assert service.shown == [
        ("followup", "followup", "Google no longer accepts the stored authorisation.")
    ]


def test_a_bus_without_a_notification_service_is_not_counted_as_told(session_bus: str) -> None:
    assert notify.desktop("followup: anything") is False


def test_a_failing_cycle_with_no_notify_command_tells_the_desktop(
    session_bus: str, tmp_path
) -> None:
    from tests.world import JUST_AFTER, acme_world

    service = serve(session_bus)
    world = acme_world(tmp_path / "casey")
    world.state_path.parent.mkdir(parents=True, exist_ok=True)
    world.state_path.write_bytes(b"not a database" * 100)

    world.cli("run", "--once", now=JUST_AFTER)
    world.cli("run", "--once", now=JUST_AFTER + timedelta(minutes=10))

    assert len(service.shown) == 1
    assert service.shown[0][1] == "followup" and str(world.state_path) in service.shown[0][2]
