from sqlalchemy import select

from actions.education import ActionRecordFeedback, ActionTellMore, last_answered_topic
from clinic.models import Feedback
from tests.helpers import user_event

DOMAIN = {"responses": {"utter_more_normal_scans": [{"text": "more"}]}}


def test_last_answered_topic_is_the_most_recent_faq(make_tracker):
    tracker = make_tracker(
        [
            user_event("what is sensitisation", "faq", "faq/what_is_sensitisation"),
            user_event("my mri is normal", "faq", "faq/normal_scans"),
            user_event("thanks", "thank"),
        ]
    )
    assert last_answered_topic(tracker) == "normal_scans"


def test_no_topic_before_any_answer(make_tracker):
    assert last_answered_topic(make_tracker([user_event("hi", "greet")])) is None


async def test_feedback_is_stored_with_its_topic(database, dispatcher, make_tracker):
    tracker = make_tracker(
        [
            user_event("my mri is normal", "faq", "faq/normal_scans"),
            user_event("/feedback_not_helpful", "feedback_not_helpful"),
        ]
    )
    events = await ActionRecordFeedback().run(dispatcher, tracker, DOMAIN)
    assert events == []
    assert [m["response"] for m in dispatcher.messages] == ["utter_feedback_thanks"]
    with database.session_scope() as session:
        rows = session.execute(select(Feedback.topic, Feedback.helpful)).all()
    assert rows == [("normal_scans", False)]


async def test_feedback_without_an_answer_stores_nothing(database, dispatcher, make_tracker):
    tracker = make_tracker([user_event("/feedback_helpful", "feedback_helpful")])
    await ActionRecordFeedback().run(dispatcher, tracker, DOMAIN)
    assert [m["response"] for m in dispatcher.messages] == ["utter_anything_else"]
    with database.session_scope() as session:
        assert session.execute(select(Feedback)).first() is None


async def test_feedback_survives_a_broken_database(dispatcher, make_tracker, monkeypatch, tmp_path):
    from clinic import db
    from clinic.settings import get_settings

    # A database whose tables were never created: the insert fails, the patient is still thanked.
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'empty.db'}")
    get_settings.cache_clear()
    db.reset()
    tracker = make_tracker(
        [user_event("q", "faq", "faq/pacing"), user_event("/feedback_helpful", "feedback_helpful")]
    )
    await ActionRecordFeedback().run(dispatcher, tracker, DOMAIN)
    assert [m["response"] for m in dispatcher.messages] == ["utter_feedback_thanks"]
    db.reset()
    get_settings.cache_clear()


async def test_tell_more_sends_the_topics_second_part(dispatcher, make_tracker):
    tracker = make_tracker([user_event("q", "faq", "faq/normal_scans"), user_event("more", "ask_more")])
    await ActionTellMore().run(dispatcher, tracker, DOMAIN)
    assert [m["response"] for m in dispatcher.messages] == ["utter_more_normal_scans"]


async def test_tell_more_without_a_second_part(dispatcher, make_tracker):
    tracker = make_tracker([user_event("q", "faq", "faq/pacing"), user_event("more", "ask_more")])
    await ActionTellMore().run(dispatcher, tracker, DOMAIN)
    assert [m["response"] for m in dispatcher.messages] == ["utter_no_more"]
