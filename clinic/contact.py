"""Reading the contact details patients type: names, phone numbers, email addresses."""
from __future__ import annotations

import re
from typing import Optional

import phonenumbers
from email_validator import EmailNotValidError, validate_email

_NAME = re.compile(r"^[^\W\d_]+(?:[ '’.-][^\W\d_]+)*\.?$")
_NAME_PREFIX = re.compile(r"^(?:(?:hi|hello|hey)[,!]?\s+)?(?:my name is|my name's|i am|i'm|it's|this is|name:?)\s+", re.I)


def clean_name(text: str) -> Optional[str]:
    """The name in "I'm Sam Lee" or "sam lee"; None if it does not look like a name."""
    name = _NAME_PREFIX.sub("", " ".join((text or "").split())).strip(" .,!")
    if not name or len(name) > 80 or len(name.split()) > 5 or not _NAME.match(name):
        return None
    return name if not name.islower() else name.title()


def clean_phone(text: str, region: str = "AU") -> Optional[str]:
    """A phone number in international form (+61412345678) from any usual way of writing
    it ("0412 345 678", "(02) 9876 5432", "+61 412 345 678", "1300 123 456")."""
    digits = re.sub(r"[^\d+]", "", text or "")
    if not 6 <= len(digits.lstrip("+")) <= 15:
        return None
    try:
        number = phonenumbers.parse(digits, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def clean_email(text: str) -> Optional[str]:
    """A syntactically valid email address, normalised; no DNS lookups."""
    candidate = (text or "").strip().strip("<>.,;")
    if " " in candidate or "@" not in candidate:
        match = re.search(r"[^\s<>,;]+@[^\s<>,;]+", text or "")
        candidate = match.group(0).strip(".") if match else ""
    try:
        return validate_email(candidate, check_deliverability=False).normalized
    except EmailNotValidError:
        return None


def display_phone(e164: str, region: str = "AU") -> str:
    number = phonenumbers.parse(e164, region)
    if phonenumbers.region_code_for_number(number) == region:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
