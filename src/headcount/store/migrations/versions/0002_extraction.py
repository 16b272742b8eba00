"""extraction: Latin name keys, sex, region and citizenship flags; extraction errors

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('mention', schema=None) as batch_op:
        batch_op.add_column(sa.Column('name_latin', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('name_key', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('sex', sa.String(length=1), nullable=True))
        batch_op.add_column(sa.Column('region_inferred', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('region_occupied', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('citizenship_contested', sa.Integer(), nullable=True))
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.add_column(sa.Column('extract_error', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.drop_column('extract_error')
    with op.batch_alter_table('mention', schema=None) as batch_op:
        batch_op.drop_column('citizenship_contested')
        batch_op.drop_column('region_occupied')
        batch_op.drop_column('region_inferred')
        batch_op.drop_column('sex')
        batch_op.drop_column('name_key')
        batch_op.drop_column('name_latin')
