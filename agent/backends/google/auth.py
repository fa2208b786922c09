"""OAuth for the Google backend: the one-time consent flow and the token at run time.

`followup auth` runs `run_flow` once; every cycle after that calls
`load_credentials`, which refreshes an expired access token and writes the
refreshed token back. The token file is the standard authorized-user JSON that
google-auth reads and writes, kept private (mode 0600) because the refresh
token in it opens the person's mailbox.
"""

from __future__ import annotations

import json
import logging
import os
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from google.auth.exceptions import GoogleAuthError, RefreshError, TransportError
from google.auth.transport.requests import Request
from google.oauth2.credentials import Credentials

from agent.errors import AuthError, BackendError

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
TOKEN_FILE_MODE = 0o600
AUTH_PROMPT = "Open this URL in a browser: {url}"


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
    token_path: Path,
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
    save_token(credentials, token_path)


def _loopback(url: str) -> bool:
    return urlsplit(url).hostname in ("127.0.0.1", "localhost", "::1")


def load_credentials(
    token_path: Path,
    *,
    api_endpoint: str = "",
    fix_command: str = "followup auth",
) -> Credentials:
    """The person's credentials, refreshed (and saved) when the access token expired.

    `fix_command` is what the person must run to authorise again, e.g.
    "followup auth --config ~/jobs.toml", so every message names the exact command.
    """
    info = _read_token_file(token_path, fix_command)
    missing = missing_scopes(info.get("scopes"))
    if missing:
        raise AuthError(
            f"The token at {token_path} lacks the access this version needs "
            f"({', '.join(missing)}). Run: {fix_command}"
        )
    try:
        credentials = Credentials.from_authorized_user_info(info)
    except ValueError as error:
        raise AuthError(
            f"Unreadable token at {token_path} ({error}). Run: {fix_command}"
        ) from error
    expiry = credentials.expiry
    credentials = credentials.with_token_uri(token_uri(api_endpoint))
    credentials.expiry = expiry  # the copy google-auth makes forgets it
    if not credentials.valid:
        refresh(credentials, fix_command=fix_command)
        save_token(credentials, token_path)
    return credentials


def refresh(credentials: Credentials, *, fix_command: str) -> None:
    """Get a new access token, mapping failures to what the person can do about them."""
    try:
        credentials.refresh(Request())
    except RefreshError as error:
        if error.retryable:  # the token service failed, not the authorisation
            raise BackendError(unreachable_message(error)) from error
        raise AuthError(refresh_error_message(error, fix_command)) from error
    except TransportError as error:
        raise BackendError(unreachable_message(error)) from error
    except GoogleAuthError as error:
        raise AuthError(
            f"Google refused the stored authorisation ({error}). Run: {fix_command}"
        ) from error


def refresh_error_message(error: Exception, fix_command: str) -> str:
    text = str(error)
    if "invalid_grant" in text or "revoked" in text.lower() or "expired" in text.lower():
        return (
            "Google no longer accepts the stored authorisation (it was revoked or "
            f"expired). Run: {fix_command}"
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


def save_token(credentials: Credentials, token_path: Path) -> None:
    """Write the token file atomically with mode 0600, whatever the umask.

    The file is created private (never world-readable for an instant) next to
    the target, then renamed over it, so a crash leaves the old token or the
    new one, never half of one.
    """
    data = json.loads(credentials.to_json())
    # What Google granted, which the consent screen lets the person narrow; a
    # later `load_credentials` asks for `followup auth` again if it falls short.
    data["scopes"] = list(credentials.granted_scopes or credentials.scopes or ())
    write_private_json(token_path, data)


def write_private_json(path: Path, data: dict[str, object]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, TOKEN_FILE_MODE)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=2)
            handle.write("\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, TOKEN_FILE_MODE)  # an existing temporary file kept its mode
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _read_token_file(token_path: Path, fix_command: str) -> dict[str, object]:
    if not token_path.is_file():
        raise AuthError(f"No Google token at {token_path}. Run: {fix_command}")
    try:
        info = json.loads(token_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise AuthError(
            f"Unreadable token at {token_path} ({error}). Run: {fix_command}"
        ) from error
    if not isinstance(info, dict):
        raise AuthError(f"Unreadable token at {token_path}. Run: {fix_command}")
    return info


def token_report(
    token_path: Path, fix_command: str = "followup auth"
) -> list[tuple[str, bool, str]]:
    """Checks on the token file for `followup doctor`: present, private, scopes, expiry."""
    if not token_path.is_file():
        return [("token file", False, f"No token at {token_path}. Run: {fix_command}")]
    checks: list[tuple[str, bool, str]] = [("token file", True, str(token_path))]
    mode = token_path.stat().st_mode & 0o777
    if mode & 0o077:
        checks.append(
            (
                "token file mode",
                False,
                f"mode {mode:o} lets others read it. Run: chmod 600 {token_path}",
            )
        )
    else:
        checks.append(("token file mode", True, f"{mode:o}"))
    try:
        info = json.loads(token_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        checks.append(("token contents", False, f"unreadable ({error}). Run: {fix_command}"))
        return checks
    missing = missing_scopes(info.get("scopes") if isinstance(info, dict) else None)
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
    refresh_token = info.get("refresh_token") if isinstance(info, dict) else None
    if not refresh_token:
        checks.append(("token refresh", False, f"no refresh token. Run: {fix_command}"))
    else:
        checks.append(("token refresh", True, _expiry_detail(info.get("expiry"))))
    return checks


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
