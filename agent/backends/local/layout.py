"""Where the inbox, Sent and Drafts of a synced mail account are: found, not guessed.

`local.maildir` may name the account's folder or its INBOX; the folders are
then looked for in the layouts the sync tools write by default:

- Maildir++ (Dovecot, Courier; mbsync with `SubFolders Maildir++`): the root
  is the inbox, folders are dot-named Maildirs inside it: `.Sent`, `.Drafts`,
  `.[Gmail].Sent Mail` (https://www.courier-mta.org/imap/README.maildirquota.html).
- mbsync (isync) without SubFolders, or `SubFolders Verbatim`: each mailbox is
  a Maildir under the store's `Path`, named as on the server, so `INBOX`,
  `Sent` and `Drafts` sit side by side, and Gmail's are `[Gmail]/Sent Mail`
  and `[Gmail]/Drafts` (mbsync(1), MaildirStore: Path, Inbox, SubFolders;
  `SubFolders Legacy` writes `[Gmail]/.Sent Mail`).
- offlineimap: each folder a Maildir under `localfolders`, nested names joined
  with its `sep` (default "."), so `INBOX`, `Sent`, `[Gmail].Sent Mail`
  (offlineimap.conf, Repository section, `sep`).

Nothing is created here or anywhere in a run: a folder the agent needs that
is missing is a configuration error naming the key to set (exit 2), because
writing drafts where the person's client never looks is worse than stopping.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from agent.errors import ConfigError, MissingInput

INBOX_NAMES = ("INBOX", "Inbox", "inbox")
SENT_NAMES = (
    "Sent",
    "Sent Messages",
    "Sent Items",
    "Sent Mail",
    "[Gmail]/Sent Mail",
    "[Google Mail]/Sent Mail",
    "INBOX/Sent",
)
DRAFTS_NAMES = ("Drafts", "Draft", "[Gmail]/Drafts", "[Google Mail]/Drafts", "INBOX/Drafts")


@dataclass(frozen=True)
class MailLayout:
    """The three folders the agent uses, and how they were found (for `doctor`)."""

    style: str
    root: Path
    inbox: Path
    sent: Path
    drafts: Path


def is_maildir(path: Path, *, writable: bool = False) -> bool:
    """A Maildir: cur/ and new/ (and tmp/, where a message is first written)."""
    subs = ("cur", "new", "tmp") if writable else ("cur", "new")
    return all((path / sub).is_dir() for sub in subs)


def discover(
    maildir: Path, *, inbox_folder: str = "", sent_folder: str = "", drafts_folder: str = ""
) -> MailLayout:
    """The account's inbox, Sent and Drafts; ConfigError naming the key when one is missing.

    The folder keys, when set, are paths relative to `local.maildir` as the
    person wrote it ("../Drafts" names a sibling of an INBOX).
    """
    if not maildir.is_dir():  # absent (an unmounted disk?) is not wrong: a daemon retries
        raise MissingInput(
            f"local.maildir: {maildir} does not exist; set it to your mail account's folder "
            "(the one holding INBOX, Sent and Drafts) or to a Maildir++ root"
        )
    inbox = _inbox(maildir, inbox_folder)
    root, style = _root(maildir, inbox)
    sent = _folder(maildir, root, style, sent_folder, SENT_NAMES, "sent_folder", "Sent")
    drafts = _folder(maildir, root, style, drafts_folder, DRAFTS_NAMES, "drafts_folder", "Drafts")
    if not is_maildir(drafts, writable=True):
        raise ConfigError(
            f"local.drafts_folder: {drafts} has no tmp/ folder, so a draft cannot be written "
            "safely; let your mail client or sync tool repair it, or set local.drafts_folder"
        )
    return MailLayout(style, root, inbox, sent, drafts)


def _configured(maildir: Path, configured: str, key: str, label: str) -> Path:
    """The folder a `local.<key>` names, relative to `local.maildir`; it must be a Maildir."""
    folder = _normal(maildir / configured)
    if not is_maildir(folder):
        raise ConfigError(
            f"local.{key}: {folder} is not a Maildir (no cur/ and new/); "
            f"set it to your {label} folder, relative to {maildir}"
        )
    return folder


def _inbox(maildir: Path, configured: str) -> Path:
    if configured:
        return _configured(maildir, configured, "inbox_folder", "inbox")
    if is_maildir(maildir):
        return maildir
    for name in INBOX_NAMES:
        if is_maildir(maildir / name):
            return maildir / name
    raise ConfigError(
        f"local.maildir: {maildir} is neither a Maildir (cur/ and new/) nor an account folder "
        "with an INBOX Maildir in it; point it at one, or set local.inbox_folder"
    )


def _root(maildir: Path, inbox: Path) -> tuple[Path, str]:
    """The account folder the other folders are looked for in, and the layout's name.

    An INBOX beside Sent or Drafts is mbsync's layout even when it also holds
    dot folders: older versions of this tool created `.Drafts` and `.Sent` in
    it, where no client looks; the siblings are the person's real folders.
    """
    named_inbox = inbox == maildir and maildir.name.lower() == "inbox"
    if named_inbox and _has_siblings(maildir.parent):
        return maildir.parent, "folders side by side (mbsync, offlineimap)"
    if inbox == maildir and _dot_folders(maildir):
        return maildir, "Maildir++ (folders inside the inbox, named .Sent, .Drafts)"
    if inbox == maildir and maildir.name.lower() == "inbox":
        return maildir.parent, "folders side by side (mbsync, offlineimap)"
    if inbox != maildir:
        return maildir, "folders side by side (mbsync, offlineimap)"
    return maildir, "Maildir++ (folders inside the inbox, named .Sent, .Drafts)"


def _has_siblings(account: Path) -> bool:
    for spelling in _candidates((*SENT_NAMES, *DRAFTS_NAMES), maildir_plus_plus=False):
        if spelling.startswith("."):
            continue  # dot names are Maildir++ folders of the account, not siblings
        found = _find_case_insensitive(account, spelling)
        if found is not None and is_maildir(found):
            return True
    return False


def _dot_folders(path: Path) -> bool:
    try:
        return any(
            entry.name.startswith(".") and entry.name not in (".", "..") and is_maildir(Path(entry))
            for entry in os.scandir(path)
            if entry.is_dir()
        )
    except OSError:
        return False


def _folder(
    maildir: Path,
    root: Path,
    style: str,
    configured: str,
    names: tuple[str, ...],
    key: str,
    label: str,
) -> Path:
    if configured:
        return _configured(maildir, configured, key, label)
    tried = []
    for candidate in _candidates(names, maildir_plus_plus=style.startswith("Maildir++")):
        tried.append(candidate)
        found = _find_case_insensitive(root, candidate)
        if found is not None and is_maildir(found):
            return found
    shown = ", ".join(tried[:6]) + ", ..."
    raise MissingInput(
        f"local.{key}: no {label} folder found in {root} (looked for {shown}); "
        f"create it in your mail client or sync tool, or set local.{key} to its path "
        f"relative to {maildir} (nothing was created)"
    )


def _candidates(names: tuple[str, ...], *, maildir_plus_plus: bool) -> list[str]:
    """Every spelling a folder name takes in the layouts this module knows.

    "[Gmail]/Sent Mail" is "[Gmail]/Sent Mail" (mbsync Verbatim), "[Gmail].Sent
    Mail" (offlineimap, mbsync Flatten), ".[Gmail].Sent Mail" (Maildir++) and
    "[Gmail]/.Sent Mail" (mbsync Legacy). The layout that was detected goes first.
    """
    plus = [".".join(["", *name.split("/")]) for name in names]
    side = []
    for name in names:
        side.append(name)
        if "/" in name:
            parts = name.split("/")
            side.append(".".join(parts))
            side.append("/".join([*parts[:-1], "." + parts[-1]]))
    ordered = plus + side if maildir_plus_plus else side + plus
    return list(dict.fromkeys(ordered))


def _find_case_insensitive(root: Path, relative: str) -> Path | None:
    """`root/relative`, matching each part's case as the disk has it ("sent", "SENT")."""
    current = root
    for part in relative.split("/"):
        exact = current / part
        if exact.is_dir():
            current = exact
            continue
        try:
            match = next(
                (Path(e.path) for e in os.scandir(current) if e.name.lower() == part.lower()),
                None,
            )
        except OSError:
            return None
        if match is None or not match.is_dir():
            return None
        current = match
    return current


def _normal(path: Path) -> Path:
    """The path with "../" resolved as written, without following symlinks."""
    return Path(os.path.normpath(path))


def reminders_path(path: Path, *, legacy_default: Path | None = None) -> Path:
    """Where reminders go: `path`, or the file the old default named.

    `legacy_default` is used when the key was left unset, that file exists and
    `path` does not, so an existing install keeps writing where it did.
    """
    if legacy_default is not None and not path.exists() and legacy_default.is_file():
        return legacy_default
    return path
