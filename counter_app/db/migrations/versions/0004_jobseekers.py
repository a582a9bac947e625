"""jobseekers: AK/1 registrations, profiles, report-backs, placements, drafts

Revision ID: 0004_jobseekers
Revises: 0003_intake
Create Date: 2026-11-25 20:05:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_jobseekers"
down_revision: str | None = "0003_intake"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "ak1_number_counter",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_ak1_number_counter")),
    )
    op.create_table(
        "job_seeker",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("registration_number", sa.String(length=40), nullable=False),
        sa.Column("previous_id", sa.Uuid(), nullable=True),
        sa.Column("nik", sa.String(length=16), nullable=False),
        sa.Column("kk", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_folded", sa.String(length=200), nullable=False),
        sa.Column("birth_place", sa.String(length=100), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("religion", sa.String(length=2), nullable=False),
        sa.Column("marital_status", sa.String(length=16), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("kecamatan_code", sa.String(length=16), nullable=False),
        sa.Column("desa_code", sa.String(length=16), nullable=False),
        sa.Column("postcode", sa.String(length=8), nullable=False),
        sa.Column("phone", sa.String(length=32), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("height_cm", sa.Integer(), nullable=True),
        sa.Column("weight_kg", sa.Integer(), nullable=True),
        sa.Column("education_level", sa.String(length=4), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("photo", sa.LargeBinary(), nullable=True),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("reports_done", sa.Integer(), nullable=False),
        sa.Column("next_report_due", sa.Date(), nullable=True),
        sa.Column("placement_employer", sa.String(length=200), nullable=False),
        sa.Column("placement_position", sa.String(length=200), nullable=False),
        sa.Column("placed_on", sa.Date(), nullable=True),
        sa.Column("removed_on", sa.Date(), nullable=True),
        sa.Column("removal_reason", sa.String(length=300), nullable=False),
        sa.Column("officer_id", sa.Uuid(), nullable=True),
        sa.Column("officer_name", sa.String(length=200), nullable=False),
        sa.Column("officer_nip", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["previous_id"], ["job_seeker.id"], name=op.f("fk_job_seeker_previous_id_job_seeker")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_job_seeker")),
        sa.UniqueConstraint("registration_number", name=op.f("uq_job_seeker_registration_number")),
    )
    with op.batch_alter_table("job_seeker", schema=None) as batch_op:
        batch_op.create_index("ix_job_seeker_issued_on", ["issued_on"], unique=False)
        batch_op.create_index("ix_job_seeker_nik", ["nik"], unique=False)
        batch_op.create_index("ix_job_seeker_placed_on", ["placed_on"], unique=False)
        batch_op.create_index("ix_job_seeker_removed_on", ["removed_on"], unique=False)
        batch_op.create_index("ix_job_seeker_status_due", ["status", "next_report_due"], unique=False)
        batch_op.create_index("ix_job_seeker_valid_until", ["status", "valid_until"], unique=False)

    op.create_table(
        "job_seeker_card_print",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("seeker_id", sa.Uuid(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("station", sa.String(length=100), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=True),
        sa.Column("user_name", sa.String(length=200), nullable=False),
        sa.Column("printer", sa.String(length=200), nullable=False),
        sa.Column("reprint_reason", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["seeker_id"],
            ["job_seeker.id"],
            name=op.f("fk_job_seeker_card_print_seeker_id_job_seeker"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_job_seeker_card_print")),
    )
    with op.batch_alter_table("job_seeker_card_print", schema=None) as batch_op:
        batch_op.create_index("ix_job_seeker_card_print_seeker", ["seeker_id", "at"], unique=False)

    op.create_table(
        "job_seeker_name_word",
        sa.Column("word", sa.String(length=64), nullable=False),
        sa.Column("seeker_id", sa.Uuid(), nullable=False),
        sa.Column("head", sa.String(length=3), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["seeker_id"],
            ["job_seeker.id"],
            name=op.f("fk_job_seeker_name_word_seeker_id_job_seeker"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("word", "seeker_id", name=op.f("pk_job_seeker_name_word")),
    )
    with op.batch_alter_table("job_seeker_name_word", schema=None) as batch_op:
        batch_op.create_index("ix_job_seeker_name_word_head", ["head", "issued_on", "word", "seeker_id"], unique=False)
        batch_op.create_index("ix_job_seeker_name_word_seeker", ["seeker_id", "word"], unique=False)

    op.create_table(
        "job_seeker_report",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("seeker_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("reported_on", sa.Date(), nullable=False),
        sa.Column("officer_id", sa.Uuid(), nullable=True),
        sa.Column("officer_name", sa.String(length=200), nullable=False),
        sa.Column("officer_nip", sa.String(length=32), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["seeker_id"],
            ["job_seeker.id"],
            name=op.f("fk_job_seeker_report_seeker_id_job_seeker"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_job_seeker_report")),
        sa.UniqueConstraint("seeker_id", "number", name=op.f("uq_job_seeker_report_seeker_id")),
    )


def downgrade() -> None:
    op.drop_table("job_seeker_report")
    with op.batch_alter_table("job_seeker_name_word", schema=None) as batch_op:
        batch_op.drop_index("ix_job_seeker_name_word_seeker")
        batch_op.drop_index("ix_job_seeker_name_word_head")

    op.drop_table("job_seeker_name_word")
    with op.batch_alter_table("job_seeker_card_print", schema=None) as batch_op:
        batch_op.drop_index("ix_job_seeker_card_print_seeker")

    op.drop_table("job_seeker_card_print")
    with op.batch_alter_table("job_seeker", schema=None) as batch_op:
        batch_op.drop_index("ix_job_seeker_valid_until")
        batch_op.drop_index("ix_job_seeker_status_due")
        batch_op.drop_index("ix_job_seeker_removed_on")
        batch_op.drop_index("ix_job_seeker_placed_on")
        batch_op.drop_index("ix_job_seeker_nik")
        batch_op.drop_index("ix_job_seeker_issued_on")

    op.drop_table("job_seeker")
    op.drop_table("ak1_number_counter")
