"""The Google backend: Calendar v3 and Gmail v1 through google-api-python-client.

`open_google` is the one entry point. It reads nothing until a part is used,
so `followup doctor` can report a missing token as a checklist line instead
of failing before it starts; the first use of `.calendar`, `.mailbox` or
`.reminders` loads (and if needed refreshes) the token.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from functools import cached_property
from pathlib import Path

from agent.backends.google.auth import load_credentials, private_file_check, token_report
from agent.backends.google.calendar import GoogleCalendar
from agent.backends.google.gmail import GoogleMailbox
from agent.backends.google.service import GoogleService
from agent.backends.google.token_store import TokenStore
from agent.errors import FollowupError

Check = tuple[str, bool, str]  # (what, ok, detail or the fix)

__all__ = ["Check", "GoogleBackend", "open_google"]


class GoogleBackend:
    """The three ports over one authorised Google connection."""

    def __init__(
        self,
        *,
        credentials: Path,
        token: Path | TokenStore,
        api_endpoint: str,
        calendars: Sequence[str],
        reminder_calendar: str,
        me_email: str | None,
        sleep: Callable[[float], None] | None,
        fix_command: str,
    ) -> None:
        self.credentials_path = credentials
        self.token_path = token
        self.api_endpoint = api_endpoint
        self._calendars = tuple(calendars) or ("primary",)
        self._reminder_calendar = reminder_calendar or "primary"
        self._me_email = me_email
        self._sleep = sleep
        self._fix_command = fix_command

    @cached_property
    def service(self) -> GoogleService:
        credentials = load_credentials(
            self.token_path, api_endpoint=self.api_endpoint, fix_command=self._fix_command
        )
        return GoogleService(
            credentials,
            api_endpoint=self.api_endpoint,
            sleep=self._sleep,
            fix_command=self._fix_command,
        )

    @cached_property
    def calendar(self) -> GoogleCalendar:
        """The CalendarSource; also the ReminderCalendar (see `reminders`)."""
        return GoogleCalendar(
            self.service, calendars=self._calendars, reminder_calendar=self._reminder_calendar
        )

    @property
    def reminders(self) -> GoogleCalendar:
        return self.calendar

    @cached_property
    def mailbox(self) -> GoogleMailbox:
        return GoogleMailbox(self.service, me_email=self._me_email)

    def doctor_checks(self) -> list[Check]:
        """A checklist for `followup doctor`: client file, token, one cheap call per API."""
        checks = [_client_file_check(self.credentials_path)]
        if checks[0][1]:  # the client secret is not for others' eyes either
            checks.append(private_file_check("OAuth client file mode", self.credentials_path))
        token_checks = token_report(self.token_path, self._fix_command)
        checks.extend(token_checks)
        token_present = token_checks[0][1]
        if not token_present:
            return checks  # no token: the API checks could only repeat that
        try:
            self.service  # noqa: B018 - loads and refreshes the token
        except FollowupError as error:
            checks.append(("Google authorisation", False, error.message))
            return checks
        checks.append(self._calendar_check())
        checks.append(self._gmail_check())
        return checks

    def _calendar_check(self) -> Check:
        try:
            available = dict(self.calendar.calendar_ids())
        except FollowupError as error:
            return ("Google Calendar API", False, error.message)
        missing = [
            name
            for name in self._calendars + (self._reminder_calendar,)
            if name != "primary" and name not in available
        ]
        if missing:
            known = ", ".join(sorted(available)) or "none"
            return (
                "Google Calendar API",
                False,
                f"no calendar {', '.join(missing)} in this account; set [google] calendars "
                f"and reminder_calendar to some of: {known}",
            )
        return ("Google Calendar API", True, f"{len(available)} calendars visible")

    def _gmail_check(self) -> Check:
        try:
            address = self.mailbox.me().email
        except FollowupError as error:
            return ("Gmail API", False, error.message)
        return ("Gmail API", True, f"mailbox {address}")


def open_google(
    *,
    credentials: Path,
    token: Path | TokenStore,
    api_endpoint: str,
    calendars: Sequence[str],
    reminder_calendar: str,
    me_email: str | None,
    sleep: Callable[[float], None] | None = None,
    fix_command: str = "followup auth",
) -> GoogleBackend:
    """The Google backend as configured; `fix_command` is how to authorise again."""
    return GoogleBackend(
        credentials=credentials,
        token=token,
        api_endpoint=api_endpoint,
        calendars=calendars,
        reminder_calendar=reminder_calendar,
        me_email=me_email,
        sleep=sleep,
        fix_command=fix_command,
    )


def _client_file_check(path: Path) -> Check:
    name = "OAuth client file"
    fix = (
        f"create a desktop-app OAuth client in the Google Cloud console and save its JSON as {path}"
    )
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return (name, False, f"no file at {path}: {fix}")
    except (OSError, ValueError) as error:
        return (name, False, f"unreadable {path} ({error}): {fix}")
    client = data.get("installed") if isinstance(data, dict) else None
    if not isinstance(client, dict) or not client.get("client_id"):
        return (name, False, f"{path} is not an installed-app client: {fix}")
    return (name, True, str(path))
