"""Email import: .eml files and mbox mailboxes become tickets with threads."""

from __future__ import annotations

import base64
import mailbox
import os
import sqlite3
import subprocess
import sys
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

import pytest

from shopkeeper.services.exchange.importing import ImportRequest, commit_import, plan_import
from shopkeeper.services.exchange.mail import MalformedMail


def message(
    subject,
    body,
    *,
    sender="王小明 <wang@example.com>",
    date="Tue, 01 Dec 2026 10:00:00 +0800",
    msg_id="<a1@example.com>",
    reply_to=None,
    charset="utf-8",
):
    msg = MIMEText(body, "plain", charset)
    msg["Subject"] = Header(subject, "gb2312" if charset != "utf-8" else "utf-8")
    msg["From"] = sender
    msg["Date"] = date
    msg["Message-ID"] = msg_id
    if reply_to:
        msg["In-Reply-To"] = reply_to
        msg["References"] = reply_to
    return msg


def run(shop, path):
    plan = plan_import(shop.db, ImportRequest("tickets", path))
    commit_import(shop.db, plan)
    return plan


def q(shop, sql):
    return shop.db.execute(sql).fetchall()


def test_eml_with_encoded_words_and_a_gbk_body_becomes_a_ticket(shop, tmp_path):
    """An =?gb2312?…?= subject and a GBK body read as Chinese; the sender is the customer."""
    encoded = base64.b64encode("连衣裙尺码问题".encode("gb2312")).decode()
    body = base64.b64encode("请问M码适合160cm吗？".encode("gbk")).decode()
    path = tmp_path / "q.eml"
    path.write_text(
        f"Subject: =?GB2312?B?{encoded}?=\r\nFrom: =?utf-8?q?=E7=8E=8B?= "
        "<wang@example.com>\r\nDate: Tue, 01 Dec 2026 10:00:00 +0800\r\n"
        "Message-ID: <a1@example.com>\r\nContent-Type: text/plain; charset=gbk\r\n"
        f"Content-Transfer-Encoding: base64\r\n\r\n{body}\r\n"
    )
    run(shop, path)
    assert q(
        shop,
        "SELECT t.subject, t.channel, c.email, t.created_at FROM tickets t "
        "JOIN customers c ON c.id = t.customer_id",
    ) == [("连衣裙尺码问题", "email", "wang@example.com", "2026-12-01T10:00:00")]
    assert q(shop, "SELECT author, body FROM ticket_messages") == [
        ("customer", "请问M码适合160cm吗？")
    ]


def test_body_in_an_undeclared_charset_is_still_read(shop, tmp_path):
    """A GB18030 body without a charset is decoded by trying the usual encodings."""
    raw = (
        b"Subject: hello\r\nFrom: a@example.com\r\nDate: Tue, 01 Dec 2026 10:00:00 +0800\r\n"
        b"Message-ID: <x@y>\r\n\r\n"
    ) + "快递到哪了".encode("gb18030")
    path = tmp_path / "raw.eml"
    path.write_bytes(raw)
    run(shop, path)
    assert q(shop, "SELECT body FROM ticket_messages") == [("快递到哪了",)]


def test_html_only_email_is_read_as_text(shop, tmp_path):
    msg = MIMEMultipart("alternative")
    msg["Subject"], msg["From"], msg["Message-ID"] = "Hi", "b@example.com", "<h@y>"
    msg.attach(MIMEText("<p>Where is <b>my</b> order?</p><br>Thanks &amp; bye", "html"))
    path = tmp_path / "h.eml"
    path.write_bytes(msg.as_bytes())
    run(shop, path)
    assert q(shop, "SELECT body FROM ticket_messages") == [("Where is my order?\n\nThanks & bye",)]


