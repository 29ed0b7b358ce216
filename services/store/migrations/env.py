"""Alembic environment: always run with the connection that Database.migrate() passes."""

from alembic import context

from services.store.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
