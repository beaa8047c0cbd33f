"""Reading and writing spreadsheets and CSV files: imports, exports and their cell parsing.

The window and the command line use only the names in ``__all__``; the modules
behind them are free to change. Names are loaded on first use (the workbook
readers and writers pull in calamine and openpyxl), so importing this package
costs nothing at start-up.

An import goes: ``read_sheet`` (or ``read_source``) → ``plan_import`` (the dry
run, never writes) → ``finish_import`` (rejects file, backup, one transaction).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

# public name -> (module, name in it)
_SURFACE = {
    # what can be imported and read
    "SPREADSHEET_SUFFIXES": ("readers", "SUPPORTED_SUFFIXES"),  # every file the import reads
    "MAIL_SUFFIXES": ("mail", "MAIL_SUFFIXES"),  # those that hold email (tickets only)
    "IMPORT_KINDS": ("fields", "KINDS"),
    "Field": ("fields", "Field"),
    "fields_of": ("fields", "fields"),  # not "fields": that is the submodule's name
    "FORMATS": ("formats", "FORMATS"),
    "Format": ("formats", "Format"),
    "Table": ("readers", "Table"),
    "list_sheets": ("readers", "list_sheets"),
    # reading a sheet, mapping its columns, previewing it
    "SheetData": ("sheets", "SheetData"),
    "read_sheet": ("sheets", "read_sheet"),
    "file_stamp": ("sheets", "file_stamp"),
    "MappingPreset": ("mapping", "MappingPreset"),
    "apply_preset": ("mapping", "apply_preset"),
    "make_preset": ("mapping", "make_preset"),
    "missing_required": ("mapping", "missing_required"),
    "list_presets": ("presets", "list_presets"),
    "save_preset": ("presets", "save_preset"),
    "delete_preset": ("presets", "delete_preset"),
    "PREVIEW_ROWS": ("preview", "PREVIEW_ROWS"),
    "PreviewRow": ("preview", "PreviewRow"),
    "preview_sheet": ("preview", "preview_sheet"),
    "is_empty": ("cells", "is_empty"),
    "to_text": ("cells", "to_text"),
    "render_reason": ("cells", "render_reason"),
    "parse_datetime": ("parsing", "parse_datetime"),
    "parse_value_maps": ("value_map", "parse_value_maps"),
    "choice_field": ("value_map", "choice_field"),
    "unknown_values": ("value_map", "unknown_values"),
    "pack_value_map": ("value_map", "pack_value_map"),
    "unpack_value_map": ("value_map", "unpack_value_map"),
    "parse_money": ("parsing", "parse_money"),
    "parse_percent_bp": ("parsing", "parse_percent_bp"),
    "parse_tiers": ("kinds.promotions", "parse_tiers"),
    # planning and committing an import
    "ImportRequest": ("importing", "ImportRequest"),
    "ImportPlan": ("importing", "ImportPlan"),
    "read_source": ("importing", "read_source"),
    "open_import_source": ("importing", "open_import_source"),
    "check_date_order": ("importing", "check_date_order"),
    "plan_import": ("importing", "plan_import"),
    "ImportResult": ("session", "ImportResult"),
    "finish_import": ("session", "finish_import"),
    # exports
    "EXPORT_KINDS": ("exporting", "KINDS"),
    "export_formats": ("exporting", "export_formats"),
    "export_table": ("exporting", "export_table"),
    "ExportWarnings": ("cell_limits", "ExportWarnings"),
    "last_listing_export": ("listing_channels", "last_export"),  # per format, for changes only
    "listing_export_time": ("listing_channels", "now"),
    "record_listing_export_in_file": ("listing_channels", "record_export_in_file"),
    # problems the user is told about
    "AmbiguousDateOrder": ("errors", "AmbiguousDateOrder"),
    "CellError": ("errors", "CellError"),
    "EmptyFile": ("errors", "EmptyFile"),
    "SourceMissing": ("importing", "SourceMissing"),
    "NothingToImport": ("importing", "NothingToImport"),
}

__all__ = sorted(_SURFACE)


def __getattr__(name: str):
    try:
        module, attribute = _SURFACE[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(import_module(f"{__name__}.{module}"), attribute)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


if TYPE_CHECKING:  # never runs; PyInstaller's import scan and type checkers see the modules
    from . import (  # noqa: F401
        cell_limits,
        cells,
        errors,
        exporting,
        fields,
        formats,
        importing,
        listing_channels,
        mail,
        mapping,
        parsing,
        presets,
        preview,
        readers,
        session,
        sheets,
        value_map,
    )
    from .kinds import promotions  # noqa: F401
