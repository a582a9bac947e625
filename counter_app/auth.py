"""Sign-in with argon2 hashes and lockout, the first admin, and the user administration service."""

from __future__ import annotations

import datetime as dt
import math
import re
import uuid
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from counter_app.changes import Changes
from counter_app.context import ServiceContext
from counter_app.db import models
from counter_app.errors import AuthenticationFailed, Conflict, NotFound, UserError
from counter_app.roles import ROLE_LABELS, Permission, Principal, Role

USERNAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{2,31}$")
MIN_PASSWORD_LENGTH = 8
NIP_PATTERN = re.compile(r"^\d{18}$")


@dataclass(frozen=True)
class UserInfo:
    """A user account as screens see it (never the hash)."""

    id: uuid.UUID
    username: str
    full_name: str
    nip: str
    role: Role
    active: bool
    locked_until: dt.datetime | None
    last_login_at: dt.datetime | None

    @property
    def role_label(self) -> str:
        """The role as staff call it."""
        return ROLE_LABELS[self.role]


def _info(user: models.User) -> UserInfo:
    return UserInfo(
        id=user.id,
        username=user.username,
        full_name=user.full_name,
        nip=user.nip,
        role=Role(user.role),
        active=user.active,
        locked_until=user.locked_until,
        last_login_at=user.last_login_at,
    )


def _principal(user: models.User) -> Principal:
    return Principal(user_id=user.id, username=user.username, full_name=user.full_name, role=Role(user.role))


def check_username(username: str) -> str:
    """Return the normalised user name or raise a UserError that says what is allowed."""
    name = username.strip().lower()
    if not USERNAME_PATTERN.match(name):
        raise UserError(
            "Nama pengguna harus 3-32 karakter: huruf kecil, angka, titik, garis bawah atau tanda minus, "
            "diawali huruf atau angka."
        )
    return name


