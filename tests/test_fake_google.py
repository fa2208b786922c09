"""The Google fake, exercised through the real google-api-python-client."""

from __future__ import annotations

import base64
import http.client
import json
import stat
import time
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from zoneinfo import ZoneInfo

import pytest
from google.auth.exceptions import RefreshError
from google.oauth2.credentials import Credentials
from googleapiclient.discovery import build
from googleapiclient.errors import HttpError
from googleapiclient.http import MediaInMemoryUpload

from tests.fake_google import FakeGoogle, compose_raw
from tests.fake_google.fixture import OWNER_EMAIL, REFRESH_TOKEN, write_google_files

NEW_YORK = ZoneInfo("America/New_York")
INTERVIEW_START = datetime(2024, 5, 14, 10, 0, tzinfo=NEW_YORK)
EMPLOYER = "Jane Doe <jane@acme.example>"


def _credentials(fake: FakeGoogle, token: str | None = None) -> Credentials:
    return Credentials(
        token=token or fake.issue_token(REFRESH_TOKEN),
        refresh_token=REFRESH_TOKEN,
        token_uri=fake.token_uri,
        client_id=fake.client_id,
        client_secret=fake.client_secret,
    )


@pytest.fixture
def calendar(fake_google: FakeGoogle):
    endpoint = fake_google.url + "calendar/v3/"
    return build(
        "calendar",
        "v3",
        credentials=_credentials(fake_google),
        client_options={"api_endpoint": endpoint},
        static_discovery=True,
    )


@pytest.fixture
def gmail(fake_google: FakeGoogle):
    return build(
        "gmail",
        "v1",
        credentials=_credentials(fake_google),
        client_options={"api_endpoint": fake_google.url},
        static_discovery=True,
    )


def _error(raised: pytest.ExceptionInfo[HttpError]) -> dict:
    return json.loads(raised.value.content)["error"]


def _event(fake: FakeGoogle, hour: int, **fields: object) -> dict:
    start = INTERVIEW_START.replace(hour=hour)
    return fake.calendar.add_event(
        "primary",
        summary=fields.pop("summary", f"Interview at {hour}"),
        start={"dateTime": start.isoformat(), "timeZone": "America/New_York"},
        end={"dateTime": (start + timedelta(hours=1)).isoformat(), "timeZone": "America/New_York"},
        **fields,
    )


def _raw(message: EmailMessage) -> str:
    return base64.urlsafe_b64encode(message.as_bytes()).decode()


def _draft_message(subject: str = "Thank you", message_id: str | None = None) -> EmailMessage:
    message = EmailMessage()
    message["From"] = OWNER_EMAIL
    message["To"] = EMPLOYER
    message["Subject"] = subject
    if message_id:
        message["Message-ID"] = message_id
    message.set_content("Thank you for your time today.")
    return message


# ---- Calendar ---------------------------------------------------------------


def test_calendar_list_names_the_primary_calendar_and_its_zone(fake_google, calendar):
    fake_google.calendar.add_calendar("work@example.com", "Work", "Europe/Berlin")

    first = calendar.calendarList().list(maxResults=1).execute()
    second = calendar.calendarList().list(pageToken=first["nextPageToken"]).execute()

    assert first["items"] == [
        {
            "kind": "calendar#calendarListEntry",
            "etag": first["items"][0]["etag"],
            "id": OWNER_EMAIL,
            "summary": OWNER_EMAIL,
            "timeZone": "America/New_York",
            "accessRole": "owner",
            "primary": True,
        }
    ]
    assert [(c["id"], c["timeZone"]) for c in second["items"]] == [
        ("work@example.com", "Europe/Berlin")
    ]
    assert "nextPageToken" not in second


def test_events_page_and_give_the_sync_token_on_the_last_page_only(fake_google, calendar):
    ids = [_event(fake_google, hour)["id"] for hour in (9, 10, 11, 12, 13)]

    pages = [calendar.events().list(calendarId="primary", maxResults=2).execute()]
    while "nextPageToken" in pages[-1]:
        token = pages[-1]["nextPageToken"]
        pages.append(
            calendar.events().list(calendarId="primary", maxResults=2, pageToken=token).execute()
        )

    assert [len(p["items"]) for p in pages] == [2, 2, 1]
    assert [e["id"] for p in pages for e in p["items"]] == ids
    assert ["nextSyncToken" in p for p in pages] == [False, False, True]
    assert pages[0]["timeZone"] == "America/New_York"


