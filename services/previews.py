"""What the Files page shows of one file: its content (or why it cannot be read), how to
preview it and the label of its download. One file's trouble never reaches another's."""

from __future__ import annotations

import errno
import logging
from dataclasses import dataclass
from typing import Literal

from sqlalchemy.orm import Session

from services.exports import download_label
from services.files import FileStore
from services.schemas import FileObject
from services.tables.card import is_table_name

log = logging.getLogger(__name__)
Kind = Literal["table", "image", "chart", "other"]


@dataclass
class Preview:
    file: FileObject
    kind: Kind
    data: bytes | None = None  # None when the content cannot be read
    problem: str = ""  # why, naming the file
    download: str = "Download"  # the download button's label


def kind_of(file: FileObject) -> Kind:
    """How to preview a file: generated .json files are chart specs, other tables get a card."""
    name = file.filename.lower()
    if file.purpose == "assistants_output" and name.endswith(".json"):
        return "chart"
    if is_table_name(name):
        return "table"
    if file.mime_type == "image/png":
        return "image"
    return "chart" if name.endswith(".json") else "other"


def preview(*, session: Session, files: FileStore, file: FileObject) -> Preview:
    """The file's content and how to show it; a missing or unreadable blob becomes `problem`."""
    shown = Preview(file=file, kind=kind_of(file))
    try:
        with files.blob_path(file.sha256).open("rb") as handle:
            shown.data = handle.read()
    except OSError as error:
        log.warning("content of %s (%s) unreadable: %r", file.id, file.filename, error)
        shown.problem = f"{file.filename} cannot be read: {_why(error)}"
        return shown
    shown.download = download_label(file.filename, file.purpose, shown.data)
    return shown


def _why(error: OSError) -> str:
    if error.errno == errno.ENOENT:
        return "its stored content is missing (it may have been removed from the disk)."
    if error.errno in (errno.EACCES, errno.EPERM):
        return "the workbench is not allowed to read its stored content."
    return f"its stored content could not be read ({error.strerror or type(error).__name__})."
