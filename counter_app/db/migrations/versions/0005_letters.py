"""letters: office profile, signatories, registers, templates, issued documents and their print log

Revision ID: 0005_letters
Revises: 0004_jobseekers
Create Date: 2026-11-25 20:05:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_letters"
down_revision: str | None = "0004_jobseekers"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "letter_register",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("key", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("number_template", sa.String(length=200), nullable=False),
        sa.Column("klasifikasi_old", sa.String(length=32), nullable=False),
        sa.Column("klasifikasi_new", sa.String(length=32), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_register")),
        sa.UniqueConstraint("key", name=op.f("uq_letter_register_key")),
    )
    op.create_table(
        "letter_signatory",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("jabatan", sa.Text(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("golongan", sa.String(length=8), nullable=False),
        sa.Column("nip", sa.String(length=18), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("authority", sa.String(length=8), nullable=False),
        sa.Column("on_behalf_of", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_signatory")),
    )
    op.create_table(
        "letter_template",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("service_key", sa.String(length=64), nullable=False),
        sa.Column("layout", sa.String(length=16), nullable=False),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("register_key", sa.String(length=32), nullable=False),
        sa.Column("signatory_role", sa.String(length=32), nullable=False),
        sa.Column("paper", sa.String(length=4), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_template")),
        sa.UniqueConstraint("key", name=op.f("uq_letter_template_key")),
    )
    op.create_table(
        "letter_register_counter",
        sa.Column("register_id", sa.Uuid(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["register_id"],
            ["letter_register.id"],
            name=op.f("fk_letter_register_counter_register_id_letter_register"),
        ),
        sa.PrimaryKeyConstraint("register_id", "year", name=op.f("pk_letter_register_counter")),
    )
    op.create_table(
        "letter_document",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("register_id", sa.Uuid(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=100), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("template_id", sa.Uuid(), nullable=False),
        sa.Column("application_id", sa.Uuid(), nullable=True),
        sa.Column("signatory_id", sa.Uuid(), nullable=True),
        sa.Column("hal", sa.Text(), nullable=False),
        sa.Column("addressee", sa.Text(), nullable=False),
        sa.Column("applicant_name", sa.String(length=200), nullable=False),
        sa.Column("signatory_name", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("snapshot", sa.JSON(), nullable=False),
        sa.Column("verification_code", sa.String(length=16), nullable=False),
        sa.Column("printed_count", sa.Integer(), nullable=False),
        sa.Column("cancel_reason", sa.Text(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"], ["application.id"], name=op.f("fk_letter_document_application_id_application")
        ),
        sa.ForeignKeyConstraint(
            ["register_id"], ["letter_register.id"], name=op.f("fk_letter_document_register_id_letter_register")
        ),
        sa.ForeignKeyConstraint(
            ["signatory_id"], ["letter_signatory.id"], name=op.f("fk_letter_document_signatory_id_letter_signatory")
        ),
        sa.ForeignKeyConstraint(
            ["template_id"], ["letter_template.id"], name=op.f("fk_letter_document_template_id_letter_template")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_document")),
        sa.UniqueConstraint("register_id", "year", "seq", name=op.f("uq_letter_document_register_id")),
        sa.UniqueConstraint("verification_code", name=op.f("uq_letter_document_verification_code")),
    )
    with op.batch_alter_table("letter_document", schema=None) as batch_op:
        batch_op.create_index("ix_letter_document_application", ["application_id"], unique=False)
        batch_op.create_index("ix_letter_document_status", ["status"], unique=False)

    op.create_table(
        "letter_print",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("document_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("printer", sa.String(length=200), nullable=False),
        sa.Column("ok", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=True),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("station", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["letter_document.id"], name=op.f("fk_letter_print_document_id_letter_document")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_print")),
        sa.UniqueConstraint("document_id", "seq", name=op.f("uq_letter_print_document_id")),
    )


def downgrade() -> None:
    op.drop_table("letter_print")
    with op.batch_alter_table("letter_document", schema=None) as batch_op:
        batch_op.drop_index("ix_letter_document_status")
        batch_op.drop_index("ix_letter_document_application")

    op.drop_table("letter_document")
    op.drop_table("letter_register_counter")
    op.drop_table("letter_template")
    op.drop_table("letter_signatory")
    op.drop_table("letter_register")
