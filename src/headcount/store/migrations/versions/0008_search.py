"""search: index generation shared by worker processes; rejected records' keys kept apart

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

HIDDEN = '~'  # headcount.web.index.HIDDEN
REJECTED = "SELECT person_id FROM search_person WHERE grade = 'rejected'"


def upgrade() -> None:
    state = op.create_table(
        'search_state',
        sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('generation', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_search_state')),
    )
    op.bulk_insert(state, [{'id': 1, 'generation': 0}])
    # the public search no longer looks up each person's grade: rejected records' keys move
    op.execute(
        f"UPDATE search_token SET token = '{HIDDEN}' || token "
        f"WHERE person_id IN ({REJECTED}) AND token NOT LIKE '{HIDDEN}%'"
    )


def downgrade() -> None:
    op.execute(f"UPDATE search_token SET token = substr(token, 2) WHERE token LIKE '{HIDDEN}%'")
    op.drop_table('search_state')
