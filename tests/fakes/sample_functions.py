"""Functions loaded through WORKBENCH_FUNCTION_MODULES in tests."""

from __future__ import annotations

from typing import Literal

from services.tools.functions import function_tool


@function_tool
def convert_currency(amount: float, currency: Literal["EUR", "USD"] = "EUR") -> dict:
    """Convert an amount of NOK to another currency.

    Rates are fixed for the test."""
    rate = {"EUR": 0.085, "USD": 0.093}[currency]
    return {"amount": round(amount * rate, 2), "currency": currency}


@function_tool(
    name="lookup_customer",
    description="Find a customer record by id.",
    parameters={
        "type": "object",
        "properties": {"customer_id": {"type": "string"}},
        "required": ["customer_id"],
    },
)
def find(customer_id: str) -> str:
    return f"customer {customer_id}: gold"


def not_a_tool() -> None:
    """Unmarked functions stay private."""
