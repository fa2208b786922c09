"""The `fake_google` pytest fixture and the credential files that point at it."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from .server import FakeGoogle

OWNER_EMAIL = "casey@example.com"
OWNER_TIMEZONE = "America/New_York"
REFRESH_TOKEN = "refresh-1"


@pytest.fixture
def fake_google() -> Iterator[FakeGoogle]:
    """A running fake for Casey; the test fails if anything tried to send mail."""
    fake = FakeGoogle(owner_email=OWNER_EMAIL)
    fake.calendar.set_timezone("primary", OWNER_TIMEZONE)
    fake.issue_token(refresh_token=REFRESH_TOKEN)
    fake.start()
    try:
        yield fake
    finally:
        fake.stop()
    if fake.violations:
        pytest.fail("the Google fake saw forbidden requests: " + "; ".join(fake.violations))
    if fake.server_errors:
        pytest.fail("the Google fake crashed:\n" + "\n".join(fake.server_errors))


def write_google_files(
    tmp_path: Path, fake: FakeGoogle, *, refresh_token: str = REFRESH_TOKEN
) -> tuple[Path, Path]:
    """Write the OAuth client file and the authorized-user token file (mode 0600)."""
    credentials = {
        "installed": {
            "client_id": fake.client_id,
            "project_id": "fake-project",
            "client_secret": fake.client_secret,
            "auth_uri": "https://accounts.google.com/o/oauth2/auth",
            "token_uri": fake.token_uri,
            "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
            "redirect_uris": ["http://localhost"],
        }
    }
    access_token = fake.issue_token(refresh_token=refresh_token)
    expiry = datetime.now(UTC).replace(tzinfo=None, microsecond=0) + timedelta(hours=1)
    token = {
        "token": access_token,
        "refresh_token": refresh_token,
        "token_uri": fake.token_uri,
        "client_id": fake.client_id,
        "client_secret": fake.client_secret,
        "scopes": list(fake.granted_scopes(refresh_token)),
        "universe_domain": "googleapis.com",
        "account": "",
        "expiry": expiry.isoformat() + "Z",
    }
    credentials_path = tmp_path / "credentials.json"
    token_path = tmp_path / "token.json"
    for path, content in ((credentials_path, credentials), (token_path, token)):
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(content, handle, indent=2)
    return credentials_path, token_path
