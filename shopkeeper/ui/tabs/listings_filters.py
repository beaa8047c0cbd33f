"""The Listings tab's filters: the filter bar (search, status views with their counts,
category, tag, low stock, has problems), its category and tag choices, and applying it
to the loaded rows.

Filtering runs on the GUI thread over the catalogue already in memory; only the text
goes to the shop, to its trigram index, so each key costs milliseconds even at 20k
products. The summary and the empty-table message follow what is shown.

Texts use the literal "ListingsTab" translation context: a mixin's ``self.tr`` would
not match what pyside6-lupdate records for them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QCheckBox, QComboBox

from shopkeeper.services import listings
from shopkeeper.ui.widgets.filter_bar import FilterBar

translate = QCoreApplication.translate  # literal calls, so pyside6-lupdate finds them


class ListingsFilters:
    """The filter bar and filtering, mixed into ``ListingsTab`` (uses its ctx,
    catalogue, problems, checked, model, table_area, summary and selection)."""

    def _build_filters(self) -> None:
        """``self.bar`` with the category and tag boxes and the two checks."""
        self.bar = FilterBar(
            translate("ListingsTab", "Search title, SKU, tag… (Chinese works too)"),
            views={
                "all": translate("ListingsTab", "All ({count})"),
                "active": translate("ListingsTab", "Active ({count})"),
                "draft": translate("ListingsTab", "Draft ({count})"),
                "archived": translate("ListingsTab", "Archived ({count})"),
            },
        )
        self.search_box = self.bar.search
        self.category = QComboBox()
        self.category.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.tag = QComboBox()
        self.tag.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.low_stock = QCheckBox(translate("ListingsTab", "Low stock"))
        self.has_problems = QCheckBox(translate("ListingsTab", "Has problems"))
        self.bar.add_filter(translate("ListingsTab", "Category:"), self.category)
        self.bar.add_filter(translate("ListingsTab", "Tag:"), self.tag)
        self.bar.add_filter(None, self.low_stock)
        self.bar.add_filter(None, self.has_problems)
        for box in (self.category, self.tag):
            box.currentIndexChanged.connect(self.apply_filter)
        for check in (self.low_stock, self.has_problems):
            check.toggled.connect(self.apply_filter)
        self.bar.changed.connect(self.apply_filter)

    def _fill_choices(self) -> None:
        for box, values, everything in (
            (self.category, self.catalogue.categories, translate("ListingsTab", "All categories")),
            (self.tag, self.catalogue.tags, translate("ListingsTab", "All tags")),
        ):
            chosen = box.currentData() or ""
            box.blockSignals(True)
            box.clear()
            box.addItem(everything, "")
            for value in values:
                box.addItem(value, value)
            box.setCurrentIndex(max(0, box.findData(chosen)))
            box.blockSignals(False)

    def current_filter(self) -> listings.ListingFilter:
        view = self.bar.view()
        return listings.ListingFilter(
            text=self.bar.text(),
            status="" if view in ("", "all") else view,
            category=self.category.currentData() or "",
            tag=self.tag.currentData() or "",
            low_stock=self.low_stock.isChecked(),
            has_problems=self.has_problems.isChecked(),
        )

    @Slot()
    def apply_filter(self) -> None:
        """Filter the loaded rows; the text goes to the trigram index (milliseconds)."""
        self.bar.debounce.stop()
        if self.shop_closed():
            return
        flt = self.current_filter()
        try:
            matching = listings.search_ids(self.ctx.shop.db, flt.text)
        except Exception as exc:  # noqa: BLE001 - e.g. the shop file went away
            self.ctx.errors(exc)
            return
        selected = self.selected_ids()
        without_status = listings.filter_rows(
            self.catalogue.rows, listings.ListingFilter(**{**flt.__dict__, "status": ""}), matching
        )
        counts = {"all": len(without_status)}
        for row in without_status:
            counts[row.status] = counts.get(row.status, 0) + 1
        rows = [r for r in without_status if not flt.status or r.status == flt.status]
        self.model.set_rows(rows)
        self.bar.set_counts(counts)
        total_problems = sum(len(p) for p in self.problems.values())
        self.summary.setText(
            translate("ListingsTab", "{shown} of {total} listings · {problems} problems").format(
                shown=f"{len(rows):,}",
                total=f"{len(self.catalogue.rows):,}",
                problems=f"{total_problems:,}",
            )
            if self.checked
            # Until the checker answers, "0 problems" would be a false all-clear.
            else translate(
                "ListingsTab", "{shown} of {total} listings · checking for problems…"
            ).format(shown=f"{len(rows):,}", total=f"{len(self.catalogue.rows):,}")
        )
        if rows:
            self.table_area.show_table()
        elif self.catalogue.rows:
            self.table_area.show_empty(
                translate("ListingsTab", "No listings match this search and these filters."),
                translate("ListingsTab", "Clear the search or the filters."),
            )
        else:
            self.table_area.show_empty(
                translate("ListingsTab", "No listings yet."),
                translate(
                    "ListingsTab",
                    "Add one with New listing (Ctrl+Shift+N), or import a Shopify, Etsy or Taobao "
                    "file with File > Import… (Ctrl+I).",
                ),
            )
        self._reselect(selected)
