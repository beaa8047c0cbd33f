"""Pick a backup to restore: the rolling copies of this shop, or any file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from shopkeeper.services.backups import BACKUP_PATTERNS, BackupInfo


class RestoreDialog(QDialog):
    def __init__(self, backups: list[BackupInfo], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.resize(640, 420)
        self.backups = backups
        self.chosen_file: Path | None = None
        kinds = {"daily": self.tr("Daily"), "op": self.tr("Before an operation")}
        reasons = {
            "manual": self.tr("Backed up by hand"),
            "before-import": self.tr("Before an import"),
            "before-restore": self.tr("Before a restore"),
            "before-migration": self.tr("Before an upgrade"),
            "before-bulk-edit": self.tr("Before a bulk edit"),
        }
        note = QLabel(
            self.tr(
                "Restoring replaces everything in this shop with the backup. "
                "A copy of the shop as it is now is taken first, so a restore can be undone "
                "by restoring that copy."
            )
        )
        note.setWordWrap(True)
        self.table = QTableWidget(len(backups), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Kind"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, info in enumerate(backups):
            kind = reasons.get(info.reason, kinds.get(info.kind, info.kind))
            size_kb = max(1, info.path.stat().st_size // 1024) if info.path.exists() else 0
            for col, text in enumerate(
                (info.taken_at.strftime("%Y-%m-%d %H:%M:%S"), kind, f"{size_kb:,} KB")
            ):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnToContents(0)
        if backups:
            self.table.selectRow(0)
        self.table.doubleClicked.connect(self.accept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(bool(backups))
        other = buttons.addButton(self.tr("Other file…"), QDialogButtonBox.ButtonRole.ActionRole)
        other.clicked.connect(self._choose_file)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from file"),
            "",
            ";;".join(
                (
                    self.tr("Shopkeeper backup ({patterns})").format(
                        patterns=" ".join(BACKUP_PATTERNS)
                    ),
                    self.tr("All files (*)"),
                )
            ),
        )
        if name:
            self.chosen_file = Path(name)
            super().accept()

    def accept(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.chosen_file = self.backups[rows[0].row()].path
            super().accept()
