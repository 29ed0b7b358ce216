"""The HTTP API's OpenAPI document (`/openapi.json`) drives schemathesis: generated requests
to every operation, with a valid key, must never get a server error (5xx) nor a response
that breaks the documented schema."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error, response_schema_conformance

from services import keys
from services.api.app import create_app

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def api(tmp_path_factory):
    from services.engine.engine import Engine
    from tests.conftest import make_settings

    engine = Engine(
        make_settings(
            tmp_path_factory.mktemp("schema"),
            model_routes={"*": {"backend": "scripted"}},
            api_rate_per_minute=0,
        )
    ).start()
    with engine.db.session() as session:
        secret = keys.create(session=session, user="fuzz@example.com")[1]
    yield create_app(engine), secret
    engine.shutdown()


def test_no_server_errors_and_no_schema_violations(api):
    app, secret = api
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 40  # every verb of every object is documented
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=25, deadline=None, database=None, derandomize=True,
            suppress_health_check=list(HealthCheck),
        )  # fmt: skip
        def check(case: schemathesis.Case) -> None:
            if isinstance(case.body, dict) and case.body.get("stream"):
                case.body["stream"] = False  # streams of generated runs are tested elsewhere
            case.call_and_validate(
                headers={"Authorization": f"Bearer {secret}"},
                checks=[not_a_server_error, response_schema_conformance],
            )

        check()
