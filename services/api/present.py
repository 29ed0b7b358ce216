"""Our objects as an Assistants client expects them. A `chart` block is shown as an
`image_file` block of its PNG rendition (the Plotly spec stays a file of its own); the
workbench's own fields that say how it is wired (model backend, connection, owner) stay
inside."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from services.schemas import Page

_INSIDE = {"model_backend", "connection", "owner"}


def obj(item: BaseModel | dict[str, Any]) -> dict[str, Any]:
    data = item.model_dump(mode="json") if isinstance(item, BaseModel) else dict(item)
    for name in _INSIDE:
        data.pop(name, None)
    if data.get("object") == "thread.message" and "content" in data:
        data["content"] = [block(b) for b in data["content"]]
    return data


def block(item: dict[str, Any]) -> dict[str, Any]:
    if item.get("type") != "chart":
        return item
    chart = item["chart"]
    if chart.get("png_file_id"):
        return {"type": "image_file", "image_file": {"file_id": chart["png_file_id"]}}
    title = chart.get("title") or "chart"
    return {
        "type": "text",
        "text": {"value": f"[{title}: an interactive chart, file {chart['file_id']}]",
                 "annotations": []},
    }  # fmt: skip


def page(found: Page) -> dict[str, Any]:
    return {
        "object": "list",
        "data": [obj(item) for item in found.data],
        "first_id": found.first_id,
        "last_id": found.last_id,
        "has_more": found.has_more,
    }


def deleted(object_id: str, kind: str) -> dict[str, Any]:
    return {"id": object_id, "object": f"{kind}.deleted", "deleted": True}
