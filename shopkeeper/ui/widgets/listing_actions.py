"""What the Listings tab does to listings: in-place variant edits, the editor, duplicate,
delete, bulk edit, pricing helper, templates and settings. Each write goes through a
service and onto the undo stack (``ctx.push_change``).

A mixin of ``ListingsTab``; its texts keep the tab's translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QMessageBox

from shopkeeper.services import listings_edit
from shopkeeper.services.money import exponent
from shopkeeper.ui.i18n import user_message

translate = QCoreApplication.translate  # literal calls, so pyside6-lupdate finds them


class ListingActions:
    def push(self, change, text: str | None = None) -> None:
        self.ctx.push_change(change, text)

    @Slot(object, str, str)
    def edit_variant_cell(self, variant, name: str, text: str) -> None:
        """A price (or stock …) typed into the variants table: checked, then written."""
        try:
            change = listings_edit.set_variant_field(
                self.ctx.shop.db, variant.id, name, text, exponent(self.ctx.shop.currency)
            )
        except ValueError as exc:
            QMessageBox.warning(self, translate("ListingsTab", "Not saved"), user_message(exc))
            return
        self.push(change, translate("ListingsTab", "Edit {sku}").format(sku=variant.sku))

    @Slot()
    def new_listing(self, draft=None) -> None:
        from shopkeeper.ui.dialogs.listing_editor import ListingEditor

        ListingEditor.open_new(self, draft)

    @Slot()
    def edit_current(self) -> None:
        from shopkeeper.ui.dialogs.listing_editor import ListingEditor

        row = self.current_row()
        if row is not None:
            ListingEditor.open_existing(self, row.id)

    @Slot()
    def duplicate(self) -> None:
        row = self.current_row()
        if row is None:
            return
        try:
            change, _new_id = listings_edit.duplicate_listing(self.ctx.shop.db, row.id)
        except Exception as exc:  # noqa: BLE001
            self.ctx.errors(exc)
            return
        self.push(change, translate("ListingsTab", "Duplicate {title}").format(title=row.title))

    @Slot()
    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        answer = QMessageBox.question(
            self,
            translate("ListingsTab", "Delete listings"),
            translate(
                "ListingsTab",
                "Delete {count} listing(s) with their variants and images? "
                "Edit > Undo brings them back.",
            ).format(count=len(ids)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.push(
            listings_edit.delete_listings(self.ctx.shop.db, ids),
            translate("ListingsTab", "Delete {count} listing(s)").format(count=len(ids)),
        )

    @Slot()
    def bulk_edit(self) -> None:
        from shopkeeper.ui.dialogs.listing_bulk_dialog import BulkEditDialog

        rows = self.selected_rows()
        if rows:
            BulkEditDialog(self, rows).open()

    @Slot()
    def pricing(self) -> None:
        from shopkeeper.ui.dialogs.listing_pricing_dialog import PricingDialog

        row = self.current_row()
        if row is not None:
            PricingDialog(self, row).open()

    @Slot()
    def edit_settings(self) -> None:
        from shopkeeper.ui.dialogs.listing_settings_dialog import ListingSettingsDialog

        ListingSettingsDialog(self).open()

    def _fill_templates(self) -> None:
        from shopkeeper.services import listings_templates

        self.templates_menu.clear()
        found = listings_templates.templates(self.ctx.shop.db)
        for template_id, name in found:
            action = self.templates_menu.addAction(name)
            action.triggered.connect(
                lambda _=False, t=template_id: self.new_listing(
                    listings_templates.new_from_template(self.ctx.shop.db, t)
                )
            )
        if not found:
            empty = self.templates_menu.addAction(
                translate("ListingsTab", "No templates yet: save one from the editor")
            )
            empty.setEnabled(False)
