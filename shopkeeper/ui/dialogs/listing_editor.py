"""The listing editor: every field of one listing, its variants grid, images and
per-channel titles and prices. The checker runs as the seller types and shows each
problem beside its field; Save writes everything as one undoable change, or nothing
(with the reason beside the field) when something is wrong."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.services import listing_checker, listings, listings_edit, listings_templates
from shopkeeper.services.listing_facts import ListingFacts, VariantFacts
from shopkeeper.services.listings_edit import ListingDraft, ListingInvalid
from shopkeeper.services.money import exponent
from shopkeeper.ui.dialogs.listing_channels_page import ChannelsPage
from shopkeeper.ui.i18n import user_message
from shopkeeper.ui.models.listings_model import status_label
from shopkeeper.ui.widgets.listing_images import ImagesPage
from shopkeeper.ui.widgets.listing_variants_grid import VariantsGrid

DETAILS, VARIANTS, IMAGES, CHANNELS = range(4)
# Which editor page shows the problems of each listings field.
PAGE_OF = {
    "image": IMAGES,
    "sku": VARIANTS,
    "price": VARIANTS,
    "compare_at_price": VARIANTS,
    "cost": VARIANTS,
    "stock": VARIANTS,
    "barcode": VARIANTS,
    "weight": VARIANTS,
    "reorder_point": VARIANTS,
}


class ListingEditor(QDialog):
    @classmethod
    def open_new(cls, tab, draft: ListingDraft | None = None) -> ListingEditor:
        editor = cls(tab, draft or ListingDraft(status="draft"))
        editor.open()
        return editor

    @classmethod
    def open_existing(cls, tab, product_id: int) -> ListingEditor:
        db = tab.ctx.shop.db
        editor = cls(tab, listings_edit.load_draft(db, product_id))
        editor.open()
        return editor

    def __init__(self, tab, draft: ListingDraft) -> None:
        super().__init__(tab)
        self.tab, self.ctx, self.draft = tab, tab.ctx, draft
        self.db = self.ctx.shop.db
        self.exponent = exponent(self.ctx.shop.currency)
        self.rules = listing_checker.load_rules(self.db)
        self.setWindowTitle(self.tr("Edit listing") if draft.id else self.tr("New listing"))
        self.resize(900, 680)
        layout = QVBoxLayout(self)
        self.pages = QTabWidget()
        layout.addWidget(self.pages, 1)
        self.notes: dict[str, QLabel] = {}
        self.pages.addTab(self._details_page(), self.tr("Details"))
        self.grid = VariantsGrid(self.exponent)
        self.pages.addTab(
            self._with_note(
                self.grid, ("sku", "price", "compare_at_price", "cost", "stock", "barcode")
            ),
            self.tr("Variants"),
        )
        self.images = ImagesPage(self.ctx.shop.path)
        self.pages.addTab(self._with_note(self.images, ("image",)), self.tr("Images"))
        self.channels = ChannelsPage(self.db, draft, self.rules, self.exponent)
        self.pages.addTab(self.channels, self.tr("Channels"))
        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet("color: #c62828; font-weight: bold;")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.template_button = QPushButton(self.tr("Save as template…"))
        self.template_button.clicked.connect(self.save_as_template)
        buttons.addButton(self.template_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.check_timer = QTimer(self, singleShot=True, interval=250)
        self.check_timer.timeout.connect(self.run_checks)
        self._load(draft)
        for signal in (self.grid.changed, self.images.changed, self.channels.changed):
            signal.connect(self.check_timer.start)
        self.run_checks()

    # -- building --------------------------------------------------------------------
    def _note(self, fld: str) -> QLabel:
        label = QLabel(wordWrap=True)
        label.setStyleSheet("color: #c77700;")
        label.hide()
        self.notes[fld] = label
        return label

    def _with_note(self, widget: QWidget, fields: tuple[str, ...]) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(widget, 1)
        note = self._note(fields[0])
        for other in fields[1:]:
            self.notes[other] = note
        box.addWidget(note)
        return page

    def _details_page(self) -> QWidget:
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title = QLineEdit()
        self.title_lengths = QLabel()
        self.title_lengths.setStyleSheet("color: palette(placeholder-text);")
        self.subtitle = QLineEdit(placeholderText=self.tr("Selling points (卖点)"))
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(self.tr("Description; HTML is allowed"))
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        description = QTabWidget()
        description.addTab(self.description, self.tr("HTML"))
        description.addTab(self.preview, self.tr("Preview"))
        description.currentChanged.connect(self._update_preview)
        description.setMinimumHeight(160)
        self.category = QComboBox(editable=True)
        self.category.addItems(self.tab.catalogue.categories)
        self.brand = QLineEdit()
        self.tags = QLineEdit(placeholderText=self.tr("Separated by commas"))
        self.status = QComboBox()
        for status in ("active", "draft", "archived"):
            self.status.addItem(status_label(status), status)
        self.handle = QLineEdit(placeholderText=self.tr("Made from the title when empty"))
        self.seo_title = QLineEdit()
        self.seo_description = QPlainTextEdit()
        self.seo_description.setMaximumHeight(70)
        self.keywords = QLineEdit(placeholderText=self.tr("Search keywords, separated by commas"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText(self.tr("Only for you: supplier, care, ideas…"))
        self.notes_edit.setMaximumHeight(70)
        rows = [
            (self.tr("Title"), self.title, "title"),
            ("", self.title_lengths, None),
            (self.tr("Subtitle"), self.subtitle, "subtitle"),
            (self.tr("Description"), description, "description"),
            (self.tr("Category"), self.category, None),
            (self.tr("Brand"), self.brand, None),
            (self.tr("Tags"), self.tags, None),
            (self.tr("Status"), self.status, None),
            (self.tr("Handle"), self.handle, "handle"),
            (self.tr("SEO title"), self.seo_title, "seo_title"),
            (self.tr("SEO description"), self.seo_description, "seo_description"),
            (self.tr("Keywords"), self.keywords, None),
            (self.tr("Notes"), self.notes_edit, None),
        ]
        for label, widget, fld in rows:
            form.addRow(label, widget)
            if fld:
                form.addRow("", self._note(fld))
        for edit in (self.title, self.subtitle, self.seo_title, self.handle):
            edit.textChanged.connect(self.check_timer_start)
        for edit in (self.description, self.seo_description):
            edit.textChanged.connect(self.check_timer_start)
        self.status.currentIndexChanged.connect(self.check_timer_start)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(form_widget)
        return scroll

    def check_timer_start(self, *_args) -> None:
        self.check_timer.start()

    def _load(self, d: ListingDraft) -> None:
        self.title.setText(d.title)
        self.subtitle.setText(d.subtitle)
        self.description.setPlainText(d.description)
        self.category.setEditText(d.category)
        self.brand.setText(d.vendor)
        self.tags.setText(d.tags)
        self.status.setCurrentIndex(max(0, self.status.findData(d.status)))
        self.handle.setText(d.handle)
        self.seo_title.setText(d.seo_title)
        self.seo_description.setPlainText(d.seo_description)
        self.keywords.setText(d.keywords)
        self.notes_edit.setPlainText(d.notes)
        self.grid.load(d.option_names, d.variants)
        if d.id is not None:
            self.grid.show_stock_counts(listings.stock_counts(self.db, d.id))
        self.images.load(d.images)

    @Slot(int)
    def _update_preview(self, page: int) -> None:
        if page == 1:
            self.preview.setHtml(self.description.toPlainText())

    # -- reading -----------------------------------------------------------------------
    def current_draft(self) -> tuple[ListingDraft, list[str]]:
        variants, problems = self.grid.variants()
        draft = ListingDraft(
            id=self.draft.id,
            handle=self.handle.text(),
            title=self.title.text(),
            subtitle=self.subtitle.text(),
            description=self.description.toPlainText(),
            category=self.category.currentText().strip(),
            vendor=self.brand.text(),
            tags=self.tags.text(),
            status=self.status.currentData(),
            seo_title=self.seo_title.text(),
            seo_description=self.seo_description.toPlainText(),
            keywords=self.keywords.text(),
            notes=self.notes_edit.toPlainText(),
            option_names=self.grid.names(),
            variants=variants,
            images=self.images.images(),
        )
        return draft, problems

    @staticmethod
    def sku_of(draft: ListingDraft) -> dict[int, str]:
        return {v.id: v.sku.strip() for v in draft.variants if v.id is not None}

    # -- checking ----------------------------------------------------------------------
    @Slot()
    def run_checks(self) -> None:
        """The checker over what is typed now; each problem goes beside its field."""
        from shopkeeper.ui.tabs.listings import problem_text

        draft, _problems = self.current_draft()
        titles, prices = self.channels.overrides(self.sku_of(draft))
        facts = ListingFacts(
            id=draft.id,
            handle=draft.handle,
            title=draft.title,
            status=draft.status,
            subtitle=draft.subtitle,
            description=draft.description,
            seo_title=draft.seo_title,
            seo_description=draft.seo_description,
            images=tuple((i.src, i.alt) for i in draft.images),
            variants=tuple(
                VariantFacts(v.id, v.sku, v.price, v.compare_at_price, v.cost, v.stock, v.barcode)
                for v in draft.variants
            ),
            channel_titles={c: t for c, t in titles.items() if t},
            channel_prices={k: p for k, p in prices.items() if p is not None},
        )
        found: dict[str, list[str]] = {}
        for problem in listing_checker.check(facts, self.rules):
            prefix = f"{problem.sku}: " if problem.sku else ""
            found.setdefault(problem.field, []).append(prefix + problem_text(problem))
        shown = set()
        for label in self.notes.values():
            if id(label) in shown:
                continue
            texts = [t for f, lbl in self.notes.items() if lbl is label for t in found.get(f, [])]
            label.setText("\n".join(f"⚠ {t}" for t in texts))
            label.setVisible(bool(texts))
            shown.add(id(label))
        self.title_lengths.setText(self.channels.length_summary(draft.title))
        counts = {}
        for fld, texts in found.items():
            page = PAGE_OF.get(fld, DETAILS)
            counts[page] = counts.get(page, 0) + len(texts)
        names = {
            DETAILS: self.tr("Details"),
            VARIANTS: self.tr("Variants"),
            IMAGES: self.tr("Images"),
        }
        for page, name in names.items():
            n = counts.get(page, 0)
            self.pages.setTabText(page, f"{name} ⚠{n}" if n else name)

    # -- saving ------------------------------------------------------------------------
    @Slot()
    def save(self) -> None:
        draft, problems = self.current_draft()
        titles, prices = self.channels.overrides(self.sku_of(draft))
        if problems or self.channels.errors:
            self.error.setText(
                self.tr("Fix the cells marked red first: {problem}").format(
                    problem=(problems or self.channels.errors)[0]
                )
            )
            self.pages.setCurrentIndex(VARIANTS if problems else CHANNELS)
            return
        try:
            change = listings_edit.save_listing(
                self.db,
                draft,
                "Edit listing" if draft.id else "New listing",
                channel_titles=titles,
                channel_prices=prices,
            )
        except ListingInvalid as exc:
            self.show_errors(exc.errors)
            return
        self.error.clear()
        text = (self.tr("Edit {title}") if draft.id else self.tr("New listing {title}")).format(
            title=draft.title.strip()
        )
        self.ctx.push_change(change, text)
        self.accept()

    def show_errors(self, errors: list[listings_edit.FieldError]) -> None:
        """Errors that stopped the save, beside their fields; nothing was written."""
        for label in self.notes.values():
            label.hide()
        self.grid.mark([(e.row, e.field, user_message(e)) for e in errors if e.row is not None])
        for e in errors:
            label = self.notes.get(e.field)
            if label is not None and e.row is None:
                label.setText(f"✖ {user_message(e)}")
                label.setStyleSheet("color: #c62828;")
                label.show()
        first = errors[0]
        self.error.setText(self.tr("Not saved: {problem}").format(problem=user_message(first)))
        self.pages.setCurrentIndex(PAGE_OF.get(first.field, DETAILS))

    @Slot()
    def save_as_template(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            self.tr("Save as template"),
            self.tr("Template name:"),
            text=self.category.currentText(),
        )
        if not ok or not name.strip():
            return
        draft, _problems = self.current_draft()
        change = listings_templates.save_template(self.db, name, draft)
        self.ctx.push_change(change, self.tr("Save template {name}").format(name=name.strip()))
        self.error.setStyleSheet("color: palette(text);")
        self.error.setText(self.tr("Saved as template “{name}”.").format(name=name.strip()))
