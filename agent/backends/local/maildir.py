"""Mailbox over the Maildirs a mail sync tool (mbsync, offlineimap) keeps.

Layout: the inbox is `maildir`, Sent and Drafts are the folders given
(relative to it, or absolute: `layout.discover` finds them for mbsync's,
offlineimap's and Maildir++ layouts). Nothing is created: a missing folder is
an error, so drafts never go where no mail client looks. The person's mail client owns
flags and the new/ -> cur/ move; this adapter only reads the inbox and Sent,
and only writes and removes files in Drafts that it wrote itself.

Cursor (see maildir_scan): per directory its mtime and the messages already
reported, as 6-byte digests of "<LABEL>/<maildir key>". It holds only
messages still present, so it grows with the mailbox (about 8 bytes a
message), not with time. An idle cycle stats directories and opens nothing;
when neither Sent nor Drafts changed, `touched_threads` is empty and no draft
is read either.
"""

from __future__ import annotations

import contextlib
import logging
import mailbox
import os
import re
import time
from collections.abc import Collection, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from socket import gethostname
from urllib.parse import quote

from agent import mime
from agent.backends.local import files, maildir_scan
from agent.core.model import Address, Draft, DraftRef, MailChanges, MailMessage
from agent.core.spelled import compact
from agent.errors import BackendError, FolderUnavailable
from agent.ports import LOOK_BACK

log = logging.getLogger(__name__)

INBOX = "INBOX"
SENT = "SENT"
# A sent copy may carry a Date a little before the draft's own clock reading.
CLOCK_SKEW = timedelta(minutes=5)
# A reply's headers and text are in its first kilobytes; a 70 MB attachment is not read.
MAX_MESSAGE_BYTES = 4 << 20
# mailbox.Maildir's temp names: "<time>.M<usec>P<pid>Q<count>.<host>".
_OUR_TMP = re.compile(r"\d+\.M\d+P(?P<pid>\d+)Q\d+\.(?P<host>.+)")
_TMP_HOST = re.compile(r"[/:]")
# Name times and mtimes this much older than the look-back surely hold older mail.
_STAMP_MARGIN = timedelta(days=2)
_UNREADABLE = object()


