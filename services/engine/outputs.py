"""Place what the code interpreter produced into the run's reply: figures as image_file
blocks, Plotly figures as chart blocks, written files as file_path annotations."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from services.store.models import MessageRow, RunStepRow


def unplaced(session: Session, run_id: str) -> list[dict[str, Any]]:
    """Image, chart and file outputs of the run's code that no message of it shows yet."""
    shown: set[str] = set()
    for content in session.scalars(select(MessageRow.content).where(MessageRow.run_id == run_id)):
        shown |= referenced_files(content)
    found = []
    for details in session.scalars(
        select(RunStepRow.step_details)
        .where(RunStepRow.run_id == run_id, RunStepRow.type == "tool_calls")
        .order_by(RunStepRow.pk)
    ):
        for call in details.get("tool_calls", []):
            if call.get("type") != "code_interpreter":
                continue
            for output in call["code_interpreter"].get("outputs", []):
                if (
                    output["type"] in ("image", "chart", "file")
                    and output[output["type"]]["file_id"] not in shown
                ):
                    found.append(output)
    return found


def referenced_files(content: list[dict[str, Any]]) -> set[str]:
    ids: set[str] = set()
    for block in content or []:
        if block["type"] == "image_file":
            ids.add(block["image_file"]["file_id"])
        elif block["type"] == "chart":
            ids.add(block["chart"]["file_id"])
            if block["chart"].get("png_file_id"):
                ids.add(block["chart"]["png_file_id"])
        elif block["type"] == "text":
            for annotation in block["text"].get("annotations", []):
                if annotation["type"] == "file_path":
                    ids.add(annotation["file_path"]["file_id"])
    return ids


def attach(content: list[dict[str, Any]], outputs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """New content: figures and charts after the text; files cited where the text names
    them (`sandbox:/mnt/data/x.csv`, `/mnt/data/x.csv` or `x.csv`), else listed at the end."""
    blocks = [dict(block) for block in content]
    text_block = next((b for b in blocks if b["type"] == "text"), None)
    for output in outputs:
        if output["type"] == "image":
            blocks.append(
                {"type": "image_file", "image_file": {"file_id": output["image"]["file_id"]}}
            )
        elif output["type"] == "chart":
            blocks.append({"type": "chart", "chart": output["chart"]})
        else:
            if text_block is None:
                text_block = {"type": "text", "text": {"value": "", "annotations": []}}
                blocks.insert(0, text_block)
            _cite(text_block, output["file"])
    return blocks


def _cite(block: dict[str, Any], file: dict[str, str]) -> None:
    text = dict(block["text"])
    value, annotations = text["value"], list(text.get("annotations", []))
    name = file["filename"]
    for needle in (f"sandbox:/mnt/data/{name}", f"/mnt/data/{name}", name):
        start = value.find(needle)
        if start >= 0:
            break
    else:
        value = value.rstrip() + ("\n\n" if value.strip() else "") + "Download: "
        start, needle = len(value), name
        value += name
    annotations.append(
        {
            "type": "file_path",
            "text": needle,
            "start_index": start,
            "end_index": start + len(needle),
            "file_path": {"file_id": file["file_id"]},
        }
    )
    text["value"], text["annotations"] = value, annotations
    block["text"] = text
