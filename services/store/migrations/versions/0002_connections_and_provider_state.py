"""model connections on assistants, provider state on threads

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 17:05:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # How an assistant reaches its model server (never a key: keys live in the secret
    # store and are referenced by name), and what a provider keeps per thread (the
    # Responses backend's container and the files uploaded to it).
    with op.batch_alter_table("assistants") as batch:
        batch.add_column(sa.Column("connection", sa.JSON(), nullable=True))
    with op.batch_alter_table("threads") as batch:
        batch.add_column(sa.Column("provider_state", sa.JSON(), nullable=True))
    with op.batch_alter_table("runs") as batch:
        batch.add_column(sa.Column("cost", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("runs") as batch:
        batch.drop_column("cost")
    with op.batch_alter_table("threads") as batch:
        batch.drop_column("provider_state")
    with op.batch_alter_table("assistants") as batch:
        batch.drop_column("connection")
