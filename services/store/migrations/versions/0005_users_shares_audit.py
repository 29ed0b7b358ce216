"""Users, thread shares and the audit log; owners become user ids

Every owner column (assistants, threads, files, vector stores, API keys) now holds a user
id. Owners written before (an API key's email) become users with that email; objects
without an owner belong to the local user, and assistants without one are shared with
the team (everyone saw them before). Runs carry their thread's owner, for quotas.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 17:30:00
"""

import secrets
import time

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

LOCAL_USER = "user_local"
OWNED = {"assistants": "owner", "threads": "owner", "files": "owner", "vector_stores": "owner"}


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("issuer", sa.String(length=512), nullable=True),
        sa.Column("subject", sa.String(length=256), nullable=True),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.Column("name", sa.String(length=256), nullable=True),
        sa.Column("picture", sa.String(length=2048), nullable=True),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.Integer(), nullable=False),
        sa.Column("last_seen_at", sa.Integer(), nullable=True),
        sa.Column("quotas", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("pk"),
        sa.UniqueConstraint("id"),
    )
    op.create_index("ix_users_identity", "users", ["issuer", "subject"], unique=True)
    op.create_index("ix_users_email", "users", ["email"])
    op.create_table(
        "thread_shares",
        sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("thread_id", sa.String(length=64), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.Integer(), nullable=False),
        sa.Column("revoked_at", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["thread_id"], ["threads.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("pk"),
        sa.UniqueConstraint("id"),
    )
    op.create_index("ix_thread_shares_thread_id", "thread_shares", ["thread_id"])
    op.create_table(
        "audit_log",
        sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.Integer(), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=True),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("target", sa.String(length=128), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("pk"),
    )
    op.create_index("ix_audit_log_at", "audit_log", ["at"])
    op.create_index("ix_audit_log_actor", "audit_log", ["actor"])
    op.create_index("ix_audit_log_action", "audit_log", ["action"])
    with op.batch_alter_table("assistants") as batch:
        batch.add_column(
            sa.Column("shared", sa.String(length=16), nullable=False, server_default="private")
        )
    with op.batch_alter_table("runs") as batch:
        batch.add_column(sa.Column("owner", sa.String(length=64), nullable=True))
        batch.create_index("ix_runs_owner", ["owner"])
        batch.create_index("ix_runs_created_at", ["created_at"])
    with op.batch_alter_table("files") as batch:
        batch.create_index("ix_files_owner", ["owner"])
    _owners_become_users()


def _owners_become_users() -> None:
    bind = op.get_bind()
    stamp = int(time.time())
    users = sa.table(
        "users",
        *(sa.column(name) for name in ("id", "issuer", "subject", "email", "name", "role")),
        sa.column("created_at"),
        sa.column("quotas", sa.JSON()),
    )
    bind.execute(
        users.insert().values(
            id=LOCAL_USER, issuer="local", subject="local", email=None, name="Local user",
            role="admin", created_at=stamp, quotas={},
        )
    )  # fmt: skip
    columns = {**OWNED, "api_keys": "user"}
    emails: set[str] = set()
    for table, column in columns.items():
        emails.update(
            value for (value,) in bind.execute(sa.text(f'SELECT DISTINCT "{column}" FROM {table}'))
            if value and value != LOCAL_USER
        )  # fmt: skip
    for email in sorted(emails):
        user_id = "user_" + secrets.token_hex(12)
        bind.execute(
            users.insert().values(
                id=user_id, issuer=None, subject=None, email=email, name=None, role="member",
                created_at=stamp, quotas={},
            )
        )  # fmt: skip
        for table, column in columns.items():
            bind.execute(
                sa.text(f'UPDATE {table} SET "{column}" = :new WHERE "{column}" = :old'),
                {"new": user_id, "old": email},
            )
    bind.execute(sa.text("UPDATE assistants SET shared = 'team' WHERE owner IS NULL"))
    for table, column in OWNED.items():
        bind.execute(
            sa.text(f'UPDATE {table} SET "{column}" = :local WHERE "{column}" IS NULL'),
            {"local": LOCAL_USER},
        )
    bind.execute(
        sa.text(
            "UPDATE runs SET owner = (SELECT threads.owner FROM threads "
            "WHERE threads.id = runs.thread_id)"
        )
    )


def downgrade() -> None:
    with op.batch_alter_table("files") as batch:
        batch.drop_index("ix_files_owner")
    with op.batch_alter_table("runs") as batch:
        batch.drop_index("ix_runs_created_at")
        batch.drop_index("ix_runs_owner")
        batch.drop_column("owner")
    with op.batch_alter_table("assistants") as batch:
        batch.drop_column("shared")
    op.drop_table("audit_log")
    op.drop_table("thread_shares")
    op.drop_table("users")
