"""Accounts, roles, password hashing (argon2id), signed session cookies and CSRF tokens.

Roles are ordered: a ``viewer`` reads (public pages, and the same with a login),
a ``researcher`` also reviews pairs and confirms or rejects records, an ``admin``
also manages users. A session is a signed cookie (HttpOnly, SameSite=Lax,
Secure over TLS) holding the user id, the user's session epoch (bumped at logout
and when the password, role or status changes: the server then refuses every
cookie issued before, even one saved and replayed) and a random CSRF
nonce. Every form carries the nonce; the JSON API's writes send it in the
``X-CSRF-Token`` header.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy import Engine, insert, select, update

from headcount.store import schema as s
from headcount.web import audit, passwords

COOKIE = "hc_session"
CSRF_HEADER = "X-CSRF-Token"
CSRF_FIELD = "csrf_token"
SESSION_MAX_AGE = 14 * 24 * 3600
NAME_RE = re.compile(r"^[A-Za-z0-9_.@-]{2,64}$")
MIN_PASSWORD = passwords.MIN_LENGTH

_hasher = PasswordHasher()  # argon2id, 64 MiB, 3 passes: memory-hard
_DUMMY_HASH = _hasher.hash("not a password of anyone")


class Role(StrEnum):
    VIEWER = "viewer"
    RESEARCHER = "researcher"
    ADMIN = "admin"

    @property
    def level(self) -> int:
        return list(Role).index(self)

    def allows(self, needed: Role) -> bool:
        return self.level >= needed.level


class AccountError(ValueError):
    """A user name, password or role that cannot be accepted."""


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: Role
    active: bool
    epoch: int

    def can(self, needed: Role) -> bool:
        return self.active and self.role.allows(needed)


def _user(row: Any) -> User:
    return User(row.id, row.name, Role(row.role), bool(row.active), int(row.session_epoch))


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_new_password(password: str, name: str = "") -> None:
    """Refuse a short or easily guessed password, saying why (:mod:`headcount.web.passwords`)."""
    why = passwords.refusal(password, (name,) if name else ())
    if why:
        raise AccountError(why)


def add_user(engine: Engine, name: str, password: str, role: Role | str, who: str | None) -> User:
    """Create an account (and its audit entry)."""
    if not NAME_RE.match(name):
        raise AccountError("a user name is 2-64 letters, digits or . _ @ -")
    check_new_password(password, name)
    role = Role(role)
    now = audit.now()
    with engine.begin() as conn:
        if conn.scalar(select(s.user.c.id).where(s.user.c.name == name)) is not None:
            raise AccountError(f"user {name!r} exists already")
        conn.execute(
            insert(s.user).values(
                name=name,
                password_hash=hash_password(password),
                role=role.value,
                active=1,
                session_epoch=0,
                created_at=now,
                updated_at=now,
            )
        )
        audit.record(conn, who, "user_add", name, {"role": role.value})
        row = conn.execute(select(s.user).where(s.user.c.name == name)).one()
    return _user(row)


def get_user(engine: Engine, user_id: int) -> User | None:
    with engine.connect() as conn:
        row = conn.execute(select(s.user).where(s.user.c.id == user_id)).first()
    return _user(row) if row else None


def list_users(engine: Engine) -> list[dict[str, Any]]:
    u = s.user
    with engine.connect() as conn:
        rows = conn.execute(
            select(
                u.c.id, u.c.name, u.c.role, u.c.active, u.c.created_at, u.c.last_login_at
            ).order_by(u.c.name)
        ).all()
    return [dict(r._mapping) for r in rows]


def _change(engine: Engine, name: str, who: str | None, action: str, **values: Any) -> User:
    u = s.user
    with engine.begin() as conn:
        row = conn.execute(select(u).where(u.c.name == name)).first()
        if row is None:
            raise AccountError(f"no user {name!r}")
        conn.execute(
            update(u)
            .where(u.c.id == row.id)
            .values(**values, session_epoch=row.session_epoch + 1, updated_at=audit.now())
        )
        detail = {k: v for k, v in values.items() if k != "password_hash"}
        audit.record(conn, who, action, name, detail or None)
        row = conn.execute(select(u).where(u.c.id == row.id)).one()
    return _user(row)


def set_role(engine: Engine, name: str, role: Role | str, who: str | None) -> User:
    return _change(engine, name, who, "user_role", role=Role(role).value)


def set_active(engine: Engine, name: str, active: bool, who: str | None) -> User:
    return _change(engine, name, who, "user_active", active=int(active))


def set_password(engine: Engine, name: str, password: str, who: str | None) -> User:
    check_new_password(password, name)
    return _change(engine, name, who, "user_password", password_hash=hash_password(password))


def end_sessions(engine: Engine, name: str, who: str | None, action: str = "logout") -> User:
    """End every session of ``name`` on the server (a cookie saved before is refused)."""
    return _change(engine, name, who, action)


def password_matches(engine: Engine, name: str, password: str) -> bool:
    """Whether ``password`` is the active user ``name``'s (no login recorded)."""
    with engine.connect() as conn:
        row = conn.execute(select(s.user).where(s.user.c.name == name)).first()
    stored = row.password_hash if row is not None else _DUMMY_HASH
    try:
        _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False
    return row is not None and bool(row.active)