def test_incremental_sync_returns_only_changes_with_cancelled_ones_minimal(fake_google, calendar):
    moved, cancelled, untouched = (_event(fake_google, h) for h in (9, 10, 11))
    token = calendar.events().list(calendarId="primary").execute()["nextSyncToken"]
    later = INTERVIEW_START + timedelta(days=1)
    fake_google.calendar.move_event("primary", moved["id"], later, later + timedelta(hours=1))
    fake_google.calendar.cancel_event("primary", cancelled["id"])
    added = _event(fake_google, 15)

    changes = calendar.events().list(calendarId="primary", syncToken=token).execute()
    quiet = calendar.events().list(calendarId="primary", syncToken=changes["nextSyncToken"])

    by_id = {e["id"]: e for e in changes["items"]}
    assert set(by_id) == {moved["id"], cancelled["id"], added["id"]}
    assert untouched["id"] not in by_id
    assert by_id[moved["id"]]["start"]["dateTime"] == "2024-05-15T10:00:00-04:00"
    assert by_id[cancelled["id"]] == {
        "kind": "calendar#event",
        "etag": by_id[cancelled["id"]]["etag"],
        "id": cancelled["id"],
        "status": "cancelled",
    }
    assert quiet.execute()["items"] == []


def test_sync_token_with_a_time_window_is_refused(fake_google, calendar):
    token = calendar.events().list(calendarId="primary").execute()["nextSyncToken"]

    with pytest.raises(HttpError) as raised:
        calendar.events().list(
            calendarId="primary", syncToken=token, timeMin="2024-05-01T00:00:00Z"
        ).execute()

    assert raised.value.status_code == 400
    assert _error(raised)["errors"][0]["reason"] == "syncTokenWithRequestRestrictions"


def test_invalidated_sync_token_answers_410_full_sync_required(fake_google, calendar):
    token = calendar.events().list(calendarId="primary").execute()["nextSyncToken"]
    fake_google.calendar.invalidate_sync_tokens()

    with pytest.raises(HttpError) as raised:
        calendar.events().list(calendarId="primary", syncToken=token).execute()

    assert raised.value.status_code == 410
    assert _error(raised)["errors"][0]["reason"] == "fullSyncRequired"
    fresh = calendar.events().list(calendarId="primary").execute()["nextSyncToken"]
    assert calendar.events().list(calendarId="primary", syncToken=fresh).execute()["items"] == []


def test_a_server_without_sync_tokens_never_offers_one(fake_google, calendar):
    _event(fake_google, 9)
    fake_google.calendar.sync_tokens = False

    listing = calendar.events().list(calendarId="primary").execute()

    assert "nextSyncToken" not in listing
    assert len(listing["items"]) == 1


def test_time_window_keeps_events_overlapping_it(fake_google, calendar):
    _event(fake_google, 9, summary="ends at window start")  # 09:00-10:00
    _event(fake_google, 10, summary="starts at window start")  # 10:00-11:00
    _event(fake_google, 11, summary="starts at window end")  # 11:00-12:00
    window = {
        "timeMin": INTERVIEW_START.isoformat(),
        "timeMax": INTERVIEW_START.replace(hour=11).isoformat(),
    }

    listing = calendar.events().list(calendarId="primary", singleEvents=True, **window).execute()

    assert [e["summary"] for e in listing["items"]] == ["starts at window start"]


def test_order_by_start_time_needs_single_events(fake_google, calendar):
    _event(fake_google, 11, summary="late")
    _event(fake_google, 9, summary="early")

    ordered = calendar.events().list(calendarId="primary", singleEvents=True, orderBy="startTime")
    with pytest.raises(HttpError) as raised:
        calendar.events().list(calendarId="primary", orderBy="startTime").execute()

    assert [e["summary"] for e in ordered.execute()["items"]] == ["early", "late"]
    assert raised.value.status_code == 400


def test_private_extended_property_filters_on_every_pair(fake_google, calendar):
    _event(fake_google, 9, extendedProperties={"private": {"followup": "k1", "kind": "check"}})
    _event(fake_google, 10, extendedProperties={"private": {"followup": "k2", "kind": "check"}})
    _event(fake_google, 11)

    one = calendar.events().list(
        calendarId="primary", privateExtendedProperty=["followup=k1", "kind=check"]
    )
    both = calendar.events().list(calendarId="primary", privateExtendedProperty="kind=check")

    assert [e["summary"] for e in one.execute()["items"]] == ["Interview at 9"]
    assert len(both.execute()["items"]) == 2


