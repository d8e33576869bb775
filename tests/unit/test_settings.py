import pytest

from clinic.settings import get_settings


def test_defaults_let_a_fresh_clone_run(clean_env, tmp_path):
    settings = get_settings()
    assert settings.emergency_number == "000"
    assert settings.crisis_line == "Lifeline on 13 11 14"
    assert settings.health_line == "healthdirect on 1800 022 222"
    assert settings.database_url == f"sqlite:///{tmp_path / 'var' / 'clinic.db'}"
    assert settings.webhook_url == "" and settings.smtp_host == ""
    assert settings.http_timeout_seconds == 5.0


def test_environment_overrides_defaults(clean_env, monkeypatch):
    monkeypatch.setenv("EMERGENCY_NUMBER", "999")
    monkeypatch.setenv("CRISIS_LINE_NAME", "Samaritans")
    monkeypatch.setenv("CRISIS_LINE_NUMBER", "116 123")
    monkeypatch.setenv("SMTP_PORT", "2525")
    settings = get_settings()
    assert settings.emergency_number == "999"
    assert settings.locale_slots()["crisis_line"] == "Samaritans on 116 123"
    assert settings.smtp_port == 2525


def test_dotenv_file_does_not_beat_the_real_environment(clean_env, monkeypatch, tmp_path):
    (tmp_path / ".env").write_text("CLINIC_NAME=From File\nEMERGENCY_NUMBER=911\n")
    monkeypatch.setenv("EMERGENCY_NUMBER", "112")
    settings = get_settings()
    assert settings.clinic_name == "From File"
    assert settings.emergency_number == "112"


def test_blank_values_fall_back_to_defaults(clean_env, monkeypatch):
    monkeypatch.setenv("EMERGENCY_NUMBER", "   ")
    assert get_settings().emergency_number == "000"


def test_bad_number_is_reported_by_name(clean_env, monkeypatch):
    monkeypatch.setenv("SMTP_PORT", "twenty-five")
    with pytest.raises(ValueError, match="SMTP_PORT"):
        get_settings()
