"""The Google fake's HTTP face: OAuth token endpoint, routing, auth, faults, counters.

The real google-api-python-client talks to it. Build clients like this (the
client puts Calendar's `calendar/v3/` prefix in the base URL, which an
`api_endpoint` replaces, while Gmail's method paths carry `gmail/v1/`):

    build("calendar", "v3", credentials=creds,
          client_options={"api_endpoint": fake.url + "calendar/v3/"}, static_discovery=True)
    build("gmail", "v1", credentials=creds,
          client_options={"api_endpoint": fake.url}, static_discovery=True)
"""

from __future__ import annotations

import functools
import http.server
import itertools
import json
import logging
import re
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from typing import Any, NamedTuple
from urllib.parse import parse_qs, unquote, urlsplit

from .calendar_state import CalendarState
from .common import ApiError, Json, Params
from .gmail_state import GmailState

logger = logging.getLogger(__name__)

DEFAULT_SCOPES = (
    "https://www.googleapis.com/auth/gmail.readonly",
    "https://www.googleapis.com/auth/gmail.compose",
    "https://www.googleapis.com/auth/calendar.events",
    "https://www.googleapis.com/auth/calendar.readonly",
)
CLIENT_ID = "fake-client-id.apps.googleusercontent.com"
CLIENT_SECRET = "fake-client-secret"

# Gmail's published per-method quota units (Calendar is not metered in units).
GMAIL_QUOTA = {
    "gmail.users.getProfile": 1,
    "gmail.users.history.list": 2,
    "gmail.users.messages.list": 5,
    "gmail.users.messages.get": 5,
    "gmail.users.threads.get": 10,
    "gmail.users.drafts.create": 10,
    "gmail.users.drafts.get": 5,
    "gmail.users.drafts.list": 5,
    "gmail.users.drafts.update": 15,
    "gmail.users.drafts.delete": 10,
}
_DEFAULT_FAULTS = {
    400: ("Bad Request", "badRequest"),
    401: ("Invalid Credentials", "authError"),
    403: ("Rate Limit Exceeded", "rateLimitExceeded"),
    404: ("Not Found", "notFound"),
    410: ("Sync token is no longer valid, a full sync is required.", "fullSyncRequired"),
    429: ("Rate Limit Exceeded", "rateLimitExceeded"),
    500: ("Backend Error", "backendError"),
    502: ("Bad Gateway", "backendError"),
    503: ("The service is currently unavailable.", "backendError"),
}
Handler = Callable[["FakeGoogle", dict[str, str], Params, Any], tuple[int, Json | None]]
_HANDLERS: dict[str, Handler] = {
    "calendar.calendarList.list": lambda f, m, p, b: (200, f.calendar.api_calendar_list(p)),
    "calendar.events.list": lambda f, m, p, b: (200, f.calendar.api_list_events(m["cal"], p)),
    "calendar.events.insert": lambda f, m, p, b: (200, f.calendar.api_insert_event(m["cal"], b)),
    "calendar.events.get": lambda f, m, p, b: (200, f.calendar.api_get_event(m["cal"], m["id"])),
    "calendar.events.delete": lambda f, m, p, b: (
        204,
        f.calendar.api_delete_event(m["cal"], m["id"]),
    ),
    "gmail.users.getProfile": lambda f, m, p, b: (200, f.gmail.api_profile()),
    "gmail.users.history.list": lambda f, m, p, b: (200, f.gmail.api_history(p)),
    "gmail.users.messages.list": lambda f, m, p, b: (200, f.gmail.api_list_messages(p)),
    "gmail.users.messages.get": lambda f, m, p, b: (200, f.gmail.api_get_message(m["id"], p)),
    "gmail.users.threads.get": lambda f, m, p, b: (200, f.gmail.api_get_thread(m["id"], p)),
    "gmail.users.drafts.create": lambda f, m, p, b: (200, f.gmail.api_create_draft(b)),
    "gmail.users.drafts.list": lambda f, m, p, b: (200, f.gmail.api_list_drafts(p)),
    "gmail.users.drafts.get": lambda f, m, p, b: (200, f.gmail.api_get_draft(m["id"], p)),
    "gmail.users.drafts.update": lambda f, m, p, b: (200, f.gmail.api_update_draft(m["id"], b)),
    "gmail.users.drafts.delete": lambda f, m, p, b: (204, f.gmail.api_delete_draft(m["id"])),
}
_CAL_EVENTS = "/calendar/v3/calendars/(?P<cal>[^/]+)/events"
_USER = "/gmail/v1/users/(?P<user>[^/]+)"
_ROUTES = [
    (method, re.compile(f"^{path}$"), method_id)
    for method, path, method_id in [
        ("GET", "/calendar/v3/users/me/calendarList", "calendar.calendarList.list"),
        ("GET", _CAL_EVENTS, "calendar.events.list"),
        ("POST", _CAL_EVENTS, "calendar.events.insert"),
        ("GET", f"{_CAL_EVENTS}/(?P<id>[^/]+)", "calendar.events.get"),
        ("DELETE", f"{_CAL_EVENTS}/(?P<id>[^/]+)", "calendar.events.delete"),
        ("GET", f"{_USER}/profile", "gmail.users.getProfile"),
        ("GET", f"{_USER}/history", "gmail.users.history.list"),
        ("GET", f"{_USER}/messages", "gmail.users.messages.list"),
        ("GET", f"{_USER}/messages/(?P<id>[^/]+)", "gmail.users.messages.get"),
        ("GET", f"{_USER}/threads/(?P<id>[^/]+)", "gmail.users.threads.get"),
        ("POST", f"{_USER}/drafts", "gmail.users.drafts.create"),
        ("GET", f"{_USER}/drafts", "gmail.users.drafts.list"),
        ("GET", f"{_USER}/drafts/(?P<id>[^/]+)", "gmail.users.drafts.get"),
        ("PUT", f"{_USER}/drafts/(?P<id>[^/]+)", "gmail.users.drafts.update"),
        ("DELETE", f"{_USER}/drafts/(?P<id>[^/]+)", "gmail.users.drafts.delete"),
    ]
]
_SEND = re.compile(r"^(/upload)?/gmail/v1/users/[^/]+/(messages|drafts)/send$")


