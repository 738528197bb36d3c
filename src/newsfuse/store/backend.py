"""One small database interface over two drivers: sqlite3 (standard library) and pg8000.

Why a thin layer of our own rather than SQLAlchemy Core: the store runs a dozen fixed
statements, so a query builder buys little, while two pure-Python drivers (sqlite3 ships with
Python; pg8000 is BSD-licensed and needs no C library) keep the core install small and avoid
LGPL drivers such as psycopg. The statements are written once with `?` placeholders; the only
per-dialect text lives in `schema.py` (DDL and full-text search).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import unquote, urlparse

from newsfuse.errors import ConfigError

Dialect = Literal["sqlite", "postgresql"]
Row = tuple[Any, ...]

DEFAULT_URL = "newsfuse.db"
_STORE_EXTRA = "pip install 'newsfuse[store]'"


@dataclass(frozen=True)
class Target:
    """Where a store lives, parsed from a URL or a plain file path."""

    dialect: Dialect
    path: str = ""  # sqlite: the file
    host: str = "localhost"
    port: int = 5432
    user: str = "postgres"
    password: str | None = None
    database: str = "postgres"


def parse_url(url: str) -> Target:
    """`postgresql://user:pw@host:port/db`, `sqlite:///path`, or a plain file path."""
    if url.startswith(("postgresql://", "postgres://")):
        parts = urlparse(url)
        return Target(
            "postgresql",
            host=parts.hostname or "localhost",
            port=parts.port or 5432,
            user=unquote(parts.username or "postgres"),
            password=unquote(parts.password) if parts.password else None,
            database=parts.path.lstrip("/") or "postgres",
        )
    if url.startswith("sqlite:///"):
        return Target("sqlite", path=url[len("sqlite:///") :])
    if "://" in url:
        raise ConfigError(f"database URL {url!r}: use a file path, sqlite:/// or postgresql://")
    return Target("sqlite", path=url)


class Database:
    """A connection with transactions and `?`-placeholder statements on either dialect."""

    def __init__(self, target: Target) -> None:
        self.dialect: Dialect = target.dialect
        self._conn: Any = _connect(target)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        cursor = self._conn.cursor()
        cursor.execute(self._native(sql), tuple(params))
        rows = cursor.fetchall() if cursor.description else []
        return [tuple(row) for row in rows]

    def script(self, statements: Sequence[str]) -> None:
        for statement in statements:
            self._conn.cursor().execute(statement)

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """All statements inside commit together or not at all (a SIGKILL included)."""
        if self.dialect == "sqlite":
            self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self._conn.rollback()
            raise
        self._conn.commit()

    def close(self) -> None:
        self._conn.close()

    def _native(self, sql: str) -> str:
        return sql if self.dialect == "sqlite" else sql.replace("?", "%s")


def _connect(target: Target) -> Any:
    if target.dialect == "sqlite":
        folder = Path(target.path).parent
        if not folder.is_dir():
            raise ConfigError(f"database {target.path!r}: folder {str(folder)!r} does not exist")
        # Transactions are opened explicitly (BEGIN IMMEDIATE), so autocommit mode for the rest.
        conn = sqlite3.connect(target.path, isolation_level=None, timeout=30)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        return conn
    try:
        import pg8000.dbapi  # type: ignore[import-untyped]
    except ImportError:
        raise ConfigError(f"PostgreSQL needs the store extra: {_STORE_EXTRA}") from None
    try:
        return pg8000.dbapi.connect(
            user=target.user,
            password=target.password,
            host=target.host,
            port=target.port,
            database=target.database,
        )
    except Exception as error:
        where = f"{target.host}:{target.port}/{target.database}"
        raise ConfigError(f"cannot connect to PostgreSQL at {where}: {error}") from None
