"""OAuth at run time, against the Google fake's token endpoint."""

from __future__ import annotations

import http.server
import json
import os
import socket
import stat
import threading
import time
import urllib.request
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from agent.backends.google import open_google
from agent.backends.google.auth import (
    GOOGLE_TOKEN_URI,
    SCOPES,
    load_credentials,
    run_flow,
    token_uri,
    write_private_json,
)
from agent.errors import AuthError, BackendError
from tests.fake_google import FakeGoogle
from tests.fake_google.fixture import REFRESH_TOKEN, write_google_files
from tests.fake_google.fixture import fake_google as fake_google_fixture  # noqa: F401

FIX = "followup auth --config /home/casey/.config/followup/config.toml"
NOW = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)


def edit_token(token_path: Path, **changes: object) -> None:
    data = json.loads(token_path.read_text())
    data.update(changes)
    token_path.write_text(json.dumps(data))


def expired() -> str:
    return (datetime.now(UTC) - timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M:%SZ")


def token_requests(fake: FakeGoogle) -> list[str]:
    return [r.path for r in fake.requests if r.path == "/oauth2/token"]


@pytest.fixture
def closed_port() -> Iterator[int]:
    """A local port nothing listens on: connections to it are refused."""
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        yield holder.getsockname()[1]


def test_the_scopes_are_the_least_privilege_four():
    assert SCOPES == (
        "https://www.googleapis.com/auth/gmail.readonly",
        "https://www.googleapis.com/auth/gmail.compose",
        "https://www.googleapis.com/auth/calendar.events",
        "https://www.googleapis.com/auth/calendar.readonly",
    )


def test_tokens_are_refreshed_at_google_or_at_the_configured_root():
    assert token_uri("") == GOOGLE_TOKEN_URI == "https://oauth2.googleapis.com/token"
    assert token_uri("http://127.0.0.1:8080/") == "http://127.0.0.1:8080/oauth2/token"
    assert token_uri("http://127.0.0.1:8080") == "http://127.0.0.1:8080/oauth2/token"


def test_a_missing_token_asks_for_followup_auth(tmp_path):
    with pytest.raises(AuthError) as caught:
        load_credentials(tmp_path / "token.json", api_endpoint="", fix_command=FIX)

    assert caught.value.exit_code == 3
    assert f"No Google token at {tmp_path / 'token.json'}. Run: {FIX}" == caught.value.message


def test_a_token_without_every_scope_asks_to_authorise_again(tmp_path, fake_google):
    _, token = write_google_files(tmp_path, fake_google)
    edit_token(token, scopes=list(SCOPES[:2]))

    with pytest.raises(AuthError, match="calendar.events.*Run: followup auth"):
        load_credentials(token, api_endpoint=fake_google.url)


def test_a_valid_token_is_used_as_it_is(tmp_path, fake_google):
    _, token = write_google_files(tmp_path, fake_google)
    before = token.read_text()
    fake_google.reset_counters()

    credentials = load_credentials(token, api_endpoint=fake_google.url)

    assert credentials.valid
    assert fake_google.requests == []
    assert token.read_text() == before


def test_an_expired_access_token_is_refreshed_and_saved_privately(tmp_path, fake_google):
    _, token = write_google_files(tmp_path, fake_google)
    edit_token(token, expiry=expired(), token="ya29.old")
    os.chmod(token, 0o644)  # even a token left readable comes back private
    fake_google.reset_counters()

    credentials = load_credentials(token, api_endpoint=fake_google.url)

    assert token_requests(fake_google) == ["/oauth2/token"]
    assert credentials.valid and credentials.token != "ya29.old"
    saved = json.loads(token.read_text())
    assert saved["token"] == credentials.token
    assert saved["refresh_token"] == REFRESH_TOKEN
    assert saved["token_uri"] == f"{fake_google.url}oauth2/token"
    assert sorted(saved["scopes"]) == sorted(SCOPES)
    assert stat.S_IMODE(token.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_the_token_uri_written_in_the_token_file_is_ignored(tmp_path, fake_google, closed_port):
    _, token = write_google_files(tmp_path, fake_google)
    edit_token(token, expiry=expired(), token_uri=f"http://127.0.0.1:{closed_port}/steal")
    fake_google.reset_counters()

    credentials = load_credentials(token, api_endpoint=fake_google.url)

    assert credentials.valid
    assert token_requests(fake_google) == ["/oauth2/token"]
    assert json.loads(token.read_text())["token_uri"] == f"{fake_google.url}oauth2/token"


def test_a_revoked_refresh_token_exits_3_naming_the_command(tmp_path, fake_google):
    _, token = write_google_files(tmp_path, fake_google)
    edit_token(token, expiry=expired())
    fake_google.revoke(REFRESH_TOKEN)
    before = token.read_text()

    with pytest.raises(AuthError) as caught:
        load_credentials(token, api_endpoint=fake_google.url, fix_command=FIX)

    assert caught.value.exit_code == 3
    assert "revoked or expired" in caught.value.message
    assert caught.value.message.endswith(f"Run: {FIX}")
    assert token.read_text() == before  # nothing lost: the person re-authorises and goes on


def test_a_token_revoked_during_a_run_exits_3_from_the_api_call(tmp_path, fake_google):
    credentials, token = write_google_files(tmp_path, fake_google)
    backend = open_google(
        credentials=credentials,
        token=token,
        api_endpoint=fake_google.url,
        calendars=["primary"],
        reminder_calendar="primary",
        me_email=None,
        sleep=lambda seconds: None,
        fix_command=FIX,
    )
    backend.calendar.changes(None, NOW)
    fake_google.revoke(REFRESH_TOKEN)  # also invalidates the access token in use

    with pytest.raises(AuthError) as caught:
        backend.mailbox.changes(None, NOW)

    assert caught.value.exit_code == 3
    assert FIX in caught.value.message


def test_no_network_during_refresh_is_a_plain_backend_error(tmp_path, fake_google, closed_port):
    _, token = write_google_files(tmp_path, fake_google)
    edit_token(token, expiry=expired())
    before = token.read_text()

    with pytest.raises(BackendError) as caught:
        load_credentials(token, api_endpoint=f"http://127.0.0.1:{closed_port}/")

    assert caught.value.exit_code == 1
    assert caught.value.message.startswith("Cannot reach Google (")
    assert caught.value.message.endswith("Check the network; nothing was lost.")
    assert token.read_text() == before


def test_an_unreadable_token_file_asks_for_auth(tmp_path):
    token = tmp_path / "token.json"
    token.write_text("{not json")

    with pytest.raises(AuthError, match="Unreadable token.*Run: followup auth"):
        load_credentials(token)


def test_private_files_are_written_0600_whatever_the_umask(tmp_path):
    previous = os.umask(0)
    try:
        write_private_json(tmp_path / "sub" / "token.json", {"a": 1})
    finally:
        os.umask(previous)

    path = tmp_path / "sub" / "token.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert json.loads(path.read_text()) == {"a": 1}


def test_the_flow_needs_an_oauth_client_file(tmp_path):
    with pytest.raises(AuthError, match="No OAuth client file"):
        run_flow(tmp_path / "missing.json", tmp_path / "token.json", open_browser=False)

    wrong = tmp_path / "credentials.json"
    wrong.write_text(json.dumps({"web": {"client_id": "x"}}))
    with pytest.raises(AuthError, match="installed-app"):
        run_flow(wrong, tmp_path / "token.json", open_browser=False)
    assert not (tmp_path / "token.json").exists()


class _TokenEndpoint(http.server.BaseHTTPRequestHandler):
    """Google's token endpoint for the code exchange at the end of the consent flow."""

    forms: list[dict[str, list[str]]]

    def do_POST(self) -> None:  # noqa: N802 - the stdlib's naming
        length = int(self.headers.get("Content-Length") or 0)
        self.forms.append(parse_qs(self.rfile.read(length).decode()))
        body = json.dumps(
            {
                "access_token": "ya29.first",
                "refresh_token": "refresh-from-consent",
                "expires_in": 3599,
                "scope": " ".join(SCOPES),
                "token_type": "Bearer",
            }
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


def test_the_flow_without_a_browser_prints_the_url_and_writes_a_private_token(
    tmp_path, capsys, monkeypatch
):
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")  # run_flow sets it for loopback
    handler = type("Endpoint", (_TokenEndpoint,), {"forms": []})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    root = f"http://127.0.0.1:{server.server_address[1]}/"
    client = tmp_path / "credentials.json"
    client.write_text(
        json.dumps(
            {
                "installed": {
                    "client_id": "client-1.apps.googleusercontent.com",
                    "client_secret": "secret-1",
                    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
                    "token_uri": "https://elsewhere.example/token",
                    "redirect_uris": ["http://localhost"],
                }
            }
        )
    )
    token = tmp_path / "token.json"
    errors: list[BaseException] = []

    def authorise() -> None:
        try:
            run_flow(client, token, api_endpoint=root, open_browser=False, port=0)
        except BaseException as error:  # reported by the assertion below
            errors.append(error)

    flow = threading.Thread(target=authorise, daemon=True)
    flow.start()
    printed = ""
    deadline = time.monotonic() + 5
    while "Open this URL in a browser: " not in printed and time.monotonic() < deadline:
        time.sleep(0.01)
        printed += capsys.readouterr().out
    url = printed.split("Open this URL in a browser: ", 1)[1].split()[0]
    query = parse_qs(urlsplit(url).query)
    assert url.startswith("https://accounts.google.com/o/oauth2/auth?")
    assert query["scope"] == [" ".join(SCOPES)]
    assert query["access_type"] == ["offline"]

    # What the browser does after consent: Google redirects it to the local listener.
    redirect = query["redirect_uri"][0]
    answer = f"{redirect}?state={query['state'][0]}&code=code-1&scope={query['scope'][0]}"
    with urllib.request.urlopen(answer.replace(" ", "%20"), timeout=5) as response:
        assert response.status == 200
    flow.join(timeout=5)
    server.shutdown()
    server.server_close()

    assert errors == []
    assert handler.forms[0]["grant_type"] == ["authorization_code"]
    assert handler.forms[0]["code"] == ["code-1"]
    assert stat.S_IMODE(token.stat().st_mode) == 0o600
    saved = json.loads(token.read_text())
    assert saved["refresh_token"] == "refresh-from-consent"
    # When consent was given, so that a refusal 7 days later can be explained.
    authorised = datetime.fromisoformat(saved["authorized_at"].replace("Z", "+00:00"))
    assert abs(datetime.now(UTC) - authorised) < timedelta(minutes=1)
    assert sorted(saved["scopes"]) == sorted(SCOPES)
    assert saved["token_uri"] == f"{root}oauth2/token"


# --------------------------------------------------------------------------- doctor


def backend_for(tmp_path: Path, fake: FakeGoogle, **overrides: object):
    credentials, token = write_google_files(tmp_path, fake)
    options: dict = {
        "credentials": credentials,
        "token": token,
        "api_endpoint": fake.url,
        "calendars": ["primary"],
        "reminder_calendar": "primary",
        "me_email": None,
        "sleep": lambda seconds: None,
    }
    options.update(overrides)
    return open_google(**options)


def test_doctor_passes_on_a_working_setup(tmp_path, fake_google):
    checks = backend_for(tmp_path, fake_google).doctor_checks()

    assert [name for name, _, _ in checks] == [
        "OAuth client file",
        "OAuth client file mode",
        "token file",
        "token file mode",
        "token scopes",
        "token refresh",
        "authorisation age",
        "Google Calendar API",
        "Gmail API",
    ]
    assert all(ok for _, ok, _ in checks), checks
    assert dict((name, detail) for name, _, detail in checks)["Gmail API"] == (
        "mailbox casey@example.com"
    )


def test_doctor_names_the_fix_for_a_readable_token_and_a_missing_one(tmp_path, fake_google):
    backend = backend_for(tmp_path, fake_google)
    os.chmod(backend.token_path, 0o644)
    failing = {name: detail for name, ok, detail in backend.doctor_checks() if not ok}
    assert list(failing) == ["token file mode"]
    assert f"chmod 600 {backend.token_path}" in failing["token file mode"]

    backend.token_path.unlink()
    gone = open_google(
        credentials=backend.credentials_path,
        token=backend.token_path,
        api_endpoint=fake_google.url,
        calendars=["primary"],
        reminder_calendar="primary",
        me_email=None,
        fix_command=FIX,
    ).doctor_checks()
    assert gone[-1] == ("token file", False, f"No token at {backend.token_path}. Run: {FIX}")


def test_doctor_reports_an_unknown_calendar(tmp_path, fake_google):
    checks = backend_for(tmp_path, fake_google, calendars=["work@example.com"]).doctor_checks()

    name, ok, detail = checks[-2]
    assert (name, ok) == ("Google Calendar API", False)
    assert "work@example.com" in detail and "casey@example.com" in detail


def test_doctor_reports_a_revoked_token(tmp_path, fake_google):
    backend = backend_for(tmp_path, fake_google)
    edit_token(backend.token_path, expiry=expired())
    fake_google.revoke(REFRESH_TOKEN)

    name, ok, detail = backend.doctor_checks()[-1]

    assert (name, ok) == ("Google authorisation", False)
    assert "Run: followup auth" in detail
