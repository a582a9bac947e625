"""Alembic environment: runs on the connection handed over by counter_app.db.migrate."""

from __future__ import annotations

from alembic import context

from counter_app.db import models

config = context.config
target_metadata = models.Base.metadata


def run_migrations_online() -> None:
    """Run migrations on the connection given in ``config.attributes['connection']``."""
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("counter_app migrations run through counter_app.db.migrate, not the alembic CLI")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
