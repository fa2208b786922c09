"""Retries, backoff, pagination and error mapping of the Google facade, against the fake."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from google.oauth2.credentials import Credentials

from agent.backends.google import GoogleBackend, open_google
from agent.backends.google.auth import load_credentials
from agent.backends.google.service import MAX_TRIES, ApiError, GoogleService
from agent.core.model import Address, Draft, Reminder
from agent.errors import AuthError, BackendError
from tests.fake_google import FakeGoogle
from tests.fake_google.fixture import fake_google as fake_google_fixture  # noqa: F401
from tests.fake_google.fixture import write_google_files

NOW = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)
EVENTS = r"/calendar/v3/calendars/primary/events$"
HISTORY = r"/gmail/v1/users/me/history$"
DRAFTS = r"/gmail/v1/users/me/drafts$"


class Sleeps(list[float]):
    """Records each backoff instead of waiting it out."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


def open_backend(tmp_path: Path, fake: FakeGoogle, sleeps: Sleeps) -> GoogleBackend:
    credentials, token = write_google_files(tmp_path, fake)
    return open_google(
        credentials=credentials,
        token=token,
        api_endpoint=fake.url,
        calendars=["primary"],
        reminder_calendar="primary",
        me_email=None,
        sleep=sleeps,
    )


def service_for(
    tmp_path: Path, api_endpoint: str, token_from: FakeGoogle, sleeps: Sleeps, **options
) -> GoogleService:
    _, token = write_google_files(tmp_path, token_from)
    credentials = load_credentials(token, api_endpoint=token_from.url)
    return GoogleService(credentials, api_endpoint=api_endpoint, sleep=sleeps, **options)


def paths(fake: FakeGoogle) -> list[str]:
    return [request.path for request in fake.requests]


@pytest.fixture
def closed_port() -> Iterator[int]:
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        yield holder.getsockname()[1]


# --------------------------------------------------------------------------- retries


def test_429_then_success_waits_once(tmp_path, fake_google, sleeps):
    calendar = open_backend(tmp_path, fake_google, sleeps).calendar
    fake_google.fail_next("GET", EVENTS, 429)

    changes = calendar.changes(None, NOW)

    assert changes.complete is True
    assert len(sleeps) == 1 and 0.5 <= sleeps[0] <= 1.0


def test_two_500s_then_success_back_off_exponentially(tmp_path, fake_google, sleeps):
    mailbox = open_backend(tmp_path, fake_google, sleeps).mailbox
    first = mailbox.changes(None, NOW)
    fake_google.fail_next("GET", HISTORY, 500, times=2)
    fake_google.reset_counters()

    mailbox.changes(first.cursor, NOW)

    assert paths(fake_google) == ["/gmail/v1/users/me/history"] * 3
    assert len(sleeps) == 2
    assert 0.5 <= sleeps[0] <= 1.0 and 1.0 <= sleeps[1] <= 2.0


def test_a_403_rate_limit_is_retried_like_a_429(tmp_path, fake_google, sleeps):
    mailbox = open_backend(tmp_path, fake_google, sleeps).mailbox
    fake_google.fail_next("GET", r"/profile$", 403)

    assert mailbox.me() == Address("casey@example.com")
    assert len(sleeps) == 1


def test_a_dropped_connection_then_success(tmp_path, fake_google, sleeps):
    calendar = open_backend(tmp_path, fake_google, sleeps).calendar
    # httplib2 quietly resends once on a closed connection; two drops reach the facade.
    fake_google.drop_next(EVENTS, times=2)

    assert calendar.changes(None, NOW).complete is True
    assert len(sleeps) == 1


def test_giving_up_after_the_last_try_is_a_backend_error(tmp_path, fake_google, sleeps):
    calendar = open_backend(tmp_path, fake_google, sleeps).calendar
    fake_google.fail_next("GET", EVENTS, 503, times=MAX_TRIES)

    with pytest.raises(BackendError) as caught:
        calendar.changes(None, NOW)

    assert caught.value.exit_code == 1
    assert f"after {MAX_TRIES} tries" in caught.value.message
    assert "nothing was lost" in caught.value.message
    assert len(sleeps) == MAX_TRIES - 1
    assert sleeps == sorted(sleeps)  # each wait at least as long as the one before


def test_the_backoff_is_capped_and_jittered(tmp_path, fake_google, sleeps):
    service = service_for(
        tmp_path, fake_google.url, fake_google, sleeps, max_tries=9, jitter=lambda: 1.0
    )
    fake_google.fail_next("GET", r"/profile$", 500, times=8)

    service.execute(service.gmail.users().getProfile(userId="me"))

    assert sleeps == [1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 32.0, 32.0]


def test_an_unreachable_server_is_a_plain_backend_error(tmp_path, fake_google, sleeps, closed_port):
    service = service_for(tmp_path, f"http://127.0.0.1:{closed_port}/", fake_google, sleeps)

    with pytest.raises(BackendError) as caught:
        service.execute(service.gmail.users().getProfile(userId="me"))

    assert caught.value.message.startswith("Cannot reach Google (")
    assert "Check the network; nothing was lost." in caught.value.message
    assert len(sleeps) == MAX_TRIES - 1


# --------------------------------------------------------------------------- errors


