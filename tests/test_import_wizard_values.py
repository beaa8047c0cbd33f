"""The import wizard's value step: a file's own words for fixed choices, chosen once and
remembered in the mapping preset."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog
from test_import_wizard import go, open_window, start, write  # noqa: F401 - fixtures

from shopkeeper.services.exchange import list_presets
from shopkeeper.ui.import_wizard.pages import DONE, MAPPING, PREVIEW, SUMMARY, VALUES

ORDERS = (
    "Order ID,Date,Quantity,Unit price,Status\n"
    "A1,2024-03-01 10:00,1,9.90,Versendet\n"
    "A2,2024-03-02 10:00,1,9.90,Zugestellt\n"
    "A3,2024-03-03 10:00,1,9.90,paid\n"
)


def statuses(shop) -> list[tuple[str, str]]:
    return shop.db.execute("SELECT order_no, status FROM orders ORDER BY order_no").fetchall()


def test_unknown_values_get_a_step_with_suggestions(open_window, tmp_path):  # noqa: F811
    """German statuses get their own step, with "shipped" and "completed" suggested."""
    wizard = start(open_window, write(tmp_path, "de.csv", ORDERS))
    go(wizard, MAPPING)
    go(wizard, VALUES)
    page = wizard.values_page
    shown = {value: combo.currentData() for _f, value, combo in page.combos}
    assert shown == {"Versendet": "shipped", "Zugestellt": "completed"}
    go(wizard, PREVIEW)
    go(wizard, SUMMARY)
    assert wizard.summary_page.plan.counts["rejected"] == 0
    go(wizard, DONE)
    assert statuses(open_window.shop) == [
        ("A1", "shipped"), ("A2", "completed"), ("A3", "paid")
    ]  # fmt: skip


def test_a_value_left_unchosen_rejects_its_order(open_window, tmp_path):  # noqa: F811
    """For an order's status no guess is made: "— reject its rows —" rejects that order."""
    wizard = start(open_window, write(tmp_path, "de.csv", ORDERS))
    go(wizard, MAPPING)
    go(wizard, VALUES)
    for _f, value, combo in wizard.values_page.combos:
        if value == "Zugestellt":
            combo.setCurrentIndex(0)
    go(wizard, PREVIEW)
    go(wizard, SUMMARY)
    assert wizard.summary_page.plan.counts["rejected"] == 1


def test_files_without_unknown_values_skip_the_step(open_window, tmp_path):  # noqa: F811
    """Known statuses go straight from the mapping to the preview."""
    plain = ORDERS.replace("Versendet", "shipped").replace("Zugestellt", "completed")
    wizard = start(open_window, write(tmp_path, "en.csv", plain))
    go(wizard, MAPPING)
    go(wizard, PREVIEW)


def test_the_value_choices_are_saved_with_the_preset(open_window, tmp_path, monkeypatch):  # noqa: F811
    """Saving from the value step keeps the choices; the preset brings them back."""
    wizard = start(open_window, write(tmp_path, "de.csv", ORDERS))
    go(wizard, MAPPING)
    go(wizard, VALUES)
    for _f, value, combo in wizard.values_page.combos:
        if value == "Zugestellt":
            combo.setCurrentIndex(combo.findData("refunded"))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("German shop", True))
    wizard.values_page.save_button.click()
    assert [p.name for p in list_presets(open_window.shop.db, "orders")] == ["German shop"]
    wizard.reject()

    wizard = start(open_window, write(tmp_path, "de-2.csv", ORDERS))
    go(wizard, MAPPING)
    wizard.mapping_page.apply_preset_named("German shop")
    go(wizard, VALUES)
    shown = {value: combo.currentData() for _f, value, combo in wizard.values_page.combos}
    assert shown["Zugestellt"] == "refunded"


def test_importing_nothing_offers_one_way_out(open_window, tmp_path):  # noqa: F811
    """With "Import nothing" chosen the summary shows Close, and no Cancel beside it."""
    from PySide6.QtWidgets import QWizard

    bad = ORDERS.replace("9.90,paid", "abc,paid")
    wizard = start(open_window, write(tmp_path, "bad.csv", bad))
    go(wizard, MAPPING)
    go(wizard, VALUES)
    go(wizard, PREVIEW)
    go(wizard, SUMMARY)
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    cancel = wizard.button(QWizard.WizardButton.CancelButton)
    assert commit.text() == "Close" and cancel.isHidden()
    wizard.summary_page.import_good.click()
    assert commit.text() == "Import" and not cancel.isHidden()


def test_the_dry_run_notes_are_shown_on_the_summary(open_window, tmp_path):  # noqa: F811
    """Identical lines are kept, and the summary says so in its notes."""
    twice = ORDERS + "A3,2024-03-03 10:00,1,9.90,paid\n"
    wizard = start(open_window, write(tmp_path, "twice.csv", twice))
    go(wizard, MAPPING)
    go(wizard, VALUES)
    go(wizard, PREVIEW)
    go(wizard, SUMMARY)
    notes = wizard.summary_page.notes
    assert not notes.isHidden()
    assert "Row 5: same as row 4" in notes.text()


def test_columns_left_out_are_listed_only_on_request(open_window, tmp_path):  # noqa: F811
    """The columns not imported are a line that opens to list them."""
    many = "Order ID,Date,Quantity,Unit price," + ",".join(f"Extra {n}" for n in range(35))
    wizard = start(
        open_window, write(tmp_path, "wide.csv", many + "\nA1,2024-03-01,1,2" + "," * 35)
    )
    go(wizard, MAPPING)
    page = wizard.mapping_page
    assert page.unused_toggle.text() == "35 columns of the file are not imported"
    assert page.unused_list.isHidden()
    page.unused_toggle.click()
    assert not page.unused_list.isHidden() and "Extra 34" in page.unused_list.text()