def test_insert_keeps_the_fields_and_delete_follows_google(fake_google, calendar):
    body = {
        "summary": "Check in with Jane Doe (Acme, Backend Engineer)",
        "description": "Draft: https://mail.google.com/mail/#drafts",
        "start": {"dateTime": "2024-05-21T09:00:00", "timeZone": "America/New_York"},
        "end": {"dateTime": "2024-05-21T13:15:00Z", "timeZone": "America/New_York"},
        "transparency": "transparent",
        "reminders": {"useDefault": False, "overrides": [{"method": "popup", "minutes": 0}]},
        "extendedProperties": {"private": {"followup": "key-1"}},
    }

    created = calendar.events().insert(calendarId="primary", body=body).execute()
    calendar.events().delete(calendarId="primary", eventId=created["id"]).execute()
    with pytest.raises(HttpError) as again:
        calendar.events().delete(calendarId="primary", eventId=created["id"]).execute()
    with pytest.raises(HttpError) as unknown:
        calendar.events().delete(calendarId="primary", eventId="nosuchevent").execute()

    assert created["start"] == {
        "dateTime": "2024-05-21T09:00:00-04:00",
        "timeZone": "America/New_York",
    }
    assert created["end"]["dateTime"] == "2024-05-21T09:15:00-04:00"
    for name in ("summary", "description", "transparency", "reminders", "extendedProperties"):
        assert created[name] == body[name]
    assert created["htmlLink"].startswith("https://www.google.com/calendar/event?eid=")
    assert created["organizer"] == {"email": OWNER_EMAIL, "self": True}
    assert {"id", "etag", "updated", "status"} <= set(created)
    assert (again.value.status_code, _error(again)["errors"][0]["reason"]) == (410, "deleted")
    assert unknown.value.status_code == 404
    assert fake_google.calendar.events("primary")[0]["status"] == "cancelled"


def test_insert_with_a_client_chosen_id_is_idempotent_by_409(fake_google, calendar):
    body = {
        "id": "f0110a0c1d0001",  # base32hex: 0-9 and a-v only
        "start": {"date": "2024-05-21"},
        "end": {"date": "2024-05-22"},
    }

    calendar.events().insert(calendarId="primary", body=body).execute()
    with pytest.raises(HttpError) as raised:
        calendar.events().insert(calendarId="primary", body=body).execute()

    assert raised.value.status_code == 409
    assert len(fake_google.calendar.events("primary")) == 1


def test_deleted_events_listed_only_with_show_deleted(fake_google, calendar):
    gone = _event(fake_google, 9)
    fake_google.calendar.cancel_event("primary", gone["id"])

    hidden = calendar.events().list(calendarId="primary").execute()["items"]
    shown = calendar.events().list(calendarId="primary", showDeleted=True).execute()["items"]

    assert hidden == []
    assert [(e["id"], e["status"]) for e in shown] == [(gone["id"], "cancelled")]


def test_seeded_events_mark_the_owner_as_self(fake_google):
    seeded = _event(
        fake_google,
        9,
        organizer={"email": "jane@acme.example"},
        attendees=[
            {"email": "jane@acme.example", "organizer": True, "responseStatus": "accepted"},
            {"email": OWNER_EMAIL, "responseStatus": "needsAction"},
        ],
        recurringEventId="series1",
        originalStartTime={"dateTime": INTERVIEW_START.replace(hour=9).isoformat()},
    )

    assert seeded["attendees"][1]["self"] is True
    assert "self" not in seeded["organizer"]
    assert seeded["recurringEventId"] == "series1"


def test_calendar_served_at_the_root_is_a_404_with_a_hint(fake_google):
    wrong = build(
        "calendar",
        "v3",
        credentials=_credentials(fake_google),
        client_options={"api_endpoint": fake_google.url},
        static_discovery=True,
    )

    with pytest.raises(HttpError) as raised:
        wrong.calendarList().list().execute()

    assert raised.value.status_code == 404
    assert "/calendar/v3/" in _error(raised)["message"]


# ---- Gmail ------------------------------------------------------------------


