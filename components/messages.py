"""Render messages and run steps: text with file links, analysis blocks, charts, images."""

from __future__ import annotations

import json
from collections.abc import Callable

import plotly.graph_objects as go
import streamlit as st

from services.schemas import ChartBlock, FileObject, ImageFileBlock, Message, RunStep, TextBlock

FileReader = Callable[[str], tuple[FileObject, bytes]]


def message(
    item: Message, *, steps: list[RunStep], read: FileReader, files: dict[str, FileObject]
) -> None:
    with st.chat_message(item.role):
        if item.role == "assistant":
            for step in steps:
                analysis(step)
        for block in item.content:
            if isinstance(block, TextBlock):
                st.markdown(block.text.value)
                for annotation in block.text.annotations:
                    if annotation.type == "file_path":
                        download(
                            annotation.file_path.file_id,
                            read,
                            key=f"{item.id}-{annotation.start_index}",
                        )
            elif isinstance(block, ImageFileBlock):
                image(block.image_file.file_id, read, key=item.id)
            elif isinstance(block, ChartBlock):
                chart(block, read, key=item.id)
        for attachment in item.attachments:
            known = files.get(attachment.file_id)
            st.caption(f"📎 {known.filename if known else attachment.file_id}")
        if item.status == "incomplete" and item.incomplete_details:
            st.warning(f"This reply stopped early ({item.incomplete_details.reason}).")


def analysis(step: RunStep) -> None:
    """A code step as a collapsible "Analysis" block with the code, logs and duration."""
    if step.type != "tool_calls":
        return
    for call in step.step_details.tool_calls:  # type: ignore[union-attr]
        if call.type != "code_interpreter":
            continue
        seconds = (step.completed_at or step.created_at) - step.created_at
        with st.expander(f"Analysis · {seconds} s", expanded=False):
            st.code(call.code_interpreter.input, language="python")
            logs = "\n".join(
                o.logs or "" for o in call.code_interpreter.outputs if o.type == "logs"
            )
            if logs.strip():
                st.code(logs, language="text")


def download(file_id: str, read: FileReader, *, key: str) -> None:
    meta, data = read(file_id)
    st.download_button(
        f"Download {meta.filename}",
        data,
        file_name=meta.filename,
        mime=meta.mime_type,
        key=f"dl-{key}-{file_id}",
    )


def image(file_id: str, read: FileReader, *, key: str) -> None:
    meta, data = read(file_id)
    st.image(data)
    st.download_button(
        "Download PNG", data, file_name=meta.filename, mime="image/png", key=f"img-{key}-{file_id}"
    )


def chart(block: ChartBlock, read: FileReader, *, key: str) -> None:
    _, spec = read(block.chart.file_id)
    figure = json.loads(spec)
    st.plotly_chart(figure, key=f"chart-{key}-{block.chart.file_id}")
    left, right = st.columns(2)
    if block.chart.png_file_id:
        png_id = block.chart.png_file_id
        left.download_button(
            "Download PNG",
            lambda: read(png_id)[1],
            file_name="chart.png",
            mime="image/png",
            key=f"png-{key}-{block.chart.file_id}",
        )
    # Built only when clicked: rendering HTML for every chart on every rerun is slow.
    right.download_button(
        "Download HTML",
        lambda: go.Figure(figure).to_html(include_plotlyjs="cdn"),
        file_name="chart.html",
        mime="text/html",
        key=f"html-{key}-{block.chart.file_id}",
    )
