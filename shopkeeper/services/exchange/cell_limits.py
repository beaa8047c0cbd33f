"""What spreadsheets do to exported text: Excel's 32,767-character cell limit, and
cells they would run as formulas; on the way out and back in.

An .xlsx cell longer than that is cut by Excel (or makes it "repair" the file), so
the export cuts such text itself and says so. A re-import of that file must not
replace the shop's full text with the cut one: a value exactly at the limit that
begins the stored text is taken as the stored text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from shopkeeper.errors import QT_TRANSLATE_NOOP

EXCEL_CELL_LIMIT = 32_767
CUT_WARNING = QT_TRANSLATE_NOOP(
    "ExportWarning",
    "{count} cells hold more than 32,767 characters, Excel's limit, and were cut there "
    "(first: row {row}, {column}). Re-importing this file keeps the shop's full text; "
    "export as CSV to keep every character in the file.",
)
FORMULA_WARNING = QT_TRANSLATE_NOOP(
    "ExportWarning",
    "{count} cells begin with =, +, - or @ and may run as a formula if this file is opened "
    "in a spreadsheet (first: row {row}, {column}). The platform reads them as text; open "
    "the file in a spreadsheet only with care.",
)


class ExportWarnings(list):
    """(template, values) pairs an export wants the user to know about."""

    def add(self, template: str, **values: object) -> None:
        self.append((template, values))

    def messages(self, translate=None) -> list[str]:
        return [
            (translate("ExportWarning", t) if translate else t).format(**values)
            for t, values in self
        ]


def cut_long_text(
    rows: Iterable[Sequence[object]], headers: Sequence[str], warnings: ExportWarnings | None
) -> Iterator[Sequence[object]]:
    """``rows`` with text past Excel's limit cut to it; counted into ``warnings``."""
    cut, first = 0, None
    for number, row in enumerate(rows, start=2):
        if any(isinstance(v, str) and len(v) > EXCEL_CELL_LIMIT for v in row):
            row = list(row)
            for i, value in enumerate(row):
                if isinstance(value, str) and len(value) > EXCEL_CELL_LIMIT:
                    row[i] = value[:EXCEL_CELL_LIMIT]
                    cut += 1
                    first = first or (number, headers[i])
        yield row
    if cut and warnings is not None:
        warnings.add(CUT_WARNING, count=cut, row=first[0], column=first[1])


def is_cut_prefix(new: object, stored: object) -> bool:
    """True when ``new`` is ``stored`` cut at Excel's limit (an .xlsx round trip)."""
    return (
        isinstance(new, str)
        and isinstance(stored, str)
        # at the limit, or a little under it when the import trimmed trailing spaces
        and EXCEL_CELL_LIMIT - 100 <= len(new) <= EXCEL_CELL_LIMIT < len(stored)
        and stored.startswith(new)
    )


def keep_full_text(record: dict, stored: dict) -> None:
    """Put the stored full text back where ``record`` has only its cut prefix."""
    for key, value in record.items():
        if is_cut_prefix(value, stored.get(key)):
            record[key] = stored[key]


# A cell starting with one of these may run as a formula (or DDE) in a spreadsheet.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
GUARD = "'"  # OWASP's advice for CSV: a leading apostrophe keeps the cell text


def is_risky(value: object) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_PREFIXES)


def guard_formulas(
    rows: Iterable[Sequence[object]], columns: Sequence[int]
) -> Iterator[Sequence[object]]:
    """Rows with a leading ' before risky text in ``columns`` (an import strips it again)."""
    for row in rows:
        if any(is_risky(row[i]) for i in columns):
            row = list(row)
            for i in columns:
                if is_risky(row[i]):
                    row[i] = GUARD + row[i]
        yield row


def unguard(text: str) -> str:
    """The text a guarded cell stood for: "'=1+1" -> "=1+1"; anything else as it is."""
    if text.startswith(GUARD) and text[1:2] and text[1] in "=+-@\t\r":
        return text[1:]
    return text


def count_formulas(
    rows: Iterable[Sequence[object]],
    headers: Sequence[str],
    warnings: ExportWarnings | None,
    first_row: int = 2,
) -> Iterator[Sequence[object]]:
    """Rows as they are (a platform reads cells as text); risky cells counted into warnings."""
    count, first = 0, None
    for number, row in enumerate(rows, start=first_row):
        for i, value in enumerate(row):
            if is_risky(value) and not _is_number(value):
                count += 1
                first = first or (number, headers[i])
        yield row
    if count and warnings is not None:
        warnings.add(FORMULA_WARNING, count=count, row=first[0], column=first[1])


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
