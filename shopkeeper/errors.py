"""Problems a user can understand and act on.

The layers below the UI carry no Qt, yet the UI shows these messages in the
user's language. So each message is an English template marked with
``QT_TRANSLATE_NOOP`` (which pyside6-lupdate collects into the .ts files) plus
the values to fill in; the UI translates the template, the CLI prints it as is.
"""

from __future__ import annotations

import errno
import re
import shlex
import sqlite3
from pathlib import Path


# Same name as Qt's macro so pyside6-lupdate finds the strings; it does nothing.
def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802
    return text


# pyside6-lupdate needs the context as a literal in every call, so it is spelled out.
CONTEXT = "UserError"


class UserError(Exception):
    """An expected problem with a message for the user.

    ``exit_code`` follows the CLI contract: 1 error, 3 shop locked, 4 input
    rejected and nothing changed.
    """

    exit_code = 1
    template = QT_TRANSLATE_NOOP("UserError", "Something went wrong.")

    def __init__(self, template: str | None = None, **values: object) -> None:
        if template is not None:
            self.template = template
        self.values = values
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.values)

    @property
    def cli_hint(self) -> str:
        """What the command line adds after the message (a command to run), or ""."""
        return ""

    def localized_values(self, translate) -> dict:
        """The fill-ins in the UI language: those that are marked texts themselves
        (a problem's name, say) have translations; anything else comes back as it is."""
        return {
            k: translate("UserError", v) if isinstance(v, str) else v
            for k, v in self.values.items()
        }


class ShopLocked(UserError):
    exit_code = 3
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "The shop {path} is already open in another Shopkeeper window or command. "
        "Close it there and try again.",
    )


class NotAShopFile(UserError):
    template = QT_TRANSLATE_NOOP(
        "UserError", "{path} is not a Shopkeeper shop file (it is not an SQLite database)."
    )
    OTHER_DATABASE = QT_TRANSLATE_NOOP(
        "UserError",
        "{path} is an SQLite database, but not a Shopkeeper shop file. Choose a shop file "
        "(*.shop.db) or a Shopkeeper backup.",
    )
    FOLDER = QT_TRANSLATE_NOOP(
        "UserError", "{path} is a folder, not a shop file. Choose the shop file itself."
    )


class ShopTooNew(UserError):
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "{path} was made by a newer version of Shopkeeper. "
        "Update Shopkeeper to open it; the file was not changed.",
    )


class ShopReadOnly(UserError):
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "Shopkeeper cannot write to {path}. Check that the file and its folder are "
        "not read-only, or copy the shop somewhere you can write to.",
    )


class ShopNotFound(UserError):
    template = QT_TRANSLATE_NOOP(
        "UserError", "There is no shop file at {path}. It may have been moved or deleted."
    )


class ShopNeedsUpgrade(UserError):
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "{path} was made by an older Shopkeeper. Open it once in this version to update it.",
    )


class ShopMissing(UserError):
    template = QT_TRANSLATE_NOOP(
        "UserError", "The shop file {path} was moved or deleted while it was open."
    )


class ShopDamaged(UserError):
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "{path} is damaged (SQLite integrity check failed: {detail}). "
        "Nothing was changed. Restore the newest good backup to keep working.",
    )
    # When the newest good backup is known it is named, so the user knows what to restore.
    WITH_BACKUP = QT_TRANSLATE_NOOP(
        "UserError",
        "{path} is damaged (SQLite integrity check failed: {detail}). "
        "Nothing was changed. The newest good backup is {backup}.",
    )
    # The command line adds the command that does it (one line, for scripts and people).
    CLI_RESTORE = "Restore it with: shopkeeper --shop {path} restore {backup}"

    def __init__(self, template: str | None = None, *, backup=None, **values) -> None:
        self.backup = backup  # newest good backup, offered to the user
        # SQLite's check output holds newlines; the message is one line.
        values["detail"] = one_line(str(values.get("detail", "")))
        super().__init__(template, **values)

    def with_backup(self, backup) -> ShopDamaged:
        """The same damage, now naming the newest good backup (None: none was found)."""
        self.backup = backup
        if backup is not None and self.template == type(self).template:
            self.template = self.WITH_BACKUP
        self.values["backup"] = str(backup) if backup is not None else ""
        self.args = (self.message,)
        return self

    @property
    def cli_hint(self) -> str:
        if self.backup is None:
            return ""
        path, backup = _quoted(self.values["path"]), _quoted(self.backup)
        return self.CLI_RESTORE.format(path=path, backup=backup)


class ShopEmpty(UserError):
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "{path} is an empty file (0 bytes): it holds no shop yet, so there is nothing to "
        "read. Open it in Shopkeeper to start a shop there, or choose another shop file.",
    )


class BackupMissing(UserError):
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "There is no backup file at {path}. Check the name; nothing was changed.",
    )


