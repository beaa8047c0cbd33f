"""Due times: a response-time target per kind, counted in service hours, paused while waiting."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shopkeeper.services import ticket_due, tickets
from shopkeeper.services.ticket_due import BadServiceHours, ServiceHours
from shopkeeper.store import settings

DEFAULT = ServiceHours.parse("Mon-Sun 09:00-21:00")
WEEKDAYS = ServiceHours.parse("Mon-Fri 09:00-18:00; Sat 10:00-14:00")


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


@pytest.mark.parametrize(
    ("start", "hours", "due"),
    [
        ("2026-12-02T10:00", 2, "2026-12-02T12:00"),  # inside the day
        ("2026-12-02T20:00", 2, "2026-12-03T10:00"),  # runs past closing into the next morning
        ("2026-12-02T23:30", 1, "2026-12-03T10:00"),  # asked at night: the clock starts at nine
        ("2026-12-02T07:00", 12, "2026-12-02T21:00"),  # a whole service day
    ],
)
def test_due_counts_only_service_hours(start, hours, due):
    """Every day 09:00–21:00: time outside the service hours does not count."""
    assert DEFAULT.add(at(start), hours * 3600) == at(due)


def test_weekend_closed_days_are_skipped():
    """Mon–Fri 9–18 and Sat 10–14: a Saturday-noon question with 4 h is due Monday 11:00."""
    assert WEEKDAYS.add(at("2026-12-05T12:00"), 4 * 3600) == at("2026-12-07T11:00")


@pytest.mark.parametrize(
    "text", ["", "Mon 9-17", "Xyz 09:00-17:00", "Mon 18:00-09:00", "Mon 09:00-25:00"]
)
def test_bad_service_hours_are_refused_with_an_example(text):
    """Service hours that cannot be read get a message showing the expected form."""
    with pytest.raises(BadServiceHours, match="Mon-Fri 09:00-18:00"):
        ServiceHours.parse(text)


@given(
    st.datetimes(min_value=dt.datetime(2024, 1, 1), max_value=dt.datetime(2027, 1, 1)),
    st.integers(min_value=0, max_value=200 * 3600),
)
def test_service_time_between_undoes_add(start, seconds):
    """The service time from a start to its due time is exactly the target."""
    start = start.replace(microsecond=0)
    assert WEEKDAYS.between(start, WEEKDAYS.add(start, seconds)) == seconds


@pytest.fixture
def clock(shop, monkeypatch):
    """The shop's "now", moved by the test."""
    state = {"now": at("2026-12-02T10:00")}
    monkeypatch.setattr(ticket_due.DueRules, "now", lambda self: state["now"])
    return state


def due_of(shop, ticket_id):
    return shop.db.execute(
        "SELECT status, due_at, sla_remaining FROM tickets WHERE id = ?", [ticket_id]
    ).fetchone()


def test_new_ticket_is_due_by_its_kinds_target(shop, clock):
    """A complaint (4 service hours) asked at 10:00 is due at 14:00; a review (24 h) later."""
    complaint, _ = tickets.create_ticket(shop.db, "Broken", body="It broke", kind="complaint")
    review, _ = tickets.create_ticket(shop.db, "Nice", body="Love it", kind="review")
    assert due_of(shop, complaint) == ("new", "2026-12-02T14:00:00", None)
    assert due_of(shop, review)[1] == "2026-12-04T10:00:00"


def test_targets_come_from_the_shop_setting(shop, clock):
    """Changing the response targets setting changes the due time of new tickets."""
    settings.put(shop.db, settings.RESPONSE_TARGETS, "complaint=30m")
    ticket, _ = tickets.create_ticket(shop.db, "Broken", body="x", kind="complaint")
    assert due_of(shop, ticket)[1] == "2026-12-02T10:30:00"


def test_clock_pauses_while_waiting_on_the_customer(shop, clock):
    """Replied at 11:00 with 3 h left; the customer answers next day 10:00: due 13:00."""
    ticket, _ = tickets.create_ticket(shop.db, "Broken", body="x", kind="complaint")
    clock["now"] = at("2026-12-02T11:00")
    tickets.add_message(shop.db, ticket, "Sorry! Photo please?")
    assert due_of(shop, ticket) == ("waiting", None, 3 * 3600)
    clock["now"] = at("2026-12-03T10:00")
    tickets.add_message(shop.db, ticket, "Here it is", author="customer")
    assert due_of(shop, ticket) == ("open", "2026-12-03T13:00:00", None)


def test_reopened_resolved_ticket_gets_a_fresh_clock(shop, clock):
    """A customer writing after resolution reopens the ticket with the full target."""
    ticket, _ = tickets.create_ticket(shop.db, "Where", body="x", kind="pre_sale")
    tickets.set_status(shop.db, [ticket], "resolved")
    assert due_of(shop, ticket) == ("resolved", None, None)
    clock["now"] = at("2026-12-02T15:00")
    tickets.add_message(shop.db, ticket, "One more thing", author="customer")
    assert due_of(shop, ticket) == ("open", "2026-12-02T17:00:00", None)


def test_first_response_time_is_recorded_once(shop, clock):
    """The first seller reply's time is kept; later replies do not move it."""
    ticket, _ = tickets.create_ticket(shop.db, "Q", body="x")
    clock["now"] = at("2026-12-02T10:20")
    tickets.add_message(shop.db, ticket, "First")
    clock["now"] = at("2026-12-02T12:00")
    tickets.add_message(shop.db, ticket, "Second")
    assert shop.db.execute("SELECT first_response_at FROM tickets").fetchone() == (
        "2026-12-02T10:20:00",
    )
