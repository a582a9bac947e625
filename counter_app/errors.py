"""Error classes: UserError and kin are safe to show; anything else is a bug."""

from __future__ import annotations


class CounterAppError(Exception):
    """Base of every error the program raises on purpose."""


class UserError(CounterAppError):
    """Something the person at the desk can fix; the message is plain Indonesian and says how."""


class NotFound(UserError):
    """The thing asked for does not exist (or no longer exists)."""


class Conflict(UserError):
    """Someone else changed the same thing first; reload and try again."""


class PermissionDenied(UserError):
    """The signed-in user's role may not do this."""


class AuthenticationFailed(UserError):
    """Wrong user name or password, or the account is locked."""


class CatalogueError(CounterAppError):
    """The catalogue file is invalid; the message names the standard and the field at fault."""


class StoreUnavailable(UserError):
    """The database cannot be reached or opened; the message says what to do, ``detail`` what went wrong.

    Attributes:
        detail: The technical text (exception type and driver message, password removed) for "Rincian".
        store_kind: ``"PostgreSQL"`` or ``"SQLite"`` (empty when the URL could not be read).
        target: The SQLite file path or ``host:port/database`` of the store.
        setting_source: Where the store URL is set (the settings file's path or the environment variable).
    """

    def __init__(
        self, message: str, *, detail: str = "", store_kind: str = "", target: str = "", setting_source: str = ""
    ) -> None:
        super().__init__(message)
        self.detail = detail
        self.store_kind = store_kind
        self.target = target
        self.setting_source = setting_source
