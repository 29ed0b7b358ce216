"""Render messages and run steps: text with file links, analysis blocks, charts, images."""

from __future__ import annotations

import json
from collections.abc import Callable

import plotly.graph_objects as go
import streamlit as st

from components.data_card import CardReader, card_label, file_card
from services.chat import ThreadView
from services.exports import download_label
from services.schemas import (
    ChartBlock,
    FileCitationAnnotation,
    FileObject,
    ImageFileBlock,
    Message,
    Run,
    RunStep,
    TextBlock,
)

FileReader = Callable[[str], tuple[FileObject, bytes]]


def conversation(
    view: ThreadView,
    active: str | None = None,
    *,
    read: FileReader,
    card: CardReader | None = None,
) -> None:
    """A thread's messages, oldest first: questions one by one, a run's messages together
    (one bubble per reply). The active run's messages are left out: its live view replays
    them."""
    groups: list[list[Message]] = []
    for item in view.messages:
        if item.run_id is not None and item.run_id == active:
            continue
        if item.run_id and groups and groups[-1][0].run_id == item.run_id:
            groups[-1].append(item)
        else:
            groups.append([item])
    for group in groups:
        run_id = group[0].run_id
        if run_id:
            reply(group, steps=view.steps.get(run_id, []), read=read, files=view.files,
                  run=view.runs.get(run_id))  # fmt: skip
        else:
            message(group[0], read=read, files=view.files, card=card)


def message(
    item: Message,
    *,
    read: FileReader,
    files: dict[str, FileObject],
    card: CardReader | None = None,
) -> None:
    """A message on its own: a question (with its attachments) or a reply without a run."""
    with st.chat_message(item.role):
        content(item, read=read, files=files, card=card)


def reply(
    items: list[Message],
    *,
    steps: list[RunStep],
    read: FileReader,
    files: dict[str, FileObject],
    run: Run | None = None,
) -> None:
    """One run's reply in one bubble, in the order the run produced it: its messages and
    analysis steps interleaved as the run steps record them; then its usage and cost."""
    by_id = {item.id: item for item in items}
    shown: set[str] = set()
    with st.chat_message("assistant"):
        for step in steps:
            if step.type == "tool_calls":
                analysis(step)
                continue
            found = by_id.get(step.step_details.message_creation.message_id)  # type: ignore[union-attr]
            if found is not None:
                content(found, read=read, files=files)
                shown.add(found.id)
        for item in items:
            if item.id not in shown:
                content(item, read=read, files=files)
        if run is not None and (line := usage_line(run)):
            st.caption(line)


def usage_line(run: Run) -> str:
    """Tokens the provider reported and the estimated cost (offline replies are free)."""
    if run.model_backend == "offline" or run.usage is None or not run.usage.total_tokens:
        return ""
    line = f"{run.model} · {run.usage.prompt_tokens:,} in / {run.usage.completion_tokens:,} out"
    cost = run.cost or {}
    if cost.get("container_sessions"):
        line += f" · {cost['container_sessions']} container session(s)"
    if cost.get("usd") is not None:
        line += f" · ≈ ${cost['usd']:.4f}"
    return line


def content(
    item: Message,
    *,
    read: FileReader,
    files: dict[str, FileObject],
    card: CardReader | None = None,
) -> None:
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
            sources(block, key=item.id)
        elif isinstance(block, ImageFileBlock):
            image(block.image_file.file_id, read, key=item.id)
        elif isinstance(block, ChartBlock):
            chart(block, read, key=item.id)
    for attachment in item.attachments:
        known = files.get(attachment.file_id)
        st.caption(f"📎 {known.filename if known else attachment.file_id}")
        table = card(attachment.file_id) if card is not None and known is not None else None
        if table is not None and card is not None:
            with st.expander(card_label(table)):
                file_card(
                    attachment.file_id, read=card, key=f"{item.id}-{attachment.file_id}", card=table
                )
    if item.status == "incomplete" and item.incomplete_details:
        st.warning(f"This reply stopped early ({item.incomplete_details.reason}).")


def sources(block: TextBlock, *, key: str) -> None:
    """The reply's citations, numbered as in its text; each opens its passage with the
    document's name and page."""
    cited = {}
    for annotation in block.text.annotations:
        if isinstance(annotation, FileCitationAnnotation):
            cited.setdefault(annotation.text, annotation.file_citation)
    if not cited:
        return
    columns = st.columns(min(len(cited), 4))
    for n, (marker, citation) in enumerate(cited.items()):
        page = f", page {citation.page}" if citation.page else ""
        name = citation.filename or citation.file_id
        with columns[n % len(columns)].popover(f"{marker} {name}{page}"):
            st.caption(f"{name}{page}")
            st.markdown("> " + " ".join((citation.quote or "").split()))


def analysis(step: RunStep) -> None:
    """A code step as a collapsible "Analysis" block with the code, logs and duration; a
    search step as the query and the passages found."""
    if step.type != "tool_calls":
        return
    for call in step.step_details.tool_calls:  # type: ignore[union-attr]
        if call.type == "file_search":
            searched(call.file_search)
            continue
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


def searched(details: dict) -> None:
    results = details.get("results") or []
    label = f"Searched the documents for “{details.get('query', '')}” · {len(results)} passage(s)"
    with st.expander(label, expanded=False):
        if details.get("error"):
            st.warning(details["error"])
        for result in results:
            page = f", page {result['page']}" if result.get("page") else ""
            st.caption(
                f"[{result['number']}] {result['file_name']}{page} · score {result['score']}"
            )
            st.text(result["content"][0]["text"][:600])


# Download buttons never rerun the page (on_click="ignore"): a rerun started with the
# download races it, and the browser may never get the file.
def download(file_id: str, read: FileReader, *, key: str) -> None:
    meta, data = read(file_id)
    st.download_button(
        download_label(meta.filename, meta.purpose, data, label=f"Download {meta.filename}"),
        data,
        file_name=meta.filename,
        mime=meta.mime_type,
        key=f"dl-{key}-{file_id}",
        on_click="ignore",
    )


def image(file_id: str, read: FileReader, *, key: str) -> None:
    meta, data = read(file_id)
    st.image(data)
    st.download_button(
        "Download PNG",
        data,
        file_name=meta.filename,
        mime="image/png",
        key=f"img-{key}-{file_id}",
        on_click="ignore",
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
            on_click="ignore",
        )
    # Built only when clicked: rendering HTML for every chart on every rerun is slow.
    right.download_button(
        "Download HTML",
        lambda: go.Figure(figure).to_html(include_plotlyjs="cdn"),
        file_name="chart.html",
        mime="text/html",
        key=f"html-{key}-{block.chart.file_id}",
        on_click="ignore",
    )
