"""The one facade over google-api-python-client: clients, retries, pages, errors.

Every request the Google backend makes goes through `GoogleService.execute`,
so backoff, the mapping of Google's failures onto the agent's error types and
the page-token loop are written once for both APIs.
"""

from __future__ import annotations

import http.client
import json
import logging
import random
import socket
import time
from collections.abc import Callable, Iterator
from typing import Any

import httplib2
from google.auth.credentials import Credentials
from google.auth.exceptions import RefreshError, TransportError
from google_auth_httplib2 import AuthorizedHttp
from googleapiclient.discovery import build
from googleapiclient.errors import HttpError
from googleapiclient.http import HttpRequest

from agent.backends.google.auth import refresh_error_message, unreachable_message
from agent.errors import AuthError, BackendError

# httplib2 silently re-sends a request, POSTs included, when a connection drops;
# if the server had already acted, a draft or reminder would be created twice.
# Every retry goes through `GoogleService.execute` instead, which looks for the
# object before re-sending a create.
httplib2.RETRIES = 1

log = logging.getLogger(__name__)

Json = dict[str, Any]

MAX_TRIES = 5
FIRST_DELAY_SECONDS = 1.0
MAX_DELAY_SECONDS = 32.0
REQUEST_TIMEOUT_SECONDS = 60

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# Google answers some rate limits with 403 and one of these reasons.
RATE_LIMIT_REASONS = frozenset({"rateLimitExceeded", "userRateLimitExceeded"})
# 403s that only a new consent can fix.
AUTH_REASONS = frozenset(
    {
        "authError",
        "invalidCredentials",
        "insufficientPermissions",
        "ACCESS_TOKEN_SCOPE_INSUFFICIENT",
        "UNAUTHENTICATED",
    }
)
CONNECTION_ERRORS: tuple[type[BaseException], ...] = (
    OSError,  # socket errors, refused connections, TimeoutError, SSL errors
    socket.timeout,
    http.client.HTTPException,  # a connection closed half-way through an answer
    httplib2.HttpLib2Error,
    TransportError,
)


class ApiError(BackendError):
    """Google answered a request with an error that retrying will not fix.

    Callers look at `status` for the answers they expect (404, 410); anything
    else reaches the person as a plain BackendError.
    """

    def __init__(self, message: str, *, status: int, reason: str = "") -> None:
        super().__init__(message)
        self.status = status
        self.reason = reason


def calendar_root(api_endpoint: str) -> str:
    return f"{api_endpoint.rstrip('/')}/calendar/v3/"


def gmail_root(api_endpoint: str) -> str:
    # Gmail's discovery document puts "gmail/v1/" in every method path.
    return f"{api_endpoint.rstrip('/')}/"


def pause(seconds: float) -> None:
    """The wait between tries; looked up when called, so a test can shorten it."""
    time.sleep(seconds)


