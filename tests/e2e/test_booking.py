"""Booking, call backs and cancelling over the REST channel against the real servers."""
import re
import sqlite3
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.helpers import ROOT


def texts(replies):
    return "\n".join(reply.get("text", "") for reply in replies)


def buttons(replies):
    return [button for reply in replies for button in reply.get("buttons") or []]


def rows(servers, sql, *args):
    with sqlite3.connect(servers.workdir / "clinic.db") as connection:
        return connection.execute(sql, args).fetchall()


def fill_until_consent(servers, sender, slot_payload=None):
    """Book in, choose a time (the last offered unless given: the first may pass the two-hour
    lead time mid-test), give details; returns the payload of the chosen time."""
    replies = servers.send(sender, "I'd like to book an appointment")
    times = [b for b in buttons(replies) if "booking_slot" in b["payload"] and "callback" not in b["payload"]]
    assert times, texts(replies)
    payload = slot_payload or times[-1]["payload"]
    assert "What name" in texts(servers.send(sender, payload))
    assert "phone number or email" in texts(servers.send(sender, "Sam Lee"))
    assert "what would you like help with" in texts(servers.send(sender, "0412 345 678"))
    consent = servers.send(sender, "stiff lower back for three weeks")
    assert [b["payload"] for b in buttons(consent)] == ["/affirm", "/deny"]
    return payload


def test_booking_a_slot_stores_one_booking_and_one_notification(servers, sender, calendar):
    fill_until_consent(servers, sender)
    confirmation = texts(servers.send(sender, "/affirm"))
    reference = re.search(r"B-[A-Z0-9]{4}-[A-Z0-9]{4}", confirmation).group(0)
    assert "You're booked for" in confirmation and "0412 345 678" in confirmation
    booking = rows(servers, "SELECT id, reference, conversation_id, name FROM bookings WHERE reference = ?", reference)
    assert len(booking) == 1 and booking[0][2] == sender
    assert "Sam" not in booking[0][3], "names are encrypted at rest"
    outbox = rows(servers, "SELECT event, channel FROM outbox WHERE item_type = 'bookings' AND item_id = ?", booking[0][0])
    assert outbox == [("booking.created", "webhook")]


def test_concurrent_bookings_of_one_slot_book_exactly_one(servers, calendar):
    senders = [f"race-{i}-{id(servers)}" for i in range(4)]
    payload = fill_until_consent(servers, senders[0])
    for sender in senders[1:]:
        fill_until_consent(servers, sender, payload)
    slot_id = re.search(r'"(\d+)"', payload).group(1)
    with ThreadPoolExecutor(max_workers=len(senders)) as pool:
        answers = list(pool.map(lambda s: servers.send(s, "/affirm"), senders))
    booked = [a for a in answers if "You're booked for" in texts(a)]
    refused = [a for a in answers if "that time is no longer available" in texts(a)]
    assert len(booked) == 1 and len(refused) == len(senders) - 1
    for answer in refused:
        offered = [b["payload"] for b in buttons(answer)]
        assert offered and payload not in offered, "the others are offered other times"
    assert rows(servers, "SELECT COUNT(*) FROM bookings WHERE slot_id = ?", int(slot_id)) == [(1,)]


def test_asking_for_a_person_leaves_a_callback_request(servers, sender):
    assert "contact you" in texts(servers.send(sender, "can I talk to a real person please"))
    servers.send(sender, "Priya Sharma")
    servers.send(sender, "priya@example.com")
    servers.send(sender, "questions about my exercises")
    reply = texts(servers.send(sender, "/affirm"))
    reference = re.search(r"C-[A-Z0-9]{4}-[A-Z0-9]{4}", reply).group(0)
    assert "priya@example.com" in reply
    assert rows(servers, "SELECT COUNT(*) FROM callback_requests WHERE reference = ?", reference) == [(1,)]


def test_cancelling_by_reference_frees_the_slot(servers, sender, calendar):
    fill_until_consent(servers, sender)
    reference = re.search(r"B-[A-Z0-9]{4}-[A-Z0-9]{4}", texts(servers.send(sender, "/affirm"))).group(0)
    assert "reference" in texts(servers.send(sender, "I need to cancel my appointment"))
    assert "is cancelled" in texts(servers.send(sender, reference.lower()))
    assert rows(servers, "SELECT slot_id, cancelled_at IS NOT NULL FROM bookings WHERE reference = ?",
                reference) == [(None, 1)]


def test_a_red_flag_in_the_middle_of_a_booking_gets_emergency_advice(servers, sender, calendar):
    servers.send(sender, "can I book an appointment")
    reply = texts(servers.send(sender, "I can't feel anything when I wipe since this morning"))
    assert "Call 000 now" in reply
    assert "What name" not in reply


def test_stop_ends_a_booking_and_nothing_is_saved(servers, sender, calendar):
    replies = servers.send(sender, "book me in")
    servers.send(sender, [b for b in buttons(replies) if "booking_slot" in b["payload"]][0]["payload"])
    assert "haven't saved anything" in texts(servers.send(sender, "never mind, stop"))
    assert rows(servers, "SELECT COUNT(*) FROM bookings WHERE conversation_id = ?", sender) == [(0,)]


@pytest.fixture(scope="module")
def portal(servers):
    """The staff portal on the servers' clinic database, with one staff account."""
    import requests

    from tests.e2e.conftest import wait_until
    from tests.helpers import free_port, http_ok
    from tests.portal.conftest import EMAIL, PASSWORD

    subprocess.run([sys.executable, "-m", "clinic", "create-staff", EMAIL, "--password-stdin"],
                   input=PASSWORD + "\n", text=True, cwd=ROOT, env=servers.env, check=True, capture_output=True)
    port = free_port()
    with open(servers.workdir / "portal.log", "ab") as log:
        process = subprocess.Popen([sys.executable, "-m", "clinic", "portal", "--port", str(port)],
                                   cwd=ROOT, env=servers.env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until(lambda: http_ok(f"{base}/healthz"), 60, "staff portal")
        yield base, requests
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_the_portal_lists_a_booking_made_in_the_chat_only_after_login(servers, sender, calendar, portal):
    from tests.portal.conftest import EMAIL, PASSWORD, csrf_token

    base, requests = portal
    fill_until_consent(servers, sender)
    reference = re.search(r"B-[A-Z0-9]{4}-[A-Z0-9]{4}", texts(servers.send(sender, "/affirm"))).group(0)

    anonymous = requests.Session()
    refused = anonymous.get(f"{base}/", allow_redirects=False)
    assert refused.status_code == 302 and reference not in refused.text
    [booking_id] = rows(servers, "SELECT id FROM bookings WHERE reference = ?", reference)[0]
    assert "Sam Lee" not in anonymous.get(f"{base}/bookings/{booking_id}").text

    staff = requests.Session()
    token = csrf_token(staff.get(f"{base}/login").text)
    staff.post(f"{base}/login", data={"email": EMAIL, "password": PASSWORD, "csrf_token": token})
    assert reference in staff.get(f"{base}/").text
    detail = staff.get(f"{base}/bookings/{booking_id}").text
    assert "Sam Lee" in detail and "stiff lower back" in detail