def test_a_404_is_not_retried(tmp_path, fake_google, sleeps):
    service = service_for(tmp_path, fake_google.url, fake_google, sleeps)

    with pytest.raises(ApiError) as caught:
        service.execute(service.gmail.users().messages().get(userId="me", id="nope"))

    assert caught.value.status == 404 and caught.value.reason == "notFound"
    assert isinstance(caught.value, BackendError)
    assert sleeps == []


def test_a_401_with_a_revoked_token_is_an_auth_error(tmp_path, fake_google, sleeps):
    mailbox = open_backend(tmp_path, fake_google, sleeps).mailbox
    fake_google.expire_access_tokens()
    fake_google.revoke("refresh-1")

    with pytest.raises(AuthError) as caught:
        mailbox.me()

    assert caught.value.exit_code == 3
    assert "Run: followup auth" in caught.value.message


def test_an_expired_access_token_mid_run_is_refreshed_silently(tmp_path, fake_google, sleeps):
    mailbox = open_backend(tmp_path, fake_google, sleeps).mailbox
    fake_google.expire_access_tokens()

    assert mailbox.me() == Address("casey@example.com")
    assert "/oauth2/token" in paths(fake_google)
    assert sleeps == []


def test_missing_scopes_are_an_auth_error(fake_google, sleeps):
    """A token granted too little (the consent screen lets people untick scopes)."""
    fake_google.issue_token("narrow", scopes=("https://www.googleapis.com/auth/calendar.readonly",))
    narrow = Credentials(
        token=fake_google.issue_token("narrow"),
        refresh_token="narrow",
        token_uri=fake_google.token_uri,
        client_id=fake_google.client_id,
        client_secret=fake_google.client_secret,
    )
    service = GoogleService(narrow, api_endpoint=fake_google.url, sleep=sleeps)

    with pytest.raises(AuthError, match="insufficientPermissions.*Run: followup auth"):
        service.execute(service.gmail.users().getProfile(userId="me"))
    assert sleeps == []


# --------------------------------------------------------------------------- pages


def test_pages_follow_every_page_token(tmp_path, fake_google, sleeps):
    for number in range(5):
        fake_google.calendar.add_event(
            "primary",
            summary=f"Event {number}",
            start={"dateTime": f"2026-11-2{number}T10:00:00Z"},
            end={"dateTime": f"2026-11-2{number}T11:00:00Z"},
        )
    service = service_for(tmp_path, fake_google.url, fake_google, sleeps)
    events = service.calendar.events()

    pages = list(
        service.pages(
            lambda token: events.list(calendarId="primary", maxResults=2, pageToken=token)
        )
    )

    assert [len(page["items"]) for page in pages] == [2, 2, 1]
    assert [item["summary"] for page in pages for item in page["items"]] == [
        f"Event {number}" for number in range(5)
    ]
    assert "nextSyncToken" in pages[-1]


def test_a_failure_on_a_later_page_is_retried_without_starting_over(tmp_path, fake_google, sleeps):
    fake_google.gmail.add_many(5)
    service = service_for(tmp_path, fake_google.url, fake_google, sleeps)
    messages = service.gmail.users().messages()
    first = service.execute(messages.list(userId="me", maxResults=2))
    fake_google.reset_counters()
    fake_google.fail_next("GET", r"/messages$", 500)

    rest = list(
        service.pages(
            lambda token: messages.list(
                userId="me", maxResults=2, pageToken=token or first["nextPageToken"]
            )
        )
    )

    assert sum(len(page["messages"]) for page in rest) == 3
    assert len(fake_google.requests) == 3  # the failure, its retry, the last page


# --------------------------------------------------------------------------- creates


def draft() -> Draft:
    return Draft(
        key="thank-you:acme:jane",
        sender=Address("casey@example.com", "Casey Candidate"),
        to=(Address("jane@acme.example", "Jane Doe"),),
        subject="Thank you",
        text="Thank you, Jane.",
        html="<p>Thank you, Jane.</p>",
        message_id="<thanks-1@followup.local>",
    )


def test_a_draft_created_before_the_connection_dropped_is_not_created_again(
    tmp_path, fake_google, sleeps
):
    mailbox = open_backend(tmp_path, fake_google, sleeps).mailbox
    mailbox.me()
    # The first attempt is applied and its answer lost; httplib2's quiet resend is dropped
    # before it reaches the mailbox; the facade looks for the draft before sending again.
    fake_google.drop_next(DRAFTS, after_effect=True)
    fake_google.drop_next(DRAFTS)

    ref = mailbox.create_draft(draft())

    (stored,) = fake_google.gmail.drafts()
    assert ref.draft_id == stored.id
    assert len(sleeps) == 1


def test_a_reminder_inserted_before_an_error_is_not_inserted_again(tmp_path, fake_google, sleeps):
    reminders = open_backend(tmp_path, fake_google, sleeps).reminders
    reminders.find("warm-up")  # the connection is open before the fault
    fake_google.drop_next(EVENTS, after_effect=True)
    fake_google.drop_next(EVENTS)

    ref = reminders.insert(
        Reminder(
            key="check-in:acme:1",
            title="Check in with Jane Doe (Acme)",
            description="",
            start=datetime(2026, 12, 1, 14, 0, tzinfo=UTC),
        ),
        "v1",
    )

    (stored,) = fake_google.calendar.events("primary")
    assert ref.event_id == stored["id"]
    assert len(sleeps) == 1
