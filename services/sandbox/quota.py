"""A byte and inode quota on everything a session can write: its work dir, /tmp and
/dev/shm all live on one small filesystem of its own (ext4 in a sparse image file on the
host's disk, loop-mounted; tmpfs where loop devices are missing). A cell that fills it gets
ENOSPC inside the sandbox; the host's disk never sees more than the quota."""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)


def mount(root: Path, *, size_bytes: int, inodes: int) -> str:
    """Mount a quota filesystem at `root` (once); returns its kind, or "" for none."""
    root.mkdir(parents=True, exist_ok=True)
    if os.path.ismount(root):
        return "mounted"
    if os.geteuid() != 0:
        log.warning("no disk quota for sandbox sessions: mounting one needs root")
        return ""
    image = root.with_suffix(".img")
    mkfs, mounter = shutil.which("mkfs.ext4"), shutil.which("mount")
    if mkfs and mounter:
        try:
            with image.open("wb") as handle:
                handle.truncate(size_bytes)  # sparse: costs disk only as it fills
            _run([mkfs, "-q", "-F", "-N", str(inodes), "-m", "0", "-O", "^has_journal",
                  "-E", "lazy_itable_init=1", str(image)])  # fmt: skip
            _run([mounter, "-o", "loop,nosuid,nodev", str(image), str(root)])
            return "ext4"
        except (OSError, subprocess.CalledProcessError) as error:
            log.info("no loop-mounted quota (%s); using tmpfs", error)
            image.unlink(missing_ok=True)
    if mounter:
        try:
            options = f"size={size_bytes},nr_inodes={inodes},mode=0755,nosuid,nodev"
            _run([mounter, "-t", "tmpfs", "-o", options, "tmpfs", str(root)])
            return "tmpfs"
        except (OSError, subprocess.CalledProcessError) as error:
            log.warning("no disk quota for sandbox sessions: %s", error)
    return ""


def unmount(root: Path) -> None:
    """Unmount and delete a session's quota filesystem (its files go with it)."""
    if os.path.ismount(root):
        with contextlib.suppress(OSError, subprocess.CalledProcessError):
            _run([shutil.which("umount") or "umount", "-l", str(root)])
    root.with_suffix(".img").unlink(missing_ok=True)


def _run(argv: list[str]) -> None:
    subprocess.run(argv, check=True, capture_output=True, timeout=30)
