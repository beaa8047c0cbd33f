"""Honest about the file, through the command line: mixed encodings, text past Excel's
cell limit, formula injection in CSV; each with its exit code and message."""

from __future__ import annotations

import csv
import sqlite3

import csv_files

from shopkeeper import cli

LISTING = ["Title", "Description", "Price", "SKU", "Tags"]


def run_cli(capsys, *args) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def query(path, sql):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_mixed_encodings_import_right_and_name_the_odd_rows(tmp_path, capsys):
    """38 UTF-8 rows and 1 Latin-1 row: no mojibake, exit 0, and a note names row 40."""
    shop = tmp_path / "s.shop.db"
    run_cli(capsys, "--shop", shop, "init", "--currency", "EUR")
    source = tmp_path / "mixed.csv"
    lines = ["Title,Price,SKU"] + [f"Café crème {n},3.50,C{n}" for n in range(38)]
    source.write_bytes(
        ("\n".join(lines) + "\n").encode("utf-8") + "Crème brûlée,4.00,CB\n".encode("latin-1")
    )
    code, out, _ = run_cli(capsys, "--shop", shop, "import", "listings", source)
    assert code == 0
    assert "note, row 40: this row is not UTF-8 like the rest of the file" in out
    titles = {t for (t,) in query(shop, "SELECT title FROM products")}
    assert "Café crème 0" in titles and "Crème brûlée" in titles
    assert not any("Ã" in t for t in titles)


def test_long_text_is_cut_in_xlsx_with_a_warning_and_never_cut_in_the_shop(tmp_path, capsys):
    """A 40,000-character description: the .xlsx export warns; re-importing it keeps all 40,000."""
    shop = tmp_path / "s.shop.db"
    run_cli(capsys, "--shop", shop, "init", "--currency", "USD")
    long_text = "Linen. " * 5_800 + "The end."
    source = csv_files.write_csv(
        tmp_path / "l.csv", LISTING, [["Apron", long_text, "12.00", "AP", "kitchen"]]
    )
    assert run_cli(capsys, "--shop", shop, "import", "listings", source)[0] == 0
    out_file = tmp_path / "listings.xlsx"
    code, _, err = run_cli(capsys, "--shop", shop, "export", "listings", out_file)
    assert code == 0
    assert "1 cells hold more than 32,767 characters" in err
    code, out, _ = run_cli(capsys, "--shop", shop, "import", "listings", out_file)
    assert code == 0 and "0 changed" in out
    assert query(shop, "SELECT description FROM products") == [(long_text.strip(),)]


def test_csv_export_guards_formulas_and_the_import_takes_the_guard_off(tmp_path, capsys):
    """=cmd… , +… , -… , @… get a leading ' in the CSV; importing that CSV changes nothing."""
    shop = tmp_path / "s.shop.db"
    run_cli(capsys, "--shop", shop, "init", "--currency", "USD")
    risky = ["=cmd|' /C calc'!A0", "+SUM(A1)", "-2+3", "@SUM(A1)"]
    rows = [[title, "", "1.00", f"S{n}", ""] for n, title in enumerate(risky)]
    source = csv_files.write_csv(tmp_path / "r.csv", LISTING, rows)
    assert run_cli(capsys, "--shop", shop, "import", "listings", source)[0] == 0
    out_file = tmp_path / "listings.csv"
    assert run_cli(capsys, "--shop", shop, "export", "listings", out_file)[0] == 0
    with open(out_file, encoding="utf-8-sig", newline="") as handle:
        titles = [row["Title"] for row in csv.DictReader(handle)]
    assert titles == ["'" + text for text in risky]
    code, out, _ = run_cli(capsys, "--shop", shop, "import", "listings", out_file, "--dry-run")
    assert code == 0 and "4 unchanged" in out
    stored = sorted(t for (t,) in query(shop, "SELECT title FROM products"))
    assert stored == sorted(risky)


def test_platform_csv_keeps_cells_as_the_platform_expects_and_warns(tmp_path, capsys):
    """A Shopify CSV is written without guards, with a warning naming the risky cells."""
    shop = tmp_path / "s.shop.db"
    run_cli(capsys, "--shop", shop, "init", "--currency", "USD")
    source = csv_files.write_csv(tmp_path / "r.csv", LISTING, [["=1+1", "", "1.00", "S", ""]])
    run_cli(capsys, "--shop", shop, "import", "listings", source)
    out_file = tmp_path / "shopify.csv"
    code, _, err = run_cli(capsys, "--shop", shop, "export", "listings", out_file,
                           "--format", "shopify")  # fmt: skip
    assert code == 0
    assert "1 cells begin with =, +, - or @" in err and "row 2, Title" in err
    with open(out_file, encoding="utf-8", newline="") as handle:
        assert next(csv.DictReader(handle))["Title"] == "=1+1"


def test_export_dialog_shows_the_warnings(qtbot, shop, runner, tmp_path, monkeypatch):
    """File > Export… says when a platform CSV holds cells a spreadsheet may run."""
    from PySide6.QtWidgets import QMessageBox

    from shopkeeper.services.exchange.importing import ImportRequest, commit_import, plan_import
    from shopkeeper.ui.dialogs.export_dialog import ExportDialog

    source = csv_files.write_csv(tmp_path / "r.csv", LISTING, [["=1+1", "", "1.00", "S", ""]])
    commit_import(shop.db, plan_import(shop.db, ImportRequest("listings", source)))
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kw: shown.append(args[2]))
    dialog = ExportDialog(shop, runner)
    qtbot.addWidget(dialog)
    dialog.set_kind("listings")
    dialog.set_format("shopify")
    dialog.path.setText(str(tmp_path / "shopify.csv"))
    dialog.export()
    assert len(shown) == 1 and "1 cells begin with =, +, - or @" in shown[0]