def _route(method: str, path: str) -> tuple[str, re.Match[str]]:
    for route_method, pattern, method_id in _ROUTES:
        match = pattern.match(path)
        if match and route_method == method:
            return method_id, match
    calendar_at_root = path.startswith(("/calendars", "/users/me/calendarList"))
    hint = " (Calendar lives under /calendar/v3/)" if calendar_at_root else ""
    raise ApiError(404, f"{method} {path} is not served by the fake{hint}", "notFound")


class LoggedRequest(NamedTuple):
    method: str
    path: str
    query: Params


@dataclass
class _Fault:
    method: str
    path: re.Pattern[str]
    times: int
    status: int | None = None  # None: drop the connection
    body: Json | None = None
    after_effect: bool = False

    def matches(self, method: str, path: str) -> bool:
        return self.times > 0 and self.method in ("*", method) and bool(self.path.search(path))


def _discovery_scopes() -> dict[str, frozenset[str]]:
    """Which scopes each method accepts, read from the client's own discovery documents."""
    scopes: dict[str, frozenset[str]] = {}

    def walk(node: Json) -> None:
        for method in node.get("methods", {}).values():
            scopes[method["id"]] = frozenset(method.get("scopes", []))
        for child in node.get("resources", {}).values():
            walk(child)

    documents = resources.files("googleapiclient") / "discovery_cache" / "documents"
    for name in ("calendar.v3.json", "gmail.v1.json"):
        walk(json.loads((documents / name).read_text(encoding="utf-8")))
    return scopes