class LocalMailbox:
    def __init__(
        self,
        maildir: Path,
        *,
        me: Address,
        drafts_folder: str = ".Drafts",
        sent_folder: str = ".Sent",
    ) -> None:
        self.root = Path(maildir)
        self._me = me
        self._drafts_path = self.root / drafts_folder
        try:
            self._folders = {
                INBOX: _open_maildir(self.root),
                SENT: _open_maildir(self.root / sent_folder),
            }
            # Opened when first needed, never created: a Drafts folder that is missing
            # is not an empty one (see draft_text); discovery refuses to start without it.
            self._opened_drafts: mailbox.Maildir | None = None
        except (OSError, mailbox.NoSuchMailboxError) as error:
            raise BackendError(f"cannot open the Maildir at {self.root}: {error}") from error
        self._folder_paths = {INBOX: self.root, SENT: self.root / sent_folder}
        self._paths_seen: dict[str, str] = {}  # message id -> file, for with_body
        self._sent_cache: tuple[tuple[int, ...], list[tuple[str, str, frozenset[bytes]]]] | None
        self._sent_cache = None
        self.parses = 0

    def me(self) -> Address:
        return self._me

    def clean_stale_temp(self) -> list[Path]:
        """Draft files a killed run left in Drafts/tmp; called at the start of a cycle.

        Only names our writer (Python's mailbox) gives, from this host, whose
        process is gone or which are over an hour old: a mail client's or a
        sync tool's own temp files are never touched.
        """
        tmp = self._drafts_path / "tmp"
        host = _TMP_HOST.sub(lambda m: {"/": r"\057", ":": r"\072"}[m.group(0)], gethostname())
        removed: list[Path] = []
        try:
            entries = list(os.scandir(tmp))
        except OSError:
            return removed
        now = time.time()
        for entry in entries:
            found = _OUR_TMP.fullmatch(entry.name)
            if found is None or found.group("host") != host:
                continue
            with contextlib.suppress(OSError):
                mtime = entry.stat(follow_symlinks=False).st_mtime
                if files.stale(int(found.group("pid")), mtime, now):
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
        if removed:
            log.info("removed %d unfinished draft file(s) in %s", len(removed), tmp)
        return removed

    # ----------------------------------------------------------------------- reading

    def changes(
        self,
        cursor: str | None,
        now: datetime,
        *,
        senders: Collection[str] = (),
        names: Collection[str] = (),
    ) -> MailChanges:
        """Inbox and Sent messages not in the cursor; what it costs follows what changed.

        A directory whose stamp is the cursor's is not listed (an idle cycle
        opens no file); a changed one is listed by name and only unseen names
        are read. The first run (no cursor) looks back LOOK_BACK (60 days) and is bounded
        by `senders`: a file is skipped by its name's delivery time or its
        mtime when these are older, and otherwise by its From/To/Cc/Reply-To
        header lines before any parse; only mail mentioning those addresses or
        domains, or an employer's name in its From, Reply-To or Subject, is
        parsed. `touched_threads` is empty when neither Sent nor Drafts changed,
        so no draft needs reading either.
        """
        labels = list(self._folder_paths)
        old = maildir_scan.load_cursor(cursor, labels)
        first_run = old is None
        old = old or maildir_scan.Cursor()
        listed_at = maildir_scan.now_ns()
        terms = {s.strip().lower() for s in senders if s.strip()}
        named = {n.strip().lower() for n in names if len(n.strip()) >= 4}
        # ... and run together, as its own domain writes it: thomonddiagnostics.ie
        named |= {squeezed for n in named if len(squeezed := re.sub(r"\W", "", n)) >= 5}
        # ... or by its first word alone, as the domain of someone who signs it whole:
        # josie.tran@kingsbury.edu.au for "Kingsbury University" (f.qureshi@waitakere.ac.nz
        # for "Waitākere University")
        named |= {
            f"@{first}."
            for n in named
            if len(n.split()) >= 2 and len(first := compact(n.split()[0])) >= 5
        }
        fresh = maildir_scan.Cursor()
        messages: list[MailMessage] = []
        sent_changed = first_run
        for label, folder in self._folder_paths.items():
            seen: set[bytes] | None = None
            found: list[tuple[str, MailMessage]] = []
            for sub in maildir_scan.SUBDIRS:
                name = f"{label}/{sub}"
                before = old.folders.get(name, maildir_scan.FolderState())
                try:
                    stamp = maildir_scan.stamp(folder / sub)
                    unchanged = not first_run and stamp == before.stamp != maildir_scan.UNKNOWN
                    entries = {} if unchanged else maildir_scan.listing(folder / sub)
                except OSError as error:
                    raise BackendError(f"cannot list the {label} folder: {error}") from error
                if unchanged:
                    fresh.folders[name] = before
                    continue
                sent_changed = sent_changed or label == SENT
                if seen is None:
                    seen = set().union(
                        *(
                            old.folders.get(f"{label}/{s}", maildir_scan.FolderState()).digests()
                            for s in maildir_scan.SUBDIRS
                        )
                    )
                present: set[bytes] = set()
                complete = True
                for key, path in entries.items():
                    digest = maildir_scan.digest(f"{label}/{key}")
                    if digest in seen:
                        present.add(digest)
                        continue
                    message = self._new_message(label, key, path, first_run, now, terms, named)
                    if message is _UNREADABLE:
                        complete = False  # not marked: listed and tried again next cycle
                        continue
                    present.add(digest)
                    if isinstance(message, MailMessage):
                        found.append((key, message))
                kept = maildir_scan.trusted(stamp, listed_at) if complete else maildir_scan.UNKNOWN
                fresh.folders[name] = maildir_scan.FolderState(kept, maildir_scan.pack(present))
            messages.extend(message for _, message in sorted(found, key=lambda f: f[0]))
        fresh.drafts = maildir_scan.drafts_stamp(self._drafts_path, listed_at)
        quiet = not sent_changed and bool(fresh.drafts) and fresh.drafts == old.drafts
        return MailChanges(
            messages=tuple(messages),
            cursor=fresh.dump(),
            touched_threads=frozenset() if quiet else None,
        )

    def _new_message(
        self,
        label: str,
        key: str,
        path: str,
        first_run: bool,
        now: datetime,
        terms: set[str],
        names: Collection[str] = (),
    ) -> MailMessage | object | None:
        """An unseen file as a message; None when it is not for us, _UNREADABLE on failure."""
        cutoff = now - LOOK_BACK
        if first_run:
            surely_older = (cutoff - _STAMP_MARGIN).timestamp()
            delivered = maildir_scan.name_time(key)
            if delivered is not None and delivered < surely_older:
                return None
            try:
                if os.stat(path).st_mtime < surely_older:
                    return None
                head = maildir_scan.head(path)
                if not maildir_scan.mentions(head, terms) and not maildir_scan.names(head, names):
                    return None
            except OSError as error:
                log.warning("%s message %s skipped: cannot read it (%s)", label, key, error)
                return _UNREADABLE
        raw = _read_path(path, label, key)
        if raw is None:
            return _UNREADABLE
        message = self._parse(raw, id=f"{label}/{key}", labels=frozenset({label}), with_body=False)
        self._paths_seen[message.id] = path
        if first_run and _when(message, path) < cutoff:
            return None
        return message

    def _parse(self, raw: bytes, **kwargs: object) -> MailMessage:
        """mime.parse, counted: `parses` tells tests how many messages a cycle read."""
        self.parses += 1
        return mime.parse(raw, **kwargs)  # type: ignore[arg-type]

    def with_body(self, message: MailMessage) -> MailMessage:
        label, _, key = message.id.partition("/")
        path: str | Path | None = self._paths_seen.get(message.id)
        if path is None and label in self._folder_paths:
            path = _paths(self._folder_paths[label]).get(key)
        raw = _read_path(path, label, key) if path is not None else None
        if raw is None:
            log.warning("message %s is no longer in the Maildir; read without its body", message.id)
            return message
        return self._parse(raw, id=message.id, labels=message.labels, thread_id=message.thread_id)

    # ----------------------------------------------------------------------- drafts

    def create_draft(self, draft: Draft) -> DraftRef:
        # Maildir files use "\n" line ends; the generator in `add` keeps the bytes.
        raw = mime.to_bytes(draft).replace(b"\r\n", b"\n")
        stored = mailbox.MaildirMessage(raw)
        # Draft and Seen, as a client keeps its own drafts: not listed as unread mail.
        # (Maildir info "2,DS": flags in ASCII order, https://cr.yp.to/proto/maildir.html)
        stored.set_subdir("cur")
        stored.set_flags("DS")
        try:
            key = self._drafts.add(stored)  # FolderUnavailable when the folder has gone
        except OSError as error:
            raise BackendError(f"cannot write a draft into {self._drafts_path}: {error}") from error
        return self._ref(key, mime.parse(raw, id=key, with_body=False))

    def update_draft(self, ref: DraftRef, draft: Draft) -> DraftRef:
        """Write the new version first, then remove the old: never zero drafts."""
        new_ref = self.create_draft(draft)
        for key, _ in self._drafts_with(ref.message_id):
            if key != new_ref.draft_id:
                self._drafts.discard(key)
        if ref.draft_id != new_ref.draft_id:
            self._drafts.discard(ref.draft_id)
        return new_ref

    @property
    def _drafts(self) -> mailbox.Maildir:
        if self._opened_drafts is None:
            try:
                self._opened_drafts = mailbox.Maildir(self._drafts_path, factory=None, create=False)
            except (OSError, mailbox.NoSuchMailboxError) as error:
                raise FolderUnavailable(f"cannot open {self._drafts_path}: {error}") from error
        return self._opened_drafts

    def find_draft(self, message_id: str) -> DraftRef | None:
        if not self._drafts_path.exists():
            return None  # nothing written here yet
        self._check_drafts_folder()
        for key, message in self._drafts_with(message_id):
            return self._ref(key, message)
        return None

    def find_draft_like(self, to: str, subject: str) -> DraftRef | None:
        """A draft to `to` with `subject`: ours, re-saved by a client under a new Message-ID."""
        if not self._drafts_path.exists():
            return None
        wanted = " ".join(subject.split()).casefold()
        for key in _keys(self._drafts, "Drafts"):
            raw = _read(self._drafts, key, "Drafts")
            if raw is None:
                continue
            message = mime.parse(raw, id=key, labels=frozenset({"DRAFT"}), with_body=False)
            same = " ".join(message.subject.split()).casefold() == wanted
            if same and any(a.email.lower() == to.lower() for a in message.to):
                return self._ref(key, message)
        return None

    def _check_drafts_folder(self) -> None:
        """Raise unless the Drafts folder is there and can be listed and read."""
        for sub in ("", "cur", "new"):
            folder = self._drafts_path / sub
            if not folder.is_dir() or not os.access(folder, os.R_OK | os.X_OK):
                raise FolderUnavailable(
                    f"the Drafts folder {self._drafts_path} is missing or unreadable "
                    f"(local.drafts_folder); no draft was marked as sent or deleted. "
                    "Restore it or fix local.drafts_folder."
                )

    def _ref(self, key: str, message: MailMessage) -> DraftRef:
        """A draft's reference; its link names the Message-ID, not the file.

        A client renames the file whenever a flag changes, so a file:// link
        goes stale at the first read; the Message-ID stays (RFC 2392 `mid:`).
        """
        return DraftRef(
            draft_id=key,
            message_id=message.message_id,
            thread_id=message.thread_id,
            link=mid_url(message.message_id),
        )

    def draft_text(self, ref: DraftRef) -> str | None:
        """The draft's text, found by key, or by Message-ID if a client rewrote the file.

        None only when sure the draft is gone: the folder is there and readable
        and every file in it was read. Otherwise BackendError: cannot tell.
        """
        self._check_drafts_folder()
        try:
            raw: bytes | None = self._drafts.get_bytes(ref.draft_id)
        except KeyError:
            raw = None
        except OSError as error:
            raise BackendError(
                f"cannot read the draft {ref.draft_id} in {self._drafts_path}: {error}"
            ) from error
        if raw is not None and _message_id_of(raw) == ref.message_id:
            return mime.text_of(raw)
        unreadable: list[str] = []
        for key, _ in self._drafts_with(ref.message_id, unreadable=unreadable):
            raw = _read(self._drafts, key, "Drafts")
            if raw is not None:
                return mime.text_of(raw)
        if unreadable:
            raise BackendError(
                f"cannot tell whether a draft is still in {self._drafts_path}: "
                f"{len(unreadable)} file(s) there cannot be read ({', '.join(unreadable[:3])})"
            )
        return None

    def was_sent(self, ref: DraftRef) -> datetime | None:
        """When Sent holds the draft: same Message-ID, or a later message in its thread.

        A client may give the sent copy a new Message-ID; a reply keeps its
        References, so it shares the draft's thread. The thread's earlier
        messages (the thank-you a check-in replies to) are excluded by time:
        only a message sent after the draft was written counts.
        """
        written = _key_time(ref.draft_id)
        needles = {_bracketed(n) for n in (ref.message_id, ref.thread_id) if n.strip("<> ")}
        for key, path, ids in self._sent_heads():
            if not needles & ids:
                continue  # neither id in its headers: not the draft, not in its thread
            try:
                sent = self._parse(maildir_scan.head(path), id=f"{SENT}/{key}", with_body=False)
            except OSError:
                continue
            when = _when(sent, path)
            if sent.message_id == ref.message_id:
                return when
            in_thread = sent.thread_id == ref.thread_id and sent.message_id != ref.thread_id
            if in_thread and (written is None or when >= written - CLOCK_SKEW):
                return when
        return None

    def _sent_heads(self) -> list[tuple[str, str, frozenset[bytes]]]:
        """(key, path, message ids in its headers) per Sent file, kept while Sent is unchanged.

        A first cycle asks once per draft it writes; the Sent folder is read once.
        """
        folder = self._folder_paths[SENT]
        try:
            stamps = tuple(maildir_scan.stamp(folder / sub) for sub in maildir_scan.SUBDIRS)
        except OSError:
            stamps = ()
        if self._sent_cache is not None and stamps and self._sent_cache[0] == stamps:
            return self._sent_cache[1]
        heads: list[tuple[str, str, frozenset[bytes]]] = []
        paths = _paths(folder)
        for key in sorted(paths):
            try:
                head = maildir_scan.head(paths[key])
            except OSError as error:
                log.warning("%s message %s skipped: cannot read it (%s)", SENT, key, error)
                continue
            heads.append((key, str(paths[key]), maildir_scan.message_ids(head)))
        listed_at = maildir_scan.now_ns()
        if stamps and all(maildir_scan.trusted(s, listed_at) == s for s in stamps):
            self._sent_cache = (stamps, heads)
        return heads

    def delete_draft(self, ref: DraftRef) -> None:
        if not self._drafts_path.exists():
            return
        if _read(self._drafts, ref.draft_id, "Drafts") is not None:
            self._drafts.discard(ref.draft_id)
            return
        for key, _ in self._drafts_with(ref.message_id):
            self._drafts.discard(key)

    def _drafts_with(
        self, message_id: str, *, unreadable: list[str] | None = None
    ) -> Iterator[tuple[str, MailMessage]]:
        if not self._drafts_path.exists():
            return
        for key in _keys(self._drafts, "Drafts"):
            raw = _read(self._drafts, key, "Drafts")
            if raw is None:
                if unreadable is not None and key in self._drafts:
                    unreadable.append(key)
                continue
            message = mime.parse(raw, id=key, labels=frozenset({"DRAFT"}), with_body=False)
            if message.message_id == message_id:
                yield key, message