def test_profile_reports_the_account_and_history_id(fake_google, gmail):
    fake_google.gmail.deliver((EMPLOYER, OWNER_EMAIL, "Hello", "Hi Casey"))

    profile = gmail.users().getProfile(userId="me").execute()

    assert profile == {
        "emailAddress": OWNER_EMAIL,
        "messagesTotal": 1,
        "threadsTotal": 1,
        "historyId": str(fake_google.gmail.history_id),
    }


def test_messages_list_supports_the_query_forms_newest_first(fake_google, gmail):
    now = datetime.now(UTC)
    old = fake_google.gmail.deliver(
        (EMPLOYER, OWNER_EMAIL, "Old", "x"), received_at=now - timedelta(days=10)
    )
    new = fake_google.gmail.deliver(
        (EMPLOYER, OWNER_EMAIL, "New", "y", {"Message-ID": "<reply-1@acme.example>"}),
        received_at=now - timedelta(days=1),
    )
    sent = fake_google.gmail.deliver((OWNER_EMAIL, EMPLOYER, "Sent", "z"), labels=["SENT"])
    draft_body = {"message": {"raw": _raw(_draft_message())}}
    draft_id = (
        gmail.users().drafts().create(userId="me", body=draft_body).execute()["message"]["id"]
    )
    cutoff = int((now - timedelta(days=5)).timestamp())

    def ids(**query: object) -> list[str]:
        listing = gmail.users().messages().list(userId="me", **query).execute()
        return [m["id"] for m in listing.get("messages", [])]

    assert ids() == [draft_id, sent, new, old]
    assert ids(q=f"after:{cutoff}") == [draft_id, sent, new]
    assert ids(q="newer_than:5d -in:drafts") == [sent, new]
    assert ids(q="rfc822msgid:reply-1@acme.example") == [new]
    assert ids(q="rfc822msgid:<reply-1@acme.example>") == [new]
    assert ids(q="in:sent") == [sent]
    assert ids(q="in:inbox") == [new, old]
    assert ids(q="in:drafts") == [draft_id]
    assert ids(labelIds=["INBOX", "UNREAD"]) == [new, old]
    assert ids(q="rfc822msgid:nobody@nowhere") == []


def test_messages_list_pages_with_max_results(fake_google, gmail):
    delivered = [fake_google.gmail.deliver((EMPLOYER, OWNER_EMAIL, f"M{i}", "x")) for i in range(5)]

    first = gmail.users().messages().list(userId="me", maxResults=3).execute()
    rest = (
        gmail.users()
        .messages()
        .list(userId="me", maxResults=3, pageToken=first["nextPageToken"])
        .execute()
    )

    assert [m["id"] for m in first["messages"] + rest["messages"]] == delivered[::-1]
    assert "nextPageToken" not in rest
    assert first["messages"][0]["threadId"] == delivered[-1]


def test_message_get_formats(fake_google, gmail):
    mail = EmailMessage()
    mail["From"] = EMPLOYER
    mail["To"] = OWNER_EMAIL
    mail["Subject"] = "Next steps – Acme"
    mail.set_content("We'd like to <invite> you & talk.")
    mail.add_alternative("<p>We'd like to invite you</p>", subtype="html")
    message_id = fake_google.gmail.deliver(mail.as_bytes())
    get = gmail.users().messages().get

    full = get(userId="me", id=message_id).execute()
    metadata = get(
        userId="me", id=message_id, format="metadata", metadataHeaders=["Subject", "from"]
    ).execute()
    minimal = get(userId="me", id=message_id, format="minimal").execute()
    raw = get(userId="me", id=message_id, format="raw").execute()

    assert full["payload"]["mimeType"] == "multipart/alternative"
    plain = full["payload"]["parts"][0]
    assert plain["partId"] == "0" and plain["mimeType"] == "text/plain"
    assert base64.urlsafe_b64decode(plain["body"]["data"]).decode().startswith("We'd like to")
    assert full["snippet"] == "We&#39;d like to &lt;invite&gt; you &amp; talk."
    assert full["labelIds"] == ["INBOX", "UNREAD"]
    assert {"historyId", "internalDate", "sizeEstimate", "threadId"} <= set(full)
    assert metadata["payload"]["headers"] == [
        {"name": "From", "value": EMPLOYER},
        {"name": "Subject", "value": "Next steps – Acme"},
    ]
    assert "payload" not in minimal and minimal["snippet"] == full["snippet"]
    assert base64.urlsafe_b64decode(raw["raw"]) == mail.as_bytes()
    with pytest.raises(HttpError) as raised:
        get(userId="me", id="0000000000000000").execute()
    assert raised.value.status_code == 404