def test_mbox_threads_become_one_ticket_with_customer_and_seller(shop, tmp_path):
    """Replies join their conversation; the seller's answer is marked as the seller's."""
    path = tmp_path / "inbox.mbox"
    box = mailbox.mbox(str(path))
    box.add(message("Parcel late", "Where is my parcel?"))
    box.add(
        message(
            "Re: Parcel late",
            "It ships today.\n> Where is my parcel?",
            sender="Shop <shop@lotus.com>",
            date="Tue, 01 Dec 2026 11:00:00 +0800",
            msg_id="<a2@lotus.com>",
            reply_to="<a1@example.com>",
        )
    )
    box.add(
        message("Other question", "Gift wrap?", sender="bo@example.com", msg_id="<b1@example.com>")
    )
    box.close()
    first = run(shop, path)
    assert first.counts["new"] == 3
    assert q(shop, "SELECT subject FROM tickets ORDER BY id") == [
        ("Parcel late",),
        ("Other question",),
    ]
    assert q(
        shop, "SELECT author, body FROM ticket_messages WHERE ticket_id = 1 ORDER BY sent_at"
    ) == [("customer", "Where is my parcel?"), ("seller", "It ships today.")]
    again = plan_import(shop.db, ImportRequest("tickets", path))
    assert again.counts == {"new": 0, "changed": 0, "unchanged": 3, "rejected": 0}


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("notes.eml", b"just some text\nwith no headers at all\n"),
        ("sheet.eml", b"PK\x03\x04\x00\x00binary"),
    ],
)
def test_malformed_eml_gets_a_clear_message_and_imports_nothing(shop, tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(MalformedMail, match="is not an email message Shopkeeper can read"):
        plan_import(shop.db, ImportRequest("tickets", path))
    assert q(shop, "SELECT count(*) FROM tickets") == [(0,)]


def test_empty_mbox_is_refused(shop, tmp_path):
    path = tmp_path / "empty.mbox"
    path.write_bytes(b"\n")
    with pytest.raises(MalformedMail, match="holds no email messages"):
        plan_import(shop.db, ImportRequest("tickets", path))


def test_cli_imports_an_eml_and_refuses_a_malformed_one(tmp_path, isolated_home):
    """`shopkeeper import tickets FILE.eml` imports; a broken .eml exits 4 with the reason."""
    good = tmp_path / "q.eml"
    good.write_bytes(message("Size?", "M or L?").as_bytes())
    bad = tmp_path / "bad.eml"
    bad.write_bytes(b"nothing here\n")
    shop_file = tmp_path / "cli.shop.db"
    env = {**os.environ, "SHOPKEEPER_HOME": str(isolated_home)}

    def cli(*args):
        return subprocess.run(
            [sys.executable, "-m", "shopkeeper", "--shop", str(shop_file), *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )

    done = cli("import", "tickets", str(good))
    assert done.returncode == 0, done.stderr
    refused = cli("import", "tickets", str(bad))
    assert refused.returncode == 4
    assert "is not an email message" in refused.stderr
    conn = sqlite3.connect(shop_file)
    assert conn.execute("SELECT subject FROM tickets").fetchall() == [("Size?",)]
    conn.close()


def test_import_wizard_takes_an_eml_as_tickets(window, shop_path, tmp_path):
    """Choosing an .eml in File > Import… selects Tickets and imports the email."""
    from PySide6.QtWidgets import QWizard

    from shopkeeper.services.shop import open_shop
    from shopkeeper.ui.import_wizard import ImportWizard
    from shopkeeper.ui.import_wizard.pages import DONE, MAPPING, PREVIEW, SUMMARY

    open_shop(shop_path).close()
    window.actions.open_path(shop_path)
    path = tmp_path / "q.eml"
    path.write_bytes(message("Size?", "M or L?").as_bytes())
    window.actions.start_import(path)
    wizard = next(w for w in window.findChildren(ImportWizard) if w.isVisible())
    assert wizard.file_page.kind.currentData() == "tickets"
    for page in (MAPPING, PREVIEW, SUMMARY, DONE):
        wizard.next()
        assert wizard.currentId() == page, wizard.currentPage().problem.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert window.shop.db.execute("SELECT subject FROM tickets").fetchall() == [("Size?",)]
