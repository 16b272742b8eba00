"""ingest: cell warnings kept, list rows' call signs, guards ranks and date qualifiers

Revision ID: 0009
Revises: 0008

A list row whose cells cannot all be read is stored all the same; each such
cell gives one ``ingest_warning`` (file, row, column, raw value, reason).
Mentions gain ``callsign`` (a call sign or nickname, never part of the name),
``rank_guards`` (1: a guards rank) and ``qualifiers`` (per field: a date's
uncertain / repaired / bound flags, a rank's service or reserve).
"""

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'ingest_warning',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('run_id', sa.Integer(), nullable=False),
        sa.Column('source', sa.String(length=64), nullable=False),
        sa.Column('document_id', sa.String(length=64), nullable=True),
        sa.Column('path', sa.Text(), nullable=False),
        sa.Column('row_no', sa.Integer(), nullable=True),
        sa.Column('column_name', sa.Text(), nullable=True),
        sa.Column('field', sa.String(length=32), nullable=True),
        sa.Column('raw', sa.Text(), nullable=True),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('created_at', sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(['run_id'], ['ingest_run.id'],
                                name=op.f('fk_ingest_warning_run_id_ingest_run')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_ingest_warning')),
    )
    op.create_index(op.f('ix_ingest_warning_source'), 'ingest_warning', ['source', 'kind'])
    op.create_index(op.f('ix_ingest_warning_document_id'), 'ingest_warning', ['document_id'])
    op.add_column('ingest_run', sa.Column('warnings', sa.Integer(), nullable=True))
    op.add_column('mention', sa.Column('callsign', sa.Text(), nullable=True))
    op.add_column('mention', sa.Column('rank_guards', sa.Integer(), nullable=True))
    op.add_column('mention', sa.Column('qualifiers', sa.JSON(), nullable=True))


def downgrade() -> None:
    # plain ALTER TABLE ... DROP COLUMN (SQLite >= 3.35, PostgreSQL): a batch copy of
    # the mention table would break the foreign keys that point at it
    for table, column in (('mention', 'qualifiers'), ('mention', 'rank_guards'),
                          ('mention', 'callsign'), ('ingest_run', 'warnings')):
        op.execute(f'ALTER TABLE {table} DROP COLUMN {column}')
    op.drop_index(op.f('ix_ingest_warning_document_id'), table_name='ingest_warning')
    op.drop_index(op.f('ix_ingest_warning_source'), table_name='ingest_warning')
    op.drop_table('ingest_warning')
