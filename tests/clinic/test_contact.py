import pytest

from clinic.contact import clean_email, clean_name, clean_phone, display_phone


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("0412 345 678", "+61412345678"),
        ("0412-345-678", "+61412345678"),
        ("+61 412 345 678", "+61412345678"),
        ("(02) 9876 5432", "+61298765432"),
        ("1300 123 456", "+611300123456"),
        ("my number is 0412345678 thanks", "+61412345678"),
        ("+1 415 555 2671", "+14155552671"),
        ("04123", None),
        ("call me", None),
        ("0000 000 000", None),
    ],
)
def test_phone_numbers_in_australian_and_international_formats(typed, expected):
    assert clean_phone(typed) == expected


def test_phone_is_shown_the_way_australians_write_it():
    assert display_phone("+61412345678") == "0412 345 678"


@pytest.mark.parametrize(
    "typed, expected",
    [("sam@example.com", "sam@example.com"), ("it's Sam@Example.COM.", "Sam@example.com"),
     ("sam@", None), ("no email", None)],
)
def test_email_addresses(typed, expected):
    assert clean_email(typed) == expected


@pytest.mark.parametrize(
    "typed, expected",
    [("sam lee", "Sam Lee"), ("I'm Sam O'Neil", "Sam O'Neil"), ("Mary-Jane Smith", "Mary-Jane Smith"),
     ("José Álvarez", "José Álvarez"), ("12345", None), ("", None),
     ("my back hurts when I bend over and lift things", None)],
)
def test_names(typed, expected):
    assert clean_name(typed) == expected
