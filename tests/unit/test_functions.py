"""The function registry: schemas from type hints, module loading, errors as outputs."""

from __future__ import annotations

import json

import pytest

from services.cancel import CancelToken
from services.errors import ConfigurationError
from services.tools.functions import FunctionRegistry


@pytest.fixture
def registry():
    functions = FunctionRegistry()
    functions.load_module("tests.fakes.sample_functions")
    return functions


def test_marked_functions_of_a_module_are_registered(registry):
    assert registry.names() == ["convert_currency", "lookup_customer"]


def test_schema_comes_from_type_hints_and_docstring(registry):
    entry = registry.get("convert_currency")
    assert entry.description == "Convert an amount of NOK to another currency."
    props = entry.parameters["properties"]
    assert props["amount"]["type"] == "number"
    assert props["currency"]["enum"] == ["EUR", "USD"]
    assert entry.parameters["required"] == ["amount"]


def test_an_explicit_schema_and_name_are_kept(registry):
    entry = registry.get("lookup_customer")
    assert entry.description == "Find a customer record by id."
    assert entry.parameters["required"] == ["customer_id"]
    assert (
        registry.call("lookup_customer", '{"customer_id": "42"}', timeout=2) == "customer 42: gold"
    )


def test_arguments_are_validated_and_coerced(registry):
    assert json.loads(registry.call("convert_currency", '{"amount": "100"}', timeout=2)) == {
        "amount": 8.5,
        "currency": "EUR",
    }
    error = json.loads(
        registry.call("convert_currency", '{"amount": 1, "currency": "GBP"}', timeout=2)
    )
    assert "do not match the schema" in error["error"]


@pytest.mark.parametrize(
    ("arguments", "complaint"),
    [
        ("not json", "not valid JSON"),
        ("[1, 2]", "must be a JSON object"),
    ],
)
def test_malformed_arguments_become_error_outputs(registry, arguments, complaint):
    assert complaint in json.loads(registry.call("convert_currency", arguments, timeout=2))["error"]


def test_unknown_function_is_an_error_output(registry):
    assert "No function named 'nope'" in json.loads(registry.call("nope", "{}", timeout=1))["error"]


def test_cancel_stops_waiting_for_a_function():
    import time

    functions = FunctionRegistry()

    def slow() -> str:
        time.sleep(5)
        return "late"

    functions.register(slow)
    token = CancelToken()
    started = time.monotonic()
    import threading

    threading.Timer(0.1, token.cancel).start()
    output = json.loads(functions.call("slow", "{}", timeout=10, cancel=token))
    assert "cancelled" in output["error"]
    assert time.monotonic() - started < 2


def test_an_unimportable_module_is_a_configuration_error():
    with pytest.raises(ConfigurationError, match="WORKBENCH_FUNCTION_MODULES.*no_such_module"):
        FunctionRegistry().load_module("no_such_module")


def test_modules_named_in_settings_are_loaded_by_the_engine(make_engine):
    engine = make_engine(function_modules="tests.fakes.sample_functions")
    assert engine.functions.names() == ["convert_currency", "lookup_customer"]
