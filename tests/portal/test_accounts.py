"""`python -m clinic create-staff`: creating, refusing, deactivating and resetting accounts."""
from __future__ import annotations

import io

import pytest
from sqlalchemy import select

from clinic.db import session_scope
from clinic.models import StaffUser
from clinic.portal import accounts


def run(monkeypatch, args: list[str], stdin: str = "") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return accounts.main(args)


def account(email: str):
    with session_scope() as session:
        return session.scalars(select(StaffUser).where(StaffUser.email == email)).first()


def test_creates_an_account_with_a_hashed_password(monkeypatch, database, capsys):
    assert run(monkeypatch, ["Reception@Clinic.example", "--password-stdin"], "a long enough secret\n") == 0
    user = account("reception@clinic.example")
    assert user.active and user.password_hash.startswith("$argon2id$")
    assert accounts.hasher.verify(user.password_hash, "a long enough secret")
    assert "Created the portal account of reception@clinic.example" in capsys.readouterr().out


@pytest.mark.parametrize("password", ["", "short", "elevenchars"])
def test_short_passwords_are_refused(monkeypatch, database, capsys, password):
    assert run(monkeypatch, ["someone@clinic.example", "--password-stdin"], password + "\n") == 1
    assert "at least 12 characters" in capsys.readouterr().err
    assert account("someone@clinic.example") is None


def test_a_second_account_for_one_email_is_refused(monkeypatch, database, capsys):
    assert run(monkeypatch, ["someone@clinic.example", "--password-stdin"], "first password here\n") == 0
    assert run(monkeypatch, ["SOMEONE@clinic.example", "--password-stdin"], "second password here\n") == 1
    assert "already exists" in capsys.readouterr().err
    assert accounts.hasher.verify(account("someone@clinic.example").password_hash, "first password here")


BAD_EMAILS = ["not-an-email", "someone@localhost", "some one@clinic.example", "x" * 120 + "@clinic.example"]


@pytest.mark.parametrize("email", BAD_EMAILS)
def test_malformed_emails_are_refused(monkeypatch, database, email):
    assert run(monkeypatch, [email, "--password-stdin"], "a long enough secret\n") == 1


def test_deactivate_and_reset_password(monkeypatch, database):
    run(monkeypatch, ["someone@clinic.example", "--password-stdin"], "a long enough secret\n")
    assert run(monkeypatch, ["someone@clinic.example", "--deactivate"]) == 0
    assert not account("someone@clinic.example").active
    reset = ["someone@clinic.example", "--reset-password", "--password-stdin"]
    assert run(monkeypatch, reset, "another secret phrase\n") == 0
    user = account("someone@clinic.example")
    assert user.active and accounts.hasher.verify(user.password_hash, "another secret phrase")


def test_changes_to_unknown_accounts_are_refused(monkeypatch, database, capsys):
    assert run(monkeypatch, ["nobody@clinic.example", "--deactivate"]) == 1
    reset = ["nobody@clinic.example", "--reset-password", "--password-stdin"]
    assert run(monkeypatch, reset, "a long enough secret\n") == 1
    assert "There is no account for nobody@clinic.example" in capsys.readouterr().err


def test_typed_passwords_must_match(monkeypatch, database, capsys):
    typed = iter(["a long enough secret", "a long enough secreT"])
    monkeypatch.setattr("getpass.getpass", lambda prompt: next(typed))
    assert accounts.main(["someone@clinic.example"]) == 1
    assert "differ" in capsys.readouterr().err
    assert account("someone@clinic.example") is None
