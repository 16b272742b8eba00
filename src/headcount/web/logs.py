"""Server logs without personal data: the access log keeps method, path and status only.

Search words travel in query strings (``/search?q=…``), so query strings are
never logged; person and document ids in paths are hashes, not names.
"""

from __future__ import annotations

import logging
from typing import Any


class NoQueryAccessFormatter(logging.Formatter):
    """uvicorn's access record, less the client address and the query string."""

    def format(self, record: logging.LogRecord) -> str:
        args = record.args
        if isinstance(args, tuple) and len(args) == 5:
            _client, method, path, _version, status = args
            path = str(path).split("?", 1)[0]
            record = logging.makeLogRecord(
                {**record.__dict__, "msg": "%s %s %s", "args": (method, path, status)}
            )
        return super().format(record)


def log_config(level: str = "info") -> dict[str, Any]:
    """A ``logging.config.dictConfig`` for uvicorn (``uvicorn.run(..., log_config=...)``)."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {
            "default": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"},
            "access": {
                "()": f"{__name__}.NoQueryAccessFormatter",
                "format": "%(asctime)s access: %(message)s",
            },
        },
        "handlers": {
            "default": {
                "class": "logging.StreamHandler",
                "formatter": "default",
                "stream": "ext://sys.stderr",
            },
            "access": {
                "class": "logging.StreamHandler",
                "formatter": "access",
                "stream": "ext://sys.stdout",
            },
        },
        "loggers": {
            "uvicorn": {"handlers": ["default"], "level": level.upper(), "propagate": False},
            "uvicorn.error": {"level": level.upper()},
            "uvicorn.access": {"handlers": ["access"], "level": "INFO", "propagate": False},
            "headcount": {"handlers": ["default"], "level": level.upper(), "propagate": False},
        },
    }