# --------------------------------------------------------------------------- helpers


def mid_url(message_id: str) -> str:
    """The RFC 2392 URL of a message: `mid:` and the Message-ID without brackets."""
    bare = message_id.strip().strip("<>")
    return f"mid:{quote(bare, safe='@!$&()*+,;=-._~')}" if bare else ""


def _open_maildir(path: Path) -> mailbox.Maildir:
    """An existing Maildir; NoSuchMailboxError when it is not there (never created)."""
    if not path.is_dir():
        raise mailbox.NoSuchMailboxError(f"{path} does not exist")
    return mailbox.Maildir(path, factory=None, create=False)


def _keys(md: mailbox.Maildir, label: str) -> list[str]:
    try:
        return sorted(md.keys())
    except OSError as error:
        raise BackendError(f"cannot list the {label} folder: {error}") from error


def _read(md: mailbox.Maildir, key: str, label: str) -> bytes | None:
    """The message's bytes (see `_read_path`); None when gone or not a file."""
    try:
        path = Path(md._path) / md._lookup(key)  # the file, whatever flags it carries now
    except KeyError:
        return None
    return _read_path(path, label, key)


def _paths(folder: Path) -> dict[str, Path]:
    """Maildir key -> current file, whatever flags a client appended to the name.

    Regular files only (`maildir_scan.listing`): a FIFO is never opened.
    """
    found: dict[str, Path] = {}
    for sub in ("new", "cur"):
        try:
            found.update(
                (key, Path(path)) for key, path in maildir_scan.listing(folder / sub).items()
            )
        except OSError:
            continue
    return found


