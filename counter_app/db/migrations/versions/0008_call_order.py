"""call order: a server-filled position on call_event for the TV display's feed on PostgreSQL

Revision ID: 0008_call_order
Revises: 0007_reports
Create Date: 2026-11-26 02:10:00

PostgreSQL fills ``seq`` from the sequence ``call_event_seq`` as each call row is inserted, so the display can
read calls in insert order whatever clock stamped them. Existing calls are numbered in (at, id) order. SQLite
keeps the column NULL: its display reads by the rowid, which already grows in commit order.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_call_order"
down_revision: str | None = "0007_reports"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    if postgres:
        op.execute(sa.schema.CreateSequence(sa.Sequence("call_event_seq")))
    with op.batch_alter_table("call_event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("seq", sa.BigInteger(), nullable=True))
    if postgres:
        op.execute(
            "UPDATE call_event SET seq = numbered.n FROM "
            "(SELECT id, nextval('call_event_seq') AS n FROM "
            "(SELECT id FROM call_event ORDER BY at, id) AS ordered) AS numbered "
            "WHERE call_event.id = numbered.id"
        )
        # Writers outside SQLAlchemy (psql, a script) get a position too; the sequence goes with the column.
        op.execute("ALTER TABLE call_event ALTER COLUMN seq SET DEFAULT nextval('call_event_seq')")
        op.execute("ALTER SEQUENCE call_event_seq OWNED BY call_event.seq")
    with op.batch_alter_table("call_event", schema=None) as batch_op:
        batch_op.create_index("ix_call_event_seq", ["seq"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("call_event", schema=None) as batch_op:
        batch_op.drop_index("ix_call_event_seq")
        batch_op.drop_column("seq")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP SEQUENCE IF EXISTS call_event_seq")
