"""A stateful fake of Google Calendar v3, Gmail v1 and the OAuth token endpoint.

It serves the real google-api-python-client over HTTP on 127.0.0.1 so that an
adapter is tested through the client's own URL building, MIME handling and
error mapping. See `server.py` for how to build clients against it.
"""

from .calendar_state import CalendarState
from .common import ApiError
from .fixture import write_google_files
from .gmail_mime import StoredMessage, compose_raw
from .gmail_state import DraftView, GmailState
from .server import CLIENT_ID, CLIENT_SECRET, DEFAULT_SCOPES, GMAIL_QUOTA, FakeGoogle, LoggedRequest

__all__ = [
    "CLIENT_ID",
    "CLIENT_SECRET",
    "DEFAULT_SCOPES",
    "GMAIL_QUOTA",
    "ApiError",
    "CalendarState",
    "DraftView",
    "FakeGoogle",
    "GmailState",
    "LoggedRequest",
    "StoredMessage",
    "compose_raw",
    "write_google_files",
]