def test_threads_follow_in_reply_to_and_list_in_order(fake_google, gmail):
    first = fake_google.gmail.deliver((EMPLOYER, OWNER_EMAIL, "Interview", "See you"))
    reply = fake_google.gmail.deliver(
        (EMPLOYER, OWNER_EMAIL, "Re: Interview", "Update"), in_reply_to_message_id=first
    )
    parent_id = fake_google.gmail.messages()[0].rfc822_id
    by_headers = fake_google.gmail.deliver(
        compose_raw(
            EMPLOYER,
            OWNER_EMAIL,
            "Re: Interview",
            "More",
            headers={
                "In-Reply-To": f"<{parent_id}>",
            },
        )
    )

    thread = gmail.users().threads().get(userId="me", id=first, format="minimal").execute()

    assert [m["id"] for m in thread["messages"]] == [first, reply, by_headers]
    assert thread["historyId"] == str(fake_google.gmail.history_id)


def test_draft_lifecycle_and_its_history(fake_google, gmail):
    original = fake_google.gmail.deliver((EMPLOYER, OWNER_EMAIL, "Interview", "Thanks"))
    start = gmail.users().getProfile(userId="me").execute()["historyId"]
    drafts = gmail.users().drafts()
    message = _draft_message(message_id="<thanks-1@followup.example>")

    created = drafts.create(
        userId="me", body={"message": {"raw": _raw(message), "threadId": original}}
    ).execute()
    fetched = drafts.get(userId="me", id=created["id"], format="full").execute()
    found = drafts.list(userId="me", q="rfc822msgid:thanks-1@followup.example").execute()
    updated = drafts.update(
        userId="me", id=created["id"], body={"message": {"raw": _raw(_draft_message("Thanks!"))}}
    ).execute()
    drafts.delete(userId="me", id=created["id"]).execute()
    with pytest.raises(HttpError) as raised:
        drafts.get(userId="me", id=created["id"]).execute()
    history = gmail.users().history().list(userId="me", startHistoryId=start).execute()

    assert created["message"]["threadId"] == original
    assert created["message"]["labelIds"] == ["DRAFT"]
    assert fetched["message"]["id"] == created["message"]["id"]
    assert found["drafts"] == [
        {
            "id": created["id"],
            "message": {
                "id": created["message"]["id"],
                "threadId": original,
            },
        }
    ]
    assert updated["id"] == created["id"]
    assert updated["message"]["id"] != created["message"]["id"]
    assert updated["message"]["threadId"] == original
    assert raised.value.status_code == 404
    kinds = [next(k for k in r if k.endswith(("Added", "Deleted"))) for r in history["history"]]
    assert kinds == ["messagesAdded", "messagesDeleted", "messagesAdded", "messagesDeleted"]
    assert history["history"][0]["messagesAdded"][0]["message"]["labelIds"] == ["DRAFT"]
    assert fake_google.gmail.drafts() == []


def test_a_draft_without_message_id_gets_one(fake_google, gmail):
    created = (
        gmail.users()
        .drafts()
        .create(userId="me", body={"message": {"raw": _raw(_draft_message())}})
        .execute()
    )

    [draft] = fake_google.gmail.drafts()

    assert draft.id == created["id"]
    assert draft.message.email["Message-ID"].endswith("@mail.gmail.com>")
    assert draft.message.thread_id == created["message"]["id"]


def test_the_person_edits_sends_and_deletes_drafts(fake_google, gmail):
    create = gmail.users().drafts().create
    body = {"message": {"raw": _raw(_draft_message(message_id="<t1@followup.example>"))}}
    first = create(userId="me", body=body).execute()
    second = create(userId="me", body={"message": {"raw": _raw(_draft_message("Other"))}}).execute()
    start = fake_google.gmail.history_id

    edited_id = fake_google.gmail.user_edits_draft(first["id"], "Thanks, I <3 it")
    edited = gmail.users().drafts().get(userId="me", id=first["id"]).execute()
    sent_id = fake_google.gmail.user_sends_draft(first["id"])
    fake_google.gmail.user_deletes_draft(second["id"])

    sent = fake_google.gmail.messages(label="SENT")
    assert edited["message"]["id"] == edited_id != first["message"]["id"]
    assert edited["message"]["snippet"] == "Thanks, I &lt;3 it"
    assert [m.id for m in sent] == [sent_id]
    assert sent[0].thread_id == first["message"]["threadId"]
    assert sent[0].email["Message-ID"] == "<t1@followup.example>"
    assert fake_google.gmail.drafts() == []
    history = gmail.users().history().list(userId="me", startHistoryId=start).execute()
    assert len(history["history"]) == 5  # edit: -1 +1, send: -1 +1, delete: -1


