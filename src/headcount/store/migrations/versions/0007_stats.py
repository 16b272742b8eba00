"""stats: covering indexes for counts, the report and exports

Revision ID: 0007
Revises: 0006

The counts of ``headcount stats`` and the report read a few columns of every
active person, its canonical fields and its mentions' age and reported date.
These indexes hold exactly those columns, in person-id order, so SQLite reads
them without touching the (wide) table rows and its joins look up neighbours.
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

INDEXES = (
    (
        "ix_person_stats",
        "person",
        ["id", "state", "grade", "status", "region", "citizenship", "death_date", "birth_date"],
    ),
    ("ix_person_field_stats", "person_field", ["field", "person_id", "value"]),
    ("ix_person_mention_stats", "person_mention", ["person_id", "mention_id"]),
    ("ix_mention_stats", "mention", ["id", "source", "age", "reported_date"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
