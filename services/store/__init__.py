"""Persistence: SQLAlchemy models, sessions and Alembic migrations."""

from services.store.db import Database

__all__ = ["Database"]