def test_history_pages_filters_and_expires(fake_google, gmail):
    start = fake_google.gmail.history_id
    first = fake_google.gmail.deliver((EMPLOYER, OWNER_EMAIL, "One", "x"))
    fake_google.gmail.deliver((EMPLOYER, OWNER_EMAIL, "Two", "x"))
    fake_google.gmail.modify_labels(first, remove=["UNREAD"])
    history = gmail.users().history()

    page = history.list(userId="me", startHistoryId=start, maxResults=2).execute()
    rest = history.list(
        userId="me", startHistoryId=start, maxResults=2, pageToken=page["nextPageToken"]
    ).execute()
    added_only = history.list(
        userId="me", startHistoryId=start, historyTypes=["messageAdded"]
    ).execute()
    latest = history.list(userId="me", startHistoryId=fake_google.gmail.history_id).execute()
    fake_google.gmail.expire_history_before(fake_google.gmail.history_id)
    with pytest.raises(HttpError) as raised:
        history.list(userId="me", startHistoryId=start).execute()

    assert [len(page["history"]), len(rest["history"])] == [2, 1]
    assert rest["history"][0]["labelsRemoved"][0]["labelIds"] == ["UNREAD"]
    assert len(added_only["history"]) == 2
    assert latest == {"historyId": str(fake_google.gmail.history_id)}
    assert raised.value.status_code == 404
    assert _error(raised)["errors"][0]["reason"] == "notFound"


def test_sending_is_recorded_as_a_violation(fake_google, gmail):
    with pytest.raises(HttpError) as by_json:
        gmail.users().messages().send(userId="me", body={"raw": _raw(_draft_message())}).execute()
    with pytest.raises(HttpError):
        gmail.users().drafts().send(userId="me", body={"id": "r1"}).execute()
    with pytest.raises(Exception):  # noqa: B017 - the upload goes to https on the fake's port
        upload = MediaInMemoryUpload(_draft_message().as_bytes(), mimetype="message/rfc822")
        gmail.users().messages().send(userId="me", body={}, media_body=upload).execute()

    assert by_json.value.status_code == 403
    assert len(fake_google.violations) == 3
    assert "TLS" in fake_google.violations[2]
    fake_google.violations.clear()


# ---- OAuth, faults, counters -----------------------------------------------


def test_an_expired_access_token_is_refreshed_at_the_fake(fake_google, gmail):
    fake_google.expire_access_tokens()
    fake_google.reset_counters()

    profile = gmail.users().getProfile(userId="me").execute()

    assert profile["emailAddress"] == OWNER_EMAIL
    assert [(r.method, r.path) for r in fake_google.requests] == [
        ("GET", "/gmail/v1/users/me/profile"),
        ("POST", "/oauth2/token"),
        ("GET", "/gmail/v1/users/me/profile"),
    ]


def test_a_revoked_refresh_token_raises_refresh_error(fake_google, gmail):
    fake_google.revoke(REFRESH_TOKEN)

    with pytest.raises(RefreshError, match="invalid_grant"):
        gmail.users().getProfile(userId="me").execute()


def test_a_token_without_the_scope_is_refused(fake_google):
    fake_google.issue_token("narrow", scopes=("https://www.googleapis.com/auth/gmail.readonly",))
    narrow = build(
        "gmail",
        "v1",
        credentials=Credentials(token=fake_google.issue_token("narrow")),
        client_options={"api_endpoint": fake_google.url},
        static_discovery=True,
    )

    with pytest.raises(HttpError) as raised:
        narrow.users().drafts().create(userId="me", body={"message": {"raw": "eA=="}}).execute()

    assert raised.value.status_code == 403
    assert _error(raised)["errors"][0]["reason"] == "insufficientPermissions"
    assert narrow.users().getProfile(userId="me").execute()["emailAddress"] == OWNER_EMAIL


