"""OAuth for the Google backend: the one-time consent flow and the token at run time.

`followup auth` runs `run_flow` once; every cycle after that calls
`load_credentials`, which refreshes an expired access token and writes the
refreshed token back. The token file is the standard authorized-user JSON that
google-auth reads and writes, kept private (mode 0600) because the refresh
token in it opens the person's mailbox (or in the system keyring: see
`token_store`). One field is ours: `authorized_at`, when `followup auth` ran,
kept across refreshes, so that a refusal a week later can be explained (an
OAuth app in "Testing" status loses every authorisation after 7 days).
"""

from __future__ import annotations

import json
import logging
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

from google.auth.exceptions import GoogleAuthError, RefreshError, TransportError
from google.auth.transport.requests import Request
from google.oauth2.credentials import Credentials

from agent.backends.google.token_store import (
    TOKEN_FILE_MODE,
    FileToken,
    TokenStore,
    as_store,
    write_private_json,
)
from agent.errors import AuthError, BackendError, FollowupError

log = logging.getLogger(__name__)

# Least privilege: read mail and write drafts (never send), read calendars and
# write reminder events. `gmail.compose` can also send; the agent never calls
# send, and no narrower scope allows creating drafts.
SCOPES: tuple[str, ...] = (
    "https://www.googleapis.com/auth/gmail.readonly",
    "https://www.googleapis.com/auth/gmail.compose",
    "https://www.googleapis.com/auth/calendar.events",
    "https://www.googleapis.com/auth/calendar.readonly",
)

GOOGLE_TOKEN_URI = "https://oauth2.googleapis.com/token"
AUTH_PROMPT = "Open this URL in a browser: {url}"
AUTHORIZED_AT = "authorized_at"

# Google ends every authorisation of an app in "Testing" status 7 days after consent.
TESTING_LIFETIME = timedelta(days=7)
# A refusal this close after the 7 days (the agent notices at its next refresh, within
# the hour the access token lasts plus a cycle or a night's sleep) is that rule at work.
TESTING_WINDOW = (TESTING_LIFETIME - timedelta(hours=2), TESTING_LIFETIME + timedelta(days=1))
PUBLISH_STEP = (
    "publish the app once: Google Cloud console > Google Auth Platform (or APIs & Services > "
    'OAuth consent screen) > Audience > "Publish app", so its status is "In production" (an '
    "app only you use needs no verification; see the README's Google section)"
)
TESTING_RULE = (
    'Google ends every authorisation of an OAuth app in "Testing" status after 7 days. '
    f"To authorise once for good, {PUBLISH_STEP}, or use an Internal app on Google Workspace."
)

__all__ = ["TOKEN_FILE_MODE", "write_private_json"]  # kept importable from here


def token_uri(api_endpoint: str) -> str:
    """Where tokens are refreshed: never the `token_uri` written in the token file.

    A token file that names its own endpoint could send the refresh token to
    anyone; like google-auth, we only trust Google's endpoint, or the test or
    emulator root the configuration names.
    """
    if api_endpoint:
        return f"{api_endpoint.rstrip('/')}/oauth2/token"
    return GOOGLE_TOKEN_URI


def run_flow(
    credentials_path: Path,
    token_path: Path | TokenStore,
    *,
    api_endpoint: str = "",
    open_browser: bool,
    port: int = 0,
) -> None:
    """Ask the person for consent in a browser and write the token file.

    The installed-app flow listens on http://localhost:<port>/ for Google's
    redirect. On a machine without a browser (a server reached over SSH), run
    with `open_browser=False` and a fixed port, e.g. 8765: the URL is printed;
    forward the port from your own computer with
    `ssh -L 8765:localhost:8765 user@server`, open the URL there, and the
    redirect reaches the flow through the tunnel. Port 0 picks a free port,
    which only works when the browser runs on the same machine.
    """
    # Imported here: oauthlib is only needed for this one interactive command.
    from google_auth_oauthlib.flow import InstalledAppFlow

    if not credentials_path.is_file():
        raise AuthError(
            f"No OAuth client file at {credentials_path}. Create a desktop-app OAuth "
            "client in the Google Cloud console and download its JSON there."
        )
    try:
        flow = InstalledAppFlow.from_client_secrets_file(str(credentials_path), list(SCOPES))
    except (ValueError, KeyError, json.JSONDecodeError) as error:
        raise AuthError(
            f"{credentials_path} is not an OAuth client file of the installed-app kind "
            f"({error}). Download it again from the Google Cloud console."
        ) from error
    if api_endpoint:  # the code is exchanged where tokens will later be refreshed
        flow.client_config["token_uri"] = token_uri(api_endpoint)
        if _loopback(api_endpoint):
            # oauthlib insists on https; a test server or emulator on this machine is http.
            os.environ["OAUTHLIB_INSECURE_TRANSPORT"] = "1"
    credentials = flow.run_local_server(
        port=port, open_browser=open_browser, authorization_prompt_message=AUTH_PROMPT
    )
    save_token(credentials, token_path, authorized_at=_stamp(datetime.now(UTC)))


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def authorized_at(info: dict[str, object]) -> datetime | None:
    """When `followup auth` wrote this token, if it says (older tokens do not)."""
    value = info.get(AUTHORIZED_AT)
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _loopback(url: str) -> bool:
    return urlsplit(url).hostname in ("127.0.0.1", "localhost", "::1")


