"""Which drafts were ever written, kept beside the configuration: a lost store's memory.

After the state store is lost, a thank-you the person deleted is gone from
Drafts and absent from Sent, exactly like one never written; without a record
it would be drafted again. `written.jsonl` next to the config file lists the
purpose key of every draft written (one JSON object a line), so the first
cycle of a new store can tell "deleted by the person" (written before, the
Drafts folder readable, the draft gone, no sent copy) from "never written".
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from datetime import datetime
from pathlib import Path

log = logging.getLogger(__name__)

NAME = "written.jsonl"


class Ledger:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._keys: set[str] | None = None

    @classmethod
    def beside(cls, config_path: Path) -> Ledger:
        return cls(Path(config_path).parent / NAME)

    def keys(self) -> set[str]:
        if self._keys is None:
            self._keys = set()
            try:
                lines = self.path.read_text(encoding="utf-8").splitlines()
            except FileNotFoundError:
                lines = []
            except (OSError, UnicodeDecodeError) as error:
                log.warning("%s skipped: %s", self.path, error)
                lines = []
            for line in lines:
                try:
                    self._keys.add(str(json.loads(line)["key"]))
                except (ValueError, KeyError, TypeError):
                    continue
        return self._keys

    def has(self, key: str) -> bool:
        return key in self.keys()

    def entry(self, key: str) -> tuple[str, str] | None:
        """(recipient, subject) the draft was written with, if recorded: what it is,
        to find it again when a mail client re-saved it under a new Message-ID."""
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            return None
        for line in reversed(lines):
            try:
                item = json.loads(line)
            except ValueError:
                continue
            if isinstance(item, dict) and item.get("key") == key and item.get("subject"):
                return str(item.get("to", "")), str(item["subject"])
        return None

    def add(
        self, key: str, message_id: str, at: datetime, *, to: str = "", subject: str = ""
    ) -> None:
        """Record a draft written; the file is written whole and renamed into place."""
        if self.has(key):
            return
        try:
            old = self.path.read_text(encoding="utf-8") if self.path.exists() else ""
            line = json.dumps(
                {"key": key, "message_id": message_id, "at": at.isoformat()}
                | {"to": to, "subject": subject}
            )
            handle, temp = tempfile.mkstemp(prefix=f".{NAME}.", suffix=".tmp", dir=self.path.parent)
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(old + ("" if not old or old.endswith("\n") else "\n") + line + "\n")
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp, self.path)
        except (OSError, UnicodeDecodeError) as error:
            # Only a lost store's first cycle needs it: worth a warning, not the cycle.
            log.warning("cannot record the draft in %s: %s", self.path, error)
            return
        self.keys().add(key)
