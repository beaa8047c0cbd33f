"""The Inbox's clock: the shop's service hours and the response-time target per kind."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
)

from shopkeeper.errors import UserError
from shopkeeper.services import ticket_due
from shopkeeper.services.tickets import KINDS
from shopkeeper.ui.i18n import user_message
from shopkeeper.ui.ticket_labels import kind_label


class ServiceHoursDialog(QDialog):
    """Hours as text ("Mon-Fri 09:00-18:00; Sat 10:00-16:00"); a target in hours per kind."""

    def __init__(self, db, push_change, parent=None) -> None:
        super().__init__(parent)
        self.db, self.push_change = db, push_change
        self.setWindowTitle(self.tr("Service hours and response targets"))
        self.setMinimumWidth(460)
        rules = ticket_due.rules(db)
        self.hours = QLineEdit(ticket_due.service_hours_text(db))
        self.hours.setPlaceholderText("Mon-Fri 09:00-18:00; Sat 10:00-16:00")
        form = QFormLayout(self)
        form.addRow(
            QLabel(
                self.tr(
                    "Due times count only the hours you answer customers, in the shop's time zone, "
                    "and pause while a ticket waits on the customer."
                ),
                wordWrap=True,
            )
        )
        form.addRow(self.tr("Service hours:"), self.hours)
        example = QLabel(self.tr("For example: Mon-Fri 09:00-18:00; Sat 10:00-16:00"))
        example.setStyleSheet("color: palette(placeholder-text);")
        form.addRow("", example)
        self.targets: dict[str, QSpinBox] = {}
        for kind in KINDS:
            box = QSpinBox(suffix=self.tr(" h"), minimum=1, maximum=24 * 14)
            box.setValue(max(1, rules.target(kind) // 3600))
            self.targets[kind] = box
            form.addRow(self.tr("Answer {kind} within:").format(kind=kind_label(kind)), box)
        self.problem = QLabel(wordWrap=True)
        self.problem.setStyleSheet("color: #b42318;")
        form.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _save(self) -> None:
        targets = ", ".join(f"{kind}={box.value()}h" for kind, box in self.targets.items())
        try:
            change = ticket_due.save_rules(self.db, self.hours.text(), targets)
        except UserError as exc:
            self.problem.setText(user_message(exc))
            return
        self.push_change(change, self.tr("Service hours and response targets"))
        self.accept()