def authenticate(engine: Engine, name: str, password: str) -> User | None:
    """The active user with this name and password, or None (same work either way)."""
    u = s.user
    with engine.connect() as conn:
        row = conn.execute(select(u).where(u.c.name == name)).first()
    stored = row.password_hash if row is not None else _DUMMY_HASH
    try:
        _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return None
    if row is None or not row.active:
        return None
    values: dict[str, Any] = {"last_login_at": audit.now()}
    if _hasher.check_needs_rehash(stored):
        values["password_hash"] = hash_password(password)
    with engine.begin() as conn:
        conn.execute(update(u).where(u.c.id == row.id).values(**values))
        audit.record(conn, row.name, "login")
    return _user(row)


def record_failed_login(engine: Engine, name: str, key: str) -> None:
    """Log that a login failed, never the typed name: people type passwords into it.

    The entry's target is a keyed hash (HMAC-SHA256 with the app's secret, 16 hex
    digits) of the name, so an admin can see repeated failures against one name
    without the log holding what was typed; the detail says whether the name is
    an account's.
    """
    digest = hmac.new(key.encode(), name.encode("utf-8", "replace"), hashlib.sha256)
    with engine.begin() as conn:
        known = conn.scalar(select(s.user.c.id).where(s.user.c.name == name)) is not None
        audit.record(conn, None, "login_failed", f"h:{digest.hexdigest()[:16]}", {"account": known})


# --------------------------------------------------------------------- sessions


@dataclass
class Session:
    """What the session cookie holds."""

    csrf: str
    uid: int | None = None
    epoch: int = 0
    changed: bool = False  # the cookie must be (re)sent

    @classmethod
    def fresh(cls) -> Session:
        return cls(csrf=secrets.token_urlsafe(24), changed=True)

    def login(self, user: User) -> None:
        self.uid, self.epoch = user.id, user.epoch
        self.csrf = secrets.token_urlsafe(24)  # a new nonce: no session fixation
        self.changed = True

    def logout(self) -> None:
        self.uid, self.epoch = None, 0
        self.csrf = secrets.token_urlsafe(24)
        self.changed = True

    def csrf_ok(self, token: str | None) -> bool:
        return bool(token) and hmac.compare_digest(str(token), self.csrf)


class SessionCodec:
    def __init__(self, secret: str) -> None:
        self._s = URLSafeTimedSerializer(secret, salt="headcount-session")

    def dumps(self, session: Session) -> str:
        return self._s.dumps({"c": session.csrf, "u": session.uid, "e": session.epoch})

    def loads(self, cookie: str | None) -> Session | None:
        if not cookie:
            return None
        try:
            data = self._s.loads(cookie, max_age=SESSION_MAX_AGE)
        except BadSignature:
            return None
        if not isinstance(data, dict) or not isinstance(data.get("c"), str):
            return None
        uid = data.get("u")
        return Session(
            csrf=data["c"], uid=uid if isinstance(uid, int) else None, epoch=int(data.get("e", 0))
        )
