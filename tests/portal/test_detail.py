"""Item pages: screening answers, contact details and the conversation, shown escaped;
acknowledge and resolve; and the audit trail they leave."""
from __future__ import annotations

import json

from markupsafe import escape
from sqlalchemy import select

from clinic.db import session_scope
from clinic.models import ACKNOWLEDGED, NEW, RESOLVED, Booking, UrgentCase
from clinic.portal.screening import questions
from tests.portal.conftest import (
    EMAIL,
    add_booking,
    add_callback,
    add_urgent,
    audit_rows,
    post_form,
    transcript,
)

ATTACK = "<script>alert('x')</script>"


def test_urgent_case_page_shows_answers_signs_and_the_conversation_escaped(signed_in):
    case = add_urgent(
        "emergency",
        answers={"rf_trauma": "no", "rf_bladder_bowel": "unsure"},
        signs=("leg_weakness",),
        lines=transcript(f"my legs are weak {ATTACK}", "Is one or both of your legs getting weaker?", "yes"),
    )
    page = signed_in.get(f"/urgent/{case}").text
    bladder, trauma = escape(questions()["rf_bladder_bowel"]), escape(questions()["rf_trauma"])
    # Asked in form order (bladder before trauma), whatever order the answers were stored in.
    assert page.index(bladder) < page.index(trauma)
    assert "Not sure" in page and "<td>No</td>" in page
    assert "Leg weakness" in page and "Emergency" in page
    assert "my legs are weak &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
    assert ATTACK not in page and "<script" not in page
    assert "The patient left no contact details" in page


def test_urgent_case_page_shows_contact_details_left_in_the_same_conversation(signed_in):
    case = add_urgent(conversation="shared")
    add_callback("CB-SAME-0001", conversation="shared", name="Robin Caller")
    add_callback("CB-ELSE-0001", conversation="another", name="Someone Else")
    page = signed_in.get(f"/urgent/{case}").text
    assert "Robin Caller" in page and "CB-SAME-0001" in page
    assert "Someone Else" not in page


def test_booking_page_shows_contact_details_and_the_screening_of_the_same_conversation(signed_in):
    case = add_urgent("urgent", conversation="shared", answers={"rf_systemic": "yes"})
    booking = add_booking("BK-SHOW-0001", conversation="shared", name=f"Alex {ATTACK} O'Neil",
                          lines=transcript(ATTACK, "Which time suits you?"))
    page = signed_in.get(f"/bookings/{booking}").text
    assert "Alex &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; O&#39;Neil" in page
    assert "0400 000 000" in page and "patient@example.org" in page and "Lower back pain for two weeks" in page
    assert escape(questions()["rf_systemic"]) in page and f'href="/urgent/{case}"' in page
    assert "<script" not in page
    [view] = audit_rows("view")
    assert (view.actor, view.item_type, view.item_id) == (EMAIL, "bookings", booking)
    assert view.detail == {"also_shown": [f"urgent_cases:{case}"]}


def test_callback_page_shows_its_details(signed_in):
    callback = add_callback("CB-SHOW-0001", name="Sam Patient")
    page = signed_in.get(f"/callbacks/{callback}").text
    assert "Callback request CB-SHOW-0001" in page and "Sam Patient" in page and "during opening hours" in page
    assert "I&#39;d like an appointment" in page


def test_each_view_of_a_page_is_audited(signed_in):
    case = add_urgent()
    signed_in.get(f"/urgent/{case}")
    signed_in.get(f"/urgent/{case}")
    rows = audit_rows("view")
    assert [(row.actor, row.item_type, row.item_id) for row in rows] == [(EMAIL, "urgent_cases", case)] * 2


def test_missing_items_are_not_found(signed_in):
    assert signed_in.get("/urgent/999").status_code == 404
    assert post_form(signed_in, "/", "/bookings/999/resolve").status_code == 404
    assert audit_rows("view") == []


def status_of(model, item_id):
    with session_scope() as session:
        return session.get(model, item_id)


def test_acknowledge_then_resolve(signed_in):
    case = add_urgent()
    page = f"/urgent/{case}"
    assert "Acknowledge</button>" in signed_in.get(page).text

    response = post_form(signed_in, page, f"{page}/acknowledge")
    assert response.status_code == 302 and response.location == page
    item = status_of(UrgentCase, case)
    assert (item.status, item.acknowledged_by) == (ACKNOWLEDGED, EMAIL) and item.acknowledged_at
    after = signed_in.get(page).text
    assert "Acknowledged." in after and "Acknowledge</button>" not in after and "Resolve</button>" in after

    post_form(signed_in, page, f"{page}/acknowledge")
    assert "Nothing changed" in signed_in.get(page).text

    post_form(signed_in, page, f"{page}/resolve")
    item = status_of(UrgentCase, case)
    assert (item.status, item.resolved_by) == (RESOLVED, EMAIL) and item.resolved_at

    changes = [(row.action, row.actor, row.item_type, row.item_id) for row in audit_rows()
               if row.action in ("acknowledge", "resolve")]
    assert changes == [("acknowledge", EMAIL, "urgent_cases", case), ("resolve", EMAIL, "urgent_cases", case)]


def test_a_booking_can_be_resolved_without_acknowledging(signed_in):
    booking = add_booking("BK-DONE-0001")
    post_form(signed_in, f"/bookings/{booking}", f"/bookings/{booking}/resolve")
    assert status_of(Booking, booking).status == RESOLVED
    assert status_of(Booking, booking).acknowledged_at is None


def test_the_audit_log_never_holds_patient_details(signed_in):
    case = add_urgent(conversation="shared", lines=transcript("my name is Jo Bloggs"))
    booking = add_booking("BK-PRIV-0001", conversation="shared", name="Jo Bloggs")
    for page in (f"/urgent/{case}", f"/bookings/{booking}"):
        signed_in.get(page)
        post_form(signed_in, page, f"{page}/acknowledge")
        post_form(signed_in, page, f"{page}/resolve")
    stored = json.dumps([[row.actor, row.action, row.item_type, row.item_id, row.detail] for row in audit_rows()])
    for detail in ("Jo Bloggs", "0400 000 000", "patient@example.org", "Lower back pain", "shared"):
        assert detail not in stored


def test_audit_log_page_lists_the_latest_entries(signed_in):
    case = add_urgent()
    signed_in.get(f"/urgent/{case}")
    page = signed_in.get("/audit").text
    assert page.index(f'href="/urgent/{case}">urgent_cases {case}</a>') < page.index("<td>login</td>")
    assert EMAIL in page


def test_new_items_stay_new_until_someone_acts(signed_in):
    booking = add_booking("BK-STAY-0001")
    signed_in.get(f"/bookings/{booking}")
    with session_scope() as session:
        assert session.scalars(select(Booking.status)).one() == NEW