def load_credentials(
    token_path: Path | TokenStore,
    *,
    api_endpoint: str = "",
    fix_command: str = "followup auth",
) -> Credentials:
    """The person's credentials, refreshed (and saved) when the access token expired.

    `fix_command` is what the person must run to authorise again, e.g.
    "followup auth --config ~/jobs.toml", so every message names the exact command.
    """
    store = as_store(token_path)
    where = store.where
    info = _read_token(store, fix_command)
    missing = missing_scopes(info.get("scopes"))
    if missing:
        raise AuthError(
            f"The token at {where} lacks the access this version needs "
            f"({', '.join(missing)}). Run: {fix_command}"
        )
    try:
        credentials = Credentials.from_authorized_user_info(info)
    except ValueError as error:
        raise AuthError(f"Unreadable token at {where} ({error}). Run: {fix_command}") from error
    expiry = credentials.expiry
    credentials = credentials.with_token_uri(token_uri(api_endpoint))
    credentials.expiry = expiry  # the copy google-auth makes forgets it
    if not credentials.valid:
        issued = authorized_at(info)
        refresh(credentials, fix_command=fix_command, issued=issued)
        save_token(credentials, store, authorized_at=info.get(AUTHORIZED_AT))
    return credentials


def refresh(credentials: Credentials, *, fix_command: str, issued: datetime | None = None) -> None:
    """Get a new access token, mapping failures to what the person can do about them."""
    try:
        credentials.refresh(Request())
    except RefreshError as error:
        if error.retryable:  # the token service failed, not the authorisation
            raise BackendError(unreachable_message(error)) from error
        raise AuthError(refresh_error_message(error, fix_command, issued=issued)) from error
    except TransportError as error:
        raise BackendError(unreachable_message(error)) from error
    except GoogleAuthError as error:
        raise AuthError(
            f"Google refused the stored authorisation ({error}). Run: {fix_command}"
        ) from error


def refresh_error_message(
    error: Exception,
    fix_command: str,
    *,
    issued: datetime | None = None,
    now: datetime | None = None,
) -> str:
    """What the person reads when Google refuses the refresh token.

    `invalid_grant` about 7 days after `followup auth` is the Testing-status
    rule, and running `followup auth` alone would only buy another week: the
    message names the cause and the publish step first.
    """
    text = str(error)
    if "invalid_grant" in text or "revoked" in text.lower() or "expired" in text.lower():
        age = (now or datetime.now(UTC)) - issued if issued else None
        if age is not None and TESTING_WINDOW[0] <= age <= TESTING_WINDOW[1]:
            return (
                f"Google ended the stored authorisation {age.days} days after `followup auth` "
                "(invalid_grant). It does that to every app whose OAuth publishing status is "
                f'"Testing". To stop it happening every week, {PUBLISH_STEP}. '
                f"Then run: {fix_command}"
            )
        return (
            "Google no longer accepts the stored authorisation (it was revoked or "
            "expired). If this happens about 7 days after each `followup auth`, your OAuth "
            f'app is in "Testing" status: {PUBLISH_STEP}. Run: {fix_command}'
        )
    return f"Google refused to refresh the stored authorisation ({text}). Run: {fix_command}"


def unreachable_message(error: BaseException) -> str:
    reason = str(error) or type(error).__name__
    return f"Cannot reach Google ({reason}). Check the network; nothing was lost."


def missing_scopes(granted: object) -> list[str]:
    """The scopes this version needs that the token was not granted."""
    if isinstance(granted, str):
        have = set(granted.split())
    elif isinstance(granted, list):
        have = {str(scope) for scope in granted}
    else:
        have = set()
    return [scope for scope in SCOPES if scope not in have]


