"""Problems a user can understand and act on.

The layers below the UI carry no Qt, yet the UI shows these messages in the
user's language. So each message is an English template marked with
``QT_TRANSLATE_NOOP`` (which pyside6-lupdate collects into the .ts files) plus
the values to fill in; the UI translates the template, the CLI prints it as is.
"""

from __future__ import annotations


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

    def __init__(self, template: str | None = None, *, backup=None, **values) -> None:
        self.backup = backup  # newest good backup, offered to the user
        super().__init__(template, **values)


class InputRejected(UserError):
    exit_code = 4
    template = QT_TRANSLATE_NOOP("UserError", "The input was rejected and nothing was changed.")


class Cancelled(Exception):
    """Raised inside background work when the user pressed Cancel."""
