"""Function calling: Python functions registered by decorator, called with a timeout.

    from services.tools.functions import function_tool

    @function_tool
    def exchange_rate(currency: str, day: str = "today") -> float:
        \"\"\"Exchange rate of a currency to EUR.\"\"\"

Modules named in WORKBENCH_FUNCTION_MODULES are imported at start-up and every function
marked this way becomes callable by assistants that declare it (or name it)."""

from __future__ import annotations

import importlib
import inspect
import json
import threading
import typing
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError, create_model

from services.cancel import CancelToken
from services.errors import ConfigurationError

_MARK = "__workbench_function__"


@dataclass(frozen=True)
class RegisteredFunction:
    name: str
    fn: Callable[..., Any]
    description: str | None
    parameters: dict[str, Any]
    validate: Callable[[dict[str, Any]], dict[str, Any]]


def function_tool(
    fn: Callable[..., Any] | None = None,
    *,
    name: str | None = None,
    description: str | None = None,
    parameters: dict[str, Any] | None = None,
) -> Any:
    """Mark a function as callable by assistants (usable bare or with arguments)."""

    def mark(target: Callable[..., Any]) -> Callable[..., Any]:
        setattr(target, _MARK, {"name": name, "description": description, "parameters": parameters})
        return target

    return mark(fn) if fn is not None else mark


class FunctionRegistry:
    def __init__(self) -> None:
        self._functions: dict[str, RegisteredFunction] = {}

    def register(
        self,
        fn: Callable[..., Any],
        *,
        name: str | None = None,
        description: str | None = None,
        parameters: dict[str, Any] | None = None,
    ) -> RegisteredFunction:
        """Register `fn`; its JSON schema comes from its type hints unless given."""
        name = name or fn.__name__
        model = _arguments_model(fn, name)
        entry = RegisteredFunction(
            name=name,
            fn=fn,
            description=description or _first_paragraph(inspect.getdoc(fn)),
            parameters=parameters or model.model_json_schema(),
            validate=(lambda args: args)
            if parameters
            else (lambda args: dict(model.model_validate(args))),
        )
        self._functions[name] = entry
        return entry

    def load_module(self, module_name: str) -> list[str]:
        """Import a module and register every function marked with @function_tool."""
        try:
            module = importlib.import_module(module_name)
        except ImportError as error:
            raise ConfigurationError(
                f"WORKBENCH_FUNCTION_MODULES: cannot import '{module_name}': {error}"
            ) from error
        names = []
        for _, member in inspect.getmembers(module, callable):
            options = getattr(member, _MARK, None)
            if options is not None:
                names.append(self.register(member, **options).name)
        return names

    def get(self, name: str) -> RegisteredFunction | None:
        return self._functions.get(name)

    def names(self) -> list[str]:
        return sorted(self._functions)

    def call(
        self, name: str, arguments: str, *, timeout: float, cancel: CancelToken | None = None
    ) -> str:
        """Run the function in its own thread; any failure becomes `{"error": …}` output
        the model can read and react to. Returns the output as a string."""
        entry = self._functions.get(name)
        if entry is None:
            return _error(f"No function named '{name}' is registered.")
        try:
            raw = json.loads(arguments or "{}")
        except ValueError as error:
            return _error(f"The arguments are not valid JSON ({error}). Send a JSON object.")
        if not isinstance(raw, dict):
            return _error("The arguments must be a JSON object.")
        try:
            kwargs = entry.validate(raw)
        except ValidationError as error:
            return _error(f"The arguments do not match the schema: {error.errors()}")
        outcome: dict[str, Any] = {}
        done = threading.Event()

        def target() -> None:
            try:
                outcome["value"] = entry.fn(**kwargs)
            except Exception as error:  # the model gets the error, the run goes on
                outcome["error"] = f"{type(error).__name__}: {error}"
            finally:
                done.set()

        threading.Thread(target=target, name=f"function-{name}", daemon=True).start()
        if cancel is not None:
            cancel.on_cancel(done.set)
        if not done.wait(timeout):
            return _error(f"The function '{name}' did not finish within {timeout:g} seconds.")
        if cancel is not None and cancel.is_set() and "value" not in outcome:
            return _error("The run was cancelled while the function was running.")
        if "error" in outcome:
            return _error(outcome["error"])
        value = outcome.get("value")
        return value if isinstance(value, str) else json.dumps(value, default=str)


def _arguments_model(fn: Callable[..., Any], name: str) -> Any:
    fields: dict[str, Any] = {}
    hints = typing.get_type_hints(fn, include_extras=True)  # resolves string annotations
    for param in inspect.signature(fn).parameters.values():
        if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            continue
        annotation = hints.get(param.name, Any)
        default = ... if param.default is inspect.Parameter.empty else param.default
        fields[param.name] = (annotation, default)
    return create_model(f"{name}_arguments", **fields)


def _first_paragraph(doc: str | None) -> str | None:
    return doc.split("\n\n", 1)[0].strip() if doc else None


def _error(message: str) -> str:
    return json.dumps({"error": message})
