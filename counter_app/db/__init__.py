"""The store: SQLAlchemy models, repositories, unit of work, migrations and engine set-up."""
