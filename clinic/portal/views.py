"""The staff pages: the queue, a page per item, appointment slots with undelivered
notifications, the audit log, and the health check."""
from __future__ import annotations

from flask import Blueprint, abort, current_app, flash, g, jsonify, redirect, render_template, request, url_for
from sqlalchemy import func, select, text, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import joinedload, load_only

from clinic.db import get_engine, session_scope
from clinic.models import (
    ACKNOWLEDGED,
    NEW,
    RESOLVED,
    AppointmentSlot,
    AuditLog,
    Booking,
    CallbackRequest,
    OutboxMessage,
    UrgentCase,
)
from clinic.portal import audit
from clinic.settings import get_settings
from clinic.slots import create_slots
from clinic.timeutil import as_utc, utcnow

bp = Blueprint("views", __name__)

KINDS = {"urgent": UrgentCase, "bookings": Booking, "callbacks": CallbackRequest}
KIND_OF = {model.__tablename__: kind for kind, model in KINDS.items()}
FILTERS = {"open": (NEW, ACKNOWLEDGED), "resolved": (RESOLVED,), "all": (NEW, ACKNOWLEDGED, RESOLVED)}
OUTCOME_ORDER = {"emergency": 0, "urgent": 1}
# The queue shows only what it lists, so patient details are not even decrypted there.
QUEUE_COLUMNS = {
    UrgentCase: (UrgentCase.id, UrgentCase.created_at, UrgentCase.status, UrgentCase.outcome),
    Booking: (Booking.id, Booking.created_at, Booking.status, Booking.reference, Booking.starts_at,
              Booking.cancelled_at),
    CallbackRequest: (CallbackRequest.id, CallbackRequest.created_at, CallbackRequest.status,
                      CallbackRequest.reference, CallbackRequest.due_by, CallbackRequest.during_hours),
}
QUEUE_LIMIT = 200
AUDIT_LIMIT = 200
SLOT_LIMIT = 500
FAILED_LIMIT = 100
MAX_SLOT_DAYS = 90


@bp.get("/healthz")
def healthz():
    try:
        with get_engine().connect() as connection:
            connection.execute(text("SELECT 1"))
    except SQLAlchemyError as error:
        current_app.logger.error("Health check: database unavailable (%s)", type(error).__name__)
        return jsonify(status="unavailable"), 503
    return jsonify(status="ok")


def _latest(db, model, statuses) -> list:
    query = (
        select(model)
        .options(load_only(*QUEUE_COLUMNS[model]))
        .where(model.status.in_(statuses))
        .order_by(model.created_at.desc(), model.id.desc())
        .limit(QUEUE_LIMIT)
    )
    return db.scalars(query).all()


def _failed_deliveries(db) -> int:
    failed = OutboxMessage.status == OutboxMessage.FAILED
    return db.scalar(select(func.count()).select_from(OutboxMessage).where(failed))


@bp.get("/")
def queue():
    show = request.args.get("show", "open")
    statuses = FILTERS.get(show) or FILTERS["open"]
    with session_scope() as db:
        # Sorted after the query so the limit keeps the newest items; sorted() is stable,
        # so urgent cases stay newest first within each outcome.
        urgent = sorted(_latest(db, UrgentCase, statuses), key=lambda case: OUTCOME_ORDER.get(case.outcome, 2))
        bookings = sorted(_latest(db, Booking, statuses), key=lambda booking: as_utc(booking.starts_at))
        callbacks = sorted(_latest(db, CallbackRequest, statuses), key=lambda callback: as_utc(callback.due_by))
        failed = _failed_deliveries(db)
    return render_template(
        "queue.html", show=show if show in FILTERS else "open", urgent=urgent, bookings=bookings,
        callbacks=callbacks, failed=failed, limit=QUEUE_LIMIT, now=utcnow(),
    )


def _same_conversation(db, item) -> dict[str, list]:
    """The other records made in the conversation that made `item`."""
    return {
        kind: [
            other
            for other in db.scalars(
                select(model).where(model.conversation_id == item.conversation_id).order_by(model.created_at)
            )
            if other is not item
        ]
        for kind, model in KINDS.items()
    }


