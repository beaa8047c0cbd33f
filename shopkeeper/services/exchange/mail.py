"""Email as tickets: one .eml file or an mbox mailbox, read with the standard library.

Each message becomes one row of the tickets kind, so the import engine's mapping,
dry run and commit apply unchanged. Messages of one conversation share a ticket
number: the first Message-ID of their References (or In-Reply-To, or their own),
so a mailbox imports as threads. In each thread the sender of the earliest message
is the customer; anyone else writing in it is the seller.

Headers with encoded words (``=?GB2312?B?…?=``) are decoded; bodies in a declared
charset (GBK, Big5, Latin-1 …) are decoded from it, and a body whose charset is
missing or wrong is decoded as UTF-8, then GB18030, then Latin-1, the first that fits.
"""

from __future__ import annotations

import email
import email.policy
import html
import mailbox
import re
from datetime import datetime
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

from shopkeeper.errors import QT_TRANSLATE_NOOP, InputRejected

MAIL_SUFFIXES = (".eml", ".mbox")
HEADERS = [
    "Ticket number",
    "Channel",
    "Subject",
    "Message",
    "Message from",
    "Email",
    "Created at",
    "Message time",
]
_REPLY_PREFIX = re.compile(r"^\s*((re|fw|fwd|aw|sv|回复|答复|转发)\s*[:：]\s*)+", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_FALLBACK_CHARSETS = ("utf-8", "gb18030", "latin-1")


class MalformedMail(InputRejected):
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "{name} is not an email message Shopkeeper can read ({problem}). Save the email "
        "from your mail program as .eml (or the mailbox as .mbox) and try again. "
        "Nothing was imported.",
    )
    NO_MESSAGES = QT_TRANSLATE_NOOP(
        "UserError", "{name} holds no email messages. Nothing was imported."
    )


def _parse_bytes(data: bytes) -> EmailMessage:
    return email.message_from_bytes(data, policy=email.policy.default)  # type: ignore[return-value]


def _check(message: EmailMessage, name: str) -> None:
    """A file with no message headers is not an email (a spreadsheet renamed .eml, say)."""
    if not any(message.get(h) for h in ("From", "Subject", "Date", "Message-ID")):
        raise MalformedMail(name=name, problem="no From, Subject or Date header")
    try:
        str(message.get("Subject", ""))
        str(message.get("From", ""))
    except Exception as exc:  # the policy decodes lazily and may fail on broken headers
        raise MalformedMail(name=name, problem=f"unreadable header: {exc}") from exc


def _decode(payload: bytes, charset: str | None) -> str:
    for candidate in ((charset,) if charset else ()) + _FALLBACK_CHARSETS:
        try:
            return payload.decode(candidate)
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("latin-1", errors="replace")


def _body(message: EmailMessage) -> str:
    """The plain text of a message (its HTML part as text when it has no plain part)."""
    part = message.get_body(preferencelist=("plain", "html")) if message.is_multipart() else message
    if part is None:
        return ""
    payload = part.get_payload(decode=True) or b""
    text = _decode(payload, part.get_content_charset())
    if part.get_content_subtype() == "html":
        text = html.unescape(_TAG.sub("", re.sub(r"(?i)<br\s*/?>|</p>", "\n", text)))
    # Drop the quoted earlier messages a reply carries: they are in the thread already.
    lines = [ln for ln in text.replace("\r\n", "\n").split("\n") if not ln.startswith(">")]
    return "\n".join(lines).strip()


def _when(message: EmailMessage) -> str | None:
    try:
        moment = parsedate_to_datetime(str(message["Date"])) if message["Date"] else None
    except (TypeError, ValueError, IndexError):
        return None
    return moment.isoformat(timespec="seconds") if isinstance(moment, datetime) else None


def _thread_id(message: EmailMessage) -> str | None:
    for header in ("References", "In-Reply-To", "Message-ID"):
        value = str(message.get(header) or "").split()
        if value:
            return value[0].strip()
    return None


def _sender(message: EmailMessage) -> str:
    addresses = getaddresses([str(message.get("From") or "")])
    return addresses[0][1].lower() if addresses else ""


def messages_of(path: Path) -> list[EmailMessage]:
    name = path.name
    if path.suffix.lower() == ".mbox":
        box = mailbox.mbox(str(path), factory=lambda f: _parse_bytes(f.read()), create=False)
        try:
            found = list(box)
        finally:
            box.close()
        if not found:
            raise MalformedMail(MalformedMail.NO_MESSAGES, name=name)
    else:
        found = [_parse_bytes(path.read_bytes())]
    for message in found:
        _check(message, name)
    return found


def read_rows(path: Path) -> tuple[list[str], list[list[object]]]:
    """The tickets-kind header row and one row per message."""
    parsed = []
    for message in messages_of(path):
        subject = _REPLY_PREFIX.sub("", str(message.get("Subject") or "")).strip()
        parsed.append(
            (_thread_id(message), subject, _body(message), _sender(message), _when(message))
        )
    # The customer of a thread is whoever wrote its earliest message.
    first: dict[str | None, tuple[str, str | None, str]] = {}
    for thread, subject, _body_text, sender, when in parsed:
        known = first.get(thread)
        if known is None or (when and known[1] and when < known[1]):
            first[thread] = (sender, when, subject)
    rows = []
    for thread, _subject, body, sender, when in parsed:
        customer, created, subject = first[thread]
        author = "customer" if sender == customer else "seller"
        rows.append([thread, "email", subject, body, author, customer, created, when])
    return HEADERS, rows
