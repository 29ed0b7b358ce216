"""FileStore: file rows in the database, content on disk stored by its sha256.

The display filename is never part of a path, so a hostile name cannot reach the disk."""

from __future__ import annotations

import contextlib
import hashlib
import io
import logging
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from services import access, audit, quotas, vector_stores
from services.common import new_id, now, paginate, to_schema
from services.errors import FileRejectedError, InvalidInputError
from services.filetypes import SNIFF_BYTES, check_type, safe_filename, sniff
from services.schemas import FileObject, Page
from services.store.db import on_commit
from services.store.models import FileRow

log = logging.getLogger(__name__)

Purpose = Literal["assistants", "assistants_output"]
_CHUNK = 1024 * 1024


class FileStore:
    """put / open / delete of files; blobs live under `blob_dir/<sha[:2]>/<sha>`."""

    def __init__(self, *, blob_dir: Path, max_bytes: int) -> None:
        self.blob_dir = Path(blob_dir)
        self.max_bytes = max_bytes
        self.blob_dir.mkdir(parents=True, exist_ok=True)
        self._incoming = self.blob_dir / "incoming"
        self._incoming.mkdir(exist_ok=True)

    def put(
        self,
        *,
        session: Session,
        data: bytes | BinaryIO,
        filename: str,
        purpose: Purpose = "assistants",
        owner: str | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> FileObject:
        """Store content and record it. Rejects empty, oversized and mistyped files.
        `progress` is told the bytes stored so far after each chunk (for big uploads)."""
        if purpose not in ("assistants", "assistants_output"):
            raise InvalidInputError(f"Unknown file purpose {purpose!r}.", param="purpose")
        name = safe_filename(filename)
        owner_id = access.owner_for(session, owner)
        stream = io.BytesIO(data) if isinstance(data, bytes | bytearray) else data
        digest, size, head, temp_path = self._spool(stream, name, progress)
        try:
            if size == 0:
                raise FileRejectedError(name, "the file is empty.")
            mime_type, reason = check_type(name, sniff(head))
            if reason:
                raise FileRejectedError(name, reason)
            quotas.check_storage(session, owner_id, size)
            blob = self.blob_path(digest)
            blob.parent.mkdir(exist_ok=True)
            if blob.exists():
                temp_path.unlink()
            else:
                os.chmod(temp_path, 0o444)
                os.replace(temp_path, blob)
        finally:
            with contextlib.suppress(FileNotFoundError):
                temp_path.unlink()
        row = FileRow(
            id=new_id("file"),
            created_at=now(),
            filename=name,
            bytes=size,
            purpose=purpose,
            sha256=digest,
            mime_type=mime_type,
            owner=owner_id,
        )
        session.add(row)
        session.flush()
        return to_schema(FileObject, row)

    def _spool(
        self, stream: BinaryIO, name: str, progress: Callable[[int], None] | None
    ) -> tuple[str, int, bytes, Path]:
        """Copy to a temp file while hashing; stop as soon as the size limit is passed."""
        hasher = hashlib.sha256()
        size = 0
        head = b""
        fd, temp = tempfile.mkstemp(dir=self._incoming)
        temp_path = Path(temp)
        try:
            with os.fdopen(fd, "wb") as out:
                while chunk := stream.read(_CHUNK):
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise FileRejectedError(
                            name, f"the file is larger than the {_human(self.max_bytes)} limit."
                        )
                    if len(head) < SNIFF_BYTES:
                        head += chunk[: SNIFF_BYTES - len(head)]
                    hasher.update(chunk)
                    out.write(chunk)
                    if progress is not None:
                        progress(size)
        except BaseException:
            temp_path.unlink(missing_ok=True)
            raise
        return hasher.hexdigest(), size, head, temp_path

    def blob_path(self, sha256: str) -> Path:
        return self.blob_dir / sha256[:2] / sha256

    def retrieve(self, *, session: Session, file_id: str) -> FileObject:
        return to_schema(FileObject, access.find(session, FileRow, file_id, "file"))

    def open(self, *, session: Session, file_id: str) -> BinaryIO:
        """The stored content, read-only."""
        row = access.find(session, FileRow, file_id, "file")
        return self.blob_path(row.sha256).open("rb")

    def read_bytes(self, *, session: Session, file_id: str) -> bytes:
        with self.open(session=session, file_id=file_id) as handle:
            return handle.read()

    def list(
        self,
        *,
        session: Session,
        purpose: Purpose | None = None,
        owner: str | None = None,
        limit: int = 20,
        order: Literal["asc", "desc"] = "desc",
        after: str | None = None,
        before: str | None = None,
    ) -> Page:
        query = select(FileRow).where(*access.mine(session, FileRow))
        if purpose is not None:
            query = query.where(FileRow.purpose == purpose)
        if owner is not None:
            query = query.where(FileRow.owner == owner)
        return paginate(
            session,
            query,
            FileRow,
            FileObject,
            kind="file",
            limit=limit,
            order=order,
            after=after,
            before=before,
        )

    def delete(self, *, session: Session, file_id: str) -> None:
        """Forget the file; its blob goes once no other file row shares the content."""
        row = access.find(session, FileRow, file_id, "file", write=True)
        vector_stores.forget_file_everywhere(session, file_id)
        session.delete(row)
        session.flush()
        audit.record(session, "file.deleted", file_id, owner=row.owner, filename=row.filename)
        still_used = session.scalar(
            select(func.count()).select_from(FileRow).where(FileRow.sha256 == row.sha256)
        )
        if not still_used:
            blob = self.blob_path(row.sha256)
            on_commit(session, lambda: blob.unlink(missing_ok=True))


def file_ids(value: Any) -> Iterator[str]:
    """Every file id in a JSON value: values of keys ending in `file_id` (image_file,
    chart and its png_file_id, annotations, attachments, tool outputs) and `file_ids` lists."""
    if isinstance(value, dict):
        for key, inner in value.items():
            if isinstance(inner, str) and key.endswith("file_id"):
                yield inner
            elif key == "file_ids" and isinstance(inner, list):
                yield from (v for v in inner if isinstance(v, str))
            else:
                yield from file_ids(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from file_ids(inner)


def _human(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB"):
        if value < 1024:
            return f"{value:.0f} {unit}" if unit == "bytes" else f"{value:.3g} {unit}"
        value /= 1024
    return f"{value:.3g} GB"
