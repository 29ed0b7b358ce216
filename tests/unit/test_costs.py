"""Estimated costs: tokens priced per model (dated snapshots use their family), plus a fee
per hosted container session; unknown models show no price."""

from __future__ import annotations

import pytest

from services.config import Settings
from services.costs import estimate, price_of


@pytest.fixture
def settings(tmp_path):
    return Settings(_env_file=None, data_dir=tmp_path)  # type: ignore[call-arg]


def test_dated_snapshots_use_the_family_price_and_the_longest_family_wins():
    prices = {"gpt-4.1": (2.0, 8.0), "gpt-4.1-mini": (0.4, 1.6)}
    assert price_of("gpt-4.1-2025-04-14", prices) == (2.0, 8.0)
    assert price_of("gpt-4.1-mini-2025-04-14", prices) == (0.4, 1.6)
    assert price_of("gpt-4.10", prices) is None
    assert price_of("llama3", prices) is None


def test_tokens_and_container_sessions_make_the_estimate(settings):
    usage = {"prompt_tokens": 1_000_000, "completion_tokens": 500_000}
    cost = estimate(model="gpt-4.1", usage=usage, container_sessions=2, settings=settings)
    assert cost == {"usd": pytest.approx(2.0 + 4.0 + 0.06), "container_sessions": 2, "priced": True}


def test_an_unpriced_model_has_no_cost_unless_it_used_containers(settings):
    usage = {"prompt_tokens": 10, "completion_tokens": 10}
    assert (
        estimate(model="llama3", usage=usage, container_sessions=0, settings=settings)["usd"]
        is None
    )
    assert estimate(model="llama3", usage=usage, container_sessions=1, settings=settings)[
        "usd"
    ] == pytest.approx(0.03)


def test_the_price_table_comes_from_the_environment_as_json(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_PRICES", '{"my-model": [1.0, 2.0]}')
    settings = Settings(_env_file=None, data_dir=tmp_path)  # type: ignore[call-arg]
    assert settings.prices == {"my-model": (1.0, 2.0)}
