"""publish: release history

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'release',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('created_at', sa.String(length=32), nullable=False),
        sa.Column('format', sa.String(length=16), nullable=False),
        sa.Column('public', sa.Integer(), nullable=False),
        sa.Column('registry_version', sa.Text(), nullable=False),
        sa.Column('persons', sa.Integer(), nullable=False),
        sa.Column('added', sa.Integer(), nullable=False),
        sa.Column('changed', sa.Integer(), nullable=False),
        sa.Column('removed', sa.Integer(), nullable=False),
        sa.Column('previous_id', sa.Integer(), nullable=True),
        sa.Column('manifest_sha256', sa.String(length=64), nullable=False),
        sa.Column('items', sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ['previous_id'], ['release.id'], name=op.f('fk_release_previous_id_release')
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_release')),
    )


def downgrade() -> None:
    op.drop_table('release')