class FakeGoogle:
    """A stateful Calendar v3 + Gmail v1 + OAuth token server on 127.0.0.1."""

    def __init__(
        self,
        owner_email: str = "casey@example.com",
        *,
        client_id: str = CLIENT_ID,
        client_secret: str = CLIENT_SECRET,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.owner_email = owner_email
        self.client_id = client_id
        self.client_secret = client_secret
        self.lock = threading.RLock()
        self._clock = clock or (lambda: datetime.now(UTC))
        self.calendar = CalendarState(owner_email, self.lock, self._clock)
        self.gmail = GmailState(owner_email, self.lock, self._clock)
        self.violations: list[str] = []
        self.server_errors: list[str] = []
        self.requests: list[LoggedRequest] = []
        self.quota_units = 0
        self._grants: dict[str, tuple[tuple[str, ...], bool]] = {}  # refresh -> (scopes, revoked)
        self._access: dict[str, str] = {}  # access token -> refresh token
        self._token_numbers = itertools.count(1)
        self._faults: list[_Fault] = []
        self._refused_from: dict[str, datetime] = {}  # refresh token -> refused from then on
        # While True every connection is closed unanswered, the token endpoint's too:
        # the network (or Google) gone, for as long as a test needs.
        self.offline = False
        self._scopes = _discovery_scopes()
        self._server: http.server.ThreadingHTTPServer | None = None

    # ---- lifecycle ---------------------------------------------------------

    @property
    def url(self) -> str:
        if self._server is None:
            raise RuntimeError("FakeGoogle is not started")
        return f"http://127.0.0.1:{self._server.server_address[1]}/"

    @property
    def token_uri(self) -> str:
        return f"{self.url}oauth2/token"

    def start(self) -> FakeGoogle:
        handler = type("BoundHandler", (_Handler,), {"fake": self})
        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        serve = functools.partial(self._server.serve_forever, poll_interval=0.02)
        threading.Thread(target=serve, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def __enter__(self) -> FakeGoogle:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # ---- OAuth helpers -----------------------------------------------------

    def issue_token(self, refresh_token: str = "r1", scopes: tuple[str, ...] | None = None) -> str:
        """Register (or reuse) a refresh token and hand out a fresh access token for it."""
        with self.lock:
            known = self._grants.get(refresh_token)
            granted = scopes or (known[0] if known else DEFAULT_SCOPES)
            self._grants[refresh_token] = (tuple(granted), False)
            return self._new_access_token(refresh_token)

    def granted_scopes(self, refresh_token: str) -> tuple[str, ...]:
        with self.lock:
            return self._grants[refresh_token][0]

    def revoke(self, refresh_token: str) -> None:
        with self.lock:
            scopes, _ = self._grants[refresh_token]
            self._grants[refresh_token] = (scopes, True)
            self._access = {a: r for a, r in self._access.items() if r != refresh_token}

    def refuse_refresh_from(self, refresh_token: str, moment: datetime) -> None:
        """From `moment` on (the fake's clock) answer `invalid_grant` for this refresh token.

        What Google does 7 days after consent when the OAuth app's publishing
        status is "Testing" (developers.google.com/identity/protocols/oauth2,
        "Refresh token expiration").
        """
        with self.lock:
            self._refused_from[refresh_token] = moment

    def expire_access_tokens(self) -> None:
        with self.lock:
            self._access.clear()

    # ---- faults and counters -----------------------------------------------

    def fail_next(
        self, method: str, path_regex: str, status: int, times: int = 1, body: Json | None = None
    ) -> None:
        """Answer the next `times` matching requests with `status` (method "*" = any)."""
        with self.lock:
            self._faults.append(_Fault(method.upper(), re.compile(path_regex), times, status, body))

    def drop_next(self, path_regex: str, times: int = 1, *, after_effect: bool = False) -> None:
        """Close the connection without answering; with `after_effect` the change happens first.

        httplib2 silently retries a dropped request once, so times=1 is invisible to
        the client (and, with after_effect, a POST is applied twice); use times=2
        to surface a connection error.
        """
        with self.lock:
            self._faults.append(
                _Fault("*", re.compile(path_regex), times, after_effect=after_effect)
            )

    def reset_counters(self) -> None:
        with self.lock:
            self.requests.clear()
            self.quota_units = 0

    # ---- request handling (called by the handler thread) --------------------

    def _new_access_token(self, refresh_token: str) -> str:
        access = f"ya29.fake-{next(self._token_numbers)}"
        self._access[access] = refresh_token
        return access

    def _take_fault(self, method: str, path: str) -> _Fault | None:
        for fault in self._faults:
            if fault.matches(method, path):
                fault.times -= 1
                return fault
        return None

    def _token_endpoint(self, form: Params) -> tuple[int, Json]:
        def field(name: str) -> str:
            return (form.get(name) or [""])[0]

        if field("client_id") != self.client_id or field("client_secret") != self.client_secret:
            return 401, {
                "error": "invalid_client",
                "error_description": "The OAuth client was not found.",
            }
        if field("grant_type") != "refresh_token":
            return 400, {
                "error": "unsupported_grant_type",
                "error_description": "Invalid grant_type",
            }
        grant = self._grants.get(field("refresh_token"))
        refused = self._refused_from.get(field("refresh_token"))
        if grant is None or grant[1] or (refused is not None and self._clock() >= refused):
            return 400, {
                "error": "invalid_grant",
                "error_description": "Token has been expired or revoked.",
            }
        return 200, {
            "access_token": self._new_access_token(field("refresh_token")),
            "expires_in": 3599,
            "scope": " ".join(grant[0]),
            "token_type": "Bearer",
        }

    def _api(
        self, method: str, path: str, query: Params, auth: str, raw_body: bytes
    ) -> tuple[int, Json | None]:
        if _SEND.match(path):
            self.violations.append(f"{method} {path}: mail must never be sent")
            raise ApiError(
                403, "Sending is forbidden in this fake: the agent never sends mail", "forbidden"
            )
        method_id, match = _route(method, path)
        refresh = (
            self._access.get(auth.removeprefix("Bearer ").strip())
            if auth.startswith("Bearer ")
            else None
        )
        if refresh is None:
            raise ApiError(401, "Request had invalid authentication credentials.", "authError")
        if not self._scopes[method_id] & set(self._grants[refresh][0]):
            raise ApiError(
                403, "Request had insufficient authentication scopes.", "insufficientPermissions"
            )
        if "user" in match.groupdict():
            self.gmail.check_user(unquote(match["user"]))
        self.quota_units += GMAIL_QUOTA.get(method_id, 0)
        try:
            body = json.loads(raw_body) if raw_body else {}
        except ValueError:
            raise ApiError(400, "Invalid JSON payload received.", "parseError") from None
        groups = {k: unquote(v) for k, v in match.groupdict().items()}
        return _HANDLERS[method_id](self, groups, query, body)


class _Handler(http.server.BaseHTTPRequestHandler):
    # Answers go out at once: with Nagle's algorithm and delayed ACKs every
    # request would wait ~40 ms, which would swamp the benchmark's figures.
    disable_nagle_algorithm = True

    protocol_version = "HTTP/1.1"
    fake: FakeGoogle

    def handle_one_request(self) -> None:
        # A TLS handshake here means the client went to https on our port, which is what
        # googleapiclient does for media uploads (e.g. messages.send with media_body).
        if self.rfile.peek(1)[:1] == b"\x16":
            with self.fake.lock:
                self.fake.violations.append("TLS connection: a media upload (send?) to the fake")
            self.close_connection = True
            return
        super().handle_one_request()

    def do_GET(self) -> None:  # noqa: N802 - the stdlib's naming
        self._serve()

    do_POST = do_PUT = do_DELETE = do_PATCH = do_GET  # noqa: N815

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        logger.debug("fake google: " + format, *args)

    def _serve(self) -> None:
        raw_body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        parts = urlsplit(self.path)
        path = unquote(parts.path)
        query = parse_qs(parts.query, keep_blank_values=True)
        query.pop("alt", None)
        fake = self.fake
        if fake.offline:
            self.close_connection = True
            return
        with fake.lock:
            fake.requests.append(LoggedRequest(self.command, path, query))
            fault = fake._take_fault(self.command, path)
            if fault is not None and fault.status is None and not fault.after_effect:
                self.close_connection = True
                return
            if fault is not None and fault.status is not None:
                message, reason = _DEFAULT_FAULTS.get(fault.status, ("Error", "backendError"))
                status, body = (
                    fault.status,
                    fault.body or ApiError(fault.status, message, reason).body(),
                )
            elif path == "/oauth2/token" and self.command == "POST":
                status, body = fake._token_endpoint(parse_qs(raw_body.decode("utf-8", "replace")))
            else:
                status, body = self._call_api(path, query, raw_body)
            if fault is not None and fault.after_effect:
                self.close_connection = True
                return
        self._answer(status, body)

    def _call_api(self, path: str, query: Params, raw_body: bytes) -> tuple[int, Json | None]:
        fake = self.fake
        try:
            return fake._api(
                self.command, path, query, self.headers.get("Authorization", ""), raw_body
            )
        except ApiError as error:
            return error.code, error.body()
        except Exception:  # a bug in the fake must not pass for a Google outage
            fake.server_errors.append(f"{self.command} {path}\n{traceback.format_exc()}")
            return 500, ApiError(500, "Backend Error", "backendError").body()

    def _answer(self, status: int, body: Json | None) -> None:
        payload = b"" if status == 204 or body is None else json.dumps(body).encode()
        self.send_response(status)
        if payload:
            self.send_header("Content-Type", "application/json; charset=UTF-8")
        if status == 401:
            self.send_header("WWW-Authenticate", 'Bearer realm="https://accounts.google.com/"')
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)
