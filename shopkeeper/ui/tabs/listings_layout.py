"""The Listings tab's widgets: the row of actions (new, edit, duplicate, bulk edit,
pricing helper, delete, templates, settings) with their shortcuts, the products table
with its keys and context menu, and the detail pane (variants, problems).

The actions' slots are in ``widgets/listing_actions``; which are enabled follows the
selection and a read-only shop (``ListingsTab._update_actions``).

Texts use the literal "ListingsTab" translation context: a mixin's ``self.tr`` would
not match what pyside6-lupdate records for them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMenu,
    QTabWidget,
    QToolButton,
    QWidget,
)

from shopkeeper.ui import icons
from shopkeeper.ui.models import listings_model as cols
from shopkeeper.ui.widgets.data_table import DataTable
from shopkeeper.ui.widgets.empty_state import TableOrEmpty

translate = QCoreApplication.translate  # literal calls, so pyside6-lupdate finds them


class ListingsLayout:
    """The action row, products table and detail pane, mixed into ``ListingsTab``
    (uses its model, variants, thumbs and the slots of ``ListingActions``)."""

    def _action(self, text: str, icon: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(icons.icon(icon), text, self)
        action.triggered.connect(slot)
        if shortcut:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if tip:
            action.setToolTip(tip)
        self.addAction(action)
        return action

    def _build_actions(self) -> QHBoxLayout:
        self.new_action = self._action(
            translate("ListingsTab", "New listing"), "add", self.new_listing, "Ctrl+Shift+N"
        )
        self.edit_action = self._action(
            translate("ListingsTab", "Edit…"), "edit", self.edit_current
        )
        self.duplicate_action = self._action(
            translate("ListingsTab", "Duplicate"), "copy", self.duplicate, "Ctrl+D"
        )
        self.bulk_action = self._action(
            translate("ListingsTab", "Bulk edit…"),
            "edit",
            self.bulk_edit,
            "Ctrl+Shift+B",
            translate(
                "ListingsTab",
                "Change price, stock, status, category, tags or titles of the selected listings",
            ),
        )
        self.pricing_action = self._action(
            translate("ListingsTab", "Pricing helper…"), "chart", self.pricing, "Ctrl+Shift+P"
        )
        self.delete_action = self._action(
            translate("ListingsTab", "Delete"), "delete", self.delete_selected
        )
        row = QHBoxLayout()
        for action in (
            self.new_action,
            self.edit_action,
            self.duplicate_action,
            self.bulk_action,
            self.pricing_action,
            self.delete_action,
        ):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            row.addWidget(button)
        self.templates_button = QToolButton(text=translate("ListingsTab", "From template"))
        self.templates_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.templates_menu = QMenu(self)
        self.templates_menu.aboutToShow.connect(self._fill_templates)
        self.templates_button.setMenu(self.templates_menu)
        row.addWidget(self.templates_button)
        self.settings_action = self._action(
            translate("ListingsTab", "Listing settings…"),
            "settings",
            self.edit_settings,
            tip=translate(
                "ListingsTab",
                "Channel fees and title limits, margin floor, lead time, banned words",
            ),
        )
        settings_button = QToolButton()
        settings_button.setDefaultAction(self.settings_action)
        settings_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        row.addWidget(settings_button)
        row.addStretch(1)
        self.summary = QLabel()
        self.summary.setStyleSheet("color: palette(placeholder-text);")
        row.addWidget(self.summary)
        return row

    def _build_table(self) -> TableOrEmpty:
        table = self.table = DataTable("listings")
        table.setModel(self.model)
        table.stretch(cols.TITLE)
        # No column sorted at first: the newest-edited listings come first.
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.model.clear_sort()
        table.setIconSize(self.thumbs_size())
        table.verticalHeader().setDefaultSectionSize(max(36, table.fontMetrics().height() + 12))
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        table.doubleClicked.connect(self.edit_current)
        # Enter and Delete act on the products table only: elsewhere they edit text.
        for key, slot in (
            (Qt.Key.Key_Return, self.edit_current),
            (Qt.Key.Key_Enter, self.edit_current),
            (QKeySequence.StandardKey.Delete, self.delete_selected),
        ):
            shortcut = QShortcut(
                QKeySequence(key), table, context=Qt.ShortcutContext.WidgetShortcut
            )
            shortcut.activated.connect(slot)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (
            self.edit_action,
            self.duplicate_action,
            self.bulk_action,
            self.pricing_action,
            self.delete_action,
        ):
            table.addAction(action)
        self.table_area = TableOrEmpty(table)
        return self.table_area

    def thumbs_size(self) -> QSize:
        return QSize(32, 32)

    def _build_detail(self) -> QWidget:
        self.detail = QTabWidget()
        self.variant_table = DataTable("listing-variants")
        self.variant_table.setModel(self.variants)
        self.variant_table.setEditTriggers(
            DataTable.EditTrigger.DoubleClicked
            | DataTable.EditTrigger.EditKeyPressed
            | DataTable.EditTrigger.AnyKeyPressed
        )
        self.problem_list = QListWidget()
        self.problem_list.setWordWrap(True)
        self.detail.addTab(self.variant_table, translate("ListingsTab", "Variants"))
        self.detail.addTab(self.problem_list, translate("ListingsTab", "Problems"))
        return self.detail
