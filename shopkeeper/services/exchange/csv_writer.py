"""CSV files for uploading to a platform (Shopify: UTF-8; Taobao Assistant: GB18030).

Unlike ``xlsx_writer``, values are NOT guarded against formula injection here:
these files are meant for a platform's importer, which reads every cell as
plain text and never evaluates formulas. A guard (a leading apostrophe or
similar) would be imported literally and end up in the shop's titles, SKUs and
prices on the platform. Exports meant to be opened in a spreadsheet are .xlsx.
"""

from __future__ import annotations

import csv
import os
import uuid
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from shopkeeper.store import in_flight

STOP_CHECK_EVERY = 2_000


def write_csv(
    path: str | os.PathLike,
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    encoding: str = "utf-8-sig",
    header_rows: list[list[str]] | None = None,
    delimiter: str = ",",
    should_stop: Callable[[int], None] | None = None,
) -> int:
    """Write ``rows`` to a new CSV at ``path`` and return how many were written.

    ``header_rows``, when given, are written *instead of* the single ``headers``
    line (Taobao Assistant wants three: "version 1.00", the English field ids and
    the Chinese names). None becomes an empty cell; other values are written
    with ``str``, unaltered. ``encoding`` "utf-8-sig" adds the BOM Excel needs to
    see UTF-8; use "utf-8" for Shopify and "gb18030" for Taobao Assistant.
    Lines end in CRLF. The file appears only when complete: it is written under a
    temporary name beside ``path`` and renamed, and removed if ``should_stop``
    (called every ~2,000 rows) raises or anything else fails.
    """
    path = Path(path)
    tmp_name = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")
    written = 0
    # Registered, so that if this process is killed the next start removes the .part.
    with in_flight.writing([tmp_name], target=path):
        try:
            with open(tmp_name, "x", encoding=encoding, newline="") as fh:
                writer = csv.writer(fh, delimiter=delimiter, lineterminator="\r\n")
                writer.writerows(header_rows if header_rows is not None else [list(headers)])
                for row in rows:
                    writer.writerow(["" if value is None else value for value in row])
                    written += 1
                    if should_stop is not None and written % STOP_CHECK_EVERY == 0:
                        should_stop(written)
            os.replace(tmp_name, path)
        except BaseException:
            try:
                os.remove(tmp_name)
            except FileNotFoundError:
                pass
            raise
    return written
