"""The one error of the reader: a file that cannot be read as a table, with the reason in
words a user can act on. Plain Python (the kernel imports this package too)."""


class TableError(ValueError):
    """This file cannot be read as a table; the message says why and what to do."""
