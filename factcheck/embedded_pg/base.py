"""A PostgreSQL backend that starts the embedded server on the first connection, not at import."""

from typing import Any

from django.db.backends.postgresql import base

from factcheck import embedded


class DatabaseWrapper(base.DatabaseWrapper):
    def get_connection_params(self) -> dict[str, Any]:
        self.settings_dict.update(embedded.ensure_postgres())
        return super().get_connection_params()
