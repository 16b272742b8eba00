"""web: users, audit log, search index

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'user',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('name', sa.String(length=64), nullable=False),
        sa.Column('password_hash', sa.Text(), nullable=False),
        sa.Column('role', sa.String(length=16), nullable=False),
        sa.Column('active', sa.Integer(), nullable=False),
        sa.Column('session_epoch', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.String(length=32), nullable=False),
        sa.Column('updated_at', sa.String(length=32), nullable=False),
        sa.Column('last_login_at', sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_user')),
        sa.UniqueConstraint('name', name=op.f('uq_user_name')),
    )
    op.create_table(
        'audit_log',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('at', sa.String(length=32), nullable=False),
        sa.Column('who', sa.String(length=64), nullable=True),
        sa.Column('action', sa.String(length=48), nullable=False),
        sa.Column('target', sa.String(length=128), nullable=True),
        sa.Column('detail', sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log')),
    )
    op.create_index(op.f('ix_audit_log_at'), 'audit_log', ['at'], unique=False)
    op.create_table(
        'search_person',
        sa.Column('person_id', sa.String(length=16), nullable=False),
        sa.Column('name', sa.Text(), nullable=True),
        sa.Column('sort_key', sa.String(length=128), nullable=False),
        sa.Column('tokens', sa.Integer(), nullable=False),
        sa.Column('grade', sa.String(length=16), nullable=True),
        sa.Column('status', sa.String(length=32), nullable=True),
        sa.Column('channel', sa.String(length=32), nullable=True),
        sa.Column('region', sa.Text(), nullable=True),
        sa.Column('citizenship', sa.Text(), nullable=True),
        sa.Column('birth_date', sa.String(length=10), nullable=True),
        sa.Column('death_date', sa.String(length=10), nullable=True),
        sa.Column('updated_at', sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint('person_id', name=op.f('pk_search_person')),
    )
    op.create_index(op.f('ix_search_person_sort_key'), 'search_person', ['sort_key'], unique=False)
    op.create_index(
        op.f('ix_search_person_updated_at'), 'search_person', ['updated_at'], unique=False
    )
    op.create_table(
        'search_token',
        sa.Column('token', sa.String(length=64), nullable=False),
        sa.Column('person_id', sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint('token', 'person_id', name=op.f('pk_search_token')),
    )
    op.create_index(
        'ix_search_token_person_token', 'search_token', ['person_id', 'token'], unique=False
    )


def downgrade() -> None:
    op.drop_index('ix_search_token_person_token', table_name='search_token')
    op.drop_table('search_token')
    op.drop_index(op.f('ix_search_person_updated_at'), table_name='search_person')
    op.drop_index(op.f('ix_search_person_sort_key'), table_name='search_person')
    op.drop_table('search_person')
    op.drop_index(op.f('ix_audit_log_at'), table_name='audit_log')
    op.drop_table('audit_log')
    op.drop_table('user')
