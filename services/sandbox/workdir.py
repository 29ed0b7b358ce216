"""Files in and out of a session's work dir.

In: the thread's files are copied in under their safe display names.
Out: files the code created or changed, read without following links (regular files
only, one link, size-capped), so a planted symlink or hard link can never make the app
read a host file."""

from __future__ import annotations

import errno
import io
import os
import secrets
import shutil
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from services.filetypes import safe_filename

MAX_SCAN_ENTRIES = 2000
MAX_DEPTH = 3


@dataclass(frozen=True)
class Seen:
    size: int
    mtime_ns: int
    inode: int


@dataclass(frozen=True)
class Collected:
    """A file the code wrote: opened safely, not read (the caller streams it into the store
    after checking its size against what the thread may still keep)."""

    name: str  # path relative to the work dir
    size: int
    handle: BinaryIO

    def read_capped(self) -> BinaryIO:
        """The content, never more than the size it had when opened (a file still growing
        is cut there, so a sparse or endless file cannot run the app out of memory)."""
        return io.BufferedReader(_Capped(self.handle, self.size))


class _Capped(io.RawIOBase):
    def __init__(self, handle: BinaryIO, limit: int) -> None:
        self.handle = handle
        self.left = limit

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self.left <= 0:
            return 0
        view = memoryview(buffer)[: min(len(buffer), self.left)]
        count = self.handle.readinto(view)  # type: ignore[attr-defined]
        self.left -= count or 0
        return count or 0


def place(work: Path, name: str, source: Path, *, uid: int, gid: int) -> str:
    """Copy a file into the work dir as `name` (made safe); returns the name used.
    The kernel may be running: the temp file is created exclusively without following
    links, and renamed over whatever the code left under that name."""
    safe = safe_filename(name)
    work_fd = os.open(work, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
    try:
        tmp = f".incoming-{secrets.token_hex(8)}"
        fd = os.open(
            tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600, dir_fd=work_fd
        )
        try:
            with open(source, "rb") as src, os.fdopen(fd, "wb", closefd=False) as out:
                shutil.copyfileobj(src, out, 1024 * 1024)
            os.fchown(fd, uid, gid)
            os.fchmod(fd, 0o644)
        finally:
            os.close(fd)
        os.replace(tmp, safe, src_dir_fd=work_fd, dst_dir_fd=work_fd)
    finally:
        os.close(work_fd)
    return safe


def snapshot(work: Path) -> dict[str, Seen]:
    """What regular files are in the work dir now (symlinks and others ignored)."""
    seen: dict[str, Seen] = {}
    for relative, info in _walk(work):
        seen[relative] = Seen(info.st_size, info.st_mtime_ns, info.st_ino)
    return seen


def collect(
    work: Path, before: dict[str, Seen], *, max_file_bytes: int
) -> tuple[list[Collected], list[str]]:
    """Files new or changed since `before`; also notes on files that were skipped."""
    collected: list[Collected] = []
    skipped: list[str] = []
    for relative, info in _walk(work):
        if relative.startswith(".") or "/." in relative:
            continue  # hidden: caches, the kernel's home
        previous = before.get(relative)
        if previous == Seen(info.st_size, info.st_mtime_ns, info.st_ino):
            continue
        if info.st_nlink > 1:
            skipped.append(f"{relative} (a hard link; not collected)")
            continue
        if info.st_size > max_file_bytes:
            skipped.append(f"{relative} ({info.st_size} bytes; over the output file limit)")
            continue
        handle = open_safely(work / relative, max_bytes=max_file_bytes, root=work)
        if handle is None:
            skipped.append(f"{relative} (not a regular file)")
            continue
        collected.append(Collected(relative, os.fstat(handle.fileno()).st_size, handle))
    return collected, skipped


def open_safely(path: Path, *, max_bytes: int, root: Path | None = None) -> BinaryIO | None:
    """Open a regular file without following any link below `root` (default: its parent);
    None if it is not a plain regular file with a single link, at most `max_bytes` long."""
    root = root or path.parent
    parts = path.relative_to(root).parts
    flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC
    opened: list[int] = []
    try:
        fd = os.open(root, flags | os.O_DIRECTORY)
        opened.append(fd)
        for part in parts[:-1]:
            fd = os.open(part, flags | os.O_DIRECTORY, dir_fd=fd)
            opened.append(fd)
        fd = os.open(parts[-1], flags | os.O_NONBLOCK, dir_fd=fd)
        opened.append(fd)
    except OSError as error:
        for handle_fd in opened:
            os.close(handle_fd)
        if error.errno in (errno.ELOOP, errno.ENOENT, errno.EACCES, errno.ENXIO, errno.ENOTDIR):
            return None
        raise
    for directory_fd in opened[:-1]:
        os.close(directory_fd)
    handle = os.fdopen(opened[-1], "rb")
    info = os.fstat(handle.fileno())
    if not stat.S_ISREG(info.st_mode) or info.st_nlink > 1 or info.st_size > max_bytes:
        handle.close()
        return None
    return handle


def _walk(work: Path) -> Iterator[tuple[str, os.stat_result]]:
    """(relative path, lstat) of regular files, never descending through symlinks."""
    count = 0
    stack: list[tuple[Path, int]] = [(work, 0)]
    while stack:
        directory, depth = stack.pop()
        try:
            entries = list(os.scandir(directory))
        except OSError:
            continue
        for entry in entries:
            count += 1
            if count > MAX_SCAN_ENTRIES:
                return
            try:
                info = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            if stat.S_ISDIR(info.st_mode) and depth + 1 < MAX_DEPTH:
                stack.append((Path(entry.path), depth + 1))
            elif stat.S_ISREG(info.st_mode):
                yield str(Path(entry.path).relative_to(work)), info
