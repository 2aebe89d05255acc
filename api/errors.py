"""Errors of the read path that users see as a clear one-line message."""

from __future__ import annotations


class QueryError(ValueError):
    """A search request that cannot be run: empty or too long query, bad mode, bad filter or paging."""
