"""trace: saved case lists, watches, hits; foreign-recruit mention columns

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

MENTION_COLUMNS = (
    ('recruiter', sa.Text()),
    ('promised_job', sa.Text()),
    ('departure_date', sa.String(length=10)),
    ('departure_date_precision', sa.String(length=8)),
    ('contract_date', sa.String(length=10)),
    ('contract_date_precision', sa.String(length=8)),
    ('exchange_list', sa.Integer()),
)


def upgrade() -> None:
    with op.batch_alter_table('mention') as batch:
        for name, kind in MENTION_COLUMNS:
            batch.add_column(sa.Column(name, kind, nullable=True))
    op.create_table(
        'trace_case',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('name', sa.String(length=128), nullable=False),
        sa.Column('created_by', sa.String(length=64), nullable=True),
        sa.Column('created_at', sa.String(length=32), nullable=False),
        sa.Column('updated_at', sa.String(length=32), nullable=False),
        sa.Column('rows', sa.Integer(), nullable=False),
        sa.Column('columns', sa.JSON(), nullable=False),
        sa.Column('options', sa.JSON(), nullable=False),
        sa.Column('checked_run', sa.Integer(), nullable=True),
        sa.Column('checked_at', sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_trace_case')),
        sa.UniqueConstraint('name', name=op.f('uq_trace_case_name')),
    )
    op.create_table(
        'trace_row',
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('row', sa.Integer(), nullable=False),
        sa.Column('data', sa.JSON(), nullable=False),
        sa.Column('messages', sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ['case_id'], ['trace_case.id'], name=op.f('fk_trace_row_case_id_trace_case')
        ),
        sa.PrimaryKeyConstraint('case_id', 'row', name=op.f('pk_trace_row')),
    )
    op.create_table(
        'trace_watch',
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('row', sa.Integer(), nullable=False),
        sa.Column('person_id', sa.String(length=16), nullable=False),
        sa.Column('probability', sa.Float(), nullable=False),
        sa.Column('mentions', sa.JSON(), nullable=False),
        sa.Column('created_at', sa.String(length=32), nullable=False),
        sa.Column('updated_at', sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ['case_id'], ['trace_case.id'], name=op.f('fk_trace_watch_case_id_trace_case')
        ),
        sa.PrimaryKeyConstraint('case_id', 'row', 'person_id', name=op.f('pk_trace_watch')),
    )
    op.create_table(
        'trace_hit',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('row', sa.Integer(), nullable=False),
        sa.Column('person_id', sa.String(length=16), nullable=False),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('probability', sa.Float(), nullable=False),
        sa.Column('mentions', sa.JSON(), nullable=False),
        sa.Column('run_id', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.String(length=32), nullable=False),
        sa.Column('seen_at', sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ['case_id'], ['trace_case.id'], name=op.f('fk_trace_hit_case_id_trace_case')
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_trace_hit')),
    )
    op.create_index(op.f('ix_trace_hit_case_id'), 'trace_hit', ['case_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_trace_hit_case_id'), table_name='trace_hit')
    op.drop_table('trace_hit')
    op.drop_table('trace_watch')
    op.drop_table('trace_row')
    op.drop_table('trace_case')
    with op.batch_alter_table('mention') as batch:
        for name, _kind in reversed(MENTION_COLUMNS):
            batch.drop_column(name)