def _bracketed(message_id: str) -> bytes:
    return b"<" + message_id.strip("<> ").encode("utf-8", "replace") + b">"


def _read_path(path: str | Path, label: str, key: str) -> bytes | None:
    """The message's bytes, at most MAX_MESSAGE_BYTES; None when gone or not a file.

    Opened non-blocking and checked to be a regular file first: a FIFO in a
    mail folder must not hang the cycle. A message over the limit is read up
    to it (headers and text come first; attachments are not needed), noted.
    """
    path = Path(path)
    try:
        read = files.read_bounded(path, MAX_MESSAGE_BYTES)
    except FileNotFoundError:
        return None
    except files.NotRegular:
        files.note(path, f"{label} entry is not a regular file (a FIFO or device); skipped")
        return None
    except OSError as error:
        log.warning("%s message %s skipped: cannot read it (%s)", label, key, error)
        return None
    if read.truncated:
        files.note(
            path,
            f"{label} message of {read.size >> 20} MB; only its first "
            f"{MAX_MESSAGE_BYTES >> 20} MB were read (headers and text, not the attachments)",
        )
    return read.data


def _message_id_of(raw: bytes) -> str:
    return mime.parse(raw, id="", with_body=False).message_id


def _when(message: MailMessage, path: str | Path | None) -> datetime:
    """The Date header, else the file's time (delivery), else the epoch."""
    if message.date is not None:
        return message.date
    try:
        if path is not None:
            return datetime.fromtimestamp(os.stat(path).st_mtime, UTC)
    except OSError:
        pass
    return datetime.fromtimestamp(0, UTC)


def _key_time(key: str) -> datetime | None:
    """When a draft was written: mailbox.Maildir keys start with the Unix time."""
    found = re.match(r"(\d{9,11})\.", key)
    return datetime.fromtimestamp(int(found.group(1)), UTC) if found else None
