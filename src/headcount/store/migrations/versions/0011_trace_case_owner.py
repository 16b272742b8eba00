"""trace: case names unique per owner, not across owners

Revision ID: 0011
Revises: 0010

A case name was unique across all users, so a refused name told one researcher
that another had a case so named. The unique constraint is now on
(created_by, name).

SQLite cannot drop a table's unique constraint in place: the table is rebuilt
(batch mode) with foreign key enforcement off, as SQLite's own procedure for
table changes says (a deferred check does not help: dropping the old table
counts as deleting every case the rows, watches and hits point at). The work
done so far is committed first (SQLite ignores the switch inside a
transaction), the rebuilt table committed, enforcement turned on again, and
``PRAGMA foreign_key_check`` must then find nothing. Run again after a stop
half-way, it finds the new constraint and does nothing.
"""

from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def _unique_on(columns: list[str]) -> bool:
    found = sa.inspect(op.get_bind()).get_unique_constraints('trace_case')
    return any(sorted(u['column_names']) == sorted(columns) for u in found)


def _rebuild(change: Callable[[], None]) -> None:
    bind = op.get_bind()
    if bind.dialect.name != 'sqlite':
        change()
        return
    raw = bind.connection.dbapi_connection
    assert raw is not None
    if raw.in_transaction:
        raw.commit()
    raw.execute('PRAGMA foreign_keys = OFF')
    try:
        change()
        raw.commit()
    finally:
        raw.execute('PRAGMA foreign_keys = ON')
    broken = raw.execute('PRAGMA foreign_key_check').fetchall()
    if broken:
        raise RuntimeError(f'rows point at missing trace cases after the rebuild: {broken[:5]}')


def upgrade() -> None:
    if _unique_on(['created_by', 'name']):
        return

    def change() -> None:
        with op.batch_alter_table('trace_case') as batch:
            batch.drop_constraint('uq_trace_case_name', type_='unique')
            batch.create_unique_constraint(
                op.f('uq_trace_case_created_by'), ['created_by', 'name']
            )

    _rebuild(change)


def downgrade() -> None:
    def change() -> None:
        with op.batch_alter_table('trace_case') as batch:
            batch.drop_constraint('uq_trace_case_created_by', type_='unique')
            batch.create_unique_constraint(op.f('uq_trace_case_name'), ['name'])

    _rebuild(change)
