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
    pass


def downgrade() -> None:
    pass
