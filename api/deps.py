"""FastAPI dependencies: the settings, the open archive and the templates of one app.

The archive is opened once per app (in the lifespan, see `api.main`) and kept
on `app.state`; every request borrows it through these dependencies, so no
request pays for opening SQLite, FAISS or the embedder. An archive that was
missing at start-up is opened by the first request after it appears, so
`arkiv serve` may start before `arkiv index` has finished.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Annotated

from fastapi import Depends, Request
from fastapi.templating import Jinja2Templates

from api.context import ArchiveContext, open_archive
from arkiv.archive import ArchiveError
from arkiv.settings import Settings

TEMPLATES_DIR = Path(__file__).parent / "templates"
STATIC_DIR = Path(__file__).parent / "static"
_reopen_lock = threading.Lock()


class ArchiveUnavailable(Exception):
    """The archive could not be opened when the app started; every request says why (HTTP 503)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def get_settings(request: Request) -> Settings:
    """The settings the app was created with."""
    return request.app.state.settings


def get_archive(request: Request) -> ArchiveContext:
    """The archive opened at start-up, or opened now if it was missing then (indexed since).

    Raises:
        ArchiveUnavailable: When it still cannot be opened (missing, or no manifest yet).
    """
    state = request.app.state
    ctx = getattr(state, "ctx", None)
    if ctx is None:
        with _reopen_lock:
            ctx = getattr(state, "ctx", None)
            if ctx is None:
                try:
                    ctx = state.ctx = open_archive(state.settings)
                    state.archive_error = None
                except (ArchiveError, OSError) as e:
                    state.archive_error = str(e)
                    raise ArchiveUnavailable(str(e)) from e
    return ctx


def get_templates(request: Request) -> Jinja2Templates:
    """The Jinja2 environment of the app (autoescaping on)."""
    return request.app.state.templates


SettingsDep = Annotated[Settings, Depends(get_settings)]
ArchiveDep = Annotated[ArchiveContext, Depends(get_archive)]
TemplatesDep = Annotated[Jinja2Templates, Depends(get_templates)]
