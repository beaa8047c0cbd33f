"""What can be wrong with a file someone wants to import, in words they can act on.

File-level problems are ``InputRejected`` subclasses (CLI exit code 4, nothing
changed). ``CellError`` is different: one bad cell only rejects its row, so it
is a plain ``ValueError`` whose ``reason`` goes into the reject report.
"""

from __future__ import annotations

from collections.abc import Iterable

from shopkeeper.errors import QT_TRANSLATE_NOOP, InputRejected


class NotASpreadsheet(InputRejected):
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "{name} is not a valid Excel file: it looks truncated or damaged (not a valid zip). "
        "Save it again from Excel and retry.",
    )
    # Used when the container is fine but the reader still fails (.xls, .ods, odd XML).
    UNREADABLE = QT_TRANSLATE_NOOP(
        "UserError",
        "{name} could not be read as a spreadsheet: it looks damaged or was saved in an "
        "unusual way. Open it in Excel or LibreOffice, save it as .xlsx and retry.",
    )
    # Some web platforms export an HTML table under an .xls name.
    WEB_PAGE = QT_TRANSLATE_NOOP(
        "UserError",
        "{name} is a web page saved under an Excel file name, not a real Excel file. "
        "Open it in Excel, save it as .xlsx (Excel Workbook) and retry.",
    )


class PasswordProtected(InputRejected):
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "{name} is password-protected (encrypted), so Shopkeeper cannot read it. "
        "Open it in Excel, remove the password (File > Info > Protect Workbook > "
        "Encrypt with Password), save it and retry.",
    )


class UnsafeWorkbook(InputRejected):
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "{name} was not opened because it contains {problem}, which spreadsheet programs "
        "never write and which can freeze the computer. If you trust the file, open it in "
        "Excel, save it under a new name and import that copy.",
    )
    # Fill-ins for {problem}; kept here so lupdate collects them too.
    XML_DECLARATIONS = QT_TRANSLATE_NOOP("UserError", "XML entity or DOCTYPE declarations")
    TOO_BIG = QT_TRANSLATE_NOOP("UserError", "more than 1 GB of data once unpacked")
    ZIP_BOMB = QT_TRANSLATE_NOOP(
        "UserError", "a part that expands more than 200 times (a zip bomb)"
    )


class SheetAtRowLimit(InputRejected):
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "The sheet \u201c{sheet}\u201d in {name} reaches the {limit:,}-row limit of its file "
        "format, so it was probably cut off when it was saved and rows are missing. "
        "Export the data again as CSV (or split it into several files) and import that.",
    )


class UnknownEncoding(InputRejected):
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "Shopkeeper cannot tell which text encoding {name} uses (it is not UTF-8, GB18030 "
        "or Windows-1252 text). Save it again as \u201cCSV UTF-8\u201d and retry.",
    )
    # Used when the caller named the encoding and the file does not decode with it.
    WRONG_CHOICE = QT_TRANSLATE_NOOP(
        "UserError",
        "{name} cannot be read as {encoding} text. Choose another encoding, or save it "
        "again as \u201cCSV UTF-8\u201d and retry.",
    )
    NOT_TEXT = QT_TRANSLATE_NOOP(
        "UserError",
        "{name} does not contain text (it looks like a binary file with a text-file "
        "extension). Choose the original export file and retry.",
    )


class UnreadableText(InputRejected):
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "{name} could not be read as a CSV file near line {line}. Open it in a "
        "spreadsheet program, save it as \u201cCSV UTF-8\u201d and retry.",
    )


class NoSuchSheet(InputRejected):
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "{name} has no sheet called \u201c{sheet}\u201d. Its sheets are: {sheets}.",
    )


class EmptyFile(InputRejected):
    template = QT_TRANSLATE_NOOP(
        "UserError", "{name} is empty: there is no header row and no data to import."
    )
    EMPTY_SHEET = QT_TRANSLATE_NOOP(
        "UserError",
        "The sheet \u201c{sheet}\u201d in {name} is empty: there is no header row and no "
        "data to import. Choose the sheet that holds the data.",
    )


class UnsupportedFileType(InputRejected):
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "{name} is not a file type Shopkeeper can import. Use one of: {supported}.",
    )


_ORDER_NAMES = {
    "dmy": QT_TRANSLATE_NOOP("UserError", "day/month/year"),
    "mdy": QT_TRANSLATE_NOOP("UserError", "month/day/year"),
    "ymd": QT_TRANSLATE_NOOP("UserError", "year/month/day"),
}
_EITHER = QT_TRANSLATE_NOOP("UserError", "{first} or {second}")


class AmbiguousDateOrder(InputRejected):
    """The column's dates read validly in more than one order; the user must choose.

    ``orders`` holds the candidate codes ("dmy", "mdy", "ymd") for the UI to offer.
    """

    template = QT_TRANSLATE_NOOP(
        "UserError",
        "The dates in column \u201c{column}\u201d can be read as {orders} (for example "
        "{example}). Choose the date order and import again.",
    )

    def __init__(
        self,
        template: str | None = None,
        *,
        orders: Iterable[str],
        example: object,
        column: str = "",
        **values: object,
    ) -> None:
        self.orders = tuple(sorted(orders))
        self.example = example
        described = self._describe(lambda _context, text: text)
        super().__init__(template, orders=described, example=example, column=column, **values)

    def _describe(self, translate) -> str:
        names = [translate("UserError", _ORDER_NAMES.get(code, code)) for code in self.orders]
        if len(names) == 2:
            return translate("UserError", _EITHER).format(first=names[0], second=names[1])
        return ", ".join(names)

    def localized_values(self, translate) -> dict:
        return {**super().localized_values(translate), "orders": self._describe(translate)}


class CellError(ValueError):
    """One cell could not be parsed; ``reason`` is shown beside the rejected row.

    Like ``UserError``, the reason is an English template (collected for
    translation under the "CellError" context) plus values to fill in.
    """

    def __init__(self, template: str, **values: object) -> None:
        self.template = template
        self.values = values
        super().__init__(self.reason)

    @property
    def reason(self) -> str:
        return self.template.format(**self.values)
