"""Where the Google token rests: a private file (the default), or the system keyring.

The refresh token opens the person's mailbox, so the file is mode 0600, and
`google.token = "keyring"` keeps it out of the file system altogether, in the
Secret Service / Keychain / Credential Locker through the `keyring` package
(the optional `keyring` extra). Both hold the same standard authorized-user
JSON, so switching is `followup auth` once.

`fingerprint` is what the daemon watches to notice a new `followup auth`.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any, Protocol

from agent.errors import ConfigError

TOKEN_FILE_MODE = 0o600
KEYRING_SERVICE = "interview-followup"
KEYRING_WORD = "keyring"  # the value of google.token that selects the keyring


class TokenStore(Protocol):
    where: str  # named in every message about the token

    def read(self) -> str | None:
        """The stored JSON text, or None when there is none."""

    def write(self, data: dict[str, Any]) -> None: ...

    def fingerprint(self) -> object:
        """Changes whenever the token is written anew (compare, do not read)."""


class FileToken:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.where = str(path)

    def read(self) -> str | None:
        if not self.path.is_file():
            return None
        return self.path.read_text(encoding="utf-8")

    def write(self, data: dict[str, Any]) -> None:
        write_private_json(self.path, data)

    def fingerprint(self) -> object:
        try:
            stat = self.path.stat()
        except OSError:
            return None
        return (stat.st_ino, stat.st_mtime_ns, stat.st_size)


class KeyringToken:
    """The token as one password entry: service "interview-followup", user = the config file."""

    def __init__(self, username: str) -> None:
        self.username = username
        self.where = f'the system keyring ("{KEYRING_SERVICE}", "{username}")'

    def _keyring(self) -> Any:
        try:
            import keyring
        except ImportError as error:
            raise ConfigError(
                'google.token = "keyring" needs the keyring package: '
                "pip install 'interview-followup[keyring]' (or set google.token to a file)."
            ) from error
        return keyring

    def read(self) -> str | None:
        keyring = self._keyring()
        try:
            return keyring.get_password(KEYRING_SERVICE, self.username)
        except keyring.errors.KeyringError as error:
            raise ConfigError(self._unavailable(error)) from error

    def write(self, data: dict[str, Any]) -> None:
        keyring = self._keyring()
        try:
            keyring.set_password(KEYRING_SERVICE, self.username, json.dumps(data))
        except keyring.errors.KeyringError as error:
            raise ConfigError(self._unavailable(error)) from error

    def fingerprint(self) -> object:
        try:
            text = self.read()
        except ConfigError:
            return None
        return hashlib.sha256(text.encode()).hexdigest() if text else None

    @staticmethod
    def _unavailable(error: Exception) -> str:
        return (
            f'google.token = "keyring": the system keyring cannot be used ({error}). '
            "Unlock or install one, or set google.token to a file."
        )


def as_store(token: Path | TokenStore) -> TokenStore:
    return FileToken(token) if isinstance(token, Path) else token


def write_private_json(path: Path, data: dict[str, object]) -> None:
    """Write atomically with mode 0600, whatever the umask.

    The file is created private (never world-readable for an instant) next to
    the target, then renamed over it, so a crash leaves the old token or the
    new one, never half of one.
    """
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
