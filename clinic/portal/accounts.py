"""Staff portal accounts: `python -m clinic create-staff EMAIL`.

Asks for the password twice, or reads one line from standard input with
--password-stdin (for scripts). --deactivate disables an account; --reset-password sets
a new password and enables the account again. Accounts are never deleted, so the audit
log keeps naming real people."""
from __future__ import annotations

import argparse
import getpass
import sys

from argon2 import PasswordHasher
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from clinic.db import session_scope
from clinic.models import StaffUser

MIN_PASSWORD_LENGTH = 12
# Hashing is deliberately slow; a bound keeps a huge "password" from costing more.
MAX_PASSWORD_LENGTH = 1024
# The queue records who acknowledged or resolved an item in a 128-character column.
MAX_EMAIL_LENGTH = 128

hasher = PasswordHasher()


class AccountError(ValueError):
    """A request the command refuses, with a message for the person running it."""


def normalise_email(text: str) -> str:
    return text.strip().lower()


def check_email(email: str) -> None:
    local, _, domain = email.partition("@")
    if not local or "." not in domain or any(c.isspace() for c in email) or len(email) > MAX_EMAIL_LENGTH:
        raise AccountError(f"{email!r} is not an email address (at most {MAX_EMAIL_LENGTH} characters).")


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"The password must have at least {MIN_PASSWORD_LENGTH} characters.")
    if len(password) > MAX_PASSWORD_LENGTH:
        raise AccountError(f"The password must have at most {MAX_PASSWORD_LENGTH} characters.")


def find(session: Session, email: str) -> StaffUser | None:
    return session.scalars(select(StaffUser).where(StaffUser.email == normalise_email(email))).first()


def create(session: Session, email: str, password: str) -> StaffUser:
    email = normalise_email(email)
    check_email(email)
    check_password(password)
    if find(session, email):
        raise AccountError(f"An account for {email} already exists (use --reset-password to change it).")
    user = StaffUser(email=email, password_hash=hasher.hash(password), active=True)
    session.add(user)
    return user


def reset_password(session: Session, email: str, password: str) -> StaffUser:
    check_password(password)
    user = _existing(session, email)
    user.password_hash = hasher.hash(password)
    user.active = True
    return user


def deactivate(session: Session, email: str) -> StaffUser:
    user = _existing(session, email)
    user.active = False
    return user


def _existing(session: Session, email: str) -> StaffUser:
    user = find(session, email)
    if user is None:
        raise AccountError(f"There is no account for {normalise_email(email)}.")
    return user


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(f"Password (at least {MIN_PASSWORD_LENGTH} characters): ")
    if getpass.getpass("Password again: ") != first:
        raise AccountError("The two passwords differ.")
    return first


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m clinic create-staff", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("email")
    change = parser.add_mutually_exclusive_group()
    change.add_argument("--deactivate", action="store_true", help="disable the account")
    change.add_argument("--reset-password", action="store_true",
                        help="set a new password for an existing account and enable it")
    parser.add_argument("--password-stdin", action="store_true",
                        help="read the password from the first line of standard input")
    args = parser.parse_args(argv)
    email = normalise_email(args.email)
    try:
        if args.deactivate:
            with session_scope() as session:
                deactivate(session, email)
            print(f"Deactivated the portal account of {email}.")
            return 0
        password = _read_password(args.password_stdin)
        with session_scope() as session:
            if args.reset_password:
                reset_password(session, email, password)
            else:
                create(session, email, password)
    except AccountError as error:
        print(error, file=sys.stderr)
        return 1
    except IntegrityError:
        # Someone created the same account at the same moment.
        print(f"An account for {email} already exists.", file=sys.stderr)
        return 1
    print(f"{'Set a new password for' if args.reset_password else 'Created'} the portal account of {email}.")
    return 0
