"""reports: indexes the supervisor's reports need

Revision ID: 0007_reports
Revises: 0006_survey
Create Date: 2026-11-25 20:05:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007_reports"
down_revision: str | None = "0006_survey"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TICKET_REPORT_COLUMNS = [
    "service_id",
    "counter_id",
    "clerk_id",
    "status",
    "outcome",
    "day",
    "issued_at",
    "called_at",
    "serving_started_at",
    "finished_at",
]


def upgrade() -> None:
    with op.batch_alter_table("ticket", schema=None) as batch_op:
        batch_op.create_index("ix_ticket_report", TICKET_REPORT_COLUMNS, unique=False)
    with op.batch_alter_table("ticket_event", schema=None) as batch_op:
        batch_op.create_index("ix_ticket_event_kind_at", ["kind", "at"], unique=False)
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.create_index("ix_application_report_received", ["received_at", "service_id"], unique=False)
        batch_op.create_index(
            "ix_application_report_done", ["status", "updated_at", "service_id", "due_at"], unique=False
        )

    with op.batch_alter_table("job_seeker_report", schema=None) as batch_op:
        batch_op.create_index("ix_job_seeker_report_reported_on", ["reported_on"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("job_seeker_report", schema=None) as batch_op:
        batch_op.drop_index("ix_job_seeker_report_reported_on")
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.drop_index("ix_application_report_done")
        batch_op.drop_index("ix_application_report_received")
    with op.batch_alter_table("ticket_event", schema=None) as batch_op:
        batch_op.drop_index("ix_ticket_event_kind_at")
    with op.batch_alter_table("ticket", schema=None) as batch_op:
        batch_op.drop_index("ix_ticket_report")
