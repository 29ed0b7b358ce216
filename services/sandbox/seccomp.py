"""The seccomp filter of a bubblewrap sandbox (libseccomp through pyseccomp): system calls a
data-analysis kernel never needs fail with EPERM — new namespaces (nested user namespaces
included), mounts, ptrace and reading other processes' memory, bpf, keyrings,
perf_event_open, kernel modules, io_uring and the like. Everything else is allowed, so
pandas, Matplotlib, Plotly and DuckDB work as usual."""

from __future__ import annotations

import errno
import functools
import logging
import os
import tempfile

log = logging.getLogger(__name__)

DENIED = (
    "unshare", "setns", "mount", "umount", "umount2", "pivot_root", "chroot",
    "mount_setattr", "move_mount", "open_tree", "fsopen", "fsconfig", "fsmount", "fspick",
    "ptrace", "process_vm_readv", "process_vm_writev", "process_madvise", "pidfd_getfd",
    "bpf", "keyctl", "add_key", "request_key", "perf_event_open", "userfaultfd",
    "init_module", "finit_module", "delete_module", "kexec_load", "kexec_file_load",
    "open_by_handle_at", "name_to_handle_at", "io_uring_setup", "io_uring_enter",
    "io_uring_register", "swapon", "swapoff", "reboot", "syslog", "acct", "quotactl",
    "settimeofday", "clock_settime", "clock_adjtime", "adjtimex", "iopl", "ioperm",
    "lookup_dcookie", "vhangup", "uselib", "ustat", "sysfs", "_sysctl", "fanotify_init",
)  # fmt: skip
# clone() flags that make namespaces; fork and threads use clone without them.
NAMESPACE_FLAGS = (
    0x00020000,  # CLONE_NEWNS
    0x02000000,  # CLONE_NEWCGROUP
    0x04000000,  # CLONE_NEWUTS
    0x08000000,  # CLONE_NEWIPC
    0x10000000,  # CLONE_NEWUSER
    0x20000000,  # CLONE_NEWPID
    0x40000000,  # CLONE_NEWNET
)


@functools.cache
def program() -> bytes | None:
    """The compiled BPF program, or None when libseccomp is not available here."""
    try:
        import pyseccomp as seccomp
    except (ImportError, OSError) as error:
        log.warning("no seccomp filter for the sandbox: %s", error)
        return None
    rules = seccomp.SyscallFilter(defaction=seccomp.ALLOW)
    for name in DENIED:
        try:
            rules.add_rule(seccomp.ERRNO(errno.EPERM), name)
        except (ValueError, RuntimeError, OSError):
            log.debug("seccomp: %s is not a system call here", name)
    for flag in NAMESPACE_FLAGS:
        rules.add_rule(
            seccomp.ERRNO(errno.EPERM), "clone", seccomp.Arg(0, seccomp.MASKED_EQ, flag, flag)
        )
    # clone3 passes its flags in memory a filter cannot read: refuse it as "not here", and
    # the C library falls back to clone(), whose flags the rules above check.
    rules.add_rule(seccomp.ERRNO(errno.ENOSYS), "clone3")
    with tempfile.TemporaryFile() as handle:
        rules.export_bpf(handle)
        handle.seek(0)
        return handle.read()


def open_program() -> int | None:
    """A file descriptor holding the program, for bwrap --seccomp (read once, then closed)."""
    compiled = program()
    if compiled is None:
        return None
    read, write = os.pipe()
    os.write(write, compiled)  # far below a pipe's buffer
    os.close(write)
    return read
