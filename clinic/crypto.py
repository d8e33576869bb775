"""Encryption at rest for patient details (Fernet: AES-128-CBC with HMAC-SHA256).

The key is DATA_ENCRYPTION_KEY. Values are JSON, so a column can hold text or a list
(a transcript) alike."""
from __future__ import annotations

import json
from functools import lru_cache

from cryptography.fernet import Fernet, MultiFernet
from sqlalchemy.types import Text, TypeDecorator

from clinic.settings import get_settings


@lru_cache(maxsize=4)
def _fernet(keys: str) -> MultiFernet:
    # Several comma-separated keys allow rotation: the first encrypts, all decrypt.
    return MultiFernet([Fernet(key.strip().encode()) for key in keys.split(",") if key.strip()])


def fernet() -> MultiFernet:
    return _fernet(get_settings().data_key)


class Encrypted(TypeDecorator):
    impl = Text
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        return fernet().encrypt(json.dumps(value, ensure_ascii=False).encode()).decode()

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return json.loads(fernet().decrypt(value.encode()))
