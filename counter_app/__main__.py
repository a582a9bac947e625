"""Entry point for ``python -m counter_app``."""

from counter_app import app

if __name__ == "__main__":
    raise SystemExit(app.main())
