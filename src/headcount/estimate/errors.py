"""Exceptions raised by the estimation stage."""

from __future__ import annotations


class EstimationError(ValueError):
    """Bad input or an estimate that does not exist.

    Raised instead of returning a number that looks valid. The message names the
    file, row and column where that is relevant.
    """
