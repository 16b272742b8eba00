"""publish: the files of a release, of every format

Revision ID: 0010
Revises: 0009

One export run may write several formats into one release, and a later export
of the unchanged registry (same registry version, same persons, same public or
full kind) adds its files to that release instead of making a new one. Each
release's files (format, name, SHA-256, bytes, rows) are kept in
``release_file``; the files of releases made before are their manifests'.
"""

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'release_file',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('release_id', sa.Integer(), nullable=False),
        sa.Column('format', sa.String(length=16), nullable=False),
        sa.Column('path', sa.Text(), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('bytes', sa.BigInteger(), nullable=False),
        sa.Column('rows', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(['release_id'], ['release.id'],
                                name=op.f('fk_release_file_release_id_release')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_release_file')),
    )
    op.create_index(op.f('ix_release_file_release_id'), 'release_file', ['release_id'])


def downgrade() -> None:
    op.drop_index(op.f('ix_release_file_release_id'), table_name='release_file')
    op.drop_table('release_file')