def check_password(password: str) -> None:
    """Raise a UserError unless the password is long enough."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError(f"Kata sandi minimal {MIN_PASSWORD_LENGTH} karakter.")
    if not password.strip():
        raise UserError("Kata sandi tidak boleh hanya berisi spasi.")


def check_full_name(full_name: str) -> str:
    """Return the trimmed name or raise a UserError."""
    name = " ".join(full_name.split())
    if not name:
        raise UserError("Nama lengkap wajib diisi.")
    if len(name) > 200:
        raise UserError("Nama lengkap terlalu panjang (maksimal 200 karakter).")
    return name


def check_nip(nip: str) -> str:
    """NIP is optional; when given it must be 18 digits (spaces allowed as in 'NIP. 19680411 199303 1 009')."""
    digits = re.sub(r"\s+", "", nip)
    if digits and not NIP_PATTERN.match(digits):
        raise UserError("NIP harus 18 angka (boleh dengan spasi), atau dikosongkan.")
    return digits


class AuthService:
    """Signs staff in and out; counts failed logins and locks the account after too many."""

    def __init__(
        self, ctx: ServiceContext, *, max_failed_logins: int = 5, lockout_minutes: int = 15, hasher: PasswordHasher
    ) -> None:
        self._ctx = ctx
        self._max_failed = max_failed_logins
        self._lockout = dt.timedelta(minutes=lockout_minutes)
        self._hasher = hasher

    def needs_first_admin(self) -> bool:
        """Return True when the store has no user yet (first start)."""
        with self._ctx.uow(read_only=True) as uow:
            return uow.users.count() == 0

    def create_first_admin(self, username: str, full_name: str, password: str) -> Principal:
        """Create the first admin account; refused once any user exists."""
        name = check_username(username)
        full = check_full_name(full_name)
        check_password(password)
        with self._ctx.uow() as uow:
            if uow.users.count() > 0:
                raise Conflict("Akun admin pertama sudah dibuat. Masuk dengan akun yang ada.")
            user = models.User(
                username=name,
                full_name=full,
                role=Role.ADMIN.value,
                password_hash=self._hasher.hash(password),
                created_at=self._ctx.clock.now(),
            )
            uow.users.add(user)
            principal = _principal(user)
            self._ctx.audit(uow, principal, "user.first_admin", "user", user.id)
            uow.commit()
        self._ctx.hub.publish(Changes(users=True))
        return principal

    def login(self, username: str, password: str) -> Principal:
        """Check the password and return the principal; raises AuthenticationFailed with the reason."""
        now = self._ctx.clock.now()
        with self._ctx.uow() as uow:
            user = uow.users.by_username(username, for_update=True)
            if user is None or not user.active:
                self._ctx.audit(uow, None, "login.failed", "user", "", username_given=username.strip()[:64])
                uow.commit()
                raise AuthenticationFailed("Nama pengguna atau kata sandi salah.")
            if user.locked_until is not None and user.locked_until > now:
                minutes = max(1, math.ceil((user.locked_until - now).total_seconds() / 60))
                self._ctx.audit(uow, _principal(user), "login.refused_locked", "user", user.id)
                uow.commit()
                raise AuthenticationFailed(
                    f"Akun terkunci karena terlalu banyak percobaan gagal. Coba lagi dalam {minutes} menit "
                    "atau minta Admin membukanya."
                )
            if not self._verify(user.password_hash, password):
                user.failed_logins += 1
                left = self._max_failed - user.failed_logins
                if left <= 0:
                    user.locked_until = now + self._lockout
                    user.failed_logins = 0
                    self._ctx.audit(uow, _principal(user), "login.locked", "user", user.id)
                    message = (
                        f"Kata sandi salah. Akun dikunci {int(self._lockout.total_seconds() // 60)} menit; "
                        "minta Admin membukanya bila perlu segera."
                    )
                else:
                    self._ctx.audit(uow, _principal(user), "login.failed", "user", user.id)
                    message = f"Nama pengguna atau kata sandi salah. Sisa percobaan: {left}."
                uow.commit()
                raise AuthenticationFailed(message)
            user.failed_logins = 0
            user.locked_until = None
            user.last_login_at = now
            if self._hasher.check_needs_rehash(user.password_hash):
                user.password_hash = self._hasher.hash(password)
            principal = _principal(user)
            self._ctx.audit(uow, principal, "login.ok", "user", user.id)
            uow.commit()
        return principal

    def unlock_session(self, principal: Principal, password: str) -> None:
        """Re-check the password of the signed-in user after an idle lock."""
        with self._ctx.uow() as uow:
            user = uow.users.get(principal.user_id) if principal.user_id else None
            ok = user is not None and user.active and self._verify(user.password_hash, password)
            self._ctx.audit(uow, principal, "session.unlock" if ok else "session.unlock_failed", "user", "")
            uow.commit()
        if not ok:
            raise AuthenticationFailed("Kata sandi salah. Ketik kata sandi Anda untuk membuka layar.")

    def record_idle_lock(self, principal: Principal) -> None:
        """Write to the audit trail that the window locked itself."""
        with self._ctx.uow() as uow:
            self._ctx.audit(uow, principal, "session.idle_lock", "user", principal.user_id or "")
            uow.commit()

    def logout(self, principal: Principal) -> None:
        """Record the end of a session."""
        with self._ctx.uow() as uow:
            self._ctx.audit(uow, principal, "logout", "user", principal.user_id or "")
            uow.commit()

    def change_own_password(self, principal: Principal, old_password: str, new_password: str) -> None:
        """Let a user change their own password after proving the old one."""
        check_password(new_password)
        with self._ctx.uow() as uow:
            user = uow.users.get(principal.user_id) if principal.user_id else None
            if user is None or not self._verify(user.password_hash, old_password):
                raise AuthenticationFailed("Kata sandi lama salah.")
            user.password_hash = self._hasher.hash(new_password)
            self._ctx.audit(uow, principal, "user.password_changed", "user", user.id)
            uow.commit()

    def _verify(self, password_hash: str, password: str) -> bool:
        try:
            return self._hasher.verify(password_hash, password)
        except (VerificationError, InvalidHashError):
            return False


class UserAdminService:
    """Adds and edits staff accounts; every call requires MANAGE_USERS."""

    def __init__(self, ctx: ServiceContext, *, hasher: PasswordHasher) -> None:
        self._ctx = ctx
        self._hasher = hasher

    def list_users(self, actor: Principal) -> list[UserInfo]:
        """Return every account, by user name."""
        actor.require(Permission.MANAGE_USERS)
        with self._ctx.uow(read_only=True) as uow:
            return [_info(u) for u in uow.users.list()]

    def add_user(
        self, actor: Principal, *, username: str, full_name: str, role: Role, password: str, nip: str = ""
    ) -> UserInfo:
        """Create an account; the user name must be free."""
        actor.require(Permission.MANAGE_USERS)
        name = check_username(username)
        full = check_full_name(full_name)
        clean_nip = check_nip(nip)
        check_password(password)
        with self._ctx.uow() as uow:
            if uow.users.by_username(name) is not None:
                raise Conflict(f"Nama pengguna '{name}' sudah dipakai. Pilih nama lain.")
            user = models.User(
                username=name,
                full_name=full,
                nip=clean_nip,
                role=Role(role).value,
                password_hash=self._hasher.hash(password),
                created_at=self._ctx.clock.now(),
            )
            uow.users.add(user)
            self._ctx.audit(uow, actor, "user.add", "user", user.id, role=user.role)
            info = _info(user)
            uow.commit()
        self._ctx.hub.publish(Changes(users=True))
        return info

    def update_user(
        self, actor: Principal, user_id: uuid.UUID, *, full_name: str, role: Role, active: bool, nip: str = ""
    ) -> UserInfo:
        """Change name, role, NIP or active flag; the last active admin cannot lose admin rights."""
        actor.require(Permission.MANAGE_USERS)
        full = check_full_name(full_name)
        clean_nip = check_nip(nip)
        with self._ctx.uow() as uow:
            user = self._get(uow.users.get(user_id))
            was_admin = user.role == Role.ADMIN.value and user.active
            stays_admin = Role(role) == Role.ADMIN and active
            if was_admin and not stays_admin and uow.users.count_active_admins() <= 1:
                raise UserError("Ini satu-satunya Admin aktif. Buat Admin lain dulu sebelum mengubah akun ini.")
            changed = [
                name
                for name, old, new in (
                    ("full_name", user.full_name, full),
                    ("nip", user.nip, clean_nip),
                    ("role", user.role, Role(role).value),
                    ("active", user.active, active),
                )
                if old != new
            ]
            user.full_name, user.nip, user.role, user.active = full, clean_nip, Role(role).value, active
            self._ctx.audit(uow, actor, "user.update", "user", user.id, fields=changed)
            info = _info(user)
            uow.commit()
        self._ctx.hub.publish(Changes(users=True))
        return info

    def reset_password(self, actor: Principal, user_id: uuid.UUID, new_password: str) -> None:
        """Set a new password for someone who forgot theirs; also unlocks the account."""
        actor.require(Permission.MANAGE_USERS)
        check_password(new_password)
        with self._ctx.uow() as uow:
            user = self._get(uow.users.get(user_id))
            user.password_hash = self._hasher.hash(new_password)
            user.failed_logins = 0
            user.locked_until = None
            self._ctx.audit(uow, actor, "user.reset_password", "user", user.id)
            uow.commit()
        self._ctx.hub.publish(Changes(users=True))

    def unlock(self, actor: Principal, user_id: uuid.UUID) -> None:
        """Lift a lockout after too many failed logins."""
        actor.require(Permission.MANAGE_USERS)
        with self._ctx.uow() as uow:
            user = self._get(uow.users.get(user_id))
            user.failed_logins = 0
            user.locked_until = None
            self._ctx.audit(uow, actor, "user.unlock", "user", user.id)
            uow.commit()
        self._ctx.hub.publish(Changes(users=True))

    @staticmethod
    def _get(user: models.User | None) -> models.User:
        if user is None:
            raise NotFound("Pengguna tidak ditemukan; mungkin sudah dihapus. Muat ulang daftar.")
        return user
