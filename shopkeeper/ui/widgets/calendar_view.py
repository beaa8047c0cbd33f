"""A month or week grid with promotions as coloured bars across their dates.

Drag a bar to move it, drag its left or right end to change its dates, double-click
it to edit (double-click an empty day for a new one). Plain mouse events, not
QDrag: a drag never leaves the widget, and ``QDrag.exec`` blocks offscreen.

The layout (which bar goes in which lane of which week) is worked out when the
data or the size changes, never while painting, so a month of 300 promotions
paints in a few milliseconds.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QLocale, QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

DAY = dt.timedelta(days=1)
HEADER = 24
DAY_LINE = 18  # the day number
MARK_LINE = 15  # a festival's or holiday's name
LANE = 19
EDGE = 6  # pixels at a bar's ends that resize instead of move

KIND_COLOURS = {"festival": "#9b2c9b", "holiday": "#1f7a4d", "event": "#0e7490"}


@dataclass(frozen=True)
class BarItem:
    id: int
    label: str
    first: dt.date
    last: dt.date
    colour: str
    faded: bool = False  # draft, ended or cancelled
    dashed: bool = False  # draft
    warning: bool = False  # below the floor on some day
    conflict: bool = False
    tooltip: str = ""


@dataclass
class DayInfo:
    marks: list[tuple[str, str]] = field(default_factory=list)  # (text, kind)
    below_floor: int = 0
    tooltip: str = ""


@dataclass
class _Segment:
    bar: BarItem
    rect: QRect
    starts: bool  # the bar's real first day is in this segment
    ends: bool
    text: str = ""


class CalendarView(QWidget):
    moved = Signal(int, object, object)  # promotion id, new first day, new last day
    clicked = Signal(int)  # a bar clicked without moving it
    edit_requested = Signal(int)
    new_requested = Signal(object)  # the day double-clicked
    context_requested = Signal(int, QPoint)  # promotion id (0: none), global position

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(560, 360)
        self.start = dt.date.today() - dt.timedelta(days=dt.date.today().weekday())
        self.weeks = 6
        self.month = self.start.month  # days of other months are drawn greyed
        self.today = dt.date.today()
        self.bars: list[BarItem] = []
        self.days: dict[dt.date, DayInfo] = {}
        self.segments: list[_Segment] = []
        self.more: dict[dt.date, int] = {}
        self._drag: dict | None = None
        self._small = QFont(self.font())
        self._small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))

    # -- data -------------------------------------------------------------------
    def set_range(self, start: dt.date, weeks: int, month: int | None = None) -> None:
        self.start, self.weeks = start, weeks
        self.month = month if month is not None else 0
        self._layout()

    def set_data(
        self, bars: list[BarItem], days: dict[dt.date, DayInfo], today: dt.date | None = None
    ) -> None:
        self.bars, self.days = bars, days
        self.today = today or dt.date.today()
        self._layout()

    @property
    def last(self) -> dt.date:
        return self.start + dt.timedelta(days=7 * self.weeks - 1)

    # -- geometry ---------------------------------------------------------------
    def _cell_width(self) -> float:
        return self.width() / 7

    def _row_height(self) -> float:
        return (self.height() - HEADER) / self.weeks

    def cell_rect(self, day: dt.date) -> QRect:
        offset = (day - self.start).days
        week, weekday = divmod(offset, 7)
        w, h = self._cell_width(), self._row_height()
        return QRect(int(weekday * w), int(HEADER + week * h), int(w), int(h))

    def day_at(self, pos: QPoint) -> dt.date | None:
        if pos.y() < HEADER:
            return None
        week = int((pos.y() - HEADER) // self._row_height())
        weekday = min(6, max(0, int(pos.x() // self._cell_width())))
        if not 0 <= week < self.weeks:
            return None
        return self.start + dt.timedelta(days=week * 7 + weekday)

    def _marks_height(self) -> int:
        most = max((len(info.marks) for info in self.days.values()), default=0)
        return DAY_LINE + MARK_LINE * min(most, 2 if self.weeks > 1 else 4)

    def _layout(self) -> None:
        """Give each bar a lane in each week it crosses; count what does not fit."""
        self.segments, self.more = [], {}
        if self.width() <= 0:
            return
        top = self._marks_height()
        lanes_fit = max(1, int((self._row_height() - top - 4) // LANE))
        metrics = QFontMetrics(self._small)
        w = self._cell_width()
        ordered = sorted(self.bars, key=lambda b: (b.first, -(b.last - b.first).days, b.id))
        for week in range(self.weeks):
            week_first = self.start + dt.timedelta(days=7 * week)
            week_last = week_first + dt.timedelta(days=6)
            lanes: list[dt.date] = []  # the last day taken in each lane
            y0 = HEADER + week * self._row_height() + top
            for bar in ordered:
                if bar.last < week_first or bar.first > week_last:
                    continue
                first, last = max(bar.first, week_first), min(bar.last, week_last)
                lane = next((i for i, end in enumerate(lanes) if end < first), len(lanes))
                if lane == len(lanes):
                    lanes.append(last)
                else:
                    lanes[lane] = last
                if lane >= lanes_fit:
                    day = first
                    while day <= last:
                        self.more[day] = self.more.get(day, 0) + 1
                        day += DAY
                    continue
                x0 = (first - week_first).days * w + 2
                x1 = ((last - week_first).days + 1) * w - 2
                rect = QRect(int(x0), int(y0 + lane * LANE), int(x1 - x0), LANE - 3)
                segment = _Segment(bar, rect, bar.first == first, bar.last == last)
                label = ("⚠ " if bar.conflict or bar.warning else "") + bar.label
                segment.text = metrics.elidedText(
                    label, Qt.TextElideMode.ElideRight, max(0, rect.width() - 8)
                )
                self.segments.append(segment)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._layout()

    # -- painting ---------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        palette = self.palette()
        base, text = palette.base().color(), palette.text().color()
        grid = palette.mid().color()
        painter.fillRect(self.rect(), base)
        w = self._cell_width()
        locale = QLocale()
        painter.setPen(text)
        for weekday in range(7):
            name = locale.dayName(weekday + 1, QLocale.FormatType.ShortFormat)
            painter.drawText(QRectF(weekday * w, 0, w, HEADER), Qt.AlignmentFlag.AlignCenter, name)
        painter.setFont(self._small)
        for offset in range(7 * self.weeks):
            self._paint_day(painter, self.start + dt.timedelta(days=offset), grid, text)
        painter.setFont(self._small)
        for segment in self.segments:
            self._paint_segment(painter, segment)
        if self._drag and self._drag.get("preview"):
            first, last = self._drag["preview"]
            painter.setPen(QPen(palette.highlight().color(), 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            day = first
            while day <= last:
                painter.drawRect(self.cell_rect(day).adjusted(2, 2, -2, -2))
                day += DAY
        painter.end()

    def _paint_day(self, painter: QPainter, day: dt.date, grid: QColor, text: QColor) -> None:
        rect = self.cell_rect(day)
        info = self.days.get(day)
        if self.month and day.month != self.month:
            painter.fillRect(rect, self.palette().alternateBase())
        painter.setPen(grid)
        painter.drawRect(rect)
        number = QRect(rect.left() + 4, rect.top() + 2, 22, DAY_LINE - 2)
        if day == self.today:
            painter.setBrush(self.palette().highlight())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(number.adjusted(0, -1, 0, 1))
            painter.setPen(self.palette().highlightedText().color())
        else:
            painter.setPen(text)
        painter.drawText(number, Qt.AlignmentFlag.AlignCenter, str(day.day))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if info is None:
            return
        if info.below_floor:
            painter.setPen(QColor("#b42318"))
            painter.drawText(
                rect.adjusted(0, 2, -4, 0),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                f"▼{info.below_floor}",
            )
        lines = 2 if self.weeks > 1 else 4
        for n, (mark, kind) in enumerate(info.marks[:lines]):
            painter.setPen(QColor(KIND_COLOURS.get(kind, "#555")))
            line = QRect(
                rect.left() + 4, rect.top() + DAY_LINE + n * MARK_LINE, rect.width() - 8, MARK_LINE
            )
            shown = painter.fontMetrics().elidedText(
                mark, Qt.TextElideMode.ElideRight, line.width()
            )
            painter.drawText(
                line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown
            )
        more = self.more.get(day)
        if more:
            painter.setPen(text)
            painter.drawText(
                rect.adjusted(4, 0, -4, -2),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                self.tr("+{n} more").format(n=more),
            )

    def _paint_segment(self, painter: QPainter, segment: _Segment) -> None:
        bar = segment.bar
        colour = QColor(bar.colour)
        if bar.faded:
            colour.setAlpha(110)
        painter.setBrush(colour)
        pen = QPen(QColor("#b42318"), 2) if bar.conflict or bar.warning else Qt.PenStyle.NoPen
        if bar.dashed:
            pen = QPen(QColor(bar.colour).darker(140), 1, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        radius = 4
        painter.drawRoundedRect(segment.rect, radius, radius)
        painter.setPen(QColor("white") if not bar.faded else self.palette().text().color())
        painter.drawText(
            segment.rect.adjusted(4, 0, -4, 0),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            segment.text,
        )

    # -- mouse ------------------------------------------------------------------
    def segment_at(self, pos: QPoint) -> _Segment | None:
        for segment in reversed(self.segments):
            if segment.rect.contains(pos):
                return segment
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position().toPoint()
        segment = self.segment_at(pos)
        if event.button() == Qt.MouseButton.RightButton:
            bar_id = segment.bar.id if segment else 0
            self.context_requested.emit(bar_id, event.globalPosition().toPoint())
            return
        if event.button() != Qt.MouseButton.LeftButton or segment is None:
            return
        mode = "move"
        if segment.starts and pos.x() - segment.rect.left() <= EDGE:
            mode = "start"
        elif segment.ends and segment.rect.right() - pos.x() <= EDGE:
            mode = "end"
        self._drag = {"bar": segment.bar, "mode": mode, "from": self.day_at(pos), "preview": None}

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position().toPoint()
        if self._drag is None:
            segment = self.segment_at(pos)
            edge = segment is not None and (
                (segment.starts and pos.x() - segment.rect.left() <= EDGE)
                or (segment.ends and segment.rect.right() - pos.x() <= EDGE)
            )
            shape = Qt.CursorShape.SizeHorCursor if edge else Qt.CursorShape.ArrowCursor
            self.setCursor(shape)
            return
        day = self.day_at(pos)
        if day is not None and self._drag["from"] is not None:
            self._drag["preview"] = self._dates_for(day)
            self.update()

    def _dates_for(self, day: dt.date) -> tuple[dt.date, dt.date]:
        bar, mode = self._drag["bar"], self._drag["mode"]
        shift = day - self._drag["from"]
        if mode == "start":
            return min(bar.first + shift, bar.last), bar.last
        if mode == "end":
            return bar.first, max(bar.last + shift, bar.first)
        return bar.first + shift, bar.last + shift

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        drag, self._drag = self._drag, None
        if drag is None:
            return
        day = self.day_at(event.position().toPoint())
        self.update()
        if day is None or drag["from"] is None:
            return
        first, last = self._dates_for_drag(drag, day)
        if (first, last) != (drag["bar"].first, drag["bar"].last):
            self.moved.emit(drag["bar"].id, first, last)
        else:
            self.clicked.emit(drag["bar"].id)

    def _dates_for_drag(self, drag: dict, day: dt.date) -> tuple[dt.date, dt.date]:
        self._drag = drag
        try:
            return self._dates_for(day)
        finally:
            self._drag = None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position().toPoint()
        segment = self.segment_at(pos)
        if segment is not None:
            self.edit_requested.emit(segment.bar.id)
        elif (day := self.day_at(pos)) is not None:
            self.new_requested.emit(day)

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            pos = event.pos()
            segment = self.segment_at(pos)
            if segment is not None:
                QToolTip.showText(event.globalPos(), segment.bar.tooltip or segment.bar.label, self)
            else:
                day = self.day_at(pos)
                info = self.days.get(day) if day else None
                if info and info.tooltip:
                    QToolTip.showText(event.globalPos(), info.tooltip, self)
                else:
                    QToolTip.hideText()
            return True
        return super().event(event)