def save_token(
    credentials: Credentials, token: Path | TokenStore, *, authorized_at: object = None
) -> None:
    """Write the token (a 0600 file written atomically, or the keyring entry)."""
    data = json.loads(credentials.to_json())
    # What Google granted, which the consent screen lets the person narrow; a
    # later `load_credentials` asks for `followup auth` again if it falls short.
    data["scopes"] = list(credentials.granted_scopes or credentials.scopes or ())
    if isinstance(authorized_at, str):
        data[AUTHORIZED_AT] = authorized_at
    as_store(token).write(data)


def _read_token(store: TokenStore, fix_command: str) -> dict[str, object]:
    token_path = store.where
    try:
        text = store.read()
    except OSError as error:
        raise AuthError(
            f"Unreadable token at {token_path} ({error}). Run: {fix_command}"
        ) from error
    if text is None:
        raise AuthError(f"No Google token at {token_path}. Run: {fix_command}")
    try:
        info = json.loads(text)
    except ValueError as error:
        raise AuthError(
            f"Unreadable token at {token_path} ({error}). Run: {fix_command}"
        ) from error
    if not isinstance(info, dict):
        raise AuthError(f"Unreadable token at {token_path}. Run: {fix_command}")
    return info


def token_report(
    token: Path | TokenStore, fix_command: str = "followup auth", *, now: datetime | None = None
) -> list[tuple[str, bool, str]]:
    """Checks on the token for `followup doctor`: present, private, scopes, expiry, age."""
    store = as_store(token)
    try:
        text = store.read()
    except (OSError, FollowupError) as error:
        reason = error.message if isinstance(error, FollowupError) else str(error)
        return [("token", False, f"{store.where}: {reason}")]
    if text is None:
        return [("token file", False, f"No token at {store.where}. Run: {fix_command}")]
    checks: list[tuple[str, bool, str]] = [("token file", True, store.where)]
    if isinstance(store, FileToken):
        checks.append(private_file_check("token file mode", store.path))
    try:
        info = json.loads(text)
    except ValueError as error:
        checks.append(("token contents", False, f"unreadable ({error}). Run: {fix_command}"))
        return checks
    if not isinstance(info, dict):
        checks.append(("token contents", False, f"not a token. Run: {fix_command}"))
        return checks
    missing = missing_scopes(info.get("scopes"))
    if missing:
        checks.append(("token scopes", False, f"missing {', '.join(missing)}. Run: {fix_command}"))
    else:
        checks.append(
            (
                "token scopes",
                True,
                "gmail.readonly, gmail.compose, calendar.events, calendar.readonly",
            )
        )
    if not info.get("refresh_token"):
        checks.append(("token refresh", False, f"no refresh token. Run: {fix_command}"))
    else:
        checks.append(("token refresh", True, _expiry_detail(info.get("expiry"))))
    checks.append(("authorisation age", True, age_detail(authorized_at(info), now)))
    return checks


def age_detail(issued: datetime | None, now: datetime | None = None) -> str:
    """How old the authorisation is, with the 7-day rule when it is near or past a week."""
    if issued is None:
        return f"not recorded (authorised before this version). {TESTING_RULE}"
    age = (now or datetime.now(UTC)) - issued
    said = f"authorised {age.days} days ago ({issued:%Y-%m-%d %H:%M} UTC)"
    if age >= TESTING_LIFETIME:
        return f"{said}: past the 7 days an app in Testing status gets. {TESTING_RULE}"
    return f"{said}. {TESTING_RULE}"


def private_file_check(name: str, path: Path) -> tuple[str, bool, str]:
    """Fails when group or others may read or write `path`, with the chmod that fixes it."""
    try:
        mode = path.stat().st_mode & 0o777
    except OSError as error:
        return (name, False, f"{path}: {error}")
    if mode & 0o077:
        what = "read" if mode & 0o044 else "change"
        return (name, False, f"mode {mode:o} lets others {what} it. Run: chmod 600 {path}")
    return (name, True, f"{mode:o}")


def _expiry_detail(expiry: object) -> str:
    if not isinstance(expiry, str) or not expiry:
        return "access token refreshed on next use"
    try:
        moment = datetime.strptime(expiry.rstrip("Z").split(".")[0], "%Y-%m-%dT%H:%M:%S")
    except ValueError:
        return "access token refreshed on next use"
    moment = moment.replace(tzinfo=UTC)
    if moment <= datetime.now(UTC):
        return f"access token expired {moment:%Y-%m-%d %H:%M} UTC; refreshed on next use"
    return f"access token valid until {moment:%Y-%m-%d %H:%M} UTC"
