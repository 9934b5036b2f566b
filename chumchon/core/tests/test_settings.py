"""The production configuration comes from the environment and passes check --deploy."""

import json
import os
import subprocess
import sys

PRODUCTION_ENV = {
    "DEBUG": "False",
    "SECRET_KEY": "k9#Qv2!zL7@pW4$eR8^tY1&uI5*oP3(aS6)dF0_gH-jK+lZ=xC~vB",
    "ALLOWED_HOSTS": "chumchon.example.org",
    "DATABASE_URL": "sqlite:////tmp/chumchon-deploy-check.sqlite3",
    "EMAIL_HOST": "smtp.example.org",
}


def _run(*args, **extra_env):
    env = {k: v for k, v in os.environ.items() if k not in PRODUCTION_ENV}
    env.update(PRODUCTION_ENV, DJANGO_SETTINGS_MODULE="chumchon.settings", **extra_env)
    return subprocess.run(
        [sys.executable, *args], env=env, capture_output=True, text=True, timeout=120
    )


def test_the_production_configuration_passes_check_deploy():
    result = _run("-m", "chumchon", "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stderr + result.stdout
    assert "System check identified no issues" in result.stdout


def _settings(**extra_env):
    code = (
        "import django, json; django.setup(); from django.conf import settings as s; "
        "print(json.dumps({k: getattr(s, k) for k in ('DEBUG', 'SECURE_SSL_REDIRECT', "
        "'SESSION_COOKIE_SECURE', 'CSRF_COOKIE_SECURE', 'SECURE_HSTS_SECONDS', 'EMAIL_BACKEND')}))"
    )
    result = _run("-c", code, **extra_env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_secure_ssl_redirect_false_turns_off_only_the_redirect():
    production = _settings()
    relaxed = _settings(SECURE_SSL_REDIRECT="False")
    assert production["SECURE_SSL_REDIRECT"] is True
    assert relaxed["SECURE_SSL_REDIRECT"] is False
    for key in ("SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "SECURE_HSTS_SECONDS", "DEBUG"):
        assert relaxed[key] == production[key]


def test_production_sends_real_email_over_smtp():
    assert _settings()["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"


def test_a_typo_in_a_boolean_is_refused():
    result = _run("-m", "chumchon", "check", DEBUG="Flase")
    assert result.returncode != 0
    assert "DEBUG must be True or False" in result.stderr


def test_production_refuses_to_start_without_a_secret_key():
    result = _run("-m", "chumchon", "check", SECRET_KEY="")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr
