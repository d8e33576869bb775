import json
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from clinic import export, retention
from clinic.export import phone_key
from clinic.models import AuditLog
from tests.notify.records import EMAIL, NAME, PHONE, REASON, SIGN, add_booking, add_callback, add_urgent

NOW = datetime(2026, 12, 1, 3, 0, tzinfo=timezone.utc)


@pytest.fixture
def patients(database):
    """Margaret chatted twice: an urgent case and a booking in one chat, a callback request
    (phone and email written differently) in another. Someone else booked too."""
    with database.session_scope() as session:
        add_urgent(session, "chat-a", NOW - timedelta(days=2), event=False)
        add_booking(session, "B-7KQ2-9XMD", NOW - timedelta(days=1), "chat-a", NOW - timedelta(days=2), event=False)
        add_callback(session, "C-4HNW-2RTP", "chat-b", NOW - timedelta(days=1), event=False,
                     phone="+61 412-345-678", email=" Margaret.Quinlivan@Example.ORG")
        add_booking(session, "B-ZZZZ-ZZZZ", NOW + timedelta(days=1), "chat-c", NOW, event=False,
                    name="Someone Else", phone="(02) 9876 5432", email="someone@example.net")


def _found(result) -> dict:
    return {
        "urgent_cases": [row["conversation_id"] for row in result["urgent_cases"]],
        "bookings": [row["reference"] for row in result["bookings"]],
        "callback_requests": [row["reference"] for row in result["callback_requests"]],
    }


MARGARET = {"urgent_cases": ["chat-a"], "bookings": ["B-7KQ2-9XMD"], "callback_requests": ["C-4HNW-2RTP"]}
NOTHING = {"urgent_cases": [], "bookings": [], "callback_requests": []}


@pytest.mark.parametrize("by, value", [
    ("email", "MARGARET.QUINLIVAN@example.org"),
    ("phone", "+61 (0)412 345 678"),
    ("phone", "0011 61 412 345 678"),
    ("phone", "0412345678"),
])
def test_contact_details_find_every_record_of_the_patient(patients, by, value):
    assert _found(export.export(by, value, "dr.lee@clinic.test", now=NOW)) == MARGARET


def test_reference_finds_its_conversation(patients):
    assert _found(export.export("reference", "b 7kq2 9xmd", "dr.lee@clinic.test", now=NOW)) == {
        "urgent_cases": ["chat-a"], "bookings": ["B-7KQ2-9XMD"], "callback_requests": []}


def test_conversation_finds_its_records(patients):
    assert _found(export.export("conversation", "chat-b", "dr.lee@clinic.test", now=NOW)) == {
        "urgent_cases": [], "bookings": [], "callback_requests": ["C-4HNW-2RTP"]}


def test_export_holds_decrypted_details_transcript_and_answers(patients):
    result = export.export("email", EMAIL, "dr.lee@clinic.test", now=NOW)
    [booking] = result["bookings"]
    assert (booking["name"], booking["phone"], booking["email"], booking["reason"]) == (NAME, PHONE, EMAIL, REASON)
    assert booking["transcript"][0]["by"] == "patient" and NAME in booking["transcript"][0]["text"]
    assert booking["starts_at"] == "2026-11-30T03:00:00+00:00"
    [case] = result["urgent_cases"]
    assert case["answers"]["saddle_numbness"] == "yes" and case["signs"] == [SIGN]
    assert "Someone Else" not in json.dumps(result)


def test_unknown_patient_gets_an_empty_export(patients):
    assert _found(export.export("email", "nobody@example.org", "dr.lee@clinic.test", now=NOW)) == NOTHING
    assert _found(export.export("phone", "", "dr.lee@clinic.test", now=NOW)) == NOTHING


def test_export_is_audited_without_the_search_key(database, patients):
    result = export.export("phone", PHONE, "dr.lee@clinic.test", now=NOW)
    with database.session_scope() as session:
        [entry] = session.scalars(select(AuditLog)).all()
    assert (entry.actor, entry.action) == ("dr.lee@clinic.test", "export")
    assert entry.detail["matched_by"] == "phone"
    assert entry.detail["bookings"] == [row["id"] for row in result["bookings"]]
    assert "412" not in json.dumps(entry.detail) and "Margaret" not in json.dumps(entry.detail)


def test_anonymised_records_are_not_exported(database, patients):
    retention.run(1, now=NOW + timedelta(days=30))
    for by, value in [("email", EMAIL), ("reference", "B-7KQ2-9XMD"), ("conversation", "removed")]:
        assert _found(export.export(by, value, "dr.lee@clinic.test", now=NOW)) == NOTHING


def test_command_prints_json_and_needs_an_actor(database, patients, capsys):
    with pytest.raises(SystemExit):
        export.main(["--email", EMAIL])
    with pytest.raises(SystemExit):
        export.main(["--actor", "dr.lee", "--email", EMAIL, "--phone", PHONE])
    capsys.readouterr()
    assert export.main(["--actor", "dr.lee@clinic.test", "--phone", "+61412345678"]) == 0
    assert _found(json.loads(capsys.readouterr().out)) == MARGARET


@pytest.mark.parametrize("number", ["0412 345 678", "+61 412 345 678", "+61 (0)412 345 678", "0061412345678",
                                    "0011 61 412 345 678", "61412345678"])
def test_australian_mobile_forms_share_one_key(number):
    assert phone_key(number) == "0412345678"


def test_other_numbers_keep_their_digits():
    assert phone_key("(02) 9876 5432") == phone_key("+61 2 9876 5432") == "0298765432"
    assert phone_key("6123 4567") == "61234567"
    assert phone_key("+44 20 7946 0958") == "442079460958"


@given(st.text(alphabet="0123456789", min_size=8, max_size=8), st.sampled_from("23478"))
def test_any_australian_number_matches_in_national_and_international_form(subscriber, area):
    national = f"0{area}{subscriber}"
    forms = [national, f"+61 {area} {subscriber[:4]} {subscriber[4:]}", f"+61 (0){area}-{subscriber}",
             f"0011 61 {area}{subscriber}"]
    assert {phone_key(form) for form in forms} == {national}
