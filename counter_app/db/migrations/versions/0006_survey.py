"""survey: SKM responses and complaints

Revision ID: 0006_survey
Revises: 0005_letters
Create Date: 2026-11-25 20:05:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_survey"
down_revision: str | None = "0005_letters"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
