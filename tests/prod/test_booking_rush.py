"""200 patients say yes to their booking at the same moment, through the balancer.

Half of them picked one of the same four times, the other half a time of their own. The
booking form only accepts one of the six earliest free times, so while the second half
choose, the times already chosen are moved out of the bookable weeks for a moment (and
moved back before anyone says yes); everything else goes through the chat. Times that would
pass the two-hour lead time while the test runs are kept out of reach throughout, so the
clock cannot take a chosen time away."""
import re
import time
from concurrent.futures import ThreadPoolExecutor

from tests.prod.conftest import REFERENCE, buttons, texts

PATIENTS = 200
SHARED_TIMES = 4
WORKERS = 48
# The booking form offers the six earliest free times (actions/booking.py OFFERED).
OFFERED = 6
OUT_OF_REACH = "interval '1000 days'"
# clinic/booking.py free_slots: at least two hours ahead, within BOOKING_DAYS_AHEAD (14).
# Longer than the whole rush takes, so no offered time comes within the lead time meanwhile.
CLOSE_AT_HAND = ("SELECT s.id FROM appointment_slots s WHERE s.starts_at > now() "
                 "AND s.starts_at <= now() + interval '2 hours' + interval '30 minutes'")
EARLIEST_FREE = ("SELECT s.id FROM appointment_slots s LEFT JOIN bookings b ON b.slot_id = s.id "
                 "WHERE b.id IS NULL AND s.starts_at > now() + interval '2 hours' "
                 "AND s.starts_at <= now() + interval '14 days' ORDER BY s.starts_at LIMIT :n")


def offered(replies: list[dict]) -> list[str]:
    return [b["payload"] for b in buttons(replies) if "booking_slot" in b["payload"] and "callback" not in b["payload"]]


def hide(profile, ids: list[int]) -> None:
    """Moves these slots out of the bookable weeks."""
    profile.sql(f"UPDATE appointment_slots SET starts_at = starts_at + {OUT_OF_REACH} WHERE id = ANY(:ids)", ids=ids)


def bring_back(profile, ids: list[int]) -> None:
    profile.sql(f"UPDATE appointment_slots SET starts_at = starts_at - {OUT_OF_REACH} WHERE id = ANY(:ids)", ids=ids)


def slot_id(payload: str) -> int:
    return int(re.search(r'"(\d+)"', payload).group(1))


def test_two_hundred_patients_confirming_at_once_are_booked_once_or_offered_other_times(profile):
    close = [row[0] for row in profile.sql(CLOSE_AT_HAND)]
    hide(profile, close)
    try:
        rush(profile)
    finally:
        bring_back(profile, close)


def rush(profile):
    senders = [f"rush-{i}-{profile.public_port}" for i in range(PATIENTS)]
    shared, own = senders[: PATIENTS // 2], senders[PATIENTS // 2:]
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        def each(step, who):
            return list(pool.map(step, who))

        openings = each(lambda s: profile.send(s, "I'd like to book an appointment"), senders)
        assert all(offered(replies) for replies in openings), "every patient is offered times"
        times = offered(openings[0])[:SHARED_TIMES]
        chosen = {s: times[i % SHARED_TIMES] for i, s in enumerate(shared)}

        hidden = [slot_id(p) for p in times]
        try:
            hide(profile, hidden)
            for start in range(0, len(own), OFFERED):
                group = own[start:start + OFFERED]
                free = [row[0] for row in profile.sql(EARLIEST_FREE, n=len(group))]
                assert len(free) == len(group), "enough free times for everyone"
                for patient, slot in zip(group, free):
                    chosen[patient] = f'/choose_slot{{"booking_slot": "{slot}"}}'
                answers = each(lambda s: profile.send(s, chosen[s]), group)
                assert all("What name" in texts(a) for a in answers), [texts(a) for a in answers]
                hide(profile, free)
                hidden += free
        finally:
            bring_back(profile, hidden)

        answers = each(lambda s: profile.send(s, chosen[s]), shared)
        assert all("What name" in texts(a) for a in answers), [texts(a) for a in answers]
        for message, expected in [("Sam Lee", "phone number or email"), ("0412 345 678", "what would you like help with"),
                                  ("stiff lower back for three weeks", "May ")]:
            answers = each(lambda s: profile.send(s, message), senders)
            assert all(expected in texts(a) for a in answers), [texts(a) for a in answers if expected not in texts(a)]
    prepared = time.monotonic()

    with ThreadPoolExecutor(max_workers=PATIENTS) as everyone:
        confirmations = dict(zip(senders, everyone.map(lambda s: profile.send(s, "/affirm"), senders)))
    finished = time.monotonic()
    print(f"\n{PATIENTS} patients: {5 * PATIENTS} messages to reach consent in {prepared - started:.0f} s, "
          f"{PATIENTS} confirmations at once answered in {finished - prepared:.1f} s")

    booked = {s: REFERENCE.search(texts(r)).group(0) for s, r in confirmations.items() if "You're booked for" in texts(r)}
    refused = [s for s, r in confirmations.items() if "that time is no longer available" in texts(r)]
    assert len(booked) + len(refused) == PATIENTS, "everyone got one of the two answers"
    assert len(set(booked.values())) == len(booked)

    rows = profile.sql("SELECT reference, conversation_id, slot_id FROM bookings WHERE conversation_id LIKE :prefix",
                       prefix=f"rush-%-{profile.public_port}")
    assert len(rows) == len(booked), "one booking per confirmation, none lost, none doubled"
    assert {reference: sender for reference, sender, _ in rows} == {ref: s for s, ref in booked.items()}
    assert all(slot_id(chosen[sender]) == slot for _, sender, slot in rows), "each booked the time it chose"
    slots = [slot for _, _, slot in rows]
    assert len(set(slots)) == len(slots), "no time booked twice"
    assert len(booked) == SHARED_TIMES + len(own), "one winner per shared time, and everyone with a time of their own"
    for sender in refused:
        other_times = offered(confirmations[sender])
        assert other_times and chosen[sender] not in other_times, "the others are offered other times"
