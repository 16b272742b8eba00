"""The registry: schema, migrations, connections and queries."""

from headcount.store.engine import connect, open_registry, upgrade
from headcount.store.schema import metadata

__all__ = ["connect", "metadata", "open_registry", "upgrade"]