@bp.get("/<any(urgent, bookings, callbacks):kind>/<int:item_id>")
def detail(kind: str, item_id: int):
    model = KINDS[kind]
    with session_scope() as db:
        item = db.get(model, item_id)
        if item is None:
            abort(404)
        related = _same_conversation(db, item)
        shown = [f"{KINDS[k].__tablename__}:{other.id}" for k, others in related.items() for other in others]
        audit.record(db, g.staff.email, "view", model.__tablename__, item.id, also_shown=shown)
        return render_template(f"{kind}.html", kind=kind, item=item, related=related, now=utcnow())


@bp.post("/<any(urgent, bookings, callbacks):kind>/<int:item_id>/<any(acknowledge, resolve):action>")
def change_status(kind: str, item_id: int, action: str):
    model = KINDS[kind]
    now, who = utcnow(), g.staff.email
    # Conditional updates: when two people press the button at once, one wins and the
    # other is told, instead of the second overwriting the first.
    if action == "acknowledge":
        change = (
            update(model).where(model.id == item_id, model.status == NEW)
            .values(status=ACKNOWLEDGED, acknowledged_at=now, acknowledged_by=who)
        )
    else:
        change = (
            update(model).where(model.id == item_id, model.status != RESOLVED)
            .values(status=RESOLVED, resolved_at=now, resolved_by=who)
        )
    with session_scope() as db:
        if db.scalar(select(model.id).where(model.id == item_id)) is None:
            abort(404)
        changed = db.execute(change.execution_options(synchronize_session=False)).rowcount == 1
        if changed:
            audit.record(db, who, action, model.__tablename__, item_id)
    if changed:
        flash("Acknowledged." if action == "acknowledge" else "Resolved.")
    else:
        flash("Nothing changed: this item was already " +
              ("acknowledged or resolved." if action == "acknowledge" else "resolved."), "error")
    return redirect(url_for("views.detail", kind=kind, item_id=item_id))


@bp.get("/slots")
def slots():
    with session_scope() as db:
        upcoming = db.scalars(
            select(AppointmentSlot)
            .options(joinedload(AppointmentSlot.booking).load_only(Booking.id, Booking.reference))
            .where(AppointmentSlot.starts_at >= utcnow())
            .order_by(AppointmentSlot.starts_at, AppointmentSlot.clinician)
            .limit(SLOT_LIMIT)
        ).all()
        failed = db.scalars(
            select(OutboxMessage)
            .where(OutboxMessage.status == OutboxMessage.FAILED)
            .order_by(OutboxMessage.created_at.desc(), OutboxMessage.id.desc())
            .limit(FAILED_LIMIT)
        ).all()
    return render_template(
        "slots.html", slots=upcoming, failed=failed, slot_limit=SLOT_LIMIT, failed_limit=FAILED_LIMIT,
        days=get_settings().booking_days_ahead, max_days=MAX_SLOT_DAYS,
    )


@bp.post("/slots")
def add_slots():
    days = request.form.get("days", "").strip()
    if not days.isdigit() or not 1 <= int(days) <= MAX_SLOT_DAYS:
        flash(f"Enter a number of days from 1 to {MAX_SLOT_DAYS}.", "error")
        return redirect(url_for("views.slots"))
    try:
        with session_scope() as db:
            created = create_slots(db, int(days))
            audit.record(db, g.staff.email, "create_slots", days=int(days), created=created)
    except IntegrityError:
        flash("Someone else was creating slots at the same moment. Please try again.", "error")
        return redirect(url_for("views.slots"))
    flash(f"Created {created} new slots." if created else "No new slots: they all exist already.")
    return redirect(url_for("views.slots"))


@bp.get("/audit")
def audit_log():
    with session_scope() as db:
        entries = db.scalars(select(AuditLog).order_by(AuditLog.at.desc(), AuditLog.id.desc()).limit(AUDIT_LIMIT)).all()
    return render_template("audit.html", entries=entries, limit=AUDIT_LIMIT)
