"""intake: applicants, checklists, applications with step history

Revision ID: 0003_intake
Revises: 0002_queue
Create Date: 2026-11-25 18:08:21.004919
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_intake"
down_revision: str | None = "0002_queue"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "applicant",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("nik", sa.String(length=16), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_folded", sa.String(length=200), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("sex", sa.String(length=1), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("nib", sa.String(length=32), nullable=True),
        sa.Column("npwp", sa.String(length=32), nullable=True),
        sa.Column("npsn", sa.String(length=16), nullable=True),
        sa.Column("contact_person", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_applicant")),
    )
    with op.batch_alter_table("applicant", schema=None) as batch_op:
        batch_op.create_index("ix_applicant_name_folded", ["name_folded"], unique=False)
        batch_op.create_index("ix_applicant_nib", ["nib"], unique=False)
        batch_op.create_index("ix_applicant_nik", ["nik"], unique=False)
        batch_op.create_index("ix_applicant_npsn", ["npsn"], unique=False)
        batch_op.create_index("ix_applicant_npwp", ["npwp"], unique=False)

    op.create_table(
        "application_counter",
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("code", "year", name=op.f("pk_application_counter")),
    )
    op.create_table(
        "intake",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("service_id", sa.Uuid(), nullable=False),
        sa.Column("variant", sa.String(length=32), nullable=False),
        sa.Column("applicant_id", sa.Uuid(), nullable=False),
        sa.Column("ticket_id", sa.Uuid(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["applicant_id"], ["applicant.id"], name=op.f("fk_intake_applicant_id_applicant")),
        sa.ForeignKeyConstraint(["service_id"], ["service.id"], name=op.f("fk_intake_service_id_service")),
        sa.ForeignKeyConstraint(["ticket_id"], ["ticket.id"], name=op.f("fk_intake_ticket_id_ticket")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_intake")),
    )
    with op.batch_alter_table("intake", schema=None) as batch_op:
        batch_op.create_index("ix_intake_applicant_status", ["applicant_id", "status"], unique=False)

    op.create_table(
        "application",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("tracking_number", sa.String(length=32), nullable=False),
        sa.Column("service_id", sa.Uuid(), nullable=False),
        sa.Column("intake_id", sa.Uuid(), nullable=True),
        sa.Column("applicant_id", sa.Uuid(), nullable=True),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=False),
        sa.Column("step_position", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("product_number", sa.String(length=100), nullable=True),
        sa.Column("product_date", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["applicant_id"], ["applicant.id"], name=op.f("fk_application_applicant_id_applicant")),
        sa.ForeignKeyConstraint(["intake_id"], ["intake.id"], name=op.f("fk_application_intake_id_intake")),
        sa.ForeignKeyConstraint(["service_id"], ["service.id"], name=op.f("fk_application_service_id_service")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_application")),
        sa.UniqueConstraint("tracking_number", name=op.f("uq_application_tracking_number")),
    )
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.create_index("ix_application_applicant", ["applicant_id"], unique=False)
        batch_op.create_index("ix_application_service_status", ["service_id", "status"], unique=False)
        batch_op.create_index("ix_application_status_due", ["status", "due_at"], unique=False)

    op.create_table(
        "intake_attachment",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("intake_id", sa.Uuid(), nullable=False),
        sa.Column("requirement_id", sa.Uuid(), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("content_type", sa.String(length=100), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=True),
        sa.Column("path", sa.Text(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["intake_id"], ["intake.id"], name=op.f("fk_intake_attachment_intake_id_intake"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["requirement_id"],
            ["service_requirement.id"],
            name=op.f("fk_intake_attachment_requirement_id_service_requirement"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_intake_attachment")),
    )
    with op.batch_alter_table("intake_attachment", schema=None) as batch_op:
        batch_op.create_index("ix_intake_attachment_intake", ["intake_id"], unique=False)

    op.create_table(
        "intake_item",
        sa.Column("intake_id", sa.Uuid(), nullable=False),
        sa.Column("requirement_id", sa.Uuid(), nullable=False),
        sa.Column("present", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["intake_id"], ["intake.id"], name=op.f("fk_intake_item_intake_id_intake"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["requirement_id"],
            ["service_requirement.id"],
            name=op.f("fk_intake_item_requirement_id_service_requirement"),
        ),
        sa.PrimaryKeyConstraint("intake_id", "requirement_id", name=op.f("pk_intake_item")),
    )
    op.create_table(
        "application_step",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("application_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("step_position", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("actor_id", sa.Uuid(), nullable=True),
        sa.Column("actor_name", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"], ["application.id"], name=op.f("fk_application_step_application_id_application")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_application_step")),
        sa.UniqueConstraint("application_id", "seq", name=op.f("uq_application_step_application_id")),
    )


def downgrade() -> None:

    op.drop_table("application_step")
    op.drop_table("intake_item")
    with op.batch_alter_table("intake_attachment", schema=None) as batch_op:
        batch_op.drop_index("ix_intake_attachment_intake")

    op.drop_table("intake_attachment")
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.drop_index("ix_application_status_due")
        batch_op.drop_index("ix_application_service_status")
        batch_op.drop_index("ix_application_applicant")

    op.drop_table("application")
    with op.batch_alter_table("intake", schema=None) as batch_op:
        batch_op.drop_index("ix_intake_applicant_status")

    op.drop_table("intake")
    op.drop_table("application_counter")
    with op.batch_alter_table("applicant", schema=None) as batch_op:
        batch_op.drop_index("ix_applicant_npwp")
        batch_op.drop_index("ix_applicant_npsn")
        batch_op.drop_index("ix_applicant_nik")
        batch_op.drop_index("ix_applicant_nib")
        batch_op.drop_index("ix_applicant_name_folded")

    op.drop_table("applicant")
