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
    pass


def downgrade() -> None:
    pass