class GoogleService:
    """The Calendar and Gmail clients on one authorised connection, with retries."""

    def __init__(
        self,
        credentials: Credentials,
        *,
        api_endpoint: str = "",
        sleep: Callable[[float], None] | None = None,
        max_tries: int = MAX_TRIES,
        jitter: Callable[[], float] = random.random,
        fix_command: str = "followup auth",
    ) -> None:
        self._sleep = pause if sleep is None else sleep
        self._max_tries = max(1, max_tries)
        self._jitter = jitter
        self._fix_command = fix_command
        self.requests_made = 0
        authorized = AuthorizedHttp(
            credentials, http=httplib2.Http(timeout=REQUEST_TIMEOUT_SECONDS)
        )
        self.calendar = _client(
            "calendar", "v3", authorized, calendar_root(api_endpoint) if api_endpoint else ""
        )
        self.gmail = _client(
            "gmail", "v1", authorized, gmail_root(api_endpoint) if api_endpoint else ""
        )

    # ------------------------------------------------------------------ execute

    def execute(
        self,
        request: HttpRequest,
        *,
        recover: Callable[[], Json | None] | None = None,
    ) -> Json:
        """Run one request, retrying what is worth retrying, and return its JSON.

        `recover` is for requests that create something: before sending again
        after a failure, it looks for what the failed attempt may have created
        anyway (the server may have acted before the connection dropped), so a
        retry never makes a duplicate.
        """
        what = getattr(request, "methodId", "") or "a request"
        for attempt in range(1, self._max_tries + 1):
            if attempt > 1 and recover is not None:
                found = recover()
                if found is not None:
                    log.info("%s had succeeded before failing; not sending it again", what)
                    return found
            try:
                self.requests_made += 1
                response = request.execute()
                return response if isinstance(response, dict) else {}
            except HttpError as error:
                status = _status(error)
                reason, message = _reason(error)
                if status == 401 or (status == 403 and reason in AUTH_REASONS):
                    raise AuthError(
                        f"Google refused the stored authorisation ({status} {reason or message}). "
                        f"Run: {self._fix_command}"
                    ) from error
                retryable = status in RETRY_STATUSES or (
                    status == 403 and reason in RATE_LIMIT_REASONS
                )
                if not retryable:
                    raise ApiError(
                        f"Google answered {status} to {what}: {message or reason or 'no detail'}",
                        status=status,
                        reason=reason,
                    ) from error
                if attempt == self._max_tries:
                    raise BackendError(
                        f"Google kept failing ({status} {reason or message}) for {what} after "
                        f"{attempt} tries. Try again later; nothing was lost."
                    ) from error
                self._wait(attempt, what, f"{status} {reason}".strip(), _retry_after(error))
            except RefreshError as error:
                if not error.retryable:
                    raise AuthError(refresh_error_message(error, self._fix_command)) from error
                if attempt == self._max_tries:
                    raise BackendError(unreachable_message(error)) from error
                self._wait(attempt, what, "token refresh failed", None)
            except CONNECTION_ERRORS as error:
                if attempt == self._max_tries:
                    raise BackendError(unreachable_message(error)) from error
                self._wait(attempt, what, type(error).__name__, None)
        raise AssertionError("unreachable: the loop returns or raises")

    def pages(self, request_factory: Callable[[str | None], HttpRequest]) -> Iterator[Json]:
        """Every page of a list call; `request_factory(page_token)` builds each request."""
        token: str | None = None
        seen: set[str] = set()
        while True:
            page = self.execute(request_factory(token))
            yield page
            token = page.get("nextPageToken") or None
            if token is None:
                return
            if token in seen:
                raise BackendError(f"Google repeated a page token ({token}); stopped listing.")
            seen.add(token)

    def _wait(self, attempt: int, what: str, why: str, retry_after: float | None) -> None:
        """Exponential backoff with jitter, so many clients do not retry in step."""
        ceiling = min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS * 2 ** (attempt - 1))
        delay = ceiling / 2 + self._jitter() * ceiling / 2
        if retry_after is not None:
            delay = max(delay, min(retry_after, MAX_DELAY_SECONDS))
        log.warning("%s failed (%s); try %d again in %.1f s", what, why, attempt + 1, delay)
        self._sleep(delay)


def _client(name: str, version: str, authorized: AuthorizedHttp, endpoint: str) -> Any:
    options = {"api_endpoint": endpoint} if endpoint else None
    return build(
        name,
        version,
        http=authorized,
        client_options=options,
        static_discovery=True,
        cache_discovery=False,
    )


def _status(error: HttpError) -> int:
    try:
        return int(error.resp.status)
    except (AttributeError, TypeError, ValueError):
        return 0


def _reason(error: HttpError) -> tuple[str, str]:
    """Google's machine reason ("rateLimitExceeded") and human message, if it gave them."""
    try:
        body = json.loads(error.content.decode("utf-8", "replace"))
    except (AttributeError, ValueError):
        return "", str(getattr(error, "reason", "") or "")
    problem = body.get("error") if isinstance(body, dict) else None
    if not isinstance(problem, dict):
        return "", str(problem or "")
    message = str(problem.get("message") or "")
    for detail in problem.get("errors") or ():
        if isinstance(detail, dict) and detail.get("reason"):
            return str(detail["reason"]), message
    for detail in problem.get("details") or ():
        if isinstance(detail, dict) and detail.get("reason"):
            return str(detail["reason"]), message
    return str(problem.get("status") or ""), message


def _retry_after(error: HttpError) -> float | None:
    try:
        value = error.resp.get("retry-after")
        return float(value) if value is not None else None
    except (AttributeError, TypeError, ValueError):
        return None
