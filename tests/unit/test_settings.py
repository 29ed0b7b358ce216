"""Settings: every one has a default and help, and the README documents them all."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from services.config import Settings

README = Path(__file__).resolve().parents[2] / "README.md"


def documented_settings() -> set[str]:
    rows = re.findall(r"^\| `(WORKBENCH_[A-Z_]+)` \|", README.read_text(), flags=re.M)
    return set(rows)


def test_readme_settings_table_lists_every_setting():
    expected = {f"WORKBENCH_{name.upper()}" for name in Settings.model_fields}
    assert documented_settings() == expected


@pytest.mark.parametrize("name", sorted(Settings.model_fields))
def test_every_setting_has_help_text(name):
    assert Settings.model_fields[name].description


def test_defaults_work_on_a_laptop(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.default_backend == "offline"
    assert settings.resolved_database_url == f"sqlite:///{tmp_path / 'data' / 'workbench.db'}"


def test_environment_overrides_with_the_prefix(monkeypatch):
    monkeypatch.setenv("WORKBENCH_FUNCTION_MODULES", "pkg.one, pkg.two")
    monkeypatch.setenv("WORKBENCH_WORKER_THREADS", "2")
    monkeypatch.setenv("WORKBENCH_DATABASE_URL", "postgresql+psycopg://db/w")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.function_modules == ["pkg.one", "pkg.two"]
    assert settings.worker_threads == 2
    assert settings.resolved_database_url == "postgresql+psycopg://db/w"


def test_invalid_values_are_refused_with_the_setting_named(monkeypatch):
    monkeypatch.setenv("WORKBENCH_WORKER_THREADS", "0")
    with pytest.raises(ValueError, match="worker_threads"):
        Settings(_env_file=None)  # type: ignore[call-arg]
