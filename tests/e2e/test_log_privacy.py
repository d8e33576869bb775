"""Patient details stay out of the server logs and out of the clinic database in plaintext.

A booking, a call-back request and free-text messages carry a distinctive name, phone
number and email address over REST; then every log file the servers wrote is searched for
them, in every usual way of writing the number. Logs are read by more people and kept by
more systems than the clinic database, so they must not hold patient data; the clinic
database holds contact details encrypted.

The tracker store is different: it is the conversation history and holds what patients
typed (see docs/security.md)."""
from __future__ import annotations

import re
import subprocess
import sys

import pytest

from tests.helpers import ROOT

NAME = "Marguerite Vandersloot"
# 0491 570 156 is in the range set aside for fiction: nobody owns it.
PHONE = "0491 570 156"
EMAIL = "m.vandersloot@example.org"
# 0491 570 156, 0491570156, +61 491 570 156, 61491570156, (04) 9157-0156, 491.570.156 ...
PHONE_FORMS = re.compile(rb"(?:\+?\s*61|\(?0)?[\s().-]*4[\s().-]*9[\s().-]*1[\s().-]*5[\s().-]*7[\s().-]*0[\s().-]*1[\s().-]*5[\s().-]*6")
DETAILS = {
    "phone": PHONE_FORMS,
    "email": re.compile(re.escape(EMAIL.encode()), re.I),
    # The surname alone, and JSON's escaped forms do not apply to plain ASCII.
    "name": re.compile(rb"vandersloot", re.I),
}


def texts(replies):
    return "\n".join(reply.get("text", "") for reply in replies)


def buttons(replies):
    return [button for reply in replies for button in reply.get("buttons") or []]


def found_in(data: bytes) -> list[str]:
    return [what for what, pattern in DETAILS.items() if pattern.search(data)]


def test_the_phone_pattern_matches_every_form_it_must():
    # The log check below is only as good as this pattern.
    for form in ("0491 570 156", "0491570156", "+61 491 570 156", "+61491570156", "61491570156", "+61 (4) 9157 0156",
                 "0491-570-156"):
        assert PHONE_FORMS.search(form.encode()), form
    assert not PHONE_FORMS.search(b"0412 345 678")


@pytest.fixture(scope="module")
def conversations(servers):
    """Plants the details in a booking, a call back and free text; returns the senders."""
    subprocess.run([sys.executable, "-m", "clinic", "slots", "--days", "14"], cwd=ROOT, env=servers.env,
                   check=True, capture_output=True)
    booking, callback, chat = (f"privacy-{kind}-{id(servers)}" for kind in ("booking", "callback", "chat"))

    replies = servers.send(booking, "I'd like to book an appointment")
    times = [b["payload"] for b in buttons(replies) if "booking_slot" in b["payload"] and "callback" not in b["payload"]]
    assert times, texts(replies)
    assert "What name" in texts(servers.send(booking, times[-1]))
    assert "phone number or email" in texts(servers.send(booking, NAME))
    assert "what would you like help with" in texts(servers.send(booking, PHONE))
    servers.send(booking, f"sore back, text me on +61 491 570 156 or write to {EMAIL}")
    assert "You're booked for" in texts(servers.send(booking, "/affirm"))

    assert "contact you" in texts(servers.send(callback, "can I talk to a person"))
    servers.send(callback, f"I'm {NAME}")
    servers.send(callback, EMAIL)
    servers.send(callback, "my physio exercises")
    assert re.search(r"C-[A-Z0-9]{4}-[A-Z0-9]{4}", texts(servers.send(callback, "/affirm")))

    # Free text outside any form, one of them with an emoji that phones add U+FE0F to.
    servers.send(chat, f"hi I'm {NAME}, my number is 61491570156 and my email is {EMAIL}")
    servers.send(chat, f"thanks ☺️ call me on {PHONE} when you can")
    return booking, callback, chat


def test_no_log_file_holds_the_patient_details(servers, conversations):
    logs = sorted(servers.workdir.glob("*.log"))
    assert {path.name for path in logs} >= {"rasa.log", "actions.log"}
    leaks = {path.name: found_in(path.read_bytes()) for path in logs}
    assert not any(leaks.values()), f"patient details in the logs: {leaks}"


def test_the_clinic_database_holds_no_contact_details_in_plaintext(servers, conversations):
    files = [path for path in servers.workdir.glob("clinic.db*") if path.is_file()]
    assert files
    leaks = {path.name: found_in(path.read_bytes()) for path in files}
    assert not any(leaks.values()), f"plaintext patient details in the clinic database: {leaks}"