class BackupDamaged(UserError):
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "The backup {path} is damaged (SQLite integrity check failed: {detail}), so it "
        "cannot be restored. Choose another backup; nothing was changed.",
    )

    def __init__(self, template: str | None = None, **values) -> None:
        values["detail"] = one_line(str(values.get("detail", "")))
        super().__init__(template, **values)


class WouldOverwriteShop(UserError):
    exit_code = 2  # the command was given the wrong file name
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "Refusing to write to {target}: it is {what}. Writing there would destroy the shop. "
        "Choose another file name; nothing was written.",
    )
    SHOP_FILE = QT_TRANSLATE_NOOP("UserError", "the shop file")
    WORKING_FILE = QT_TRANSLATE_NOOP("UserError", "a working file of the shop {shop}")
    BACKUPS = QT_TRANSLATE_NOOP("UserError", "inside Shopkeeper's backups folder")
    OTHER_SHOP = QT_TRANSLATE_NOOP("UserError", "a Shopkeeper shop file")

    def localized_values(self, translate) -> dict:
        values = dict(self.values)
        values["what"] = translate("UserError", self.what_template).format(**values)
        return values

    def __init__(self, what: str, **values) -> None:
        self.what_template = what
        values["what"] = what.format(**values)
        super().__init__(None, **values)


class FolderMissing(UserError):
    exit_code = 2
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "The folder {folder} does not exist, so {name} cannot be written there. Create the "
        "folder or choose another one; nothing was written.",
    )


class TargetIsFolder(UserError):
    exit_code = 2
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "{path} is a folder. Give a file name inside it, such as {example}; nothing was written.",
    )


class DiskFull(UserError):
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "The disk is full: there is not enough free space to write {path}. Free some space "
        "(or choose another disk) and try again; nothing was changed.",
    )


class CannotWrite(UserError):
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "Shopkeeper cannot write to {path}: the disk or folder is read-only (or you lack the "
        "permission). Choose a folder you can write to; nothing was changed.",
    )


class PermissionDenied(UserError):
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "Shopkeeper is not allowed to use {path} (permission denied). Check the permissions "
        "of the file and its folder, or choose another place; nothing was changed.",
    )


class InputRejected(UserError):
    exit_code = 4
    template = QT_TRANSLATE_NOOP("UserError", "The input was rejected and nothing was changed.")


class Cancelled(Exception):
    """Raised inside background work when the user pressed Cancel."""


def one_line(text: str, limit: int = 300) -> str:
    """Collapse whitespace (SQLite's reports hold newlines) and cap the length."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _quoted(path: object) -> str:
    return shlex.quote(str(path))


# Temporary names writers use beside their target (see store/in_flight.py): the user
# knows the target, never the hidden temporary file, so messages name the target.
_TEMPORARY = (
    re.compile(r"^\.(?P<name>.+)\.[0-9a-f]{8}\.part(?:\.frame)?$"),
    re.compile(r"^(?P<name>.+)\.partial(?:-journal|-wal|-shm)?$"),
)


def user_facing_path(path: object) -> str:
    """``path``, with a writer's temporary file name mapped back to the file it becomes."""
    file = Path(str(path))
    for pattern in _TEMPORARY:
        match = pattern.match(file.name)
        if match:
            return str(file.with_name(match.group("name")))
    return str(file)


# Said when SQLite fails without naming a file: it was writing the open shop.
THE_SHOP_FILE = QT_TRANSLATE_NOOP("UserError", "the shop file")


def explain(exc: BaseException, path: object = None) -> UserError | None:
    """The UserError a low-level failure really is (disk full, read-only, …), or None.

    The CLI's error printer and the window's error handler ask this before falling
    back to "unexpected problem", so a full disk is never shown as a traceback.
    """
    if isinstance(exc, UserError):
        return exc
    where = path if path is not None else getattr(exc, "filename", None)
    where = user_facing_path(where) if where else THE_SHOP_FILE
    if isinstance(exc, sqlite3.OperationalError):
        text = str(exc)
        if "disk is full" in text:
            return DiskFull(path=where)
        if "readonly" in text or "read-only" in text:
            return CannotWrite(path=where)
        return None
    if not isinstance(exc, OSError):
        return None
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):  # a quota is a full disk
        return DiskFull(path=where)
    if code == errno.EROFS:
        return CannotWrite(path=where)
    if code in (errno.EACCES, errno.EPERM):
        return PermissionDenied(path=where)
    if code == errno.EISDIR:
        return TargetIsFolder(path=where, example=str(Path(where) / "file.xlsx"))
    if code == errno.ENOENT and path is None and getattr(exc, "filename", None):
        folder = Path(where).parent
        if not folder.exists():
            return FolderMissing(folder=str(folder), name=Path(where).name)
    return None
