"""reports: indexes and columns the supervisor's reports need

Revision ID: 0007_reports
Revises: 0006_survey
Create Date: 2026-11-25 20:05:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_reports"
down_revision: str | None = "0006_survey"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
