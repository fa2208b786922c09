"""Expected failures, each with the message a person reads and the exit code.

The CLI catches `FollowupError` in one place; anything else is a bug and exits 1
(with a traceback only under --verbose).
"""

from __future__ import annotations


class FollowupError(Exception):
    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ConfigError(FollowupError):
    """Bad usage or configuration: the message names the key and the fix."""

    exit_code = 2


class AuthError(FollowupError):
    """Authorisation is needed: the message gives the command to run."""

    exit_code = 3


class BackendError(FollowupError):
    """A calendar or mailbox could not be reached or refused a request."""

    exit_code = 1


class MissingInput(BackendError):
    """A configured file or folder is not there: a configuration problem (exit 2) that a
    daemon still retries, since a sync tool may bring it back."""

    exit_code = 2


class FolderUnavailable(BackendError):
    """A whole mail folder is missing or unreadable: nothing about its contents is known."""


class StoreError(FollowupError):
    """The state store cannot be opened or written: the message names the file and the fix."""

    exit_code = 1


class BadInput(ValueError):
    """One event or message that cannot be read: logged and skipped, never fatal."""
