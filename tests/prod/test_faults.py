"""Parts of the profile fail while patients are chatting; each test brings the part back
with the script and leaves the profile whole."""
import threading
import time
import urllib.error
import uuid
from concurrent.futures import ThreadPoolExecutor

from tests.prod.conftest import REFERENCE, buttons, texts
from tests.prod.test_shared_state import SCREENING

LOAD_WORKERS = 6


def load(profile, stop: threading.Event) -> list[tuple[float, float, bool]]:
    """Education questions from new patients through the balancer until `stop`:
    (sent at, answered at, answered properly) for each."""
    outcomes = []

    def one_patient():
        while not stop.is_set():
            sent = time.monotonic()
            try:
                ok = bool(texts(profile.send(f"load-{uuid.uuid4().hex}", "what is central sensitisation?")))
            except (urllib.error.URLError, OSError):
                ok = False
            outcomes.append((sent, time.monotonic(), ok))

    with ThreadPoolExecutor(max_workers=LOAD_WORKERS) as pool:
        for _ in range(LOAD_WORKERS):
            pool.submit(one_patient)
        stop.wait()
    return outcomes


def test_a_rasa_process_killed_under_load_loses_only_its_replies_in_flight(profile, sender):
    first, second = profile.processes
    assert SCREENING[0] in texts(profile.send(sender, "should I be worried about my back?", via=second))
    assert SCREENING[1] in texts(profile.send(sender, "/deny", via=second))

    stop = threading.Event()
    result = []
    worker = threading.Thread(target=lambda: result.extend(load(profile, stop)))
    worker.start()
    try:
        time.sleep(5)
        killed_at = time.monotonic()
        profile.kill("rasa-2")
        time.sleep(15)
    finally:
        stop.set()
        worker.join()
    try:
        # The process's sockets close only once the kernel has torn down its memory (well over
        # a gigabyte), so requests the balancer handed it in that moment are lost too.
        settled = killed_at + 1
        after = [ok for sent, _, ok in result if sent > settled]
        lost = [answered - killed_at for sent, answered, ok in result if not ok]
        print(f"\n{len(result)} questions under load, {len(after)} sent after the kill had settled, "
              f"{len(lost)} unanswered, failed at {[f'{t:+.2f} s' for t in lost]} from the kill")
        assert after and all(after), "every question sent after the kill is answered by the other process"
        assert all(0 <= t < 2 for t in lost), "only replies in flight at the kill are lost"

        # The conversation from before the kill goes on where it was, on the remaining process.
        assert SCREENING[2] in texts(profile.send(sender, "/deny"))
        assert SCREENING[3] in texts(profile.send(sender, "/deny", via=first))
    finally:
        profile.script("start")
    assert profile.script("status").returncode == 0
    assert SCREENING[4] in texts(profile.send(sender, "/deny", via=second))


def test_a_database_restart_mid_conversation_keeps_the_conversation(profile, sender):
    first, second = profile.processes
    replies = profile.send(sender, "I'd like to book an appointment")
    slot = [b["payload"] for b in buttons(replies) if "booking_slot" in b["payload"] and "callback" not in b["payload"]][-1]
    assert "What name" in texts(profile.send(sender, slot))
    assert "phone number or email" in texts(profile.send(sender, "Sam Lee"))

    profile.postgres("stop")
    profile.postgres("start")

    # Rasa's own SQL tracker store hands out pooled connections untested, so the first
    # message on each process after a restart was answered as a new conversation; ours
    # tests them first (stores/bounded_sql.py), so every message carries on.
    reply = ""
    for url, message, expected in [(first, "0412 345 678", "what would you like help with"),
                                   (second, "stiff lower back for three weeks", "May "),
                                   (first, "/affirm", "You're booked for")]:
        reply = texts(profile.send(sender, message, via=url))
        assert expected in reply
    reference = REFERENCE.search(reply).group(0)
    assert profile.sql("SELECT conversation_id FROM bookings WHERE reference = :ref", ref=reference) == [(sender,)]


def test_safety_replies_arrive_while_the_action_servers_are_down(profile, sender):
    assert "_Source:" in texts(profile.send(sender, "is it safe to bend and lift with back pain"))
    try:
        for name in ("actions-1", "actions-2"):
            profile.kill(name)
        emergency = texts(profile.send(sender, "I can't feel anything when I wipe since this morning"))
        assert "Call 000 now" in emergency
        crisis = texts(profile.send(sender, "what's the point anymore, I want to die"))
        assert "13 11 14" in crisis
    finally:
        profile.script("start")
    assert "_Source:" in texts(profile.send(sender, "what is central sensitisation?"))
    assert "Which time suits you" in texts(profile.send(sender, "I'd like to book an appointment"))