def test_injected_429_then_success_on_retry(fake_google, gmail):
    fake_google.fail_next("GET", r"/profile$", 429)
    request = gmail.users().getProfile(userId="me")

    with pytest.raises(HttpError) as raised:
        request.execute()
    retried = request.execute()

    assert raised.value.status_code == 429
    assert _error(raised) == {
        "code": 429,
        "message": "Rate Limit Exceeded",
        "errors": [
            {"message": "Rate Limit Exceeded", "domain": "global", "reason": "rateLimitExceeded"}
        ],
        "status": "RESOURCE_EXHAUSTED",
    }
    assert retried["emailAddress"] == OWNER_EMAIL


def test_dropped_connections(fake_google, gmail):
    fake_google.drop_next(r"/profile$", times=2)
    with pytest.raises((http.client.HTTPException, ConnectionError)):
        gmail.users().getProfile(userId="me").execute()

    fake_google.drop_next(r"/drafts$", times=1, after_effect=True)
    gmail.users().drafts().create(
        userId="me", body={"message": {"raw": _raw(_draft_message())}}
    ).execute()

    assert len(fake_google.gmail.drafts()) == 2  # httplib2 replayed the POST by itself


def test_quota_units_and_request_log(fake_google, gmail):
    message_id = fake_google.gmail.deliver((EMPLOYER, OWNER_EMAIL, "Hello", "x"))
    fake_google.reset_counters()

    gmail.users().getProfile(userId="me").execute()
    gmail.users().messages().list(userId="me", q="in:inbox").execute()
    gmail.users().messages().get(userId="me", id=message_id).execute()
    gmail.users().threads().get(userId="me", id=message_id).execute()

    assert fake_google.quota_units == 1 + 5 + 5 + 10
    assert fake_google.requests[1].query == {"q": ["in:inbox"]}


def test_google_files_load_with_google_auth(fake_google, tmp_path):
    credentials_path, token_path = write_google_files(tmp_path, fake_google)

    creds = Credentials.from_authorized_user_file(str(token_path))
    client = json.loads(credentials_path.read_text())["installed"]
    gmail = build(
        "gmail",
        "v1",
        credentials=creds,
        client_options={"api_endpoint": fake_google.url},
        static_discovery=True,
    )

    assert stat.S_IMODE(token_path.stat().st_mode) == 0o600
    assert client["redirect_uris"] == ["http://localhost"]
    assert client["client_id"] == creds.client_id
    assert gmail.users().getProfile(userId="me").execute()["emailAddress"] == OWNER_EMAIL


def test_a_hundred_thousand_messages_stay_fast(fake_google, gmail):
    began = time.perf_counter()
    fake_google.gmail.add_many(100_000)
    filled = time.perf_counter() - began
    fake_google.gmail.deliver((EMPLOYER, OWNER_EMAIL, "Re: Interview", "Good news"))

    began = time.perf_counter()
    history = (
        gmail.users()
        .history()
        .list(userId="me", startHistoryId=fake_google.gmail.history_id - 1)
        .execute()
    )
    answered = time.perf_counter() - began
    newest = gmail.users().messages().list(userId="me", maxResults=10).execute()
    parsed = BytesParser(policy=policy.default).parsebytes(fake_google.gmail.messages()[0].raw)

    assert filled < 5.0
    assert answered < 0.5
    assert len(history["history"]) == 1
    assert len(newest["messages"]) == 10
    assert newest["resultSizeEstimate"] == 100_001
    assert parsed["Subject"] == "Weekly digest 1"


def test_events_seeded_with_datetimes_and_found_by_text(fake_google, calendar):
    start = datetime(2024, 5, 14, 14, 0, tzinfo=UTC)
    fake_google.calendar.add_event(
        "primary", summary="Phone screen", start=start, end=start + timedelta(minutes=30)
    )
    fake_google.calendar.add_event("primary", summary="Dentist", start=start, end=start)

    found = calendar.events().list(calendarId="primary", q="phone").execute()["items"]

    assert [e["summary"] for e in found] == ["Phone screen"]
    assert found[0]["start"] == {
        "dateTime": "2024-05-14T10:00:00-04:00",
        "timeZone": "America/New_York",
    }
